// Package lextab defines the layout of tables.bin, the lexicon's tables as
// package lexicon reads them, and builds it from the word counts checked in
// beside the package (brown.tsv.gz, modern.tsv.gz, pairs.tsv.gz).
//
// Parsing those counts, numbering the forms by frequency (a sort) and
// filling maps took a third of a second at every start; the file holds the
// result, so that lexicon reads numbers at fixed places and parses nothing.
// The generator (../../gen -tables) writes it; lexicon's tests build it again
// from the counts and compare the bytes, so it cannot go stale unnoticed.
//
// Layout: every number is a little-endian uint32. The header is HeaderLen
// numbers, indexed by the H* constants: counts, then the byte offset of
// each section (the S* constants). Sections:
//
//	SForms      the forms, lower-cased, in ID order (ID 1 first), concatenated
//	SFormEnd    N+1 numbers: form id ends where FormEnd[id] says, starts at FormEnd[id-1]
//	SModern     N+1 numbers: SUBTLEX-US count of form id (0: seen less than twice)
//	SBrown      per form Brown has, in ID order, BrownRecord numbers:
//	            count, mid, cap, end, 1 + the index of its tag in STagNames
//	STagNames   the part-of-speech tags, sorted, concatenated
//	STagEnd     tags+1 numbers, as SFormEnd
//	SBigrams    per tag bigram, sorted by tag names: from, to, count (tag indexes)
//	SPairWords  the pair corpus' words seen twice or more, sorted, concatenated
//	SPairWordEnd  words+1 numbers, as SFormEnd
//	SPairWordCount  a number per word: its count
//	SPairStart  words+1 numbers: word a's pairs are SPairs[PairStart[a]:PairStart[a+1]]
//	SPairs      per pair seen twice or more, by first word then second: b<<16 | count
//	SSlots      lexicon's hash table as it stands in memory (Slots): TableSize(N) slots of
//	            4 numbers, the form's Key (low half first), its id and its sense (SenseOf);
//	            all four 0 in an empty slot
//	SSense      N+1 bytes: the sense of form id
//	SBrownOf    N+1 numbers: 1 + the index of form id's record in SBrown, 0 where Brown lacks it
//	SHot        the hot table (Hot): 2^HotBits slots as SSlots', keyed by Spread(Key)
//	SFilter     2^HFilterBits 64-bit words (two numbers, low first): the filter of the forms
//	            with a sense (FilterWord)
//
// The sections of 64-bit numbers start at a multiple of 8 bytes, so that
// lexicon reads them in place, as the tables they are, where the machine is
// little-endian: a start builds nothing.
package lextab

import (
	"bufio"
	"bytes"
	"cmp"
	"compress/gzip"
	"encoding/binary"
	"fmt"
	"math/bits"
	"slices"
	"strconv"
	"strings"

	"github.com/unspin/unspin/internal/fibhash"
)

// Header fields.
const (
	HMagic       = iota // Magic
	HForms              // N: forms, IDs 1..N
	HBrown              // forms Brown has
	HTotal              // Brown's word tokens
	HMid                // Brown's word tokens not first in their sentence
	HInitial            // and first
	HModernTotal        // SUBTLEX-US word tokens
	HTags               // part-of-speech tags
	HBigrams            // tag bigrams
	HBigramN            // tag bigram tokens
	HTagTypes           // tags that follow another, plus one (add-half smoothing)
	HPairTotal          // the pair corpus' word tokens
	HPairWords          // its words seen twice or more
	HPairs              // its pairs seen twice or more
	HASCII              // 1 where every form is ASCII
	HFilterBits         // log2 of the words of SFilter
	SForms              // section offsets
	SFormEnd
	SModern
	SBrown
	STagNames
	STagEnd
	SBigrams
	SPairWords
	SPairWordEnd
	SPairWordCount
	SPairStart
	SPairs
	SSlots
	SSense
	SBrownOf
	SHot
	SFilter
	HeaderLen
)

