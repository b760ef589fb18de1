// Command unspin restores text that was obfuscated or spun: see `unspin --help`.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/unspin/unspin"
	"github.com/unspin/unspin/internal/files"
	"github.com/unspin/unspin/internal/htmltext"
	"github.com/unspin/unspin/internal/jsonl"
	"github.com/unspin/unspin/internal/warc"
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
It returns exactly what the author wrote and reports every edit.`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.AddCommand(newClean(), newCheck(), newServe(), newTag(), &cobra.Command{
		Use:   "version",
		Short: "Print the version",
		Args:  cobra.NoArgs,
		Run:   func(cmd *cobra.Command, _ []string) { fmt.Fprintln(cmd.OutOrStdout(), "unspin", version) },
	})
	return root
}

// common holds the options clean and check share.
type common struct {
	noSpam, noLayout bool
	workers          int
	unitBytes        int
}

func (c *common) flags(cmd *cobra.Command) {
	cmd.Flags().BoolVar(&c.noSpam, "no-spam", false, "repair characters and layout only; keep spam sentences and phrases")
	cmd.Flags().BoolVar(&c.noLayout, "no-layout", false, "leave paragraph breaks as they are")
	cmd.Flags().IntVarP(&c.workers, "workers", "j", 0, "units or documents cleaned in parallel (default: number of CPUs)")
	cmd.Flags().IntVar(&c.unitBytes, "unit-bytes", 256<<10, "plain text is cleaned in units of at most this many bytes, cut at paragraph breaks")
}

func (c *common) validate() error {
	if c.workers < 0 {
		return fmt.Errorf("--workers must be 0 (all CPUs) or more, not %d", c.workers)
	}
	if c.unitBytes < 4096 || c.unitBytes > 1<<30 {
		return fmt.Errorf("--unit-bytes must be between 4096 and 1 GiB, not %d", c.unitBytes)
	}
	return nil
}

func (c *common) clean(s string) unspin.Report {
	return unspin.CleanWith(s, unspin.Options{NoSpam: c.noSpam, NoLayout: c.noLayout})
}

func newClean() *cobra.Command {
	var co common
	var asJSONL, explain bool
	var maxSpam float64
	var field, output string
	var maxDoc int
	var quiet bool
	var attributes, format, htmlMode, to string
	c := &cobra.Command{
		Use:   "clean [FILE...]",
		Short: "Write the restored text of each FILE (or standard input) to standard output",
		Long: `Write the restored text of each FILE ("-" or none: standard input) to standard
output, or to --output. Input compressed with gzip or zstd is read as such;
an --output name ending in .gz or .zst is written compressed.

Plain text is cleaned in units of up to --unit-bytes, cut at paragraph
breaks, so input of any size streams through in bounded memory; an ordinary
document is one unit. Bytes that are not UTF-8 are passed through unchanged
and reported on standard error; so is input that looks binary (exit status 1).

