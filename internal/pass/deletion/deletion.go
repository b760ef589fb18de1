// Package deletion applies BACKSPACE (U+0008) and DELETE (U+007F) the way a
// terminal shows them: each erases itself and the character before it on the
// same line, so "pay\bpal" reads "papal" to the reader and must read so to a
// filter too.
package deletion

import (
	"strings"
	"unicode/utf8"

	"github.com/unspin/unspin/internal/edit"
)

// Propose returns one edit per run of erased text.
func Propose(text string) []edit.Edit {
	if !strings.ContainsAny(text, "\b\x7f") {
		return nil
	}
	var out []edit.Edit
	// live holds offsets of the characters on the current line that no
	// deletion has erased yet.
	var live []int
	for i := 0; i < len(text); {
		r, w := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\b' || r == 0x7F:
			start := i
			if n := len(live); n > 0 {
				start = live[n-1]
				live = live[:n-1]
			}
			e := edit.Edit{Start: start, End: i + w, Kind: edit.Deletion, Reason: "deletion control erases the character before it"}
			// Successive erasures form one edit.
			for len(out) > 0 && out[len(out)-1].End >= start && out[len(out)-1].Start <= start {
				prevE := out[len(out)-1]
				out = out[:len(out)-1]
				e.Start = min(e.Start, prevE.Start)
			}
			for len(out) > 0 && out[len(out)-1].Start >= e.Start {
				out = out[:len(out)-1]
			}
			out = append(out, e)
		case r == '\n':
			live = live[:0]
		case r == utf8.RuneError && w == 1:
			live = live[:0] // never erase into bytes we cannot read
		default:
			live = append(live, i)
		}
		i += w
	}
	return out
}
