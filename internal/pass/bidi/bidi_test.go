package bidi

import (
	"strings"
	"testing"
	"time"

	"github.com/unspin/unspin/internal/edit"
)

func TestPropose(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"rlo reverses latin", "see \u202emoc.elpmaxe\u202c now", "see example.com now"},
		{"an emoji's joiners elsewhere on the line stay", "the \u2067\u202eelohw\u202c\u2069 family chat 👨\u200d👩\u200d👧 lol", "the whole family chat 👨\u200d👩\u200d👧 lol"},
		{"a joiner inside an isolate's reversed stretch keeps the line", "a \u2067\u202ex\u200dy\u202c\u2069 b", "a \u2067\u202ex\u200dy\u202c\u2069 b"},
		{"an escape of ISO-2022-JP right after the reversed stretch stays where it is", "OTC/\x1b$B0\u2067\u202eMMlEK\u202c\u2069\x1b(B", "OTC/\x1b$B0KElMM\x1b(B"},
		{"rlo to end of line", "x \u202ecba\ny", "x abc\ny"},
		{"rlo mirrors brackets", "\u202e(b)a\u202c", "a(b)"},
		{"rlo keeps combining marks on their letters", "\u202eb\u0301a\u202c", "ab\u0301"},
		{"lro over latin changes nothing", "a\u202dbc\u202c", "abc"},
		{"rlo over hebrew agrees with it and stays in right-to-left text", "\u202eשלום\u202c", "\u202eשלום\u202c"},
		{"lro over an arabic listing's part number stays", "رقم القطعة: \u202dCF259A/XL-01\u202c", "رقم القطعة: \u202dCF259A/XL-01\u202c"},
		{"lro over hebrew cannot be shown without it and stays", "a \u202dשלום\u202c b", "a \u202dשלום\u202c b"},
		{"rlo over hebrew and latin stays", "\u202eשלום abc\u202c", "\u202eשלום abc\u202c"},
		// B4: with no right-to-left letters, a control that changes nothing
		// goes inside a word and stays elsewhere.
		{"embedding in pure ltr between words stays", "a \u202bb\u202c c", "a \u202bb\u202c c"},
		{"isolate in pure ltr between words stays", "a \u2067b\u2069 c", "a \u2067b\u2069 c"},
		{"marks in pure ltr inside a word", "a\u200eb\u200fc", "abc"},
		{"marks inside english words", "pass\u200eword and mo\u061cney", "password and money"},
		{"embeddings before a tilde in an Italian catalogue stay", "%lld\u202a\u202a~mesi", "%lld\u202a\u202a~mesi"},
		{"a mark in a table of characters stays", "FD     \u200e     LEFT-TO-RIGHT MARK", "FD     \u200e     LEFT-TO-RIGHT MARK"},
		// B3: a document with right-to-left letters keeps its marks,
		// embeddings and isolates in every paragraph, Latin-only ones too.
		{"rlm before a latin line of an arabic catalogue", "أكا\n\n\u200fapl2\n\n\u200faplII\n\nأمهر", "أكا\n\n\u200fapl2\n\n\u200faplII\n\nأمهر"},
		{"rlm in a date format of an arabic catalogue", "خيارات\n\n%d\u200f/%m\u200f/%Y", "خيارات\n\n%d\u200f/%m\u200f/%Y"},
		{"isolates around a time format of a persian catalogue", "روی ویندوز\n\n\u2066%OH:%OM:%OS\u2069\n\n%A", "روی ویندوز\n\n\u2066%OH:%OM:%OS\u2069\n\n%A"},
		{"embedding around an english message of a hebrew catalogue", "אפריל\n\n\u202bExpecting one fd, but got %d\n\u202c\n", "אפריל\n\n\u202bExpecting one fd, but got %d\n\u202c\n"},
		{"lrm between rlms in a hebrew catalogue", "אוגוסט\n\n\u200f\u200e\u200f%u \u200f%s", "אוגוסט\n\n\u200f\u200e\u200f%u \u200f%s"},
		{"rlm in hebrew stays", "שלום\u200f text", "שלום\u200f text"},
		{"isolate in mixed text stays", "עברית \u2066English\u2069 עברית", "עברית \u2066English\u2069 עברית"},
		{"arabic letter mark stays", "كتاب\u061c 1", "كتاب\u061c 1"},
		{"unmatched pdf inside a word", "a\u202cb", "ab"},
		{"unmatched pdf after a word stays", "a\u202c b", "a\u202c b"},
		{"an embedding dropped inside a word takes its terminator", "te\u202axt\u202c here", "text here"},
		{"rlo nested in lro keeps the inner reversal", "the \u202d\u202eyruj\u202c\u202c said", "the jury said"},
		{"rlo inside an isolate", "the \u2067\u202eyruj\u202c\u2069 said", "the jury said"},
		{"rlo over digits draws them reversed", "a \u202e123\u202c b", "a 321 b"},
		{"rlo over one bracket draws its mirror", "x\u202e(\u202c", "x)"},
		{"rlo over one symbol changes nothing", "x\u202e*\u202c", "x*"},
		{"rlo inside an isolate around a palindrome", "the \u2067\u202emikim\u202c\u2069 said", "the mikim said"},
		// Overrides are read one at a time, as the spoofer meant them: the
		// number after a reversed word stays after it, though UAX #9 draws
		// it before.
		{"a number after a nested override stays after it", "ranged \u202d\u202emorf\u202c\u202c 48 to 74", "ranged from 48 to 74"},
		// BIDI-NESTED-STAYS: an embedding or isolate inside an override
		// is not overridden; the override, read alone, would write it
		// reversed where the reader sees it forwards: it stays.
		{"embedding inside an override stays", "see \u202e\u202aabc def", "see \u202e\u202aabc def"},
		{"isolate inside an override in a right-to-left document stays", "שלום\nsee \u202e\u2066abc def\u2069\u202c now", "שלום\nsee \u202e\u2066abc def\u2069\u202c now"},
		{"embedding inside an override in a right-to-left document stays", "שלום\nsee \u202e\u202aabc\u202c\u202c now", "שלום\nsee \u202e\u202aabc\u202c\u202c now"},
		// BIDI-MIRROR-GLYPH: every character with a mirror glyph is drawn
		// mirrored when reversed, not only brackets.
		{"rlo mirrors a less-than sign", "x \u202e<\u202c y", "x > y"},
		{"rlo mirrors guillemets in a right-to-left document", "שלום\n\u202e«a<b»\u202c", "שלום\n«b>a»"},
		// BIDI-PAIR-TOGETHER: an isolate's terminator inside a word goes
		// with its opener, else the opener isolates the rest of the line.
		{"isolate terminator inside a word takes its opener", "a \u206712\u2069word b.", "a 12word b."},
		{"embedding terminator inside a word takes its opener", "a \u202b12\u202c3 \u2068b\u2069 c.", "a 123 \u2068b\u2069 c."},
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

