package spam

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/unspin/unspin/internal/lexicon"
)

// token is a word (letters and digits, with inner apostrophes, hyphens and
// the periods of abbreviations) or one punctuation mark, with its byte
// offsets in the text.
type token struct {
	start, end int
	text       string
	lower      string
	lex        *lexicon.Stats // the corpus's statistics of lower, nil if it lacks it
	word       bool
	// nl: a newline lies between the previous token and this one.
	nl bool
}

func tokenize(text string) []token {
	// English averages a token every five bytes or so: one allocation, not
	// a dozen doublings of a slice of large structs.
	toks := make([]token, 0, len(text)/5+16)
	nl := false
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n':
			nl = true
			i += n
			continue
		case unicode.IsSpace(r):
			i += n
			continue
		case isWordRune(r):
			j := i + n
			for j < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if isWordRune(r2) {
					j += n2
					continue
				}
				// Inner joiners: "don't", "web-site", "U.S." (the final
				// period of an abbreviation is taken below).
				if r2 == '\'' || r2 == '’' || r2 == '-' || r2 == '.' {
					if r3, _ := utf8.DecodeRuneInString(text[j+n2:]); j+n2 < len(text) && isWordRune(r3) {
						j += n2
						continue
					}
				}
				break
			}
			if j < len(text) && text[j] == '.' && abbreviation(text[i:j+1]) {
				j++
			}
			w := text[i:j]
			l := strings.ToLower(w)
			toks = append(toks, token{start: i, end: j, text: w, lower: l, lex: lexicon.Entry(l), word: true, nl: nl})
			i = j
		default:
			toks = append(toks, token{start: i, end: i + n, text: text[i : i+n], lower: text[i : i+n], nl: nl})
			i += n
		}
		nl = false
	}
	return toks
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) }

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
	r, _ := utf8.DecodeRuneInString(t.text)
	return unicode.IsUpper(r)
}
