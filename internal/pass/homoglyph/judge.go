package homoglyph

import (
	"bytes"
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/unspin/unspin/internal/lexicon"
	"github.com/unspin/unspin/internal/unidata"
	"golang.org/x/text/width"
)

// makeup is what a word is made of, judged against the document's dominant
// script t.
type makeup struct {
	plainT     int32 // ordinary letters of t
	plainOther int32 // letters of other scripts that nothing in t looks like
	compat     int32
	symbols    int32 // of compat, the mathematical symbols (∣, ×, ∪): notation beside a letter
	foreign    int32
	inScript   int32
	styles     int32 // alphabets the candidates are drawn from
	firstStyle int32
}

func (m makeup) candidates() int { return int(m.compat + m.foreign + m.inScript) }

// letters counts the word's letters and letter-like characters.
func (m makeup) letters() int { return int(m.plainT+m.plainOther) + m.candidates() }

// wordTier is tierOf for the k-th letter of w: a Latin l among capitals,
// plain to tierOf, is the capital I of t (rule STROKE-AMONG-CAPITALS).
func wordTier(w *word, k int, t unidata.Script) tier {
	l := w.letters()[k]
	tr := tierOf(l.r, l.script, t)
	if tr == plain && l.script != t && strokeAmongCapitals(w, k, t) {
		return foreign
	}
	return tr
}

func makeupOf(w *word, t unidata.Script) makeup {
	var m makeup
	if w.ascii && t == unidata.Latin {
		for _, l := range w.letters() {
			if l.script == unidata.Latin {
				m.plainT++ // an ASCII letter (digits are Common)
			}
		}
		return m
	}
	for k, l := range w.letters() {
		if !isLetter(l.r) && !isLetterLike(l.r) {
			continue // digits, marks
		}
		switch wordTier(w, k, t) {
		case plain:
			if l.script == t || l.script == unidata.Common || l.script == unidata.Inherited {
				m.plainT++
			} else {
				m.plainOther++
			}
			continue
		case compat:
			m.compat++
			if unicode.Is(unicode.Sm, l.r) {
				m.symbols++
			}
		case foreign:
			m.foreign++
		case inScript:
			m.inScript++
		}
		if st := int32(style(l.r, l.script, t)); m.styles == 0 {
			m.styles, m.firstStyle = 1, st
		} else if st != m.firstStyle && m.styles == 1 {
			m.styles = 2
		}
	}
	return m
}

// selfEvident judges the words whose make-up alone shows the spoof: a
// symbol, compatibility form or letter of another script among ordinary
// letters, or a word pieced together from several alphabets.
func selfEvident(text string, w *word, p *profile) (proposal, bool) {
	t := p.dominant
	if pr, ok := digitsInNumber(w, p); ok {
		return pr, true
	}
	if pr, ok := hexPrefix(text, w, p); ok {
		return pr, true
	}
	if pr, ok := codePointDigits(text, w, p); ok {
		return pr, true
	}
	if pr, ok := dottedInitial(text, w, p); ok {
		return pr, true
	}
	if pr, ok := clockMeridiem(text, w, p); ok {
		return pr, true
	}
	if pr, ok := symbolInLatinWord(text, w, p); ok {
		return pr, true
	}
	m := w.mk()
	if m.plainOther > 0 {
		// Genuine letters of another script: a foreign word, perhaps with a
		// spoofed letter of its own (a Russian name with a Latin o).
		if len(w.scripts()) > 1 {
			return mixedWord(text, w, p)
		}
		return proposal{}, false
	}
	if m.compat+m.foreign == 0 {
		return proposal{}, false
	}
	var why string
	size := false
	switch {
	case m.plainT == 0 && glued(text, w, m.foreign == 0, t):
		why = "joined to a word of ordinary letters by an apostrophe or hyphen"
	case m.plainT > 0 && m.foreign > 0:
		why = "word mixes scripts"
	case m.plainT > 0 && (m.symbols == 0 || m.plainT >= 2 || glued(text, w, m.foreign == 0, t) || !notationLetters(w)) && !p.separates(text, w) &&
		!operands(w, p):
		// A mathematical symbol beside a single letter may be notation
		// (∣x∣, A∪B); other symbols (⍺n, s℮) are not.
		why = "a symbol or compatibility form inside a word of letters"
	case m.letters() >= 2 && m.styles > 1:
		why = "word pieced together from several alphabets"
	case m.compat > 0 && m.foreign+m.inScript == 0 && asciiDigits(text, w) && !latin1(w) && !formula(text, w):
		why = "a compatibility form beside digits ('60ｓ, Ａ5)"
	case t == unidata.Latin && m.foreign == 1 && m.compat+m.inScript == 0 && dimensionCross(w, p):
		// Rule DIMENSION-CROSS: a letter of another script drawn like x,
		// alone between digits in a Latin text (1024ᕽ768, dots5ᕽ7.gif),
		// is the x of a size: no script writes its letters inside a
		// number.
		why, size = "a letter of another script drawn like x between digits: a size's x", true
	case t == unidata.Latin && m.foreign+m.compat == 1 && m.inScript == 0 && dateTimeT(text, w, p):
		why = "a character drawn like T between a date and a time: ISO 8601's T"
	default:
		return proposal{}, false
	}
	n := len(w.letters())
	repl, spoofs := p.arena.replacements(n), p.arena.replacements(n)
	for k, l := range w.letters() {
		x := wordTier(w, k, t)
		switch x {
		case compat, foreign:
		case inScript:
			if p.isNative(text, l.r) {
				continue
			}
		default:
			continue
		}
		if r, _, ok := pick(l.r, t, p); ok && !midWordCapital(w, k, l.r, r) {
			repl.set(k, r)
			// (þ where the text's þ words read no better with th is a
			// spoofer's p, as THORN-WRITES-TH has it: sþokeｓwoman.)
			if x != inScript || (!unidata.IdentifierAllowed(l.r) || p.putForOther(text, l.r) || thornForP(text, w, l.r, p)) && !p.ownByWords(text, l.r) {
				spoofs.set(k, r)
			}
		} else if tierOf(l.r, l.script, t) != inScript {
			return proposal{}, false
		}
	}
	// (Clipped: a copy that adds a letter later takes an array of its own
	// and never writes into the arena's.)
	repl.s, spoofs.s = slices.Clip(repl.s), slices.Clip(spoofs.s)
	if size {
		// (Small, as sizes are mostly written: 1024x768; 𐌗 is drawn
		// like the capital.)
		for _, rs := range [2][]replacement{repl.s, spoofs.s} {
			for k := range rs {
				rs[k].r = unicode.ToLower(rs[k].r)
			}
		}
	}
	// Rule OWN-LETTER-BESIDE-SPOOF: in English, a letter of the script's
	// own and of a living orthography in a word a symbol or another
	// script's letter was put into (Yıl𝖽ız, Ɓell𝗼) is the author's name
	// or word, unless restoring it too gives a word known (𝗍hıs). A
	// letter of none (Ƅ), or one the text puts for another inside its
	// words (þost⍺ge beside þart), is restored with the spoofs beside
	// it. (In another language the letter's fit decides: Seychellois
	// 𝑛arｎɣen is narnyen.)
	// Not in an address, where a text whose words write no extended
	// orthography writes no name of one (ADDRESS-LETTER: Ɩistmaｓter@).
	if spoofs.len() > 0 && spoofs.len() < repl.len() && p.isEnglish() && !(inAnyAddress(text, w.start) && !p.extendedOrthography()) &&
		!p.knows(strings.ToLower(restored(text, w, repl)), 3) && !p.knows(strings.ToLower(restored(text, w, strokesAsL(repl))), 3) {
		repl = spoofs
	}
	if m.foreign+m.compat > 0 && repl.len() > 0 && notation(text, w) && !p.knowsTerm(strings.ToLower(restored(text, w, repl))) &&
		!p.knowsTerm(strings.ToLower(restored(text, w, strokesAsL(repl)))) {
		return proposal{}, false
	}
	return proposal{w: w, target: t, repl: repl, why: why}, repl.len() > 0
}

// symbolInLatinWord is rule SYMBOL-IN-LATIN-WORD: in a text of another
// script, a word of ASCII letters with a symbol or a compatibility form
// among them (code in a Russian post: r⍺w, d⍺te, pos𝙩𝘨res) is a Latin
// word spoofed, restored into Latin as it would be in a Latin text.
func symbolInLatinWord(text string, w *word, p *profile) (proposal, bool) {
	if p.dominant == unidata.Latin || w.ascii || len(w.scripts()) != 1 || w.mainScript() != unidata.Latin {
		return proposal{}, false
	}
	m := makeupOf(w, unidata.Latin)
	if m.compat == 0 || m.foreign+m.inScript > 0 || m.plainT < 2 || notation(text, w) {
		return proposal{}, false
	}
	repl := replacements{}
	for k, l := range w.letters() {
		if l.r < utf8.RuneSelf {
			continue
		}
		if tierOf(l.r, l.script, unidata.Latin) != compat {
			continue
		}
		r, _, ok := pick(l.r, unidata.Latin, p)
		if !ok || !unicode.IsLetter(r) {
			return proposal{}, false
		}
		repl.set(k, r)
	}
	if repl.len() == 0 {
		return proposal{}, false
	}
	return proposal{w: w, target: unidata.Latin, repl: repl, why: "a symbol or compatibility form inside a Latin word"}, true
}

// notation is rule NOTATION: a Greek letter or a mathematical symbol
// letter among Latin ones in a term of a formula (R = ρL/A, Re = ρUD/μ,
// σₜ, 1/σᵢ, iℏ ∂ψ/∂t, ℝⁿˣⁿ) is a quantity's symbol, as mathematics writes
// them, where the word holds a letter set as a subscript or superscript,
// or an operator (a mathematical symbol, or one of arithmetic) stands a
// space apart from it on its line: not a slash, which prose writes too
// ("milliamperes/cell", Uduk's "dhana/"), nor a middle dot inside a word
// (Catalan's l·l). Its other letters are ASCII or raised: a fullwidth ｅ
// is no notation. The caller asks too that restoring it gives no word the
// document or the language knows ("ρeople = ρersons").
func notation(text string, w *word) bool {
	symbol, raised, ascii := false, false, 0
	for _, l := range w.letters() {
		switch {
		case l.script == unidata.Greek || l.script == unidata.Common && !unicode.Is(unicode.So, l.r):
			// (Rule NOTATION-SYMBOLS: a formula's symbols are letters,
			// styled or Greek, and mathematical ones: an other symbol
			// drawn like a letter, APL's ⍺ or the estimated sign ℮, is no
			// term's, whatever operator stands by: gr℮p after a pipe.)
			symbol = true
		case l.script == unidata.Common:
			return false
		case unidata.Raised(l.r):
			raised = true
		case l.r >= utf8.RuneSelf:
			return false
		default:
			ascii++
		}
	}
	// A term of a formula is a symbol and a few letters (ρL, ρUD, iℏ); a
	// spoofed name is a word (ΡayΡal, Vιagra), whatever stands beside it.
	if !symbol || ascii > 3 {
		return false
	}
	if raised {
		return true
	}
	// Rule TABLE-BAR: in a table's row the bars part cells; a term of
	// plain letters with a styled one (I𝐁M037) beside them is a cell's
	// word. (A lone letter there, | 𝐈 | 𝐉 |, is a truth table's variable.)
	return operatorBesideBars(text, w, ascii == 0)
}

// operatorBeside reports an operator (a mathematical symbol, or one of
// arithmetic) a space apart from w on its line. Angle brackets round a
// token (<peb@debian.org>, <ab>) are no comparison (ANGLE-BRACKETS: a
// changelog's date after its author's address).
func operatorBeside(text string, w *word) bool { return operatorBesideBars(text, w, true) }

// operatorBesideBars is operatorBeside, where a table's bar counts as an
// operator only if tableBars.
func operatorBesideBars(text string, w *word, tableBars bool) bool {
	before, after := besideOnLine(text, w)
	isOp := func(s string) bool {
		r, _ := utf8.DecodeRuneInString(s)
		if r == '|' && !tableBars && tableRow(text, w) {
			return false
		}
		return unicode.Is(unicode.Sm, r) || operatorIn(s)
	}
	if next := strings.TrimLeft(after, " "); len(next) < len(after) && isOp(next) && !angleToken(text[w.end+len(after)-len(next):], false) {
		return true
	}
	prev := strings.TrimRight(before, " ")
	return len(prev) < len(before) && isOp(lastChar(before)) && !angleToken(text[:w.start-(len(before)-len(prev))], true)
}

// tableRow reports w in a line that opens or closes with a vertical bar
// (| cp037 | IBM037, IBM039 | English |): a table's row (TABLE-BAR).
func tableRow(text string, w *word) bool {
	// (Read within tableReach bytes of the word: a line longer than that
	// is no table's, and a text of one huge line is not read again for
	// each of its words.)
	line, _, ok := lineAround(text, w.start, w.end, tableReach, true)
	line = strings.TrimSpace(line)
	return ok && len(line) > 1 && (line[0] == '|' || line[len(line)-1] == '|')
}

// tableReach bounds the row tableRow reads either side of a word.
const tableReach = 1024

// angleToken reports a token in angle brackets, no space inside, at the
// start of s (or at its end, where atEnd): <ab>, <peb@debian.org>.
func angleToken(s string, atEnd bool) bool {
	const reach = 256
	if atEnd {
		if !strings.HasSuffix(s, ">") {
			return false
		}
		t := s[max(0, len(s)-reach) : len(s)-1]
		k := strings.LastIndexAny(t, "< \t\n")
		return k >= 0 && k < len(t)-1 && t[k] == '<'
	}
	if !strings.HasPrefix(s, "<") {
		return false
	}
	t := s[1:min(len(s), reach)]
	k := strings.IndexAny(t, "> \t\n")
	return k > 0 && t[k] == '>'
}

// glued reports whether w is joined by an apostrophe or hyphen to a word
// of ordinary letters of the target script t ("Browning'ѕ", "You'ⅼⅼ",
// "TE̱'⋿̱"): together they are one word, and the look-alike is inside it.
// Letters of w's own script on the other side are no evidence: an English
// contraction (you're, O'Neil, %c'C') in a page of another script is joined
// to English.
// A hyphen joins only compatibility forms and symbols: a Greek letter before
// one is notation (α-helix, β-blocker).
func glued(text string, w *word, hyphen bool, t unidata.Script) bool {
	isJoin := func(r rune) bool { return r == '\'' || r == '’' || hyphen && r == '-' }
	if r, n := utf8.DecodeLastRuneInString(text[:w.start]); isJoin(r) {
		// The letter before may carry combining marks (Mazatec TE̱'E̱).
		i := w.start - n
		for i > 0 {
			m, size := utf8.DecodeLastRuneInString(text[:i])
			if !unicode.Is(unicode.Mn, m) {
				break
			}
			i -= size
		}
		if b, _ := utf8.DecodeLastRuneInString(text[:i]); i > 0 && ordinaryIn(b, t) {
			return true
		}
	}
	if r, n := utf8.DecodeRuneInString(text[w.end:]); isJoin(r) && w.end+n < len(text) {
		a, _ := utf8.DecodeRuneInString(text[w.end+n:])
		return ordinaryIn(a, t)
	}
	return false
}

