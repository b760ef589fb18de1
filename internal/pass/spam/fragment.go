package spam

import "github.com/unspin/unspin/internal/edit"

// Whole sentences or nothing: a keyword removed from a sentence that stays
// must leave the author's sentence. Where the words on each side of the
// removal cannot stand together, the keyword was the object the sentence
// was written round ("The best place to buy X is our web store", "Need
// X?"), not a phrase pushed into it.

// leavesFragment: removing tokens [from, to) leaves a verb or preposition
// without its object: a base-form verb or a preposition right before end
// punctuation or a finite auxiliary ("to buy is", "Need?"), as the tags of
// the corpus read them.
func (d *docWords) leavesFragment(from, to int) bool {
	toks := d.toks
	if from == 0 || toks.nl(from) || !toks.word(from-1) {
		return false
	}
	if t := d.tag(from - 1); t != "vb" && t != "in" {
		return false
	}
	if to >= toks.len() || toks.nl(to) && !softBreak(toks, to) {
		return true
	}
	if !toks.word(to) {
		return !toks.opener(to)
	}
	return finiteTag[d.tag(to)]
}

// finiteTag: the corpus's tags of finite forms of "be", "have", "do" and
// the modals, which cannot follow a verb or preposition that still wants
// its object. Not those of other verbs: a form tagged as one ("comes",
// "intercepted", "Sat") is often a noun or a name, or a participle, where
// the text has it.
var finiteTag = map[string]bool{"bez": true, "ber": true, "bem": true, "bed": true, "bedz": true, "md": true,
	"hvz": true, "hvd": true, "doz": true, "dod": true}

// sentenceAround is the sentence that holds token i.
func sentenceAround(toks *tokens, i int) span {
	j := i
	for j > 0 && !(toks.nl(j) && !softBreak(toks, j)) && !toks.sentenceEnd(j-1) {
		j--
	}
	return sentenceFrom(toks, j)
}

// fate is what becomes of a sentence that holds an occurrence of a
// keyword family.
type fate int

const (
	keywordAlone fate = iota // the keyword may go alone, where the sentence reads on without it
	wordsKept                // the sentence keeps its words, the keyword's with them
	sentenceGoes             // the sentence goes whole
)

// sentenceFate is the one verdict on sentence s that holds an occurrence
// of a keyword family at tokens [at, to) (from: where its removal would
// begin, at a preposition that leads it): s is judged as a call to action
// with its slot there, up to the slot's right anchor where that runs past
// the keyword (longer). Judged one, it goes whole. Where taking the
// keyword alone would leave a fragment (broken), it goes whole too if it
// holds nothing of the author's (function words and the word before the
// keyword aside: "Need X?") or reads as a call to action at least as much
// as a kept sentence that keeps its slot (fragmentBar), and keeps its
// words otherwise: the keyword was the object the sentence was written
// round. Close to a call to action, sending the reader somewhere, with a
// slot longer than the keyword, it keeps its words: the keyword's removal
// alone would leave the rest of the slot ("deals on Birmingham, check our
// store"). The judgement is returned with its slot [a, b) where one was
// made.
func sentenceFate(text string, d *docWords, s span, from, at, to int, broken bool, w *[nFeatures]float64) (f fate, j cta, a, b int) {
	toks := d.toks
	if broken && !ownWords(toks, s, from, to) {
		return sentenceGoes, j, at, to
	}
	a, b, _ = slotAt(toks, at, s)
	longer := a == at && b > to
	if !longer {
		a, b = at, to
	}
	j = judgeSlot(text, d, s, w, true, a, b)
	switch {
	case j.spam() || broken && j.logit >= fragmentBar:
		return sentenceGoes, j, a, b
	case broken || longer && j.logit >= fragmentBar && j.sends() && !j.address:
		return wordsKept, j, a, b
	}
	return keywordAlone, j, a, b
}

// ownWords: sentence s holds a content word outside the removal [from,
// to) and the word just before it.
func ownWords(toks *tokens, s span, from, to int) bool {
	for i := s.from; i < s.to; i++ {
		if toks.word(i) && (i < from-1 || i >= to) && !toks.fn(i) {
			return true
		}
	}
	return false
}

// takeSentence settles sentence s and returns its removal.
func takeSentence(text string, settled []bool, s span, reason string) edit.Edit {
	for i := s.from; i < s.to; i++ {
		settled[i] = true
	}
	start, end := sentenceRemoval(text, s)
	return edit.Edit{Start: start, End: end, Kind: edit.SpamSentence, Reason: reason}
}