// Magic starts every tables.bin of this layout.
const Magic = 0x4c584e31 // "LXN1"

// BrownRecord is how many numbers a Brown form's record holds.
const BrownRecord = 5

// Brown is one word form's line of brown.tsv.gz.
type Brown struct {
	Count, Mid, Cap, End int
	Tag                  string
}

// Source is the counts as the .tsv.gz files hold them.
type Source struct {
	Words                    map[string]*Brown
	Total                    int
	Bigram                   map[[2]string]int
	TagFrom, TagTo           map[string]int
	BigramN                  int
	MidTokens, InitialTokens int
	Modern                   map[string]int32
	ModernTotal              int
	PairWords                map[string]int32
	PairCounts               map[[2]string]int32
	PairTotal                int
}

// Parse reads the three gzip-compressed counts.
func Parse(brown, modern, pairs []byte) (*Source, error) {
	s := &Source{
		Words:      make(map[string]*Brown, 50000),
		Bigram:     make(map[[2]string]int, 5000),
		TagFrom:    map[string]int{},
		TagTo:      map[string]int{},
		Modern:     make(map[string]int32, 61000),
		PairWords:  make(map[string]int32, 20000),
		PairCounts: make(map[[2]string]int32, 130000),
	}
	err := lines(brown, func(f []string) {
		switch {
		case len(f) == 2 && f[0] == "#total":
			s.Total, _ = strconv.Atoi(f[1])
		case len(f) == 4 && f[0] == "#bi":
			n, _ := strconv.Atoi(f[3])
			s.Bigram[[2]string{f[1], f[2]}] = n
			s.TagFrom[f[1]] += n
			s.TagTo[f[2]] += n
			s.BigramN += n
		case len(f) == 6:
			b := &Brown{Tag: f[5]}
			b.Count, _ = strconv.Atoi(f[1])
			b.Mid, _ = strconv.Atoi(f[2])
			b.Cap, _ = strconv.Atoi(f[3])
			b.End, _ = strconv.Atoi(f[4])
			s.Words[f[0]] = b
			s.MidTokens += b.Mid
			s.InitialTokens += b.Count - b.Mid
		}
	})
	if err != nil {
		return nil, fmt.Errorf("brown: %w", err)
	}
	if s.Total == 0 {
		s.Total = 1
	}
	err = lines(modern, func(f []string) {
		if len(f) != 2 {
			return
		}
		c, _ := strconv.Atoi(f[1])
		if f[0] == "#total" {
			s.ModernTotal = c
			return
		}
		s.Modern[f[0]] = int32(c)
	})
	if err != nil || s.ModernTotal == 0 {
		return nil, fmt.Errorf("modern: corrupt (%v)", err)
	}
	err = lines(pairs, func(f []string) {
		switch {
		case len(f) == 2 && f[0] == "#total":
			s.PairTotal, _ = strconv.Atoi(f[1])
		case len(f) == 2:
			n, _ := strconv.Atoi(f[1])
			s.PairWords[f[0]] = int32(n)
		case len(f) == 3:
			n, _ := strconv.Atoi(f[2])
			s.PairCounts[[2]string{f[0], f[1]}] = int32(n)
		}
	})
	if err != nil || s.PairTotal == 0 {
		return nil, fmt.Errorf("pairs: corrupt (%v)", err)
	}
	return s, nil
}

// lines calls line with the tab-separated fields of each line of the
// gzip-compressed data.
func lines(gz []byte, line func([]string)) error {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return err
	}
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		line(strings.Split(sc.Text(), "\t"))
	}
	return sc.Err()
}

