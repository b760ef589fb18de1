// Package jsonl cleans a stream of JSON Lines documents: each object's "text"
// field is restored and an "unspin" object with scores and edits is added,
// every other field passing through byte for byte and in its order.
package jsonl

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"runtime"
	"sync"

	"github.com/tidwall/gjson"
	"github.com/tidwall/sjson"

	"github.com/unspin/unspin"
)

// Options configures Process.
type Options struct {
	// MaxSpam drops documents whose spam score exceeds it; negative keeps all.
	MaxSpam float64
	// Workers is how many documents are cleaned at once (default: CPUs).
	Workers int
	// Clean restores one text (default unspin.Clean).
	Clean func(string) unspin.Report
}

// Stats counts what Process did.
type Stats struct {
	Lines   int // lines read
	Failed  int // lines passed through unchanged because they were not usable JSON objects
	Dropped int // documents dropped by MaxSpam
}

type job struct {
	seq  int
	line []byte
	out  []byte
	err  error
	drop bool
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
	var st Stats
	in := bufio.NewReaderSize(r, 1<<20)
	out := bufio.NewWriterSize(w, 1<<20)
	defer out.Flush()

	jobs := make(chan *job, opt.Workers*4)
	order := make(chan *job, opt.Workers*16)
	done := make(chan struct{})
	var wg sync.WaitGroup
	for i := 0; i < opt.Workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				j.out, j.drop, j.err = cleanLine(j.line, opt)
				close(j.ready)
			}
		}()
	}
	var writeErr error
	go func() {
		defer close(done)
		for j := range order {
			<-j.ready
			switch {
			case j.err != nil:
				st.Failed++
				fmt.Fprintf(errw, "line %d: %v (passed through unchanged)\n", j.seq, j.err)
				j.out = j.line
			case j.drop:
				st.Dropped++
				continue
			}
			if writeErr == nil {
				if _, err := out.Write(j.out); err != nil {
					writeErr = err
				}
			}
		}
	}()
	var readErr error
	for seq := 1; ; seq++ {
		line, err := in.ReadBytes('\n')
		if len(line) > 0 {
			st.Lines++
			j := &job{seq: seq, line: line, ready: make(chan struct{})}
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

// cleanLine cleans one line (which may end in "\n" or "\r\n").
func cleanLine(line []byte, opt Options) ([]byte, bool, error) {
	body, eol := splitEOL(line)
	if len(trimSpace(body)) == 0 {
		return line, false, nil // blank lines pass through
	}
	if !gjson.ValidBytes(body) {
		return nil, false, fmt.Errorf("not valid JSON")
	}
	doc := gjson.ParseBytes(body)
	if !doc.IsObject() {
		return nil, false, fmt.Errorf("not a JSON object")
	}
	t := doc.Get("text")
	if !t.Exists() || t.Type != gjson.String {
		return nil, false, fmt.Errorf(`no string field "text"`)
	}
	rep := opt.Clean(t.String())
	if opt.MaxSpam >= 0 && rep.Spam > opt.MaxSpam {
		return nil, true, nil
	}
	meta, err := json.Marshal(rep)
	if err != nil {
		return nil, false, err
	}
	res, err := sjson.SetBytes(body, "text", rep.Text)
	if err != nil {
		return nil, false, err
	}
	res, err = sjson.SetRawBytes(res, "unspin", meta)
	if err != nil {
		return nil, false, err
	}
	return append(res, eol...), false, nil
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
