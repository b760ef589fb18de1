package uba

import (
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/unicode/bidi"
)

// visual resolves s as one paragraph, reorders it as one line and returns
// what a reader sees, left to right, without the bidi formatting characters
// (which have no glyphs), along with the levels.
func visual(s string, paraLevel int) (string, []int8) {
	text := []rune(s)
	pl, levels := Resolve(text, paraLevel)
	var b strings.Builder
	for _, i := range Reorder(text, levels, pl, 0, len(text)) {
		switch ClassOf(text[i]) {
		case LRI, RLI, FSI, PDI:
			continue
		}
		b.WriteRune(text[i])
	}
	return b.String(), levels
}

func TestExamples(t *testing.T) {
	tests := []struct {
		name       string
		text       string
		paraLevel  int
		wantVisual string
		wantLevels []int8 // nil: not checked
	}{
		{
			name:       "RLO reverses Latin text",
			text:       "x\u202Eabc\u202Cy",
			paraLevel:  0,
			wantVisual: "xcbay",
			wantLevels: []int8{0, -1, 1, 1, 1, -1, 0},
		},
		{
			name:       "LRO keeps Hebrew in logical order",
			text:       "\u202Dאבג\u202C",
			paraLevel:  1,
			wantVisual: "אבג",
			wantLevels: []int8{-1, 2, 2, 2, -1},
		},
		{
			// The isolate is one neutral unit to the override around it,
			// and its inside is not overridden.
			name:       "RLI inside RLO keeps its order and moves as a unit",
			text:       "\u202Eab\u2067cd\u2069ef\u202C",
			paraLevel:  0,
			wantVisual: "fecdba",
			wantLevels: []int8{-1, 1, 1, 1, 4, 4, 1, 1, 1, -1},
		},
		{
			name:       "Hebrew in logical order with an LRM is unaffected",
			text:       "\u200Eשלום.",
			paraLevel:  -1, // the LRM makes the paragraph LTR
			wantVisual: "\u200Eםולש.",
			wantLevels: []int8{0, 1, 1, 1, 1, 0},
		},
		{
			name:       "Hebrew alone in an auto paragraph",
			text:       "שלום",
			paraLevel:  -1,
			wantVisual: "םולש",
			wantLevels: []int8{1, 1, 1, 1},
		},
		{
			// N0: the brackets enclose R text in an LTR paragraph, but
			// the preceding context is R too, so they become R.
			name:       "bracket pair takes the direction of its content and context",
			text:       "אב(גד)x",
			paraLevel:  0,
			wantVisual: ")דג(באx", // mirroring the glyphs is the renderer's job,
			wantLevels: []int8{1, 1, 1, 1, 1, 1, 0},
		},
		{
			// The UAX #9 N0 example "AB(CD[&ef]!)gh" in an RTL paragraph.
			name:       "UAX #9 N0 example",
			text:       "אב(גד[&ef]!)gh",
			paraLevel:  1,
			wantLevels: []int8{1, 1, 1, 1, 1, 1, 1, 2, 2, 1, 1, 1, 2, 2},
			wantVisual: "gh)!]ef&[דג(בא",
		},
		{
			// U+2329 and U+3009 pair because U+2329 ≡ U+3008.
			name:       "canonically equivalent brackets pair",
			text:       "a\u2329b\u3009א",
			paraLevel:  1,
			wantLevels: []int8{2, 2, 2, 2, 1},
		},
		{
			name:       "mismatched brackets do not pair",
			text:       "a\u2329b\u300Bא",
			paraLevel:  1,
			wantLevels: []int8{2, 2, 2, 1, 1},
		},
		{
			// L1: trailing white space goes to the paragraph level.
			name:       "trailing space in RTL paragraph",
			text:       "abc  ",
			paraLevel:  1,
			wantVisual: "  abc",
			wantLevels: []int8{2, 2, 2, 1, 1},
		},
		{
			name:       "FSI takes the direction of its first strong character",
			text:       "a \u2068אב c\u2069 d",
			paraLevel:  0,
			wantVisual: "a c בא d",
		},
		{
			name:       "unterminated PDF and PDI are harmless",
			text:       "\u202C\u2069abc",
			paraLevel:  -1,
			wantVisual: "abc",
			wantLevels: []int8{-1, 0, 0, 0, 0},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, levels := visual(tt.text, tt.paraLevel)
			if tt.wantVisual != "" && got != tt.wantVisual {
				t.Errorf("visual %q, want %q", got, tt.wantVisual)
			}
			if tt.wantLevels != nil && !slices.Equal(levels, tt.wantLevels) {
				t.Errorf("levels %v, want %v", levels, tt.wantLevels)
			}
		})
	}
}

func TestParagraphLevel(t *testing.T) {
	for _, tt := range []struct {
		text string
		want int
	}{
		{"", 0},
		{"123", 0},
		{"abc", 0},
		{"אבג", 1},
		{"1 ب", 1},
		{"\u2067abc\u2069אב", 1}, // P2 skips the isolate
		{"\u2067abc", 0},         // and an unterminated one to the end
		{"\u202Babc", 0},         // but not embeddings
	} {
		if got, _ := Resolve([]rune(tt.text), -1); got != tt.want {
			t.Errorf("Resolve(%q, auto) level %d, want %d", tt.text, got, tt.want)
		}
	}
}

func TestDepthLimits(t *testing.T) {
	// 200 alternating embeddings: the levels stop at max_depth 125.
	var text []rune
	for i := range 200 {
		text = append(text, []rune{'\u202A', '\u202B'}[i%2], 'a')
	}
	_, levels := Resolve(text, 0)
	top := slices.Max(levels)
	if top != maxDepth+1 { // an L at odd level 125 resolves to 126
		t.Errorf("highest level %d, want %d", top, maxDepth+1)
	}
	// Brackets nested beyond the BD16 stack must not break anything.
	text = []rune(strings.Repeat("(", 100) + "א" + strings.Repeat(")", 100))
	_, levels = Resolve(text, 0)
	if len(levels) != len(text) {
		t.Fatal("wrong length")
	}
}

