// Package spam finds the link-spam payload of spun articles: call-to-action
// sentences that send the reader to a site under an anchor keyword, and the
// keyword pushed into ordinary sentences.
//
// It runs after the character stages, on the text a reader sees. Sentences
// are judged by a small logistic model over the roles of their words
// (cta.go, model.go); the keyword comes from the judged sentence's slot, or,
// without one, from what link spam sells (keyword.go), and its occurrences
// are told from the author's own words by part-of-speech statistics
// (phrase.go). A sentence goes whole or not at all; a keyword goes from a
// kept sentence only where the sentence reads on without it.
package spam

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/unspin/unspin/internal/doc"
	"github.com/unspin/unspin/internal/edit"
	"github.com/unspin/unspin/internal/lexicon"
	"golang.org/x/text/unicode/norm"
)

// Result is what Analyze found in one document.
type Result struct {
	Edits []edit.Edit // spam-sentence and spam-phrase removals
	Score float64     // 0..1, calibrated so 0.5 is a sensible cut
	// Suspects are phrases that may be inserted keywords but whose
	// evidence falls short of removal; nothing is done to them.
	Suspects []Suspect
	// Judged is false where the model has nothing to go on: a text that
	// is not English and holds no call to action. Score is then no
	// probability and should not be shown as one.
	Judged bool
}

// Suspect is a run of the analysed text, [Start, End) in bytes, that may be
// an inserted keyword.
type Suspect struct {
	Start, End int
	Reason     string
}

// NoEvidence is the score of an English text in which the pass finds
// nothing to weigh: every text for which Needed is false, and every one
// without a candidate sentence or keyword.
var NoEvidence = sigmoid(trained.doc[dBias])

// model holds the weights of the sentence model, the keyword model and
// the document score.
type model struct {
	sent [nFeatures]float64
	gram [nGramFeatures]float64
	doc  [nDocFeatures]float64
	// gramBar is the log odds a keyword without a template needs;
	// learnedBar, one made of learned words of trade only.
	gramBar, learnedBar float64
}

// barOf is the log odds gram g needs.
func (m *model) barOf(g *gram) float64 {
	if g.learned {
		return m.learnedBar
	}
	return m.gramBar
}

// trained is the model of model.go.
var trained = model{sent: sentenceWeights, gram: gramWeights, doc: docWeights, gramBar: gramBar, learnedBar: learnedBar}

// Analyze proposes removals for text whose character-level damage has already
// been repaired.
func Analyze(text string) Result {
	return analyze(text, &trained).Result
}

// analysis is a Result with what led to it.
type analysis struct {
	Result
	docX  []float64 // the features of the score
	grams []*gram   // keyword candidates weighed
	d     *docWords
}

// AnalyzeDoc is Analyze on the shared document model of the text.
func AnalyzeDoc(d *doc.Doc) Result { return AnalyzeNeeded(d, NeededDoc(d)) }

// analyzeDoc is the analysis of the document d under model m: one judgement
// of its language, the document model's.
func analyzeDoc(d *doc.Doc, m *model) analysis {
	if !NeededDoc(d) {
		return unneededDoc(d, m)
	}
	return analyzeTokens(d.Text, tokensOf(d), englishDoc(d), m)
}

// Unneeded is what Analyze returns for a text Needed turns away: no edits,
// no suspects, NoEvidence, judged where the text is English.
func Unneeded(text string) Result {
	return unneededDoc(doc.New(text), &trained).Result
}

func unneededDoc(d *doc.Doc, m *model) analysis {
	x := docFeatures(nil, math.Inf(-1), false)
	return analysis{Result: Result{Score: sigmoid(dot(m.doc[:], x)), Judged: englishDoc(d)}, docX: x}
}

// analyze returns the analysis of text under model m.
func analyze(text string, m *model) analysis {
	return analyzeDoc(doc.New(text), m)
}

