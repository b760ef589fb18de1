package homoglyph

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/unspin/unspin/internal/lexicon"
	"github.com/unspin/unspin/internal/unidata"
)

// Tokens an author wrote as they stand: a look-alike's presence is no
// evidence of a spoof in a token that is code, notation, or a deliberate
// joining of two scripts, nor in a whole word of another script that is
// plausible in its own script. Each rule has a name, and authored returns
// the name of the first that holds (a stable identifier for counting).
const (
	ruleOption        = "A1 command-line option"    // -Oуровень
	ruleCharClass     = "A2 set of characters"      // ^[yYдДщЩ], oOгГ
	ruleOperand       = "A3 operand of an operator" // (2=0+.=T∅.|T)/T←ιN
	ruleMetavariable  = "A4 metavariable and literal joined at a change of case"
	ruleInflected     = "A5 foreign stem with an inflection of the text's script"       // manpathа
	ruleDigitSeam     = "A6 scripts meeting across a digit"                             // B5δ
	ruleOwnScriptWord = "A7 whole word plausible in its own script"                     // EH, PO, To:, cp, 32X
	ruleMojibake      = "A8 symbol of an 8-bit code page in a word it does not restore" // znale×iono
	ruleNamed         = "A9 letters the text names by their code points or names"       // ‘α’ beside U+03B1
	ruleQuotedAlone   = "A10 a symbol quoted alone"                                     // r'⋿', '∪'
	ruleSymbolRun     = "A11 a symbol in a run of symbols"                              // ⍲⍴,⍪⌽⊖⍉
	ruleUnitOrFormula = "A12 ASCII capitals of a unit or a formula"                     // °C, C₁₂H₂₂O₁₁
)

// authored returns the rule by which words[i] is the author's as written,
// or "".
func (p *profile) authored(text string, words []word, i int) string {
	w := &words[i]
	if _, ok := hexLiteral(w.text(text)); ok {
		return "" // a number's x, whatever stands around it (rule HEX-PREFIX)
	}
	if _, ok := codePointDigits(text, w, p); ok {
		return "" // a code point's digits (rule CODE-POINT-DIGITS)
	}
	switch {
	case option(text, w, p.dominant):
		return ruleOption
	case characterClass(w):
		return ruleCharClass
	case operand(text, w, &p.uuBegin) && notationOnly(w) && !p.spellsWord(text, w):
		return ruleOperand
	case p.mojibake(text, w):
		return ruleMojibake
	case p.mentioned(text, w):
		return ruleNamed
	case quotedAlone(text, w):
		return ruleQuotedAlone
	case inSymbolRun(text, w):
		return ruleSymbolRun
	case unitOrFormula(text, w):
		return ruleUnitOrFormula
	}
	if len(w.scripts()) > 1 {
		var buf [4]run // a word rarely holds more runs: no allocation
		runs := scriptRuns(w, p.dominant, buf[:0])
		switch {
		case len(runs) != 2:
		case metavariable(runs, p.dominant):
			return ruleMetavariable
		case p.inflected(w, runs):
			return ruleInflected
		}
		return ""
	}
	if p.ownScriptWord(text, w) {
		return ruleOwnScriptWord
	}
	if inflectedAcronym(text, w, p.dominant) {
		return ruleInflected
	}
	return ""
}

// quotedAlone reports a word of one symbol between a quotation mark and
// its closing one (r'⋿', '∪', "×"): a character named, as code and
// character lists name one, not a word written. A letter so quoted may be
// a word a spoofer struck (the Brown texts' "A" and "not-A").
func quotedAlone(text string, w *word) bool {
	if len(w.letters()) != 1 || unicode.IsLetter(w.letters()[0].r) {
		return false
	}
	before, n := utf8.DecodeLastRuneInString(text[:w.start])
	after, m := utf8.DecodeRuneInString(text[w.end:])
	if n == 0 || m == 0 {
		return false
	}
	// Quoted, not spelt with glottal stops (Páez kapiya'n'i', Q'eqchi'
	// tixk'a'uxla): no letter follows the closing mark, and none stands
	// before the opening one but a string literal's one-letter prefix
	// (r'', u''), which stands apart and whose literal code closes with
	// punctuation (r'⋿',).
	next, _ := utf8.DecodeRuneInString(text[w.end+m:])
	if unicode.IsLetter(next) {
		return false
	}
	if p, k := utf8.DecodeLastRuneInString(text[:w.start-n]); unicode.IsLetter(p) {
		pp, _ := utf8.DecodeLastRuneInString(text[:w.start-n-k])
		if w.start-n-k > 0 && !unicode.IsSpace(pp) && !strings.ContainsRune("([{,=", pp) || !strings.ContainsRune(",)]}:;", next) {
			return false
		}
	}
	switch {
	case before == '\'' || before == '"' || before == '`':
		return after == before
	case before == '‘':
		return after == '’'
	case before == '“':
		return after == '”'
	}
	return false
}

