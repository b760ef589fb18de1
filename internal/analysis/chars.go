// Package analysis answers the questions passes ask about characters in
// context: does this script separate words with spaces, does it need
// joiners, is this character part of an emoji sequence, which way does it
// run. Passes decide; analysis only describes.
package analysis

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/bidi"

	"github.com/unspin/unspin/internal/runeclass"
)

// noSpaceScripts write words without spaces between them; there a zero-width
// space or word joiner is the author's word-boundary mark, not junk.
var noSpaceScripts = []*unicode.RangeTable{
	unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar, unicode.Tibetan,
	unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Bopomofo,
	unicode.Tai_Tham, unicode.New_Tai_Lue, unicode.Tai_Le, unicode.Tai_Viet,
	unicode.Balinese, unicode.Javanese, unicode.Sundanese, unicode.Buginese,
	unicode.Yi, unicode.Lisu, unicode.Nko, unicode.Chakma, unicode.Cham,
}

// joiningScripts use ZWJ/ZWNJ to choose letter forms or conjuncts: cursive
// scripts and the Brahmic family.
var joiningScripts = []*unicode.RangeTable{
	unicode.Arabic, unicode.Syriac, unicode.Mongolian, unicode.Nko, unicode.Mandaic,
	unicode.Manichaean, unicode.Psalter_Pahlavi, unicode.Adlam, unicode.Hanifi_Rohingya,
	unicode.Sogdian, unicode.Old_Uyghur, unicode.Phags_Pa, unicode.Thaana,
	unicode.Devanagari, unicode.Bengali, unicode.Gurmukhi, unicode.Gujarati, unicode.Oriya,
	unicode.Tamil, unicode.Telugu, unicode.Kannada, unicode.Malayalam, unicode.Sinhala,
	unicode.Tibetan, unicode.Myanmar, unicode.Khmer, unicode.Lao, unicode.Thai,
	unicode.Balinese, unicode.Javanese, unicode.Sundanese, unicode.Tai_Tham, unicode.Chakma,
	unicode.Brahmi, unicode.Kharoshthi, unicode.Grantha, unicode.Sharada, unicode.Takri,
	unicode.Newa, unicode.Tirhuta, unicode.Modi, unicode.Kaithi, unicode.Limbu,
	unicode.Meetei_Mayek, unicode.Ol_Chiki, unicode.Saurashtra, unicode.Syloti_Nagri,
	unicode.Hebrew, // ZWJ/ZWNJ appear in pointed Hebrew and Yiddish ligature control
}

// IsWordChar reports what words are made of, as the document model
// defines it for every pass: letters, marks, numbers, and symbols drawn like
// letters (runeclass.Word).
func IsWordChar(r rune) bool { return runeclass.Of(r).Any(runeclass.Word) }

// NoSpaceScript reports whether r belongs to a script written without spaces
// between words.
func NoSpaceScript(r rune) bool {
	if r < 0x0E00 {
		return false
	}
	return unicode.IsOneOf(noSpaceScripts, r)
}

// JoiningScript reports whether ZWJ/ZWNJ next to r can change how r is drawn.
func JoiningScript(r rune) bool {
	if r < 0x0590 {
		return false
	}
	return unicode.IsOneOf(joiningScripts, r)
}

// IsEmojiPart reports characters that take part in emoji ZWJ sequences:
// pictographic symbols, skin-tone modifiers, the emoji presentation selector,
// and tag characters of subdivision flags.
func IsEmojiPart(r rune) bool {
	switch {
	case r == 0xFE0F || r == 0x20E3:
		return true
	case r >= 0x1F3FB && r <= 0x1F3FF: // skin tones
		return true
	case r >= 0x1F000 && r <= 0x1FAFF:
		return true
	case r >= 0x2190 && r <= 0x2BFF && unicode.Is(unicode.So, r):
		return true
	}
	return unicode.Is(unicode.So, r)
}

// Direction is the strong direction of a character, if any.
type Direction int8

const (
	Neutral Direction = iota
	LTR
	RTL
)

// DirectionOf classifies r by its bidi class.
func DirectionOf(r rune) Direction {
	if r < 0x80 {
		if unicode.IsLetter(r) {
			return LTR
		}
		return Neutral
	}
	p, _ := bidi.LookupRune(r)
	switch p.Class() {
	case bidi.L:
		return LTR
	case bidi.R, bidi.AL:
		return RTL
	}
	return Neutral
}

// Neighbours returns the nearest runes before i and from j on in s that the
// skip function does not pass over (utf8.RuneError at the ends of s).
func Neighbours(s string, i, j int, skip func(rune) bool) (prev, next rune) {
	prev, next = utf8.RuneError, utf8.RuneError
	for k := i; k > 0; {
		r, w := utf8.DecodeLastRuneInString(s[:k])
		k -= w
		if !skip(r) {
			prev = r
			break
		}
	}
	for k := j; k < len(s); {
		r, w := utf8.DecodeRuneInString(s[k:])
		k += w
		if !skip(r) {
			next = r
			break
		}
	}
	return
}

// IsASCII reports whether s is all ASCII, the common case every pass can
// skip: none of the evasions this project undoes is expressible in ASCII
// except deletion controls.
func IsASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
