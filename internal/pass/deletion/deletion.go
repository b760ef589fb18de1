// Package deletion applies BACKSPACE (U+0008) and DELETE (U+007F) the way a
// terminal shows them: each erases itself and the character before it on the
// same line, so "pay\bpal" reads "papal" to the reader and must read so to a
// filter too. Overstrike, which nroff uses for bold (A\bA) and underline
// (_\bA), reads the same way; an accent struck over a letter (e\b') is the
// accented letter (é), as a printer shows it.
package deletion

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/unspin/unspin/internal/edit"
)

// Propose returns one edit per run of erased or overstruck text.
func Propose(text string) []edit.Edit {
	if !strings.ContainsAny(text, "\b\x7f") {
		return nil
	}
	var out []edit.Edit
	// live holds the characters on the current line that no deletion has
	// erased yet: where each starts, and what the reader sees there.
	type cell struct {
		off int
		r   rune
	}
	var live []cell
	// erased is what the last backspace erased, while the next character
	// may still be struck over it (0 otherwise).
	var erased rune
	for i := 0; i < len(text); {
		r, w := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\b' || r == 0x7F:
			start := i
			erased = 0
			if n := len(live); n > 0 {
				start, erased = live[n-1].off, live[n-1].r
				live = live[:n-1]
			}
			e := edit.Edit{Start: start, End: i + w, Kind: edit.Deletion, Reason: "deletion control erases the character before it"}
			// Successive erasures form one edit, and so does erasing what
			// an overstrike showed; an overstrike before is left whole.
			for len(out) > 0 {
				p := out[len(out)-1]
				if p.Start > start || p.End < start || p.End == start && p.Kind != edit.Deletion {
					break
				}
				out = out[:len(out)-1]
				e.Start = min(e.Start, p.Start)
			}
			for len(out) > 0 && out[len(out)-1].Start >= e.Start {
				out = out[:len(out)-1]
			}
			out = append(out, e)
			i += w
			continue
		case erased != 0 && r != '\n':
			// Overstrike, as nroff prints: a character struck over itself
			// is bold, over an underscore underlined, an accent over a
			// letter the accented letter. The run of erasures before it
			// then shows that one character.
			if c, ok := overstrike(erased, r); ok {
				e := &out[len(out)-1]
				e.End, e.After, e.Kind = i+w, string(c), edit.Overstrike
				e.Reason = "overstrike: characters printed over each other read as one"
				live = append(live, cell{e.Start, c})
				erased = 0
				i += w
				continue
			}
		}
		erased = 0
		switch {
		case r == '\n':
			live = live[:0]
		case r == utf8.RuneError && w == 1:
			live = live[:0] // never erase into bytes we cannot read
		default:
			live = append(live, cell{i, r})
		}
		i += w
	}
	return out
}

// accents maps the ASCII characters nroff overstrikes on a letter to the
// combining marks they draw.
var accents = map[rune]rune{'\'': 0x301, '`': 0x300, '^': 0x302, '~': 0x303, '"': 0x308, ',': 0x327}

// overstrike reads x struck over by y: the same character twice (bold),
// one of them an underscore (underline), or an ASCII letter and an accent
// where Unicode has the accented letter. Anything else is an erasure.
func overstrike(x, y rune) (rune, bool) {
	visible := func(r rune) bool { return unicode.IsGraphic(r) && r != ' ' }
	switch {
	case x == y && visible(x):
		return x, true
	case x == '_' && visible(y):
		return y, true
	case y == '_' && visible(x):
		return x, true
	}
	if _, isAccent := accents[x]; isAccent {
		x, y = y, x
	}
	mark, isAccent := accents[y]
	if !isAccent || !('a' <= x && x <= 'z' || 'A' <= x && x <= 'Z') {
		return 0, false
	}
	c := []rune(norm.NFC.String(string(x) + string(mark)))
	if len(c) != 1 {
		return 0, false // no such letter: read as an erasure
	}
	return c[0], true
}
