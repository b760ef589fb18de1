// Command gen writes ../tables.go from the Unicode data files vendored in
// ../data and from glyphs-noto.txt there, the vendored result of a glyph
// comparison of Debian's Noto fonts. Run it with `go generate` in
// internal/unidata, or `go run ./gen` there; it needs no font. Flags:
//
//	-noto dir   render data/glyphs-noto.txt again first, from fonts-noto-core
//	            unpacked in dir (scripts/fetch-noto.sh prints it)
//	-data dir   vendored data directory (default "data")
//	-o file     output (default "tables.go")
//	-v          print every relation derived from glyphs or names
//
// How look-alikes are derived (see also the package README in data/):
//
//  1. TR39 (confusables.txt 17.0.0, then the 18.0.0 draft for characters
//     17.0.0 gives nothing): characters with the same single-code-point
//     prototype form a class. A class holding an ASCII letter gives that
//     letter to each member; the {l, I, 1, |, ...} class, which holds two
//     ASCII letters, is split by case (uppercase members → I, lowercase and
//     caseless ones → l). A prototype of the form letter + combining marks
//     gives the base letter's ASCII letter as FromTR39Decomposed (Latin
//     target only), or FromTR39Overlaid where every mark is drawn
//     through the letter (Canonical_Combining_Class Overlay: θ → O̵).
//  2. NFKC: a compatibility decomposition to one ASCII letter (fullwidth,
//     mathematical alphanumerics, Roman numerals). Modifier letters (Lm:
//     superscripts) are left out: they are drawn raised and small.
//  3. Names: LATIN LETTER SMALL CAPITAL X → x (FromName); the other members
//     of a TR39 class holding such a small capital (в, ᏼ and ⲃ with ʙ; κ,
//     к and ĸ with ᴋ) → x (FromSmallCapital): drawn as the capital at
//     small-letter height.
//  4. Glyphs (FromGlyph), from glyphs-noto.txt: a letter or non-ASCII digit
//     with nothing yet, drawn in the Noto Sans face of its script (and in
//     the Looped face where the script has one: Thai and Lao text is set
//     looped), compared with each ASCII letter drawn in Noto Sans
//     (fonts-noto-core 20201225-1, golang.org/x/image's rasterizer,
//     unhinted). Both are drawn at 64 px per em; ink is coverage ≥ 1/2;
//     the bitmaps share the baseline and their left ink edges, then the
//     best horizontal shift of ±2 px is taken. A pixel of ink with no ink
//     of the other glyph within 1 px is unmatched. The pair is accepted
//     when, in both directions, no connected piece of a glyph's ink (a dot
//     or an accent is a piece of its own) is more than 6% unmatched and no
//     8-connected blob of unmatched pixels exceeds 20 px (the spur ƅ lacks
//     beside b is 16 px, ᥙ's against u 18 px; the dot ı lacks beside i
//     is 37 px). The best accepted letter is taken (smallest blob, then
//     share).
//     Greek and Cyrillic letters are left to TR39, which compares those
//     alphabets with Latin letter by letter (п, drawn like n in a
//     sans-serif face, is not n: Russian stays Russian), and so are
//     characters TR39 maps to a Greek or Cyrillic letter (ⲡ → π).
//
// Modifier letters (Lm) and characters whose NFKC form is an ASCII digit
// (０, 𝟏) never get a Latin look-alike. Letters and digits that TR39
// classes with an ASCII digit and no ASCII letter (б with 6, ৪ with 8) get
// that digit in a table of their own (DigitLookAlike).
//
// For the Cyrillic and Greek targets the sources are letters of the other
// two of Latin, Greek and Cyrillic; candidates come from the TR39 classes
// (same case split; canonical singletons such as U+1FBE left out) and from
// Noto Sans glyphs of the same case that match exactly, every pixel of ink
// within 1 px of the other's (ë → ё, ħ → ћ).
//
// No look-alike is typed by hand.
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"go/format"
	"log"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Source values, as in ../unidata.go.
const (
	FromTR39 = iota + 1
	FromTR39Decomposed
	FromNFKC
	FromGlyph
	FromName
	FromSmallCapital
	FromTR39Overlaid
)

var sourceNames = []string{"", "FromTR39", "FromTR39Decomposed", "FromNFKC", "FromGlyph", "FromName", "FromSmallCapital", "FromTR39Overlaid"}

var (
	dataDir = flag.String("data", "data", "directory of the vendored Unicode data files")
	outPath = flag.String("o", "tables.go", "output file")
	verbose = flag.Bool("v", false, "print glyph- and name-derived relations")
	notoDir = flag.String("noto", "", "unpacked fonts-noto-core (scripts/fetch-noto.sh): render data/glyphs-noto.txt again")
	cldrDir = flag.String("cldr", "", "unpacked unicode-cldr-core's CLDR root (scripts/fetch-cldr.sh): write exemplars-cldr.txt again and stop")
)

