package jsonl

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/unspin/unspin"
	"github.com/unspin/unspin/internal/benchcpu"
)

func TestProcessKeepsFieldsAndOrder(t *testing.T) {
	in := `{"id":"a","text":"The Russ\u0456an embassy","meta":{"x":1}}` + "\n" +
		"not json\n" +
		`{"id":"b","text":"clean text"}` + "\n" +
		`{"id":"c","body":"no text field"}` + "\n" +
		`{"id":"d","text":"no newline at end"}`
	var out, errs bytes.Buffer
	st, err := Process(context.Background(), strings.NewReader(in), &out, notes(&errs, Options{MaxSpam: -1, Workers: 3}))
	if err != nil {
		t.Fatal(err)
	}
	if st.Lines != 5 || st.Failed != 2 {
		t.Fatalf("stats %+v", st)
	}
	lines := strings.Split(out.String(), "\n")
	if len(lines) != 5 || lines[4] == "" || !strings.HasPrefix(lines[0], `{"id":"a","text":"The Russian embassy","meta":{"x":1},"unspin":`) {
		t.Fatalf("output %q", out.String())
	}
	if lines[1] != "not json" || lines[3] != `{"id":"c","body":"no text field"}` {
		t.Fatalf("failed lines not passed through: %q", out.String())
	}
	if !strings.Contains(errs.String(), "line 2:") || !strings.Contains(errs.String(), "line 4:") {
		t.Fatalf("stderr %q", errs.String())
	}
	var doc struct {
		Unspin unspin.Report `json:"unspin"`
	}
	if err := json.Unmarshal([]byte(lines[0]), &doc); err != nil || len(doc.Unspin.Edits) != 1 || doc.Unspin.Obfuscated < 0.5 {
		t.Fatalf("report %+v %v", doc.Unspin, err)
	}
}

func TestProcessDropsSpamAboveCut(t *testing.T) {
	in := `{"text":"a"}` + "\n" + `{"text":"b"}` + "\n"
	var out, errs bytes.Buffer
	clean := func(s string) unspin.Report {
		score := map[string]float64{"a": 0.9, "b": 0.1}[s]
		return unspin.Report{Text: s, Spam: &score}
	}
	st, err := Process(context.Background(), strings.NewReader(in), &out, notes(&errs, Options{MaxSpam: 0.5, Clean: clean}))
	if err != nil || st.Dropped != 1 || strings.Contains(out.String(), `"a"`) || !strings.Contains(out.String(), `"b"`) {
		t.Fatalf("st %+v err %v out %q", st, err, out.String())
	}
}

// notes makes opt report each line's note and error on w, as the CLI does.
func notes(w io.Writer, opt Options) Options {
	opt.Each = func(d Doc) {
		if d.Note != "" {
			fmt.Fprintf(w, "line %d: %s\n", d.Line, d.Note)
		}
		if d.Err != nil {
			fmt.Fprintf(w, "line %d: %v\n", d.Line, d.Err)
		}
	}
	return opt
}

func run(t *testing.T, in string, opt Options) (string, string, Stats) {
	t.Helper()
	var out, errs bytes.Buffer
	if opt.MaxSpam == 0 {
		opt.MaxSpam = -1
	}
	st, err := Process(context.Background(), strings.NewReader(in), &out, notes(&errs, opt))
	if err != nil {
		t.Fatal(err)
	}
	return out.String(), errs.String(), st
}

// TestFaithful: what the cleaner does not change comes back byte for byte,
// escapes, invalid UTF-8 and lone surrogates included.
func TestFaithful(t *testing.T) {
	tests := []struct{ name, in, wantPrefix string }{
		{"unchanged text keeps its escapes", `{"text":"caf\u00e9 <b> \/ \"q\""}`, `{"text":"caf\u00e9 <b> \/ \"q\"","unspin":`},
		{"raw invalid UTF-8 kept raw", "{\"text\":\"caf\xe9 ok\"}", "{\"text\":\"caf\xe9 ok\",\"unspin\":"},
		{"lone surrogate kept as its escape", `{"text":"a \ud800 b"}`, `{"text":"a \ud800 b","unspin":`},
		{"surrogate pair kept", `{"text":"smile \ud83d\ude00"}`, `{"text":"smile \ud83d\ude00","unspin":`},
		{"edit beside escapes leaves them", `{"text":"caf\u00e9 Russ\u0456an \ud800 ok"}`, `{"text":"caf\u00e9 Russian \ud800 ok","unspin":`},
		{"raw edit", `{"text":"The Russіan embassy"}`, `{"text":"The Russian embassy","unspin":`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, errs, st := run(t, tc.in+"\n", Options{})
			if !strings.HasPrefix(out, tc.wantPrefix) || st.Failed != 0 {
				t.Fatalf("\n got %q\nwant %q… (%s)", out, tc.wantPrefix, errs)
			}
		})
	}
}

