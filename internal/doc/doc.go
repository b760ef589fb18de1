// Package doc is the document model every pass reads: the text's tokens,
// with one definition of a word for the whole code base, their scripts and
// case, their lexicon entries, and the document's sentences and language,
// each computed once, the costlier ones on first use.
//
// A word is a run of word characters (runeclass.Word: letters, marks,
// numbers, and symbols drawn like letters), with the apostrophes, hyphens
// and full stops that join word characters inside it ("don't", "web-site",
// "U.S" of "U.S."); every other character but white space is a token of its
// own. Offsets are bytes of Doc.Text.
package doc

import (
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/unspin/unspin/internal/lexicon"
	"github.com/unspin/unspin/internal/runeclass"
	"github.com/unspin/unspin/internal/unidata"
)

// Kind says what a token is.
type Kind uint8

const (
	Word  Kind = iota + 1 // word characters with inner joiners
	Punct                 // one character that is neither a word's nor white space
)

// Flags describe a token's shape and what separates it from the one before.
type Flags uint16

const (
	SpaceBefore     Flags = 1 << iota // white space stands between it and the token before
	LineBefore                        // a line break does
	ParagraphBefore                   // a blank line does
	Capital                           // a word whose first letter is upper case
	AllCaps                           // a word of two or more letters, all upper case
	Digits                            // a word holding a decimal digit
	NonASCII                          // a token holding a character beyond ASCII
	MixedScript                       // a word with letters of two or more scripts
	Joined                            // a word holding an inner apostrophe, hyphen or full stop
)

// Token is one word or punctuation mark: 12 bytes, the fields ordered so
// that none pads (a 15 MB document has three million tokens).
type Token struct {
	Start, End int32
	Flags      Flags
	Kind       Kind
	// Script is the script of the word's first letter (Common where it has
	// none, and for punctuation).
	Script unidata.Script
}

// Has reports whether t has every flag in f.
func (t Token) Has(f Flags) bool { return t.Flags&f == f }

// Doc is one text and what is known about it, each part built on first
// use: a pass that needs only the language judgement tokenizes nothing.
type Doc struct {
	Text      string
	tokens    []Token
	tokenized bool
	lex       []lexicon.ID
	// lexWanted: the first tokenization looks the words up too (WantLex).
	lexWanted bool
	lang      Language
	judged    bool
	sentences []Span
	// bufs holds the memory tokens and lex stand in where it came from
	// the pool (Release returns it); retired, memory Forget let go of,
	// which a reader may still be writing in until the document is
	// released.
	bufs, retired *buffers
}

// New returns the model of text; nothing is computed yet.
func New(text string) *Doc { return &Doc{Text: text} }

// Tokens returns the document's tokens, tokenizing it on the first call.
func (d *Doc) Tokens() []Token {
	if !d.tokenized {
		if d.lexWanted {
			toks, _ := d.TokensLex()
			return toks
		}
		d.tokenized = true
		d.tokens, _ = d.tokenize(false)
	}
	return d.tokens
}

// WantLex says that a reader of the lexicon entries (TokensLex) will come:
// the first tokenization, whoever asks for it, looks the words up as it
// reads them, and the models Edited makes of this one keep them. Looked up
// afterwards, word by word, they cost as much again as the tokenization;
// in the tokenizer's loop, a sixth of it.
func (d *Doc) WantLex() { d.lexWanted = true }

// TokensLex returns the document's tokens and their lexicon entries (Lex).
// Where the text is not tokenized yet, each word is looked up as it is
// read, hashed in the same loop.
func (d *Doc) TokensLex() ([]Token, []lexicon.ID) {
	if d.lex != nil {
		return d.tokens, d.lex
	}
	if !d.tokenized {
		d.tokenized = true
		d.tokens, d.lex = d.tokenize(true)
		return d.tokens, d.lex
	}
	d.lex = make([]lexicon.ID, len(d.tokens))
	for k, t := range d.tokens {
		if t.Kind == Word && t.End-t.Start <= MaxLookup {
			d.lex[k], _ = lexicon.Probe(HashLower(d.Text[t.Start:t.End]))
		}
	}
	return d.tokens, d.lex
}

