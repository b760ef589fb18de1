// Command unspin-beam runs the unspin pipeline on a Beam runner: every file
// matching --input is cleaned and written under its name into --output_dir
// (and its Dolma attributes into --attributes_dir), then the run's totals
// are printed.
//
//	unspin-beam --input 'shards/*.jsonl.gz' --output_dir out/ [--runner prism|flink|spark|dataflow|universal ...]
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	unspinbeam "github.com/unspin/unspin/beam"
)

var (
	input    = flag.String("input", "", "glob of input files: JSON Lines (.gz, .zst) or WARC/WET (local path or gs://...)")
	output   = flag.String("output_dir", "", "directory for the cleaned files, under their input names")
	attrDir  = flag.String("attributes_dir", "", "directory for Dolma attributes, under the input names (a WARC's: NAME.jsonl.gz) (optional)")
	totals   = flag.String("totals", "", "also write the run's totals here, as one JSON line (local path or gs://...; local runs print them anyway)")
	maxSpam  = flag.Float64("max_spam", 0, "JSON Lines: drop documents whose spam score is above this (0 < score <= 1; 0: keep all)")
	field    = flag.String("field", "text", "JSON Lines: the string field to clean")
	explain  = flag.Bool("explain", false, "give each edit's reason in the reports")
	extract  = flag.Bool("extract", false, "WARC: turn HTML pages into their main text (default: clean them in place)")
	toJSONL  = flag.Bool("to_jsonl", false, "WARC: write JSON lines instead of a WARC (named NAME.jsonl.gz)")
	workers  = flag.Int("workers", 0, "documents cleaned at once within a file (default: the worker's CPUs)")
	maxBytes = flag.Int("max_doc_bytes", 16<<20, "JSON Lines: longer texts pass through unchanged, reported")
)

func main() {
	flag.Parse()
	beam.Init() // after flag.Parse; on a worker this runs the worker and does not return
	if *input == "" || *output == "" {
		fmt.Fprintln(os.Stderr, "unspin-beam: --input and --output_dir are required")
		os.Exit(2)
	}
	opt := unspinbeam.Options{MaxSpam: *maxSpam, Field: *field, MaxDocBytes: *maxBytes, Explain: *explain,
		Workers: *workers, AttrDir: *attrDir, Extract: *extract, ToJSONL: *toJSONL}
	p, s := beam.NewPipelineWithRoot()
	res := unspinbeam.Clean(s, *input, *output, opt)
	// On a local runner the totals go through a file the driver reads back:
	// they are exact, where Prism's counters may not be (see package
	// unspinbeam). A remote runner's workers cannot write where the driver
	// reads, unless --totals names a shared place.
	totalsFile, local := *totals, *runners.Runner == "" || *runners.Runner == "prism" || *runners.Runner == "direct"
	if totalsFile == "" && local {
		f, err := os.CreateTemp("", "unspin-totals-*.json")
		if err != nil {
			fmt.Fprintln(os.Stderr, "unspin-beam:", err)
			os.Exit(1)
		}
		f.Close()
		totalsFile = f.Name()
		defer os.Remove(totalsFile)
	}
	if totalsFile != "" {
		unspinbeam.WriteTotals(s, res.Totals, totalsFile)
	}
	pr, err := beamx.RunWithMetrics(context.Background(), p)
	if err != nil {
		fmt.Fprintln(os.Stderr, "unspin-beam:", err)
		os.Exit(1)
	}
	if local {
		if t, err := readTotals(totalsFile); err == nil {
			printCounts(t.Counters())
			return
		}
	}
	if pr == nil {
		return // runners that report no metrics
	}
	// Committed values where the runner keeps them, attempted ones
	// elsewhere.
	committed, attempted := map[string]int64{}, map[string]int64{}
	for _, c := range pr.Metrics().AllMetrics().Counters() {
		if c.Namespace() == "unspin" {
			committed[c.Name()] += c.Committed
			attempted[c.Name()] += c.Attempted
		}
	}
	sums := attempted
	for _, v := range committed {
		if v != 0 {
			sums = committed
			break
		}
	}
	printCounts(sums)
}

func readTotals(name string) (unspinbeam.Totals, error) {
	var t unspinbeam.Totals
	f, err := os.Open(filepath.Clean(name))
	if err != nil {
		return t, err
	}
	defer f.Close()
	err = json.NewDecoder(bufio.NewReader(f)).Decode(&t)
	return t, err
}

func printCounts(counts map[string]int64) {
	names := make([]string, 0, len(counts))
	for n := range counts {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("unspin/%s = %d\n", n, counts[n])
	}
}
