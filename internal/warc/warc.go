// Package warc cleans the text of WARC and WET files: conversion and
// resource records of plain text (WET) as text, response records with HTML
// pages through internal/htmltext. A record that changes becomes a
// conversion record that refers to the original (WARC-Refers-To), with its
// Content-Length and WARC-Block-Digest recomputed; every other record, and
// every record nothing changes, goes out byte for byte, in the input's
// compression (plain, gzip per record, whole-file gzip). Or, with JSONL,
// each text record becomes a JSON line.
//
// Records are cut from the input by read.go; github.com/nlnwa/gowarc reads
// their fields and HTTP blocks and builds the new records (digests,
// record IDs, the version of the input).
package warc

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha1"
	"fmt"
	"io"
	"mime"
	"runtime"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/klauspost/compress/gzip"
	gowarc "github.com/nlnwa/gowarc/v3"
	"golang.org/x/sync/semaphore"

	"github.com/unspin/unspin"
	"github.com/unspin/unspin/internal/dolma"
	"github.com/unspin/unspin/internal/htmltext"
	"github.com/unspin/unspin/internal/jsonl"
	"github.com/unspin/unspin/internal/jsontext"
)

// Options configures Process.
type Options struct {
	// Clean restores one text (default unspin.Clean).
	Clean func(string) unspin.Report
	// Extract turns HTML pages into their main text (htmltext.Extract)
	// before cleaning; otherwise they are cleaned in place.
	Extract bool
	// JSONL writes one JSON line per text record ({"id", "url", "text",
	// "unspin"}) instead of a WARC.
	JSONL bool
	// Explain keeps each edit's reason in JSON reports.
	Explain bool
	// Attributes, when set, receives one Dolma attributes line per text
	// record, in order.
	Attributes io.Writer
	// Workers is how many records are cleaned at once (default: CPUs).
	Workers int
	// Each, when set, is called for every text record, in input order, one
	// call at a time.
	Each func(Doc)
}

// Doc is what became of one text record.
type Doc struct {
	Record int    // the record's number in the file, from 1
	ID     string // WARC-Record-ID
	URL    string // WARC-Target-URI
	// Text is what was cleaned: the record's text, its HTML page (the
	// report's edits are then in offsets of the page) or, with Extract,
	// the page's main text.
	Text   string
	Report unspin.Report
}

// Stats counts what Process did.
type Stats struct {
	Records     int // records read
	Text        int // records with text, cleaned
	Changed     int // text records that changed (written anew as WARC)
	Skipped     int // HTML records left alone: compressed or chunked payloads, not UTF-8
	Compression Compression
}