// clockMeridiem is rule CLOCK-MERIDIEM: the two letters glued after a
// clock time's last digits (04:36:13PΜ, 11:27:59A𝙼, 06:53:24𝞠Μ) are AM or
// PM in a text of Latin letters, whatever they are drawn with: a clock
// writes them so, and no notation's quantity stands there, though an
// offset (+0200) follows a space apart.
func clockMeridiem(text string, w *word, p *profile) (proposal, bool) {
	ls := w.letters()
	n := len(ls)
	if p.dominant != unidata.Latin || n < 3 || n > 4 || w.start < 2 || text[w.start-1] != ':' || !isDigit(text[w.start-2]) {
		return proposal{}, false
	}
	for _, l := range ls[:n-2] {
		if !('0' <= l.r && l.r <= '9') {
			return proposal{}, false
		}
	}
	var repl replacements
	for j, want := range [2]string{"AaPp", "Mm"} {
		r := ls[n-2+j].r
		if r >= utf8.RuneSelf {
			c, _, ok := pick(r, unidata.Latin, p)
			if !ok {
				return proposal{}, false
			}
			r = c
			repl.set(n-2+j, c)
		}
		if !strings.ContainsRune(want, r) {
			return proposal{}, false
		}
	}
	return proposal{w: w, target: unidata.Latin, repl: repl, why: "letters after a clock time: AM or PM"}, repl.len() > 0
}

// dimensionCross reports a word of ASCII digits with one letter beyond
// ASCII between two of them, drawn like x (rule DIMENSION-CROSS).
func dimensionCross(w *word, p *profile) bool {
	ls := w.letters()
	at := -1
	for k, l := range ls {
		switch {
		case '0' <= l.r && l.r <= '9':
		case l.r >= utf8.RuneSelf && at < 0:
			at = k
		default:
			return false
		}
	}
	if at <= 0 || at == len(ls)-1 {
		return false
	}
	r, _, ok := pick(ls[at].r, unidata.Latin, p)
	return ok && (r == 'x' || r == 'X')
}

// dateTimeT is rule DATE-TIME-T: a character drawn like T that joins an
// ISO 8601 date to its time (2002-09-27𖼊09:52:31) is the standard's T:
// the word is the date's day, the character and the time's hour, written
// after a year and a month and before the minutes.
func dateTimeT(text string, w *word, p *profile) bool {
	ls := w.letters()
	if len(ls) != 5 || int(ls[0].off) != w.start {
		return false
	}
	for k, l := range ls {
		if digit := '0' <= l.r && l.r <= '9'; digit == (k == 2) {
			return false
		}
	}
	if r, _, ok := pick(ls[2].r, unidata.Latin, p); !ok || r != 'T' && r != 't' {
		return false
	}
	isDigits := func(s string) bool { return strings.Trim(s, "0123456789") == "" }
	before, after := text[:w.start], text[w.end:]
	return len(before) >= 8 && isDigits(before[len(before)-8:len(before)-4]) && before[len(before)-4] == '-' &&
		isDigits(before[len(before)-3:len(before)-1]) && before[len(before)-1] == '-' &&
		len(after) >= 3 && after[0] == ':' && isDigits(after[1:3])
}

// ordinaryIn reports an ordinary letter of script t: ASCII for Latin, a
// letter of the script for the others.
func ordinaryIn(r rune, t unidata.Script) bool {
	if t == unidata.Latin {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	}
	return r >= 0x80 && unicode.IsLetter(r) && unidata.ScriptOf(r) == t
}

// needsEvidence judges the words whose make-up is not enough: whole words of
// one foreign script or alphabet, single letters, and look-alikes within the
// dominant script.
func needsEvidence(text string, words []word, i int, p *profile) (proposal, bool) {
	w := &words[i]
	t := p.dominant
	m := w.mk()
	if m.plainOther > 0 || m.candidates() == 0 {
		return proposal{}, false
	}
	if m.compat+m.foreign == 0 {
		if allSmallCapitals(w) && smallCapitalsBeside(words, i) {
			return proposal{}, false // a phrase styled in small capitals
		}
		if pr, ok := smallCapitalsWord(text, words, i, p); ok {
			return pr, true
		}
		return inScriptWord(text, w, p)
	}
	if m.plainT == 1 && m.foreign == 0 && m.inScript == 0 && p.dominant == unidata.Latin {
		return symbolBesideLetter(text, words, i, p)
	}
	if m.plainT == 0 && m.letters() == 1 {
		if pr, ok := lone(text, words, i, p); ok || m.foreign == 0 {
			return pr, ok
		}
	}
	if m.plainT == 0 && m.compat == 0 && len(w.scripts()) == 1 && w.mainScript() != t {
		return foreignWord(text, words, i, p)
	}
	return styledWord(text, words, i, p)
}

// styledWord judges a word written wholly in one compatibility alphabet
// (ｆｏｒ, 𝐛𝐨𝐥𝐝). Styling a phrase is the author's choice and stays; a single
// short word so written among plain words of a document under attack is
// restored where the restored form is a word the document or the language
// knows.
func styledWord(text string, words []word, i int, p *profile) (proposal, bool) {
	w := &words[i]
	t := p.dominant
	if pr, ok := romanNumeralWord(text, w, p); ok {
		return pr, true
	}
	// Rule FULLWIDTH-PHRASE-IN-ENGLISH: fullwidth letters are East Asian
	// typesetting's, no styling alphabet: in English their phrase is no
	// author's styling, and its short words are judged one by one.
	if allLetters(w) > 4 || inStyledPhrase(words, i, t) && !(fullwidth(w) && p.isEnglish()) {
		return proposal{}, false
	}
	repl, ok := replaceTiers(w, t, p, func(x tier) bool { return x != plain })
	if !ok {
		return proposal{}, false
	}
	// A stroke stands for I or l, which casing.go settles from the word:
	// the word is known read either way (Ⅰⅰ is li).
	if alt := strokesAsL(repl); !p.knows(strings.ToLower(restored(text, w, repl)), 3) && p.knows(strings.ToLower(restored(text, w, alt)), 3) {
		repl = alt
	}
	// Fullwidth letters are the forms of East Asian typesetting, not a
	// styling alphabet: a short word of them alone among plain words of a
	// text under attack is spoofed even where no other evidence says so.
	if form := strings.ToLower(restored(text, w, repl)); !fullwidth(w) && !p.knows(form, 3) {
		// Rule STYLED-WORD-READ-BY-LETTERS: a short styled word between
		// prose words of a text the lexicon cannot read is the word its
		// letters spell where the document's clean words spell it so (𝒂𝒏𝒂
		// in Kimbundu); a variable or a product of them (𝑥𝑦) spells
		// sequences no word of the language has. English is read by the
		// lexicon alone.
		if p.isEnglish() || !proseSide(text, w.start, -1) || !proseSide(text, w.end, 1) || !p.spelledByDocument(form) {
			return proposal{}, false
		}
		return proposal{w: w, target: t, repl: repl, needsAttack: true,
			why: fmt.Sprintf("a short word in another alphabet among prose in a text under attack; %q is spelt as the text's words are", form)}, true
	}
	return proposal{w: w, target: t, repl: repl, needsAttack: true,
		why: "a short word in another alphabet among plain words of a text under attack"}, true
}

// fullwidth reports a word written in fullwidth forms of ASCII only (ｆｏｒ):
// East_Asian_Width Fullwidth characters whose narrow form is ASCII
// (EastAsianWidth.txt, through x/text/width).
func fullwidth(w *word) bool {
	for _, l := range w.letters() {
		p := width.LookupRune(l.r)
		if p.Kind() != width.EastAsianFullwidth || p.Narrow() == 0 || p.Narrow() >= 0x80 {
			return false
		}
	}
	return true
}

// everyReplaced reports that ok holds for every letter repl replaces in
// w (its index in the word, and the letter).
func everyReplaced(w *word, repl replacements, ok func(k int, r rune) bool) bool {
	for _, e := range repl.s {
		if !ok(int(e.k), w.letters()[e.k].r) {
			return false
		}
	}
	return true
}

// livingLetters reports that every letter repl replaces in w is a small
// letter inside it, of a living orthography, that the document does not
// put for another letter inside its words. (A capital a name begins with
// is a spoofer's commonest target: Ɗonnelly, Ɍutherford.)
func livingLetters(text string, w *word, repl replacements, p *profile) bool {
	return everyReplaced(w, repl, func(k int, r rune) bool { return k > 0 && livingSmall(text, r, p) })
}

// livingSmall reports a small letter of a living orthography that the
// document does not put for another inside its words.
func livingSmall(text string, r rune, p *profile) bool {
	return unicode.IsLower(r) && unidata.IdentifierAllowed(r) && !p.putForOther(text, r)
}

// livingParticle reports that every letter repl replaces in w is a small
// letter of a living orthography that the document does not put for
// another inside its words (livingLetters, the first letter included).
func livingParticle(text string, w *word, repl replacements, p *profile) bool {
	return everyReplaced(w, repl, func(_ int, r rune) bool { return livingSmall(text, r, p) })
}

// betweenNames reports a word of small letters with a capitalised word
// right before and right after it on its line, a space apart (Usman ɗan
// Fodio, Ludwig van Beethoven).
func betweenNames(text string, w *word) bool {
	first, _ := utf8.DecodeRuneInString(text[w.start:])
	if !unicode.IsLower(first) || w.start < 2 || text[w.start-1] != ' ' || w.end+1 >= len(text) || text[w.end] != ' ' {
		return false
	}
	next, size := utf8.DecodeRuneInString(text[w.end+1:])
	i := w.start - 1
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:i])
		if !unicode.IsLetter(r) {
			break
		}
		i -= n
	}
	prev, _ := utf8.DecodeRuneInString(text[i:])
	// (Names of two letters or more: the pronoun I is none, "I suþpose I".)
	second, _ := utf8.DecodeRuneInString(text[w.end+1+size:])
	return i < w.start-2 && unicode.IsUpper(prev) && unicode.IsUpper(next) && unicode.IsLetter(second)
}

// innerLatinCapital reports the word's k-th letter a Latin capital beyond
// ASCII after a small letter.
func innerLatinCapital(w *word, k int) bool {
	ls := w.letters()
	r := ls[k].r
	return k > 0 && r >= utf8.RuneSelf && unicode.IsUpper(r) && ls[k].script == unidata.Latin && unicode.IsLower(ls[k-1].r)
}

// restoresKnown reports that each letter repl replaces in w restores,
// in some word of the document, to a form the document or English knows
// (anyKnown).
func restoresKnown(text string, w *word, repl replacements, p *profile) bool {
	return everyReplaced(w, repl, func(_ int, r rune) bool { return p.restorations(text, r).anyKnown > 0 })
}

// ownWords reports that every letter repl replaces in w is ownByWords.
func ownWords(text string, w *word, repl replacements, p *profile) bool {
	return everyReplaced(w, repl, func(_ int, r rune) bool { return p.ownByWords(text, r) })
}

// ownByWords reports a letter three words or more hold that, restored,
// are mostly words neither the document nor the language knows: a
// spoofer's letter restores into the words it struck.
func (p *profile) ownByWords(text string, r rune) bool {
	c := p.restorations(text, r)
	// (A word of four letters or more present-day English knows is
	// known: imþlementations, sþrint; a pair of letters, fs, says little.)
	unknown, known := c.unknown-c.modernLong+c.spoofedUnknown, c.known+c.modernLong+c.spoofedKnown
	return unknown >= 3 && unknown > known
}

// putForOther reports a letter the document puts for another inside its
// words: two words or more of two letters or more hold it that, restored,
// are words known (rule PUT-FOR-OTHER-MODERN: in English, by a present-day
// lexicon too: Desktoþ, imþorting).
func (p *profile) putForOther(text string, r rune) bool {
	c := p.restorations(text, r)
	return (c.known+c.spoofedKnown >= 2 || p.isEnglish() && c.anyKnown >= 2) && c.longKnown >= 1 && p.longHolders(r) >= 2
}

// namedLetter reports a small letter of a living orthography (Unicode's
// identifier profile allows it: ɓ, ı, þ; not ꬲ or Ꞵ) that the document
// does not put for another letter inside its words. (A capital alone is
// a spoofer's initial or letter as often: R & Ɗ.)
func namedLetter(r rune, p *profile) bool {
	return unicode.IsLower(r) && unidata.IdentifierAllowed(r) && p.spoofUses.get(r) < 2
}

// joinedAlone reports a word joined to what stands beside it by an
// apostrophe or a hyphen, or written against a digit (1970ƽ).
func joinedAlone(text string, w *word) bool {
	joiner := func(r rune) bool { return r == '\'' || r == '’' || r == '-' || unicode.IsDigit(r) }
	before, _ := utf8.DecodeLastRuneInString(text[:w.start])
	after, _ := utf8.DecodeRuneInString(text[w.end:])
	return joiner(before) || joiner(after)
}

// allLetters counts w's letters of every script, Common's mathematical
// alphabets' (𝐏𝐚𝐩𝐞𝐫) among them, which countLetters, counting the real
// scripts' only, leaves out.
func allLetters(w *word) int {
	n := 0
	for _, l := range w.letters() {
		if unicode.IsLetter(l.r) {
			n++
		}
	}
	return n
}

// inStyledPhrase reports whether a word next to words[i] is written wholly
// in its alphabet: then the styling spans a phrase, and is the author's. A
// lone letter so written beside it (ａ) shows no phrase: spoofing strikes
// short words whole too.
func inStyledPhrase(words []word, i int, t unidata.Script) bool {
	m := words[i].mk()
	// Rule STYLED-SHORT-WORDS: two short words each of two letters or
	// more, all in one styling alphabet (𝗜 𝗴𝗼𝘁 𝗹𝗮𝗶𝗱), are an author's
	// styled phrase: a spoofer's table picks each letter's look-alike
	// apart, and a word struck whole mixes alphabets.
	uniform := m.plainT == 0 && m.styles == 1 && allLetters(&words[i]) >= 2
	for _, k := range []int{i - 1, i + 1} {
		// (A neighbour in a mathematical alphabet counts where it is
		// longer than any word a spoofer strikes whole: two short words
		// so struck side by side are no author's phrase, unless each is
		// of one alphabet.)
		if k < 0 || k >= len(words) || countLetters(&words[k]) < 2 && allLetters(&words[k]) <= 4 && !(uniform && allLetters(&words[k]) >= 2) {
			continue
		}
		if n := words[k].mk(); n.plainT == 0 && n.styles == 1 && n.firstStyle == m.firstStyle {
			return true
		}
	}
	return false
}

