// Package jsonl cleans a stream of JSON Lines documents: each object's "text"
// field is restored and an "unspin" object with scores and edits is added,
// every other field passing through byte for byte and in its order.
package jsonl

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/unspin/unspin"
	"github.com/unspin/unspin/internal/dolma"
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
	Line int             // its number, from 1
	ID   json.RawMessage // its "id" as raw JSON; nil: none
	Text string          // the field's text (the last, if there are several)
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

type job struct {
	seq  int
	line []byte
	out  []byte
	err  error
	note string // a remark; the line is still cleaned
	drop bool
	doc  document
	attr []byte // the Dolma attributes line, with Options.Attributes
	// spill holds a line too long to keep in memory, passed through.
	spill *os.File
	// ready is closed once a worker has filled out, err and drop.
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
	in := bufio.NewReaderSize(r, 1<<20)
	tagOnly := w == nil
	if tagOnly {
		w = io.Discard
	}
	out := bufio.NewWriterSize(w, 1<<20)
	defer out.Flush()

	// Lines in flight are bounded in bytes as well as in number, so that
	// a file of huge lines stays within memory.
	budget := newBudget(64 << 20)
	jobs := make(chan *job, opt.Workers*4)
	order := make(chan *job, opt.Workers*16)
	done := make(chan struct{})
	var wg sync.WaitGroup
	for i := 0; i < opt.Workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				j.out, j.drop, j.note, j.err = safeCleanLine(j.line, opt, tagOnly, &j.doc)
				if opt.Attributes != nil && j.doc.line {
					j.attr = dolma.Line(j.doc.id, j.doc.text, j.doc.rep)
				}
				close(j.ready)
			}
		}()
	}
	var writeErr error
	var failed atomic.Bool // output failed: stop reading, there is nowhere to write
	go func() {
		defer close(done)
		for j := range order {
			<-j.ready
			budget.release(len(j.line))
			if opt.Each != nil && (j.doc.line || j.spill != nil) {
				d := Doc{Line: j.seq, ID: j.doc.id, Text: j.doc.text, Report: j.doc.rep, Dropped: j.drop, Err: j.err, Note: j.note}
				if j.err != nil {
					d.Report = nil
				}
				opt.Each(d)
			}
			j.doc = document{}
			if opt.Attributes != nil && j.attr != nil && writeErr == nil {
				if _, err := opt.Attributes.Write(j.attr); err != nil {
					writeErr = fmt.Errorf("attributes: %w", err)
					failed.Store(true)
				}
			}
			switch {
			case j.spill != nil:
				st.Skipped++
				if writeErr == nil && !tagOnly {
					if _, err := j.spill.Seek(0, io.SeekStart); err != nil {
						writeErr = err
					} else if _, err := io.Copy(out, j.spill); err != nil {
						writeErr = err
					}
					failed.Store(writeErr != nil)
				}
				j.spill.Close()
				os.Remove(j.spill.Name())
				continue
			case errors.Is(j.err, ErrTooLarge):
				st.Skipped++
				j.out = j.line
			case j.err != nil:
				st.Failed++
				j.out = j.line
			case j.drop:
				st.Dropped++
				continue
			}
			if writeErr == nil && !tagOnly {
				if _, err := out.Write(j.out); err != nil {
					writeErr = err
					failed.Store(true)
				}
			}
			if opt.FlushIdle && len(order) == 0 && writeErr == nil && !tagOnly {
				// Nothing more is ready: what is done goes to the reader now.
				if err := out.Flush(); err != nil {
					writeErr = err
					failed.Store(true)
				} else if f, ok := w.(interface{ Flush() }); ok {
					f.Flush()
				}
			}
		}
	}()
	var readErr error
	// A line longer than any text the cap lets through (escapes take up to
	// six bytes a character) is not held in memory: it goes to a file and
	// through unchanged.
	longest := 0
	if opt.MaxDocBytes > 0 {
		longest = 6*opt.MaxDocBytes + 1<<20
	}
	for seq := 1; !failed.Load(); seq++ {
		if err := ctx.Err(); err != nil {
			readErr = err
			break
		}
		line, spill, size, err := readLine(in, longest)
		if spill != nil {
			st.Lines++
			j := &job{seq: seq, spill: spill, ready: make(chan struct{}),
				err: fmt.Errorf("%w: a line of %d bytes, more than a text of %d bytes can take (6 bytes a character escaped, and 1 MiB)",
					ErrTooLarge, size, opt.MaxDocBytes)}
			if opt.Attributes != nil {
				j.attr = dolma.Line(nil, "", nil)
			}
			close(j.ready)
			order <- j
			if err != nil {
				if err != io.EOF {
					readErr = err
				}
				break
			}
			continue
		}
		if seq == 1 && bytes.HasPrefix(line, bom) {
			// A byte-order mark opens some files: kept, and not part of the
			// first document (a write error shows at the final flush).
			out.Write(bom)
			line = line[len(bom):]
		}
		if len(line) > 0 {
			st.Lines++
			j := &job{seq: seq, line: line, ready: make(chan struct{})}
			budget.acquire(len(line))
			order <- j
			jobs <- j
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
	if err := out.Flush(); err != nil {
		return st, err
	}
	return st, readErr
}

// readLine reads one line, ending in '\n' or at the end of the input. A
// line longer than longest (when it is above 0) is copied to a temporary
// file instead, and returned as that file with its size.
func readLine(in *bufio.Reader, longest int) ([]byte, *os.File, int64, error) {
	var line []byte
	for {
		chunk, err := in.ReadSlice('\n')
		if longest > 0 && len(line)+len(chunk) > longest {
			f, size, err := spillLine(in, line, chunk, err)
			return nil, f, size, err
		}
		line = append(line, chunk...)
		if err != bufio.ErrBufferFull {
			return line, nil, int64(len(line)), err
		}
	}
}

// spillLine writes head, chunk and the rest of the line to a temporary file.
func spillLine(in *bufio.Reader, head, chunk []byte, err error) (*os.File, int64, error) {
	f, ferr := os.CreateTemp("", "unspin-line-*")
	if ferr != nil {
		return nil, 0, ferr
	}
	f.Write(head)
	f.Write(chunk)
	size := int64(len(head) + len(chunk))
	for err == bufio.ErrBufferFull {
		chunk, err = in.ReadSlice('\n')
		size += int64(len(chunk))
		if _, werr := f.Write(chunk); werr != nil {
			f.Close()
			os.Remove(f.Name())
			return nil, 0, werr
		}
	}
	return f, size, err
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
func safeCleanLine(line []byte, opt Options, tagOnly bool, d *document) (out []byte, drop bool, note string, err error) {
	defer func() {
		if p := recover(); p != nil {
			out, drop, note, err = nil, false, "", fmt.Errorf("internal error: %v", p)
			d.rep = nil
		}
	}()
	return cleanLine(line, opt, tagOnly, d)
}

// document is what cleanLine learnt of a line for its attributes.
type document struct {
	line bool // not blank: a document, or a line that should have been one
	id   json.RawMessage
	text string
	rep  *unspin.Report // nil: no text was cleaned
}

// cleanLine cleans one line (which may end in "\n" or "\r\n"). The line
// is read once by scan, only the field's string is decoded, and the output
// is the line's own bytes with the cleaned text spliced into the field's
// raw string (bytes no edit touches, escapes and invalid UTF-8 included,
// come back as they came), any "unspin" member the line brought left out,
// and the report added before the closing brace. Nothing else is decoded
// or re-encoded.
func cleanLine(line []byte, opt Options, tagOnly bool, d *document) (out []byte, drop bool, note string, err error) {
	body, eol := splitEOL(line)
	if len(trimSpace(body)) == 0 {
		return line, false, "", nil // blank lines pass through
	}
	d.line = true
	var buf [16]member
	obj, err := scan(body, buf[:])
	if err != nil {
		return nil, false, "", err
	}
	// Every occurrence of the field is cleaned: JSON decoders differ on
	// which duplicate they keep, and none may carry text past the cleaner.
	// Any "unspin" member goes, every copy: a forged report left behind a
	// duplicate key would be the one decoders keep.
	type field struct {
		at, end int // the raw value's quotes, in body
		s       rawString
		rep     unspin.Report
	}
	var fields []field
	var forged []int // members named "unspin"
	for k, m := range obj.members {
		isField := keyIs(m.key, opt.Field)
		switch {
		case isField && !m.str:
			return nil, false, "", fmt.Errorf("no string field %q", opt.Field)
		case isField:
			fields = append(fields, field{at: m.valStart, end: m.valEnd})
		case keyIs(m.key, "unspin"):
			forged = append(forged, k)
		}
		if keyIs(m.key, "id") {
			d.id = json.RawMessage(body[m.valStart:m.valEnd])
		}
	}
	if len(fields) == 0 {
		return nil, false, "", fmt.Errorf("no string field %q", opt.Field)
	}
	spam := -1.0 // no field judged: never dropped
	for i := range fields {
		f := &fields[i]
		if f.s, err = decodeString(body[f.at+1 : f.end-1]); err != nil {
			return nil, false, "", err
		}
		if opt.MaxDocBytes > 0 && len(f.s.text) > opt.MaxDocBytes {
			return nil, false, "", fmt.Errorf("%w: %q has %d bytes, the cap is %d", ErrTooLarge, opt.Field, len(f.s.text), opt.MaxDocBytes)
		}
		f.rep = opt.Clean(f.s.text)
		if s, ok := f.rep.SpamScore(); ok {
			spam = max(spam, s)
		}
	}
	judged := &fields[len(fields)-1]
	d.text, d.rep = judged.s.text, &judged.rep
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
		with       []byte
	}
	var cutBuf [4]cut
	cuts := cutBuf[:0]
	for i := range fields {
		if f := &fields[i]; len(f.rep.Edits) > 0 {
			cuts = append(cuts, cut{f.at + 1, f.end - 1, f.s.spliceEdits(f.rep.Edits)})
		}
	}
	kept := false // a member before this one stays
	for k, m := range obj.members {
		if !slices.Contains(forged, k) {
			kept = true
			continue
		}
		if kept {
			cuts = append(cuts, cut{obj.members[k-1].valEnd, m.valEnd, nil}) // `, "unspin": {...}`
		} else {
			// No member before it stays: it goes with the comma after it
			// (the field follows, so there is one).
			cuts = append(cuts, cut{m.keyStart, obj.members[k+1].keyStart, nil})
		}
	}
	slices.SortFunc(cuts, func(a, b cut) int { return a.start - b.start })
	out = make([]byte, 0, len(body)+len(eol)+160+64*len(judged.rep.Edits))
	last := 0
	for _, c := range cuts {
		out = append(out, body[last:c.start]...)
		out = append(out, c.with...)
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
	return s.spliceEdits(rep.Edits), rep, nil
}

// AppendReport appends the JSON of rep as the "unspin" object has it:
// without explain, edits carry kinds and offsets but no reasons.
func AppendReport(dst []byte, rep unspin.Report, explain bool) []byte {
	if !explain {
		edits := make([]unspin.Edit, len(rep.Edits))
		for k, e := range rep.Edits {
			e.Reason = ""
			edits[k] = e
		}
		rep.Edits = edits
	}
	return rep.AppendJSON(dst)
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
