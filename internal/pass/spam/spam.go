// Package spam finds the link-spam payload of spun articles: call-to-action
// sentences built from spintax templates and anchor-text keyword phrases
// pushed into ordinary sentences.
package spam

import "github.com/unspin/unspin/internal/edit"

// Result is what Analyze found in one document.
type Result struct {
	Edits []edit.Edit // spam-sentence and spam-phrase removals
	Score float64     // 0..1, calibrated so 0.5 is a sensible cut
}

// Analyze proposes removals for text whose character-level damage has already
// been repaired.
func Analyze(text string) Result { return Result{} }
