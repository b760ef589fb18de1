// Package homoglyph restores letters that were swapped for look-alikes from
// other scripts or blocks (Cyrillic "а" in "Russіan", ⍺ in "⍺gainst", Latin
// "a" in a Russian word), in both directions.
//
// A character is never judged alone. The pass first reads the document
// (readProfile): its dominant script, its clean words and how it writes
// them, its letter pairs, how English it is. Each look-alike is then graded
// by how unnatural it is where it stands (tier.go), and the evidence asked
// grows with how natural it could be (judge.go):
//   - a symbol or compatibility form inside a word of letters, or a word
//     pieced together from several alphabets, is evidence in itself
//     (selfEvident), as is a letter of another script among the document's;
//   - a whole word in one foreign script or alphabet, a lone letter, and a
//     look-alike within the dominant script need word evidence or a document
//     under attack (needsEvidence), and a letter the document uses natively
//     (isNative) is never restored;
//   - which letter and which case a look-alike stands for is read from the
//     word, the sentence and the document (casing.go).
package homoglyph

import (
	"fmt"
	"github.com/unspin/unspin/internal/doc"
	"github.com/unspin/unspin/internal/runeclass"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"
	"weak"

	"github.com/unspin/unspin/internal/analysis"
	"github.com/unspin/unspin/internal/edit"
	"github.com/unspin/unspin/internal/letters"
	"github.com/unspin/unspin/internal/lexicon"
	"github.com/unspin/unspin/internal/unidata"
	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/unicode/runenames"
)

// targets are the scripts the tables can restore into.
var targets = []unidata.Script{unidata.Latin, unidata.Cyrillic, unidata.Greek}

type letter struct { // 12 bytes: one per letter of the document
	off    int32
	r      rune
	script unidata.Script // Common/Inherited for neutral characters
}

// scriptCount is one script's letter count in a word.
type scriptCount struct {
	s unidata.Script
	n int32
}

// scriptCounts counts letters per script; a word rarely has more than one,
// so a short slice beats a map.
type scriptCounts []scriptCount

func (c scriptCounts) of(s unidata.Script) int {
	for _, x := range c {
		if x.s == s {
			return int(x.n)
		}
	}
	return 0
}

type word struct { // 56 bytes: a 15 MB document has millions of words
	start, end int
	// The word's letters and its letter counts per real script, each kept
	// as a pointer and a length, not a slice. A word of ASCII letters has
	// no letter records until one is asked for (letters): lp points at its
	// text until then, and inText says so.
	lp unsafe.Pointer
	sp *scriptCount
	// What the word is made of, against the dominant script (mk): most
	// words are ordinary letters alone, of the script (or, where other,
	// of another), whose count plain holds; the others' make-up is kept
	// apart, at mkp.
	mkp    *makeup
	plain  int32
	ln     int32
	form   int32 // the word's lower-cased form in the profile's table
	sn     uint8 // a word holds letters of a few scripts at most
	ascii  bool  // every character ASCII
	inText bool  // lp points at the word's text, ASCII letters alone
	other  bool  // plain counts letters of another script
}

// mk returns what the word is made of, against the dominant script.
func (w *word) mk() makeup {
	switch {
	case w.mkp != nil:
		return *w.mkp
	case w.other:
		return makeup{plainOther: w.plain}
	}
	return makeup{plainT: w.plain}
}

// setMakeup records m as the word's make-up, apart (in *more) unless
// ordinary letters of one kind are all it counts.
func (w *word) setMakeup(m makeup, more *[]makeup) {
	w.mkp = nil
	switch m {
	case makeup{plainT: m.plainT}:
		w.plain, w.other = m.plainT, false
	case makeup{plainOther: m.plainOther}:
		w.plain, w.other = m.plainOther, true
	default:
		if len(*more) == cap(*more) {
			// A new chunk, never a larger copy: the words before keep
			// pointing into the old one, which append would leave behind
			// beside the copy (a spun 15 MB document's make-ups took twice
			// their size so). Each chunk is twice the last, up to a bound,
			// so that the last, kept for the next document, stays small.
			*more = make([]makeup, 0, min(max(64, 2*cap(*more)), makeupChunk))
		}
		*more = append(*more, m)
		w.mkp = &(*more)[len(*more)-1]
	}
}

// makeupChunk is the most make-ups a chunk holds.
const makeupChunk = 1 << 14

// letters returns the word's letters.
func (w *word) letters() []letter {
	if w.inText {
		w.makeLetters()
	}
	return unsafe.Slice((*letter)(w.lp), w.ln)
}

// makeLetters makes the letter records of a word of ASCII letters, on the
// first call of letters: most such words never need them (a 15 MB document
// has eleven million letters, 12 bytes each), and the pass asks for few.
func (w *word) makeLetters() {
	ls := make([]letter, w.ln)
	for k, b := range unsafe.Slice((*byte)(w.lp), w.ln) {
		ls[k] = letter{int32(w.start + k), rune(b), unidata.Latin}
	}
	w.lp, w.inText = unsafe.Pointer(unsafe.SliceData(ls)), false
}

// letterAt returns the word's k-th letter, made as makeLetters makes it
// where its records are not made: for a walk over many words that asks
// for their letters once.
func (w *word) letterAt(k int) letter {
	if w.inText {
		return letter{int32(w.start + k), rune(*(*byte)(unsafe.Add(w.lp, k))), unidata.Latin}
	}
	return w.letters()[k]
}

// letterRune returns the character of the word's k-th letter, from the
// text where its records are not made.
func (w *word) letterRune(k int) rune {
	if w.inText {
		return rune(*(*byte)(unsafe.Add(w.lp, k)))
	}
	return w.letters()[k].r
}

// scripts returns the word's letter counts per real script.
func (w *word) scripts() scriptCounts { return unsafe.Slice(w.sp, w.sn) }

// setLetters makes ls the word's letters.
func (w *word) setLetters(ls []letter) {
	w.lp, w.ln, w.inText = unsafe.Pointer(unsafe.SliceData(ls)), int32(len(ls)), false
}

// setScripts makes c the word's letter counts per real script.
func (w *word) setScripts(c scriptCounts) { w.sp, w.sn = unsafe.SliceData(c), uint8(len(c)) }

func (w *word) text(src string) string { return src[w.start:w.end] }

// mainScript is the script of most letters in the word (Unknown if none).
func (w *word) mainScript() unidata.Script {
	best, n := unidata.Unknown, 0
	for _, sc := range w.scripts() {
		s, c := sc.s, int(sc.n)
		if c > n || c == n && s < best {
			best, n = s, c
		}
	}
	return best
}

// charAt returns the character at byte i of text, its length and its
// class (0 for a byte that is not UTF-8).
func charAt(text string, i int) (rune, int, runeclass.Class) {
	if b := text[i]; b < utf8.RuneSelf {
		return rune(b), 1, runeclass.ASCII(b)
	}
	r, n := utf8.DecodeRuneInString(text[i:])
	if r == utf8.RuneError && n == 1 {
		return r, 1, 0
	}
	return r, n, runeclass.Of(r)
}

// tokenize returns the document's words as the pass judges them: the
// model's words (runeclass.Word: letters, marks, numbers, and symbols drawn
// like letters, which would otherwise split the word they spoof and never
// be judged) split at their inner apostrophes, hyphens and full stops, with
// notation cut out (notation.go).
func tokenize(d *doc.Doc, sc *scratch) ([]word, *tally) {
	text := d.Text
	tl := &sc.tally
	*tl = tally{}
	distinctOnce.Do(cacheDistinct)
	toks := d.Tokens()
	size, pieces, others := 0, 0, 0 // size: the bytes of words not of ASCII letters alone
	for _, t := range toks {
		if t.Kind == doc.Word {
			pieces++
			if t.Has(doc.Joined) {
				pieces += 2
			}
			if t.Flags&(doc.Digits|doc.NonASCII|doc.Joined) != 0 {
				others += 3
				size += int(t.End - t.Start)
			}
		}
	}
	// One backing array for the letters of every word but those of ASCII
	// letters alone (which have none until asked: word.letters), and one
	// for their script counts, kept from one document to the next: a
	// document has thousands of words, and a slice each would dominate the
	// pass's cost. (A word whose letters outgrow the array is read into a
	// larger one; the words before keep pointing into the old.) The words and the script counts
	// are sized up front too: grown by append, a megabyte's words are
	// copied over and over (twice the document's allocation).
	if cap(sc.letters) < size {
		sc.letters = make([]letter, 0, size)
	}
	if n := pieces + 8; cap(sc.words) < n {
		sc.words = make([]word, 0, n)
	}
	if n := others + 8; cap(sc.counts) < n { // (words of ASCII letters share latinCounts)
		sc.counts = make([]scriptCount, 0, n)
	}
	// A word's script counts are final once the word is read: it points at
	// them then, in whichever array holds them if counts outgrows its own.
	words, all, counts := sc.words[:0], sc.letters[:0], sc.counts[:0]
	notation := notationSpans(d)
	// The ASCII letters of the path below, all of them bytes 64 to 127
	// (the second word of tally.ascii), in a register until the end.
	var letters uint64
	for _, t := range toks {
		if t.Kind != doc.Word {
			continue
		}
		if asciiWords && t.Flags&(doc.Digits|doc.NonASCII|doc.Joined) == 0 && !notation.meets(int(t.Start), int(t.End)) {
			// ASCII letters alone (most words): one word, every letter
			// Latin, as the loop below would find letter by letter.
			start, end := int(t.Start), int(t.End)
			var distinct int32
			for _, b := range []byte(text[start:end]) {
				distinct += int32(asciiDistinct[b])
				letters |= 1 << (b & 63)
			}
			if distinct > 0 {
				tl.distinct[unidata.Latin] += distinct
				tl.someDistinct = true
			}
			tl.letters[unidata.Latin] += int32(end - start)
			wd := word{start: start, end: end, ascii: true, inText: true, ln: int32(end - start),
				lp: unsafe.Pointer(unsafe.StringData(text[start:end]))}
			if n := end - start; n < len(latinCounts) {
				wd.setScripts(latinCounts[n : n+1 : n+1])
			} else {
				counts = append(counts, scriptCount{unidata.Latin, int32(n)})
				wd.setScripts(counts[len(counts)-1 : len(counts) : len(counts)])
			}
			words = append(words, wd)
			continue
		}
		for i, end := int(t.Start), int(t.End); i < end; {
			_, n, c := charAt(text, i)
			if !c.Any(runeclass.Word) || notation.covers(i) {
				i += n
				continue
			}
			wd := word{start: i, ascii: true}
			first, firstCount := len(all), len(counts)
			for i < end {
				r, n, c := charAt(text, i)
				if !c.Any(runeclass.Word) || notation.covers(i) {
					break
				}
				s := scriptOfClass(r, c)
				if s != unidata.Common && s != unidata.Inherited && s != unidata.Unknown {
					tl.letters[s]++
					if isTarget(s) && (r < distinctCached && distinctCache[r>>6]&(1<<(r&63)) != 0 || r >= distinctCached && distinctiveOf(r, s)) {
						tl.distinct[s]++
						tl.someDistinct = true
					}
					k := firstCount
					for k < len(counts) && counts[k].s != s {
						k++
					}
					if k == len(counts) {
						counts = append(counts, scriptCount{s, 0})
					}
					counts[k].n++
				}
				wd.ascii = wd.ascii && n == 1
				all = append(all, letter{int32(i), r, s})
				i += n
			}
			wd.end = i
			if wd.ascii && len(counts) == firstCount+1 && int(counts[firstCount].n) == wd.end-wd.start {
				// ASCII letters alone, as on the path above (a word the
				// notation split, or a piece of one joined by an apostrophe).
				for _, b := range []byte(text[wd.start:wd.end]) {
					tl.ascii[b>>6&1] |= 1 << (b & 63)
				}
			}
			wd.setLetters(all[first:len(all):len(all)])
			if len(counts) > firstCount {
				wd.setScripts(counts[firstCount:len(counts):len(counts)])
			}
			words = append(words, wd)
		}
	}
	tl.ascii[1] |= letters
	sc.words, sc.letters, sc.counts = words, all, counts
	return words, tl
}

// latinCounts holds the script counts of words of n ASCII letters, n
// below 256, shared by all of them (nothing writes over a word's counts):
// most words need none of their own.
var latinCounts = func() (c [256]scriptCount) {
	for n := range c {
		c[n] = scriptCount{unidata.Latin, int32(n)}
	}
	return c
}()

// asciiWords turns on tokenize's path for words of ASCII letters; the
// tests turn it off to compare.
var asciiWords = true

// meets reports whether a span holds an offset in [start, end); like
// covers, it must be asked of offsets that do not decrease.
func (sp *spans) meets(start, end int) bool {
	for sp.k < len(sp.s) && sp.s[sp.k][1] <= start {
		sp.k++
	}
	return sp.k < len(sp.s) && sp.s[sp.k][0] < end
}

