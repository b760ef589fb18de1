// Package unidata answers questions about single characters from Unicode
// data: which script a character belongs to, which letters of another script
// it is drawn like, and how the Unicode security data classes it.
// The tables are generated (see gen/) from files vendored in data/.
package unidata

//go:generate go run ./gen

// Script is a Unicode script (Scripts.txt).
type Script uint8

// Source says where a look-alike relation comes from.
type Source uint8

const (
	FromTR39           Source = iota + 1 // confusables.txt maps it to exactly this letter
	FromTR39Decomposed                   // confusables.txt maps it to this letter plus marks (ɗ → d̔)
	FromNFKC                             // compatibility decomposition (ⅿ → m, ａ → a)
	FromGlyph                            // glyph bitmaps match (GNU Unifont)
)

// LookAlike is a letter some other character is drawn like.
type LookAlike struct {
	R      rune
	Source Source
}
