package warc

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"

	"github.com/klauspost/compress/gzip"
)

// Framing: records are cut from the input here, byte for byte, so that a
// record nothing changes goes out exactly as it came: the gzip member as it
// was compressed where the file compresses each record on its own, its
// bytes where the file is plain. gowarc then reads each record's fields.

// Compression is how a WARC file is compressed.
type Compression int

const (
	Plain     Compression = iota
	PerRecord             // a gzip member per record, as WARC files are written
	WholeFile             // one gzip stream over the whole file
)

func (c Compression) String() string {
	return [...]string{"plain", "gzip per record", "whole-file gzip"}[c]
}

// maxRecord caps a record held in memory (a record is read whole).
const maxRecord = 1 << 30

// rawRecord is one record: its bytes, and where the input gave it a gzip
// member of its own, that member.
type rawRecord struct {
	plain  []byte
	member []byte // nil unless the record was its member's only record
	junk   []byte // bytes before the record that are not WARC (kept)
}

// recorder reads bytes and keeps those read since the last mark, for the
// gzip member being read; it is an io.ByteReader so that the decompressor
// reads no byte past the member.
type recorder struct {
	r   *bufio.Reader
	buf []byte
	off bool // not keeping: the member holds more than one record
}

func (c *recorder) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	if !c.off {
		c.buf = append(c.buf, p[:n]...)
	}
	return n, err
}

func (c *recorder) ReadByte() (byte, error) {
	b, err := c.r.ReadByte()
	if err == nil && !c.off {
		c.buf = append(c.buf, b)
	}
	return b, err
}

// reader yields the records of a WARC file.
type reader struct {
	comp   Compression
	in     *bufio.Reader
	rec    *recorder
	zr     *gzip.Reader
	member *bufio.Reader // the records' bytes: the current member, or the plain input
	first  bool          // the next record is the first of its member
}

var gzipMagic = []byte{0x1f, 0x8b}

