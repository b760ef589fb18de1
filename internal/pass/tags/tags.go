// Package tags removes characters that carry text a reader cannot see:
// Unicode tag characters (U+E0000–E007F), which spell ASCII invisibly and
// are used to smuggle instructions to language models, and runs of variation
// selectors that encode a byte payload. Both are reported decoded. A valid
// emoji subdivision flag (🏴 + tag letters + CANCEL TAG) and variation
// selectors in standard positions stay.
package tags

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/unspin/unspin/internal/edit"
)

const (
	blackFlag = 0x1F3F4
	cancelTag = 0xE007F
)

// Handles reports the characters this pass judges: tag characters and
// variation selectors.
func Handles(r rune) bool { return isTag(r) || isVS(r) }

func isTag(r rune) bool { return r >= 0xE0000 && r <= 0xE007F }

func isVS(r rune) bool {
	return r >= 0xFE00 && r <= 0xFE0F || r >= 0xE0100 && r <= 0xE01EF
}

// Propose returns removals of hidden tag text and variation-selector payloads.
func Propose(text string) []edit.Edit {
	// Tag characters and supplementary selectors are F3 A0 xx xx in UTF-8,
	// U+FE00–FE0F are EF B8 8x: without those bytes there is nothing to do.
	if !strings.Contains(text, "\xF3\xA0") && !strings.Contains(text, "\xEF\xB8") {
		return nil
	}
	var out []edit.Edit
	prev := rune(-1)
	for i := 0; i < len(text); {
		r, w := utf8.DecodeRuneInString(text[i:])
		switch {
		case isTag(r):
			j, hidden := i, strings.Builder{}
			for j < len(text) {
				t, tw := utf8.DecodeRuneInString(text[j:])
				if !isTag(t) {
					break
				}
				if t >= 0xE0020 && t <= 0xE007E {
					hidden.WriteRune(t - 0xE0000)
				}
				j += tw
				if t == cancelTag {
					break
				}
			}
			if !(prev == blackFlag && validFlagTags(text[i:j])) {
				out = append(out, edit.Edit{Start: i, End: j, Kind: edit.Tag, Hidden: hidden.String(),
					Reason: "Unicode tag characters hide text from readers"})
			}
			prev = cancelTag
			i = j
			continue
		case isVS(r):
			j, n := i, 0
			for j < len(text) {
				v, vw := utf8.DecodeRuneInString(text[j:])
				if !isVS(v) {
					break
				}
				j += vw
				n++
			}
			if n > 1 || !standardPosition(prev, r) {
				e := edit.Edit{Start: i, End: j, Kind: edit.Tag,
					Reason: "variation selectors out of any standard sequence"}
				if n > 1 {
					e.Reason = "run of variation selectors carrying a hidden payload"
					e.Hidden = decodeVS(text[i:j])
				}
				out = append(out, e)
			}
			prev = r
			i = j
			continue
		}
		prev = r
		i += w
	}
	return out
}

// validFlagTags checks the tag sequence of an emoji subdivision flag: tag
// letters/digits ended by CANCEL TAG (e.g. gbsct for Scotland).
func validFlagTags(s string) bool {
	n := 0
	for _, t := range s {
		if t == cancelTag {
			return n >= 2
		}
		if !(t >= 0xE0030 && t <= 0xE0039 || t >= 0xE0061 && t <= 0xE007A) {
			return false
		}
		n++
	}
	return false
}

// standardPosition reports whether a single variation selector vs may follow
// base in a standardized or ideographic variation sequence. Letters of
// alphabetic scripts have none; symbols, digits (keycaps), CJK ideographs
// (IVS), Mongolian (its own selectors are separate) and a few math symbols do.
func standardPosition(base, vs rune) bool {
	if base < 0 {
		return false
	}
	if vs >= 0xE0100 {
		return unicode.Is(unicode.Han, base)
	}
	switch {
	case unicode.IsLetter(base):
		// Standardized variants on letters exist only for a handful of
		// scripts (Han compatibility, Phags-pa, Manichaean, Egyptian).
		return unicode.In(base, unicode.Han, unicode.Phags_Pa, unicode.Manichaean, unicode.Egyptian_Hieroglyphs, unicode.Myanmar)
	case unicode.IsMark(base) || unicode.IsSpace(base) || unicode.IsControl(base):
		return false
	}
	return true // symbols, punctuation, digits: emoji and text presentation
}

// decodeVS reads the common smuggling encoding: U+FE00–FE0F are bytes 0–15,
// U+E0100–E01EF are bytes 16–255. The payload is shown as text when it is
// UTF-8 and as hex otherwise.
func decodeVS(s string) string {
	var b []byte
	for _, v := range s {
		if v <= 0xFE0F {
			b = append(b, byte(v-0xFE00))
		} else {
			b = append(b, byte(v-0xE0100+16))
		}
	}
	if utf8.Valid(b) && printable(b) {
		return string(b)
	}
	const hex = "0123456789abcdef"
	var sb strings.Builder
	for _, c := range b {
		sb.WriteByte(hex[c>>4])
		sb.WriteByte(hex[c&15])
	}
	return "0x" + sb.String()
}

func printable(b []byte) bool {
	for _, r := range string(b) {
		if !unicode.IsPrint(r) && !unicode.IsSpace(r) {
			return false
		}
	}
	return true
}
