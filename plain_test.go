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

// On plain text the character stages, run in full, change nothing: the
// fast path that skips them loses nothing.
func TestPlainTextNeedsNoCharStages(t *testing.T) {
	texts := append(devTexts(t, "brown", true), devTexts(t, "legit", true)...)
	texts = append(texts, devTexts(t, "legacy", true)...)
	plain := 0
	for _, text := range texts {
		if !analysis.Plain(text) {
			continue
		}
		plain++
		log := edit.NewLog(text)
		runCharStages(log)
		if len(log.Edits()) > 0 {
			t.Errorf("plain text got character edits %+v", log.Edits()[0])
		}
	}
	if plain < len(texts)/2 {
		t.Errorf("only %d of %d clean texts plain: the fast path is seldom taken", plain, len(texts))
	}
}
