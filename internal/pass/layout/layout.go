// Package layout repairs line and paragraph breaks that a naive sentence
// splitter put after abbreviations ("the U.S.\n\nEmbassy").
package layout

import "github.com/unspin/unspin/internal/edit"

// Propose returns layout edits for text.
func Propose(text string) []edit.Edit { return nil }