With --jsonl, every input line is a JSON object with a "text" field (see
--field); each is written back with "text" restored and an "unspin" object
added: {"obfuscated": 0..1, "spam": 0..1 or null (not English: not judged),
"suspects": [{start, end, text, reason}] (possible keywords, left in place),
"edits": [{start, end, kind,
before, after}], "invalid_utf8": [[start, end]]} (offsets are bytes of the
input text; --explain adds each edit's reason). Everything else in the line,
escapes and invalid UTF-8 in the text included, is kept byte for byte. A
line whose text is longer than --max-doc-bytes, or that is not a JSON object
with a string "text", is passed through unchanged and reported on standard
error with its line number; the exit status is then 1. A line with "text"
twice has every copy cleaned.

A WARC or WET file (plain, gzip per record or whole-file gzip; known by its
content, or --format warc) has its text records cleaned: conversion and
resource records of text/plain as text, response records of HTML pages as
--html says. A record that changes becomes a conversion record with
WARC-Refers-To the original, a new Content-Length and WARC-Block-Digest;
every other record goes out byte for byte, in the input's compression
(whatever the output's name). With --to jsonl, each text record becomes a
JSON line {"id", "url", "text", "unspin"} instead.

An HTML page (--format html, or a name ending .html or .htm) is cleaned
--html inplace (default: only text nodes and the alt, title, aria-label and
placeholder attributes change, every byte of markup stays) or --html
extract (the main content as plain text, then cleaned).

--attributes FILE (JSON Lines or WARC input) also writes Dolma attributes,
one line per document or text record (see unspin tag).`,
		Example: `  unspin clean article.txt > article.clean.txt
  unspin clean --jsonl crawl.jsonl.zst -o crawl.clean.jsonl.zst
  unspin clean --jsonl --max-spam 0.5 < crawl.jsonl > kept.jsonl`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := co.validate(); err != nil {
				return err
			}
			if cmd.Flags().Changed("max-spam") {
				if !asJSONL {
					return errors.New("--max-spam needs --jsonl")
				}
				if math.IsNaN(maxSpam) || maxSpam < 0 || maxSpam > 1 {
					return fmt.Errorf("--max-spam must be between 0 and 1, not %v", maxSpam)
				}
			} else {
				maxSpam = -1
			}
			if maxDoc < 0 {
				return fmt.Errorf("--max-doc-bytes must be 0 (no cap) or more, not %d", maxDoc)
			}
			switch format {
			case "auto", "text", "warc", "html":
			case "jsonl":
				asJSONL = true
			default:
				return fmt.Errorf("--format must be auto, text, jsonl, warc or html, not %q", format)
			}
			if asJSONL && format != "jsonl" && format != "auto" {
				return fmt.Errorf("--jsonl and --format %s contradict each other", format)
			}
			if htmlMode != "inplace" && htmlMode != "extract" {
				return fmt.Errorf("--html must be inplace or extract, not %q", htmlMode)
			}
			if to != "warc" && to != "jsonl" {
				return fmt.Errorf("--to must be warc or jsonl, not %q", to)
			}
			if to == "jsonl" && !cmd.Flags().Changed("html") {
				htmlMode = "extract" // a JSON text field holds text, not a page
			}
			if !asJSONL && (cmd.Flags().Changed("field") || cmd.Flags().Changed("max-doc-bytes")) {
				return errors.New("--field and --max-doc-bytes need --jsonl")
			}
			opens, err := openInputs(cmd, args)
			if err != nil {
				return err
			}
			// A WARC is written in its input's compression, whatever the
			// name; a name that says WARC or WET is taken at its word.
			warcOut := to == "warc" && (format == "warc" || files.WARCName(output))
			w, closeOut, err := openOutputAs(cmd, output, args, !warcOut)
			if err != nil {
				return err
			}
			compressed := !warcOut && files.Compressed(output)
			var attrW *bufio.Writer
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
				attrW = bufio.NewWriterSize(aw, 1<<20)
				prevClose := closeOut
				closeOut = func() error { return errors.Join(prevClose(), attrW.Flush(), closeAttr()) }
			}
			status := 0
			prog := newProgress(cmd.ErrOrStderr(), !quiet && interactive(cmd.ErrOrStderr()))
			defer prog.finish()
			counted := func(s string) unspin.Report {
				r := co.clean(s)
				prog.cleaned(r)
				return r
			}
			for _, open := range opens {
				in, err := open()
				if err != nil {
					closeOut()
					return err
				}
				in.r = prog.reader(in.r)
				var st int
				isHTML := format == "html" || format == "auto" && !in.warc && !asJSONL &&
					(strings.HasSuffix(in.name, ".html") || strings.HasSuffix(in.name, ".htm"))
				switch {
				case format == "warc" && !in.warc:
					err = fmt.Errorf("%s: not a WARC file (plain or gzip)", in.name)
				case !in.warc && (cmd.Flags().Changed("to")):
					err = fmt.Errorf("%s: --to is for WARC input", in.name)
				case in.warc && asJSONL:
					err = fmt.Errorf("%s: a WARC file, not JSON Lines (drop --jsonl)", in.name)
				case in.warc && compressed && to == "warc":
					err = fmt.Errorf("%s: a WARC keeps its input's compression: name the output .warc or .warc.gz, not %s", in.name, output)
				case attrW != nil && !in.warc && !asJSONL:
					err = fmt.Errorf("%s: --attributes needs JSON Lines or WARC input", in.name)
				case explain && !in.warc && !asJSONL:
					err = fmt.Errorf("%s: --explain needs JSON Lines or WARC input", in.name)
				case in.warc:
					st, err = cleanWARC(cmd, in, w, warc.Options{Clean: counted, Extract: htmlMode == "extract",
						JSONL: to == "jsonl", Explain: explain, Attributes: writerOrNil(attrW), Workers: co.workers})
				case isHTML:
					err = cleanHTML(in, w, htmlMode == "extract", counted)
				case asJSONL:
					opt := jsonl.Options{MaxSpam: maxSpam, Workers: co.workers, Clean: counted,
						Field: field, MaxDocBytes: maxDoc, Explain: explain}
					if attrW != nil {
						opt.Attributes = attrW
					}
					st, err = cleanJSONL(cmd, in, w, opt)
				default:
					st, err = cleanText(cmd, in, w, &co, prog)
				}
				err = errors.Join(err, in.done())
				if err != nil {
					closeOut()
					return err
				}
				status = max(status, st)
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
	c.Flags().BoolVar(&asJSONL, "jsonl", false, `input is JSON Lines with a "text" field; output adds an "unspin" report`)
	c.Flags().Float64Var(&maxSpam, "max-spam", 0, "with --jsonl: drop documents whose spam score is above this (0..1; default: keep all)")
	c.Flags().StringVar(&field, "field", "text", "with --jsonl: the string field to clean")
	c.Flags().IntVar(&maxDoc, "max-doc-bytes", 16<<20, "with --jsonl: texts longer than this pass through unchanged, reported (0: no cap)")
	c.Flags().BoolVar(&explain, "explain", false, "with --jsonl: give each edit's reason in the report")
	c.Flags().StringVarP(&output, "output", "o", "", "write here instead of standard output (.gz, .zst: compressed)")
	c.Flags().BoolVarP(&quiet, "quiet", "q", false, "no progress display on a terminal")
	c.Flags().StringVar(&attributes, "attributes", "", "with JSON Lines or WARC input: also write Dolma attributes here, one line per document (see `unspin tag`)")
	c.Flags().StringVar(&format, "format", "auto", "input format: auto (WARC by content, HTML by .html/.htm, else text), text, jsonl, warc or html")
	c.Flags().StringVar(&htmlMode, "html", "inplace", "HTML pages: inplace (text nodes and readable attributes, markup kept) or extract (main content as text)")
	c.Flags().StringVar(&to, "to", "warc", "with WARC input: write a WARC, or jsonl (one JSON line per text record)")
	return c
}

func newTag() *cobra.Command {
	var co common
	var field, output string
	var maxDoc int
	c := &cobra.Command{
		Use:   "tag [FILE...]",
		Short: "Write Dolma attributes for JSON Lines documents, leaving the documents alone",
		Long: `Read JSON Lines documents (FILE, "-" or none: standard input; gzip and zstd
read as such) and write, to standard output or --output, one Dolma attributes
line per document, in the same order and number:

  {"id": <the document's id>, "attributes": {
     "unspin__obfuscated": [[0, len, score]],
     "unspin__spam": [[0, len, score]],        (absent where not judged)
     "unspin__homoglyph": [[start, end, 1.0], ...],
     "unspin__spam_sentence": [[start, end, 1.0], ...], ... one name per edit kind}}

Offsets are code points of the input text (Python string indices, as Dolma
reads them): the text's [start:end] is exactly what the edit would replace.
A line that is not a document with a string "text" gets {"id": ..., 
"attributes": {}} and is reported on standard error (exit status 1).
Dolma's mixer can then filter or mask on these attributes; clean --jsonl
--attributes writes the same lines while it cleans.`,
		Example: `  unspin tag documents/cc_en_head-0000.json.gz -o attributes/unspin/cc_en_head-0000.json.gz`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := co.validate(); err != nil {
				return err
			}
			if maxDoc < 0 {
				return fmt.Errorf("--max-doc-bytes must be 0 (no cap) or more, not %d", maxDoc)
			}
			opens, err := openInputs(cmd, args)
			if err != nil {
				return err
			}
			w, closeOut, err := openOutput(cmd, output, args)
			if err != nil {
				return err
			}
			bw := bufio.NewWriterSize(w, 1<<20)
			status := 0
			for _, open := range opens {
				in, err := open()
				if err != nil {
					closeOut()
					return err
				}
				if in.warc {
					closeOut()
					in.done()
					return fmt.Errorf("%s: a WARC file: unspin clean --attributes FILE writes its attributes", in.name)
				}
				st, err := cleanJSONL(cmd, in, io.Discard, jsonl.Options{MaxSpam: -1, Workers: co.workers, Clean: co.clean,
					Field: field, MaxDocBytes: maxDoc, Attributes: bw, TagOnly: true})
				if err = errors.Join(err, in.done()); err != nil {
					closeOut()
					return err
				}
				status = max(status, st)
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
	c.Flags().StringVar(&field, "field", "text", "the string field to read")
	c.Flags().IntVar(&maxDoc, "max-doc-bytes", 16<<20, "longer texts get empty attributes, reported (0: no cap)")
	c.Flags().StringVarP(&output, "output", "o", "", "write here instead of standard output (.gz, .zst: compressed)")
	return c
}

func writerOrNil(w *bufio.Writer) io.Writer {
	if w == nil {
		return nil
	}
	return w
}

func cleanWARC(cmd *cobra.Command, in input, w io.Writer, opt warc.Options) (int, error) {
	st, err := warc.Process(in.r, w, opt)
	if err != nil {
		return 0, fmt.Errorf("%s: %w", in.name, err)
	}
	if st.Skipped > 0 {
		fmt.Fprintf(cmd.ErrOrStderr(), "unspin: %s: %d HTML records left as they are (compressed or chunked payloads, or not UTF-8)\n", in.name, st.Skipped)
	}
	return 0, nil
}

// cleanHTML cleans one page, held whole.
func cleanHTML(in input, w io.Writer, extract bool, clean func(string) unspin.Report) error {
	page, err := io.ReadAll(io.LimitReader(in.r, maxPage+1))
	if err != nil {
		return err
	}
	if len(page) > maxPage {
		return fmt.Errorf("%s: a page of more than %d bytes", in.name, maxPage)
	}
	if extract {
		text, err := htmltext.Extract(page, "")
		if err != nil {
			return fmt.Errorf("%s: %w", in.name, err)
		}
		_, err = io.WriteString(w, clean(text).Text)
		return err
	}
	_, err = w.Write(htmltext.Inplace(page, clean).Page)
	return err
}

// maxPage caps an HTML page, which is read whole.
const maxPage = 256 << 20

func cleanJSONL(cmd *cobra.Command, in input, w io.Writer, opt jsonl.Options) (int, error) {
	errw := cmd.ErrOrStderr()
	st, err := jsonl.Process(in.r, w, prefixed{errw, in.name + ": "}, opt)
	if err != nil {
		return 0, err
	}
	status := 0
	if st.Dropped > 0 {
		fmt.Fprintf(errw, "unspin: %s: dropped %d of %d documents with spam > %g\n", in.name, st.Dropped, st.Lines, opt.MaxSpam)
	}
	if st.Skipped > 0 {
		fmt.Fprintf(errw, "unspin: %s: %d of %d documents exceed --max-doc-bytes and were passed through unchanged\n", in.name, st.Skipped, st.Lines)
		status = 1
	}
	if st.Failed > 0 {
		fmt.Fprintf(errw, "unspin: %s: %d of %d lines could not be cleaned and were passed through unchanged\n", in.name, st.Failed, st.Lines)
		status = 1
	}
	return status, nil
}

// prefixed puts the input's name before what jsonl reports.
type prefixed struct {
	w      io.Writer
	prefix string
}

func (p prefixed) Write(b []byte) (int, error) {
	if _, err := io.WriteString(p.w, p.prefix); err != nil {
		return 0, err
	}
	return p.w.Write(b)
}

type unitResult struct {
	rep    unspin.Report
	binary bool
}

// cleanUnit cleans one unit of plain text; one that looks binary is left
// as it is.
func (c *common) cleanUnit(unit string) unitResult {
	runs := unspin.InvalidRuns(unit)
	if looksBinary(unit, runs) {
		return unitResult{unspin.Report{Text: unit, InvalidUTF8: runs}, true}
	}
	return unitResult{rep: c.clean(unit)}
}

func cleanText(cmd *cobra.Command, in input, w io.Writer, co *common, prog *progress) (int, error) {
	var base, invalid, firstInvalid, binary int
	firstInvalid = -1
	work := func(unit string) unitResult {
		res := co.cleanUnit(unit)
		prog.cleaned(res.rep)
		return res
	}
	err := eachUnit(in.r, co.unitBytes, co.workers, work, func(unit string, res unitResult) error {
		if res.binary {
			binary += len(unit)
		} else if len(res.rep.InvalidUTF8) > 0 {
			if firstInvalid < 0 {
				firstInvalid = base + res.rep.InvalidUTF8[0][0]
			}
			invalid += len(res.rep.InvalidUTF8)
		}
		base += len(unit)
		_, err := io.WriteString(w, res.rep.Text)
		return err
	})
	if err != nil {
		return 0, err
	}
	errw := cmd.ErrOrStderr()
	if invalid > 0 {
		fmt.Fprintf(errw, "unspin: %s: %d runs of bytes that are not UTF-8 (first at byte %d) were left as they are\n", in.name, invalid, firstInvalid)
	}
	if binary > 0 {
		fmt.Fprintf(errw, "unspin: %s: %d bytes look like binary data, not text, and were passed through unchanged\n", in.name, binary)
		return 1, nil
	}
	return 0, nil
}

func newCheck() *cobra.Command {
	var co common
	var asJSON bool
	c := &cobra.Command{
		Use:   "check [FILE...]",
		Short: "Report what clean would change; exit 1 if anything, 0 if the text is clean",
		Long: `Report what clean would change in each FILE ("-" or none: standard input), one
line per edit: FILE:LINE:COLUMN: KIND: before → after (reason), and one line
per run of bytes that are not UTF-8. Columns count characters. With --json,
one JSON object per file instead. Exits 1 when it finds anything (obfuscation,
spam, broken layout, bytes that are not UTF-8), 0 when the text is clean, 2 on
error, so it can guard CI jobs and pre-commit hooks.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := co.validate(); err != nil {
				return err
			}
			opens, err := openInputs(cmd, args)
			if err != nil {
				return err
			}
			found := false
			for _, open := range opens {
				in, err := open()
				if err != nil {
					return err
				}
				f, err := checkOne(cmd.OutOrStdout(), in, &co, asJSON)
				if err = errors.Join(err, in.done()); err != nil {
					return err
				}
				found = found || f
			}
			if found {
				return exitError{1}
			}
			return nil
		},
	}
	co.flags(c)
	c.Flags().BoolVar(&asJSON, "json", false, "one JSON object per file: edits with line and column, scores, invalid byte runs")
	return c
}

// show quotes a fragment so invisible and control characters are visible.
func show(s string) string {
	const max = 80
	q := fmt.Sprintf("%+q", s)
	if len(q) > max {
		q = q[:max] + "…\""
	}
	return q
}
