// Package tags removes characters that carry text a reader cannot see:
// Unicode tag characters (the Tags block), which spell ASCII invisibly and
// are used to smuggle instructions to language models, and runs of variation
// selectors that encode a byte payload. Both are reported decoded. A valid
// emoji subdivision flag (🏴 + tag letters + CANCEL TAG) and variation
// selectors in standard positions stay.
package tags

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/unspin/unspin/internal/analysis"
	"github.com/unspin/unspin/internal/edit"
	"github.com/unspin/unspin/internal/unidata"
)

const blackFlag = '🏴'

// The blocks this pass judges, from Blocks.txt: the tag characters mirror
// ASCII from the Tags block's start (TAG LATIN SMALL LETTER A is a);
// variation selectors 1–16 and 17–256 are the two Variation Selectors
// blocks, numbered in order.
var (
	tagLo, tagHi   = unidata.BlockRange(unidata.BlockTags)
	vsLo, vsHi     = unidata.BlockRange(unidata.BlockVariationSelectors)
	vssLo, vssHi   = unidata.BlockRange(unidata.BlockVariationSelectorsSupplement)
	tagPre, vsPre  = prefix(tagLo, tagHi, vssLo, vssHi), prefix(vsLo, vsHi)
	cancelTag      = tagLo + '\x7f' // the tag of DEL ends a tag sequence
	selectorsBelow = vsHi - vsLo + 1
)

// prefix returns the first two UTF-8 bytes every code point of the ranges
// lo–hi shares, for a byte pre-filter.
func prefix(r ...rune) string {
	var b [utf8.UTFMax]byte
	utf8.EncodeRune(b[:], r[0])
	p := string(b[:2])
	for _, x := range r {
		utf8.EncodeRune(b[:], x)
		if string(b[:2]) != p {
			panic("tags: block ranges do not share a two-byte UTF-8 prefix")
		}
	}
	return p
}

// Handles reports the characters this pass judges: tag characters and
// variation selectors.
func Handles(r rune) bool { return isTag(r) || isVS(r) }

func isTag(r rune) bool { return r >= tagLo && r <= tagHi }

// tagASCII returns the ASCII character tag t stands for.
func tagASCII(t rune) rune { return t - tagLo }

func isVS(r rune) bool { return r >= vsLo && r <= vsHi || r >= vssLo && r <= vssHi }

// Propose returns removals of hidden tag text and variation-selector payloads.
func Propose(text string) []edit.Edit {
	// Tag characters and supplementary selectors are F3 A0 xx xx in UTF-8,
	// the first selectors EF B8 xx: without those bytes there is nothing to do.
	if !strings.Contains(text, tagPre) && !strings.Contains(text, vsPre) {
		return nil
	}
	var out []edit.Edit
	prev, before := rune(-1), rune(-1) // the character before i, and the one before that
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
				if a := tagASCII(t); a >= ' ' && a <= '~' {
					hidden.WriteRune(a) // the printable ones: TAG SPACE to TAG TILDE
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
			prev, before = cancelTag, prev
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
			next, _ := utf8.DecodeRuneInString(text[j:])
			if n > 1 && !(presentationRun(text[i:j]) && emojiBase(prev)) || !standardPosition(prev, r) ||
				prev == emojiLetter && unicode.IsLetter(before) && unicode.IsLetter(next) {
				// (ℹ️ between letters, sℹ️ze, is no emoji but a
				// look-alike of i inside a word.)
				e := edit.Edit{Start: i, End: j, Kind: edit.Tag,
					Reason: "variation selectors out of any standard sequence"}
				if n > 1 {
					e.Reason = "run of variation selectors carrying a hidden payload"
					e.Hidden = decodeVS(text[i:j])
				}
				out = append(out, e)
			}
			prev, before = r, prev
			i = j
			continue
		}
		prev, before = r, prev
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
		if a := tagASCII(t); !(a >= '0' && a <= '9' || a >= 'a' && a <= 'z') {
			return false
		}
		n++
	}
	return false
}

// standardPosition reports whether a single variation selector vs may follow
// base in a standardized or ideographic variation sequence. Letters have
// them only in the scripts StandardizedVariants.txt gives letters variants
// in (unidata.VariationLetter: Han compatibility, Phags-pa, Manichaean,
// Egyptian, Myanmar) and the mathematical script capitals it lists, and the
// supplementary selectors only after Han (ideographic variation
// sequences); symbols, digits (keycaps) and punctuation take them for
// emoji and text presentation. Mongolian's own selectors are another block.
func standardPosition(base, vs rune) bool {
	if base < 0 {
		return false
	}
	if vs >= vssLo {
		return unidata.ScriptOf(base) == unidata.Han
	}
	switch {
	case base == emojiLetter && (vs == textPresentation || vs == emojiPresentation):
		return true
	case unicode.IsLetter(base):
		return unidata.VariationLetter(base)
	case unicode.IsMark(base) || unicode.IsSpace(base) || unicode.IsControl(base):
		return false
	}
	return true // symbols, punctuation, digits: emoji and text presentation
}

// presentationRun: the selectors s are one presentation selector said
// again ("🛠️️", a slip of typing or of an emoji picker): a payload's bytes
// vary, and the repeated selector asks for what the first did.
func presentationRun(s string) bool {
	first, n := utf8.DecodeRuneInString(s)
	if first != textPresentation && first != emojiPresentation {
		return false
	}
	for _, r := range s[n:] {
		if r != first {
			return false
		}
	}
	return true
}

// emojiBase: r is a part of an emoji as the invisible pass reads one
// (analysis.IsEmojiPart: a pictograph, a skin tone) or ℹ.
func emojiBase(r rune) bool { return r == emojiLetter || r > 0 && analysis.IsEmojiPart(r) }

// emojiLetter, INFORMATION SOURCE (ℹ, gc Ll), is the one letter among the
// bases of emoji-variation-sequences.txt (Unicode 15.0: 354 bases): "ℹ️"
// is its emoji presentation, as in READMEs' notes. The selectors 15 and
// 16 ask for text and emoji presentation.
const (
	emojiLetter       = 0x2139
	textPresentation  = 0xFE0E
	emojiPresentation = 0xFE0F
)

// decodeVS reads the common smuggling encoding: selectors 1–16 are bytes
// 0–15, selectors 17–256 bytes 16–255. The payload is shown as text when it is
// UTF-8 and as hex otherwise.
func decodeVS(s string) string {
	var b []byte
	for _, v := range s {
		if v <= vsHi {
			b = append(b, byte(v-vsLo))
		} else {
			b = append(b, byte(v-vssLo+selectorsBelow))
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