// lone judges a single look-alike standing as a word ("⍺" for the article,
// "𝐏." for an initial): in an English text under attack, restored when the
// letter it stands for is a word of its own or begins an initial.
func lone(text string, words []word, i int, p *profile) (proposal, bool) {
	w := &words[i]
	t := p.dominant
	if t != unidata.Latin || !neighboursIn(words, i, t) {
		return proposal{}, false
	}
	english := p.isEnglish()
	// One letter, with any combining marks on it (e̱); a letter beside
	// digits (1ª, 2×) is notation.
	k := 0
	for j, x := range w.letters() {
		switch {
		case unicode.IsMark(x.r):
		case j == 0:
		default:
			return proposal{}, false
		}
	}
	l := w.letters()[k]
	r, _, ok := pick(l.r, t, p)
	if !ok {
		return proposal{}, false
	}
	if isSymbolLetter(w) {
		// A lone Greek letter is a symbol (the β of a stock, α particles)
		// unless it stands where English puts its article.
		// Elsewhere, where the letter is a word the document uses often
		// (Tok Pisin i, Maltese u), or begins an abbreviation (a.m.).
		abbreviation := english && w.end < len(text) && text[w.end] == '.' && w.end+1 < len(text) && text[w.end+1] != ' '
		// Outside English, a text with no Greek of its own that writes the
		// letter as a word even once.
		used := p.formsOf(string(r)) >= 3 || p.formsOf(string(r)) >= 1 && p.genuine[unidata.Greek] == 0
		// Rule ARTICLE-AMONG-ENGLISH: in a text not judged English as a
		// whole (a mail of markup), the article still fits where the
		// words on both sides are English ("made α TV series").
		article := r == 'a' && (english || p.genuine[unidata.Greek] == 0 && commonEnglishAround(text, words, i, p)) && articleFits(words, i, text, p)
		// Rule GREEK-OPTION: in a text with no Greek of its own, a Greek
		// letter alone after a dash opening a token is a one-letter option
		// (diff -b -w -υ, lilo -υ /dev/hda): no option is Greek there.
		option := p.genuine[unidata.Greek] == 0 && optionPlace(text, w.start, w.end)
		fits := article || !english && used || abbreviation || inCompound(text, w) || p.usedAsSpoof(l.r) || option
		if !fits {
			return proposal{}, false
		}
		return proposal{w: w, target: t, repl: one(k, r), needsAttack: true,
			why: "single Greek letter where the language puts a word of its own, in a text under attack"}, true
	}
	// A single letter before a full stop is an initial or part of an
	// abbreviation (a.m., e.g.).
	initial := w.end < len(text) && text[w.end] == '.'
	// After a small letter and a full stop it is one of a lower-case
	// abbreviation (m.p.h.).
	small := false
	if b, n := utf8.DecodeLastRuneInString(text[:w.start]); b == '.' {
		c, _ := utf8.DecodeLastRuneInString(text[:w.start-n])
		small = unicode.IsLower(c)
	}
	symbol := unicode.Is(unicode.Sm, l.r)
	compatLetter := tierOf(l.r, l.script, t) == compat
	arrowX := arrow(l.r) && otherCross(l.r) // an arrow drawn like x (⤫, ⤬)
	if symbol && !english && p.spoofUses.get(l.r) == 0 && p.notationSymbols(text) >= notationDocument {
		// Rule NOTATION-DOCUMENT: a text that writes many mathematical
		// symbols drawn like no letter (∩ ÷ ⊆ ⊇) is about notation: a
		// mathematical symbol alone there, one its words never hold for
		// a letter, is a symbol quoted (iabbrev <buffer> (|) ∪), not a
		// letter. (Not a styled letter: a formula's text under attack
		// holds the attacker's too, 1 µm = 10⁻⁶ 𝘮.)
		return proposal{}, false
	}
	if compatLetter && operatorBeside(text, w) {
		// Rule NOTATION-ALONE: a letter of a mathematical alphabet alone
		// with an operator beside it names a set or a quantity (x ∈ ℝ,
		// f: ℝ → ℝ, ℕ = {0, 1, …}).
		return proposal{}, false
	}
	for _, o := range caseOptions(l.r, r) {
		// A letter that is a word of its own: in English by the lexicon, in
		// other languages by the document's clean words.
		// A letter elided before an apostrophe (Walloon l'OME) is no
		// word standing alone: the document's one-letter words as written
		// say which letters stand alone (Walloon "I n'sont"), its elided
		// ones which letters are elided (Occitan l’è).
		elided := apostropheAfter(text, w.end)
		isWord := english && lexicon.Count(string(o)) >= 1000 ||
			!english && (!elided && p.singles.get(o) > 0 || elided && get(&p.table, string(unicode.ToLower(o))).elided > 0)
		if !english && unicode.IsUpper(o) && sentenceStart(text, w.start) && p.formsOf(string(unicode.ToLower(o))) > 0 {
			isWord = true // a word of the document beginning a sentence (Maori "E whai tika")
		}
		if small && unicode.IsUpper(o) {
			continue
		}
		// Rule TIMES-BESIDE-NUMBER: a mathematical symbol between two
		// operands, a number one of them, is the operator, whatever
		// one-letter words the text writes (BLOKŮ × 512 bajtů, 3 × 4),
		// unless the text writes a plain x there more often than the
		// symbol anywhere (can x 24, nine times, can × 24 once).
		isWord = isWord && !(symbol && !arrowX && timesSlot(text, w.start, w.end) && p.plainTimes(text) <= p.textCount(l.r))
		// A letter of a compatibility alphabet (or an APL ⍺) alone amid plain
		// words of a text under attack is no styling; a mathematical symbol
		// alone may be notation (A ∪ B, 3 × 4).
		// Between two words of prose a symbol has no operands, so it is no
		// notation; drawn as a capital after a capitalised word it is the
		// letter of a name (his Model ⟙ and earlier cars; "width × height"
		// is notation).
		prose := symbol && english && unicode.IsUpper(o) && prevCapitalised(text, w.start) && betweenWords(text, w)
		// Rule SYMBOL-BESIDE-FUNCTION-WORD: nor has it an operand where
		// a word beside it is a preposition, conjunction or article
		// (Columns F and ⋿ of Table 2): it is the letter.
		prose = prose || symbol && english && unicode.IsUpper(o) && betweenWords(text, w) &&
			(functionWord(previousWord(text, w.start)) || functionWord(nextToken(text, w.end)))
		// Rule GLYPH-USED-AS-SPOOF, for symbols: one the document puts for
		// the letter inside words (two restorations or more: ⟙he, ⟙his)
		// stands for it alone too ("and ⟙ is the film thickness").
		spoof := symbol && p.spoofUses.get(l.r) >= 2
		// Rule CROSS-AS-OPERAND: a cross other than × (⨯, ⤫) where an
		// operand stands, before an assignment (⨯ = 10 * 3.25, Point(⨯=11))
		// or alone between a bracket or comma and another (bin(⨯),
		// add(self, ⤫), zip(⤫, y)), is the variable x: no operator
		// stands there.
		spoof = spoof || otherCross(l.r) && operandPlace(text, w)
		// Rule ARROW-BESIDE-NUMBER: so is an arrow drawn like x (⤫, ⤬)
		// between two operands, a number one of them (800 ⤬ 600 pixels,
		// 5ft ⤬ 4ft): a size or a product is written with x or ×, never
		// with an arrow. (A vector product's ⨯ may be the author's
		// operator there: 2 ⨯ 3 stays.)
		spoof = spoof || arrowX && timesSlot(text, w.start, w.end)
		// Rule EMPHASIZED-ALONE: a symbol alone between the asterisks of
		// reST's or Markdown's emphasis (any float *×* with) is a
		// variable named in prose, as *x* is: no operator stands alone so.
		spoof = spoof || symbol && emphasizedAlone(text, w)
		// Rule QUOTE-INITIAL: a symbol drawn like a capital, opening a
		// line and right before ">", is the initial a mailer quotes with
		// (Supercite's "E> Gary wrote"), no comparison: nothing stands
		// before it.
		spoof = spoof || symbol && unicode.IsUpper(o) && quoteInitial(text, w)
		// Rule STRAY-SCRIPT-LETTER: in English, a letter of a script the
		// text writes nothing else in, Greek's symbols aside (°𑣲 for °C,
		// "Appendixes A, Ꞵ"), is no symbol and no word of that script.
		stray := english && tierOf(l.r, l.script, t) == foreign && l.script != unidata.Greek && p.genuine[l.script] == 0
		if isWord || initial && english || !symbol && compatLetter || prose || spoof || stray {
			why := fmt.Sprintf("%q is a word of its own", string(o))
			if !isWord {
				why = "a lone letter of another alphabet amid plain words"
			}
			return proposal{w: w, target: t, repl: one(k, o), needsAttack: true,
				why: "single " + tierName(l.r, l.script, t) + " in a text under attack; " + why}, true
		}
	}
	return proposal{}, false
}

// plainTimes counts the text's plain x or X standing alone between two
// operands, a number one of them (can x 24, 3 X 4): once a document.
func (p *profile) plainTimes(text string) int {
	if p.timesX == 0 {
		n := 0
		for i := 0; i < len(text); i++ {
			if b := text[i]; b != 'x' && b != 'X' || i > 0 && isASCIILetter(text[i-1]) || i+1 < len(text) && isASCIILetter(text[i+1]) {
				continue
			}
			if timesSlot(text, i, i+1) {
				n++
			}
		}
		p.timesX = n + 1
	}
	return p.timesX - 1
}

// notationDocument is how many mathematical symbols drawn like no letter
// a text writes, each counted once, to be about notation.
const notationDocument = 5

// notationSymbols counts the distinct mathematical symbols beyond ASCII
// (Sm) the text writes that are drawn like no Latin letter: once a
// document.
func (p *profile) notationSymbols(text string) int {
	if p.mathSymbols == 0 {
		var seen []rune
		for _, r := range text {
			if r >= utf8.RuneSelf && unicode.Is(unicode.Sm, r) && len(lookAlikes(r, unidata.Latin)) == 0 && !slices.Contains(seen, r) {
				seen = append(seen, r)
			}
		}
		p.mathSymbols = len(seen) + 1
	}
	return p.mathSymbols - 1
}

// timesSlot reports text[start:end] between two operands, a number one of
// them (infix, with a digit beside it): where a multiplication's operator
// stands (512 × 2, BLOKŮ × 512, can x 24).
func timesSlot(text string, start, end int) bool {
	before, after := besideSpaced(text, start, end)
	return infixOperands(before, after) && (unicode.IsDigit(before) || unicode.IsDigit(after))
}

// quoteInitial reports w right before a ">" and a space, with nothing but
// blanks and quotation marks (">") before it on its line.
func quoteInitial(text string, w *word) bool {
	if !strings.HasPrefix(text[w.end:], "> ") {
		return false
	}
	for i := w.start - 1; i >= 0 && text[i] != '\n'; i-- {
		if b := text[i]; b != ' ' && b != '\t' && b != '>' {
			return false
		}
	}
	return true
}

// emphasizedAlone reports w between two asterisks that open and close an
// emphasis: after a space, an opening bracket or a line's start, before a
// space, punctuation or the end, and not between two numbers.
func emphasizedAlone(text string, w *word) bool {
	if w.start < 1 || w.end >= len(text) || text[w.start-1] != '*' || text[w.end] != '*' {
		return false
	}
	if w.start >= 2 && !strings.ContainsRune(" \t\n(", rune(text[w.start-2])) {
		return false
	}
	if w.end+1 < len(text) && !strings.ContainsRune(" \t\n,.;:)", rune(text[w.end+1])) {
		return false
	}
	// (Not between numbers: 3 *×* 4 is a product set in italics.)
	before, after := strings.TrimRight(text[:w.start-1], " "), strings.TrimLeft(text[w.end+1:], " ")
	return !(before != "" && isDigit(before[len(before)-1]) && after != "" && isDigit(after[0]))
}

// functionWord reports a word Brown tags a preposition, a conjunction or
// an article (of, and, that, the).
func functionWord(s string) bool {
	switch lexicon.Tag(strings.ToLower(s)) {
	case "in", "cc", "cs", "at":
		return true
	}
	return false
}

// operandPlace reports w before an assignment's = (not ==), or between an
// opening bracket or comma and a comma or closing bracket, spaces aside.
func operandPlace(text string, w *word) bool {
	after := strings.TrimLeft(text[w.end:], " ")
	if strings.HasPrefix(after, "=") && !strings.HasPrefix(after, "==") {
		return true
	}
	before := strings.TrimRight(text[:w.start], " ")
	return (strings.HasSuffix(before, "(") || strings.HasSuffix(before, ",")) && (strings.HasPrefix(after, ",") || strings.HasPrefix(after, ")"))
}

// betweenWords reports words of two letters or more right before and after
// w, across spaces only.
func betweenWords(text string, w *word) bool {
	n := 0
	for _, r := range nextToken(text, w.end) {
		if !unicode.IsLetter(r) {
			break
		}
		n++
	}
	return w.end < len(text) && text[w.end] == ' ' && n >= 2 && utf8.RuneCountInString(previousWord(text, w.start)) >= 2
}

func tierName(r rune, s, t unidata.Script) string {
	switch tierOf(r, s, t) {
	case compat:
		return "symbol or compatibility form"
	case foreign:
		return s.String() + " letter"
	}
	return "look-alike"
}

// identifierLetters is rule IDENTIFIER-IS-ASCII: in a Latin text under
// attack whose own words write no extended orthography, a letter of
// another orthography drawn like an ASCII one, among the ASCII letters of
// a program's identifier (joined by an underscore, or called: nl_langinƒo,
// ƒ_builtins, setdeƒaulttimeout(), is that ASCII letter: such a text's
// code is ASCII, however natively the letter reads elsewhere (Ewe's ƒ).
func identifierLetters(text string, w *word, p *profile) (proposal, bool) {
	if !p.underAttack || p.dominant != unidata.Latin || p.extendedOrthography() || !codeIdentifier(text, w) {
		return proposal{}, false
	}
	var repl replacements
	for k, l := range w.letters() {
		if l.r < utf8.RuneSelf {
			continue
		}
		if l.script != unidata.Latin {
			return proposal{}, false
		}
		r, _, ok := pick(l.r, unidata.Latin, p)
		if !ok || r >= utf8.RuneSelf {
			return proposal{}, false
		}
		repl.set(k, r)
	}
	if repl.len() == 0 || !asciiBeside(w, repl) {
		return proposal{}, false
	}
	return proposal{w: w, target: unidata.Latin, repl: repl, why: "a letter drawn like an ASCII one inside a program's identifier"}, true
}

// codeIdentifier reports w shaped as a program's identifier: an underscore
// joins its letters (nl_langinfo, f_builtins), or a call's bracket follows
// it (setdefaulttimeout(), func(*params)).
func codeIdentifier(text string, w *word) bool {
	word := text[w.start:w.end]
	if k := strings.IndexByte(word, '_'); k > 0 && k < len(word)-1 {
		return true
	}
	return w.end < len(text) && text[w.end] == '('
}

