// Package chunk cuts a text stream into units that are cleaned independently,
// so that arbitrarily large inputs can be processed in memory proportional to
// the unit size rather than the input size.
//
// Cuts are placed where independent cleaning is least likely to change the
// result: after a paragraph break if possible, else after a line break, else
// after a space or tab, else at a UTF-8 rune boundary. Concatenating the units
// always reproduces the input byte for byte.
package chunk

import (
	"errors"
	"io"
	"unicode/utf8"
)

// DefaultMax is the unit size used when Split is given max <= 0. 1 MiB keeps
// memory small while letting almost every ordinary document be a single unit.
const DefaultMax = 1 << 20

// lookahead is how many bytes beyond max are buffered. One byte is enough to
// tell whether a cut at max would fall between "\r" and "\n" or inside a rune;
// utf8.UTFMax-1 more lets a rune straddling max be kept whole when it cannot
// be cut before.
const lookahead = utf8.UTFMax

// Split reads r and calls yield with consecutive units whose concatenation is
// exactly the input, byte for byte.
//
// Each unit is at most max bytes, except that a cut never splits a UTF-8
// sequence or a "\r\n" pair; when no acceptable cut exists at or before max
// (only possible for max < 4), the unit is extended past max by at most 3
// bytes. Searching backwards from max within the buffered window, the cut is
// placed, in order of preference:
//
//  1. right after a paragraph break: a blank line ("\n\n", "\r\n\r\n",
//     "\r\r", or a line holding only spaces and tabs);
//  2. right after a line break ("\n", "\r\n" kept whole, or a lone "\r");
//  3. right after a space or tab;
//  4. at a UTF-8 rune boundary (an invalid byte counts as a one-byte rune).
//
// The preference is strict: the last paragraph break in the window wins over
// any later line break, even if that makes the unit short, because cutting
// mid-paragraph is what independent cleaning handles worst.
//
// Input of at most max bytes is yielded as one unit, so ordinary documents are
// cleaned whole. Empty input yields no units.
//
// The slice passed to yield aliases Split's internal buffer: it is valid only
// during the call and must not be retained (copy it if needed). Its capacity
// is clipped, so appending to it cannot overwrite buffered input.
//
// If yield returns an error, Split stops and returns it. A read error other
// than io.EOF is returned as is; the units yielded before it are then a prefix
// of the input. Memory use is O(max), independent of input size.
func Split(r io.Reader, max int, yield func(unit []byte) error) error {
	if max <= 0 {
		max = DefaultMax
	}
	buf := make([]byte, max+lookahead)
	n := 0
	eof := false
	for {
		if !eof && n < len(buf) {
			m, err := io.ReadFull(r, buf[n:])
			n += m
			switch {
			case err == nil:
			case errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF):
				eof = true
			default:
				return err
			}
		}
		if eof && n <= max {
			if n == 0 {
				return nil
			}
			return yield(buf[:n:n])
		}
		// Here n > max, so buf[max] exists as lookahead for findCut.
		c := findCut(buf[:n], max)
		if err := yield(buf[:c:c]); err != nil {
			return err
		}
		n = copy(buf, buf[c:n])
	}
}

// findCut returns the end of the next unit in w, where len(w) > max. The
// result is in [1, max], or in (max, max+3] if w starts with a "\r\n" or a
// multi-byte rune that crosses max.
func findCut(w []byte, max int) int {
	lineCut, spaceCut := 0, 0
	// One backward pass: return at the first (last in the window) paragraph
	// break, remembering the last line break and space seen on the way.
	for c := max; c > 0; c-- {
		switch w[c-1] {
		case '\r':
			if w[c] == '\n' {
				continue // never split "\r\n"
			}
			fallthrough
		case '\n':
			if blankLineEndsAt(w, c) {
				return c
			}
			if lineCut == 0 {
				lineCut = c
			}
		case ' ', '\t':
			if spaceCut == 0 {
				spaceCut = c
			}
		}
	}
	if lineCut > 0 {
		return lineCut
	}
	if spaceCut > 0 {
		return spaceCut
	}
	return runeCut(w, max)
}

// blankLineEndsAt reports whether w[:c], which ends with a line break, ends
// with a line break, optional spaces and tabs, and another line break.
func blankLineEndsAt(w []byte, c int) bool {
	i := c - 1 // last byte of the final line break
	if w[i] == '\n' && i > 0 && w[i-1] == '\r' {
		i-- // "\r\n" is a single line break
	}
	i--
	for i >= 0 && (w[i] == ' ' || w[i] == '\t') {
		i--
	}
	return i >= 0 && (w[i] == '\n' || w[i] == '\r')
}

// runeCut returns the largest rune boundary c in [1, max] that does not split
// "\r\n", or, when there is none, the smallest one after max.
func runeCut(w []byte, max int) int {
	c := max
	if w[c-1] == '\r' && w[c] == '\n' {
		if c > 1 {
			return c - 1 // "\r" is ASCII, so c-1 is a rune boundary
		}
		return c + 1
	}
	if utf8.RuneStart(w[c]) {
		return c
	}
	// w[c] is a continuation byte. It is inside a rune only if a lead byte at
	// most 3 bytes back starts a valid sequence reaching past c; otherwise it
	// is a stray byte and therefore its own one-byte rune.
	for j := c - 1; j >= 0 && j >= c-(utf8.UTFMax-1); j-- {
		if !utf8.RuneStart(w[j]) {
			continue
		}
		// Invalid sequences decode with size 1, ASCII too; only a valid
		// multi-byte rune has size > 1.
		if _, size := utf8.DecodeRune(w[j:]); size > 1 && j+size > c {
			if j > 0 {
				return j
			}
			return size // the rune starts the window: keep it whole
		}
		break
	}
	return c
}
