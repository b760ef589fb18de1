package main

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"github.com/unspin/unspin"
	"github.com/unspin/unspin/corpus"
	"github.com/unspin/unspin/internal/files"
	"github.com/unspin/unspin/internal/jsontext"
	"github.com/unspin/unspin/internal/say"
)

func newCheck() *cobra.Command {
	var co common
	var asJSON bool
	c := &cobra.Command{
		Use:   "check [FILE...]",
		Short: "Report what clean would change; exit 1 if anything, 0 if the text is clean",
		Long: `Report what clean would change in each FILE, without writing anything: the
same formats, the same cleaning and the same parts left alone (markup,
scripts, styles and comments of a page; WARC records without text).

One line per finding, the edit shown in the word or phrase it stands in:

  article.txt:3:14: homoglyph: wеnt → went (Cyrillic U+0435 looks like Latin 'e'; ...)
  docs.jsonl:12 (doc-7): text 1:40: invisible: in<U+200B>voice → invoice (...)
  crawl.warc.gz: record 5 (https://example.com/): text 4:2: spam-phrase: ...

Lines and columns count from 1, columns in characters: of the file for plain
text and pages, of the document's text for JSON Lines and WARC records.
Characters nobody can see are written <U+XXXX>. Bytes that are not UTF-8,
binary data, JSON lines that are no documents and documents over
--max-doc-bytes are findings too. Each file ends with its totals per kind.
With --json, one JSON object per file instead.

Exits 1 when it finds anything, 0 when the text is clean (printing nothing),
2 on error, so it can guard CI jobs and pre-commit hooks.

` + formatsHelp,
		RunE: func(cmd *cobra.Command, args []string) error {
			opens, _, err := co.inputs(cmd, args)
			if err != nil {
				return err
			}
			status, err := eachInput(opens, func(in input) (int, error) {
				found, err := checkOne(cmd, in, &co, asJSON)
				if found {
					return 1, err
				}
				return 0, err
			})
			if err != nil {
				return err
			}
			found := status > 0
			if found {
				return exitError{1}
			}
			return nil
		},
	}
	co.flags(c)
	c.Flags().BoolVar(&asJSON, "json", false, "one JSON object per file: findings with their place and context, totals per kind, scores")
	return c
}

// finding is one line of check's report.
type finding struct {
	Doc  int    `json:"doc,omitempty"` // JSON Lines: the line; WARC: the record
	ID   string `json:"id,omitempty"`
	URL  string `json:"url,omitempty"`
	Line int    `json:"line"`
	// Column counts characters; Start and End are bytes: of the file for
	// plain text and pages, of the document's text for JSON Lines and WARC.
	Column  int          `json:"column"`
	Start   int64        `json:"start"`
	End     int64        `json:"end"`
	Kind    string       `json:"kind"`
	Before  string       `json:"before,omitempty"`
	After   string       `json:"after,omitempty"`
	Context *inContextOf `json:"context,omitempty"`
	Reason  string       `json:"reason,omitempty"`
	Hidden  string       `json:"hidden,omitempty"`
}

// inContextOf is the word or phrase an edit stands in, before and after it.
type inContextOf struct {
	Before string `json:"before"`
	After  string `json:"after"`
}

type fileReport struct {
	File      string         `json:"file"`
	Format    string         `json:"format"`
	Documents int            `json:"documents"`
	Flagged   int            `json:"documents_with_findings"`
	Findings  []finding      `json:"findings"`
	Totals    map[string]int `json:"totals"`
	Notes     []string       `json:"notes,omitempty"`
	// The highest scores of the file's documents; Spam null where none
	// was judged.
	Obfuscated float64  `json:"obfuscated"`
	Spam       *float64 `json:"spam"`
}

// Kinds of finding that are not edits.
const (
	kindInvalid  = "invalid-utf8"
	kindBinary   = "binary"
	kindNotDoc   = "not-a-document"
	kindTooLarge = "too-large"
)

