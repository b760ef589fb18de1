package spam

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

// spammersSentence: sentence s, but for the keyword at [from, to), holds
// nothing of the author's: function words and the one word before the
// keyword only ("Need X?"), or it reads as a call to action at least as
// much as a kept sentence that keeps its slot (fragmentBar). Then it goes
// whole; otherwise the keyword stays rather than leave a fragment.
func spammersSentence(text string, d *docWords, s span, from, to int, w *[nFeatures]float64) bool {
	toks := d.toks
	own := false
	for i := s.from; i < s.to; i++ {
		if toks.word(i) && (i < from-1 || i >= to) && !toks.fn(i) {
			own = true
			break
		}
	}
	if !own {
		return true
	}
	return judge(text, d, s, w, true).logit >= fragmentBar
}
