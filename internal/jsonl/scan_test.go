package jsonl

import (
	"bytes"
	"encoding/binary"
	"math/rand/v2"
	"testing"

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
		obj, err := scan(b, nil)
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
			key := b[m.keyStart : m.keyStart+len(m.key)+2]
			if !bytes.Equal(key, keys[i]) || !bytes.Equal(b[m.valStart:m.valEnd], values[i]) || m.str != (values[i][0] == '"') {
				t.Fatalf("%q: member %d is %s: %s, gjson %s: %s", s, i, key, b[m.valStart:m.valEnd], keys[i], values[i])
			}
		}
		if b[obj.close] != '}' || b[obj.open] != '{' {
			t.Fatalf("%q: object at %d..%d", s, obj.open, obj.close)
		}
	})
}

// TestHasStop: the word-at-a-time test finds every byte stringStop marks,
// wherever it stands among the eight, and no other.
func TestHasStop(t *testing.T) {
	for c := range 256 {
		for at := range 8 {
			w := []byte("abcdefgh")
			w[at] = byte(c)
			if got := hasStop(binary.LittleEndian.Uint64(w)); got != stringStop[c] {
				t.Fatalf("byte %#x at %d: hasStop %v", c, at, got)
			}
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 1 << 20 {
		v := r.Uint64() & (0x7f7f7f7f7f7f7f7f | r.Uint64()) // more bytes near the stops
		want := false
		for k := range 8 {
			want = want || stringStop[byte(v>>(8*k))]
		}
		if hasStop(v) != want {
			t.Fatalf("%#016x: hasStop %v", v, !want)
		}
	}
}
