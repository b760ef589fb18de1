package homoglyph

import (
	"github.com/unspin/unspin/internal/doc"
	"github.com/unspin/unspin/internal/runeclass"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/unspin/unspin/internal/unidata"
)

// Notation: characters that stand in a word's place but are no letters of
// it, so that the tokenizer leaves them out of words (and a look-alike
// among them is never read as a letter):
//   - N1 printf conversions: the letters of %lu, %2ld, %-5s, %<PRIu64>
//     are code, and what a translator glued after them is a word of its
//     own (%2luс, %liδ: a number and a unit);
//   - N2 a mathematical symbol drawn like a letter beside a digit or a
//     conversion is an operator (2×, 10×20, %ld×%ld), not the letter x,
//     unless two letters stand right before it (lib⨯11: an identifier), it
//     is an arrow (⤫86 is x86) or a cross other than × (22⨯22 is 22x22:
//     otherCross), or it stands after a backslash or between
//     a date and a time (ASCII-SLOT: \⨯00, 2002-10-07⊤21:35), or it is
//     drawn like a hexadecimal digit inside a run of them (HEX-DIGIT-SLOT:
//     A⋿3F) or in a percent escape (PERCENT-ESCAPE: %2⋿), or it stands in
//     a key, an id or a line of base64 (IDENTIFIER-RUN: GA1∪dDgQWBBRKeDJSE),
//     in a URL (URL-NO-OPERATOR: ed_13×13.gif) or in uuencoded data
//     (UUENCODE-LINE), or it opens a version's or a model's code before its
//     number or joins its number and letters (CODE-LETTER: ⋁2, ⊤68, J2⋿E);
//   - N3 a decimal digit drawn like a letter (০, ۱, ०) in a document that
//     writes numbers with digits of its block no letter resembles (১, ۲, १)
//     is a digit (১০x১১, A۱x۳, 1०0);
//   - N4 a letter between two digits is an operator of dimensions (the x
//     of 4x5, А4x5 in a Serbian catalogue, Cyrillic х of 4х5), not part of
//     a word: an ASCII letter, or one beyond ASCII drawn like x (a
//     checksum's 8𝖽0 holds a look-alike of its letter d) of a Latin,
//     Cyrillic or Greek keyboard (not ᕽ: strayX) in a text not of Latin
//     letters (latinText: 13х13.gif in English is judged), unless the
//     word is a hexadecimal literal with its x spoofed (hexLiteral: 0х1F
//     measures nothing by 1F).

// spans is a sorted list of byte ranges, asked in increasing offsets.
type spans struct {
	s [][2]int
	k int
}

// covers reports whether offset i lies in a span; offsets must not
// decrease from one call to the next.
func (sp *spans) covers(i int) bool {
	for sp.k < len(sp.s) && sp.s[sp.k][1] <= i {
		sp.k++
	}
	return sp.k < len(sp.s) && sp.s[sp.k][0] <= i
}

