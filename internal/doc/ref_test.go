package doc

import (
	"testing"
	"unicode/utf8"

	"github.com/unspin/unspin/internal/lexicon"
	"github.com/unspin/unspin/internal/runeclass"
	"github.com/unspin/unspin/internal/unidata"
)

// tokenizeSlow is tokenize as it was written before its fast paths: a
// class lookup per character, wordSlow for words, each word hashed again
// (HashLower) and probed alone. The reference TestTokenizeSlow holds
// tokenize to, token for token and entry for entry.
func tokenizeSlow(text string) ([]Token, []lexicon.ID) {
	var toks []Token
	var lex []lexicon.ID
	sep, lines := Flags(0), 0
	for i := 0; i < len(text); {
		c, n := classAt(text, i)
		switch {
		case c.Any(runeclass.Space):
			sep |= SpaceBefore
			if text[i] == '\n' || text[i] == '\r' && (i+1 == len(text) || text[i+1] != '\n') {
				lines++
				sep |= LineBefore
				if lines >= 2 {
					sep |= ParagraphBefore
				}
			}
			i += n
			continue
		case c.Any(runeclass.Word):
			t := wordSlow(text, i)
			t.Flags |= sep
			var id lexicon.ID
			if t.End-t.Start <= MaxLookup {
				id, _ = lexicon.Probe(HashLower(text[t.Start:t.End]))
			}
			toks, lex = append(toks, t), append(lex, id)
			i = int(t.End)
		default:
			t := Token{Start: int32(i), End: int32(i + n), Kind: Punct, Flags: sep, Script: unidata.Common}
			if n > 1 || text[i] >= utf8.RuneSelf {
				t.Flags |= NonASCII
			}
			toks, lex = append(toks, t), append(lex, 0)
			i += n
		}
		sep, lines = 0, 0
	}
	return toks, lex
}

// checkSlow reports where tokenize, with and without lexicon entries,
// differs from tokenizeSlow.
func checkSlow(t *testing.T, text string) {
	t.Helper()
	want, wantLex := tokenizeSlow(text)
	for _, withLex := range []bool{false, true} {
		toks, lex := tokenize(text, withLex)
		if len(toks) != len(want) {
			t.Fatalf("%.60q (lex %v): %d tokens, tokenizeSlow %d", text, withLex, len(toks), len(want))
		}
		for k := range want {
			if toks[k] != want[k] {
				t.Fatalf("%.60q (lex %v): token %d %+v, tokenizeSlow %+v", text, withLex, k, toks[k], want[k])
			}
			if withLex && lex[k] != wantLex[k] {
				t.Fatalf("%.60q: token %d %q entry %d, tokenizeSlow %d", text, k, text[want[k].Start:want[k].End], lex[k], wantLex[k])
			}
		}
	}
}

func TestTokenizeSlow(t *testing.T) {
	cases := append(append([]string{"a  b\n\nc\r\n\r\nd\re", " \t\n", "a\u00a0\u2003b", "x\n \ny"}, wordCases...), screenCases...)
	for _, text := range cases {
		checkSlow(t, text)
	}
	for _, text := range devTexts(t) {
		checkSlow(t, text)
	}
}

func FuzzTokenize(f *testing.F) {
	for _, text := range append(wordCases, screenCases...) {
		f.Add(text)
	}
	f.Fuzz(func(t *testing.T, text string) { checkSlow(t, text) })
}
