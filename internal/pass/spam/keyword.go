package spam

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/unspin/unspin/internal/doc"
	"github.com/unspin/unspin/internal/edit"
	"github.com/unspin/unspin/internal/lexicon"
)

// A keyword family is an anchor keyword and everything spinners make of it:
// the whole phrase and its pieces of two or more words, in any case ("Roofing
// Contractor Denver", "Contractor Denver", "roofing contractor").

type family struct {
	words []string
	why   string
	// lead: the preposition that led the keyword where it was found (the
	// slot of a call to action: "in regards to in Turkey Lawyer Law
	// Firm"), lower-cased; the family itself is the words after it.
	lead string
}

// A whole keyword inside a sentence is the spammer's; a piece of it ("in
// Turkey", "weight loss") may be the author's words, so it is removed only
// where the grammar does not speak clearly for it, and, where the text's
// topic uses the same words, only where the grammar speaks against it.
const (
	partThreshold  = -4
	topicThreshold = 0
)

// nameGoesOn reports tokens [a, b), capitalised and a name English says as
// one, with a capitalised word that is none of the keyword's (inKeyword)
// and no function word right after them, or a capitalised word right
// before them where no sentence starts: one name goes on through them.
func nameGoesOn(toks *tokens, inKeyword map[string]bool, a, b int) bool {
	if !toks.capital(a) || !toks.capital(b-1) {
		return false
	}
	// The piece is a name English says as one (New York, Supreme Court:
	// each word follows the one before far more often than chance in
	// the pair corpus), not Title Case anchor text (Lawyer Law Firm,
	// Remodeling Near): a spinner pushes those beside the author's names.
	for k := a; k+1 < b; k++ {
		if v, ok := lexicon.PairAssociation(toks.lower(k), toks.lower(k+1)); !ok || v < nameAssociation {
			return false
		}
	}
	// (Not a function word: "Contractor Denver The council" pushed before
	// a sentence's first word.)
	if b < toks.len() && toks.word(b) && toks.capital(b) && !toks.fn(b) && !toks.nl(b) && !inKeyword[toks.lower(b)] {
		return true
	}
	return a > 0 && toks.word(a-1) && toks.capital(a-1) && !toks.nl(a) && !inKeyword[toks.lower(a-1)] && !startsSentence(toks, a-1)
}

// nameAssociation is the log-odds of one word after another, over
// chance, that makes two words one name (new york 6.4, united states 5.5;
// law firm and car accident are below 0).
const nameAssociation = 4

// removeFamily removes the occurrences of keyword family f from the text's
// sentences, longest runs first, each where the sentence reads on without
// it, none among the settled tokens (marked as it goes).
func removeFamily(text string, d *docWords, settled []bool, f family, w *[nFeatures]float64) []edit.Edit {
	var out []edit.Edit
	toks := d.toks
	kw := f.words
	minLen := min(2, len(kw))
	// The text is about what the keyword names when it uses one of the
	// keyword's less common words twice on its own: then pieces of the
	// keyword may be the author's.
	topic := d.mentionedTwice(settled, kw, rareWord)
	var held []bool // settled before this family's removals
	// A family of qualifiers only ("near me") names no product: the
	// product is the word before it.
	qualifier := true
	for _, w := range kw {
		if l := strings.ToLower(w); classOf[l]&(clNiche|clLearned) != 0 || classOf[l]&(clSales|clLink|clMe) == 0 {
			qualifier = false
		}
	}
	inKeyword := make(map[string]bool, len(kw))
	for _, w := range kw {
		inKeyword[strings.ToLower(w)] = true
	}
	for i := 0; i < toks.len(); i++ {
		if settled[i] || !toks.word(i) || !inKeyword[toks.lower(i)] {
			continue
		}
		n := len(kw)
		k := -1
		for ; n >= minLen; n-- {
			if k = subphraseAt(toks, settled, i, kw, n, true); k >= 0 {
				break
			}
		}
		if n < minLen {
			continue
		}
		if n < len(kw) && functionWordsOnly(toks, i, i+n) {
			// A piece of function words ("on the" of "updates on the
			// trip") names nothing: any sentence may hold it.
			i += n - 1
			continue
		}
		if n < len(kw) && nameGoesOn(toks, inKeyword, i, i+n) {
			// Rule PIECE-OF-A-NAME: a capitalised piece ("New York" of
			// "New York car accident lawyer") that a capitalised word
			// of no keyword's continues, inside its sentence, is part of
			// the author's name: the New York Philharmonic.
			i += n - 1
			continue
		}
		// The preposition that led the keyword leads its first word only.
		lead := f.lead
		if k > 0 {
			lead = ""
		}
		from, score := d.occurrence(i, i+n, lead)
		if from < i && settled[from] {
			from, score = i, d.insertionScore(i, i+n)
		}
		switch {
		case !sameCase(toks, i, kw[k:k+n]) && score <= topicThreshold:
			// Written otherwise than the keyword ("roofing contractor"),
			// only where the grammar speaks against it.
			i += n - 1
			continue
		case n == len(kw) && score > wholeThreshold:
		case n < len(kw) && topic && score > topicThreshold:
		case n < len(kw) && !topic && score > partThreshold:
		default:
			i += n - 1
			continue
		}
		// All pieces of a keyword are one family: a word that stands
		// beside the family's words at two or more of its occurrences is
		// the keyword's ("buy instagram likes" where "buy instagram"
		// recurs), and goes with this occurrence too.
		if held == nil {
			held = append(d.held[:0], settled...) // (reused family after family)
			d.held = held
		}
		to := i + n
		for to < toks.len() && !settled[to] && besideTwice(d, held, i, to+1, to) {
			to++
		}
		for from == i && from > 0 && !settled[from-1] && besideTwice(d, held, from-1, to, from-1) {
			from--
			i--
			n++
		}
		if qualifier && from == i && i > 0 && !settled[i-1] && !toks.nl(i) && toks.word(i-1) && !toks.fn(i-1) && d.count(toks.key(i-1)) == 1 {
			// What it qualifies stands once, before it ("a common dog
			// grooming near me spammer trick"): the product's words
			// are not known, so the occurrence stays whole.
			i += n - 1
			continue
		}
		// A niche word the text says nowhere else, right beside the
		// occurrence, is the rest of a longer keyword whose other
		// occurrences were cut shorter ("into divorce lawyer near me a
		// product" where "lawyer near me" recurs), where the sentence
		// reads on without it and not with it alone ("into divorce a
		// product"; "The clinic on Main Street" is the author's).
		for to < toks.len() && !settled[to] && tradeOnce(d, to, false) && d.join(from, to) < readsOn && d.join(from, to+1) > readsOn {
			to++
		}
		for from == i && from > 0 && !settled[from-1] && tradeOnce(d, from-1, true) && d.join(from, to) < readsOn && d.join(from-1, to) > readsOn {
			from--
			i--
			n++
		}
		n = to - i
		if d.leavesFragment(from, i+n) {
			// Whole sentence or nothing (fragment.go).
			sent := sentenceAround(toks, from)
			if slices.Contains(settled[sent.from:sent.to], true) {
				i += n - 1
				continue
			}
			if fate, _, _, _ := sentenceFate(text, d, sent, from, i, i+n, true, w); fate != sentenceGoes {
				i += n - 1
				continue
			}
			out = append(out, takeSentence(text, settled, withoutLead(toks, sent, from),
				fmt.Sprintf("sentence written round the keyword %q (found by %s)", strings.Join(kw, " "), f.why)))
			i = sent.to - 1
			continue
		}
		s, e := phraseRemoval(text, toks, from, i+n)
		out = append(out, edit.Edit{Start: s, End: e, Kind: edit.SpamPhrase,
			Reason: fmt.Sprintf("keyword %q pushed into a sentence (found by %s)", strings.Join(kw, " "), f.why)})
		for j := from; j < i+n; j++ {
			settled[j] = true
		}
		i += n - 1
	}
	return out
}

