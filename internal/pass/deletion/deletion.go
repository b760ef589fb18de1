// Package deletion applies BACKSPACE (U+0008) and DELETE (U+007F) the way a
// terminal shows them: each moves the cursor back one column and erases
// what it moves back over, so "pay\bpal" reads "papal" to the reader and
// must read so to a filter too. Overstrike, which nroff uses for bold
// (A\bA) and underline (_\bA), reads the same way; a letter struck over an
// accent ('\be) is the accented letter (é), as a printer shows it.
//
// The cursor moves over display columns, as a terminal's does: East Asian
// wide and fullwidth characters take two (名\b名 is a bold 名, and so is
// 名\b\b名), so that overstruck CJK text decodes as a pager shows it.
package deletion

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"

	"github.com/unspin/unspin/internal/edit"
)

// cell is a character on the current line: where it starts in the text,
// what the reader sees there, its display column and width, and whether it
// has been struck over since the cursor last moved back across it.
// Unicode tag characters take no column: no terminal draws them and nroff
// never writes them, so a backspace after one erases the character before
// it ("go" + hidden tags + "\b\b"), and the tags stay for their own pass to
// read and report.
type cell struct { // 24 bytes: a line may be a whole document
	off    int
	r      rune
	col, w int32
	struck bool
}

// hidden reports a cell that takes no column: it is never erased.
func (c *cell) hidden() bool { return c.w == 0 }

// line is the terminal state of one line. cells[pending:] are the cells the
// cursor has moved back over: erased unless something is struck over them.
// An open region [start, …) is the stretch of text one edit will replace.
type line struct {
	cells   []cell
	pending int
	cur     int
	open    bool
	start   int
}

// Propose returns one edit per run of erased or overstruck text.
func Propose(text string) []edit.Edit {
	if !strings.ContainsAny(text, "\b\x7f") {
		return nil
	}
	var out []edit.Edit
	var ln line
	// close ends the open region at offset end: pending cells nothing was
	// struck over are erased, and the edit replaces the region with what
	// the reader sees of it.
	closeAt := func(end int) {
		ln.settle()
		if !ln.open {
			return
		}
		ln.open = false
		// The cells are in the order of the text: the region's are the
		// last ones, read from where it starts, not from the line's
		// start (a line of many erasures would be read once for each).
		first := len(ln.cells)
		for first > 0 && ln.cells[first-1].off >= ln.start {
			first--
		}
		var after strings.Builder
		struck := false
		for _, c := range ln.cells[first:] {
			after.WriteRune(c.r)
			struck = struck || c.struck
		}
		e := edit.Edit{Start: ln.start, End: end, Kind: edit.Deletion, After: after.String(),
			Reason: "deletion control erases the character before it"}
		if struck {
			e.Kind = edit.Overstrike
			e.Reason = "overstrike: characters printed over each other read as one"
		}
		out = append(out, e)
	}
	for i, fresh := 0, true; i < len(text); {
		if fresh {
			// Lines are read apart (no edit crosses one), and a line
			// with no control to read is left as it is: it goes to
			// its end unread, the state there (nothing open, nothing
			// held) the one its characters would have left.
			fresh = false
			end := strings.IndexByte(text[i:], '\n')
			if end < 0 {
				end = len(text) - i
			}
			if !strings.ContainsAny(text[i:i+end], "\b\x7f") {
				i += end
				continue
			}
		}
		r, w := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\b' || r == 0x7F:
			if !ln.open {
				ln.open, ln.start = true, i
			}
			from := ln.back()
			if from >= 0 && from < ln.start {
				ln.start = from
				// Moving back into what an earlier edit showed joins the
				// two: the second rewrites what the first made.
				for len(out) > 0 && out[len(out)-1].End > ln.start {
					ln.start = min(ln.start, out[len(out)-1].Start)
					out = out[:len(out)-1]
				}
			}
		case r == '\n' || r == utf8.RuneError && w == 1:
			// Never erase across lines, nor into bytes we cannot read.
			closeAt(i)
			ln = line{cells: ln.cells[:0]}
			fresh = r == '\n'
		case ln.pending < len(ln.cells) && ln.strike(r):
		default:
			if ln.open && ln.pending == len(ln.cells) || ln.pending < len(ln.cells) {
				closeAt(i)
			}
			ln.put(i, r)
		}
		i += w
	}
	closeAt(len(text))
	return out
}

// back moves the cursor one column left and returns the offset of the
// character it moved back into, if that one was not already pending (-1).
func (ln *line) back() int {
	if ln.cur == 0 {
		return -1
	}
	ln.cur--
	from := -1
	for ln.pending > 0 {
		c := &ln.cells[ln.pending-1]
		if int(c.col+c.w) <= ln.cur {
			break
		}
		ln.pending--
		c.struck = false
		from = c.off
	}
	return from
}

// strike prints r over the pending cell under the cursor: a character
// struck over itself is bold, over an underscore underlined, an accent
// under a letter the accented letter. It reports false where r is no such
// overstrike (then the pending cells are erased and r printed after).
func (ln *line) strike(r rune) bool {
	x := &ln.cells[ln.pending]
	c, ok := overstrike(x.r, r)
	if !ok {
		return false
	}
	x.r, x.struck = c, true
	x.w = max(x.w, int32(columns(c)))
	// What the struck character now covers is part of it (an underline
	// drawn with one underscore per column: __\b\b名).
	end := ln.pending + 1
	for end < len(ln.cells) && ln.cells[end].col < x.col+x.w && overstruck(ln.cells[end].r, c) {
		end++
	}
	ln.cells = append(ln.cells[:ln.pending+1], ln.cells[end:]...)
	ln.cur = min(ln.cur+columns(r), int(x.col+x.w))
	if ln.cur >= int(x.col+x.w) {
		ln.pending++
	}
	return true
}

// overstruck reports whether x struck over by y reads as y.
func overstruck(x, y rune) bool {
	c, ok := overstrike(x, y)
	return ok && c == y
}

// settle erases the pending cells nothing was struck over and leaves the
// cursor after the last character.
func (ln *line) settle() {
	kept := ln.cells[:ln.pending]
	for _, c := range ln.cells[ln.pending:] {
		if c.struck || c.hidden() {
			kept = append(kept, c)
		}
	}
	ln.cells = kept
	ln.pending = len(kept)
	ln.cur = 0
	if n := len(kept); n > 0 {
		ln.cur = int(kept[n-1].col + kept[n-1].w)
	}
}

// put prints r at the end of the line.
func (ln *line) put(off int, r rune) {
	w := columns(r)
	ln.cells = append(ln.cells, cell{off: off, r: r, col: int32(ln.cur), w: int32(w)})
	ln.cur += w
	ln.pending = len(ln.cells)
}

// columns is the number of display columns r takes: two for East Asian
// wide and fullwidth characters, one for the rest. Combining marks and
// format characters count one, as nroff counts them: it backspaces over
// each (-\b-\u2060\b\u2060 is a bold hyphen and a bold word joiner).
func columns(r rune) int {
	if r < 0x1100 {
		return 1
	}
	if 0xE0000 <= r && r <= 0xE007F {
		return 0 // tags
	}
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth:
		return 2
	}
	return 1
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
