package unspin

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// TestRoundRules has a row per named rule of the rounds the character
// stages run in (testdata/rounds/rules.jsonl); each row fails without its
// rule. The rows are whole attacked documents, cut down: what they test
// shows only once an earlier round has repaired part of the text.
func TestRoundRules(t *testing.T) {
	b, err := os.ReadFile("testdata/rounds/rules.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		var tc struct{ Rule, In, Want string }
		if err := json.Unmarshal([]byte(line), &tc); err != nil {
			t.Fatal(err)
		}
		t.Run(tc.Rule, func(t *testing.T) {
			if got := Clean(tc.In).Text; got != tc.Want {
				i := 0
				for i < len(got) && i < len(tc.Want) && got[i] == tc.Want[i] {
					i++
				}
				t.Errorf("got %q, want %q", got[max(0, i-30):min(len(got), i+30)], tc.Want[max(0, i-30):min(len(tc.Want), i+30)])
			}
		})
	}
}