func TestInvalidReported(t *testing.T) {
	out, _, _ := run(t, `{"text":"a \ud800 b"}`+"\n", Options{})
	if !strings.Contains(out, `"invalid_utf8":[[2,5]]`) {
		t.Fatalf("lone surrogate not reported: %s", out)
	}
}

// TestDuplicateFieldsAllCleaned: a second "text" (which Go and Python keep)
// must not carry spoofed text past the cleaner.
func TestDuplicateFieldsAllCleaned(t *testing.T) {
	out, errs, _ := run(t, `{"text":"dup","text":"The Russіan embassy"}`+"\n", Options{})
	if !strings.HasPrefix(out, `{"text":"dup","text":"The Russian embassy",`) || !strings.Contains(errs, `2 "text" fields`) {
		t.Fatalf("out %q errs %q", out, errs)
	}
	var m map[string]any
	if err := json.Unmarshal([]byte(out), &m); err != nil || m["text"] != "The Russian embassy" {
		t.Fatalf("decoded %v %v", m, err)
	}
}

func TestBOMAndOtherField(t *testing.T) {
	out, _, st := run(t, "\ufeff{\"body\":\"The Russіan embassy\"}\n", Options{Field: "body"})
	if !strings.HasPrefix(out, "\ufeff{\"body\":\"The Russian embassy\"") || st.Failed != 0 {
		t.Fatalf("out %q", out)
	}
}

func TestDocumentCap(t *testing.T) {
	in := `{"text":"The Russіan embassy"}` + "\n"
	out, errs, st := run(t, in, Options{MaxDocBytes: 8})
	if out != in || st.Skipped != 1 || !strings.Contains(errs, "line 1: text over the document cap") {
		t.Fatalf("out %q errs %q st %+v", out, errs, st)
	}
}

func TestReasonsOnlyWithExplain(t *testing.T) {
	in := `{"text":"The Russіan embassy"}` + "\n"
	out, _, _ := run(t, in, Options{})
	if strings.Contains(out, `"reason"`) {
		t.Fatalf("reason without --explain: %s", out)
	}
	out, _, _ = run(t, in, Options{Explain: true})
	if !strings.Contains(out, `"reason":"Cyrillic`) {
		t.Fatalf("no reason with --explain: %s", out)
	}
}

func FuzzDecodeString(f *testing.F) {
	for _, s := range []string{`a`, `caf\u00e9`, `\ud800`, `\ud83d\ude00`, `\"\\\/\b\f\n\r\t`, "raw \xff", `\u00`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		s, err := decodeString(raw)
		if err != nil {
			return
		}
		// Splicing nothing gives the raw bytes back; so does replacing the
		// whole text with itself where it needs no escaping.
		if got := s.splice(nil); !bytes.Equal(got, raw) {
			t.Fatalf("splice(nil) = %q, want %q", got, raw)
		}
		// Each mark pairs offsets that cut raw and the text alike: the
		// raw bytes before it decode to the text before it.
		for _, m := range s.marks {
			if p, err := decodeString(raw[:m.raw]); err != nil || p.text != s.text[:m.dec] {
				t.Fatalf("mark %v: %q decodes to %q (%v), want %q", m, raw[:m.raw], p.text, err, s.text[:m.dec])
			}
		}
		if len(s.text) > 0 {
			got := s.splice([]replacement{{0, len(s.text), "x"}})
			if string(got) != "x" {
				t.Fatalf("whole replacement = %q", got)
			}
		}
	})
}

