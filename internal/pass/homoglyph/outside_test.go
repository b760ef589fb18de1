package homoglyph

import (
	"testing"

	"github.com/unspin/unspin/internal/edit"
)

// TestOutsideLetterModel: rule OUTSIDE-LETTER-MODEL. In a short Greek
// text a Latin o is ο or σ; the document's few words cannot tell, the
// language's word forms can (βιοτικὸ, not βιστικὸ; ἔτσι, not ἔτοι). Each
// row fails without the rule.
func TestOutsideLetterModel(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Καθένας ἔχει δικαίωμα σὲ ἕνα βιoτικὸ ἐπίπεδο ἱκανὸ νὰ ἐξασφαλίσει στὸν ἴδιο καὶ στὴν οἰκογένειά του ὑγεία.",
			"Καθένας ἔχει δικαίωμα σὲ ἕνα βιοτικὸ ἐπίπεδο ἱκανὸ νὰ ἐξασφαλίσει στὸν ἴδιο καὶ στὴν οἰκογένειά του ὑγεία."},
		{"Όλοι οι άνθρωποι γεννιούνται ελεύθεροι και ίσοι, έτoι ώστε να ζουν μαζί με πνεύμα αδελφοσύνης.",
			"Όλοι οι άνθρωποι γεννιούνται ελεύθεροι και ίσοι, έτσι ώστε να ζουν μαζί με πνεύμα αδελφοσύνης."},
	} {
		if got := edit.Apply(c.in, Propose(c.in)); got != c.want {
			t.Errorf("Propose(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}