// Forms returns every form Brown or SUBTLEX-US has in ID order: by
// frequency, commonest first (the larger of the two corpora's rates per
// million words), ties by form, so that IDs are the same on every build and
// the tables indexed by ID keep the words of running text in a few cache
// lines.
func (s *Source) Forms() []string {
	type ranked struct {
		form string
		freq float64
	}
	byFreq := make([]ranked, 0, len(s.Modern)+len(s.Words))
	for w, c := range s.Modern {
		f := float64(c) * 1e6 / float64(s.ModernTotal)
		if b := s.Words[w]; b != nil {
			f = max(f, float64(b.Count)*1e6/float64(s.Total))
		}
		byFreq = append(byFreq, ranked{w, f})
	}
	for w, b := range s.Words {
		if _, ok := s.Modern[w]; !ok {
			byFreq = append(byFreq, ranked{w, max(0, float64(b.Count)*1e6/float64(s.Total))})
		}
	}
	slices.SortFunc(byFreq, func(a, b ranked) int {
		return cmp.Or(cmp.Compare(b.freq, a.freq), strings.Compare(a.form, b.form))
	})
	forms := make([]string, len(byFreq))
	for i, r := range byFreq {
		forms[i] = r.form
	}
	return forms
}

// Sense bits, as lexicon.Sense.
const (
	SenseBrown = 1 << iota // the Brown corpus has the form
	SenseKnown             // an English reader knows it
)

// KnownModern is how often, per million words, present-day English must
// use a word the Brown corpus lacks for a reader to know it.
const KnownModern = 0.05

// SenseOf returns the sense bits of a form: whether Brown has it, and
// whether a reader knows it (Brown has it, or SUBTLEX-US counts it
// KnownModern times per million words or more), as lexicon.ID.Sense.
func SenseOf(brown bool, modern int32, modernTotal int) uint32 {
	switch {
	case brown:
		return SenseBrown | SenseKnown
	case float64(modern)*1e6/float64(modernTotal) >= KnownModern:
		return SenseKnown
	}
	return 0
}

// ascii returns 1 where every form is ASCII, 0 where one is not.
func ascii(forms []string) int {
	for _, w := range forms {
		for i := 0; i < len(w); i++ {
			if w[i] >= 0x80 {
				return 0
			}
		}
	}
	return 1
}

// Key is a form's key in lexicon's hash table: FNV-1a over its bytes, as
// lexicon.HashOf, with the low bit set (0 marks an empty slot). lexicon's
// tests check that the two agree.
func Key(form string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(form); i++ {
		h = (h ^ uint64(form[i])) * 1099511628211
	}
	return h | 1
}

// TableSize is the size of lexicon's hash table for n forms: a power of
// two, at least 1.25n. For the 78,786 forms that is 131,072 slots (2 MB,
// three in five full); twice that made start-up fault in 2 MB more and
// measured no faster.
func TableSize(n int) int {
	size := 1
	for size < 5*n/4 {
		size <<= 1
	}
	return size
}

// Home returns a key's first slot in a table of size slots (TableSize):
// the top bits of the key times 2^64/φ (Fibonacci hashing). FNV-1a's low
// bits depend only on its inputs' low bits: taken as the slot, they left
// two in five of the words of running text that the hot table does not
// hold past their first slot, and one in nine on another cache line.
func Home(key uint64, size int) int {
	return int(key * fibhash.Mul >> (64 - bits.Len(uint(size-1))))
}

// Slots returns lexicon's hash table of the forms as IDs (0: empty):
// open addressing, probed linearly from Home, the forms put in ID order,
// the commonest nearest their first slot.
func Slots(forms []string) []int {
	size := TableSize(len(forms))
	mask := uint64(size - 1)
	table := make([]int, size)
	for i, w := range forms {
		k := Key(w)
		j := uint64(Home(k, size))
		for table[j] != 0 {
			if Key(forms[table[j]-1]) == k {
				panic("lextab: two forms share a key: " + w)
			}
			j = (j + 1) & mask
		}
		table[j] = i + 1
	}
	return table
}

// The hot table: HotForms commonest forms with a sense, each in the slot
// of HotBits bits its spread key (Spread) chooses unless a commoner one
// holds it (lexicon's Senses).
const (
	HotForms = 4096
	HotBits  = 13 // bits.Len(2*HotForms - 1)
)

