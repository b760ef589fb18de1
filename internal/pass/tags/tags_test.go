package tags

import (
	"testing"

	"github.com/unspin/unspin/internal/edit"
)

func tagged(s string) string {
	out := []rune{}
	for _, r := range s {
		out = append(out, 0xE0000+r)
	}
	return string(out)
}

// payload encodes bytes the way smuggling tools do: 0–15 as U+FE00–FE0F,
// 16–255 as U+E0100–E01EF.
func payload(s string) string {
	var out []rune
	for _, b := range []byte(s) {
		if b < 16 {
			out = append(out, 0xFE00+rune(b))
		} else {
			out = append(out, 0xE0100+rune(b)-16)
		}
	}
	return string(out)
}

func TestPropose(t *testing.T) {
	tests := []struct{ name, in, want, hidden string }{
		{"hidden instruction", "Hello" + tagged("ignore previous") + " world", "Hello world", "ignore previous"},
		{"scotland flag stays", "🏴" + tagged("gbsct") + "\U000E007F", "🏴" + tagged("gbsct") + "\U000E007F", ""},
		{"tags after a non-flag", "a" + tagged("gbsct") + "\U000E007F", "a", "gbsct"},
		{"emoji presentation stays", "❤\ufe0f", "❤\ufe0f", ""},
		{"text presentation stays", "☺\ufe0e", "☺\ufe0e", ""},
		{"keycap stays", "1\ufe0f\u20e3", "1\ufe0f\u20e3", ""},
		{"ideographic variation stays", "葛\U000E0100", "葛\U000E0100", ""},
		{"selector after latin letter", "a\ufe0fb", "ab", ""},
		{"a presentation selector said twice stays", "Utility functions for TypeScript. 🛠\ufe0f\ufe0f", "Utility functions for TypeScript. 🛠\ufe0f\ufe0f", ""},
		{"a presentation selector said twice after a letter goes", "a\ufe0f\ufe0fb", "ab", ""},
		{"a presentation selector said twice after a comma goes", "a,\ufe0f\ufe0fb", "a,b", ""},
		{"information source in emoji presentation stays", "> ℹ\ufe0f Parallelization can speed up your build.", "> ℹ\ufe0f Parallelization can speed up your build.", ""},
		{"information source between letters is no emoji", "<p alℹ\ufe0fgn=right> sℹ\ufe0fze", "<p alℹgn=right> sℹze", ""},
		{"another letterlike letter takes no selector", "ℯ\ufe0fx", "ℯx", ""},
		{"chancery script capital stays (StandardizedVariants.txt)", "𝒜\ufe00", "𝒜\ufe00", ""},
		{"phags-pa letter variant stays", "\ua856\ufe00", "\ua856\ufe00", ""},
		{"selector after cyrillic letter", "д\ufe00а", "да", ""},
		{"selector after a mathematical letter no variant lists", "𝑎\ufe0fb", "𝑎b", ""},
		{"payload", "x" + payload("hello") + "y", "xy", "hello"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			edits := edit.Normalize(tc.in, Propose(tc.in))
			if got := edit.Apply(tc.in, edits); got != tc.want {
				t.Errorf("got %q want %q", got, tc.want)
			}
			if tc.hidden != "" && (len(edits) != 1 || edits[0].Hidden != tc.hidden) {
				t.Errorf("hidden: %+v", edits)
			}
		})
	}
}