// IsWARC reports whether the file that head begins (its first few KiB) is
// a WARC file, plain or gzip-compressed.
func IsWARC(head []byte) bool {
	if bytes.HasPrefix(head, gzipMagic) {
		zr, err := gzip.NewReader(bytes.NewReader(head))
		if err != nil {
			return false
		}
		var b [8]byte
		n, _ := io.ReadFull(zr, b[:])
		head = b[:n]
	}
	// Blank lines (or a byte-order mark) may come first.
	return bytes.HasPrefix(bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\ufeff")), " \t\r\n"), []byte("WARC/"))
}

func newReader(r io.Reader) (*reader, error) {
	in := bufio.NewReaderSize(r, 1<<20)
	rd := &reader{in: in}
	head, _ := in.Peek(2)
	if !bytes.Equal(head, gzipMagic) {
		rd.member = in
		return rd, nil
	}
	rd.rec = &recorder{r: in}
	zr, err := gzip.NewReader(rd.rec)
	if err != nil {
		return nil, err
	}
	zr.Multistream(false)
	rd.zr, rd.member, rd.first = zr, bufio.NewReaderSize(zr, 1<<16), true
	return rd, nil
}

// next returns the next record, or io.EOF after the last.
func (rd *reader) next() (rawRecord, error) {
	for rd.zr != nil {
		_, err := rd.member.Peek(1)
		if err == nil {
			break
		}
		if err != io.EOF {
			return rawRecord{}, err
		}
		// The member is done (or was empty): on to the next, if any.
		if _, err := rd.in.Peek(1); err == io.EOF {
			return rawRecord{}, io.EOF
		}
		rd.rec.buf, rd.rec.off = rd.rec.buf[:0], false
		if err := rd.zr.Reset(rd.rec); err != nil {
			return rawRecord{}, fmt.Errorf("gzip member: %w", err)
		}
		rd.zr.Multistream(false)
		rd.member.Reset(rd.zr)
		rd.first = true
	}
	junk, plain, err := readRecord(rd.member)
	if err != nil {
		if err == io.EOF && len(junk) > 0 {
			return rawRecord{junk: junk}, nil
		}
		return rawRecord{}, err
	}
	rr := rawRecord{plain: plain, junk: junk}
	if rd.zr != nil {
		_, err := rd.member.Peek(1)
		ended := err == io.EOF
		if rd.comp == Plain { // the first record decides
			rd.comp = WholeFile
			if rd.first && ended {
				rd.comp = PerRecord
			}
		}
		if rd.first && ended && len(junk) == 0 {
			rr.member = append([]byte(nil), rd.rec.buf...)
		}
		// A member of several records (a whole-file gzip) cannot be
		// copied as it is: its compressed bytes are not kept.
		rd.rec.off = !ended
		rd.first = false
	}
	return rr, nil
}

// Caps on what is held of one record.
const (
	maxHeader = 1 << 20
	maxJunk   = 16 << 20
)

// readRecord reads one record: the version line, the header fields up to
// the blank line, Content-Length bytes of block and the two CRLFs after
// it (and any further blank lines). Lines before a version line are
// returned as junk.
func readRecord(r *bufio.Reader) (junk, record []byte, err error) {
	for {
		b, err := r.Peek(5)
		if len(b) == 0 && err != nil {
			if err != io.EOF {
				return junk, nil, err // a broken gzip stream, a failed read
			}
			return junk, nil, io.EOF
		}
		if string(b) == "WARC/" {
			break
		}
		line, err := readLine(r, maxJunk-len(junk))
		junk = append(junk, line...)
		if err == io.EOF {
			return junk, nil, io.EOF
		}
		if err != nil {
			return junk, nil, fmt.Errorf("more than %d bytes that are not WARC records: %w", maxJunk, err)
		}
	}
	length := -1
	var buf bytes.Buffer
	for header := 0; ; header++ {
		line, err := readLine(r, maxHeader-buf.Len())
		if err != nil {
			return junk, nil, fmt.Errorf("a record's header is cut short or longer than %d bytes: %w", maxHeader, unexpected(err))
		}
		buf.Write(line)
		if header > 0 && len(bytes.TrimRight(line, "\r\n")) == 0 {
			break // the blank line that ends the header
		}
		if name, value, ok := bytes.Cut(line, []byte(":")); ok && bytes.EqualFold(bytes.TrimSpace(name), []byte("Content-Length")) {
			n, err := strconv.Atoi(string(bytes.TrimSpace(value)))
			if err != nil || n < 0 {
				return junk, nil, fmt.Errorf("bad Content-Length %q", bytes.TrimSpace(value))
			}
			if length >= 0 && n != length {
				return junk, nil, fmt.Errorf("a record with two Content-Lengths, %d and %d", length, n)
			}
			length = n
		}
	}
	if length < 0 {
		return junk, nil, errors.New("a record without Content-Length")
	}
	if length > maxRecord {
		return junk, nil, fmt.Errorf("a record of %d bytes: more than the %d this reads", length, maxRecord)
	}
	// Read, not allocated up front: a Content-Length may lie.
	if _, err := io.CopyN(&buf, r, int64(length)); err != nil {
		return junk, nil, fmt.Errorf("a record's block is cut short: %w", unexpected(err))
	}
	// The CRLF CRLF after the block (LF alone tolerated), and blank lines
	// up to the next record, belong to this one.
	for {
		b, _ := r.Peek(1)
		if len(b) == 0 || b[0] != '\r' && b[0] != '\n' {
			break
		}
		r.Discard(1)
		buf.WriteByte(b[0])
	}
	return junk, buf.Bytes(), nil
}

// readLine reads up to and including '\n', at most limit bytes.
func readLine(r *bufio.Reader, limit int) ([]byte, error) {
	var line []byte
	for {
		chunk, err := r.ReadSlice('\n')
		line = append(line, chunk...)
		if len(line) > limit {
			return line, errors.New("line too long")
		}
		if err != bufio.ErrBufferFull {
			return line, err
		}
	}
}

func unexpected(err error) error {
	if err == io.EOF {
		return io.ErrUnexpectedEOF
	}
	return err
}
