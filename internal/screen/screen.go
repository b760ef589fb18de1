// Package screen decides, in one scan of a document, which passes can
// possibly change anything in it, so that the others do not run: most text
// holds no control, invisible or format character, no second script and no
// letter drawn like another, and costs one pass over its bytes.
//
// Each condition is the trigger of a pass, stated as what the pass needs to
// find before it can act; the test proves that running only the passes the
// screen opens gives the same output and report as running them all.
package screen

import (
	"unicode/utf8"

	"github.com/unspin/unspin/internal/runeclass"
	"github.com/unspin/unspin/internal/unidata"
)

// Needs is a set of passes.
type Needs uint8

const (
	Deletion  Needs = 1 << iota // a backspace or delete control
	Tags                        // a tag character or a variation selector
	Invisible                   // a default-ignorable that is neither a bidi control nor a tag or selector
	Bidi                        // a bidi control or mark
	Homoglyph                   // a second script among letters, or a character drawn like a letter it is not
	Layout                      // a full stop at a line end: a break a sentence splitter may have made
)

// CharStages are the passes that repair characters.
const CharStages = Deletion | Tags | Invisible | Bidi | Homoglyph

// Has reports whether n holds every pass in p.
func (n Needs) Has(p Needs) bool { return n&p == p }

// Any reports whether n holds some pass in p.
func (n Needs) Any(p Needs) bool { return n&p != 0 }

// targets are the scripts look-alikes are restored into.
const (
	latin = 1 << iota
	cyrillic
	greek
	other
)

// Scan returns the passes text needs.
func Scan(text string) Needs {
	var need Needs
	// seen: target scripts whose letters the text holds (other: a script
	// that is none of them); likeFrom: targets that a character of another
	// script is drawn like.
	var seen, likeFrom uint8
	var prev, prev2 byte
	for i := 0; i < len(text); {
		b := text[i]
		if b < utf8.RuneSelf {
			switch {
			case 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z':
				seen |= latin
			case b == '\n' || b == '\r':
				// Layout reads a lone CR as a line end and the CR of CRLF
				// as a space: ".\n", ". \n", ".\r\n" and ".\r" all end a
				// line with a full stop.
				if prev == '.' || (prev == ' ' || prev == '\r') && prev2 == '.' {
					need |= Layout
				}
			case b == '\b' || b == 0x7F:
				need |= Deletion
			}
			prev2, prev = prev, b
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		i += n
		prev2, prev = prev, 0
		c := runeclass.Of(r)
		if c&(runeclass.Word|runeclass.Ignorable|runeclass.Control|runeclass.LikeLatin) == 0 {
			continue // punctuation, symbols and spaces that draw no letter
		}
		if c.Any(runeclass.Ignorable) {
			switch {
			case c.Any(runeclass.BidiControl):
				need |= Bidi
			case c.Any(runeclass.TagOrSelector):
				need |= Tags
			default:
				need |= Invisible
			}
			continue
		}
		if c.Any(runeclass.Control) {
			continue // C1 controls: no pass acts on them
		}
		if c.Has(runeclass.Compat | runeclass.Word) {
			need |= Homoglyph // a compatibility form in a word (ｅ, 𝐚, ⅿ)
		}
		s := c.Script()
		switch s {
		case unidata.Common, unidata.Inherited, unidata.Unknown:
			// A symbol, number or compatibility form drawn like a letter
			// (⍺, ℮, 𝐚) is a spoof wherever it stands beside letters.
			if c.Any(runeclass.LikeLatin) {
				likeFrom |= latin
			}
			if c.Any(runeclass.LikeCyrillic) {
				likeFrom |= cyrillic
			}
			if c.Any(runeclass.LikeGreek) {
				likeFrom |= greek
			}
			continue
		case unidata.Latin:
			seen |= latin
			if c.Any(runeclass.LikeLatin) {
				need |= Homoglyph // drawn like another letter of its own script (ɑ, ı, þ)
			}
		case unidata.Cyrillic:
			seen |= cyrillic
		case unidata.Greek:
			seen |= greek
		default:
			seen |= other
		}
		if s != unidata.Latin && c.Any(runeclass.LikeLatin) {
			likeFrom |= latin
		}
		if s != unidata.Cyrillic && c.Any(runeclass.LikeCyrillic) {
			likeFrom |= cyrillic
		}
		if s != unidata.Greek && c.Any(runeclass.LikeGreek) {
			likeFrom |= greek
		}
	}
	// Letters of two target scripts (a Latin word in Russian text, or
	// Latin letters spoofing Cyrillic ones), or a character of another
	// script drawn like a letter of a target script the text uses.
	if t := seen &^ other; t&(t-1) != 0 || likeFrom&seen != 0 {
		need |= Homoglyph
	}
	return need
}
