package jsonl

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/unspin/unspin"
)

func TestProcessKeepsFieldsAndOrder(t *testing.T) {
	in := `{"id":"a","text":"The Russ\u0456an embassy","meta":{"x":1}}` + "\n" +
		"not json\n" +
		`{"id":"b","text":"clean text"}` + "\n" +
		`{"id":"c","body":"no text field"}` + "\n" +
		`{"id":"d","text":"no newline at end"}`
	var out, errs bytes.Buffer
	st, err := Process(strings.NewReader(in), &out, &errs, Options{MaxSpam: -1, Workers: 3})
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
		return unspin.Report{Text: s, Spam: map[string]float64{"a": 0.9, "b": 0.1}[s]}
	}
	st, err := Process(strings.NewReader(in), &out, &errs, Options{MaxSpam: 0.5, Clean: clean})
	if err != nil || st.Dropped != 1 || strings.Contains(out.String(), `"a"`) || !strings.Contains(out.String(), `"b"`) {
		t.Fatalf("st %+v err %v out %q", st, err, out.String())
	}
}