// FuzzProcess: any input gives as many lines as it had, each either the
// input line (passed through) or that line with its text cleaned and a
// report added; nothing panics.
func FuzzProcess(f *testing.F) {
	for _, s := range []string{
		`{"text":"The Russ\u0456an embassy"}`,
		"\ufeff{\"text\":\"a\"}\n{\"text\":\"b\"}",
		`{"text":"dup","text":"Russіan"}`,
		`{"text":"a \ud800 b \ud83d\ude00"}`,
		"{\"text\":\"raw \xff bytes\"}\nnot json\n[1]\n",
		`{"text":"x\\"}`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		var out, errs bytes.Buffer
		if _, err := Process(context.Background(), strings.NewReader(in), &out, notes(&errs, Options{MaxSpam: -1, Workers: 2})); err != nil {
			t.Fatal(err)
		}
		in = strings.TrimPrefix(in, "\ufeff")
		o := strings.TrimPrefix(out.String(), "\ufeff")
		if strings.Count(o, "\n") != strings.Count(in, "\n") {
			t.Fatalf("%d lines in, %d out:\n%q\n%q", strings.Count(in, "\n"), strings.Count(o, "\n"), in, o)
		}
	})
}

// TestForgedReportReplaced: a line that brings its own "unspin" reports,
// duplicated, keeps none of them.
func TestForgedReportReplaced(t *testing.T) {
	out, _, _ := run(t, `{"text":"The Russіan embassy","unspin":{"spam":0},"unspin":{"spam":0,"obfuscated":0}}`+"\n", Options{})
	if strings.Count(out, `"unspin"`) != 1 {
		t.Fatalf("%s", out)
	}
	var m map[string]any
	if err := json.Unmarshal([]byte(out), &m); err != nil || m["unspin"].(map[string]any)["obfuscated"].(float64) < 0.5 {
		t.Fatalf("%v %v", m, err)
	}
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

// countingReader counts the bytes read from it.
type countingReader struct {
	r io.Reader
	n int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += n
	return n, err
}

// TestStopsOnWriteError: when the output fails, the rest of the input is
// not read and cleaned for nothing.
func TestStopsOnWriteError(t *testing.T) {
	line := `{"text":"` + strings.Repeat("The Russіan embassy said so. ", 1000) + `"}` + "\n"
	in := &countingReader{r: strings.NewReader(strings.Repeat(line, 2000))}
	var errs bytes.Buffer
	_, err := Process(context.Background(), in, failingWriter{}, notes(&errs, Options{MaxSpam: -1, Workers: 2}))
	if err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Fatalf("err %v", err)
	}
	if total := 2000 * len(line); in.n > total/2 {
		t.Fatalf("read %d of %d bytes after the output failed", in.n, total)
	}
}

// TestHugeLineNotHeld: a line far over the document cap streams through a
// file, unchanged, between its neighbours.
func TestHugeLineNotHeld(t *testing.T) {
	huge := `{"text":"` + strings.Repeat("x", 1<<20+1000) + `"}` + "\n"
	in := `{"text":"The Russіan embassy"}` + "\n" + huge + `{"text":"after"}`
	out, errs, st := run(t, in, Options{MaxDocBytes: 100})
	lines := strings.SplitAfter(out, "\n")
	if len(lines) != 3 || lines[1] != huge || !strings.HasPrefix(lines[0], `{"text":"The Russian embassy"`) ||
		!strings.HasPrefix(lines[2], `{"text":"after","unspin"`) || st.Skipped != 1 || !strings.Contains(errs, "line 2: text over the document cap: a line of 1049588 bytes") {
		t.Fatalf("st %+v\nerrs %q\nout %d bytes", st, errs, len(out))
	}
}

// BenchmarkProcess measures the JSON Lines round trip alone, the cost
// that is not cleaning: each line read, its text found and decoded, handed
// to a cleaner that changes nothing, and the line written back with its
// report, on one worker. "brown" has the dev set's long articles (25 KB a
// line), "short" the same text cut into lines of about 230 bytes, as
// Debian's fortunes are, where this cost weighs most. cpu-ns/line is what
// one line costs outside the cleaner, all goroutines counted.
func BenchmarkProcess(b *testing.B) {
	brown, err := os.ReadFile("../../testdata/dev/brown.jsonl")
	if err != nil {
		b.Skip(err)
	}
	keep := func(s string) unspin.Report { return unspin.Report{Text: s, Edits: []unspin.Edit{}} }
	for _, c := range []struct {
		name string
		data []byte
	}{{"brown", brown}, {"short", shortLines(b, brown, 230)}} {
		lines := bytes.Count(c.data, []byte("\n"))
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.data)))
			each := 0
			m := benchcpu.Start()
			for b.Loop() {
				if _, err := Process(context.Background(), bytes.NewReader(c.data), io.Discard,
					Options{Workers: 1, Clean: keep, MaxSpam: -1, Each: func(Doc) { each++ }}); err != nil {
					b.Fatal(err)
				}
			}
			m.Report(b, len(c.data))
			m.ReportPer(b, lines, "cpu-ns/line")
		})
	}
}

