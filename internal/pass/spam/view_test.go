package spam

import (
	"math"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/unspin/unspin/internal/doc"
)

// devTextsOf returns every text and expected text of the dev set.
func devTextsOf(t *testing.T) []string {
	files, _ := filepath.Glob("../../../testdata/dev/*.jsonl")
	if len(files) == 0 {
		t.Skip("no dev set")
	}
	var texts []string
	for _, f := range files {
		readLines(t, f, func(d map[string]any) {
			for _, key := range []string{"text", "expected"} {
				if s, ok := d[key].(string); ok {
					texts = append(texts, s)
				}
			}
		})
	}
	return texts
}

// TestPooledView: AnalyzeDoc, whose view of the tokens and all it holds
// are reused document after document, finds what a fresh analysis finds,
// on every text of the dev set, each after another.
func TestPooledView(t *testing.T) {
	for _, text := range devTextsOf(t) {
		got, want := AnalyzeDoc(doc.New(text)), analyze(text, &trained).Result
		if !reflect.DeepEqual(got, want) {
			t.Errorf("pooled %+v, fresh %+v: %.80q", got, want, text)
		}
	}
}

// TestBoundedJudge: the candidates judged with a bound of their log odds
// (findCTAs not exact) give the document the same score features, and the
// same candidates that count (those at or above sentenceFloor), as exact
// judgement, on every text of the dev set.
func TestBoundedJudge(t *testing.T) {
	for _, text := range devTextsOf(t) {
		if !Needed(text) {
			continue
		}
		d := newDocWords(tokenize(text))
		fast, exact := findCTAs(text, d, &trained.sent, false), findCTAs(text, d, &trained.sent, true)
		if !reflect.DeepEqual(docFeatures(fast, math.Inf(-1), false), docFeatures(exact, math.Inf(-1), false)) {
			t.Errorf("score features differ: %.80q", text)
		}
		if len(fast) != len(exact) {
			t.Fatalf("%d candidates bounded, %d exact: %.80q", len(fast), len(exact), text)
		}
		for k := range fast {
			if exact[k].logit >= sentenceFloor && !reflect.DeepEqual(fast[k], exact[k]) {
				t.Errorf("candidate %d: bounded %+v, exact %+v: %.80q", k, fast[k], exact[k], text)
			}
			if exact[k].logit < sentenceFloor && fast[k].logit >= sentenceFloor {
				t.Errorf("candidate %d: bound %v below its log odds %v: %.80q", k, fast[k].logit, exact[k].logit, text)
			}
		}
	}
}
