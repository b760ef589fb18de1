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

// Invalid is not a pass: the text holds bytes that are not UTF-8, which the
// report lists (Scan finds them on its way, so that valid text, nearly all,
// is not read again for them).
const Invalid Needs = 1 << 7

// What an ASCII byte asks of the scan, from runeclass: a Latin letter marks
// the text as holding Latin (latin, as seen holds it); a line end may end a
// sentence at a full stop; backspace and delete are the deletion pass's.
const (
	lineEnd = 1 << (iota + 4)
	deletion
)

var asciiAct = func() (act [utf8.RuneSelf]uint8) {
	for b := range utf8.RuneSelf {
		c := runeclass.ASCII(byte(b))
		switch {
		case c.Any(runeclass.Letter) && c.Script() == unidata.Latin:
			act[b] = latin
		case b == '\n' || b == '\r':
			act[b] = lineEnd
		case b == '\b' || b == 0x7F:
			act[b] = deletion
		}
	}
	return
}()

// Scan returns the passes text needs, and Invalid.
func Scan(text string) Needs {
	var s scan
	s.from(text, 0)
	return s.needs()
}

// HomoglyphUnless reports whether text needs the homoglyph pass, as Scan
// does, but for a Latin letter drawn like another letter of its alphabet
// that inert says the pass never restores: for the pass to stop early in
// text (Polish, Portuguese) whose only such letters are an orthography's
// own (ç, ł), which Scan, knowing only their class, takes for look-alikes.
func HomoglyphUnless(text string, inert func(rune) bool) bool {
	s := scan{inert: inert}
	s.from(text, 0)
	return s.needs().Has(Homoglyph)
}

// State is a screen in progress, for a loop that reads a text for ends of
// its own (the document model's word scan) to screen it on the way, so
// that a document is read once: the loop tells it every ASCII byte Acts
// names (ASCII), the ASCII letters (Latin, once is enough), every
// character beyond ASCII (Char) and every byte that is not UTF-8
// (Invalid); Rest screens what the loop left unread and returns what the
// whole text needs, as Scan would.
type State struct {
	s scan
	// taken holds classes Char took in, by a hash of the class: what a
	// character does to the screen depends on its class alone (Char is
	// not given the character), and taking a class in twice changes
	// nothing, so that a text in another alphabet, whose letters are of a
	// few classes, costs a comparison per letter.
	taken [16]runeclass.Class
}

// Acts reports the ASCII bytes the screen acts on beside letters: line
// ends and deletion controls.
func Acts(b byte) bool { return b < utf8.RuneSelf && asciiAct[b]&^latin != 0 }

// ASCII takes in text[i], an ASCII byte.
func (st *State) ASCII(text string, i int) {
	a := asciiAct[text[i]]
	st.s.seen |= a & latin
	if a&^latin != 0 {
		st.s.control(text, i, a)
	}
}

// Latin records an ASCII letter.
func (st *State) Latin() { st.s.seen |= latin }

// Char takes in a character of class c beyond ASCII. A class taken in
// already costs no call: Char inlines into the scan's loop, take does the
// rest.
func (st *State) Char(c runeclass.Class) {
	if k := &st.taken[uint32(c)*0x9E3779B1>>28]; *k != c {
		st.take(c, k)
	}
}

// take takes in a class Char has not (or no longer) in taken, at k.
//
//go:noinline
func (st *State) take(c runeclass.Class, k *runeclass.Class) {
	*k = c
	if c&(runeclass.Word|runeclass.Ignorable|runeclass.Control|runeclass.LikeLatin) != 0 {
		st.s.char(-1, c)
	}
}

// Invalid records a byte that is not UTF-8.
func (st *State) Invalid() { st.s.need |= Invalid }

// Rest screens text from byte i on and returns what the whole text needs.
func (st *State) Rest(text string, i int) Needs {
	st.s.from(text, i)
	return st.s.needs()
}

