package spam

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"
)

// Needed only skips what Analyze would not act on: over the dev set's texts
// (inputs and expected, every language), wherever it says no, the full
// analysis finds no edit, no suspect and scores NoEvidence (or does not
// judge); and every sentence shape of the tests passes it.
func TestNeeded(t *testing.T) {
	skipped, n := 0, 0
	for _, name := range []string{"brown", "udhr", "legit", "legacy"} {
		f, err := os.Open("../../../testdata/dev/" + name + ".jsonl")
		if err != nil {
			t.Skip(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<24)
		for sc.Scan() {
			var d struct{ Text, Expected string }
			if json.Unmarshal(sc.Bytes(), &d) != nil {
				t.Fatal("bad line")
			}
			for _, text := range []string{d.Text, d.Expected} {
				n++
				if !Needed(text) {
					skipped++
					checkUnneeded(t, text)
				}
			}
		}
		f.Close()
	}
	t.Logf("%d of %d texts need no analysis", skipped, n)
	for _, s := range []string{"Also visit my WEB-SITE: x.", "Contact US today.", "call us", "See the portal.",
		"Besuchen Sie unsere Webseite", "Свяжитесь с нами", "nous contacter", "Payday loans", "a dentist near me", "weight Loss"} {
		if !Needed(s) {
			t.Errorf("Needed(%q) = false", s)
		}
	}
}

// checkUnneeded runs the full analysis on a text Needed turned away.
func checkUnneeded(t *testing.T, text string) {
	t.Helper()
	d := newDocWords(tokenize(text))
	for i := range d.toks {
		if commercial(d.toks, i) {
			t.Errorf("a commercial word %q in a text Needed turns away: %.60q", d.toks[i].text, text)
			return
		}
	}
	if cands := findCTAs(text, d, &sentenceWeights); len(cands) > 0 {
		t.Errorf("a candidate sentence in a text Needed turns away: %.60q", text)
	}
}
