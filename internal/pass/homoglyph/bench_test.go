package homoglyph

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"
	"unsafe"

	"github.com/unspin/unspin/internal/benchcpu"
	"github.com/unspin/unspin/internal/doc"
)

// attackedDev returns the attacked texts of testdata/dev/NAME.jsonl.
func attackedDev(b *testing.B, name string) []string {
	f, err := os.Open("../../../testdata/dev/" + name + ".jsonl")
	if err != nil {
		b.Skip(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<26)
	for sc.Scan() {
		var d struct {
			Text    string
			Attacks []string
		}
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			b.Fatal(err)
		}
		if len(d.Attacks) > 0 {
			out = append(out, d.Text)
		}
	}
	return out
}

// BenchmarkPropose runs the pass alone on the attacked dev texts (the model
// built anew each time, as the pipeline builds one per text).
func BenchmarkPropose(b *testing.B) {
	for _, name := range []string{"brown", "udhr"} {
		b.Run(name, func(b *testing.B) {
			docs := attackedDev(b, name)
			n := 0
			for _, d := range docs {
				n += len(d)
			}
			b.SetBytes(int64(n))
			b.ReportAllocs()
			m := benchcpu.Start()
			for b.Loop() {
				for _, d := range docs {
					ProposeDoc(doc.New(d))
				}
			}
			m.Report(b, n)
		})
	}
}

// A long document has millions of words: the word record must not grow
// unnoticed.
func TestWordSize(t *testing.T) {
	if n := unsafe.Sizeof(word{}); n > 56 {
		t.Errorf("a word takes %d bytes, want 56 at most", n)
	}
}
