// Package deletion applies BACKSPACE (U+0008) and DELETE (U+007F) the way a
// terminal shows them: each erases itself and the character before it on the
// same line, so "pay\bpal" reads "papal" to the reader and must read so to a
// filter too. Overstrike, which nroff uses for bold (A\bA) and underline
// (_\bA), reads the same way; a letter struck over an accent ('\be) is the
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
	// erased holds what the last run of backspaces erased, leftmost first,
	// while the characters that follow may still be struck over it:
	// "abc\b\b\b___" underlines all three.
	var erased []rune
	for i := 0; i < len(text); {
		r, w := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\b' || r == 0x7F:
			start := i
			if n := len(live); n > 0 {
				start = live[n-1].off
				erased = append([]rune{live[n-1].r}, erased...)
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
		case len(erased) > 0 && r != '\n':
			// Overstrike, as nroff prints: a character struck over itself
			// is bold, over an underscore underlined, an accent over a
			// letter the accented letter. The run of erasures before it
			// then shows what was struck.
			if c, ok := overstrike(erased[0], r); ok {
				e := &out[len(out)-1]
				e.End, e.After, e.Kind = i+w, e.After+string(c), edit.Overstrike
				e.Reason = "overstrike: characters printed over each other read as one"
				live = append(live, cell{e.Start, c})
				erased = erased[1:]
				i += w
				continue
			}
		}
		erased = erased[:0]
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
// one of them an underscore (underline), or an accent struck over by an
// ASCII letter where Unicode has the accented letter. Anything else is an
// erasure.
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
	// nroff prints the accent first (e\b' would also be a letter someone
	// typed and erased before an apostrophe: the evasion pattern).
	mark, isAccent := accents[x]
	x = y
	if !isAccent || !('a' <= x && x <= 'z' || 'A' <= x && x <= 'Z') {
		return 0, false
	}
	c := []rune(norm.NFC.String(string(x) + string(mark)))
	if len(c) != 1 {
		return 0, false // no such letter: read as an erasure
	}
	return c[0], true
}
