// Package unspinbeam cleans corpus shards with unspin in an Apache Beam
// pipeline: each input file (JSON Lines, plain or compressed, or a WARC or
// WET file) is cleaned whole by one DoFn call through package corpus, as
// `unspin clean` cleans it, and written under the same name into the output
// directory, its Dolma attributes into the attributes directory. The runner
// spreads files over workers (Prism locally; Flink, Spark or Dataflow
// through Beam's portable runners).
//
// What was done is counted twice: in Beam counters (namespace "unspin"), to
// watch a run, and as data, the Totals of every file summed by a Combine,
// which are exact on every runner. Prism, the local runner, can lose
// counter values: it keeps one pending update per metric until it has
// asked the worker what the metric is, so the final updates of bundles that
// end together before that overwrite one another (its jobservices
// metricsStore.unprocessedPayloads); the outputs are not affected.
package unspinbeam

import (
	"context"
	"errors"
	"fmt"
	"io"
	"maps"
	"path"
	"reflect"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	// Filesystems for the paths given: local files, gs:// (Dataflow).
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"

	"github.com/unspin/unspin"
	"github.com/unspin/unspin/corpus"
	"github.com/unspin/unspin/internal/files"
	"github.com/unspin/unspin/internal/jsontext"
)

func init() {
	// Registered by name, so that workers of portable runners find the
	// DoFns (their exported fields travel as JSON), and called without
	// reflection.
	register.DoFn4x1[context.Context, fileio.ReadableFile, func(string), func(Totals), error](&cleanFileFn{})
	register.Emitter1[string]()
	register.Emitter1[Totals]()
	register.Function2x1(Totals.Add)
	register.DoFn2x1[context.Context, Totals, error](&writeTotalsFn{})
	beam.RegisterType(reflect.TypeOf((*Totals)(nil)).Elem())
}

// Options are `unspin clean`'s.
type Options struct {
	MaxSpam     float64 // JSON Lines: drop documents above it (0: keep all)
	Field       string  // JSON Lines: the field cleaned
	MaxDocBytes int     // JSON Lines: longer texts pass through, reported
	Explain     bool    // each edit's reason in the reports
	Workers     int     // documents cleaned at once in a file (0: the worker's CPUs)
	AttrDir     string  // where Dolma attributes go, one file per input ("": none)
	Extract     bool    // WARC: HTML pages turned into their main text
	ToJSONL     bool    // WARC: JSON lines instead of a WARC
}

// DefaultOptions are the CLI's defaults.
func DefaultOptions() Options {
	return Options{Field: "text", MaxDocBytes: 16 << 20}
}

// Totals count what was done, per file and, summed, for the run.
type Totals struct {
	Files       int64            `json:"files"`
	Documents   int64            `json:"documents"`    // JSON lines, WARC text records
	SpamDropped int64            `json:"spam_dropped"` // over MaxSpam
	FailedLines int64            `json:"failed_lines"` // not documents: passed through
	TooLarge    int64            `json:"too_large"`    // over MaxDocBytes: passed through
	WARCRecords int64            `json:"warc_records"`
	WARCChanged int64            `json:"warc_changed"`
	Edits       map[string]int64 `json:"edits"` // by kind
}

// Add returns the sum of t and u; it is the Combine that sums the run.
func (t Totals) Add(u Totals) Totals {
	sum := Totals{Files: t.Files + u.Files, Documents: t.Documents + u.Documents, SpamDropped: t.SpamDropped + u.SpamDropped,
		FailedLines: t.FailedLines + u.FailedLines, TooLarge: t.TooLarge + u.TooLarge,
		WARCRecords: t.WARCRecords + u.WARCRecords, WARCChanged: t.WARCChanged + u.WARCChanged,
		Edits: maps.Clone(t.Edits)}
	if sum.Edits == nil {
		sum.Edits = map[string]int64{}
	}
	for k, n := range u.Edits {
		sum.Edits[k] += n
	}
	return sum
}

