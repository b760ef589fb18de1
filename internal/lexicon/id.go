package lexicon

import (
	"math/bits"
	"sync"

	"github.com/unspin/unspin/internal/lexicon/internal/lextab"
)

// ID names a lower-cased word form that Brown or present-day English
// (SUBTLEX-US) has: 0 for one neither has. A document model keeps one per
// word, so that later questions about the word cost an index, not a lookup.
type ID int32

// Sense is what the language judgement asks of a form, kept in its slot so
// that the judgement costs one probe per word.
type Sense uint32

const (
	SenseBrown Sense = lextab.SenseBrown // the Brown corpus has the form (Stats is not nil)
	SenseKnown Sense = lextab.SenseKnown // an English reader knows it (ID.Known)
)

// The forms and their SUBTLEX-US counts are read in place.
var (
	// forms.at(id-1) is the form id names.
	forms = newStrTable(lextab.SForms, lextab.SFormEnd, header(lextab.HForms))
	// modern holds each ID's SUBTLEX-US count.
	modern = numbers(lextab.SModern, header(lextab.HForms)+1)
)

var (
	idOnce sync.Once
	// brown holds Brown's statistics in ID order; brownOf's number id
	// (u32(brownOf, 4*id)) is the index of id's plus one, 0 where Brown
	// lacks the form.
	brown   []Stats
	brownOf string
	// slots is an open-addressing table of the forms' FNV-1a hashes,
	// probed linearly from the top bits of the hash's spread
	// (lextab.Home): a lookup hashes the form once and compares integers,
	// where a map of strings would hash it and compare bytes. Two forms
	// never share a hash (lextab checks); a word outside the lexicon
	// matches a form's hash with a chance of one in 2^64 per form.
	slots []slot
	mask  uint64
	shift uint // 64 - log2(len(slots)): spread >> shift is the first slot
)

type slot struct {
	hash  uint64
	id    ID
	sense Sense // in what would be the slot's padding
}

// loadIDs makes the tables lookups read from tables.bin, where the forms
// already stand in ID order (by frequency, commonest first: the tables
// passes index by ID then keep the words of running text in a few cache
// lines, and the hot table holds the first IDs) and the hash table, the
// hot table and the filter stand as they do in memory: read in place (a
// start builds them no more, 3 ms of every run, and the pages a run reads
// are the binary's, faulted in from the page cache, not fresh memory
// zeroed and then written), copied only on a machine that reads them
// otherwise. Parsing the counts and sorting the forms at start took a
// third of a second.
func loadIDs() {
	n := header(lextab.HForms)
	brown = statsAt(lextab.SBrown, header(lextab.HBrown))
	brownOf = numbers(lextab.SBrownOf, n+1)
	idSense = tab[header(lextab.SSense):][:n+1]
	size := lextab.TableSize(n)
	slots, mask, shift = slotsAt(lextab.SSlots, size), uint64(size-1), uint(64-bits.Len(uint(size-1)))
	loadSenses()
}

// statsAt returns the n records of section sec as slotsAt does.
func statsAt(sec, n int) []Stats {
	if v := inPlace[Stats](sec, n); v != nil {
		return v
	}
	out := make([]Stats, n)
	for k := range out {
		r := tab[header(sec)+4*lextab.BrownRecord*k:]
		out[k] = Stats{int32(u32(r, 0)), int32(u32(r, 4)), int32(u32(r, 8)), int32(u32(r, 12)), int32(u32(r, 16))}
	}
	return out
}

// slotsAt returns the n slots of section sec: tables.bin's bytes where the
// machine reads them as slots, else a copy.
func slotsAt(sec, n int) []slot {
	if v := inPlace[slot](sec, n); v != nil {
		return v
	}
	out := make([]slot, n)
	for j := range out {
		r := tab[header(sec)+16*j:]
		out[j] = slot{uint64(u32(r, 0)) | uint64(u32(r, 4))<<32, ID(u32(r, 8)), Sense(u32(r, 12))}
	}
	return out
}