// shortNames maps the ISO 15924 codes used in ScriptExtensions.txt to the
// Scripts.txt long names (PropertyValueAliases.txt, not vendored).
var shortNames = map[string]string{
	"Adlm": "Adlam", "Aghb": "Caucasian_Albanian", "Arab": "Arabic", "Armn": "Armenian", "Avst": "Avestan",
	"Beng": "Bengali", "Bopo": "Bopomofo", "Bugi": "Buginese", "Buhd": "Buhid", "Cakm": "Chakma",
	"Cari": "Carian", "Cher": "Cherokee", "Copt": "Coptic", "Cpmn": "Cypro_Minoan", "Cprt": "Cypriot",
	"Cyrl": "Cyrillic", "Deva": "Devanagari", "Dogr": "Dogra", "Dupl": "Duployan", "Elba": "Elbasan",
	"Ethi": "Ethiopic", "Gara": "Garay", "Geor": "Georgian", "Glag": "Glagolitic", "Gong": "Gunjala_Gondi",
	"Gonm": "Masaram_Gondi", "Goth": "Gothic", "Gran": "Grantha", "Grek": "Greek", "Gujr": "Gujarati",
	"Gukh": "Gurung_Khema", "Guru": "Gurmukhi", "Hang": "Hangul", "Hani": "Han", "Hano": "Hanunoo",
	"Hebr": "Hebrew", "Hira": "Hiragana", "Hung": "Old_Hungarian", "Java": "Javanese", "Kali": "Kayah_Li",
	"Kana": "Katakana", "Khoj": "Khojki", "Knda": "Kannada", "Kthi": "Kaithi", "Latn": "Latin",
	"Limb": "Limbu", "Lina": "Linear_A", "Linb": "Linear_B", "Lisu": "Lisu", "Lyci": "Lycian",
	"Lydi": "Lydian", "Mahj": "Mahajani", "Mand": "Mandaic", "Mani": "Manichaean", "Mero": "Meroitic_Hieroglyphs",
	"Mlym": "Malayalam", "Modi": "Modi", "Mong": "Mongolian", "Mult": "Multani", "Mymr": "Myanmar",
	"Nand": "Nandinagari", "Newa": "Newa", "Nkoo": "Nko", "Onao": "Ol_Onal", "Orkh": "Old_Turkic",
	"Orya": "Oriya", "Osge": "Osage", "Ougr": "Old_Uyghur", "Perm": "Old_Permic", "Phag": "Phags_Pa",
	"Phlp": "Psalter_Pahlavi", "Rohg": "Hanifi_Rohingya", "Runr": "Runic", "Samr": "Samaritan", "Shaw": "Shavian",
	"Shrd": "Sharada", "Sind": "Khudawadi", "Sinh": "Sinhala", "Sogd": "Sogdian", "Sunu": "Sunuwar",
	"Sylo": "Syloti_Nagri", "Syrc": "Syriac", "Tagb": "Tagbanwa", "Takr": "Takri", "Tale": "Tai_Le",
	"Taml": "Tamil", "Tang": "Tangut", "Telu": "Telugu", "Tfng": "Tifinagh", "Tglg": "Tagalog",
	"Thaa": "Thaana", "Thai": "Thai", "Tibt": "Tibetan", "Tirh": "Tirhuta", "Todr": "Todhri",
	"Toto": "Toto", "Tutg": "Tulu_Tigalari", "Yezi": "Yezidi", "Yiii": "Yi",
}

var idTypes = []string{"Recommended", "Inclusion", "Technical", "Uncommon_Use", "Obsolete", "Limited_Use",
	"Exclusion", "Not_XID", "Not_NFKC", "Default_Ignorable", "Deprecated", "Not_Character"}

// raised lists letters that are drawn raised, as superscripts are, and
// written after digits and abbreviations in running text (1ª, Nº): they
// imitate no letter on the line, whatever NFKC and TR39 relate them to.
var raised = []rune{
	0x00AA, // ª FEMININE ORDINAL INDICATOR (<super> a)
	0x00BA, // º MASCULINE ORDINAL INDICATOR (<super> o)
}

type rng struct {
	lo, hi rune
	fields []string
}

