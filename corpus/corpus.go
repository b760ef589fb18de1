// Package corpus cleans documents in the forms corpora come in: JSON Lines,
// WARC and WET files, HTML pages and plain text of any size, read from an
// io.Reader and written to an io.Writer as they stream through.
//
//	c := unspin.NewCleaner(unspin.Options{})
//	st, err := corpus.JSONL(ctx, os.Stdout, os.Stdin, corpus.Options{Cleaner: c, MaxSpam: 0.5})
//
// Every byte that no edit touches is written as it came: the other fields
// of a JSON line, escapes included; the markup of a page; a WARC record
// nothing changed, its gzip member included. Documents are cleaned on
// several goroutines and written in input order, with a bounded number in
// flight, so memory stays flat whatever the input's size. A nil writer
// writes nothing: the documents are only reported, to Options.OnDocument
// and Options.Attributes (this is how `unspin check` and `unspin tag`
// work).
//
// The unspin command, its HTTP service and the Beam pipeline all clean
// through this package.
package corpus

import (
	"errors"
	"io"
	"runtime"

	"github.com/unspin/unspin"
	"github.com/unspin/unspin/internal/jsonl"
)

// A Cleaner cleans one text; *unspin.Cleaner is one. Its Clean is called
// from several goroutines at once.
type Cleaner interface {
	Clean(text string) unspin.Report
}

// Options configures a run. The zero value cleans with unspin's defaults,
// on every CPU, keeping every document.
type Options struct {
	// Cleaner cleans each text (default: unspin.NewCleaner(unspin.Options{})).
	Cleaner Cleaner
	// Workers is how many documents (units of plain text, WARC records)
	// are cleaned at once (default: GOMAXPROCS).
	Workers int
	// Field is the JSON Lines field cleaned (default "text").
	Field string
	// MaxDocBytes: a document longer than this many bytes (a JSON Lines
	// text, an HTML page) passes through unchanged and is counted in
	// Stats.TooLarge (0: no cap).
	MaxDocBytes int
	// MaxSpam, above 0, leaves out JSON Lines documents whose spam score is
	// above it (0.5 is the spam model's cut); 0 keeps every document.
	MaxSpam float64
	// Explain puts each edit's reason into the JSON reports.
	Explain bool
	// Attributes, when set, receives Dolma attributes: one line per JSON
	// Lines document (every line but blank ones), per WARC text record,
	// per page and per plain-text stream, offsets in code points.
	Attributes io.Writer
	// Name is the id written in the attributes line of a page or a
	// plain-text stream (JSON Lines and WARC documents have their own).
	Name string
	// ExtractHTML turns HTML pages (and WARC HTML responses) into their main
	// content as plain text (Mozilla's Readability), then cleans it;
	// otherwise pages are cleaned in place, their markup kept byte for byte.
	ExtractHTML bool
	// WARCToJSONL writes each text record of a WARC as a JSON line
	// {"id", "url", "text", "unspin"} instead of a WARC (with ExtractHTML,
	// pages become their text there too).
	WARCToJSONL bool
	// UnitBytes: plain text is cleaned in units of at most this many bytes,
	// cut at paragraph breaks (default 256 KiB).
	UnitBytes int
	// FlushIdle writes JSON Lines out whenever no further line is ready
	// (and calls the writer's Flush, as an http.ResponseWriter has), for a
	// reader that waits on each line.
	FlushIdle bool
	// OnDocument, when set, is called for every document, in input order,
	// one call at a time, once it is done.
	OnDocument func(Document)
}

// DefaultUnitBytes is the unit of plain text when Options leave it at 0.
const DefaultUnitBytes = 256 << 10

func (o Options) cleaner() func(string) unspin.Report {
	if o.Cleaner == nil {
		return unspin.NewCleaner(unspin.Options{}).Clean
	}
	return o.Cleaner.Clean
}

func (o Options) workers() int {
	if o.Workers <= 0 {
		return runtime.GOMAXPROCS(0)
	}
	return o.Workers
}

// Document is what became of one document.
type Document struct {
	// Number counts from 1: the line of a JSON Lines stream, the record
	// of a WARC file (every record counts), the unit of plain text; a page
	// is 1.
	Number int
	// Offset is where Text starts in a plain-text stream, which is cleaned
	// in units; Line is the line it starts on, from 1.
	Offset int64
	Line   int
	// ID is a JSON line's "id" (a string's value; other values as JSON)
	// or a WARC record's WARC-Record-ID.
	ID string
	// URL is a WARC record's WARC-Target-URI.
	URL string
	// Text is what was cleaned: the JSON line's field, the record's text
	// or HTML page, the page (or its main text), the unit of plain text.
	Text string
	// Report is the cleaner's, its edits in byte offsets of Text (of the
	// page, for a page cleaned in place); nil where the document passed
	// through unchanged (Err says why).
	Report *unspin.Report
	// Dropped: over MaxSpam, left out of the output.
	Dropped bool
	// Err says why the document passed through unchanged: ErrTooLarge,
	// ErrBinary, or what kept a JSON line from being a document.
	Err error
	// Note is a remark on a document that was cleaned ("2 "text" fields").
	Note string
}

// ErrTooLarge is why a document over Options.MaxDocBytes passed through.
var ErrTooLarge = jsonl.ErrTooLarge

// ErrBinary is why plain text that looks binary (NUL bytes, or a third of
// it not UTF-8) passed through.
var ErrBinary = errors.New("looks like binary data, not text")

// Stats counts what a run did.
type Stats struct {
	Documents int // documents read: JSON lines but blank ones, WARC text records, pages; a plain-text stream is one
	Changed   int // documents with at least one edit
	Edits     int // edits made
	Failed    int // JSON lines that are no document with a string field: passed through unchanged
	TooLarge  int // documents over MaxDocBytes: passed through unchanged
	Dropped   int // JSON Lines documents over MaxSpam: left out
	Records   int // WARC: records read
	Skipped   int // WARC: HTML records left alone (compressed or chunked payloads, not UTF-8)
	// Plain text: lines of valid JSON (objects or arrays) left as they
	// were, since cleaning them as text would have broken them.
	KeptJSON int
	// Plain text: runs of bytes that are not UTF-8 (passed through; the
	// first at byte FirstInvalid), and bytes that look binary.
	InvalidRuns  int
	FirstInvalid int64
	Binary       int64
}

func (st *Stats) count(rep *unspin.Report) {
	if rep == nil {
		return
	}
	st.Edits += len(rep.Edits)
	if len(rep.Edits) > 0 {
		st.Changed++
	}
}

// CleanerFunc makes a function a Cleaner.
type CleanerFunc func(text string) unspin.Report

// Clean calls f.
func (f CleanerFunc) Clean(text string) unspin.Report { return f(text) }
