package homoglyph

import (
	"unicode"

	"github.com/unspin/unspin/internal/screen"
	"github.com/unspin/unspin/internal/unidata"
)

// nothingToRestore reports a text in which the pass can restore nothing, so
// that it stops before reading the document: the screen finds no trigger in
// it once the Latin letters the judge never restores (inert) are taken for
// the ordinary letters they are. Polish, Portuguese or French text opens
// the screen with its ł, ç or đ alone, whose look-alike data (a base letter
// with a mark) the screen sees but cannot weigh; a twentieth of Debian's
// fortunes did, and none got an edit.
//
// The screen does not look for characters drawn like a digit (Bengali ৪
// in "A3৪0"), which one rule restores beside ASCII digits whatever else
// the text holds (digitsInNumber): a text with one goes through the pass.
func nothingToRestore(text string) bool {
	if screen.HomoglyphUnless(text, inert) {
		return false
	}
	for _, r := range text {
		if r >= 0x80 {
			if _, ok := unidata.DigitLookAlike(r); ok {
				return false
			}
		}
	}
	return true
}

// inert reports a Latin letter the judge never restores where no other
// candidate stands: one it grades plain in Latin text (tierOf: a letter of
// a major orthography drawn as a base letter with a mark, not like another
// letter outright), which counts in a word's make-up as an ASCII letter
// does, so that no rule but one reads it; and not drawn like a digit, the
// one rule (digitsInNumber) that reads a word's characters past its
// make-up. In a document of another dominant script such a letter is
// among letters of a second target script, which opens the screen anyway.
func inert(r rune) bool {
	if r < 0x80 || scriptOf(r) != unidata.Latin || !unicode.IsLetter(r) {
		return false
	}
	if _, ok := unidata.DigitLookAlike(r); ok {
		return false
	}
	return tierOf(r, unidata.Latin, unidata.Latin) == plain
}
