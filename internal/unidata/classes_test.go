package unidata

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"
)

// TestBlocksTxt walks the vendored Blocks.txt: every block's first and last
// code points are in it, by its name, and the code points between blocks
// are in none.
func TestBlocksTxt(t *testing.T) {
	f, err := os.Open("data/Blocks.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	next, n := rune(0), 0
	for sc.Scan() {
		l, _, _ := strings.Cut(sc.Text(), "#")
		rng, name, ok := strings.Cut(l, ";")
		if !ok {
			continue
		}
		a, b, _ := strings.Cut(strings.TrimSpace(rng), "..")
		lo, _ := strconv.ParseUint(a, 16, 32)
		hi, _ := strconv.ParseUint(b, 16, 32)
		name = strings.TrimSpace(name)
		for _, r := range []rune{rune(lo), rune(hi), rune(lo+hi) / 2} {
			if got := BlockOf(r).String(); got != name {
				t.Errorf("BlockOf(%U) = %s, want %s", r, got, name)
			}
		}
		if gl, gh := BlockRange(BlockOf(rune(lo))); gl != rune(lo) || gh != rune(hi) {
			t.Errorf("BlockRange(%s) = %U..%U", name, gl, gh)
		}
		if rune(lo) > next && BlockOf(rune(lo)-1) != NoBlock {
			t.Errorf("%U is in %s, Blocks.txt has no block there", rune(lo)-1, BlockOf(rune(lo)-1))
		}
		next = rune(hi) + 1
		n++
	}
	if n != len(blockRanges) {
		t.Errorf("Blocks.txt has %d blocks, the table %d", n, len(blockRanges))
	}
	if BlockOf(0x10FFFF+1) != NoBlock || BlockOf(-1) != NoBlock {
		t.Error("out of range code points are in a block")
	}
}

func TestAlphabetOf(t *testing.T) {
	same := [][2]rune{
		{'𝐀', '𝐳'}, // MATHEMATICAL BOLD, capital and small
		{'𝚨', '𝛚'}, // MATHEMATICAL BOLD Greek
		{'Ａ', 'ｚ'}, // FULLWIDTH Latin
		{'ℊ', 'ℯ'}, // SCRIPT (letterlike symbols)
	}
	for _, p := range same {
		if a, b := AlphabetOf(p[0]), AlphabetOf(p[1]); a == 0 || a != b {
			t.Errorf("%c %c: alphabets %q %q, want one", p[0], p[1], a, b)
		}
	}
	differ := [][2]rune{
		{'𝐀', '𝐴'}, // bold, italic
		{'𝐀', '𝚨'}, // bold Latin, bold Greek
		{'𝐚', 'ａ'}, // bold, fullwidth
		{'ℯ', '𝑒'}, // SCRIPT, MATHEMATICAL ITALIC
	}
	for _, p := range differ {
		if a, b := AlphabetOf(p[0]), AlphabetOf(p[1]); a == 0 || b == 0 || a == b {
			t.Errorf("%c %c: alphabets %q %q, want two", p[0], p[1], a, b)
		}
	}
	for _, r := range []rune{'a', 'é', 'ⅼ', 'ʰ', 'е', '⍺'} {
		if a := AlphabetOf(r); a != 0 {
			t.Errorf("AlphabetOf(%c) = %q, want none", r, a)
		}
	}
	if got := AlphabetOf('𝐛').String(); got != "MATHEMATICAL BOLD/Latin" {
		t.Errorf("AlphabetOf(𝐛) = %q", got)
	}
}

func TestCodePageClasses(t *testing.T) {
	for _, r := range []rune{'А', 'я', 'ё', 'Ё', 'α', 'ω', 'ς', 'ά', 'Ω'} {
		if !CodePageLetter(r) {
			t.Errorf("CodePageLetter(%c) = false", r)
		}
	}
	// Letters of one orthography, and letters of other scripts.
	for _, r := range []rune{'і', 'ѕ', 'ј', 'Ӏ', 'ӏ', 'ү', 'ϳ', 'ϲ', 'a', 'é', 'ß'} {
		if CodePageLetter(r) {
			t.Errorf("CodePageLetter(%c) = true", r)
		}
	}
	for _, r := range []rune{'×', '¿', '˛', '¦', '™'} {
		if !CodePageSymbol(r) {
			t.Errorf("CodePageSymbol(%c) = false", r)
		}
	}
	for _, r := range []rune{'x', '{', 'é', 'ɑ', '⍺', '℮'} {
		if CodePageSymbol(r) {
			t.Errorf("CodePageSymbol(%c) = true", r)
		}
	}
}
