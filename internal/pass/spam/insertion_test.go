package spam

import (
	"bufio"
	"encoding/json"
	"math/rand/v2"
	"os"
	"strings"
	"testing"
)

// How well insertionScore tells a phrase pushed between two words from the
// author's own words: over the dev set's clean Brown texts, product
// keywords inserted at random word boundaries against runs of the same
// length the author wrote, as the area under the ROC curve (0.5 is chance).
// The figure is logged; the test fails if the model falls below what it
// measured when the test was written.
func TestInsertionScoreSeparates(t *testing.T) {
	f, err := os.Open("../../../testdata/dev/brown.jsonl")
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	keywords := []string{"cheap car insurance", "dentist near me", "buy essay online", "replica watches",
		"SEO services London", "bitcoin casino", "personal injury lawyer", "emergency plumber",
		"keto diet pills", "Teeth Whitening Miami", "best online slots", "forex trading signals"}
	r := rand.New(rand.NewPCG(7, 8))
	var inserted, own []float64
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var d struct{ Expected string }
		if json.Unmarshal(sc.Bytes(), &d) != nil {
			t.Fatal("bad line")
		}
		toks := tokenize(d.Expected)
		// Word boundaries inside sentences: a word on either side.
		var gaps []int
		for i := 1; i < toks.len(); i++ {
			if toks.word(i) && toks.word(i-1) && !toks.nl(i) {
				gaps = append(gaps, i)
			}
		}
		if len(gaps) < 20 {
			continue
		}
		for range 4 {
			kw := keywords[r.IntN(len(keywords))]
			g := gaps[r.IntN(len(gaps))]
			at := toks.start(g)
			text := d.Expected[:at] + kw + " " + d.Expected[at:]
			tk := tokenize(text)
			n := len(strings.Fields(kw))
			inserted = append(inserted, newDocWords(tk).insertionScore(g, g+n))
			// The author's own run of the same length.
			o := gaps[r.IntN(len(gaps))]
			if o+n+1 < toks.len() && toks.word(o+n) && !toks.nl(o+n) && allWords(toks, o, o+n) {
				own = append(own, newDocWords(toks).insertionScore(o, o+n))
			}
		}
	}
	auc := AUC(inserted, own)
	t.Logf("insertion score AUC %.3f (%d inserted, %d own runs)", auc, len(inserted), len(own))
	if auc < 0.90 {
		t.Errorf("AUC %.3f below 0.90 (0.898 with tag pairs alone, 0.913 with word pairs, when written)", auc)
	}
}

func allWords(toks *tokens, from, to int) bool {
	for i := from; i < to; i++ {
		if !toks.word(i) || i > from && toks.nl(i) {
			return false
		}
	}
	return true
}