// Process reads a WARC file from r and writes the cleaned file (or JSON
// lines) to w; with w nil, nothing but Attributes, and reports to Each.
// Records are cleaned on Workers goroutines and written in input order,
// with a bounded number in flight. Once ctx is done, no further record is
// read and Process returns ctx's error.
func Process(ctx context.Context, r io.Reader, w io.Writer, opt Options) (Stats, error) {
	if opt.Clean == nil {
		opt.Clean = unspin.Clean
	}
	if opt.Workers <= 0 {
		opt.Workers = runtime.NumCPU()
	}
	var st Stats
	rd, err := newReader(r)
	if err != nil {
		return st, err
	}
	type job struct {
		rr    rawRecord
		comp  Compression // as known once this record was read
		res   result
		err   error
		ready chan struct{}
	}
	jobs := make(chan *job, opt.Workers)
	order := make(chan *job, 4*opt.Workers)
	stop := make(chan struct{})
	// Records in flight are bounded in bytes too: a file of large records
	// stays within memory (one larger than the budget still passes, alone).
	budget := semaphore.NewWeighted(inFlight)
	ctx, cancel := context.WithCancel(ctx)
	go func() { <-stop; cancel() }()
	go func() {
		defer close(jobs)
		defer close(order)
		for {
			rr, err := rd.next()
			if err == io.EOF {
				return
			}
			if ctx.Err() != nil || budget.Acquire(ctx, rr.size()) != nil {
				return
			}
			j := &job{rr: rr, comp: rd.comp, err: err, ready: make(chan struct{})}
			select {
			case order <- j:
			case <-stop:
				return
			}
			if err != nil {
				close(j.ready)
				return
			}
			jobs <- j
		}
	}()
	var wg sync.WaitGroup
	for range opt.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				if j.rr.plain != nil {
					j.res, j.err = cleanRecord(j.rr.plain, opt, w == nil)
				}
				close(j.ready)
			}
		}()
	}
	fail := func(err error) (Stats, error) {
		// The reader and the workers stop at their next step (the deferred
		// close); the error need not wait for an input that may never end.
		return st, err
	}
	if w == nil {
		w = io.Discard
	}
	bw := bufio.NewWriterSize(w, 1<<20)
	out := &writer{w: bw, jsonl: opt.JSONL}
	defer close(stop)
	for j := range order {
		<-j.ready
		budget.Release(j.rr.size())
		if j.rr.plain != nil {
			st.Records++
		}
		if j.err != nil {
			return fail(fmt.Errorf("record %d: %w", st.Records+b2i(j.rr.plain == nil), j.err))
		}
		st.Compression = j.comp
		res := j.res
		st.Text += b2i(res.text)
		st.Skipped += b2i(res.skipped)
		st.Changed += b2i(res.changed)
		if res.text && opt.Each != nil && res.doc != nil {
			res.doc.Record = st.Records
			opt.Each(*res.doc)
		}
		if res.text && opt.Attributes != nil {
			if _, err := opt.Attributes.Write(res.attributes); err != nil {
				return fail(fmt.Errorf("attributes: %w", err))
			}
		}
		if err := out.write(j.comp, j.rr, res); err != nil {
			return fail(err)
		}
	}
	wg.Wait()
	if err := out.close(); err != nil {
		return st, err
	}
	if err := bw.Flush(); err != nil {
		return st, err
	}
	return st, ctx.Err()
}

// inFlight is the budget of record bytes read and not yet written.
const inFlight = 64 << 20