// tokenize splits text into tokens, and, where withLex, looks its words
// up (Lex).
func tokenize(text string, withLex bool) ([]Token, []lexicon.ID) {
	return tokenizeInto(text, withLex, nil)
}

// tokenizeInto is tokenize, in b's memory where b is not nil.
func tokenizeInto(text string, withLex bool, b *buffers) ([]Token, []lexicon.ID) {
	// English averages a token every five bytes, but one text in three
	// holds more (the Brown articles up to one in 4.3 bytes, attacked
	// text and lists one in 4), and a slice that grows is allocated and
	// copied again at twice the size: room for a token every four bytes
	// is one allocation for nearly every text.
	room := len(text)/4 + 8
	var toks []Token
	var lex []lexicon.ID
	if b != nil {
		toks, lex = b.toks[:0], b.lex[:0]
	}
	if cap(toks) < room {
		toks = make([]Token, 0, room)
	}
	if withLex && cap(lex) < room {
		lex = make([]lexicon.ID, 0, room)
	} else if !withLex {
		lex = nil
	}
	toks, lex, _ = tokenizeFrom(text, 0, 0, toks, lex, withLex, nil)
	if b != nil {
		// (Kept at their grown size for the next document.)
		b.toks = toks[:0]
		if lex != nil {
			b.lex = lex[:0]
		}
	}
	return toks, lex
}

// buffers is the memory of a document's tokens and lexicon entries, kept
// in a pool from one document to the next: a pipeline that cleans one
// document after another otherwise allocates, clears and collects four
// or five bytes per byte of text, the most of all it allocates.
type buffers struct {
	toks []Token
	lex  []lexicon.ID
}

var bufPool = sync.Pool{New: func() any { return new(buffers) }}

// maxPooledText is the longest text whose tokens take pooled memory: a
// pool must not keep a huge document's tokens alive for the small ones
// after it.
const maxPooledText = 1 << 20

// tokenize tokenizes the document in pooled memory where it is short
// enough for the pool.
func (d *Doc) tokenize(withLex bool) ([]Token, []lexicon.ID) {
	if len(d.Text) > maxPooledText {
		return tokenize(d.Text, withLex)
	}
	if d.bufs == nil {
		d.bufs = bufPool.Get().(*buffers)
	}
	return tokenizeInto(d.Text, withLex, d.bufs)
}

// Release gives the memory of the document's tokens back for the next
// document's. Neither the document nor any slice of tokens, lexicon
// entries or sentences it returned may be read after it; the pipeline
// calls it once a document's report is made.
func (d *Doc) Release() {
	for _, b := range [...]*buffers{d.bufs, d.retired} {
		if b != nil {
			bufPool.Put(b)
		}
	}
	*d = Doc{Text: d.Text}
}

// tokenizeFrom appends the tokens of text from byte i on to toks (and
// their entries to lex, where withLex), sep being what separates the first
// from the token before. It reads to the end of the text or, where sync is
// not nil, up to the first token sync takes for one of its old tokens
// (resync), and returns that token's old index, -1 at the end.
func tokenizeFrom(text string, i int, sep Flags, toks []Token, lex []lexicon.ID, withLex bool, sync *resync) ([]Token, []lexicon.ID, int) {
	if !withLex {
		return tokenizeLooking(text, i, sep, toks, nil, nil, nil, sync)
	}
	var p lookups
	table := lexicon.SenseTable()
	toks, lex, k := tokenizeLooking(text, i, sep, toks, lex, table, &p, sync)
	p.flush(table, lex)
	return toks, lex, k
}

// lookups holds words the hot table lacks (lexicon Senses.First), to be
// looked up in the hash table together: each such lookup likely misses
// the cache, and in a loop of lookups that depend on nothing but their
// hashes the misses overlap, where a lookup in the tokenizer's loop waited
// for each (a third of the time of tokenizing Brown's articles).
type lookups struct {
	n  int
	at [64]int32 // where in lex
	h  [64]lexicon.Hash
}

// flush looks the words up, writing their entries to lex.
func (p *lookups) flush(table *lexicon.Senses, lex []lexicon.ID) {
	for k := range p.n {
		lex[p.at[k]] = table.ID(p.h[k])
	}
	p.n = 0
}

