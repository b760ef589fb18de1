package unspin

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestBidiShownAsRead builds random lines of Latin words, digits, symbols
// and brackets holding at least one isolate (no right-to-left letters), and
// asks that each comes back showing what an editor shows of the input, with
// no override left and nothing more to clean: such a line is written in the
// order the reader sees (rules B2, BIDI-PAIR-TOGETHER). Lines without an
// isolate are not asked: overrides are read one at a time as the spoofer
// meant them (B1), and rule B4 drops an embedding or mark inside a word
// although it may move a neighbouring neutral character.
func TestBidiShownAsRead(t *testing.T) {
	pieces := []string{"word", "abc", "12", "3", "/*", "*/", "(", ")", " ", " ", ".", "-", "'''", ";", "return",
		"x", "[", "]", "<", ">", "«", "»", "\"", "//", "{", "}", "=", "+", "%", "$"}
	controls := []string{"\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069",
		"\u200e", "\u200f", "\u061c"}
	isolates := []string{"\u2066", "\u2067", "\u2068"}
	r := rand.New(rand.NewPCG(26, 1))
	n := 20000
	if testing.Short() {
		n = 2000
	}
	fails := 0
	for range n {
		var b strings.Builder
		b.WriteString("The line ")
		parts := 1 + r.IntN(8)
		at := r.IntN(parts)
		for k := range parts {
			switch {
			case k == at:
				b.WriteString(isolates[r.IntN(len(isolates))])
			case r.IntN(3) == 0:
				b.WriteString(controls[r.IntN(len(controls))])
			default:
				b.WriteString(pieces[r.IntN(len(pieces))])
			}
		}
		b.WriteString(" ends here.")
		in := b.String()
		out := Clean(in).Text
		if want := readerSees(in); readerSees(out) != want || strings.ContainsAny(out, "\u202d\u202e") || Clean(out).Text != out {
			t.Errorf("in %+q\n got %+q\nshows %+q", in, out, want)
			if fails++; fails == 20 {
				t.Fatal("too many")
			}
		}
	}
}
