package unspin

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/unspin/unspin/internal/edit"
)

// TestKindsAreThePipelines: the public kinds are the pipeline's, one for
// one, so that converting at the boundary loses nothing.
func TestKindsAreThePipelines(t *testing.T) {
	pairs := map[Kind]edit.Kind{Homoglyph: edit.Homoglyph, Invisible: edit.Invisible, Bidi: edit.Bidi, Deletion: edit.Deletion,
		Overstrike: edit.Overstrike, Tag: edit.Tag, SpamSentence: edit.SpamSentence, SpamPhrase: edit.SpamPhrase, Layout: edit.Layout}
	for k, e := range pairs {
		if string(k) != string(e) || k.CharLevel() != e.CharLevel() {
			t.Errorf("%s: the pipeline's is %s (char level %v)", k, e, e.CharLevel())
		}
	}
}

// TestReportJSON: the JSON form reads back into the same report, scores
// rounded to four decimals, strings not HTML-escaped.
func TestReportJSON(t *testing.T) {
	spam := 0.123456
	r := Report{Edits: []Edit{{Start: 1, End: 3, Kind: Tag, Before: "<\u00e9>", After: "", Reason: `a "quoted" & <b>`, Hidden: "x\ny"}},
		Obfuscated: 2.0 / 3, Spam: &spam, Suspects: []Suspect{{4, 9, "b&c", "why"}}, InvalidUTF8: [][2]int{{10, 12}}}
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	if s := string(r.AppendJSON(nil)); strings.Contains(s, `\u003c`) || !strings.Contains(s, `"obfuscated":0.6667,"spam":0.1235`) || !strings.Contains(s, `"reason":"a \"quoted\" & <b>"`) {
		t.Fatalf("%s", s)
	}
	var back Report
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatalf("%v: %s", err, b)
	}
	if back.Obfuscated != 0.6667 || *back.Spam != 0.1235 || back.Edits[0] != r.Edits[0] || back.Suspects[0] != r.Suspects[0] || back.InvalidUTF8[0] != r.InvalidUTF8[0] {
		t.Fatalf("%+v", back)
	}
	if b, _ := json.Marshal(Clean("plain")); !strings.HasPrefix(string(b), `{"edits":[],"obfuscated":0.0,`) {
		t.Fatalf("%s", b)
	}
}