// analyzeTokens is the whole analysis, whatever Needed says.
func analyzeTokens(text string, toks *tokens, english bool, m *model) analysis {
	d := newDocWords(toks)
	cands := findCTAs(text, d, &m.sent, false)
	ctas := ownSubjectsAside(d, cands, english)
	if len(ctas) == 0 && !english {
		x := docFeatures(nil, math.Inf(-1), false)
		return analysis{Result: Result{Score: sigmoid(dot(m.doc[:], x))}, docX: x, d: d}
	}
	res := Result{Judged: true}
	// settled marks the tokens whose fate is decided: removed, or kept
	// with their sentence's words (a keyword in them stays). Neither a
	// keyword's search nor its removal touches them.
	settled := d.marks(0)
	// A sentence that reads as a call to action but is kept keeps its
	// slot: taking the keyword out of it leaves a fragment ("... in
	// regards to kindly visit our web site", "Look at for more").
	for _, c := range cands {
		if c.logit >= fragmentBar && !c.spam() && c.hasSlot() {
			for i := c.slotFrom; i < c.slotTo; i++ {
				settled[i] = true
			}
		}
	}
	var families []family
	for _, c := range ctas {
		families = append(families, slotFamily(toks, c))
		res.Edits = append(res.Edits, takeSentence(text, settled, c.sent,
			fmt.Sprintf("call-to-action link-spam sentence (log odds %.1f) for %q", c.logit, text[toks.start(c.slotFrom):toks.end(c.slotTo-1)])))
	}
	kwEvidence := math.Inf(-1)
	var grams []*gram
	if english {
		var found []family
		found, res.Suspects, kwEvidence, grams = keywordsWithoutTemplate(d, settled, families, m)
		for k := range found {
			if found[k].lead == "" {
				found[k].lead = slotLead(d, cands, found[k])
			}
		}
		families = append(families, found...)
		// A kept sentence that reads as a call to action for a keyword
		// found elsewhere is one, a plain topic's too: it goes whole. So does one written round
		// its slot ("The best place to learn about is our web store" is no
		// English), where the slot is that keyword, nothing of the
		// author's with it.
		for _, c := range cands {
			if (c.spam() || c.own) && !c.plain || !c.hasSlot() || c.address || len(found) == 0 ||
				!slotOf(d, c, found) && !(c.plain && slotWithin(d, c, found)) ||
				c.logit < fragmentBar && (!slotIs(d, c, found) || d.join(c.slotFrom, c.slotTo) >= clearlyBroken) {
				continue
			}
			res.Edits = append(res.Edits, takeSentence(text, settled, withoutLead(toks, c.sent, c.slotFrom),
				fmt.Sprintf("call-to-action sentence (log odds %.1f) for the keyword %q found elsewhere", c.logit, text[toks.start(c.slotFrom):toks.end(c.slotTo-1)])))
		}
	}
	// A sentence that reads as a call to action, though no slot was placed
	// in it, and holds a keyword removed elsewhere, is one: it goes whole
	// ("We offer buy instagram likes; visit our site", "Découvrez Bail
	// Bonds Near Me sur mon blog."), as taking the keyword out of it would
	// leave a fragment.
	for _, c := range cands {
		if c.logit < fragmentBar || c.spam() || c.hasSlot() || c.own || c.address || len(families) == 0 ||
			settled[c.sent.from] || !holdsFamily(toks, c.sent, families) {
			continue
		}
		res.Edits = append(res.Edits, takeSentence(text, settled, withoutLead(toks, c.sent, c.sent.to),
			fmt.Sprintf("call-to-action sentence (log odds %.1f) holding a keyword found elsewhere", c.logit)))
	}
	// Whole sentences or nothing: a candidate stands for the sentence it
	// is part of (a capital inside one starts a candidate: "For the
	// latest deals on emergency dentist Birmingham, check our store").
	// Where that sentence holds a keyword found elsewhere, its fate is
	// the family's sentence's (sentenceFate): whole, its words kept, or
	// the keyword left to removeFamily.
	for _, c := range cands {
		if c.spam() || c.own || c.address || len(families) == 0 || settled[c.sent.from] {
			continue
		}
		s := sentenceAround(toks, c.sent.from)
		if settled[s.from] || s.from == c.sent.from || s.to < c.sent.to {
			continue
		}
		at, n := familyIn(toks, s, families)
		if at < 0 {
			continue
		}
		switch f, j, a, b := sentenceFate(text, d, s, at, at, at+n, false, &m.sent); f {
		case sentenceGoes:
			res.Edits = append(res.Edits, takeSentence(text, settled, withoutLead(toks, s, a),
				fmt.Sprintf("call-to-action sentence (log odds %.1f) for the keyword %q found elsewhere", j.logit, text[toks.start(a):toks.end(b-1)])))
		case wordsKept:
			for i := a; i < b; i++ {
				settled[i] = true
			}
		}
	}
	seen := map[string]bool{}
	for _, f := range families {
		// A template repeated through a long text names the same keyword
		// many times; looking for it once is enough.
		if k := strings.ToLower(strings.Join(f.words, " ")); !seen[k] {
			seen[k] = true
			res.Edits = append(res.Edits, removeFamily(text, d, settled, f, &m.sent)...)
		}
	}
	res.Edits = mergeDeletions(res.Edits)
	res.Suspects = slices.DeleteFunc(res.Suspects, func(s Suspect) bool {
		return slices.ContainsFunc(res.Edits, func(e edit.Edit) bool { return e.Start < s.End && s.Start < e.End })
	})
	x := docFeatures(cands, kwEvidence, len(res.Edits) > 0)
	res.Score = sigmoid(dot(m.doc[:], x))
	return analysis{Result: res, docX: x, grams: grams, d: d}
}

