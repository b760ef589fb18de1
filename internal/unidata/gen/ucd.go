package main

// Character classes the homoglyph and tags passes judge by, derived here so
// that no pass types a code point range:
//
//   - Blocks (Blocks.txt 17.0.0): BlockOf and a constant per block.
//   - Alphabets (UnicodeData.txt 17.0.0): a character whose compatibility
//     decomposition is one letter or digit under a <font>, <wide> or
//     <narrow> tag (𝐛, 𝔟, ｂ) belongs to the alphabet named by the words its
//     name adds to that character's name (MATHEMATICAL BOLD, FULLWIDTH),
//     in the script of the letter it decomposes to: 𝐀 and 𝚨 are both
//     MATHEMATICAL BOLD, but the one Latin, the other Greek.
//   - Variation letter scripts (StandardizedVariants.txt 17.0.0): the
//     scripts whose letters take selectors 1–16 in standardized sequences.
//   - Code-page letters (golang.org/x/text/encoding/charmap: the ISO, IBM,
//     Mac, Windows and KOI8 mapping tables): the Cyrillic and Greek letters
//     that every 8-bit code page of the script encodes (А–я, Ё ё; Α–ω with
//     tonos and dialytika), the alphabet any text of the script may use,
//     unlike letters of one orthography (і, ѕ, Ӏ, ϳ).

import (
	"bufio"
	"bytes"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/encoding/charmap"
)

// ucdChar is one UnicodeData.txt record.
type ucdChar struct {
	name   string
	ccc    int    // Canonical_Combining_Class
	tag    string // decomposition tag without brackets ("font"), "" if canonical
	decomp []rune
}

var ucd = map[rune]ucdChar{}

// loadUnicodeData reads UnicodeData.txt (names and decompositions). Ranges
// (<CJK Ideograph, First>…) get no names: nothing here needs them.
func loadUnicodeData() {
	f, err := os.Open(filepath.Join(*dataDir, "UnicodeData.txt"))
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		p := strings.Split(sc.Text(), ";")
		if len(p) < 6 {
			continue
		}
		v, err := strconv.ParseUint(p[0], 16, 32)
		if err != nil {
			log.Fatalf("UnicodeData.txt: bad line %q", sc.Text())
		}
		c := ucdChar{name: p[1]}
		c.ccc, _ = strconv.Atoi(p[3])
		if strings.HasPrefix(c.name, "<") {
			c.name = ""
		}
		d := p[5]
		if strings.HasPrefix(d, "<") {
			i := strings.IndexByte(d, '>')
			c.tag, d = d[1:i], d[i+1:]
		}
		c.decomp = hexRunes(d)
		ucd[rune(v)] = c
	}
	if err := sc.Err(); err != nil {
		log.Fatal(err)
	}
}

// charName returns r's Unicode 17.0.0 name ("" for unnamed code points).
func charName(r rune) string { return ucd[r].name }

type block struct {
	lo, hi rune
	name   string
}

func loadBlocks() []block {
	var bs []block
	for _, r := range parse("Blocks.txt") {
		bs = append(bs, block{r.lo, r.hi, r.fields[0]})
	}
	sort.Slice(bs, func(i, j int) bool { return bs[i].lo < bs[j].lo })
	return bs
}

// blockConst is a block's Go name: "Latin Extended-A" → BlockLatinExtendedA.
func blockConst(name string) string {
	var b strings.Builder
	b.WriteString("Block")
	for _, f := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' || r == '_' }) {
		b.WriteString(strings.ToUpper(f[:1]) + f[1:])
	}
	return b.String()
}

// alphabetOf returns the alphabet key of r ("" for none): see the file
// comment.
func alphabetOf(r rune) string {
	if k, ok := holeFillers()[r]; ok {
		return k
	}
	return ownAlphabet(r)
}

