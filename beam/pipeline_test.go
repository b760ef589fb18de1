package unspinbeam

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/klauspost/compress/gzip"
	"github.com/klauspost/compress/zstd"

	"github.com/unspin/unspin/corpus"
	"github.com/unspin/unspin/internal/files"
)

// TestMain parses flags (so that `go test -args --runner=flink
// --endpoint=...` runs the test on another runner), calls beam.Init, and
// runs on Prism by default.
func TestMain(m *testing.M) { ptest.Main(m) }

// lines returns lines [from, to) of a file of the repository's testdata.
func lines(t *testing.T, name string, from, to int) []byte {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var b bytes.Buffer
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 64<<20)
	for i := 0; sc.Scan(); i++ {
		if i >= from && i < to {
			b.Write(sc.Bytes())
			b.WriteByte('\n')
		}
	}
	return b.Bytes()
}

func gz(t *testing.T, b []byte) []byte {
	var out bytes.Buffer
	w := gzip.NewWriter(&out)
	w.Write(b)
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

func zst(b []byte) []byte {
	w, _ := zstd.NewWriter(nil)
	return w.EncodeAll(b, nil)
}

// TestPipelineMatchesCLI runs the pipeline over shards of every kind (JSON
// Lines plain, gzip and zstd, a WET file, lines that are not documents)
// and checks each cleaned file and each attributes file against what the
// CLI writes for that file alone, byte for byte, and the counters.
func TestPipelineMatchesCLI(t *testing.T) {
	dir := t.TempDir()
	in, out, attrs, want := filepath.Join(dir, "in"), filepath.Join(dir, "out"), filepath.Join(dir, "attrs"), filepath.Join(dir, "want")
	for _, d := range []string{in, out, attrs, want} {
		os.MkdirAll(d, 0o755)
	}
	wet, err := os.ReadFile("../testdata/crawl/dev.warc.wet.gz")
	if err != nil {
		t.Fatal(err)
	}
	shards := map[string][]byte{
		"shard-00.jsonl":       lines(t, "dev/brown.jsonl", 0, 40),
		"shard-01.jsonl.gz":    gz(t, lines(t, "dev/brown.jsonl", 40, 80)),
		"shard-02.jsonl.zst":   zst(lines(t, "dev/udhr.jsonl", 0, 20)),
		"shard-03.jsonl":       append(lines(t, "dev/legacy.jsonl", 0, 100), lines(t, "hostile/not-json.jsonl", 0, 100)...),
		"shard-04.warc.wet.gz": wet,
	}
	for name, b := range shards {
		if err := os.WriteFile(filepath.Join(in, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}

	cli := filepath.Join(dir, "unspin")
	build := exec.Command("go", "build", "-o", cli, "./cmd/unspin")
	build.Dir = ".."
	if b, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, b)
	}
	t0 := time.Now()
	for name := range shards {
		args := []string{"clean", "-q", filepath.Join(in, name), "-o", filepath.Join(want, name),
			"--attributes", filepath.Join(want, "attrs-"+name)}
		if !strings.Contains(name, ".warc") {
			args = append(args, "--format", "jsonl", "--max-spam", "0.5")
		}
		if b, err := exec.Command(cli, args...).CombinedOutput(); err != nil && !strings.Contains(name, "03") {
			t.Fatalf("unspin %s: %v\n%s", strings.Join(args, " "), err, b) // shard 03 has lines that are not documents: exit 1
		}
	}
	cliTime := time.Since(t0)

	p, s := beam.NewPipelineWithRoot()
	opt := DefaultOptions()
	opt.MaxSpam, opt.AttrDir = 0.5, attrs
	res := Clean(s, filepath.Join(in, "*"), out, opt)
	totalsFile := filepath.Join(dir, "totals.json")
	WriteTotals(s, res.Totals, totalsFile)
	t0 = time.Now()
	pr, err := ptest.RunWithMetrics(p)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("CLI, file by file: %v; pipeline on %s: %v", cliTime.Round(time.Millisecond), "Prism", time.Since(t0).Round(time.Millisecond))

	for name := range shards {
		warc := strings.Contains(name, ".warc")
		for _, pair := range [][2]string{{filepath.Join(out, name), filepath.Join(want, name)},
			{filepath.Join(attrs, OutputName(name, warc, true)), filepath.Join(want, "attrs-"+name)}} {
			got, err := os.ReadFile(pair[0])
			if err != nil {
				t.Fatal(err)
			}
			exp, err := os.ReadFile(pair[1])
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, exp) || len(got) == 0 {
				t.Errorf("%s: pipeline output (%d bytes) differs from the CLI's (%d bytes)", pair[0], len(got), len(exp))
			}
		}
	}

	// The totals, summed as data, are exactly what the library counts
	// file by file.
	var total Totals
	for name, b := range shards {
		total = total.Add(countShard(t, name, b, opt))
	}
	data, err := os.ReadFile(totalsFile)
	if err != nil {
		t.Fatal(err)
	}
	var got Totals
	if err := json.Unmarshal(data, &got); err != nil {
		t.Fatalf("%v: %s", err, data)
	}
	if !reflect.DeepEqual(got, total) {
		t.Errorf("totals\n%+v\nwant\n%+v", got, total)
	}
	if total.Files != 5 || total.Documents < 100 || total.SpamDropped == 0 || total.FailedLines == 0 || total.WARCChanged == 0 || total.Edits["homoglyph"] == 0 {
		t.Errorf("the shards do not exercise every total: %+v", total)
	}

	// The counters never count more than was done; on Prism they may count
	// less (see the package comment), so they are only logged.
	counters := map[string]int64{}
	for _, c := range pr.Metrics().AllMetrics().Counters() {
		if c.Namespace() == "unspin" {
			counters[c.Name()] += c.Committed
		}
	}
	for name, n := range total.Counters() {
		if counters[name] > n {
			t.Errorf("counter %s = %d, more than the %d done", name, counters[name], n)
		} else if counters[name] < n {
			t.Logf("counter %s = %d of %d (Prism lost updates of bundles that ended together)", name, counters[name], n)
		}
	}
}

