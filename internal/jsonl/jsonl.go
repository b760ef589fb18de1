// Package jsonl cleans a stream of JSON Lines documents: each object's "text"
// field is restored and an "unspin" object with scores and edits is added,
// every other field passing through byte for byte and in its order.
package jsonl

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/tidwall/gjson"
	"github.com/tidwall/sjson"

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
	// TagOnly leaves the documents alone: nothing is written to w, and
	// only Attributes are (Dolma's tagger role).
	TagOnly bool
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
	note string // said on errw; the line is still cleaned
	drop bool
	attr []byte // the Dolma attributes line, with Options.Attributes
	// spill holds a line too long to keep in memory, passed through.
	spill *os.File
	// ready is closed once a worker has filled out, err and drop.
	ready chan struct{}
}

// Process reads JSON Lines from r and writes the cleaned lines to w, in
// input order. Lines that cannot be cleaned are written unchanged and
// reported on errw with their line number.
func Process(r io.Reader, w io.Writer, errw io.Writer, opt Options) (Stats, error) {
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
				var doc document
				j.out, j.drop, j.note, j.err = safeCleanLine(j.line, opt, &doc)
				if opt.Attributes != nil && doc.line {
					j.attr, _ = dolma.Line(doc.id, doc.text, doc.rep) // marshals numbers and raw JSON only
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
			if j.note != "" {
				fmt.Fprintf(errw, "line %d: %s\n", j.seq, j.note)
			}
			if opt.Attributes != nil && j.attr != nil && writeErr == nil {
				if _, err := opt.Attributes.Write(j.attr); err != nil {
					writeErr = fmt.Errorf("attributes: %w", err)
					failed.Store(true)
				}
			}
			switch {
			case j.spill != nil:
				st.Skipped++
				fmt.Fprintf(errw, "line %d: %v (passed through unchanged)\n", j.seq, j.err)
				if writeErr == nil {
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
			case errors.Is(j.err, errTooLarge):
				st.Skipped++
				fmt.Fprintf(errw, "line %d: %v (passed through unchanged)\n", j.seq, j.err)
				j.out = j.line
			case j.err != nil:
				st.Failed++
				fmt.Fprintf(errw, "line %d: %v (passed through unchanged)\n", j.seq, j.err)
				j.out = j.line
			case j.drop:
				st.Dropped++
				continue
			}
			if writeErr == nil && !opt.TagOnly {
				if _, err := out.Write(j.out); err != nil {
					writeErr = err
					failed.Store(true)
				}
			}
			if opt.FlushIdle && len(order) == 0 && writeErr == nil {
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
		line, spill, err := readLine(in, longest)
		if spill != nil {
			st.Lines++
			j := &job{seq: seq, spill: spill, ready: make(chan struct{}),
				err: fmt.Errorf("%w: a line of more than %d bytes (--max-doc-bytes)", errTooLarge, longest)}
			if opt.Attributes != nil {
				j.attr, _ = dolma.Line(nil, "", nil)
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
// file instead, and returned as that file.
func readLine(in *bufio.Reader, longest int) ([]byte, *os.File, error) {
	var line []byte
	for {
		chunk, err := in.ReadSlice('\n')
		if longest > 0 && len(line)+len(chunk) > longest {
			f, err := spillLine(in, line, chunk, err)
			return nil, f, err
		}
		line = append(line, chunk...)
		if err != bufio.ErrBufferFull {
			return line, nil, err
		}
	}
}

// spillLine writes head, chunk and the rest of the line to a temporary file.
func spillLine(in *bufio.Reader, head, chunk []byte, err error) (*os.File, error) {
	f, ferr := os.CreateTemp("", "unspin-line-*")
	if ferr != nil {
		return nil, ferr
	}
	f.Write(head)
	f.Write(chunk)
	for err == bufio.ErrBufferFull {
		chunk, err = in.ReadSlice('\n')
		if _, werr := f.Write(chunk); werr != nil {
			f.Close()
			os.Remove(f.Name())
			return nil, werr
		}
	}
	return f, err
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

var errTooLarge = errors.New("text larger than the document cap")

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
func safeCleanLine(line []byte, opt Options, d *document) (out []byte, drop bool, note string, err error) {
	defer func() {
		if p := recover(); p != nil {
			out, drop, note, err = nil, false, "", fmt.Errorf("internal error: %v", p)
			d.rep = nil
		}
	}()
	return cleanLine(line, opt, d)
}

// document is what cleanLine learnt of a line for its attributes.
type document struct {
	line bool // not blank: a document, or a line that should have been one
	id   json.RawMessage
	text string
	rep  *unspin.Report // nil: no text was cleaned
}

// cleanLine cleans one line (which may end in "\n" or "\r\n"). The field's
// raw string is edited in place: bytes no edit touches, escapes and invalid
// UTF-8 included, come back as they came, and a text with nothing to change
// leaves the line as it was but for the added report.
func cleanLine(line []byte, opt Options, d *document) (out []byte, drop bool, note string, err error) {
	body, eol := splitEOL(line)
	if len(trimSpace(body)) == 0 {
		return line, false, "", nil // blank lines pass through
	}
	d.line = true
	if Nesting(body) > MaxNesting {
		// gjson recurses: a line of millions of '[' would overflow the stack.
		return nil, false, "", fmt.Errorf("JSON nested deeper than %d levels", MaxNesting)
	}
	if !gjson.ValidBytes(body) {
		return nil, false, "", errors.New("not valid JSON")
	}
	doc := gjson.ParseBytes(body)
	if !doc.IsObject() {
		return nil, false, "", errors.New("not a JSON object")
	}
	// Every occurrence of the field is cleaned: JSON decoders differ on
	// which duplicate they keep, and none may carry text past the cleaner.
	type field struct {
		at, end int // the raw value's quotes, in body
		s       rawString
		rep     unspin.Report
	}
	var fields []field
	bad, hasReport := false, false
	doc.ForEach(func(k, v gjson.Result) bool {
		if k.String() == "unspin" {
			hasReport = true
		}
		if k.String() == "id" {
			d.id = json.RawMessage(v.Raw)
		}
		if k.String() != opt.Field {
			return true
		}
		if v.Type != gjson.String || v.Index <= 0 {
			bad = true
			return false
		}
		fields = append(fields, field{at: v.Index, end: v.Index + len(v.Raw)})
		return true
	})
	if bad || len(fields) == 0 {
		return nil, false, "", fmt.Errorf("no string field %q", opt.Field)
	}
	spam := -1.0 // no field judged: never dropped
	for i := range fields {
		f := &fields[i]
		if f.s, err = decodeString(body[f.at+1 : f.end-1]); err != nil {
			return nil, false, "", err
		}
		if opt.MaxDocBytes > 0 && len(f.s.text) > opt.MaxDocBytes {
			return nil, false, "", fmt.Errorf("%w: %q has %d bytes, cap %d (--max-doc-bytes)", errTooLarge, opt.Field, len(f.s.text), opt.MaxDocBytes)
		}
		f.rep = opt.Clean(f.s.text)
		if s, ok := f.rep.SpamScore(); ok {
			spam = max(spam, s)
		}
	}
	judged := &fields[len(fields)-1]
	d.text, d.rep = judged.s.text, &judged.rep
	if opt.MaxSpam >= 0 && spam > opt.MaxSpam {
		return nil, true, "", nil
	}
	if opt.TagOnly {
		return nil, false, "", nil
	}
	if len(fields) > 1 {
		note = fmt.Sprintf("%d %q fields; every one cleaned, the report is of the last", len(fields), opt.Field)
	}
	res := make([]byte, 0, len(body)+len(body)/8)
	last := 0
	for _, f := range fields {
		res = append(res, body[last:f.at+1]...)
		res = append(res, f.s.spliceEdits(f.rep.Edits)...)
		last = f.end - 1
	}
	res = append(res, body[last:]...)
	meta, err := MarshalReport(fields[len(fields)-1].rep, opt.Explain)
	if err != nil {
		return nil, false, "", err
	}
	// Any "unspin" the line already holds goes, every copy: a forged
	// report left behind a duplicate key would be the one decoders keep.
	for hasReport && gjson.GetBytes(res, "unspin").Exists() {
		if res, err = sjson.DeleteBytes(res, "unspin"); err != nil {
			return nil, false, "", err
		}
	}
	// The report goes last, before the closing brace: the object holds at
	// least the text, so a comma precedes it. No parse is needed for that.
	end := len(res)
	for end > 0 && (res[end-1] == ' ' || res[end-1] == '\t' || res[end-1] == '\r') {
		end--
	}
	if end == 0 || res[end-1] != '}' {
		return nil, false, "", errors.New("not a JSON object")
	}
	out = make([]byte, 0, len(res)+len(meta)+len(eol)+12)
	out = append(out, res[:end-1]...)
	out = append(out, `,"unspin":`...)
	out = append(out, meta...)
	out = append(out, res[end-1:]...)
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

// MarshalReport is the JSON of rep as the "unspin" object has it: without
// explain, edits carry kinds and offsets but no reasons.
func MarshalReport(rep unspin.Report, explain bool) ([]byte, error) {
	if !explain {
		edits := make([]unspin.Edit, len(rep.Edits))
		for k, e := range rep.Edits {
			e.Reason = ""
			edits[k] = e
		}
		rep.Edits = edits
	}
	return json.Marshal(rep)
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