func (rr rawRecord) size() int64 {
	return min(int64(len(rr.plain)+len(rr.member)+len(rr.junk)), inFlight)
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// result is what became of one record.
type result struct {
	text, skipped bool
	changed       bool   // the record's text changed (or became the page's main text)
	record        []byte // the new record; nil: the record goes out as it came
	line          []byte // the JSON line, with Options.JSONL
	attributes    []byte
	doc           *Doc // with Options.Each
}

// cleanRecord cleans one record's text, if it has any; with reportOnly,
// no record or line is built.
func cleanRecord(plain []byte, opt Options, reportOnly bool) (result, error) {
	rec, _, _, err := newUnmarshaler().Unmarshal(bufio.NewReader(bytes.NewReader(plain)))
	if err != nil {
		return result{}, fmt.Errorf("not a WARC record gowarc reads: %w", err)
	}
	defer rec.Close()
	h := rec.WarcHeader()
	ctype := h.Get(gowarc.ContentType)
	var text string
	html := false
	switch t := rec.Type(); {
	case (t == gowarc.Conversion || t == gowarc.Resource) && mediaType(ctype) == "text/plain":
		b, err := blockBytes(rec)
		if err != nil {
			return result{}, err
		}
		text = string(b)
	case (t == gowarc.Resource || t == gowarc.Conversion) && isHTML(ctype):
		b, err := blockBytes(rec)
		if err != nil {
			return result{}, err
		}
		text, html = string(b), true
	case t == gowarc.Response:
		blk, ok := rec.Block().(gowarc.HttpResponseBlock)
		if !ok || blk.HttpHeader() == nil || !isHTML(blk.HttpHeader().Get("Content-Type")) {
			return result{}, nil
		}
		hh := blk.HttpHeader()
		if enc := hh.Get("Content-Encoding"); enc != "" && enc != "identity" || hh.Get("Transfer-Encoding") != "" {
			return result{skipped: true}, nil // bytes on the wire, not the page
		}
		pr, err := blk.PayloadBytes()
		if err != nil {
			return result{}, err
		}
		b, err := io.ReadAll(pr)
		if err != nil {
			return result{}, err
		}
		if !utf8.Valid(b) {
			return result{skipped: true}, nil // another charset: not edited in place
		}
		text, html, ctype = string(b), true, hh.Get("Content-Type")
	default:
		return result{}, nil
	}

	res := result{text: true}
	id, url := h.Get(gowarc.WarcRecordID), h.Get(gowarc.WarcTargetURI)
	if rec.RecordId() == "" && !opt.JSONL {
		return result{skipped: true}, nil // a new record could not say which it replaces
	}
	var rep unspin.Report
	var out, outType string
	switch {
	case html && opt.Extract:
		text, err = htmltext.Extract([]byte(text), url)
		if err != nil {
			return result{skipped: true}, nil
		}
		rep = opt.Clean(text)
		out, outType = rep.Text, "text/plain; charset=utf-8"
		// The page became text: a new record even where nothing changed.
		res.changed = true
		if !reportOnly && !opt.JSONL {
			res.record, err = build(rec, out, outType)
		}
	case html:
		page := htmltext.Inplace([]byte(text), opt.Clean)
		rep = page.Report
		rep.Edits, rep.Suspects, rep.Text = page.Edits, nil, string(page.Page)
		out, outType = rep.Text, ctype
	default:
		rep = opt.Clean(text)
		out, outType = rep.Text, ctype
	}
	if err != nil {
		return result{}, err
	}
	if len(rep.Edits) > 0 && !res.changed {
		res.changed = true
		if !reportOnly && !opt.JSONL {
			if res.record, err = build(rec, out, outType); err != nil {
				return result{}, err
			}
		}
	}
	if opt.Attributes != nil {
		res.attributes = dolma.Line(jsontext.AppendString(nil, id), text, &rep)
	}
	if opt.Each != nil {
		res.doc = &Doc{ID: id, URL: url, Text: text, Report: rep}
	}
	if opt.JSONL && !reportOnly {
		// Written by hand: the text keeps bytes that are not UTF-8, which
		// encoding/json would replace.
		line := append([]byte(`{"id":`), jsontext.AppendString(nil, id)...)
		line = append(append(line, `,"url":`...), jsontext.AppendString(nil, url)...)
		line = append(append(line, `,"text":`...), jsontext.AppendString(nil, out)...)
		line = append(line, `,"unspin":`...)
		line = jsonl.AppendReport(line, rep, opt.Explain)
		res.line = append(line, "}\n"...)
	}
	return res, nil
}

func blockBytes(rec gowarc.WarcRecord) ([]byte, error) {
	r, err := rec.Block().RawBytes()
	if err != nil {
		return nil, err
	}
	return io.ReadAll(r)
}

func mediaType(ctype string) string {
	mt, _, err := mime.ParseMediaType(ctype)
	if err != nil {
		return strings.ToLower(strings.TrimSpace(strings.Split(ctype, ";")[0]))
	}
	return mt
}

func isHTML(ctype string) bool {
	mt := mediaType(ctype)
	return mt == "text/html" || mt == "application/xhtml+xml"
}

// optionsMu serialises gowarc's option constructors, which all write one
// global (uuid.EnableRandPool) and so race when records are read or built
// on several goroutines at once.
var optionsMu sync.Mutex

func newUnmarshaler() gowarc.Unmarshaler {
	optionsMu.Lock()
	defer optionsMu.Unlock()
	return gowarc.NewUnmarshaler()
}

// dropped are the fields of the original that do not describe the new
// record: it has its own length, digests, ID and type, and it refers to
// the original instead of what the original referred to.
var dropped = map[string]bool{
	gowarc.ContentLength: true, gowarc.WarcBlockDigest: true, gowarc.WarcPayloadDigest: true,
	gowarc.WarcRecordID: true, gowarc.WarcType: true, gowarc.WarcRefersTo: true, gowarc.ContentType: true,
	gowarc.WarcConcurrentTo: true, gowarc.WarcIPAddress: true, gowarc.WarcIdentifiedPayloadType: true,
	gowarc.WarcSegmentNumber: true, gowarc.WarcSegmentOriginID: true, gowarc.WarcSegmentTotalLength: true,
}

// build writes a conversion record with block that refers to orig. Its ID
// is derived from the original's and the block, so that a run gives the
// same bytes every time (and on every worker of a cluster).
func build(orig gowarc.WarcRecord, block, ctype string) ([]byte, error) {
	sum := sha1.Sum([]byte(orig.RecordId() + "\x00" + block))
	sum[6] = sum[6]&0x0f | 0x50 // a name-based (version 5) UUID
	sum[8] = sum[8]&0x3f | 0x80
	id := fmt.Sprintf("urn:uuid:%x-%x-%x-%x-%x", sum[0:4], sum[4:6], sum[6:8], sum[8:10], sum[10:16])
	optionsMu.Lock()
	b := gowarc.NewRecordBuilder(gowarc.Conversion,
		gowarc.WithVersion(orig.Version()),
		gowarc.WithAddMissingDigest(true),
		gowarc.WithDefaultDigestAlgorithm("sha1"), // sha1:BASE32, as Common Crawl writes them
		gowarc.WithRecordIdFunc(func() (string, error) { return id, nil }))
	optionsMu.Unlock()
	for _, f := range *orig.WarcHeader() {
		if !dropped[f.Name] {
			b.AddWarcHeader(f.Name, f.Value)
		}
	}
	b.AddWarcHeader(gowarc.ContentType, ctype)
	b.AddWarcHeader(gowarc.WarcRefersTo, "<"+orig.RecordId()+">")
	if _, err := b.WriteString(block); err != nil {
		return nil, err
	}
	rec, _, err := b.Build()
	if err != nil {
		return nil, err
	}
	defer rec.Close()
	var buf bytes.Buffer
	if _, _, err := gowarc.NewMarshaler().Marshal(&buf, rec, 0); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// writer writes records in the input's compression.
type writer struct {
	w     io.Writer
	jsonl bool
	whole *gzip.Writer // the output stream of a whole-file gzip input
	gz    *gzip.Writer // reused for each member of a per-record gzip output
}

func (o *writer) write(comp Compression, rr rawRecord, res result) error {
	if o.jsonl {
		if res.line == nil {
			return nil
		}
		_, err := o.w.Write(res.line)
		return err
	}
	body := rr.plain
	if res.record != nil {
		body = res.record
	}
	switch {
	case comp == WholeFile:
		if o.whole == nil {
			o.whole = gzip.NewWriter(o.w)
		}
		if _, err := o.whole.Write(rr.junk); err != nil {
			return err
		}
		_, err := o.whole.Write(body)
		return err
	case comp == PerRecord:
		if len(rr.junk) > 0 {
			if err := o.member(rr.junk); err != nil {
				return err
			}
		}
		if res.record == nil && rr.member != nil {
			_, err := o.w.Write(rr.member) // as it was compressed
			return err
		}
		if body == nil {
			return nil
		}
		return o.member(body)
	}
	if _, err := o.w.Write(rr.junk); err != nil {
		return err
	}
	_, err := o.w.Write(body)
	return err
}

// member writes b as a gzip member of its own.
func (o *writer) member(b []byte) error {
	if o.gz == nil {
		o.gz = gzip.NewWriter(o.w)
	} else {
		o.gz.Reset(o.w)
	}
	if _, err := o.gz.Write(b); err != nil {
		return err
	}
	return o.gz.Close()
}

func (o *writer) close() error {
	if o.whole != nil {
		return o.whole.Close()
	}
	return nil
}
