// Package jsonl cleans a stream of JSON Lines documents: each object's "text"
// field is restored and an "unspin" object with scores and edits is added,
// every other field passing through byte for byte and in its order.
package jsonl

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/pprof"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/unspin/unspin"
	"github.com/unspin/unspin/internal/dolma"
	"github.com/unspin/unspin/internal/pages"
)

// Options configures Process.
type Options struct {
	// MaxSpam drops documents whose spam score exceeds it; negative keeps all.
	MaxSpam float64
	// Workers is how many documents are cleaned at once (default: CPUs).
	Workers int
	// Clean restores one text (default unspin.Clean).
	Clean func(string) unspin.Report
	// Field is the string field cleaned (default "text").
	Field string
	// MaxDocBytes passes longer texts through unchanged, reported (0: no cap).
	MaxDocBytes int
	// Explain keeps each edit's reason in the report; without it the
	// report holds kinds and offsets only, a fraction of the size.
	Explain bool
	// Attributes, when set, receives one Dolma attributes line per
	// document (every line but blank ones, in input order, dropped and
	// unreadable ones included), offsets in code points of the input text.
	Attributes io.Writer
	// FlushIdle writes out what is done whenever no further line is ready
	// (and calls w's Flush, as an http.ResponseWriter has), for readers
	// that wait on each line; otherwise output is written in large blocks.
	FlushIdle bool
	// Each, when set, is called for every line but blank ones, in input
	// order, one call at a time, once the line is done.
	Each func(Doc)
}

// Doc is what became of one line.
type Doc struct {
	Line int // its number, from 1
	// ID is its "id" as raw JSON (nil: none), in the line's own bytes,
	// which are used again once Each returns.
	ID   json.RawMessage
	Text string // the field's text (the last, if there are several)
	// Report is the cleaner's on Text; nil where the line was passed
	// through (Err says why).
	Report  *unspin.Report
	Dropped bool   // over MaxSpam: not written
	Err     error  // why the line was passed through unchanged; ErrTooLarge for the cap
	Note    string // a remark on a line that was cleaned
}

// Stats counts what Process did.
type Stats struct {
	Lines   int // lines read
	Failed  int // lines passed through unchanged because they were not usable JSON objects
	Skipped int // documents passed through unchanged because their text exceeds MaxDocBytes
	Dropped int // documents dropped by MaxSpam
}

// Lines are read, cleaned and written in blocks of many lines, so that
// the work done once per line (finding the field, decoding it, cleaning,
// writing the output line with its report appended) all happens on the
// workers: the reader only cuts its input after the last newline of each
// block, and the writer only calls Each and copies each block's output, in
// order. On fortune-sized lines (230 bytes) handing each line over on its
// own cost more than finding and decoding its text.

// blockBytes is how much input a block holds (unless one line is longer):
// some thousand short lines, ten or so long ones, a few milliseconds of
// cleaning. The first blocks are smaller (from firstBlock, doubling), so
// that a small input is spread over the workers too.
const (
	blockBytes = 256 << 10
	firstBlock = 16 << 10
)

// outBytes is the room a block's output is given at first: its lines and
// their reports.
const outBytes = blockBytes * 3 / 2

// pool recycles the blocks' buffers of one size: a new one is zeroed, and
// that was a third of what the reader, a single goroutine, did.
type pool[T any] struct {
	size int
	free chan []T
}

func newPool[T any](size, n int) pool[T] { return pool[T]{size, make(chan []T, n)} }

func (p pool[T]) get() []T {
	select {
	case b := <-p.free:
		return b[:0]
	default:
		// (Lists of documents are scanned by the collector to their
		// capacity before they are filled: pages.)
		b := make([]T, 0, p.size)
		pages.Write(b)
		return b
	}
}

// put keeps b for a later get if it is of the pool's size (not one grown
// for a long line) and there is room.
func (p pool[T]) put(b []T) {
	if cap(b) != p.size {
		return
	}
	select {
	case p.free <- b:
	default:
	}
}

// docsPerBlock is the room a block's list of Docs is given: one a line of
// 128 bytes. Lists are recycled too: made anew, zeroed and then scanned
// by the collector, they cost a tenth of the JSON handling of short lines.
const docsPerBlock = blockBytes / 128

// spillAt is the length past which a line without its end yet goes on to a
// temporary file rather than a growing buffer: a long line is then held in
// memory once, at its exact size, or not at all where it is over the cap.
const spillAt = 8 << 20

