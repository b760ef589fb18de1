package unspin

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"
)

// devTexts reads testdata/dev/NAME.jsonl: each line's input text, or its
// expected text where expected is true.
func devTexts(tb testing.TB, name string, expected bool) []string {
	f, err := os.Open("testdata/dev/" + name + ".jsonl")
	if err != nil {
		tb.Skip(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var d struct {
			Text, Expected string
			Attacks        []string
		}
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			tb.Fatal(err)
		}
		if expected {
			out = append(out, d.Expected)
		} else if len(d.Attacks) > 0 {
			out = append(out, d.Text)
		}
	}
	return out
}

// benchDocs cleans every document once per iteration and reports MB/s.
func benchDocs(b *testing.B, docs []string) {
	n := 0
	for _, d := range docs {
		n += len(d)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			Clean(d)
		}
	}
}

// Whole documents of three kinds: clean English (the Brown articles as
// their authors wrote them), spun English (the same, attacked), and
// multilingual text (UDHR in every script, clean and attacked).
func BenchmarkDocuments(b *testing.B) {
	b.Run("clean-english", func(b *testing.B) { benchDocs(b, devTexts(b, "brown", true)) })
	b.Run("spun-english", func(b *testing.B) { benchDocs(b, devTexts(b, "brown", false)) })
	b.Run("multilingual", func(b *testing.B) { benchDocs(b, devTexts(b, "udhr", true)) })
}
