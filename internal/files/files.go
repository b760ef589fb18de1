// Package files reads and writes the files unspin cleans, the same way in
// the CLI and in the Beam pipeline: input decompressed by its first bytes
// (gzip, zstd) and recognised as a WARC, output compressed by its name.
package files

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"strings"

	"github.com/klauspost/compress/gzip"
	"github.com/klauspost/compress/zstd"

	"github.com/unspin/unspin/internal/warc"
)

var (
	gzipMagic = []byte{0x1f, 0x8b}
	zstdMagic = []byte{0x28, 0xb5, 0x2f, 0xfd}
)

// Input is an opened input.
type Input struct {
	// R reads the content, decompressed; for a WARC, the file as it is,
	// since the WARC reader keeps each record's gzip member.
	R io.Reader
	// WARC: the content is a WARC file, plain or gzip.
	WARC bool
	// Close releases the decompressor (not the underlying reader).
	Close func()
}

// Open looks at r's first bytes rather than at a name, so that compressed
// standard input works too.
func Open(r io.Reader) (Input, error) {
	br := bufio.NewReaderSize(r, 1<<16)
	head, _ := br.Peek(4)
	if bytes.HasPrefix(head, gzipMagic) || bytes.HasPrefix(head, []byte("WARC")) {
		if start, _ := br.Peek(br.Size()); warc.IsWARC(start) {
			return Input{R: br, WARC: true, Close: func() {}}, nil
		}
	}
	switch {
	case bytes.HasPrefix(head, gzipMagic):
		zr, err := gzip.NewReader(br)
		if err != nil {
			return Input{}, err
		}
		return Input{R: zr, Close: func() { zr.Close() }}, nil
	case bytes.HasPrefix(head, zstdMagic):
		zr, err := zstd.NewReader(br, zstd.WithDecoderConcurrency(1))
		if err != nil {
			return Input{}, err
		}
		zbr := bufio.NewReaderSize(zr, 1<<16)
		if start, _ := zbr.Peek(4096); warc.IsWARC(start) {
			// Its records would be read, but it could not be written back
			// as it came; cleaned as text, its lengths would lie.
			zr.Close()
			return Input{}, errors.New("a zstd-compressed WARC: unspin reads WARC files plain or gzipped")
		}
		return Input{R: zbr, Close: zr.Close}, nil
	}
	if start, _ := br.Peek(4096); warc.IsWARC(start) {
		return Input{R: br, WARC: true, Close: func() {}}, nil // after blank lines
	}
	return Input{R: br, Close: func() {}}, nil
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
		zw := gzip.NewWriter(wc)
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