// countShard is what the library counts of one shard, cleaned alone.
func countShard(t *testing.T, name string, b []byte, opt Options) Totals {
	t.Helper()
	src, err := files.Open(bytes.NewReader(b), "", files.Auto)
	if err != nil {
		t.Fatal(err)
	}
	tot := Totals{Files: 1, Edits: map[string]int64{}}
	copt := corpus.Options{Field: opt.Field, MaxDocBytes: opt.MaxDocBytes, MaxSpam: opt.MaxSpam, OnDocument: func(d corpus.Document) {
		if d.Report != nil {
			for _, e := range d.Report.Edits {
				tot.Edits[string(e.Kind)]++
			}
		}
	}}
	var st corpus.Stats
	if src.Format == files.WARC {
		st, err = corpus.WARC(context.Background(), nil, src.R, copt)
		tot.WARCRecords, tot.WARCChanged = int64(st.Records), int64(st.Changed)
	} else {
		st, err = corpus.JSONL(context.Background(), nil, src.R, copt)
		tot.SpamDropped, tot.FailedLines, tot.TooLarge = int64(st.Dropped), int64(st.Failed), int64(st.TooLarge)
	}
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	tot.Documents = int64(st.Documents)
	return tot
}

// TestSameVersions: the pipeline is built with the versions of the
// modules the CLI uses (x/text's Unicode tables above all), or its output
// could drift from the CLI's. Both go.mod files list every module they
// build with (Go 1.17 and later), so they are compared.
func TestSameVersions(t *testing.T) {
	versions := func(file string) map[string]string {
		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]string{}
		for _, l := range strings.Split(string(b), "\n") {
			if f := strings.Fields(strings.TrimPrefix(strings.TrimSpace(l), "require ")); len(f) >= 2 && strings.Contains(f[0], ".") && strings.HasPrefix(f[1], "v") {
				out[f[0]] = f[1]
			}
		}
		return out
	}
	cli, here := versions("../go.mod"), versions("go.mod")
	checked := 0
	for m, v := range cli {
		if w, ok := here[m]; ok {
			checked++
			if w != v {
				t.Errorf("%s: %s here, %s in the CLI's go.mod", m, w, v)
			}
		}
	}
	if checked < 10 {
		t.Fatalf("only %d modules compared", checked)
	}
}
