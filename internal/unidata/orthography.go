package unidata

import (
	_ "embed"
	"math/bits"
	"strings"
	"sync"
	"unicode"
)

// exemplarsCLDR lists, per Latin-script locale of CLDR 41, the letters
// beyond ASCII of its main exemplar set (gen/cldr.go writes it).
//
//go:embed exemplars-cldr.txt
var exemplarsCLDR string

// Locales is a set of the Latin-script locales of exemplars-cldr.txt.
type Locales [2]uint64

// Len is the number of locales in s.
func (s Locales) Len() int { return bits.OnesCount64(s[0]) + bits.OnesCount64(s[1]) }

// Shares reports a locale both s and t hold.
func (s Locales) Shares(t Locales) bool { return s[0]&t[0] != 0 || s[1]&t[1] != 0 }

var orthographies = sync.OnceValue(func() map[rune]Locales {
	m := map[rune]Locales{}
	i := 0
	for line := range strings.Lines(exemplarsCLDR) {
		if strings.HasPrefix(line, "#") {
			continue
		}
		_, letters, _ := strings.Cut(strings.TrimSuffix(line, "\n"), "\t")
		for _, r := range letters {
			s := m[r]
			s[i/64] |= 1 << (i % 64)
			m[r] = s
		}
		i++
	}
	if i > 128 {
		panic("unidata: more Latin locales than Locales holds")
	}
	return m
})

// Orthographies returns the Latin-script locales (CLDR's main exemplar
// sets) that write r, a letter beyond ASCII, in either case: none for a
// letter no living orthography of CLDR's writes (ɑ, ĸ, ſ).
func Orthographies(r rune) Locales {
	m := orthographies()
	if s, ok := m[r]; ok {
		return s
	}
	if l := unicode.ToLower(r); l != r {
		return m[l]
	}
	return Locales{}
}
