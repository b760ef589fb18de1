package homoglyph

import (
	"strings"
	"testing"

	"github.com/unspin/unspin/internal/doc"
)

// TestPassageNotEnglish (rule PASSAGE-NOT-ENGLISH): a Mazahua text, whose
// ꞹ and ⱥ are letters of no common orthography, quoted after three clean
// English articles is the author's: the document is English as a whole,
// but the words holding those letters are not English words. Without the
// rule, 250 of its letters became u, U and a.
func TestPassageNotEnglish(t *testing.T) {
	ids := []string{"brown-cd17", "brown-cc04", "brown-cl02", "udhr-maz"}
	texts := devTexts(t, ids...)
	var parts []string
	for _, id := range ids {
		parts = append(parts, texts[id])
	}
	text := strings.Join(parts, "\n\n")
	if edits := ProposeDoc(doc.New(text)); len(edits) > 0 {
		t.Errorf("%d edits to clean English and Mazahua text, the first %+v", len(edits), edits[0])
	}
}