// withoutLead is sentence s less the words of the line a call ran onto
// ("Date: Not supplied Achetez X ...", "... Joseph S. Barrera III wrote:
// Подробнее на тему X ..."): a candidate judged from its best start, not
// found a call itself, may begin at a start before the call's words.
// Starts are passed over while what lies before the next holds no word of
// a call (callWords), up to the keyword at limit.
func withoutLead(toks *tokens, s span, limit int) span {
	for {
		k := nextStart(toks, s.from+1)
		if k >= limit || k >= s.to {
			return s
		}
		for i := s.from; i < k; i++ {
			if toks.word(i) && toks.cls(i)&callWords != 0 {
				return s
			}
		}
		s.from, s.start = k, toks.start(k)
	}
}

// callWords are the classes a call's own words have: the site, the
// speaker, contact, the call, the offer, questions, praise, politeness,
// "here"; not the function words the classes also hold ("the", "on",
// "for", "if", "you"), which any line has.
const callWords = clSelf | clUs | clSite | clContact | clCTA | clStrong | clInfo | clMore | clAsk | clPraise | clWork | clPlease | clHere

// mergeDeletions sorts the removals and joins those that overlap (a keyword
// just before a removed sentence shares its white space), the sentence's
// kind and reason kept.
func mergeDeletions(es []edit.Edit) []edit.Edit {
	sort.Slice(es, func(i, j int) bool { return es[i].Start < es[j].Start })
	out := es[:0]
	for _, e := range es {
		if n := len(out); n > 0 && e.Start < out[n-1].End {
			if e.Kind == edit.SpamSentence && out[n-1].Kind != edit.SpamSentence {
				out[n-1].Kind, out[n-1].Reason = e.Kind, e.Reason
			}
			out[n-1].End = max(out[n-1].End, e.End)
			continue
		}
		out = append(out, e)
	}
	return out
}

// fragmentBar: a kept sentence judged this close to a call to action keeps
// its words whole.
const fragmentBar = -3

// slotOf reports whether the slot of c holds one of the keyword families
// fs whole.
func slotOf(d *docWords, c cta, fs []family) bool {
	slot := slotWords(d.toks, c)
	for _, f := range fs {
		if len(f.words) >= 2 && holds(slot, f.words) {
			return true
		}
	}
	return false
}

// slotWords are the words of the slot of c, as written.
func slotWords(toks *tokens, c cta) []string {
	var slot []string
	for i := c.slotFrom; i < c.slotTo; i++ {
		if toks.word(i) {
			slot = append(slot, toks.text(i))
		}
	}
	return slot
}

// slotWithin reports whether two or more words of the slot of c stand
// inside one of the keyword families fs ("math tutoring" of "online math
// tutoring": the call's slot placed past a sales word).
func slotWithin(d *docWords, c cta, fs []family) bool {
	slot := slotWords(d.toks, c)
	for _, f := range fs {
		if len(slot) >= 2 && holds(f.words, slot) {
			return true
		}
	}
	return false
}