// notationSpans returns the byte ranges of the document's text that are
// notation. Only a '%' and the words holding a digit or a character beyond
// ASCII can hold any: an ASCII letter is notation only between digits.
func notationSpans(d *doc.Doc) *spans {
	text := d.Text
	sp := &spans{}
	var numeric map[rune]bool // numeralBlocks, computed on the first digit drawn like a letter
	latin := int8(0)          // latinText's answer, once asked
	conversionEnd, skip := -1, 0
	var begins uuBegins // (uuLine's, found on first use)
	for _, t := range d.Tokens() {
		if int(t.End) <= skip {
			continue // inside a conversion
		}
		if t.Kind != doc.Word {
			if i := int(t.Start); text[i] == '%' {
				if j := conversion(text, i); j > i+1 {
					sp.s = append(sp.s, [2]int{i + 1, j})
					conversionEnd, skip = j, j
				}
			}
			continue
		}
		if t.Flags&(doc.Digits|doc.NonASCII) == 0 {
			continue
		}
		if _, ok := hexLiteral(text[t.Start:t.End]); ok && int(t.Start) >= skip {
			continue // judged as a word (rule HEX-PREFIX)
		}
		// digit: whether the character before i is a decimal digit
		// (digitBefore), carried along the word: N4 needs one before.
		i := max(int(t.Start), skip)
		for digit := digitBefore(text, i); i < int(t.End); {
			if b := text[i]; b < utf8.RuneSelf {
				if digit && isASCIILetter(b) && betweenDigits(text, i, 1) {
					sp.s = append(sp.s, [2]int{i, i + 1}) // N4
				}
				digit = b >= '0' && b <= '9'
				i++
				continue
			}
			r, w := utf8.DecodeRuneInString(text[i:])
			// The class says Nd (its Digit is unicode.IsDigit), and that a
			// cased letter, digit or mark is no Sm.
			c := runeclass.Of(r)
			if digit && unicode.IsLetter(r) && drawnLikeX(r) && betweenDigits(text, i, w) && !strayX(r) && !latinText(d, &latin) {
				sp.s = append(sp.s, [2]int{i, i + w}) // N4
				digit = c.Any(runeclass.Digit)
				i += w
				continue
			}
			if hasLookAlike(r, unidata.Latin) {
				switch {
				case !c.Any(runeclass.Upper|runeclass.Lower|runeclass.Digit|runeclass.Mark) && unicode.Is(unicode.Sm, r) && !arrow(r) &&
					!otherCross(r) && !longIdentifier(text[t.Start:t.End]) && operatorPlace(text, i, w, conversionEnd, &begins):
					sp.s = append(sp.s, [2]int{i, i + w})
				case c.Any(runeclass.Digit):
					if numeric == nil {
						numeric = numeralBlocks(d)
					}
					if numeric[digitZero(r)] {
						sp.s = append(sp.s, [2]int{i, i + w})
					}
				}
			}
			digit = c.Any(runeclass.Digit)
			i += w
		}
	}
	return sp
}

// latinText reports a document whose words are mostly of Latin letters
// (by the script of each word's first letter, in bytes), asked once and
// kept in *memo (1 yes, -1 no). There a letter beyond ASCII drawn like x
// between digits (13х13.gif, dots5ｘ7, 160𝗑600) is no keyboard's x of
// dimensions, as Cyrillic х is in a Serbian catalogue's 4х5 (N4), but a
// look-alike the word is judged for (DIMENSION-CROSS).
func latinText(d *doc.Doc, memo *int8) bool {
	if *memo == 0 {
		latin, other := 0, 0
		for _, t := range d.Tokens() {
			switch {
			case t.Kind != doc.Word || t.Script == unidata.Common || t.Script == unidata.Inherited || t.Script == unidata.Unknown:
			case t.Script == unidata.Latin:
				latin += int(t.End - t.Start)
			default:
				other += int(t.End - t.Start)
			}
		}
		*memo = -1
		if latin > other {
			*memo = 1
		}
	}
	return *memo > 0
}

// hexLiteral reports a word that is a hexadecimal literal but for its x:
// 0, a character beyond ASCII drawn like x or X (drawn first like it),
// then hexadecimal digits to the end; and returns the letter. The
// multiplication sign is arithmetic (0×10) unless what follows it is no
// decimal number (0×015a4e35, a hexadecimal letter in it) or one of three
// digits or more (0×123, 0×220): nobody multiplies such by nought.
func hexLiteral(s string) (rune, bool) {
	if len(s) < 3 || s[0] != '0' || s[1] < utf8.RuneSelf {
		return 0, false
	}
	r, n := utf8.DecodeRuneInString(s[1:])
	if 1+n == len(s) {
		return 0, false
	}
	hexLetter := false
	for i := 1 + n; i < len(s); i++ {
		switch b := s[i]; {
		case '0' <= b && b <= '9':
		case 'a' <= b && b <= 'f' || 'A' <= b && b <= 'F':
			hexLetter = true
		default:
			return 0, false
		}
	}
	if r == '×' && !hexLetter && len(s)-1-n < 3 {
		return 0, false
	}
	las := lookAlikes(r, unidata.Latin)
	if len(las) == 0 || las[0].R != 'x' && las[0].R != 'X' {
		return 0, false
	}
	return las[0].R, true
}

