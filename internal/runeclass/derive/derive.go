// Package derive computes a character's class from its sources: Go's
// unicode package for general categories, internal/unidata for Unicode 17.0
// scripts, identifier types and look-alikes. The generator packs its answers
// into runeclass's table, and runeclass's test checks the table against it.
package derive

import (
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/unspin/unspin/internal/unidata"
)

// Property bits, as runeclass.Class exports them.
const (
	Word uint32 = 1 << iota
	Letter
	Mark
	Digit
	Upper
	Lower
	Space
	Control
	Ignorable
	BidiControl
	TagOrSelector
	Typographic
	Compat
	LikeLatin
	LikeCyrillic
	LikeGreek
	LikeDigit
)

// ScriptShift is where a class keeps the script.
const ScriptShift = 24

// Class returns r's property bits and script.
func Class(r rune) uint32 {
	var c uint32
	set := func(bit uint32, ok bool) {
		if ok {
			c |= bit
		}
	}
	letter := unicode.IsLetter(r) || newLetter(r)
	set(Letter, letter)
	set(Mark, unicode.IsMark(r))
	set(Digit, unicode.IsDigit(r))
	set(Upper, unicode.IsUpper(r) || unicode.IsTitle(r))
	set(Lower, unicode.IsLower(r))
	set(Space, unicode.IsSpace(r))
	set(Control, unicode.Is(unicode.Cc, r) && r != '\t' && r != '\n' && r != '\r')
	set(Ignorable, unidata.IsDefaultIgnorable(r))
	set(BidiControl, unicode.Is(unicode.Bidi_Control, r)) // PropList, unchanged since Unicode 6.3
	switch unidata.BlockOf(r) {
	case unidata.BlockTags, unidata.BlockVariationSelectors, unidata.BlockVariationSelectorsSupplement:
		c |= TagOrSelector
	}
	set(Typographic, typographic(r))
	set(Compat, r >= 0x80 && r <= unicode.MaxRune && !norm.NFKC.IsNormalString(string(r)))
	latin := len(unidata.LookAlikes(r, unidata.Latin)) > 0
	set(LikeLatin, latin)
	set(LikeCyrillic, len(unidata.LookAlikes(r, unidata.Cyrillic)) > 0)
	set(LikeGreek, len(unidata.LookAlikes(r, unidata.Greek)) > 0)
	set(LikeDigit, likeDigit(r))
	// What a word is made of, for every pass: letters, marks, numbers, and
	// symbols drawn like letters, which would otherwise split the word they
	// spoof and never be judged.
	set(Word, letter || unicode.IsMark(r) || unicode.IsNumber(r) || latin)
	return c | uint32(unidata.ScriptOf(r))<<ScriptShift
}

// newLetter reports a character Go's tables (Unicode 15.0) do not know but
// unidata (17.0) gives a script: a letter or mark of a script added since
// (U+A7CB, U+1C89), part of a word either way.
func newLetter(r rune) bool {
	if unicode.In(r, unicode.L, unicode.M, unicode.N, unicode.P, unicode.S, unicode.Z, unicode.Cc, unicode.Cf, unicode.Co, unicode.Cs) {
		return false
	}
	switch unidata.ScriptOf(r) {
	case unidata.Common, unidata.Inherited, unidata.Unknown:
		return false
	}
	return !unidata.IdentifierTypes(r).Has(unidata.NotCharacter)
}

// typographic reports punctuation and symbols of Latin-1 (¡ « » ¿ · ÷, not
// the soft hyphen) and General Punctuation (‘ ’ “ ” – — … †, not its
// spaces, invisible and format characters) that are drawn like no letter
// (not ×).
func typographic(r rune) bool {
	switch unidata.BlockOf(r) {
	case unidata.BlockLatin1Supplement, unidata.BlockGeneralPunctuation:
		return (unicode.IsPunct(r) || unicode.IsSymbol(r)) && r != '⁄' && // ⁄ joins digits into a fraction
			len(unidata.LookAlikes(r, unidata.Latin)) == 0
	}
	return false
}

// likeDigit reports a character TR39 classes with an ASCII digit that is
// not a digit of its own (Bengali ৪, Cyrillic б): not one of the styled or
// fullwidth digits (𝟔, ６), which NFKC maps to the digit itself.
func likeDigit(r rune) bool {
	_, ok := unidata.DigitLookAlike(r)
	return ok && r >= 0x80 && !(unicode.IsDigit(r) && unidata.ScriptOf(r) == unidata.Common)
}
