package unspin

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// codeboxProse is ordinary English with every letter inside some word, the
// frame the codebox score puts one look-alike into.
const codeboxProse = "The citizens of the town acquired a major share of the harbour last week, " +
	"and the taxes they paid before the market closed helped to keep the old library open. " +
	"Everybody agreed that the new owners would improve the quality of the buildings."

// TestCodeboxHomoglyphs scores restoration on the look-alike sets of
// github.com/codebox/homoglyph (raw_data/chars.txt, one set per line): each
// distinct non-ASCII character of a set holding ASCII letters must come back
// as one of the letters its sets list, either case, both alone inside
// "xx?xx" and inside a word of ordinary English prose. Unicode's data
// disagrees with the sets here and there (ı is Turkish, ɣ a letter of
// African orthographies), so the bar is a share: 95% of the characters.
// It reads a checkout where there is one (UNSPIN_CODEBOX or a fetched
// copy), else the copy in testdata/codebox, so it runs on every clone.
func TestCodeboxHomoglyphs(t *testing.T) {
	var chars string
	if dir, ok := externalRepo("UNSPIN_CODEBOX", "codebox/homoglyph"); ok {
		if chars, ok = repoFiles(t, dir)["raw_data/chars.txt"]; !ok {
			t.Fatalf("no raw_data/chars.txt in %s", dir)
		}
	} else {
		b, err := os.ReadFile("testdata/codebox/chars.txt")
		if err != nil {
			t.Fatal(err)
		}
		chars = string(b)
	}
	letters := map[rune]string{} // look-alike → the ASCII letters its sets list
	for _, line := range strings.Split(chars, "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		var set string
		for _, r := range line {
			if r < 0x80 && unicode.IsLetter(r) {
				set += string(r)
			}
		}
		if set == "" {
			continue
		}
		for _, r := range line {
			if r >= 0x80 {
				letters[r] += set
			}
		}
	}
	runes := slices.Sorted(func(yield func(rune) bool) {
		for r := range letters {
			if !yield(r) {
				return
			}
		}
	})
	accepts := func(r rune, got []rune, at int) bool {
		return at < len(got) && strings.ContainsRune(strings.ToLower(letters[r]), unicode.ToLower(got[at]))
	}
	var alone, inWord []string
	for _, r := range runes {
		in := "xx" + string(r) + "xx"
		got := []rune(Clean(in).Text)
		if len(got) != 5 || string(got[:2]) != "xx" || string(got[3:]) != "xx" || !accepts(r, got, 2) {
			alone = append(alone, fmt.Sprintf("%c U+%04X %q → %q", r, r, letters[r], string(got)))
		}
		prose := []rune(codeboxProse)
		at := -1
		for k := 1; k+1 < len(prose) && at < 0; k++ {
			if unicode.IsLetter(prose[k-1]) && unicode.IsLetter(prose[k+1]) &&
				strings.ContainsRune(strings.ToLower(letters[r]), prose[k]) {
				at = k
			}
		}
		if at < 0 {
			t.Fatalf("no letter of %q inside a word of the prose", letters[r])
		}
		was := prose[at]
		prose[at] = r
		got = []rune(Clean(string(prose)).Text)
		prose[at] = was
		if len(got) != len(prose) || string(got[:at]) != string(prose[:at]) || string(got[at+1:]) != string(prose[at+1:]) || !accepts(r, got, at) {
			inWord = append(inWord, fmt.Sprintf("%c U+%04X %q in %q", r, r, letters[r], word(got, at)))
		}
	}
	for _, c := range []struct {
		name   string
		missed []string
	}{{"inside xx?xx", alone}, {"inside an English word", inWord}} {
		share := 1 - float64(len(c.missed))/float64(len(runes))
		t.Logf("%s: %d of %d restored (%.3f)", c.name, len(runes)-len(c.missed), len(runes), share)
		for _, m := range c.missed {
			t.Logf("  missed %s", m)
		}
		if share < 0.95 {
			t.Errorf("%s: %.3f restored, want 0.95 or more", c.name, share)
		}
	}
}

// word returns the word of rs around index at.
func word(rs []rune, at int) string {
	a, b := min(at, len(rs)), min(at, len(rs))
	for a > 0 && !unicode.IsSpace(rs[a-1]) {
		a--
	}
	for b < len(rs) && !unicode.IsSpace(rs[b]) {
		b++
	}
	return string(rs[a:b])
}