// tokenizeLooking is tokenizeFrom, looking words up where table is not
// nil: a word the hot table lacks waits in p (lookups) with 0 in lex.
func tokenizeLooking(text string, i int, sep Flags, toks []Token, lex []lexicon.ID, table *lexicon.Senses, p *lookups, sync *resync) ([]Token, []lexicon.ID, int) {
	lines := 0 // line breaks since the last token
next:
	for i < len(text) {
		b := text[i]
		if b == ' ' { // the commonest separator, without a class lookup
			sep |= SpaceBefore
			i++
			continue
		}
		var t Token
		var h lexicon.Hash
		if plain[b] {
			// Most words are lower-case ASCII letters followed by
			// ASCII that is no word's ("the", "said,"), and most of
			// those by a space and another: read here, in a loop of
			// their own, without word's tests. Any other is word's
			// to read.
			for {
				j := i + 1
				for h = lexicon.HashStart.Add(b); j < len(text) && plain[text[j]]; j++ {
					h = h.Add(text[j])
				}
				if j < len(text) && after[text[j]] != afterEnds && (after[text[j]] != afterJoins || joins(text, j, 1)) {
					break // (after: what the byte after the run does)
				}
				if sync != nil && i >= sync.from {
					if k := sync.resync(Token{Start: int32(i), End: int32(j), Flags: sep, Kind: Word, Script: plainScript}); k >= 0 {
						return toks, lex, k
					}
				}
				toks = push(toks, i, j, sep, Word, plainScript)
				if table != nil {
					var id lexicon.ID
					if j-i <= MaxLookup {
						if id = table.First(h); id == 0 {
							p.at[p.n], p.h[p.n] = int32(len(lex)), h
							p.n++
						}
					}
					if lex = append(lex, id); p.n == len(p.at) {
						p.flush(table, lex)
					}
				}
				i, sep, lines = j, 0, 0
				if j+1 >= len(text) || text[j] != ' ' || !plain[text[j+1]] {
					continue next
				}
				i, sep, b = j+1, SpaceBefore, text[j+1]
			}
			t, h = word(text, i)
			t.Flags |= sep
		} else {
			c, n := runeclass.ASCII(b), 1
			if b >= utf8.RuneSelf {
				c, n = classBeyond(text, i)
			}
			switch {
			case c.Any(runeclass.Space):
				sep |= SpaceBefore
				if b == '\n' || b == '\r' && (i+1 == len(text) || text[i+1] != '\n') {
					lines++
					sep |= LineBefore
					if lines >= 2 {
						sep |= ParagraphBefore
					}
				}
				i += n
				continue
			case c.Any(runeclass.Word):
				t, h = word(text, i)
				t.Flags |= sep
			default:
				flags := sep
				if n > 1 || b >= utf8.RuneSelf {
					flags |= NonASCII
				}
				if sync != nil && i >= sync.from {
					if k := sync.resync(Token{Start: int32(i), End: int32(i + n), Kind: Punct, Flags: flags, Script: unidata.Common}); k >= 0 {
						return toks, lex, k
					}
				}
				toks = push(toks, i, i+n, flags, Punct, unidata.Common)
				if table != nil {
					lex = append(lex, 0)
				}
				i += n
				sep, lines = 0, 0
				continue
			}
		}
		// t is a word, h its hash.
		if sync != nil && int(t.Start) >= sync.from {
			if k := sync.resync(t); k >= 0 {
				return toks, lex, k
			}
		}
		toks = push(toks, int(t.Start), int(t.End), t.Flags, t.Kind, t.Script)
		i = int(t.End)
		if table != nil {
			var id lexicon.ID
			if t.End-t.Start <= MaxLookup {
				if id = table.First(h); id == 0 {
					p.at[p.n], p.h[p.n] = int32(len(lex)), h
					p.n++
				}
			}
			if lex = append(lex, id); p.n == len(p.at) {
				p.flush(table, lex)
			}
		}
		sep, lines = 0, 0
	}
	return toks, lex, -1
}