// authorsEdge: a word of h beyond the run g it holds is the author's
// sentence, not the keyword's ("cheap car insurance SpamAssassin" in a text
// about SpamAssassin, "Bail Bonds Near Me I need"): a content word the text
// uses outside runs of h's words, or a function word other than a
// preposition that leads the keyword ("in Turkey Lawyer Law Firm").
func authorsEdge(d *docWords, h, g *gram) bool {
	toks := d.toks
	k := 0
	for ; k+len(g.words) <= len(h.words); k++ {
		if holds(h.words[k:k+len(g.words)], g.words) {
			break
		}
	}
	for j := range h.words {
		if j >= k && j < k+len(g.words) {
			continue
		}
		t := h.at[0] + j
		switch {
		case toks.fn(t):
			if j != 0 || !preposition(toks, t) {
				return true
			}
		default:
			for _, p := range d.positions(toks.key(t)) {
				if !inRun(toks, h.words, int(p)) {
					return true
				}
			}
		}
	}
	return false
}

// besideTwice: token p, a content word on the line of tokens [i, j) (p is
// i or j-1, the run's new edge), joins the run [i, j) at two or more places
// in the text, in any case. Where the run is skipped (removed whole), a
// word of a template's classes beside it is the template's ("... used cars
// for sale see our blog") and does not count.
func besideTwice(d *docWords, skip []bool, i, j, p int) bool {
	toks := d.toks
	if !toks.word(p) || toks.fn(p) || p > i && toks.nl(p) || p == i && i+1 < j && toks.nl(i+1) {
		return false
	}
	// Only where p's word stands (its key's positions) may the run stand.
	n, next := 0, 0
	for _, q := range d.positions(toks.key(p)) {
		a := int(q) - (p - i)
		if a < next || a < 0 || a+j-i > toks.len() {
			continue
		}
		if sameRun(toks, a, i, j-i) && !(skip[a] && toks.cls(a+p-i)&roles != 0) {
			if n++; n == 2 {
				return true
			}
			next = a + j - i
		}
	}
	return false
}

// tradeOnce: token p is a niche word the text uses there only, on the line
// of the run it adjoins (before it where before).
func tradeOnce(d *docWords, p int, before bool) bool {
	toks := d.toks
	if !toks.word(p) || toks.fn(p) || (before && toks.nl(p+1)) || (!before && toks.nl(p)) {
		return false
	}
	return commercial(toks, p) && d.count(toks.key(p)) == 1
}

// sameRun: the n tokens at a are those at b, words on one line, in any case.
func sameRun(toks *tokens, a, b, n int) bool {
	for k := 0; k < n; k++ {
		if !toks.word(a+k) || k > 0 && toks.nl(a+k) || !strings.EqualFold(toks.text(a+k), toks.text(b+k)) {
			return false
		}
	}
	return true
}

// occurrence returns where the removal of a keyword's occurrence at tokens
// [i, j) begins and how far out of place it is (insertionScore). A
// preposition just before it goes with it where the keyword's family was
// seen led by the same word elsewhere (lead: the slot of a call to action,
// or other occurrences) and the sentence is not clearly broken without
// it. Without that, the sentence model must be clear that what the
// preposition leaves is not English and what its removal leaves is ("a
// low level, for Denver Plumbing Services according to": "level, for
// according" against "level, according"). Otherwise it is the author's:
// "held in Denver Plumbing Services Ankara" keeps its "in", "looked around
// for", "log in and" their particle, "Info about ... can be found" its
// slot.
func (d *docWords) occurrence(i, j int, lead string) (int, float64) {
	from := d.occurrenceFrom(i, j, lead)
	return from, d.insertionScore(from, j)
}

// occurrenceFrom is where occurrence begins the removal, without its score.
func (d *docWords) occurrenceFrom(i, j int, lead string) int {
	if i == 0 || d.toks.nl(i) || !preposition(d.toks, i-1) || j >= d.toks.len() || !d.toks.word(j) || d.toks.nl(j) {
		return i
	}
	withPrep, without := d.join(i, j), d.join(i-1, j)
	if d.toks.lower(i-1) == lead && without > clearlyBroken {
		return i - 1
	}
	// Where the preposition opens a phrase (after a comma, a dash, at a
	// sentence start), it belongs to no word before it; elsewhere only
	// where it does not pair with the word before it ("engaged in", "lived
	// in" do) and its removal leaves a clear pair ("would be called").
	opens := i == 1 || d.toks.nl(i-1) || !d.toks.word(i-2)
	if opens && withPrep < clearlyBroken && without > readsOn || !opens && withPrep < readsOn && without > readsClearly && !pairsBefore(d.toks, i-1) {
		return i - 1
	}
	return i
}

// How well the words on each side of a removal join (join, log odds):
// below clearlyBroken no English, above readsOn English, above
// readsClearly a pair English is made of.
const (
	clearlyBroken = -3
	readsOn       = -0.5
	readsClearly  = 3
)

// pairsBefore: the word before token p and p are a pair of English more
// often than chance ("engaged in"), or too rare to say.
func pairsBefore(toks *tokens, p int) bool {
	a, ok := lexicon.PairAssociation(toks.lower(p-1), toks.lower(p))
	return !ok || a > 0
}

// join is how well the word before token i and token j follow each other
// once [i, j) is gone, against chance (log odds, tags and word pairs as in
// insertionScore).
func (d *docWords) join(i, j int) float64 {
	prev, next := d.tagBefore(i), d.tagAfter(j)
	s := math.Log(lexicon.TagNext(prev, next) / lexicon.TagFreq(next))
	if i > 0 && j < d.toks.len() && d.toks.word(i-1) && d.toks.word(j) && !d.toks.nl(i) && !d.toks.nl(j) {
		if w, ok := lexicon.PairAssociation(d.toks.lower(i-1), d.toks.lower(j)); ok {
			s += wordWeight * w
		}
	}
	return s
}

// leadOf is the preposition before two or more occurrences of g, the
// most often (none on a tie): a spinner repeats its keyword as it wrote
// it, an author's preposition before it twice is a coincidence.
func leadOf(toks *tokens, g *gram) string {
	lead, most, tie := "", 1, false
	for k, i := range g.at {
		if i == 0 || toks.nl(i) || !preposition(toks, i-1) {
			continue
		}
		n := 1
		for _, p := range g.at[k+1:] {
			if p > 0 && !toks.nl(p) && toks.lower(p-1) == toks.lower(i-1) {
				n++
			}
		}
		switch {
		case n > most:
			lead, most, tie = toks.lower(i-1), n, false
		case n == most && toks.lower(i-1) != lead:
			tie = true
		}
	}
	if tie {
		return ""
	}
	return lead
}

// headNounLast: the last of the n words at tokens i.. can head a noun
// phrase (a noun or gerund, a word the corpus lacks), or is a sales
// qualifier ("cheap", "online"), "me" after "near", or a name after a
// trade word ("Dallas").
func headNounLast(toks *tokens, i, n int) bool {
	k := i + n - 1
	t := k
	switch {
	case toks.lex(t) == nil || toks.lex(t).Count == 0 || shapeTag(toks.lex(t).Tag()) && toks.lex(t).Tag() != "jj":
		return true
	case toks.cls(t)&clSales != 0 || toks.lower(t) == "me" && toks.cls(k-1)&clNear != 0:
		return true
	}
	return nameWord(toks, t) && (commercial(toks, k-1) || learned(toks, k-1))
}

// ledAway: the preposition before tokens [i, j) goes with them
// (occurrence): a place it leads ("in Turkey Lawyer Law") is the edge of
// the keyword, as a place after a trade word is.
func ledAway(d *docWords, i, j int) bool {
	return d.occurrenceFrom(i, j, "") < i
}

// preposition: a word the corpus tags as one ("in", "for", "with").
func preposition(toks *tokens, i int) bool {
	return toks.word(i) && toks.lex(i) != nil && toks.lex(i).Tag() == "in"
}

// wholeThreshold: the whole keyword goes unless the sentence clearly needs
// it ("The Roofing Contractor Denver hired said ..." reads on, "the said"
// would not).
const wholeThreshold = -6

// rareWord: words the corpus has fewer times than this (per million words,
// about a hundred) say what a text is about.
const rareWord = 100

