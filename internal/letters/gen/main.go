// Command gen writes the letter counts package letters embeds.
//
// From a hunspell dictionary (Debian's hunspell-LANG package, unpacked with
// `apt-get download hunspell-el && dpkg-deb -x hunspell-el_*.deb DIR`):
//
//	go run ./gen -dic DIR/usr/share/hunspell/el_GR -lang el -script Greek \
//	    -source 'hunspell-el 1:7.5.0-1 (MPL-1.1 or GPL-2 or LGPL-2.1)' -o counts/el.tsv.gz
//
// reads el_GR.dic and el_GR.aff, expands each word by the prefixes and
// suffixes its flags name (one level, and their cross product; no
// compounding, no second-level continuation classes), and counts the
// letter triples of each distinct form once, letters folded as
// letters.Fold folds them, word edges as '_'; forms holding a letter of
// another script than -script are left out. Words are split at anything
// that is not a letter (hyphens, apostrophes, digits). Triples seen in
// fewer than two forms are dropped: a dictionary's stray loans and typos;
// not those of one-letter words (_x_), each its form's alone.
//
// From the counts files (no network, no dictionaries):
//
//	go run ./gen -tables tables.bin
//
// writes tables.bin from counts/*.tsv.gz, in the order of their names, with
// the word forms of counts/LANG.forms.gz where there is one (-forms writes
// it: Greek only, where letter triples alone mistake ἔτσι for ἔτοι).
package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"flag"
	"fmt"
	"log"
	"os"
	"slices"
	"strings"
	"unicode"

	"github.com/unspin/unspin/internal/letters"
	"golang.org/x/text/encoding/charmap"
)

func main() {
	dic := flag.String("dic", "", "hunspell dictionary path without .dic/.aff")
	lang := flag.String("lang", "", "language code written in the counts")
	script := flag.String("script", "", "script name (unidata's: Greek, Cyrillic)")
	source := flag.String("source", "", "where the dictionary came from, with its licence")
	out := flag.String("o", "", "counts file to write")
	formsOut := flag.String("forms", "", "also write the folded forms, sorted, one a line (gzipped)")
	tables := flag.String("tables", "", "write tables.bin from counts/*.tsv.gz")
	flag.Parse()
	switch {
	case *tables != "":
		if err := writeTables(*tables); err != nil {
			log.Fatal(err)
		}
	case *dic != "" && *out != "":
		if err := writeCounts(*dic, *lang, *script, *source, *out, *formsOut); err != nil {
			log.Fatal(err)
		}
	default:
		flag.Usage()
		os.Exit(2)
	}
}

func writeTables(path string) error {
	files, forms, err := letters.ReadCounts("counts")
	if err != nil {
		return err
	}
	b, err := letters.Build(files, forms)
	if err != nil {
		return err
	}
	return os.WriteFile(path, b, 0o644)
}

// affix is one rule of a PFX or SFX class.
type affix struct {
	strip, add string
	cond       []class // the condition, one class per letter
}

// class is one letter of a condition: a set, negated or not; any is '.'.
type class struct {
	set      []rune
	not, any bool
}

func (c class) match(r rune) bool {
	if c.any {
		return true
	}
	return slices.Contains(c.set, r) != c.not
}

func parseCond(s string) []class {
	var out []class
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		switch rs[i] {
		case '.':
			out = append(out, class{any: true})
		case '[':
			j := i + 1
			c := class{}
			if j < len(rs) && rs[j] == '^' {
				c.not = true
				j++
			}
			for j < len(rs) && rs[j] != ']' {
				c.set = append(c.set, rs[j])
				j++
			}
			out = append(out, c)
			i = j
		default:
			out = append(out, class{set: []rune{rs[i]}})
		}
	}
	return out
}

type affixClass struct {
	prefix, cross bool
	rules         []affix
}

type aff struct {
	flagMode string // "", "long", "num", "UTF-8"
	classes  map[string]*affixClass
	decode   func([]byte) string
}

func readAff(path string) (*aff, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	a := &aff{classes: map[string]*affixClass{}, decode: func(b []byte) string { return string(b) }}
	for _, line := range bytes.Split(raw, []byte("\n")) {
		f := strings.Fields(string(line))
		if len(f) == 2 && f[0] == "SET" && strings.HasPrefix(strings.ToUpper(f[1]), "ISO8859-7") {
			dec := charmap.ISO8859_7.NewDecoder()
			a.decode = func(b []byte) string {
				s, _ := dec.Bytes(b)
				return string(s)
			}
		}
	}
	for _, line := range bytes.Split(raw, []byte("\n")) {
		f := strings.Fields(a.decode(bytes.TrimRight(line, "\r")))
		if len(f) < 2 {
			continue
		}
		switch f[0] {
		case "FLAG":
			a.flagMode = f[1]
		case "PFX", "SFX":
			c := a.classes[f[1]]
			if c == nil {
				// The class's header: PFX flag cross count.
				a.classes[f[1]] = &affixClass{prefix: f[0] == "PFX", cross: len(f) > 2 && f[2] == "Y"}
				continue
			}
			if len(f) < 4 {
				continue
			}
			r := affix{strip: f[2], add: f[3]}
			if r.strip == "0" {
				r.strip = ""
			}
			r.add, _, _ = strings.Cut(r.add, "/") // continuation classes are not followed
			if r.add == "0" {
				r.add = ""
			}
			if len(f) > 4 {
				r.cond = parseCond(f[4])
			}
			c.rules = append(c.rules, r)
		}
	}
	return a, nil
}

