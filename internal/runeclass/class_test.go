package runeclass

import (
	"testing"
	"unicode"

	"github.com/unspin/unspin/internal/runeclass/derive"
	"github.com/unspin/unspin/internal/unidata"
)

// TestTable recomputes every code point from the table's sources: a table
// generated from older data, or a change to the derivation without `go
// generate`, fails here.
func TestTable(t *testing.T) {
	bad := 0
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if got, want := Of(r), Class(derive.Class(r)); got != want {
			if bad++; bad <= 10 {
				t.Errorf("Of(%U) = %#x, derived %#x: run go generate ./internal/runeclass", r, got, want)
			}
		}
	}
	if Of(-1) != 0 || Of(unicode.MaxRune+1) != 0 {
		t.Error("out-of-range runes have a class")
	}
}

func TestExamples(t *testing.T) {
	tests := []struct {
		r      rune
		has    Class
		hasnt  Class
		script unidata.Script
	}{
		{'a', Word | Letter | Lower | LikeCyrillic, Upper | LikeLatin, unidata.Latin},
		{'а', Word | Letter | Lower | LikeLatin, LikeCyrillic, unidata.Cyrillic},
		{'⍺', Word | LikeLatin, Letter, unidata.Common},
		{'ⅼ', Word | Compat | LikeLatin, 0, unidata.Latin},
		{'\u200b', Ignorable, Word | BidiControl, unidata.Common},
		{'\u202e', Ignorable | BidiControl, Word, unidata.Common},
		{'\ufe0f', Ignorable | TagOrSelector | Mark | Word, Letter, unidata.Inherited}, // a mark, so inside its word
		{'\b', Control, Word, unidata.Common},
		{'“', Typographic, Word, unidata.Common},
		{'\ua7cb', Word | Letter, 0, unidata.Latin}, // new since Go's Unicode 15.0
		{' ', Space, Word, unidata.Common},
	}
	for _, tc := range tests {
		c := Of(tc.r)
		if !c.Has(tc.has) || c.Any(tc.hasnt) || c.Script() != tc.script {
			t.Errorf("Of(%U) = %#x (script %v): want %#x without %#x, script %v", tc.r, c, c.Script(), tc.has, tc.hasnt, tc.script)
		}
	}
}

func BenchmarkOf(b *testing.B) {
	var sink Class
	for b.Loop() {
		for r := rune(0x400); r < 0x500; r++ {
			sink |= Of(r)
		}
	}
	_ = sink
}
