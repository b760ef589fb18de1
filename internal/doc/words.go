package doc

import (
	"unicode"
	"unicode/utf8"

	"github.com/unspin/unspin/internal/lexicon"
	"github.com/unspin/unspin/internal/runeclass"
	"github.com/unspin/unspin/internal/screen"
	"github.com/unspin/unspin/internal/unidata"
)

// Words walks the words of a text as New finds them, without building
// tokens: each word's bounds and the lexicon Hash of its lower-cased form,
// made in the same loop that finds its end. It is the cheap path for what
// needs only the words (the language judgement, a pass's pre-filter): most
// text is ASCII, and an ASCII byte costs a table load, a test and a multiply.
//
//	for w := doc.Words(text); w.Next(); {
//		... text[w.Start:w.End], w.Hash ...
//	}
type WordScan struct {
	text string
	next int
	// Start and End are the bytes of the current word.
	Start, End int
	// Hash is the lexicon.Hash of the word lower-cased as AppendLower does.
	Hash lexicon.Hash
	// ASCII says whether the lower-cased word is ASCII ("İt" is).
	ASCII bool
	// what the word holds (asciiKind bits: kLetter, kDigit)
	kinds uint8
	// doc, where not nil, is judged on the way (Doc.Words).
	doc    *Doc
	j      judgement
	senses *lexicon.Senses
	// screen, where screening, is told every character the scan passes.
	screen    screen.State
	screening bool
}

// Words returns a scan of text's words; call Next before reading the first.
func Words(text string) WordScan { return WordScan{text: text} }

// Words returns a scan of the document's words that judges its language
// on the way, as Judge does: a pass whose pre-filter walks the words spares
// the judgement a scan of its own. Where the scan stops before the end and
// before the judgement's words are in, Language judges as usual.
func (d *Doc) Words() WordScan {
	w := WordScan{text: d.Text}
	if !d.judged {
		w.doc, w.senses = d, lexicon.SenseTable()
	}
	return w
}

// Screen makes the scan screen the text on its way (screen.State): a
// pass that walks a document's words and the screen read it once.
func (w *WordScan) Screen() { w.screening = true }

// Screened screens the text the scan has not yet read and returns what
// the whole text needs (screen.Scan). The scan must have been screening
// from the start.
func (w *WordScan) Screened() screen.Needs { return w.screen.Rest(w.text, w.next) }

// judge counts the current word into the judgement, id and hot being
// what the hot table says of it (lexicon.Senses.Hot).
func (w *WordScan) judge(id lexicon.ID, hot lexicon.Sense) {
	if w.j.n >= EnglishWords || w.Number() {
		return
	}
	var s lexicon.Sense
	if w.End-w.Start <= MaxLookup {
		switch {
		case !w.ASCII && id == 0:
			s = w.senses.Cold(w.Hash, false) // (Of, where Hot found nothing)
		case !w.ASCII:
			s = w.senses.Of(w.Hash, false)
		case id != 0:
			s = hot
		default:
			s = w.senses.Cold(w.Hash, true)
		}
	}
	w.j.add(s)
	if w.j.n == EnglishWords {
		w.settle()
	}
}

// settle gives the document its judgement.
func (w *WordScan) settle() {
	if d := w.doc; d != nil && !d.judged {
		d.lang, d.judged = w.j.language(), true
	}
	w.doc = nil
}

