// Package invisible removes characters that render as nothing and are used to
// split words so filters and duplicate detectors miss them: every
// default-ignorable code point (zero-width space, word joiner, soft hyphen,
// stray BOM, invisible operators, CGJ, Hangul fillers, deprecated and
// reserved format characters, and joiners, variation and format controls
// where no script they serve stands beside them).
package invisible

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/unspin/unspin/internal/analysis"
	"github.com/unspin/unspin/internal/edit"
	"github.com/unspin/unspin/internal/lexicon"
	"github.com/unspin/unspin/internal/pass/bidi"
	"github.com/unspin/unspin/internal/pass/tags"
	"github.com/unspin/unspin/internal/unidata"
	"golang.org/x/text/unicode/runenames"
)

// IsCandidate reports the characters this pass judges: every
// default-ignorable code point (drawn as nothing where it does no work)
// but the bidi controls and marks, which the bidi pass judges by what the
// reader sees, and the tag characters and variation selectors, which the
// tags pass decodes.
func IsCandidate(r rune) bool {
	switch {
	case r < 0xAD:
		return false
	case bidi.IsControl(r) || tags.Handles(r):
		return false
	}
	return unidata.IsDefaultIgnorable(r)
}

// A run of invisible characters is judged by its visible neighbours, and
// by the document's own usage. The rules, in order:
//   - I1 outside a word (not between two word characters) an invisible
//     character splits nothing a reader or a filter reads as one word: a
//     zero-width space as a break opportunity after a slash or between
//     words, a BOM opening a paragraph, a joiner after punctuation. It stays.
//   - I2 inside a word, a character the neighbours' script uses stays
//     (needed): joiners in joining scripts, word-boundary marks in scripts
//     written without spaces (beside their words and numbers), emoji
//     sequences, a soft hyphen at a line end, an invisible operator in a
//     formula's term beside an operator (formulaTerm) or between a
//     formula's operands (formulaOperands: sin²⁡θ, a⁣i⁣j).
//   - I3 break hints: soft hyphens and zero-width spaces inside words stay
//     in a document whose in-word invisibles are all such hints where a
//     word breaks: a soft hyphen in a word of five letters or more (a
//     hyphenation point: Jog­jakarta), a zero-width space between two parts
//     of four letters or more (a compound: standard​indstillinger); or in a
//     document whose long words are mostly hyphenated (hyphenationHints).
//     A spoofer scatters several kinds at random letter pairs, short words
//     and word edges included. I3b: soft hyphens all where a hyphenation
//     dictionary could put them, twice in one word at least once, stay
//     whatever junk of other kinds stands beside them (softHyphensPlaced).
//   - I3c in a document whose look-alike letters an earlier round restored,
//     break hints inside words are the spoofer's too where the document
//     holds fewer than three (beside words too: after a path's slashes): an
//     author who types hints types many, as I3b and hyphenationHints, which
//     still hold, find; a lone one (Categori­a in a translation catalogue)
//     is kept only where nothing else was spoofed.
//   - I4 anything else inside a word hides the word from filters, and goes.

// run is a stretch of invisible candidates and its visible neighbours.
type run struct {
	i, j       int
	prev, next rune
}

// Propose returns one removal per run of unneeded invisible characters.
func Propose(text string) []edit.Edit { return ProposeSpoofed(text, false) }

// ProposeSpoofed is Propose of a text in which, where spoofed, an earlier
// round restored look-alike letters (rule I3c).
func ProposeSpoofed(text string, spoofed bool) []edit.Edit {
	if analysis.IsASCII(text) {
		return nil
	}
	runs := candidateRuns(text)
	if len(runs) == 0 {
		return nil
	}
	hints := breakHints(text, runs, spoofed)
	// The text's words, lower-cased, read once where a formula's operands
	// are to be told from a word split (formulaOperands): few texts ask.
	var words map[string]bool
	writes := func(w string) bool {
		if words == nil {
			words = wordSet(text)
		}
		return words[strings.ToLower(w)]
	}
	shyHints := hyphenationHints(text) || softHyphensPlaced(text, runs)
	// A run is most often one removal: the list is made at once, where
	// growing it took four times its size on a long attacked text.
	out := make([]edit.Edit, 0, len(runs))
	for _, rn := range runs {
		if !inWord(rn) {
			continue // I1
		}
		start := -1
		var names []string
		flush := func(end int) {
			if start >= 0 {
				out = append(out, edit.Edit{Start: start, End: end, Kind: edit.Invisible,
					Reason: "invisible " + join(names) + " " + where(rn.prev, rn.next)})
				start, names = -1, nil
			}
		}
		for k := rn.i; k < rn.j; {
			c, cw := utf8.DecodeRuneInString(text[k:])
			if needed(c, k, rn.prev, rn.next) || hints && isBreakHint(c) || shyHints && c == 0x00AD || isInvisibleOperator(c) && operatorPlace(text, rn, c) && (formulaTerm(text, rn, writes) || formulaOperands(text, rn, writes)) {
				flush(k) // I2, I3
			} else {
				if start < 0 {
					start = k
				}
				names = append(names, name(c))
			}
			k += cw
		}
		flush(rn.j)
	}
	return out
}

