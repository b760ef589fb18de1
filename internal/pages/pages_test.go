package pages

import (
	"slices"
	"sync/atomic"
	"testing"
)

// TestWriteKeepsZeros: the memory stays all zeros, whatever the element
// size, to the slice's capacity, and an empty slice is left alone.
func TestWriteKeepsZeros(t *testing.T) {
	Write([]byte(nil))
	b := make([]byte, 10, 3*pageSize+7)
	Write(b)
	if slices.ContainsFunc(b[:cap(b)], func(c byte) bool { return c != 0 }) {
		t.Error("bytes written over")
	}
	p := make([]atomic.Pointer[int], 5000)
	Write(p)
	for i := range p {
		if p[i].Load() != nil {
			t.Fatalf("pointer %d not nil", i)
		}
	}
	type wide struct{ a, b, c uint64 }
	w := make([]wide, 1000)
	Write(w)
	if slices.ContainsFunc(w, func(x wide) bool { return x != wide{} }) {
		t.Error("structs written over")
	}
}
