package unspin

import (
	"flag"
	"fmt"
	"reflect"
	"testing"

	"github.com/unspin/unspin/internal/doc"
	"github.com/unspin/unspin/internal/screen"
	"github.com/unspin/unspin/internal/unidata"
)

// screenSound checks the screen on one text: every character stage it
// rules out proposes nothing there, and the whole report is the same with
// the screen as with every pass run.
func screenSound(t *testing.T, name, text string) {
	t.Helper()
	need := screen.Scan(text)
	for _, s := range charStages {
		if !need.Has(s.need) {
			// Whatever an earlier round found.
			for _, e := range []earlier{{}, {spoofs: true}, {hidden: true}} {
				if e := s.propose(doc.New(text), e); len(e) > 0 {
					t.Errorf("%s: the screen rules out %s, which proposes %+v", name, s.name, e[0])
				}
			}
		}
	}
	if got, want := clean(text, Options{}, true), clean(text, Options{}, false); !reflect.DeepEqual(got, want) {
		t.Errorf("%s: the screened report differs from the full one:\n%+v\n%+v", name, got, want)
	}
}

// Over every dev text, attacked and clean (English, UDHR in every script,
// legitimate mixed-script, legacy and orthography texts), the screen loses
// nothing; most clean texts need no character stage.
func TestScreenOnDevTexts(t *testing.T) {
	skipped, clean := 0, 0
	for _, name := range []string{"brown", "udhr", "legit", "legacy", "orthography"} {
		for _, d := range loadDev(t, name) {
			screenSound(t, d.ID, d.Text)
			if d.Expected != d.Text {
				screenSound(t, d.ID+" (expected)", d.Expected)
			}
			if len(d.Attacks) == 0 {
				clean++
				if !screen.Scan(d.Text).Any(screen.CharStages) {
					skipped++
				}
			}
		}
	}
	t.Logf("%d of %d clean texts need no character stage", skipped, clean)
	if skipped < clean/2 {
		t.Errorf("only %d of %d clean texts skip the character stages", skipped, clean)
	}
}

var screenCorpus = flag.String("screen.corpus", "", "JSON Lines `file` (a text field per line) to prove the screen on too: an attack.py seed, real text")

// TestScreenOnCorpus proves the screen on a corpus named by -screen.corpus
// (scripts/screen-proof.sh runs it over attack.py seeds and real text).
func TestScreenOnCorpus(t *testing.T) {
	if *screenCorpus == "" {
		t.Skip("no -screen.corpus")
	}
	docs := loadDocs(t, *screenCorpus)
	for i, d := range docs {
		screenSound(t, fmt.Sprintf("line %d %s", i+1, d.ID), d.Text)
	}
	t.Logf("%d documents", len(docs))
}

// Character by character: a mark or Latin letter inside an English word,
// and the letters of other scripts (every seventh) doubled into a word or
// beside an English word, lose nothing to the screen.
func TestScreenCharacters(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the pipeline on thousands of texts")
	}
	for r := rune(0x80); r <= 0x10FFFF; r++ {
		var text string
		switch s := unidata.ScriptOf(r); {
		case s == unidata.Inherited || s == unidata.Latin || s == unidata.Common && r%3 == 0:
			text = "the ca" + string(r) + "fe was open"
		case r%7 == 0:
			text = string(r) + string(r) + " " + string(r) + string(r) + string(r) + " and more"
		default:
			continue
		}
		screenSound(t, fmt.Sprintf("U+%04X", r), text)
	}
	// Every character drawn like a digit, among the ASCII digits of a
	// number in English (the screen missed "A3৪0" when nothing else in
	// the text opened the homoglyph pass).
	for r := rune(0x80); r <= 0x10FFFF; r++ {
		if _, ok := unidata.DigitLookAlike(r); ok {
			screenSound(t, fmt.Sprintf("U+%04X in a number", r), "the flight A3"+string(r)+"0 left at 9")
		}
	}
}