// Spread mixes a Key so that its top bits depend on every byte.
func Spread(key uint64) uint64 { return key * fibhash.Mul }

// FilterWord returns the word of a filter of 2^filterBits words that a
// spread key k falls in, and the bits it sets there.
func FilterWord(k uint64, filterBits uint) (int, uint64) {
	return int(k >> (64 - filterBits)), 1<<(k>>24&63) | 1<<(k>>30&63) | 1<<(k>>36&63)
}

// FilterBits is log2 of the words of the filter for known forms with a
// sense: eleven to twenty-one bits per form.
func FilterBits(known int) uint { return uint(bits.Len(uint(known / 6))) }

// Build returns tables.bin for the counts.
func Build(brown, modern, pairs []byte) ([]byte, error) {
	s, err := Parse(brown, modern, pairs)
	if err != nil {
		return nil, err
	}
	return s.Encode()
}

// Encode lays the counts out as tables.bin.
func (s *Source) Encode() ([]byte, error) {
	var h [HeaderLen]uint32
	var out []byte
	var sectionAligned func(k, align int)
	put := func(v int) {
		if v < 0 || v > 1<<32-1 {
			panic(fmt.Sprintf("lextab: %d does not fit", v))
		}
		out = binary.LittleEndian.AppendUint32(out, uint32(v))
	}
	section := func(k int) { sectionAligned(k, 4) }
	sectionAligned = func(k, align int) {
		for len(out)%align != 0 {
			out = append(out, 0)
		}
		h[k] = uint32(len(out))
	}
	out = make([]byte, 4*HeaderLen)
	strs := func(sf, se int, list []string) {
		section(sf)
		for _, w := range list {
			out = append(out, w...)
		}
		section(se)
		put(0)
		n := 0
		for _, w := range list {
			n += len(w)
			put(n)
		}
	}

	forms := s.Forms()
	strs(SForms, SFormEnd, forms)
	section(SModern)
	put(0)
	for _, w := range forms {
		put(int(s.Modern[w]))
	}

	tagSet := map[string]bool{}
	for _, b := range s.Words {
		tagSet[b.Tag] = true
	}
	for k := range s.Bigram {
		tagSet[k[0]], tagSet[k[1]] = true, true
	}
	tags := make([]string, 0, len(tagSet))
	for t := range tagSet {
		tags = append(tags, t)
	}
	slices.Sort(tags)
	if len(tags) > 255 {
		return nil, fmt.Errorf("%d tags, the layout holds 255", len(tags))
	}
	if len(forms) >= 1<<24 {
		return nil, fmt.Errorf("%d forms, the layout holds 2^24-1", len(forms))
	}
	tagIndex := func(t string) int { i, _ := slices.BinarySearch(tags, t); return i }

	section(SBrown)
	nBrown := 0
	for _, w := range forms {
		b := s.Words[w]
		if b == nil {
			continue
		}
		nBrown++
		put(b.Count)
		put(b.Mid)
		put(b.Cap)
		put(b.End)
		put(tagIndex(b.Tag) + 1)
	}
	strs(STagNames, STagEnd, tags)
	bigrams := make([][2]string, 0, len(s.Bigram))
	for k := range s.Bigram {
		bigrams = append(bigrams, k)
	}
	slices.SortFunc(bigrams, func(a, b [2]string) int {
		return cmp.Or(strings.Compare(a[0], b[0]), strings.Compare(a[1], b[1]))
	})
	section(SBigrams)
	for _, k := range bigrams {
		put(tagIndex(k[0]))
		put(tagIndex(k[1]))
		put(s.Bigram[k])
	}

	words := make([]string, 0, len(s.PairWords))
	for w := range s.PairWords {
		words = append(words, w)
	}
	slices.Sort(words)
	if len(words) >= 1<<16 {
		return nil, fmt.Errorf("%d pair words, the layout holds 2^16-1", len(words))
	}
	strs(SPairWords, SPairWordEnd, words)
	section(SPairWordCount)
	for _, w := range words {
		put(int(s.PairWords[w]))
	}
	wordIndex := map[string]int{}
	for i, w := range words {
		wordIndex[w] = i
	}
	rows := make([][]uint32, len(words))
	for p, n := range s.PairCounts {
		a, okA := wordIndex[p[0]]
		b, okB := wordIndex[p[1]]
		if !okA || !okB {
			// A pair seen twice has words seen twice.
			return nil, fmt.Errorf("pair %q: a word is not among the words", p)
		}
		if n < 0 || n >= 1<<16 {
			return nil, fmt.Errorf("pair %q: count %d, the layout holds 2^16-1", p, n)
		}
		rows[a] = append(rows[a], uint32(b)<<16|uint32(n))
	}
	section(SPairStart)
	n := 0
	put(0)
	for _, r := range rows {
		slices.Sort(r)
		n += len(r)
		put(n)
	}
	section(SPairs)
	for _, r := range rows {
		for _, v := range r {
			put(int(v))
		}
	}

	sense := make([]uint32, len(forms)+1)
	known := 0
	for i, w := range forms {
		if sense[i+1] = SenseOf(s.Words[w] != nil, s.Modern[w], s.ModernTotal); sense[i+1] != 0 {
			known++
		}
	}
	putSlot := func(key uint64, id int) {
		put(int(key & (1<<32 - 1)))
		put(int(key >> 32))
		put(id)
		put(int(sense[id]))
	}
	sectionAligned(SSlots, 8)
	for _, id := range Slots(forms) {
		if id == 0 {
			putSlot(0, 0)
			continue
		}
		putSlot(Key(forms[id-1]), id)
	}
	section(SSense)
	for _, v := range sense {
		out = append(out, byte(v))
	}
	section(SBrownOf)
	put(0)
	k := 0
	for _, w := range forms {
		if s.Words[w] == nil {
			put(0)
			continue
		}
		k++
		put(k)
	}
	hot := make([]int, 1<<HotBits)
	for id, left := 1, min(known, HotForms); left > 0; id++ {
		if sense[id] == 0 {
			continue
		}
		left--
		k := Spread(Key(forms[id-1]))
		if k == 0 {
			return nil, fmt.Errorf("a hot form's key is zero: %q", forms[id-1])
		}
		if j := k >> (64 - HotBits); hot[j] == 0 {
			hot[j] = id
		}
	}
	sectionAligned(SHot, 8)
	for _, id := range hot {
		if id == 0 {
			putSlot(0, 0)
			continue
		}
		putSlot(Spread(Key(forms[id-1])), id)
	}
	filterBits := FilterBits(known)
	filter := make([]uint64, 1<<filterBits)
	for i, w := range forms {
		if sense[i+1] != 0 {
			j, b := FilterWord(Spread(Key(w)), filterBits)
			filter[j] |= b
		}
	}
	sectionAligned(SFilter, 8)
	for _, v := range filter {
		put(int(v & (1<<32 - 1)))
		put(int(v >> 32))
	}

	h[HMagic] = Magic
	for k, v := range map[int]int{
		HForms: len(forms), HBrown: nBrown, HTotal: s.Total, HMid: s.MidTokens, HInitial: s.InitialTokens,
		HModernTotal: s.ModernTotal, HTags: len(tags), HBigrams: len(bigrams), HBigramN: s.BigramN,
		HTagTypes: len(s.TagTo) + 1, HPairTotal: s.PairTotal, HPairWords: len(words), HPairs: len(s.PairCounts),
		HASCII: ascii(forms), HFilterBits: int(filterBits),
	} {
		if v < 0 || v > 1<<32-1 {
			return nil, fmt.Errorf("header %d: %d does not fit", k, v)
		}
		h[k] = uint32(v)
	}
	for k, v := range h {
		binary.LittleEndian.PutUint32(out[4*k:], v)
	}
	return out, nil
}