// push appends a token, written in place: a Token made whole and then
// copied into the slice was stored a field at a time and read back at once,
// a load the processor cannot take from the stores in flight, and waited
// for them at every token (an eighth of the time of tokenizing English).
func push(toks []Token, start, end int, flags Flags, kind Kind, script unidata.Script) []Token {
	n := len(toks)
	if n == cap(toks) {
		toks = append(toks, Token{})
	}
	toks = toks[:n+1]
	p := &toks[n]
	p.Start, p.End, p.Flags, p.Kind, p.Script = int32(start), int32(end), flags, kind, script
	return toks
}

// classAt returns the class of the character at i and its length. (The
// loops over every character test for ASCII themselves and call
// classBeyond, so that an ASCII byte costs no call.)
func classAt(text string, i int) (runeclass.Class, int) {
	if b := text[i]; b < utf8.RuneSelf {
		return runeclass.ASCII(b), 1
	}
	return classBeyond(text, i)
}

// classBeyond is classAt of a byte beyond ASCII: a two-byte character (a
// letter of Cyrillic, Greek, accented Latin) from classOf2's table.
func classBeyond(text string, i int) (runeclass.Class, int) {
	if b := text[i]; 0xC2 <= b && b < 0xE0 && i+1 < len(text) && text[i+1]&0xC0 == 0x80 {
		return classOf2(b, text[i+1]), 2
	}
	r, n := utf8.DecodeRuneInString(text[i:])
	if r == utf8.RuneError && n == 1 {
		return 0, 1 // a byte that is not UTF-8 stands alone
	}
	return runeclass.Of(r), n
}

// IsJoiner reports the characters that join word characters into one
// word: apostrophes ("don't", "l'ONU"), hyphens ("web-site") and full
// stops ("U.S").
func IsJoiner(b byte, r rune) bool {
	switch {
	case b == '\'' || b == '-' || b == '.':
		return true
	case b < utf8.RuneSelf:
		return false
	}
	return r == '’' || r == 'ʼ' || r == '‐' || r == '‑'
}

// joins reports whether the character at j, n bytes long and no word
// character, joins the word characters around it into one word: a joiner
// (IsJoiner) between the word character before it and one after it.
func joins(text string, j, n int) bool {
	var r rune
	if text[j] >= utf8.RuneSelf {
		r, _ = utf8.DecodeRuneInString(text[j:])
	}
	if !IsJoiner(text[j], r) || j+n >= len(text) {
		return false
	}
	next, _ := classAt(text, j+n)
	return next.Any(runeclass.Word)
}

// word reads the word that starts at i, and returns it with the lexicon
// Hash of its lower-cased form (HashLower).
func word(text string, i int) (Token, lexicon.Hash) {
	t := Token{Start: int32(i), Kind: Word, Script: unidata.Common}
	letters, upper, scripts := 0, 0, unidata.Script(0)
	h := lexicon.HashStart
	j := i
	for j < len(text) {
		// Most of a word is a run of lower-case ASCII letters (plain):
		// each costs a table load and the hash's step, and the run its
		// letters and script at once.
		if plain[text[j]] {
			r := j
			for j < len(text) && plain[text[j]] {
				h = h.Add(text[j])
				j++
			}
			letters += j - r
			if scripts != plainScript {
				if scripts == 0 {
					scripts, t.Script = plainScript, plainScript
				} else {
					t.Flags |= MixedScript
				}
			}
			if j == len(text) {
				break
			}
		}
		if b := text[j]; b < utf8.RuneSelf {
			// The same steps as below, from tables of ASCII bytes.
			k := asciiKind[b]
			switch {
			case k&kWord == 0:
				if k&kJoiner == 0 || !joins(text, j, 1) {
					t.End = int32(j)
					return t.caps(letters, upper), h
				}
				t.Flags |= Joined
			case k&kDigit != 0:
				t.Flags |= Digits
			case k&kLetter != 0:
				letters++
				if k&kUpper != 0 {
					upper++
					if letters == 1 {
						t.Flags |= Capital
					}
				}
				if s := asciiScript[b]; s != scripts {
					if scripts == 0 {
						scripts, t.Script = s, s
					} else if s != 0 {
						t.Flags |= MixedScript
					}
				}
			}
			h = h.Add(asciiLower[b])
			j++
			continue
		}
		c, n := classBeyond(text, j)
		if !c.Any(runeclass.Word) {
			if b := text[j]; b < utf8.RuneSelf && asciiKind[b]&kJoiner == 0 || !joins(text, j, n) {
				break // (most words end at an ASCII byte that joins nothing)
			}
			t.Flags |= Joined
			h = hashRune(h, text, j, n, c)
			j += n
			continue
		}
		t.Flags |= NonASCII
		h = hashRune(h, text, j, n, c)
		if c.Any(runeclass.Digit) {
			t.Flags |= Digits
		}
		if c.Any(runeclass.Letter) {
			letters++
			if c.Any(runeclass.Upper) {
				upper++
				if letters == 1 {
					t.Flags |= Capital
				}
			}
			switch s := c.Script(); s {
			case unidata.Common, unidata.Inherited, unidata.Unknown:
			default:
				if scripts == 0 {
					scripts, t.Script = s, s
				} else if s != scripts {
					t.Flags |= MixedScript
				}
			}
		}
		j += n
	}
	t.End = int32(j)
	return t.caps(letters, upper), h
}

