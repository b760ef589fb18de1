package deletion

import (
	"testing"

	"github.com/unspin/unspin/internal/edit"
)

func TestPropose(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"backspace", "pay\bpal", "papal"},
		{"delete char", "abc\x7fd", "abd"},
		{"several", "cheap\b\b\b\b\bfree", "free"},
		{"erase then type then erase", "ab\bc\bd", "ad"},
		{"at start", "\bx", "x"},
		{"not across lines", "a\n\bb", "a\nb"},
		{"multibyte", "né\bx", "nx"},
		{"beside invalid bytes nothing is edited", "a\xff\bb", "a\xff\bb"},
		{"overstrike accent before the letter", "Honor'\be de Balzac", "Honoré de Balzac"},
		{"a letter erased before an apostrophe is no accent", "it\b's", "i's"},
		{"overstrike grave, circumflex, diaeresis, cedilla", "`\ba ^\be \"\bu ,\bc", "à ê ü ç"},
		{"accent with no composed letter is erased", "q\b'", "'"},
		{"bold overstrike", "N\bNA\bAM\bME\bE", "NAME"},
		{"underline overstrike", "_\bO_\bP", "OP"},
		{"underline struck after the letter", "O\b_P\b_", "OP"},
		{"bold non-ASCII", "é\béa", "éa"},
		{"underline as underscores then backspaces", "a *_\b_\b_\b_\bthat", "a *that"},
		{"underlined word, nroff style", "x ______\b\b\b\b\b\bremark y", "x remark y"},
		{"underscores struck after a run of backspaces", "ab\b\b__ and abc\b\b\b___ x", "ab and abc x"},
		{"bold after a run of backspaces", "ab\b\bab", "ab"},
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

func TestOverstrikeIsItsOwnKind(t *testing.T) {
	for _, in := range []string{"N\bN", "_\bA", "'\be"} {
		es := Propose(in)
		if len(es) != 1 || es[0].Kind != edit.Overstrike {
			t.Errorf("%q: %+v", in, es)
		}
	}
	if es := Propose("pay\bpal"); len(es) != 1 || es[0].Kind != edit.Deletion {
		t.Errorf("erasure: %+v", es)
	}
}

// TestOtherControlsStay: controls that are no evasion (ANSI colour
// escapes, form feed, bell) are the author's and stay.
func TestOtherControlsStay(t *testing.T) {
	in := "Red \x1b[31mwarning\x1b[0m here.\fNext page\a done."
	if es := Propose(in); len(es) != 0 {
		t.Errorf("%+v", es)
	}
}