// ownAlphabet is alphabetOf by r's own decomposition and name.
func ownAlphabet(r rune) string {
	c := ucd[r]
	if c.tag != "font" && c.tag != "wide" && c.tag != "narrow" || len(c.decomp) != 1 {
		return ""
	}
	d := c.decomp[0]
	if !unicode.IsLetter(d) && !unicode.IsDigit(d) {
		return ""
	}
	base := map[string]bool{}
	for _, w := range strings.Fields(charName(d)) {
		base[w] = true
	}
	var own []string
	for _, w := range strings.Fields(c.name) {
		if !base[w] {
			own = append(own, w)
		}
	}
	s := scriptOf[d]
	if s == 0 {
		s = scriptIndex["Common"]
	}
	return strings.Join(own, " ") + "/" + scriptNames[s]
}

// holeFillers gives the letters the Mathematical Alphanumeric Symbols
// block leaves out the alphabet of the hole they fill. The block reserves
// a code point where a letter of the alphabet was already encoded in
// Letterlike Symbols (ℎ for italic h, ℴ for script o, ℌ for fraktur H, ℕ
// for double-struck N), so that a word set in one of its alphabets takes
// those: a hole between two letters of one alphabet is the letter between
// them, filled by the <font> form of that letter in Letterlike Symbols
// whose name shares a word with the alphabet's (SCRIPT SMALL O), or by
// the one such form no other hole takes (BLACK-LETTER CAPITAL H for
// fraktur).
var holeFillers = sync.OnceValue(func() map[rune]string {
	// The blocks (Blocks.txt): Mathematical Alphanumeric Symbols, whose
	// holes the Unicode Standard (§22.2) says Letterlike Symbols fills.
	const lo, hi = 0x1D400, 0x1D7FF
	const letterlikeLo, letterlikeHi = 0x2100, 0x214F
	type hole struct {
		key   string
		cands []rune
	}
	var holes []hole
	for u := rune(lo + 1); u < hi; u++ {
		if _, ok := ucd[u]; ok {
			continue
		}
		// The letters of the alphabet on each side, past other holes.
		a, b := u-1, u+1
		for _, ok := ucd[a]; !ok && a > lo; _, ok = ucd[a] {
			a--
		}
		for _, ok := ucd[b]; !ok && b < hi; _, ok = ucd[b] {
			b++
		}
		k := ownAlphabet(a)
		if k == "" || ownAlphabet(b) != k {
			continue
		}
		// Counted on from the letter before, within its case (capital Z
		// is the run's last before small a), else back from the one after.
		first, last := ucd[a].decomp[0], ucd[b].decomp[0]
		letter := first + (u - a)
		if !sameCase(letter, first) {
			if letter = last - (b - u); !sameCase(letter, last) {
				continue
			}
		}
		h := hole{key: k}
		for r, c := range ucd {
			if r >= letterlikeLo && r <= letterlikeHi && c.tag == "font" && len(c.decomp) == 1 && c.decomp[0] == letter {
				h.cands = append(h.cands, r)
			}
		}
		slices.Sort(h.cands)
		holes = append(holes, h)
	}
	fill := map[rune]string{}
	shares := func(r rune, key string) bool {
		style := strings.Fields(strings.Split(key, "/")[0])
		for _, w := range strings.Fields(strings.Split(ownAlphabet(r), "/")[0]) {
			if slices.Contains(style, w) {
				return true
			}
		}
		return false
	}
	done := make([]bool, len(holes))
	for pass := 0; pass < 2; pass++ {
		for i, h := range holes {
			if done[i] {
				continue
			}
			var pick []rune
			for _, r := range h.cands {
				if _, taken := fill[r]; !taken && (pass == 1 || shares(r, h.key)) {
					pick = append(pick, r)
				}
			}
			if len(pick) == 1 {
				fill[pick[0]], done[i] = h.key, true
			}
		}
	}
	return fill
})

// sameCase reports two ASCII letters of one case (or two digits).
func sameCase(x, y rune) bool {
	in := func(lo, hi rune) bool { return lo <= x && x <= hi && lo <= y && y <= hi }
	return in('A', 'Z') || in('a', 'z') || in('0', '9')
}

// codePagesOf returns the 8-bit extensions of ASCII that are code pages
// of script s: their upper half holds at least 20 of its letters.
func codePagesOf(s int) []*charmap.Charmap {
	var out []*charmap.Charmap
	for _, e := range charmap.All {
		if cm, ok := e.(*charmap.Charmap); ok && extendsASCII(cm) && len(lettersOf(cm, s)) >= 20 {
			out = append(out, cm)
		}
	}
	return out
}

