package unspin

import (
	"testing"
	"unicode"

	"github.com/unspin/unspin/internal/analysis"
	"github.com/unspin/unspin/internal/edit"
	"github.com/unspin/unspin/internal/unidata"
)

// The fast path is sound only if plain text's characters are none the
// character stages act on: no letter, mark, format or space character, and
// none with a Latin look-alike.
func TestPlainCharactersDrawNoLetter(t *testing.T) {
	for r := rune(0x80); r <= 0x10FFFF; r++ {
		if !analysis.Plain(string(r)) {
			continue
		}
		if unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsNumber(r) || unicode.Is(unicode.Cf, r) || unicode.IsSpace(r) || unidata.LookAlikes(r, unidata.Latin) != nil {
			t.Errorf("U+%04X %q counts as plain", r, r)
		}
	}
}

// On text the fast path takes, the character stages, run in full, change
// nothing: skipping them loses nothing. Over the dev set's clean texts
// (English, UDHR in every script, legitimate mixed-script and legacy text).
func TestUntouchableTextNeedsNoCharStages(t *testing.T) {
	texts := append(devTexts(t, "brown", true), devTexts(t, "legit", true)...)
	texts = append(texts, devTexts(t, "legacy", true)...)
	texts = append(texts, devTexts(t, "udhr", true)...)
	plain := 0
	for _, text := range texts {
		if !untouchable(text) {
			continue
		}
		plain++
		if e := charEdits(text); len(e) > 0 {
			t.Errorf("text the fast path takes got character edits %+v", e[0])
		}
	}
	t.Logf("%d of %d clean texts take the fast path", plain, len(texts))
	if plain < len(texts)/2 {
		t.Errorf("only %d of %d clean texts take the fast path", plain, len(texts))
	}
}

// Every character-level attack in the dev set takes the full path.
func TestAttackedTextIsNeverUntouchable(t *testing.T) {
	for _, name := range []string{"brown", "udhr", "legacy", "orthography"} {
		for _, d := range loadDev(t, name) {
			char := false
			for _, a := range d.Attacks {
				char = char || charAttacks[a] || a == "overstrike"
			}
			if char && untouchable(d.Text) {
				t.Errorf("%s: attacked text would skip the character stages", d.ID)
			}
		}
	}
}

// Character by character: a mark after a Latin letter, a Latin letter
// inside a word, and the letters of other scripts (every seventh) doubled
// into a word, where the fast path takes them, get no character edit.
func TestUntouchableCharacters(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the character stages on thousands of texts")
	}
	tested := 0
	for r := rune(0x80); r <= 0x10FFFF; r++ {
		var text string
		switch s := unidata.ScriptOf(r); {
		case s == unidata.Inherited || s == unidata.Latin:
			text = "the ca" + string(r) + "fe was open"
		case r%7 == 0:
			text = string(r) + string(r) + " " + string(r) + string(r) + string(r)
		default:
			continue
		}
		if !untouchable(text) {
			continue
		}
		tested++
		if e := charEdits(text); len(e) > 0 {
			t.Errorf("U+%04X: the fast path would skip %+v", r, e[0])
		}
	}
	t.Logf("%d texts the fast path takes", tested)
}

// charEdits runs the character stages in full, as if no fast path existed.
func charEdits(text string) []edit.Edit {
	log := edit.NewLog(text)
	runCharStages(log)
	return log.Edits()
}
