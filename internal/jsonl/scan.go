package jsonl

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"github.com/unspin/unspin/internal/pages"
	"math/bits"
	"unsafe"

	"github.com/unspin/unspin"
)

// A purpose-built scanner reads a line once: it checks that the line is
// one valid JSON value (RFC 8259; bytes that are not UTF-8 are let through
// inside strings, as they are kept), without recursion and no deeper than
// MaxNesting, and notes where the members of the top-level object begin
// and end. Nothing is decoded but the keys that hold escapes, and nothing
// is re-encoded: the cleaner splices into the line's own bytes.

// member is one top-level member: its key, raw, and [start, end) of its
// value, in the line.
type member struct {
	keyStart, keyEnd, valStart, valEnd int // the key's quotes, the value
	name                               name
	str                                bool // the value is a string
}

// name is what a member's key (decoded) says to cleanLine.
type name uint8

const (
	isOther  name = iota
	isField       // the field scan was asked for
	isReport      // "unspin" (unless that is the field)
	isID          // "id" (unless that is the field)
)

// object is what scan learns of a line.
type object struct {
	members []member
	open    int // the '{' of the object
	close   int // its '}'
}

// scratch is what scan and cleanLine reuse from line to line: the members,
// the field's strings decoded, and the buffers they are decoded in.
type scratch struct {
	members []member
	fields  []field
	dec     decoder
	reports []unspin.Report // the reports handed out, and room for more
}

// reportSlab is how many reports are allocated at once.
const reportSlab = 64

// keep returns a copy of rep that stays: one allocation serves many
// reports (a report kept by Each keeps the others made with it in memory).
func (sc *scratch) keep(rep unspin.Report) *unspin.Report {
	if len(sc.reports) == cap(sc.reports) {
		// (Written before the collector scans it to its capacity: pages.)
		sc.reports = make([]unspin.Report, 0, reportSlab)
		pages.Write(sc.reports)
	}
	sc.reports = append(sc.reports, rep)
	return &sc.reports[len(sc.reports)-1]
}

var (
	errNotJSON   = errors.New("not valid JSON")
	errNotObject = errors.New("not a JSON object")
	errTooDeep   = fmt.Errorf("JSON nested deeper than %d levels", MaxNesting)
)

// scan checks that b is one JSON value, an object, and returns its
// top-level members. The string value of each top-level member named
// fieldName is decoded in the same walk that checks it, into sc.fields.
// The top-level object is read member by member; nested values, and a
// line that is not an object, go to valueEnd.
func scan(b []byte, sc *scratch, fieldName string) (object, error) {
	o := object{members: sc.members[:0]}
	sc.fields = sc.fields[:0]
	i := skipSpace(b, 0)
	if i == len(b) {
		return o, errNotJSON
	}
	if b[i] != '{' {
		end, err := valueEnd(b, i, 0)
		if err != nil {
			return o, err
		}
		if skipSpace(b, end) != len(b) {
			return o, errNotJSON
		}
		return o, errNotObject
	}
	o.open = i
	i = skipSpace(b, i+1)
	if i < len(b) && b[i] == '}' {
		o.close = i
		if skipSpace(b, i+1) != len(b) {
			return o, errNotJSON
		}
		return o, nil
	}
	for {
		// A key.
		if i == len(b) || b[i] != '"' {
			return o, errNotJSON
		}
		end, esc, ok := stringEnd(b, i+1)
		if !ok {
			return o, errNotJSON
		}
		m := member{keyStart: i, keyEnd: end, name: nameOf(keyName(b[i+1:end-1], esc), fieldName)}
		i = skipSpace(b, end)
		if i == len(b) || b[i] != ':' {
			return o, errNotJSON
		}
		i = skipSpace(b, i+1)
		if i == len(b) {
			return o, errNotJSON
		}
		// Its value.
		m.valStart = i
		switch c := b[i]; {
		case c == '"' && m.name == isField:
			// The field: checked and decoded at once.
			text, end, ok := sc.dec.quoted(b, i+1)
			if !ok {
				return o, errNotJSON
			}
			sc.fields = append(sc.fields, field{at: i, end: end, s: rawString{raw: b[i+1 : end-1], text: text}})
			i = end
		case c == '"':
			end, _, ok := stringEnd(b, i+1)
			if !ok {
				return o, errNotJSON
			}
			i = end
		default:
			end, err := valueEnd(b, i, 1)
			if err != nil {
				return o, err
			}
			i = end
		}
		m.valEnd = i
		m.str = b[m.valStart] == '"'
		o.members = append(o.members, m)
		sc.members = o.members // kept for the next line
		i = skipSpace(b, i)
		if i == len(b) {
			return o, errNotJSON
		}
		switch b[i] {
		case ',':
			i = skipSpace(b, i+1)
			continue
		case '}':
			o.close = i
			if skipSpace(b, i+1) != len(b) {
				return o, errNotJSON // something after the object
			}
			return o, nil
		}
		return o, errNotJSON
	}
}

