package unidata

import (
	"os"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

func TestLookAlikesLatin(t *testing.T) {
	tests := []struct {
		r    rune
		want rune
		src  Source // 0: any
	}{
		// Cyrillic.
		{'а', 'a', 0}, {'е', 'e', 0}, {'і', 'i', 0}, {'о', 'o', 0}, {'р', 'p', 0}, {'ѕ', 's', 0},
		{'с', 'c', 0}, {'у', 'y', 0}, {'х', 'x', 0}, {'һ', 'h', 0}, {'ј', 'j', 0}, {'г', 'r', 0},
		{'А', 'A', 0}, {'В', 'B', 0}, {'Е', 'E', 0}, {'К', 'K', 0}, {'М', 'M', 0}, {'Н', 'H', 0},
		{'О', 'O', 0}, {'Р', 'P', 0}, {'С', 'C', 0}, {'Т', 'T', 0}, {'Х', 'X', 0}, {'І', 'I', 0},
		{'Ӏ', 'I', 0}, {'ӏ', 'l', 0},
		// Greek.
		{'ο', 'o', 0}, {'ρ', 'p', 0}, {'ϲ', 'c', 0}, {'ν', 'v', 0}, {'Α', 'A', 0}, {'Β', 'B', 0},
		{'Ε', 'E', 0}, {'Η', 'H', 0}, {'Ι', 'I', 0}, {'Κ', 'K', 0}, {'Μ', 'M', 0}, {'Ν', 'N', 0},
		{'Ο', 'O', 0}, {'Ρ', 'P', 0}, {'Τ', 'T', 0}, {'Υ', 'Y', 0}, {'Χ', 'X', 0}, {'Ζ', 'Z', 0},
		// Armenian, Cherokee, NKo, Tai Le, New Tai Lue, Lisu.
		{'ս', 'u', 0}, {'օ', 'o', 0},
		{'Ꭲ', 'T', 0}, {'Ꮢ', 'R', 0}, {'Ꮤ', 'W', 0}, {'Ꭺ', 'A', 0},
		{'ߋ', 'o', 0}, {'ᥙ', 'u', FromGlyph}, {'᧐', 'o', FromGlyph},
		{'ꓮ', 'A', 0}, {'ꓐ', 'B', 0},
		// Roman numerals, Latin extensions, IPA.
		{'ⅼ', 'l', 0}, {'ⅿ', 'm', FromNFKC}, {'Ⅰ', 'I', 0},
		{'ɑ', 'a', 0}, {'Ƅ', 'b', FromTR39}, {'ƅ', 'b', FromGlyph}, {'Ɍ', 'R', FromTR39},
		{'ɗ', 'd', FromTR39Decomposed}, {'ı', 'i', 0}, {'ɡ', 'g', 0},
		// Small capitals.
		{'ᴀ', 'a', 0}, {'ʙ', 'b', 0}, {'ᴋ', 'k', 0}, {'ʀ', 'r', 0},
		// Letters TR39 classes with a small capital: drawn as the capital at
		// small-letter height.
		{'в', 'b', FromSmallCapital}, {'н', 'h', FromSmallCapital}, {'т', 't', FromSmallCapital},
		{'к', 'k', FromSmallCapital}, {'τ', 't', FromSmallCapital}, {'κ', 'k', FromSmallCapital},
		{'ꭰ', 'd', FromSmallCapital}, {'ĸ', 'k', FromSmallCapital}, {'𝛕', 't', FromSmallCapital},
		// Fullwidth, mathematical.
		{'ａ', 'a', 0}, {'Ａ', 'A', 0}, {'𝐚', 'a', 0}, {'𝐈', 'I', 0}, {'𝐥', 'l', 0},
	}
	for _, tt := range tests {
		got := LookAlikes(tt.r, Latin)
		if len(got) == 0 || got[0].R != tt.want || (tt.src != 0 && got[0].Source != tt.src) {
			t.Errorf("LookAlikes(%c U+%04X, Latin) = %v, want %c (source %d)", tt.r, tt.r, show(got), tt.want, tt.src)
		}
	}
}

func show(ls []LookAlike) string {
	s := "["
	for i, l := range ls {
		if i > 0 {
			s += " "
		}
		s += string(l.R) + "/" + itoa(int(l.Source))
	}
	return s + "]"
}

func TestLookAlikesLatinNone(t *testing.T) {
	for r := rune(0); r < 0x80; r++ {
		if got := LookAlikes(r, Latin); got != nil {
			t.Errorf("LookAlikes(%q, Latin) = %v, want nil", r, show(got))
		}
	}
	// п ᴨ ⲡ are drawn like n in Noto Sans but TR39 classes them with π;
	// Thai ท น ร ล are drawn like n u s a only in loopless faces.
	for _, r := range "éßñλπлиᴨⲡпทนรล" {
		if got := LookAlikes(r, Latin); got != nil {
			t.Errorf("LookAlikes(%c, Latin) = %v, want nil", r, show(got))
		}
	}
}

func TestLookAlikesLatinOnlyASCIILetters(t *testing.T) {
	for _, e := range lookAlikesLatin {
		for _, l := range LookAlikes(e.r, Latin) {
			if l.R >= 0x80 || !unicode.IsLetter(l.R) {
				t.Errorf("LookAlikes(%c, Latin) has %q", e.r, l.R)
			}
		}
	}
}

func TestLookAlikesOther(t *testing.T) {
	tests := []struct {
		r      rune
		target Script
		want   string // all of these, in this order, first
	}{
		{'a', Cyrillic, "а"}, {'e', Cyrillic, "е"}, {'o', Cyrillic, "о"}, {'p', Cyrillic, "р"},
		{'c', Cyrillic, "с"}, {'x', Cyrillic, "х"}, {'y', Cyrillic, "у"}, {'i', Cyrillic, "і"},
		{'j', Cyrillic, "ј"}, {'s', Cyrillic, "ѕ"}, {'h', Cyrillic, "һ"},
		{'A', Cyrillic, "А"}, {'B', Cyrillic, "В"}, {'E', Cyrillic, "Е"}, {'K', Cyrillic, "К"},
		{'M', Cyrillic, "М"}, {'H', Cyrillic, "Н"}, {'O', Cyrillic, "О"}, {'P', Cyrillic, "Р"},
		{'C', Cyrillic, "С"}, {'T', Cyrillic, "Т"}, {'X', Cyrillic, "Х"}, {'I', Cyrillic, "ІӀ"},
		{'ο', Cyrillic, "о"}, {'Α', Cyrillic, "А"},
		{'A', Greek, "Α"}, {'B', Greek, "Β"}, {'E', Greek, "Ε"}, {'Z', Greek, "Ζ"}, {'H', Greek, "Η"},
		{'I', Greek, "Ι"}, {'K', Greek, "Κ"}, {'M', Greek, "Μ"}, {'N', Greek, "Ν"}, {'O', Greek, "Ο"},
		{'P', Greek, "Ρ"}, {'T', Greek, "Τ"}, {'Y', Greek, "Υ"}, {'X', Greek, "Χ"}, {'o', Greek, "ο"},
		{'p', Greek, "ρ"}, {'v', Greek, "ν"}, {'А', Greek, "Α"}, {'о', Greek, "ο"},
	}
	for _, tt := range tests {
		got := LookAlikes(tt.r, tt.target)
		want := []rune(tt.want)
		ok := len(got) >= len(want)
		for i := 0; ok && i < len(want); i++ {
			ok = got[i].R == want[i]
		}
		if !ok {
			t.Errorf("LookAlikes(%c, %v) = %v, want %s first", tt.r, tt.target, show(got), tt.want)
		}
	}
	for _, tt := range []struct {
		r      rune
		target Script
	}{{'k', Cyrillic}, {'n', Cyrillic}, {'u', Cyrillic}, {'l', Greek}, {'а', Cyrillic}, {'ο', Greek}, {'a', Han}} {
		for _, l := range LookAlikes(tt.r, tt.target) {
			if ScriptOf(l.R) != tt.target || l.R == tt.r {
				t.Errorf("LookAlikes(%c, %v) has %c", tt.r, tt.target, l.R)
			}
			if tt.r == 'k' || tt.r == 'n' || tt.r == 'u' || tt.r == 'l' || tt.r == 'а' || tt.r == 'ο' {
				t.Errorf("LookAlikes(%c, %v) = %v, want nil", tt.r, tt.target, show(LookAlikes(tt.r, tt.target)))
				break
			}
		}
	}
}

func TestLookAlikesNoAlloc(t *testing.T) {
	n := testing.AllocsPerRun(100, func() {
		LookAlikes('а', Latin)
		LookAlikes('a', Cyrillic)
	})
	if n != 0 {
		t.Errorf("LookAlikes allocates %v times", n)
	}
}

func TestScriptOf(t *testing.T) {
	tests := []struct {
		r    rune
		want Script
		name string
	}{
		{'a', Latin, "Latin"}, {'Z', Latin, "Latin"}, {'1', Common, "Common"}, {' ', Common, "Common"},
		{'é', Latin, "Latin"}, {'ɑ', Latin, "Latin"}, {'ａ', Latin, "Latin"},
		{'α', Greek, "Greek"}, {'ϲ', Greek, "Greek"}, {'а', Cyrillic, "Cyrillic"}, {'ӏ', Cyrillic, "Cyrillic"},
		{'ս', Armenian, "Armenian"}, {'Ꭲ', Cherokee, "Cherokee"}, {'ߋ', Nko, "Nko"},
		{'ᥙ', TaiLe, "Tai_Le"}, {'᧐', NewTaiLue, "New_Tai_Lue"}, {'ꓮ', Lisu, "Lisu"}, {'ⲟ', Coptic, "Coptic"},
		{'ب', Arabic, "Arabic"}, {'א', Hebrew, "Hebrew"}, {'中', Han, "Han"}, {'ⅼ', Latin, "Latin"},
		{'\u0301', Inherited, "Inherited"}, {'\u0640', Common, "Common"}, {'𝐚', Common, "Common"},
		{0x0378, Unknown, "Unknown"}, {0x10FFFF, Unknown, "Unknown"}, {-1, Unknown, "Unknown"},
	}
	for _, tt := range tests {
		if got := ScriptOf(tt.r); got != tt.want || got.String() != tt.name {
			t.Errorf("ScriptOf(%U) = %v, want %s", tt.r, got, tt.name)
		}
	}
	// Agrees with the standard library wherever it knows the script.
	for name, tab := range unicode.Scripts {
		for _, r16 := range tab.R16 {
			for r := rune(r16.Lo); r <= rune(r16.Hi); r += rune(r16.Stride) {
				if got := ScriptOf(r).String(); got != name {
					t.Fatalf("ScriptOf(%U) = %s, unicode.Scripts says %s", r, got, name)
				}
			}
		}
	}
}

func TestHasScript(t *testing.T) {
	tests := []struct {
		r    rune
		s    Script
		want bool
	}{
		{0x0640, Arabic, true}, {0x0640, Syriac, true}, {0x0640, Common, true}, {0x0640, Latin, false},
		{0x0301, Cyrillic, true}, {0x0301, Inherited, true}, {0x0301, Arabic, false},
		{'a', Latin, true}, {'a', Cyrillic, false}, {0x00B7, Greek, true}, {0x00B7, Latin, true},
		{0x0483, Cyrillic, true}, {0x0483, Latin, false},
	}
	for _, tt := range tests {
		if got := HasScript(tt.r, tt.s); got != tt.want {
			t.Errorf("HasScript(%U, %v) = %v, want %v", tt.r, tt.s, got, tt.want)
		}
	}
}

func TestIdentifier(t *testing.T) {
	if !IdentifierTypes('a').Has(Recommended) || IdentifierTypes('a').Has(Obsolete) {
		t.Errorf("IdentifierTypes('a') = %b", IdentifierTypes('a'))
	}
	if !IdentifierTypes('ĸ').Has(Obsolete) || !IdentifierTypes('ſ').Has(NotNFKC) {
		t.Errorf("IdentifierTypes('ĸ', 'ſ') = %b, %b", IdentifierTypes('ĸ'), IdentifierTypes('ſ'))
	}
	if !IdentifierTypes(0x0378).Has(NotCharacter) || !IdentifierTypes(' ').Has(NotXID) {
		t.Errorf("IdentifierTypes(U+0378, ' ') wrong")
	}
	if !IdentifierTypes(0x00AD).Has(DefaultIgnorable) {
		t.Errorf("IdentifierTypes(U+00AD) = %b", IdentifierTypes(0x00AD))
	}
	for _, r := range "azAZ09_éаαא中" {
		if !IdentifierAllowed(r) {
			t.Errorf("IdentifierAllowed(%c) = false", r)
		}
	}
	for _, r := range []rune{' ', '!', 'ſ', 0x0378, 'ｅ', 0x10FFFF} {
		if IdentifierAllowed(r) {
			t.Errorf("IdentifierAllowed(%U) = true", r)
		}
	}
	if Recommended.String() != "Recommended" || NotXID.String() != "Not_XID" {
		t.Errorf("IdentifierType.String wrong")
	}
}

var sink int

func BenchmarkLookAlikes(b *testing.B) {
	rs := []rune("Tһе quісk brown fох јumрѕ оvеr lazy dоg ΑΒΓ ᴀʙᴄ ᧐ߋ")
	for i := 0; i < b.N; i++ {
		for _, r := range rs {
			sink += len(LookAlikes(r, Latin)) + len(LookAlikes(r, Cyrillic))
		}
	}
}

func BenchmarkScriptOf(b *testing.B) {
	rs := []rune("Tһе quісk brown fох јumрѕ оvеr lazy dоg ΑΒΓ ᴀʙᴄ ᧐ߋ 中文 العربية")
	for i := 0; i < b.N; i++ {
		for _, r := range rs {
			sink += int(ScriptOf(r))
		}
	}
}

// TestDefaultIgnorable checks IsDefaultIgnorable against Unicode's
// derivation of Default_Ignorable_Code_Point (DerivedCoreProperties.txt)
// from Go's property tables: Other_Default_Ignorable_Code_Point, format
// characters and variation selectors, less white space, the interlinear
// annotation characters, the Egyptian hieroglyph format controls and the
// prepended concatenation marks.
func TestDefaultIgnorable(t *testing.T) {
	derived := func(r rune) bool {
		if !unicode.In(r, unicode.Other_Default_Ignorable_Code_Point, unicode.Cf, unicode.Variation_Selector) {
			return false
		}
		return !unicode.In(r, unicode.White_Space, unicode.Prepended_Concatenation_Mark) &&
			!(r >= 0xFFF9 && r <= 0xFFFB) && !(r >= 0x13430 && r <= 0x1343F)
	}
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if got, want := IsDefaultIgnorable(r), derived(r); got != want {
			t.Errorf("IsDefaultIgnorable(%U) = %v, derived %v", r, got, want)
		}
	}
}

