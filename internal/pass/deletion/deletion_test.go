package deletion

import (
	"strings"
	"testing"
	"time"

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
		{"tags take no column: the letters before them are erased, they stay", "allgo\U000E0074\U000E0068\b\by", "all\U000E0074\U000E0068y"},
		{"a tag alone before a backspace: the letter before it goes", "Hapg\U000E0001\U000E007F\x7fpy", "Hap\U000E0001\U000E007Fpy"},
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
		// Wide characters take two columns: nroff's bold and underline over
		// CJK text, one backspace or two, read as a pager shows them.
		{"bold wide, one backspace (grotty)", "名\b名称\b称", "名称"},
		{"underlined wide (grotty)", "[_\b选_\b项]", "[选项]"},
		{"bold wide, a backspace per column", "名\b\b名称\b\b称", "名称"},
		{"bold wide run, a backspace per column", "名字\b\b\b\b名字 x", "名字 x"},
		{"underscore per column struck after", "名\b\b__字", "名字"},
		{"underscore per column struck before", "__\b\b名字", "名字"},
		{"bold fullwidth", "ｆ\bｆ", "ｆ"},
		{"a wide character takes two backspaces to erase", "x名\b\by", "xy"},
		{"one backspace erases the wide character it moves into", "x名\by", "xy"},
		{"Hangul bold", "이\b이름\b름", "이름"},
		{"bold word joiners between bold hyphens (grotty)", "\"-\b-\u2060\b\u2060-\b-\u2060\b\u2060p\bpr\bro", "\"-\u2060-\u2060pro"},
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

// A line of many erasures is read in time that follows its length: each
// edit reads its own stretch of the line, not the whole line printed so far.
func TestManyErasuresLinear(t *testing.T) {
	text := strings.Repeat("abcdefghi\b", 40000)
	start := time.Now()
	es := Propose(text)
	if len(es) != 40000 {
		t.Errorf("%d edits for %d erasures", len(es), 40000)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("%v for %d erasures", d, 40000)
	}
}