// lookupForm returns the ID of a lower-cased form given as a string: the
// form itself is compared, so that the answer is exact, as a map's.
func lookupForm(lower string) ID {
	if id, _ := Probe(HashOf(lower)); id != 0 && id.form() == lower {
		return id
	}
	return 0
}

// slotOf returns the slot of the key k (hashOf), whose spread is s: the
// one holding it, or the empty one where it would go. The table is
// probed from lextab.Home, the top bits of the spread, which depend on
// every byte of the form.
func slotOf(k, s uint64) uint64 {
	for i := s >> shift; ; i = (i + 1) & mask {
		if e := &slots[i]; e.hash == k || e.id == 0 {
			return i
		}
	}
}

// Hash is FNV-1a over the bytes of a lower-cased form, the key of every
// lookup of a word: a scan that lower-cases a word's bytes as it reads them
// hashes them in the same loop (Add), and one hash serves every table a
// word is looked up in.
type Hash uint64

// HashStart is the hash of no bytes.
const HashStart Hash = 14695981039346656037

// Add returns the hash of the bytes h hashed followed by b.
func (h Hash) Add(b byte) Hash { return (h ^ Hash(b)) * 1099511628211 }

// HashOf returns the hash of w.
func HashOf[S ~string | ~[]byte](w S) Hash {
	h := HashStart
	for i := 0; i < len(w); i++ {
		h = h.Add(w[i])
	}
	return h
}

// hashOf is a form's key in the table, never 0 (an empty slot).
func hashOf[S ~string | ~[]byte](w S) uint64 { return uint64(HashOf(w)) | 1 }

// IDs returns how many IDs there are: every ID is below it, so that a
// table indexed by ID can be a slice.
func IDs() int { return header(lextab.HForms) + 1 }

// LookupLower returns the ID of a lower-cased form given as bytes, without
// allocating.
func LookupLower(lower []byte) ID {
	id, _ := Probe(HashOf(lower))
	return id
}

// Probe returns the ID and the Sense of the lower-cased form whose Hash is
// h, from one probe of the table.
func Probe(h Hash) (ID, Sense) {
	idOnce.Do(loadIDs)
	k := spread(h | 1)
	if e := &senses.hot[k>>(64-hotBits)]; e.hash == k {
		return e.id, e.sense
	}
	s := &slots[slotOf(uint64(h)|1, k)]
	return s.id, s.sense
}

// Stats returns Brown's statistics of the form id names, nil where Brown
// lacks it.
func (id ID) Stats() *Stats {
	if id <= 0 {
		return nil
	}
	idOnce.Do(loadIDs)
	if k := u32(brownOf, 4*int(id)); k > 0 {
		return &brown[k-1]
	}
	return nil
}

// Form returns the lower-cased form id names ("" for 0).
func (id ID) Form() string {
	if id <= 0 {
		return ""
	}
	return id.form()
}

// form is Form for an ID above 0.
func (id ID) form() string { return forms.at(int(id) - 1) }

// Modern is Modern of the form id names: per million words of present-day
// English.
func (id ID) Modern() float64 {
	if id <= 0 {
		return 0
	}
	return id.modernShare()
}

// modernShare is Modern for an ID of 0 or above.
func (id ID) modernShare() float64 {
	return float64(u32(modern, 4*int(id))) * 1e6 / float64(header(lextab.HModernTotal))
}

// Sense returns what the language judgement asks of the form id names:
// one load from the table loaded with the IDs (idSense, which
// TestSenseTable holds to Stats and Known).
func (id ID) Sense() Sense {
	if id <= 0 {
		return 0
	}
	idOnce.Do(loadIDs)
	return Sense(idSense[id])
}

// senseOf is Sense from the form's statistics.
func (id ID) senseOf() Sense {
	var s Sense
	if id.Stats() != nil {
		s |= SenseBrown
	}
	if id.Known() {
		s |= SenseKnown
	}
	return s
}

// Known is Known of the form id names.
func (id ID) Known() bool {
	return id.Stats() != nil || id.Modern() >= knownModern
}
