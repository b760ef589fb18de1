package lexicon

import (
	"maps"
	"slices"
	"sync"
)

// ID names a lower-cased word form that Brown or present-day English
// (SUBTLEX-US) has: 0 for one neither has. A document model keeps one per
// word, so that later questions about the word cost an index, not a lookup.
type ID int32

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
	hash uint64
	id   ID
}

func loadIDs() {
	once.Do(load)
	modernOnce.Do(loadModern)
	all := maps.Clone(modernWords)
	for w := range words {
		all[w] += 0
	}
	forms := slices.Sorted(maps.Keys(all)) // the same IDs on every run
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
		h := hashOf(w)
		for i := h & mask; ; i = (i + 1) & mask {
			if slots[i].id == 0 {
				slots[i] = slot{h, id}
				break
			}
			if slots[i].hash == h {
				panic("lexicon: two forms share a hash: " + w)
			}
		}
	}
}

// hashOf is FNV-1a of a form, never 0.
func hashOf[S ~string | ~[]byte](w S) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint64(w[i])) * 1099511628211
	}
	return h | 1
}

// IDs returns how many IDs there are: every ID is below it, so that a
// table indexed by ID can be a slice.
func IDs() int {
	idOnce.Do(loadIDs)
	return len(byID)
}

// LookupLower returns the ID of a lower-cased form given as bytes, without
// allocating.
func LookupLower(lower []byte) ID {
	idOnce.Do(loadIDs)
	h := hashOf(lower)
	for i := h & mask; ; i = (i + 1) & mask {
		if s := slots[i]; s.hash == h || s.id == 0 {
			return s.id
		}
	}
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
	return float64(byID[id].modern) * 1e6 / float64(modernTotal)
}

// Known is Known of the form id names.
func (id ID) Known() bool {
	return id.Stats() != nil || id.Modern() >= knownModern
}