// functionWordsOnly: tokens [i, j) are function words, none of them a
// word that qualifies a product ("near me").
func functionWordsOnly(toks *tokens, i, j int) bool {
	for t := i; t < j; t++ {
		if !toks.fn(t) || toks.cls(t)&clSales != 0 {
			return false
		}
	}
	return true
}

// subphraseAt reports whether n consecutive words of kw (starting at the
// returned offset in kw) stand at tokens i.. on one line, none settled
// (nil: none is); -1 if not.
func subphraseAt(toks *tokens, settled []bool, i int, kw []string, n int, fold bool) int {
	if i+n > toks.len() {
		return -1
	}
	for k := 0; k+n <= len(kw); k++ {
		ok := true
		for j := 0; j < n; j++ {
			t := i + j
			if settled != nil && settled[i+j] || !toks.word(t) || toks.text(t) != kw[k+j] && !(fold && strings.EqualFold(toks.text(t), kw[k+j])) || j > 0 && toks.nl(t) {
				ok = false
				break
			}
		}
		if ok {
			return k
		}
	}
	return -1
}

// sameCase reports whether tokens i.. are written as ws, the first one's
// capital aside where it begins a sentence.
func sameCase(toks *tokens, i int, ws []string) bool {
	for j, w := range ws {
		t := toks.text(i + j)
		if t != w && !(j == 0 && startsSentence(toks, i) && strings.EqualFold(t, w)) {
			return false
		}
	}
	return true
}

// phraseRemoval: the phrase with the space after it, or before it when
// punctuation or a line end follows.
func phraseRemoval(text string, toks *tokens, i, j int) (int, int) {
	s, e := toks.start(i), toks.end(j-1)
	if j < toks.len() && toks.word(j) && !toks.nl(j) && toks.start(j) > e {
		return s, toks.start(j)
	}
	if i > 0 && !toks.nl(i) && toks.end(i-1) < s {
		return toks.end(i - 1), e
	}
	return s, e
}

// mentionedTwice reports whether one of kw's words rarer than rarer occurs
// twice on its own: outside skipped tokens and outside runs of kw.
func (d *docWords) mentionedTwice(skip []bool, kw []string, rarer int) bool {
	for _, w := range kw {
		if len(w) <= 3 || wordCount(w) >= rarer {
			continue
		}
		k := keyOf(stem(strings.ToLower(w)))
		if d.count(k) < 2 {
			continue
		}
		// A capitalised word is mentioned where it is capitalised inside
		// a sentence: "turkeys" do not make a text about Turkey.
		titled := w != strings.ToLower(w)
		mentions := 0
		for _, p := range d.positions(k) {
			if p := int(p); !skip[p] && !inRun(d.toks, kw, p) && (!titled || d.toks.capital(p) && !startsSentence(d.toks, p)) {
				mentions++
			}
		}
		if mentions >= 2 {
			return true
		}
	}
	return false
}

// inRun reports whether token p lies in a run of two or more consecutive
// words of kw. Every such run holds p and a neighbour, in the order of two
// consecutive words of kw: only those pairs are tried.
func inRun(toks *tokens, kw []string, p int) bool {
	if len(kw) < 2 || !toks.word(p) {
		return false
	}
	is := func(t int, w string) bool {
		return toks.word(t) && (toks.text(t) == w || strings.EqualFold(toks.text(t), w))
	}
	for k, w := range kw {
		if !is(p, w) {
			continue
		}
		if k > 0 && p > 0 && !toks.nl(p) && is(p-1, kw[k-1]) ||
			k+1 < len(kw) && p+1 < toks.len() && !toks.nl(p+1) && is(p+1, kw[k+1]) {
			return true
		}
	}
	return false
}

// wordCount is the corpus count of a word or of its singular.
func wordCount(w string) int {
	l := strings.ToLower(w)
	c := lexicon.Count(l)
	if st := stem(l); st != l {
		c = max(c, lexicon.Count(st))
	}
	return c
}

const clearlyRare = 20

// ---- keywords without a template ----

// gram is a run of words weighed as a keyword: the same words (in any case)
// at every occurrence.
type gram struct {
	words []string // as first written
	at    []int    // token index of each occurrence
	feats gramFeatures
	ev    float64 // the keyword model's log odds
	why   string
	// learned: no word of the niches, only learned words of trade; such
	// a gram needs the model's learnedBar.
	learned bool
}

// Features of the keyword model (model.go); gramFeatureNames follows the
// same order.
const (
	gBias = iota
	gGrammar
	gGrammarMin
	gOccurrences
	gSales
	gUnknown
	gTitle
	gNames
	gNamed
	gWords
	gPlainEdge
	gNiche
	gGrammarMax
	gPieces
	gOddCaps
	gPlaced
	nGramFeatures
)

var gramFeatureNames = [nGramFeatures]string{"bias", "grammar", "grammar_min", "log_occurrences", "sales_terms",
	"unknown_word", "title_case", "all_names", "named_share", "words", "plain_edge", "niche_share", "grammar_max",
	"log_pieces", "odd_capitals", "placed"}

type gramFeatures [nGramFeatures]float64

// gramWeights add the evidence up, as log odds: each occurrence's
// insertion score (clipped, summed: "grammar"), a point for each term of
// the trade beyond the first, for a word English lacks, for anchor-text
// Title Case, for a place or brand after a trade word ("casino Malaysia"),
// for pieces of the phrase standing elsewhere, for repeating
// it whole (one and a half per unit of log occurrences); less for a name,
// for an author's word at its edge. They are set by reason, not fitted:
// the generated keywords of the training set are too alike for a fit to
// learn more than their quirks (a fit gave Title Case and length negative
// weights). The trainer sets the bar (gramBar) above every clean text's
// grams.
var gramWeights = gramFeatures{
	gBias: -3, gGrammar: 1, gOccurrences: 1.5, gSales: 1, gUnknown: 1, gTitle: 1, gOddCaps: 0.5, gPieces: 1, gPlaced: 1,
	gNamed: -2, gNames: -1.5, gPlainEdge: -1,
}

