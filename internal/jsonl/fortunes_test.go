package jsonl

import (
	"bytes"
	"context"
	"io"
	"os"
	"testing"

	"github.com/unspin/unspin/internal/benchcpu"
)

// BenchmarkFortunes cleans Debian's fortunes end to end through Process on
// one worker, as `unspin clean --jsonl -j 1` does (which counts the edits
// of every document, as Each here): a hundred thousand short documents,
// where the cost per document weighs most. The file comes from
// scripts/fortunes.sh (FORTUNES names another); without it the benchmark
// is skipped.
func BenchmarkFortunes(b *testing.B) {
	path := os.Getenv("FORTUNES")
	if path == "" {
		path = "/tmp/unspin-fortunes/fortunes.jsonl"
	}
	data, err := os.ReadFile(path)
	if err != nil {
		b.Skip(err)
	}
	lines := bytes.Count(data, []byte("\n"))
	b.SetBytes(int64(len(data)))
	edits := 0
	each := func(d Doc) {
		if d.Report != nil {
			edits += len(d.Report.Edits)
		}
	}
	m := benchcpu.Start()
	for b.Loop() {
		if _, err := Process(context.Background(), bytes.NewReader(data), io.Discard, Options{Workers: 1, MaxSpam: -1, Each: each}); err != nil {
			b.Fatal(err)
		}
	}
	m.Report(b, len(data))
	m.ReportPer(b, lines, "cpu-ns/line")
}