// scratch is what the pass builds per document, kept for the next one
// (scratchPool): the words, their letters and script counts, the tallies,
// and the profile with its form table.
type scratch struct {
	words    []word
	letters  []letter
	counts   []scriptCount
	tally    tally
	profile  profile
	decided  []bool     // which words are decided
	accepted []proposal // the proposals accepted, cleared
	reasons  map[reasonKey]string
	byStart  []uint64 // the accepted proposals in text order
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// scratchKept is the most letters a scratch may hold to go back to the
// pool: a huge document's arrays are held only weakly (bigScratch).
const scratchKept = 1 << 20

// bigScratch is the last scratch too big for the pool, held weakly: the
// next round on the same document (the character stages run until a round
// changes nothing) reuses its arrays, hundreds of megabytes for a 15 MB
// document, instead of making them again beside the garbage of the first;
// the collector frees it as soon as nothing else holds it.
var bigScratch struct {
	sync.Mutex
	p weak.Pointer[scratch]
}

// getScratch returns a scratch for a document of n bytes.
func getScratch(n int) *scratch {
	if n > scratchKept { // a letter takes a byte at least
		bigScratch.Lock()
		sc := bigScratch.p.Value()
		bigScratch.p = weak.Pointer[scratch]{}
		bigScratch.Unlock()
		if sc != nil {
			return sc
		}
	}
	return scratchPool.Get().(*scratch)
}

// putScratch keeps sc for the next document, holding nothing of this one's.
func putScratch(sc *scratch) {
	clear(sc.accepted)
	// The reasons of one document (why strings can name its words).
	if len(sc.reasons) > 256 {
		sc.reasons = nil
	}
	clear(sc.reasons)
	sc.profile.words, sc.profile.reading = nil, nil
	if len(sc.profile.readingKept) > 1<<12 {
		sc.profile.readingKept = nil // (a map never shrinks)
	}
	clear(sc.profile.readingKept)
	if cap(sc.letters) <= scratchKept && cap(sc.words) <= scratchKept/4 {
		scratchPool.Put(sc)
		return
	}
	bigScratch.Lock()
	bigScratch.p = weak.Make(sc)
	bigScratch.Unlock()
}

// tally counts the document's letters per script, and of them the
// distinctive ones (distinctive), as tokenize meets them; ascii holds the
// letters of its words of ASCII letters alone, as a set of bytes.
type tally struct {
	letters, distinct scriptTally
	someDistinct      bool
	ascii             [2]uint64
}

// asciiDistinct is distinctive's answer for ASCII bytes, 1 or 0.
var asciiDistinct [256]uint8

// scriptOf is the script a character counts for inside a word: digits and
// marks side with their word, numbers drawn like letters count as letters.
func scriptOf(r rune) unidata.Script {
	if r < 0x80 {
		return scriptOfClass(r, runeclass.ASCII(byte(r)))
	}
	return scriptOfClass(r, runeclass.Of(r))
}

func scriptOfClass(r rune, c runeclass.Class) unidata.Script {
	if r < 0x80 {
		if r >= '0' && r <= '9' {
			return unidata.Common
		}
		return unidata.Latin
	}
	if !c.Any(runeclass.Letter) && !letterLike(c) {
		return unidata.Common
	}
	return c.Script()
}

// isLetterLike covers numbers drawn like letters (Roman numerals, digits of
// other scripts such as New Tai Lue ᧐): they count as letters of their
// script when they have a look-alike.
func isLetterLike(r rune) bool {
	return r >= 0x80 && letterLike(runeclass.Of(r))
}

func letterLike(c runeclass.Class) bool {
	return c&(runeclass.Letter|runeclass.Mark) == 0 && c.Any(runeclass.LikeLatin)
}

// scriptTally counts letters per script.
type scriptTally [256]int32

// profile is what the document tells about its own language.
type profile struct {
	dominant unidata.Script
	// underAttack: the document's other words showed spoofs, so that a
	// formula's shape (operands) no longer vouches for a word.
	underAttack bool
	// struckBefore: the look-alikes earlier rounds restored (ProposeHidden).
	struckBefore []rune
	// attested holds letters seen in words written in one script only,
	// i.e. letters the document's genuine text uses.
	attested runeSet
	// table counts lower-cased word forms: clean words (forms), every word
	// (spellings), and more (formRec).
	table formTable
	// written counts the clean words as written (writtenAs); built on
	// first use.
	written formTable
	// genuine counts, per script, letters with no look-alike in the
	// dominant script: evidence that the script is really used.
	genuine scriptTally
	// extended counts letters of extended Latin orthographies that have no
	// plain look-alike (ɛ ɔ ŋ ə ʋ): such a document (Ewe, Dyula, IPA) may
	// use ɖ or ɩ as letters in their own right.
	extended int
	// english says whether the clean words (nothing in them suspect) are
	// mostly ones the English lexicon knows: 1 yes, -1 no, 0 not yet asked.
	english    int8
	words      []word
	restored   map[rune]usage   // restorations' answers
	companions map[rune]bool    // companionLetter's answers
	knownOrth  map[rune]bool    // restoresKnown's answers
	shortLatin map[string]int   // shortLatinCount's counts
	loneGlyphs map[string]int   // loneGlyphCount's counts
	holding    map[rune][]int32 // the words that hold each letter beyond ASCII (holders)
	// innerUse counts capital look-alikes found after the first letter of
	// words that have small letters: the document uses them for small
	// letters (tһe), not capitals.
	innerUse runeCounts
	// reading holds the words restored so far, by index: what the reader
	// sees. A map: a document's restored words are few beside its words.
	reading       map[int32]string
	readingKept   map[int32]string // storage for reading, kept (empty) for the next document
	nameWordsKept counts           // textHoldsName's words (nameWordsRead), kept for the next document
	// letters3 counts letter triples and pairs of clean word forms,
	// lower-cased, and bases3 the same of their base letters; built on
	// first use.
	letters3, bases3 *trigrams
	pairsCounted     bool        // letters3 holds pairs too, and bases3 is counted
	model            []formCount // the forms the letter model counts
	modelKept        []formCount // storage for model, kept for the next document
	starts2          [2]int      // clean words beginning a sentence, and of them those capitalised (countStarts)
	casesCounted     bool        // starts2 and the table's lowered and capitalised are counted
	text             string
	singles          runeCounts // clean one-letter words, as written
	// elidedSingles counts clean one-letter words before an apostrophe,
	// as written: Occitan writes l’ and i’, English I’m, and lower-cased
	// the i’ of one would count for the I’ of the other.
	elidedSingles runeCounts
	// innerLetters counts non-ASCII letters after the first of clean words,
	// as written: the case a script's letter takes inside words.
	innerLetters runeCounts
	// company counts the clean words holding a letter (singleKey) and
	// pairs of letters sharing one (pairKey); built on first use.
	company *counts
	// vowels holds the letters Sukhotin's algorithm finds to be the
	// document's vowels (accents aside), and vowelTier the pairs of
	// vowels that follow one another in its clean words; built on first use.
	vowels    map[rune]bool
	vowelTier *counts
	harmony   *harmony // the vowels' two classes (countHarmony); built with vowelTier
	// consistentSet says, for each look-alike letter of the dominant
	// script, whether the document writes it consistently; built on first use.
	consistentSet map[rune]bool
	spoofs        map[rune]bool     // spoofShaped's answers
	midCapital    float64           // share of clean words capitalised inside sentences; set on first use
	swaps         map[string]bool   // interchangeable's answers, by candidate letters
	camel         float64           // log-chance of a capital after a small letter inside a word; set on first use
	innerI        bool              // a clean word writes I between small letters (yIilongo); set with camel
	spoofUses     runeCounts        // look-alikes restored inside words so far, by glyph
	thornTh       int8              // thornReading plus 2; 0 not yet read
	localeDigits  int8              // writesLocaleDigits plus 1; 0 not yet read
	uuBegin       uuBegins          // the text's begin lines of uuencoded data, found on first use (uuLine)
	itemCase      int8              // enumeratorCase's answer: 0 not yet read, 1 none, 2 small, 3 capital
	glued         bool              // the table counts glued forms; set on first use
	codePageOnly  int8              // onlyCodePageSymbols' answer: 1 yes, -1 no, 0 not yet asked
	extLetters    int               // extendedLetters' answer plus one; 0 not yet asked
	markAttested  int8              // whether attested holds a combining mark (extendedOrthography): 1 yes, -1 no, 0 not yet asked
	textCounts    map[rune]int      // textCount's answers
	named         map[rune]bool     // the characters the text names by code point (namedLetters); built on first use
	nameWordsRead bool              // nameWordsKept holds the runs of name characters in the text's words beyond ASCII (textHoldsName)
	timesX        int               // plainTimes' answer plus one; 0 not yet counted
	mathSymbols   int               // notationSymbols' answer plus one; 0 not yet counted
	namesInText   map[rune][]string // nameInText's answers
	tri           [2]trigrams       // storage for letters3 and bases3, kept for the next document
	makeups       []makeup          // the words' make-ups kept apart (word.setMakeup), kept for the next document
	arena         arena             // what the judgement keeps, in few allocations
}

func readProfile(text string, words []word, tl *tally, p *profile) *profile {
	// The tables' storage is kept from one document to the next; what
	// is built on first use still finds them unbuilt.
	table, written, tri, restored := p.table, p.written.unbuilt(), p.tri, p.restored
	if restored == nil {
		restored = map[rune]usage{}
	}
	clear(restored)
	modelKept := p.model
	if modelKept == nil {
		modelKept = p.modelKept
	}
	*p = profile{text: text, words: words, restored: restored, table: table, written: written, tri: tri, makeups: p.makeups[:0],
		modelKept: modelKept[:0], readingKept: p.readingKept, nameWordsKept: p.nameWordsKept}
	p.dominant = dominantScript(tl)
	p.table.reset(len(words)/2 + 16)
	distinctOnce.Do(cacheDistinct) // (attestCache)
	latin := p.dominant == unidata.Latin
	if latin {
		// The words of ASCII letters alone are Latin's, and their letters
		// the document's own (attest), read as tokenize met them.
		p.attested.bmp[0] |= tl.ascii[0]
		p.attested.bmp[1] |= tl.ascii[1]
	}
	// The forms of two letters that begin the words of ASCII letters
	// alone, by their letters (index plus one): most words are such, and
	// their prefixes are few, so each is hashed once.
	var pairs [26 * 26]int32
	var buf []byte
	// One walk over the words: a long document's words take more memory
	// than its text, and each walk reads them all again.
	for i := range words {
		w := &words[i]
		if !w.ascii {
			// Capitals beyond ASCII after the first letter of a word that
			// has small letters.
			small := false
			for _, l := range w.letters() {
				small = small || isLower(l.r)
			}
			for k, l := range w.letters() {
				if k > 0 && small && l.r >= 0x80 && isUpper(l.r) {
					p.innerUse.inc(l.r)
				}
			}
		}
		p.attest(text, w)
		// Word forms count as the document's own only where nothing in
		// them is suspect: a spoofer who spells a word the same way twice
		// must not thereby make it a word of the document.
		var f int
		if w.ascii {
			f = addLowerASCII(&p.table, w.text(text))
		} else {
			buf = doc.AppendLower(buf[:0], w.text(text))
			f = add(&p.table, buf)
		}
		w.form = int32(f)
		p.table.recs[f].spellings++
		if w.ascii && latin {
			// makeupOf's answer, without reading the letters: an ASCII
			// letter is Latin, anything else in the word (a digit) Common.
			w.plain, w.other, w.mkp = int32(w.scripts().of(unidata.Latin)), false, nil
		} else {
			w.setMakeup(makeupOf(w, p.dominant), &p.makeups)
			if w.mk().candidates() != 0 {
				continue
			}
		}
		p.table.recs[f].forms++
		if w.ln > 1 && holdsLetter(text, w) {
			p.table.recs[f].judged++ // (a number says nothing of the language: englishShare)
		}
		elided := apostropheAfter(text, w.end)
		if w.ln == 1 && !elided && !hyphenated(text, w) {
			// Not an elided article (l'OME), nor a piece of a
			// compound (Walloon dè-l).
			p.singles.inc(w.letterRune(0))
		}
		if !w.ascii {
			for _, l := range w.letters()[1:] {
				if l.r >= 0x80 {
					p.innerLetters.inc(l.r)
				}
			}
		}
		if w.ln > 2 {
			var k int
			if w.inText {
				a, b := lowerASCII(text[w.start])-'a', lowerASCII(text[w.start+1])-'a'
				if a < 26 && b < 26 {
					pk := &pairs[int(a)*26+int(b)]
					if *pk == 0 {
						*pk = int32(addLowerASCII(&p.table, w.text(text)[:2])) + 1
					}
					k = int(*pk) - 1
				} else {
					k = addLowerASCII(&p.table, w.text(text)[:2])
				}
			} else if w.ascii {
				k = addLowerASCII(&p.table, w.text(text)[:2])
			} else {
				k = add(&p.table, prefix2(buf))
			}
			p.table.recs[k].starts++
		}
		if elided {
			p.table.recs[f].elided++
			if w.ln == 1 {
				p.elidedSingles.inc(w.letterRune(0))
			}
		}
	}
	return p
}

// elidedAs counts the clean one-letter words before an apostrophe
// written o, and, for a small letter, its capital (a sentence's first
// L’ is the l’ of the others); a capital's small letter is another word
// (Occitan i’, there, is no I’).
func (p *profile) elidedAs(o rune) int {
	n := p.elidedSingles.get(o)
	if unicode.IsLower(o) {
		n += p.elidedSingles.get(unicode.ToUpper(o))
	}
	return n
}

// attest adds the letters of w that are the document's own to attested,
// and counts its extended and genuine letters (profile).
func (p *profile) attest(text string, w *word) {
	if w.inText && p.dominant == unidata.Latin || len(w.scripts()) != 1 {
		return // (ASCII letters alone: attested from the tally)
	}
	// Letters of words in the dominant script, or in another script
	// the word shows it really uses, are the document's own.
	own := w.mainScript() == p.dominant || hasGenuine(w, w.mainScript(), p.dominant)
	if w.ascii && p.dominant == unidata.Latin {
		// ASCII letters are plain and Latin's own; digits are neither.
		if !own {
			return
		}
		for _, l := range w.letters() {
			if l.script == unidata.Latin {
				p.attested.add(l.r)
			}
		}
		return
	}
	for k, l := range w.letters() {
		// (A letter's script is its character's, scriptOf: what the
		// caches below answer for the alphabets' blocks.)
		if l.r < distinctCached {
			if own && attestCache.plain[l.r>>6]&(1<<(l.r&63)) != 0 {
				p.attested.add(l.r)
				if attestCache.extended[l.r>>6]&(1<<(l.r&63)) != 0 {
					p.extended++
				}
			}
		} else if own && isPlain(l.r, l.script) && ownLetter(l) {
			p.attested.add(l.r)
			if l.script == unidata.Latin && !nationalLatin(l.r) && unicode.IsLetter(l.r) {
				p.extended++
			}
		}
		if l.script != p.dominant && l.script != unidata.Common && l.script != unidata.Inherited &&
			!hasLookAlike(l.r, p.dominant) && !strokeAmongCapitals(w, k, p.dominant) {
			p.genuine[l.script]++
		}
	}
}

// countStarts counts, on first need, how the clean words begin: which
// begin a sentence, capitalised or not, and which are written small or
// capitalised inside a sentence.
func (p *profile) countStarts() {
	if p.casesCounted {
		return
	}
	p.casesCounted = true
	text := p.text
	for i := range p.words {
		w := &p.words[i]
		if w.mk().candidates() != 0 {
			continue
		}
		first, _ := utf8.DecodeRuneInString(w.text(text))
		start := sentenceStart(text, w.start)
		if start && unicode.IsLetter(first) {
			p.starts2[0]++
			if unicode.IsUpper(first) {
				p.starts2[1]++
			}
		}
		if !unicode.IsUpper(first) {
			p.table.recs[w.form].lowered++
		} else if !start && !quoted(text, w.start) && !lineStart(text, w.start) {
			// A capital beginning a line or paragraph may be the line's
			// (verse, a preamble's "Whereas" after a comma): no name.
			p.table.recs[w.form].capitalised++
		}
	}
}

// lowered counts the clean words written as the lower-cased form f with a
// small first letter.
func (p *profile) lowered(f string) int {
	p.countStarts()
	return int(get(&p.table, f).lowered)
}

// capitalised counts the clean words written as the lower-cased form f
// with a capital, inside a sentence.
func (p *profile) capitalised(f string) int {
	p.countStarts()
	return int(get(&p.table, f).capitalised)
}

// dominantScript is the document's script, judged by distinctive letters,
// those no other script's letter looks like, so that swapping look-alikes
// (what the attack does, and what restoring undoes) cannot change it.
//
// Rule DOMINANT-MAJORITY: a spoofer swaps a minority of letters, so a
// script whose letters are fewer than half of another's is not the
// document's, whatever its distinctive letters say: four Latin letters with
// one Cyrillic ц (xxцxx) are Latin, though x is drawn like Cyrillic х, and
// the repair never turns the document's own letters into the spoof's
// script.
func dominantScript(tl *tally) unidata.Script {
	counts, letters := &tl.distinct, &tl.letters
	if !tl.someDistinct {
		counts = letters
	}
	best, most := mostOf(counts), mostOf(letters)
	if 2*letters[best] < letters[most] {
		return most
	}
	return best
}

// mostOf returns the script with the highest count (the lowest on a tie).
func mostOf(counts *scriptTally) unidata.Script {
	best, n := unidata.Unknown, int32(0)
	for s, c := range counts {
		if c > n || c == n && c > 0 && unidata.Script(s) < best {
			best, n = unidata.Script(s), c
		}
	}
	return best
}

// isLower is unicode.IsLower, read from the class table (its Lower is
// unicode.IsLower: runeclass.TestTable) rather than searched for in the
// category tables.
func isLower(r rune) bool { return runeclass.Of(r).Any(runeclass.Lower) }

// isLetter is unicode.IsLetter, for the alphabets' blocks (below
// distinctCached) from bits made once.
func isLetter(r rune) bool {
	if uint32(r) < distinctCached {
		distinctOnce.Do(cacheDistinct)
		return letterBits[r>>6]&(1<<(r&63)) != 0
	}
	return unicode.IsLetter(r)
}

var letterBits [distinctCached / 64]uint64

// isUpper is unicode.IsUpper: the class table's Upper holds the title-case
// letters too (ǅ), a small table to search, and only for the capitals.
func isUpper(r rune) bool { return runeclass.Of(r).Any(runeclass.Upper) && !unicode.IsTitle(r) }

// ownLetter reports a character that can belong to an orthography: a
// letter of a script, or a combining mark (Turkish written decomposed).
// Script-less letters (mathematical 𝘫, APL ⍺) and marks of another script
// (Khmer U+17B5, an invisible) are styling or attack, never a language's.
func ownLetter(l letter) bool {
	if runeclass.Of(l.r).Any(runeclass.Mark) { // (unicode.IsMark)
		return l.r < 0x80 || unidata.ScriptOf(l.r) == unidata.Inherited
	}
	return l.script != unidata.Common && l.script != unidata.Inherited
}

// distinctive reports a letter of script s that no letter of another
// target script is drawn like.
func distinctive(r rune, s unidata.Script) bool {
	if r >= 0 && r < distinctCached && s == scriptOf(r) {
		distinctOnce.Do(cacheDistinct)
		return distinctCache[r>>6]&(1<<(r&63)) != 0
	}
	return distinctiveOf(r, s)
}

// distinctCache holds distinctive's answers for the alphabets' blocks
// (below distinctCached), each letter judged in its own script: one bit
// where a dozen table searches would be.
const distinctCached = 0x2000

var (
	distinctOnce  sync.Once
	distinctCache [distinctCached / 64]uint64
)

// attestCache holds, for the characters below distinctCached, attest's
// tests of a letter of the character's script: plain and an orthography's
// (isPlain, ownLetter), and of them the Latin letters of extended
// orthographies (profile.extended).
var attestCache struct {
	plain, extended [distinctCached / 64]uint64
}

func cacheDistinct() {
	for r := rune(0); r < distinctCached; r++ {
		if unicode.IsLetter(r) {
			letterBits[r>>6] |= 1 << (r & 63)
		}
		l := letter{r: r, script: scriptOf(r)}
		if isPlain(r, l.script) && ownLetter(l) {
			attestCache.plain[r>>6] |= 1 << (r & 63)
			if l.script == unidata.Latin && !nationalLatin(r) && unicode.IsLetter(r) {
				attestCache.extended[r>>6] |= 1 << (r & 63)
			}
		}
		if distinctiveOf(r, scriptOf(r)) {
			distinctCache[r>>6] |= 1 << (r & 63)
			if r < utf8.RuneSelf {
				asciiDistinct[r] = 1
			}
		}
	}
}

func distinctiveOf(r rune, s unidata.Script) bool {
	for _, t := range targets {
		if t != s && hasLookAlike(r, t) && !smallCapitalShape(r, t) {
			return false
		}
	}
	return true
}

// isPlain reports letters that are ordinary in their script: anything but a
// look-alike within the same script (for Latin: ASCII and letters with no
// ASCII look-alike, like é or ß).
func isPlain(r rune, s unidata.Script) bool {
	if r < 0x80 {
		return true
	}
	for _, la := range lookAlikes(r, s) {
		if la.R != r {
			return false
		}
	}
	return true
}

// proposal is a candidate restoration of one word. (56 bytes, its fields
// ordered to pack: a long attacked document accepts hundreds of thousands.)
type proposal struct {
	w      *word
	repl   replacements // letter index → replacement
	why    string
	target unidata.Script
	// needsAttack: only restore in a document where mixed-script spoofs
	// were found; alone, the evidence would not be enough.
	needsAttack bool
	// decomposed: each replacement is what the character decomposes to
	// (Ⅹ is X): no case or letter left to choose.
	decomposed bool
}

// Propose returns homoglyph edits for text.
func Propose(text string) []edit.Edit { return ProposeDoc(doc.New(text)) }

// ProposeDoc returns homoglyph edits for the document d, reading its words
// from the model.
func ProposeDoc(d *doc.Doc) []edit.Edit { return ProposeAttacked(d, false) }

// ProposeAttacked is ProposeDoc for a document an earlier cleaning round
// found spoofed letters in (attacked true), which the caller knows and
// the repaired text no longer shows.
func ProposeAttacked(d *doc.Doc, attacked bool) []edit.Edit {
	return ProposeHidden(d, attacked, false, nil)
}

// ProposeHidden is ProposeAttacked for a document whose hidden characters
// (tags, invisible characters, direction controls in words) an earlier
// stage took out (hidden true): it is under attack for the rules that read
// a glyph by its place (rule ATTACK-SHOWN-HIDDEN: a URL's, a key's), not
// for those that take a lone symbol for a letter (⌀ 6 mm, Ⅰ. Moderato
// stay), nor against ONE-OFF-IN-A-LONG-TEXT: only spoofs show those.
//
// struck holds the look-alikes the earlier rounds restored: a glyph a
// spoofer was shown to put for a letter is a look-alike in the words left
// too, though the words that showed it are restored and no longer speak
// (rule STRUCK-CARRIES-OVER).
func ProposeHidden(d *doc.Doc, attacked, hidden bool, struck []rune) []edit.Edit {
	if nothingToRestore(d.Text) {
		return nil
	}
	return proposeHidden(d, attacked, hidden, struck)
}

// propose is ProposeAttacked without its early exit, which the tests
// compare it with.
func propose(d *doc.Doc, known bool) []edit.Edit { return proposeHidden(d, known, false, nil) }

func proposeHidden(d *doc.Doc, known, hidden bool, struck []rune) []edit.Edit {
	text := d.Text
	if analysis.IsASCII(text) {
		return nil
	}
	sc := getScratch(len(text))
	defer putScratch(sc)
	words, tl := tokenize(d, sc)
	p := readProfile(text, words, tl, &sc.profile)
	if !isTarget(p.dominant) {
		return nil
	}
	p.struckBefore = struck

	// First the words whose make-up is itself the evidence; their restored
	// forms then count as forms of the document, and a document where they
	// were found is under attack.
	decided := slices.Grow(sc.decided[:0], len(words))[:len(words)] // each set below
	sc.decided = decided
	accepted := sc.accepted[:0]
	defer func() { sc.accepted = accepted }()
	cases := glyphCases{}
	undecided := 0 // the words the loops below judge
	var buf [64]byte
	accept := func(i int, pr proposal) {
		// From now on the word counts as written in the script restored,
		// as it will on a second cleaning.
		pr.w.setScripts(p.arena.oneScript(scriptCount{pr.target, int32(countLetters(pr.w))}))
		// Letters left to right, the first last: a letter's case may
		// depend on those before it; the first letter's case is the
		// sentence's, and which letter it is (I or l) is told best by the
		// word the others make.
		jointGuess(pr, p) // native letters start from the word's joint reading
		n, first := pr.repl.len(), 0
		if n > 1 && pr.repl.s[0].k == 0 {
			first = 1
		}
		for j := range n {
			e := &pr.repl.s[(first+j)%n]
			k, r := int(e.k), e.r
			c, settled := chooseCase(text, pr, k, r, p)
			e.r = c
			cases.note(text, pr, k, r, c, settled, p)
			if len(pr.w.letters()) > 1 {
				p.spoofUses.inc(pr.w.letters()[k].r)
			}
		}
		decided[i] = true
		accepted = append(accepted, pr)
		form := p.arena.restored(pr.w, pr.repl)
		if p.reading == nil {
			// Sized for the words left to judge (at most some thousands
			// up front): grown one entry at a time it rehashes over and over.
			// Kept from one document to the next: most documents restore
			// some words, and the map was the pass's largest allocation.
			if p.reading = p.readingKept; p.reading == nil {
				p.reading = make(map[int32]string, min(undecided, 1<<12))
				p.readingKept = p.reading
			}
		}
		p.reading[int32(i)] = form
		k := add(&p.table, lowerOf(buf[:], form))
		p.table.recs[k].forms++
	}
	for i := range words {
		// What the author wrote on purpose is never judged (authored.go).
		// A word of ordinary letters alone can propose nothing (neither
		// selfEvident nor needsEvidence reads past its make-up): most
		// words, decided without asking.
		w := &words[i]
		decided[i] = w.mkp == nil && !w.other && (w.ascii || p.dominant != unidata.Latin) || p.authored(text, words, i) != ""
		if !decided[i] {
			undecided++
		}
	}
	for i := range words {
		if decided[i] {
			continue
		}
		if pr, ok := selfEvident(text, &words[i], p); ok {
			accept(i, pr)
		}
	}
	// Rule ATTACK-CARRIES-OVER: a document an earlier round restored
	// look-alikes in (known) is still under attack: the leftover a
	// restored neighbour lets through (𝑛arｎɣen's ɣ once its ｎ is n) is
	// judged as in the attacked document the round read, though the
	// spoofs that showed the attack are gone from the text.
	attacked := known || len(accepted) > 0 || p.spoofedLetter(text)
	p.underAttack = attacked
	// Then words that need evidence, until no restoration adds a form that
	// lets another through (so that cleaning twice changes nothing more).
	for changed := true; changed; {
		changed = false
		for i := range words {
			if decided[i] {
				continue
			}
			if pr, ok := needsEvidence(text, words, i, p); ok && (!pr.needsAttack || attacked) {
				accept(i, pr)
				changed = true
			}
		}
	}
	// The rules below read a glyph by its place (a URL's, a key's, a
	// formula's operand's) in a text under attack, and so do they where
	// only hidden characters showed the attack (ATTACK-SHOWN-HIDDEN); the
	// rules above that take a lone symbol for a letter ask for spoofs.
	attacked = attacked || hidden
	if attacked && p.dominant != unidata.Latin {
		for i := range words {
			if pr, ok := shortLatinWord(text, words, i, p); ok {
				accept(i, pr)
			}
		}
	}
	if attacked && p.dominant == unidata.Latin {
		escapes := -1 // the document's quoted-printable escapes, counted when first asked
		for i := range words {
			if words[i].ascii {
				continue
			}
			if _, done := p.reading[int32(i)]; done {
				continue
			}
			if pr, ok := operandsSpoofed(text, &words[i], p); ok {
				accept(i, pr) // a formula's shape in a text whose other words are spoofed (OPERAND-LETTERS)
			} else if pr, ok := glyphUsedAsSpoof(text, &words[i], p); ok {
				accept(i, pr)
			} else if pr, ok := symbolAsWord(text, words, i, p); ok {
				accept(i, pr)
			} else if pr, ok := quotedPrintableEscape(text, &words[i], p, &escapes); ok {
				accept(i, pr)
			} else if pr, ok := lonePlainLetter(text, &words[i], p); ok {
				accept(i, pr)
			}
		}
	}
	cases.settleOpen()
	n := 0
	for _, pr := range accepted {
		n += pr.repl.len()
	}
	if letters := letterCount(tl); !known && letters > typoLetters && (n <= typoEdits || n*typoRate < letters) {
		// Rule ONE-OFF-IN-A-LONG-TEXT: one or two look-alikes in a text of
		// thousands of letters, or fewer than one in typoRate letters, are
		// the author's slips (a Latin c typed in a Russian word of a
		// translated manual, a name spelled with ℹ), not a spoofer's work:
		// attack.py's lightest attack leaves many more in such a text, and
		// a spoofer hides words, not one letter in thousands.
		return nil
	}
	out := make([]edit.Edit, 0, n)
	reasons := sc.reasons
	if reasons == nil {
		reasons = map[reasonKey]string{}
		sc.reasons = reasons
	}
	// In text order, as edit.Normalize would put them, which spares it
	// sorting them: words in order (no two overlap), and in each its
	// letters in order. Sorting the words and letter indices costs less
	// than sorting the edits.
	// (Sorted as word offsets paired with their proposal, plain integers:
	// sorting the proposals themselves cost twice the old sort of edits.)
	byStart := slices.Grow(sc.byStart[:0], len(accepted))
	for j, pr := range accepted {
		byStart = append(byStart, uint64(pr.w.start)<<32|uint64(j))
	}
	slices.Sort(byStart)
	sc.byStart = byStart
	for _, key := range byStart {
		pr := accepted[uint32(key)]
		for _, e := range pr.repl.s {
			r := e.r
			l := pr.w.letters()[e.k]
			// A spoof repeats: most edits share their reason with another,
			// and one string serves them all.
			key := reasonKey{l.r, r, l.script, pr.target, pr.why}
			why, ok := reasons[key]
			if !ok {
				why = reason(l.script, l.r, pr.target, r, pr.why)
				reasons[key] = why
			}
			out = append(out, edit.Edit{Start: int(l.off), End: int(l.off) + len(string(l.r)), Kind: edit.Homoglyph,
				After: runeString(r), Reason: why})
		}
	}
	if !slices.IsSortedFunc(out, func(a, b edit.Edit) int { return a.Start - b.Start }) {
		slices.SortStableFunc(out, func(a, b edit.Edit) int { return a.Start - b.Start }) // (never seen)
	}
	return out
}

// typoEdits, typoRate and typoLetters bound rule ONE-OFF-IN-A-LONG-TEXT:
// at most typoEdits repairs, or fewer than one in typoRate letters, in a
// text of more than typoLetters letters. (The attacked texts of 112
// attack.py seeds hold one repair in 1,250 letters at the fewest; the
// translation catalogues' slips, one in 2,700 or fewer.)
const (
	typoEdits   = 2
	typoRate    = 2500
	typoLetters = 2000
)

// letterCount is the letters the tally counted, in every script.
func letterCount(tl *tally) int {
	n := 0
	for _, c := range tl.letters {
		n += int(c)
	}
	return n
}

// asciiChars holds every ASCII character, for runeString.
var asciiChars = func() string {
	b := make([]byte, utf8.RuneSelf)
	for i := range b {
		b[i] = byte(i)
	}
	return string(b)
}()

// runeString is string(r), without an allocation where r is ASCII (most
// letters restored are).
func runeString(r rune) string {
	if r >= 0 && r < utf8.RuneSelf {
		return asciiChars[r : r+1]
	}
	return string(r)
}

// reasonKey is what a reason is made of.
type reasonKey struct {
	src, r    rune
	s, target unidata.Script
	why       string
}

// reason says why src became r: what fmt.Sprintf("%s %U looks like %s %q; %s")
// gives, built in one allocation (fmt was a tenth of the pass's).
func reason(s unidata.Script, src rune, t unidata.Script, r rune, why string) string {
	var tmp [32]byte
	var b strings.Builder
	ss, ts := s.String(), t.String()
	b.Grow(len(ss) + len(ts) + len(why) + 40)
	b.WriteString(ss)
	b.WriteString(" U+")
	hex := strconv.AppendUint(tmp[:0], uint64(uint32(src)), 16)
	for n := len(hex); n < 4; n++ {
		b.WriteByte('0')
	}
	for i, c := range hex {
		if c >= 'a' {
			hex[i] = c - 'a' + 'A'
		}
	}
	b.Write(hex)
	b.WriteString(" looks like ")
	b.WriteString(ts)
	b.WriteByte(' ')
	b.Write(strconv.AppendQuoteRune(tmp[:0], r))
	b.WriteString("; ")
	b.WriteString(why)
	return b.String()
}

func isTarget(s unidata.Script) bool {
	return s == unidata.Latin || s == unidata.Cyrillic || s == unidata.Greek
}

// pick chooses the look-alike of r in target, preferring letters the
// document's genuine text uses (Ukrainian І, Kabardian Ӏ).
func pick(r rune, target unidata.Script, p *profile) (rune, unidata.Source, bool) {
	las := lookAlikes(r, target)
	if len(las) == 0 && r == 'l' {
		// TR39 splits the stroke class by case, and Cyrillic and Greek
		// have no small letter drawn like l but ӏ: in a capitalised word a
		// Latin l stands for their capital (Greek ΠΡΟΟΙΜΙΟ).
		las = lookAlikes('I', target)
	}
	if len(las) == 0 {
		return 0, 0, false
	}
	for _, la := range las {
		if la.R < 0x80 || p.attested.has(la.R) || p.attested.has(otherCase(la.R)) {
			return la.R, la.Source, true
		}
	}
	if r == 'l' {
		// Rule ATTESTED-CAPITAL-STROKE: its small look-alike unattested
		// (ӏ, Kabardian's), a Latin l stands for the capital the text
		// writes (Ukrainian lран: Іран).
		for _, la := range lookAlikes('I', target) {
			if p.attested.has(la.R) {
				return la.R, la.Source, true
			}
		}
	}
	// Unattested, only a letter every code page of the script has will do
	// (Cyrillic А–я, Greek Α–ω); one of a single orthography (і, ѕ, Ӏ)
	// must be seen in the document.
	if la := las[0].R; unidata.CodePageLetter(la) {
		return la, las[0].Source, true
	}
	return 0, 0, false
}

// mixedWord restores a word that mixes scripts: into another script where
// most of the word is written in it and it has letters of its own, which
// nothing in the dominant script looks like or only as a small capital
// looks like a letter (a Russian name with a Latin "o" in an English
// story; вoт stays Russian, not "bot"); else into the dominant script.
func mixedWord(text string, w *word, p *profile) (proposal, bool) {
	best := proposal{}
	bestN := 0
	for _, t := range targets {
		// The other script must hold most of the word: Δv and λx are
		// notation, a Greek symbol beside a Latin letter.
		// Rule STYLED-COUNTS-AS-ITS-SCRIPT: a styled letter (𝘨, 𝖽: NFKC
		// makes it a letter of t) is one of t's letters here, and a
		// genuine one where t's letter has no look-alike in the
		// document's script (M𑣁𝘨i𝖽 in the header of an Abkhaz catalogue
		// is Latin Msgid).
		n := w.scripts().of(t) + styledOf(w, t)
		if t == p.dominant || n <= bestN || 2*n <= countLetters(w) || !hasGenuine(w, t, p.dominant) && !styledGenuine(w, t, p.dominant) {
			continue
		}
		if repl, ok := restoreInto(w, t, p); ok {
			best = proposal{w: w, target: t, repl: repl, why: "word mixes scripts"}
			bestN = n
		}
	}
	if bestN > 0 {
		return best, true
	}
	if repl, ok := restoreInto(w, p.dominant, p); ok {
		return proposal{w: w, target: p.dominant, repl: repl, why: "word mixes scripts"}, true
	}
	return proposal{}, false
}

// hasGenuine reports whether w has a letter of script t with no look-alike
// in script d.
func hasGenuine(w *word, t, d unidata.Script) bool {
	for k, l := range w.letters() {
		if l.script == t && (!hasLookAlike(l.r, d) && !strokeAmongCapitals(w, k, d) || smallCapitalShape(l.r, d)) {
			return true
		}
	}
	return false
}

// styledOf counts w's styled letters whose compatibility decomposition is
// a letter of script t.
func styledOf(w *word, t unidata.Script) int {
	n := 0
	for _, l := range w.letters() {
		if c := compatLetter(l.r); c != 0 && l.script != t && scriptOf(c) == t {
			n++
		}
	}
	return n
}

// styledGenuine reports a styled letter of w whose decomposition is a
// letter of script t that nothing in script d looks like.
func styledGenuine(w *word, t, d unidata.Script) bool {
	for _, l := range w.letters() {
		if c := compatLetter(l.r); c != 0 && l.script != t && scriptOf(c) == t && !hasLookAlike(c, d) {
			return true
		}
	}
	return false
}

// strokeAmongCapitals (rule STROKE-AMONG-CAPITALS) reports a Latin l
// among capitals only, where script d has a capital drawn like I (Greek Ι,
// Cyrillic І): TR39 relates l to no letter of d, yet between capitals the
// stroke is read as their capital I (pick), so it is no letter of its own
// that would make the word Latin (ΟΙΚOYΜENlΚH, a Greek heading).
func strokeAmongCapitals(w *word, k int, d unidata.Script) bool {
	ls := w.letters()
	if ls[k].r != 'l' || len(ls) < 2 || !hasLookAlike('I', d) {
		return false
	}
	for j, l := range ls {
		if j != k && l.r != 'l' && !isUpper(l.r) {
			return false
		}
	}
	return true
}

// restoreInto maps every letter of w that is foreign to script t (another
// script's letter, or a letter-like character outside any script such as a
// mathematical alphanumeric) to its look-alike in t.
func restoreInto(w *word, t unidata.Script, p *profile) (replacements, bool) {
	repl := replacements{}
	for k, l := range w.letters() {
		foreign := l.script != t && l.script != unidata.Common && l.script != unidata.Inherited
		if !foreign && l.script != t && l.r >= 0x80 && unicode.IsLetter(l.r) {
			foreign = hasLookAlike(l.r, t)
		}
		if !foreign {
			continue
		}
		r, _, ok := pick(l.r, t, p)
		if !ok || smallCapitalShape(l.r, t) && (!amongLettersOf(w, k, t) || l.script == p.dominant) ||
			midWordCapital(w, k, l.r, r) || l.script == p.dominant && p.layoutLetter(l.r) && !drawnAlike(l.r, r, t) {
			return replacements{}, false
		}
		repl.set(k, r)
	}
	return repl, repl.len() > 0
}

// drawnAlike (rule OWN-LETTER-DRAWN-ALIKE) reports whether src is drawn
// as r (the rendered comparison, unidata's LookAlike.Drawn). A letter of
// the document's own script is taken for another script's letter only so:
// a typist slipping between layouts makes the same shape (Netscaрe, PNМ in
// Russian and Macedonian pages), while byteσs in a Greek page holds a σ,
// which TR39 relates to o but no reader takes for one. (Only a letter of
// the typist's layout, layoutLetter: a Russian page's detailҽd holds no
// slip, ҽ being on no Russian keyboard.)
func drawnAlike(src, r rune, t unidata.Script) bool {
	for _, la := range lookAlikes(src, t) {
		if la.R == r {
			return la.Drawn
		}
	}
	return false
}

// layoutLetter reports a letter of the document's script that its typist's
// keyboard holds: one its own words write (attested), or one every code page
// of the script has (Cyrillic а–я, Greek α–ω), which a text too short to
// write it may still use.
func (p *profile) layoutLetter(r rune) bool {
	return unidata.CodePageLetter(r) || p.attested.has(r) || p.attested.has(otherCase(r))
}

// midWordCapital (rule MID-WORD-CAPITAL) reports a small letter src whose
// only look-alike r is a capital, after a small letter of its word: the
// restored word would be capitalised in its middle (перенестЬ for a Latin b
// typed among Cyrillic letters), which no word of the document's is, so the
// letter was typed in the wrong layout, not drawn alike; restoring it would
// only make another wrong word. Only letters of r's script count: a small
// look-alike before it (the other l of ΟlΚΟYMΕΝlΚΗ, spoofing a heading's
// capitals) is no small letter of the word.
func midWordCapital(w *word, k int, src, r rune) bool {
	if !isLower(src) || !isUpper(r) || !isTarget(unidata.ScriptOf(src)) {
		// (A letter of a script no Latin, Cyrillic or Greek keyboard
		// types, Warang Citi's 𑣂, is no slip of a layout: drawn like F,
		// it is F, Bytes𑣂eedParser's.)
		return false
	}
	rs := unidata.ScriptOf(r)
	for _, l := range w.letters()[:k] {
		if isLower(l.r) && l.script == rs {
			return true
		}
	}
	return false
}

// amongLettersOf reports whether the letters beside the k-th of w are of
// script t: a letter of another alphabet drawn like a small capital is
// repaired only standing alone among them (Tнe), not beside letters of its
// own alphabet (the Russian ending of CARRIERов), and never in a document
// of its own script, where it is the document's letter (мetaurl in a
// Russian text).
func amongLettersOf(w *word, k int, t unidata.Script) bool {
	for _, j := range []int{k - 1, k + 1} {
		if j >= 0 && j < len(w.letters()) && unicode.IsLetter(w.letters()[j].r) && w.letters()[j].script != t {
			return false
		}
	}
	return true
}

// restored returns the word with repl applied.
func restored(text string, w *word, repl replacements) string {
	var b strings.Builder
	b.Grow(w.end - w.start + 3*repl.len()) // a replacement takes 4 bytes at most
	for k, l := range w.letters() {
		if r, ok := repl.get(k); ok {
			b.WriteRune(r)
		} else {
			b.WriteRune(l.r)
		}
	}
	_ = text
	return b.String()
}

// evidence says why a restored form is a word: the document uses it
// elsewhere, or the language does.
func evidence(form string, target unidata.Script, p *profile, documentOnly bool) string {
	lower := strings.ToLower(form)
	if p.formsOf(lower) > 0 {
		return fmt.Sprintf("%q occurs elsewhere in the document", form)
	}
	if !documentOnly && target == unidata.Latin && lexicon.Count(lower) >= 3 {
		return fmt.Sprintf("%q is an English word", form)
	}
	if !documentOnly && target != unidata.Latin && dictionaryKnows(lower, target, p) {
		return fmt.Sprintf("%q is a word of a %s dictionary", form, target)
	}
	return ""
}

// oneLetterWord reports a letter of script t that is a word alone in the
// dictionary of a language the document may be written in (Russian а, в,
// с, у: letters.Model.OneLetterWord).
func oneLetterWord(r rune, t unidata.Script, p *profile) bool {
	for _, m := range letters.Of(t.String()) {
		if writtenIn(m, t, p) && m.OneLetterWord(r) {
			return true
		}
	}
	return false
}

// dictionaryKnows (rule DICTIONARY-WORD) reports whether the word forms
// of a dictionary of script t (internal/letters: Greek's), of a language
// the document may be written in, hold form: for a Greek or Cyrillic text,
// what the English lexicon is for a Latin one (a heading spoofed whole,
// OIKOYMENIKH, is ΟΙΚΟΥΜΕΝΙΚΗ).
func dictionaryKnows(form string, t unidata.Script, p *profile) bool {
	for _, m := range letters.Of(t.String()) {
		if m.HasForms() && writtenIn(m, t, p) && m.Knows(form) {
			return true
		}
	}
	return false
}

// foreignWord judges a word written wholly in a script other than the
// document's dominant one.
func foreignWord(text string, words []word, i int, p *profile) (proposal, bool) {
	w := &words[i]
	t := p.dominant
	src := w.mainScript()
	repl, ok := restoreInto(w, t, p)
	if !ok || repl.len() != countLetters(w) {
		return proposal{}, false
	}
	// A word inside a phrase of its own script is real (Russian words
	// quoted in an English story).
	if !neighboursIn(words, i, t) && !compoundAmong(text, words, i, t, p) {
		return proposal{}, false
	}
	form := restored(text, w, repl)
	if why := evidence(form, t, p, p.genuine[src] > 0); why != "" && countLetters(w) > 1 {
		// That the language has the word is evidence only in a text under
		// attack: a whole word of another script, alone, may be that
		// script's word (Windows 98: Не Plug & Play).
		return proposal{w: w, target: t, repl: repl, why: why, needsAttack: p.formsOf(strings.ToLower(form)) == 0}, true
	}
	if alt := strokesAsL(repl); countLetters(w) > 1 {
		// A stroke in a word read as l (һҽӀԁ is "held").
		if why := evidence(restored(text, w, alt), t, p, p.genuine[src] > 0); why != "" {
			return proposal{w: w, target: t, repl: alt, why: why}, true
		}
	}
	// Short words in a script the document shows no genuine use of are
	// restored only in a document under attack. Greek letters standing
	// alone are symbols (β, ρ), not spoofs.
	if countLetters(w) > 3 || p.genuine[src] > 0 || isSymbolLetter(w) || src == unidata.Latin && (besideOperator(text, w) || besideModelNumber(text, w)) {
		return proposal{}, false
	}
	return proposal{w: w, target: t, repl: repl, needsAttack: true,
		why: "short " + src.String() + " word among " + t.String() + " words in a document with other spoofed words"}, true
}

// besideOperator reports a word whose nearest character on either side,
// spaces passed over, is a mathematical operator (λ = c / ν, c ≈ 3·10⁸):
// in a text of another script, a Latin letter so placed is a quantity's
// symbol in a formula, however the text around is attacked (rule
// LATIN-SYMBOL-IN-FORMULA).
func besideOperator(text string, w *word) bool {
	before := strings.TrimRight(text[:w.start], " \u00a0")
	after := strings.TrimLeft(text[w.end:], " \u00a0")
	p, _ := utf8.DecodeLastRuneInString(before)
	n, _ := utf8.DecodeRuneInString(after)
	return before != "" && unicode.Is(unicode.Sm, p) || after != "" && unicode.Is(unicode.Sm, n)
}

// besideModelNumber is rule BRAND-BESIDE-MODEL: a short Latin word a
// space from a model's number, ASCII digits and Latin letters in one token
// (картриджів HP 85A, Canon G2), is the brand's name as written, not a
// word of the text's script struck: a model number is no word a spoofer
// strikes into Latin, and a brand beside it is Latin as it is.
func besideModelNumber(text string, w *word) bool {
	// A model's number: three characters or more, ASCII digits and a
	// capital among them (85A, X11, 9800GT), not a spoof's digit for a
	// letter in a short word of another script (3a for за), a unit or a
	// generation (2h, 5G).
	model := func(tok string) bool {
		tok = strings.Trim(tok, ".,;:!?()")
		digit, capital := false, false
		for i := 0; i < len(tok); i++ {
			switch b := tok[i]; {
			case '0' <= b && b <= '9':
				digit = true
			case 'A' <= b && b <= 'Z':
				capital = true
			case 'a' <= b && b <= 'z' || b == '-':
			default:
				return false
			}
		}
		return len(tok) >= 3 && digit && capital
	}
	const gaps = " \t\r\n"
	after := text[w.end:]
	if strings.HasPrefix(after, " ") {
		after = after[1:]
		if k := strings.IndexAny(after, gaps); k >= 0 {
			after = after[:k]
		}
		if model(after) {
			return true
		}
	}
	before := text[:w.start]
	if strings.HasSuffix(before, " ") {
		before = before[:len(before)-1]
		return model(before[strings.LastIndexAny(before, gaps)+1:])
	}
	return false
}

// isSymbolLetter reports a lone Greek small letter of the basic alphabet
// (of every Greek code page, unaccented), which science and finance text
// use as a symbol (β, ρ, ν, α). Omicron is the exception: it is drawn
// exactly like o, so it is useless as a symbol and only ever a spoof.
func isSymbolLetter(w *word) bool {
	if len(w.letters()) != 1 {
		return false
	}
	r := w.letters()[0].r
	return unidata.ScriptOf(r) == unidata.Greek && unicode.IsLower(r) && unidata.CodePageLetter(r) &&
		baseLetter(r) == r && r != 'ο'
}

func countLetters(w *word) int {
	n := 0
	for _, sc := range w.scripts() {
		c := int(sc.n)
		n += c
	}
	return n
}

// neighboursIn reports whether the nearest words with letters on both sides
// (or the one side there is) are written in script t. Single letters are
// passed over: initials spoofed in a row ("B. & Ο. - С. & O.") say nothing
// of each other.
func neighboursIn(words []word, i int, t unidata.Script) bool {
	sides, ok := 0, 0
	for _, step := range []int{-1, 1} {
		for k := i + step; k >= 0 && k < len(words); k += step {
			if n := countLetters(&words[k]); n == 0 || n == 1 && words[k].scripts().of(t) == 0 {
				continue
			}
			sides++
			if words[k].scripts().of(t) > 0 {
				ok++
			}
			break
		}
	}
	return sides > 0 && ok == sides
}

// isCommonLatin reports Latin letters of the major orthographies (Latin-1
// Supplement, Latin Extended-A, and Latin Extended Additional for
// Vietnamese and Welsh): accented letters of ordinary words.
func isCommonLatin(r rune) bool {
	switch unidata.BlockOf(r) {
	case unidata.BlockLatin1Supplement, unidata.BlockLatinExtendedA, unidata.BlockLatinExtendedAdditional:
		return true
	}
	return false
}

// nationalLatin reports the blocks of the 8-bit national code pages'
// letters (ASCII, Latin-1, Latin Extended-A: ç, ñ, ş), as opposed to those
// of extended orthographies (ɗ, ɛ, ɨ) and phonetics.
func nationalLatin(r rune) bool {
	switch unidata.BlockOf(r) {
	case unidata.BlockBasicLatin, unidata.BlockLatin1Supplement, unidata.BlockLatinExtendedA:
		return true
	}
	return false
}

// lookAlikes returns the letters of script t that r is drawn like.
//
// Rule DRAWN-LIKE: a repair maps only to a letter the character is drawn
// like, as the tables derive it. A capital is not completed from its small
// letter: γ is drawn like y but Γ not like Y, Г not like R; the capitals
// drawn like their small letter's look-alike with a mark (Ɗ, Ɍ) get it from
// their names in the tables.
func lookAlikes(r rune, t unidata.Script) []unidata.LookAlike {
	if !hasLookAlike(r, t) {
		return nil
	}
	return unidata.LookAlikes(r, t)
}

// hasLookAlike reports whether r has a look-alike in t (lookAlikes is not
// empty), from the class alone: runeclass's tables are derived from the
// same data, and tested against it, so one lookup says whether there is any.
func hasLookAlike(r rune, t unidata.Script) bool {
	var c runeclass.Class
	if r >= 0 && r < utf8.RuneSelf {
		c = runeclass.ASCII(byte(r))
	} else {
		c = runeclass.Of(r)
	}
	switch t {
	case unidata.Latin:
		return c&runeclass.LikeLatin != 0
	case unidata.Cyrillic:
		return c&runeclass.LikeCyrillic != 0
	case unidata.Greek:
		return c&runeclass.LikeGreek != 0
	}
	return false
}

// isEnglish reports a Latin-script document whose clean words are mostly
// English.
func (p *profile) isEnglish() bool {
	if p.dominant != unidata.Latin {
		return false
	}
	if p.english == 0 {
		p.english = -1
		if p.englishShare() {
			p.english = 1
		}
	}
	return p.english > 0
}

// englishShare reports whether at least 0.7 of the clean words of two
// letters or more, a letter among them (holdsLetter), are forms the
// lexicon has, looking up only as many forms as it takes to know, the most
// frequent first.
func (p *profile) englishShare() bool {
	const share = 0.7
	clean := 0
	for _, r := range p.table.recs {
		clean += int(r.judged)
	}
	known, left := 0, clean
	prev := int32(math.MaxInt32)
	for _, least := range []int32{8, 2, 1} {
		for k := range p.table.recs {
			n := p.table.recs[k].judged
			if n < least || n >= prev {
				continue
			}
			left -= int(n)
			if e := p.table.lexOf(k).Stats(); e != nil && e.Count > 0 {
				known += int(n)
			}
			switch {
			case float64(known)/float64(clean) >= share:
				return true
			case float64(known+left)/float64(clean) < share:
				return false
			}
		}
		prev = least
	}
	return false
}

// holdsLetter reports a word with a letter in it, not digits alone.
func holdsLetter(text string, w *word) bool {
	if w.ascii {
		for _, b := range []byte(w.text(text)) {
			if isASCIILetter(b) {
				return true
			}
		}
		return false
	}
	for _, l := range w.letters() {
		if unicode.IsLetter(l.r) {
			return true
		}
	}
	return false
}

// readingOf returns words[i] as restored so far.
func (p *profile) readingOf(text string, words []word, i int) string {
	if r, ok := p.reading[int32(i)]; ok {
		return r
	}
	return words[i].text(text)
}

// letterScore is the log-likelihood of form under a character model of the
// document's clean words: letter triples, backed off to pairs (word edges
// included). It tells which of two spellings the document's own language
// would write (Kazakh үлкен, Greek δουλειᾶς). Each letter's chance is mixed
// with the same model over base letters, accents stripped: polytonic Greek
// writes ε in a dozen forms, and each alone is seen too seldom (ἔσχατο).
func (p *profile) letterScore(form string) float64 {
	p.countPairs()
	sum := 0.0
	a, b := ' ', ' '
	ba, bb := ' ', ' '
	for _, c := range form + " " {
		bc := baseLetter(c)
		sum += math.Log(0.5*p.letters3.chance(a, b, c) + 0.5*p.bases3.chance(ba, bb, bc))
		a, b = b, c
		ba, bb = bb, bc
	}
	return sum
}

// trigrams counts letter triples, the pairs that begin them, and letter
// pairs and the letters that begin them, of a document's clean word forms
// with word edges as spaces, in one table.
type trigrams struct{ counts }

// reset empties t, keeping its storage unless it is large, and returns it.
func (t *trigrams) reset() *trigrams {
	t.counts.reset()
	return t
}

// add counts form's letter triples, and with pairs set its pairs, the
// letters that begin them and the pairs that begin triples too.
func (t *trigrams) add(form []byte, n int, fold func(rune) rune, pairs bool) {
	a, b := ' ', ' '
	for i := 0; i <= len(form); {
		c := ' ' // the word's end (which no fold changes)
		switch {
		case i == len(form):
			i++
		case form[i] < utf8.RuneSelf:
			c = rune(form[i]) // (every fold keeps ASCII: keep, baseLetter)
			i++
		default:
			r, w := utf8.DecodeRune(form[i:])
			c = fold(r)
			i += w
		}
		if pairs {
			t.counts.add(pairKey(b, c), n)
			t.counts.add(singleKey(b), n)
			t.counts.add(contextKey(a, b), n)
		} else {
			t.counts.add(tripleKey(a, b, c), n)
		}
		a, b = b, c
	}
}

// chance is c's probability after a and b: triples backed off to pairs.
func (t *trigrams) chance(a, b, c rune) float64 {
	pb := (float64(t.get(pairKey(b, c))) + 0.1) / (float64(t.get(singleKey(b))) + 1)
	pt := 0.0
	if n := t.get(contextKey(a, b)); n > 0 {
		pt = float64(t.get(tripleKey(a, b, c))) / float64(n)
	}
	return 0.6*pt + 0.4*pb
}

// countTriples counts the letter triples of the clean word forms the
// document has at the first call (modelForms): fits asks no more.
func (p *profile) countTriples() {
	if p.letters3 != nil {
		return
	}
	p.letters3 = p.tri[0].reset()
	for _, f := range p.modelForms() {
		p.letters3.add(p.table.form(int(f.k)), int(f.n), keep, false)
	}
}

// countPairs completes the model letterScore reads: the pairs too, and the
// same of the base letters.
func (p *profile) countPairs() {
	p.countTriples()
	if p.pairsCounted {
		return
	}
	p.pairsCounted = true
	forms := p.modelForms()
	accented := false
	for _, f := range forms {
		for _, r := range string(p.table.form(int(f.k))) {
			accented = accented || baseLetter(r) != r
		}
	}
	for _, f := range forms {
		p.letters3.add(p.table.form(int(f.k)), int(f.n), keep, true)
	}
	// Without an accented letter the base letters are the letters (most
	// English text): the same counts, read only from here on.
	p.bases3 = p.letters3
	if accented {
		p.bases3 = p.tri[1].reset()
		for _, f := range forms {
			p.bases3.add(p.table.form(int(f.k)), int(f.n), baseLetter, false)
			p.bases3.add(p.table.form(int(f.k)), int(f.n), baseLetter, true)
		}
	}
}

func keep(r rune) rune { return r }

// formCount is a form of the table and how often the document has it.
type formCount struct{ k, n int32 }

// modelForms returns the forms the letter model counts: the clean words'
// and the restorations' at its first use, whatever is restored later.
func (p *profile) modelForms() []formCount {
	if p.model == nil {
		// At most one a form, in the storage of the last document's.
		p.model = slices.Grow(p.modelKept[:0], len(p.table.recs))
		if p.model == nil {
			p.model = []formCount{} // (built, with no form)
		}
		for k, r := range p.table.recs {
			if r.forms > 0 {
				p.model = append(p.model, formCount{int32(k), r.forms})
			}
		}
	}
	return p.model
}

// baseLetter returns r without its accents (ἔ → ε, é → e): for the
// alphabets' blocks (below distinctCached) from a table made once, as the
// letter model folds every letter of a document's forms.
func baseLetter(r rune) rune {
	if r < utf8.RuneSelf {
		return r
	}
	if r < distinctCached {
		baseOnce.Do(cacheBases)
		return baseCache[r]
	}
	return baseOf(r)
}

var (
	baseOnce  sync.Once
	baseCache [distinctCached]rune
)

func cacheBases() {
	for r := range rune(distinctCached) {
		baseCache[r] = baseOf(r)
	}
}

// baseOf is baseLetter, worked out.
func baseOf(r rune) rune {
	if r < utf8.RuneSelf {
		return r
	}
	var buf [utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], r)
	if d := norm.NFD.Properties(buf[:n]).Decomposition(); len(d) > 0 {
		if b, _ := utf8.DecodeRune(d); unicode.IsLetter(b) {
			return baseOf(b)
		}
	}
	return r
}

