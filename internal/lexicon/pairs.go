package lexicon

//go:generate go run ./gen -sotu ${SOTU} -pairs pairs.tsv.gz

import (
	"math"
	"sync"

	"github.com/unspin/unspin/internal/lexicon/internal/lextab"
)

// Word pairs come from another corpus than the word statistics: the State
// of the Union addresses (see gen/pairs.go). tables.bin holds the words
// sorted, with their counts, and each word's pairs sorted by the second
// word, read in place; only the index of the words is built, on the first
// question (a millisecond: most documents ask none).
var (
	pairWords     = newStrTable(lextab.SPairWords, lextab.SPairWordEnd, header(lextab.HPairWords))
	pairWordCount = numbers(lextab.SPairWordCount, header(lextab.HPairWords))
	pairStart     = numbers(lextab.SPairStart, header(lextab.HPairWords)+1)
	pairs         = numbers(lextab.SPairs, header(lextab.HPairs))

	pairOnce  sync.Once
	pairIndex map[string]int32 // of the words, the keys substrings of tables.bin
)

func loadPairs() {
	n := header(lextab.HPairWords)
	pairIndex = make(map[string]int32, n)
	for i := range n {
		pairIndex[pairWords.at(i)] = int32(i)
	}
}

// pairWord returns the index of the lower-cased word w among the pair
// corpus' words and its count there, -1 and 0 where it was seen less than
// twice.
func pairWord(w string) (int, int32) {
	pairOnce.Do(loadPairs)
	i, ok := pairIndex[w]
	if !ok {
		return -1, 0
	}
	return int(i), int32(u32(pairWordCount, 4*int(i)))
}

// pairCount returns how often word b followed word a (indexes from
// pairWord), 0 where less than twice.
func pairCount(a, b int) int32 {
	lo, end := int(u32(pairStart, 4*a)), int(u32(pairStart, 4*a+4))
	for hi := end; lo < hi; {
		m := int(uint(lo+hi) >> 1)
		if int(u32(pairs, 4*m)>>16) < b {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < end && int(u32(pairs, 4*lo)>>16) == b {
		return int32(u32(pairs, 4*lo) & 0xffff)
	}
	return 0
}

// pairFloor is the least a pair's association can be: a pair never seen
// after a common word is evidence against it, but only so much, since the
// addresses are two million words and not all of English (-2 measured
// best against -1, -3, -4 and -6 in spam's TestInsertionScoreSeparates).
const pairFloor = -2

// PairAssociation is log(P(b follows a) / P(b)) for lower-cased words a and
// b, smoothed towards 0 for words seldom seen, and ok false where a or b is
// too rare in the pair corpus to say anything.
func PairAssociation(a, b string) (float64, bool) {
	ia, ca := pairWord(a)
	ib, cb := pairWord(b)
	if ca < 20 || cb < 2 {
		return 0, false
	}
	pb := float64(cb) / float64(header(lextab.HPairTotal))
	const alpha = 5 // pseudo-counts of b after a, at b's overall rate
	p := (float64(pairCount(ia, ib)) + alpha*pb) / (float64(ca) + alpha)
	return max(pairFloor, math.Log(p/pb)), true
}