// inScriptWord judges look-alikes inside the dominant script (ɑ for a, ı for
// i, ɗ for d): these letters are real in other orthographies, so only a
// restored form the document or the language knows justifies a change, and
// never where the document uses the letter natively or the word is written
// in an orthography of its own (é, ğ, ɛ beside the look-alike).
func inScriptWord(text string, w *word, p *profile) (proposal, bool) {
	if holdsIPA(w) && enclosedTranscription(text, w) && phoneticLine(text, w) {
		return proposal{}, false // rule TRANSCRIPTION: /bɪt/ is phonetic writing
	}
	if pr, ok := identifierLetters(text, w, p); ok {
		return pr, true
	}
	t := p.dominant
	repl := replacements{}
	orthography := false // an extended orthography's letter beside the look-alike
	for k, l := range w.letters() {
		if l.r < 0x80 {
			continue
		}
		switch tierOf(l.r, l.script, t) {
		case plain:
			// Latin-1 and Extended-A letters (ç, ñ, ş) are national
			// letters, not an extended orthography's (ɗ, ɛ, ɨ).
			orthography = orthography || unicode.IsLetter(l.r) && t == unidata.Latin && !nationalLatin(l.r)
			continue
		case inScript:
		default:
			return proposal{}, false
		}
		if p.isNative(text, l.r) {
			orthography = true // kept, as a letter of the document's own
			continue
		}
		r, _, ok := pick(l.r, t, p)
		if !ok {
			return proposal{}, false
		}
		repl.set(k, r)
	}
	if repl.len() == 0 {
		return proposal{}, false
	}
	// Rule ADDRESS-LETTER: inside a URL, letters drawn like ASCII ones
	// among ASCII letters only, in a text whose own words write no
	// extended orthography, are those ASCII letters (listinƒo,
	// newsisƒree.com): such a text's addresses are ASCII.
	if !orthography && t == unidata.Latin && inAddress(text, w.start) && !p.extendedOrthography() && asciiBeside(w, repl) {
		return proposal{w: w, target: t, repl: repl, why: "a letter drawn like an ASCII one among the ASCII letters of an address"}, true
	}
	// Rule REPEATED-IN-UNKNOWN-WORD: a letter written twice or more in a
	// word that, restored, no one knows (old Greenlandic ĸaĸortoĸ) is
	// that word's spelling: a spoofer strikes a known word's letters, one
	// here and there.
	if !orthography && p.restrictedAmongASCII(text, w, repl) && !(repeatedIn(w, repl) && !p.knows(strings.ToLower(restored(text, w, repl)), 3)) {
		return proposal{w: w, target: t, repl: repl,
			why: "a letter of no common orthography among ASCII letters"}, true
	}
	spoofed := true // every look-alike is used as a spoofer uses one
	for _, e := range repl.s {
		spoofed = spoofed && p.spoofShaped(text, w.letters()[e.k].r)
	}
	if orthography && !spoofed {
		return proposal{}, false
	}
	form := restored(text, w, repl)
	// Rule INSCRIPT-STROKE-L: a stroke stands for I or l, which casing.go
	// settles from the word (ɯꬲƖƖ is well), as styledWord reads it.
	if alt := restored(text, w, strokesAsL(repl)); alt != form && !p.knows(strings.ToLower(form), 3) && p.knows(strings.ToLower(alt), 3) {
		form = alt
	}
	lower := strings.ToLower(form)
	inLexicon := t == unidata.Latin && lexicon.Count(lower) >= 3
	english := p.isEnglish()
	if english && countLetters(w) == 1 && (lexicon.Count(lower) < 1000 || form == "i") && !(w.end < len(text) && text[w.end] == '.') &&
		!joinedAlone(text, w) && namedLetter(w.letters()[repl.s[0].k].r, p) {
		// Rule LETTER-NAMED-ALONE: a letter of a living orthography
		// standing alone in English (ɓ, ɗ and ƙ of Hausa; "ı" → "I") is
		// a letter named, unless restored it is a word of its own (ɑ for
		// a; English writes its pronoun I capital), an initial, joined to
		// what stands beside it (1700'ƽ, 1970ƽ, S-ƽ-sahjunt), or the
		// document puts it for a letter inside words (þart, uþ: "the
		// value of þ").
		return proposal{}, false
	}
	whole := repl.len() == countLetters(w)
	var why string
	switch {
	case p.formsOf(lower) > 0 && len([]rune(form)) >= 3:
		why = fmt.Sprintf("%q occurs elsewhere in the document", form)
	case english && lexicon.Count(lower) < commonWord && betweenNames(text, w) && livingParticle(text, w, repl, p):
		// Rule NAME-PARTICLE: in English, a small word between two names
		// (Usman ɗan Fodio) is a particle of the name, its letters its
		// language's, though restored it is a rare English word (dan).
		return proposal{}, false
	case english && inLexicon:
		why = fmt.Sprintf("%q is an English word", form)
		if !whole && commonEnglish(lower) && p.rareAll(w, repl) {
			// Rule RARE-IN-COMMON-WORD: a letter the text writes rarely
			// beside the letter it imitates (less than a sixth as often),
			// among ASCII letters, in a common English word that letter
			// makes (Hıghly), is restored in a text nothing else shows
			// attacked: a typist of another orthography writes its
			// letter in most words, and a styled word is styled whole.
			return proposal{w: w, target: t, repl: repl, why: why + ", written with a letter the text uses rarely beside the one it imitates"}, true
		}
	case markedForeign(w, repl, t):
		// MARKED-FOREIGN: a barred θ beside Latin capitals is a symbol
		// (θJA), restored only into a word the text or language knows.
		return proposal{}, false
	case english && unicode.IsUpper(w.letters()[0].r) && !knownToday(lower) && !knownPieces(restored(text, w, repl)) && livingLetters(text, w, repl, p):
		// Rule LIVING-LETTER-IN-NAME: in English, a letter of a living
		// orthography in a name that, restored, neither the text nor
		// English knows (Yıldız, Tanın) is that orthography's, however
		// the text's other words are attacked, unless the text puts the
		// letter for another inside its words (Oþelika beside þart and
		// uþ). Not in other words: the lexicon lacks many a common word a
		// spoof strikes (skɣscrapers).
		return proposal{}, false
	case english && thornOnly(w, repl) && p.thornReading(text) < 0:
		// Rule THORN-WRITES-TH: þ whose words read no better with th
		// than with p is a spoofer's p, in words no one knows too
		// (þosix, Axel@þhysik).
		why = "the text's words with þ read no better with th than with p: þ stands for p"
	case english && p.underAttack && everyReplaced(w, repl, func(k int, r rune) bool { return innerLatinCapital(w, k) }):
		// Rule CAPITAL-INSIDE-SMALL: a Latin capital beyond ASCII right
		// after a small letter (cƖassifier, executabƖes) is no
		// orthography's (isNative), and in a text under attack is a
		// look-alike, though English knows no word it restores to: the
		// lexicon lacks many a word a spoofer strikes.
		why = "a capital beyond ASCII inside small letters, in a text under attack"
	case english && ownWords(text, w, repl, p):
		// Rule OWN-BY-ITS-WORDS: a letter whose words, restored, are
		// mostly words no one knows, three or more of them (a 1611
		// Bible's long s: eſſential, ſelues, ſuſpicion read as f), is the
		// text's own spelling, however its other words are attacked.
		return proposal{}, false
	case english && !restoresKnown(text, w, repl, p) && !everyReplaced(w, repl, func(_ int, r rune) bool { return slices.Contains(p.struckBefore, r) }):
		// Rule KNOWN-ELSEWHERE-IN-ENGLISH: in English, a letter no word of
		// which restores to a word the text or English, old or present
		// (lexicon.Modern), knows (Kazakh tılı, Hausa ƙarfe) shows no
		// spoofer's use, however the text's other words are attacked;
		// but one an earlier round restored as a look-alike (ſ of ſ𑣗ꮁ,
		// struck in conſig) is the spoofer's, whose words that showed it
		// are read no more (STRUCK-CARRIES-OVER).
		return proposal{}, false
	case !whole && p.extended < 3, whole && countLetters(w) <= 3:
		why = "the document uses the letter as a look-alike (restoring it elsewhere gives words it knows)"
	case spoofed:
		why = "the document uses the letter as a spoofer does: rarely, and where the letter it imitates fits"
	default:
		return proposal{}, false
	}
	return proposal{w: w, target: t, repl: repl, why: why, needsAttack: true}, true
}

// knownPieces reports a word English writes as pieces it knows (rule
// KNOWN-PIECES): an identifier's camel-case parts, every one of three
// letters or more known today (TypeError, PyMapping), or a
// compound of two common words of three letters or more each (whitespace,
// mainloop), or a word known today with a version after it (python3). A name of another language restored seldom splits so
// (Pingvellir, Karfe).
func knownPieces(word string) bool {
	if letters := strings.TrimRight(word, "0123456789"); len(letters) < len(word) {
		// A name with a version (python3, libperl5): its letters.
		return len(letters) >= 4 && allASCIILetters(letters) && knownToday(strings.ToLower(letters))
	}
	if len(word) < 6 || len(word) > 40 {
		return false
	}
	var parts [8]string
	n, start := 0, 0
	for i := 1; i <= len(word); i++ {
		if i < len(word) && !(isLowerASCII(word[i-1]) && isUpperASCII(word[i])) {
			continue
		}
		if n == len(parts) {
			return false
		}
		parts[n], n, start = word[start:i], n+1, i
	}
	lower := strings.ToLower(word)
	if n > 1 {
		long := 0
		for _, part := range parts[:n] {
			if len(part) < 3 {
				continue
			}
			if long++; !knownToday(strings.ToLower(part)) && lexicon.Count(strings.ToLower(part)) == 0 {
				return false
			}
		}
		return long >= 1
	}
	for i := 3; i+3 <= len(lower); i++ {
		if commonEnglish(lower[:i]) && commonEnglish(lower[i:]) {
			return true
		}
	}
	return false
}

func allASCIILetters(s string) bool {
	for i := range len(s) {
		if !isLowerASCII(s[i]) && !isUpperASCII(s[i]) {
			return false
		}
	}
	return true
}

func isLowerASCII(b byte) bool { return 'a' <= b && b <= 'z' }
func isUpperASCII(b byte) bool { return 'A' <= b && b <= 'Z' }

// commonWord is the count (package lexicon) from which an English word is
// a common one: "part" 500, "up" 1890; "dan" 27.
const commonWord = 100

// commonEnglish reports a lower-cased word English writes ten times in a
// million words or more, in 1961 (Brown) or today (SUBTLEX): "highly",
// "edit", "unsubscribe".
func commonEnglish(lower string) bool {
	return lexicon.Count(lower) >= 10 || lexicon.Modern(lower) >= 10
}

// repeatedIn reports a letter replaced twice or more in w.
func repeatedIn(w *word, repl replacements) bool {
	for i, e := range repl.s {
		for _, f := range repl.s[i+1:] {
			if w.letters()[e.k].r == w.letters()[f.k].r {
				return true
			}
		}
	}
	return false
}

// ownInScript reports a letter of script t drawn like another of t (ɑ,
// ɗ): what an orthography of t may write, unlike a letter of another
// alphabet inScript by rule MARKED-FOREIGN (θ), which tells nothing of
// the document's orthography or of an attack on it.
func ownInScript(l letter, t unidata.Script) bool {
	return l.script == t && tierOf(l.r, l.script, t) == inScript
}

// markedForeign reports a replaced letter of another script than t: one
// inScript only by rule MARKED-FOREIGN (θ, Ө).
func markedForeign(w *word, repl replacements, t unidata.Script) bool {
	for _, e := range repl.s {
		if w.letters()[e.k].script != t {
			return true
		}
	}
	return false
}

// isNative reports whether the document uses r as a letter of its own
// rather than as a look-alike. Spoofing strikes letters of random words at
// random, so a spoofed spelling is rarely repeated and is the minority
// spelling of its word; an orthography's letter is written the same way
// every time a word recurs (Mazahua ꞹ, Hausa ƙ, Icelandic þ). In English
// text the lexicon also judges: restoring a native letter gives unknown
// words ("Kırıkkale", "Þingvellir"), restoring a spoof gives known ones.
// A document written in an extended orthography (ɛ, ɔ, ŋ) owns the letters
// of the IPA and Latin Extended-B blocks (Ewe ɖ, Kulango ɩ), and a letter's
// capital or small form is as native as the letter.
func (p *profile) isNative(text string, r rune) bool {
	if p.isEnglish() && unicode.ToLower(r) == 'þ' {
		if v := p.thornReading(text); v != 0 {
			return v > 0
		}
	}
	if extendedBlocks(r) && (p.extended >= 3 || p.consistentOther(text, r, extendedBlocks)) {
		return true
	}
	if !p.isEnglish() && unidata.IdentifierAllowed(r) && p.allCommonEnglish(text, r) {
		// Rule RESTORES-TO-COMMON-ENGLISH: in a text not judged English
		// (a README of code and prose under attack), a letter of a living
		// orthography whose every word, two or more, restores to a common
		// English word (Uþdated, þoints) is a spoofer's, whatever letters
		// of its orthography stand elsewhere: an orthography's own words
		// (Icelandic þess, Azerbaijani Saçın beside Sarı) are not all
		// English ones.
		return false
	}
	if p.companionLetter(r) && !p.restoresKnown(text, r) {
		return true
	}
	restricted := !unidata.IdentifierAllowed(r)
	if (restricted || unidata.ScriptOf(r) == unidata.Latin) && unicode.IsUpper(r) && p.innerUse.get(r) > 0 {
		// A rare capital inside small letters (avƄlax) is no
		// orthography's; nor is a Latin one (CouƖd, DanieƖ: Kabiyè
		// writes ɩ there), which a spoofer takes for its shape, as Latin
		// orthographies write capitals first. (Caucasian Cyrillic writes
		// its palochka Ӏ inside small letters: кӀант.)
		return false
	}
	if t := unidata.IdentifierTypes(r); t.Has(unidata.Obsolete) && !t.Has(unidata.UncommonUse) && !t.Has(unidata.LimitedUse) {
		// A letter Unicode marks obsolete (medievalist ꭇ) is no living
		// orthography's, however consistently a spoofer writes it.
		return false
	}
	c := p.restorationsBothCases(text, r)
	total := c.known + c.unknown
	if p.isEnglish() {
		// English has no letter outside the identifier profile: only a
		// word's own orthography (é or ʊ beside it) keeps one there.
		// Rule MAJORITY-SPELLING-IN-ENGLISH: a word of another
		// orthography that an English text recurs to spelt alike (Hausa
		// ɗan twice, Turkish ılık four times beside one ilik) is written
		// as that language writes it. A spoofer's spelling is the
		// minority of its word's and seldom recurs, but a heavy attack
		// repeats one in a common word (þart three times, uþ): those
		// restored to a common English word do not count.
		if !restricted {
			// (Words present-day English knows count as known: a spoofer
			// strikes today's words, laptoþ and þc, as well as 1961's.)
			rc, unknown := c.rareConsistent, c.unknown-c.modernOnly
			return unknown > total-unknown && unknown >= 2 || 2*rc >= total && (rc == total && rc >= 2 || rc >= 3)
		}
		// Rule PASSAGE-NOT-ENGLISH: a letter of no common orthography
		// whose words, restored, are mostly not English (ten or more) and
		// recur spelled alike, as an orthography's do, stands in a
		// passage of another language (a Mazahua text quoted in an
		// English one) and is that language's letter.
		return c.unknown >= 10 && c.unknown > c.known && consistent(c)
	}
	// Letters outside the identifier profile (Restricted: IPA ɑ, small
	// capitals, medievalist ꬲ) belong to no common orthography: native only
	// where the document's use shows it.
	unknown, all := c.unknown+c.spoofedUnknown, total+c.spoofedKnown+c.spoofedUnknown
	if all == 0 || restricted && all < 2 {
		return false
	}
	// Rule ONCE-AT-SPOOF-RATE: a letter in one word only, and rarer than
	// a sixth of the ASCII letter it is drawn like, shows no orthography
	// (whose letters recur over a text), only a spoofer's choice
	// (Yaminahua ƒlr𑣀ja, f written plainly all around it).
	if all < 2 && p.rareBeside(r) {
		return false
	}
	if restricted && c.known > 0 && 2*unknown < c.known {
		// Rule RESTRICTED-RESTORES-KNOWN: a letter of no common
		// orthography whose words, restored, are words the document also
		// writes plainly, more than twice as many as those it does not
		// (ᴄenren and ᴄongfen twice beside cenren and congfen, one ᴄosi),
		// is a spoofer's repetition, however consistently it recurs.
		return false
	}
	if restricted && p.extendedLetters() == 0 && !p.consistentOther(text, r, anyLetter) {
		// The one letter beyond ASCII of a text, and one of no common
		// orthography: however consistently written, a look-alike (ſ for
		// f throughout an Amis text).
		return false
	}
	// Rule RECURS-AS-COMMON-ENGLISH: a spelling that recurs shows an
	// orthography only where some recurring word restores to no common
	// English word: a short mail of links that no one judges English
	// repeats a spoofer's Grouþs in its footer (Yahoo! Groups), while
	// Icelandic recurs to þess and þeir.
	if consistent(c) && c.consistent > c.commonConsistent {
		return true
	}
	// Rule NATIVE-NEEDS-PLAIN-WORDS: the share of recurring spellings is
	// evidence only where some word holds the letter and nothing else
	// suspect: a letter found only in words spoofed elsewhere (niu þ𑣘𖼨е)
	// has no plain use to show.
	if total > 0 && 2*c.consistent >= total && p.extendedLetters() > 0 {
		return true
	}
	if c.consistent >= 2 && p.consistentOther(text, r, anyLetter) && !p.spoofShaped(text, r) {
		return true // some words recur with it, beside a look-alike the text owns (Mazahua ⱥ beside ꞹ)
	}
	// An orthography with letters beyond ASCII shows more than one of
	// them; in a text whose clean words hold none (Latin, Yao), a lone
	// kind of extended letter is a look-alike. Its other letters may be
	// look-alikes themselves (Hausa ɗ ƙ beside a rarer ɓ), known by how
	// consistently the document writes them.
	if p.extendedLetters() == 0 && !p.consistentOther(text, r, anyLetter) {
		return false
	}
	// A letter no recurring word holds, used as a spoofer uses one, is
	// not the document's, unless the document writes look-alike letters
	// of its own (Mazahua ꞹ beside a rarer ⱥ).
	if c.consistent == 0 && !p.consistentOther(text, r, anyLetter) && p.spoofShaped(text, r) {
		return false
	}
	// A language of many word forms (Turkish ı) repeats few of them; there
	// the restored forms say it: nearly all are words the document lacks
	// (all but one in ten for a letter of no common orthography).
	if restricted {
		return all >= 3 && 10*unknown >= 9*all
	}
	if total >= plainWordsEnough {
		// Rule PLAIN-WORDS-FIRST: the words that hold the letter among
		// letters nothing else spoofs say how it restores. Those that
		// hold other look-alikes too are read with them restored
		// (NATIVE-WORDS), but under a heavy attack they are the long
		// words, which a language of long words writes once: restored,
		// they are forms the text lacks whatever the letter is, and they
		// outnumber the plain ones (Quechua þ for p in 56 such words, 52
		// of them unknown, while 6 of 9 plain ones restored to words the
		// text writes).
		return 4*c.unknown >= 3*total
	}
	return 4*unknown >= 3*all
}

