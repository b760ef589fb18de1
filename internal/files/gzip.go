package files

import (
	"bytes"
	"context"
	"encoding/binary"
	"hash/crc32"
	"io"
	"runtime"
	"runtime/pprof"
	"sync"

	"github.com/klauspost/compress/flate"
)

// gzipWriter compresses on several goroutines, as pigz does: each block
// of gzipBlock bytes is deflated on its own, with the 32 KiB before it as
// its dictionary, and ends on a byte boundary (a sync flush), so that the
// blocks join into one deflate stream in one gzip member, which every
// gzip reader reads. Compressed output would otherwise be written on one
// core while the cleaning uses all of them, and deflate costs about a
// fifth of what cleaning a corpus of short documents does.
type gzipWriter struct {
	w     io.Writer
	level int
	buf   []byte // the block being filled
	dict  []byte // the 32 KiB before it
	crc   uint32
	size  uint32 // bytes in, modulo 2^32 (RFC 1952 ISIZE)
	order chan *gzipPart
	slots chan struct{} // bounds the blocks in flight
	done  chan struct{}
	// deflaters are kept for the next blocks (a sync.Pool would drop them
	// at every garbage collection, and a new one is large to set up).
	deflaters chan *flate.Writer

	mu     sync.Mutex
	err    error // the first write error
	closed bool
}

type gzipPart struct {
	in, dict []byte
	last     bool
	out      bytes.Buffer
	ready    chan struct{}
}

const (
	gzipBlock  = 1 << 20
	gzipWindow = 32 << 10
)

func newGzipWriter(w io.Writer, level int) *gzipWriter {
	n := runtime.GOMAXPROCS(0)
	z := &gzipWriter{w: w, level: level, order: make(chan *gzipPart, 2*n), slots: make(chan struct{}, 2*n), done: make(chan struct{}),
		deflaters: make(chan *flate.Writer, 2*n)}
	go z.write()
	return z
}

// Write compresses p, handing each full block to a goroutine of its own.
func (z *gzipWriter) Write(p []byte) (int, error) {
	if err := z.error(); err != nil {
		return 0, err
	}
	n := len(p)
	for len(p) > 0 {
		if z.buf == nil {
			z.buf = make([]byte, 0, gzipBlock)
		}
		k := copy(z.buf[len(z.buf):cap(z.buf)], p)
		z.buf, p = z.buf[:len(z.buf)+k], p[k:]
		if len(z.buf) == cap(z.buf) {
			z.ship(false)
		}
	}
	return n, z.error()
}

// Close compresses what is left, ends the stream and writes the trailer;
// it does not close the underlying writer.
func (z *gzipWriter) Close() error {
	if z.closed {
		return z.error()
	}
	z.closed = true
	z.ship(true)
	close(z.order)
	<-z.done
	if err := z.error(); err != nil {
		return err
	}
	var trailer [8]byte
	binary.LittleEndian.PutUint32(trailer[:4], z.crc)
	binary.LittleEndian.PutUint32(trailer[4:], z.size)
	_, err := z.w.Write(trailer[:])
	return err
}

// ship hands the block filled so far to a goroutine that deflates it.
func (z *gzipWriter) ship(last bool) {
	part := &gzipPart{in: z.buf, dict: z.dict, last: last, ready: make(chan struct{})}
	z.crc = crc32.Update(z.crc, crc32.IEEETable, z.buf)
	z.size += uint32(len(z.buf))
	if len(z.buf) >= gzipWindow {
		z.dict = z.buf[len(z.buf)-gzipWindow:]
	} else {
		z.dict = append(z.dict[max(0, len(z.dict)+len(z.buf)-gzipWindow):len(z.dict):len(z.dict)], z.buf...)
	}
	z.buf = nil
	z.slots <- struct{}{}
	z.order <- part
	go part.deflate(z.level, z.deflaters)
}

func (part *gzipPart) deflate(level int, deflaters chan *flate.Writer) {
	defer close(part.ready)
	// Not the labels of the goroutine that wrote: profiles show this apart.
	pprof.SetGoroutineLabels(pprof.WithLabels(context.Background(), pprof.Labels("gzip", "deflate")))
	var fw *flate.Writer
	select {
	case fw = <-deflaters:
	default:
		fw, _ = flate.NewWriter(&part.out, level)
	}
	fw.ResetDict(&part.out, part.dict)
	fw.Write(part.in) // writes to a bytes.Buffer: no error
	if part.last {
		fw.Close()
	} else {
		fw.Flush()
	}
	deflaters <- fw // never blocks: no more than 2n blocks are in flight
}

// write writes the header, then each block as it is done, in order.
func (z *gzipWriter) write() {
	defer close(z.done)
	xfl := byte(0)
	switch z.level {
	case flate.BestCompression:
		xfl = 2
	case flate.BestSpeed:
		xfl = 4
	}
	// ID1 ID2 CM=deflate FLG=0 MTIME=0 XFL OS=unknown, as gzip.Writer has it.
	_, err := z.w.Write([]byte{0x1f, 0x8b, 8, 0, 0, 0, 0, 0, xfl, 255})
	for part := range z.order {
		<-part.ready
		if err == nil {
			_, err = z.w.Write(part.out.Bytes())
			if err != nil {
				z.mu.Lock()
				z.err = err
				z.mu.Unlock()
			}
		}
		<-z.slots
	}
}

func (z *gzipWriter) error() error {
	z.mu.Lock()
	defer z.mu.Unlock()
	return z.err
}
