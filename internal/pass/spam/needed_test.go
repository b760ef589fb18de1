package spam

import (
	"bufio"
	"encoding/json"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/unspin/unspin/internal/benchcpu"
	"github.com/unspin/unspin/internal/doc"
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
			// NeededDoc judges the language on the way: the same answer
			// and the same judgement.
			nd := doc.New(text)
			if NeededDoc(nd) != Needed(text) || nd.Language() != doc.Judge(text) {
				t.Errorf("%s: NeededDoc %v, language %v; Needed %v, Judge %v: %.80q", name,
					NeededDoc(doc.New(text)), nd.Language(), Needed(text), doc.Judge(text), text)
			}
			// And from the tokens, where they are built (neededLexed).
			ld := doc.New(text)
			ld.TokensLex()
			if NeededDoc(ld) != Needed(text) {
				t.Errorf("%s: NeededDoc of the built model %v, Needed %v: %.80q", name, NeededDoc(ld), Needed(text), text)
			}
			if Needed(text) {
				continue
			}
			skipped++
			d := doc.New(text)
			a := analyzeTokens(text, tokensOf(d), englishDoc(d), &trained)
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
	// A word only learned to be of trade counts where a pair of words
	// holding it is said twice, in any case.
	if Needed("Academic freedom matters to them.") {
		t.Error("a learned word said once is needed")
	}
	for _, s := range []string{"Academic freedom matters; academic freedom is rare.", "They said the academic thing, then the academic thing again."} {
		if !Needed(s) {
			t.Errorf("Needed(%q) = false", s)
		}
	}
	// Not where a word of the pair may stand in no keyword (a function
	// word, a verb: shapeless), but for a capital.
	if Needed("They said the academic thing, the academic one.") {
		t.Error("a pair with a shapeless word is needed")
	}
	if !Needed("They said The academic thing, The academic one.") {
		t.Error("a capitalised word of a pair is not shapeless")
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

// BenchmarkLongCleanEnglish analyses the dev set's clean Brown texts as one
// long document (about 600 KB of prose with nothing to remove): the full
// analysis, as Needed says yes to it; and the same behind the screen, as a
// pipeline runs it (Needed first, Analyze only where it says yes).
func BenchmarkLongCleanEnglish(b *testing.B) {
	var sb strings.Builder
	readLines(nil, "../../../testdata/dev/brown.jsonl", func(d map[string]any) {
		if len(d["attacks"].([]any)) == 0 {
			sb.WriteString(d["expected"].(string))
			sb.WriteString("\n\n")
		}
	})
	long := sb.String()
	if len(long) == 0 {
		b.Skip("no dev set")
	}
	if res := Analyze(long); len(res.Edits) > 0 {
		b.Fatalf("edits in clean text: %v", res.Edits)
	}
	b.Run("analyze", func(b *testing.B) {
		cpuBench(b, len(long), func() { Analyze(long) })
	})
	// On the shared document model, built once by the pipeline for every
	// pass (its tokens and lexicon entries are not this pass's cost).
	d := doc.New(long)
	d.Lex(0)
	b.Run("shared-doc", func(b *testing.B) {
		// The view would write over the model's tokens where it joins
		// an abbreviation and its full stop, and the model, forgetting
		// them, would tokenize the text again in the next call: here
		// the view copies them (as BenchmarkAnalyzeDoc's).
		keepModel = true
		defer func() { keepModel = false }()
		cpuBench(b, len(long), func() { AnalyzeDoc(d) })
	})
}

// cpuBench runs f per iteration over n bytes and reports, beside wall time,
// the CPU time per iteration and the throughput it gives (benchcpu).
func cpuBench(b *testing.B, n int, f func()) {
	b.SetBytes(int64(n))
	b.ReportAllocs()
	m := benchcpu.Start()
	for b.Loop() {
		f()
	}
	m.Report(b, n)
}

// TestAnalyzeUnneeded: the result of a document Needed turns away is
// unneededDoc's, on every text of the dev set.
func TestAnalyzeUnneeded(t *testing.T) {
	for _, text := range devTextsOf(t) {
		if got, want := AnalyzeNeeded(doc.New(text), false), unneededDoc(doc.New(text), &trained).Result; !reflect.DeepEqual(got, want) {
			t.Errorf("%+v, unneededDoc %+v: %.80q", got, want, text)
		}
	}
}

// TestNeededLexedAsScan checks neededLexed against needed's scan on random
// texts of trigger words, learned words said in pairs, words the lexicon
// lacks and punctuation.
func TestNeededLexedAsScan(t *testing.T) {
	words := []string{"academic", "Academic", "freedom", "FREEDOM", "contact", "us", "US", "nous", "contacter", "weight",
		"loss", "Loss", "near", "me", "dentist", "the", "a", "xqzzyv", "Straße", "ИНФО", "visit", "site", "of", "matters",
		"service", "services", "insurance", "life", ",", ".", "\n", "1961", "U.S.", "über"}
	neededN := 0
	r := rand.New(rand.NewPCG(5, 6))
	for range 50000 {
		var b strings.Builder
		for range r.IntN(14) {
			b.WriteString(words[r.IntN(len(words))])
			b.WriteByte(" \n"[r.IntN(6)/5])
		}
		text := b.String()
		d := doc.New(text)
		dts, lex := d.TokensLex()
		w := doc.Words(text)
		if got, want := neededLexed(text, dts, lex), needed(&w); got != want {
			t.Fatalf("neededLexed(%q) = %v, needed %v", text, got, want)
		} else if got {
			neededN++
		}
	}
	if neededN < 1000 || neededN > 49000 {
		t.Errorf("%d of 50000 texts needed: the cases test too little", neededN)
	}
}
