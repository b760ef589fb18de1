package spam

import (
	"strings"
	"testing"

	"github.com/unspin/unspin/internal/doc"
)

// proseEnglish is proseEnglishWithin without the model's counts to bound
// the read: what the bounded read must answer.
func proseEnglish(text string) bool {
	return proseEnglishWithin(text, doc.Language{Words: proseWords})
}

// An English e-mail whose addresses and headers pull the model's
// judgement below its bar is English to the pass; a text in another
// language, or one with too few prose words, is not.
func TestProseEnglish(t *testing.T) {
	urls := strings.Repeat("http://cve.mitre.org/cgi-bin/cvename.cgi?name=CAN-2002-0384 RHSA-2002-098 http://rhn.redhat.com/errata/RHSA-2002-098.html\n", 6)
	for _, c := range []struct {
		text string
		want bool
	}{
		{urls + "\nGaim is an instant messaging client based on the published protocol. This version fixes a bug that could let a remote user run code on your machine, so you should upgrade as soon as you can.\n", true},
		{urls + "\nGaim ist ein Programm für Sofortnachrichten, das auf dem veröffentlichten Protokoll beruht. Diese Version behebt einen Fehler, der es einem entfernten Benutzer erlaubt, Code auszuführen.\n", false},
		{urls + "\nUpgrade now.\n", false},
	} {
		d := doc.New(c.text)
		if d.IsModernEnglish() {
			t.Fatalf("the model judges %q English: no test", c.text[len(urls):])
		}
		if got := proseEnglish(c.text); got != c.want {
			t.Errorf("proseEnglish(%q) = %v, want %v", c.text[len(urls):], got, c.want)
		}
	}
}

// The bounded read answers as the full one: over the dev texts, their
// prefixes (short texts, texts whose known share sits between the floor
// and the bar) and, where built, the spam sets.
func TestProseEnglishWithinAgrees(t *testing.T) {
	var texts []string
	for _, name := range []string{"brown", "udhr", "legit", "legacy", "orthography"} {
		readLines(t, "../../../testdata/dev/"+name+".jsonl", func(d map[string]any) {
			texts = append(texts, d["text"].(string))
		})
	}
	for _, set := range []string{"hosts", "heldout", "fresh"} {
		readLines(nil, "/tmp/unspin-spam/sets/"+set+".jsonl", func(d map[string]any) {
			texts = append(texts, d["text"].(string))
		})
	}
	checked, bounded := 0, 0
	for _, text := range texts {
		for _, cut := range []int{len(text), len(text) / 2, len(text) / 5, 120, 400} {
			if cut > len(text) {
				continue
			}
			s := strings.ToValidUTF8(text[:cut], "")
			l := doc.Judge(s)
			if l.Known < proseFloor {
				continue
			}
			checked++
			if l.Whole() {
				bounded++
			}
			if got, want := proseEnglishWithin(s, l), proseEnglish(s); got != want {
				t.Fatalf("proseEnglishWithin = %v, proseEnglish = %v for %q", got, want, s)
			}
		}
	}
	if bounded == 0 {
		t.Fatal("no text read with a bound: no test")
	}
	t.Logf("%d texts agree, %d read with a bound", checked, bounded)
}

// standsApart reads typographic quotes, brackets and dashes and white
// space outside ASCII as their ASCII kin; a word glued to letters or to
// an address's marks is not prose.
func TestStandsApart(t *testing.T) {
	for _, c := range []struct {
		text, word string
		want       bool
	}{
		{`he said "so" then`, "so", true},
		{"he said “so” then", "so", true},
		{"il a dit «\u00a0mot\u00a0» puis", "mot", true},
		{"‘quoted’, then", "quoted", true},
		{"well—known", "known", true},
		{"http://cve.mitre.org/cgi-bin", "mitre", false},
		{"naïve", "ve", false},
		{"a×b", "b", false},
	} {
		s := strings.Index(c.text, c.word)
		if got := standsApart(c.text, s, s+len(c.word)); got != c.want {
			t.Errorf("standsApart(%q, %q) = %v, want %v", c.text, c.word, got, c.want)
		}
	}
}
