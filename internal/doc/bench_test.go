package doc

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/unspin/unspin/internal/benchcpu"
	"github.com/unspin/unspin/internal/lexicon"
)

// devFile returns the expected texts of testdata/dev/NAME.jsonl, or, where
// attacked, the inputs of the attacked ones.
func devFile(tb testing.TB, name string, attacked bool) []string {
	data, err := os.ReadFile("../../testdata/dev/" + name + ".jsonl")
	if err != nil {
		tb.Skip(err)
	}
	var texts []string
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		var rec struct {
			Text, Expected string
			Attacks        []json.RawMessage
		}
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			tb.Fatal(err)
		}
		switch {
		case !attacked:
			texts = append(texts, rec.Expected)
		case len(rec.Attacks) > 0:
			texts = append(texts, rec.Text)
		}
	}
	return texts
}

// BenchmarkTokensLexDev tokenizes and looks up real text, whose words miss
// the lexicon's hot table as running text does (BenchmarkLex repeats one
// sentence): the Brown articles as written and attacked, and the UDHR in
// every script. It reports CPU time (benchcpu).
func BenchmarkTokensLexDev(b *testing.B) {
	for _, k := range []struct {
		name, file string
		attacked   bool
	}{{"clean-english", "brown", false}, {"spun-english", "brown", true}, {"multilingual", "udhr", false}} {
		b.Run(k.name, func(b *testing.B) {
			texts := devFile(b, k.file, k.attacked)
			n := 0
			for _, t := range texts {
				n += len(t)
			}
			lexicon.SenseTable() // loaded before the clock starts
			b.SetBytes(int64(n))
			b.ReportAllocs()
			m := benchcpu.Start()
			for b.Loop() {
				for _, t := range texts {
					New(t).TokensLex()
				}
			}
			m.Report(b, n)
		})
	}
}

// BenchmarkScreenedWords walks the words of short documents as the
// pipeline's first scan does (the spam pass's Needed screen): screened,
// judging the language on the way. Short documents (the Brown articles'
// paragraphs, and FORTUNES where set, one JSON line each) are where this
// scan is most of the cost.
func BenchmarkScreenedWords(b *testing.B) {
	run := func(b *testing.B, texts []string) {
		n := 0
		for _, t := range texts {
			n += len(t)
		}
		lexicon.SenseTable() // loaded before the clock starts
		b.SetBytes(int64(n))
		m := benchcpu.Start()
		for b.Loop() {
			for _, t := range texts {
				d := Doc{Text: t}
				w := d.Words()
				w.Screen()
				for w.Next() {
				}
				w.Screened()
			}
		}
		m.Report(b, n)
	}
	b.Run("short-english", func(b *testing.B) {
		var paras []string
		for _, t := range devFile(b, "brown", false) {
			for p := range strings.SplitSeq(t, "\n\n") {
				if strings.TrimSpace(p) != "" {
					paras = append(paras, p)
				}
			}
		}
		run(b, paras)
	})
	b.Run("multilingual", func(b *testing.B) { run(b, devFile(b, "udhr", false)) })
	b.Run("fortunes", func(b *testing.B) { run(b, fortunes(b)) })
}

// fortunes returns the texts of the JSON Lines file FORTUNES names
// (scripts/fortunes.sh makes one), skipping b where it names none.
func fortunes(b *testing.B) []string {
	data, err := os.ReadFile(os.Getenv("FORTUNES"))
	if err != nil {
		b.Skip("FORTUNES names no file: ", err)
	}
	var texts []string
	for line := range strings.SplitSeq(strings.TrimSpace(string(data)), "\n") {
		var rec struct{ Text string }
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			b.Fatal(err)
		}
		texts = append(texts, rec.Text)
	}
	return texts
}

// BenchmarkScanLayers measures the pipeline's first scan of short
// documents layer by layer: the words alone (bounds and the lexicon hash of
// each), with the screen told of every character, with the language
// judgement looking each word up; BenchmarkScreenedWords/fortunes is all
// three, as the spam pass's Needed reads a document. That is the floor of
// the cost of a document that needs nothing: no pipeline that judges each
// document's language word by word runs faster.
func BenchmarkScanLayers(b *testing.B) {
	texts := fortunes(b)
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	lexicon.SenseTable() // loaded before the clock starts
	for _, layer := range []struct {
		name          string
		judge, screen bool
	}{{"words", false, false}, {"screen", false, true}, {"judge", true, false}} {
		b.Run(layer.name, func(b *testing.B) {
			b.SetBytes(int64(n))
			m := benchcpu.Start()
			for b.Loop() {
				for _, t := range texts {
					d := Doc{Text: t}
					w := Words(t)
					if layer.judge {
						w = d.Words()
					}
					if layer.screen {
						w.Screen()
					}
					for w.Next() {
					}
					if layer.screen {
						w.Screened()
					}
				}
			}
			m.Report(b, n)
		})
	}
}
