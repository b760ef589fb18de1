package spam

import (
	"testing"

	"github.com/unspin/unspin/internal/edit"
)

// A call to action with no anchor before its keyword (no "about", no
// "regarding") is found by its free slot, and goes whole; so do the
// keyword's occurrences in the author's sentences.
func TestFreeSlot(t *testing.T) {
	const body = "Health officials reported that vaccine uptake rose in March. Pharmacies said appointments filled within hours, while hospital admissions fell for the third week. Doctors urged older adults to get a booster before winter."
	for _, tc := range []struct{ in, want string }{
		{body + " My cousin swears by mobile tyre fitting Leeds, visit my site.", body},
		{"Health officials reported that vaccine uptake rose in March. Pharmacies said appointments filled roof repair Denver within hours, while hospital admissions fell for the third week. Doctors urged older adults to get a booster before winter. Our crew does roof repair Denver in a day, see our site.", body},
		// The keyword as the object of the run's verb or noun, after a
		// link word; a topic opener that places nothing ("for
		// business") leaves the free slot.
		{body + " Our company specializes in gutter guards; see our website for more.", body},
		{body + " Check out our complete guide to cloud storage for business on our website.", body},
	} {
		r := Analyze(tc.in)
		if got := edit.Apply(tc.in, r.Edits); got != tc.want || r.Score < 0.5 {
			t.Errorf("score %.2f, got %q", r.Score, got)
		}
	}
}

// A keyword cut shorter than it stands ("lawyer near me" three times, once
// as "divorce lawyer near me") takes the niche word said only beside it,
// where the sentence reads on without it and not with it alone: no "into
// divorce a product".
func TestNicheWordBesideKeyword(t *testing.T) {
	const want = "The minimal polynomial for T factors over the scalar field F into a product of distinct monic polynomials. Each factor gives an invariant subspace of V, and the space V is the direct sum of these subspaces. We study the restriction of T to each subspace in turn, and find its characteristic values."
	in := "The minimal polynomial for T factors over the scalar field F into divorce lawyer near me a product of distinct monic polynomials. Each factor lawyer near me gives an invariant subspace of V, and the space V is the direct sum of these subspaces. We study the restriction of T to each subspace lawyer near me in turn, and find its characteristic values."
	r := Analyze(in)
	if got := edit.Apply(in, r.Edits); got != want {
		t.Errorf("got %q", got)
	}
}