// candidateRuns returns the runs of invisible candidates in text.
func candidateRuns(text string) []run {
	var runs []run
	for i := 0; i < len(text); {
		if text[i] < utf8.RuneSelf {
			i++ // no candidate is ASCII: most bytes cost no decoding
			continue
		}
		r, w := utf8.DecodeRuneInString(text[i:])
		if !IsCandidate(r) {
			i += w
			continue
		}
		j := i
		for j < len(text) {
			r2, w2 := utf8.DecodeRuneInString(text[j:])
			if !IsCandidate(r2) {
				break
			}
			j += w2
		}
		// Neighbours are the visible characters: a bidi control or a tag
		// beside the run is as invisible as the run.
		prev, next := analysis.Neighbours(text, i, j, unidata.IsDefaultIgnorable)
		runs = append(runs, run{i, j, prev, next})
		i = j
	}
	return runs
}

// inWord reports a run between two word characters.
func inWord(rn run) bool {
	return analysis.IsWordChar(rn.prev) && analysis.IsWordChar(rn.next)
}

// isBreakHint reports the invisibles an author puts inside words as
// line-break hints: the soft hyphen and the zero-width space.
func isBreakHint(c rune) bool { return c == 0x00AD || c == 0x200B }

// breakHints reports a document whose in-word invisibles that no script
// needs are all break hints where a word breaks (I3), and, where spoofed,
// whose break hints, inside words or beside them (after a path's slash),
// are not few (I3c).
func breakHints(text string, runs []run, spoofed bool) bool {
	inside, typed := 0, 0
	for _, rn := range runs {
		for k, c := range text[rn.i:rn.j] {
			if needed(c, rn.i+k, rn.prev, rn.next) {
				continue
			}
			if isBreakHint(c) {
				typed++
			}
			if !inWord(rn) {
				continue
			}
			before, after := wordLetters(text, rn.i, rn.j)
			switch {
			case c == 0x00AD && before+after >= 5 && before >= 2 && (after >= 2 || !spoofed):
				// A hyphenation point: the word is long enough to
				// hyphenate, and no hyphenation breaks off its first
				// letter alone (t­hough); nor its last in a text whose
				// letters were spoofed too (Robo­t), though a translator's
				// stray one stays where nothing else was (Categori­a).
			case c == 0x200B && before >= 4 && after >= 4:
				// A break between the parts of a compound, each a word.
			default:
				return false
			}
			inside++
		}
	}
	return inside > 0 && (!spoofed || typed >= fewestTyped)
}

// fewestTyped is the fewest break hints a spoofed document's author is
// taken to have typed (I3c).
const fewestTyped = 3

// softHyphensPlaced reports a document whose in-word soft hyphens are all
// where a hyphenation dictionary could put them (rule I3b): in a word of
// six letters or more, two or more on each side (TeX's least), and two or
// more in one word at least once (aansprake-lijkheids-verzekerings-polis).
// Junk of other kinds beside them (a spoofer's zero-width joiners) does not
// make them junk: a spoofer who draws the soft hyphen scatters it one here
// and there, in short words and beside a word's edge letters too.
func softHyphensPlaced(text string, runs []run) bool {
	twice, seen := false, false
	lastWord, inLast, lastEnd := -1, 0, 0
	for _, rn := range runs {
		if !inWord(rn) {
			continue
		}
		for k, c := range text[rn.i:rn.j] {
			if c != 0x00AD || needed(c, rn.i+k, rn.prev, rn.next) {
				continue
			}
			before, after := wordLetters(text, rn.i, rn.j)
			if before < 2 || after < 2 || before+after < 6 {
				return false
			}
			seen = true
			// The word's start: where its letters before the run begin,
			// the last word's where only its characters lie between (a
			// long word is not read back to its start for each run).
			w := lastWord
			if lastWord < 0 || lastEnd > rn.i || !inOneWord(text[lastEnd:rn.i]) {
				w = rn.i - wordBytesBefore(text, rn.i)
			}
			if lastEnd = rn.j; w == lastWord {
				inLast++
				twice = twice || inLast >= 2
			} else {
				lastWord, inLast = w, 1
			}
		}
	}
	return seen && twice
}

