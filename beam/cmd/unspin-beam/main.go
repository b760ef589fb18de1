// Command unspin-beam runs the unspin pipeline on a Beam runner: every file
// matching --input is cleaned and written under its name into --output_dir
// (and its Dolma attributes into --attributes_dir).
//
//	unspin-beam --input 'shards/*.jsonl.gz' --output_dir out/ [--runner prism|flink|spark|dataflow|universal ...]
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"sort"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	unspinbeam "github.com/unspin/unspin/beam"
)

var (
	input    = flag.String("input", "", "glob of input files: JSON Lines (.gz, .zst) or WARC/WET (local path or gs://...)")
	output   = flag.String("output_dir", "", "directory for the cleaned files, under their input names")
	attrDir  = flag.String("attributes_dir", "", "directory for Dolma attributes, under the input names (optional)")
	maxSpam  = flag.Float64("max_spam", -1, "JSON Lines: drop documents whose spam score is above this (negative: keep all)")
	field    = flag.String("field", "text", "JSON Lines: the string field to clean")
	explain  = flag.Bool("explain", false, "give each edit's reason in the reports")
	extract  = flag.Bool("extract", false, "WARC: turn HTML pages into their main text (default: clean them in place)")
	toJSONL  = flag.Bool("to_jsonl", false, "WARC: write JSON lines instead of a WARC")
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
	unspinbeam.Clean(s, *input, *output, opt)
	pr, err := beamx.RunWithMetrics(context.Background(), p)
	if err != nil {
		fmt.Fprintln(os.Stderr, "unspin-beam:", err)
		os.Exit(1)
	}
	if pr == nil {
		return // runners that report no metrics
	}
	// Committed values where the runner keeps them (Prism keeps only some
	// attempted ones), attempted ones elsewhere.
	committed, attempted := map[string]int64{}, map[string]int64{}
	for _, c := range pr.Metrics().AllMetrics().Counters() {
		committed[c.Namespace()+"/"+c.Name()] += c.Committed
		attempted[c.Namespace()+"/"+c.Name()] += c.Attempted
	}
	sums := attempted
	for _, v := range committed {
		if v != 0 {
			sums = committed
			break
		}
	}
	names := make([]string, 0, len(sums))
	for n := range sums {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("%s = %d\n", n, sums[n])
	}
}