// quoted reports whether a quotation mark opens right before offset i: a
// quotation starts with a capital wherever it stands.
func quoted(text string, i int) bool {
	r, n := utf8.DecodeLastRuneInString(text[:i])
	if r == '\'' || r == '‘' {
		b, _ := utf8.DecodeLastRuneInString(text[:i-n])
		return !unicode.IsLetter(b) // not an apostrophe (they'll)
	}
	return r == '"' || r == '“' || r == '«' || r == '„'
}

// capitalisesSentences reports whether the document begins its sentences
// with capitals (some orthographies and some texts do not).
func (p *profile) capitalisesSentences() bool {
	p.countStarts()
	return p.starts2[0] < 3 || 2*p.starts2[1] >= p.starts2[0]
}

// compoundAmong is rule HYPHEN-COMPOUND: words joined by hyphens are one
// word (ѕсоре-рау): a part is judged by the words around the compound, not
// by its own other parts, provided every part is a whole word of one
// foreign script that restores into t letter for letter. A compound with a
// genuine letter of its script in any part (Ростов-на-Дону) stays.
func compoundAmong(text string, words []word, i int, t unidata.Script, p *profile) bool {
	joined := func(a, b int) bool { return text[words[a].end:words[b].start] == "-" }
	lo, hi := i, i
	for lo > 0 && joined(lo-1, lo) {
		lo--
	}
	for hi+1 < len(words) && joined(hi, hi+1) {
		hi++
	}
	if lo == hi {
		return false
	}
	for k := lo; k <= hi; k++ {
		w := &words[k]
		if len(w.scripts()) != 1 || w.mainScript() == t {
			return false
		}
		if repl, ok := restoreInto(w, t, p); !ok || repl.len() != countLetters(w) {
			return false
		}
	}
	sides, ok := 0, 0
	for _, k := range []int{lo - 1, hi + 1} {
		if k >= 0 && k < len(words) && countLetters(&words[k]) > 0 {
			sides++
			if words[k].scripts().of(t) > 0 {
				ok++
			}
		}
	}
	return sides > 0 && ok == sides
}