// slotIs reports whether the slot of c is one of the keyword families fs,
// word for word in any case.
func slotIs(d *docWords, c cta, fs []family) bool {
	n := 0
	for i := c.slotFrom; i < c.slotTo; i++ {
		if d.toks.word(i) {
			n++
		}
	}
	for _, f := range fs {
		if len(f.words) == n && subphraseAt(d.toks, nil, firstWord(d.toks, c.slotFrom, c.slotTo), f.words, n, true) == 0 {
			return true
		}
	}
	return false
}

// slotLead is the preposition that leads keyword family f in the slot of
// a candidate sentence judged close to a call to action ("Click here to buy
// in Turkey Lawyer Law Firm cheap."): the spinner's, which goes with the
// family's occurrences where the sentence reads on without it ("take in
// Turkey Lawyer Law Firm the full ..."). Empty if none.
func slotLead(d *docWords, cands []cta, f family) string {
	for _, c := range cands {
		if c.logit < fragmentBar || !c.hasSlot() {
			continue
		}
		first := firstWord(d.toks, c.slotFrom, c.slotTo)
		if first+len(f.words) < c.slotTo && preposition(d.toks, first) && subphraseAt(d.toks, nil, first+1, f.words, len(f.words), true) == 0 {
			return d.toks.lower(first)
		}
	}
	return ""
}

// firstWord is the first word token in [i, j), j if none.
func firstWord(toks *tokens, i, j int) int {
	for i < j && !toks.word(i) {
		i++
	}
	return i
}

// holdsFamily reports whether sentence s holds one of the keyword
// families fs whole (two words or more, in any case).
func holdsFamily(toks *tokens, s span, fs []family) bool {
	at, _ := familyIn(toks, s, fs)
	return at >= 0
}

// familyIn returns the first token in sentence s where one of the keyword
// families fs stands whole (two words or more, in any case), and its
// length in words; -1 if none.
func familyIn(toks *tokens, s span, fs []family) (int, int) {
	for i := s.from; i < s.to; i++ {
		for _, f := range fs {
			if n := len(f.words); n >= 2 && i+n <= s.to && subphraseAt(toks, nil, i, f.words, n, true) == 0 {
				return i, n
			}
		}
	}
	return -1, 0
}

// docFeatures describe the evidence for the document's score: the best
// candidate sentence's log odds (a sentence that gives a real address or
// names the text's own subject aside), the best of those where no keyword
// slot was placed (a call to action of a shape the slot rules miss), and
// the strongest keyword evidence,
// each counted above a floor, so that a document without candidates scores
// NoEvidence. The best sentence counts again where the pass removed
// something: a sentence that reads a little like a call to action stands
// in clean text as often as in spam where nothing is removed (half the
// spam documents whose best sentence the pass keeps have only a keyword
// inserted, their sentences the host's own), and its weight fitted on all
// documents alike made a clean text with a sentence of log odds −2 (“to
// visit relatives”) score above 0.5.
func docFeatures(cands []cta, kwEvidence float64, removed bool) []float64 {
	best, slotless := math.Inf(-1), math.Inf(-1)
	for _, c := range cands {
		switch {
		case c.address || c.own || c.step && !c.sends():
		case c.hasSlot():
			best = max(best, c.logit)
		default:
			slotless = max(slotless, c.logit)
		}
	}
	var x [nDocFeatures]float64
	x[dBias] = 1
	x[dSentence] = max(0, best-sentenceFloor)
	x[dSlotless] = max(0, slotless-sentenceFloor)
	x[dKeyword] = max(0, kwEvidence-keywordFloor)
	if removed {
		x[dRemoved] = 1
		x[dRemovedSentence] = x[dSentence]
	}
	return x[:]
}

func dot(w, x []float64) float64 {
	z := 0.0
	for i, v := range x {
		z += w[i] * v
	}
	return z
}

// Features of the document's score.
const (
	dBias = iota
	dSentence
	dKeyword
	dRemoved
	dSlotless
	dRemovedSentence
	nDocFeatures
)