// drawnLikeX reports a letter with no look-alike in Latin or drawn like x
// (Cyrillic х of 4х5): only that one stands between digits as the operator
// of dimensions; another (8𝖽0 in a checksum) is a letter of the token.
func drawnLikeX(r rune) bool {
	las := lookAlikes(r, unidata.Latin)
	if len(las) == 0 {
		return true
	}
	for _, la := range las {
		if la.R == 'x' || la.R == 'X' {
			return true
		}
	}
	return false
}

// strayX reports a letter drawn like x of a script no keyboard layout of
// the Latin, Cyrillic or Greek alphabets types (Canadian syllabics ᕽ, Old
// Italic 𐌗, Tifinagh ⵝ): no operator of dimensions, but a spoofed x that
// rule DIMENSION-CROSS reads as one.
func strayX(r rune) bool {
	if s := unidata.ScriptOf(r); isTarget(s) || s == unidata.Common || s == unidata.Inherited {
		return false
	}
	for _, la := range lookAlikes(r, unidata.Latin) {
		if la.R == 'x' || la.R == 'X' {
			return true
		}
	}
	return false
}

// digitBefore reports a decimal digit (any, as the class says: unicode.IsDigit)
// right before offset i, which betweenDigits asks among more.
func digitBefore(text string, i int) bool {
	switch b := text[max(i-1, 0)]; {
	case i == 0:
		return false
	case b < utf8.RuneSelf:
		return b >= '0' && b <= '9'
	}
	prev, _ := utf8.DecodeLastRuneInString(text[:i])
	return runeclass.Of(prev).Any(runeclass.Digit)
}

// betweenDigits reports a character at text[i:i+w] with a digit right
// before and right after it: the x of 4x5 and A۱x۳ (N4).
func betweenDigits(text string, i, w int) bool {
	prev, _ := utf8.DecodeLastRuneInString(text[:i])
	next, _ := utf8.DecodeRuneInString(text[i+w:])
	return i > 0 && i+w < len(text) && realDigit(prev) && realDigit(next)
}

// realDigit reports a decimal digit no letter is drawn like: a digit drawn
// like a letter (๐, ০) may itself be a spoof's.
func realDigit(r rune) bool {
	return r >= '0' && r <= '9' || r >= 0x80 && unicode.IsDigit(r) && !hasLookAlike(r, unidata.Latin)
}

// longIdentifier reports a token of sixteen ASCII letters and digits or
// more, letters of both cases among them: a key, an id or a line of
// base64 (MB0GA1∪dDgQWBBRKeDJSE, a link's q=fe-xkIgQwgwyCc9∪cJeE4), in
// which a symbol drawn like a letter is one of its characters, beside a
// digit or not (IDENTIFIER-RUN): a formula's terms are short, and an
// operator on digits stands among digits and signs (10×20, 2×).
func longIdentifier(token string) bool {
	n, upper, lower := 0, false, false
	for i := 0; i < len(token); i++ {
		switch b := token[i]; {
		case 'A' <= b && b <= 'Z':
			n, upper = n+1, true
		case 'a' <= b && b <= 'z':
			n, lower = n+1, true
		case '0' <= b && b <= '9':
			n++
		}
	}
	return n >= 16 && upper && lower
}

// codeGlyph reports a symbol at text[i] that CODE-LETTER reads as a
// letter: drawn like an ASCII letter other than x, and not ×, which
// multiplies.
func codeGlyph(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	las := lookAlikes(r, unidata.Latin)
	return r != '×' && len(las) > 0 && las[0].R < utf8.RuneSelf && isASCIILetter(byte(las[0].R)) && las[0].R != 'x' && las[0].R != 'X'
}