// shortLatinWord is rule LONE-LETTER-IN-PROSE: in an attacked text of
// another script, a Latin word of one or two letters standing in its prose
// (between two of its words, or opening a sentence before one), spaces only
// around it (связаны c загрязнением, Мощна e, но е, \n\nB логах), is the
// word of that script it looks like, where the text writes that word
// elsewhere (с, е, в, се) or, a letter alone, a dictionary of the script
// has it (Greek Η, Ο: DICTIONARY-WORD; Russian а, с, у: oneLetterWord; two
// letters may be an acronym, AI). A spoofer's reverse table strikes the
// words a language writes with one or two letters as any other, while
// Latin the text really uses (brands, codes, formulas) stands beside Latin
// or beside digits and operators, not alone in the middle of its prose.
func shortLatinWord(text string, words []word, i int, p *profile) (proposal, bool) {
	if !shortLatinInProse(text, words, i, p) && !letterBesidePlaceholder(text, &words[i], p) {
		return proposal{}, false
	}
	w := &words[i]
	var repl replacements
	for k, l := range w.letters() {
		if !unicode.IsLetter(l.r) {
			return proposal{}, false
		}
		r, _, ok := pick(l.r, p.dominant, p)
		if !ok {
			return proposal{}, false
		}
		repl.set(k, r)
	}
	form := strings.ToLower(restored(text, w, repl))
	if n := p.shortLatinCount(text, w); n >= 3 && !struckInWords(w, n, p) {
		// Written so three times or more (Документ je
		// завршен, in a translation's messages): the author's typing, as
		// a spoofer's strokes seldom fall on every letter of a word again
		// and again, unless one of its letters was struck inside the
		// text's words as often (He удалось where the spoofer put H and e
		// for its letters throughout).
		return proposal{}, false
	}
	n := len(w.letters())
	if p.formsOf(form) == 0 && !(n == 1 && (p.singles.get(repl.at(0)) > 0 || p.singles.get(unicode.ToLower(repl.at(0))) > 0)) &&
		!(n == 1 && (dictionaryKnows(form, p.dominant, p) || oneLetterWord(repl.at(0), p.dominant, p))) {
		return proposal{}, false
	}
	return proposal{w: w, target: p.dominant, repl: repl,
		why: "a Latin word of one or two letters in the prose of an attacked text of another script, a word it writes elsewhere"}, true
}

