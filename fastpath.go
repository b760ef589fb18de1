package unspin

import (
	"unicode"
	"unicode/utf8"

	"github.com/unspin/unspin/internal/analysis"
	"github.com/unspin/unspin/internal/unidata"
	"golang.org/x/text/unicode/norm"
)

// untouchable reports text the character stages have nothing to do in, so
// that they can be skipped at the cost of one scan: plain text (ASCII and
// typographic punctuation), or text whose letters are all of one script,
// with its combining marks, where no letter is drawn like another (for
// Latin: no non-ASCII letter with an ASCII look-alike, no compatibility
// form). Look-alike attacks need a second script or such a letter; the
// other evasions need control, format or invisible characters, and none is
// allowed. A Russian text with an English brand name, or any text with a
// joiner or a bidi mark, takes the full path.
func untouchable(text string) bool {
	script := unidata.Unknown // none seen yet
	same := func(s unidata.Script) bool {
		if script == unidata.Unknown {
			script = s
		}
		return s == script
	}
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case c < 0x20 && c != '\n' && c != '\t' && c != '\r' || c == 0x7f:
				return false
			case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
				if !same(unidata.Latin) {
					return false
				}
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		switch s := unidata.ScriptOf(r); {
		case analysis.Typographic(r):
		case unicode.In(r, unicode.Variation_Selector, unicode.Other_Default_Ignorable_Code_Point) || r == 0x034F:
			// Variation selectors carry hidden payloads; the combining
			// grapheme joiner and the Hangul fillers are invisible.
			return false
		case unicode.In(r, unicode.Mn, unicode.Mc) && s == unidata.Inherited:
		case unicode.IsLetter(r) && s != unidata.Common && s != unidata.Inherited && s != unidata.Unknown:
			if s == unidata.Latin && (unidata.LookAlikes(r, unidata.Latin) != nil || !norm.NFKC.IsNormalString(text[i:i+n])) {
				return false
			}
			if !same(s) {
				return false
			}
		default:
			return false
		}
		i += n
	}
	return true
}
