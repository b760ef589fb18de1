package jsonl

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
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
	keyStart, valStart, valEnd int
	key                        []byte // the raw key, without quotes
	str                        bool   // the value is a string
}

// object is what scan learns of a line.
type object struct {
	members []member
	open    int // the '{' of the object
	close   int // its '}'
}

var (
	errNotJSON   = errors.New("not valid JSON")
	errNotObject = errors.New("not a JSON object")
	errTooDeep   = fmt.Errorf("JSON nested deeper than %d levels", MaxNesting)
)

// scan checks that b is one JSON value, an object, and returns its
// top-level members.
func scan(b []byte, members []member) (object, error) {
	o := object{members: members[:0]}
	i := skipSpace(b, 0)
	if i == len(b) {
		return o, errNotJSON
	}
	isObject := b[i] == '{'
	o.open = i
	// stack holds the open containers, '{' or '['; expect says what may
	// come next.
	var stackBuf [32]byte
	stack := stackBuf[:0]
	const (
		value    = iota // a value
		key             // a key (or '}' where the object is empty)
		colon           // ':' after a key
		after           // ',' or the container's end
		firstKey        // a key or '}'
		firstVal        // a value or ']'
	)
	expect := value
	var cur member // the top-level member being read
	// pop closes the container at i; one that was a top-level member's
	// value ends that member.
	pop := func() {
		stack = stack[:len(stack)-1]
		i++
		expect = after
		switch {
		case len(stack) == 0:
			o.close = i - 1
		case len(stack) == 1 && stack[0] == '{':
			cur.valEnd = i
			o.members = append(o.members, cur)
		}
	}
	for {
		i = skipSpace(b, i)
		if i == len(b) {
			if len(stack) == 0 && expect == after {
				break
			}
			return o, errNotJSON
		}
		c := b[i]
		switch expect {
		case value, firstVal:
			if expect == firstVal && c == ']' {
				pop()
				break
			}
			top := len(stack) == 1 && stack[0] == '{' // a top-level member's value
			start := i
			switch {
			case c == '"':
				end, ok := stringEnd(b, i+1)
				if !ok {
					return o, errNotJSON
				}
				i = end
				cur.str = top
			case c == '{' || c == '[':
				if len(stack) == MaxNesting {
					return o, errTooDeep
				}
				stack = append(stack, c)
				i++
				if c == '{' {
					expect = firstKey
				} else {
					expect = firstVal
				}
				if top {
					cur.valStart = start
				}
				continue
			case c == '-' || '0' <= c && c <= '9':
				end, ok := numberEnd(b, i)
				if !ok {
					return o, errNotJSON
				}
				i = end
			case c == 't' && bytes.HasPrefix(b[i:], []byte("true")):
				i += 4
			case c == 'f' && bytes.HasPrefix(b[i:], []byte("false")):
				i += 5
			case c == 'n' && bytes.HasPrefix(b[i:], []byte("null")):
				i += 4
			default:
				return o, errNotJSON
			}
			if top {
				cur.valStart, cur.valEnd = start, i
				o.members = append(o.members, cur)
			}
			expect = after
		case key, firstKey:
			if expect == firstKey && c == '}' {
				pop()
				break
			}
			if c != '"' {
				return o, errNotJSON
			}
			end, ok := stringEnd(b, i+1)
			if !ok {
				return o, errNotJSON
			}
			if len(stack) == 1 {
				cur = member{keyStart: i, key: b[i+1 : end-1]}
			}
			i = end
			expect = colon
		case colon:
			if c != ':' {
				return o, errNotJSON
			}
			i++
			expect = value
		case after:
			if len(stack) == 0 {
				return o, errNotJSON // something after the value
			}
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
				pop()
			default:
				return o, errNotJSON
			}
		}
	}
	if !isObject {
		return o, errNotObject
	}
	return o, nil
}

func skipSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

// stringEnd returns the index after the closing quote of the string whose
// contents start at i.
func stringEnd(b []byte, i int) (int, bool) {
	for i < len(b) {
		for i+8 <= len(b) && !hasStop(binary.LittleEndian.Uint64(b[i:])) {
			i += 8
		}
		for i < len(b) && !stringStop[b[i]] {
			i++
		}
		if i == len(b) {
			return 0, false
		}
		switch b[i] {
		case '"':
			return i + 1, true
		case '\\':
		default:
			return 0, false // a control character, which must be escaped
		}
		if i+1 >= len(b) {
			return 0, false
		}
		switch b[i+1] {
		case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
			i += 2
		case 'u':
			if i+6 > len(b) || !isHex(b[i+2]) || !isHex(b[i+3]) || !isHex(b[i+4]) || !isHex(b[i+5]) {
				return 0, false
			}
			i += 6
		default:
			return 0, false
		}
	}
	return 0, false
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

// hasStop reports whether any of the eight bytes in v is one that
// stringStop marks (word-at-a-time tests: a byte below 0x20, a byte equal
// to '"' or to '\\').
func hasStop(v uint64) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	quote, backslash := v^(ones*'"'), v^(ones*'\\')
	return ((v-ones*0x20)&^v|(quote-ones)&^quote|(backslash-ones)&^backslash)&highs != 0
}

func isHex(c byte) bool { return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F' }

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
func keyName(raw []byte) []byte {
	if bytes.IndexByte(raw, '\\') < 0 {
		return raw
	}
	s, err := decodeString(raw)
	if err != nil {
		return nil
	}
	return []byte(s.text)
}