func parse(name string) []rng {
	f, err := os.Open(filepath.Join(*dataDir, name))
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	var out []rng
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l := sc.Text()
		if i := strings.IndexByte(l, '#'); i >= 0 {
			l = l[:i]
		}
		p := strings.Split(l, ";")
		if len(p) < 2 {
			continue
		}
		cp := strings.TrimSpace(p[0])
		lo, hi := cp, cp
		if i := strings.Index(cp, ".."); i >= 0 {
			lo, hi = cp[:i], cp[i+2:]
		}
		a, err1 := strconv.ParseUint(lo, 16, 32)
		b, err2 := strconv.ParseUint(hi, 16, 32)
		if err1 != nil || err2 != nil {
			log.Fatalf("%s: bad line %q", name, sc.Text())
		}
		var fs []string
		for _, x := range p[1:] {
			fs = append(fs, strings.TrimSpace(x))
		}
		out = append(out, rng{rune(a), rune(b), fs})
	}
	if err := sc.Err(); err != nil {
		log.Fatal(err)
	}
	return out
}

func hexRunes(s string) []rune {
	var out []rune
	for _, h := range strings.Fields(s) {
		v, err := strconv.ParseUint(h, 16, 32)
		if err != nil {
			log.Fatalf("bad code point %q", h)
		}
		out = append(out, rune(v))
	}
	return out
}

// ---- scripts ----

var (
	scriptNames []string // index = Script value
	scriptIndex = map[string]int{}
	scriptOf    = map[rune]int{} // non-Unknown code points
)

