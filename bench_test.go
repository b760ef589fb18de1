package unspin

import (
	"runtime"
	"strings"
	"testing"

	"github.com/unspin/unspin/internal/benchcpu"
)

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

// benchDocs cleans every document once per iteration and reports MB/s,
// CPU time (benchcpu) and allocations per document.
func benchDocs(b *testing.B, docs []string) {
	n := 0
	for _, d := range docs {
		n += len(d)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	m := benchcpu.Start()
	for b.Loop() {
		for _, d := range docs {
			Clean(d)
		}
	}
	m.Report(b, n)
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(after.Mallocs-before.Mallocs)/float64(b.N*len(docs)), "allocs/doc")
}

// paragraphs splits texts at blank lines: short documents, as fortunes,
// e-mail bodies and forum posts are.
func paragraphs(texts []string) []string {
	var out []string
	for _, t := range texts {
		for _, p := range strings.Split(t, "\n\n") {
			if strings.TrimSpace(p) != "" {
				out = append(out, p)
			}
		}
	}
	return out
}

// Whole documents of three kinds: clean English (the Brown articles as
// their authors wrote them), spun English (the same, attacked), and
// multilingual text (UDHR in every script, clean and attacked).
func BenchmarkDocuments(b *testing.B) {
	b.Run("clean-english", func(b *testing.B) { benchDocs(b, devTexts(b, "brown", true)) })
	b.Run("spun-english", func(b *testing.B) { benchDocs(b, devTexts(b, "brown", false)) })
	b.Run("multilingual", func(b *testing.B) { benchDocs(b, devTexts(b, "udhr", true)) })
	b.Run("short-english", func(b *testing.B) { benchDocs(b, paragraphs(devTexts(b, "brown", true))) })
}