// TestTrojanSource: the patterns of the Trojan Source paper's examples
// (nickboucher/trojan-source), each cleaned to what an editor shows.
func TestTrojanSource(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"commenting out: RLO around LRI isolates",
			"    /*\u202e } \u2066if (isAdmin)\u2069 \u2066 begin admins only */",
			"    /* begin admins only */ if (isAdmin) { "},
		{"commenting out: closing line",
			"    /* end admins only \u202e { \u2066*/",
			"    /* end admins only */ } "},
		{"early return: RLI only (Python)",
			"    ''' Subtract funds from bank account then \u2067''' ;return",
			"    ''' Subtract funds from bank account then return; '''"},
		{"early return: RLI only (C)",
			"    /* Say hello; newline\u2067 /*/ return 0 ;",
			"    /* Say hello; newline; return 0 /*/ "},
		{"early return: RLO over a comment opener, no PDF (SQL in Python)",
			"    /* Populate admins \u202e/*",
			"    /* Populate admins */"},
		{"stretched string",
			"    if (strcmp(access_level, \"user\u202e \u2066// Check if admin\u2069 \u2066\")) {",
			"    if (strcmp(access_level, \"user\")) { // Check if admin "},
		{"joiners and escapes beside isolates are kept",
			"a \u2066b\u2069 c \U0001F468\u200d\U0001F469 \x1b[1md",
			"a \u2066b\u2069 c \U0001F468\u200d\U0001F469 \x1b[1md"},
		{"isolates that change nothing inside a word go",
			"a b\u2066c\u2069d e",
			"a bcd e"},
		{"a line with invalid bytes and isolates stays as it is",
			"x\xff \u2067''' ;return",
			"x\xff \u2067''' ;return"},
		{"isolate keeps its inner order inside an override",
			"x \u202e\u2066abc\u2069 def\u202c y",
			"x fed abc y"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := edit.Apply(tc.in, edit.Normalize(tc.in, Propose(tc.in)))
			if got != tc.want {
				t.Errorf("\n got %q\nwant %q", got, tc.want)
			}
			if again := Propose(got); len(again) != 0 {
				t.Errorf("cleaning again proposes %+v", again)
			}
		})
	}
}

// TestEditPerStretch: BIDI-EDIT-PER-STRETCH, a line rewritten in the order
// the reader sees gets one edit per stretch that moves, not one from its
// first control to its last.
func TestEditPerStretch(t *testing.T) {
	in := "one \u202eowt\u202c three \u2067\u202eruof\u202c\u2069 five"
	type span struct{ before, after string }
	var got []span
	for _, e := range edit.Normalize(in, Propose(in)) {
		got = append(got, span{in[e.Start:e.End], e.After})
	}
	want := []span{{"\u202eowt\u202c", "two"}, {"\u2067\u202eruof\u202c\u2069", "four"}}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("edits %+q, want %+q", got, want)
	}
}

// TestManyOverridesLinear: a paragraph of tens of thousands of overrides,
// each left open, is read in time that grows with it (it took minutes);
// so many are junk, and the paragraph stays as it is.
func TestManyOverridesLinear(t *testing.T) {
	text := strings.Repeat("x", 300000) + strings.Repeat("ab\u202e", 40000)
	start := time.Now()
	if es := Propose(text); len(es) != 0 {
		t.Errorf("%d edits in a paragraph of junk overrides", len(es))
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("%v for %d overrides", d, 40000)
	}
}
