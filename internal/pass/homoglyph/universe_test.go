package homoglyph

import (
	"strings"
	"testing"

	"github.com/unspin/unspin/internal/edit"
	"github.com/unspin/unspin/internal/unidata"
)

// sampleText has every ASCII letter, in both cases, inside ordinary words.
const sampleText = "Quick Brown Foxes jumped over the lazy dogs. Judges vexed by Kyoto's quirky zoning " +
	"laws met Xavier, Olga, Ursula, Walter, Ivan, Yolanda, Henry, Zelda, Victor, Nadia, Greta, " +
	"Mabel, Paul, Ruth, Sam, Tina, Carl, Diane, Emma, Alan, LaRue and their wax-sealed boxes of jam."

// TestEveryCandidateInAWordIsRestored draws the attacks from the generated
// tables themselves: every symbol, compatibility form and letter of another
// script that imitates a Latin letter, put in place of that letter inside a
// word of ordinary letters in English text, is restored.
func TestEveryCandidateInAWordIsRestored(t *testing.T) {
	words := strings.Fields(sampleText)
	tried, failed := 0, 0
	for r := rune(0x80); r <= 0x1FFFF; r++ {
		las := unidata.LookAlikes(r, unidata.Latin)
		if len(las) == 0 {
			continue
		}
		if tier := tierOf(r, scriptOf(r), unidata.Latin); tier != compat && tier != foreign {
			continue
		}
		// Inside a word the case is the word's: a capital drawn like a small
		// letter (Һ, Ƅ) stands for the small one, a vertical stroke for l.
		want := las[0].R
		if want == 'I' {
			want = 'l'
		}
		// The first word holding the letter after its first position.
		for wi, w := range words {
			k := strings.IndexRune(w[1:], want)
			if k < 0 || !isASCIIWord(w) || len(w) < 4 {
				continue
			}
			k++
			attacked := append([]string(nil), words...)
			attacked[wi] = w[:k] + string(r) + w[k+1:]
			in := strings.Join(attacked, " ")
			got := edit.Apply(in, edit.Normalize(in, Propose(in)))
			tried++
			if got != sampleText {
				failed++
				if failed <= 20 {
					t.Errorf("%U %c in %q: got %q", r, r, attacked[wi], strings.Fields(got)[wi])
				}
			}
			break
		}
	}
	if tried < 500 {
		t.Fatalf("only %d candidates tried", tried)
	}
	t.Logf("%d candidates restored", tried)
	if failed > 0 {
		t.Errorf("%d of %d candidates left or restored wrongly", failed, tried)
	}
}

func isASCIIWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return false
		}
	}
	return true
}
