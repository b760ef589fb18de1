// Package unidata answers questions about single characters from Unicode
// data: which script a character belongs to, which letters of another script
// it is drawn like, and how the Unicode security data classes it.
// The tables are generated (see gen/) from files vendored in data/.
package unidata

import "unicode"

//go:generate go run ./gen

// Script is a Unicode script (Scripts.txt).
type Script uint8

// Source says where a look-alike relation comes from.
type Source uint8

const (
	FromTR39           Source = iota + 1 // confusables.txt maps it to exactly this letter
	FromTR39Decomposed                   // confusables.txt maps it to this letter plus marks (ɗ → d̔)
	FromNFKC                             // compatibility decomposition (ⅿ → m, ａ → a)
	FromGlyph                            // rendered Noto glyphs match (data/glyphs-noto.txt)
	FromName                             // the Unicode name says so: LATIN LETTER SMALL CAPITAL K → k
	// FromSmallCapital: confusables.txt classes it with a Latin small
	// capital (в with ʙ, τ with ᴛ): drawn as that capital at small-letter
	// height, the letter of another script's alphabet in its own right.
	FromSmallCapital
	// FromTR39Overlaid: confusables.txt maps it to this letter with marks
	// drawn through it (θ → O̵: Canonical_Combining_Class Overlay), a
	// bar or stroke a reader sees.
	FromTR39Overlaid
)

// LookAlike is a letter some other character is drawn like.
type LookAlike struct {
	R      rune
	Source Source
	// Drawn: the rendered Noto glyphs of the two match (data/glyphs-noto.txt,
	// accepted), whatever the relation's source: р and p, not σ and o
	// (which TR39 relates, but a reader tells apart).
	Drawn bool
}

// String returns the Scripts.txt long name, e.g. "Latin", "Tai_Le".
func (s Script) String() string {
	if int(s) >= len(scriptNameEnds) {
		return "Script(" + itoa(int(s)) + ")"
	}
	start := 0
	if s > 0 {
		start = int(scriptNameEnds[s-1])
	}
	return scriptNames[start:scriptNameEnds[s]]
}

func itoa(n int) string {
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			break
		}
	}
	return string(b[i:])
}

// ScriptOf returns r's Script property (Unknown for unassigned code points).
func ScriptOf(r rune) Script {
	if r < 0x80 {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' {
			return Latin
		}
		if r < 0 {
			return Unknown
		}
		return Common
	}
	// Last run starting at or before r.
	lo, hi := 0, len(scriptRuns)
	for hi-lo > 1 {
		m := int(uint(lo+hi) >> 1)
		if scriptRuns[m].lo <= r {
			lo = m
		} else {
			hi = m
		}
	}
	return scriptRuns[lo].s
}

// HasScript reports whether r's Script is s or s is in r's
// Script_Extensions.
func HasScript(r rune, s Script) bool {
	if ScriptOf(r) == s {
		return true
	}
	for _, x := range Extensions(r) {
		if x == s {
			return true
		}
	}
	return false
}

type laIndex struct {
	r   rune
	off uint16
	n   uint8
}

