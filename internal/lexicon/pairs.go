package lexicon

//go:generate go run ./gen -sotu ${SOTU} -pairs pairs.tsv.gz

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"hash/maphash"
	"math"
	"strconv"
	"strings"
	"sync"
)

// Word pairs come from another corpus than the word statistics: the State
// of the Union addresses (see gen/pairs.go).
//
//go:embed pairs.tsv.gz
var pairData []byte

var (
	pairOnce   sync.Once
	pairSeed   = maphash.MakeSeed()
	pairWords  map[string]int32
	pairCounts map[uint64]int32 // by pairKey
	pairTotal  float64
)

func pairKey(a, b string) uint64 {
	var h maphash.Hash
	h.SetSeed(pairSeed)
	h.WriteString(a)
	h.WriteByte(0)
	h.WriteString(b)
	return h.Sum64()
}

func loadPairs() {
	zr, err := gzip.NewReader(bytes.NewReader(pairData))
	if err != nil {
		panic("lexicon: corrupt embedded pairs: " + err.Error())
	}
	pairWords = make(map[string]int32, 20000)
	pairCounts = make(map[uint64]int32, 130000)
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		switch {
		case len(f) == 2 && f[0] == "#total":
			n, _ := strconv.Atoi(f[1])
			pairTotal = float64(n)
		case len(f) == 2:
			n, _ := strconv.Atoi(f[1])
			pairWords[f[0]] = int32(n)
		case len(f) == 3:
			n, _ := strconv.Atoi(f[2])
			pairCounts[pairKey(f[0], f[1])] = int32(n)
		}
	}
	if err := sc.Err(); err != nil || pairTotal == 0 {
		panic("lexicon: corrupt embedded pairs")
	}
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
	pairOnce.Do(loadPairs)
	ca, cb := pairWords[a], pairWords[b]
	if ca < 20 || cb < 2 {
		return 0, false
	}
	pb := float64(cb) / pairTotal
	const alpha = 5 // pseudo-counts of b after a, at b's overall rate
	p := (float64(pairCounts[pairKey(a, b)]) + alpha*pb) / (float64(ca) + alpha)
	return max(pairFloor, math.Log(p/pb)), true
}