// letterBesidePlaceholder is rule LETTER-BESIDE-PLACEHOLDER: a small Latin
// letter alone, a space from a printf conversion or a number on one side
// („%s“ y „%s“, %d i %d, «%s» y URI, ‘%.*s’ y), drawn like a letter the
// document writes as a word of its own script three times or more (be у,
// uk і, bg е: messages of a catalogue), is that word: a conversion is no
// word whose script could speak for the letter, and the document's own
// uses do, where no dictionary lists the language's one-letter words.
// Not beside a Latin word on the other side (a file, x y).
func letterBesidePlaceholder(text string, w *word, p *profile) bool {
	if !w.ascii || len(w.letters()) != 1 || !isLower(w.letters()[0].r) {
		return false
	}
	if own := pickOr(w.letters()[0].r, p); own == w.letters()[0].r || !writtenAlone(own, p) {
		return false
	}
	if w.start < 1 || w.end >= len(text) || text[w.start-1] != ' ' || text[w.end] != ' ' {
		return false
	}
	// The fields of characters up to the next space on each side, their
	// quotation marks and brackets aside.
	before := text[strings.LastIndexAny(text[:w.start-1], " \t\n")+1 : w.start-1]
	rest := text[w.end+1:]
	after := rest[:max(0, strings.IndexAny(rest+" ", " \t\n"))]
	const marks = "«»„“”‘’\"'()[]{}<>,.;:"
	before, after = strings.Trim(before, marks), strings.Trim(after, marks)
	placeholder := func(f string) bool {
		if f == "" {
			return false
		}
		if f[0] == '%' {
			return conversion(f, 0) == len(f) // (notation.go's printf and strftime conversions)
		}
		return strings.Trim(f, "0123456789.,") == ""
	}
	latinWord := func(f string) bool {
		r, _ := utf8.DecodeRuneInString(f)
		return f != "" && !placeholder(f) && unidata.ScriptOf(r) == unidata.Latin
	}
	return (placeholder(before) || placeholder(after)) && !latinWord(before) && !latinWord(after)
}