// Counters gives the totals as the counters' names have them
// (files, documents, ..., edits_<kind>).
func (t Totals) Counters() map[string]int64 {
	c := map[string]int64{"files": t.Files, "documents": t.Documents, "spam_dropped": t.SpamDropped,
		"failed_lines": t.FailedLines, "too_large": t.TooLarge, "warc_records": t.WARCRecords, "warc_changed": t.WARCChanged}
	for k, n := range t.Edits {
		c["edits_"+k] = n
	}
	return c
}

// inc adds t to the counters, from the DoFn's own goroutine.
func (t Totals) inc(ctx context.Context) {
	for name, n := range t.Counters() {
		if n != 0 {
			beam.NewCounter("unspin", name).Inc(ctx, n)
		}
	}
}

// Result is what Clean adds to the pipeline.
type Result struct {
	Paths  beam.PCollection // the paths written, one per input file
	Totals beam.PCollection // one Totals: the run's, summed
}

// Clean adds to s: the files matching glob, each cleaned and written as
// outDir/<its name> (see OutputName).
func Clean(s beam.Scope, glob, outDir string, opt Options) Result {
	s = s.Scope("unspin.Clean")
	matches := fileio.MatchFiles(s, glob, fileio.MatchEmptyDisallow())
	// Raw bytes: the DoFn knows gzip, zstd and WARC by content, as the CLI.
	found := fileio.ReadMatches(s, matches, fileio.ReadUncompressed())
	// Without this all files would stay in the one bundle of the glob.
	found = beam.Reshuffle(s, found)
	paths, perFile := beam.ParDo2(s, &cleanFileFn{OutDir: outDir, Opt: opt}, found)
	return Result{Paths: paths, Totals: beam.Combine(s, Totals.Add, perFile)}
}

// WriteTotals adds to s: totals (one element) written to name as one JSON
// line (on any filesystem Beam has: local, gs://).
func WriteTotals(s beam.Scope, totals beam.PCollection, name string) {
	beam.ParDo0(s.Scope("unspin.WriteTotals"), &writeTotalsFn{Name: name}, totals)
}

type writeTotalsFn struct{ Name string }