// shortLines cuts the texts of data's lines into JSON lines of about n
// bytes, cut at spaces.
func shortLines(b *testing.B, data []byte, n int) []byte {
	var out []byte
	k := 0
	for line := range bytes.Lines(data) {
		var d struct{ Text string }
		if err := json.Unmarshal(line, &d); err != nil {
			b.Fatal(err)
		}
		for t := d.Text; t != ""; k++ {
			cut := len(t)
			if cut > n {
				if i := strings.IndexByte(t[n:], ' '); i >= 0 {
					cut = n + i + 1
				}
			}
			j, _ := json.Marshal(map[string]string{"id": fmt.Sprintf("s-%d", k), "text": t[:cut]})
			out = append(append(out, j...), '\n')
			t = t[cut:]
		}
	}
	return out
}

// The report is added before the closing brace, whatever space stands
// there, and the line stays one valid JSON object.
func TestReportAppendedBeforeBrace(t *testing.T) {
	for _, in := range []string{`{"text":"a" }`, "{\"text\":\"a\"\t}\r\n", `{"id":1,"text":"b","unspin":{"x":1}}`, `{"unspin":2,"text":"c"}`} {
		out, _, _ := run(t, in+"\n", Options{})
		var doc map[string]json.RawMessage
		if err := json.Unmarshal([]byte(out), &doc); err != nil || !bytes.Contains(doc["unspin"], []byte(`"edits"`)) {
			t.Errorf("%q gave %q (%v)", in, out, err)
		}
		if strings.Count(out, `"unspin"`) != 1 {
			t.Errorf("%q gave %q: not one report", in, out)
		}
	}
}

// TestAttributes: one attributes line per document, in order, dropped and
// unreadable ones included, blank lines not; TagOnly writes the attributes alone.
func TestAttributes(t *testing.T) {
	in := `{"id": "a", "text": "The Russ\u0456an embassy"}` + "\n\n" +
		`not json` + "\n" +
		`{"text": "Plain."}` + "\n" +
		`{"id": 7, "text": "Ünïcödé"}` + "\n"
	for _, tagOnly := range []bool{false, true} {
		var out, attrs, errs bytes.Buffer
		var w io.Writer = &out
		if tagOnly {
			w = nil
		}
		st, err := Process(context.Background(), strings.NewReader(in), w, notes(&errs, Options{MaxSpam: 0.5, Attributes: &attrs}))
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSuffix(attrs.String(), "\n"), "\n")
		if len(lines) != 4 || st.Failed != 1 {
			t.Fatalf("tagOnly %v: %d attribute lines for 4 documents (%d failed):\n%s", tagOnly, len(lines), st.Failed, attrs.String())
		}
		for i, prefix := range []string{`{"id":"a","attributes":{"unspin__homoglyph":[[8,9,1.0]]`, `{"id":null,"attributes":{}}`,
			`{"id":null,"attributes":{"unspin__obfuscated":[[0,6,`, `{"id":7,"attributes":{`} {
			if !strings.HasPrefix(lines[i], prefix) {
				t.Errorf("tagOnly %v, line %d: %s, want %s...", tagOnly, i, lines[i], prefix)
			}
		}
		if tagOnly && out.Len() != 0 {
			t.Errorf("TagOnly wrote documents: %q", out.String())
		}
		if !tagOnly && strings.Count(out.String(), "\n") != 5 { // every line, the blank one too
			t.Errorf("documents: %q", out.String())
		}
	}
}