// inOneWord reports s made of word characters and invisibles only.
func inOneWord(s string) bool {
	for _, r := range s {
		if !analysis.IsWordChar(r) && !unidata.IsDefaultIgnorable(r) {
			return false
		}
	}
	return true
}

// wordBytesBefore is how many bytes of the word around i (its word
// characters and the invisibles among them) lie before i.
func wordBytesBefore(text string, i int) int {
	k := i
	for k > 0 {
		r, w := utf8.DecodeLastRuneInString(text[:k])
		if !analysis.IsWordChar(r) && !unidata.IsDefaultIgnorable(r) {
			break
		}
		k -= w
	}
	return i - k
}

// wordLetters counts the word characters of the word around text[i:j],
// before and after it, passing over invisible characters, up to
// lettersCounted on each side: the rules ask for a few letters at most, and
// counting a long word whole for each of its runs took time quadratic in
// it.
func wordLetters(text string, i, j int) (before, after int) {
	for k := i; k > 0 && before < lettersCounted; {
		r, w := utf8.DecodeLastRuneInString(text[:k])
		if !analysis.IsWordChar(r) && !unidata.IsDefaultIgnorable(r) {
			break
		}
		before += b2i(analysis.IsWordChar(r))
		k -= w
	}
	for k := j; k < len(text) && after < lettersCounted; {
		r, w := utf8.DecodeRuneInString(text[k:])
		if !analysis.IsWordChar(r) && !unidata.IsDefaultIgnorable(r) {
			break
		}
		after += b2i(analysis.IsWordChar(r))
		k += w
	}
	return before, after
}

// lettersCounted is as many letters on a side as any rule on wordLetters
// asks for (a soft hyphen's six in all): a count capped there compares
// with every threshold as the whole count does.
const lettersCounted = 6

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// needed reports whether the invisible c at offset off does real work here.
func needed(c rune, off int, prev, next rune) bool {
	switch c {
	case 0xFEFF:
		return off == 0 // a byte-order mark opening the text is an encoding signature (outside a word, I1 keeps it anyway)
	case 0x00AD:
		// At a line end a soft hyphen is a real hyphenation point, shown
		// there as a hyphen (trans-\nformation in hard-wrapped text).
		return next == '\n' || next == '\r'
	case 0x200B, 0x2060:
		// Word-boundary marks in scripts written without spaces; next to a
		// letter of another script (a spoofed ᧐ in a Latin word) they mark
		// nothing.
		// A number beside such a word is a word of its own (คลื่นสูง​2–3).
		np, nn := analysis.NoSpaceScript(prev), analysis.NoSpaceScript(next)
		return np && nn || np && (!analysis.IsWordChar(next) || unicode.IsDigit(next)) || nn && (!analysis.IsWordChar(prev) || unicode.IsDigit(prev))
	case 0x200C, 0x200D:
		// A joiner shapes letters of a joining script: between two of them,
		// or between one and a word boundary. Next to a letter of another
		// script (c‍ߋ, a spoof) it shapes nothing the reader would see.
		jp, jn := analysis.JoiningScript(prev), analysis.JoiningScript(next)
		if jp && jn || jp && !analysis.IsWordChar(next) || jn && !analysis.IsWordChar(prev) {
			return true
		}
		return c == 0x200D && analysis.IsEmojiPart(prev) && analysis.IsEmojiPart(next)
	case 0x034F:
		// CGJ legitimately separates combining marks from reordering.
		return unicode.IsMark(next) || unicode.Is(unicode.Hebrew, prev)
	}
	return servesNeighbour(c, prev, next)
}

// isInvisibleOperator: function application, invisible times, separator
// and plus (U+2061–U+2064), which MathML's text carries between a
// formula's letters (sin⁡θ, m⁢a, a⁣ij).
func isInvisibleOperator(c rune) bool { return c >= 0x2061 && c <= 0x2064 }