// writtenAlone reports a letter of the document's script that its clean
// words write alone three times or more: one of its language's one-letter
// words, where no dictionary lists them (ONE-LETTER-WORD).
func writtenAlone(r rune, p *profile) bool {
	return unidata.ScriptOf(r) == p.dominant && p.singles.get(r) >= 3
}

// shortLatinInProse reports whether words[i] is a Latin word of one or two
// letters where shortLatinWord reads its script's word: in the prose.
func shortLatinInProse(text string, words []word, i int, p *profile) bool {
	w := &words[i]
	n := len(w.letters())
	if !w.ascii || n > 2 || i+1 == len(words) {
		return false
	}
	next := &words[i+1]
	// A small letter alone that the language writes as a word (Russian с,
	// у) may have a Latin word on one side, where a word of the script
	// stands on the other (SAP c рынка, Отправлено c iPhone): Cyrillic
	// prose writes its prepositions before brand names (rule
	// ONE-LETTER-WORD).
	// (A language no dictionary here lists, Belarusian у, shows its
	// one-letter words by writing them alone: three times or more, as
	// letterBesidePlaceholder asks.)
	word1 := false
	if n == 1 && isLower(w.letters()[0].r) {
		own := pickOr(w.letters()[0].r, p)
		word1 = oneLetterWord(own, p.dominant, p) || writtenAlone(own, p)
	}
	prose := func(v *word) bool { return !v.ascii && v.mainScript() == p.dominant && countLetters(v) >= 2 }
	latin := func(v *word) bool { return v.ascii && countLetters(v) >= 2 }
	nextProse := prose(next)
	if !nextProse && !(word1 && latin(next)) {
		return false
	}
	// After it, spaces or one line break (a wrapped line) and the
	// punctuation a word ends a clause with (Мощна e, но); before it,
	// spaces after a word of the script, or the start of a line or of a
	// sentence.
	if gap := text[w.end:next.start]; strings.Trim(gap, " ,;:.!?\n") != "" || !strings.ContainsAny(gap, " \n") || strings.Count(gap, "\n") > 1 {
		return false
	}
	// Rule COLUMN-TERM: two spaces after it end a column, and the word
	// is the term a help text's line explains (        N  αριθμός
	// γραμμής), not a word of its prose.
	if strings.HasPrefix(text[w.end:], "  ") {
		return false
	}
	before := strings.TrimRight(text[:w.start], " ")
	switch {
	case before == "" || strings.HasSuffix(before, "\n"):
	case w.start-len(before) >= 2 && nextProse && columnLine(before):
		// Rule COLUMN-START: after two spaces or more on a help text's
		// line, indented or opening with an option, a column of prose
		// begins (  -k --no-db-lookup     He тражи), as a line does;
		// COLUMN-TERM's term stands before them. (Not after a double
		// space inside prose: Vitamin  C.)
	case strings.HasSuffix(before, ".") || strings.HasSuffix(before, "!") || strings.HasSuffix(before, "?"):
		if len(before) == w.start {
			return false // (glued: an abbreviation's letters, e.g.)
		}
	case i > 0 && words[i-1].end == len(before):
		if prev := &words[i-1]; len(before) == w.start || !prose(prev) && !(word1 && nextProse && latin(prev)) {
			return false
		}
		if n == 1 && isUpper(w.letters()[0].r) && w.start-len(before) == 1 {
			// Rule LATIN-CAPITAL-NAMED: a capital alone in the middle of
			// a sentence, one space after a word, is a Latin letter named
			// (флагами C собран, по X, в модуле B), which prose there
			// writes far more often than its script's one-letter words in
			// capitals. (Two spaces begin a help text's column:
			// --tabsize=ΑΡ  O αριθμός.)
			return false
		}
	case len(before) < w.start && nextProse && lowerWord(w) && clauseAfter(text, words, i, len(before), func(v *word) bool { return prose(v) || word1 && latin(v) }):
		// A small word starting a clause after a comma of its prose
		// (правого, a названия), or, a one-letter word of the language,
		// after a brand's comma (iOS та Android, a з минулого: ONE-LETTER-
		// WORD); a capital there is as often a Latin
		// letter named (κυριλλικό, Z και ZHE). (Not after a closing
		// quotation mark: translators type Latin there, „%s“ e както.)
	default:
		return false
	}
	prevProse := i > 0 && words[i-1].end == len(before) && prose(&words[i-1])
	return nextProse || prevProse // (a Latin word after: prose of the script right before it)
}

// columnLine reports text's last line, up to a column's gap, as a help
// text writes one: indented, or opening with an option's dash.
func columnLine(text string) bool {
	line := text[strings.LastIndexByte(text, '\n')+1:]
	return strings.HasPrefix(line, " ") || strings.HasPrefix(line, "\t") || strings.HasPrefix(line, "-")
}

// pickOr is the letter of the document's script that r is drawn like
// (pick), or r.
func pickOr(r rune, p *profile) rune { return pickInto(r, p.dominant, p) }

// pickInto is the letter of script t that r is drawn like (pick), or r.
func pickInto(r rune, t unidata.Script, p *profile) rune {
	if x, _, ok := pick(r, t, p); ok {
		return x
	}
	return r
}

// clauseAfter reports whether text[:end] ends with a comma, semicolon or
// colon right after words[i-1], a word of the prose.
func clauseAfter(text string, words []word, i, end int, prose func(*word) bool) bool {
	return i > 0 && end > 0 && strings.IndexByte(",;:", text[end-1]) >= 0 && words[i-1].end == end-1 && prose(&words[i-1])
}

// struckInWords reports whether a letter of w was restored inside words
// of the text n times or more.
func struckInWords(w *word, n int, p *profile) bool {
	for _, l := range w.letters() {
		if int(p.spoofUses.get(l.r)) >= n {
			return true
		}
	}
	return false
}

// lowerWord reports whether w's letters are all small.
func lowerWord(w *word) bool {
	for _, l := range w.letters() {
		if !isLower(l.r) {
			return false
		}
	}
	return true
}

// shortLatinCount is how often the document writes the ASCII word w, of
// one or two letters, as w is written.
func (p *profile) shortLatinCount(text string, w *word) int {
	return p.shortLatinOf(text, text[w.start:w.end])
}

// shortLatinOf is how often the document writes the word s, of one or two
// ASCII letters, as s is written (counted on first use).
func (p *profile) shortLatinOf(text, s string) int {
	if p.shortLatin == nil {
		p.shortLatin = map[string]int{}
		for i := range p.words {
			if x := &p.words[i]; x.ascii && len(x.letters()) <= 2 {
				p.shortLatin[text[x.start:x.end]]++
			}
		}
	}
	return p.shortLatin[s]
}

// loneGlyphCount is how often the document writes w, a word of one
// character beyond ASCII (counted on first use).
func (p *profile) loneGlyphCount(text string, w *word) int {
	if p.loneGlyphs == nil {
		p.loneGlyphs = map[string]int{}
		for i := range p.words {
			if x := &p.words[i]; !x.ascii && utf8.RuneCountInString(text[x.start:x.end]) == 1 {
				p.loneGlyphs[text[x.start:x.end]]++
			}
		}
	}
	return p.loneGlyphs[text[w.start:w.end]]
}

// styledLetter reports a styled or wide form of a letter: mathematical
// alphanumerics, fullwidth forms, Roman numerals, letterlike symbols, the
// blocks whose letters are other letters' forms by compatibility, no
// orthography's own (as ª, º, ⁿ and ſ are).
func styledLetter(r rune) bool {
	return 0x1D400 <= r && r <= 0x1D7FF || 0xFF21 <= r && r <= 0xFF5A || 0x2160 <= r && r <= 0x217F || 0x2100 <= r && r <= 0x214F
}

// mentioned reports a word whose letters beyond ASCII the text names
// (rule MENTIONED-CHARACTER, with A9): by code point anywhere in it
// (namedLetters), or by Unicode name on the word's line, its words as the
// line's words (nameWordsOf), one word of a name of
// four or more struck at most (ord("𝑛")  # MATHEM𖽀TICAL ITALIC SMALL N; a
// shorter name must stand whole, or "capital letter I" would name ℑ): a
// text about characters quotes them as themselves.
func (p *profile) mentioned(text string, w *word) bool {
	if p.namedLetters(w) || glossedByName(text, w, p) {
		return true
	}
	var onLine *counts // the line's words, read for the first letter that asks
	some := false
	for _, l := range w.letters() {
		if l.r < utf8.RuneSelf {
			continue
		}
		words := p.nameInText(l.r)
		if words == nil {
			return false
		}
		if onLine == nil {
			line, _, ok := lineAround(text, w.start, w.end, 512, true)
			if !ok {
				return false
			}
			onLine = new(counts)
			nameWordsOf(line, onLine)
		}
		missing := 0
		for _, n := range words {
			if !onLine.holds(nameKey(doc.HashLower(n))) {
				missing++
			}
		}
		if missing > nameStruck(words) {
			return false
		}
		some = true
	}
	return some
}

// glossedByName is rule GLOSSED-BY-NAME: a letter alone beside the last
// word of its Unicode name in brackets, three letters or more, is named as
// a text on letters glosses one (ĸ (kra), ƿ (wynn), wynn (ƿ)), not used
// for another letter. The name's letters are read through look-alikes
// (kᴦa): the gloss may be struck as the text around it is.
func glossedByName(text string, w *word, p *profile) bool {
	ls := w.letters()
	if len(ls) != 1 || ls[0].r < utf8.RuneSelf {
		return false
	}
	// (Most letters alone stand in no brackets: the name is not read.)
	after := strings.TrimPrefix(text[w.end:], " ")
	before := text[:w.start]
	opened := strings.HasPrefix(after, "(")
	if !opened && !(strings.HasSuffix(before, "(") && strings.HasPrefix(text[w.end:], ")")) {
		return false
	}
	fields := strings.Fields(runenames.Name(ls[0].r))
	if len(fields) == 0 || len(fields[len(fields)-1]) < 3 {
		return false
	}
	name := fields[len(fields)-1]
	// spells reports s spelling name through Latin look-alikes (a name's
	// letters are Latin, whatever the document's script), case aside, and
	// returns what follows it.
	spells := func(s string) (string, bool) {
		for k := 0; k < len(name); k++ {
			r, n := utf8.DecodeRuneInString(s)
			if n == 0 || unicode.ToUpper(pickInto(r, unidata.Latin, p)) != rune(name[k]) {
				return "", false
			}
			s = s[n:]
		}
		return s, true
	}
	if opened {
		if rest, ok := spells(after[1:]); ok && strings.HasPrefix(rest, ")") {
			return true
		}
	}
	if !strings.HasSuffix(before, "(") || !strings.HasPrefix(text[w.end:], ")") {
		return false
	}
	before = strings.TrimSuffix(strings.TrimSuffix(before, "("), " ")
	for k := 0; k < len(name) && before != ""; k++ {
		_, n := utf8.DecodeLastRuneInString(before)
		before = before[:len(before)-n]
	}
	rest, ok := spells(text[len(before):])
	return ok && strings.HasPrefix(strings.TrimPrefix(rest, " "), "(") && (before == "" || !analysis.IsWordChar(lastRune(before)))
}

// lastRune is the last character of s.
func lastRune(s string) rune { r, _ := utf8.DecodeLastRuneInString(s); return r }

// nameStruck is how many words of a name a line naming its character may
// lack.
func nameStruck(words []string) int {
	if len(words) >= 4 {
		return 1
	}
	return 0
}

// nameInText returns the words of r's Unicode name where the text holds
// enough of them for a line of it to name r, nil where it does not:
// looked for once a document, as most names are not there and no line is
// then read.
func (p *profile) nameInText(r rune) []string {
	words, ok := p.namesInText[r]
	if !ok {
		words = strings.Fields(runenames.Name(r))
		notInText := 0
		for _, n := range words {
			if !p.textHoldsName(n) {
				if notInText++; notInText > nameStruck(words) {
					break
				}
			}
		}
		if len(words) == 0 || notInText > nameStruck(words) {
			words = nil
		}
		if p.namesInText == nil {
			p.namesInText = map[rune][]string{}
		}
		p.namesInText[r] = words
	}
	return words
}