// Sentence and keyword log odds below these do not raise the score.
const (
	sentenceFloor = -6
	keywordFloor  = 0
)

func sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }

// sentenceRemoval returns the bytes to delete for sentence s: the sentence
// with the white space that separated it from the text before (a paragraph
// break when it was a paragraph of its own), or, first in its line, with
// the white space after it.
func sentenceRemoval(text string, s span) (int, int) {
	ls := s.start
	for ls > 0 && isSpace(text[ls-1]) {
		ls--
	}
	le := s.end
	for le < len(text) && isSpace(text[le]) {
		le++
	}
	lineStart := ls == 0 || strings.Contains(text[ls:s.start], "\n")
	lineEnd := le == len(text) || strings.Contains(text[s.end:le], "\n")
	switch {
	case lineStart && lineEnd && ls > 0:
		// A paragraph of its own came with a paragraph break: the break
		// before it goes, from its first newline (trailing spaces on the
		// line before are the author's), unless the break after it is the
		// shorter one.
		before, after := text[ls:s.start], text[s.end:le]
		if len(after) < len(before) && le < len(text) {
			return s.start, le
		}
		return ls + strings.IndexByte(before, '\n'), s.end
	case lineStart:
		return s.start, le
	default:
		return ls, s.end
	}
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

// docWords is a document's tokens with what the pass asks about them,
// computed once: each word's key (its lower-cased singular, hashed), how
// often each key occurs, and tags on first use.
type docWords struct {
	toks *tokens
	// forms numbers the document's distinct keys densely; form[i] is the
	// number of token i's key (-1 for none), counts[f] how often form f
	// occurs, and at[first[f]:first[f]+counts[f]] its token indexes in
	// order (all built on first use, sized by the distinct words, not the
	// tokens).
	forms  formTable
	form   []int32
	counts []int32
	first  []int32
	at     []int32
	fill   []int32
	tags   tagCache
	// counted and placed: forms, form and counts are built; first and at.
	counted, placed bool
	// judged holds judge's lists of token indexes, reused sentence after
	// sentence.
	judged [3][]int
	// marked holds a mark per token for each of the analysis's three
	// uses (marks); held, removeFamily's copy of the settled tokens.
	marked [3][]bool
	held   []bool
	// asked counts the questions to count and positions before the table
	// (tabled); scanned is scan's list until then, of key scannedFor.
	asked      int
	scanned    []int32
	scannedFor wordKey
}

// marks returns use k's mark per token, all false: settled tokens (0),
// those of calls to action (1), keyword runs taken (2).
func (d *docWords) marks(k int) []bool {
	n := d.toks.len()
	m := slices.Grow(d.marked[k][:0], n)[:n]
	clear(m)
	d.marked[k] = m
	return m
}

// newDocWords returns the docWords of toks, made in the view's own (its
// slices pooled with it).
func newDocWords(toks *tokens) *docWords {
	d := &toks.words
	*d = docWords{toks: toks, forms: d.forms, form: d.form[:0], counts: d.counts[:0], first: d.first[:0], at: d.at[:0],
		fill: d.fill[:0], tags: d.tags.reset(), judged: [3][]int{d.judged[0][:0], d.judged[1][:0], d.judged[2][:0]}, marked: d.marked, held: d.held[:0], scanned: d.scanned[:0]}
	return d
}

// formOf returns the number of key k among the document's forms, -1 if
// the document lacks it.
func (d *docWords) formOf(k wordKey) int32 {
	if !d.counted {
		d.counted = true
		n := d.toks.len()
		d.form = slices.Grow(d.form[:0], n)[:n]
		d.forms.init(n / 2) // (a long text's distinct words are fewer: no growing)
		for i := range n {
			k, f := d.toks.key(i), int32(-1)
			if k != 0 {
				f = d.forms.intern(k)
				if int(f) == len(d.counts) {
					d.counts = append(d.counts, 0)
				}
				d.counts[f]++
			}
			d.form[i] = f
		}
	}
	return d.forms.find(k)
}

// count returns how often the word with key k occurs in the document.
func (d *docWords) count(k wordKey) int {
	if !d.tabled() {
		// The positions, which the caller often asks next.
		return len(d.scan(k))
	}
	if f := d.formOf(k); f >= 0 {
		return int(d.counts[f])
	}
	return 0
}

// scan returns the token indexes of the words with key k, read through
// the text, in a list that the next scan reuses; the last key's list
// again without reading.
func (d *docWords) scan(k wordKey) []int32 {
	if d.scannedFor == k && d.scannedFor != 0 {
		return d.scanned
	}
	out := d.scanned[:0]
	if k != 0 {
		// Four keys a step, passed over together where none is k (most
		// steps): a third of the time of one a step.
		keys, i := d.toks.keys, 0
		for ; i+4 <= len(keys); i += 4 {
			q := keys[i : i+4 : i+4]
			if q[0] != k && q[1] != k && q[2] != k && q[3] != k {
				continue
			}
			for j, x := range q {
				if x == k {
					out = append(out, int32(i+j))
				}
			}
		}
		for ; i < len(keys); i++ {
			if keys[i] == k {
				out = append(out, int32(i))
			}
		}
	}
	d.scanned, d.scannedFor = out, k
	return out
}

// tabled reports whether count and positions read the table of forms
// (formOf), building it once they have been asked often enough: a text in
// which they are asked a few times is read through instead, each time (a
// table costs a probe for every token).
func (d *docWords) tabled() bool {
	if !d.counted {
		if d.asked++; d.asked <= scansBeforeTable {
			return false
		}
		d.formOf(0)
	}
	return true
}

// scansBeforeTable is how many times count and positions read a text
// through before the table of its forms is built.
const scansBeforeTable = 16

// positions returns the token indexes of the words with key k, in order
// (until the table is built, in a list that the next call reuses).
func (d *docWords) positions(k wordKey) []int32 {
	if !d.tabled() {
		return d.scan(k)
	}
	f := d.formOf(k)
	if f < 0 {
		return nil
	}
	if !d.placed {
		d.placed = true
		d.first = slices.Grow(d.first[:0], len(d.counts))[:len(d.counts)]
		n := int32(0)
		for f, c := range d.counts {
			d.first[f] = n
			n += c
		}
		d.at = slices.Grow(d.at[:0], int(n))[:n]
		d.fill = slices.Grow(d.fill[:0], len(d.counts))[:len(d.counts)]
		fill := d.fill
		clear(fill)
		for p, f := range d.form {
			if f >= 0 {
				d.at[d.first[f]+fill[f]] = int32(p)
				fill[f]++
			}
		}
	}
	return d.at[d.first[f] : d.first[f]+d.counts[f]]
}

// formTable numbers word keys densely in the order they are first added:
// an open-addressing table that grows with them.
type formTable struct {
	slots []formSlot
	mask  uint64
	n     int32
}

// formSlot is a key and its number side by side: one cache line a probe.
type formSlot struct {
	key wordKey
	num int32
}

// init empties t for at most n keys, reusing its slots. The slots made
// new are for at most maxFormsAtFirst keys (a long text's distinct words
// are far fewer than half its tokens: sized by them, a 15 MB text's table
// took 64 MB); the table grows from there.
func (t *formTable) init(n int) {
	size := 64
	for size < 2*min(n, maxFormsAtFirst) {
		size <<= 1
	}
	// Slots a document grew are kept for the next, where it may need them.
	for size < cap(t.slots) && size < 2*n {
		size <<= 1
	}
	if cap(t.slots) >= size {
		t.slots = t.slots[:size]
		clear(t.slots)
	} else {
		t.slots = make([]formSlot, size)
	}
	t.mask, t.n = uint64(size-1), 0
}

const maxFormsAtFirst = 1 << 12

// intern returns k's number, giving it the next one if it has none.
func (t *formTable) intern(k wordKey) int32 {
	if 2*int(t.n+1) > len(t.slots) {
		old := t.slots
		t.slots, t.mask = make([]formSlot, 2*len(old)), uint64(2*len(old)-1)
		for _, s := range old {
			if s.key != 0 {
				t.put(s)
			}
		}
	}
	for i := uint64(k) & t.mask; ; i = (i + 1) & t.mask {
		switch s := &t.slots[i]; s.key {
		case k:
			return s.num
		case 0:
			s.key, s.num = k, t.n
			t.n++
			return s.num
		}
	}
}

func (t *formTable) put(s formSlot) {
	for i := uint64(s.key) & t.mask; ; i = (i + 1) & t.mask {
		if t.slots[i].key == 0 {
			t.slots[i] = s
			return
		}
	}
}

// find returns k's number, -1 if it has none.
func (t *formTable) find(k wordKey) int32 {
	if k == 0 {
		return -1
	}
	for i := uint64(k) & t.mask; ; i = (i + 1) & t.mask {
		switch s := &t.slots[i]; s.key {
		case k:
			return s.num
		case 0:
			return -1
		}
	}
}

// foreignShare is the share of the words at idx (token indexes inside
// sentence s) that occur nowhere in the document outside s: how foreign
// they are to what the author wrote. 0 for no words.
func (d *docWords) foreignShare(idx []int, s span) float64 {
	if len(idx) == 0 {
		return 0
	}
	foreign := 0
	for _, i := range idx {
		k := d.toks.key(i)
		inside := 0
		for j := s.from; j < s.to; j++ {
			if d.toks.key(j) == k {
				inside++
			}
		}
		if d.count(k) == inside {
			foreign++
		}
	}
	return float64(foreign) / float64(len(idx))
}

// keywordForeign is the share of the keyword words at idx (inside sentence
// s) that the document uses nowhere else, runs of the keyword itself aside
// (its insertions): 1 for an anchor keyword, low for the author's subject.
func (d *docWords) keywordForeign(idx []int, s span) float64 {
	if len(idx) == 0 {
		return 0
	}
	kw := make([]string, len(idx))
	for k, i := range idx {
		kw[k] = d.toks.lower(i)
	}
	foreign := 0
	for _, i := range idx {
		k := d.toks.key(i)
		own := false
		if d.count(k) > 1 {
			for _, p := range d.positions(k) {
				if p := int(p); (p < s.from || p >= s.to) && (len(kw) == 1 || !inRun(d.toks, kw, p)) {
					own = true
					break
				}
			}
		}
		if !own {
			foreign++
		}
	}
	return float64(foreign) / float64(len(idx))
}

func stem(w string) string {
	if len(w) > 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		return w[:len(w)-1]
	}
	return w
}