// block is a run of whole lines, cleaned by one worker; or one line too
// long to hold, passed through from a file.
type block struct {
	opens bool   // the input's first
	lines int    // how many lines it holds; docs count from its first
	data  []byte // the lines, each ending in "\n" but the input's last
	out   []byte // the lines cleaned, as they are written
	attr  []byte // their Dolma attributes lines
	docs  []Doc  // for Each: one per line but blank ones
	st    Stats
	// spill holds a line too long to keep in memory, passed through.
	spill *os.File
	// ready is closed once a worker has filled out, attr, docs and st.
	ready chan struct{}
}

// Process reads JSON Lines from r and writes the cleaned lines to w, in
// input order; with w nil it writes nothing but Attributes (Dolma's tagger
// role) and reports to Each. Lines that cannot be cleaned are written
// unchanged and reported to Each. Once ctx is done, no further line is
// read, and Process returns ctx's error after the lines in flight.
func Process(ctx context.Context, r io.Reader, w io.Writer, opt Options) (Stats, error) {
	if opt.Clean == nil {
		opt.Clean = unspin.Clean
	}
	if opt.Workers <= 0 {
		opt.Workers = runtime.NumCPU()
	}
	if opt.Field == "" {
		opt.Field = "text"
	}
	var st Stats
	tagOnly := w == nil
	if tagOnly {
		w = io.Discard
	}
	// Bytes in flight are bounded as well as blocks, so that a file of
	// huge lines stays within memory.
	budget := newBudget(64 << 20)
	jobs := make(chan *block, opt.Workers)
	order := make(chan *block, opt.Workers*2+2)
	n := cap(order) + opt.Workers + 2
	inPool, outPool, docPool := newPool[byte](blockBytes, n), newPool[byte](outBytes, n), newPool[Doc](docsPerBlock, n)
	done := make(chan struct{})
	var wg sync.WaitGroup
	for i := 0; i < opt.Workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			pprof.SetGoroutineLabels(pprof.WithLabels(ctx, pprof.Labels("jsonl", "clean")))
			for b := range jobs {
				b.clean(opt, tagOnly, outPool, docPool)
				close(b.ready)
			}
		}()
	}
	var writeErr error
	var failed atomic.Bool // output failed: stop reading, there is nowhere to write
	fail := func(err error) {
		writeErr = err
		failed.Store(true)
	}
	go func() {
		defer close(done)
		// Profiles tell the stages apart by these labels: reading and
		// writing are done once, cleaning on every worker.
		pprof.SetGoroutineLabels(pprof.WithLabels(ctx, pprof.Labels("jsonl", "write")))
		line := 0 // lines before the block
		for b := range order {
			<-b.ready
			budget.release(len(b.data))
			if opt.Each != nil {
				for _, d := range b.docs {
					d.Line += line
					opt.Each(d)
				}
			}
			line += b.lines
			st.Lines += b.st.Lines
			st.Failed += b.st.Failed
			st.Skipped += b.st.Skipped
			st.Dropped += b.st.Dropped
			if opt.Attributes != nil && len(b.attr) > 0 && writeErr == nil {
				if _, err := opt.Attributes.Write(b.attr); err != nil {
					fail(fmt.Errorf("attributes: %w", err))
				}
			}
			if b.spill != nil {
				if writeErr == nil && !tagOnly {
					if _, err := b.spill.Seek(0, io.SeekStart); err != nil {
						fail(err)
					} else if _, err := io.Copy(w, b.spill); err != nil {
						fail(err)
					}
				}
				b.spill.Close()
				os.Remove(b.spill.Name())
			} else if writeErr == nil && !tagOnly && len(b.out) > 0 {
				// A block is large: written as it is, not copied into a
				// buffer first.
				if _, err := w.Write(b.out); err != nil {
					fail(err)
				}
			}
			inPool.put(b.data) // Each is done with the IDs in it
			outPool.put(b.out)
			// What the Docs point to (reports, texts) is not held on to.
			clear(b.docs)
			docPool.put(b.docs)
			if opt.FlushIdle && len(order) == 0 && writeErr == nil && !tagOnly {
				// Nothing more is ready: what is done goes to the reader now.
				if f, ok := w.(interface{ Flush() }); ok {
					f.Flush()
				}
			}
		}
	}()
	var readErr error
	lr := lineReader{r: r, longest: longestLine(opt), eager: opt.FlushIdle, pool: inPool}
	defer pprof.SetGoroutineLabels(ctx)
	pprof.SetGoroutineLabels(pprof.WithLabels(ctx, pprof.Labels("jsonl", "read")))
	for opens := true; !failed.Load(); opens = false {
		if err := ctx.Err(); err != nil {
			readErr = err
			break
		}
		data, spill, size, err := lr.next()
		switch {
		case spill != nil:
			b := &block{lines: 1, spill: spill, ready: make(chan struct{})}
			b.st.Lines, b.st.Skipped = 1, 1
			if opt.Each != nil {
				b.docs = []Doc{{Line: 1, Err: tooLong(size, opt)}}
			}
			if opt.Attributes != nil {
				b.attr = dolma.Line(nil, "", nil)
			}
			close(b.ready)
			order <- b
		case len(data) > 0:
			b := &block{opens: opens, data: data, ready: make(chan struct{})}
			budget.acquire(len(data))
			order <- b
			jobs <- b
		}
		if err != nil {
			if err != io.EOF {
				readErr = err
			}
			break
		}
	}
	close(jobs)
	close(order)
	wg.Wait()
	<-done
	if writeErr != nil {
		return st, writeErr
	}
	return st, readErr
}

