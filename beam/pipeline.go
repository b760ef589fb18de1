// Package unspinbeam cleans corpus shards with unspin in an Apache Beam
// pipeline: each input file (JSON Lines, plain or compressed, or a WARC or
// WET file) is cleaned whole by one DoFn call and written under the same
// name into the output directory, its Dolma attributes under the same name
// into the attributes directory, so that every output file is what
// `unspin clean IN -o OUT/NAME` writes for it. The runner spreads files over
// workers (Prism locally; Flink, Spark or Dataflow through Beam's portable
// runners), and counters sum what was done.
package unspinbeam

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"
	"sync"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	// Filesystems for the paths given: local files, gs:// (Dataflow).
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"

	"github.com/unspin/unspin"
	"github.com/unspin/unspin/internal/files"
	"github.com/unspin/unspin/internal/jsonl"
	"github.com/unspin/unspin/internal/warc"
)

func init() {
	// Registered by name, so that workers of portable runners find the
	// DoFn (its exported fields travel as JSON), and called without
	// reflection.
	register.DoFn3x1[context.Context, fileio.ReadableFile, func(string), error](&cleanFileFn{})
	register.Emitter1[string]()
}

// Options are `unspin clean`'s.
type Options struct {
	MaxSpam     float64 // JSON Lines: drop documents above it; negative keeps all
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
	return Options{MaxSpam: -1, Field: "text", MaxDocBytes: 16 << 20}
}

// Counters, namespace "unspin": files, documents (JSON lines and WARC text
// records), spam_dropped, failed_lines, too_large, warc_records,
// warc_changed, and edits_<kind>.
var (
	filesCounter   = beam.NewCounter("unspin", "files")
	docsCounter    = beam.NewCounter("unspin", "documents")
	droppedCounter = beam.NewCounter("unspin", "spam_dropped")
	failedCounter  = beam.NewCounter("unspin", "failed_lines")
	tooLarge       = beam.NewCounter("unspin", "too_large")
	recordsCounter = beam.NewCounter("unspin", "warc_records")
	changedCounter = beam.NewCounter("unspin", "warc_changed")
)

func editCounter(k unspin.Kind) beam.Counter { return beam.NewCounter("unspin", "edits_"+string(k)) }

// Clean adds to s: the files matching glob, each cleaned and written as
// outDir/<its name>. It returns the paths written.
func Clean(s beam.Scope, glob, outDir string, opt Options) beam.PCollection {
	s = s.Scope("unspin.Clean")
	matches := fileio.MatchFiles(s, glob, fileio.MatchEmptyDisallow())
	// Raw bytes: the DoFn knows gzip, zstd and WARC by content, as the CLI.
	found := fileio.ReadMatches(s, matches, fileio.ReadUncompressed())
	// Without this all files would stay in the one bundle of the glob.
	found = beam.Reshuffle(s, found)
	return beam.ParDo(s, &cleanFileFn{OutDir: outDir, Opt: opt}, found)
}

// cleanFileFn cleans one file; its exported fields are serialised into the
// pipeline.
type cleanFileFn struct {
	OutDir string
	Opt    Options
}

func (fn *cleanFileFn) ProcessElement(ctx context.Context, f fileio.ReadableFile, emit func(string)) error {
	in := f.Metadata.Path
	name := path.Base(strings.ReplaceAll(in, "\\", "/")) // Windows paths too
	out := strings.TrimSuffix(fn.OutDir, "/") + "/" + name
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
	src, err := files.Open(rc)
	if err != nil {
		return fmt.Errorf("%s: %w", in, err)
	}
	defer src.Close()
	opt := fn.Opt

	// A WARC keeps its input's compression whatever its name, as in the CLI.
	w, closeOut, err := create(ctx, out, !(src.WARC && !opt.ToJSONL))
	if err != nil {
		return err
	}
	var attrs io.Writer
	closeAttrs := func() error { return nil }
	if opt.AttrDir != "" {
		attrOut := strings.TrimSuffix(opt.AttrDir, "/") + "/" + name
		if attrs, closeAttrs, err = create(ctx, attrOut, true); err != nil {
			closeOut()
			return err
		}
	}

	// Edits are counted here and added to the counters at the end, on this
	// goroutine: Counter.Inc is not safe from the cleaning goroutines.
	var mu sync.Mutex
	edits := map[unspin.Kind]int64{}
	clean := func(s string) unspin.Report {
		rep := unspin.Clean(s)
		mu.Lock()
		for _, e := range rep.Edits {
			edits[e.Kind]++
		}
		mu.Unlock()
		return rep
	}
	if src.WARC {
		var st warc.Stats
		st, err = warc.Process(src.R, w, warc.Options{Clean: clean, Extract: opt.Extract || opt.ToJSONL,
			JSONL: opt.ToJSONL, Explain: opt.Explain, Attributes: attrs, Workers: opt.Workers})
		docsCounter.Inc(ctx, int64(st.Text))
		recordsCounter.Inc(ctx, int64(st.Records))
		changedCounter.Inc(ctx, int64(st.Changed))
	} else {
		var notes bytes.Buffer
		var st jsonl.Stats
		st, err = jsonl.Process(src.R, w, &notes, jsonl.Options{MaxSpam: opt.MaxSpam, Workers: opt.Workers,
			Clean: clean, Field: opt.Field, MaxDocBytes: opt.MaxDocBytes, Explain: opt.Explain, Attributes: attrs})
		if notes.Len() > 0 {
			log.Warnf(ctx, "%s: %s", in, notes.String())
		}
		docsCounter.Inc(ctx, int64(st.Lines))
		droppedCounter.Inc(ctx, int64(st.Dropped))
		failedCounter.Inc(ctx, int64(st.Failed))
		tooLarge.Inc(ctx, int64(st.Skipped))
	}
	if err = errors.Join(err, closeOut(), closeAttrs()); err != nil {
		return fmt.Errorf("%s: %w", in, err)
	}
	filesCounter.Inc(ctx, 1)
	for k, n := range edits {
		editCounter(k).Inc(ctx, n)
	}
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