// ownSubjectsAside keeps the candidates judged calls to action, except those
// whose slot names what the text is about: "If you have any questions about
// vaccines, call us." in a notice that talks of vaccines is the author's. A
// slot word rarer than clearlyRare that occurs twice outside the candidate
// sentences and outside runs of the keyword makes it the text's subject; an
// anchor keyword's words occur only in its runs.
// inflectedElsewhere: a word of c's slot stands in another form outside
// its sentence, its ending aside ("о собрании" where the text speaks of
// "собрание", "zur Anmeldung" beside "anmelden"): in a language that inflects
// its words, the keyword is then the text's own subject. (English forms are
// counted by stem.)
func (d *docWords) inflectedElsewhere(c cta) bool {
	toks := d.toks
	for i := c.slotFrom; i < c.slotTo; i++ {
		if !toks.word(i) || toks.fn(i) {
			continue
		}
		l := toks.lower(i)
		// An elided article is no part of the word (l'inscription).
		if k := strings.IndexAny(l, "'’"); k > 0 && k <= 2 {
			_, n := utf8.DecodeRuneInString(l[k:])
			l = l[k+n:]
		}
		w := []rune(l)
		if len(w) < 6 {
			continue
		}
		stem := string(w[:len(w)-2])
		for t := 0; t < toks.len(); t++ {
			if t >= c.sent.from && t < c.sent.to || !toks.word(t) {
				continue
			}
			// (The same form is the keyword's business: its runs
			// elsewhere may be the spinner's.)
			if o := toks.lower(t); o != l && strings.HasPrefix(o, stem) && utf8.RuneCountInString(o) <= len(w)+3 {
				return true
			}
		}
	}
	return false
}