// codeInsideSlot is CODE-LETTER inside a token: a symbol drawn like a
// letter other than x between a digit and an ASCII letter, or a capital
// and a digit, with no space (J2⋿E, B3⊤A.com, N⊤7), is a letter of a
// product's or a version's code: no operator joins a number to a letter
// so, but × (2×A).
func codeInsideSlot(text string, i, w int) bool {
	if i < 1 || i+w >= len(text) {
		return false
	}
	if !codeGlyph(text, i) {
		return false
	}
	a, b := text[i-1], text[i+w]
	return isDigit(a) && isASCIILetter(b) || 'A' <= a && a <= 'Z' && isDigit(b)
}

// codeLetterSlot is rule CODE-LETTER: a mathematical symbol drawn like a
// letter other than x, opening a token before a number (⋁2, ⋁20020115,
// ⊤68, ⟙1960CS, ⋿120), is the letter of a version's or a model's code: an
// operator before a bare number is a sign, a root or a comparison (−5, √2,
// ≤3, ×2), which no letter resembles; a tack, a logical or or a set's
// membership applies to no lone number.
func codeLetterSlot(text string, i, w int) bool {
	if i > 0 && strings.IndexByte(" \t\n(", text[i-1]) < 0 || i+w >= len(text) || !isDigit(text[i+w]) {
		return false
	}
	if !codeGlyph(text, i) {
		return false
	}
	// The token goes on in letters, digits and points to its end.
	j := i + w
	for j < len(text) && (isASCIIAlnum(text[j]) || text[j] == '.' && j+1 < len(text) && isASCIIAlnum(text[j+1])) {
		j++
	}
	return j == len(text) || text[j] < utf8.RuneSelf && !isASCIIAlnum(text[j])
}

// percentEscapeSlot is rule PERCENT-ESCAPE: a symbol drawn like a
// hexadecimal letter right after a percent sign and a hexadecimal digit
// (%2⋿, RFC 3986's "%" HEXDIG HEXDIG) is that digit of the escape. (Any
// other place in a URL is no operator's either: URL-NO-OPERATOR, in
// operatorPlace, for 13×13.gif and q=…M1⋿Yf: a URL writes no arithmetic.)
func percentEscapeSlot(text string, i, w int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	las := lookAlikes(r, unidata.Latin)
	return i >= 2 && text[i-2] == '%' && isHexDigit(rune(text[i-1])) && len(las) > 0 && isHexDigit(las[0].R)
}