func checkOne(cmd *cobra.Command, in input, co *common, asJSON bool) (bool, error) {
	w := cmd.OutOrStdout()
	rep := fileReport{File: in.name, Format: in.format.String(), Findings: []finding{}, Totals: map[string]int{}}
	var writeErr error
	opt := co.options()
	opt.OnDocument = func(d corpus.Document) {
		fs := documentFindings(in.format, d)
		if len(fs) > 0 {
			rep.Flagged++
		}
		if d.Note != "" {
			rep.Notes = append(rep.Notes, d.Note)
		}
		for _, f := range fs {
			rep.Totals[f.Kind]++
		}
		if d.Report != nil {
			rep.Obfuscated = max(rep.Obfuscated, d.Report.Obfuscated)
			if s, ok := d.Report.SpamScore(); ok && (rep.Spam == nil || s > *rep.Spam) {
				rep.Spam = &s
			}
		}
		if asJSON {
			rep.Findings = append(rep.Findings, fs...)
			return
		}
		for _, f := range fs {
			if writeErr == nil {
				_, writeErr = io.WriteString(w, formatFinding(in, f))
			}
		}
		if d.Note != "" && writeErr == nil {
			_, writeErr = fmt.Fprintf(w, "%s: note: %s\n", place(in, d), d.Note)
		}
	}
	st, err := process(cmd.Context(), in, nil, opt)
	if err = errors.Join(err, writeErr); err != nil {
		return false, err
	}
	rep.Documents = st.Documents
	n := 0
	for _, k := range rep.Totals {
		n += k
	}
	found := n > 0 || st.KeptJSON > 0
	if asJSON {
		b, err := jsontext.Marshal(rep)
		if err != nil {
			return false, err
		}
		_, err = w.Write(append(b, '\n'))
		return found, err
	}
	if n == 0 {
		return found, nil
	}
	spam := "not judged"
	if rep.Spam != nil {
		spam = jsontext.FormatScore(*rep.Spam)
	}
	scope := fmt.Sprintf("in %s", say.Plural(rep.Documents, "document"))
	if rep.Documents > 1 {
		scope = fmt.Sprintf("in %d of %s", rep.Flagged, say.Plural(rep.Documents, "document"))
	}
	_, err = fmt.Fprintf(w, "%s: %s (%s) %s; highest scores: obfuscated %s, spam %s\n",
		in.name, say.Plural(n, "finding"), totals(rep.Totals), scope, jsontext.FormatScore(rep.Obfuscated), spam)
	return found, err
}

// totals lists the counts per kind, most first.
func totals(t map[string]int) string {
	kinds := make([]string, 0, len(t))
	for k := range t {
		kinds = append(kinds, k)
	}
	slices.SortFunc(kinds, func(a, b string) int {
		if t[a] != t[b] {
			return t[b] - t[a]
		}
		return strings.Compare(a, b)
	})
	parts := make([]string, len(kinds))
	for i, k := range kinds {
		parts[i] = fmt.Sprintf("%d %s", t[k], k)
	}
	return strings.Join(parts, ", ")
}

// documentFindings turns what became of one document into findings, in
// order, each placed by line and column.
func documentFindings(format files.Format, d corpus.Document) []finding {
	var fs []finding
	base := finding{}
	switch format {
	case files.JSONL:
		base.Doc, base.ID = d.Number, d.ID
	case files.WARC:
		base.Doc, base.ID, base.URL = d.Number, d.ID, d.URL
	}
	switch {
	case d.Err == corpus.ErrBinary:
		f := base
		f.Start, f.End, f.Kind, f.Reason = 0, int64(len(d.Text)), kindBinary, "looks like binary data, not text; left as it is"
		fs = append(fs, f)
	case errors.Is(d.Err, corpus.ErrTooLarge):
		f := base
		f.Kind, f.Reason = kindTooLarge, d.Err.Error()+" (--max-doc-bytes); passed through unchanged"
		fs = append(fs, f)
	case d.Err != nil:
		f := base
		f.Kind, f.Reason = kindNotDoc, d.Err.Error()+"; passed through unchanged"
		fs = append(fs, f)
	case d.Report != nil:
		for _, r := range d.Report.InvalidUTF8 {
			f := base
			f.Start, f.End, f.Kind = int64(r[0]), int64(r[1]), kindInvalid
			f.Reason = say.Plural(r[1]-r[0], "byte") + " that are not UTF-8, left as they are"
			fs = append(fs, f)
		}
		for _, e := range d.Report.Edits {
			f := base
			f.Start, f.End, f.Kind = int64(e.Start), int64(e.End), string(e.Kind)
			f.Before, f.After, f.Reason, f.Hidden = e.Before, e.After, e.Reason, e.Hidden
			before, after := inContext(d.Text, e)
			f.Context = &inContextOf{before, after}
			fs = append(fs, f)
		}
	}
	slices.SortStableFunc(fs, func(a, b finding) int { return int(a.Start - b.Start) })
	// Lines and columns by one walk through the text.
	line, col, at := d.Line, 0, 0
	if line == 0 {
		line = 1
	}
	for i := range fs {
		for at < int(fs[i].Start) && at < len(d.Text) {
			r, n := utf8.DecodeRuneInString(d.Text[at:])
			if r == '\n' {
				line, col = line+1, 0
			} else {
				col++
			}
			at += n
		}
		fs[i].Line, fs[i].Column = line, col+1
		if format == files.Text {
			fs[i].Start += d.Offset
			fs[i].End += d.Offset
		}
	}
	return fs
}

// place names where a document is, as findings begin.
func place(in input, d corpus.Document) string {
	switch in.format {
	case files.JSONL:
		if d.ID != "" {
			return fmt.Sprintf("%s:%d (%s)", in.name, d.Number, d.ID)
		}
		return fmt.Sprintf("%s:%d", in.name, d.Number)
	case files.WARC:
		where := d.URL
		if where == "" {
			where = d.ID
		}
		return fmt.Sprintf("%s: record %d (%s)", in.name, d.Number, where)
	}
	return in.name
}