// TestHostileLines: a line nested millions deep is refused without
// recursion, and a panic in the cleaner fails its line only.
func TestHostileLines(t *testing.T) {
	deep := `{"text": "x", "a": ` + strings.Repeat("[", 8<<20) + "\n"
	in := deep + `{"text": "boom"}` + "\n" + `{"text": "fine"}` + "\n"
	clean := func(s string) unspin.Report {
		if s == "boom" {
			panic("boom")
		}
		return unspin.Clean(s)
	}
	var out, errs bytes.Buffer
	st, err := Process(context.Background(), strings.NewReader(in), &out, notes(&errs, Options{Clean: clean, MaxSpam: -1}))
	if err != nil || st.Failed != 2 || !strings.Contains(errs.String(), "nested deeper than 512") ||
		!strings.Contains(errs.String(), "internal error: boom") || !strings.Contains(out.String(), `"fine","unspin"`) {
		t.Fatalf("%+v %v %q", st, err, errs.String())
	}
	if !strings.HasPrefix(out.String(), deep) {
		t.Fatal("the deep line was not passed through")
	}
	if n := Nesting([]byte(`{"a": "[[[[", "b": [{"c": "\"]]"}]}`)); n != 3 {
		t.Fatalf("nesting %d", n)
	}
}

// TestBlocks: lines are cleaned in blocks of many, cut wherever reads
// end; whatever the reads and the line lengths (some over a block, one
// past the length where a line goes to a file, one too long for any text
// under the cap), the
// output is each line's own output in order, and every line is reported
// once, under its number.
func TestBlocks(t *testing.T) {
	var lines []string
	long := func(n int) string {
		return `{"id":"long","text":"` + strings.Repeat("Russian ", n/8) + `"}` + "\n"
	}
	for i := range 3000 {
		switch i {
		case 5:
			lines = append(lines, long(3*blockBytes/2)) // over a block
		case 700:
			lines = append(lines, long(spillAt+blockBytes)) // read back from its file; its text over the cap
		case 1500:
			lines = append(lines, "\n", `{"text":`+"\n") // blank, and not JSON
		case 2200:
			lines = append(lines, long(16<<20)) // over the cap: passed through from its file
		}
		lines = append(lines, fmt.Sprintf(`{"id":%d,"text":"The Russ\u0456an embassy, line %d."}`+"\n", i, len(lines)+1))
	}
	lines[len(lines)-1] = strings.TrimSuffix(lines[len(lines)-1], "\n")
	opt := Options{MaxSpam: -1, MaxDocBytes: 2 << 20, Workers: 3}
	var want strings.Builder
	for _, l := range lines {
		out, _, _ := run(t, l, opt)
		want.WriteString(out)
	}
	in := strings.Join(lines, "")
	var wantLines []int // the lines reported: all but the blank one
	for i, l := range lines {
		if l != "\n" {
			wantLines = append(wantLines, i+1)
		}
	}
	for _, c := range []struct {
		name  string
		in    string
		lines []int
		r     func(io.Reader) io.Reader
	}{
		{"whole", in, wantLines, func(r io.Reader) io.Reader { return r }},
		{"halves", in, wantLines, iotest.HalfReader},
		{"one byte", strings.Join(lines[:5], ""), wantLines[:5], iotest.OneByteReader}, // slow: the lines before the long one
	} {
		for _, eager := range []bool{false, true} {
			o := opt
			o.FlushIdle = eager
			var got []int
			var ids []string
			o.Each = func(d Doc) {
				got = append(got, d.Line)
				ids = append(ids, string(d.ID))
			}
			var out bytes.Buffer
			st, err := Process(context.Background(), c.r(strings.NewReader(c.in)), &out, o)
			whole := len(c.in) == len(in)
			if err != nil || !strings.HasPrefix(want.String(), out.String()) || whole && (out.Len() != want.Len() ||
				st.Lines != len(lines) || st.Skipped != 2 || st.Failed != 1) {
				t.Fatalf("%s, eager %v: %v %+v, output same: %v", c.name, eager, err, st, out.String() == want.String())
			}
			if !slices.Equal(got, c.lines) {
				t.Fatalf("%s, eager %v: lines reported differ", c.name, eager)
			}
			for k, id := range ids {
				if id != "" && !strings.Contains(lines[got[k]-1], `"id":`+id) {
					t.Fatalf("%s, eager %v: line %d reported with id %s", c.name, eager, got[k], id)
				}
			}
		}
	}
}