// Next moves to the next word, reporting false at the end of the text.
func (w *WordScan) Next() bool {
	text, i := w.text, w.next
	for {
		if i >= len(text) {
			w.next = i
			if w.doc != nil {
				w.settle()
			}
			return false
		}
		if b := text[i]; b < utf8.RuneSelf {
			if b == ' ' { // the commonest separator, without a table
				i++
				continue
			}
			k := asciiKind[b]
			if k&kWord != 0 {
				break
			}
			if k&kScreen != 0 && w.screening {
				w.screen.ASCII(text, i)
			}
			i++
			continue
		}
		// (The first letter of a word of another alphabet, most often
		// two bytes, found without a call.)
		if b := text[i]; 0xC2 <= b && b < 0xE0 && i+1 < len(text) && text[i+1]&0xC0 == 0x80 && classOf2(b, text[i+1]).Any(runeclass.Word) {
			break
		}
		r, n := decodeAt(text, i)
		if r == utf8.RuneError && n == 1 {
			if w.screening {
				w.screen.Invalid()
			}
			i++
			continue
		}
		c := runeclass.Of(r)
		if c.Any(runeclass.Word) {
			break
		}
		if w.screening {
			w.screen.Char(c)
		}
		i += n
	}
	w.Start = i
	// (akinds: what the ASCII bytes hold, which the screen is told of
	// once per word.)
	h, kinds, akinds, ascii := lexicon.HashStart, uint8(0), uint8(0), true
	for i < len(text) {
		b := text[i]
		if plain[b] { // most of a word, a byte at a time in a tight loop
			for i < len(text) && plain[text[i]] {
				h = h.Add(text[i])
				i++
			}
			akinds |= kWord | kLetter // (asciiKind of every plain byte)
			if i == len(text) || after[text[i]] == afterEnds {
				break // most words: the byte after them ends them
			}
			continue
		}
		if b < utf8.RuneSelf {
			k := asciiKind[b]
			if k&kWord == 0 && (k&kJoiner == 0 || !joins(text, i, 1)) {
				break
			}
			akinds |= k
			h = h.Add(asciiLower[b])
			i++
			continue
		}
		// A two-byte letter that lower-casing keeps (most letters of
		// Cyrillic, Greek and accented Latin text), decoded and hashed
		// here: the general path below costs it twice the instructions.
		// What it does is what that path does to such a letter.
		if 0xC2 <= b && b < 0xE0 && i+1 < len(text) && text[i+1]&0xC0 == 0x80 {
			if c := classOf2(b, text[i+1]); c&(runeclass.Letter|runeclass.Upper) == runeclass.Letter && c.Any(runeclass.Word) {
				if w.screening {
					w.screen.Char(c)
				}
				kinds |= kindOf(c)
				ascii = false
				h = h.Add(b).Add(text[i+1])
				i += 2
				continue
			}
		}
		r, n := decodeAt(text, i)
		if r == utf8.RuneError && n == 1 {
			break // a byte that is not UTF-8 stands alone
		}
		c := runeclass.Of(r)
		if !c.Any(runeclass.Word) && !joins(text, i, n) {
			break
		}
		if w.screening {
			w.screen.Char(c)
		}
		kinds |= kindOf(c)
		l := lowerOf(r, c)
		ascii = ascii && l < utf8.RuneSelf
		if l != r {
			var buf [utf8.UTFMax]byte
			for _, lb := range buf[:utf8.EncodeRune(buf[:], l)] {
				h = h.Add(lb)
			}
		} else {
			for k := i; k < i+n; k++ {
				h = h.Add(text[k])
			}
		}
		i += n
	}
	if w.screening && akinds&kLetter != 0 {
		w.screen.Latin()
	}
	kinds |= akinds
	w.End, w.next, w.Hash = i, i, h
	w.kinds, w.ASCII = kinds, ascii
	if w.doc != nil {
		// Most words of English are hot, and judged here without a call;
		// judge judges the others, and the word that completes the
		// judgement.
		if id, hot := w.senses.Hot(h); id != 0 && ascii && kinds&kLetter != 0 && i-w.Start <= MaxLookup && w.j.n < EnglishWords-1 {
			w.j.add(hot)
		} else {
			w.judge(id, hot)
		}
	}
	return true
}

// Text returns the text the scan reads.
func (w *WordScan) Text() string { return w.text }

// Number reports a word of digits without a letter ("1984", "3.14"): the
// language judgement passes over it.
func (w *WordScan) Number() bool { return w.kinds&(kLetter|kDigit) == kDigit }

// decodeAt is utf8.DecodeRuneInString(text[i:]) for a byte beyond ASCII,
// two-byte sequences (Latin, Greek, Cyrillic, Hebrew, Arabic letters)
// without a call.
func decodeAt(text string, i int) (rune, int) {
	if b := text[i]; 0xC2 <= b && b < 0xE0 && i+1 < len(text) && text[i+1]&0xC0 == 0x80 {
		return rune(b&0x1F)<<6 | rune(text[i+1]&0x3F), 2
	}
	return utf8.DecodeRuneInString(text[i:])
}