// LookAlikes returns the letters of script target (Latin, Cyrillic or
// Greek; nil for others) that r is drawn like, best first. For target Latin
// only ASCII letters are given, and nil for ASCII r. r itself is never in
// the result. The slice is shared: do not modify it.
func LookAlikes(r rune, target Script) []LookAlike {
	var t []laIndex
	switch target {
	case Latin:
		if r < 0x80 {
			return nil
		}
		t = lookAlikesLatin[:]
	case Cyrillic:
		t = lookAlikesCyrillic[:]
	case Greek:
		t = lookAlikesGreek[:]
	default:
		return nil
	}
	lo, hi := 0, len(t)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if t[m].r < r {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == len(t) || t[lo].r != r {
		return nil
	}
	e := t[lo]
	end := int(e.off) + int(e.n)
	return laData[e.off:end:end]
}

// IdentifierType is one IdentifierType.txt value.
type IdentifierType uint16

// String returns the IdentifierType.txt name, e.g. "Not_XID".
func (t IdentifierType) String() string {
	for i, n := range identifierTypeNames {
		if t == 1<<i {
			return n
		}
	}
	return "IdentifierType(" + itoa(int(t)) + ")"
}

// TypeSet is a set of identifier types.
type TypeSet uint16

// Has reports whether t is in s.
func (s TypeSet) Has(t IdentifierType) bool { return s&TypeSet(t) != 0 }

// IdentifierTypes returns r's Identifier_Type values (Not_Character for
// code points IdentifierType.txt does not list).
func IdentifierTypes(r rune) TypeSet {
	lo, hi := 0, len(typeRuns)
	for hi-lo > 1 {
		m := int(uint(lo+hi) >> 1)
		if typeRuns[m].lo <= r {
			lo = m
		} else {
			hi = m
		}
	}
	if r < 0 {
		return TypeSet(NotCharacter)
	}
	return typeRuns[lo].t
}

// IdentifierAllowed reports whether IdentifierStatus.txt says Allowed.
func IdentifierAllowed(r rune) bool { return rangeOf(allowedRanges[:], r) >= 0 }

// SmallCapital reports a letter Unicode names LATIN LETTER SMALL CAPITAL X
// (ʙ ᴏ ꜱ): a capital's shape at small-letter height, used by phonetic
// alphabets and by text "styled" into small capitals.
func SmallCapital(r rune) bool { return r >= 0x80 && rangeOf(smallCapitalRanges[:], r) >= 0 }

// Raised reports a superscript or subscript form (ⁱ ₜ ᵢ ²: a <super> or
// <sub> compatibility decomposition): set above or below the line, as
// notation sets an exponent or an index.
func Raised(r rune) bool { return r >= 0x80 && rangeOf(raisedRanges[:], r) >= 0 }

// rangeOf returns the index of the range of rs (sorted, disjoint) that
// holds r, or -1.
func rangeOf(rs []struct{ lo, hi rune }, r rune) int {
	lo, hi := 0, len(rs)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if rs[m].hi < r {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(rs) && rs[lo].lo <= r {
		return lo
	}
	return -1
}

// Extensions returns r's Script_Extensions (ScriptExtensions.txt), or nil
// where r has none beyond its Script. The slice is shared: do not modify it.
func Extensions(r rune) []Script {
	lo, hi := 0, len(scxRanges)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if scxRanges[m].hi < r {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == len(scxRanges) || scxRanges[lo].lo > r {
		return nil
	}
	i := scxRanges[lo].set
	return scxData[scxSets[i]:scxSets[i+1]:scxSets[i+1]]
}

// IsDefaultIgnorable reports Unicode's Default_Ignorable_Code_Point: what a
// renderer draws as nothing when it does not support it. Assigned ones come
// from IdentifierType.txt (Default_Ignorable, and the deprecated format
// characters U+206A–206F and U+E0001); code points reserved for future
// ignorables (U+2065, U+FFF0–FFF8, the rest of U+E0000–E0FFF) from
// PropList's Other_Default_Ignorable_Code_Point, which is stable.
func IsDefaultIgnorable(r rune) bool {
	if r < 0xAD {
		return false
	}
	t := IdentifierTypes(r)
	if t.Has(DefaultIgnorable) {
		return true
	}
	return t.Has(Deprecated) && unicode.Is(unicode.Cf, r) ||
		t.Has(NotCharacter) && unicode.Is(unicode.Other_Default_Ignorable_Code_Point, r)
}

// DigitLookAlike returns the ASCII digit r is drawn like (Cyrillic б: 6,
// Bengali ৪: 8), from TR39 classes holding a digit and no ASCII letter.
func DigitLookAlike(r rune) (rune, bool) {
	lo, hi := 0, len(digitLookAlikes)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if digitLookAlikes[m].r < r {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == len(digitLookAlikes) || digitLookAlikes[lo].r != r {
		return 0, false
	}
	return rune(digitLookAlikes[lo].d), true
}

// Block is a Unicode block (Blocks.txt); NoBlock for code points in none.
type Block uint16

// String returns the Blocks.txt name, e.g. "Latin Extended-A".
func (b Block) String() string {
	if int(b) >= len(blockNames) {
		return "Block(" + itoa(int(b)) + ")"
	}
	return blockNames[b]
}

// BlockOf returns the block r is in.
func BlockOf(r rune) Block { return Block(rangeOf(blockRanges[:], r) + 1) }

// Alphabet is a typeface's alphabet of compatibility forms (UnicodeData.txt
// <font>, <wide> and <narrow> decompositions to one letter or digit): the
// words a form's name adds to its letter's (MATHEMATICAL BOLD, FULLWIDTH,
// BLACK-LETTER) with the letter's script. 0 for other characters.
type Alphabet uint16

// String returns the alphabet's name, e.g. "MATHEMATICAL BOLD/Latin".
func (a Alphabet) String() string {
	if a == 0 || int(a) > len(alphabetNames) {
		return ""
	}
	return alphabetNames[a-1]
}

// AlphabetOf returns the alphabet r is a form of, or 0.
func AlphabetOf(r rune) Alphabet {
	lo, hi := 0, len(alphabetRuns)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if alphabetRuns[m].hi < r {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == len(alphabetRuns) || alphabetRuns[lo].lo > r {
		return 0
	}
	return alphabetRuns[lo].a
}

// CodePageLetter reports a Cyrillic or Greek letter that every 8-bit code
// page of its script encodes (А–я, Ё, ё; Greek with tonos and dialytika):
// a letter any text of the script may use, unlike those of one orthography
// (Ukrainian і, Macedonian ѕ, Kabardian Ӏ).
func CodePageLetter(r rune) bool { return rangeOf(codePageRanges[:], r) >= 0 }

// BlockRange returns the first and last code points of block b (0, -1 for
// NoBlock).
func BlockRange(b Block) (lo, hi rune) {
	if b == NoBlock || int(b) > len(blockRanges) {
		return 0, -1
	}
	x := blockRanges[b-1]
	return x.lo, x.hi
}

// CodePageSymbol reports punctuation or a symbol that an 8-bit Latin code
// page encodes in its upper half, among its letters (× ¿ ˛ ™): text decoded
// with the wrong code page shows them inside words.
func CodePageSymbol(r rune) bool { return rangeOf(codePageSymbolRanges[:], r) >= 0 }

// VariationLetter reports a letter that may take a variation selector
// 1–16 (StandardizedVariants.txt): any letter of a script whose letters have
// standardized variants (Han, Phags-pa, Manichaean, Egyptian hieroglyphs,
// Myanmar), and of the letters of no script (Common) those listed there
// themselves (the mathematical script capitals' chancery and roundhand
// forms), not the other mathematical letters a spoofer writes.
func VariationLetter(r rune) bool {
	s := ScriptOf(r)
	if s == Common {
		return rangeOf(variationCommonRanges[:], r) >= 0
	}
	for _, x := range variationLetterScripts {
		if x == s {
			return true
		}
	}
	return false
}