// plainWordsEnough is how many words holding a letter and no other
// look-alike settle alone how the letter restores.
const plainWordsEnough = 6

// spoofShaped reports a look-alike r used as a spoofer uses one: less than
// a sixth as often as the ASCII letter it imitates (cases together), and
// where that letter fits (three in four of its places, read with the
// letter, make letter triples the document's clean words have). An
// orthography's own letter is nearly as common as the letter or more
// (Turkish ı, Kabiyè ɣ), or keeps to places of its own (Romani ɵ before
// the case ending -ar, where o seldom stands).
func (p *profile) spoofShaped(text string, r rune) bool {
	if v, ok := p.spoofs[r]; ok {
		return v
	}
	if p.spoofs == nil {
		p.spoofs = map[rune]bool{}
	}
	o, _, ok := pick(r, unidata.Latin, p)
	v := ok && o < 0x80 && 6*p.textCount(r) < p.textCount(o) && p.fits(text, r, unicode.ToLower(o))
	p.spoofs[r] = v
	return v
}

// rareAll reports every letter repl replaces in w rareBeside.
func (p *profile) rareAll(w *word, repl replacements) bool {
	for _, e := range repl.s {
		if !p.rareBeside(w.letters()[e.k].r) {
			return false
		}
	}
	return true
}

// rareBeside reports a look-alike r used less than a sixth as often as the
// ASCII letter it is drawn like (cases together), as spoofShaped asks.
func (p *profile) rareBeside(r rune) bool {
	o, _, ok := pick(r, unidata.Latin, p)
	return ok && o < 0x80 && 6*p.textCount(r) < p.textCount(o)
}

// textCount is countCases over the document's text, counted once per
// character.
func (p *profile) textCount(c rune) int {
	if n, ok := p.textCounts[c]; ok {
		return n
	}
	if p.textCounts == nil {
		p.textCounts = map[rune]int{}
	}
	n := countCases(p.text, c)
	p.textCounts[c] = n
	return n
}

// countCases counts c in text, in both cases.
func countCases(text string, c rune) int {
	n := strings.Count(text, string(c))
	for _, o := range []rune{unicode.ToLower(c), unicode.ToUpper(c)} {
		if o != c {
			n += strings.Count(text, string(o))
		}
	}
	return n
}

// fits reports whether o, put where r stands (either case), makes letter
// triples the document's clean words have, in three places of four.
func (p *profile) fits(text string, r, o rune) bool {
	p.countTriples()
	lr, ur := unicode.ToLower(r), unicode.ToUpper(r)
	n, seen := 0, 0
	count := func(i int) {
		// (letterAt: the records of a word of ASCII letters are made
		// only for the words judged, not for every word read here.)
		w := &p.words[i]
		for k := range int(w.ln) {
			if l := w.letterAt(k); l.r != r && l.r != lr && l.r != ur {
				continue
			}
			prev, next := ' ', ' '
			if k > 0 {
				prev = p.readAs(w.letterAt(k - 1))
			}
			if k+1 < int(w.ln) {
				next = p.readAs(w.letterAt(k + 1))
			}
			n++
			if p.letters3.get(tripleKey(prev, o, next)) > 0 {
				seen++
			}
		}
	}
	if r < utf8.RuneSelf || lr < utf8.RuneSelf || ur < utf8.RuneSelf {
		for i := range p.words {
			count(i)
		}
		return n > 0 && 4*seen >= 3*n
	}
	// Beyond ASCII, only the words that hold r in either case (holders),
	// each once, in order: the lists merged.
	a, b, c := p.holders(r), p.holders(lr), p.holders(ur)
	for len(a)+len(b)+len(c) > 0 {
		i := int32(math.MaxInt32)
		for _, h := range [...][]int32{a, b, c} {
			if len(h) > 0 {
				i = min(i, h[0])
			}
		}
		count(int(i))
		for _, h := range [...]*[]int32{&a, &b, &c} {
			if len(*h) > 0 && (*h)[0] == i {
				*h = (*h)[1:]
			}
		}
	}
	return n > 0 && 4*seen >= 3*n
}

// readAs is rule FIT-READS-SPOOFS: a neighbour that is itself a symbol,
// compatibility form or letter of another script (the ｎ of 𝑛arｎɣen) is
// read, lower-cased, as the letter it imitates when fits weighs a letter
// beside it: as written it makes triples no clean word has, and the
// letter would fit only once its neighbour were restored (on a second
// cleaning), never on the first.
func (p *profile) readAs(l letter) rune {
	if x := tierOf(l.r, l.script, p.dominant); x == compat || x == foreign {
		if r, _, ok := pick(l.r, p.dominant, p); ok {
			return unicode.ToLower(r)
		}
	}
	return unicode.ToLower(l.r)
}

func anyLetter(rune) bool { return true }

// extendedBlocks holds the Latin Extended-B and IPA letters that extended
// orthographies (Ewe ɖ, Kulango ɩ, Chinantec ɨ ɇ) draw on.
func extendedBlocks(r rune) bool {
	b := unidata.BlockOf(r)
	return b == unidata.BlockLatinExtendedB || b == unidata.BlockIPAExtensions
}

// consistent reports a letter written the same way every time its words
// recur, as an orthography's letter is.
func consistent(c usage) bool {
	return 2*c.consistent >= c.known+c.unknown && c.consistent >= 2
}

// consistentOther reports a look-alike letter other than r (or its other
// case), among those in, that the document writes consistently, in two
// words or more (rule ORTHOGRAPHY-IN-WORDS): a name a spoofer struck alike
// twice (Caƽtillo) shows no orthography.
func (p *profile) consistentOther(text string, r rune, in func(rune) bool) bool {
	if p.consistentSet == nil {
		p.consistentSet = map[rune]bool{}
		for i := range p.words {
			if p.words[i].ascii {
				continue
			}
			for _, l := range p.words[i].letters() {
				if _, ok := p.consistentSet[l.r]; ok || l.r < 0x80 || !ownInScript(l, p.dominant) {
					continue
				}
				c := p.restorations(text, l.r)
				p.consistentSet[l.r] = consistent(c) && c.severalForms
			}
		}
	}
	for x, ok := range p.consistentSet {
		if ok && in(x) && x != r && x != otherCase(r) && otherCase(x) != r {
			return true
		}
	}
	return false
}

// extendedLetters counts the letters beyond ASCII, and the combining marks
// (Turkish written decomposed: s + U+0327), that the document's clean words
// use.
func (p *profile) extendedLetters() int {
	if p.extLetters == 0 {
		n := 0
		p.attested.each(func(r rune) bool {
			if r >= 0x80 && (unicode.IsLetter(r) || unicode.IsMark(r)) {
				n++
			}
			return true
		})
		p.extLetters = n + 1
	}
	return p.extLetters - 1
}

// usage is how the words holding a letter (and nothing else suspect) fare
// when it is restored.
type usage struct {
	known, unknown int // tokens whose restored form the document or the language knows, or not
	consistent     int // tokens whose spelling recurs and is not the minority spelling of the word
	// rareConsistent counts those of them that, restored, are no common
	// English word (in English text only).
	rareConsistent int
	// anyKnown counts the tokens, spoofed elsewhere or not, whose
	// restored form the document knows, or English in 1961 or today
	// (lexicon.Modern: "pancakes", "cheapest").
	anyKnown int
	// spoofedKnown and spoofedUnknown count tokens spoofed elsewhere in
	// the word, read with their spoofs restored.
	spoofedKnown, spoofedUnknown int
	// longKnown counts the tokens of two letters or more among anyKnown:
	// a letter alone restores to a letter, which every language "knows"
	// (a text on wynn names ƿ beside p and writes ƿæs, ƿintra).
	longKnown int
	// severalForms: the consistent tokens are of two forms or more, not
	// one word said again (a name a spoofer struck twice alike).
	severalForms bool
	// wordsKnown and wordsUnknown count the tokens of two letters or more,
	// spoofed elsewhere or not, that, restored, are words Brown has three
	// times or more, or that English has never written, in 1961 or today
	// (in English text); elsewhere, words the text writes, or not.
	wordsKnown, wordsUnknown int
	// modernOnly counts the tokens among unknown whose restored form
	// present-day English knows though Brown does not (laptop, pc,
	// plutocracy: knownToday); modernLong those of them of four letters
	// or more.
	modernOnly, modernLong int
	// commonConsistent counts the consistent tokens that, restored, are a
	// common English word, whatever the text's language; commonTokens
	// the tokens among known and unknown of two letters or more that are.
	commonConsistent, commonTokens int
}

// restorationsBothCases is restorations of r and of its other case, a
// letter's words in either case.
func (p *profile) restorationsBothCases(text string, r rune) usage {
	c := p.restorations(text, r)
	if f := otherCase(r); f != r {
		d := p.restorations(text, f)
		c = usage{c.known + d.known, c.unknown + d.unknown, c.consistent + d.consistent, c.rareConsistent + d.rareConsistent,
			c.anyKnown + d.anyKnown, c.spoofedKnown + d.spoofedKnown, c.spoofedUnknown + d.spoofedUnknown, c.longKnown + d.longKnown,
			c.severalForms || d.severalForms, c.wordsKnown + d.wordsKnown, c.wordsUnknown + d.wordsUnknown, c.modernOnly + d.modernOnly, c.modernLong + d.modernLong,
			c.commonConsistent + d.commonConsistent, c.commonTokens + d.commonTokens}
	}
	return c
}

// spoofedLetter reports whether some letter of the dominant script is
// plainly used as a look-alike: it is not native and at least two words
// holding it restore to forms the document or the language knows, one of
// them a word of two letters or more (rule LONE-LETTER-NO-EVIDENCE), two
// of its words that long, or it is a
// capital found inside small letters twice. Like a mixed-script word, that
// shows the document is under attack.
func (p *profile) spoofedLetter(text string) bool {
	seen := map[rune]bool{}
	for i := range p.words {
		if p.words[i].ascii || allSmallCapitals(&p.words[i]) {
			// (A word styled wholly in small capitals spells a word of
			// the language whoever styled it: smallCapitalsWord judges it.)
			continue
		}
		for _, l := range p.words[i].letters() {
			if seen[l.r] || l.r < 0x80 || !ownInScript(l, p.dominant) {
				continue
			}
			seen[l.r] = true
			if c := p.restorations(text, l.r); c.known >= 2 && c.longKnown >= 1 && p.longHolders(l.r) >= 2 && !p.isNative(text, l.r) {
				return true
			}
			if unicode.IsUpper(l.r) && p.innerUse.get(l.r) >= 2 {
				return true
			}
		}
	}
	return false
}

// longHolders counts the words of two letters or more that hold r. A
// letter standing alone restores to a letter, which any language "knows":
// a text that names the letter ("lc(ı) = ı", "'ı' (U+0131)") shows no
// spoofer by it.
func (p *profile) longHolders(r rune) int {
	n := 0
	for _, i := range p.holders(r) {
		if countLetters(&p.words[i]) >= 2 {
			n++
		}
	}
	return n
}

// restorations counts how the words holding r fare when it is restored.
func (p *profile) restorations(text string, r rune) usage {
	if c, ok := p.restored[r]; ok {
		return c
	}
	english := p.isEnglish()
	var c usage
	// The words to read: for a letter beyond ASCII, those that hold it
	// (holders), not all of them: a document asks of every letter it
	// holds, and one of many scripts and millions of words would read
	// them all each time.
	n, only := len(p.words), []int32(nil)
	if r >= utf8.RuneSelf {
		only = p.holders(r)
		n = len(only)
	}
	// Each word's restoration is read in buffers on the stack (all but
	// the longest words): a letter of a long document has many holders.
	var (
		rb     [16]replacement
		lb, ab [64]byte
	)
	var firstForm int32 // the form of the first consistent token
	for j := range n {
		i := j
		if only != nil {
			i = int(only[j])
		}
		w := &p.words[i]
		if w.ascii && r >= utf8.RuneSelf {
			continue
		}
		has := false
		for _, l := range w.letters() {
			if l.r == r {
				has = true
				break
			}
		}
		if !has {
			continue
		}
		// Rule NATIVE-WORDS: a word spoofed elsewhere is read with its
		// spoofs restored too, and counted apart (spoofedKnown,
		// spoofedUnknown): a heavily attacked text still shows whether
		// restoring the letter gives words it knows (Mazahua ⱥ: never),
		// while only words spelt as written say whether it recurs.
		spoofed := false
		if m := w.mk(); m.compat+m.foreign > 0 {
			spoofed = true
		}
		repl := replacements{rb[:0]}
		for k, l := range w.letters() {
			if x := tierOf(l.r, l.script, p.dominant); x == inScript || spoofed && x != plain {
				if x, _, ok := pick(l.r, p.dominant, p); ok {
					repl.set(k, x)
				}
			}
		}
		lower := restoredLower(lb[:0], w, repl, false)
		if alt := restoredLower(ab[:0], w, repl, true); !bytes.Equal(alt, lower) && (get(&p.table, alt).forms > 0 || english && (lexicon.Count(string(alt)) > 0 || knownToday(string(alt)))) {
			lower = alt // a stroke read as l (realƖy, scuƖpt): the reading casing.go will give it (STROKE-READ-AS-L)
		}
		forms := int(get(&p.table, lower).forms)
		known := forms > 0 || english && lexicon.Count(string(lower)) > 0
		switch {
		case countLetters(w) < 2 || holdsDigit(w) || !replacesRune(w, repl, r):
			// (A letter with no look-alike to restore leaves its word as
			// written, which the text of course writes: no evidence.)
		case !english && forms > 0:
			c.wordsKnown++
		case !english:
			c.wordsUnknown++
		case forms > 0 || lexicon.Count(string(lower)) >= 3:
			c.wordsKnown++ // (what the text writes elsewhere, as in another language: comþat beside compat)
		case lexicon.Count(string(lower)) == 0 && lexicon.Modern(string(lower)) == 0:
			c.wordsUnknown++
		}
		today := english && !known && (knownToday(string(lower)) || knownPieces(restored(text, w, repl)))
		if known || today {
			c.anyKnown++
			if countLetters(w) >= 2 {
				c.longKnown++
			}
		}
		// (Asked in a text not judged English only, and of a form of
		// ASCII letters: English's common words are, and most words of
		// an orthography's text, restored, are not.)
		// commonEnglish: the restored form is a common English word,
		// worked out once a token, where asked.
		commonAsked, commonAnswer := false, false
		commonEnglish := func() bool {
			if !commonAsked {
				f := string(lower)
				commonAsked, commonAnswer = true, lexicon.Count(f) >= commonWord || spelled(f)
			}
			return commonAnswer
		}
		if !english && !spoofed && !holdsDigit(w) && countLetters(w) >= 2 && asciiLetters(lower) && commonEnglish() {
			c.commonTokens++
		}
		switch {
		case !known && holdsDigit(w):
			// A word with a digit restored (10þm) is no word a lexicon
			// lacks: it says nothing either way unless known (1970s).
		case spoofed && known:
			c.spoofedKnown++
		case spoofed:
			c.spoofedUnknown++
		case known:
			c.known++
		default:
			c.unknown++
			if today {
				c.modernOnly++
				if countLetters(w) >= 4 {
					c.modernLong++
				}
			}
		}
		// (A word of an address recurs as the address is copied, a list's
		// footer under every message: no orthography's recurrence.)
		if n := int(p.table.recs[w.form].spellings); !spoofed && n >= 2 && n >= forms && !inAnyAddress(text, w.start) {
			if c.consistent == 0 {
				firstForm = w.form
			} else if w.form != firstForm {
				c.severalForms = true
			}
			c.consistent++
			if common := commonEnglish(); !common && english {
				c.rareConsistent++ // (corruþtion twice is a spoofer's repetition of a word a speller knows)
			} else if common {
				c.commonConsistent++
			}
		}
	}
	p.restored[r] = c
	return c
}

