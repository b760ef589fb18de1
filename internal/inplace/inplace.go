// Package inplace reads tables a program embeds as they stand in its
// binary: a table written in the machine's layout is used where it is, so
// that a start builds nothing and the pages a run reads come from the page
// cache, not from fresh memory zeroed and then written.
package inplace

import "unsafe"

// LittleEndian reports that the machine stores numbers low byte first, as
// unspin's tables files are written.
var LittleEndian = *(*byte)(unsafe.Pointer(&[]uint16{1}[0])) == 1

// Off makes Slice decline, so that tests read the copies a big-endian
// machine makes.
var Off = false

// Slice returns the first n values of s as a slice over s itself, where
// the machine reads s's bytes as those values: little-endian, s aligned
// for them (a linker lays a large symbol out aligned). Nil where not, or
// where Off is set: the caller then decodes a copy. T must hold no
// pointers, and the slice is read-only memory: a write to it faults.
func Slice[T any](s string, n int) []T {
	var v T
	size := int(unsafe.Sizeof(v))
	if Off || !LittleEndian || n == 0 || len(s) < n*size {
		return nil
	}
	p := unsafe.Pointer(unsafe.StringData(s))
	if uintptr(p)%unsafe.Alignof(v) != 0 {
		return nil
	}
	return unsafe.Slice((*T)(p), n)
}