// caps sets AllCaps on a word of letters letters, upper of them upper case.
func (t Token) caps(letters, upper int) Token {
	if letters >= 2 && upper == letters {
		t.Flags |= AllCaps
	}
	return t
}

// hashRune adds the character text[j:j+n], of class c, lower-cased, to h.
// A letter that is not upper case is its own lower case (lowerOf): its
// bytes are hashed without decoding it.
func hashRune(h lexicon.Hash, text string, j, n int, c runeclass.Class) lexicon.Hash {
	if c&(runeclass.Letter|runeclass.Upper) == runeclass.Letter {
		for k := j; k < j+n; k++ {
			h = h.Add(text[k])
		}
		return h
	}
	r, _ := utf8.DecodeRuneInString(text[j:])
	if l := lowerOf(r, c); l != r {
		var buf [utf8.UTFMax]byte
		for _, lb := range buf[:utf8.EncodeRune(buf[:], l)] {
			h = h.Add(lb)
		}
		return h
	}
	for k := j; k < j+n; k++ {
		h = h.Add(text[k])
	}
	return h
}

// Forget drops the document's tokens, lexicon entries and sentences,
// keeping its language judgement: a reader that is the model's last may
// write over them (the spam pass's view joins abbreviations in them, where
// a copy of a long document's tokens would cost as much memory again), and
// a later Tokens tokenizes the text again.
func (d *Doc) Forget() {
	d.Language()
	d.tokens, d.tokenized, d.lex, d.sentences = nil, false, nil, nil
	if d.retired == nil {
		d.retired, d.bufs = d.bufs, nil
	} else {
		d.bufs = nil // (a second Forget's memory goes to the collector)
	}
}

// TextOf returns token i's text.
func (d *Doc) TextOf(i int) string { t := d.Tokens()[i]; return d.Text[t.Start:t.End] }

// AppendLower appends token i's text, lower-cased, to buf: ASCII without a
// table lookup, other letters by their simple case mapping.
func (d *Doc) AppendLower(buf []byte, i int) []byte {
	return AppendLower(buf, d.TextOf(i))
}

// AppendLower appends s lower-cased to buf.
func AppendLower(buf []byte, s string) []byte {
	lowerOnce.Do(cacheLower)
	for k := 0; k < len(s); {
		b := s[k]
		if b < utf8.RuneSelf {
			if 'A' <= b && b <= 'Z' {
				b += 'a' - 'A'
			}
			buf = append(buf, b)
			k++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[k:])
		switch {
		case r == utf8.RuneError && n == 1:
			buf = append(buf, b)
		case r < 1<<16 && lowerChanges[r>>6]&(1<<(r&63)) == 0:
			buf = append(buf, s[k:k+n]...) // (what AppendRune writes of r)
		default:
			buf = utf8.AppendRune(buf, unicode.ToLower(r))
		}
		k += n
	}
	return buf
}

// lowerChanges holds the characters of the Basic Multilingual Plane beyond
// ASCII that unicode.ToLower changes: most letters of a word beyond ASCII
// (of a script without case, or small already) are copied as they stand,
// without a search of the case tables.
var (
	lowerOnce    sync.Once
	lowerChanges [1 << 16 / 64]uint64
)