// replacesRune reports a replacement of letter r among repl.
func replacesRune(w *word, repl replacements, r rune) bool {
	for _, e := range repl.s {
		if w.letters()[e.k].r == r {
			return true
		}
	}
	return false
}

// holdsDigit reports a word with a decimal digit among its letters.
func holdsDigit(w *word) bool {
	for _, l := range w.letters() {
		if '0' <= l.r && l.r <= '9' {
			return true
		}
	}
	return false
}

// companionLetter reports a Latin letter beyond ASCII that an orthography
// writes together with another letter the document holds, one that few
// orthographies write (rule ORTHOGRAPHY-COMPANION): Hausa ɗ beside ƙ,
// Turkish ı beside ğ or ş, Icelandic þ beside ð. A spoofer's table puts
// one look-alike for each letter it strikes, drawn from every script; the
// letters of one orthography, and of few, rarely meet in it. A letter all
// Latin orthographies share (é, ö, ñ) says nothing of which one the text
// writes. Orthographies are CLDR's (unidata.Orthographies).
func (p *profile) companionLetter(r rune) bool {
	if p.dominant != unidata.Latin || r < utf8.RuneSelf {
		return false
	}
	own := unidata.Orthographies(r)
	if own.Len() == 0 {
		return false
	}
	if v, ok := p.companions[r]; ok {
		return v // (isNative asks of a letter at each of its words)
	}
	p.holders(r) // (builds holding: every letter beyond ASCII the document holds)
	found := false
	for c := range p.holding {
		if c == r || unicode.ToLower(c) == unicode.ToLower(r) {
			continue
		}
		if o := unidata.Orthographies(c); o.Len() > 0 && o.Len() <= fewOrthographies && o.Shares(own) {
			found = true
			break
		}
	}
	if p.companions == nil {
		p.companions = map[rune]bool{}
	}
	p.companions[r] = found
	return found
}

// restoresKnown is rule COMPANION-RESTORES-KNOWN: letters of one
// orthography (r and its companions in the text) whose words restore to
// words English knows, in English (three in four or more), or to words the
// text writes elsewhere, in another language (two in five), two at least,
// are no orthography's: a spoofer's table drew them (Ewe's ʋ and ɣ for u
// and y: aboʋt, oʋr, militarɣ; muntʋ beside muntu in Kinyarwanda; in
// English too, a word the text writes elsewhere counts: comþat beside
// compat, in a copyright file that names Ævar Arnfjörð). An
// English text quoting another language's words (Hausa Ɗantata, ƙofa;
// Turkish ılık) restores them to no English, and an orthography's own
// words to few of its text's. The evidence of the letters of their own
// shape is pooled, as the orthography is one: a lightly attacked text has
// a word or two of each (yoʋr, Bʋt, bɣ).
func (p *profile) restoresKnown(text string, r rune) bool {
	if v, ok := p.knownOrth[r]; ok {
		return v // (isNative asks of a letter at each of its words)
	}
	v := p.countRestoresKnown(text, r)
	if p.knownOrth == nil {
		p.knownOrth = map[rune]bool{}
	}
	p.knownOrth[r] = v
	return v
}

// countRestoresKnown is restoresKnown, worked out.
func (p *profile) countRestoresKnown(text string, r rune) bool {
	known, unknown := 0, 0
	seen := map[rune]bool{}
	add := func(c rune) { // c and its other case, each once
		for _, x := range [2]rune{c, otherCase(c)} {
			if x < utf8.RuneSelf || seen[x] {
				continue
			}
			seen[x] = true
			// (Words of two letters or more, in English read by the
			// lexicon alone: a letter alone restores to a letter, which
			// every language knows, "ı/I"; a text on an orthography
			// writes its minimal pairs, ılık and ilik.)
			u := p.restorations(text, x)
			known, unknown = known+u.wordsKnown, unknown+u.wordsUnknown
		}
	}
	add(r)
	p.holders(r) // (builds holding: every letter beyond ASCII the document holds)
	own := unidata.Orthographies(r)
	for c := range p.holding {
		// (Letters of their own shape only: an accented companion, İ or
		// ğ, restores to the letter English writes its words with,
		// Istanbul and Erdogan, whoever wrote it.)
		if o := unidata.Orthographies(c); o.Len() > 0 && o.Len() <= fewOrthographies && o.Shares(own) && baseOf(c) == c {
			add(c)
		}
	}
	if !p.isEnglish() {
		// The text's forms are weaker evidence than the lexicon's (a word
		// said once has no clean twin), and an orthography's own words
		// have few (Ewe's ɖ: one in three, its most): two in five.
		return known >= 2 && 3*known >= 2*unknown
	}
	return known >= 2 && known >= 3*unknown
}

// fewHolders bounds the words a letter RESTORES-TO-COMMON-ENGLISH reads.
const fewHolders = 8

// asciiLetters reports a form of ASCII letters only.
func asciiLetters(b []byte) bool {
	for _, c := range b {
		if !isASCIILetter(c) {
			return false
		}
	}
	return len(b) > 0
}

// allCommonEnglish reports a letter whose words, two or more with its
// other case's, each restore to a common English word
// (RESTORES-TO-COMMON-ENGLISH).
func (p *profile) allCommonEnglish(text string, r rune) bool {
	// (Asked of a letter in few words: an orthography's letter recurs over
	// its text, and its words are not read again here.)
	if n := len(p.holders(r)); n < 2 && otherCase(r) == r || n+len(p.holders(otherCase(r))) > fewHolders {
		return false
	}
	c := p.restorationsBothCases(text, r)
	// (Nor one whose words beside other look-alikes restore to no word:
	// Saçıռ and sevdadıᴦ beside Sarı, a sari to English.)
	total := c.known + c.unknown
	return total >= 2 && c.commonTokens == total && c.spoofedUnknown == 0
}

// fewOrthographies is how many of CLDR's Latin orthographies (111 with a
// letter beyond ASCII) at most write a letter that tells which the text
// writes: ɗ 6, ɓ 8, ş 4, ð 2; not ç 12, ö 21, é 46.
const fewOrthographies = 8

// holders returns the words that hold r, a letter beyond ASCII, in order;
// the index is made at the first call. The words' letters do not change
// while the pass reads them.
func (p *profile) holders(r rune) []int32 {
	if p.holding == nil {
		p.holding = map[rune][]int32{}
		for i := range p.words {
			if w := &p.words[i]; !w.ascii {
				for _, l := range w.letters() {
					if l.r < utf8.RuneSelf {
						continue
					}
					if h := p.holding[l.r]; len(h) == 0 || h[len(h)-1] != int32(i) {
						p.holding[l.r] = append(h, int32(i))
					}
				}
			}
		}
	}
	return p.holding[r]
}

// commonEnglishAround reports the word before words[i], as read, a common
// English word (a hundred times or more in Brown's million: made, for),
// and the word after it one English knows today (TV).
func commonEnglishAround(text string, words []word, i int, p *profile) bool {
	if i == 0 || i+1 >= len(words) {
		return false
	}
	return lexicon.Count(strings.ToLower(p.readingOf(text, words, i-1))) >= 100 && knownToday(strings.ToLower(p.readingOf(text, words, i+1)))
}

// articleFits reports whether the article "a" fits where words[i] stands:
// a word follows it in the same clause, not a form of be, have or do, and no
// determiner stands before it (Brown part-of-speech tags). A Greek letter used as a symbol
// stands where a noun does ("the α of the fund", "α is", "α particles").
func articleFits(words []word, i int, text string, p *profile) bool {
	if i+1 >= len(words) || i == 0 {
		return false
	}
	w := &words[i]
	gap := text[w.end:words[i+1].start]
	// (A hard-wrapped line may end after it, a quoted reply's marks begin
	// the next: "became α⏎> drudgery".)
	if nl := strings.IndexByte(gap, '\n'); nl >= 0 && strings.Count(gap, "\n") == 1 {
		gap = gap[:nl] + " " + strings.TrimLeft(gap[nl+1:], "> \t")
	}
	// (Emphasis opening the next word is no punctuation: "not α *trick*".)
	if g := strings.TrimSuffix(strings.TrimSuffix(gap, "*"), "_"); g != gap && strings.HasSuffix(g, " ") {
		gap = g
	}
	if strings.Trim(gap, " \"“'‘$£€") != "" || !strings.Contains(gap, " ") {
		return false // punctuation after it: a symbol ends the clause, an article cannot
	}
	next := p.readingOf(text, words, i+1)
	// A hyphenated compound is a modifier whatever its first word ("a
	// do-it-yourself pilgrimage").
	compound := strings.HasPrefix(text[words[i+1].end:], "-")
	if !compound && notAfterArticle(lexicon.Tag(strings.ToLower(next))) {
		return false
	}
	if strings.ContainsAny(text[words[i-1].end:w.start], ",;:—(") {
		return true // a new phrase begins: the word before does not govern it
	}
	prev := strings.ToLower(p.readingOf(text, words, i-1))
	pt := lexicon.Tag(prev)
	// After a quantifier the article is idiom ("many a triumph", "at
	// least a potential"); after an article or determiner it cannot stand,
	// but for one that is a pronoun too, which it is there (is this a new
	// concept, to get her a palm).
	return pt != "at" && (pt != "dt" && pt != "pp$" || pronounToo[prev])
}

// pronounToo holds the words Brown tags a determiner or a possessive that
// English also uses as pronouns, before an article only as pronouns
// ("that" and "what", tagged cs and wdt, never meet the test).
var pronounToo = map[string]bool{"this": true, "her": true}

// notAfterArticle reports Brown tags of words an article never precedes:
// forms of be, have and do, and modals. Tags are each word's most frequent
// one, so classes a noun may share ("means", "must", "near") are not
// counted against it.
func notAfterArticle(tag string) bool {
	for _, p := range []string{"be", "hv", "do"} {
		if strings.HasPrefix(tag, p) {
			return true
		}
	}
	// Nor prepositions and the conjunctions that join clauses ("the
	// coefficient α for copper": no "a for").
	return tag == "vbz" || tag == "in" || tag == "cc"
}

// asciiDigits reports whether w holds an ASCII digit.
func asciiDigits(text string, w *word) bool {
	return strings.ContainsAny(text[w.start:w.end], "0123456789")
}

// formula reports whether w's letters beyond ASCII are mathematical
// alphanumerics and an operator stands beside w on its line: a term of an
// equation ("4258𝑥 + 147𝑦 = 369"), the letters a variable's italics.
func formula(text string, w *word) bool {
	for _, l := range w.letters() {
		if l.r >= utf8.RuneSelf && (l.r < 0x1D400 || l.r > 0x1D7FF) {
			return false
		}
	}
	if inAddress(text, w.start) {
		return false // a URL's query is names and values (?q=𝐞7-…), no formula
	}
	// A tag's angle brackets (𝙶2</a>, <b>𝚂30) are no comparison
	// (ANGLE-BRACKETS).
	before, after := besideOnLine(text, w)
	next, prev := strings.TrimLeft(after, " "), strings.TrimRight(before, " ")
	return operatorIn(next) && !angleToken(next, false) || operatorIn(lastChar(before)) && !angleToken(prev, true)
}

// besideOnLine returns the text before and after w on its line, up to
// formulaReach bytes each way. A line's leading quotation marks ("> ",
// "> > " of a mail's reply) are the mail's, no operator of what follows.
func besideOnLine(text string, w *word) (before, after string) {
	after = text[w.end:min(len(text), w.end+formulaReach)]
	if k := strings.IndexByte(after, '\n'); k >= 0 {
		after = after[:k]
	}
	from := max(0, w.start-formulaReach)
	before = text[from:w.start]
	if k := strings.LastIndexByte(before, '\n'); k >= 0 {
		before, from = before[k+1:], from+k+1
	}
	if from == 0 || text[from-1] == '\n' {
		before = trimQuotePrefix(before)
		if before != "" && diffLine(text, from) {
			before = before[1:]
		}
	}
	return before, after
}

// diffLine is rule DIFF-LINE: it reports a line at from that opens with a
// unified diff's + or - below a hunk header ("@@ -2,7 +2,7 @@", looked
// for in the 4 KB before): the mark is the patch's, no operator of the
// code after it (+ok (sarun).
func diffLine(text string, from int) bool {
	if from >= len(text) || text[from] != '+' && text[from] != '-' || from > 0 && text[from-1] != '\n' {
		return false
	}
	return strings.Contains(text[max(0, from-4096):from], "\n@@ -")
}

// trimQuotePrefix removes what mail puts before a quoted line: > marks,
// each maybe after the quoted writer's initials or name (MF> , Tony> ), as
// Supercite and many mailers write them, and a bar before a space ("| ",
// another mailer's mark); no operator.
func trimQuotePrefix(line string) string {
	for {
		line = strings.TrimLeft(line, " \t")
		if strings.HasPrefix(line, ">") || strings.HasPrefix(line, "| ") {
			line = line[1:]
			continue
		}
		n := 0
		for n < len(line) && n <= 12 && isASCIILetter(line[n]) {
			n++
		}
		if n < 2 || n > 12 { // (one letter before > is a comparison: n > 𝑘)
			return line
		}
		rest := strings.TrimLeft(line[n:], " \t")
		if !strings.HasPrefix(rest, ">") {
			return line
		}
		line = rest[1:]
	}
}

// formulaReach bounds formula's look either side of a word, in bytes.
const formulaReach = 16

