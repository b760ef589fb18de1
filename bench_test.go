package unspin

import "testing"

// devTexts returns the documents of testdata/dev/NAME.jsonl: each one's
// expected text, or, where expected is false, the input of attacked ones.
func devTexts(tb testing.TB, name string, expected bool) []string {
	var out []string
	for _, d := range loadDev(tb, name) {
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
