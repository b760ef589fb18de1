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
		case r == '\b' && len(live) > 0:
			// Overstrike, as nroff prints: a letter struck over itself is
			// bold, over an underscore underlined, under an accent accented.
			if c, n, ok := overstruck(text, live[len(live)-1], i+w); ok {
				out = append(out, edit.Edit{Start: live[len(live)-1], End: i + w + n, Kind: edit.Overstrike, After: c,
					Reason: "overstrike: characters printed over each other read as one"})
				live = live[:len(live)-1]
				i += w + n
				continue
			}
			fallthrough
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

// accents maps the ASCII characters nroff overstrikes on a letter to the
// combining marks they draw.
var accents = map[rune]rune{'\'': 0x301, '`': 0x300, '^': 0x302, '~': 0x303, '"': 0x308, ',': 0x327}

// overstruck reads the character at a, a backspace, and the character at
// b (of n bytes) as overstrike: the same character twice (bold), one of
// them an underscore (underline), or an ASCII letter and an accent where
// Unicode has the accented letter. Anything else is an erasure.
func overstruck(text string, a, b int) (c string, n int, ok bool) {
	x, _ := utf8.DecodeRuneInString(text[a:])
	y, n := utf8.DecodeRuneInString(text[b:])
	if b >= len(text) || y == '\b' || y == '\n' || y == utf8.RuneError {
		return "", 0, false
	}
	visible := func(r rune) bool { return unicode.IsGraphic(r) && r != ' ' }
	switch {
	case x == y && visible(x):
		return string(x), n, true
	case x == '_' && visible(y):
		return string(y), n, true
	case y == '_' && visible(x):
		return string(x), n, true
	}
	if _, isAccent := accents[x]; isAccent {
		x, y = y, x
	}
	mark, isAccent := accents[y]
	if !isAccent || !('a' <= x && x <= 'z' || 'A' <= x && x <= 'Z') {
		return "", 0, false
	}
	c = norm.NFC.String(string(x) + string(mark))
	if utf8.RuneCountInString(c) != 1 {
		return "", 0, false // no such letter: read as an erasure
	}
	return c, n, true
}