func ownSubjectsAside(d *docWords, cands []cta, english bool) []cta {
	var out []cta
	inCTA := d.marks(1)
	for _, c := range cands {
		if c.spam() {
			for i := c.sent.from; i < c.sent.to; i++ {
				inCTA[i] = true
			}
		}
	}
	for k, c := range cands {
		if !c.spam() {
			continue
		}
		if c.feats[fPraise] > 0 {
			out = append(out, c) // no page praises "this article" of itself
			continue
		}
		// Outside English, a verb's imperative with a word of the trade
		// but no site or contact sends nobody anywhere: an English verb
		// among the text's own words ("tilbudt af Go crypto/sha256-pakken").
		if !english && !c.destination() {
			cands[k].own = true
			continue
		}
		// A plain topic is the notice's own unless the keyword search
		// finds it pushed into other sentences (analyzeTokens).
		if english && plainTopic(d.toks, c) {
			cands[k].own, cands[k].plain = true, true
			continue
		}
		kw := slotWords(d.toks, c)
		// Outside English, where word counts say nothing of rarity, the
		// keyword must be foreign to the text whole.
		if !d.mentionedTwice(inCTA, kw, clearlyRare) && (english || (c.feats[fSlotForeign] == 1 || d.contentForeign(c)) && !d.inflectedElsewhere(c)) {
			out = append(out, c)
		} else {
			cands[k].own = true
		}
	}
	return out
}

