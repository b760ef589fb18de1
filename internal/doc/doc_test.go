package doc

import (
	"slices"
	"strings"
	"testing"
	"unsafe"

	"github.com/unspin/unspin/internal/unidata"
)

func TestTokens(t *testing.T) {
	tests := []struct {
		text string
		want string // tokens joined by |
	}{
		{"Don't visit the web-site.", "Don't|visit|the|web-site|."},
		{"the U.S. embassy", "the|U.S|.|embassy"},
		{"⍺gainst Russіan", "⍺gainst|Russіan"},
		{"'quoted' -dash- end.", "'|quoted|'|-|dash|-|end|."},
		{"3×4 = 12", "3×4|=|12"}, // × is drawn like x: part of the word, for the homoglyph pass to judge
		{"日本語のテキスト", "日本語のテキスト"},
		{"a\u00a0b\tc", "a|b|c"},
		{"bad \xff byte", "bad|\xff|byte"},
		{"", ""},
	}
	for _, tc := range tests {
		d := New(tc.text)
		var got []string
		for i := range d.Tokens() {
			got = append(got, d.TextOf(i))
		}
		if g := strings.Join(got, "|"); g != tc.want {
			t.Errorf("New(%q): %q, want %q", tc.text, g, tc.want)
		}
	}
}

func TestFlags(t *testing.T) {
	d := New("One two\nTHREE\n\n4x Pусский")
	want := []struct {
		flags  Flags
		script unidata.Script
	}{
		{Capital, unidata.Latin},
		{SpaceBefore, unidata.Latin},
		{SpaceBefore | LineBefore | Capital | AllCaps, unidata.Latin},
		{SpaceBefore | LineBefore | ParagraphBefore | Digits, unidata.Latin},
		{SpaceBefore | Capital | NonASCII | MixedScript, unidata.Latin},
	}
	if len(d.Tokens()) != len(want) {
		t.Fatalf("%d tokens, want %d", len(d.Tokens()), len(want))
	}
	for i, w := range want {
		if tk := d.Tokens()[i]; tk.Flags != w.flags || tk.Script != w.script {
			t.Errorf("token %d %q: flags %b script %v, want %b %v", i, d.TextOf(i), tk.Flags, tk.Script, w.flags, w.script)
		}
	}
}

func TestLexAndEnglish(t *testing.T) {
	d := New("The Embassy said that it would reopen.")
	if d.Lex(0) == 0 || d.Lex(1) == 0 || d.Lex(len(d.Tokens())-1) != 0 {
		t.Errorf("lexicon ids %v", d.lex)
	}
	if d.Lex(1).Stats().Count == 0 {
		t.Error("no statistics for embassy")
	}
	if !d.IsEnglish() {
		t.Errorf("language %+v", d.Language())
	}
	if New("Toute personne a droit à la liberté de pensée et de religion.").IsEnglish() {
		t.Error("French judged English")
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		text string
		want string // sentences joined by |
	}{
		{"It rained. Mr. Smith left! Did he?", "It rained.|Mr. Smith left!|Did he?"},
		{"The U.S. embassy said “no.” Then it left.", "The U.S. embassy said “no.”|Then it left."},
		{"A heading\n\nA paragraph", "A heading|A paragraph"},
		{"no end", "no end"},
	}
	for _, tc := range tests {
		d := New(tc.text)
		var got []string
		for _, s := range d.Sentences() {
			got = append(got, tc.text[d.Tokens()[s.From].Start:d.Tokens()[s.To-1].End])
		}
		if g := strings.Join(got, "|"); g != tc.want {
			t.Errorf("%q: %q, want %q", tc.text, g, tc.want)
		}
	}
}

func BenchmarkNew(b *testing.B) {
	text := strings.Repeat("The embassy said so, “twice” — in 1999, and again on Tuesday at the U.S. office. ", 800)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		New(text)
	}
}

func BenchmarkLex(b *testing.B) {
	text := strings.Repeat("The embassy said so, “twice” — in 1999, and again on Tuesday at the U.S. office. ", 800)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		New(text).Lex(0)
	}
}

// TestJudgeTokens: a document whose words are already looked up judges its
// language as Judge does over the text.
func TestJudgeTokens(t *testing.T) {
	texts := []string{"", "123 456", "The cat sat on the mat.", "Всеобщая декларация прав человека",
		"Don't visit the web-site, 3rd time, U.S. 42 x2 " + strings.Repeat("word salad ", 300) + strings.Repeat("z", 70),
		"Ｆｕｌｌｗｉｄｔｈ ＴＥＸＴ and ΑΒΓ Δέλτα ǅemal İstanbul"}
	// And every text of the dev set, where the repository has it.
	texts = append(texts, devTexts(t)...)
	for _, text := range texts {
		d := New(text)
		if len(d.Tokens()) > 0 {
			d.Lex(0)
		}
		if got, want := d.Language(), Judge(text); got != want {
			t.Errorf("%.40q: %v from the tokens, %v from the text", text, got, want)
		}
	}
}

// A long document has millions of tokens: none may grow by padding.
func TestTokenSize(t *testing.T) {
	if n := unsafe.Sizeof(Token{}); n != 12 {
		t.Errorf("a Token takes %d bytes, want 12", n)
	}
}

// TestReleaseReuse: a document tokenized in memory a released one gave
// back has the tokens and entries of one tokenized afresh, and tokens
// Forget let go of are not written over by the next tokenizing of the
// same document (the spam pass's view is still reading them).
func TestReleaseReuse(t *testing.T) {
	texts := []string{
		"The committee said on Friday that it would visit the site, Mr. Smith's office, again.",
		"Short one.",
		"Ещё один текст, и ещё one more: 1961, U.S. — done.",
		"",
	}
	for round := range 3 {
		for _, text := range texts {
			wantToks, wantLex := tokenize(text, true)
			d := New(text)
			toks, lex := d.TokensLex()
			if !slices.Equal(toks, wantToks) || !slices.Equal(lex, wantLex) {
				t.Fatalf("round %d: %q: pooled tokens differ", round, text)
			}
			kept := slices.Clone(toks)
			d.Forget()
			again := d.Tokens()
			if len(toks) > 0 && len(again) > 0 && &again[0] == &toks[0] {
				t.Fatalf("%q: tokens after Forget share the memory Forget let go of", text)
			}
			if !slices.Equal(toks, kept) {
				t.Fatalf("%q: tokens Forget let go of were written over", text)
			}
			d.Release()
		}
	}
}