// operatorPlace reports a mathematical symbol at text[i:i+w] right after
// or before a digit, or right after a conversion (ending at conversionEnd)
// or before one: N2.
func operatorPlace(text string, i, w, conversionEnd int, begins *uuBegins) bool {
	if i >= 1 && text[i-1] == '\\' || isoTimeSlot(text, i, w) || versionPrefixSlot(text, i, w) {
		return false // an escape's letter (\⨯00), a timestamp's T, a version's v: ASCII-SLOT
	}
	if hexDigitSlot(text, i, w) || percentEscapeSlot(text, i, w) || inAddress(text, i) || uuLine(text, i, begins) || codeLetterSlot(text, i, w) || codeInsideSlot(text, i, w) {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(text[:i])
	next, _ := utf8.DecodeRuneInString(text[i+w:])
	if i >= 2 && isASCIILetter(text[i-1]) && isASCIILetter(text[i-2]) && !realDigit(prev) {
		// A name of letters glued before it (lib⨯11, linu⨯2, r⨯610): the
		// symbol is inside an identifier, not an operator on its digits.
		return i == conversionEnd
	}
	return i == conversionEnd || realDigit(prev) || realDigit(next) || next == '%' && conversion(text, i+w) > i+w+1
}

// conversion returns the end of a printf conversion starting with the '%'
// at text[i] (%[n$][flags][width][.precision][length]verb, or %<PRI…>), or
// a strftime conversion (%b, %Y), or i when there is none. The space flag
// is left out: "% A" is prose more often than code.
func conversion(text string, i int) int {
	j := i + 1
	if j < len(text) && text[j] == '<' {
		k := j + 1
		for k < len(text) && (isASCIIAlnum(text[k]) || text[k] == '_') {
			k++
		}
		if k < len(text) && text[k] == '>' && k > j+1 {
			return k + 1
		}
		return i
	}
	digits := func() {
		for j < len(text) && text[j] >= '0' && text[j] <= '9' {
			j++
		}
	}
	k := j
	digits()
	if j > k && j < len(text) && text[j] == '$' {
		j++
	} else {
		j = k
	}
	for j < len(text) && (text[j] == '-' || text[j] == '+' || text[j] == '#' || text[j] == '0' || text[j] == '\'') {
		j++
	}
	if j < len(text) && text[j] == '*' {
		j++
	} else {
		digits()
	}
	if j < len(text) && text[j] == '.' {
		j++
		if j < len(text) && text[j] == '*' {
			j++
		} else {
			digits()
		}
	}
	for _, l := range []string{"hh", "ll", "h", "l", "L", "q", "j", "z", "Z", "t"} {
		if len(text)-j >= len(l) && text[j:j+len(l)] == l {
			j += len(l)
			break
		}
	}
	if j < len(text) && isVerb(text[j]) {
		j++
		if text[j-1] == 'p' {
			// Kernel and BFD extensions name what a pointer points to
			// with capitals: %pB, %pI4, %pS.
			for j < len(text) && (text[j] >= 'A' && text[j] <= 'Z' || text[j] >= '0' && text[j] <= '9') {
				j++
			}
		}
		return j
	}
	// A strftime conversion (%b %e %Y, %H:%M): a per cent sign and one
	// ASCII letter with no letter glued after it.
	if j = i + 1; j < len(text) && isASCIILetter(text[j]) && (j+1 == len(text) || !isASCIILetter(text[j+1]) && text[j+1] < utf8.RuneSelf) {
		return j + 1
	}
	return i
}

func isVerb(c byte) bool {
	switch c {
	case 'd', 'i', 'o', 'u', 'x', 'X', 'e', 'E', 'f', 'F', 'g', 'G', 'a', 'A', 'c', 'C', 's', 'S', 'p', 'n', 'm':
		return true
	}
	return false
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func isASCIIAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// numeralBlocks returns the blocks of decimal digits (by their zero) that
// the text writes numbers with: it holds one of their digits that no Latin
// letter is drawn like. A spoofer borrows only the look-alike ones (০, ᧐).
// Such digits stand in the model's words with digits beyond ASCII.
func numeralBlocks(d *doc.Doc) map[rune]bool {
	out := map[rune]bool{}
	for _, t := range d.Tokens() {
		if !t.Has(doc.Digits | doc.NonASCII) {
			continue
		}
		for _, r := range d.Text[t.Start:t.End] {
			if r < 0x80 || !unicode.Is(unicode.Nd, r) || hasLookAlike(r, unidata.Latin) {
				continue
			}
			out[digitZero(r)] = true
		}
	}
	return out
}

// digitZero returns the zero of the block of ten digits r belongs to.
func digitZero(r rune) rune {
	for _, rg := range unicode.Nd.R16 {
		if lo, hi := rune(rg.Lo), rune(rg.Hi); r >= lo && r <= hi {
			return r - (r-lo)%10
		}
	}
	for _, rg := range unicode.Nd.R32 {
		if lo, hi := rune(rg.Lo), rune(rg.Hi); r >= lo && r <= hi {
			return r - (r-lo)%10
		}
	}
	return r
}

// otherCross reports a mathematical symbol drawn like x other than the
// multiplication sign: a cross product's ⨯, an n-ary ⨉, a times with a
// dot or line (⨰, ⨱). Beside digits it measures nothing (22⨯22, ⨯86 are
// 22x22 and x86: a dimension is written with × or x).
func otherCross(r rune) bool {
	if r == '×' {
		return false
	}
	las := lookAlikes(r, unidata.Latin)
	return len(las) > 0 && (las[0].R == 'x' || las[0].R == 'X')
}

// arrow reports a character of Unicode's arrow blocks (Arrows,
// Supplemental Arrows-A and -B, Miscellaneous Symbols and Arrows): an
// arrow drawn like x (⤫, ⤬) is no operator of multiplication beside a
// digit (⤫86 is x86; 10×20 keeps its ×).
func arrow(r rune) bool {
	return 0x2190 <= r && r <= 0x21FF || 0x27F0 <= r && r <= 0x27FF || 0x2900 <= r && r <= 0x297F || 0x2B00 <= r && r <= 0x2BFF
}

// hexDigitSlot is rule HEX-DIGIT-SLOT: a symbol drawn like a letter of the
// hexadecimal digits (⋿ like E) inside a run of them, with an ASCII letter
// of them and a decimal digit, four characters or more (A⋿3F of a key's
// fingerprint, #⋿4E4E4, 01C24⋿A2, 0x63D⋿7DC1), is that digit: an operator stands
// between numbers, not inside one written in base 16.
func hexDigitSlot(text string, i, w int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	las := lookAlikes(r, unidata.Latin)
	if len(las) == 0 || !isHexDigit(las[0].R) || las[0].R < 'A' {
		return false
	}
	from, to := i, i+w
	for from > 0 && isASCIIAlnum(text[from-1]) {
		from--
	}
	for to < len(text) {
		if isASCIIAlnum(text[to]) {
			to++
			continue
		}
		// A second look-alike of a hexadecimal letter in the run
		// (#1⋿5ℭ99) is one of its digits too.
		r, n := utf8.DecodeRuneInString(text[to:])
		if las := lookAlikes(r, unidata.Latin); r < utf8.RuneSelf || len(las) == 0 || !isHexDigit(las[0].R) || las[0].R < 'A' {
			break
		}
		to += n
	}
	if i-from >= 2 && text[from] == '0' && (text[from+1] == 'x' || text[from+1] == 'X') {
		from += 2 // a literal's 0x
	}
	letters, digits := 0, 0
	for _, s := range [2]string{text[from:i], text[i+w : to]} {
		for _, c := range s {
			switch {
			case '0' <= c && c <= '9':
				digits++
			case isHexDigit(c) || c >= utf8.RuneSelf: // (beyond ASCII only a look-alike of one, as read above)
				letters++
			default:
				return false
			}
		}
	}
	if letters == 0 && digits >= 3 {
		// A group of decimal digits among groups of a fingerprint or a
		// key (99EF 20⋿6 38A0): its neighbours show the base.
		return hexGroup(text, from-1, -1) || hexGroup(text, to, 1)
	}
	return letters > 0 && digits > 0 && letters+digits >= 3
}

// hexGroup reports a group of four hexadecimal digits or more, a letter of
// them among its digits, a space from offset at (the space's), in
// direction dir: the neighbour of a group in a fingerprint or a key.
func hexGroup(text string, at, dir int) bool {
	if at < 0 || at >= len(text) || text[at] != ' ' {
		return false
	}
	for at >= 0 && at < len(text) && text[at] == ' ' {
		at += dir
	}
	n, letter := 0, false
	for ; at >= 0 && at < len(text) && isASCIIAlnum(text[at]); at += dir {
		b := text[at]
		if !isHexDigit(rune(b)) {
			return false
		}
		letter = letter || b > '9'
		n++
	}
	return n >= 4 && letter
}

// isHexDigit reports a hexadecimal digit: 0-9, A-F, a-f.
func isHexDigit(r rune) bool {
	return '0' <= r && r <= '9' || 'a' <= r && r <= 'f' || 'A' <= r && r <= 'F'
}
