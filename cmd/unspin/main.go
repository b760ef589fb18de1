// Command unspin restores text that was obfuscated or spun: see `unspin --help`.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"math"
	"os"

	"github.com/spf13/cobra"

	"github.com/unspin/unspin"
	"github.com/unspin/unspin/corpus"
	"github.com/unspin/unspin/internal/files"
	"github.com/unspin/unspin/internal/jsontext"
	"github.com/unspin/unspin/internal/say"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "0.1.0-dev"

// exitError carries an exit status without printing anything more.
type exitError struct{ code int }

func (e exitError) Error() string { return fmt.Sprintf("exit status %d", e.code) }

func main() {
	root := newRoot(os.Stdin, os.Stdout, os.Stderr)
	if err := root.Execute(); err != nil {
		var ee exitError
		if errors.As(err, &ee) {
			os.Exit(ee.code)
		}
		fmt.Fprintln(os.Stderr, "unspin:", err)
		os.Exit(2)
	}
}

func newRoot(stdin io.Reader, stdout, stderr io.Writer) *cobra.Command {
	root := &cobra.Command{
		Use:   "unspin",
		Short: "Restore text that spam and evasion tools have disguised",
		Long: `unspin undoes what spam and evasion tools do to text: look-alike letters from
other scripts, invisible and bidi control characters, hidden tag text,
injected link-spam sentences and keyword phrases, and broken paragraphs.
It returns exactly what the author wrote and reports every edit.

Every command reads plain text, JSON Lines, WARC/WET files and HTML pages,
known by name and content (see unspin clean --help), gzip or zstd
compressed or not.`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.AddCommand(newClean(), newCheck(), newTag(), newServe(), &cobra.Command{
		Use:   "version",
		Short: "Print the version",
		Args:  cobra.NoArgs,
		Run:   func(cmd *cobra.Command, _ []string) { fmt.Fprintln(cmd.OutOrStdout(), "unspin", version) },
	})
	return root
}

// formatsHelp says how inputs are read; clean, check and tag share it.
const formatsHelp = `Each FILE ("-" or none: standard input) is read in its format, known by
name and content unless --format says:
  JSON Lines   a name ending .jsonl or .ndjson, or a first line that is a
               JSON object: the string field --field ("text") of each line
               is cleaned, every other byte of the line kept.
  WARC, WET    by content: text records are cleaned (conversion and
               resource records of text/plain, HTML pages in responses);
               other records are left alone.
  HTML         a name ending .html or .htm, or a page that opens with a
               doctype or <html>: text nodes and the alt, title, aria-label
               and placeholder values are cleaned; markup, scripts, styles
               and comments are not.
  plain text   anything else, cleaned in units of up to --unit-bytes cut at
               paragraph breaks, so input of any size streams through. A
               line that is valid JSON is never made invalid: an edit that
               would break it is not made, and reported.
Input compressed with gzip or zstd is read as such.`

// common holds what clean, check and tag share.
type common struct {
	noSpam, noLayout bool
	workers          int
	unitBytes        int
	format, htmlMode string
	asJSONL          bool
	field            string
	maxDoc           int
}

func (c *common) flags(cmd *cobra.Command) {
	f := cmd.Flags()
	f.BoolVar(&c.noSpam, "no-spam", false, "repair characters and layout only; keep spam sentences and phrases")
	f.BoolVar(&c.noLayout, "no-layout", false, "leave paragraph breaks as they are")
	f.IntVarP(&c.workers, "workers", "j", 0, "clean `N` documents (or units of plain text) at once (default: number of CPUs)")
	f.IntVar(&c.unitBytes, "unit-bytes", corpus.DefaultUnitBytes, "plain text is cleaned in units of at most `BYTES`, cut at paragraph breaks")
	f.StringVar(&c.format, "format", "auto", "read inputs as `FORMAT`: auto (by name and content), text, jsonl, warc or html")
	f.BoolVar(&c.asJSONL, "jsonl", false, "the same as --format jsonl")
	f.StringVar(&c.field, "field", "text", "JSON Lines: the string `FIELD` to clean")
	f.IntVar(&c.maxDoc, "max-doc-bytes", 16<<20, "a JSON Lines text or an HTML page longer than `BYTES` passes through unchanged, reported (0: no cap)")
	f.StringVar(&c.htmlMode, "html", "inplace", "clean HTML pages in `MODE`: inplace (text nodes and readable attributes, markup kept) or extract (the main content, as text)")
}

// validate checks the flags and returns the input format asked for.
func (c *common) validate() (files.Format, error) {
	if c.workers < 0 {
		return 0, fmt.Errorf("--workers must be 0 (all CPUs) or more, not %d", c.workers)
	}
	if c.unitBytes < 4096 || c.unitBytes > 1<<30 {
		return 0, fmt.Errorf("--unit-bytes must be between 4096 and 1 GiB, not %d", c.unitBytes)
	}
	if c.maxDoc < 0 {
		return 0, fmt.Errorf("--max-doc-bytes must be 0 (no cap) or more, not %d", c.maxDoc)
	}
	if c.htmlMode != "inplace" && c.htmlMode != "extract" {
		return 0, fmt.Errorf("--html must be inplace or extract, not %q", c.htmlMode)
	}
	format, err := files.ParseFormat(c.format)
	if err != nil {
		return 0, err
	}
	if c.asJSONL {
		if format != files.Auto && format != files.JSONL {
			return 0, fmt.Errorf("--jsonl and --format %s contradict each other", c.format)
		}
		format = files.JSONL
	}
	return format, nil
}

// inputs checks the flags and the arguments, before any output is
// created, and returns a way to open each argument.
func (c *common) inputs(cmd *cobra.Command, args []string) ([]func() (input, error), files.Format, error) {
	format, err := c.validate()
	if err != nil {
		return nil, 0, err
	}
	opens, err := openInputs(cmd, args, format)
	return opens, format, err
}

func (c *common) cleaner() *unspin.Cleaner {
	return unspin.NewCleaner(unspin.Options{NoSpam: c.noSpam, NoLayout: c.noLayout})
}

// options are the corpus options the flags give.
func (c *common) options() corpus.Options {
	return corpus.Options{Cleaner: c.cleaner(), Workers: c.workers, Field: c.field, MaxDocBytes: c.maxDoc,
		UnitBytes: c.unitBytes, ExtractHTML: c.htmlMode == "extract"}
}

// passedThrough says, on errw, why a document passed through unchanged
// (naming the flag behind a cap), or what is to note about it.
func (c *common) passedThrough(errw io.Writer, in input, d corpus.Document) {
	if d.Err == nil && d.Note == "" {
		return // nearly every document: nothing to say, and nothing to format
	}
	where := in.name
	switch in.format {
	case files.JSONL:
		where += fmt.Sprintf(": line %d", d.Number)
	case files.WARC:
		where += fmt.Sprintf(": record %d (%s)", d.Number, d.ID)
	}
	switch {
	case errors.Is(d.Err, corpus.ErrTooLarge):
		fmt.Fprintf(errw, "unspin: %s: %v (--max-doc-bytes %d): passed through unchanged\n", where, d.Err, c.maxDoc)
	case d.Err == corpus.ErrBinary: // summed up once
	case d.Err != nil:
		fmt.Fprintf(errw, "unspin: %s: %v: passed through unchanged\n", where, d.Err)
	case d.Note != "":
		fmt.Fprintf(errw, "unspin: %s: %s\n", where, d.Note)
	}
}

func newClean() *cobra.Command {
	var co common
	var explain, quiet bool
	var maxSpam float64
	var output, attributes, to string
	c := &cobra.Command{
		Use:   "clean [FILE...]",
		Short: "Write the restored text of each FILE (or standard input)",
		Long: `Write the restored text of each FILE to standard output, or to --output (a
name ending .gz or .zst is written compressed).

` + formatsHelp + `

JSON Lines come back as JSON Lines: each line with its text restored and an
"unspin" object added: {"edits": [{start, end, kind, before, after}],
"obfuscated": 0..1, "spam": 0..1 or null (not judged: not English),
"suspects": [{start, end, text, reason}] (possible keywords, left in
place), "invalid_utf8": [[start, end]]}, offsets in bytes of the input text,
scores rounded to 4 decimals; --explain adds each edit's reason. A line that
is not a JSON object with a string field, or whose text is longer than
--max-doc-bytes, is passed through unchanged and reported on standard error
with its line number; the exit status is then 1.

A WARC keeps its form: a record that changes becomes a conversion record
with WARC-Refers-To the original, a new Content-Length and WARC-Block-Digest;
every other record goes out byte for byte, in the input's compression
(whatever the output's name). With --to jsonl, each text record becomes a
JSON line {"id", "url", "text", "unspin"} instead.

Bytes that are not UTF-8 are passed through unchanged and reported on
standard error; so is input that looks binary (exit status 1). On a
terminal, progress is shown on standard error.

--attributes FILE also writes Dolma attributes, one line per document (see
unspin tag). To see every edit with its reason, run unspin check.`,
		Example: `  unspin clean article.txt > article.clean.txt
  unspin clean crawl.jsonl.zst -o crawl.clean.jsonl.zst
  unspin clean --max-spam 0.5 < crawl.jsonl > kept.jsonl
  unspin clean crawl.warc.wet.gz -o crawl.clean.warc.wet.gz --attributes attrs.jsonl.gz`,
		RunE: func(cmd *cobra.Command, args []string) error {
			format, err := co.validate()
			if err != nil {
				return err
			}
			if cmd.Flags().Changed("max-spam") && (math.IsNaN(maxSpam) || maxSpam <= 0 || maxSpam > 1) {
				return fmt.Errorf("--max-spam must be above 0 and at most 1, not %v", maxSpam)
			}
			if to != "warc" && to != "jsonl" {
				return fmt.Errorf("--to must be warc or jsonl, not %q", to)
			}
			opt := co.options()
			opt.Explain, opt.MaxSpam, opt.WARCToJSONL = explain, maxSpam, to == "jsonl"
			if to == "jsonl" && !cmd.Flags().Changed("html") {
				opt.ExtractHTML = true // a JSON text field holds text, not a page
			}
			opens, err := openInputs(cmd, args, format)
			if err != nil {
				return err
			}
			// A WARC is written in its input's compression, whatever the
			// name; a name that says WARC or WET is taken at its word.
			warcOut := to == "warc" && (format == files.WARC || files.WARCName(output))
			w, closeOut, err := openOutputAs(cmd, output, args, !warcOut)
			if err != nil {
				return err
			}
			compressed := !warcOut && files.Compressed(output)
			if attributes != "" {
				if attributes == output || attributes == "-" && (output == "" || output == "-") {
					closeOut()
					return errors.New("--attributes and the cleaned documents cannot go to the same place")
				}
				aw, closeAttr, err := openOutput(cmd, attributes, args)
				if err != nil {
					closeOut()
					return err
				}
				attrW := bufio.NewWriterSize(aw, 1<<20)
				opt.Attributes = attrW
				prevClose := closeOut
				closeOut = func() error { return errors.Join(prevClose(), attrW.Flush(), closeAttr()) }
			}
			errw := cmd.ErrOrStderr()
			prog := newProgress(errw, !quiet && interactive(errw))
			defer prog.finish()
			status, err := eachInput(opens, func(in input) (int, error) {
				in.r = prog.reader(in.r)
				if err := refuse(cmd, in, compressed, explain, to); err != nil {
					return 0, err
				}
				o := opt
				o.OnDocument = func(d corpus.Document) {
					prog.document(d)
					co.passedThrough(errw, in, d)
				}
				st, err := process(cmd.Context(), in, w, o)
				return co.summarise(errw, in, st, opt), err
			})
			if err != nil {
				closeOut()
				return err
			}
			if err := closeOut(); err != nil {
				return err
			}
			if status != 0 {
				return exitError{status}
			}
			return nil
		},
	}
	co.flags(c)
	f := c.Flags()
	f.Float64Var(&maxSpam, "max-spam", 0, "JSON Lines: drop documents whose spam score is above `SCORE` (0 < SCORE <= 1; 0.5 is the cut; default: keep all)")
	f.BoolVar(&explain, "explain", false, "JSON Lines and WARC --to jsonl: give each edit's reason in the report")
	f.StringVarP(&output, "output", "o", "", "write to `FILE` instead of standard output (.gz, .zst: compressed)")
	f.BoolVarP(&quiet, "quiet", "q", false, "no progress display on a terminal")
	f.StringVar(&attributes, "attributes", "", "also write Dolma attributes to `FILE`, one line per document (see unspin tag)")
	f.StringVar(&to, "to", "warc", "WARC input: write `FORMAT` warc, or jsonl (one JSON line per text record)")
	return c
}

// refuse turns away what clean cannot do with an input of its format.
func refuse(cmd *cobra.Command, in input, compressed, explain bool, to string) error {
	switch {
	case in.format != files.WARC && cmd.Flags().Changed("to"):
		return fmt.Errorf("--to is for WARC input; this is %s", describe(in.format))
	case in.format == files.WARC && compressed && to == "warc":
		return fmt.Errorf("a WARC keeps its input's compression: name the output .warc or .warc.gz, not %s", cmd.Flag("output").Value)
	case in.format != files.JSONL && cmd.Flags().Changed("max-spam"):
		return fmt.Errorf("--max-spam drops JSON Lines documents; this is %s", describe(in.format))
	case explain && (in.format == files.Text || in.format == files.HTML):
		return fmt.Errorf("--explain puts reasons into JSON reports, and %s has none: unspin check %s lists every edit with its reason",
			describe(in.format), shellName(in.name))
	case explain && in.format == files.WARC && to != "jsonl":
		return fmt.Errorf("--explain puts reasons into JSON reports: add --to jsonl, or run unspin check %s", shellName(in.name))
	}
	return nil
}

func describe(f files.Format) string {
	switch f {
	case files.JSONL:
		return "JSON Lines"
	case files.WARC:
		return "a WARC file"
	case files.HTML:
		return "an HTML page"
	}
	return "plain text"
}

func shellName(name string) string {
	if name == "<stdin>" {
		return "< FILE"
	}
	return name
}

// summarise says on errw what passed through or was left out of one
// input, and returns its exit status: 1 where something could not be
// cleaned.
func (c *common) summarise(errw io.Writer, in input, st corpus.Stats, opt corpus.Options) int {
	status := 0
	of := func(n int, what string) string {
		return fmt.Sprintf("%d of %s", n, say.Plural(st.Documents, what))
	}
	formatScore := jsontext.FormatScore
	if st.Dropped > 0 {
		fmt.Fprintf(errw, "unspin: %s: dropped %s with spam above %s\n", in.name, of(st.Dropped, "document"), formatScore(opt.MaxSpam))
	}
	if st.TooLarge > 0 {
		fmt.Fprintf(errw, "unspin: %s: %s longer than --max-doc-bytes (%d) passed through unchanged\n", in.name, of(st.TooLarge, "document"), c.maxDoc)
		status = 1
	}
	if st.Failed > 0 {
		fmt.Fprintf(errw, "unspin: %s: %s not JSON objects with a string %q, passed through unchanged\n", in.name, of(st.Failed, "line"), c.field)
		status = 1
	}
	if st.Skipped > 0 {
		fmt.Fprintf(errw, "unspin: %s: %s left as they are (compressed or chunked payloads, or not UTF-8)\n", in.name, say.Plural(st.Skipped, "HTML record"))
	}
	if st.InvalidRuns > 0 {
		fmt.Fprintf(errw, "unspin: %s: %s of bytes that are not UTF-8 (the first at byte %d) left as they are\n", in.name, say.Plural(st.InvalidRuns, "run"), st.FirstInvalid)
	}
	if st.Binary > 0 {
		fmt.Fprintf(errw, "unspin: %s: %d bytes look like binary data, not text, and were passed through unchanged\n", in.name, st.Binary)
		status = 1
	}
	if st.KeptJSON > 0 {
		fmt.Fprintf(errw, "unspin: %s: read as plain text, %s of valid JSON kept as %s (is it JSON Lines? --format jsonl)\n",
			in.name, say.Plural(st.KeptJSON, "line"), say.Pick(st.KeptJSON, "it was", "they were"))
		status = 1
	}
	return status
}

func newTag() *cobra.Command {
	var co common
	var output string
	c := &cobra.Command{
		Use:   "tag [FILE...]",
		Short: "Write Dolma attributes for each document, leaving the documents alone",
		Long: `Write, to standard output or --output, one Dolma attributes line per document
of each FILE, in the same order and number:

  {"id": <the document's id>, "attributes": {
     "unspin__obfuscated": [[0, len, score]],
     "unspin__spam": [[0, len, score]],        (absent where not judged)
     "unspin__homoglyph": [[start, end, 1.0], ...],
     "unspin__spam_sentence": [[start, end, 1.0], ...], ... one name per edit kind}}

A document is a JSON line (its "id"), a WARC text record (its
WARC-Record-ID), an HTML page or a plain-text file (its file name). Offsets
are code points of the document's text (Python string indices, as Dolma
reads them): the text's [start:end] is exactly what the edit would replace;
for a page, of the page. Scores are rounded to 4 decimals. A line that is
not a document with a string field gets {"id": ..., "attributes": {}} and
is reported on standard error (exit status 1). clean --attributes writes
the same lines while it cleans.

` + formatsHelp,
		Example: `  unspin tag documents/cc_en_head-0000.json.gz -o attributes/unspin/cc_en_head-0000.json.gz`,
		RunE: func(cmd *cobra.Command, args []string) error {
			opens, _, err := co.inputs(cmd, args)
			if err != nil {
				return err
			}
			w, closeOut, err := openOutput(cmd, output, args)
			if err != nil {
				return err
			}
			bw := bufio.NewWriterSize(w, 1<<20)
			opt := co.options()
			opt.Attributes = bw
			errw := cmd.ErrOrStderr()
			status, err := eachInput(opens, func(in input) (int, error) {
				o := opt
				o.OnDocument = func(d corpus.Document) { co.passedThrough(errw, in, d) }
				st, err := process(cmd.Context(), in, nil, o)
				return co.summarise(errw, in, st, opt), err
			})
			if err != nil {
				closeOut()
				return err
			}
			if err := errors.Join(bw.Flush(), closeOut()); err != nil {
				return err
			}
			if status != 0 {
				return exitError{status}
			}
			return nil
		},
	}
	co.flags(c)
	c.Flags().StringVarP(&output, "output", "o", "", "write to `FILE` instead of standard output (.gz, .zst: compressed)")
	return c
}

// eachInput opens each input in turn and calls f on it, and returns the
// highest exit status f gave; an error names the input.
func eachInput(opens []func() (input, error), f func(in input) (int, error)) (int, error) {
	status := 0
	for _, open := range opens {
		in, err := open()
		if err != nil {
			return status, err
		}
		st, err := f(in)
		if err = errors.Join(err, in.done()); err != nil {
			return status, fmt.Errorf("%s: %w", in.name, err)
		}
		status = max(status, st)
	}
	return status, nil
}
