package homoglyph

import (
	"strings"
	"testing"
)

// TestJointLetters: JOINT-LETTERS. One Latin look-alike stands for two
// letters of a word: o for Greek ο and σ, y for Turkmen у and ү. Weighed
// one at a time, each beside the other's first guess, they came back
// δικαισούνης (every second word holding ο or σ spoofed) and душүнишмеклиге.
func TestJointLetters(t *testing.T) {
	for _, tc := range []struct {
		id    string
		holds func(w string) bool
		every int // spoof every every-th word that holds
		spoof *strings.Replacer
	}{
		{"udhr-ell_polytonic", func(w string) bool { return strings.ContainsAny(w, "οσ") }, 2, strings.NewReplacer("ο", "o", "σ", "o")},
		{"udhr-tuk_cyrl", func(w string) bool { return strings.Contains(w, "дүшүнишмеклиге") }, 1, strings.NewReplacer("ү", "y", "у", "y")},
	} {
		t.Run(tc.id, func(t *testing.T) {
			in := devTexts(t, tc.id)[tc.id]
			words := strings.Split(in, " ")
			n := 0
			for i, w := range words {
				if tc.holds(w) {
					if n++; n%tc.every == 0 {
						words[i] = tc.spoof.Replace(w)
					}
				}
			}
			if n == 0 {
				t.Fatalf("no word of %s to spoof", tc.id)
			}
			got := strings.Split(clean(strings.Join(words, " ")), " ")
			want := strings.Split(in, " ")
			if len(got) != len(want) {
				t.Fatalf("%d words, want %d", len(got), len(want))
			}
			for i := range want {
				if got[i] != want[i] {
					t.Errorf("%q, want %q", got[i], want[i])
				}
			}
		})
	}
}
