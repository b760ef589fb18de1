package jsonl

import (
	"bytes"
	"errors"
	"math/bits"
	"slices"
	"sort"
	"unicode/utf16"
	"unicode/utf8"
	"unsafe"

	"github.com/unspin/unspin"
	"github.com/unspin/unspin/internal/jsontext"
)

// A JSON string is decoded so that nothing is lost: raw bytes that are not
// UTF-8 stay as they are, and an escaped lone surrogate (\ud800), which has
// no UTF-8 form, becomes its WTF-8 bytes (ED A0 80). Both are then invalid
// UTF-8 to the cleaner, which never edits such bytes. The edits are spliced
// into the raw string, so every byte of it that no edit touches (escapes
// included) is written back as it came.

// rawString is a decoded JSON string and the way back to its raw bytes.
type rawString struct {
	raw  []byte // the string's contents between the quotes, as they came
	text string // decoded
	// marks map decoded offsets to raw ones: at each escape's end, the
	// offsets after it. Between marks, both advance together. The walk
	// that decodes makes them; the field's, only once it has an edit.
	marks []mark
}

type mark struct{ dec, raw int }

var errBadString = errors.New("malformed JSON string")

// simpleEscapes maps the letter after a backslash to the byte it stands for.
var simpleEscapes = [256]byte{'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}

// decodeString decodes raw, the contents of a JSON string without its
// quotes, with its marks. Only escapes are read: a quote or a control
// character in raw is taken as it is.
func decodeString(raw []byte) (rawString, error) {
	var marks []mark
	out, _, ok := walk(make([]byte, len(raw)+8), raw, 0, false, &marks)
	if !ok {
		return rawString{raw: raw}, errBadString
	}
	// out is not written again: the text can be it, without a copy.
	return rawString{raw: raw, text: unsafe.String(unsafe.SliceData(out), len(out)), marks: marks}, nil
}

// decoder decodes JSON strings, each straight into the text it becomes.
type decoder struct {
	// texts holds the texts decoded so far, never written again (they
	// are strings now), and room for more: one allocation serves many
	// short texts, where each was one and a copy.
	texts []byte
}

// textSlab is the room made for texts at a time.
const textSlab = 64 << 10

// quoted checks and decodes the string whose contents start at b[i], to
// its closing quote. It returns the text (a string of its own, which
// keeps the texts decoded with it in memory) and the index after the
// quote. The marks are not made: most texts receive no edit, and on a
// text of many escapes they were larger than the text (splice makes them
// where they are needed).
func (d *decoder) quoted(b []byte, i int) (text string, end int, ok bool) {
	if need := len(b) - i + 8; cap(d.texts)-len(d.texts) < need {
		d.texts = make([]byte, 0, max(textSlab, need))
	}
	out, end, ok := walk(d.texts[len(d.texts):cap(d.texts)], b, i, true, nil)
	if !ok {
		return "", end, false
	}
	d.texts = d.texts[:len(d.texts)+len(out)]
	return unsafe.String(unsafe.SliceData(out), len(out)), end, true
}

// walk decodes from b[i] into out, which must be as long as b[i:] and a
// word more: strict, a string's contents to their closing quote, which it
// checks as stringEnd does; else all of b, escapes alone read. It is the
// one walk over escapes: the text and the marks that map it back to the
// raw bytes are made together, where marks is not nil (appended to it).
// It returns the text (at the start of out) and the index after the quote
// (or len(b)). The bytes of out past the text may be written too.
func walk(out, b []byte, i int, strict bool, marks *[]mark) (text []byte, end int, ok bool) {
	start := i
	// The text is never longer than the raw bytes (an escape is as long
	// as what it stands for or longer), so out takes every word written
	// whole.
	if len(out) < len(b)-i+8 {
		panic("jsonl: decoding into too short a buffer")
	}
	src, dst := unsafe.Pointer(unsafe.SliceData(b)), unsafe.Pointer(unsafe.SliceData(out))
	o := 0 // len of the text
	for {
		// Sixteen bytes at a time, then eight: each word is copied
		// whole, and the text goes on from the first stop in it. The
		// checks above keep every word within b and out.
		for i+16 <= len(b) {
			v, w := load64(src, i), load64(src, i+8)
			store64(dst, o, v)
			store64(dst, o+8, w)
			var mv, mw uint64
			if strict {
				mv, mw = stops(v), stops(w)
			} else {
				mv, mw = backslashes(v), backslashes(w)
			}
			if mv|mw != 0 {
				k := 8 + bits.TrailingZeros64(mw)>>3
				if mv != 0 {
					k = bits.TrailingZeros64(mv) >> 3
				}
				i, o = i+k, o+k
				goto stop
			}
			i, o = i+16, o+16
		}
		if i+8 <= len(b) {
			v := load64(src, i)
			store64(dst, o, v)
			m := backslashes(v)
			if strict {
				m = stops(v)
			}
			if m != 0 {
				k := bits.TrailingZeros64(m) >> 3
				i, o = i+k, o+k
				goto stop
			}
			i, o = i+8, o+8
		}
		for i < len(b) && b[i] != '\\' && !(strict && stringStop[b[i]]) {
			out[o] = b[i]
			i, o = i+1, o+1
		}
		if i == len(b) {
			return out[:o], i, !strict
		}
	stop:
		if b[i] != '\\' {
			// strict: the closing quote, or a control character, which
			// JSON allows only escaped.
			return out[:o], i + 1, b[i] == '"'
		}
		if i+1 >= len(b) {
			return nil, 0, false
		}
		switch c := b[i+1]; {
		case simpleEscapes[c] != 0:
			out[o] = simpleEscapes[c]
			i, o = i+2, o+1
		case c == 'u':
			r, ok := hex4(b, i+2)
			if !ok {
				return nil, 0, false
			}
			i += 6
			if utf16.IsSurrogate(r) {
				if r < 0xDC00 && i+6 <= len(b) && b[i] == '\\' && b[i+1] == 'u' {
					if r2, ok := hex4(b, i+2); ok && r2 >= 0xDC00 && r2 <= 0xDFFF {
						o += utf8.EncodeRune(out[o:], utf16.DecodeRune(r, r2))
						i += 6
						break
					}
				}
				// A lone surrogate: its WTF-8 bytes, invalid UTF-8.
				out[o], out[o+1], out[o+2] = 0xE0|byte(r>>12), 0x80|byte(r>>6)&0x3F, 0x80|byte(r)&0x3F
				o += 3
				break
			}
			o += utf8.EncodeRune(out[o:], r)
		default:
			return nil, 0, false
		}
		if marks != nil {
			*marks = append(*marks, mark{o, i - start})
		}
	}
}

// hex4 reads the four hexadecimal digits at b[i:].
func hex4(b []byte, i int) (rune, bool) {
	if i+4 > len(b) {
		return 0, false
	}
	var r rune
	for _, c := range b[i : i+4] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c -= 'a' - 10
		case 'A' <= c && c <= 'F':
			c -= 'A' - 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	return r, true
}

// rawOffset maps a decoded offset that lies on a character boundary to
// the raw one.
func (s *rawString) rawOffset(dec int) int {
	k := sort.Search(len(s.marks), func(k int) bool { return s.marks[k].dec > dec })
	if k == 0 {
		return dec
	}
	m := s.marks[k-1]
	return m.raw + dec - m.dec
}

// splice returns the raw contents with each span [start, end) of the
// decoded text (sorted, not overlapping) replaced by the JSON form of its
// replacement.
func (s *rawString) splice(spans []replacement) []byte {
	if len(spans) == 0 {
		return s.raw
	}
	return s.appendSplice(nil, len(spans), func(k int) (int, int, string) {
		return spans[k].start, spans[k].end, spans[k].text
	})
}

// appendSpliceEdits appends the raw contents with the edits of a report
// on s.text spliced in: straight into the output line, where a list of
// spans and a spliced copy were each as large as the report and the text.
func (s *rawString) appendSpliceEdits(dst []byte, edits []unspin.Edit) []byte {
	return s.appendSplice(dst, len(edits), func(k int) (int, int, string) {
		return edits[k].Start, edits[k].End, edits[k].After
	})
}

// appendSplice appends the raw contents with the n spans span gives (of
// the decoded text, sorted, apart) replaced by their texts, escaped.
func (s *rawString) appendSplice(dst []byte, n int, span func(k int) (start, end int, text string)) []byte {
	if n > 0 && s.marks == nil && bytes.IndexByte(s.raw, '\\') >= 0 {
		// Made here, for the few texts that receive an edit, by the walk
		// that decoded the text.
		d, err := decodeString(s.raw)
		if err != nil {
			panic("jsonl: a decoded string no longer decodes")
		}
		s.marks = d.marks
	}
	dst = slices.Grow(dst, len(s.raw)+16*n)
	last := 0
	for k := range n {
		start, end, text := span(k)
		a, b := s.rawOffset(start), s.rawOffset(end)
		dst = append(dst, s.raw[last:a]...)
		dst = jsontext.AppendEscaped(dst, text)
		last = b
	}
	return append(dst, s.raw[last:]...)
}

type replacement struct {
	start, end int
	text       string
}