// TestGlyphsNoto checks the glyph relations against their vendored source,
// data/glyphs-noto.txt: every Latin FromGlyph relation is a pair there
// within the generator's thresholds, and the file names its fonts.
func TestGlyphsNoto(t *testing.T) {
	data, err := os.ReadFile("data/glyphs-noto.txt")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), "fonts-noto-core 20201225-1") {
		t.Error("glyphs-noto.txt does not name its fonts")
	}
	type pair struct{ r, to rune }
	accepted := map[pair]bool{}
	for _, l := range strings.Split(string(data), "\n") {
		l, _, _ = strings.Cut(l, "#")
		f := strings.Split(l, ";")
		if len(f) != 5 {
			continue
		}
		r, _ := strconv.ParseUint(strings.TrimSpace(f[0]), 16, 32)
		to, _ := strconv.ParseUint(strings.TrimSpace(f[1]), 16, 32)
		share, _ := strconv.ParseFloat(strings.TrimSpace(f[2]), 64)
		blob, _ := strconv.Atoi(strings.TrimSpace(f[3]))
		if share <= 0.06 && blob <= 20 {
			accepted[pair{rune(r), rune(to)}] = true
		}
	}
	n := 0
	for _, e := range lookAlikesLatin {
		for _, l := range LookAlikes(e.r, Latin) {
			if l.Source == FromGlyph {
				n++
				if !accepted[pair{e.r, l.R}] {
					t.Errorf("%c U+%04X → %c (FromGlyph) is not an accepted pair of glyphs-noto.txt", e.r, e.r, l.R)
				}
			}
		}
	}
	if n < 50 {
		t.Errorf("only %d Latin look-alikes from glyphs", n)
	}
}

