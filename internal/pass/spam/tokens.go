package spam

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/unspin/unspin/internal/lexicon"
)

// token is a word (letters and digits, with inner apostrophes, hyphens and
// the periods of abbreviations) or one punctuation mark, with its byte
// offsets in the text. Its shape follows the shared document model's
// (offsets, kind, newline before, lower-cased form, lexicon entry), so that
// the pass can read those tokens instead once they exist.
type token struct {
	start, end int
	text       string
	lower      string
	lex        *lexicon.Stats // the corpus's statistics of lower, nil if it lacks it
	cls        class          // closed classes of lower (classes.go)
	word       bool
	// nl: a newline lies between the previous token and this one; para:
	// a blank line.
	nl, para bool
}

func tokenize(text string) []token {
	// English averages a token every five bytes or so: one allocation, not
	// a dozen doublings of a slice of large structs.
	toks := make([]token, 0, len(text)/5+16)
	// Lower-cased forms of words that have capitals share one buffer.
	var lowered []byte
	nl, para := false, false
	for i := 0; i < len(text); {
		c := text[i]
		var r rune
		n := 1
		if c < utf8.RuneSelf {
			r = rune(c)
		} else {
			r, n = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case c == '\n':
			para = para || nl
			nl = true
			i++
			continue
		case c == ' ' || c == '\t' || c == '\r' || c >= utf8.RuneSelf && unicode.IsSpace(r):
			i += n
			continue
		case isWordRune(r):
			j := wordEnd(text, i+n)
			if j < len(text) && text[j] == '.' && abbreviation(text[i:j+1]) {
				j++
			}
			w := text[i:j]
			l := w
			if hasUpper(w) {
				at := len(lowered)
				if cap(lowered)-at < len(w)*2 {
					// A new buffer: strings made from the old one stay valid.
					lowered = make([]byte, 0, max(4096, len(w)*4))
					at = 0
				}
				lowered = appendLower(lowered, w)
				b := lowered[at:]
				l = unsafe.String(unsafe.SliceData(b), len(b))
			}
			toks = append(toks, token{start: i, end: j, text: w, lower: l, lex: lexicon.Entry(l), cls: classOf[l], word: true, nl: nl, para: para})
			i = j
		default:
			toks = append(toks, token{start: i, end: i + n, text: text[i : i+n], lower: text[i : i+n], nl: nl, para: para})
			i += n
		}
		nl, para = false, false
	}
	return toks
}

// wordEnd returns where the word that goes on at j ends: word runes, and
// inner joiners ("don't", "web-site", "U.S.").
func wordEnd(text string, j int) int {
	for j < len(text) {
		c := text[j]
		if c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
				j++
				continue
			}
			if (c == '\'' || c == '-' || c == '.') && j+1 < len(text) {
				if r3, _ := utf8.DecodeRuneInString(text[j+1:]); isWordRune(r3) {
					j++
					continue
				}
			}
			return j
		}
		r2, n2 := utf8.DecodeRuneInString(text[j:])
		if isWordRune(r2) {
			j += n2
			continue
		}
		if r2 == '’' && j+n2 < len(text) {
			if r3, _ := utf8.DecodeRuneInString(text[j+n2:]); isWordRune(r3) {
				j += n2
				continue
			}
		}
		return j
	}
	return j
}

func hasUpper(w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			return true
		}
		if c >= utf8.RuneSelf {
			return strings.ToLower(w) != w
		}
	}
	return false
}

func appendLower(b []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return append(b, strings.ToLower(w[i:])...)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// abbreviation: "U.S." (inner periods) or a form the corpus knows with its
// period that rarely ends a sentence ("Nov.", "Mr.").
func abbreviation(w string) bool {
	if strings.Count(w, ".") > 1 {
		return true
	}
	s, ok := lexicon.Lookup(w)
	return ok && s.Count >= 3 && s.EndRatio() < 0.5
}

// sentenceEnd: tokens[i] is '.', '!' or '?' (a run of them counts as one).
func sentenceEnd(t token) bool {
	return t.text == "." || t.text == "!" || t.text == "?"
}

func isCloser(s string) bool {
	switch s {
	case `"`, "”", "’", "'", ")", "]", "»":
		return true
	}
	return false
}

func isOpener(s string) bool {
	switch s {
	case `"`, "“", "‘", "'", "(", "[", "«":
		return true
	}
	return false
}

// capital: the token starts with an upper-case letter.
func capital(t token) bool {
	c := t.text[0]
	if c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(t.text)
	return unicode.IsUpper(r)
}