// extendsASCII reports a code page whose lower half is ASCII (not EBCDIC).
func extendsASCII(cm *charmap.Charmap) bool {
	for b := 0x20; b < 0x7F; b++ {
		if cm.DecodeByte(byte(b)) != rune(b) {
			return false
		}
	}
	return true
}

// lettersOf returns the letters of script s in code page cm's upper half.
func lettersOf(cm *charmap.Charmap, s int) map[rune]bool {
	set := map[rune]bool{}
	for b := 0x80; b < 256; b++ {
		if r := cm.DecodeByte(byte(b)); r != unicode.ReplacementChar && scriptOf[r] == s && unicode.IsLetter(r) {
			set[r] = true
		}
	}
	return set
}

// codePageSymbols returns the symbols and punctuation the 8-bit Latin code
// pages put in their upper half, among their letters (× ¿ ˛).
func codePageSymbols() []rune {
	set := map[rune]bool{}
	for _, cm := range codePagesOf(scriptIndex["Latin"]) {
		for b := 0x80; b < 256; b++ {
			if r := cm.DecodeByte(byte(b)); r != unicode.ReplacementChar && (unicode.IsPunct(r) || unicode.IsSymbol(r)) {
				set[r] = true
			}
		}
	}
	var out []rune
	for r := range set {
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

// codePageLetters returns the letters of script s that every 8-bit code
// page of s holds.
func codePageLetters(s int) []rune {
	var common map[rune]bool
	for _, cm := range codePagesOf(s) {
		set := lettersOf(cm, s)
		if common == nil {
			common = set
			continue
		}
		for r := range common {
			if !set[r] {
				delete(common, r)
			}
		}
	}
	var out []rune
	for r := range common {
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

// ranges packs sorted runes into inclusive ranges.
func ranges(rs []rune) [][2]rune {
	var out [][2]rune
	for _, r := range rs {
		if n := len(out); n > 0 && out[n-1][1]+1 == r {
			out[n-1][1] = r
		} else {
			out = append(out, [2]rune{r, r})
		}
	}
	return out
}

// writeClasses writes the blocks, alphabets and code-page letters.
func writeClasses(b *bytes.Buffer) {
	p := func(format string, a ...any) { fmt.Fprintf(b, format, a...) }

	bs := loadBlocks()
	p("// Block values, one per Blocks.txt block; NoBlock for code points in none.\nconst (\n\tNoBlock Block = iota\n")
	for _, x := range bs {
		p("\t%s // %04X..%04X %s\n", blockConst(x.name), x.lo, x.hi, x.name)
	}
	p(")\n\n")
	if len(bs) >= 1<<16 {
		log.Fatal("too many blocks")
	}
	p("// blockRanges lists the blocks in code point order; block i+1 is blockRanges[i].\n")
	p("var blockRanges = [...]struct{ lo, hi rune }{\n")
	for i, x := range bs {
		p("{0x%X, 0x%X},", x.lo, x.hi)
		nl(b, i, 6)
	}
	p("}\n\n")
	p("var blockNames = [...]string{\"No_Block\",")
	for _, x := range bs {
		p("%q,", x.name)
	}
	p("}\n\n")

	// Alphabets: runs of code points with one key (gaps have none).
	keys := map[string]int{}
	var names []string
	type arun struct {
		lo, hi rune
		a      int
	}
	var runs []arun
	for r := rune(0); r <= unicode.MaxRune; r++ {
		k := alphabetOf(r)
		if k == "" {
			continue
		}
		a, ok := keys[k]
		if !ok {
			names = append(names, k)
			a = len(names)
			keys[k] = a
		}
		if n := len(runs); n > 0 && runs[n-1].a == a && runs[n-1].hi+1 == r {
			runs[n-1].hi = r
		} else {
			runs = append(runs, arun{r, r, a})
		}
	}
	if len(names) >= 1<<16 {
		log.Fatal("too many alphabets")
	}
	p("// alphabetRuns gives the alphabet of each run of <font>, <wide> and\n// <narrow> forms; alphabetNames[a-1] names alphabet a.\n")
	p("var alphabetRuns = [...]struct {\n\tlo, hi rune\n\ta      Alphabet\n}{\n")
	for i, x := range runs {
		p("{0x%X, 0x%X, %d},", x.lo, x.hi, x.a)
		nl(b, i, 4)
	}
	p("}\n\n")
	p("var alphabetNames = [...]string{")
	for i, n := range names {
		p("%q,", n)
		nl(b, i, 4)
	}
	p("}\n\n")

	p("// codePageRanges holds the Cyrillic and Greek letters every 8-bit code\n// page of their script encodes (golang.org/x/text/encoding/charmap).\n")
	p("var codePageRanges = [...]struct{ lo, hi rune }{\n")
	var cp []rune
	for _, s := range []string{"Greek", "Cyrillic"} {
		cp = append(cp, codePageLetters(scriptIndex[s])...)
	}
	sort.Slice(cp, func(i, j int) bool { return cp[i] < cp[j] })
	for i, x := range ranges(cp) {
		p("{0x%X, 0x%X}, // %c–%c", x[0], x[1], x[0], x[1])
		nl(b, i, 1)
	}
	p("}\n\n")

	vs, vc := variationLetters()
	p("// variationLetterScripts are the scripts whose letters have standardized\n// variants with selectors 1–16 (StandardizedVariants.txt).\n")
	p("var variationLetterScripts = [...]Script{")
	for _, s := range vs {
		p("%s,", constName(scriptNames[s]))
	}
	p("}\n\n")
	p("// variationCommonRanges are the Common letters StandardizedVariants.txt\n// gives variants with selectors 1–16.\n")
	p("var variationCommonRanges = [...]struct{ lo, hi rune }{\n")
	for i, x := range ranges(vc) {
		p("{0x%X, 0x%X},", x[0], x[1])
		nl(b, i, 6)
	}
	p("}\n\n")

	p("// codePageSymbolRanges holds the punctuation and symbols of the upper\n// halves of the 8-bit Latin code pages (golang.org/x/text/encoding/charmap).\n")
	p("var codePageSymbolRanges = [...]struct{ lo, hi rune }{\n")
	for i, x := range ranges(codePageSymbols()) {
		p("{0x%X, 0x%X},", x[0], x[1])
		nl(b, i, 6)
	}
	p("}\n\n")
}

// variationLetters returns, from StandardizedVariants.txt, the scripts
// whose letters have standardized variants with a selector of the
// Variation Selectors block (Han compatibility ideographs, Phags-pa,
// Manichaean, Egyptian, Myanmar), sorted, and the letters of no script
// (Common: the mathematical script capitals) that are such bases
// themselves. Mongolian's own selectors are a block of their own and not
// counted.
func variationLetters() (scripts []int, common []rune) {
	f, err := os.Open(filepath.Join(*dataDir, "StandardizedVariants.txt"))
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	set, bases := map[int]bool{}, map[rune]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l, _, _ := strings.Cut(sc.Text(), "#")
		seq, _, ok := strings.Cut(l, ";")
		if !ok {
			continue
		}
		rs := hexRunes(seq)
		if len(rs) != 2 {
			log.Fatalf("StandardizedVariants.txt: bad sequence %q", seq)
		}
		if ucdBlock(rs[1]) != "Variation Selectors" || !unicode.IsLetter(rs[0]) {
			continue
		}
		if s := scriptOf[rs[0]]; s == scriptIndex["Common"] {
			bases[rs[0]] = true
		} else {
			set[s] = true
		}
	}
	if err := sc.Err(); err != nil {
		log.Fatal(err)
	}
	for s := range set {
		scripts = append(scripts, s)
	}
	sort.Ints(scripts)
	for r := range bases {
		common = append(common, r)
	}
	sort.Slice(common, func(i, j int) bool { return common[i] < common[j] })
	return scripts, common
}

// ucdBlock returns the name of r's block ("" for none).
func ucdBlock(r rune) string {
	for _, b := range loadBlocks() {
		if b.lo <= r && r <= b.hi {
			return b.name
		}
	}
	return ""
}
