package jsonl

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"math/bits"
	"math/rand/v2"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/tidwall/gjson"
)

// FuzzScan: scan takes a line as valid JSON exactly where gjson does (and
// it nests no deeper than MaxNesting), and finds the members gjson finds,
// keys and raw values alike.
func FuzzScan(f *testing.F) {
	for _, s := range []string{
		`{"text":"a","id":1}`, `{"a":{"b":[1,2,{"c":null}]},"t":"x\"y","e":[],"o":{}}`, ` {"k" : -0.5e+3 , "l":true} `,
		`{"x":"\u00e9\ud800"}`, "{\"x\":\"raw \xff\"}", `[1,2]`, `"s"`, `{"a":01}`, `{"a":1,}`, `{"a" 1}`, `{"a":"\q"}`,
		"{\"a\":\"tab\there\"}", `{"t\u0065xt":"y"}`, `{}`, `{"a":[[]],"b":{"c":{}}}`, `{"a":1} x`, `{"a":tru}`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		b := []byte(s)
		var sc scratch
		obj, err := scan(b, &sc, "t")
		want := gjson.ValidBytes(b) && Nesting(b) <= MaxNesting
		if got := err == nil || err == errNotObject; got != want {
			t.Fatalf("%q: scan says valid %v (%v), gjson %v", s, got, err, want)
		}
		if err != nil {
			return
		}
		var keys, values [][]byte
		gjson.ParseBytes(b).ForEach(func(k, v gjson.Result) bool {
			keys = append(keys, []byte(k.Raw))
			values = append(values, []byte(v.Raw))
			return true
		})
		if len(keys) != len(obj.members) {
			t.Fatalf("%q: %d members, gjson %d", s, len(obj.members), len(keys))
		}
		for i, m := range obj.members {
			key := b[m.keyStart:m.keyEnd]
			if !bytes.Equal(key, keys[i]) || !bytes.Equal(b[m.valStart:m.valEnd], values[i]) || m.str != (values[i][0] == '"') {
				t.Fatalf("%q: member %d is %s: %s, gjson %s: %s", s, i, key, b[m.valStart:m.valEnd], keys[i], values[i])
			}
		}
		// Each "t" string was decoded as it was checked, as decodeString
		// decodes its contents alone.
		k := 0
		for _, m := range obj.members {
			if m.name != isField || !m.str {
				continue
			}
			f := sc.fields[k]
			k++
			want, err := decodeString(b[m.valStart+1 : m.valEnd-1])
			if err != nil || f.s.text != want.text || f.at != m.valStart || f.end != m.valEnd {
				t.Fatalf("%q: field %q %v at %d..%d, decodeString %q %v (%v)", s, f.s.text, f.s.marks, f.at, f.end, want.text, want.marks, err)
			}
		}
		if k != len(sc.fields) {
			t.Fatalf("%q: %d fields decoded, %d found", s, len(sc.fields), k)
		}
		if b[obj.close] != '}' || b[obj.open] != '{' {
			t.Fatalf("%q: object at %d..%d", s, obj.open, obj.close)
		}
	})
}

// TestStops: the word-at-a-time test finds the first byte stringStop
// marks, wherever it stands among the eight, and says there is none only
// where there is none; backslashes does the same for '\\' alone.
func TestStops(t *testing.T) {
	first := func(v uint64, stop func(byte) bool) int {
		for k := range 8 {
			if stop(byte(v >> (8 * k))) {
				return k
			}
		}
		return 8
	}
	check := func(v uint64) {
		t.Helper()
		if got, want := bits.TrailingZeros64(stops(v))>>3, first(v, func(c byte) bool { return stringStop[c] }); got != want {
			t.Fatalf("%#016x: stops finds byte %d, want %d", v, got, want)
		}
		if got, want := bits.TrailingZeros64(backslashes(v))>>3, first(v, func(c byte) bool { return c == '\\' }); got != want {
			t.Fatalf("%#016x: backslashes finds byte %d, want %d", v, got, want)
		}
	}
	for c := range 256 {
		for at := range 8 {
			w := []byte("abcdefgh")
			w[at] = byte(c)
			check(binary.LittleEndian.Uint64(w))
			for _, after := range []byte{0, 0x1f, '"', '\\', 0x80, 0xff} {
				for k := at + 1; k < 8; k++ {
					w2 := slices.Clone(w)
					w2[k] = after
					check(binary.LittleEndian.Uint64(w2))
				}
			}
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 1 << 20 {
		check(r.Uint64() & (0x7f7f7f7f7f7f7f7f | r.Uint64())) // more bytes near the stops
	}
}

// FuzzQuoted: the walk that checks and decodes the field takes a quoted
// string as valid exactly where encoding/json does, and decodes it to what
// encoding/json gives (which writes U+FFFD for each byte that is not UTF-8,
// and for an escaped lone surrogate, where unspin keeps the bytes); its
// marks cut the raw string and the text alike.
func FuzzQuoted(f *testing.F) {
	for _, s := range []string{
		`a`, `caf\u00e9`, `\ud800`, `\ud83d\ude00`, `\"\\\/\b\f\n\r\t`, "raw \xff", `\u00`, "tab\there", `a"b`,
		`a long run of plain ASCII text, then \n an escape and more text \u2014 and`, `\uDBFF\uDFFF`, `\ud800\u0041`,
		"sixteen bytes!!!\\", `0123456789abcdef0123456789abcdef"`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		q := append(append([]byte{'"'}, raw...), '"')
		var d decoder
		text, end, ok := d.quoted(q, 1)
		valid := ok && end == len(q)
		var want string
		jerr := json.Unmarshal(q, &want)
		if valid != (jerr == nil) {
			t.Fatalf("%q: valid %v (end %d of %d), encoding/json: %v", q, valid, end, len(q), jerr)
		}
		if !valid {
			return
		}
		if end, esc, ok := stringEnd(q, 1); !ok || end != len(q) || esc != bytes.Contains(raw, []byte{'\\'}) {
			t.Fatalf("%q: stringEnd %d %v %v", q, end, esc, ok)
		}
		got := text
		if !utf8.ValidString(text) {
			if surrogateEscape.Match(raw) {
				return // one U+FFFD from encoding/json where unspin keeps three bytes
			}
			var b strings.Builder
			for i := 0; i < len(text); {
				r, n := utf8.DecodeRuneInString(text[i:])
				b.WriteRune(r)
				i += n
			}
			got = b.String()
		}
		if got != want {
			t.Fatalf("%q: decoded %q, encoding/json %q", q, got, want)
		}
		s, err := decodeString(raw)
		if err != nil || s.text != text {
			t.Fatalf("%q: decodeString %q (%v), quoted %q", q, s.text, err, text)
		}
		for _, m := range s.marks {
			if p, err := decodeString(raw[:m.raw]); err != nil || p.text != text[:m.dec] {
				t.Fatalf("%q: mark %v: %q decodes to %q (%v), want %q", q, m, raw[:m.raw], p.text, err, text[:m.dec])
			}
		}
	})
}

var surrogateEscape = regexp.MustCompile(`\\u[dD][89a-fA-F]`)
