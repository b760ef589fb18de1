package bidi

import "github.com/unspin/unspin/internal/edit"

// Propose returns the edits this pass makes to text.
func Propose(text string) []edit.Edit { return nil }