// keywordsWithoutTemplate finds the keyword families a template-less spinner
// pushed into the text: runs of two to six words around a word of what link
// spam sells (niches.go), in anchor-text shape, foreign to the text, out of
// place where they stand, weighed by the keyword model (model.go). Evidence
// adds up over a gram's occurrences, so one that happens to read well
// vetoes nothing. It returns the families found, the suspects (evidence
// short of removal), the strongest evidence seen (for the score) and every
// gram weighed.
func keywordsWithoutTemplate(d *docWords, settled []bool, known []family, m *model) ([]family, []Suspect, float64, []*gram) {
	toks := d.toks
	knownWords := map[string]bool{}
	for _, f := range known {
		for _, x := range f.words {
			knownWords[strings.ToLower(x)] = true
		}
	}
	seeds := func(i int) bool {
		// commercial or learned: a word of the niches or a learned one
		// (one bit test), or the end of a niche pair.
		return !settled[i] && (toks.cls(i)&(clNiche|clLearned) != 0 || commercial(toks, i)) && (len(knownWords) == 0 || !knownWords[toks.lower(i)])
	}
	// Unless every gram is to be heard (explainGram, keepRejected), runs
	// that keywordEvidence rules out by their first word alone are not
	// keyed: that word is the same at every occurrence of a spelling. A
	// sales word may still be taken in by a family (oneMoreTradeWord).
	all := explainGram != nil || keepRejected
	runs := runPool.Get().(*runTable)
	defer runs.release()
	runs.reset(toks.len())
	// inRun: token k may stand in a run from token a: a word on a's line,
	// not removed, that may shape a keyword by itself (keywordShapedAt
	// less the word pairs and link words, which it lets through), and no
	// word of a keyword a call to action found (its family's removal
	// takes care of it).
	inRun := func(k, a int) bool {
		return !settled[k] && toks.word(k) && !(k > a && toks.nl(k)) && (toks.cls(k)&clMayShape != 0 || toks.capital(k)) &&
			(len(knownWords) == 0 || !knownWords[toks.lower(k)])
	}
	lastSeed := -1
	for i, c := range toks.classes {
		// (A seed has one of these classes: most words are passed over
		// by this test alone.)
		if c&(clNiche|clLearned|clPairSecond) == 0 || !seeds(i) {
			continue
		}
		// Runs that hold token i and no seed before it (those were
		// weighed with the earlier seed).
		for a := max(0, i-5, lastSeed+1); a <= i; a++ {
			if !all && functionLed(toks, a) && formClass(toks, a)&clSales == 0 {
				continue
			}
			key, keyed, checked := uint64(0), false, a
			for b := i + 1; b <= min(toks.len(), a+6); b++ {
				if b-a < 2 {
					continue
				}
				for ; checked < b && inRun(checked, a); checked++ {
				}
				if checked < b {
					break // and so does every longer run from a
				}
				// Evidence is weighed per spelling: the author's "life
				// insurance" is not the name "Metropolitan Life Insurance
				// Co."; the family then takes in every case.
				if keyed {
					key = extendKey(key, toks.text(b-1))
				} else {
					key, keyed = exactKey(d.toks, a, b), true
				}
				runs.add(key, a, b-a)
			}
		}
		lastSeed = i
	}
	// A spelling the cheaper tests rule out is not made a gram (most
	// are), unless every gram is to be heard.
	grams := runs.grams(d, !all)
	strongest := math.Inf(-1)
	var found, weak, weighed []*gram
	for _, g := range grams {
		sort.Ints(g.at)
		ok, why := keywordEvidence(d, g)
		if !ok {
			g.ev, g.why = math.Inf(-1), why
			if explainGram != nil {
				explainGram(g, ok)
			}
			if keepRejected {
				weighed = append(weighed, g)
			}
			continue
		}
		g.ev = dot(m.gram[:], g.feats[:])
		g.why = why
		if explainGram != nil {
			explainGram(g, ok)
		}
		weighed = append(weighed, g)
		strongest = max(strongest, g.ev-m.barOf(g)+m.gramBar)
		switch {
		case g.ev >= m.barOf(g):
			found = append(found, g)
		case g.ev >= suspectBar+m.barOf(g)-m.gramBar:
			weak = append(weak, g)
		}
	}
	taken := d.marks(2)
	var out []family
	var allGrams []*gram // every spelling's, where one is ruled out unweighed
	for _, g := range bestRuns(slices.Clone(found), taken) {
		// A run found whose edge is the author's is the keyword it holds.
		for _, h := range found {
			if len(h.words) < len(g.words) && holds(g.words, h.words) && authorsEdge(d, g, h) {
				g = h
				break
			}
		}
		// The family is the longest keyword found that holds this run
		// ("in Turkey Lawyer Law Firm" for "Lawyer Law Firm", "best CBD
		// gummies" for "best CBD"), made of anchor-text words only.
		best := g
		for _, h := range found {
			if len(h.words) > len(best.words) && holds(h.words, g.words) && h.feats[gPlainEdge] == 0 && keywordWordsOnly(d, h) && !authorsEdge(d, h, g) {
				best = h
			}
		}
		// One more sales word beside a trade word of it, where the longer
		// phrase stands ("best" before "online casino"), is the keyword's.
		for range 2 {
			if allGrams == nil {
				allGrams = runs.grams(d, false)
			}
			for _, h := range allGrams {
				if len(h.words) == len(best.words)+1 && holds(h.words, best.words) && oneMoreTradeWord(h.words, best.words) {
					best = h
					break
				}
			}
		}
		out = append(out, family{words: best.words, lead: leadOf(toks, best), why: fmt.Sprintf("no call to action: %s (log odds %.1f)", g.why, g.ev)})
	}
	var sus []Suspect
	for _, g := range bestRuns(weak, taken) {
		for _, i := range g.at {
			sus = append(sus, Suspect{Start: toks.start(i), End: toks.end(i + len(g.words) - 1),
				Reason: fmt.Sprintf("possible keyword, kept: %s, log odds %.1f short of %.1f", g.why, g.ev, m.barOf(g))})
		}
	}
	sort.Slice(sus, func(a, b int) bool { return sus[a].Start < sus[b].Start })
	return out, sus, strongest, weighed
}

// gramSlab hands out grams from blocks allocated together, small at first
// (a short text weighs a few), up to 256.
type gramSlab []gram

func (s *gramSlab) next() *gram {
	if len(*s) == cap(*s) {
		*s = make([]gram, 0, min(256, max(4, 2*cap(*s))))
	}
	*s = append(*s, gram{})
	return &(*s)[len(*s)-1]
}

// formMayShape: a word of this form may stand in an anchor keyword
// (keywordShaped may accept it), whatever its case; a capitalised word
// always may. From the form's classes, lexicon entry and lower-cased
// spelling alone, so that it is kept with the lexicon's forms (clsKeys) and
// with each token (token.shape).
func formMayShape(cls class, lex *lexicon.Stats, lower string) bool {
	if cls&(clNiche|clLearned|clSales|clPairFirst|clPairSecond) != 0 || lex == nil || lex.Count == 0 || linkWords[lower] {
		return true
	}
	switch lex.Tag() {
	case "nn", "nns", "np", "nps", "jj", "vbg":
		return true
	}
	return false
}

// keepRejected, where set (the trainer's diagnosis), returns the grams
// rejected by their shape among those weighed.
var keepRejected bool

// explainGram, where set (Explain), hears every gram weighed.
var explainGram func(g *gram, ok bool)

// Log odds needed to remove a keyword family without a template (gramBar,
// in model.go: the trainer sets it above every gram of the clean training
// texts), and to report one as a suspect.
const suspectBar = -2

// oneMoreTradeWord: long is short with one sales word more at an edge
// ("best", "online", "cheap"), next to a trade word of short. A niche noun
// there may be the author's ("the clinic" before "crypto trading bot").
func oneMoreTradeWord(long, short []string) bool {
	n := len(long)
	sales := func(k int) bool { return classOf[strings.ToLower(long[k])]&clSales != 0 }
	switch {
	case strings.EqualFold(long[1], short[0]) && holds(long[1:], short):
		return sales(0) && tradeLike(long, 1)
	case strings.EqualFold(long[0], short[0]):
		return sales(n-1) && tradeLike(long, n-2)
	}
	return false
}

// tradeLike: word k of words is a word of what link spam sells or of its
// shape (a trade or sales word, or a word linking them).
func tradeLike(words []string, k int) bool {
	l := strings.ToLower(words[k])
	c := classOf[l]
	return c&(clNiche|clPairFirst|clPairSecond|clSales) != 0 || linking(words, k)
}

// tradeLikeAt is tradeLike of the n words at tokens i.., word k, from the
// token's classes where its text is ASCII (lower-cased as strings.ToLower
// would).
func tradeLikeAt(toks *tokens, i, n, k int) bool {
	return formClass(toks, i+k)&(clNiche|clPairFirst|clPairSecond|clSales) != 0 || linkingAt(toks, i, n, k)
}

