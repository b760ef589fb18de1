package corpus

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync/atomic"

	"github.com/tidwall/gjson"

	"github.com/unspin/unspin"
	"github.com/unspin/unspin/internal/chunk"
	"github.com/unspin/unspin/internal/dolma"
	"github.com/unspin/unspin/internal/say"
)

// Text cleans plain text of any size: it is cut into units of at most
// UnitBytes at paragraph breaks (chunk.Split), the units are cleaned on
// Workers goroutines and written in order, so memory stays flat; a text
// shorter than a unit is cleaned whole. Bytes that are not UTF-8 are left
// as they are (Stats.InvalidRuns); a unit that looks binary (NUL bytes, or
// a third of it not UTF-8) passes through unchanged (Stats.Binary). A line
// that is valid JSON (an object or an array, as in JSON Lines) never comes
// out invalid: an edit that would break it is not made (Stats.KeptJSON).
// The stream is one document: its attributes line, with Attributes, comes
// at the end, under Options.Name.
func Text(ctx context.Context, w io.Writer, r io.Reader, opt Options) (Stats, error) {
	var st Stats
	unitBytes := opt.UnitBytes
	if unitBytes <= 0 {
		unitBytes = DefaultUnitBytes
	}
	clean := opt.cleaner()
	// unit is what a worker makes of one unit.
	type unit struct {
		doc  Document
		kept []int // lines of valid JSON left alone, from 0 in the unit
	}
	work := func(text string) unit {
		u := unit{doc: Document{Text: text}}
		if runs := unspin.InvalidRuns(text); looksBinary(text, runs) {
			u.doc.Err = ErrBinary
			return u
		}
		rep := clean(text)
		u.kept = keepJSON(text, &rep)
		u.doc.Report = &rep
		return u
	}
	var attrs dolma.Doc
	var offset int64
	number, line, changed := 0, 1, false
	st.FirstInvalid = -1
	err := eachUnit(ctx, r, unitBytes, opt.workers(), work, func(text string, u unit) error {
		number++
		d := u.doc
		d.Number, d.Offset, d.Line = number, offset, line
		switch {
		case d.Err != nil:
			st.Binary += int64(len(text))
		case d.Report != nil:
			st.Edits += len(d.Report.Edits)
			changed = changed || len(d.Report.Edits) > 0
			if runs := d.Report.InvalidUTF8; len(runs) > 0 {
				if st.FirstInvalid < 0 {
					st.FirstInvalid = offset + int64(runs[0][0])
				}
				st.InvalidRuns += len(runs)
			}
		}
		if n := len(u.kept); n > 0 {
			st.KeptJSON += n
			var lines []string
			for _, l := range u.kept[:min(n, 5)] {
				lines = append(lines, fmt.Sprint(line+l))
			}
			if n > 5 {
				lines = append(lines, fmt.Sprintf("and %d more", n-5))
			}
			d.Note = fmt.Sprintf("%s of valid JSON (%s %s) left as %s: cleaned as plain text, %s would break",
				say.Plural(n, "line"), say.Pick(n, "line", "lines"), strings.Join(lines, ", "), say.Pick(n, "it was", "they were"), say.Pick(n, "it", "they"))
		}
		if opt.Attributes != nil {
			rep := d.Report
			if rep == nil {
				rep = &unspin.Report{}
			}
			attrs.Add(text, *rep)
		}
		if opt.OnDocument != nil {
			opt.OnDocument(d)
		}
		offset += int64(len(text))
		line += strings.Count(text, "\n")
		if w == nil {
			return nil
		}
		out := text
		if d.Report != nil {
			out = d.Report.Text
		}
		_, err := io.WriteString(w, out)
		return err
	})
	if number > 0 {
		st.Documents = 1
		if changed {
			st.Changed = 1
		}
		if opt.Attributes != nil && err == nil {
			_, err = opt.Attributes.Write(attrs.Line(opt.nameJSON()))
		}
	}
	st.FirstInvalid = max(st.FirstInvalid, 0)
	return st, err
}

