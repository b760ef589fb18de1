package warc

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha1"
	"encoding/base32"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"testing"

	gowarc "github.com/nlnwa/gowarc/v3"

	"github.com/unspin/unspin"
	"github.com/unspin/unspin/internal/htmltext"
)

// devTexts returns n texts of the dev set (spun and clean Brown, UDHR).
func devTexts(t testing.TB, n int) []string {
	t.Helper()
	var out []string
	for _, name := range []string{"brown", "udhr"} {
		f, err := os.Open("../../testdata/dev/" + name + ".jsonl")
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<24)
		for k := 0; k < n/2 && sc.Scan(); k++ {
			var d struct{ Text string }
			json.Unmarshal(sc.Bytes(), &d)
			out = append(out, d.Text)
		}
		f.Close()
	}
	return out
}

type spec struct {
	typ     gowarc.RecordType
	ctype   string
	uri     string
	block   string
	payload string // for responses, the page (the block is HTTP)
}

// buildFile writes records as a WARC file in comp.
func buildFile(t testing.TB, records []spec, comp Compression) []byte {
	t.Helper()
	var plain [][]byte
	for i, s := range records {
		b := gowarc.NewRecordBuilder(s.typ, gowarc.WithAddMissingDigest(true), gowarc.WithDefaultDigestAlgorithm("sha1"),
			gowarc.WithRecordIdFunc(func() (string, error) { return fmt.Sprintf("urn:uuid:00000000-0000-4000-8000-%012d", i), nil }))
		b.AddWarcHeader(gowarc.WarcDate, "2024-01-02T03:04:05Z")
		if s.uri != "" {
			b.AddWarcHeader(gowarc.WarcTargetURI, s.uri)
		}
		b.AddWarcHeader(gowarc.ContentType, s.ctype)
		b.WriteString(s.block)
		rec, _, err := b.Build()
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if _, _, err := gowarc.NewMarshaler().Marshal(&buf, rec, 0); err != nil {
			t.Fatal(err)
		}
		rec.Close()
		plain = append(plain, buf.Bytes())
	}
	var out bytes.Buffer
	switch comp {
	case Plain:
		out.Write(bytes.Join(plain, nil))
	case PerRecord:
		for _, p := range plain {
			zw := gzip.NewWriter(&out)
			zw.Write(p)
			zw.Close()
		}
	case WholeFile:
		zw := gzip.NewWriter(&out)
		zw.Write(bytes.Join(plain, nil))
		zw.Close()
	}
	return out.Bytes()
}

func httpResponse(ctype, body string, extra string) string {
	return "HTTP/1.1 200 OK\r\nContent-Type: " + ctype + "\r\n" + extra + "Content-Length: " + strconv.Itoa(len(body)) + "\r\n\r\n" + body
}

// corpus is a WET part (dev texts as conversion records) and a WARC part
// (HTML responses, a request, an image, metadata), with a warcinfo first.
func corpus(t testing.TB) []spec {
	texts := devTexts(t, 24)
	recs := []spec{{typ: gowarc.Warcinfo, ctype: "application/warc-fields", block: "software: unspin test\r\nformat: WARC File Format 1.1\r\n"}}
	for i, text := range texts {
		recs = append(recs, spec{typ: gowarc.Conversion, ctype: "text/plain", uri: fmt.Sprintf("https://example.com/wet/%d", i), block: text})
	}
	for i, text := range texts[:6] {
		page := "<!DOCTYPE html><html><head><title>Page " + strconv.Itoa(i) + "</title><script>var x = 1 < 2;</script></head><body><article>"
		for _, p := range strings.Split(text, "\n\n") {
			page += "<p>" + strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(p) + "</p>\n"
		}
		page += "</article><footer><a href=/>Home</a></footer></body></html>"
		uri := fmt.Sprintf("https://example.com/page/%d", i)
		recs = append(recs,
			spec{typ: gowarc.Request, ctype: "application/http;msgtype=request", uri: uri, block: "GET /page HTTP/1.1\r\nHost: example.com\r\n\r\n"},
			spec{typ: gowarc.Response, ctype: "application/http;msgtype=response", uri: uri, block: httpResponse("text/html; charset=utf-8", page, ""), payload: page})
	}
	png := "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01"
	recs = append(recs,
		spec{typ: gowarc.Response, ctype: "application/http;msgtype=response", uri: "https://example.com/x.png", block: httpResponse("image/png", png, "")},
		spec{typ: gowarc.Response, ctype: "application/http;msgtype=response", uri: "https://example.com/z", block: httpResponse("text/html", "<p>Russ\u0456an</p>", "Content-Encoding: gzip\r\n")},
		spec{typ: gowarc.Metadata, ctype: "application/warc-fields", uri: "https://example.com/page/0", block: "fetchTimeMs: 12\r\n"})
	return recs
}

