package dolma

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/unspin/unspin"
)

// TestSpansAreTheEditedText: over the dev texts, the input's code points
// [start:end] of every kind span are exactly what the edit replaced, and
// the document spans cover the whole text.
func TestSpansAreTheEditedText(t *testing.T) {
	for _, name := range []string{"brown", "udhr", "legit", "legacy"} {
		f, err := os.Open("../../testdata/dev/" + name + ".jsonl")
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<24)
		spans := 0
		for n := 0; sc.Scan() && n < 60; n++ {
			var d struct{ Text string }
			if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
				t.Fatal(err)
			}
			rep := unspin.Clean(d.Text)
			attrs := Attributes(d.Text, rep)
			cps := []rune(d.Text)
			if got := attrs[Prefix+"obfuscated"]; len(got) != 1 || got[0] != (Span{0, float64(len(cps)), rep.Obfuscated}) {
				t.Fatalf("%s: obfuscated %v", name, got)
			}
			byKind := map[string][]unspin.Edit{}
			for _, e := range rep.Edits {
				k := Prefix + strings.ReplaceAll(string(e.Kind), "-", "_")
				byKind[k] = append(byKind[k], e)
			}
			for k, edits := range byKind {
				if len(attrs[k]) != len(edits) {
					t.Fatalf("%s: %d %s spans for %d edits", name, len(attrs[k]), k, len(edits))
				}
				for i, sp := range attrs[k] {
					spans++
					if got := string(cps[int(sp[0]):int(sp[1])]); got != edits[i].Before || sp[2] != 1 {
						t.Fatalf("%s: %s span %v is %q, the edit replaced %q", name, k, sp, got, edits[i].Before)
					}
				}
			}
		}
		f.Close()
		if name == "brown" && spans == 0 {
			t.Fatal("no spans checked")
		}
	}
}

// TestPositionsCountAsPythonDoes: a byte that is not UTF-8 is one code
// point, and so is a surrogate in UTF-8 form (an escaped lone \ud800).
func TestPositionsCountAsPythonDoes(t *testing.T) {
	text := "a\xffé\xed\xa0\x80Ꭲ😀b"
	want := map[int]int{0: 0, 1: 1, 2: 2, 4: 3, 7: 4, 10: 5, 14: 6, 15: 7}
	p := newPositions(text)
	for _, off := range []int{15, 0, 1, 2, 4, 7, 10, 14} { // any order
		if got := p.at(off); got != want[off] {
			t.Errorf("byte %d: code point %d, want %d", off, got, want[off])
		}
	}
}

func TestLine(t *testing.T) {
	rep := unspin.Clean("The Russ\u0456an embassy")
	b := Line(json.RawMessage(`"doc-1"`), "The Russ\u0456an embassy", &rep)
	want := `{"id":"doc-1","attributes":{"unspin__homoglyph":[[8,9,1.0]],"unspin__obfuscated":[[0,19,` // then the score
	if !strings.HasPrefix(string(b), want) || !strings.HasSuffix(string(b), "}}\n") || !strings.Contains(string(b), `"unspin__spam":[[0,19,`) {
		t.Fatalf("%s", b)
	}
	if b := Line(nil, "", nil); string(b) != `{"id":null,"attributes":{}}`+"\n" {
		t.Fatalf("%s", b)
	}
}
