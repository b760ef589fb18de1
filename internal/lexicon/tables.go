package lexicon

// tables.bin is written after the counts it is built from (go generate
// runs this package's files in order of name).
//go:generate go run ./gen -tables tables.bin

import (
	_ "embed"
	"unsafe"

	"github.com/unspin/unspin/internal/inplace"

	"github.com/unspin/unspin/internal/lexicon/internal/lextab"
)

// tab holds the lexicon's tables, laid out by package lextab and generated
// from the checked-in counts (brown.tsv.gz, modern.tsv.gz, pairs.tsv.gz):
// the package reads numbers at fixed places in it, so that a start parses,
// sorts and decompresses nothing. A string, so that it stays in read-only
// memory and forms are substrings of it, allocated never.
//
//go:embed tables.bin
var tab string

// u32 returns the little-endian number at byte i of s.
func u32(s string, i int) uint32 {
	s = s[i : i+4] // one bounds check, and the compiler makes one load of the four
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// header returns the header field k (lextab's H* and S* constants).
func header(k int) int { return int(u32(tab, 4*k)) }

// strTable is a list of strings laid out by lextab: the strings
// concatenated, then where each ends.
type strTable struct {
	str  string // the strings, concatenated
	ends string // n+1 numbers: string i is str[ends[i]:ends[i+1]]
}

func newStrTable(sec, ends, n int) strTable {
	e := tab[header(ends) : header(ends)+4*(n+1)]
	return strTable{tab[header(sec):][:u32(e, 4*n)], e}
}

// at returns string i.
func (t strTable) at(i int) string { return t.str[u32(t.ends, 4*i):u32(t.ends, 4*i+4)] }

// numbers returns the n numbers of section sec.
func numbers(sec, n int) string { return tab[header(sec):][:4*n] }

// inPlace returns the n values of section sec as a slice over tab itself
// where the machine reads them so (package inplace), nil where the caller
// must copy.
func inPlace[T slot | uint64 | Stats](sec, n int) []T {
	var v T
	return inplace.Slice[T](tab[header(sec):][:n*int(unsafe.Sizeof(v))], n)
}

func init() {
	if len(tab) < 4*lextab.HeaderLen || header(lextab.HMagic) != lextab.Magic {
		panic("lexicon: tables.bin is not of this layout: run go generate")
	}
	statsTag = append([]string{""}, TagNames()...)
}