// flags splits a dictionary entry's flag string by the FLAG mode.
func (a *aff) flags(s string) []string {
	var out []string
	switch a.flagMode {
	case "long":
		rs := []rune(s)
		for i := 0; i+1 < len(rs); i += 2 {
			out = append(out, string(rs[i:i+2]))
		}
	case "num":
		out = strings.Split(s, ",")
	default:
		for _, r := range s {
			out = append(out, string(r))
		}
	}
	return out
}

func (r affix) apply(w string, prefix bool) (string, bool) {
	rs := []rune(w)
	if len(rs) < len(r.cond) {
		return "", false
	}
	if prefix {
		for i, c := range r.cond {
			if !c.match(rs[i]) {
				return "", false
			}
		}
		if !strings.HasPrefix(w, r.strip) {
			return "", false
		}
		return r.add + w[len(r.strip):], true
	}
	off := len(rs) - len(r.cond)
	for i, c := range r.cond {
		if !c.match(rs[off+i]) {
			return "", false
		}
	}
	if !strings.HasSuffix(w, r.strip) {
		return "", false
	}
	return w[:len(w)-len(r.strip)] + r.add, true
}

func writeCounts(dic, lang, script, source, out, formsOut string) error {
	a, err := readAff(dic + ".aff")
	if err != nil {
		return err
	}
	raw, err := os.ReadFile(dic + ".dic")
	if err != nil {
		return err
	}
	forms := map[string]bool{}
	inScript := unicode.Scripts[script]
	if inScript == nil {
		return fmt.Errorf("unknown script %q", script)
	}
	addForm := func(w string) {
		// Split at anything not a letter; marks stay with their letter.
		for part := range strings.FieldsFuncSeq(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) }) {
			var b strings.Builder
			own := true
			for _, r := range part {
				if unicode.Is(unicode.Mn, r) {
					continue
				}
				own = own && unicode.Is(inScript, r)
				b.WriteRune(letters.Fold(r))
			}
			// A form with a letter of another script (a Latin
			// abbreviation in a Cyrillic list) is no word of the language.
			if own && b.Len() > 0 {
				forms[b.String()] = true
			}
		}
	}
	lines := bytes.Split(raw, []byte("\n"))
	for i, line := range lines {
		s := strings.TrimPrefix(a.decode(bytes.TrimRight(line, "\r")), "\ufeff")
		if i == 0 || s == "" || strings.HasPrefix(s, "#") {
			continue // the first line is the entry count
		}
		s, _, _ = strings.Cut(s, "\t") // morphological fields
		word, fl, _ := strings.Cut(strings.Fields(s + " ")[0], "/")
		addForm(word)
		var pres, sufs []string
		for _, f := range a.flags(fl) {
			c := a.classes[f]
			if c == nil {
				continue
			}
			for _, r := range c.rules {
				if w, ok := r.apply(word, c.prefix); ok {
					addForm(w)
					if c.cross && c.prefix {
						pres = append(pres, f)
					} else if c.cross {
						sufs = append(sufs, w)
					}
				}
			}
		}
		for _, f := range pres {
			for _, r := range a.classes[f].rules {
				for _, w := range sufs {
					if x, ok := r.apply(w, true); ok {
						addForm(x)
					}
				}
			}
		}
	}
	if formsOut != "" {
		if err := writeForms(formsOut, lang, source, forms); err != nil {
			return err
		}
	}
	triples := map[[3]rune]int{}
	for f := range forms {
		a, b := rune(letters.Edge), rune(letters.Edge)
		for _, c := range f + string(letters.Edge) {
			triples[[3]rune{a, b, c}]++
			a, b = b, c
		}
	}
	keys := make([][3]rune, 0, len(triples))
	for k, n := range triples {
		// (A one-letter word's triple, _x_, is its form's alone: kept,
		// so that the tables tell the words a language writes with one
		// letter, letters.Model.Word.)
		if n >= 2 || k[0] == letters.Edge && k[2] == letters.Edge {
			keys = append(keys, k)
		}
	}
	slices.SortFunc(keys, func(x, y [3]rune) int { return strings.Compare(string(x[:]), string(y[:])) })
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	w := bufio.NewWriter(zw)
	fmt.Fprintf(w, "#lang\t%s\n#script\t%s\n#source\t%s\n#forms\t%d\n", lang, script, source, len(forms))
	for _, k := range keys {
		fmt.Fprintf(w, "%s\t%d\n", string(k[:]), triples[k])
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return os.WriteFile(out, buf.Bytes(), 0o644)
}

// writeForms writes the forms, sorted, one a line, after the header lines
// "#lang" and "#source", gzipped.
func writeForms(path, lang, source string, forms map[string]bool) error {
	list := make([]string, 0, len(forms))
	for f := range forms {
		list = append(list, f)
	}
	slices.Sort(list)
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	w := bufio.NewWriter(zw)
	fmt.Fprintf(w, "#lang\t%s\n#source\t%s\n", lang, source)
	for _, f := range list {
		w.WriteString(f)
		w.WriteByte('\n')
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return os.WriteFile(path, buf.Bytes(), 0o644)
}
