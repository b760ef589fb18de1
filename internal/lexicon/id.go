package lexicon

import (
	"cmp"
	"maps"
	"slices"
	"strings"
	"sync"
)

// ID names a lower-cased word form that Brown or present-day English
// (SUBTLEX-US) has: 0 for one neither has. A document model keeps one per
// word, so that later questions about the word cost an index, not a lookup.
type ID int32

// Sense is what the language judgement asks of a form, kept in its slot so
// that the judgement costs one probe per word.
type Sense uint32

const (
	SenseBrown Sense = 1 << iota // the Brown corpus has the form (Stats is not nil)
	SenseKnown                   // an English reader knows it (ID.Known)
)

type idEntry struct {
	stats  *Stats // Brown's statistics, nil where Brown lacks the form
	modern int32  // SUBTLEX-US count
}

var (
	idOnce sync.Once
	byID   []idEntry // byID[id]
	// idForms[id] is the form id names.
	idForms []string
	// slots is an open-addressing table of the forms' FNV-1a hashes: a
	// lookup hashes the form once and compares integers, where a map of
	// strings would hash it and compare bytes. Two forms never share a
	// hash (loadIDs checks); a word outside the lexicon matches a form's
	// hash with a chance of one in 2^64 per form.
	slots []slot
	mask  uint64
)

type slot struct {
	hash  uint64
	id    ID
	sense Sense // in what would be the slot's padding
}

func loadIDs() {
	once.Do(load)
	modernOnce.Do(loadModern)
	all := maps.Clone(modernWords)
	for w := range words {
		all[w] += 0
	}
	// IDs follow frequency, commonest first, ties by form (the same IDs on
	// every run): the tables passes index by ID then keep the words of
	// running text in a few cache lines, and the hot table below holds
	// the first IDs.
	// Each form's frequency is computed once: a comparison that looked
	// the form up in two maps made the sort most of the start-up time.
	type ranked struct {
		form string
		freq float64
	}
	byFreq := make([]ranked, 0, len(all))
	for w := range all {
		f := float64(modernWords[w]) * 1e6 / float64(modernTotal)
		if s := words[w]; s != nil {
			f = max(f, float64(s.Count)*1e6/float64(total))
		}
		byFreq = append(byFreq, ranked{w, f})
	}
	slices.SortFunc(byFreq, func(a, b ranked) int {
		return cmp.Or(cmp.Compare(b.freq, a.freq), strings.Compare(a.form, b.form))
	})
	forms := make([]string, len(byFreq))
	for i, r := range byFreq {
		forms[i] = r.form
	}
	size := 1
	for size < 2*len(forms) {
		size <<= 1
	}
	slots, mask = make([]slot, size), uint64(size-1)
	byID = make([]idEntry, 1, len(forms)+1)
	idForms = append([]string{""}, forms...)
	for _, w := range forms {
		id := ID(len(byID))
		byID = append(byID, idEntry{words[w], modernWords[w]})
		var sense Sense
		if e := byID[id]; e.stats != nil {
			sense |= SenseBrown | SenseKnown
		} else if e.modernShare() >= knownModern {
			sense |= SenseKnown // as ID.Sense says, which cannot be called yet
		}
		h := hashOf(w)
		i := slotOf(h)
		if slots[i].id != 0 {
			panic("lexicon: two forms share a hash: " + w)
		}
		slots[i] = slot{h, id, sense}
	}
	loadSenses(forms)
}

// slotOf returns the slot of the key k (hashOf): the one holding it, or
// the empty one where it would go.
func slotOf(k uint64) uint64 {
	for i := k & mask; ; i = (i + 1) & mask {
		if s := &slots[i]; s.hash == k || s.id == 0 {
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
func IDs() int {
	idOnce.Do(loadIDs)
	return len(byID)
}

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
	if id := senses.hotID(h); id > 0 {
		return id, hotSense[id]
	}
	s := &slots[slotOf(uint64(h)|1)]
	return s.id, s.sense
}

// Stats returns Brown's statistics of the form id names, nil where Brown
// lacks it.
func (id ID) Stats() *Stats {
	if id <= 0 {
		return nil
	}
	idOnce.Do(loadIDs)
	return byID[id].stats
}

// Form returns the lower-cased form id names ("" for 0).
func (id ID) Form() string {
	if id <= 0 {
		return ""
	}
	idOnce.Do(loadIDs)
	return idForms[id]
}

// Modern is Modern of the form id names: per million words of present-day
// English.
func (id ID) Modern() float64 {
	if id <= 0 {
		return 0
	}
	idOnce.Do(loadIDs)
	return byID[id].modernShare()
}

// modernShare is the form's count per million words of present-day English.
func (e idEntry) modernShare() float64 { return float64(e.modern) * 1e6 / float64(modernTotal) }

// Sense returns what the language judgement asks of the form id names.
func (id ID) Sense() Sense {
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