func formatFinding(in input, f finding) string {
	var b strings.Builder
	switch {
	case f.Kind == kindNotDoc || f.Kind == kindTooLarge: // no place in a text
		b.WriteString(place(in, corpus.Document{Number: f.Doc, ID: f.ID, URL: f.URL}))
		fmt.Fprintf(&b, ": %s: ", f.Kind)
	case in.format == files.JSONL || in.format == files.WARC:
		b.WriteString(place(in, corpus.Document{Number: f.Doc, ID: f.ID, URL: f.URL}))
		fmt.Fprintf(&b, ": text %d:%d: %s: ", f.Line, f.Column, f.Kind)
	default:
		fmt.Fprintf(&b, "%s:%d:%d: %s: ", in.name, f.Line, f.Column, f.Kind)
	}
	if f.Context == nil {
		b.WriteString(f.Reason)
	} else {
		b.WriteString(visible(f.Context.Before, 80))
		b.WriteString(" → ")
		if f.Context.After == "" {
			b.WriteString("(removed)")
		} else {
			b.WriteString(visible(f.Context.After, 80))
		}
		if f.Reason != "" {
			fmt.Fprintf(&b, " (%s)", f.Reason)
		}
		if f.Hidden != "" {
			fmt.Fprintf(&b, " hidden text: %s", visible(f.Hidden, 80))
		}
	}
	b.WriteByte('\n')
	return b.String()
}

// inContext is the word an edit stands in, before and after the edit; for
// an edit of words (a phrase or a sentence removed, a paragraph break
// joined), the edit with the word on either side.
func inContext(text string, e unspin.Edit) (before, after string) {
	from, to := e.Start, e.End
	if e.Kind.CharLevel() || e.Kind == unspin.Overstrike {
		for from > 0 && e.Start-from < 40 {
			r, n := utf8.DecodeLastRuneInString(text[:from])
			if !inWord(r) {
				break
			}
			from -= n
		}
		for to < len(text) && to-e.End < 40 {
			r, n := utf8.DecodeRuneInString(text[to:])
			if !inWord(r) {
				break
			}
			to += n
		}
	} else {
		from, to = wordBefore(text, from), wordAfter(text, to)
	}
	return text[from:to], text[from:e.Start] + e.After + text[e.End:to]
}

// inWord: letters, marks, digits, and what hides inside words (format
// characters, joiners, controls such as backspace).
func inWord(r rune) bool {
	return unicode.In(r, unicode.L, unicode.M, unicode.N, unicode.Cf, unicode.Co) ||
		r == '\b' || r == 0x7f || r == '\'' || r == '’' || r == utf8.RuneError ||
		unicode.In(r, unicode.Variation_Selector, unicode.Other_Default_Ignorable_Code_Point)
}

// wordBefore is where the word before at begins, past the spaces between
// (not past a line break).
func wordBefore(text string, at int) int {
	for k := 0; at > 0 && k < 2; k++ { // the spaces, then the word
		for at > 0 {
			r, n := utf8.DecodeLastRuneInString(text[:at])
			if (k == 0) != unicode.IsSpace(r) || r == '\n' && k == 1 {
				break
			}
			at -= n
		}
	}
	return at
}

// wordAfter is where the word after at ends.
func wordAfter(text string, at int) int {
	for k := 0; at < len(text) && k < 2; k++ {
		for at < len(text) {
			r, n := utf8.DecodeRuneInString(text[at:])
			if (k == 0) != unicode.IsSpace(r) || r == '\n' && k == 1 {
				break
			}
			at += n
		}
	}
	return at
}

// visible writes s on one line with nothing hidden: line breaks and tabs
// as \n, \t, characters nobody can see as <U+XXXX> (a run of many as
// <U+XXXX…U+YYYY: n characters>), bytes that are not UTF-8 as <xFF>, and
// long text cut in the middle.
func visible(s string, limit int) string {
	var b strings.Builder
	var run []rune
	flush := func() {
		switch {
		case len(run) == 0:
		case len(run) <= 3:
			for _, r := range run {
				fmt.Fprintf(&b, "<U+%04X>", r)
			}
		default:
			fmt.Fprintf(&b, "<U+%04X…U+%04X: %d characters>", run[0], run[len(run)-1], len(run))
		}
		run = run[:0]
	}
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			flush()
			fmt.Fprintf(&b, "<x%02X>", s[i])
		case r == '\n':
			flush()
			b.WriteString(`\n`)
		case r == '\t':
			flush()
			b.WriteString(`\t`)
		case r == '\r':
			flush()
			b.WriteString(`\r`)
		case r == ' ' || unicode.IsGraphic(r) && !unicode.In(r, unicode.Cf, unicode.Zs, unicode.Variation_Selector, unicode.Other_Default_Ignorable_Code_Point):
			flush()
			b.WriteRune(r)
		default:
			run = append(run, r)
		}
		i += n
	}
	flush()
	out := b.String()
	if utf8.RuneCountInString(out) > limit {
		r := []rune(out)
		out = string(r[:limit/2-1]) + " … " + string(r[len(r)-limit/2+1:])
	}
	return out
}
