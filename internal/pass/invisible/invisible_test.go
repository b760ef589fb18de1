package invisible

import (
	"testing"

	"github.com/unspin/unspin/internal/edit"
)

func TestPropose(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"zwsp in word", "s\u200bee", "see"},
		{"run of mixed invisibles", "n\u200d\u2060erve", "nerve"},
		{"soft hyphen", "ser\u00advices", "services"},
		{"soft hyphen at a line end is a hyphenation point", "trans\u00ad\nformation", "trans\u00ad\nformation"},
		{"soft hyphen before CRLF", "trans\u00ad\r\nformation", "trans\u00ad\r\nformation"},
		{"soft hyphens as the author's hyphenation hints stay",
			"The in\u00adter\u00adna\u00adtion\u00adal com\u00admit\u00adtee dis\u00adcussed hy\u00adphen\u00ada\u00adtion and its\u00adelf.",
			"The in\u00adter\u00adna\u00adtion\u00adal com\u00admit\u00adtee dis\u00adcussed hy\u00adphen\u00ada\u00adtion and its\u00adelf."},
		{"soft hyphens in short words are evasion even beside hints",
			"The in\u00adter\u00adna\u00adtion\u00adal com\u00admit\u00adtee dis\u00adcussed hy\u00adphen\u00ada\u00adtion in c\u00adbd.",
			"The international committee discussed hyphenation in cbd."},
		{"bom inside", "ab\ufeffc", "abc"},
		{"bom at start is a signature", "\ufeffabc", "\ufeffabc"},
		{"invisible operators", "x\u2061\u2062\u2063\u2064y", "xy"},
		{"cgj between letters", "a\u034fb", "ab"},
		{"cgj before a mark stays", "a\u034f\u0301", "a\u034f\u0301"},
		{"mongolian vowel separator outside mongolian", "te\u180est", "test"},
		{"hangul filler in latin", "te\u3164st", "test"},
		{"zwj in latin word", "beca\u200duse", "because"},
		{"zwnj in latin word", "beca\u200cuse", "because"},
		{"zwj emoji", "👩\u200d💻", "👩\u200d💻"},
		{"zwj emoji with skin tone", "👩🏽\u200d💻", "👩🏽\u200d💻"},
		{"zwnj persian", "می\u200cخواهم", "می\u200cخواهم"},
		{"zwj devanagari", "क्\u200dष", "क्\u200dष"},
		{"zwj bengali", "উত্\u200dপীড়", "উত্\u200dপীড়"},
		{"zwsp thai", "ภาษา\u200bไทย", "ภาษา\u200bไทย"},
		{"zwsp between latin words", "one \u200b two", "one  two"},
		// Every default-ignorable, not only the usual ones: a spoof draws
		// from all of them.
		{"reserved default-ignorable in a word", "t\u2065he", "the"},
		{"deprecated format characters in a word", "t\u206ah\u206fe", "the"},
		{"musical format control in a word", "t\U0001d175he", "the"},
		{"musical format control between musical symbols stays", "\U0001d15f\U0001d173\U0001d15f", "\U0001d15f\U0001d173\U0001d15f"},
		{"mongolian free variation selector outside mongolian", "th\u180fe", "the"},
		{"mongolian free variation selector after a mongolian letter stays", "\u182d\u180b\u1820", "\u182d\u180b\u1820"},
		{"shorthand format control outside duployan", "th\U0001bca2e", "the"},
		{"shorthand format control between duployan letters stays", "\U0001bc00\U0001bca0\U0001bc01", "\U0001bc00\U0001bca0\U0001bc01"},
		{"reserved default-ignorable between words stays", "a \u2065 b", "a \u2065 b"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := edit.Apply(tc.in, edit.Normalize(tc.in, Propose(tc.in)))
			if got != tc.want {
				t.Errorf("got %q want %q", got, tc.want)
			}
		})
	}
}
