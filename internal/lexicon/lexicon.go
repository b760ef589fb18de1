// Package lexicon holds English word statistics generated from the Brown
// corpus, and word-pair statistics from the State of the Union addresses
// (see gen/ and README.md), read in place from tables generated from the
// checked-in counts (tables.bin: no parsing at start, no network access).
// Brown gives single words only: its texts are the development set's.
package lexicon

//go:generate go run ./gen -brown ${BROWN} -o brown.tsv.gz

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/unspin/unspin/internal/lexicon/internal/lextab"
)

// Stats describes one lower-cased word form. Numbers only, as tables.bin
// holds them (SBrown), so that the lexicon's 48,000 stand in place there:
// a start builds none, and the collector has no pointer of theirs to
// follow.
type Stats struct {
	Count int32 // occurrences in the corpus
	Mid   int32 // occurrences not at the start of a sentence, quotation or headline
	Cap   int32 // of Mid, how many were capitalized
	End   int32 // for a form ending in '.', how often it ended its sentence
	tag   int32 // 1 + the index of its tag in TagNames, 0 for none
}

// Tag is the form's most frequent Brown part-of-speech tag ("nn", "vbd",
// "np", ...), "" where there is none.
func (s Stats) Tag() string { return statsTag[s.tag] }

// statsTag holds "" and then the tags, in their order in tables.bin: a
// Stats's tag index reads its name with no lookup.
var statsTag []string

// tagNames is the list of tags tables.bin holds.
func tagNames() strTable { return newStrTable(lextab.STagNames, lextab.STagEnd, header(lextab.HTags)) }

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
	id, sense := Probe(HashOf(lowerWord))
	if sense&SenseBrown == 0 {
		// No form of Brown has the word's hash, and forms' hashes differ:
		// the answer is exact without comparing the form's bytes.
		return nil
	}
	if id.form() != lowerWord {
		return nil
	}
	return id.Stats()
}

// Count returns how often the lower-cased word occurs in the corpus.
func Count(word string) int {
	if s := Entry(lower(word)); s != nil {
		return int(s.Count)
	}
	return 0
}

// Total is the number of word tokens counted.
func Total() int { return header(lextab.HTotal) }

// Tag is the word's most frequent Brown part-of-speech tag ("nn", "vbd",
// "np", ...), or "" for a word the corpus does not have.
func Tag(word string) string {
	s, _ := Lookup(word)
	return s.Tag()
}

// IsWord reports whether word (letters, apostrophes, hyphens) is an English
// word form the corpus has seen.
func IsWord(word string) bool {
	if word == "" || !strings.ContainsFunc(word, unicode.IsLetter) {
		return false
	}
	return Count(word) > 0
}

// Tag bigram counts, by tag index plus one (0: a tag the corpus lacks):
// bigram[from*tagDim+to], and the marginals tagFrom[from], tagTo[to].
var (
	tagOnce           sync.Once
	tagIndex          map[string]int
	tagDim            int
	bigram            []int
	tagFrom, tagTo    []int
	bigramN, tagTypes int
)

func loadTags() {
	n := header(lextab.HTags)
	names := tagNames()
	tagDim = n + 1
	tagIndex = make(map[string]int, n)
	for i := range n {
		tagIndex[names.at(i)] = i + 1
	}
	bigram, tagFrom, tagTo = make([]int, tagDim*tagDim), make([]int, tagDim), make([]int, tagDim)
	nb := header(lextab.HBigrams)
	recs := numbers(lextab.SBigrams, 3*nb)
	for k := range nb {
		i, j, c := int(u32(recs, 12*k))+1, int(u32(recs, 12*k+4))+1, int(u32(recs, 12*k+8))
		bigram[i*tagDim+j] = c
		tagFrom[i] += c
		tagTo[j] += c
	}
	bigramN, tagTypes = header(lextab.HBigramN), header(lextab.HTagTypes)
}

// TagNames returns the part-of-speech tags of the corpus: every tag a
// Stats holds is one of them.
func TagNames() []string {
	names := tagNames()
	out := make([]string, header(lextab.HTags))
	for i := range out {
		out[i] = names.at(i)
	}
	return out
}

// TagNext is P(next | prev) for part-of-speech tags, "<s>" and "</s>"
// marking sentence ends, add-half smoothed so unseen pairs are rare, not
// impossible.
func TagNext(prev, next string) float64 {
	tagOnce.Do(loadTags)
	i, j := tagIndex[prev], tagIndex[next] // 0: a tag the corpus lacks
	return (float64(bigram[i*tagDim+j]) + 0.5) / (float64(tagFrom[i]) + 0.5*float64(tagTypes))
}

// TagFreq is the share of tokens tagged t (how likely t is with no context).
func TagFreq(t string) float64 {
	tagOnce.Do(loadTags)
	return (float64(tagTo[tagIndex[t]]) + 0.5) / (float64(bigramN) + 0.5*float64(tagTypes))
}

// Positions returns how many word tokens of the corpus stood inside a
// sentence and how many first (sentence, quotation or headline start), the
// denominators for Stats.Cap and Count-Mid.
func Positions() (mid, initial int) { return header(lextab.HMid), header(lextab.HInitial) }

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