// textHoldsName reports whether the text may hold name's word, the check
// before a line is read (mentioned): it may say yes where the line's
// words (nameWordsOf) then say no. It asks the pass's own words: the
// profile's table holds every word's form lower-cased (a name's hyphened
// word as its pieces), and only the words holding a character beyond
// ASCII, where a run of ASCII may be a name's word the table keeps whole
// (LETTER℃), are read again, once a document: on a text mostly of ASCII
// words, nearly nothing, where reading the whole text for its runs was a
// twentieth of the pass. (A letter the pass cuts out as notation, the x of
// 4x4, is no word's.)
func (p *profile) textHoldsName(name string) bool {
	if p.holdsForm(name) {
		return true
	}
	if !p.nameWordsRead {
		p.nameWordsRead = true
		p.nameWordsKept.reset()
		for i := range p.words {
			if w := &p.words[i]; !w.ascii {
				addNameWords(w.text(p.text), &p.nameWordsKept)
			}
		}
	}
	return p.nameWordsKept.holds(nameKey(doc.HashLower(name)))
}

// holdsForm reports the table holding name (ASCII) lower-cased or, where
// it is hyphened, each of its pieces (the pass's words split at hyphens;
// a name's word may end in one: TIBETAN MARK BKA- SHOG YIG MGO).
func (p *profile) holdsForm(name string) bool {
	var buf [64]byte
	for piece := range strings.SplitSeq(name, "-") {
		if piece != "" && find(&p.table, lowerOf(buf[:], piece)) < 0 {
			return false
		}
	}
	return true
}

// nameWordsOf puts into set, emptied first, the words of text a Unicode
// name's words may be (addNameWords).
func nameWordsOf(text string, set *counts) {
	set.reset()
	addNameWords(text, set)
}

// addNameWords adds to set the words of text a Unicode name's words may be
// (runs of letters, digits and hyphens, ASCII, all capitals, all small or
// capitalised), by doc.HashLower (hashed here as they are read): one read
// of the text in place of one for each word of each name asked.
func addNameWords(text string, set *counts) {
	for i := 0; i < len(text); {
		// A run of ASCII letters, digits and hyphens, read in a loop of
		// its own: most of a text.
		start, h, cases := i, lexicon.HashStart, uint8(0)
		for ; i < len(text) && nameByte[text[i]] != 0; i++ {
			if i > start {
				cases |= nameByte[text[i]]
			}
			h = h.Add(lowerASCII(text[i]))
		}
		ascii := true
		// The rest of a word holding letters beyond ASCII, which is no
		// name's.
		for i < len(text) && text[i] >= utf8.RuneSelf {
			r, n := utf8.DecodeRuneInString(text[i:])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				break
			}
			ascii = false
			i += n
			for ; i < len(text) && nameByte[text[i]] != 0; i++ {
			}
		}
		if i > start {
			if ascii && cases&(nameUpper|nameLower) != nameUpper|nameLower && !(cases&nameUpper != 0 && nameByte[text[start]] == nameLower) {
				set.add(nameKey(h), 1)
			}
			continue
		}
		_, n := utf8.DecodeRuneInString(text[i:])
		i += n
	}
}

// nameByte holds, by ASCII byte, whether it is a capital (nameUpper), a
// small letter (nameLower) or a digit or hyphen (nameOther) of a name's
// word; 0 for a byte that ends one.
var nameByte = func() (t [256]uint8) {
	for b := 'a'; b <= 'z'; b++ {
		t[b], t[b-'a'+'A'] = nameLower, nameUpper
	}
	for b := '0'; b <= '9'; b++ {
		t[b] = nameOther
	}
	t['-'] = nameOther
	return t
}()

const (
	nameOther uint8 = 1 << iota
	nameLower
	nameUpper
)

// nameKey is a word's key in nameWordsOf's table: its hash less a bit,
// as counts keeps key+1 and so cannot hold the largest key.
func nameKey(h lexicon.Hash) uint64 { return uint64(h) >> 1 }

// holds reports key among the keys of c.
func (c *counts) holds(key uint64) bool { return c.get(key) != 0 }

// infix reports w between two operands on its line, a space or none from
// each (besideSpaced, infixOperands).
func infix(text string, w *word) bool { return infixOperands(besideSpaced(text, w.start, w.end)) }

// besideSpaced returns the characters before text[start:end] and after
// it, a space skipped on each side, 0 at the text's edge.
func besideSpaced(text string, start, end int) (before, after rune) {
	if start > 0 && text[start-1] == ' ' {
		start--
	}
	if end < len(text) && text[end] == ' ' {
		end++
	}
	if start > 0 {
		before, _ = utf8.DecodeLastRuneInString(text[:start])
	}
	if end < len(text) {
		after, _ = utf8.DecodeRuneInString(text[end:])
	}
	return before, after
}

// infixOperands reports operands on both sides: a letter, digit or
// closing bracket before, a letter, digit or opening bracket after.
func infixOperands(before, after rune) bool {
	operand := func(r rune, closing bool) bool {
		return unicode.IsLetter(r) || unicode.IsDigit(r) || closing && (r == ')' || r == ']') || !closing && (r == '(' || r == '[')
	}
	return before != 0 && after != 0 && operand(before, true) && operand(after, false)
}

// lonePlainLetter is rule LONE-LETTER-PLAIN: a word of one letter written
// in a compatibility form of an ASCII letter (ｋ, 𝖽, Ⅾ, 𝐼: NFKC makes it
// that letter) is the letter where the document writes the letter alone
// three times or more, and more often than the form alone: a variable, a
// quoted character, a pronoun its author types plainly (ｋ = ｋ.lower()
// beside "for k in", ('Ⅾ', 'E') beside ('A', 'B', 'C')). A formula set in
// mathematical italics throughout writes its variables so, not once among
// plain ones. Asked in a text under attack only.
func lonePlainLetter(text string, w *word, p *profile) (proposal, bool) {
	ls := w.letters()
	if len(ls) != 1 || ls[0].r < utf8.RuneSelf || int(ls[0].off) != w.start || w.end-w.start != utf8.RuneLen(ls[0].r) {
		return proposal{}, false
	}
	var c rune
	if styledLetter(ls[0].r) {
		c = compatLetter(ls[0].r)
	}
	if r := ls[0].r; c == 0 && unicode.IsSymbol(r) && otherCross(r) && !infix(text, w) {
		// So is a cross drawn like x, other than the multiplication sign,
		// where no operator stands (x2n[⤫], fillvalue='⨯', ⤬.lower()):
		// between two operands it may be a vector product (a ⨯ b).
		if x, _, ok := pick(r, unidata.Latin, p); ok && (x == 'x' || x == 'X') {
			c = x
		}
	}
	if c == 0 || c >= utf8.RuneSelf {
		return proposal{}, false
	}
	plain := p.shortLatinOf(text, string(c))
	if plain < 3 || plain <= p.loneGlyphCount(text, w) || p.mentioned(text, w) {
		return proposal{}, false
	}
	var repl replacements
	repl.set(0, c)
	return proposal{w: w, target: unidata.Latin, repl: repl,
		why: fmt.Sprintf("the document writes %q alone %d times, more often than this form of it", c, plain)}, true
}

// glyphUsedAsSpoof is rule GLYPH-USED-AS-SPOOF, for words the rules above
// left as written: a look-alike the document has put for its letter inside
// two words or more is the spoofer's wherever it stands among ASCII
// letters and digits, in a key (ch⍺rset=), an address (ne𝙩, /⊤M) or code
// (chmod +⤫), which the rules for prose spare as an author's notation. A
// spoofer draws one look-alike for a letter and puts it everywhere; an
// author who wrote the glyph as itself beside the attack writes it among
// its own script's letters, which this leaves.
func glyphUsedAsSpoof(text string, w *word, p *profile) (proposal, bool) {
	// Rule SCHEME-IS-ASCII: the name before :// is a URI scheme, which
	// RFC 3986 writes in ASCII letters only (httþ://).
	scheme := strings.HasPrefix(text[w.end:], "://")
	// Rule HTML-NAME-IS-ASCII: so is an element's or attribute's name
	// inside a tag of HTML written into the text (<img sᴦc=, <Ａ href=),
	// one of look-alikes alone too (α𝗹𝙩=).
	html := !scheme && htmlName(text, w)
	// Rule URL-AMONG-ASCII: a glyph no Latin text writes, put once among
	// a URL's ASCII letters (r.asp?ᴦ=, op=∨iew), is the spoofer's too: an
	// IRI's own letters come in words of their script.
	url := !scheme && !html && inAddress(text, w.start)
	// Rule BASE64-IS-ASCII: so is a line of base64 (RFC 4648: a PGP
	// signature's, a MIME part's) but a look-alike or two; the line's
	// letters are all the data's, the glyph alone among them too.
	b64 := !scheme && !html && !url && (base64Line(text, w) || uuLine(text, w.start, &p.uuBegin))
	// (A Latin letter of no living orthography, the long s, is as foreign
	// to an IRI: listinſo.)
	foreignToURL := func(l letter) bool {
		return b64 || url && (l.script != unidata.Latin || !unidata.IdentifierAllowed(l.r))
	}
	var repl replacements
	ascii, once, slot := 0, false, false
	for k, l := range w.letters() {
		if l.r < utf8.RuneSelf {
			if unicode.IsLetter(l.r) {
				ascii++
			}
			continue
		}
		r, _, ok := pick(l.r, unidata.Latin, p)
		if ok && asciiSlot(text, int(l.off), l.r, r) {
			repl.set(k, r)
			slot = true
			continue
		}
		if p.spoofUses.get(l.r) < 2 && !scheme && !html {
			if !foreignToURL(l) {
				return proposal{}, false
			}
			once = true
		}
		if l.script == unidata.Latin && !fullwidthForm(l.r) && !scheme && !html && !foreignToURL(l) {
			// A Latin letter of its own (ſ, ɑ, ꬲ) may be the text's
			// subject, its uses taken for spoofs by a rule that misread
			// it (a history of the long s): only glyphs no Latin text
			// writes as letters are spread; the word's others still are.
			continue
		}
		if !ok {
			return proposal{}, false
		}
		repl.set(k, r)
	}
	// (A URL's word wholly in compatibility forms, http://𝐰𝐰𝐰., is no
	// author's styling: IDNA folds them, so no address is written so.)
	// (Nor is a URL's cross between digits a multiplication: 13×13.gif.)
	if repl.len() == 0 || ascii == 0 && !loneSpoofGlyph(w, p) && !(url && (allCompat(w) || holdsDigit(w))) && !b64 && !slot && !html {
		return proposal{}, false
	}
	why := "the document puts the glyph for the letter inside other words"
	if scheme {
		why = "a URI scheme is written in ASCII letters"
	}
	if html {
		why = "an HTML element's or attribute's name is written in ASCII letters"
	}
	if once {
		why = "a glyph no orthography writes among a URL's ASCII letters"
	}
	if b64 {
		why = "base64 is written in ASCII letters"
	}
	if slot {
		why = "the letter a notation writes there: a version's x, an escape's letter, a timestamp's T"
	}
	return proposal{w: w, target: unidata.Latin, repl: repl, why: why}, true
}

// htmlName reports w as a name inside an HTML tag on its line: an
// attribute's, after white space inside a tag opened by "<" and an
// element's name of ASCII letters and digits (<img, <td), and before "=";
// or an element's, right after "<" or "</", where its look-alikes are no
// orthography's letters ("<adreça>", "<ugrađeno>" are a usage line's
// placeholders in their language).
func htmlName(text string, w *word) bool {
	if w.start == 0 || w.end >= len(text) {
		return false
	}
	if text[w.start-1] == '<' || w.start >= 2 && text[w.start-2:w.start] == "</" {
		// An element's name, where its look-alikes are symbols or
		// compatibility forms (<Ａ, <𝚝d>), no orthography's letters.
		c := text[w.end]
		return (c == ' ' || c == '>' || c == '/' || c == '\t' || c == '\n') && !slices.ContainsFunc(w.letters(), func(l letter) bool {
			return l.r >= utf8.RuneSelf && unicode.IsLetter(l.r) && !isCompat(l.r)
		})
	}
	if text[w.end] != '=' || text[w.start-1] != ' ' && text[w.start-1] != '\t' {
		return false
	}
	// (A tag's attributes stand within maxTagReach of its "<".)
	lo := max(0, w.start-maxTagReach)
	ls := strings.LastIndexByte(text[lo:w.start], '\n') + 1 + lo
	lt := strings.LastIndexByte(text[ls:w.start], '<')
	if lt < 0 || strings.IndexByte(text[ls+lt:w.start], '>') >= 0 {
		return false
	}
	name := ls + lt + 1
	end := name
	for end < w.start && isASCIIAlnum(text[end]) {
		end++
	}
	return end > name && isASCIILetter(text[name]) && (text[end] == ' ' || text[end] == '\t')
}

// maxTagReach: how far before an attribute htmlName looks for its tag's
// "<".
const maxTagReach = 1024

// base64Line reports w on a line of base64: 40 to maxBase64Line bytes
// (PGP writes 64 characters a line, MIME 76) of its alphabet alone, after
// a reply's quotation marks ("> ") where it is quoted, its
// padding and the look-alikes among them aside, these no more than one
// character in twenty (and at least two allowed). A line of a script
// written without spaces (Thai, Chinese) is most of it outside ASCII.
func base64Line(text string, w *word) bool {
	line, ls, ok := lineAround(text, w.start, w.end, maxBase64Line, true)
	if !ok || len(line) > maxBase64Line {
		return false
	}
	if len(line) < 40 {
		if line, ok = armorChecksum(text, line, ls); !ok {
			return false
		}
	} else if data := strings.TrimLeft(line, "> "); len(data) >= 40 {
		line = data // a reply's quotation marks before the data (QUOTED-BASE64)
	}
	n, others, ok := dataLetters(line, func(r rune) bool {
		return 'A' <= r && r <= 'Z' || 'a' <= r && r <= 'z' || '0' <= r && r <= '9' || r == '+' || r == '/' || r == '='
	})
	return ok && others <= max(2, n/20)
}

// armorChecksum is rule ARMOR-CHECKSUM: line, starting at ls, is an
// OpenPGP armor's checksum (RFC 4880 6.2), "=" and four characters of
// base64 right before the armor's tail line ("-----END PGP SIGNATURE-----"),
// both quoted alike in a reply ("> "); it returns the checksum.
func armorChecksum(text, line string, ls int) (string, bool) {
	sum := strings.TrimLeft(line, "> ")
	quote := line[:len(line)-len(sum)]
	if !strings.HasPrefix(sum, "=") || utf8.RuneCountInString(sum) != 5 {
		return "", false
	}
	nl := strings.IndexByte(text[ls:], '\n')
	if nl < 0 {
		return "", false
	}
	next := text[ls+nl+1:]
	return sum, strings.HasPrefix(next, quote+"-----END PGP ")
}

