package corpus

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/tidwall/gjson"

	"github.com/unspin/unspin"
	"github.com/unspin/unspin/internal/dolma"
	"github.com/unspin/unspin/internal/htmltext"
	"github.com/unspin/unspin/internal/jsonl"
	"github.com/unspin/unspin/internal/jsontext"
	"github.com/unspin/unspin/internal/say"
	"github.com/unspin/unspin/internal/warc"
)

// JSONL cleans JSON Lines: in each line that is a JSON object with a string
// Field, the text is restored in place and an "unspin" object with the
// report is added before the closing brace; every other byte of the line
// is kept. A line that is not such an object, or whose text is over
// MaxDocBytes, is written unchanged and reported (Stats.Failed,
// Stats.TooLarge, Document.Err); blank lines and a byte-order mark are
// kept. Once ctx is done no further line is read, and JSONL returns ctx's
// error.
func JSONL(ctx context.Context, w io.Writer, r io.Reader, opt Options) (Stats, error) {
	var st Stats
	maxSpam := -1.0
	if opt.MaxSpam > 0 {
		maxSpam = opt.MaxSpam
	}
	each := func(d jsonl.Doc) {
		st.count(d.Report)
		if opt.OnDocument != nil {
			opt.OnDocument(Document{Number: d.Line, ID: idString(d.ID), Text: d.Text, Report: d.Report,
				Dropped: d.Dropped, Err: d.Err, Note: d.Note})
		}
	}
	js, err := jsonl.Process(ctx, r, w, jsonl.Options{MaxSpam: maxSpam, Workers: opt.workers(), Clean: opt.cleaner(),
		Field: opt.Field, MaxDocBytes: opt.MaxDocBytes, Explain: opt.Explain, Attributes: opt.Attributes,
		FlushIdle: opt.FlushIdle, Each: each})
	st.Documents, st.Failed, st.TooLarge, st.Dropped = js.Lines, js.Failed, js.Skipped, js.Dropped
	return st, err
}

// idString is an id as a person reads it: a string's value, other JSON as
// it stands.
func idString(raw json.RawMessage) string {
	if len(raw) > 0 && raw[0] == '"' {
		if s := raw[1 : len(raw)-1]; bytes.IndexByte(s, '\\') < 0 {
			return string(s) // nothing to unescape: the value is the bytes between the quotes
		}
		return gjson.ParseBytes(raw).String()
	}
	return string(raw)
}

// WARC cleans a WARC or WET file, plain or gzipped (per record or whole):
// conversion and resource records of text/plain as text, HTML pages (in
// response, resource and conversion records) in place or, with
// ExtractHTML, as their main text. A record that changes becomes a
// conversion record that refers to the original (WARC-Refers-To), with a
// new Content-Length, WARC-Block-Digest and a record ID derived from the
// original's; every other record goes out byte for byte, in the input's
// compression. With WARCToJSONL, each text record becomes a JSON line
// instead.
func WARC(ctx context.Context, w io.Writer, r io.Reader, opt Options) (Stats, error) {
	var st Stats
	each := func(d warc.Doc) {
		st.count(&d.Report)
		if opt.OnDocument != nil {
			opt.OnDocument(Document{Number: d.Record, ID: d.ID, URL: d.URL, Text: d.Text, Report: &d.Report})
		}
	}
	ws, err := warc.Process(ctx, r, w, warc.Options{Clean: opt.cleaner(), Extract: opt.ExtractHTML,
		JSONL: opt.WARCToJSONL, Explain: opt.Explain, Attributes: opt.Attributes, Workers: opt.workers(), Each: each})
	st.Documents, st.Records, st.Skipped = ws.Text, ws.Records, ws.Skipped
	return st, err
}

// HTML cleans one HTML page, read whole (up to MaxDocBytes): in place by
// default, where only text nodes and the alt, title, aria-label and
// placeholder values change, entities stay entities, scripts, styles and
// comments are left alone and every byte of markup is kept (an edit that
// would change markup is not made); or, with ExtractHTML, as its main
// content in plain text. The Document's edits are in offsets of the page
// (of the main text, with ExtractHTML).
func HTML(ctx context.Context, w io.Writer, r io.Reader, opt Options) (Stats, error) {
	var st Stats
	page, err := readCapped(r, opt.MaxDocBytes)
	if errors.Is(err, ErrTooLarge) {
		st.Documents, st.TooLarge = 1, 1
		if opt.OnDocument != nil {
			opt.OnDocument(Document{Number: 1, Err: err})
		}
		if opt.Attributes != nil {
			if _, err := opt.Attributes.Write(dolma.Line(opt.nameJSON(), "", nil)); err != nil {
				return st, err
			}
		}
		if w == nil {
			return st, nil
		}
		// Passed through: what was read, then the rest.
		if _, err := w.Write(page); err != nil {
			return st, err
		}
		_, err = io.Copy(w, r)
		return st, err
	}
	if err != nil {
		return st, err
	}
	if err := ctx.Err(); err != nil {
		return st, err
	}
	st.Documents = 1
	var doc Document
	var out []byte
	if opt.ExtractHTML {
		text, err := htmltext.Extract(page, "")
		if err != nil {
			return st, err
		}
		rep := opt.cleaner()(text)
		doc = Document{Number: 1, Text: text, Report: &rep}
		out = []byte(rep.Text)
	} else {
		res := htmltext.Inplace(page, opt.cleaner())
		rep := res.Report
		rep.Text, rep.Edits, rep.Suspects, rep.InvalidUTF8 = string(res.Page), res.Edits, nil, unspin.InvalidRuns(string(page))
		if rep.Edits == nil {
			rep.Edits = []unspin.Edit{}
		}
		doc = Document{Number: 1, Text: string(page), Report: &rep}
		if n := len(res.Unapplied) + len(res.Refused); n > 0 {
			doc.Note = say.Plural(n, "edit") + " of the text would need the markup changed: not made"
		}
		out = res.Page
	}
	st.count(doc.Report)
	if opt.OnDocument != nil {
		opt.OnDocument(doc)
	}
	if opt.Attributes != nil {
		if _, err := opt.Attributes.Write(dolma.Line(opt.nameJSON(), doc.Text, doc.Report)); err != nil {
			return st, err
		}
	}
	if w != nil {
		_, err = w.Write(out)
	}
	return st, err
}

// readCapped reads r whole; past max bytes (above 0) it stops and returns
// what it read with ErrTooLarge.
func readCapped(r io.Reader, max int) ([]byte, error) {
	if max <= 0 {
		return io.ReadAll(r)
	}
	b, err := io.ReadAll(io.LimitReader(r, int64(max)+1))
	if err == nil && len(b) > max {
		return b, fmt.Errorf("%w: a page of more than %d bytes", ErrTooLarge, max)
	}
	return b, err
}

func (o Options) nameJSON() json.RawMessage {
	if o.Name == "" {
		return nil
	}
	return jsontext.AppendString(nil, o.Name)
}