// formClass is classOf[strings.ToLower(t.text)]: the token's classes
// where its text is ASCII (its lower-cased form is then the same).
func formClass(toks *tokens, i int) class {
	// (A word the model flags neither NonASCII nor Joined is ASCII.)
	if toks.t[i].Flags&(doc.NonASCII|doc.Joined) == 0 || isASCII(toks.text(i)) {
		return toks.cls(i)
	}
	return classOf[strings.ToLower(toks.text(i))]
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// keywordWordsOnly: every word of h is a trade word, a name, or a word
// linking them ("in", "for", "near me").
func keywordWordsOnly(d *docWords, h *gram) bool {
	for k := range h.words {
		i := h.at[0] + k
		t := i
		if !commercial(d.toks, i) && d.toks.cls(t)&clSales == 0 && !nameWord(d.toks, t) && !d.toks.capital(t) && !linking(h.words, k) {
			return false
		}
	}
	return true
}

// holds reports whether the words of part stand in whole, in a row, in any
// case.
func holds(whole, part []string) bool {
	for k := 0; k+len(part) <= len(whole); k++ {
		ok := true
		for j, w := range part {
			if !strings.EqualFold(whole[k+j], w) {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// exactKey hashes the words of tokens [a, b) as written (FNV-1a, a space
// between words): grams are weighed per spelling.
func exactKey(toks *tokens, a, b int) uint64 {
	h := uint64(fnvOffset)
	for k := a; k < b; k++ {
		if k > a {
			h = (h ^ ' ') * fnvPrime
		}
		h = hashOn(h, toks.text(k))
	}
	return h
}

// extendKey is exactKey of a run one word longer, from the run's key.
func extendKey(h uint64, w string) uint64 {
	return hashOn((h^' ')*fnvPrime, w)
}

func hashOn(h uint64, w string) uint64 {
	for i := 0; i < len(w); i++ {
		h = (h ^ uint64(w[i])) * fnvPrime
	}
	return h
}

// bestRuns picks, strongest first (longer first on a tie), the grams that
// neither overlap nor touch each other or a run already taken, and marks
// them taken.
func bestRuns(gs []*gram, taken []bool) []*gram {
	sort.SliceStable(gs, func(a, b int) bool {
		if gs[a].ev != gs[b].ev {
			return gs[a].ev > gs[b].ev
		}
		if len(gs[a].words) != len(gs[b].words) {
			return len(gs[a].words) > len(gs[b].words)
		}
		return gs[a].at[0] < gs[b].at[0]
	})
	var out []*gram
	for _, g := range gs {
		free := true
		n := len(g.words)
		for _, i := range g.at {
			for k := max(0, i-1); k < min(len(taken), i+n+1); k++ {
				free = free && !taken[k]
			}
		}
		if free {
			for _, i := range g.at {
				for k := i; k < i+n; k++ {
					taken[k] = true
				}
			}
			out = append(out, g)
		}
	}
	return out
}

// functionLed: a run of words that starts with token w is no keyword
// (keywordEvidence): w is a function word other than "near".
func functionLed(toks *tokens, i int) bool {
	return toks.fn(i) && toks.cls(i)&clNear == 0
}

// verbAt: token t is a verb as the corpus tags its form most often (base,
// present, past, a modal, be, have, do).
func verbAt(toks *tokens, t int) bool {
	lex := toks.lex(t)
	if lex == nil {
		return false
	}
	switch tag := lex.Tag(); tag {
	case "vb", "vbz", "vbd", "md":
		return true
	default:
		return strings.HasPrefix(tag, "be") || strings.HasPrefix(tag, "hv") || strings.HasPrefix(tag, "do")
	}
}

// subjectSomewhere: at one of g's occurrences the keyword opens a sentence
// and a verb in small letters follows it ("Payday loans remain popular"):
// the author's sentence is about it. A spinner pushes a keyword between
// the words of a sentence it leaves whole, never in front of its verb.
func (d *docWords) subjectSomewhere(g *gram) bool {
	n, toks := len(g.words), d.toks
	// (Every spelling: "Payday loans" opens the sentence where "payday
	// loans" is weighed.)
	for _, p := range d.positions(toks.key(g.at[0])) {
		i, j := int(p), int(p)+n
		if j >= toks.len() || subphraseAt(toks, nil, i, g.words, n, true) != 0 {
			continue
		}
		if startsSentence(toks, i) && toks.word(j) && !toks.capital(j) && !toks.nl(j) && verbAt(toks, j) {
			return true
		}
	}
	return false
}

// keywordEvidence decides whether gram g can be a keyword a spinner pushed
// in, and fills in its features: how far out of place it is at each
// occurrence (summed, each clipped, so that no occurrence vetoes the
// others, and the worst), how often it occurs, what it is made of (terms
// of the trade, a word English does not have, Title Case common nouns
// inside sentences, names). It cannot be one (false) where its shape is
// the author's: words the text uses elsewhere, a title before a name, part
// of a longer name at every occurrence, no anchor-text shape.
func keywordEvidence(d *docWords, g *gram) (bool, string) {
	toks := d.toks
	n := len(g.words)
	// Keywords are noun phrases; a function word may lead only a location
	// qualifier ("near me"). A preposition before one is weighed with
	// each occurrence (leadingPreposition), not as a keyword of its own.
	if functionLed(toks, g.at[0]) {
		return false, "starts with a function word"
	}
	for _, i := range g.at {
		if !insideAt(toks, i, n) {
			return false, "not inside a sentence"
		}
	}
	if !keywordShapedAt(toks, g.at[0], n) {
		return false, "not anchor-text shaped"
	}
	if len(g.at) == 1 && !edgesOwn(d, g.at[0], n, g.learned) {
		return false, "an edge word is the author's"
	}
	if g.learned && len(g.at) == 1 {
		// Words only learned to be of trade, said once, are as likely the
		// author's name for something ("the Scout Service uniform").
		return false, "said once, in words only learned to be of trade"
	}
	if g.learned && !headNounLast(toks, g.at[0], n) {
		// A product or service is a noun phrase, its head noun last (or a
		// place, "online", "near me" after it): "Garden Fresh", a horse,
		// ends in an adjective.
		return false, "no noun phrase"
	}
	if closedBy(toks, g) {
		// Always followed or preceded by the same word: part of a longer
		// phrase, which is weighed on its own ("buy instagram" of "buy
		// instagram likes").
		return false, "part of a longer phrase"
	}
	if titleBeforeName(toks, g) {
		return false, "a title before a name"
	}
	// (foreignWords, the cheaper test, first: it turns away most grams.)
	if !foreignWords(d, g) {
		return false, "its words occur elsewhere in the text"
	}
	if d.subjectSomewhere(g) {
		return false, "the subject of a sentence"
	}
	if d.aboutItsTrade(g) {
		// Another word of the keyword's niche stands in the text
		// ("lenders" beside "payday loans", "term papers" beside "essay
		// writing services"): the text is about that trade, and the
		// keyword is its subject, not anchor text dropped into it.
		return false, "the text is about its trade"
	}
	named, embedded := namedOccurrences(toks, g)
	if embedded == len(g.at) || named == len(g.at) && len(g.at) > 1 {
		return false, "part of a name"
	}
	names, title, unknown, niche, oddCaps := 0, 0, 0, 0, 0
	for k, w := range g.words {
		if strings.ContainsFunc(w, unicode.IsDigit) || strings.ContainsAny(w, "'’.") {
			return false, "a number, possessive or abbreviation"
		}
		r, _ := utf8.DecodeRuneInString(w)
		upper := unicode.IsUpper(r)
		if upper {
			if st, ok := lexicon.Lookup(w); !ok || st.CapRatio() >= 0.3 {
				names++
			}
		}
		if titleWord(w) && !(k == 0 && startsSentence(toks, g.at[0])) {
			title++
		}
		if (!upper || strings.ToUpper(w) == w) && !lexicon.Known(w) {
			unknown++
		}
		if commercial(toks, g.at[0]+k) || g.learned && learned(toks, g.at[0]+k) {
			niche++
		}
		// Capitalised inside a sentence where English never capitalises
		// the word ("Dentist Near Me"): anchor text's Title Case.
		if t := g.at[0] + k; toks.capital(t) && !(k == 0 && startsSentence(toks, g.at[0])) && toks.lex(t) != nil && toks.lex(t).CapRatio() < 0.05 && toks.lex(t).Count >= 20 {
			oddCaps++
		}
	}
	if len(g.at) == 1 && unknown == 0 && title < 2 && oddCaps < 2 && !placedName(toks, g) {
		// Said once, a phrase of common words is the author's even where
		// it names a product ("risk and insurance services firm").
		return false, "said once, in common words"
	}
	f := &g.feats
	f[gBias] = 1
	lo, hi := math.Inf(1), math.Inf(-1)
	lead := leadOf(toks, g)
	outOfPlace, inPlace := 0, 0
	for _, i := range g.at {
		// Out of place alone or with the preposition before it, whichever
		// is more, where the sentence reads better without the preposition
		// too: the spinner's insertion may have held it.
		s, join := d.insertionScore(i, i+n), d.join(i, i+n)
		if from := d.occurrenceFrom(i, i+n, lead); from < i {
			if led := d.join(from, i+n); led > join {
				s, join = max(s, d.insertionScore(from, i+n)), led
			}
		}
		if t := d.tagAfter(i + n); g.learned && (t == "nn" || t == "nns") {
			// Before a noun the phrase may modify it ("imported consumer
			// electronics goods"), and any modifier leaves a sentence that
			// reads well without it: little evidence either way. (The
			// niches' keywords are weighed as the development set was.)
			s = min(s, 1)
		}
		f[gGrammar] += min(4, max(-2, s))
		lo, hi = min(lo, s), max(hi, s)
		// Rule NEEDED-WHERE-IT-STANDS: where the sentence reads far worse
		// without the phrase (and its preposition, where that reads
		// better) than chance ("Port it to Argument Clinic." leaves "to
		// ."), the sentence needs it: a spinner pushes its keyword into a
		// sentence that read well before.
		if s < inPlaceBar || versionAfter(toks, i+n) || join < readsBadly {
			inPlace++
		}
		// A run of learned words counts its repetition where it is out of
		// place, more than a modifier before a noun: an author's term
		// repeated where the grammar wants it ("crown gall tissue", seven
		// times) is no evidence. (The niches' keywords count every one.)
		if s > 1 || !g.learned {
			outOfPlace++
		}
	}
	if hi <= 0 || f[gGrammar] <= 0 {
		// Nowhere clearly out of place: the author's words.
		return false, "reads well where it stands"
	}
	if 2*inPlace >= len(g.at) {
		// At half its places or more just where the grammar wants a noun
		// phrase ("travel abroad for dental implants, where", "the
		// follow-up care for dental implants is"), or named with its
		// version ("Visual Studio 2019"): the text's own subject. A
		// spinner's insertions at random gaps between words land so once
		// in a while, not again and again.
		return false, "where the grammar wants it, at half its places or more"
	}
	f[gGrammarMin] = min(4, max(-4, lo))
	f[gGrammarMax] = min(4, max(-4, hi))
	f[gPieces] = math.Log(1 + float64(pieces(toks, g)))
	f[gOddCaps] = float64(min(3, oddCaps))
	f[gPlaced] = b2f(placedName(toks, g))
	f[gOccurrences] = math.Log(float64(max(1, outOfPlace)))
	f[gSales] = float64(min(3, salesTerms(g.words)))
	f[gUnknown] = b2f(unknown > 0)
	f[gTitle] = b2f(title >= 2)
	f[gNames] = b2f(names == n)
	f[gNamed] = float64(named) / float64(len(g.at))
	f[gWords] = float64(n)
	f[gPlainEdge] = b2f(plainWord(g.words[0], g.learned) || plainWord(g.words[n-1], g.learned))
	f[gNiche] = float64(niche) / float64(n)
	return true, fmt.Sprintf("a product or service foreign to the text, out of place %.1f over %d", f[gGrammar], len(g.at))
}

// versionAfter: token j, right after an occurrence on its line, is a
// number, the version or model of the product named ("Visual Studio
// 2019", "Windows 10"): the author's reference to it. A spinner pushes a
// keyword between two words.
func versionAfter(toks *tokens, j int) bool {
	if j >= toks.len() || toks.nl(j) || !toks.word(j) {
		return false
	}
	w := toks.text(j)
	return w[0] >= '0' && w[0] <= '9'
}

// inPlaceBar is the insertion score below which an occurrence stands where
// the sentence wants it.
const inPlaceBar = -2

// readsBadly is the join (log odds against chance) below which a sentence
// without the phrase reads as no sentence: its words meet a twentieth as
// often as chance would have them, or less (e^-3).
const readsBadly = -3

// insideAt: the n words at token i stand inside a sentence, a word or a
// comma on each side on their line; before them, a dash goes on a
// sentence too (rule INSIDE-AFTER-DASH: "hit him -- buy instagram
// followers and"). (Not a closing quotation mark or bracket: a term after
// a quoted name is the name's, "fruity" vim theme.)
func insideAt(toks *tokens, i, n int) bool {
	j := i + n
	return !(i == 0 || toks.nl(i) || !toks.word(i-1) && toks.text(i-1) != "," && !dashInLine(toks, i-1) || j >= toks.len() || toks.nl(j) || !toks.word(j) && !toks.sentenceEnd(j) && toks.text(j) != ",")
}

// dashInLine: token p is a dash (-, --, —, –) after a word on its line,
// no list's bullet ("- File Roller 3.42").
func dashInLine(toks *tokens, p int) bool {
	dash := func(k int) bool {
		switch toks.text(k) {
		case "-", "--", "—", "–":
			return true
		}
		return false
	}
	if !dash(p) {
		return false
	}
	for p > 0 && dash(p-1) && !toks.nl(p) {
		p--
	}
	return p > 0 && !toks.nl(p) && toks.word(p-1)
}

// edgesOwn: the edge words of the n words at token i are a keyword's own,
// as a keyword said once must have them: a trade word, a link, a common
// noun in Title Case first ("Kitchen") that the text does not use in lower
// case (plainElsewhere), or a place after a trade word last ("Denver",
// not an acronym of four letters: longAcronym); the author's word beside
// it ("geek Plumber Near Me", "Lubavitcher Dentist Near Me Mama") is not.
// learnedRun: the words are learned words of trade only (gram.learned).
func edgesOwn(d *docWords, i, n int, learnedRun bool) bool {
	toks := d.toks
	for _, k := range []int{0, n - 1} {
		t := i + k
		own := tradeLikeAt(toks, i, n, k) || learnedRun && learned(toks, t) ||
			k == 0 && titleWord(toks.text(t)) && !plainElsewhere(toks, t) || k > 0 && nameWord(toks, t) && !longAcronym(toks.text(t)) && (commercial(toks, t-1) || learnedRun && learned(toks, t-1)) ||
			k == 0 && toks.capital(t) && ledAway(d, i, i+n)
		if !own {
			return false
		}
	}
	return true
}

// acronymWord: w is two capitals or more and nothing else (TLS, TCP).
func acronymWord(w string) bool {
	if len(w) < 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// longAcronym: w is four capitals or more (TDMA, HTTP), a technical term's
// letters, where a place a keyword ends in is a name (Denver) or a code of
// two or three (NYC).
func longAcronym(w string) bool { return len(w) >= 4 && acronymWord(w) }

// plainElsewhere: the word at token t stands elsewhere in the text in
// lower case, in any number ("arguments" beside "Argument Clinic"): the
// author's common noun, so that a phrase said once that it heads in Title
// Case is the author's name for something of the text's subject, not
// anchor text. (A spinner's keyword brings its words with it.)
func plainElsewhere(toks *tokens, t int) bool {
	s := stem(toks.lower(t))
	for p := range toks.len() {
		if p != t && toks.word(p) && !toks.capital(p) && stem(toks.lower(p)) == s {
			return true
		}
	}
	return false
}

// pieces counts the runs of two or more of g's words (in any case) that
// stand elsewhere than g's occurrences: the rest of its family.
func pieces(toks *tokens, g *gram) int {
	n := len(g.words)
	if n < 3 {
		return 0
	}
	own := map[int]bool{}
	for _, i := range g.at {
		for k := i; k < i+n; k++ {
			own[k] = true
		}
	}
	count := 0
	for i := 0; i < toks.len(); i++ {
		if own[i] || !toks.word(i) {
			continue
		}
		for m := n - 1; m >= 2; m-- {
			if subphraseAt(toks, nil, i, g.words, m, true) >= 0 {
				count++
				i += m - 1
				break
			}
		}
	}
	return count
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// plainWord: a lower-case content word that is neither a niche nor a sales
// word: the author's rather than anchor text, at a phrase's edge.
func plainWord(w string, learnedTrade bool) bool {
	l := strings.ToLower(w)
	r, _ := utf8.DecodeRuneInString(w)
	return !unicode.IsUpper(r) && !nicheWord(l) && !(learnedTrade && classOf[l]&clLearned != 0) && !salesWords[l] && lexicon.Known(l) && !functionTag(lexicon.Tag(l))
}

// aboutItsTrade reports whether the document holds a word or pair of a
// niche of g's words (nicheGroups) other than g's own words, in its prose
// (not in an address).
func (d *docWords) aboutItsTrade(g *gram) bool {
	own := map[string]bool{}
	groups := map[int]bool{}
	for k, w := range g.words {
		l := strings.ToLower(w)
		own[stem(l)] = true
		if n, ok := nicheGroupOf[stem(l)]; ok {
			groups[n] = true
		} else if n, ok := nicheGroupOf[l]; ok {
			groups[n] = true
		}
		if k+1 < len(g.words) {
			for n, ws := range nicheGroups {
				if slices.Contains(ws, l+" "+stem(strings.ToLower(g.words[k+1]))) {
					groups[n] = true
				}
			}
		}
	}
	// Rule TRADE-TALKED-OF: a word of the trade English says in passing
	// (Brown has it passingCount times or more: "diet", "hotel", "taxi"),
	// named once or twice, does not make the text about the trade ("she's
	// on a diet" in a detective story beside "best CBD gummies"); a word
	// only the trade says ("lenders", "gummies"), or one named three
	// times, does.
	for n := range groups {
		for _, w := range nicheGroups[n] {
			first, second, pair := strings.Cut(w, " ")
			first, second = stem(first), stem(second)
			if own[first] || pair && own[second] {
				continue
			}
			k := keyOf(first)
			if d.count(k) == 0 {
				continue
			}
			uses, passing := 0, false
			for _, p := range d.positions(k) {
				if p := int(p); !nearOccurrence(g, p) && !inAddress(d.toks, p) && (!pair || p+1 < d.toks.len() && d.toks.word(p+1) && stem(d.toks.lower(p+1)) == second) {
					if uses == 0 {
						lex := d.toks.lex(p)
						passing = !pair && lex != nil && lex.Count >= passingCount
					}
					uses++
				}
			}
			if uses > 0 && (!passing || uses >= 3) {
				return true
			}
		}
	}
	return false
}

// passingCount: a word Brown's million words say this often may be said in
// passing by any text (TRADE-TALKED-OF).
const passingCount = 10

// inAddress: token p is part of an address (a URL's "&slot=3", an
// e-mail address), no word of the text's prose.
func inAddress(toks *tokens, p int) bool {
	a, b := toks.start(p), toks.end(p)
	for a > 0 && !isSpace(toks.src[a-1]) {
		a--
	}
	for b < len(toks.src) && !isSpace(toks.src[b]) {
		b++
	}
	return hasAddress(toks.src[a:b])
}

// nearOccurrence: token p stands in or right beside an occurrence of g,
// where a longer run of the keyword holds it ("divorce" of "divorce lawyer
// near me" beside "lawyer near me").
func nearOccurrence(g *gram, p int) bool {
	n := len(g.words)
	for _, a := range g.at {
		if p >= a-1 && p <= a+n {
			return true
		}
	}
	return false
}

// closedBy reports whether every occurrence of g (two or more) has the same
// word after it, or the same word before it, on its line.
func closedBy(toks *tokens, g *gram) bool {
	if len(g.at) < 2 {
		return false
	}
	n := len(g.words)
	next, prev := true, true
	for _, i := range g.at {
		j, f := i+n, g.at[0]+n
		// So is a function word after it, unless the same word follows
		// that too ("Bank of America"): a phrase ending in one is no
		// keyword, and a common word after a keyword twice is chance
		// ("buy cheap viagra in" 1593, "... in" 1582: rule
		// FUNCTION-WORD-AFTER).
		if j >= toks.len() || f >= toks.len() || !toks.word(j) || toks.nl(j) || toks.lower(j) != toks.lower(f) ||
			toks.fn(f) && !sameAfter(toks, j, f) {
			next = false
		}
		// A function word before it is no part of a longer phrase: a
		// phrase led by one is not weighed on its own (a preposition is
		// weighed with each occurrence instead, occurrence; "to Botox
		// Clinic Manchester" twice is chance), but one led by the same two
		// words is ("Department of").
		p := g.at[0] - 1
		if i == 0 || p < 0 || !toks.word(i-1) || toks.nl(i) || toks.lower(i-1) != toks.lower(p) ||
			functionLed(toks, p) && !sameBefore(toks, i-1, p) {
			prev = false
		}
	}
	return next || prev
}

// sameAfter: the words after tokens j and f are the same, on their line.
func sameAfter(toks *tokens, j, f int) bool {
	return j+1 < toks.len() && f+1 < toks.len() && !toks.nl(j+1) && !toks.nl(f+1) && toks.word(j+1) && toks.word(f+1) && toks.lower(j+1) == toks.lower(f+1)
}

// sameBefore: the words before tokens i and p are the same, on their line.
func sameBefore(toks *tokens, i, p int) bool {
	return i > 0 && p > 0 && !toks.nl(i) && !toks.nl(p) && toks.word(i-1) && toks.lower(i-1) == toks.lower(p-1)
}

// placedName: a place or brand after a trade word ("casino Malaysia"), or
// after a phrase that holds one ("mortgage broker Toronto", "cosmetic
// dentistry Miami").
func placedName(toks *tokens, g *gram) bool {
	trade := false
	for k := 1; k < len(g.words); k++ {
		trade = trade || commercial(toks, g.at[0]+k-1)
		if trade && nameWord(toks, g.at[0]+k) {
			return true
		}
	}
	return false
}

// titleBeforeName: a trade word followed by a person's name, two capitalised
// words ("attorney Freddy Riedenschneider", "Town Solicitor Michael A.
// Abatuno"): a job title, the author's. A single capitalised word after it is
// as likely a keyword's place ("locksmith Brooklyn"). It must hold at half
// the occurrences or more: a keyword pushed once before a name ("Greg
// Attorney Houston Farrel") and twice elsewhere is no title.
func titleBeforeName(toks *tokens, g *gram) bool {
	titled := 0
	for _, i := range g.at {
		for k := i; k < i+len(g.words); k++ {
			if toks.cls(k)&(clNiche|clLearned) != 0 && k+2 < toks.len() &&
				nameWord(toks, k+1) && nameWord(toks, k+2) && !toks.nl(k+1) && !toks.nl(k+2) {
				titled++
				break
			}
		}
	}
	return titled > 0 && 2*titled >= len(g.at)
}

// nameWord: a capitalised word the corpus mostly capitalises, or lacks, or
// an initial ("A.").
func nameWord(toks *tokens, i int) bool {
	if !toks.word(i) || !toks.capital(i) {
		return false
	}
	lex, w := toks.lex(i), toks.text(i)
	return lex == nil || lex.CapRatio() >= 0.5 || len(w) == 2 && w[1] == '.'
}

// foreignWords reports whether the gram's words, other than function words
// and sales modifiers ("best", "online"), occur nowhere in the text outside
// runs of two or more of its words (its occurrences and its pieces'): a
// topic's words turn up on their own.
//
// A word of everyday English that is no word of the trade by itself
// ("control" of "pest control services", said once in "takes the control
// away") clashes only where no word of the niches in the gram is foreign:
// that word names the topic, the everyday word any text may use.
func foreignWords(d *docWords, g *gram) bool {
	lower := make([]string, len(g.words))
	for k := range g.words {
		lower[k] = d.toks.lower(g.at[0] + k)
	}
	everyday, niche := false, false
	// (The first word of a niche pair is one of the niches': "pest" of
	// "pest control".)
	nicheAt := func(k, t int) bool {
		return d.toks.cls(t)&clNiche != 0 || commercial(d.toks, t) ||
			k+1 < len(g.words) && commercial(d.toks, t+1) && d.toks.cls(t+1)&clNiche == 0
	}
	for k := range g.words {
		t := g.at[0] + k
		if d.toks.cls(t)&clSales != 0 || d.toks.fn(t) {
			continue
		}
		key := d.toks.key(t)
		if d.count(key) <= len(g.at)*countIn(d.toks, g.at[0], g.at[0]+len(g.words), key) {
			niche = niche || nicheAt(k, t)
			continue
		}
		// A capitalised keyword word clashes only with the same word
		// capitalised inside a sentence: a story about turkeys is not
		// about Turkey, nor one with "my lawyer" about "Lawyer Law Firm".
		// An acronym is one word in any case: "tls" of "tls.h" is the
		// "TLS" of "TLS slot".
		titled := d.toks.capital(t) && !(k == 0 && startsSentence(d.toks, g.at[0])) && !acronymWord(g.words[k])
		clash := false
		for _, p := range d.positions(key) {
			if p := int(p); !inRun(d.toks, lower, p) && !tradeRun(d.toks, p) && (!titled || d.toks.capital(p) && !startsSentence(d.toks, p)) {
				clash = true
				break
			}
		}
		switch {
		case !clash:
			niche = niche || nicheAt(k, t)
		case everydayWord(d.toks, t):
			everyday = true
		default:
			return false
		}
	}
	return !everyday || niche
}

// everydayWord: token t is a lower-case word of everyday English
// (everydayCount in Brown's million words) and no word of the niches by
// itself (the second word of a niche pair may be: "control" of "pest
// control"; so may a word only learned to be of trade, "service").
func everydayWord(toks *tokens, t int) bool {
	lex := toks.lex(t)
	return !toks.capital(t) && lex != nil && lex.Count >= everydayCount && toks.cls(t)&clNiche == 0
}

// everydayCount: a word said this often in Brown's million words (one in
// ten thousand: "control", "service", "help") is any text's.
const everydayCount = 100

// tradeRun: token p stands beside another word of what link spam sells
// ("loans online", a piece of "payday loans online"): not the author's
// use of the word.
func tradeRun(toks *tokens, p int) bool {
	trade := func(i int) bool {
		return i >= 0 && i < toks.len() && toks.word(i) && (commercial(toks, i) || toks.cls(i)&clSales != 0)
	}
	return trade(p) && (p > 0 && !toks.nl(p) && trade(p-1) || p+1 < toks.len() && !toks.nl(p+1) && trade(p+1))
}

// countIn counts the tokens in [from, to) whose key is k.
func countIn(toks *tokens, from, to int, k wordKey) int {
	n := 0
	for i := from; i < to; i++ {
		if toks.key(i) == k {
			n++
		}
	}
	return n
}

// titleWord: a common noun written with a capital ("Contractor").
func titleWord(w string) bool {
	if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
		return false
	}
	st, ok := lexicon.Lookup(w)
	return ok && st.CapRatio() < 0.3 && (st.Tag() == "nn" || st.Tag() == "nns" || st.Tag() == "vbg")
}

// namedOccurrences counts the occurrences with a capitalised word beside
// them inside a sentence, and those with one on both sides ("the Bay View
// Federal Savings and Loan Association").
func namedOccurrences(toks *tokens, g *gram) (named, embedded int) {
	for _, i := range g.at {
		j := i + len(g.words)
		prevCap := i > 0 && toks.word(i-1) && !toks.nl(i) && toks.capital(i-1) && !startsSentence(toks, i-1)
		nextCap := j < toks.len() && toks.word(j) && !toks.nl(j) && toks.capital(j)
		if prevCap || nextCap {
			named++
		}
		if prevCap && nextCap {
			embedded++
		}
	}
	return named, embedded
}

// runTable holds the runs of words keywordsWithoutTemplate keys: one entry
// per spelling, in the order first seen, with its occurrences.
type runTable struct {
	slots   []int32 // open addressing: an entry's index + 1, 0 for none
	mask    uint64
	entries []runEntry
	at      []int32 // each occurrence's first token
	next    []int32 // each occurrence's spelling's next occurrence, -1 for none
}

type runEntry struct {
	key         uint64
	n           int32 // words
	first, last int32 // its first and last occurrence (indexes of at)
	count       int32
}

var runPool = sync.Pool{New: func() any { return new(runTable) }}

// reset empties t for a text of n tokens.
func (t *runTable) reset(n int) {
	// Sized for the runs of a text of n tokens, at most 1<<14 at first: a
	// long text keys far fewer runs than half its tokens (a 15 MB one had
	// 8 MB of slots), and add grows the table.
	size := 64
	for size < min(n/2, 1<<14) {
		size <<= 1
	}
	if cap(t.slots) >= size {
		t.slots = t.slots[:size]
		clear(t.slots)
	} else {
		t.slots = make([]int32, size)
	}
	t.mask = uint64(size - 1)
	t.entries, t.at, t.next = t.entries[:0], t.at[:0], t.next[:0]
}

func (t *runTable) release() {
	if cap(t.slots) <= maxPooledTokens {
		runPool.Put(t)
	}
}

// add records the run of n words at token a, spelled as key says.
func (t *runTable) add(key uint64, a, n int) {
	if 2*(len(t.entries)+1) > len(t.slots) {
		t.grow()
	}
	o := int32(len(t.at))
	t.at, t.next = append(t.at, int32(a)), append(t.next, -1)
	for s := key & t.mask; ; s = (s + 1) & t.mask {
		e := t.slots[s]
		if e == 0 {
			t.entries = append(t.entries, runEntry{key: key, n: int32(n), first: o, last: o, count: 1})
			t.slots[s] = int32(len(t.entries))
			return
		}
		if r := &t.entries[e-1]; r.key == key {
			t.next[r.last], r.last = o, o
			r.count++
			return
		}
	}
}

func (t *runTable) grow() {
	t.slots = make([]int32, 2*len(t.slots))
	t.mask = uint64(len(t.slots) - 1)
	for k, r := range t.entries {
		s := r.key & t.mask
		for t.slots[s] != 0 {
			s = (s + 1) & t.mask
		}
		t.slots[s] = int32(k + 1)
	}
}

// ruledOut: keywordEvidence rules out the spelling r by tests of its words
// and of each occurrence's place, cheaper than the rest: its first word,
// its shape, an occurrence not inside a sentence, and, said once, its
// edge words or its learned words. (learnedRun: its words are learned
// words of trade only.)
func (t *runTable) ruledOut(d *docWords, r runEntry, learnedRun bool) bool {
	toks, a, n := d.toks, int(t.at[r.first]), int(r.n)
	// (The cheapest test first: most runs are said once.)
	if r.count == 1 && learnedRun || functionLed(toks, a) || !keywordShapedAt(toks, a, n) {
		return true
	}
	for o := r.first; o >= 0; o = t.next[o] {
		if !insideAt(toks, int(t.at[o]), n) {
			return true
		}
	}
	return r.count == 1 && !edgesOwn(d, a, n, learnedRun)
}

// grams makes a gram of each spelling, in the order first seen; where
// quick, not of one that keywordEvidence rules out by its cheaper tests
// (ruledOut).
func (t *runTable) grams(d *docWords, quick bool) []*gram {
	toks := d.toks
	var grams []*gram
	// Grams and their words are allocated in blocks: a long text weighs
	// thousands.
	var slab gramSlab
	var words []string
	var at []int
	for _, r := range t.entries {
		a, n := int(t.at[r.first]), int(r.n)
		learnedRun := true
		for k := a; k < a+n; k++ {
			learnedRun = learnedRun && !commercial(toks, k)
		}
		if quick && t.ruledOut(d, r, learnedRun) {
			continue
		}
		g := slab.next()
		g.learned = learnedRun
		if cap(words)-len(words) < n {
			// Blocks start small and double, as at's below.
			words = make([]string, 0, max(n, min(max(2*cap(words), 64), 1024)))
		}
		from := len(words)
		for k := a; k < a+n; k++ {
			words = append(words, toks.text(k))
		}
		g.words = words[from:len(words):len(words)]
		if cap(at)-len(at) < int(r.count) {
			// Blocks start small and double: a short text keys a
			// handful of grams.
			at = make([]int, 0, max(int(r.count), min(max(2*cap(at), 16), 1024)))
		}
		from = len(at)
		for o := r.first; o >= 0; o = t.next[o] {
			at = append(at, int(t.at[o]))
		}
		g.at = at[from:len(at):len(at)]
		grams = append(grams, g)
	}
	return grams
}
