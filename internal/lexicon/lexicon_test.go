package lexicon

import (
	"math/bits"
	"os"
	"sync"
	"testing"

	"github.com/unspin/unspin/internal/lexicon/internal/lextab"
)

var (
	sourceOnce sync.Once
	sourceData [3][]byte
	sourceErr  error
)

// source returns the counts tables.bin is built from, parsed as they are
// written.
func source(t testing.TB) *lextab.Source {
	t.Helper()
	sourceOnce.Do(func() {
		for i, name := range []string{"brown.tsv.gz", "modern.tsv.gz", "pairs.tsv.gz"} {
			if sourceData[i], sourceErr = os.ReadFile(name); sourceErr != nil {
				return
			}
		}
	})
	if sourceErr != nil {
		t.Fatal(sourceErr)
	}
	s, err := lextab.Parse(sourceData[0], sourceData[1], sourceData[2])
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestCounts(t *testing.T) {
	if Total() < 1_000_000 {
		t.Fatalf("Total() = %d, want the Brown corpus' million words", Total())
	}
	for _, w := range []string{"the", "embassy", "however", "running", "don't", "Russia"} {
		if Count(w) == 0 {
			t.Errorf("Count(%q) = 0", w)
		}
	}
	if Count("the") < 60000 {
		t.Errorf("Count(the) = %d", Count("the"))
	}
	for _, w := range []string{"xqzv", "rеal" /* Cyrillic е */, ""} {
		if Count(w) != 0 {
			t.Errorf("Count(%q) = %d, want 0", w, Count(w))
		}
	}
}

func TestCapitalAndAbbreviation(t *testing.T) {
	s, _ := Lookup("washington")
	if s.CapRatio() < 0.9 {
		t.Errorf("washington CapRatio = %v, want a name", s.CapRatio())
	}
	s, _ = Lookup("only")
	if s.CapRatio() > 0.05 {
		t.Errorf("only CapRatio = %v", s.CapRatio())
	}
	mr, _ := Lookup("mr.")
	if mr.EndRatio() != 0 || mr.Count < 100 {
		t.Errorf("mr. = %+v, want frequent and never sentence-final", mr)
	}
	us, _ := Lookup("U.S.")
	if us.End == 0 {
		t.Errorf("u.s. = %+v, want sometimes sentence-final", us)
	}
}

func BenchmarkCount(b *testing.B) {
	Count("x")
	for i := 0; i < b.N; i++ {
		Count("embassy")
	}
}

func TestModern(t *testing.T) {
	for _, w := range []string{"online", "website", "email", "notary", "the"} {
		if Modern(w) == 0 || !Known(w) {
			t.Errorf("Modern(%q) = %v, want a word of today's English", w, Modern(w))
		}
	}
	if Count("online") != 0 {
		t.Errorf("Brown has online: the test's premise is gone")
	}
	for _, w := range []string{"instagram", "xqzv", ""} {
		if Known(w) {
			t.Errorf("Known(%q), want unknown", w)
		}
	}
	if Modern("the") < 10000 {
		t.Errorf("Modern(the) = %v per million", Modern("the"))
	}
}

// TestIDs: every form of both corpora has its own ID, found again by its
// bytes, and a form neither has is 0.
func TestIDs(t *testing.T) {
	src := source(t)
	seen := map[ID]string{}
	for _, m := range []map[string]int32{src.Modern} {
		for w := range m {
			id := LookupLower([]byte(w))
			if id == 0 || seen[id] != "" && seen[id] != w {
				t.Fatalf("%q: id %d (also %q)", w, id, seen[id])
			}
			seen[id] = w
		}
	}
	for w, s := range src.Words {
		id := LookupLower([]byte(w))
		if id == 0 || !sameStats(id.Stats(), s) || seen[id] != "" && seen[id] != w {
			t.Fatalf("%q: id %d", w, id)
		}
		seen[id] = w
	}
	if LookupLower([]byte("qzxjvkwpq")) != 0 {
		t.Error("a form neither corpus has got an id")
	}
}

func BenchmarkLookupLower(b *testing.B) {
	forms := [][]byte{[]byte("the"), []byte("embassy"), []byte("qzxjvkwpq"), []byte("website"), []byte("of")}
	LookupLower(forms[0])
	for b.Loop() {
		for _, f := range forms {
			LookupLower(f)
		}
	}
}

// TestProbe: every form's slot answers as its ID does.
func TestProbe(t *testing.T) {
	for id := ID(1); int(id) < IDs(); id++ {
		got, sense := Probe(HashOf(id.Form()))
		if got != id || sense != id.Sense() {
			t.Fatalf("Probe(%q) = %d %b, want %d %b", id.Form(), got, sense, id, id.Sense())
		}
		if s := SenseOf(HashOf(id.Form()), isASCII(id.Form())); s != sense {
			t.Fatalf("SenseOf(%q) = %b, Probe's %b", id.Form(), s, sense)
		}
		// A form that is not one: the filter turns most away, and none
		// may pass as a form.
		other := id.Form() + "q"
		if _, s := Probe(HashOf(other)); SenseOf(HashOf(other), isASCII(other)) != s {
			t.Fatalf("SenseOf(%q) is not Probe's %b", other, s)
		}
		if sense&SenseBrown != 0 && sense&SenseKnown == 0 {
			t.Fatalf("%q: in Brown, not known", id.Form())
		}
	}
	if id, sense := Probe(HashOf("xqzvw")); id != 0 || sense != 0 {
		t.Errorf("Probe(xqzvw) = %d %b", id, sense)
	}
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// TestFilter: the filter turns away most words the lexicon lacks.
func TestFilter(t *testing.T) {
	passed := 0
	for id := ID(1); int(id) < IDs(); id++ {
		other := id.Form() + "zq"
		if w, b := SenseTable().filterWord(spread(HashOf(other) | 1)); senses.filter[w]&b == b {
			passed++
		}
	}
	if share := float64(passed) / float64(IDs()); share > 0.05 {
		t.Errorf("%.3f of words outside the lexicon pass the filter", share)
	}
}

// TestSensesID: the lookups a tokenizer inlines answer as Probe does.
func TestSensesID(t *testing.T) {
	tab := SenseTable()
	check := func(h Hash) {
		want, _ := Probe(h)
		if got := tab.ID(h); got != want {
			t.Fatalf("%x: ID %d, Probe %d", h, got, want)
		}
		if got := tab.First(h); got != 0 && got != want {
			t.Fatalf("%x: First %d, Probe %d", h, got, want)
		}
	}
	for id := ID(1); int(id) < IDs(); id++ {
		check(HashOf(id.Form()))
		check(HashOf(id.Form() + "x"))
	}
	if hotBits != bits.Len(2*hotForms-1) {
		t.Errorf("hotBits %d, want %d", hotBits, bits.Len(2*hotForms-1))
	}
}

// TestSenseTable: the senses tables.bin holds are those the statistics give.
func TestSenseTable(t *testing.T) {
	for id := ID(0); int(id) < IDs(); id++ {
		if got, want := id.Sense(), id.senseOf(); got != want {
			t.Fatalf("%d %q: Sense %d, from the statistics %d", id, id.Form(), got, want)
		}
	}
}

// TestTagNames: every entry's tag is one of TagNames.
func TestTagNames(t *testing.T) {
	names := map[string]bool{}
	for _, n := range TagNames() {
		names[n] = true
	}
	for id := ID(1); int(id) < IDs(); id++ {
		if st := id.Stats(); st != nil && !names[st.Tag()] {
			t.Fatalf("%q: tag %q is not among TagNames", id.Form(), st.Tag())
		}
	}
}

func TestSpelled(t *testing.T) {
	for w, want := range map[string]bool{"plutocracy": true, "implementations": true, "laptop": true, "a": true, "tili": false, "ilik": false, "http": false, "Laptop": false, "": false} {
		if got := Spelled(w); got != want {
			t.Errorf("Spelled(%q) = %v, want %v", w, got, want)
		}
	}
}