func (fn *writeTotalsFn) ProcessElement(ctx context.Context, t Totals) error {
	w, closeW, err := create(ctx, fn.Name, false)
	if err != nil {
		return err
	}
	if t.Edits == nil {
		t.Edits = map[string]int64{}
	}
	b, err := jsontext.Marshal(t)
	if err != nil {
		closeW()
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return errors.Join(err, closeW())
}

// OutputName is the name an input's output takes: its own, except that a
// WARC written as JSON Lines, and a WARC's attributes, are named .jsonl
// (x.warc.wet.gz: x.warc.wet.jsonl.gz), in the input's compression.
func OutputName(name string, warc, jsonLines bool) string {
	if !warc || !jsonLines {
		return name
	}
	for _, ext := range []string{".gz", ".zst"} {
		if base, ok := strings.CutSuffix(name, ext); ok {
			return base + ".jsonl" + ext
		}
	}
	return name + ".jsonl"
}

// cleanFileFn cleans one file; its exported fields are serialised into the
// pipeline.
type cleanFileFn struct {
	OutDir string
	Opt    Options
}

func (fn *cleanFileFn) ProcessElement(ctx context.Context, f fileio.ReadableFile, emit func(string), emitTotals func(Totals)) error {
	in := f.Metadata.Path
	name := path.Base(strings.ReplaceAll(in, "\\", "/")) // Windows paths too
	dir := path.Dir(strings.ReplaceAll(in, "\\", "/"))
	for _, d := range []string{fn.OutDir, fn.Opt.AttrDir} {
		if d != "" && path.Clean(d) == path.Clean(dir) {
			return fmt.Errorf("%s: an output directory is the input's own: its files would be overwritten", in)
		}
	}
	if fn.Opt.AttrDir != "" && path.Clean(fn.Opt.AttrDir) == path.Clean(fn.OutDir) {
		return fmt.Errorf("the attributes and the cleaned files would go to one directory, %s", fn.OutDir)
	}
	rc, err := f.Open(ctx)
	if err != nil {
		return err
	}
	defer rc.Close()
	// Not by name: a shard's name may say nothing, and a WARC is known by
	// its content; plain text is read as JSON Lines, as the pipeline takes
	// documents only.
	src, err := files.Open(rc, "", files.Auto)
	if err != nil {
		return fmt.Errorf("%s: %w", in, err)
	}
	defer src.Close()
	opt := fn.Opt
	isWARC := src.Format == files.WARC
	out := strings.TrimSuffix(fn.OutDir, "/") + "/" + OutputName(name, isWARC, opt.ToJSONL)

	// A WARC keeps its input's compression whatever its name, as in the CLI.
	w, closeOut, err := create(ctx, out, !(isWARC && !opt.ToJSONL))
	if err != nil {
		return err
	}
	copt := corpus.Options{Cleaner: unspin.NewCleaner(unspin.Options{}), Workers: opt.Workers, Field: opt.Field,
		MaxDocBytes: opt.MaxDocBytes, MaxSpam: opt.MaxSpam, Explain: opt.Explain,
		ExtractHTML: opt.Extract || opt.ToJSONL, WARCToJSONL: opt.ToJSONL}
	closeAttrs := func() error { return nil }
	if opt.AttrDir != "" {
		attrOut := strings.TrimSuffix(opt.AttrDir, "/") + "/" + OutputName(name, isWARC, true)
		if copt.Attributes, closeAttrs, err = create(ctx, attrOut, true); err != nil {
			closeOut()
			return err
		}
	}
	// OnDocument is called in order, one call at a time, and corpus
	// returns only after the last: the tallies need no lock, and the
	// counters are added on this goroutine, as Beam requires.
	t := Totals{Files: 1, Edits: map[string]int64{}}
	var notes []string
	copt.OnDocument = func(d corpus.Document) {
		if d.Report != nil {
			for _, e := range d.Report.Edits {
				t.Edits[string(e.Kind)]++
			}
		}
		switch {
		case d.Err != nil:
			notes = append(notes, fmt.Sprintf("line %d: %v", d.Number, d.Err))
		case d.Note != "":
			notes = append(notes, fmt.Sprintf("line %d: %s", d.Number, d.Note))
		}
	}
	var st corpus.Stats
	if isWARC {
		st, err = corpus.WARC(ctx, w, src.R, copt)
		t.WARCRecords, t.WARCChanged = int64(st.Records), int64(st.Changed)
	} else {
		st, err = corpus.JSONL(ctx, w, src.R, copt)
		t.SpamDropped, t.FailedLines, t.TooLarge = int64(st.Dropped), int64(st.Failed), int64(st.TooLarge)
	}
	t.Documents = int64(st.Documents)
	if len(notes) > 0 {
		log.Warnf(ctx, "%s: %d lines passed through or noted: %s", in, len(notes), strings.Join(notes[:min(len(notes), 10)], "; "))
	}
	if err = errors.Join(err, closeOut(), closeAttrs()); err != nil {
		return fmt.Errorf("%s: %w", in, err)
	}
	t.inc(ctx)
	emitTotals(t)
	emit(out)
	return nil
}

// create opens name on its filesystem (local, gs://), compressed by its
// name where compress is set.
func create(ctx context.Context, name string, compress bool) (io.Writer, func() error, error) {
	fs, err := filesystem.New(ctx, name)
	if err != nil {
		return nil, nil, err
	}
	wc, err := fs.OpenWrite(ctx, name)
	if err != nil {
		fs.Close()
		return nil, nil, err
	}
	w, closeW, err := files.Create(name, wc, compress)
	if err != nil {
		fs.Close()
		return nil, nil, err
	}
	return w, func() error { return errors.Join(closeW(), fs.Close()) }, nil
}