// from screens text from byte i on.
func (s *scan) from(text string, i int) {
	for i < len(text) {
		b := text[i]
		if b < utf8.RuneSelf {
			// Eight bytes at a time where none is beyond ASCII, a control
			// or delete, and the text is known to hold Latin letters: then
			// they change nothing.
			if s.seen&latin != 0 && i+8 <= len(text) && plain(load64(text, i)) {
				i += 8
				continue
			}
			a := asciiAct[b]
			s.seen |= a & latin
			if a&^latin != 0 {
				s.control(text, i, a)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if r == utf8.RuneError && n == 1 {
			s.need |= Invalid
		}
		i += n
		if c := runeclass.Of(r); c&(runeclass.Word|runeclass.Ignorable|runeclass.Control|runeclass.LikeLatin) != 0 {
			s.char(r, c)
		} // else punctuation, symbols and spaces that draw no letter
	}
}

// scan is what Scan has found so far.
type scan struct {
	need Needs
	// seen: target scripts whose letters the text holds (other: a script
	// that is none of them); likeFrom: targets that a character of another
	// script is drawn like.
	seen, likeFrom uint8
	// inert: Latin letters drawn like another that are no look-alike
	// (HomoglyphUnless); nil for all of them.
	inert func(rune) bool
}

// control takes in text[i], a line end or a deletion control (a, its
// asciiAct).
func (s *scan) control(text string, i int, a uint8) {
	if a&lineEnd != 0 {
		// Layout reads a lone CR as a line end and the CR of CRLF as a
		// space: ".\n", ". \n", ".\r\n" and ".\r" all end a line with a
		// full stop.
		if prev := byteAt(text, i-1); prev == '.' || (prev == ' ' || prev == '\r') && byteAt(text, i-2) == '.' {
			s.need |= Layout
		}
	} else if a&deletion != 0 {
		s.need |= Deletion
	}
}

// char takes in a character beyond ASCII, r (-1 where the caller has only
// its class), of class c, that is a word's, a default-ignorable, a control
// or drawn like a Latin letter.
func (s *scan) char(r rune, c runeclass.Class) {
	if c.Any(runeclass.Ignorable) {
		switch {
		case c.Any(runeclass.BidiControl):
			s.need |= Bidi
		case c.Any(runeclass.TagOrSelector):
			s.need |= Tags
		default:
			s.need |= Invisible
		}
		return
	}
	if c.Any(runeclass.Control) {
		return // C1 controls: no pass acts on them
	}
	if c.Has(runeclass.Compat | runeclass.Word) {
		s.need |= Homoglyph // a compatibility form in a word (ｅ, 𝐚, ⅿ)
	}
	if c.Any(runeclass.LikeDigit) {
		// Drawn like an ASCII digit (৪ in "A3৪0"): a spoof where it stands
		// among the ASCII digits of Latin text, which the pass judges.
		s.likeFrom |= latin
	}
	script := c.Script()
	switch script {
	case unidata.Common, unidata.Inherited, unidata.Unknown:
		// A symbol, number or compatibility form drawn like a letter
		// (⍺, ℮, 𝐚) is a spoof wherever it stands beside letters.
		if c.Any(runeclass.LikeLatin) {
			s.likeFrom |= latin
		}
		if c.Any(runeclass.LikeCyrillic) {
			s.likeFrom |= cyrillic
		}
		if c.Any(runeclass.LikeGreek) {
			s.likeFrom |= greek
		}
		return
	case unidata.Latin:
		s.seen |= latin
		if c.Any(runeclass.LikeLatin) && (s.inert == nil || r < 0 || !s.inert(r)) {
			s.need |= Homoglyph // drawn like another letter of its own script (ɑ, ı, þ)
		}
	case unidata.Cyrillic:
		s.seen |= cyrillic
	case unidata.Greek:
		s.seen |= greek
	default:
		s.seen |= other
	}
	if script != unidata.Latin && c.Any(runeclass.LikeLatin) {
		s.likeFrom |= latin
	}
	if script != unidata.Cyrillic && c.Any(runeclass.LikeCyrillic) {
		s.likeFrom |= cyrillic
	}
	if script != unidata.Greek && c.Any(runeclass.LikeGreek) {
		s.likeFrom |= greek
	}
}

// needs returns what the text needs.
func (s *scan) needs() Needs {
	// Letters of two target scripts (a Latin word in Russian text, or
	// Latin letters spoofing Cyrillic ones), or a character of another
	// script drawn like a letter of a target script the text uses.
	if t := s.seen &^ other; t&(t-1) != 0 || s.likeFrom&s.seen != 0 {
		return s.need | Homoglyph
	}
	return s.need
}

// load64 returns the eight bytes of text from i, the first lowest.
func load64(text string, i int) uint64 {
	b := text[i : i+8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// byteAt returns text[i], or 0 before the text. A byte of a character
// beyond ASCII is never one of the ASCII bytes it is compared with.
func byteAt(text string, i int) byte {
	if i < 0 {
		return 0
	}
	return text[i]
}

// plain reports whether none of the eight bytes of x is beyond ASCII, below
// space or delete (the bytes asciiAct gives an action but for letters).
func plain(x uint64) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	below := (x - 0x20*ones) &^ x // a high bit where a byte is below 0x20 (or beyond ASCII)
	del := x ^ 0x7F*ones
	isDel := (del - ones) &^ del // a high bit where a byte is 0x7F
	return (x|below|isDel)&highs == 0
}
