package main

import (
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"unicode/utf8"
)

// finding is one line of check's report.
type finding struct {
	Line   int    `json:"line"`
	Column int    `json:"column"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Kind   string `json:"kind"`
	Before string `json:"before,omitempty"`
	After  string `json:"after,omitempty"`
	Reason string `json:"reason,omitempty"`
	Hidden string `json:"hidden,omitempty"`
}

type fileReport struct {
	File       string    `json:"file"`
	Findings   []finding `json:"findings"`
	Obfuscated float64   `json:"obfuscated"`
	Spam       *float64  `json:"spam"` // null where no unit was judged
}

// cursor walks forward through the input, keeping the line and column of
// its offset, so that placing every finding costs one pass over the text.
type cursor struct{ off, line, col int }

func (c *cursor) advance(unit string, base, to int) {
	for c.off < to {
		r, n := utf8.DecodeRuneInString(unit[c.off-base:])
		if r == '\n' {
			c.line++
			c.col = 0
		} else {
			c.col++
		}
		c.off += n
	}
}

func checkOne(w io.Writer, in input, co *common, asJSON bool) (bool, error) {
	if in.warc {
		return false, fmt.Errorf("%s: a WARC file: check reads text (unspin clean --to jsonl reports each record)", in.name)
	}
	rep := fileReport{File: in.name, Findings: []finding{}}
	cur := cursor{line: 0}
	base := 0
	err := eachUnit(in.r, co.unitBytes, co.workers, co.cleanUnit, func(unit string, res unitResult) error {
		var fs []finding
		for _, r := range res.rep.InvalidUTF8 {
			fs = append(fs, finding{Start: base + r[0], End: base + r[1], Kind: "invalid-utf8",
				Reason: fmt.Sprintf("%d bytes that are not UTF-8, left as they are", r[1]-r[0])})
		}
		if res.binary {
			fs = []finding{{Start: base, End: base + len(unit), Kind: "binary", Reason: "looks like binary data, not text; left as it is"}}
		}
		for _, e := range res.rep.Edits {
			fs = append(fs, finding{Start: base + e.Start, End: base + e.End, Kind: string(e.Kind),
				Before: e.Before, After: e.After, Reason: e.Reason, Hidden: e.Hidden})
		}
		slices.SortStableFunc(fs, func(a, b finding) int { return a.Start - b.Start })
		for i := range fs {
			cur.advance(unit, base, fs[i].Start)
			fs[i].Line, fs[i].Column = cur.line+1, cur.col+1
			if !asJSON {
				if err := printFinding(w, in.name, fs[i]); err != nil {
					return err
				}
			}
		}
		cur.advance(unit, base, base+len(unit))
		base += len(unit)
		rep.Findings = append(rep.Findings, fs...)
		rep.Obfuscated = max(rep.Obfuscated, res.rep.Obfuscated)
		if s, ok := res.rep.SpamScore(); ok && (rep.Spam == nil || s > *rep.Spam) {
			rep.Spam = &s
		}
		return nil
	})
	if err != nil {
		return false, err
	}
	found := len(rep.Findings) > 0
	if asJSON {
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		return found, enc.Encode(rep)
	}
	if found {
		spam := "not judged (not English)"
		if rep.Spam != nil {
			spam = fmt.Sprintf("%.2f", *rep.Spam)
		}
		_, err = fmt.Fprintf(w, "%s: %d findings; obfuscated %.2f, spam %s\n", in.name, len(rep.Findings), rep.Obfuscated, spam)
	}
	return found, err
}

func printFinding(w io.Writer, name string, f finding) error {
	var err error
	switch f.Kind {
	case "invalid-utf8", "binary":
		_, err = fmt.Fprintf(w, "%s:%d:%d: %s: %s\n", name, f.Line, f.Column, f.Kind, f.Reason)
	default:
		_, err = fmt.Fprintf(w, "%s:%d:%d: %s: %s → %s (%s)", name, f.Line, f.Column, f.Kind, show(f.Before), show(f.After), f.Reason)
		if err == nil && f.Hidden != "" {
			_, err = fmt.Fprintf(w, " hidden text: %s", show(f.Hidden))
		}
		if err == nil {
			_, err = fmt.Fprintln(w)
		}
	}
	return err
}
