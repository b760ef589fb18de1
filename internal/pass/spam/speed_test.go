package spam

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestAddressNextAsBefore checks addressNext against its first version,
// which looked for the line's end before asking whether only white space
// stood before it.
func TestAddressNextAsBefore(t *testing.T) {
	old := func(rest string) bool {
		nl := strings.IndexByte(rest, '\n')
		if nl < 0 || strings.TrimLeft(rest[:nl], " \t\r") != "" {
			return false
		}
		next := strings.TrimLeft(rest[nl+1:], " \t\r<")
		if k := strings.IndexAny(next, " \t\r\n"); k >= 0 {
			next = next[:k]
		}
		return hasAddress(next)
	}
	parts := []string{" ", "\t", "\r", "\n", "<", "x", ".", "www.example.com", "http://a.org/", "visit", "a@b.org"}
	r := rand.New(rand.NewPCG(1, 2))
	for range 100000 {
		var b strings.Builder
		for range r.IntN(8) {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		if s := b.String(); addressNext(s) != old(s) {
			t.Fatalf("addressNext(%q) = %v, was %v", s, addressNext(s), old(s))
		}
	}
}
