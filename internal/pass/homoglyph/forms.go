package homoglyph

import (
	"math/bits"
	"unicode/utf8"

	"github.com/unspin/unspin/internal/doc"
	"github.com/unspin/unspin/internal/fibhash"
	"github.com/unspin/unspin/internal/lexicon"
)

// formTable holds what the profile counts per lower-cased word form, keyed
// by the form's 64-bit hash in one open-addressing table: a word costs one
// hash and one probe, never a string of its own. Two forms sharing a hash
// would count as one, with a chance of about one in 2^64 per pair.
type formTable struct {
	slots []int32 // index into recs, plus one; 0 is empty
	mask  uint64
	recs  []formRec
	bytes []byte  // every form, back to back
	kept  []int32 // storage for slots while the table is unbuilt (unbuilt)
}

// formRec counts one form.
type formRec struct {
	hash       uint64
	start, end int32 // the form in formTable.bytes
	// forms counts the clean words so written (and forms restored so
	// far); spellings every word; lowered and capitalised the clean words
	// written small, or capitalised inside a sentence; elided those before
	// an apostrophe; starts the clean words of three letters or more that
	// begin with the form (a letter pair); glued the words joined by an
	// apostrophe to the next whose glued form this is (l'onu); judged the
	// clean words of two letters or more, whose share the lexicon knows
	// says whether the text is English.
	forms, spellings, lowered, capitalised, elided, starts, glued, judged int32
	lex                                                                   lexicon.ID // plus one; 0 not yet looked up
}

// hashOf is the lexicon's hash of a form (FNV-1a).
func hashOf[S ~string | ~[]byte](w S) uint64 { return uint64(lexicon.HashOf(w)) }

// formsUpFront is the most forms a table is sized for before it grows: a
// document's words repeat, and a 15 MB one-line document's half-a-word-each
// guess took 88 MB for some tens of thousands of forms.
const formsUpFront = 4096

// init sizes the table for about n forms (at most formsUpFront).
func (t *formTable) init(n int) {
	n = min(n, formsUpFront)
	size := 16
	for size < 2*n {
		size <<= 1
	}
	if cap(t.kept) >= size {
		t.slots = t.kept[:size]
		clear(t.slots)
	} else {
		t.slots = make([]int32, size)
	}
	t.kept, t.mask = nil, uint64(size-1)
	if cap(t.recs) < n || cap(t.bytes) < 8*n {
		t.recs = make([]formRec, 0, n)
		t.bytes = make([]byte, 0, 8*n)
	}
	t.recs, t.bytes = t.recs[:0], t.bytes[:0]
}

// unbuilt returns an empty table with no slots (so that it reads as not
// built), holding t's storage for init to use.
func (t *formTable) unbuilt() formTable {
	kept := t.kept
	if t.slots != nil {
		kept = t.slots
	}
	return formTable{kept: kept, recs: t.recs[:0], bytes: t.bytes[:0]}
}

// reset empties the table and sizes it for about n forms, keeping its
// storage where it is large enough.
func (t *formTable) reset(n int) {
	n = min(n, formsUpFront)
	size := 16
	for size < 2*n {
		size <<= 1
	}
	if cap(t.slots) < size {
		t.init(n)
		return
	}
	t.slots, t.mask = t.slots[:size], uint64(size-1)
	clear(t.slots)
	t.recs, t.bytes = t.recs[:0], t.bytes[:0]
}

// slot returns where a form of hash h is or would go.
func (t *formTable) slot(h uint64) uint64 {
	i := h & t.mask
	for t.slots[i] != 0 && t.recs[t.slots[i]-1].hash != h {
		i = (i + 1) & t.mask
	}
	return i
}

// find returns the index of form f (lower-cased), or -1.
func find[S ~string | ~[]byte](t *formTable, f S) int {
	if t.slots == nil {
		return -1
	}
	return int(t.slots[t.slot(hashOf(f))]) - 1
}

// add returns the index of form f (lower-cased), adding it.
func add[S ~string | ~[]byte](t *formTable, f S) int {
	if t.slots == nil {
		t.init(64)
	}
	h := hashOf(f)
	i := t.slot(h)
	if t.slots[i] != 0 {
		return int(t.slots[i]) - 1
	}
	start := len(t.bytes)
	t.bytes = append(t.bytes, f...)
	return t.put(i, h, start)
}

// addLowerASCII is add(t, the lower-cased s) for s of ASCII characters
// alone (most words), lower-casing as it hashes: the form is written out
// only when it is new.
func addLowerASCII(t *formTable, s string) int {
	if t.slots == nil {
		t.init(64)
	}
	h := lexicon.HashStart
	for k := 0; k < len(s); k++ {
		h = h.Add(lowerASCII(s[k]))
	}
	i := t.slot(uint64(h))
	if t.slots[i] != 0 {
		return int(t.slots[i]) - 1
	}
	start := len(t.bytes)
	for k := 0; k < len(s); k++ {
		t.bytes = append(t.bytes, lowerASCII(s[k]))
	}
	return t.put(i, uint64(h), start)
}

func lowerASCII(b byte) byte {
	if 'A' <= b && b <= 'Z' {
		return b + 'a' - 'A'
	}
	return b
}

// put records the form of hash h written at t.bytes[start:] in slot i.
func (t *formTable) put(i, h uint64, start int) int {
	t.recs = append(t.recs, formRec{hash: h, start: int32(start), end: int32(len(t.bytes))})
	t.slots[i] = int32(len(t.recs))
	if 2*len(t.recs) > len(t.slots) {
		t.grow()
	}
	return len(t.recs) - 1
}