func loadScripts() []rng {
	rs := parse("Scripts.txt")
	set := map[string]bool{}
	for _, r := range rs {
		set[r.fields[0]] = true
	}
	scriptNames = []string{"Unknown", "Common", "Inherited", "Latin", "Greek", "Cyrillic"}
	var rest []string
	for n := range set {
		if !contains(scriptNames, n) {
			rest = append(rest, n)
		}
	}
	sort.Strings(rest)
	scriptNames = append(scriptNames, rest...)
	if len(scriptNames) > 256 {
		log.Fatal("more than 256 scripts")
	}
	for i, n := range scriptNames {
		scriptIndex[n] = i
	}
	for _, r := range rs {
		for c := r.lo; c <= r.hi; c++ {
			scriptOf[c] = scriptIndex[r.fields[0]]
		}
	}
	return rs
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

func constName(n string) string { return strings.ReplaceAll(n, "_", "") }

// ---- confusables ----

// tr39 holds one version of confusables.txt as skeleton classes.
type tr39 struct {
	proto   map[rune][]rune // source → prototype
	members map[rune][]rune // single-code-point prototype → sources (prototype included)
}

func loadTR39(name string) *tr39 {
	t := &tr39{proto: map[rune][]rune{}, members: map[rune][]rune{}}
	for _, r := range parse(name) {
		t.proto[r.lo] = hexRunes(r.fields[0])
	}
	for s, p := range t.proto {
		if len(p) == 1 {
			t.members[p[0]] = append(t.members[p[0]], s)
		}
	}
	for p, m := range t.members {
		m = append(m, p)
		sort.Slice(m, func(i, j int) bool { return m[i] < m[j] })
		t.members[p] = m
	}
	return t
}

// class returns the members of r's class (r included) when r's prototype is
// a single code point, split by case when the class holds ASCII letters of
// both cases.
func (t *tr39) class(r rune) []rune {
	p, ok := t.proto[r]
	if !ok {
		p = []rune{r}
	}
	if len(p) != 1 {
		return nil
	}
	m := t.members[p[0]]
	if m == nil {
		m = []rune{p[0]}
	}
	up, low := false, false
	for _, c := range m {
		if isASCIILetter(c) {
			if isUpper(c) {
				up = true
			} else {
				low = true
			}
		}
	}
	if !(up && low) {
		return m
	}
	var out []rune
	for _, c := range m {
		if isUpper(c) == isUpper(r) {
			out = append(out, c)
		}
	}
	return out
}

// isUpper reports whether r is uppercase (Lu or Other_Uppercase: Ⅰ, Ⓘ).
func isUpper(r rune) bool { return unicode.IsUpper(r) || unicode.Is(unicode.Other_Uppercase, r) }

func isASCIILetter(r rune) bool { return r < 0x80 && unicode.IsLetter(r) }

// ---- glyphs (noto.go) ----

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// ---- relations ----

type la struct {
	from, r rune
	src     int
}

var rel = map[int]map[rune][]la{} // target script → source → look-alikes

// drawnAlike holds the pairs the rendered comparison accepts
// (glyphs-noto.txt), whatever their source: LookAlike.Drawn, read both
// ways (the comparison renders characters beyond ASCII against letters, so
// Latin o as Cyrillic о is known from о as o).
var drawnAlike = map[[2]rune]bool{}

func add(target int, r, to rune, src int) {
	if r == to {
		return
	}
	m := rel[target]
	for _, x := range m[r] {
		if x.r == to {
			return
		}
	}
	m[r] = append(m[r], la{r, to, src})
}

func isLetterish(r rune) bool {
	return unicode.IsLetter(r) || unicode.Is(unicode.Nl, r) || (r >= 0x80 && unicode.Is(unicode.Nd, r))
}

// catLm (modifier letters: superscripts, ͺ) is left out everywhere: such
// letters are drawn raised or small.
var catLm = unicode.Lm

// digitLike reports whether r's compatibility form is an ASCII digit
// (０, 𝟎, 🯰): a digit, whatever TR39 compares it to.
func digitLike(r rune) bool {
	s := norm.NFKC.String(string(r))
	return len(s) == 1 && s[0] >= '0' && s[0] <= '9'
}

// targetLettersOf returns the letters of script t a look-alike may stand
// for: not modifier letters, and precomposed only where NFC keeps them.
func targetLettersOf(letters []rune, t int) []rune {
	var out []rune
	for _, r := range letters {
		if scriptOf[r] == t && !unicode.Is(catLm, r) && norm.NFC.String(string(r)) == string(r) {
			out = append(out, r)
		}
	}
	return out
}

func isCased(r rune) bool { return isUpper(r) || unicode.IsLower(r) || unicode.IsTitle(r) }

func main() {
	log.SetFlags(0)
	log.SetPrefix("unidata/gen: ")
	flag.Parse()
	if *cldrDir != "" {
		writeExemplars(*cldrDir, "exemplars-cldr.txt")
		return
	}
	scriptRanges := loadScripts()
	loadUnicodeData()
	latin, greek, cyrillic := scriptIndex["Latin"], scriptIndex["Greek"], scriptIndex["Cyrillic"]
	for _, t := range []int{latin, greek, cyrillic} {
		rel[t] = map[rune][]la{}
	}
	versions := []*tr39{loadTR39("confusables.txt"), loadTR39("confusables-18.0.0-draft.txt")}

	// Candidate sources: every letter-like code point.
	var letters []rune
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if isLetterish(r) {
			letters = append(letters, r)
		}
	}
	targets := map[int][]rune{}
	for c := rune('A'); c <= 'z'; c++ {
		if isASCIILetter(c) {
			targets[latin] = append(targets[latin], c)
		}
	}
	for _, t := range []int{cyrillic, greek} {
		targets[t] = targetLettersOf(letters, t)
	}
	glyphsPath := filepath.Join(*dataDir, "glyphs-noto.txt")
	if *notoDir != "" {
		var candidates []rune
		for r := rune(0x80); r <= unicode.MaxRune; r++ {
			if isLetterish(r) || unicode.In(r, unicode.S, unicode.No, unicode.Nd) {
				candidates = append(candidates, r)
			}
		}
		writeGlyphs(glyphsPath, renderPairs(*notoDir, candidates, targets, latin))
	}
	glyphsOf := map[rune][]glyphPair{}
	for _, p := range readGlyphs(glyphsPath) {
		glyphsOf[p.r] = append(glyphsOf[p.r], p)
		if p.accepted() {
			drawnAlike[[2]rune{p.r, p.to}] = true
		}
	}

	// Latin target.
	latinFrom := func(r rune) (rune, int) { // TR39
		for _, t := range versions {
			var found []rune
			for _, c := range t.class(r) {
				if isASCIILetter(c) {
					found = append(found, c)
				}
			}
			if len(found) > 1 {
				log.Fatalf("U+%04X: several ASCII letters %q", r, string(found))
			}
			if len(found) == 1 {
				return found[0], FromTR39
			}
			if c := smallCapitalIn(t.class(r), r); c != 0 {
				return c, FromSmallCapital
			}
			if p, ok := t.proto[r]; ok && len(p) > 1 && isLetterish(p[0]) {
				marks, overlaid := true, true
				for _, m := range p[1:] {
					marks = marks && unicode.Is(unicode.M, m)
					overlaid = overlaid && ucd[m].ccc == 1 // Canonical_Combining_Class Overlay
				}
				if marks {
					for _, c := range t.class(p[0]) {
						if isASCIILetter(c) {
							if overlaid {
								return c, FromTR39Overlaid
							}
							return c, FromTR39Decomposed
						}
					}
				}
			}
		}
		return 0, 0
	}
	// Symbols and numbers that TR39 or NFKC relate to a letter are spoofing
	// material as much as letters are (⍺ for a, ℮ for e, ∣ for l, 𝟎 for O):
	// they take part in the Latin table, by data only (no names, no glyphs).
	var symbols []rune
	for r := rune(0x80); r <= unicode.MaxRune; r++ {
		// Currency signs stand beside letters in real text (R$, ¢): they are
		// not taken.
		if !isLetterish(r) && !unicode.Is(unicode.Sc, r) &&
			(unicode.In(r, unicode.S, unicode.No, unicode.Nd) || digitLike(r)) {
			symbols = append(symbols, r)
		}
	}
	for _, r := range symbols {
		c, src := latinFrom(r)
		if c == 'l' && r >= 0x2500 && r <= 0x257F {
			continue // vertical box drawings border table cells beside letters
		}
		if c != 0 {
			add(latin, r, c, src)
		}
		if s := []rune(norm.NFKC.String(string(r))); len(s) == 1 && isASCIILetter(s[0]) {
			add(latin, r, s[0], FromNFKC)
		}
	}
	for _, r := range letters {
		if r < 0x80 || unicode.Is(catLm, r) {
			continue
		}
		if c, src := latinFrom(r); c != 0 {
			add(latin, r, c, src)
		}
		if digitLike(r) {
			continue // a digit (𝟎, 𝟏) relates by TR39 only
		}
		if s := []rune(norm.NFKC.String(string(r))); len(s) == 1 && isASCIILetter(s[0]) {
			add(latin, r, s[0], FromNFKC)
		}
		name := charName(r)
		if c := smallCapitalOf(r); c != 0 {
			if *verbose && len(rel[latin][r]) == 0 {
				fmt.Printf("name  %c U+%04X → %c (%s)\n", r, r, c, name)
			}
			add(latin, r, c, FromName)
		}
		// A letter named as a base letter with an overlaid or attached
		// diacritic (R WITH OBLIQUE STROKE, D WITH HOOK) that nothing above
		// relates: drawn like its base letter with a small mark.
		if len(rel[latin][r]) == 0 && r >= 0x180 && !(r >= 0x1E00 && r <= 0x1EFF) {
			for _, pre := range []string{"LATIN CAPITAL LETTER ", "LATIN SMALL LETTER "} {
				x, ok := strings.CutPrefix(name, pre)
				if !ok || len(x) < 7 || x[1:7] != " WITH " || !isASCIILetter(rune(x[0])) || !overlay(x[7:]) {
					continue
				}
				c := rune(x[0])
				if strings.HasPrefix(pre, "LATIN SMALL") {
					c = unicode.ToLower(c)
				}
				if *verbose {
					fmt.Printf("name  %c U+%04X → %c (%s)\n", r, r, c, name)
				}
				add(latin, r, c, FromName)
			}
		}
	}
	// Glyphs, Latin target: the best accepted rendered match of a letter
	// nothing above relates. Greek and Cyrillic letters are left to TR39,
	// which compares those alphabets with Latin letter by letter (п, drawn
	// like n in a sans-serif face, is not n: Russian stays Russian), and so
	// are letters TR39 maps to a Greek or Cyrillic letter (ⲡ → π).
	for _, r := range letters {
		if r < 0x80 || len(rel[latin][r]) > 0 || unicode.Is(catLm, r) || digitLike(r) ||
			scriptOf[r] == greek || scriptOf[r] == cyrillic {
			continue
		}
		toGC := false
		for _, t := range versions {
			if p := t.proto[r]; len(p) == 1 && (scriptOf[p[0]] == greek || scriptOf[p[0]] == cyrillic) {
				toGC = true
			}
		}
		if toGC {
			continue
		}
		var best *glyphPair
		for i, p := range glyphsOf[r] {
			if isASCIILetter(p.to) && p.accepted() && (best == nil || p.better(*best)) {
				best = &glyphsOf[r][i]
			}
		}
		if best != nil {
			add(latin, r, best.to, FromGlyph)
			if *verbose {
				fmt.Printf("glyph %c U+%04X %s → %c Latin (%.3f, %d px)\n", r, r, charName(r), best.to, best.share, best.blob)
			}
		}
	}

	// Cyrillic and Greek targets.
	for _, target := range []int{cyrillic, greek} {
		targetLetters := targets[target]
		for _, r := range letters {
			s := scriptOf[r]
			if s == target || (s != latin && s != greek && s != cyrillic) || unicode.Is(catLm, r) {
				continue
			}
			for _, t := range versions {
				if len(rel[target][r]) > 0 {
					break
				}
				for _, c := range t.class(r) {
					if scriptOf[c] == target && isLetterish(c) && !unicode.Is(catLm, c) && norm.NFC.String(string(c)) == string(c) {
						add(target, r, c, FromTR39)
					}
				}
			}
			for _, p := range glyphsOf[r] {
				c := p.to
				if scriptOf[c] == target && p.blob == 0 && slices.Contains(targetLetters, c) && (isUpper(c) == isUpper(r) || !isCased(c) || !isCased(r)) {
					n := len(rel[target][r])
					add(target, r, c, FromGlyph)
					if *verbose && len(rel[target][r]) > n {
						fmt.Printf("glyph %c U+%04X %s → %c U+%04X %s\n", r, r, charName(r), c, c, scriptNames[target])
					}
				}
			}
		}
	}

	for _, r := range raised {
		for _, m := range rel {
			delete(m, r)
		}
	}
	// Enclosed letters (Ⓐ, 🄰) are drawn in a circle or a square: styling
	// that shows, not a look-alike, whatever NFKC says.
	for _, m := range rel {
		for r := range m {
			if r >= 0x2460 && r <= 0x24FF || r >= 0x1F100 && r <= 0x1F1FF {
				delete(m, r)
			}
		}
	}

	// Order: by source kind, then Recommended letters, then code point.
	recommended := map[rune]bool{}
	for _, x := range parse("IdentifierType.txt") {
		if strings.Contains(" "+x.fields[0]+" ", " Recommended ") {
			for c := x.lo; c <= x.hi; c++ {
				recommended[c] = true
			}
		}
	}
	for _, m := range rel {
		for _, v := range m {
			sort.SliceStable(v, func(i, j int) bool {
				if v[i].src != v[j].src {
					return v[i].src < v[j].src
				}
				if recommended[v[i].r] != recommended[v[j].r] {
					return recommended[v[i].r]
				}
				return v[i].r < v[j].r
			})
		}
	}

	// Digits: letters and digits of other scripts that TR39 classes with
	// an ASCII digit and no ASCII letter (б with 6, ৪ with 8, Ꮞ with 4).
	for r := rune(0x80); r <= unicode.MaxRune; r++ {
		if !isLetterish(r) && !unicode.Is(unicode.Nd, r) {
			continue
		}
		for _, t := range versions {
			d, letter := rune(0), false
			for _, c := range t.class(r) {
				switch {
				case c >= '0' && c <= '9':
					d = c
				case isASCIILetter(c):
					letter = true
				}
			}
			if d != 0 && !letter {
				digits[r] = d
				break
			}
		}
	}

	write(scriptRanges)
}

