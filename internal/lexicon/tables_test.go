package lexicon

import (
	"bytes"
	"cmp"
	"maps"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/unspin/unspin/internal/inplace"
	"github.com/unspin/unspin/internal/lexicon/internal/lextab"
)

// TestTablesCurrent: tables.bin is what the checked-in counts build, so
// that a change to the counts or to the layout cannot go unnoticed; `go
// generate` (or `go run ./gen -tables tables.bin`) writes it again.
func TestTablesCurrent(t *testing.T) {
	source(t)
	b, err := lextab.Build(sourceData[0], sourceData[1], sourceData[2])
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b, []byte(tab)) {
		t.Fatalf("tables.bin (%d bytes) is not what the counts build (%d bytes): run go generate in internal/lexicon", len(tab), len(b))
	}
}

// TestAnswersAsCounts: every answer read from tables.bin is the one the
// counts give, computed as the package computed them when it parsed the
// counts at start (maps, and IDs numbered by a sort): IDs, forms, Brown's
// statistics, modern rates, senses, tag bigrams and word pairs.
func TestAnswersAsCounts(t *testing.T) {
	src := source(t)
	// IDs by frequency, ties by form, as loadIDs numbered them.
	all := maps.Clone(src.Modern)
	for w := range src.Words {
		all[w] += 0
	}
	freq := func(w string) float64 {
		f := float64(src.Modern[w]) * 1e6 / float64(src.ModernTotal)
		if s := src.Words[w]; s != nil {
			f = max(f, float64(s.Count)*1e6/float64(src.Total))
		}
		return f
	}
	forms := slices.Collect(maps.Keys(all))
	slices.SortFunc(forms, func(a, b string) int {
		return cmp.Or(cmp.Compare(freq(b), freq(a)), strings.Compare(a, b))
	})
	if IDs() != len(forms)+1 {
		t.Fatalf("IDs() = %d, want %d", IDs(), len(forms)+1)
	}
	for i, w := range forms {
		id := ID(i + 1)
		if lextab.Key(w) != hashOf(w) {
			t.Fatalf("%q: lextab.Key %x, hashOf %x", w, lextab.Key(w), hashOf(w))
		}
		if id.Form() != w || LookupLower([]byte(w)) != id {
			t.Fatalf("ID %d: form %q, LookupLower(%q) = %d", id, id.Form(), w, LookupLower([]byte(w)))
		}
		b := src.Words[w]
		if b == nil && (id.Stats() != nil || Entry(w) != nil) || b != nil && (id.Stats() == nil || !sameStats(id.Stats(), b) || Entry(w) != id.Stats()) {
			t.Fatalf("%q: Stats %+v, Entry %p, counts %+v", w, id.Stats(), Entry(w), b)
		}
		m := float64(src.Modern[w]) * 1e6 / float64(src.ModernTotal)
		if id.Modern() != m || Modern(w) != m {
			t.Fatalf("%q: Modern %v %v, counts %v", w, id.Modern(), Modern(w), m)
		}
		known := b != nil || m >= knownModern
		if Known(strings.ToUpper(w)) != known || id.Known() != known {
			t.Fatalf("%q: Known %v, counts %v", w, id.Known(), known)
		}
	}
	for _, w := range []string{"", "qzxjvkwpq", "the ", "onlinee"} {
		if Entry(w) != nil || Modern(w) != 0 || Known(w) || Count(w) != 0 {
			t.Errorf("%q: found", w)
		}
	}
	total := max(src.Total, 1)
	if Total() != total {
		t.Errorf("Total() = %d, want %d", Total(), total)
	}
	if mid, initial := Positions(); mid != src.MidTokens || initial != src.InitialTokens {
		t.Errorf("Positions() = %d %d, want %d %d", mid, initial, src.MidTokens, src.InitialTokens)
	}

	// Tag bigrams, over every pair of tags and one the corpus lacks.
	tags := []string{"nosuchtag"}
	for k := range src.Bigram {
		tags = append(tags, k[0], k[1])
	}
	for _, s := range src.Words {
		tags = append(tags, s.Tag)
	}
	slices.Sort(tags)
	tags = slices.Compact(tags)
	tagTypes := float64(len(src.TagTo) + 1)
	for _, a := range tags {
		for _, b := range tags {
			want := (float64(src.Bigram[[2]string{a, b}]) + 0.5) / (float64(src.TagFrom[a]) + 0.5*tagTypes)
			if got := TagNext(a, b); got != want {
				t.Fatalf("TagNext(%q, %q) = %v, want %v", a, b, got, want)
			}
		}
		want := (float64(src.TagTo[a]) + 0.5) / (float64(src.BigramN) + 0.5*tagTypes)
		if got := TagFreq(a); got != want {
			t.Fatalf("TagFreq(%q) = %v, want %v", a, got, want)
		}
	}

	// Word pairs: every pair counted, and each first word with words that
	// never followed it.
	assoc := func(a, b string) (float64, bool) {
		ca, cb := src.PairWords[a], src.PairWords[b]
		if ca < 20 || cb < 2 {
			return 0, false
		}
		pb := float64(cb) / float64(src.PairTotal)
		p := (float64(src.PairCounts[[2]string{a, b}]) + 5*pb) / (float64(ca) + 5)
		return max(pairFloor, math.Log(p/pb)), true
	}
	check := func(a, b string) {
		got, gotOK := PairAssociation(a, b)
		want, wantOK := assoc(a, b)
		if got != want || gotOK != wantOK {
			t.Fatalf("PairAssociation(%q, %q) = %v %v, want %v %v", a, b, got, gotOK, want, wantOK)
		}
	}
	words := slices.Sorted(maps.Keys(src.PairWords))
	for p := range src.PairCounts {
		check(p[0], p[1])
	}
	for i, a := range words {
		for _, b := range []string{words[(i*7+3)%len(words)], words[(i*13+1)%len(words)], "qzxjvkwpq", ""} {
			check(a, b)
			check(b, a)
		}
	}
}

// TestTablesInPlace: the hash table, the hot table, the filter and Brown's
// statistics are read
// where tables.bin stands (its sections aligned, the machine little-endian),
// and the copies a machine that cannot read them so makes hold the same.
func TestTablesInPlace(t *testing.T) {
	SenseTable()
	size := lextab.TableSize(header(lextab.HForms))
	nFilter := 1 << header(lextab.HFilterBits)
	nBrown := header(lextab.HBrown)
	if inplace.LittleEndian {
		if inPlace[slot](lextab.SSlots, size) == nil || inPlace[slot](lextab.SHot, 1<<hotBits) == nil ||
			inPlace[uint64](lextab.SFilter, nFilter) == nil || inPlace[Stats](lextab.SBrown, nBrown) == nil {
			t.Fatal("tables.bin's tables are not aligned: every start copies them")
		}
	}
	inplace.Off = true
	defer func() { inplace.Off = false }()
	if !slices.Equal(slotsAt(lextab.SSlots, size), slots) || !slices.Equal(slotsAt(lextab.SHot, 1<<hotBits), senses.hot[:]) ||
		!slices.Equal(uint64sAt(lextab.SFilter, nFilter), senses.filter) || !slices.Equal(statsAt(lextab.SBrown, nBrown), brown) {
		t.Fatal("the copies differ from the tables")
	}
}

// sameStats: st holds the counts' statistics b.
func sameStats(st *Stats, b *lextab.Brown) bool {
	return int(st.Count) == b.Count && int(st.Mid) == b.Mid && int(st.Cap) == b.Cap && int(st.End) == b.End && st.Tag() == b.Tag
}