func (t *formTable) grow() {
	size := 2 * len(t.slots)
	t.slots, t.mask = make([]int32, size), uint64(size-1)
	for k, r := range t.recs {
		i := r.hash & t.mask
		for t.slots[i] != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = int32(k + 1)
	}
}

// form returns the text of form k.
func (t *formTable) form(k int) []byte { return t.bytes[t.recs[k].start:t.recs[k].end] }

// get returns the counts of form f (lower-cased): zero where absent.
func get[S ~string | ~[]byte](t *formTable, f S) formRec {
	if k := find(t, f); k >= 0 {
		return t.recs[k]
	}
	return formRec{}
}

// lexOf returns the lexicon entry of form k, looked up once.
func (t *formTable) lexOf(k int) lexicon.ID {
	r := &t.recs[k]
	if r.lex == 0 {
		r.lex = lexicon.LookupLower(t.form(k)) + 1
	}
	return r.lex - 1
}

// lowerOf returns s lower-cased in buf's storage.
func lowerOf(buf []byte, s string) []byte { return doc.AppendLower(buf[:0], s) }

// formsOf returns how often the document writes the lower-cased form
// among its clean words, restored forms included.
func (p *profile) formsOf(lower string) int { return int(get(&p.table, lower).forms) }

// eachForm calls f with every form the document's clean words (and the
// restorations so far) have, and how often.
func (p *profile) eachForm(f func(form []byte, n int)) {
	for k, r := range p.table.recs {
		if r.forms > 0 {
			f(p.table.form(k), int(r.forms))
		}
	}
}

// count returns how often the document writes form (any case) among its
// clean words, restored forms included.
func (p *profile) count(form string) int {
	var buf [64]byte
	return int(get(&p.table, lowerOf(buf[:], form)).forms)
}

// runeCounts counts characters: ASCII in an array, the rest in a map made
// on first need.
type runeCounts struct {
	ascii [utf8.RuneSelf]int32
	other map[rune]int32
}

func (c *runeCounts) get(r rune) int {
	if r >= 0 && r < utf8.RuneSelf {
		return int(c.ascii[r])
	}
	return int(c.other[r])
}

func (c *runeCounts) inc(r rune) {
	if r >= 0 && r < utf8.RuneSelf {
		c.ascii[r]++
		return
	}
	if c.other == nil {
		c.other = map[rune]int32{}
	}
	c.other[r]++
}

// runeSet is a set of characters: the Basic Multilingual Plane as bits,
// the rest in a map made on first need.
type runeSet struct {
	bmp   [1 << 16 / 64]uint64
	other map[rune]bool
}

func (s *runeSet) has(r rune) bool {
	if r >= 0 && r < 1<<16 {
		return s.bmp[r>>6]&(1<<(r&63)) != 0
	}
	return s.other[r]
}

func (s *runeSet) add(r rune) {
	if r >= 0 && r < 1<<16 {
		s.bmp[r>>6] |= 1 << (r & 63)
		return
	}
	if s.other == nil {
		s.other = map[rune]bool{}
	}
	s.other[r] = true
}

// each calls f for every character in the set until f returns false.
func (s *runeSet) each(f func(rune) bool) {
	for k, b := range s.bmp {
		for ; b != 0; b &= b - 1 {
			if !f(rune(k<<6 | bits.TrailingZeros64(b))) {
				return
			}
		}
	}
	for r := range s.other {
		if !f(r) {
			return
		}
	}
}

// counts maps 64-bit keys (characters packed together) to counts in one
// open-addressing table: where a map of rune pairs or triples would hash
// an array and rehash as it grows, it multiplies once.
type counts struct {
	keys []uint64 // key+1; 0 is empty
	vals []int32
	n    int
}

// countsKept is the most slots a counts table may hold to be kept for
// the next document.
const countsKept = 1 << 18

// reset empties c, keeping its storage unless it is large.
func (c *counts) reset() {
	if len(c.keys) > countsKept {
		c.keys, c.vals = nil, nil
	}
	clear(c.keys)
	clear(c.vals)
	c.n = 0
}

func (c *counts) slot(key uint64) int {
	mask := len(c.keys) - 1
	i := int((key*fibhash.Mul)>>40) & mask
	for c.keys[i] != 0 && c.keys[i] != key+1 {
		i = (i + 1) & mask
	}
	return i
}

func (c *counts) get(key uint64) int {
	if c.n == 0 {
		return 0
	}
	return int(c.vals[c.slot(key)])
}

func (c *counts) add(key uint64, n int) {
	if 2*(c.n+1) > len(c.keys) {
		c.grow()
	}
	i := c.slot(key)
	if c.keys[i] == 0 {
		c.keys[i] = key + 1
		c.n++
	}
	c.vals[i] += int32(n)
}

func (c *counts) grow() {
	keys, vals := c.keys, c.vals
	size := max(64, 2*len(keys))
	c.keys, c.vals = make([]uint64, size), make([]int32, size)
	for k, key := range keys {
		if key != 0 {
			i := c.slot(key - 1)
			c.keys[i], c.vals[i] = key, vals[k]
		}
	}
}

// Keys of characters packed together: every rune fits 21 bits, and the
// top bits say which kind of key it is.
func tripleKey(a, b, c rune) uint64 { return uint64(a)<<42 | uint64(b)<<21 | uint64(c) }
func pairKey(a, b rune) uint64      { return 1<<63 | uint64(a)<<21 | uint64(b) }
func contextKey(a, b rune) uint64   { return 1<<63 | 1<<62 | uint64(a)<<21 | uint64(b) }
func singleKey(a rune) uint64       { return 1<<63 | 1<<61 | uint64(a) }
