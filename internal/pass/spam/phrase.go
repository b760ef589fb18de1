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

// tag returns the part-of-speech tag of token i, computed on first use:
// most tokens of a document are never asked about.
func (d *docWords) tag(i int) string { return d.tags.of(d.toks, i) }

// tagOf guesses a Brown tag: the word's most frequent one, or one from its
// shape for words the corpus lacks.
func tagOf(toks *tokens, i int) string {
	tk := i
	if !toks.word(tk) {
		switch toks.text(tk) {
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
			if i > 0 && toks.end(i-1) == toks.start(tk) && toks.word(i-1) || toks.text(tk) == "”" || toks.text(tk) == "’" || toks.text(tk) == "»" {
				return "''"
			}
			return "``"
		}
		return "nil"
	}
	r, _ := utf8.DecodeRuneInString(toks.text(tk))
	if unicode.IsDigit(r) {
		return "cd"
	}
	var s lexicon.Stats
	ok := toks.lex(tk) != nil
	if ok {
		s = *toks.lex(tk)
	}
	if unicode.IsUpper(r) && !startsSentence(toks, i) && (!ok || s.CapRatio() >= 0.5) {
		return "np"
	}
	if ok && s.Tag() != "" {
		return s.Tag()
	}
	switch {
	case unicode.IsUpper(r):
		return "np"
	case strings.HasSuffix(toks.lower(tk), "ly"):
		return "rb"
	case strings.HasSuffix(toks.lower(tk), "ing"):
		return "vbg"
	case strings.HasSuffix(toks.lower(tk), "ed"):
		return "vbn"
	case strings.HasSuffix(toks.lower(tk), "s"):
		return "nns"
	}
	return "nn"
}

// startsSentence: token i is first in its line or follows end punctuation
// (with an opening quote).
func startsSentence(toks *tokens, i int) bool {
	j := i - 1
	for j >= 0 && toks.opener(j) && !toks.nl(j+1) {
		j--
	}
	return j < 0 || toks.nl(j+1) || toks.sentenceEnd(j) || toks.text(j) == ":" || ruleEnd(toks, j)
}

// ruleEnd: token j ends a rule, a run of three or more of one mark
// ("-----", "=====", "-----END PGP SIGNATURE-----"): a separator, after
// which a sentence starts as after a line break.
func ruleEnd(toks *tokens, j int) bool {
	if toks.word(j) || toks.end(j)-toks.start(j) != 1 || j < 2 {
		return false
	}
	for k := j - 1; k >= j-2; k-- {
		if toks.end(k) != toks.start(k+1) || !toks.is(k, toks.text(j)) {
			return false
		}
	}
	return true
}

// tagBefore is the tag before token i ("<s>" at a line start).
func (d *docWords) tagBefore(i int) string {
	if i == 0 || d.toks.nl(i) {
		return "<s>"
	}
	return d.tag(i - 1)
}

// tagAfter is the tag after token j-1 ("</s>" at a line end).
func (d *docWords) tagAfter(j int) string {
	if j >= d.toks.len() || d.toks.nl(j) {
		return "</s>"
	}
	return d.tag(j)
}

// insertionScore is the log odds that tokens [i, j) were pushed in between
// their neighbours.
func (d *docWords) insertionScore(i, j int) float64 {
	prev, next := d.tagBefore(i), d.tagAfter(j)
	first, last := d.tag(i), d.tag(j-1)
	join := lexicon.TagNext(prev, next) / lexicon.TagFreq(next)
	entry := lexicon.TagNext(prev, first) / lexicon.TagFreq(first)
	exit := lexicon.TagNext(last, next) / lexicon.TagFreq(next)
	return math.Log(join/(entry*exit)) + wordWeight*d.wordInsertion(i, j)
}

// wordWeight scales the word-pair evidence against the tag evidence (0.5
// measured best against 0.25 and 1 in TestInsertionScoreSeparates).
const wordWeight = 0.5

// wordInsertion is the same comparison over the words themselves, from
// word-pair statistics, where the words on each side are known well
// enough: "said the vote" against "said emergency" and "Leeds the".
func (d *docWords) wordInsertion(i, j int) float64 {
	word := func(k int) string {
		if k < 0 || k >= d.toks.len() || !d.toks.word(k) || k > 0 && k == i && d.toks.nl(k) || k == j && d.toks.nl(k) {
			return ""
		}
		return d.toks.lower(k)
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
