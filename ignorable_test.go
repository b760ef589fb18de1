package unspin

import (
	"fmt"
	"testing"

	"github.com/unspin/unspin/internal/unidata"
)

// TestEveryDefaultIgnorable walks every Default_Ignorable_Code_Point (the
// generated table, DerivedCoreProperties.txt's definition): inside a short
// Latin, Cyrillic and Greek word, where no script draws or needs it, each
// one goes, whichever pass judges it (invisible, bidi, tags). Words of three
// letters: a soft hyphen in a longer word may be a hyphenation point. An
// embedding, override or isolate is closed at once, so that what is shown
// is the word (left open, it reorders the rest of the line, and the bidi
// pass gives back what is shown).
func TestEveryDefaultIgnorable(t *testing.T) {
	words := []string{"the", "для", "και"}
	n := 0
	for r := rune(0); r <= 0x10FFFF; r++ {
		if !unidata.IsDefaultIgnorable(r) {
			continue
		}
		n++
		for _, w := range words {
			rs := []rune(w)
			inserted := string(r)
			switch {
			case r >= 0x202A && r <= 0x202E:
				inserted += "\u202c"
			case r >= 0x2066 && r <= 0x2068:
				inserted += "\u2069"
			}
			in := fmt.Sprintf("The word %s%s%s is here.", string(rs[:1]), inserted, string(rs[1:]))
			want := "The word " + w + " is here."
			if got := Clean(in).Text; got != want {
				t.Errorf("%U inside %q: got %q", r, w, got)
			}
		}
	}
	if n < 4000 {
		t.Fatalf("only %d default-ignorable code points: the table is incomplete", n)
	}
}

// TestDefaultIgnorableInItsPlace keeps each kind of default-ignorable where
// a script, emoji or typography uses it.
func TestDefaultIgnorableInItsPlace(t *testing.T) {
	for _, tc := range []struct{ name, text string }{
		{"ZWJ in an emoji sequence", "Our team 👩\u200d💻 ships."},
		{"ZWJ in a Devanagari conjunct", "क्\u200dष"},
		{"ZWNJ in Persian", "می\u200cخواهم"},
		{"ZWNJ in Hindi", "क्\u200cष"},
		{"variation selector after an emoji", "I \u2764\ufe0f it."},
		{"ideographic variation sequence", "葛\U000e0100城市"},
		{"Mongolian free variation selector", "\u182d\u180b\u1820"},
		{"Mongolian vowel separator", "\u1828\u180e\u1820"},
		{"combining grapheme joiner before a mark", "a\u034f\u0301b"},
		{"Hangul filler", "\u3164\u3131"},
		{"Khmer inherent vowel", "\u1780\u17b4\u1781"},
		{"shorthand format control between Duployan letters", "\U0001bc00\U0001bca0\U0001bc01"},
		{"musical format control between musical symbols", "\U0001d15f\U0001d173\U0001d15f"},
		{"soft hyphen at a line end", "a long trans\u00ad\nformation of the text"},
		{"zero-width space in Thai", "ภาษา\u200bไทย"},
		{"RLM in Hebrew", "שלום\u200f, עולם"},
		{"BOM at the start", "\ufeffHello world."},
	} {
		if r := Clean(tc.text); r.Text != tc.text || len(r.Edits) != 0 {
			t.Errorf("%s: %q became %q (%d edits)", tc.name, tc.text, r.Text, len(r.Edits))
		}
	}
}
