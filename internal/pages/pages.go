// Package pages maps the memory of new tables before they are read.
//
// Fresh memory that a program reads before it writes is mapped to the
// system's shared page of zeros; the first write then replaces the
// mapping, and every other core running the process must be told of the
// change (an interrupt each, which a profile shows as
// smp_call_function_many_cond under do_wp_page). A table filled on demand
// is read first by design, and so is a pooled list of pointers, which the
// collector scans to its capacity. Written first, a page is mapped once.
package pages

import "unsafe"

// pageSize is the smallest page the systems unspin runs on use: a write
// every pageSize bytes reaches every page.
const pageSize = 4096

// Write writes a zero byte to each page of the memory of s, to its
// capacity. s must be all zeros, as make returns it, and no other
// goroutine may be reading it: the bytes keep their value.
func Write[T any](s []T) {
	s = s[:cap(s)]
	if len(s) == 0 {
		return
	}
	mem := unsafe.Slice((*byte)(unsafe.Pointer(&s[0])), uintptr(len(s))*unsafe.Sizeof(s[0]))
	for i := 0; i < len(mem); i += pageSize {
		mem[i] = 0
	}
}
