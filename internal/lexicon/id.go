package lexicon

import (
	"maps"
	"slices"
	"sync"
)

// ID names a lower-cased word form of the corpus: 0 for one it lacks. A
// document model keeps one per word, so that later questions about the word
// cost an index, not a lookup.
type ID int32

var (
	ids    map[string]ID
	byID   []*Stats // byID[id]
	idOnce sync.Once
)

func loadIDs() {
	once.Do(load)
	forms := slices.Sorted(maps.Keys(words)) // the same IDs on every run
	ids = make(map[string]ID, len(forms))
	byID = make([]*Stats, 1, len(forms)+1)
	for _, w := range forms {
		ids[w] = ID(len(byID))
		byID = append(byID, words[w])
	}
}

// LookupLower returns the ID of a lower-cased form given as bytes, without
// allocating (Go converts the key in place for a map index).
func LookupLower(lower []byte) ID {
	idOnce.Do(loadIDs)
	return ids[string(lower)]
}

// Stats returns the statistics of the form id names, nil for 0.
func (id ID) Stats() *Stats {
	if id <= 0 {
		return nil
	}
	idOnce.Do(loadIDs)
	return byID[id]
}
