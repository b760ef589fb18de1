package doc

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/unspin/unspin/internal/edit"
)

// pieces are what the random edits put in: letters, look-alikes, joiners,
// white space and line breaks, punctuation, invisible characters, bytes
// that are not UTF-8, and nothing.
var pieces = []string{"", "a", "e", "Q", "і", "ɑ", "'", "-", ".", " ", "\n", "\n\n", "\r", "\r\n", ",", "\u200b",
	"\xff", "word", "U.S.", "don't", "’", "1", "ｅ", "日本", "\t"}

// randomEdits returns n edits of text, sorted and apart.
func randomEdits(r *rand.Rand, text string, n int) []edit.Edit {
	var out []edit.Edit
	at := 0
	for range n {
		if at > len(text) {
			break
		}
		start := at + r.IntN(len(text)-at+1)/max(1, n/2)
		end := min(len(text), start+r.IntN(4))
		out = append(out, edit.Edit{Start: start, End: end, After: pieces[r.IntN(len(pieces))]})
		at = end + 1
	}
	return out
}

// checkEdited reports where Edited's tokens or lexicon entries differ from
// those of a model made anew.
func checkEdited(t *testing.T, text string, edits []edit.Edit, withLex bool) {
	t.Helper()
	d := New(text)
	if withLex {
		d.TokensLex()
	} else {
		d.Tokens()
	}
	to := edit.Apply(text, edits)
	got := d.Edited(to, edits)
	// As the pipeline does: the old model goes back to the pool, and the
	// next model takes its memory, which the edited one must not share.
	d.Release()
	New(strings.Repeat("x ", len(text))).TokensLex()
	wantToks, wantLex := tokenize(to, true)
	if !slices.Equal(got.Tokens(), wantToks) {
		for k := range min(len(got.Tokens()), len(wantToks)) {
			if got.Tokens()[k] != wantToks[k] {
				t.Fatalf("%.60q with %+v: token %d %+v, anew %+v", text, edits, k, got.Tokens()[k], wantToks[k])
			}
		}
		t.Fatalf("%.60q with %+v: %d tokens, anew %d", text, edits, len(got.Tokens()), len(wantToks))
	}
	if withLex && !slices.Equal(got.lex, wantLex) {
		t.Fatalf("%.60q with %+v: other lexicon entries", text, edits)
	}
	_, lex := got.TokensLex()
	if !slices.Equal(lex, wantLex) {
		t.Fatalf("%.60q with %+v: other lexicon entries after TokensLex", text, edits)
	}
}

func TestEdited(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	texts := append(append([]string{}, wordCases...), screenCases...)
	texts = append(texts, devTexts(t)...)
	for _, text := range texts {
		for round := range 6 {
			checkEdited(t, text, randomEdits(r, text, 1+round*3), round%2 == 0)
		}
	}
}

func FuzzEdited(f *testing.F) {
	f.Add("The U.S. embassy said so.\n\nMr. Smith didn't", uint64(1), uint8(3))
	f.Fuzz(func(t *testing.T, text string, seed uint64, n uint8) {
		r := rand.New(rand.NewPCG(seed, 7))
		checkEdited(t, text, randomEdits(r, text, int(n%16)+1), seed%2 == 0)
	})
}

// A model that wants its lexicon entries looks them up in its first
// tokenization, whoever asks, and the models Edited makes of it keep them.
func TestWantLex(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for _, text := range append(append([]string{}, wordCases...), screenCases...) {
		d := New(text)
		d.WantLex()
		toks := d.Tokens()
		wantToks, wantLex := tokenize(text, true)
		if !slices.Equal(toks, wantToks) || !d.Lexed() || !slices.Equal(d.lex, wantLex) {
			t.Fatalf("%.60q: tokens or entries differ from a tokenization with entries (lexed %v)", text, d.Lexed())
		}
		edits := randomEdits(r, text, 3)
		to := edit.Apply(text, edits)
		got := d.Edited(to, edits)
		got.Tokens()
		if _, wantLex := tokenize(to, true); !got.Lexed() || !slices.Equal(got.lex, wantLex) {
			t.Fatalf("%.60q with %+v: the edited model lost or changed its entries", text, edits)
		}
	}
}