// operatorIn: s begins with an operator of arithmetic or comparison.
func operatorIn(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return strings.ContainsRune("=+−×·≡≤≥<>", r)
}

// lastChar is the last character of s past its trailing spaces (for
// operatorIn).
func lastChar(s string) string {
	s = strings.TrimRight(s, " ")
	if s == "" {
		return s
	}
	_, n := utf8.DecodeLastRuneInString(s)
	return s[len(s)-n:]
}

// latin1 reports whether w holds a letter of Latin-1 (the ordinal
// indicators ª º are written beside digits: 1ª, 2º).
func latin1(w *word) bool {
	for _, l := range w.letters() {
		if unidata.BlockOf(l.r) == unidata.BlockLatin1Supplement {
			return true
		}
	}
	return false
}

// symbolBesideLetter judges a symbol standing with a single letter (⍺n, ｏf
// with one letter left plain): notation (∣x∣, A∪B) looks the same, so only
// in a text under attack, and only where the restored form is a word the
// document or English knows.
func symbolBesideLetter(text string, words []word, i int, p *profile) (proposal, bool) {
	w := &words[i]
	t := p.dominant
	repl, ok := replaceTiers(w, t, p, func(x tier) bool { return x == compat })
	form := strings.ToLower(restored(text, w, repl))
	if dot := w.end < len(text) && text[w.end] == '.'; dot && p.isEnglish() && lexicon.Count(form+".") >= 5 {
		form += "." // an abbreviation (vs.)
	}
	if !ok || repl.len() == 0 {
		return proposal{}, false
	}
	if !p.knows(form, 5) {
		// Rule SYMBOL-READ-BY-LETTERS: the form need not be a word the
		// document writes again: a word of a language it spells as its
		// clean words do (Kaqchikel ⤫u, Seychellois ×u) is read so.
		if !p.readsByLetters(text, w, form) {
			return proposal{}, false
		}
		return proposal{w: w, target: t, repl: repl, needsAttack: true,
			why: fmt.Sprintf("a symbol beside a single letter among prose in a text under attack; %q is spelt as the text's words are", form)}, true
	}
	return proposal{w: w, target: t, repl: repl, needsAttack: true,
		why: fmt.Sprintf("a symbol beside a single letter in a text under attack; %q is a word", form)}, true
}

// readsByLetters is rule SYMBOL-READ-BY-LETTERS: a symbol drawn like a
// letter beside a single letter (⤫u, t⋁) stands for the letter where the
// word it makes reads as the text's language and stands in prose:
//   - every letter pair of the restored form, its edges included, is a
//     pair the document's clean words have (xu after the x-words and
//     u-endings of Kaqchikel), or, in a Latin text, the form is a word
//     English writes often, as Latin texts borrow it (Tok Pisin tv); in
//     English, a word the lexicon has at all (ex);
//   - the tokens beside it are words of two letters or more, or
//     punctuation, a line's edge: notation sets a variable among digits,
//     operators and other single letters (x ⋁ y, 2×n, ⊤ ⊢ p).
//
// An operator with one variable (∨p, ×n) makes pairs no word of the
// language has.
func (p *profile) readsByLetters(text string, w *word, form string) bool {
	if !proseSide(text, w.start, -1) || !proseSide(text, w.end, 1) {
		return false
	}
	switch {
	case p.isEnglish():
		return lexicon.Count(form) >= 1 // the lexicon reads English better than letter pairs (n× makes nx, as in anxious)
	case p.dominant == unidata.Latin && lexicon.Count(form) >= 5:
		return true
	}
	return p.spelledByDocument(form)
}

// spelledByDocument reports that every letter sequence of form, its edges
// included, as long as the word or three letters, is one the document's
// clean words have: the pairs of a word of two letters (_x xu u_), the
// triples of a longer one (_an ana na_).
func (p *profile) spelledByDocument(form string) bool {
	p.countPairs()
	triples := utf8.RuneCountInString(form) > 2
	a, b := ' ', ' '
	for _, c := range form + " " {
		switch {
		case !triples:
			if p.letters3.get(pairKey(b, c)) == 0 {
				return false
			}
		case p.letters3.get(tripleKey(a, b, c)) == 0:
			return false
		}
		a, b = b, c
	}
	return true
}

// proseSide reports, for the side of offset i that dir points to (-1
// before, 1 after), that past spaces it finds the text's or a line's edge,
// punctuation, or a word of two letters or more.
func proseSide(text string, i, dir int) bool {
	for {
		var r rune
		var n int
		if dir < 0 {
			if i == 0 {
				return true
			}
			r, n = utf8.DecodeLastRuneInString(text[:i])
			i -= n
		} else {
			if i >= len(text) {
				return true
			}
			r, n = utf8.DecodeRuneInString(text[i:])
			i += n
		}
		switch {
		case r == ' ':
			continue
		case r == '\n' || r == '\r':
			return true
		case unicode.IsLetter(r):
			// One letter more at least, in the same direction.
			var s rune
			if dir < 0 {
				s, _ = utf8.DecodeLastRuneInString(text[:i])
			} else {
				s, _ = utf8.DecodeRuneInString(text[i:])
			}
			return unicode.IsLetter(s)
		}
		return unicode.In(r, unicode.Po, unicode.Ps, unicode.Pe, unicode.Pi, unicode.Pf) && r != '%'
	}
}

// replaceTiers maps each letter of w whose tier is wanted to its look-alike
// in t; ok is false when one has none the document can take.
func replaceTiers(w *word, t unidata.Script, p *profile, wanted func(tier) bool) (replacements, bool) {
	repl := replacements{}
	for k, l := range w.letters() {
		if !wanted(tierOf(l.r, l.script, t)) {
			continue
		}
		r, _, ok := pick(l.r, t, p)
		if !ok {
			return replacements{}, false
		}
		repl.set(k, r)
	}
	return repl, true
}

// separates reports a word that symbols cut into words English knows,
// each of four letters or more (a short word of another language, or of
// English, is too often a piece of a longer one: Trinitario "Nak⍺eno",
// Portuguese "pro⋁ada"), where the word the
// look-alikes would restore is no word: "number｜string｜null", Markdown's
// type union written with a fullwidth bar that a table cell lets stand.
// A spoofer's symbol stands for a letter of one word ("a｜so" is "also").
func (p *profile) separates(text string, w *word) bool {
	word := text[w.start:w.end]
	var buf [64]byte
	parts, from := 0, 0
	var restored []byte
	for i, r := range word {
		if !unicode.IsSymbol(r) && !unicode.IsPunct(r) || r < utf8.RuneSelf {
			continue
		}
		part := word[from:i]
		if utf8.RuneCountInString(part) < 4 || lexicon.Count(string(lowerOf(buf[:0], part))) < 5 {
			return false
		}
		lookAlike, _, ok := pick(r, unidata.Latin, p)
		if !ok {
			return false
		}
		restored = utf8.AppendRune(append(restored, part...), lookAlike)
		parts++
		from = i + utf8.RuneLen(r)
	}
	last := word[from:]
	if parts == 0 || utf8.RuneCountInString(last) < 4 || lexicon.Count(string(lowerOf(buf[:0], last))) < 5 {
		return false
	}
	restored = append(restored, last...)
	form := string(lowerOf(buf[:0], string(restored)))
	return !p.knows(form, 1) && lexicon.Count(form) == 0 // ("fund⍺mental" in Portuguese is a word English knows)
}

// knowsTerm is knows of what NOTATION restores a term to, in any text of
// Latin letters: a formula's terms are English words where they are
// words at all (a setting's name = value in a German configuration file).
func (p *profile) knowsTerm(form string) bool {
	return p.formsOf(form) > 0 || p.dominant == unidata.Latin && lexicon.Count(form) >= 3
}

// knows reports whether the lower-cased form is a clean word of the
// document or, in English text, a word Brown has at least min times.
func (p *profile) knows(form string, min int) bool {
	return p.formsOf(form) > 0 || p.isEnglish() && lexicon.Count(form) >= min
}

// restoredLower appends the word w with repl applied, lower-cased, to buf:
// strings.ToLower(restored(text, w, repl)), or, with asL, of
// strokesAsL(repl).
func restoredLower(buf []byte, w *word, repl replacements, asL bool) []byte {
	for k, l := range w.letters() {
		r := l.r
		if x, ok := repl.get(k); ok {
			if r = x; asL && r == 'I' {
				r = 'l'
			}
		}
		if r < utf8.RuneSelf {
			buf = append(buf, lowerASCII(byte(r)))
		} else {
			buf = utf8.AppendRune(buf, unicode.ToLower(r))
		}
	}
	return buf
}

// strokesAsL returns repl with every I read as l: a vertical stroke stands
// for either, and which one is settled later, from the word (chooseCase).
func strokesAsL(repl replacements) replacements {
	out := replacements{make([]replacement, repl.len())}
	for i, e := range repl.s {
		if e.r == 'I' {
			e.r = 'l'
		}
		out.s[i] = e
	}
	return out
}

// restrictedAmongASCII is rule RESTRICTED-AMONG-ASCII: every look-alike to
// restore in w is a Latin letter outside Unicode's identifier profile
// (Technical, Obsolete, Uncommon_Use: small capitals ᴡ ɢ, IPA ɑ ɡ, ĸ ƅ ⱴ ſ),
// the word's other letters are ASCII (hardᴡare, mɑjor, xxɑxx), the
// document's own words use no letter of an extended orthography (beyond
// Latin Extended-A, or a combining mark: Mazahua e̱ beside ꞹ), and the
// document uses the look-alike rarely: in this word only, or less than a
// sixth as often as the letter it imitates (historical ſ throughout a text
// stays). Such a letter belongs to no common orthography; standing so
// among the letters it imitates, where the document does not use it as a
// letter of its own (isNative, checked by the caller), it is the imitation.
func (p *profile) restrictedAmongASCII(text string, w *word, repl replacements) bool {
	if p.dominant != unidata.Latin || p.extendedOrthography() {
		return false
	}
	for k, l := range w.letters() {
		if r, ok := repl.get(k); ok {
			if l.script != unidata.Latin || unidata.IdentifierAllowed(l.r) {
				return false
			}
			if n := p.textCount(l.r); n > countCases(w.text(text), l.r) && 6*n >= p.textCount(r) {
				return false
			}
		}
	}
	return asciiBeside(w, repl)
}

// asciiBeside reports a word whose letters other than those repl restores
// are ASCII, one at least.
func asciiBeside(w *word, repl replacements) bool {
	others := 0
	for k, l := range w.letters() {
		if _, ok := repl.get(k); ok || !unicode.IsLetter(l.r) {
			continue
		}
		if l.r >= utf8.RuneSelf {
			return false
		}
		others++
	}
	return others > 0
}

// extendedOrthography reports a document whose own words use letters of
// an extended Latin orthography (beyond Latin Extended-A: ɛ ŋ ɗ) or
// combining marks.
func (p *profile) extendedOrthography() bool {
	if p.extended > 0 {
		return true
	}
	if p.markAttested == 0 { // the attested letters are final: asked once
		mark := false
		p.attested.each(func(r rune) bool {
			mark = unicode.IsMark(r)
			return !mark
		})
		p.markAttested = -1
		if mark {
			p.markAttested = 1
		}
	}
	return p.markAttested > 0
}

// inCompound is rule LETTER-IN-COMPOUND: a lone letter joined by hyphens on
// both sides to words of ASCII letters is a letter of the compound word
// (twice-α-year, once-in-α-lifetime), not a symbol: notation hyphenates a
// Greek letter to one word (α-helix), never between two.
func inCompound(text string, w *word) bool {
	asciiLetter := func(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }
	return w.start >= 2 && text[w.start-1] == '-' && asciiLetter(text[w.start-2]) &&
		w.end+1 < len(text) && text[w.end] == '-' && asciiLetter(text[w.end+1])
}

// usedAsSpoof is rule GLYPH-USED-AS-SPOOF: a Greek letter standing alone is
// the letter it imitates where the document uses the same glyph as a
// look-alike inside words (two restorations or more) and writes no Greek of
// its own: "her α day" beside cαt and thαt. A text with Greek of its own
// (β, Δ) keeps its symbols.
func (p *profile) usedAsSpoof(r rune) bool {
	return p.spoofUses.get(r) >= 2 && p.genuine[unidata.Greek] == 0
}

// notationLetters is rule NOTATION-LETTERS: mathematical notation writes
// its variables in ASCII or Greek letters (∣x∣, A∪B, ∨φ); a symbol beside a
// letter with a diacritic or of an extended orthography (∨î, ∨ɛ) is no
// notation but a spoofed word.
// operands is rule OPERAND-LETTERS: single letters joined by mathematical
// symbols (A∪B, p∨q, A×B, A∪B∪C) are a formula, as mathematics writes
// one without spaces, unless the word they read as with the symbols'
// look-alikes is one the document or the language knows (b∪s is bus), or
// the document's other words are spoofed: then e⤫e and B⊤W are the
// spoofer's too, restored after the others (operandsSpoofed).
func operands(w *word, p *profile) bool {
	if p.underAttack || !formulaShape(w) {
		return false
	}
	var buf [64]byte
	form := buf[:0]
	for k, l := range w.letters() {
		r := l.r
		if k%2 == 1 {
			var ok bool
			if r, _, ok = pick(l.r, unidata.Latin, p); !ok {
				return false
			}
		}
		form = utf8.AppendRune(form, unicode.ToLower(r))
	}
	return !p.knowsTerm(string(form))
}

// formulaShape reports a word of single ASCII letters joined by
// mathematical symbols, three characters or more (A∪B).
func formulaShape(w *word) bool {
	ls := w.letters()
	if len(ls) < 3 || len(ls)%2 == 0 {
		return false
	}
	for k, l := range ls {
		if k%2 == 0 && (l.r >= utf8.RuneSelf || !unicode.IsLetter(l.r)) || k%2 == 1 && !unicode.Is(unicode.Sm, l.r) {
			return false
		}
	}
	return true
}

// operandsSpoofed is selfEvident of a word of a formula's shape, asked
// once the text is known to be under attack.
func operandsSpoofed(text string, w *word, p *profile) (proposal, bool) {
	if !formulaShape(w) {
		return proposal{}, false
	}
	return selfEvident(text, w, p)
}

func notationLetters(w *word) bool {
	for _, l := range w.letters() {
		if unicode.IsLetter(l.r) && l.r >= 0x80 && l.script != unidata.Greek && tierOf(l.r, l.script, unidata.Latin) == plain {
			return false
		}
	}
	return true
}

// romanNumeralWord is rule ROMAN-NUMERAL-LETTERS: Unicode's Roman numeral
// characters (Ⅰ Ⅹ ⅼ) exist for round trips with East Asian encodings; a
// numeral spelt one character per letter (ⅩⅠⅩ) is the numeral in the
// letters they decompose to (XIX), in a Latin text under attack.
// Rule NUMERAL-ONE-CASE: a numeral is written in one case, all capitals
// (ⅩⅠⅩ) or all small (ⅹⅰⅹ); the characters of both (Ⅰⅰ) spell no
// numeral but stand for letters, which the word decides (Seychellois li).
func romanNumeralWord(text string, w *word, p *profile) (proposal, bool) {
	if p.dominant != unidata.Latin || len(w.letters()) < 2 || apostropheBefore(text, w.start) {
		// (After a word's apostrophe the piece is a contraction's,
		// They'ⅠⅠ: its strokes are read with the word, as casing.go does.)
		return proposal{}, false
	}
	repl := replacements{}
	// The numerals are Nl with a case mapping, not Lu and Ll.
	capital := func(r rune) bool { return unicode.ToLower(r) != r }
	upper := capital(w.letters()[0].r)
	for k, l := range w.letters() {
		c := compatLetter(l.r)
		if !unicode.Is(unicode.Nl, l.r) || c == 0 || c >= 0x80 { // letter numbers that decompose to letters: the Roman numerals
			return proposal{}, false
		}
		if capital(l.r) != upper {
			return proposal{}, false
		}
		repl.set(k, c)
	}
	return proposal{w: w, target: unidata.Latin, repl: repl, needsAttack: true, decomposed: true,
		why: "a numeral spelt in Roman numeral characters, one per letter"}, true
}

