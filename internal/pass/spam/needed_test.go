package spam

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// The screen's contract: wherever Needed says no, the whole analysis (run
// anyway) proposes no edit, reports no suspect and scores NoEvidence, so a
// screen that skips the pass reports exactly what the pass would have.
// Checked on every dev text (inputs and expected, every language) and, where
// scripts/spam/build.py has made them (SPAMDATA, default /tmp/unspin-spam),
// on the SpamAssassin ham e-mails and the Brown texts the dev set lacks; the
// share of texts that need no analysis is logged.
func TestNeededContract(t *testing.T) {
	check := func(name string, texts []string) {
		skipped := 0
		for _, text := range texts {
			if Needed(text) {
				continue
			}
			skipped++
			a := analyzeTokens(text, tokenize(text), &trained)
			if len(a.Edits) > 0 || len(a.Suspects) > 0 || a.Score != NoEvidence {
				t.Errorf("%s: Needed turns away a text the analysis acts on (edits %v, suspects %v, score %v): %.80q",
					name, a.Edits, a.Suspects, a.Score, text)
			}
			if u := Unneeded(text); u.Score != NoEvidence || u.Judged != a.Judged {
				t.Errorf("%s: Unneeded %+v, the analysis %+v", name, u, a.Result)
			}
		}
		t.Logf("%s: %d of %d texts need no analysis", name, skipped, len(texts))
	}
	for _, name := range []string{"brown", "udhr", "legit", "legacy"} {
		var texts []string
		readLines(t, "../../../testdata/dev/"+name+".jsonl", func(d map[string]any) {
			texts = append(texts, d["text"].(string))
			if e, ok := d["expected"].(string); ok {
				texts = append(texts, e)
			}
		})
		check("dev "+name, texts)
	}
	dir := os.Getenv("SPAMDATA")
	if dir == "" {
		dir = "/tmp/unspin-spam"
	}
	bySource := map[string][]string{}
	if readLines(nil, filepath.Join(dir, "sets", "hosts.jsonl"), func(d map[string]any) {
		bySource[d["source"].(string)] = append(bySource[d["source"].(string)], d["text"].(string))
	}) {
		for src, texts := range bySource {
			check("real "+src, texts)
		}
	} else {
		t.Log("no real corpora (run scripts/spam/fetch.sh and scripts/spam/build.py)")
	}
	for _, s := range []string{"Also visit my WEB-SITE: x.", "Contact US today.", "call us", "See the portal.",
		"Besuchen Sie unsere Webseite", "Свяжитесь с нами", "nous contacter", "Payday loans", "a dentist near me", "weight Loss"} {
		if !Needed(s) {
			t.Errorf("Needed(%q) = false", s)
		}
	}
}

// readLines calls f with every JSON line of path; false where path cannot
// be read (t, if not nil, then skips).
func readLines(t *testing.T, path string, f func(map[string]any)) bool {
	fh, err := os.Open(path)
	if err != nil {
		if t != nil {
			t.Skip(err)
		}
		return false
	}
	defer fh.Close()
	sc := bufio.NewScanner(fh)
	sc.Buffer(nil, 1<<26)
	for sc.Scan() {
		var d map[string]any
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			if t != nil {
				t.Fatal(err)
			}
			return false
		}
		f(d)
	}
	return true
}

func BenchmarkNeeded(b *testing.B) {
	text := fuzzBenchClean()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Needed(text)
	}
}