// operatorPlace reports an invisible operator c where MathML puts one:
// before a function's argument or a factor, one letter, a digit or a
// parenthesis (sin⁡θ, f⁡(x), m⁢a, 2⁢x), or between indices of one or two
// letters (a⁣ij). Before two letters or more, or after three but a
// function's name, it splits a word (a⁡nd, Mo⁡de, Dat⁢e), which is a
// spoofer's place, formula or not around it.
func operatorPlace(text string, rn run, c rune) bool {
	letters := 0
	for we := rn.j; we < len(text); {
		r, n := utf8.DecodeRuneInString(text[we:])
		if !unicode.IsLetter(r) {
			break
		}
		letters++
		we += n
	}
	// Only a function's name stands glued before its operator (sin⁡θ); a
	// factor or an index is one letter or two, and three or more are a
	// word the operator splits (Dat⁢e, aim⁢s).
	before := 0
	for ws := rn.i; ws > 0 && c != 0x2061; {
		r, n := utf8.DecodeLastRuneInString(text[:ws])
		if !unicode.IsLetter(r) {
			break
		}
		before++
		ws -= n
	}
	if before > 2 {
		return false
	}
	if c == 0x2063 { // invisible separator
		return letters <= 2
	}
	return letters <= 1
}

// formulaTerm reports the run inside a term of a formula: a word of four
// letters or fewer with an operator of arithmetic or comparison a space
// apart from it, itself between spaces (F = m⁢a, tan⁡θ = sin⁡θ / cos⁡θ). A
// spoofer's operator hides a word of prose from filters; a formula's
// stands where the mathematics puts it. A term of three letters or more
// that the text writes elsewhere or English knows, read without its
// operators, is that word split ("Our X⁣ML / RSS Feed" beside "XML").
func formulaTerm(text string, rn run, writes func(string) bool) bool {
	// (Read no further than a term's letters go: a long word is no term,
	// and reading it whole for each of its runs took time quadratic in it.)
	letters := 0
	ws, we := rn.i, rn.j
	for ws > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:ws])
		if !analysis.IsWordChar(r) && !IsCandidate(r) {
			break
		}
		if letters += b2i(analysis.IsWordChar(r)); letters > maxTermLetters {
			return false
		}
		ws -= n
	}
	for we < len(text) {
		r, n := utf8.DecodeRuneInString(text[we:])
		if !analysis.IsWordChar(r) && !IsCandidate(r) {
			break
		}
		if letters += b2i(analysis.IsWordChar(r)); letters > maxTermLetters {
			return false
		}
		we += n
	}
	if w := withoutOperators(text[ws:we]); utf8.RuneCountInString(w) >= 3 && (writes(w) || englishWord(strings.ToLower(w))) {
		return false
	}
	operator := func(r rune) bool {
		return unicode.Is(unicode.Sm, r) || r == '−' || r == '×' || r == '·' || r == '/'
	}
	// " = term": the operator before the word, spaces on each side of it
	// and a term of its own beyond ("F = m⁢a"; a quoted reply's "> > Date"
	// and prose's "a second + and" have none).
	if strings.HasSuffix(text[:ws], " ") {
		if r, n := utf8.DecodeLastRuneInString(text[:ws-1]); operator(r) && ws-2-n >= 0 && text[ws-2-n] == ' ' && termBefore(text, ws-2-n, operator) {
			return true
		}
	}
	// "term = ": after it.
	if strings.HasPrefix(text[we:], " ") {
		if r, n := utf8.DecodeRuneInString(text[we+1:]); operator(r) && we+1+n < len(text) && text[we+1+n] == ' ' && termAfter(text, we+2+n, operator) {
			return true
		}
	}
	return false
}