// longestLine is the length of a line longer than any text the cap lets
// through (escapes take up to six bytes a character): such a line passes
// through unchanged, and is not held in memory where it is long (0: no
// cap).
func longestLine(opt Options) int64 {
	if opt.MaxDocBytes <= 0 {
		return 0
	}
	return 6*int64(opt.MaxDocBytes) + 1<<20
}

func tooLong(size int64, opt Options) error {
	return fmt.Errorf("%w: a line of %d bytes, more than a text of %d bytes can take (6 bytes a character escaped, and 1 MiB)",
		ErrTooLarge, size, opt.MaxDocBytes)
}

// clean cleans the block's lines into b.out, b.attr and b.docs.
func (b *block) clean(opt Options, tagOnly bool, outPool pool[byte], docPool pool[Doc]) {
	if n := len(b.data) + len(b.data)/2; n <= outBytes {
		b.out = outPool.get()
	} // else a line longer than a block: cleanLine sizes the output

	if n := len(b.data) / 128; opt.Each != nil && n <= docsPerBlock {
		b.docs = docPool.get()
	} else if opt.Each != nil {
		// A block this large holds long lines: one Doc a line, not one
		// a 128 bytes (a line of 15 MB took 11 MB of them).
		b.docs = make([]Doc, 0, bytes.Count(b.data, newline)+1)
	}
	longest := longestLine(opt)
	var sc scratch // reused from line to line
	seq := 1       // in the block
	for data := b.data; len(data) > 0; seq++ {
		b.lines = seq
		line := data
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			line = data[:i+1]
		}
		data = data[len(line):]
		if longest > 0 && int64(len(line)) > longest {
			// Over the cap whatever its text: through unchanged, as a line
			// too long to hold is.
			b.st.Lines++
			b.st.Skipped++
			b.out = append(b.out, line...)
			if opt.Each != nil {
				b.docs = append(b.docs, Doc{Line: seq, Err: tooLong(int64(len(line)), opt)})
			}
			if opt.Attributes != nil {
				b.attr = append(b.attr, dolma.Line(nil, "", nil)...)
			}
			continue
		}
		if b.opens && seq == 1 && bytes.HasPrefix(line, bom) {
			// A byte-order mark opens some files: kept, and not part of the
			// first document.
			b.out = append(b.out, bom...)
			if line = line[len(bom):]; len(line) == 0 {
				continue
			}
		}
		b.st.Lines++
		var d document
		n := len(b.out)
		out, drop, note, err := safeCleanLine(b.out, line, opt, tagOnly, &d, &sc)
		if opt.Attributes != nil && d.line {
			b.attr = append(b.attr, dolma.Line(d.id, d.text, d.rep)...)
		}
		if opt.Each != nil && d.line {
			doc := Doc{Line: seq, ID: d.id, Text: d.text, Report: d.rep, Dropped: drop, Err: err, Note: note}
			if err != nil {
				doc.Report = nil
			}
			b.docs = append(b.docs, doc)
		}
		switch {
		case errors.Is(err, ErrTooLarge):
			b.st.Skipped++
			b.out = append(b.out[:n], line...)
		case err != nil:
			b.st.Failed++
			b.out = append(b.out[:n], line...)
		case drop:
			b.st.Dropped++
			b.out = b.out[:n]
		case tagOnly:
		default:
			b.out = out
		}
	}
}

