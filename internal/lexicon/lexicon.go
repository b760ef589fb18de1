// Package lexicon holds English word statistics generated from the Brown
// corpus, and word-pair statistics from the State of the Union addresses
// (see gen/ and README.md), loaded from checked-in data without network
// access. Brown gives single words only: its texts are the development
// set's.
package lexicon

//go:generate go run ./gen -brown ${BROWN} -o brown.tsv.gz

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

//go:embed brown.tsv.gz
var data []byte

// Stats describes one lower-cased word form.
type Stats struct {
	Count int // occurrences in the corpus
	Mid   int // occurrences not at the start of a sentence, quotation or headline
	Cap   int // of Mid, how many were capitalized
	End   int // for a form ending in '.', how often it ended its sentence
	Tag   string
}

// CapRatio is how often the word is capitalized where position does not
// force it: near 1 for names ("embassy" is not, "ankara" would be).
func (s Stats) CapRatio() float64 {
	if s.Mid == 0 {
		return 0
	}
	return float64(s.Cap) / float64(s.Mid)
}

// EndRatio is, for an abbreviation like "u.s.", how often it ended a sentence.
func (s Stats) EndRatio() float64 {
	if s.Count == 0 {
		return 0
	}
	return float64(s.End) / float64(s.Count)
}

var (
	once  sync.Once
	words map[string]*Stats
	total int
	// Tag bigram counts: from[t1] and to[t2] are the marginals.
	bigram   map[[2]string]int
	tagFrom  map[string]int
	tagTo    map[string]int
	bigramN  int
	tagTypes int
	// Word tokens not first in their sentence, and first.
	midTokens, initialTokens int
)

func load() {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		panic("lexicon: corrupt embedded data: " + err.Error())
	}
	words = make(map[string]*Stats, 50000)
	bigram = make(map[[2]string]int, 5000)
	tagFrom = map[string]int{}
	tagTo = map[string]int{}
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		line := sc.Text()
		f := strings.Split(line, "\t")
		if len(f) == 2 && f[0] == "#total" {
			total, _ = strconv.Atoi(f[1])
			continue
		}
		if len(f) == 4 && f[0] == "#bi" {
			n, _ := strconv.Atoi(f[3])
			bigram[[2]string{f[1], f[2]}] = n
			tagFrom[f[1]] += n
			tagTo[f[2]] += n
			bigramN += n
			continue
		}
		if len(f) != 6 {
			continue
		}
		s := &Stats{Tag: f[5]}
		s.Count, _ = strconv.Atoi(f[1])
		s.Mid, _ = strconv.Atoi(f[2])
		s.Cap, _ = strconv.Atoi(f[3])
		s.End, _ = strconv.Atoi(f[4])
		words[f[0]] = s
		midTokens += s.Mid
		initialTokens += s.Count - s.Mid
	}
	if err := sc.Err(); err != nil {
		panic("lexicon: corrupt embedded data: " + err.Error())
	}
	if total == 0 {
		total = 1
	}
	tagTypes = len(tagTo) + 1
}

// lower returns w lower-cased, without allocating when it already is.
func lower(w string) string {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' || c >= utf8.RuneSelf {
			return strings.ToLower(w)
		}
	}
	return w
}

// Lookup returns the statistics of word (any case).
func Lookup(word string) (Stats, bool) {
	if s := Entry(lower(word)); s != nil {
		return *s, true
	}
	return Stats{}, false
}

// Entry returns the statistics of a lower-cased word, nil where the corpus
// lacks it: one lookup that a tokenizer keeps with the word, so that later
// questions about it cost none.
func Entry(lowerWord string) *Stats {
	once.Do(load)
	return words[lowerWord]
}

// Count returns how often the lower-cased word occurs in the corpus.
func Count(word string) int {
	if s := Entry(lower(word)); s != nil {
		return s.Count
	}
	return 0
}

// Total is the number of word tokens counted.
func Total() int {
	once.Do(load)
	return total
}

// Tag is the word's most frequent Brown part-of-speech tag ("nn", "vbd",
// "np", ...), or "" for a word the corpus does not have.
func Tag(word string) string {
	s, _ := Lookup(word)
	return s.Tag
}

// IsWord reports whether word (letters, apostrophes, hyphens) is an English
// word form the corpus has seen.
func IsWord(word string) bool {
	if word == "" || !strings.ContainsFunc(word, unicode.IsLetter) {
		return false
	}
	return Count(word) > 0
}

// TagNext is P(next | prev) for part-of-speech tags, "<s>" and "</s>"
// marking sentence ends, add-half smoothed so unseen pairs are rare, not
// impossible.
func TagNext(prev, next string) float64 {
	once.Do(load)
	return (float64(bigram[[2]string{prev, next}]) + 0.5) / (float64(tagFrom[prev]) + 0.5*float64(tagTypes))
}

// TagFreq is the share of tokens tagged t (how likely t is with no context).
func TagFreq(t string) float64 {
	once.Do(load)
	return (float64(tagTo[t]) + 0.5) / (float64(bigramN) + 0.5*float64(tagTypes))
}

// Positions returns how many word tokens of the corpus stood inside a
// sentence and how many first (sentence, quotation or headline start), the
// denominators for Stats.Cap and Count-Mid.
func Positions() (mid, initial int) {
	once.Do(load)
	return midTokens, initialTokens
}

// EnglishShare is the share of the first words of text (runs of letters,
// apostrophes and hyphens, at most limit of them) that the corpus has seen:
// near 1 for English prose, low for other languages, even those written in
// Latin letters. Passes whose evidence is English statistics ask it first.
func EnglishShare(text string, limit int) float64 {
	known, n := 0, 0
	for w := range wordsOf(text) {
		if n == limit {
			break
		}
		n++
		if IsWord(w) {
			known++
		}
	}
	if n == 0 {
		return 0
	}
	return float64(known) / float64(n)
}

// IsEnglish reports whether text is English enough for statistics from an
// English corpus to judge it: Brown prose has a share of known words above
// 0.85 (over its first 400 words), English-based creoles about 0.8, other
// Latin-script languages below 0.65.
func IsEnglish(text string) bool { return EnglishShare(text, 400) >= 0.8 }

// wordsOf yields the runs of letters (with inner apostrophes and hyphens) of
// text.
func wordsOf(text string) func(func(string) bool) {
	return func(yield func(string) bool) {
		start := -1
		for i, r := range text {
			inWord := unicode.IsLetter(r) || (start >= 0 && (r == '\'' || r == '’' || r == '-'))
			if inWord {
				if start < 0 {
					start = i
				}
				continue
			}
			if start >= 0 {
				if !yield(strings.TrimRight(text[start:i], "'’-")) {
					return
				}
				start = -1
			}
		}
		if start >= 0 {
			yield(strings.TrimRight(text[start:], "'’-"))
		}
	}
}