// eachUnit cuts r into units (chunk.Split), runs work on each on up to
// workers goroutines, and hands the results to emit in input order, with a
// bounded number of units in flight.
func eachUnit[T any](ctx context.Context, r io.Reader, unitMax, workers int, work func(unit string) T, emit func(unit string, res T) error) error {
	type job struct {
		unit  string
		res   T
		ready chan struct{}
	}
	jobs := make(chan *job, workers)
	order := make(chan *job, 2*workers)
	for range workers {
		go func() {
			for j := range jobs {
				j.res = work(j.unit)
				close(j.ready)
			}
		}()
	}
	emitted := make(chan error, 1)
	var failed atomic.Bool // output failed: stop reading, there is nowhere to write
	go func() {
		var err error
		for j := range order {
			<-j.ready
			if err == nil {
				if err = emit(j.unit, j.res); err != nil {
					failed.Store(true)
				}
			}
		}
		emitted <- err
	}()
	splitErr := chunk.Split(r, unitMax, func(unit []byte) error {
		if failed.Load() {
			return errStopped
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		j := &job{unit: string(unit), ready: make(chan struct{})}
		order <- j
		jobs <- j
		return nil
	})
	close(jobs)
	close(order)
	if errors.Is(splitErr, errStopped) {
		splitErr = nil // the output's error says why
	}
	return errors.Join(splitErr, <-emitted)
}

var errStopped = errors.New("stopped: the output failed")

// looksBinary reports data that is no text: NUL bytes, or (past a few
// bytes) a third or more that are not UTF-8. Text in a legacy 8-bit
// encoding has far fewer, and is cleaned around them.
func looksBinary(unit string, invalid [][2]int) bool {
	if strings.IndexByte(unit, 0) >= 0 {
		return true
	}
	bad := 0
	for _, r := range invalid {
		bad += r[1] - r[0]
	}
	return len(unit) >= 32 && bad*3 >= len(unit)
}

// keepJSON takes back the edits that would turn a line of valid JSON (an
// object or an array, as JSON Lines hold) into something that is not, or
// join it to another line: a JSON Lines file read as plain text comes out
// as valid as it went in. It returns the lines kept, counted from 0 in
// unit.
func keepJSON(unit string, rep *unspin.Report) []int {
	if len(rep.Edits) == 0 || !strings.ContainsAny(unit, "{[") {
		return nil
	}
	var keep []unspin.Edit
	var kept []int
	edits := rep.Edits
	for i := 0; i < len(edits); {
		// A group: the lines the edits i..j-1 touch, chained; an edit that
		// removes a line break touches the next line too.
		from := strings.LastIndexByte(unit[:edits[i].Start], '\n') + 1
		to := lineEnd(unit, edits[i].End)
		j := i + 1
		for j < len(edits) && edits[j].Start < to {
			to = max(to, lineEnd(unit, edits[j].End))
			j++
		}
		group := edits[i:j]
		if broken := breaksJSON(unit, from, to, group); len(broken) > 0 {
			first := strings.Count(unit[:from], "\n")
			for _, l := range broken {
				kept = append(kept, first+l)
			}
		} else {
			keep = append(keep, group...)
		}
		i = j
	}
	if len(kept) > 0 {
		rep.Edits = keep
		rep.Text = unspin.Apply(unit, keep)
	}
	return kept
}

// lineEnd is the end of the line that holds offset at, past its '\n'.
func lineEnd(s string, at int) int {
	if at >= len(s) {
		return len(s)
	}
	if k := strings.IndexByte(s[at:], '\n'); k >= 0 {
		return at + k + 1
	}
	return len(s)
}

// breaksJSON returns the lines of unit[from:to] (counted from 0) that are
// valid JSON objects or arrays and that the edits, applied, would make
// invalid, or all such lines where the edits change how many lines there
// are.
func breaksJSON(unit string, from, to int, edits []unspin.Edit) []int {
	in := strings.SplitAfter(unit[from:to], "\n")
	var valid []int
	for k, l := range in {
		if isJSONLine(l) {
			valid = append(valid, k)
		}
	}
	if len(valid) == 0 {
		return nil
	}
	shifted := make([]unspin.Edit, len(edits))
	for k, e := range edits {
		e.Start, e.End = e.Start-from, e.End-from
		shifted[k] = e
	}
	out := strings.SplitAfter(unspin.Apply(unit[from:to], shifted), "\n")
	if len(out) != len(in) {
		return valid
	}
	var broken []int
	for _, k := range valid {
		if !isJSONLine(out[k]) {
			broken = append(broken, k)
		}
	}
	return broken
}

// isJSONLine reports a line that is one JSON object or array.
func isJSONLine(l string) bool {
	t := strings.TrimLeft(l, " \t\r\n\ufeff")
	return t != "" && (t[0] == '{' || t[0] == '[') && gjson.Valid(t)
}
