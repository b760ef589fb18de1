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
	// brown holds Brown's statistics in ID order; brownOf[id] is the
	// index of id's plus one, 0 where Brown lacks the form (indexes, not
	// pointers, so that the collector has nothing to scan in it).
	brown   []Stats
	brownOf []int32
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

// loadIDs builds the tables lookups read from tables.bin, where the forms
// already stand in ID order (by frequency, commonest first: the tables
// passes index by ID then keep the words of running text in a few cache
// lines, and the hot table holds the first IDs) and with their keys in the
// order of the hash table, so that filling it writes memory in order: a few
// milliseconds, where parsing the counts and sorting the forms at start
// took a third of a second.
func loadIDs() {
	n := header(lextab.HForms)
	nb := header(lextab.HBrown)
	recs := numbers(lextab.SBrown, lextab.BrownRecord*nb)
	tags := newStrTable(lextab.STagNames, lextab.STagEnd, header(lextab.HTags))
	brown = make([]Stats, nb)
	brownOf = make([]int32, n+1)
	for k := range brown {
		r := recs[4*lextab.BrownRecord*k:]
		idTag := u32(r, 0)
		brown[k] = Stats{int(u32(r, 4)), int(u32(r, 8)), int(u32(r, 12)), int(u32(r, 16)), tags.at(int(idTag >> 24))}
		brownOf[idTag&(1<<24-1)] = int32(k + 1)
	}
	// The senses come with the keys (tables.bin holds them as ID.Sense
	// says): a loop that read them by ID here would wait for memory at
	// every slot.
	idSense = make([]uint8, n+1)
	size := lextab.TableSize(n)
	slots, mask, shift = make([]slot, size), uint64(size-1), uint(64-bits.Len(uint(size-1)))
	keys := numbers(lextab.SSlots, 3*n)
	start, at := header(lextab.HSlotStart), -1
	for k := range n {
		r := keys[12*k:]
		h := uint64(u32(r, 0)) | uint64(u32(r, 4))<<32
		id, sense := ID(u32(r, 8)&(1<<24-1)), Sense(u32(r, 8)>>24)
		if at = lextab.Place(h, at, start, size); at >= size {
			panic("lexicon: tables.bin's hash table does not fit")
		}
		slots[(start+at)&(size-1)] = slot{h, id, sense}
		idSense[id] = uint8(sense)
	}
	loadSenses(n, keys)
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
	if e := &senses.hot[k>>(64-hotBits)]; e.key == k {
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
	if k := brownOf[id]; k > 0 {
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
