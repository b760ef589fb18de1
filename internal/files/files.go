// Package files reads and writes the files unspin cleans, the same way in
// the CLI and in the Beam pipeline: input decompressed by its first bytes
// (gzip, zstd) and its format known by name and content, output
// compressed by its name.
package files

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/tidwall/gjson"

	"github.com/klauspost/compress/gzip"
	"github.com/klauspost/compress/zstd"

	"github.com/unspin/unspin/internal/warc"
)

var (
	gzipMagic = []byte{0x1f, 0x8b}
	zstdMagic = []byte{0x28, 0xb5, 0x2f, 0xfd}
)

// Format is how an input's documents are written.
type Format int

const (
	Auto  Format = iota // known by name and content
	Text                // plain text
	JSONL               // JSON Lines
	WARC                // a WARC or WET file
	HTML                // an HTML page
)

var formatNames = [...]string{"auto", "text", "jsonl", "warc", "html"}

func (f Format) String() string { return formatNames[f] }

// ParseFormat reads a --format value.
func ParseFormat(s string) (Format, error) {
	for f, name := range formatNames {
		if s == name {
			return Format(f), nil
		}
	}
	return Auto, fmt.Errorf("--format must be auto, text, jsonl, warc or html, not %q", s)
}

// Input is an opened input.
type Input struct {
	// R reads the content, decompressed; for a WARC, the file as it is,
	// since the WARC reader keeps each record's gzip member.
	R io.Reader
	// Format is the input's: as asked, or known by name and content.
	Format Format
	// Close releases the decompressor (not the underlying reader).
	Close func()
}

// Open decompresses r by its first bytes (gzip, zstd: compressed standard
// input works too) and, where format is Auto, tells its format: a WARC by
// content; JSON Lines by a name ending .jsonl or .ndjson (.gz, .zst) or a
// first line that is a JSON object; HTML by a name ending .html or .htm or
// content that opens with a doctype or <html>; else plain text. A WARC is
// never read as anything else: cleaned as text, its lengths would lie.
func Open(r io.Reader, name string, format Format) (Input, error) {
	br := bufio.NewReaderSize(r, longestSniff)
	head, _ := br.Peek(4)
	isWARC := false
	if bytes.HasPrefix(head, gzipMagic) || bytes.HasPrefix(head, []byte("WARC")) {
		start, _ := br.Peek(1 << 16)
		isWARC = warc.IsWARC(start)
	}
	in := Input{R: br, Close: func() {}}
	switch {
	case isWARC:
	case bytes.HasPrefix(head, gzipMagic):
		zr, err := gzip.NewReader(br)
		if err != nil {
			return Input{}, err
		}
		in = Input{R: bufio.NewReaderSize(zr, longestSniff), Close: func() { zr.Close() }}
	case bytes.HasPrefix(head, zstdMagic):
		zr, err := zstd.NewReader(br, zstd.WithDecoderConcurrency(1))
		if err != nil {
			return Input{}, err
		}
		zbr := bufio.NewReaderSize(zr, longestSniff)
		if start, _ := zbr.Peek(4096); warc.IsWARC(start) {
			// Its records would be read, but it could not be written back
			// as it came; cleaned as text, its lengths would lie.
			zr.Close()
			return Input{}, errors.New("a zstd-compressed WARC: unspin reads WARC files plain or gzipped")
		}
		in = Input{R: zbr, Close: zr.Close}
	default:
		isWARC = warcAfterBlanks(br)
	}
	switch {
	case isWARC && format != Auto && format != WARC:
		return Input{}, fmt.Errorf("a WARC file, not %s: drop --format %s (cleaned as %s, its records' lengths would lie)", format, format, format)
	case isWARC:
		in.Format = WARC
	case format == WARC:
		in.Close()
		return Input{}, errors.New("not a WARC file (plain or gzip)")
	case format != Auto:
		in.Format = format
	case hasExt(name, ".jsonl", ".ndjson"):
		in.Format = JSONL
	case hasExt(name, ".html", ".htm", ".xhtml"):
		in.Format = HTML
	default:
		in.Format = sniff(in.R.(*bufio.Reader))
	}
	return in, nil
}