// formulaOperands reports the run between a formula's operands where no
// operator of arithmetic stands by to show one (formulaTerm): a Greek
// letter after it, as mathematics names its quantities (sin²⁡θ, i⁢π, 2⁢π),
// or single letters on every side of every operator in the word (a⁣i⁣j),
// which the text writes nowhere else as one word and English knows as
// none. A spoofer's operator splits a word of prose (d⁣o⁣g, "a⁢n" beside
// "an"); a Greek letter among Latin ones is put right by the homoglyph
// pass first, and the operator judged again.
func formulaOperands(text string, rn run, writes func(string) bool) bool {
	if r, n := utf8.DecodeRuneInString(text[rn.j:]); unicode.IsLetter(r) && unidata.ScriptOf(r) == unidata.Greek {
		if after, _ := utf8.DecodeRuneInString(text[rn.j+n:]); !unicode.IsLetter(after) && factorBefore(text, rn) {
			return true
		}
	}
	// The word around the run, operators and all (up to white space and a
	// bracket or a mark of punctuation at its ends): letters alone, each
	// operand one, three or more of them, not all capitals. ("M⁡r.",
	// "I'v⁡e", "h⁡a" are words split, as may any pair of letters be, and
	// "B⁡T⁡W" an acronym.)
	// (A formula's word is short: past maxOperandsWord bytes it is none,
	// and a long line is not read to its end for each operator.)
	ws, we := rn.i, rn.j
	for ws > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:ws])
		if unicode.IsSpace(r) {
			break
		}
		if ws -= n; rn.i-ws > maxOperandsWord {
			return false
		}
	}
	for we < len(text) {
		r, n := utf8.DecodeRuneInString(text[we:])
		if unicode.IsSpace(r) {
			break
		}
		if we += n; we-rn.j > maxOperandsWord {
			return false
		}
	}
	word := strings.TrimRightFunc(strings.TrimLeftFunc(text[ws:we], unicode.IsPunct), unicode.IsPunct)
	var joined strings.Builder
	operand, operands := 0, 0 // letters of the operand being read; operands read
	for _, r := range word {
		switch {
		case isInvisibleOperator(r):
			if operand != 1 {
				return false
			}
			operand = 0
			continue
		case !unicode.IsLetter(r):
			return false
		}
		if operand++; operand > 1 {
			return false
		}
		operands++
		joined.WriteRune(r)
	}
	w := joined.String()
	return operand == 1 && operands >= 3 && w != strings.ToUpper(w) && !englishWord(strings.ToLower(w)) && !writes(w)
}

// factorBefore is rule OPERATOR-AFTER-FACTOR: what stands before the run
// is what MathML puts there. A function's name before U+2061 (sin⁡θ); else a
// factor of a product or the whole of a mixed number: one letter, or a
// term holding a digit, a raised figure or a closing bracket (i⁢π, 2⁢π,
// (a+b)⁢π). Two letters or more are a word's (yo⁤υ, a spoofer's "you").
func factorBefore(text string, rn run) bool {
	if c, _ := utf8.DecodeRuneInString(text[rn.i:]); c == 0x2061 {
		return true
	}
	letters := 0
	for k := rn.i; k > 0 && rn.i-k <= maxOperandsWord; {
		r, n := utf8.DecodeLastRuneInString(text[:k])
		switch {
		case unicode.IsDigit(r) || unicode.Is(unicode.No, r) || r == ')' || r == ']':
			return true
		case unicode.IsLetter(r):
			letters++
		default:
			return letters == 1
		}
		k -= n
	}
	return letters == 1
}

// withoutOperators is s with its invisible operators taken out.
func withoutOperators(s string) string {
	return strings.Map(func(r rune) rune {
		if isInvisibleOperator(r) {
			return -1
		}
		return r
	}, s)
}

// maxOperandsWord bounds, in bytes on each side of an operator, the word
// formulaOperands reads.
const maxOperandsWord = 64

// englishWord reports a lower-cased word English writes: in Brown, today's
// subtitles or a speller's list (a pun is one).
func englishWord(lower string) bool {
	return lexicon.Count(lower) >= 3 || lexicon.Modern(lower) > 0 || len(lower) >= 4 && lexicon.Spelled(lower)
}

// wordSet returns the words of text, lower-cased: the runs of word
// characters with no invisible candidate inside or beside them.
func wordSet(text string) map[string]bool {
	set := map[string]bool{}
	start, clean := -1, true
	for i, r := range text + " " {
		switch {
		case analysis.IsWordChar(r):
			if start < 0 {
				start = i
			}
		case IsCandidate(r):
			clean = false
			if start < 0 {
				start = i
			}
		default:
			if start >= 0 && clean {
				set[strings.ToLower(text[start:i])] = true
			}
			start, clean = -1, true
		}
	}
	return set
}

// maxTermLetters: a formula's terms are short (x, m⁢a, sin⁡θ); a longer
// word beside an operator is prose's.
const maxTermLetters = 4

// termBefore reports a formula's term ending at text[:e]: one to
// maxTermLetters word characters (invisible operators between them
// aside), or a closing bracket, past other operators and their spaces
// ("tr⁡(A) = ∑ a⁣i⁣i": ∑ has no term of its own before it). A line's
// start is none: "> > Date" is a quoted reply.
func termBefore(text string, e int, operator func(rune) bool) bool {
	return term(text, e, -1, operator)
}

