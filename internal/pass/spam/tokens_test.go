package spam

import (
	"path/filepath"
	"testing"
)

// TestTokenShape: what each token carries from the lexicon's forms where the
// word has one (its shape verdict and counting key) is what its own classes,
// entry and form give (formMayShape, keyOf), on every token of the dev set.
func TestTokenShape(t *testing.T) {
	files, _ := filepath.Glob("../../../testdata/dev/*.jsonl")
	if len(files) == 0 {
		t.Skip("no dev set")
	}
	n := 0
	for _, f := range files {
		readLines(t, f, func(d map[string]any) {
			for _, key := range []string{"text", "expected"} {
				text, _ := d[key].(string)
				for _, tk := range tokenize(text) {
					if tk.word && tk.shape != formMayShape(tk.cls, tk.lex, tk.lower) {
						t.Errorf("%q: shape %v, formMayShape %v", tk.text, tk.shape, !tk.shape)
					}
					if want := keyOf(stem(tk.lower)); tk.word && tk.key != want || !tk.word && tk.key != 0 {
						t.Errorf("%q: key %x, want %x", tk.text, tk.key, want)
					}
					n++
				}
			}
		})
	}
	if n == 0 {
		t.Fatal("no tokens read")
	}
}