// valueEnd checks the JSON value at b[i] (no space before it), inside
// depth open containers, without recursion and no deeper than MaxNesting,
// and returns the index after it.
func valueEnd(b []byte, i, depth int) (int, error) {
	// stack holds the open containers, '{' or '['; expect says what may
	// come next.
	var stackBuf [32]byte
	stack := stackBuf[:0]
	const (
		value    = iota // a value
		key             // a key
		colon           // ':' after a key
		after           // ',' or the container's end
		firstKey        // a key or '}'
		firstVal        // a value or ']'
	)
	expect := value
	for {
		if len(stack) > 0 || expect == value {
			i = skipSpace(b, i)
		}
		if len(stack) == 0 && expect == after {
			return i, nil
		}
		if i == len(b) {
			return 0, errNotJSON
		}
		c := b[i]
		switch expect {
		case value, firstVal:
			if expect == firstVal && c == ']' {
				stack = stack[:len(stack)-1]
				i++
				expect = after
				break
			}
			switch {
			case c == '"':
				end, _, ok := stringEnd(b, i+1)
				if !ok {
					return 0, errNotJSON
				}
				i = end
			case c == '{' || c == '[':
				if depth+len(stack) == MaxNesting {
					return 0, errTooDeep
				}
				stack = append(stack, c)
				i++
				if c == '{' {
					expect = firstKey
				} else {
					expect = firstVal
				}
				continue
			case c == '-' || '0' <= c && c <= '9':
				end, ok := numberEnd(b, i)
				if !ok {
					return 0, errNotJSON
				}
				i = end
			case c == 't' && bytes.HasPrefix(b[i:], []byte("true")):
				i += 4
			case c == 'f' && bytes.HasPrefix(b[i:], []byte("false")):
				i += 5
			case c == 'n' && bytes.HasPrefix(b[i:], []byte("null")):
				i += 4
			default:
				return 0, errNotJSON
			}
			expect = after
		case key, firstKey:
			if expect == firstKey && c == '}' {
				stack = stack[:len(stack)-1]
				i++
				expect = after
				break
			}
			if c != '"' {
				return 0, errNotJSON
			}
			end, _, ok := stringEnd(b, i+1)
			if !ok {
				return 0, errNotJSON
			}
			i = end
			expect = colon
		case colon:
			if c != ':' {
				return 0, errNotJSON
			}
			i++
			expect = value
		case after:
			top := stack[len(stack)-1]
			switch {
			case c == ',':
				i++
				if top == '{' {
					expect = key
				} else {
					expect = value
				}
			case c == '}' && top == '{' || c == ']' && top == '[':
				stack = stack[:len(stack)-1]
				i++
			default:
				return 0, errNotJSON
			}
		}
	}
}

