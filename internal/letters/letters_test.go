package letters

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestTablesCurrent: tables.bin is what the checked-in counts build, so
// that a change to the counts or the layout cannot go unnoticed; `go
// generate` (or `go run ./gen -tables tables.bin`) writes it again.
func TestTablesCurrent(t *testing.T) {
	files, forms, err := ReadCounts("counts")
	if err != nil {
		t.Fatal(err)
	}
	b, err := Build(files, forms)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b, []byte(tab)) {
		t.Fatalf("tables.bin (%d bytes) is not what counts/ builds (%d bytes): run go generate in internal/letters", len(tab), len(b))
	}
}

// TestAnswersAsCounts: every count read from tables.bin in place is the
// sum of the counts file's triples it stands for.
func TestAnswersAsCounts(t *testing.T) {
	names, _ := filepath.Glob("counts/*.tsv.gz")
	slices.Sort(names)
	ms := Models()
	if len(ms) != len(names) {
		t.Fatalf("%d models, %d counts files", len(ms), len(names))
	}
	for i, n := range names {
		raw, _ := os.ReadFile(n)
		c, err := ParseCounts(raw)
		if err != nil {
			t.Fatal(err)
		}
		m := ms[i]
		if m.Lang != c.Lang || m.Script != c.Script {
			t.Fatalf("model %d is %s/%s, file %s/%s", i, m.Lang, m.Script, c.Lang, c.Script)
		}
		code := func(r rune) uint32 {
			if r == Edge {
				return 0
			}
			k := m.code(r)
			if k == 0 {
				t.Fatalf("%s: %q not in the alphabet", m.Lang, r)
			}
			return k
		}
		ctx := map[[2]rune]int{}
		for tri, v := range c.Triples {
			if got := m.get(key(kindTriple, code(tri[0]), code(tri[1]), code(tri[2]))); got != float64(v) {
				t.Fatalf("%s %q: %v, want %d", m.Lang, string(tri[:]), got, v)
			}
			ctx[[2]rune{tri[0], tri[1]}] += v
		}
		for p, v := range ctx {
			if got := m.get(key(kindContext, code(p[0]), code(p[1]), 0)); got != float64(v) {
				t.Fatalf("%s context %q: %v, want %d", m.Lang, string(p[:]), got, v)
			}
		}
	}
}

func TestFold(t *testing.T) {
	for in, want := range map[rune]rune{
		'ἔ': 'ε', 'Ὅ': 'ο', 'ῦ': 'υ', 'ς': 'ς', 'Σ': 'σ', 'ΐ': 'ι',
		'Й': 'й', 'ё': 'ё', 'Ү': 'ү', 'a': 'a',
	} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestOf: a model is offered only where its alphabet has every letter
// asked for: ӏ (Kabardian) is in none of the dictionaries.
func TestOf(t *testing.T) {
	if ms := Of("Greek", 'ο', 'σ'); len(ms) != 1 || ms[0].Lang != "el" {
		t.Errorf("Of(Greek, ο, σ) = %v", ms)
	}
	if ms := Of("Cyrillic", 'у', 'ү'); len(ms) != 1 || ms[0].Lang != "kk" {
		t.Errorf("Of(Cyrillic, у, ү) = %v", ms)
	}
	if ms := Of("Cyrillic", 'і', 'ӏ'); len(ms) != 0 {
		t.Errorf("Of(Cyrillic, і, ӏ) = %v", ms)
	}
	if ms := Of("Cyrillic", 'о'); len(ms) != 3 {
		t.Errorf("Of(Cyrillic, о) = %d models, want 3", len(ms))
	}
}

// TestLogProb: the language's spelling scores above the letter swapped
// for its look-alike's other reading. (Triples alone are not always
// enough: counted over a dictionary's forms they prefer ἔτοι, the start of
// every form of έτοιμος, to ἔτσι, and βιστικὸ, -ιστικό being a productive
// suffix, to βιοτικὸ; hence the Greek forms, TestKnows.)
func TestLogProb(t *testing.T) {
	for _, c := range []struct{ script, good, bad string }{
		{"Greek", "συνιστοῦσαν", "συνιστσῦσαν"},
		{"Cyrillic", "үлкен", "улкен"},
		{"Cyrillic", "город", "гороd"},
	} {
		ms := Of(c.script)
		if g, b := LogProb(ms, c.good), LogProb(ms, c.bad); g <= b {
			t.Errorf("%s: LogProb(%s) = %.2f, not above %s's %.2f", c.script, c.good, g, c.bad, b)
		}
	}
	if LogProb(nil, "x") != 0 {
		t.Error("no models: want 0")
	}
}

// TestKnows: the Greek forms hold the language's spelling, not the one
// with the letter swapped, polytonic accents aside.
func TestKnows(t *testing.T) {
	el := Of("Greek")[0]
	for good, bad := range map[string]string{"ἔτσι": "ἔτοι", "συνιστοῦσαν": "συνιοτοῦσαν", "βιοτικὸ": "βιστικὸ", "Δικαιώματα": "Δικαιώματο"} {
		if !el.Knows(good) || el.Knows(bad) {
			t.Errorf("Knows(%s) = %v, Knows(%s) = %v", good, el.Knows(good), bad, el.Knows(bad))
		}
	}
	if ru := Of("Cyrillic", 'ы')[0]; ru.HasForms() || ru.Knows("город") {
		t.Errorf("%s has no forms", ru.Lang)
	}
}

func BenchmarkLogProb(b *testing.B) {
	ms := Of("Greek")
	for b.Loop() {
		LogProb(ms, "συνιστοῦσαν")
	}
}
