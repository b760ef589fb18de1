package corpus

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/tidwall/gjson"

	"github.com/unspin/unspin"
)

// quoteEater removes every sentence that starts "Buy", up to and past
// what follows its full stop, as a careless spam pass would: in a JSON
// line, the closing quote goes with it.
var quoteEater = CleanerFunc(func(s string) unspin.Report {
	var edits []unspin.Edit
	for i := 0; ; {
		k := strings.Index(s[i:], "Buy")
		if k < 0 {
			break
		}
		start := i + k
		end := start + strings.IndexByte(s[start:], '.') + 2
		end = min(end, len(s))
		edits = append(edits, unspin.Edit{Start: start, End: end, Kind: unspin.SpamSentence, Before: s[start:end]})
		i = end
	}
	return unspin.Report{Text: unspin.Apply(s, edits), Edits: edits}
})

// TestTextKeepsJSONLinesValid: read as plain text, a line of valid JSON is
// never made invalid; other lines are cleaned as ever.
func TestTextKeepsJSONLinesValid(t *testing.T) {
	in := `{"text": "Hello. Buy pills."}` + "\n" +
		"Plain line. Buy pills. Rest.\n" +
		`{"text": "Fine"}` + "\n"
	var out bytes.Buffer
	var notes []string
	st, err := Text(context.Background(), &out, strings.NewReader(in), Options{Cleaner: quoteEater,
		OnDocument: func(d Document) { notes = append(notes, d.Note) }})
	if err != nil {
		t.Fatal(err)
	}
	want := `{"text": "Hello. Buy pills."}` + "\n" + "Plain line. Rest.\n" + `{"text": "Fine"}` + "\n"
	if out.String() != want || st.KeptJSON != 1 || len(notes) != 1 || !strings.Contains(notes[0], "(line 1)") {
		t.Fatalf("%q\nkept %d, notes %q", out.String(), st.KeptJSON, notes)
	}
	for _, l := range strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n") {
		if strings.HasPrefix(l, "{") && !json.Valid([]byte(l)) {
			t.Fatalf("invalid JSON line %q", l)
		}
	}
}

// TestTextJoinsNoJSONLines: an edit that would join a JSON line to the
// next (a removed line break) is not made.
func TestTextJoinsNoJSONLines(t *testing.T) {
	join := CleanerFunc(func(s string) unspin.Report {
		k := strings.Index(s, "}\n{")
		edits := []unspin.Edit{{Start: k + 1, End: k + 2, Kind: unspin.Layout, Before: "\n", After: " "}}
		return unspin.Report{Text: unspin.Apply(s, edits), Edits: edits}
	})
	in := `{"a": 1}` + "\n" + `{"b": 2}` + "\n"
	var out bytes.Buffer
	st, err := Text(context.Background(), &out, strings.NewReader(in), Options{Cleaner: join})
	if err != nil || out.String() != in || st.KeptJSON != 2 {
		t.Fatalf("%q %d %v", out.String(), st.KeptJSON, err)
	}
}

// TestTextAttributesSpanUnits: a text cleaned in several units has one
// attributes line, its offsets counted from the start of the text.
func TestTextAttributesSpanUnits(t *testing.T) {
	para := strings.Repeat("The embassy said the talks were frank. ", 110) + "\n\n"
	in := para + para + "The Russіan embassy.\n" // the look-alike in the third unit
	var attrs bytes.Buffer
	var units int
	_, err := Text(context.Background(), io.Discard, strings.NewReader(in), Options{Attributes: &attrs, Name: "doc", UnitBytes: 4096,
		OnDocument: func(Document) { units++ }})
	if err != nil {
		t.Fatal(err)
	}
	cp := len([]rune(para + para + "The Russ"))
	want := `{"id":"doc","attributes":{"unspin__homoglyph":[[` + itoa(cp) + "," + itoa(cp+1) + ",1.0]]"
	if units < 3 || !strings.HasPrefix(attrs.String(), want) || strings.Count(attrs.String(), "\n") != 1 {
		t.Fatalf("%d units: %s\nwant %s…", units, attrs.String(), want)
	}
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }

// TestCancelled: a run whose context is done stops reading and says why.
func TestCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	in := strings.Repeat(`{"text": "x"}`+"\n", 1000)
	for name, f := range map[string]func(context.Context, io.Writer, io.Reader, Options) (Stats, error){
		"JSONL": JSONL, "Text": Text, "HTML": HTML,
	} {
		if _, err := f(ctx, io.Discard, strings.NewReader(in), Options{}); !errors.Is(err, context.Canceled) {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// TestBinaryAndInvalid: plain text that looks binary passes through, a
// run of bytes that are not UTF-8 is counted where it is.
func TestBinaryAndInvalid(t *testing.T) {
	in := "text \xff\xfe more text"
	var out bytes.Buffer
	st, err := Text(context.Background(), &out, strings.NewReader(in), Options{})
	if err != nil || out.String() != in || st.InvalidRuns != 1 || st.FirstInvalid != 5 || st.Binary != 0 {
		t.Fatalf("%+v %v", st, err)
	}
	bin := "\x00\x01binary"
	var errs []error
	st, err = Text(context.Background(), &out, strings.NewReader(bin), Options{OnDocument: func(d Document) { errs = append(errs, d.Err) }})
	if err != nil || st.Binary != int64(len(bin)) || len(errs) != 1 || errs[0] != ErrBinary {
		t.Fatalf("%+v %v %v", st, errs, err)
	}
}

// TestHTMLOverCap: a page over MaxDocBytes passes through whole.
func TestHTMLOverCap(t *testing.T) {
	page := "<p>The Russіan embassy</p>" + strings.Repeat(" ", 100)
	var out bytes.Buffer
	var got error
	st, err := HTML(context.Background(), &out, strings.NewReader(page), Options{MaxDocBytes: 50, OnDocument: func(d Document) { got = d.Err }})
	if err != nil || out.String() != page || st.TooLarge != 1 || !errors.Is(got, ErrTooLarge) {
		t.Fatalf("%+v %v %v", st, got, err)
	}
}

// idString reads an id without escapes as its bytes, as gjson does, and
// one with escapes through gjson.
func TestIDString(t *testing.T) {
	for _, c := range []struct{ raw, want string }{
		{`"doc-1"`, "doc-1"}, {`""`, ""}, {"\"é\xff\"", "é\xff"}, {`"a\"b"`, `a"b`}, {`"\u00e9"`, "é"},
		{`17`, "17"}, {`{"a":1}`, `{"a":1}`}, {`null`, "null"},
	} {
		if got := idString(json.RawMessage(c.raw)); got != c.want {
			t.Errorf("idString(%s) = %q, want %q", c.raw, got, c.want)
		}
		if g := gjson.Parse(c.raw).String(); c.raw[0] == '"' && g != c.want {
			t.Errorf("gjson reads %s as %q, not %q", c.raw, g, c.want)
		}
	}
}
