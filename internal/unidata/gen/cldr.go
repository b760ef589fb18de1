package main

import (
	"fmt"
	"log"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// writeExemplars writes the letters beyond ASCII that each Latin-script
// locale of CLDR writes (its main exemplar set, common/main/*.xml under
// dir: Debian's unicode-cldr-core unpacked, scripts/fetch-cldr.sh), one
// locale a line, to path: what the homoglyph pass asks to tell an
// orthography's letters from a spoofer's (unidata.Orthographies).
func writeExemplars(dir, path string) {
	files, err := filepath.Glob(filepath.Join(dir, "common", "main", "*.xml"))
	if err != nil || len(files) == 0 {
		log.Fatalf("no CLDR locales under %s/common/main", dir)
	}
	slices.Sort(files)
	mainSet := regexp.MustCompile(`<exemplarCharacters>([^<]*)</exemplarCharacters>`)
	var b strings.Builder
	fmt.Fprintf(&b, "# The letters beyond ASCII of each Latin-script locale's main exemplar set (lower-cased), from\n")
	fmt.Fprintf(&b, "# CLDR common/main/*.xml (Debian unicode-cldr-core); written by `go run ./gen -cldr DIR`.\n")
	n := 0
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			log.Fatal(err)
		}
		m := mainSet.FindSubmatch(src)
		if m == nil {
			continue
		}
		set := parseUnicodeSet(string(m[1]))
		latin, letters := 0, 0
		var beyond []rune
		for _, r := range set {
			if !unicode.IsLetter(r) {
				continue
			}
			letters++
			if unicode.Is(unicode.Latin, r) {
				latin++
				if r >= 0x80 {
					beyond = append(beyond, r)
				}
			}
		}
		// A locale whose letters are mostly Latin (a few loans of
		// another script aside) writes a Latin orthography.
		if letters == 0 || latin*5 < letters*4 || len(beyond) == 0 {
			continue
		}
		for i, r := range beyond {
			if l := unicode.ToLower(r); l != r && strings.ToUpper(string(l)) == string(r) {
				beyond[i] = l
			}
		}
		slices.Sort(beyond)
		beyond = slices.Compact(beyond)
		fmt.Fprintf(&b, "%s\t%s\n", strings.TrimSuffix(filepath.Base(f), ".xml"), string(beyond))
		n++
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("%d Latin-script locales written to %s", n, path)
}

// parseUnicodeSet reads the single code points of a CLDR exemplar set
// ("[a b ɓ c {sh} \u0301 x-z]"): ranges expanded, strings in braces left
// out.
func parseUnicodeSet(s string) []rune {
	s = strings.TrimSpace(s)
	s = strings.TrimSuffix(strings.TrimPrefix(s, "["), "]")
	s = regexp.MustCompile(`\{[^}]*\}`).ReplaceAllString(s, " ")
	s = regexp.MustCompile(`\\u([0-9a-fA-F]{4})`).ReplaceAllStringFunc(s, func(e string) string {
		v, _ := strconv.ParseUint(e[2:], 16, 32)
		return string(rune(v))
	})
	s = strings.ReplaceAll(s, `\`, "")
	var out []rune
	for _, tok := range strings.Fields(s) {
		rs := []rune(tok)
		if len(rs) == 3 && rs[1] == '-' {
			for r := rs[0]; r <= rs[2]; r++ {
				out = append(out, r)
			}
			continue
		}
		out = append(out, rs...)
	}
	return out
}
