package unspin

import (
	"path/filepath"
	"testing"
)

// Legitimate text nobody attacked comes back byte for byte
// (testdata/battery/README.md): a battery's failures were each a rule's
// precision error, fixed with a rule test of its own.
func TestBatteriesUnchanged(t *testing.T) {
	files, err := filepath.Glob("testdata/battery/*.jsonl")
	if err != nil || len(files) == 0 {
		t.Fatalf("no batteries: %v", err)
	}
	for _, f := range files {
		for _, d := range loadDocs(t, f) {
			for _, e := range Clean(d.Text).Edits {
				if e.Kind != Overstrike {
					t.Errorf("%s: %s %q → %q (%s)", d.ID, e.Kind, e.Before, e.After, e.Reason)
				}
			}
		}
	}
}