// classOf2 is runeclass.Of of the two-byte character b0 b1 (a valid
// sequence: b0 from 0xC2 to 0xDF, b1 a continuation byte), from a table of
// its own: the letters of Cyrillic, Greek and accented Latin text, each
// read with one load where Of checks its range and reads two tables.
func classOf2(b0, b1 byte) runeclass.Class {
	return twoByte[(int(b0&0x1F)<<6|int(b1&0x3F))&(len(twoByte)-1)]
}

// twoByte holds runeclass.Of of the code points below U+0800 (8 KB).
var twoByte = func() (t [0x800]runeclass.Class) {
	for r := range rune(len(t)) {
		t[r] = runeclass.Of(r)
	}
	return
}()

// lowerOf is unicode.ToLower(r) for r of class c, without the search of
// Unicode's case tables for a lower-case or caseless letter, which no
// lower-casing changes (TestLowerOf checks every code point).
func lowerOf(r rune, c runeclass.Class) rune {
	if c&(runeclass.Letter|runeclass.Upper) == runeclass.Letter {
		return r
	}
	return unicode.ToLower(r)
}

// Kinds of ASCII bytes, from runeclass and IsJoiner: asciiKind[b] for b <
// 0x80.
const (
	kWord uint8 = 1 << iota
	kLetter
	kDigit
	kJoiner
	kScreen // a byte the screen acts on (screen.Acts)
	kUpper
)

// asciiScript is the script of an ASCII letter (0 for other bytes, and a
// letter of no script of its own).
var asciiScript = func() (s [utf8.RuneSelf]unidata.Script) {
	for b := range utf8.RuneSelf {
		c := runeclass.ASCII(byte(b))
		switch sc := c.Script(); {
		case !c.Any(runeclass.Letter), sc == unidata.Common, sc == unidata.Inherited, sc == unidata.Unknown:
		default:
			s[b] = sc
		}
	}
	return
}()

// plain[b] reports the bytes word reads fastest: ASCII letters that are
// lower case (lower-casing keeps them), all of script plainScript.
var plain, plainScript = func() (p [256]bool, s unidata.Script) {
	s = asciiScript['a']
	for b := range utf8.RuneSelf {
		p[b] = asciiKind[b] == kWord|kLetter && asciiLower[b] == byte(b) && asciiScript[b] == s
	}
	return
}()

// after[b] is what a byte after a run of plain letters does to the word:
// ends it (ASCII that is no word's, and no joiner), may join it to more
// (an ASCII joiner: joins says), or leaves it for word to read (a word
// character, a byte beyond ASCII).
var after = func() (a [256]uint8) {
	for b := range utf8.RuneSelf {
		switch k := asciiKind[b]; {
		case k&kWord != 0:
		case k&kJoiner != 0:
			a[b] = afterJoins
		default:
			a[b] = afterEnds
		}
	}
	return
}()

const (
	afterEnds  = 1
	afterJoins = 2
)

var asciiKind, asciiLower = func() (kind [utf8.RuneSelf]uint8, lower [utf8.RuneSelf]byte) {
	for b := range utf8.RuneSelf {
		c := runeclass.ASCII(byte(b))
		kind[b] = kindOf(c)
		if IsJoiner(byte(b), 0) {
			kind[b] |= kJoiner
		}
		if screen.Acts(byte(b)) {
			kind[b] |= kScreen
		}
		lower[b] = AppendLower(nil, string(rune(b)))[0]
	}
	return
}()

func kindOf(c runeclass.Class) uint8 {
	var k uint8
	if c.Any(runeclass.Word) {
		k |= kWord
	}
	if c.Any(runeclass.Letter) {
		k |= kLetter
	}
	if c.Any(runeclass.Digit) {
		k |= kDigit
	}
	if c.Any(runeclass.Upper) {
		k |= kUpper
	}
	return k
}

// HashLower returns the lexicon Hash of s lower-cased as AppendLower does,
// without copying it.
func HashLower(s string) lexicon.Hash {
	h := lexicon.HashStart
	for k := 0; k < len(s); {
		b := s[k]
		if b < utf8.RuneSelf {
			h = h.Add(asciiLower[b])
			k++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[k:])
		if r == utf8.RuneError && n == 1 {
			h = h.Add(b)
		} else {
			var buf [utf8.UTFMax]byte
			for _, lb := range buf[:utf8.EncodeRune(buf[:], unicode.ToLower(r))] {
				h = h.Add(lb)
			}
		}
		k += n
	}
	return h
}
