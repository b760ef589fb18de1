package screen

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/unspin/unspin/internal/runeclass"
)

func TestScan(t *testing.T) {
	tests := []struct {
		name string
		text string
		want Needs
	}{
		{"plain English", "The embassy said so, “twice” — in 1999.", 0},
		{"backspace", "pay\bpal", Deletion},
		{"delete", "pay\x7fpal", Deletion},
		{"tag characters", "hi\U000E0069", Tags},
		{"variation selector", "hi\ufe0f", Tags},
		{"zero-width space", "s\u200bee", Invisible},
		{"reserved default-ignorable", "t\u2065he", Invisible},
		{"override", "\u202egnp.exe", Bidi},
		{"right-to-left mark", "שלום\u200f!", Bidi},
		{"Cyrillic letter in English", "Russіan", Homoglyph},
		{"Latin letter in Russian", "Pусский", Homoglyph},
		{"Russian alone", "Русский язык", 0},
		{"Greek alone", "Ελληνικά", 0},
		{"symbol drawn like a letter", "⍺gainst", Homoglyph},
		{"fullwidth letter", "ｅmbassy", Homoglyph},
		{"Latin look-alike within Latin", "dɑta", Homoglyph},
		{"Armenian look-alike in English", "hօme", Homoglyph},
		{"Japanese with an English word", "日本語のテキスト and English", 0},
		{"Hindi", "हिन्दी भाषा", 0},
		{"Bengali digit drawn like 8 among ASCII digits", "serial A3\u09ea0", Homoglyph},
		{"Bengali digits in Bengali text", "\u09e7\u09ea \u09ac\u099b\u09b0", 0},
		{"full stop at a line end", "the U.S.\n\nEmbassy", Layout},
		{"full stop, space, line end", "end. \nNext", Layout},
		{"full stop before CRLF", "end.\r\nNext", Layout},
		{"full stop before a lone CR", "end.\rNext", Layout},
		{"no full stop at a line end", "one\ntwo.", 0},
	}
	for _, tc := range tests {
		if got := Scan(tc.text); got != tc.want {
			t.Errorf("%s: Scan(%q) = %b, want %b", tc.name, tc.text, got, tc.want)
		}
	}
}

func BenchmarkScan(b *testing.B) {
	text := ""
	for len(text) < 1<<16 {
		text += "The embassy said so, “twice” — in 1999, and again on Tuesday at the U.S. office. "
	}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Scan(text)
	}
}

// scanByRunes is Scan one character at a time, ASCII read as the screen
// first read it (letters by their ranges, the last two characters kept for
// line ends): the eight-byte skip, the byte table and the look back must
// change nothing.
func scanByRunes(text string) Needs {
	var s scan
	var prev, prev2 rune
	for i, r := range text {
		if _, n := utf8.DecodeRuneInString(text[i:]); r == utf8.RuneError && n == 1 {
			s.need |= Invalid
		}
		switch {
		case r >= utf8.RuneSelf:
		case 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z':
			s.seen |= latin
		case r == '\n' || r == '\r':
			if prev == '.' || (prev == ' ' || prev == '\r') && prev2 == '.' {
				s.need |= Layout
			}
		case r == '\b' || r == 0x7F:
			s.need |= Deletion
		}
		if r >= utf8.RuneSelf {
			if c := runeclass.Of(r); c&(runeclass.Word|runeclass.Ignorable|runeclass.Control|runeclass.LikeLatin) != 0 {
				s.char(r, c)
			}
			r = 0
		}
		prev2, prev = prev, r
	}
	return s.needs()
}

var scanCases = []string{"", "a", ".\n", "x.\n", "x. \n", "x.\r\n", "x.\r", "é.\n", "é. \n", "\xff.\n", ".\xff\n",
	"abcdefgh.\nabcdefgh", "abcdefghijklmnop\x7f", "abcdefgh\babcdefgh", "abcdefgh\tabcdefgh.\n", "\xef\xbf\xbd",
	"ab\xffcdefghijk", "abcdefghij\xe2\x80", "Russіan words and more words.\n", "ｅmbassy", "日本語 text"}

func TestScanByRunes(t *testing.T) {
	texts := scanCases
	// And every text of the dev set, where the repository has it.
	files, _ := filepath.Glob("../../testdata/dev/*.jsonl")
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, strings.Split(string(data), "\n")...) // JSON: escapes as written
		for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
			var rec struct{ Text, Expected string }
			if err := json.Unmarshal([]byte(line), &rec); err != nil {
				t.Fatal(err)
			}
			texts = append(texts, rec.Text, rec.Expected)
		}
	}
	for _, text := range texts {
		if got, want := Scan(text), scanByRunes(text); got != want {
			t.Errorf("Scan(%q) = %b, by runes %b", text, got, want)
		}
	}
}

func FuzzScan(f *testing.F) {
	for _, text := range scanCases {
		f.Add(text)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := Scan(text), scanByRunes(text); got != want {
			t.Fatalf("Scan(%q) = %b, by runes %b", text, got, want)
		}
	})
}

// TestPlain: plain is true of eight bytes exactly where each is printable
// ASCII.
func TestPlain(t *testing.T) {
	for b := range 256 {
		for at := range 8 {
			x := []byte("abcdefgh")
			x[at] = byte(b)
			if got, want := plain(load64(string(x), 0)), 0x20 <= b && b < 0x7F; got != want {
				t.Fatalf("plain(%q) = %v", x, got)
			}
		}
	}
}
