package spam

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"
)

// mayHoldCTA only skips what findCTAs would not find: over the dev set's
// texts (inputs and expected, every language), wherever it says no, no call
// to action is found; and every template sentence of the tests passes it.
func TestMayHoldCTA(t *testing.T) {
	skipped := 0
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
				if !mayHoldCTA(text) {
					skipped++
					if found := findCTAs(text, tokenize(text)); len(found) > 0 {
						t.Errorf("a call to action in a text mayHoldCTA rules out: %.60q", text)
					}
				}
			}
		}
		f.Close()
	}
	t.Logf("%d texts skip tokenizing", skipped)
	for _, s := range []string{"Also visit my WEB-SITE: x.", "Contact US today.", "call us", "Us, then.", "See the portal."} {
		if !mayHoldCTA(s) {
			t.Errorf("mayHoldCTA(%q) = false", s)
		}
	}
}