// lineReader cuts its input into blocks of whole lines.
type lineReader struct {
	r       io.Reader
	longest int64      // a longer line is passed through from a file (0: none is)
	eager   bool       // a block ends with the first read that ends a line
	size    int        // the last block's size
	pool    pool[byte] // buffers of blockBytes
	carry   []byte     // read after the last line handed out
	err     error      // what ended the input (io.EOF at its end)
}

// next returns the next block of whole lines, the last perhaps without
// its newline; or a line over longest, in a file, and its size. The error
// is what ended the input, with the last of it.
func (lr *lineReader) next() ([]byte, *os.File, int64, error) {
	lr.size = min(max(2*lr.size, firstBlock), blockBytes)
	var buf []byte
	if lr.size == blockBytes && 2*len(lr.carry) <= blockBytes {
		buf = append(lr.pool.get(), lr.carry...)
	} else {
		buf = make([]byte, len(lr.carry), max(lr.size, 2*len(lr.carry)))
		copy(buf, lr.carry)
	}
	lr.carry = lr.carry[:0]
	searched := 0 // buf[:searched] holds no newline
	for {
		if lr.err != nil {
			return buf, nil, 0, lr.err
		}
		if len(buf) == cap(buf) {
			if i := bytes.LastIndexByte(buf[searched:], '\n'); i >= 0 {
				return lr.cut(buf, searched+i+1), nil, 0, nil
			}
			if len(buf) >= spillAt {
				return lr.long(buf)
			}
			searched = len(buf)
			buf = slices.Grow(buf, len(buf))
		}
		n, err := lr.r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		lr.err = err
		if lr.eager && n > 0 && err == nil {
			if i := bytes.LastIndexByte(buf[len(buf)-n:], '\n'); i >= 0 {
				return lr.cut(buf, len(buf)-n+i+1), nil, 0, nil
			}
		}
	}
}

// cut hands out buf[:at] and keeps the rest for the next block.
func (lr *lineReader) cut(buf []byte, at int) []byte {
	lr.carry = append(lr.carry, buf[at:]...)
	return buf[:at]
}

// long reads on, into a temporary file, to the end of the line that buf
// begins; it returns the line in memory, at its exact size, if it is no
// longer than longest (or there is no cap), and else the file.
func (lr *lineReader) long(head []byte) ([]byte, *os.File, int64, error) {
	f, err := os.CreateTemp("", "unspin-line-*")
	if err != nil {
		return nil, nil, 0, err
	}
	drop := func(err error) ([]byte, *os.File, int64, error) {
		f.Close()
		os.Remove(f.Name())
		return nil, nil, 0, err
	}
	if _, err := f.Write(head); err != nil {
		return drop(err)
	}
	size := int64(len(head))
	buf := head[:cap(head)]
	for lr.err == nil {
		n, err := lr.r.Read(buf)
		lr.err = err
		chunk := buf[:n]
		i := bytes.IndexByte(chunk, '\n')
		if i >= 0 {
			lr.carry = append(lr.carry, chunk[i+1:]...)
			chunk = chunk[:i+1]
		}
		if _, err := f.Write(chunk); err != nil {
			return drop(err)
		}
		size += int64(len(chunk))
		if i >= 0 {
			break
		}
	}
	if lr.err != nil && lr.err != io.EOF {
		return drop(lr.err)
	}
	err = nil
	if len(lr.carry) == 0 {
		err = lr.err
	}
	if lr.longest > 0 && size > lr.longest {
		return nil, f, size, err
	}
	line := make([]byte, size)
	_, rerr := f.ReadAt(line, 0)
	drop(nil)
	if rerr != nil {
		return nil, nil, 0, rerr
	}
	return line, nil, 0, err
}

// budget bounds the bytes in flight; one item larger than the whole
// budget still passes, alone.
type budget struct {
	mu         sync.Mutex
	cond       *sync.Cond
	used, size int
}

func newBudget(size int) *budget {
	b := &budget{size: size}
	b.cond = sync.NewCond(&b.mu)
	return b
}

func (b *budget) acquire(n int) {
	b.mu.Lock()
	for b.used > 0 && b.used+n > b.size {
		b.cond.Wait()
	}
	b.used += n
	b.mu.Unlock()
}

func (b *budget) release(n int) {
	b.mu.Lock()
	b.used -= n
	b.cond.Broadcast()
	b.mu.Unlock()
}

