package jsonl

import (
	"bytes"
	"errors"
	"slices"
	"sort"
	"strconv"
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
	// offsets after it. Between marks, both advance together.
	marks []mark
}

type mark struct{ dec, raw int }

var errBadString = errors.New("malformed JSON string")

// simpleEscapes maps the letter after a backslash to the byte it stands for.
var simpleEscapes = [256]byte{'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}

// decodeString decodes raw, the contents of a JSON string without its
// quotes. The marks are made later, by splice, for the few texts that
// receive an edit.
func decodeString(raw []byte) (rawString, error) { return decode(raw, false) }

// decode decodes raw, with its marks where withMarks is set.
func decode(raw []byte, withMarks bool) (rawString, error) {
	s := rawString{raw: raw}
	if bytes.IndexByte(raw, '\\') < 0 {
		s.text = string(raw)
		return s, nil
	}
	out := make([]byte, 0, len(raw))
	if withMarks {
		s.marks = make([]mark, 0, bytes.Count(raw, backslash)) // one a backslash at most
	}
	for i := 0; i < len(raw); {
		j := bytes.IndexByte(raw[i:], '\\')
		if j < 0 {
			out = append(out, raw[i:]...)
			break
		}
		out = append(out, raw[i:i+j]...)
		i += j
		if i+1 >= len(raw) {
			return s, errBadString
		}
		switch c := raw[i+1]; c {
		case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
			out = append(out, simpleEscapes[c])
			i += 2
		case 'u':
			r, ok := hex4(raw, i+2)
			if !ok {
				return s, errBadString
			}
			i += 6
			if utf16.IsSurrogate(r) {
				if r < 0xDC00 && i+6 <= len(raw) && raw[i] == '\\' && raw[i+1] == 'u' {
					if r2, ok := hex4(raw, i+2); ok && r2 >= 0xDC00 && r2 <= 0xDFFF {
						out = utf8.AppendRune(out, utf16.DecodeRune(r, r2))
						i += 6
						break
					}
				}
				// A lone surrogate: its WTF-8 bytes, invalid UTF-8.
				out = append(out, 0xE0|byte(r>>12), 0x80|byte(r>>6)&0x3F, 0x80|byte(r)&0x3F)
				break
			}
			out = utf8.AppendRune(out, r)
		default:
			return s, errBadString
		}
		if withMarks {
			s.marks = append(s.marks, mark{len(out), i})
		}
	}
	// out is not written again: the text can be it, without a copy.
	s.text = unsafe.String(unsafe.SliceData(out), len(out))
	return s, nil
}

var backslash = []byte{'\\'}

func hex4(b []byte, i int) (rune, bool) {
	if i+4 > len(b) {
		return 0, false
	}
	v, err := strconv.ParseUint(string(b[i:i+4]), 16, 16)
	return rune(v), err == nil
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
		// The marks are found in raw, decoded once already: they
		// need the decoded offsets, not the text again.
		s.marks = marksOf(s.raw)
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

// marksOf returns the marks decode gives raw, a string that decodes
// without error, without writing the decoded text.
func marksOf(raw []byte) []mark {
	marks := make([]mark, 0, bytes.Count(raw, backslash)) // one a backslash at most
	dec := 0
	for i := 0; i < len(raw); {
		j := bytes.IndexByte(raw[i:], '\\')
		if j < 0 || i+j+1 >= len(raw) {
			break
		}
		dec += j
		i += j
		if raw[i+1] != 'u' {
			dec++
			i += 2
		} else {
			r, _ := hex4(raw, i+2)
			i += 6
			n := utf8.RuneLen(r)
			if utf16.IsSurrogate(r) {
				n = 3 // a lone surrogate's WTF-8 bytes
				if r < 0xDC00 && i+6 <= len(raw) && raw[i] == '\\' && raw[i+1] == 'u' {
					if r2, ok := hex4(raw, i+2); ok && r2 >= 0xDC00 && r2 <= 0xDFFF {
						n = utf8.RuneLen(utf16.DecodeRune(r, r2))
						i += 6
					}
				}
			}
			dec += n
		}
		marks = append(marks, mark{dec, i})
	}
	return marks
}

type replacement struct {
	start, end int
	text       string
}