// plainTopic: the slot of c is a notice's own topic, however new to the
// text ("For more information about opening hours, visit our website", "If
// you have questions about shipping times, contact us at our website"):
// English words with no name, no word English lacks (its parts aside:
// "team sign-ups"), no word
// of the niches or of sales, and at most one word only learned to be of
// trade in a phrase of at most two words. Anchor text names what it sells,
// and says so more than once ("septic tank pumping", "organic dog food").
func plainTopic(toks *tokens, c cta) bool {
	if !c.hasSlot() {
		return false
	}
	// A content word right before the slot is the phrase's too ("private
	// jet charter - read more on our blog", the slot placed past it).
	from := c.slotFrom
	if p := from - 1; p >= c.sent.from && toks.word(p) && !toks.fn(p) && toks.cls(p)&roles == 0 {
		from = p
	}
	words, trade := 0, 0
	for i := from; i < c.slotTo; i++ {
		if !toks.word(i) {
			continue
		}
		words++
		switch {
		case toks.capital(i) && i != firstWord(toks, c.sent.from, c.sent.to) && !weekday(toks, i) || !knownOrJoined(toks.lower(i)):
			return false // a name, or a word English lacks (slot_shape)
		case commercial(toks, i) || salesWords[toks.lower(i)]:
			return false
		case learned(toks, i):
			trade++
		}
	}
	return trade == 0 || trade == 1 && words <= 2
}

// weekday: token i is an adverbial noun by the corpus's commonest tag
// ("Monday", "Sunday"), capitalised as a name is but none.
func weekday(toks *tokens, i int) bool {
	lex := toks.lex(i)
	return lex != nil && lex.Count > 0 && lex.Tag() == "nr"
}

// knownOrJoined: English has the lower-cased word w, without its accents
// ("café"), or each part of it joined by hyphens ("e-books", "sign-ups").
func knownOrJoined(w string) bool {
	if lexicon.Known(w) || lexicon.Known(withoutAccents(w)) {
		return true
	}
	parts := strings.Split(w, "-")
	for _, p := range parts {
		if p == "" || !lexicon.Known(p) {
			return false
		}
	}
	return len(parts) > 1
}

// withoutAccents is w with the combining marks of its Latin letters taken
// off (NFD, marks dropped).
func withoutAccents(w string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(w) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// slotFamily is the keyword family of a call to action's slot: its words,
// less a preposition that leads them ("in Turkey Lawyer Law Firm"), which
// goes with an occurrence elsewhere only where the sentence reads on
// without it (docWords.occurrence).
func slotFamily(toks *tokens, c cta) family {
	f := family{words: slotWords(toks, c), why: "the slot of a call-to-action sentence"}
	if len(f.words) > 1 && preposition(toks, c.slotFrom) && toks.cls(c.slotFrom)&clNear == 0 {
		f.lead, f.words = toks.lower(c.slotFrom), f.words[1:]
	}
	return f
}