// specRecord is a record as the WARC 1.1 specification defines it, read
// without gowarc: the version line, named fields, the block.
type specRecord struct {
	version string
	fields  map[string]string
	block   []byte
	raw     []byte
}

// readSpec reads a whole (uncompressed) WARC file by the specification,
// checking every block digest.
func readSpec(t *testing.T, data []byte) []specRecord {
	t.Helper()
	var out []specRecord
	for len(data) > 0 {
		start := data
		line, rest, ok := bytes.Cut(data, []byte("\r\n"))
		if !ok || !bytes.HasPrefix(line, []byte("WARC/1.")) {
			t.Fatalf("record %d: version line %q", len(out), line)
		}
		r := specRecord{version: string(line), fields: map[string]string{}}
		data = rest
		for {
			line, rest, ok = bytes.Cut(data, []byte("\r\n"))
			if !ok {
				t.Fatalf("record %d: header without its end", len(out))
			}
			data = rest
			if len(line) == 0 {
				break
			}
			name, value, ok := bytes.Cut(line, []byte(":"))
			if !ok {
				t.Fatalf("record %d: field %q", len(out), line)
			}
			r.fields[strings.ToLower(string(name))] = string(bytes.TrimSpace(value))
		}
		n, err := strconv.Atoi(r.fields["content-length"])
		if err != nil || n > len(data) {
			t.Fatalf("record %d: Content-Length %q", len(out), r.fields["content-length"])
		}
		r.block, data = data[:n], data[n:]
		if !bytes.HasPrefix(data, []byte("\r\n\r\n")) {
			t.Fatalf("record %d: block not followed by CRLF CRLF", len(out))
		}
		data = data[4:]
		r.raw = start[:len(start)-len(data)]
		if d := r.fields["warc-block-digest"]; d != "" {
			sum := sha1.Sum(r.block)
			if want := "sha1:" + base32.StdEncoding.EncodeToString(sum[:]); d != want {
				t.Fatalf("record %d: WARC-Block-Digest %s, the block's is %s", len(out), d, want)
			}
		}
		out = append(out, r)
	}
	return out
}