var bom = []byte("\ufeff")

var newline = []byte{'\n'}

// ErrTooLarge is why a line whose text is over MaxDocBytes passed through.
var ErrTooLarge = errors.New("text over the document cap")

// MaxNesting is the deepest JSON a line may hold.
const MaxNesting = 512

// Nesting returns how deeply b's arrays and objects nest (strings
// skipped), without recursion, stopping past MaxNesting.
func Nesting(b []byte) int {
	depth, deepest := 0, 0
	for i := 0; i < len(b); i++ {
		switch b[i] {
		case '"':
			for i++; i < len(b) && b[i] != '"'; i++ {
				if b[i] == '\\' {
					i++
				}
			}
		case '[', '{':
			depth++
			if depth > deepest {
				if deepest = depth; deepest > MaxNesting {
					return deepest
				}
			}
		case ']', '}':
			depth--
		}
	}
	return deepest
}

// safeCleanLine is cleanLine, a panic in the cleaner becoming that line's
// error: the line is passed through unchanged and reported, and the run
// goes on.
func safeCleanLine(dst, line []byte, opt Options, tagOnly bool, d *document, sc *scratch) (out []byte, drop bool, note string, err error) {
	defer func() {
		if p := recover(); p != nil {
			out, drop, note, err = nil, false, "", fmt.Errorf("internal error: %v", p)
			d.rep = nil
		}
	}()
	return cleanLine(dst, line, opt, tagOnly, d, sc)
}

// field is one occurrence of the field: where its raw value stands, its
// string decoded, and the report on it.
type field struct {
	at, end int // the raw value's quotes, in the line's body
	s       rawString
	rep     unspin.Report
}

// document is what cleanLine learnt of a line for its attributes.
type document struct {
	line bool // not blank: a document, or a line that should have been one
	id   json.RawMessage
	text string
	rep  *unspin.Report // nil: no text was cleaned
}

// cleanLine cleans one line (which may end in "\n" or "\r\n") and
// appends it to dst, unless it is dropped or there is no output. The line
// is read once by scan, only the field's string is decoded, and the output
// is the line's own bytes with the cleaned text spliced into the field's
// raw string (bytes no edit touches, escapes and invalid UTF-8 included,
// come back as they came), any "unspin" member the line brought left out,
// and the report added before the closing brace. Nothing else is decoded
// or re-encoded.
func cleanLine(dst, line []byte, opt Options, tagOnly bool, d *document, sc *scratch) (out []byte, drop bool, note string, err error) {
	body, eol := splitEOL(line)
	if len(trimSpace(body)) == 0 {
		return append(dst, line...), false, "", nil // blank lines pass through
	}
	d.line = true
	obj, err := scan(body, sc, opt.Field)
	if err != nil {
		return nil, false, "", err
	}
	// Every occurrence of the field is cleaned: JSON decoders differ on
	// which duplicate they keep, and none may carry text past the cleaner.
	// Any "unspin" member goes, every copy: a forged report left behind a
	// duplicate key would be the one decoders keep. The field's strings
	// were decoded by scan.
	fields := sc.fields
	var forged []int // members named "unspin"
	for k := range obj.members {
		m := &obj.members[k]
		switch {
		case m.name == isField && !m.str:
			return nil, false, "", fmt.Errorf("no string field %q", opt.Field)
		case m.name == isReport:
			forged = append(forged, k)
		}
		if m.name == isID || m.name == isField && opt.Field == "id" {
			d.id = json.RawMessage(body[m.valStart:m.valEnd])
		}
	}
	if len(fields) == 0 {
		return nil, false, "", fmt.Errorf("no string field %q", opt.Field)
	}
	spam := -1.0 // no field judged: never dropped
	for i := range fields {
		f := &fields[i]
		if opt.MaxDocBytes > 0 && len(f.s.text) > opt.MaxDocBytes {
			return nil, false, "", fmt.Errorf("%w: %q has %d bytes, the cap is %d", ErrTooLarge, opt.Field, len(f.s.text), opt.MaxDocBytes)
		}
		f.rep = opt.Clean(f.s.text)
		if s, ok := f.rep.SpamScore(); ok {
			spam = max(spam, s)
		}
	}
	judged := &fields[len(fields)-1]
	d.text = judged.s.text
	if opt.Each != nil || opt.Attributes != nil {
		// What they are given, kept apart from the fields, which are
		// reused; a run that reads no report makes none.
		d.rep = sc.keep(judged.rep)
	}
	if len(fields) > 1 {
		note = fmt.Sprintf("%d %q fields; every one cleaned, the report is of the last", len(fields), opt.Field)
	}
	if opt.MaxSpam >= 0 && spam > opt.MaxSpam {
		return nil, true, note, nil
	}
	if tagOnly {
		return nil, false, note, nil
	}
	// The cuts, in the order they stand: each field's contents replaced by
	// the cleaned ones (only where an edit was made), each forged report
	// taken out with the comma that joins it to the rest.
	type cut struct {
		start, end int
		with       int // the index of the field spliced in; -1: none is
	}
	var cutBuf [4]cut
	cuts := cutBuf[:0]
	size := len(body) + len(eol) + 160
	for i := range fields {
		if f := &fields[i]; len(f.rep.Edits) > 0 {
			cuts = append(cuts, cut{f.at + 1, f.end - 1, i})
			size += 16 * len(f.rep.Edits)
		}
	}
	kept := false // a member before this one stays
	for k, m := range obj.members {
		if len(forged) == 0 {
			break // most lines: nothing to take out
		}
		if !slices.Contains(forged, k) {
			kept = true
			continue
		}
		if kept {
			cuts = append(cuts, cut{obj.members[k-1].valEnd, m.valEnd, -1}) // `, "unspin": {...}`
		} else {
			// No member before it stays: it goes with the comma after it
			// (the field follows, so there is one).
			cuts = append(cuts, cut{m.keyStart, obj.members[k+1].keyStart, -1})
		}
	}
	if len(cuts) > 1 {
		slices.SortFunc(cuts, func(a, b cut) int { return a.start - b.start })
	}
	// The edited texts are spliced straight into the line, and the
	// report written after them: on a long text, a spliced copy and a
	// copy of the edits without their reasons were each as large as what
	// is written.
	out = slices.Grow(dst, size+reportSize(judged.rep.Edits))
	last := 0
	for _, c := range cuts {
		out = append(out, body[last:c.start]...)
		if c.with >= 0 {
			f := &fields[c.with]
			out = f.s.appendSpliceEdits(out, f.rep.Edits)
		}
		last = c.end
	}
	out = append(out, body[last:obj.close]...)
	out = append(out, `,"unspin":`...)
	out = AppendReport(out, judged.rep, opt.Explain)
	out = append(out, body[obj.close:]...)
	return append(out, eol...), false, note, nil
}