// inSymbolRun reports a word that is one symbol (a character of no
// script, such as APL's ⍴ or the circled ⊖) written against another
// symbol beyond Latin-1, with no space between (⍲⍴, ⌽⊖⍉): a run of
// symbols, as APL source and tables of operators write them, not a letter
// of a word. A spoofer's symbol stands for a letter inside a word or for
// a word between spaces.
func inSymbolRun(text string, w *word) bool {
	if len(w.letters()) != 1 || unicode.IsLetter(w.letters()[0].r) {
		return false
	}
	// (Latin-1's symbols, ° ± ©, stand beside letters in prose: °C.)
	symbol := func(r rune, n int) bool { return r >= 0x100 && r != utf8.RuneError && unicode.IsSymbol(r) }
	return symbol(utf8.DecodeLastRuneInString(text[:w.start])) || symbol(utf8.DecodeRuneInString(text[w.end:]))
}

// unitOrFormula reports a chemical element's symbol or a unit's capital
// (a capital, or a capital and a small letter) after a degree sign (°C,
// °F) or against an index set below or above the line (C₁₂H₂₂O₁₁, H⁺,
// Ca²⁺): units and chemistry write Latin letters in every script's text.
func unitOrFormula(text string, w *word) bool {
	// ASCII letters, a capital first in each run of two at most, and
	// indices between them (C₁₂H₂₂O₁₁ as one word).
	run, raised := 0, false
	for _, l := range w.letters() {
		switch {
		case unidata.Raised(l.r):
			run, raised = 0, true
		case 'A' <= l.r && l.r <= 'Z' && run == 0, 'a' <= l.r && l.r <= 'z' && run == 1:
			run++
		default:
			return false
		}
	}
	if len(w.letters()) == 0 {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(text[:w.start])
	after, _ := utf8.DecodeRuneInString(text[w.end:])
	return raised || before == '°' || unidata.Raised(before) || unidata.Raised(after)
}

// inflectedAcronym reports an ASCII acronym in a text of another script
// joined by an apostrophe or hyphen to a short ending of the text's script
// in small letters: inflected as the language inflects it (COM'ом, PDF-ом).
// Spoofing swaps letters of the text's own words; it makes no ASCII
// acronym in a Cyrillic text.
func inflectedAcronym(text string, w *word, dominant unidata.Script) bool {
	s := w.mainScript()
	if len(w.scripts()) != 1 || s == dominant || countLetters(w) < 2 {
		return false
	}
	for _, l := range w.letters() {
		if l.r < 'A' || l.r > 'Z' {
			return false
		}
	}
	j, n := utf8.DecodeRuneInString(text[w.end:])
	if j != '\'' && j != '’' && j != '-' {
		return false
	}
	k, letters := w.end+n, 0
	for k < len(text) {
		r, size := utf8.DecodeRuneInString(text[k:])
		if !unicode.IsLetter(r) {
			break
		}
		if !unicode.IsLower(r) || unidata.ScriptOf(r) != dominant {
			return false
		}
		letters++
		k += size
	}
	return letters >= 1 && letters <= 3
}

// option reports a command-line option glued to a translated argument
// (-Oуровень, --reference=Rфайл): after a dash that starts a token, ASCII
// letters, then letters of the text's script to the end of the word.
func option(text string, w *word, dominant unidata.Script) bool {
	i := w.start
	for n := 0; n < 2 && i > 0 && text[i-1] == '-'; n++ {
		i--
	}
	if i == w.start || dominant == unidata.Latin {
		return false
	}
	if b, _ := utf8.DecodeLastRuneInString(text[:i]); i > 0 && !unicode.IsSpace(b) && !strings.ContainsRune("[(\"'„“«,|=", b) {
		return false
	}
	k := 0
	for k < len(w.letters()) && w.letters()[k].r < 0x80 && unicode.IsLetter(w.letters()[k].r) {
		k++
	}
	if k == 0 || k == len(w.letters()) {
		return false
	}
	for _, l := range w.letters()[k:] {
		if l.script != dominant && l.script != unidata.Common && l.script != unidata.Inherited {
			return false
		}
	}
	return true
}

// notationOnly reports a word whose characters beyond ASCII are what
// notation writes with: symbols, Greek letters, mathematical alphabets. A
// fullwidth form, or a letter or numeral of another script (cosｔ=, roꮃs=,
// Ctrl+𑣲), glued to an operator is no term of an expression but a
// spoofed key or name.
func notationOnly(w *word) bool {
	ascii, styled, twin := 0, false, false
	for _, l := range w.letters() {
		switch {
		case l.r < utf8.RuneSelf:
			if unicode.IsLetter(l.r) {
				ascii++
			}
		case l.script == unidata.Greek && latinTwin(l.r):
			twin = true
		case !unicode.IsLetter(l.r) && (l.script == unidata.Common || l.script == unidata.Inherited) || l.script == unidata.Greek:
		case l.script == unidata.Common && !fullwidthForm(l.r):
			styled = true
		default:
			return false
		}
	}
	// Rule GREEK-TWIN-AMONG-ASCII: a Greek capital drawn as a Latin one
	// (Α, Ν, Ε) beside ASCII letters names no quantity: notation writes
	// the Greek letters it means by shapes of their own (ΔT=, α=), and
	// INSTALLMΑN1DIR=, sin_family=ΑF_INET are Latin words.
	if twin && ascii > 0 {
		return false
	}
	// A letter of a mathematical alphabet is a term's (𝑥=, 𝐯₀+) beside a
	// few letters at most, as NOTATION has it, not inside a word
	// (his𝙩ory=200).
	return !styled || ascii <= 3
}

// latinTwin reports a capital drawn as a Latin capital, its look-alike in
// Latin a capital ASCII letter (Greek Α, Ν, Ε; not Δ or Σ).
func latinTwin(r rune) bool {
	if !unicode.IsUpper(r) {
		return false
	}
	for _, la := range lookAlikes(r, unidata.Latin) {
		if 'A' <= la.R && la.R <= 'Z' {
			return true
		}
	}
	return false
}

// spellsWord reports a word of three letters or more that, its
// look-alikes read as the Latin letters they imitate, is a word the
// document writes elsewhere (--database=⍴ot beside pot, lp=ΝUM beside NUM)
// or, of four letters or more, English knows (act⍳on=VIEW, ver⍳fy=False,
// lines=); or a placeholder in capitals (METAVARIABLE-CAPITALS: --wait=𝐒EK,
// mode=TILΑ, OLD=NE𝑾), ASCII capitals with look-alikes of capitals among
// them, as help texts write their arguments, where a formula's Greek
// capitals are those no Latin one is drawn like (Δ, Σ, Ω): a key, a name
// or an argument in code or a query string, not a term of a formula (ρL,
// Δt, T∅).
func (p *profile) spellsWord(text string, w *word) bool {
	if len(w.letters()) < 3 {
		return false
	}
	var repl replacements
	capitals := 0 // ASCII capitals, where every letter is or reads as one
	for k, l := range w.letters() {
		if l.r < utf8.RuneSelf {
			if 'A' <= l.r && l.r <= 'Z' && capitals >= 0 {
				capitals++
			} else {
				capitals = -1
			}
			continue
		}
		r, _, ok := pick(l.r, unidata.Latin, p)
		if !ok {
			return false
		}
		if !('A' <= r && r <= 'Z') {
			capitals = -1
		}
		repl.set(k, r)
	}
	if repl.len() == 0 {
		return false
	}
	if capitals >= 2 {
		return true
	}
	// A stroke reads as I or l (INSCRIPT-STROKE-L): relay=ΙocaΙ is local;
	// and English is today's too (rows=2 Ιoops=1).
	var buf [64]byte
	for _, asL := range [...]bool{false, true} {
		if f := string(restoredLower(buf[:0], w, repl, asL)); p.formsOf(f) > 0 || len(w.letters()) >= 4 && englishWord(f) {
			return true
		}
	}
	return false
}

// fullwidthForm reports a fullwidth form of an ASCII character (ｔ, Ｉ).
func fullwidthForm(r rune) bool { return r >= 0xFF01 && r <= 0xFF5E }

// characterClass reports a word that lists letters each beside its other
// case (yYдДщЩ in ^[yYдДщЩ], oOгГ): a set of characters, as regular
// expressions and yes/no prompts write them, not a word.
func characterClass(w *word) bool {
	ls := w.letters()
	if len(ls) < 4 || len(ls)%2 != 0 {
		return false
	}
	for k := 0; k < len(ls); k += 2 {
		a, b := ls[k].r, ls[k+1].r
		if a == b || unicode.ToLower(a) != unicode.ToLower(b) {
			return false
		}
	}
	return true
}

// operand reports a word glued to a mathematical operator (=, +, |, ←, ∘,
// ×, ...): a name or value in an expression, APL or mathematics (T←ιN),
// whose symbols are drawn like letters but are none.
func operand(text string, w *word, begins *uuBegins) bool {
	isOperator := func(r rune) bool {
		return unicode.Is(unicode.Sm, r) && r != '<' && r != '>' && r != '~'
	}
	if uuLine(text, w.start, begins) {
		return false // uuencoded data's punctuation (UUENCODE-LINE)
	}
	if mimeParameter(text, w) {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(text[:w.start])
	next, _ := utf8.DecodeRuneInString(text[w.end:])
	if (prev == '=' || next == '=') && inAddress(text, w.start) {
		return false // a URL's query: a name and its value (?q=f5-…), no expression
	}
	if (prev == '+' || next == '+') && inAnyAddress(text, w.start) {
		return false // a plus of an address: a tag (joe+lists@), a URL's space or name (dvd+rw), no sum
	}
	if strings.HasPrefix(text[w.end:], "++") || strings.HasSuffix(text[:w.start], "++") {
		return false // an increment, or a language's name (C++, g++), no expression of mathematics
	}
	if (prev == '|' || next == '|') && barredTag(text, w) {
		return false
	}
	return w.start > 0 && isOperator(prev) && !quotedPrintable(text, w.start-1) && !diffLine(text, w.start-1) ||
		w.end < len(text) && isOperator(next) && !quotedPrintable(text, w.end)
}

// barredTag is rule BARRED-TAG: w stands in a token between two bars, no
// space inside, whose pieces a full stop or an underscore joins, four
// letters or digits or more (Vim's help links |vi_diff.txt|,
// |CTRL-W_CTRL-F|): a name in link marks, no term between absolute-value
// bars (|x|, |x+y|).
func barredTag(text string, w *word) bool {
	const reach = 128
	open := -1
	for i := w.start - 1; i >= 0 && w.start-i <= reach; i-- {
		if c := text[i]; c == '|' {
			open = i
			break
		} else if c == ' ' || c == '\t' || c == '\n' {
			return false
		}
	}
	closing := -1
	for i := w.end; i < len(text) && i-w.end <= reach; i++ {
		if c := text[i]; c == '|' {
			closing = i
			break
		} else if c == ' ' || c == '\t' || c == '\n' {
			return false
		}
	}
	if open < 0 || closing < 0 {
		return false
	}
	tag := text[open+1 : closing]
	if !strings.ContainsAny(tag, "._") {
		return false
	}
	n := 0
	for _, r := range tag {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			n++
		}
	}
	return n >= 4
}

// mimeParameter is rule MIME-PARAMETER: a word after a semicolon and
// before an equals sign in a Content- header, folded or not
// (Content-Type: text/plain; ch⍺rset=us-ascii, filenam℮="signature.asc"),
// names a parameter, a token of ASCII by RFC 2045, no operand of an
// equation.
func mimeParameter(text string, w *word) bool {
	if w.end >= len(text) || text[w.end] != '=' {
		return false
	}
	semi := len(strings.TrimRight(text[:w.start], " \t\r\n")) - 1
	if semi < 0 || w.start-semi > 64 || text[semi] != ';' {
		return false
	}
	// The header the parameter belongs to: its line, or the one a folded
	// line continues.
	ls := strings.LastIndexByte(text[:semi], '\n') + 1
	for ls > 0 && (text[ls] == ' ' || text[ls] == '\t') {
		ls = strings.LastIndexByte(text[:ls-1], '\n') + 1
	}
	return len(text)-ls > 8 && strings.EqualFold(text[ls:ls+8], "content-")
}

// quotedPrintable reports an equals sign at i that is a quoted-printable
// escape, two capital hexadecimal digits after it (It=E2=80=99s, =20), or a
// soft line break, a line end after it: mail's transfer encoding left in
// the text, no operator.
func quotedPrintable(text string, i int) bool {
	if text[i] != '=' {
		return false
	}
	rest := text[i+1:]
	return len(rest) >= 2 && upperHex(rest[0]) && upperHex(rest[1]) || strings.HasPrefix(rest, "\n") || strings.HasPrefix(rest, "\r\n")
}

// upperHex reports a hexadecimal digit as quoted-printable writes it: 0-9, A-F.
func upperHex(c byte) bool { return '0' <= c && c <= '9' || 'A' <= c && c <= 'F' }

// run is a stretch of a word's letters in one script.
type run struct {
	script       unidata.Script
	from, to     int // letter indexes
	upper, lower int // letters of each case
	drawnSmall   int // of the capitals, those drawn like a small letter (Ι Ӏ for l, Ꮒ for h, Ƅ for b)
	upperFirst   bool
	ascii        bool // every letter ASCII
}

// scriptRuns splits a word's letters into runs of one script (digits and
// marks join the run they stand in), appended to runs.
func scriptRuns(w *word, dominant unidata.Script, runs []run) []run {
	for k, l := range w.letters() {
		if l.script == unidata.Common || l.script == unidata.Inherited || l.script == unidata.Unknown {
			continue
		}
		if n := len(runs); n == 0 || runs[n-1].script != l.script {
			runs = append(runs, run{script: l.script, from: k, upperFirst: isUpper(l.r), ascii: true})
		}
		rn := &runs[len(runs)-1]
		rn.to = k + 1
		rn.ascii = rn.ascii && l.r < 0x80
		switch {
		case isUpper(l.r):
			rn.upper++
			if drawnSmall(l.r, dominant) {
				rn.drawnSmall++
			}
		case isLower(l.r):
			rn.lower++
		}
	}
	return runs
}

// metavariable reports two words joined where small letters turn into
// capitals or back: a literal before a metavariable (crН, pБРВ, \xНН,
// -cТЕГ), a word before an acronym (МетодHTTP), an acronym or capital
// before a capitalised word (YІнтервал), a metavariable before a literal of
// two small letters or more (ПРЕФИКСaa). A spoof keeps the word's case
// pattern (Не → He, ПРЕФИКС → ПPЕФИKС), so it never puts a change of
// script exactly there. Spoofs of camel case (iOS) are the price.
func metavariable(runs []run, dominant unidata.Script) bool {
	a, b := runs[0], runs[1]
	lower := func(r run) bool { return r.upper == 0 && r.lower > 0 }
	// Capitals drawn like small letters spoof them (aΙΙ for all, ᏂᎥ for
	// hi, αƄ for ab): they make no acronym.
	caps := func(r run, n int) bool { return r.lower == 0 && r.upper-r.drawnSmall >= n }
	// The literal is ASCII, as code is in any language: in an English text
	// the foreign part is never ASCII, and spoofed camel case (ϸH for pH,
	// іOS) is restored.
	switch {
	case a.script != dominant && a.ascii && lower(a) && b.script == dominant && caps(b, 1):
		return true // crН
	case a.script == dominant && a.lower > 0 && b.script != dominant && b.ascii && caps(b, 2):
		return true // МетодHTTP
	case a.script != dominant && a.ascii && caps(a, 1) && b.script == dominant && b.upper == 1 && b.lower > 0 && b.upperFirst:
		return true // YІнтервал
	case a.script == dominant && caps(a, 2) && b.script != dominant && b.ascii && b.upper == 0 && b.lower >= 2:
		return true // ПРЕФИКСaa
	}
	return false
}

// mojibake reports a word whose only characters drawn like letters are
// symbols of the 8-bit code pages (× ÷ ¸ ´ ˛ ˝ ¤ ±: what text decoded in
// the wrong one shows, znale×iono for znaleźiono), and that reading them as
// the letters they resemble makes neither a word the text or English knows
// nor letter triples the text's words have: then they are another
// encoding's letters, and the result would be another wrong word, not the
// author's. A spoofer's × in "e×tra" or "Fo×es" restores to a word, or to
// triples of one (boxes); and a text where other spoofs show is read as
// spoofed throughout.
func (p *profile) mojibake(text string, w *word) bool {
	if !p.onlyCodePageSymbols() {
		return false
	}
	repl := replacements{}
	for k, l := range w.letters() {
		if tierOf(l.r, l.script, p.dominant) == plain {
			continue
		}
		if !codePageSymbol(l.r) {
			return false // a look-alike of another kind beside it (˛ƽ): a spoof
		}
		r, _, ok := pick(l.r, p.dominant, p)
		if !ok {
			return false
		}
		repl.set(k, r)
	}
	if repl.len() == 0 {
		return false
	}
	if form := strings.ToLower(restored(text, w, repl)); p.formsOf(form) > 0 || lexicon.Count(form) > 0 {
		return false
	}
	for _, e := range repl.s {
		if p.fits(text, w.letters()[e.k].r, unicode.ToLower(e.r)) {
			return false // the letter fits where the symbol stands, as the text's words spell
		}
	}
	return true
}

// onlyCodePageSymbols reports a text whose words hold no symbol,
// compatibility form or letter of another script drawn like a letter
// other than the 8-bit code pages' symbols: a text where spoofing shows
// elsewhere is read as spoofed throughout.
func (p *profile) onlyCodePageSymbols() bool {
	if p.codePageOnly != 0 {
		return p.codePageOnly > 0
	}
	p.codePageOnly = 1
	for i := range p.words {
		if p.words[i].ascii && p.dominant == unidata.Latin {
			continue // ASCII is plain in Latin
		}
		for _, l := range p.words[i].letters() {
			if t := tierOf(l.r, l.script, p.dominant); (t == compat || t == foreign) && !codePageSymbol(l.r) {
				p.codePageOnly = -1
				return false
			}
		}
	}
	return true
}

// codePageSymbol reports the symbols that 8-bit code pages put among their
// letters (Latin-1's × and ¦, the Central European pages' ˛): the tables
// say which (unidata.CodePageSymbol).
func codePageSymbol(r rune) bool { return unidata.CodePageSymbol(r) }

// drawnSmall reports a capital drawn like a small letter of script t
// (Cherokee Ꮒ like h, Ƅ like b), or like a vertical stroke, which is l as
// much as I.
func drawnSmall(r rune, t unidata.Script) bool {
	if r == 'I' {
		return true
	}
	for _, la := range lookAlikes(r, t) {
		if unicode.IsLower(la.R) || la.R == 'I' {
			return true // a stroke is I or l: either case
		}
	}
	for _, la := range lookAlikes(r, unidata.Latin) {
		if la.R == 'l' || la.R == 'I' {
			return true
		}
	}
	return false
}

// inflected reports an ASCII word that shows it is one (a letter the
// text's script has no look-alike for), followed by an ending in the
// text's script: a name or command inflected as the language inflects
// (Serbian manpathа). A spoofer of the text's script swaps letters drawn
// like its own; it cannot make a stem with a letter no letter of the text
// is drawn like. The ending is in letters of the typist's layout
// (layoutLetter): reproducҽ in a Russian page ends in no Russian letter.
func (p *profile) inflected(w *word, runs []run) bool {
	dominant := p.dominant
	stem, ending := runs[0], runs[1]
	if stem.script == dominant || !stem.ascii || ending.script != dominant || stem.to-stem.from < 3 || ending.to-ending.from > 3 {
		return false
	}
	for _, l := range w.letters()[ending.from:ending.to] {
		if !p.layoutLetter(l.r) {
			return false
		}
	}
	for _, l := range w.letters()[stem.from:stem.to] {
		if unicode.IsLetter(l.r) && len(lookAlikes(l.r, dominant)) == 0 {
			return true
		}
	}
	return false
}

// ownScriptWord reports a word written wholly in a script other than the
// text's, standing alone, that is plausible as a word or code of its own
// script: the text writes that script genuinely elsewhere (letters of it no
// letter of the text's script is drawn like: a Russian page quoting
// commands, EH, PO, To:, cp), or the word is ASCII letters and digits (a
// model or code: 32X, A4). Spoofing swaps letters inside words of the
// text's script and draws only look-alikes, so it makes no such text.
func (p *profile) ownScriptWord(text string, w *word) bool {
	s := w.mainScript()
	if len(w.scripts()) != 1 || s == p.dominant {
		return false
	}
	// A symbol or a compatibility form drawn like a letter of s (r⍺w,
	// digi𝙩s in a Russian post's code) makes the word no word of s as
	// written: it is s's word spoofed.
	for _, l := range w.letters() {
		if l.r >= 0x80 && l.script != s && hasLookAlike(l.r, s) {
			return false
		}
	}
	if p.genuine[s] > 0 {
		return true
	}
	// ASCII letters and digits together make a code in any language
	// (32X, A4, x86); a spoof draws its letters from elsewhere (28𝙩Ꮒ).
	digit := false
	for _, l := range w.letters() {
		if l.r >= 0x80 {
			return false
		}
		digit = digit || l.r >= '0' && l.r <= '9'
	}
	return digit
}

// namedLetters reports a word whose letters beyond ASCII the text names
// by their code points ("GREEK SMALL LETTER ALPHA (U+03B1, ‘α’)", "the
// Cyrillic а (U+0430) of 'pаypal'"): a text about characters shows them
// as they are, and a spoofer does not write down the code points of the
// look-alikes it hides.
func (p *profile) namedLetters(w *word) bool {
	if p.named == nil {
		p.named = codePointsNamed(p.text)
	}
	if len(p.named) == 0 {
		return false
	}
	some := false
	for _, l := range w.letters() {
		if l.r < utf8.RuneSelf {
			continue
		}
		if !p.named[l.r] {
			return false
		}
		some = true
	}
	return some
}

// codePointsNamed returns the characters text names as U+XXXX, or as
// code does, 0xXXXX (four to six hexadecimal digits, either case: a case
// table's "0x0131: (0x0069,), # 'ı': 'i'"), and an empty, non-nil set if
// none.
func codePointsNamed(text string) map[rune]bool {
	named := map[rune]bool{}
	for i := 2; i < len(text); i++ {
		// (Only a + or an x can open a name: skip to the next.)
		k := strings.IndexAny(text[i-1:], "+xX")
		if k < 0 {
			break
		}
		if i += k; i >= len(text) {
			break
		}
		switch {
		case text[i-1] == '+' && (text[i-2] == 'U' || text[i-2] == 'u'):
		case (text[i-1] == 'x' || text[i-1] == 'X') && text[i-2] == '0' && (i == 2 || !isASCIIAlnum(text[i-3])):
		default:
			continue
		}
		var r rune
		n := 0
		for ; n < 6 && i+n < len(text); n++ {
			c := text[i+n]
			switch {
			case '0' <= c && c <= '9':
				r = r<<4 | rune(c-'0')
			case 'a' <= c && c <= 'f':
				r = r<<4 | rune(c-'a'+10)
			case 'A' <= c && c <= 'F':
				r = r<<4 | rune(c-'A'+10)
			default:
				goto done
			}
		}
	done:
		if n >= 4 && r <= unicode.MaxRune && (i+n == len(text) || !isASCIIAlnum(text[i+n])) {
			named[r] = true
		}
	}
	return named
}