func skipSpace(b []byte, i int) int {
	for i < len(b) && b[i] <= ' ' && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

// stringEnd returns the index after the closing quote of the string whose
// contents start at i, and whether they hold an escape.
func stringEnd(b []byte, i int) (end int, esc, ok bool) {
	for {
		// Eight bytes at a time to the next stop, and the stop's place
		// from the word: no byte is looked at twice.
		i += skipToStop(b[i:])
		if i+8 <= len(b) {
			goto stop
		}
		for i < len(b) && !stringStop[b[i]] {
			i++
		}
		if i == len(b) {
			return 0, esc, false
		}
	stop:
		switch b[i] {
		case '"':
			return i + 1, esc, true
		case '\\':
			n := escapeLen(b, i)
			if n == 0 {
				return 0, esc, false
			}
			i += n
			esc = true
		default:
			return 0, esc, false // a control character, which must be escaped
		}
	}
}

// escapeLen is the length of the escape at b[i] (a backslash), 0 where it
// is not one JSON allows.
func escapeLen(b []byte, i int) int {
	if i+1 >= len(b) {
		return 0
	}
	switch b[i+1] {
	case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
		return 2
	case 'u':
		if _, ok := hex4(b, i+2); ok {
			return 6
		}
	}
	return 0
}

// stringStop marks the bytes a string's contents stop at: its end, an
// escape, and control characters, which JSON allows only escaped.
var stringStop = func() (t [256]bool) {
	for c := range 0x20 {
		t[c] = true
	}
	t['"'], t['\\'] = true, true
	return t
}()

const ones, highs = 0x0101010101010101, 0x8080808080808080

// stops returns, for the eight bytes of v (the first in its low byte), a
// word whose lowest set bit is the high bit of the first byte stringStop
// marks (0: none is). Each test is the classic "a byte below k" one,
// (v - k·ones) &^ v & highs, on v (bytes below 0x20) and on v with '"' and
// '\\' turned into zeros: a borrow reaches only bytes above the first one
// found, so the lowest bit is exact, though the ones above it need not be.
// A byte of v's own high bit set is beyond all three.
func stops(v uint64) uint64 {
	quote, backslash := v^(ones*'"'), v^(ones*'\\')
	return ((v - ones*0x20) | (quote - ones) | (backslash - ones)) &^ v & highs
}

// skipToStop returns the index of the first byte in b that stringStop
// marks, or of the last whole word's end where none is before it, reading
// two words at a time.
func skipToStop(b []byte) int {
	p := unsafe.Pointer(unsafe.SliceData(b))
	n := 0
	for ; n+16 <= len(b); n += 16 {
		if mv, mw := stops(load64(p, n)), stops(load64(p, n+8)); mv|mw != 0 {
			if mv != 0 {
				return n + bits.TrailingZeros64(mv)>>3
			}
			return n + 8 + bits.TrailingZeros64(mw)>>3
		}
	}
	if n+8 <= len(b) {
		if m := stops(load64(p, n)); m != 0 {
			return n + bits.TrailingZeros64(m)>>3
		}
		n += 8
	}
	return n
}

// load64 reads the eight bytes at p+n, the first in the low byte; the
// caller has checked that they lie within its slice.
func load64(p unsafe.Pointer, n int) uint64 {
	return binary.LittleEndian.Uint64((*[8]byte)(unsafe.Add(p, n))[:])
}

// store64 writes v to the eight bytes at p+n, its low byte first; the
// caller has checked that they lie within its slice.
func store64(p unsafe.Pointer, n int, v uint64) {
	binary.LittleEndian.PutUint64((*[8]byte)(unsafe.Add(p, n))[:], v)
}

// backslashes is stops for the backslash alone.
func backslashes(v uint64) uint64 {
	x := v ^ (ones * '\\')
	return (x - ones) &^ x & highs
}

// numberEnd returns the end of the number that starts at i (RFC 8259:
// -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?).
func numberEnd(b []byte, i int) (int, bool) {
	if b[i] == '-' {
		i++
	}
	digits := func() bool {
		start := i
		for i < len(b) && '0' <= b[i] && b[i] <= '9' {
			i++
		}
		return i > start
	}
	switch {
	case i < len(b) && b[i] == '0':
		i++
	case !digits():
		return 0, false
	}
	if i < len(b) && b[i] == '.' {
		i++
		if !digits() {
			return 0, false
		}
	}
	if i < len(b) && (b[i] == 'e' || b[i] == 'E') {
		i++
		if i < len(b) && (b[i] == '+' || b[i] == '-') {
			i++
		}
		if !digits() {
			return 0, false
		}
	}
	return i, true
}

// keyName returns what a raw key means: its bytes where it holds no
// escape, decoded where it does ("t\u0065xt" is "text" to every decoder,
// and must be cleaned as one); nil where it does not decode.
// nameOf says what a decoded key names (nil: a key that does not decode).
func nameOf(key []byte, fieldName string) name {
	switch {
	case key == nil:
		return isOther
	case string(key) == fieldName:
		return isField
	case string(key) == "unspin":
		return isReport
	case string(key) == "id":
		return isID
	}
	return isOther
}

func keyName(raw []byte, esc bool) []byte {
	if !esc {
		return raw
	}
	s, err := decodeString(raw)
	if err != nil {
		return nil
	}
	return []byte(s.text)
}