// cacheLower asks only the characters of unicode.CaseRanges, the ranges
// unicode.ToLower searches (it keeps any other character): a few thousand,
// where asking all 65,536 cost every process two milliseconds at start.
func cacheLower() {
	for _, cr := range unicode.CaseRanges {
		for r := max(rune(cr.Lo), utf8.RuneSelf); r <= rune(cr.Hi) && r < 1<<16; r++ {
			if unicode.ToLower(r) != r {
				lowerChanges[r>>6] |= 1 << (r & 63)
			}
		}
	}
}

// Lex returns the lexicon entry of token i's lower-cased form (0 where the
// corpus lacks it, and for punctuation). The first call looks up every word.
func (d *Doc) Lex(i int) lexicon.ID {
	_, lex := d.TokensLex()
	return lex[i]
}

// EnglishWords is how many of a document's first words judge its language.
const EnglishWords = 400

// Language is the judgement of a text's language that passes share: over
// its first words with letters (at most EnglishWords), the share the Brown
// corpus knows and the share an English reader knows (Brown's or today's),
// with the counts behind them: Words judged, KnownWords of them known (a
// pass that judges a subset of the words bounds its own count by these).
type Language struct {
	English, Known    float64
	Words, KnownWords int
}

// Whole reports whether the judgement read every word of the text with
// letters: fewer than EnglishWords, so the window did not cut it.
func (l Language) Whole() bool { return l.Words < EnglishWords }

// Judge judges text's language from its first words alone, words as New
// finds them, without tokenizing the rest: a pass that needs nothing else
// of a document asks this.
func Judge(text string) Language {
	d := Doc{Text: text}
	for w := d.Words(); w.Next() && !d.judged; {
	}
	return d.lang
}

// MaxLookup is the longest word, in bytes, that is looked up in the
// lexicon: none of its forms is longer.
const MaxLookup = 64

// judgement counts the words judged and those Brown and an English reader
// know.
type judgement struct{ brown, known, n int }

func (j *judgement) add(s lexicon.Sense) {
	j.n++
	j.brown += int(s / lexicon.SenseBrown & 1) // without a branch a mispredicts
	j.known += int(s / lexicon.SenseKnown & 1)
}

func (j *judgement) language() Language {
	if j.n == 0 {
		return Language{}
	}
	return Language{float64(j.brown) / float64(j.n), float64(j.known) / float64(j.n), j.n, j.known}
}

// judgeTokens is Judge of a document whose words are already looked up
// (Lex): the same words, without looking them up again.
func (d *Doc) judgeTokens() Language {
	var j judgement
	for k, t := range d.tokens {
		if j.n >= EnglishWords {
			break
		}
		if t.Kind != Word || t.Has(Digits) && !hasLetter(d.Text[t.Start:t.End]) {
			continue
		}
		j.add(d.lex[k].Sense())
	}
	return j.language()
}

// IsEnglish reports text English enough for statistics from an English
// corpus to judge it: Brown prose has a share of known words above 0.85,
// English-based creoles about 0.8, other Latin-script languages below 0.65.
func (l Language) IsEnglish() bool { return l.English >= 0.8 }

// IsModernEnglish reports present-day English: nine in ten of the
// SpamAssassin corpus' ham e-mails have a known share of 0.76 or more; of the
// Universal Declaration's other languages Interlingua scores highest, 0.65.
func (l Language) IsModernEnglish() bool { return l.Known >= 0.7 }

// Language returns the document's language judgement, made once.
func (d *Doc) Language() Language {
	if !d.judged {
		if d.lex != nil {
			d.lang = d.judgeTokens()
		} else {
			d.lang = Judge(d.Text)
		}
		d.judged = true
	}
	return d.lang
}

// IsEnglish reports text English enough for Brown's statistics to judge it.
func (d *Doc) IsEnglish() bool { return d.Language().IsEnglish() }

// IsModernEnglish reports present-day English.
func (d *Doc) IsModernEnglish() bool { return d.Language().IsModernEnglish() }

func hasLetter(s string) bool {
	for _, r := range s {
		if runeclass.Of(r).Any(runeclass.Letter) {
			return true
		}
	}
	return false
}