// hasExt reports whether name ends in one of exts, before any .gz or .zst.
func hasExt(name string, exts ...string) bool {
	name = strings.ToLower(name)
	name = strings.TrimSuffix(strings.TrimSuffix(name, ".gz"), ".zst")
	for _, e := range exts {
		if strings.HasSuffix(name, e) {
			return true
		}
	}
	return false
}

// longestSniff bounds how much of a first line is read to tell JSON Lines.
const longestSniff = 1 << 20

// sniff tells JSON Lines (a first line that is a JSON object) and HTML (a
// doctype or <html> first) from plain text. It reads no further than the
// first line needs, so that a pipe that is slow to fill is not waited on.
func sniff(br *bufio.Reader) Format {
	n := 1
	for {
		b, err := br.Peek(max(n, br.Buffered()))
		start := bytes.TrimLeft(bytes.TrimPrefix(b, bom), " \t\r\n")
		switch {
		case len(b) < len(bom) && bytes.HasPrefix(bom, b) && err == nil:
			// Part of a byte-order mark: read on.
		case len(start) == 0:
		case start[0] == '<':
			if len(start) < 14 && err == nil && len(b) < br.Size() {
				break // not enough to tell yet
			}
			lower := bytes.ToLower(start[:min(len(start), 14)])
			if bytes.HasPrefix(lower, []byte("<!doctype html")) || bytes.HasPrefix(lower, []byte("<html")) {
				return HTML
			}
			return Text
		case start[0] != '{':
			return Text
		default:
			if k := bytes.IndexByte(start, '\n'); k >= 0 {
				return jsonOrText(start[:k])
			}
			if err != nil || len(b) >= br.Size() {
				// The whole input, or a first line longer than can be
				// held to look at: an object that opens so is read as
				// JSON Lines (a line that is not one passes through
				// unchanged, reported, rather than being cleaned as text).
				if err != nil {
					return jsonOrText(start)
				}
				if bytes.HasPrefix(start, []byte(`{"`)) {
					return JSONL
				}
				return Text
			}
		}
		if err != nil {
			return Text
		}
		// One more read's worth.
		n = min(len(b)+1, br.Size())
	}
}

var bom = []byte("\ufeff")

// warcAfterBlanks reports a WARC that opens with blank lines (or a
// byte-order mark), reading no further than its first other bytes.
func warcAfterBlanks(br *bufio.Reader) bool {
	for n := 1; ; {
		b, err := br.Peek(max(n, min(br.Buffered(), 4096)))
		start := bytes.TrimLeft(bytes.TrimPrefix(b, bom), " \t\r\n")
		partialBOM := len(b) < len(bom) && bytes.HasPrefix(bom, b)
		if len(start) >= 5 || err != nil || len(b) >= 4096 {
			return warc.IsWARC(b)
		}
		if len(start) > 0 && !partialBOM && !bytes.HasPrefix([]byte("WARC/"), start) {
			return false
		}
		n = len(b) + 1
	}
}

func jsonOrText(line []byte) Format {
	if gjson.ValidBytes(line) {
		return JSONL
	}
	return Text
}

// Compressed reports whether a file named name is written compressed.
func Compressed(name string) bool {
	return strings.HasSuffix(name, ".gz") || strings.HasSuffix(name, ".zst")
}

// WARCName reports whether name says WARC or WET (x.warc.gz, x.warc.wet.gz):
// such a file is written in its input's compression, whatever the suffix.
func WARCName(name string) bool {
	return strings.Contains(name, ".warc") || strings.Contains(name, ".wet")
}

// Create wraps wc in the compression name asks for (.gz, .zst), where
// compress is set; closing closes both.
func Create(name string, wc io.WriteCloser, compress bool) (io.Writer, func() error, error) {
	switch {
	case !compress:
	case strings.HasSuffix(name, ".gz"):
		zw := newGzipWriter(wc, gzip.DefaultCompression)
		return zw, func() error { return errors.Join(zw.Close(), wc.Close()) }, nil
	case strings.HasSuffix(name, ".zst"):
		zw, err := zstd.NewWriter(wc)
		if err != nil {
			wc.Close()
			return nil, nil, err
		}
		return zw, func() error { return errors.Join(zw.Close(), wc.Close()) }, nil
	}
	return wc, wc.Close, nil
}