// termAfter is termBefore for a term starting at text[s:], or an opening
// bracket.
func termAfter(text string, s int, operator func(rune) bool) bool {
	return term(text, s, 1, operator)
}

// term reads from offset i a step at a time, backwards (dir -1: the text
// before i) or forwards (dir 1: from i): termBefore and termAfter.
func term(text string, i, dir int, operator func(rune) bool) bool {
	at := func(i int) (rune, int) { // the rune a step from i, and its width
		if dir < 0 {
			if i == 0 {
				return utf8.RuneError, 0
			}
			return utf8.DecodeLastRuneInString(text[:i])
		}
		if i == len(text) {
			return utf8.RuneError, 0
		}
		return utf8.DecodeRuneInString(text[i:])
	}
	for steps := 0; steps < 3; steps++ {
		for r, n := at(i); n > 0 && r == ' '; r, n = at(i) {
			i += dir * n
		}
		r, n := at(i)
		if n == 0 || !operator(r) {
			break
		}
		i += dir * n
	}
	if r, n := at(i); n > 0 && (dir < 0 && (r == ')' || r == ']') || dir > 0 && (r == '(' || r == '[')) {
		return true
	}
	letters := 0
	for r, n := at(i); n > 0 && (analysis.IsWordChar(r) || isInvisibleOperator(r)); r, n = at(i) {
		letters += b2i(analysis.IsWordChar(r))
		i += dir * n
	}
	return letters >= 1 && letters <= maxTermLetters
}

// servesNeighbour judges the other default-ignorables by the script they
// work in (Scripts.txt, ScriptExtensions.txt): one that belongs to a script
// (Mongolian free variation selectors and vowel separator, Hangul fillers,
// Khmer inherent vowels, Duployan shorthand format controls) does work next
// to a letter of that script; one of no script (invisible operators,
// musical format controls, deprecated format characters, reserved code
// points) is drawn as nothing between two letters, where only a spoof puts
// it, and is left alone elsewhere.
func servesNeighbour(c, prev, next rune) bool {
	scripts := unidata.Extensions(c)
	if s := unidata.ScriptOf(c); s != unidata.Common && s != unidata.Inherited && s != unidata.Unknown {
		scripts = []unidata.Script{s}
	}
	if len(scripts) == 0 {
		return !(analysis.IsWordChar(prev) && analysis.IsWordChar(next))
	}
	for _, s := range scripts {
		if unidata.HasScript(prev, s) || unidata.HasScript(next, s) {
			return true
		}
	}
	return false
}

// name is the character's Unicode name for a reason (runenames: the
// UnicodeData.txt names of x/text's Unicode version).
func name(r rune) string {
	if n := runenames.Name(r); n != "" && n[0] != '<' {
		return n
	}
	return fmt.Sprintf("default-ignorable U+%04X", r)
}

func join(names []string) string {
	s := names[0]
	for _, n := range names[1:] {
		if n != s {
			return fmt.Sprintf("%s and %d more", s, len(names)-1)
		}
	}
	if len(names) > 1 {
		return fmt.Sprintf("%s ×%d", s, len(names))
	}
	return s
}

func where(prev, next rune) string {
	if analysis.IsWordChar(prev) && analysis.IsWordChar(next) {
		return "inside a word"
	}
	return "where no script needs it"
}

// hyphenationHints reports a document that uses soft hyphens as its
// author's hyphenation hints: most long words hold two or more (every
// syllable break: hy·phen·a·tion), and no short word holds one. Evasion puts
// one here and there, in words of any length.
func hyphenationHints(text string) bool {
	if !strings.Contains(text, "\u00ad") {
		return false
	}
	// One scan, word by word as strings.FieldsFunc would split them
	// (letters and soft hyphens), counting as it goes: the fields of a
	// long document, made as strings, cost more than the rest of the pass.
	hinted, long := 0, 0
	n, letters := 0, 0   // the current word's soft hyphens and letters
	end := func() bool { // the word ends; false: the document has none of it
		if n > 0 && letters < 6 {
			return false
		}
		if letters >= 8 {
			long++
			if n >= 2 {
				hinted++
			}
		}
		n, letters = 0, 0
		return true
	}
	for _, r := range text {
		switch {
		case r == 0x00AD:
			n++
		case unicode.IsLetter(r):
			letters++
		case n+letters > 0:
			if !end() {
				return false
			}
		}
	}
	if n+letters > 0 && !end() {
		return false
	}
	// Hints go in most long words, not in a chosen few.
	return hinted >= 3 && 2*hinted >= long
}