func TestSmallCapital(t *testing.T) {
	for _, r := range "ʙɢɪʟɴʀʏʜᴀᴄᴅᴇᴊᴋᴍᴏᴘᴛᴜᴠᴡᴢꜰꜱꞯ" {
		if !SmallCapital(r) {
			t.Errorf("SmallCapital(%c U+%04X) = false", r, r)
		}
	}
	for _, r := range "bBgɡʊʁɐəĸƅ" {
		if SmallCapital(r) {
			t.Errorf("SmallCapital(%c U+%04X) = true", r, r)
		}
	}
}

// The letters the Mathematical Alphanumeric Symbols block leaves out are
// in its alphabets by the holes they fill: a word set in script or
// fraktur takes them.
func TestLetterlikeFillTheirAlphabets(t *testing.T) {
	for _, c := range []struct{ filler, member rune }{
		{'ℎ', '𝑡'}, {'ℴ', '𝒢'}, {'ℯ', '𝒶'}, {'ℊ', '𝒶'}, {'ℬ', '𝒜'}, {'ℛ', '𝒜'},
		{'ℌ', '𝔄'}, {'ℑ', '𝔄'}, {'ℨ', '𝔄'}, {'ℭ', '𝔄'}, {'ℕ', '𝔸'}, {'ℤ', '𝔸'}, {'ℂ', '𝔸'},
	} {
		if a, b := AlphabetOf(c.filler), AlphabetOf(c.member); a != b || a == 0 {
			t.Errorf("AlphabetOf(%c) = %v, AlphabetOf(%c) = %v", c.filler, a, c.member, b)
		}
	}
}

func TestOrthographies(t *testing.T) {
	for _, c := range []struct {
		r    rune
		with rune
		want bool
	}{
		{'ɗ', 'ƙ', true},  // Hausa
		{'Ɗ', 'ƙ', true},  // either case
		{'ı', 'ğ', true},  // Turkish, Azerbaijani
		{'þ', 'ð', true},  // Icelandic
		{'þ', 'ç', false}, // no orthography writes both
		{'ɑ', 'ɛ', false}, // ɑ is no CLDR orthography's letter
	} {
		a, b := Orthographies(c.r), Orthographies(c.with)
		if got := a.Len() > 0 && a.Shares(b); got != c.want {
			t.Errorf("%c with %c: shares %v, want %v", c.r, c.with, got, c.want)
		}
	}
	if n := Orthographies('ƙ').Len(); n != 1 {
		t.Errorf("ƙ: %d orthographies, want 1 (Hausa)", n)
	}
}
