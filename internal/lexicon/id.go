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
	ids    map[string]ID
	byID   []idEntry // byID[id]
)

func loadIDs() {
	once.Do(load)
	modernOnce.Do(loadModern)
	all := maps.Clone(modernWords)
	for w := range words {
		all[w] += 0
	}
	forms := slices.Sorted(maps.Keys(all)) // the same IDs on every run
	ids = make(map[string]ID, len(forms))
	byID = make([]idEntry, 1, len(forms)+1)
	for _, w := range forms {
		ids[w] = ID(len(byID))
		byID = append(byID, idEntry{words[w], modernWords[w]})
	}
}

// IDs returns how many IDs there are: every ID is below it, so that a
// table indexed by ID can be a slice.
func IDs() int {
	idOnce.Do(loadIDs)
	return len(byID)
}

// LookupLower returns the ID of a lower-cased form given as bytes, without
// allocating (Go converts the key in place for a map index).
func LookupLower(lower []byte) ID {
	idOnce.Do(loadIDs)
	return ids[string(lower)]
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
