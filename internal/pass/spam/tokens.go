package spam

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/unspin/unspin/internal/doc"
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
	key        wordKey        // keyOf(stem(lower)) for a word, else 0
	word       bool
	// nl: a newline lies between the previous token and this one; para:
	// a blank line.
	nl, para bool
	shape    bool // formMayShape of the word
	fn       bool // function: a closed-class word of English
}

func tokenize(text string) []token { return tokensOf(doc.New(text)) }

// tokensOf reads the shared document model's tokens: a word and the full
// stop of its abbreviation ("Nov.", "U.S.") are one token here, as the
// sentence rules of this pass want; every word gets its lower-cased form,
// lexicon entry and classes.
func tokensOf(d *doc.Doc) []token { return appendTokens(nil, d) }

// appendTokens appends d's tokens (tokensOf) to toks.
func appendTokens(toks []token, d *doc.Doc) []token {
	text := d.Text
	dts := d.Tokens()
	toks = slices.Grow(toks, len(dts))
	// Lower-cased forms of words that have capitals share one buffer.
	var lowered []byte
	for k := 0; k < len(dts); k++ {
		dt := dts[k]
		start, end := int(dt.Start), int(dt.End)
		nl, para := dt.Has(doc.LineBefore), dt.Has(doc.ParagraphBefore)
		if dt.Kind != doc.Word {
			toks = append(toks, token{start: start, end: end, text: text[start:end], lower: text[start:end], nl: nl, para: para})
			continue
		}
		// Only a word right before a full stop can take it.
		abbrev := k+1 < len(dts) && dts[k+1].Start == dt.End && dts[k+1].End == dt.End+1 && text[end] == '.' &&
			(d.Abbreviation(k) || initial(text[start:end]))
		if abbrev {
			end++
		}
		w := text[start:end]
		l := w
		if dt.Has(doc.Capital) || dt.Has(doc.NonASCII) || hasUpper(w) {
			at := len(lowered)
			if cap(lowered)-at < len(w)*2 {
				// A new buffer: strings made from the old one stay valid.
				lowered = make([]byte, 0, max(4096, len(w)*4))
				at = 0
			}
			lowered = doc.AppendLower(lowered, w)
			b := lowered[at:]
			l = unsafe.String(unsafe.SliceData(b), len(b))
		}
		var info wordInfo
		if abbrev {
			info = infoOfForm(lexicon.Entry(l), classOf[l], l)
			k++
		} else {
			info = infoOfWord(d.Lex(k), l)
		}
		toks = append(toks, token{start: start, end: end, text: w, lower: l, lex: info.lex, cls: info.cls, key: info.key,
			word: true, nl: nl, para: para, shape: info.shape, fn: info.fn})
	}
	return toks
}

// initial: a single capital letter, which with its full stop is a name's
// initial ("Michael A. Abatuno").
func initial(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && unicode.IsUpper(r)
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

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
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