var digits = map[rune]rune{} // digit look-alikes

// nl ends a line of a table after every n entries.
// addRange appends [lo, hi] to rs, sorted ranges, joining it to the last
// range where they touch.
func addRange(rs [][2]rune, lo, hi rune) [][2]rune {
	if n := len(rs); n > 0 && rs[n-1][1]+1 == lo {
		rs[n-1][1] = hi
		return rs
	}
	return append(rs, [2]rune{lo, hi})
}

// writeRanges writes rs as the table name of {lo, hi} ranges, rangeOf's.
func writeRanges(b *bytes.Buffer, name, what string, rs [][2]rune) {
	fmt.Fprintf(b, "// %s are %s.\n", name, what)
	fmt.Fprintf(b, "var %s = [...]struct{ lo, hi rune }{\n", name)
	for i, a := range rs {
		fmt.Fprintf(b, "{0x%X, 0x%X},", a[0], a[1])
		nl(b, i, 6)
	}
	b.WriteString("}\n\n")
}

func nl(b *bytes.Buffer, i, n int) {
	if i%n == n-1 {
		b.WriteByte('\n')
	}
}

func write(scriptRanges []rng) {
	var b bytes.Buffer
	p := func(format string, a ...any) { fmt.Fprintf(&b, format, a...) }
	p("// Code generated by go run ./gen; DO NOT EDIT.\n\n")
	p("// Sources: Unicode 17.0.0 Scripts.txt, ScriptExtensions.txt, Blocks.txt,\n")
	p("// UnicodeData.txt, StandardizedVariants.txt, IdentifierType.txt,\n// IdentifierStatus.txt, confusables.txt;\n")
	p("// 18.0.0 draft confusables.txt; glyphs-noto.txt (Noto fonts, fonts-noto-core\n")
	p("// 20201225-1); golang.org/x/text/encoding/charmap code pages.\n\n")
	p("package unidata\n\n")

	// Scripts.
	p("// Script values, one per Scripts.txt script.\nconst (\n")
	for i, n := range scriptNames {
		if i == 0 {
			p("\tUnknown Script = iota\n")
		} else {
			p("\t%s\n", constName(n))
		}
	}
	p(")\n\n")
	p("const scriptNames = %q\n\n", strings.Join(scriptNames, ""))
	p("var scriptNameEnds = [...]uint16{")
	end := 0
	for _, n := range scriptNames {
		end += len(n)
		p("%d,", end)
	}
	p("}\n\n")

	// Script ranges: start of each run (gaps are Unknown).
	sort.Slice(scriptRanges, func(i, j int) bool { return scriptRanges[i].lo < scriptRanges[j].lo })
	type run struct {
		lo rune
		s  int
	}
	var runs []run
	next := rune(0)
	push := func(lo rune, s int) {
		if len(runs) > 0 && runs[len(runs)-1].s == s {
			return
		}
		runs = append(runs, run{lo, s})
	}
	for _, r := range scriptRanges {
		if r.lo > next {
			push(next, 0)
		}
		push(r.lo, scriptIndex[r.fields[0]])
		next = r.hi + 1
	}
	push(next, 0)
	for c := rune(0); c < 0x80; c++ {
		want := scriptIndex["Common"]
		if isASCIILetter(c) {
			want = scriptIndex["Latin"]
		}
		if scriptOf[c] != want {
			log.Fatalf("ASCII fast path wrong for U+%04X", c)
		}
	}
	p("// scriptRuns holds the first code point of each run of one script.\n")
	p("var scriptRuns = [...]struct {\n\tlo rune\n\ts  Script\n}{\n")
	for i, r := range runs {
		p("{0x%X, %s},", r.lo, constName(scriptNames[r.s]))
		nl(&b, i, 6)
	}
	p("}\n\n")

	// Script extensions.
	var sets [][]int
	setIndex := map[string]int{}
	p("// scxRanges maps code point ranges to a set in scxSets.\n")
	p("var scxRanges = [...]struct {\n\tlo, hi rune\n\tset    uint8\n}{\n")
	n := 0
	for _, r := range parse("ScriptExtensions.txt") {
		var ss []int
		for _, code := range strings.Fields(r.fields[0]) {
			long, ok := shortNames[code]
			if !ok {
				log.Fatalf("unknown script code %s", code)
			}
			i, ok := scriptIndex[long]
			if !ok {
				log.Fatalf("unknown script %s", long)
			}
			ss = append(ss, i)
		}
		key := fmt.Sprint(ss)
		i, ok := setIndex[key]
		if !ok {
			i = len(sets)
			setIndex[key] = i
			sets = append(sets, ss)
		}
		p("{0x%X, 0x%X, %d},", r.lo, r.hi, i)
		nl(&b, n, 6)
		n++
	}
	p("}\n\n")
	if len(sets) > 255 {
		log.Fatal("too many script extension sets")
	}
	p("// scxSets lists the script extension sets; a set is scxData[scxSets[i]:scxSets[i+1]].\n")
	p("var scxSets = [...]uint16{")
	var data []int
	for _, s := range sets {
		p("%d,", len(data))
		data = append(data, s...)
	}
	p("%d}\n\n", len(data))
	p("var scxData = [...]Script{")
	for _, s := range data {
		p("%s,", constName(scriptNames[s]))
	}
	p("}\n\n")

	// Identifier types.
	p("// Identifier types (IdentifierType.txt), one bit each.\nconst (\n")
	for i, n := range idTypes {
		if i == 0 {
			p("\t%s IdentifierType = 1 << iota\n", constName(n))
		} else {
			p("\t%s\n", constName(n))
		}
	}
	p(")\n\n")
	p("var identifierTypeNames = [...]string{")
	for _, n := range idTypes {
		p("%q,", n)
	}
	p("}\n\n")
	type trun struct {
		lo rune
		t  uint16
	}
	bit := func(n string) uint16 {
		for i, x := range idTypes {
			if x == n {
				return 1 << i
			}
		}
		log.Fatalf("unknown identifier type %s", n)
		return 0
	}
	var truns []trun
	next = 0
	tpush := func(lo rune, t uint16) {
		if len(truns) > 0 && truns[len(truns)-1].t == t {
			return
		}
		truns = append(truns, trun{lo, t})
	}
	notChar := bit("Not_Character")
	types := parse("IdentifierType.txt")
	sort.Slice(types, func(i, j int) bool { return types[i].lo < types[j].lo })
	for _, r := range types {
		if r.lo > next {
			tpush(next, notChar)
		}
		var t uint16
		for _, n := range strings.Fields(r.fields[0]) {
			t |= bit(n)
		}
		tpush(r.lo, t)
		next = r.hi + 1
	}
	tpush(next, notChar)
	p("// typeRuns holds the first code point of each run of one type set.\n")
	p("var typeRuns = [...]struct {\n\tlo rune\n\tt  TypeSet\n}{\n")
	for i, r := range truns {
		p("{0x%X, 0x%X},", r.lo, r.t)
		nl(&b, i, 6)
	}
	p("}\n\n")

	// Identifier status.
	st := parse("IdentifierStatus.txt")
	sort.Slice(st, func(i, j int) bool { return st[i].lo < st[j].lo })
	var allowed [][2]rune
	for _, r := range st {
		if r.fields[0] != "Allowed" {
			continue
		}
		allowed = addRange(allowed, r.lo, r.hi)
	}
	writeRanges(&b, "allowedRanges", "the IdentifierStatus.txt Allowed ranges", allowed)

	// Small capitals: the letters Unicode names LATIN LETTER SMALL CAPITAL
	// X, whatever relation the look-alike table keeps for them (TR39's for
	// ᴏ, the name's for ᴍ).
	var small [][2]rune
	for r := rune(0x80); r <= unicode.MaxRune; r++ {
		if smallCapitalOf(r) == 0 {
			continue
		}
		small = addRange(small, r, r)
	}
	writeRanges(&b, "smallCapitalRanges", "the letters named LATIN LETTER SMALL CAPITAL X", small)

	// Raised and lowered forms: UnicodeData.txt's <super> and <sub>
	// decompositions (ⁱ ₜ ᵢ ²).
	var raised [][2]rune
	for r := rune(0x80); r <= unicode.MaxRune; r++ {
		if t := ucd[r].tag; t == "super" || t == "sub" {
			raised = addRange(raised, r, r)
		}
	}
	writeRanges(&b, "raisedRanges", "the characters UnicodeData.txt decomposes as <super> or <sub>", raised)

	// Look-alikes.
	var all []la
	counts := map[string]int{}
	for _, target := range []string{"Latin", "Cyrillic", "Greek"} {
		m := rel[scriptIndex[target]]
		var keys []rune
		for r := range m {
			keys = append(keys, r)
		}
		sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
		p("// lookAlikes%s indexes laData for target %s.\n", target, target)
		p("var lookAlikes%s = [...]laIndex{\n", target)
		for _, r := range keys {
			v := m[r]
			p("{0x%X, %d, %d}, // %c →", r, len(all), len(v), r)
			for _, x := range v {
				p(" %c", x.r)
				counts[target+" "+sourceNames[x.src]]++
			}
			p("\n")
			counts[target]++
			all = append(all, v...)
		}
		p("}\n\n")
	}
	if len(all) > 65535 {
		log.Fatal("too many look-alikes")
	}
	var dk []rune
	for r := range digits {
		dk = append(dk, r)
	}
	sort.Slice(dk, func(i, j int) bool { return dk[i] < dk[j] })
	p("// digitLookAlikes maps characters to the ASCII digit TR39 classes them with.\n")
	p("var digitLookAlikes = [...]struct {\n\tr rune\n\td byte\n}{\n")
	for i, r := range dk {
		p("{0x%X, '%c'},", r, digits[r])
		nl(&b, i, 6)
	}
	p("}\n\n")
	counts["Digit"] = len(dk)

	p("var laData = [...]LookAlike{\n")
	for i, x := range all {
		p("{0x%X, %s, %v},", x.r, sourceNames[x.src], drawnAlike[[2]rune{x.from, x.r}] || drawnAlike[[2]rune{x.r, x.from}])
		if i%4 == 3 {
			p("\n")
		}
	}
	p("}\n")

	writeClasses(&b)

	src, err := format.Source(b.Bytes())
	if err != nil {
		os.WriteFile(*outPath+".broken", b.Bytes(), 0o644)
		log.Fatalf("gofmt: %v", err)
	}
	if err := os.WriteFile(*outPath, src, 0o644); err != nil {
		log.Fatal(err)
	}
	var ks []string
	for k := range counts {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	for _, k := range ks {
		fmt.Fprintf(os.Stderr, "%-30s %d\n", k, counts[k])
	}
}

// smallCapitalOf returns the ASCII letter a Latin small capital is named
// for (ʙ LATIN LETTER SMALL CAPITAL B → b), or 0.
func smallCapitalOf(r rune) rune {
	x, ok := strings.CutPrefix(charName(r), "LATIN LETTER SMALL CAPITAL ")
	if !ok || len(x) != 1 || !isASCIILetter(rune(x[0])) {
		return 0
	}
	return unicode.ToLower(rune(x[0]))
}

// smallCapitalIn returns the letter of the Latin small capital in a TR39
// class other than r (в, ᏼ and ⲃ share ʙ's class; κ and к share ĸ's with
// ᴋ): its members are drawn as that capital at small-letter height. 0 if
// the class has none.
func smallCapitalIn(class []rune, r rune) rune {
	for _, c := range class {
		if c != r {
			if x := smallCapitalOf(c); x != 0 {
				return x
			}
		}
	}
	return 0
}

// overlay reports diacritics drawn through or onto the letter's own strokes
// (not accents set above or below it, which mark a different letter).
func overlay(mark string) bool {
	switch mark {
	case "STROKE", "OBLIQUE STROKE", "DIAGONAL STROKE", "BAR", "HOOK", "TAIL", "TOPBAR",
		"DESCENDER", "CURL", "SWASH TAIL", "RETROFLEX HOOK", "PALATAL HOOK", "LONG LEG", "FLOURISH":
		return true
	}
	return false
}