// CleanString cleans the contents of a JSON string (raw, without its
// quotes) and returns the cleaned contents, escapes and bytes no edit
// touches kept as they came, with the report of the decoded text.
func CleanString(raw []byte, clean func(string) unspin.Report) ([]byte, unspin.Report, error) {
	s, err := decodeString(raw)
	if err != nil {
		return nil, unspin.Report{}, err
	}
	rep := clean(s.text)
	if len(rep.Edits) == 0 {
		return s.raw, rep, nil
	}
	return s.appendSpliceEdits(nil, rep.Edits), rep, nil
}

// AppendReport appends the JSON of rep as the "unspin" object has it:
// without explain, edits carry kinds and offsets but no reasons.
func AppendReport(dst []byte, rep unspin.Report, explain bool) []byte {
	if !explain {
		return rep.AppendBriefJSON(dst)
	}
	return rep.AppendJSON(dst)
}

// reportSize is about the size of a report's JSON, its edits' reasons
// left out: a line's output is made at about its size at once, where
// growing it copied what was written (on a long text, the text and more).
func reportSize(edits []unspin.Edit) int {
	n := 64
	for _, e := range edits {
		n += len(`{"start":,"end":,"kind":"","before":"","after":""},`) + 2*8 + len(e.Kind) + len(e.Before) + len(e.After)
	}
	return n
}

func splitEOL(b []byte) (body, eol []byte) {
	n := len(b)
	if n > 0 && b[n-1] == '\n' {
		if n > 1 && b[n-2] == '\r' {
			return b[:n-2], b[n-2:]
		}
		return b[:n-1], b[n-1:]
	}
	return b, nil
}

func trimSpace(b []byte) []byte {
	for len(b) > 0 && (b[0] == ' ' || b[0] == '\t') {
		b = b[1:]
	}
	for len(b) > 0 && (b[len(b)-1] == ' ' || b[len(b)-1] == '\t') {
		b = b[:len(b)-1]
	}
	return b
}