func TestMirror(t *testing.T) {
	for _, tt := range []struct {
		r, want rune
		ok      bool
	}{
		{'(', ')', true}, {')', '(', true}, {'<', '>', true}, {'«', '»', true},
		{'\u2329', '\u232A', true}, {'a', 0, false}, {'∛', 0, false},
	} {
		got, ok := Mirror(tt.r)
		if got != tt.want || ok != tt.ok {
			t.Errorf("Mirror(%q) = %q, %v, want %q, %v", tt.r, got, ok, tt.want, tt.ok)
		}
	}
}

// TestBracketDataAgrees cross-checks the vendored BidiBrackets.txt against
// x/text's bracket flags, which come from the same UCD version.
func TestBracketDataAgrees(t *testing.T) {
	loadData()
	if len(bracketMap) < 120 {
		t.Fatalf("only %d brackets parsed", len(bracketMap))
	}
	for r, e := range bracketMap {
		p, _ := bidi.LookupRune(r)
		if !p.IsBracket() || p.IsOpeningBracket() != e.open {
			t.Errorf("%U: x/text bracket=%v open=%v, file open=%v", r, p.IsBracket(), p.IsOpeningBracket(), e.open)
		}
		if ClassOf(r) != ON {
			t.Errorf("%U: bracket of class %v", r, ClassOf(r))
		}
		if back := bracketMap[e.pair]; back.pair != r || back.open == e.open {
			t.Errorf("%U: pair %U does not pair back", r, e.pair)
		}
	}
	if len(mirrorMap) < 300 {
		t.Errorf("only %d mirror pairs parsed", len(mirrorMap))
	}
}

func TestClassOf(t *testing.T) {
	for _, tt := range []struct {
		r    rune
		want Class
	}{
		{'a', L}, {'א', R}, {'ب', AL}, {'1', EN}, {'+', ES}, {'$', ET},
		{'\u0661', AN}, {',', CS}, {'\u0301', NSM}, {'\u200B', BN},
		{'\u2029', B}, {'\t', S}, {' ', WS}, {'!', ON},
		{'\u202A', LRE}, {'\u202D', LRO}, {'\u202B', RLE}, {'\u202E', RLO},
		{'\u202C', PDF}, {'\u2066', LRI}, {'\u2067', RLI}, {'\u2068', FSI},
		{'\u2069', PDI}, {-1, ON}, {0x110000, ON},
	} {
		if got := ClassOf(tt.r); got != tt.want {
			t.Errorf("ClassOf(%U) = %v, want %v", tt.r, got, tt.want)
		}
	}
}

// fuzzPalette gives fuzzed ASCII bytes a rune of every class, the
// formatting characters above all.
var fuzzPalette = []rune{
	'a', 'א', 'ب', '1', '+', '$', '\u0661', ',', '\u0301', '\u200B', '\u2029',
	'\t', ' ', '!', '(', ')', '[', ']', '\u2329', '\u3009', '\u202A',
	'\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068',
	'\u2069', '\u200E', '\u200F', '\u061C', '\u06F1', '\r', '\n', '\u00AD',
}

func FuzzResolve(f *testing.F) {
	f.Add([]byte("abc"), int8(-1), uint16(0))
	f.Add([]byte("\u202Eabc\u2067de\u2069\u202C"), int8(0), uint16(3))
	f.Add([]byte{20, 0, 25, 1, 26, 29, 28, 13, 14, 2, 3, 22}, int8(1), uint16(7))
	f.Add([]byte{27, 0, 14, 1, 15, 28, 16, 18, 3, 17, 19}, int8(-1), uint16(100))
	f.Fuzz(func(t *testing.T, data []byte, para int8, cut uint16) {
		var text []rune
		for _, r := range string(data) {
			if r < 0x80 {
				r = fuzzPalette[int(r)%len(fuzzPalette)]
			}
			text = append(text, r)
		}
		pl, levels := Resolve(text, int(para))
		if pl != 0 && pl != 1 {
			t.Fatalf("paragraph level %d", pl)
		}
		if len(levels) != len(text) {
			t.Fatalf("%d levels for %d runes", len(levels), len(text))
		}
		for i, l := range levels {
			if removed := isRemovedByX9(ClassOf(text[i])); removed != (l == -1) || l < -1 || l > maxDepth+1 {
				t.Fatalf("rune %d (%v): level %d", i, ClassOf(text[i]), l)
			}
		}
		// Reorder the whole paragraph and, split at cut, as two lines.
		c := 0
		if len(text) > 0 {
			c = int(cut) % (len(text) + 1)
		}
		for _, line := range [][2]int{{0, len(text)}, {0, c}, {c, len(text)}} {
			order := Reorder(text, levels, pl, line[0], line[1])
			var want []int
			for i := line[0]; i < line[1]; i++ {
				if levels[i] >= 0 {
					want = append(want, i)
				}
			}
			got := slices.Sorted(slices.Values(order))
			if !slices.Equal(got, want) {
				t.Fatalf("Reorder(%d, %d) = %v, not a permutation of %v", line[0], line[1], order, want)
			}
		}
	})
}

func BenchmarkResolve(b *testing.B) {
	text := []rune(strings.Repeat("abc (אבג \u2067def [123]\u2069) שלום, 4.5% \u202Eghi\u202C ", 50))
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		pl, levels := Resolve(text, -1)
		Reorder(text, levels, pl, 0, len(text))
	}
}
