package spam

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/unspin/unspin/internal/lexicon"
)

// An inserted phrase sits between two words that were neighbours: the text
// reads better without it. With part-of-speech tags from the corpus, compare
// how well the neighbours fit each other with how well they fit the phrase's
// ends, each against chance:
//
//	join  = P(next | prev) / P(next)
//	entry = P(first | prev) / P(first)
//	exit  = P(next | last) / P(next)
//
// insertionScore is log(join / (entry · exit)): positive when the neighbours
// belong together and the phrase does not belong between them.

// tagged holds the part-of-speech tag of every token.
type tagged struct {
	toks []token
	tags []string
}

func tagAll(toks []token) tagged {
	t := tagged{toks: toks, tags: make([]string, len(toks))}
	for i := range toks {
		t.tags[i] = tagOf(toks, i)
	}
	return t
}

// tagOf guesses a Brown tag: the word's most frequent one, or one from its
// shape for words the corpus lacks.
func tagOf(toks []token, i int) string {
	tk := toks[i]
	if !tk.word {
		switch tk.text {
		case ".", "!", "?":
			return "."
		case ",":
			return ","
		case ":", ";":
			return ":"
		case "(", "[":
			return "("
		case ")", "]":
			return ")"
		case "-", "–", "—":
			return "--"
		case `"`, "'", "“", "”", "‘", "’", "«", "»":
			if i > 0 && toks[i-1].end == tk.start && toks[i-1].word || tk.text == "”" || tk.text == "’" || tk.text == "»" {
				return "''"
			}
			return "``"
		}
		return "nil"
	}
	r, _ := utf8.DecodeRuneInString(tk.text)
	if unicode.IsDigit(r) {
		return "cd"
	}
	var s lexicon.Stats
	ok := tk.lex != nil
	if ok {
		s = *tk.lex
	}
	if unicode.IsUpper(r) && !startsSentence(toks, i) && (!ok || s.CapRatio() >= 0.5) {
		return "np"
	}
	if ok && s.Tag != "" {
		return s.Tag
	}
	switch {
	case unicode.IsUpper(r):
		return "np"
	case strings.HasSuffix(tk.lower, "ly"):
		return "rb"
	case strings.HasSuffix(tk.lower, "ing"):
		return "vbg"
	case strings.HasSuffix(tk.lower, "ed"):
		return "vbn"
	case strings.HasSuffix(tk.lower, "s"):
		return "nns"
	}
	return "nn"
}

// startsSentence: token i is first in its line or follows end punctuation
// (with an opening quote).
func startsSentence(toks []token, i int) bool {
	j := i - 1
	for j >= 0 && isOpener(toks[j].text) && !toks[j+1].nl {
		j--
	}
	return j < 0 || toks[j+1].nl || sentenceEnd(toks[j]) || toks[j].text == ":"
}

// before is the tag before token i ("<s>" at a line start).
func (t tagged) before(i int) string {
	if i == 0 || t.toks[i].nl {
		return "<s>"
	}
	return t.tags[i-1]
}

// after is the tag after token j-1 ("</s>" at a line end).
func (t tagged) after(j int) string {
	if j >= len(t.toks) || t.toks[j].nl {
		return "</s>"
	}
	return t.tags[j]
}

// insertionScore is the log odds that tokens [i, j) were pushed in between
// their neighbours.
func (t tagged) insertionScore(i, j int) float64 {
	prev, next := t.before(i), t.after(j)
	first, last := t.tags[i], t.tags[j-1]
	join := lexicon.TagNext(prev, next) / lexicon.TagFreq(next)
	entry := lexicon.TagNext(prev, first) / lexicon.TagFreq(first)
	exit := lexicon.TagNext(last, next) / lexicon.TagFreq(next)
	return math.Log(join/(entry*exit)) + wordWeight*t.wordInsertion(i, j)
}

// wordWeight scales the word-pair evidence against the tag evidence (0.5
// measured best against 0.25 and 1 in TestInsertionScoreSeparates).
const wordWeight = 0.5

// wordInsertion is the same comparison over the words themselves, from
// word-pair statistics, where the words on each side are known well
// enough: "said the vote" against "said emergency" and "Leeds the".
func (t tagged) wordInsertion(i, j int) float64 {
	word := func(k int) string {
		if k < 0 || k >= len(t.toks) || !t.toks[k].word || k > 0 && k == i && t.toks[k].nl || k == j && t.toks[k].nl {
			return ""
		}
		return t.toks[k].lower
	}
	prev, first, last, next := word(i-1), word(i), word(j-1), word(j)
	if prev == "" || next == "" {
		return 0
	}
	join, ok1 := lexicon.PairAssociation(prev, next)
	entry, ok2 := lexicon.PairAssociation(prev, first)
	exit, ok3 := lexicon.PairAssociation(last, next)
	if !ok1 || !ok2 && !ok3 {
		return 0
	}
	return join - entry - exit
}