func gunzip(t *testing.T, b []byte) []byte {
	t.Helper()
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	out, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestProcess: for each compression, the cleaned file parses with gowarc
// and by the specification, has as many records, valid digests, each
// changed record a conversion of its original (WARC-Refers-To) whose text
// is what unspin makes of that record alone, and every other record as
// it came.
func TestProcess(t *testing.T) {
	recs := corpus(t)
	for _, comp := range []Compression{Plain, PerRecord, WholeFile} {
		t.Run(comp.String(), func(t *testing.T) {
			in := buildFile(t, recs, comp)
			var out bytes.Buffer
			st, err := Process(context.Background(), bytes.NewReader(in), &out, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if st.Compression != comp || st.Records != len(recs) || st.Text != 24+6 || st.Skipped != 1 || st.Changed == 0 {
				t.Fatalf("stats %+v", st)
			}
			inPlain, outPlain := in, out.Bytes()
			if comp != Plain {
				inPlain, outPlain = gunzip(t, in), gunzip(t, out.Bytes())
			}
			before, after := readSpec(t, inPlain), readSpec(t, outPlain)
			if len(after) != len(before) {
				t.Fatalf("%d records, input %d", len(after), len(before))
			}
			changed := 0
			for i, a := range after {
				b, s := before[i], recs[i]
				if bytes.Equal(a.raw, b.raw) {
					continue
				}
				changed++
				if a.fields["warc-type"] != "conversion" || a.fields["warc-refers-to"] != b.fields["warc-record-id"] ||
					a.fields["warc-target-uri"] != b.fields["warc-target-uri"] || a.version != b.version {
					t.Fatalf("record %d: fields %v", i, a.fields)
				}
				var want string
				switch s.typ {
				case gowarc.Conversion:
					want = unspin.Clean(s.block).Text
				case gowarc.Response:
					want = string(htmltext.Inplace([]byte(s.payload), unspin.Clean).Page)
				default:
					t.Fatalf("record %d (%s) changed", i, s.typ)
				}
				if string(a.block) != want {
					t.Fatalf("record %d: text differs from unspin's on the record alone", i)
				}
			}
			if changed != st.Changed {
				t.Fatalf("%d records differ, %d said changed", changed, st.Changed)
			}
			// gowarc reads it too, without a complaint.
			r, err := gowarc.NewWarcFileReaderFromStream(bytes.NewReader(out.Bytes()), 0)
			if err != nil {
				t.Fatal(err)
			}
			n := 0
			for rec, err := range r.Records() {
				if err != nil {
					t.Fatal(err)
				}
				if len(rec.Validation) > 0 {
					t.Fatalf("gowarc on record %d: %v", n, rec.Validation)
				}
				rec.Close()
				n++
			}
			if comp != WholeFile && n != len(recs) { // gowarc reads a whole-file gzip as one record
				t.Fatalf("gowarc read %d records", n)
			}
			if comp == PerRecord {
				// Members nothing changed are the input's, byte for byte.
				for i := range recs {
					if !bytes.Contains(out.Bytes(), memberOf(t, in, i)) && before[i].raw != nil && bytes.Equal(after[i].raw, before[i].raw) {
						t.Fatalf("record %d: unchanged, but its gzip member is not the input's", i)
					}
				}
			}
			// Cleaning the output changes nothing more.
			var again bytes.Buffer
			if st, err := Process(context.Background(), bytes.NewReader(out.Bytes()), &again, Options{}); err != nil || st.Changed != 0 || !bytes.Equal(again.Bytes(), out.Bytes()) {
				t.Fatalf("second run: %+v %v", st, err)
			}
		})
	}
}

// memberOf returns the i-th gzip member of a per-record file.
func memberOf(t *testing.T, file []byte, i int) []byte {
	rd, err := newReader(bytes.NewReader(file))
	if err != nil {
		t.Fatal(err)
	}
	for k := 0; ; k++ {
		rr, err := rd.next()
		if err != nil {
			t.Fatal(err)
		}
		if k == i {
			return rr.member
		}
	}
}

func TestJSONL(t *testing.T) {
	recs := corpus(t)
	in := buildFile(t, recs, PerRecord)
	var out, attrs bytes.Buffer
	st, err := Process(context.Background(), bytes.NewReader(in), &out, Options{JSONL: true, Extract: true, Attributes: &attrs})
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	if len(lines) != st.Text || st.Text != 30 || strings.Count(attrs.String(), "\n") != st.Text {
		t.Fatalf("%d lines, %d attribute lines for %d text records", len(lines), strings.Count(attrs.String(), "\n"), st.Text)
	}
	for i, l := range lines[:24] {
		var d struct {
			ID, URL, Text string
			Unspin        unspin.Report
		}
		if err := json.Unmarshal([]byte(l), &d); err != nil {
			t.Fatal(err)
		}
		if d.ID != fmt.Sprintf("<urn:uuid:00000000-0000-4000-8000-%012d>", i+1) || d.URL != recs[i+1].uri || d.Text != unspin.Clean(recs[i+1].block).Text {
			t.Fatalf("line %d: %.200s", i, l)
		}
	}
	var page struct{ Text string }
	json.Unmarshal([]byte(lines[24]), &page)
	if !strings.HasPrefix(page.Text, "Page 0\n\n") || strings.Contains(page.Text, "<p>") || strings.Contains(page.Text, "Home") {
		t.Fatalf("extracted page: %.300q", page.Text)
	}
}

func TestIsWARC(t *testing.T) {
	recs := corpus(t)[:2]
	for _, comp := range []Compression{Plain, PerRecord, WholeFile} {
		f := buildFile(t, recs, comp)
		if !IsWARC(f[:min(len(f), 4096)]) {
			t.Errorf("%s: not seen as WARC", comp)
		}
	}
	for _, s := range []string{"", "WARC", "{\"text\": 1}", "\x1f\x8b"} {
		if IsWARC([]byte(s)) {
			t.Errorf("%q seen as WARC", s)
		}
	}
}

func TestBadInput(t *testing.T) {
	for _, in := range []string{
		"WARC/1.1\r\nWARC-Type: resource\r\n\r\n",                          // no Content-Length
		"WARC/1.1\r\nContent-Length: 100\r\nWARC-Type: resource\r\n\r\nab", // cut short
		"WARC/1.1\r\nContent-Length: x\r\n\r\n",
		"\x1f\x8b\x08\x00garbage",
	} {
		if _, err := Process(context.Background(), strings.NewReader(in), io.Discard, Options{}); err == nil {
			t.Errorf("%q: no error", in)
		}
	}
}

func gzipOf(b string) string {
	var out bytes.Buffer
	zw := gzip.NewWriter(&out)
	zw.Write([]byte(b))
	zw.Close()
	return out.String()
}

func wet(id, text string) string {
	return fmt.Sprintf("WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Record-ID: <urn:uuid:%s>\r\nContent-Type: text/plain\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", id, len(text), text)
}

// TestOddFiles: what real files hold besides clean records.
func TestOddFiles(t *testing.T) {
	a, b := wet("a", "The Russ\u0456an embassy"), wet("b", "Plain text.")
	for _, tc := range []struct {
		name, in string
		records  int
		comp     Compression
	}{
		{"an empty gzip member between records", gzipOf(a) + gzipOf("") + gzipOf(b), 2, PerRecord},
		{"members with a blank line after the record", gzipOf(a+"\r\n") + gzipOf(b+"\r\n"), 2, PerRecord},
		{"blank lines and junk between records", a + "\r\n\r\njunk line\n" + b, 2, Plain},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out bytes.Buffer
			st, err := Process(context.Background(), strings.NewReader(tc.in), &out, Options{})
			if err != nil || st.Records != tc.records || st.Compression != tc.comp || st.Changed != 1 {
				t.Fatalf("%+v %v", st, err)
			}
			if tc.comp == PerRecord && !strings.Contains(out.String(), gzipOf(b+"\r\n")) && !strings.Contains(out.String(), gzipOf(b)) {
				t.Fatal("the unchanged record's member is not the input's")
			}
			if tc.comp == Plain && !strings.HasSuffix(out.String(), "junk line\n"+b) {
				t.Fatalf("junk or the unchanged record not kept: %q", out.String())
			}
		})
	}
	for _, tc := range []struct{ name, in, says string }{
		{"two Content-Lengths", "WARC/1.0\r\nContent-Length: 4\r\nContent-Length: 40\r\n\r\nabcd\r\n\r\n", "two Content-Lengths"},
		{"a Content-Length that lies", "WARC/1.0\r\nWARC-Type: resource\r\nContent-Length: 1073741000\r\n\r\nabc", "cut short"},
	} {
		if _, err := Process(context.Background(), strings.NewReader(tc.in), io.Discard, Options{}); err == nil || !strings.Contains(err.Error(), tc.says) {
			t.Errorf("%s: %v", tc.name, err)
		}
	}
}

// TestJSONLKeepsBytes: in JSON lines, bytes that are not UTF-8 go out as
// they came, as clean --jsonl writes them.
func TestJSONLKeepsBytes(t *testing.T) {
	var out bytes.Buffer
	if _, err := Process(context.Background(), strings.NewReader(wet("a", "caf\xe9 Russ\u0456an")), &out, Options{JSONL: true}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), `"text":"caf`+"\xe9"+` Russian"`) {
		t.Fatalf("%q", out.String())
	}
}

// BenchmarkProcess: a WET of dev texts (gzip per record), cleaned.
func BenchmarkProcess(b *testing.B) {
	in := buildFile(b, corpus(b), PerRecord)
	size := int64(len(gunzipB(b, in)))
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Process(context.Background(), bytes.NewReader(in), io.Discard, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func gunzipB(b *testing.B, in []byte) []byte {
	zr, err := gzip.NewReader(bytes.NewReader(in))
	if err != nil {
		b.Fatal(err)
	}
	out, _ := io.ReadAll(zr)
	return out
}
