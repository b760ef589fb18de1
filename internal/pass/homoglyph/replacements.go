package homoglyph

import "slices"

// replacements are the letters a proposal restores in its word: letter
// index → rune, kept in index order. A word restores a few letters, so a
// short sorted slice serves: a map cost a few hundred bytes for each word
// judged, and its order, random, had to be sorted away wherever it
// mattered. (A struct, not a bare slice, so that ranging over it or
// indexing it as the map was cannot compile by mistake.)
type replacements struct {
	s []replacement
}

type replacement struct {
	k int32 // the letter's index in the word
	r rune
}

// one is the replacement of letter k alone.
func one(k int, r rune) replacements { return replacements{[]replacement{{int32(k), r}}} }

func (x replacements) len() int { return len(x.s) }

// get returns the replacement of letter k, if it has one.
func (x replacements) get(k int) (rune, bool) {
	for _, e := range x.s {
		if int(e.k) == k {
			return e.r, true
		}
		if int(e.k) > k {
			break
		}
	}
	return 0, false
}

// at returns the replacement of letter k, or 0 where it has none.
func (x replacements) at(k int) rune {
	r, ok := x.get(k)
	if !ok {
		return 0
	}
	return r
}

// set replaces letter k by r. Replacing a letter already replaced writes
// into the array every copy of x shares (as writing into the map did);
// adding a letter does not reach other copies, unlike the map, so a caller
// holding a copy (settleOpen) only replaces letters it has. Letters are
// added in index order, at the end, by every caller but one.
func (x *replacements) set(k int, r rune) {
	i := len(x.s)
	for i > 0 && int(x.s[i-1].k) >= k {
		if int(x.s[i-1].k) == k {
			x.s[i-1].r = r
			return
		}
		i--
	}
	x.s = slices.Insert(x.s, i, replacement{int32(k), r})
}
