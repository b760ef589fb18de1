package inplace

import (
	"encoding/binary"
	"testing"
)

func TestSlice(t *testing.T) {
	b := make([]byte, 0, 24)
	for _, v := range []uint64{1, 1 << 40, 7} {
		b = binary.LittleEndian.AppendUint64(b, v)
	}
	s := string(b) // (a fresh allocation of 24 bytes is 8-aligned)
	got := Slice[uint64](s, 3)
	if !LittleEndian {
		if got != nil {
			t.Fatal("a big-endian machine read little-endian numbers in place")
		}
		return
	}
	if len(got) != 3 || got[0] != 1 || got[1] != 1<<40 || got[2] != 7 {
		t.Fatalf("got %v", got)
	}
	if Slice[uint64](s, 4) != nil {
		t.Error("read past the end")
	}
	if Slice[uint64](s[1:], 2) != nil {
		t.Error("read unaligned numbers in place")
	}
	Off = true
	defer func() { Off = false }()
	if Slice[uint64](s, 3) != nil {
		t.Error("Off set, yet read in place")
	}
}