// lineAround returns the line holding text[start:end], its carriage
// return aside, and where it starts, reading no further than reach bytes
// either way (a text of one long line holds many words): not ok where the
// line runs past that, or has no line break after it unless atEnd allows
// the text's end.
func lineAround(text string, start, end, reach int, atEnd bool) (string, int, bool) {
	lo, hi := max(0, start-reach), min(len(text), end+reach)
	ls := strings.LastIndexByte(text[lo:start], '\n') + 1 + lo
	le := strings.IndexByte(text[end:hi], '\n')
	switch {
	case ls == lo && lo > 0, le < 0 && (!atEnd || hi < len(text)):
		return "", 0, false
	case le < 0:
		le = hi
	default:
		le += end
	}
	return strings.TrimRight(text[ls:le], "\r"), ls, true
}

// dataLetters counts the characters of a line of encoded data and the
// look-alikes among them (letters, symbols and numbers beyond ASCII): not
// ok where an ASCII character is out of the alphabet, or another beyond
// ASCII stands in it.
func dataLetters(line string, alphabet func(rune) bool) (n, others int, ok bool) {
	for _, r := range line {
		n++
		switch {
		case r >= utf8.RuneSelf:
			if !unicode.IsLetter(r) && !unicode.IsSymbol(r) && !unicode.IsNumber(r) {
				return n, others, false
			}
			others++
		case !alphabet(r):
			return n, others, false
		}
	}
	return n, others, true
}

// uuLine is rule UUENCODE-LINE: it reports offset i on a line of
// uuencoded data below a "begin" line (begin 644 name): a length
// character, then four characters for every three bytes it counts, each
// of ASCII 32 to 96, but a look-alike or two (no more than one in
// eight: the length and the begin line say enough). uuencode writes no
// small letter, so a stroke there is I and a letter's look-alike its
// capital (chooseCase); beside a digit it is no operator (operatorPlace).
func uuLine(text string, i int, begins *uuBegins) bool {
	const maxLine = 256 // bytes: 61 characters, some beyond ASCII
	// Asked for every word of a text under attack, most answers are no:
	// without a begin line anywhere, or with a small ASCII letter (no
	// uuencoded character) on the line, found a byte or two away, it
	// reads no line.
	if !begins.any(text) || smallLetterOnLine(text, i, maxLine) {
		return false
	}
	line, ls, ok := lineAround(text, i, i, maxLine, false)
	if !ok || len(line) < 2 || line[0] < '!' || line[0] > 'M' {
		return false
	}
	bytes := int(line[0] - ' ')
	if want, n := 1+4*((bytes+2)/3), utf8.RuneCountInString(line); n != want && n != want+1 {
		return false
	}
	n, others, ok := dataLetters(line, func(r rune) bool { return ' ' <= r && r <= '`' })
	return ok && others <= max(2, n/8) && begins.before(text, ls)
}

// uuBegins holds where a text writes "begin " (uuencode's header, begin
// 644 name), found once per document: every word of a block of
// uuencoded lines asks for it.
type uuBegins struct {
	read bool
	at   []int
}

// uuHeader is how uuencode's header line begins.
const uuHeader = "begin "

// find finds where the text writes the header, once.
func (b *uuBegins) find(text string) {
	if b.read {
		return
	}
	b.read = true
	for k := 0; ; {
		j := strings.Index(text[k:], uuHeader)
		if j < 0 {
			break
		}
		b.at = append(b.at, k+j)
		k += j + len(uuHeader)
	}
}

// any reports the header written anywhere in the text.
func (b *uuBegins) any(text string) bool {
	b.find(text)
	return len(b.at) > 0
}

// smallLetterOnLine reports a small ASCII letter on the line of offset i,
// looked for no further than reach bytes either way.
func smallLetterOnLine(text string, i, reach int) bool {
	for k := i - 1; k >= max(0, i-reach) && text[k] != '\n'; k-- {
		if isLowerASCII(text[k]) {
			return true
		}
	}
	for k := i; k < min(len(text), i+reach) && text[k] != '\n'; k++ {
		if isLowerASCII(text[k]) {
			return true
		}
	}
	return false
}

// before reports a begin line within 64 KB before offset ls: the last
// "begin " there followed by a mode of three digits and a space.
func (b *uuBegins) before(text string, ls int) bool {
	const reach = 1 << 16
	b.find(text)
	// The last one that ends by ls and starts in reach of it.
	n, _ := slices.BinarySearch(b.at, ls-len(uuHeader)+1)
	if n == 0 || b.at[n-1] < max(0, ls-reach) {
		return false
	}
	m := text[b.at[n-1]+len(uuHeader):]
	return len(m) >= 4 && isDigit(m[0]) && isDigit(m[1]) && isDigit(m[2]) && m[3] == ' '
}

// asciiSlot (rule ASCII-SLOT) reports the look-alike at text[i:i+n], drawn
// like the ASCII letter x, in a place a notation writes that letter: a
// version's wildcard after "7." before no letter or digit (7.⨯, 4.4.×),
// its v before its number (GnuPG ᴠ1.0.6),
// an escape's letter after a backslash (\⨯00), a printf conversion's
// (0x%⨯), a short option's (-⤫, --extract) — a symbol's or a compatibility
// form's, as a letter of a script there is a word of its text's —, a MIME
// charset's or boundary's (charset=υs-ascii),
// the T between an ISO 8601
// date and time (2002-10-07⊤21:35). Arithmetic writes none of these.
func asciiSlot(text string, i int, r, x rune) bool {
	n := utf8.RuneLen(r)
	next := byte(' ')
	if i+n < len(text) {
		next = text[i+n]
	}
	if mimeParameterSlot(text, i) {
		return x < utf8.RuneSelf && isASCIIAlnum(byte(x))
	}
	symbol := x < utf8.RuneSelf && isASCIILetter(byte(x)) && (!unicode.IsLetter(r) || isCompat(r))
	switch {
	case i >= 1 && text[i-1] == '\\':
		// (A symbol or a compatibility form: a letter of a script after a
		// backslash begins a path's name, C:\Рабочий.)
		return symbol
	case printfSlot(text, i) && strings.IndexRune("diouxXeEfgGcsp", x) >= 0:
		return symbol
	case shortOptionSlot(text, i, n):
		return symbol && r != '×' // (3 -× 4: a sign and a product)
	case x == 'x' || x == 'X':
		return i >= 2 && text[i-1] == '.' && isDigit(text[i-2]) && !isASCIIAlnum(next) && next < utf8.RuneSelf
	case x == 'v' || x == 'V':
		return versionPrefixSlot(text, i, n)
	case x == 'T':
		return isoTimeSlot(text, i, n)
	}
	return false
}

// printfSlot reports offset i where a printf conversion's letter stands:
// after a per cent sign and its flags, width, precision and length
// (%⨯, %2.2⨯, %l⨯, %3$l⨯).
func printfSlot(text string, i int) bool {
	j := i
	for j > 0 && i-j < 8 && strings.IndexByte("0123456789.-+#lhzjt*$", text[j-1]) >= 0 {
		j--
	}
	return j > 0 && text[j-1] == '%'
}

// shortOptionSlot reports text[i:i+n] where a command line's short option
// stands: after a hyphen that begins a word, before a space, comma, bracket,
// bar, equals sign, quotation mark or the end (-⤫, --extract; [-⤫ SUF];
// „-⤫‟).
func shortOptionSlot(text string, i, n int) bool {
	if i < 1 || text[i-1] != '-' {
		return false
	}
	if i >= 2 {
		before, _ := utf8.DecodeLastRuneInString(text[:i-1])
		if !strings.ContainsRune(" \t\n[|(\"'„“«", before) {
			return false
		}
	}
	after, _ := utf8.DecodeRuneInString(text[i+n:])
	return i+n == len(text) || strings.ContainsRune(" \t\n,]|=)\"'‟”“»", after)
}

// mimeParameterSlot reports offset i inside the value of a MIME charset
// or boundary parameter (charset=υs-ascii), a token RFC 2045 writes in
// ASCII.
func mimeParameterSlot(text string, i int) bool {
	j := i
	for j > 0 && i-j < 70 && (isASCIIAlnum(text[j-1]) || text[j-1] == '-' || text[j-1] == '_' || text[j-1] >= utf8.RuneSelf) {
		j--
	}
	if j > 0 && text[j-1] == '"' {
		j--
	}
	for _, name := range []string{"charset=", "boundary="} {
		if j >= len(name) && strings.EqualFold(text[j-len(name):j], name) {
			return true
		}
	}
	return false
}

// versionPrefixSlot reports text[i:i+n] where a version's v stands: at a
// word's start, before a number with a point in it (v1.0.6).
func versionPrefixSlot(text string, i, n int) bool {
	j := i + n
	return (i == 0 || text[i-1] == ' ' || text[i-1] == '(' || text[i-1] == '\n' || text[i-1] == '\t') &&
		j+2 < len(text) && isDigit(text[j]) && text[j+1] == '.' && isDigit(text[j+2])
}

// isoTimeSlot reports text[i:i+n] between an ISO 8601 date and a time
// (YYYY-MM-DD…hh:mm).
func isoTimeSlot(text string, i, n int) bool {
	return i >= 10 && i+n+5 <= len(text) && isoDate(text[i-10:i]) && isDigit(text[i+n]) && isDigit(text[i+n+1]) && text[i+n+2] == ':' && isDigit(text[i+n+3]) && isDigit(text[i+n+4])
}

// isoDate reports s as YYYY-MM-DD.
func isoDate(s string) bool {
	for k := range len(s) {
		if k == 4 || k == 7 {
			if s[k] != '-' {
				return false
			}
		} else if !isDigit(s[k]) {
			return false
		}
	}
	return len(s) == 10
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// maxBase64Line: the longest line base64Line reads (an encoder wraps
// its lines; a longer run is no such block).
const maxBase64Line = 128

// allCompat reports a word whose letters are all compatibility forms.
func allCompat(w *word) bool {
	for _, l := range w.letters() {
		if !isCompat(l.r) {
			return false
		}
	}
	return true
}

// symbolAsWord is rule SYMBOL-AS-WORD: a cross drawn like x, other than
// the multiplication sign, that stands alone between two words of prose,
// one space from each (have ⤫ installed, if ⤬ is not), in an attacked
// text, is the letter x: prose multiplies with × (width × height), and
// crosses of arrows and vector products (⤫ ⤬ ⨯) name no quantity there.
// (Where the text puts the glyph inside its words, loneSpoofGlyph says as
// much wherever it stands; other symbols alone may be a quantity's, so ⟙
// is the thickness.)
func symbolAsWord(text string, words []word, i int, p *profile) (proposal, bool) {
	w := &words[i]
	ls := w.letters()
	if len(ls) != 1 || !unicode.IsSymbol(ls[0].r) || !otherCross(ls[0].r) || i == 0 || i+1 == len(words) {
		return proposal{}, false
	}
	r, _, ok := pick(ls[0].r, unidata.Latin, p)
	if !ok || r != 'x' && r != 'X' {
		return proposal{}, false
	}
	prev, next := &words[i-1], &words[i+1]
	if text[prev.end:w.start] != " " || text[w.end:next.start] != " " {
		return proposal{}, false
	}
	prose := func(v *word) bool {
		if !v.ascii || v.ln < 2 {
			return false
		}
		for _, b := range []byte(v.text(text)) {
			if !isASCIILetter(b) {
				return false
			}
		}
		return true
	}
	if !prose(prev) || !prose(next) {
		return proposal{}, false
	}
	var repl replacements
	repl.set(0, r)
	return proposal{w: w, target: unidata.Latin, repl: repl, why: "a symbol drawn like a letter standing alone between words of prose"}, true
}

// loneSpoofGlyph reports a word of one glyph that stands for a letter by
// itself (chmod +⤫, if ⍺ == ｂ, have ⤫ installed), in code or prose, where
// the document puts it for that letter inside words: a symbol, a styled
// or fullwidth form, or a letter of a script the text writes nothing else
// in. (A Greek ο of a Greek phrase in the text stays.)
func loneSpoofGlyph(w *word, p *profile) bool {
	ls := w.letters()
	if len(ls) != 1 {
		return false
	}
	s := ls[0].script
	return s == unidata.Common || s == unidata.Inherited || p.genuine[s] == 0
}

// quotedPrintableEscape is rule QUOTED-PRINTABLE-ESCAPE: in mail whose
// transfer encoding is left in the text (two escapes or more written
// plainly: =3D, =20), the two characters after an equals sign are
// capital hexadecimal digits, ASCII by RFC 2045, so a look-alike there
// (=3𝖣, =𝞐0) is the digit it imitates, however a formula would read it.
// escapes caches the count of plain escapes (-1 before it is counted).
func quotedPrintableEscape(text string, w *word, p *profile, escapes *int) (proposal, bool) {
	ls := w.letters()
	if len(ls) < 2 || w.start == 0 || text[w.start-1] != '=' || int(ls[0].off) != w.start {
		return proposal{}, false
	}
	hex := func(r rune) bool { return r < utf8.RuneSelf && upperHex(byte(r)) }
	var repl replacements
	for k := range 2 {
		r := ls[k].r
		if r < utf8.RuneSelf {
			if !hex(r) {
				return proposal{}, false
			}
			continue
		}
		x, _, ok := pick(r, unidata.Latin, p)
		if !ok {
			return proposal{}, false
		}
		if !hex(x) {
			x = unicode.ToUpper(x) // (a small look-alike of a capital: ꮯ)
		}
		if !hex(x) {
			return proposal{}, false
		}
		repl.set(k, x)
	}
	if repl.len() == 0 {
		return proposal{}, false
	}
	if *escapes < 0 {
		*escapes = plainEscapes(text)
	}
	if *escapes < 2 {
		return proposal{}, false
	}
	return proposal{w: w, target: unidata.Latin, repl: repl, decomposed: true,
		why: "a quoted-printable escape's hexadecimal digit, in mail that writes others plainly"}, true
}

// lineEndEscape reports an escape of a space or tab at i that ends its
// line: quoted-printable's way to keep trailing white space.
func lineEndEscape(text string, i int) bool {
	if rest := text[i+1:]; strings.HasPrefix(rest, "20") || strings.HasPrefix(rest, "09") {
		return i+3 == len(text) || text[i+3] == '\n' || text[i+3] == '\r'
	}
	return false
}

// plainEscapes counts quoted-printable escapes written in ASCII that only
// the transfer encoding writes: one with a hexadecimal letter (=3D, =E2),
// or a space or tab ending a line (=20). Two digits after an equals sign
// elsewhere are as often HTML's (width=52, height=20), in mail whose links
// hold small letters there (Click?q=f5-…).
func plainEscapes(text string) int {
	n := 0
	for i := strings.IndexByte(text, '='); i >= 0 && i+2 < len(text); {
		if quotedPrintable(text, i) && text[i+1] != '\n' && text[i+1] != '\r' && (text[i+1] > '9' || text[i+2] > '9' || lineEndEscape(text, i)) {
			n++
		}
		j := strings.IndexByte(text[i+1:], '=')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return n
}