// digitsInNumber is rule DIGIT-IN-NUMBER: in a Latin text, a character of
// another script drawn like a digit (Cyrillic б like 6, Bengali ৪ like 8)
// standing in a word with ASCII digits and no letter beyond ASCII (A3৪0,
// 1б) is that digit.
func digitsInNumber(w *word, p *profile) (proposal, bool) {
	if p.dominant != unidata.Latin {
		return proposal{}, false
	}
	if w.ascii {
		return proposal{}, false
	}
	var repl replacements
	digits := 0
	for k, l := range w.letters() {
		switch {
		case l.r >= '0' && l.r <= '9':
			digits++
		case l.r < 0x80:
		default:
			d, ok := unidata.DigitLookAlike(l.r)
			if !ok || unicode.Is(unicode.Nd, l.r) && unidata.ScriptOf(l.r) == unidata.Common {
				return proposal{}, false // a letter of its own, or a styled digit (𝟔): notation
			}
			repl.set(k, d)
		}
	}
	if digits == 0 || repl.len() == 0 {
		return proposal{}, false
	}
	return proposal{w: w, target: unidata.Latin, repl: repl, decomposed: true,
		why: "a character drawn like a digit among ASCII digits"}, true
}

// hexPrefix is rule HEX-PREFIX: a character drawn like x after a 0 and
// before hexadecimal digits, the whole word (0𝚡80, 0х1F, 0⤬7E:
// hexLiteral), is the x of a hexadecimal literal, as code, logs and
// character tables write them; no script writes a letter of its own there.
// A letter of the document's own script is kept (a Russian text's 0х20,
// typed on a Cyrillic keyboard).
func hexPrefix(text string, w *word, p *profile) (proposal, bool) {
	x, ok := hexLiteral(w.text(text))
	if !ok || w.letters()[1].script == p.dominant {
		return proposal{}, false
	}
	return proposal{w: w, target: unidata.Latin, repl: one(1, x), why: "drawn like the x of a hexadecimal number's 0x"}, true
}

// codePointDigits is rule CODE-POINT-DIGITS: after "U+", Unicode's
// notation of a code point, four to six characters each an ASCII
// hexadecimal digit or drawn like one (U+𝘿𝐅𝐅𝐅, U+00Ｅ9) are the code
// point's digits, which the notation writes in ASCII: no script writes a
// letter of its own there, and no styled word is the author's there.
func codePointDigits(text string, w *word, p *profile) (proposal, bool) {
	if w.start < 2 || text[w.start-2:w.start] != "U+" || w.start > 2 && isASCIIAlnum(text[w.start-3]) {
		return proposal{}, false
	}
	ls := w.letters()
	if n := utf8.RuneCountInString(w.text(text)); n < 4 || n > 6 || len(ls) == 0 {
		return proposal{}, false
	}
	for _, r := range w.text(text) {
		if r < utf8.RuneSelf && !isHexDigit(r) {
			return proposal{}, false
		}
	}
	var repl replacements
	for k, l := range ls {
		if l.r < utf8.RuneSelf {
			continue
		}
		r, _, ok := pick(l.r, unidata.Latin, p)
		if !ok || !isHexDigit(r) {
			return proposal{}, false
		}
		repl.set(k, r)
	}
	if repl.len() == 0 {
		return proposal{}, false
	}
	return proposal{w: w, target: unidata.Latin, repl: repl, decomposed: true, why: "drawn like a hexadecimal digit of a U+ code point"}, true
}

// dottedInitial is rule DOTTED-INITIAL: a look-alike standing as one
// letter of an abbreviation written with full stops whose other letters are
// ASCII (Ph.Ⅾ., ꓟ.D., Ｄ.C., e.ց.) is the Latin letter it imitates: such an
// abbreviation is spelt in one alphabet. A letter of the typist's layout
// is kept (layoutLetter: Р. S. in a Russian letter).
func dottedInitial(text string, w *word, p *profile) (proposal, bool) {
	ls := w.letters()
	if len(ls) != 1 || ls[0].r < utf8.RuneSelf || ls[0].script == p.dominant && p.layoutLetter(ls[0].r) || !dottedAround(text, w.start, w.end) {
		return proposal{}, false
	}
	r, _, ok := pick(ls[0].r, unidata.Latin, p)
	if !ok || r >= utf8.RuneSelf || !unicode.IsLetter(r) {
		return proposal{}, false
	}
	return proposal{w: w, target: unidata.Latin, repl: one(0, r), why: "a letter of an abbreviation written with full stops"}, true
}

// dottedAround reports text[start:end] standing as one segment of an
// abbreviation of letters and full stops, ending in one, with another
// segment or more, each of one or two ASCII letters (Ph.D., e.g.).
func dottedAround(text string, start, end int) bool {
	if end >= len(text) || text[end] != '.' {
		return false
	}
	segments := 1
	// Back: ".X" or ".XY" segments before.
	for i := start; i >= 2 && text[i-1] == '.'; {
		n := asciiLettersBefore(text, i-1)
		if n == 0 || n > 2 {
			return false
		}
		segments++
		i -= 1 + n
		if i > 0 && isASCIILetterOrDigit(text[i-1]) {
			return false
		}
		if i == 0 || text[i-1] != '.' {
			break
		}
	}
	if start > 0 && isASCIILetterOrDigit(text[start-1]) {
		return false
	}
	// Forward: "X." or "XY." segments after.
	for i := end + 1; i < len(text); {
		n := 0
		for i+n < len(text) && n < 3 && isASCIILetter(text[i+n]) {
			n++
		}
		if n == 0 {
			break
		}
		if n > 2 || i+n >= len(text) || text[i+n] != '.' {
			return false
		}
		segments++
		i += n + 1
	}
	return segments >= 2
}

// asciiLettersBefore counts the ASCII letters right before text[i].
func asciiLettersBefore(text string, i int) int {
	n := 0
	for i-n > 0 && isASCIILetter(text[i-n-1]) {
		n++
	}
	return n
}

func isASCIILetterOrDigit(b byte) bool { return isASCIILetter(b) || '0' <= b && b <= '9' }

// ipaBlock is the IPA Extensions block: its small capitals (ɢ ɪ ʟ ɴ ʀ ʏ ʙ
// ʜ) are the International Phonetic Alphabet's letters.
var ipaBlock = unidata.BlockOf(0x0250)

// smallCapitalsWord (rule SMALL-CAPITALS-WORD) restores a Latin word written
// wholly in small capitals (ɢᴏᴏɢʟᴇ), or after its capital (Dɪᴇᴄᴋᴏᴡ, a name
// so set), alone among plain words of a text under
// attack, as text-styling tools write one to slip past filters: no
// orthography writes words so, and the word's letters are no look-alikes
// of each other, so its spelling is its small letters. A phrase so
// written (ꜱᴍᴀʟʟ ᴄᴀᴘꜱ in a profile) is the author's styling, as a phrase in
// 𝐛𝐨𝐥𝐝 is (styledWord). Phonetic writing keeps them: a word of the IPA's
// small capitals alone (ʀɪɴ), one between the slashes or brackets of a
// transcription, and a letter the document uses as its own (isNative: a
// phonetic text). A sentence's first word gets its capital back.
func smallCapitalsWord(text string, words []word, i int, p *profile) (proposal, bool) {
	w := &words[i]
	ls := w.letters()
	if p.dominant != unidata.Latin || len(ls) < 2 || enclosedTranscription(text, w) || smallCapitalsBeside(words, i) {
		return proposal{}, false
	}
	repl := replacements{}
	ipaOnly := true
	for k, l := range ls {
		if k == 0 && 'A' <= l.r && l.r <= 'Z' && len(ls) >= 4 {
			continue // a name set in small capitals after its capital (Dɪᴇᴄᴋᴏᴡ), as typesetting sets one
		}
		if !unidata.SmallCapital(l.r) || p.isNative(text, l.r) {
			return proposal{}, false
		}
		ipaOnly = ipaOnly && unidata.BlockOf(l.r) == ipaBlock
		r, _, ok := pick(l.r, unidata.Latin, p)
		if !ok || r >= 0x80 {
			return proposal{}, false
		}
		if k == 0 && sentenceStart(text, w.start) {
			r = unicode.ToUpper(r) // the styling drew the sentence's capital small too
		}
		repl.set(k, r)
	}
	if ipaOnly {
		return proposal{}, false
	}
	return proposal{w: w, target: unidata.Latin, repl: repl, needsAttack: true,
		why: "a word written wholly in small capitals, as text-styling tools write one, in a text under attack"}, true
}

// smallCapitalsBeside reports a word of two small capitals or more next
// to words[i], written in them alone: the styling spans a phrase.
func smallCapitalsBeside(words []word, i int) bool {
	for _, k := range []int{i - 1, i + 1} {
		if k >= 0 && k < len(words) && countLetters(&words[k]) >= 2 && allSmallCapitals(&words[k]) {
			return true
		}
	}
	return false
}

// allSmallCapitals reports a word whose letters are all small capitals.
func allSmallCapitals(w *word) bool {
	for _, l := range w.letters() {
		if !unidata.SmallCapital(l.r) {
			return false
		}
	}
	return len(w.letters()) > 0
}

// enclosedTranscription reports w inside a transcription on its line, a
// short way from each end: between slashes (/bɪt/) or brackets ([ˈbɪt ə]),
// the opener after white space or the line's start ("1/2" is none), the
// closer its pair, before white space, punctuation or the line's end, and
// no other slash or bracket between ("[1] then ... / ..." is none).
func enclosedTranscription(text string, w *word) bool {
	const reach = 48
	i := w.start - 1
	for ; i >= 0 && i >= w.start-reach && strings.IndexByte("/[]\n", text[i]) < 0; i-- {
	}
	if i < 0 || i < w.start-reach || (text[i] != '/' && text[i] != '[') || i > 0 && !isSpaceOrOpen(text[i-1]) {
		return false
	}
	closer := byte('/')
	if text[i] == '[' {
		closer = ']'
	}
	j := w.end
	for ; j < len(text) && j < w.end+reach && strings.IndexByte("/[]\n", text[j]) < 0; j++ {
	}
	if j >= len(text) || j >= w.end+reach || text[j] != closer {
		return false
	}
	return j+1 == len(text) || strings.IndexByte(" \t\n.,;:!?)\"'", text[j+1]) >= 0 || text[j+1] >= utf8.RuneSelf
}

// isSpaceOrOpen: white space or an opening bracket or quote.
func isSpaceOrOpen(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '(' || c == '"' || c == '\''
}

// phoneticLine reports a character only phonetic writing uses on w's line:
// a length or stress mark (Spacing Modifier Letters: ː ˈ ˌ) or an IPA
// letter drawn like no Latin letter (ʃ ə ŋ). A word in slashes on a line
// without one may be a spoofed path (/ɡiftcɑrd/).
func phoneticLine(text string, w *word) bool {
	ls := strings.LastIndexByte(text[:w.start], '\n') + 1
	le := len(text)
	if k := strings.IndexByte(text[w.end:], '\n'); k >= 0 {
		le = w.end + k
	}
	for _, r := range text[ls:le] {
		switch unidata.BlockOf(r) {
		case unidata.BlockSpacingModifierLetters:
			return true
		case ipaBlock:
			if len(unidata.LookAlikes(r, unidata.Latin)) == 0 {
				return true
			}
		}
	}
	return false
}

// holdsIPA reports a letter of the IPA Extensions block in w (ɪ ʊ ə ʃ).
func holdsIPA(w *word) bool {
	for _, l := range w.letters() {
		if unidata.BlockOf(l.r) == ipaBlock {
			return true
		}
	}
	return false
}

// knownToday reports a lower-cased word present-day English writes though
// Brown (1961) may not: SUBTLEX's film subtitles (laptop, pc) or a
// speller's list (plutocracy, implementations). A spoofer strikes today's
// words as well as 1961's; an orthography's own letter restores to none
// (Qazaq tılı is no "tili").
func knownToday(lower string) bool {
	return lexicon.Modern(lower) > 0 || spelled(lower)
}

// spelled reports a word of four letters or more a speller of English
// accepts (lexicon.Spelled); its list holds every letter and many a pair
// (o, fs), which a letter alone or an abbreviation restores to.
func spelled(lower string) bool { return len(lower) >= 4 && lexicon.Spelled(lower) }

// thornReading is rule THORN-WRITES-TH: in English text þ is native only
// as the letter of th it is wherever it is written (Old and Middle English
// þe, wiþ, þat): where the words holding it English writes far more often
// read with th than with p, 1. A spoofer puts þ for p (suþport, þersons,
// maþ), and its words read with th are seldom words, or no commoner (þick,
// þen): -1. A text that holds ð, Icelandic's and Old English's letter
// beside it, is left to the rules of companions (0), as is one with no
// word of two letters holding þ. (Read from the text, once: the profile's
// words may not all be read yet.)
func (p *profile) thornReading(text string) int {
	if p.thornTh != 0 {
		return int(p.thornTh) - 2
	}
	p.thornTh = 2
	if strings.ContainsAny(text, "ðÐ") {
		return 0
	}
	count := func(w string) float64 { return float64(lexicon.Count(strings.ToLower(w))) }
	thorns := strings.NewReplacer("þ", "th", "Þ", "Th")
	ps := strings.NewReplacer("þ", "p", "Þ", "P")
	sum, n := 0.0, 0
	for i := 0; i < len(text); {
		j := strings.IndexAny(text[i:], "þÞ")
		if j < 0 {
			break
		}
		j += i
		start, end := j, j
		for start > 0 {
			r, size := utf8.DecodeLastRuneInString(text[:start])
			if !unicode.IsLetter(r) {
				break
			}
			start -= size
		}
		for end < len(text) {
			r, size := utf8.DecodeRuneInString(text[end:])
			if !unicode.IsLetter(r) {
				break
			}
			end += size
		}
		if w := text[start:end]; utf8.RuneCountInString(w) >= 2 {
			sum += math.Log((count(thorns.Replace(w)) + 1) / (count(ps.Replace(w)) + 1))
			n++
		}
		i = end
	}
	// (Native where th reads clearly better on average: e, about 2.7
	// times as often.)
	switch {
	case n == 0:
	case sum >= float64(n):
		p.thornTh = 3
	default:
		p.thornTh = 1
	}
	return int(p.thornTh) - 2
}

// thornForP reports r a thorn in a word of small letters of an English
// text whose words with þ read no better with th than with p
// (THORN-WRITES-TH: -1). A name's (Alþingi, Þingvellir) may be
// Icelandic's letter in a text about Iceland, whatever else is spoofed in it.
func thornForP(text string, w *word, r rune, p *profile) bool {
	return (r == 'þ' || r == 'Þ') && !unicode.IsUpper(w.letters()[0].r) && p.isEnglish() && p.thornReading(text) < 0
}

// thornOnly reports that every letter repl replaces in w is þ or Þ.
func thornOnly(w *word, repl replacements) bool {
	return everyReplaced(w, repl, func(_ int, r rune) bool { return r == 'þ' || r == 'Þ' })
}
