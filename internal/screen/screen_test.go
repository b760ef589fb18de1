package screen

import "testing"

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
