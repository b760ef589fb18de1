// Package spam finds the link-spam payload of spun articles: call-to-action
// sentences built from spintax templates and anchor-text keyword phrases
// pushed into ordinary sentences.
//
// It runs after the character stages, on the text a reader sees. Templates
// are recognised by the roles of their words (cta.go); the keyword comes from
// the template's slot, and its insertions elsewhere are told from the text's
// own uses of the same words by part-of-speech statistics (phrase.go).
package spam

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/unspin/unspin/internal/edit"
	"github.com/unspin/unspin/internal/lexicon"
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

// Analyze proposes removals for text whose character-level damage has already
// been repaired.
func Analyze(text string) Result {
	english := lexicon.IsEnglish(text)
	if !english && !mayHoldCTA(text) {
		return Result{Score: noEvidence} // most text in other languages: one scan
	}
	toks := tokenize(text)
	found := findCTAs(text, toks)
	if len(found) == 0 && !english {
		return Result{Score: noEvidence}
	}
	idx := indexWords(toks)
	ctas := ownSubjectsAside(toks, idx, found)
	tg := tagAll(toks)
	res := Result{Judged: true}
	var keywords []keyword
	removed := make([]bool, len(toks))
	for _, c := range ctas {
		for i := c.sent.from; i < c.sent.to; i++ {
			removed[i] = true
		}
	}
	for _, c := range ctas {
		s, e := sentenceRemoval(text, c.sent)
		reason := "call-to-action link-spam sentence"
		if c.slotTo > c.slotFrom {
			kw := make([]string, 0, c.slotTo-c.slotFrom)
			for i := c.slotFrom; i < c.slotTo; i++ {
				if toks[i].word {
					kw = append(kw, toks[i].text)
				}
			}
			keywords = append(keywords, keyword{kw, "the slot of a call-to-action sentence"})
			reason += fmt.Sprintf(" for %q", text[toks[c.slotFrom].start:toks[c.slotTo-1].end])
		}
		res.Edits = append(res.Edits, edit.Edit{Start: s, End: e, Kind: edit.SpamSentence, Reason: reason})
	}
	// Phrases repeated without a template are looked for in every
	// document, so that cleaning the output finds what cleaning the input
	// found.
	suspect := 0.0
	if english {
		var repeated []keyword
		repeated, res.Suspects, suspect = repeatedKeywords(tg, idx, removed)
		keywords = append(keywords, repeated...)
	}
	seen := map[string]bool{}
	for _, kw := range keywords {
		// A template repeated through a long text names the same keyword
		// many times; looking for it once is enough.
		if k := strings.Join(kw.words, " "); !seen[k] {
			seen[k] = true
			res.Edits = append(res.Edits, removePhrases(text, tg, idx, removed, kw.words, kw.why)...)
		}
	}
	sort.Slice(res.Edits, func(i, j int) bool { return res.Edits[i].Start < res.Edits[j].Start })
	res.Suspects = slices.DeleteFunc(res.Suspects, func(s Suspect) bool {
		return slices.ContainsFunc(res.Edits, func(e edit.Edit) bool { return e.Start < s.End && s.Start < e.End })
	})
	switch {
	case len(ctas) > 0:
		res.Score = 0.97
	case len(res.Edits) > 0:
		res.Score = 0.8
	default:
		// 0.02 for nothing suspect, up to 0.4 for a phrase badly out of
		// place (insertion log odds well above 3).
		res.Score = noEvidence
		if suspect > 0 {
			res.Score += 0.38 / (1 + math.Exp(-2*(suspect-3)))
		}
	}
	return res
}

// noEvidence is the score of a document with nothing suspect in it.
const noEvidence = 0.02

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
		return ls, s.end
	case lineStart:
		return s.start, le
	default:
		return ls, s.end
	}
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

// A whole keyword inside a sentence is the spammer's; a part of it ("in
// Turkey", "weight loss") may be the author's words, so it is removed only
// where the grammar does not speak clearly for it, and, where the text's
// topic uses the same words, only where the grammar speaks against it.
const (
	partThreshold  = -4
	topicThreshold = 0
)

// removePhrases finds the keyword kw, or runs of two or more of its words,
// inside the text's sentences, longest runs first.
func removePhrases(text string, tg tagged, idx *wordIndex, removed []bool, kw []string, why string) []edit.Edit {
	var out []edit.Edit
	toks := tg.toks
	minLen := min(2, len(kw))
	// The text is about what the keyword names when it uses one of the
	// keyword's less common words twice on its own: then parts of the
	// keyword may be the author's.
	topic := idx.mentionedTwice(toks, removed, kw, rareWord)
	inKeyword := make(map[string]bool, len(kw))
	for _, w := range kw {
		inKeyword[strings.ToLower(w)] = true
	}
	for i := 1; i < len(toks); i++ {
		if removed[i] || !toks[i].word || !inKeyword[strings.ToLower(toks[i].text)] {
			continue
		}
		n := len(kw)
		k := -1
		for ; n >= minLen; n-- {
			if k = subphraseAt(toks, removed, i, kw, n, true); k >= 0 {
				break
			}
		}
		if n < minLen {
			continue
		}
		score := tg.insertionScore(i, i+n)
		switch {
		case !sameCase(toks, i, kw[k:k+n]) && score <= topicThreshold:
			// Written otherwise than the keyword ("roofing contractor"),
			// only where the grammar speaks against it.
			i += n - 1
			continue
		case n == len(kw):
		case topic && score > topicThreshold:
		case !topic && score > partThreshold:
		default:
			i += n - 1
			continue
		}
		s, e := phraseRemoval(text, toks, i, i+n)
		out = append(out, edit.Edit{Start: s, End: e, Kind: edit.SpamPhrase,
			Reason: fmt.Sprintf("keyword %q pushed into a sentence (found by %s)", strings.Join(kw, " "), why)})
		for j := i; j < i+n; j++ {
			removed[j] = true
		}
		i += n - 1
	}
	return out
}

// rareWord: words the corpus has fewer times than this (per million words,
// about a hundred) say what a text is about.
const rareWord = 100

func stem(w string) string {
	if len(w) > 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		return w[:len(w)-1]
	}
	return w
}

// subphraseAt reports whether n consecutive words of kw (starting at the
// returned offset in kw) stand at tokens i.. on one line; -1 if not.
func subphraseAt(toks []token, removed []bool, i int, kw []string, n int, fold bool) int {
	if i+n > len(toks) {
		return -1
	}
	for k := 0; k+n <= len(kw); k++ {
		ok := true
		for j := 0; j < n; j++ {
			t := toks[i+j]
			if removed != nil && removed[i+j] || !t.word || t.text != kw[k+j] && !(fold && strings.EqualFold(t.text, kw[k+j])) || j > 0 && t.nl {
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
func sameCase(toks []token, i int, ws []string) bool {
	for j, w := range ws {
		t := toks[i+j].text
		if t != w && !(j == 0 && startsSentence(toks, i) && strings.EqualFold(t, w)) {
			return false
		}
	}
	return true
}

// phraseRemoval: the phrase with the space after it, or before it when
// punctuation or a line end follows.
func phraseRemoval(text string, toks []token, i, j int) (int, int) {
	s, e := toks[i].start, toks[j-1].end
	if j < len(toks) && toks[j].word && !toks[j].nl && toks[j].start > e {
		return s, toks[j].start
	}
	if i > 0 && !toks[i].nl && toks[i-1].end < s {
		return toks[i-1].end, e
	}
	return s, e
}

// ---- keywords without a template ----

// keyword is an anchor phrase and how it was found.
type keyword struct {
	words []string
	why   string
}

// gram is a run of words weighed as a keyword: one that occurs more than
// once, or names a product.
type gram struct {
	words []string // filled in only for the grams weighed
	n     int      // how many words
	at    []int    // token index of each occurrence
	sells bool     // holds a word or word pair of the link-spam niches
}

// repeatedKeywords finds keyword phrases a template-less spinner inserted:
// runs of two or more words, always in the same closed form, whose rarer
// words the text never uses on their own, and that sit badly between their
// neighbours; repeated, or said once if they name a product far out of
// place. It also returns the phrases whose evidence fell short (suspects)
// and how far out of place the worst of those is.
func repeatedKeywords(tg tagged, idx *wordIndex, removed []bool) ([]keyword, []Suspect, float64) {
	toks := tg.toks
	niche := markNiches(toks)
	// Phrases are keyed by a hash of their words. Most runs occur once and
	// sell nothing, so they are only counted; the others become grams, a
	// collision (words that differ under one key) going to its own gram
	// through the chain.
	runs := func(visit func(i, n int, h uint64, rare bool)) {
		for i := 1; i < len(toks); i++ {
			rare, sells := false, false
			h := uint64(fnvOffset)
			for n := 1; n <= 6 && i+n <= len(toks); n++ {
				j := i + n - 1
				if removed[j] || !toks[j].word || n > 1 && toks[j].nl {
					break
				}
				h = (h ^ idx.hash[j]) * fnvPrime
				// Every kind of evidence needs a rare, unknown or Title
				// Case word, or, repeated, a word of the link-spam
				// niches; phrases without one are not worth counting.
				rare = rare || idx.capable[j]
				sells = sells || niche.word[j] || niche.pairStart[j]
				if n > 1 && (rare || sells) {
					visit(i, n, h, rare)
				}
			}
		}
	}
	seen := make(map[uint64]int32, len(toks))
	runs(func(_, _ int, h uint64, _ bool) { seen[h]++ })
	grams := map[uint64][]*gram{}
	runs(func(i, n int, h uint64, rare bool) {
		// Said once, a phrase of common words is the author's even where
		// it names a product ("risk and insurance services firm").
		if seen[h] < 2 && !(rare && niche.in(i, n)) {
			return
		}
		var g *gram
		for _, c := range grams[h] {
			if c.n == n && sameRun(toks, c.at[0], i, n) {
				g = c
				break
			}
		}
		if g == nil {
			g = &gram{n: n, sells: niche.in(i, n)}
			grams[h] = append(grams[h], g)
		}
		g.at = append(g.at, i)
	})
	var found, singles []*gram
	var weak []scored // evidence short of removal: reported, not acted on
	whys := map[*gram]string{}
	for _, chain := range grams {
		for _, g := range chain {
			if len(g.at) == 1 && !g.sells {
				continue // said once and selling nothing: no evidence worth weighing
			}
			g.words = make([]string, g.n)
			for k := range g.n {
				g.words[k] = toks[g.at[0]+k].text
			}
			if len(g.at) == 1 && (salesTerms(g.words) >= 2 || placed(g.words)) && keywordShaped(g.words) {
				singles = append(singles, g) // judged once the repeated keywords are known
				continue
			}
			ok, why, strength := keywordEvidence(tg, idx, g, nil)
			switch {
			case ok && g.sells && len(g.at) >= 2:
				found = append(found, g)
				whys[g] = why
			case ok:
				// Said once, or selling nothing, a phrase is no proof; how
				// far out of place the worst one is raises the score,
				// below the cut.
				weak = append(weak, scored{g, strength})
				whys[g] = why
			}
		}
	}
	// Longest first, then in text order: the same removals on every run.
	sort.Slice(found, func(a, b int) bool {
		if len(found[a].words) != len(found[b].words) {
			return len(found[a].words) > len(found[b].words)
		}
		return found[a].at[0] < found[b].at[0]
	})
	taken := make([]bool, len(toks))
	for _, g := range found {
		mark(taken, g)
	}
	// A product keyword said once, its words used nowhere else but in
	// the keywords found ("loans online" beside "payday loans"): of the
	// overlapping runs around it ("appointments SEO Agency", "SEO Agency
	// London"), the one whose removal best mends the sentence.
	var once []scored
	for _, g := range singles {
		ok, why, strength := keywordEvidence(tg, idx, g, taken)
		switch {
		case ok && strength > onceBreak && foreignWords(toks, idx, g, taken):
			once = append(once, scored{g, strength})
			whys[g] = why
		case ok:
			weak = append(weak, scored{g, strength})
			whys[g] = why
		}
	}
	found = append(found, bestRuns(once, taken)...)
	out := make([]keyword, len(found))
	for k, g := range found {
		out[k] = keyword{g.words, "no call to action: " + whys[g]}
	}
	var sus []Suspect
	worst := 0.0
	reported := weak[:0:0]
	for _, c := range weak {
		worst = max(worst, c.strength)
		// Only a repeated phrase or one that names a product is worth a
		// reader's look; a rare phrase said once is ordinary prose.
		if len(c.g.at) >= 2 || c.g.sells {
			reported = append(reported, c)
		}
	}
	for _, g := range bestRuns(reported, taken) {
		for _, i := range g.at {
			sus = append(sus, Suspect{Start: toks[i].start, End: toks[i+len(g.words)-1].end,
				Reason: "possible keyword, kept: " + whys[g] + ", but " + shortOf(g)})
		}
	}
	sort.Slice(sus, func(a, b int) bool { return sus[a].Start < sus[b].Start })
	return out, sus, worst
}

// scored is a candidate keyword run with how far out of place it is.
type scored struct {
	g        *gram
	strength float64
}

// bestRuns picks, strongest first, the candidates that neither overlap nor
// touch each other or a run already taken, and marks them taken.
func bestRuns(cs []scored, taken []bool) []*gram {
	sort.SliceStable(cs, func(a, b int) bool {
		if cs[a].strength != cs[b].strength {
			return cs[a].strength > cs[b].strength
		}
		return cs[a].g.at[0] < cs[b].g.at[0]
	})
	var out []*gram
	for _, c := range cs {
		free := true
		for _, i := range c.g.at {
			n := len(c.g.words)
			free = free && !slices.Contains(taken[max(0, i-1):min(len(taken), i+n+1)], true)
		}
		if free {
			mark(taken, c.g)
			out = append(out, c.g)
		}
	}
	return out
}

func mark(taken []bool, g *gram) {
	for _, i := range g.at {
		for k := range g.words {
			taken[i+k] = true
		}
	}
}

// shortOf says which condition for removal a weak keyword misses.
func shortOf(g *gram) string {
	switch {
	case !g.sells:
		return "it names no product or service"
	default:
		return "said once, it is not far enough out of place"
	}
}

// keywordEvidence decides whether a repeated phrase is a keyword pushed in
// by a spinner rather than the text's own compound or name. It needs every
// word of the phrase that is rare in English to occur nowhere else in the
// text (a topic's words turn up in other combinations too), and one of:
//   - two or more common nouns written in Title Case inside sentences
//     ("Roofing Contractor", "Lawyer Law Firm"): anchor text, not prose;
//   - a word unknown to the corpus that is not a name ("instagram", "CBD"),
//     with no occurrence fitting its neighbours better than they fit each
//     other;
//   - a rare word ("payday") where every occurrence clearly breaks the
//     grammar around it.
func keywordEvidence(tg tagged, idx *wordIndex, g *gram, keywords []bool) (ok bool, why string, strength float64) {
	toks := tg.toks
	n := len(g.words)
	// Closed: a phrase always followed (or preceded) by the same word is
	// part of a longer one.
	sameNext, samePrev := true, true
	for _, i := range g.at {
		j := i + n
		if j >= len(toks) || !toks[j].word || toks[j].nl || toks[j].text != toks[g.at[0]+n].text {
			sameNext = false
		}
		if i == 0 || !toks[i-1].word || toks[i].nl || toks[i-1].text != toks[g.at[0]-1].text {
			samePrev = false
		}
	}
	if len(g.at) > 1 && (sameNext || samePrev) {
		return false, "part of a longer phrase", 0
	}
	// Keywords are noun phrases, at most led by a preposition before a
	// place name ("in Turkey ..."); a function word inside makes a title or
	// a name ("Board of Estimate", "Welcome To Our City").
	if first := tg.tags[g.at[0]]; function(first) && (first != "in" || g.words[0] != strings.ToLower(g.words[0]) || tg.tags[g.at[0]+1] != "np") {
		return false, "starts with a function word", 0
	}
	// A location qualifier may follow a Title Case head, itself in Title
	// Case ("Kitchen Remodeling Near Me").
	head := 0
	for k := 0; k < n; k++ {
		t := toks[g.at[0]+k]
		if !function(tg.tags[g.at[0]+k]) {
			if head == k {
				head++
			}
			continue
		}
		if k == 0 {
			continue
		}
		if (!capital(t) || head < 2) && !(g.sells && linking(g.words, k)) {
			// A product keyword may link its words ("CBD oil for dogs",
			// "payday loans no credit check", "Dentist Near Me").
			return false, "holds a function word", 0
		}
	}
	// Pushed into a sentence: a word on either side of every occurrence.
	for _, i := range g.at {
		j := i + n
		if i == 0 || toks[i].nl || !toks[i-1].word && toks[i-1].text != "," || j >= len(toks) || toks[j].nl || !toks[j].word {
			return false, "not inside a sentence", 0
		}
	}
	names, title, unknown, minCount := 0, 0, 0, 1<<30
	for k, w := range g.words {
		if strings.ContainsFunc(w, unicode.IsDigit) || strings.ContainsAny(w, "'’-.") {
			return false, "a number, possessive, compound or abbreviation", 0
		}
		r, _ := utf8.DecodeRuneInString(w)
		if st, ok := lexicon.Lookup(w); unicode.IsUpper(r) && (!ok || st.CapRatio() >= 0.3) {
			names++
		}
		if titleWord(w) && !(k == 0 && startsSentence(toks, g.at[0])) {
			title++
		}
		if unknownWord(w) {
			unknown++
		}
		minCount = min(minCount, wordCount(w))
	}
	if names == n {
		return false, "a name", 0
	}
	// Each kind of evidence counts only if its words occur nowhere else
	// than in the phrase's own runs (its occurrences and its parts').
	confined := func(pick func(w string) bool) bool {
		any := false
		for _, w := range g.words {
			if !pick(w) {
				continue
			}
			any = true
			for _, p := range idx.positions(w) {
				if !inRun(toks, g.words, p) {
					return false
				}
			}
		}
		return any
	}
	rareWordOf := func(w string) bool { return wordCount(w) < clearlyRare }
	lo := math.Inf(1)
	for _, i := range g.at {
		lo = min(lo, tg.insertionScore(i, i+n))
	}
	switch {
	case title >= 2 && lo > titleBreak && !partOfNames(toks, g) && confined(titleWord):
		return true, "Title Case common nouns", lo
	case unknown > 0 && lo > 0 && confined(unknownWord):
		return true, "a word English does not have, out of place", lo
	case minCount < clearlyRare && lo > clearBreak && nounPhrase(tg, g) && confined(rareWordOf):
		return true, "a rare word, always breaking the grammar", 0
	case g.sells && lo > commercialBreak && keywordShaped(g.words) && !partOfNames(toks, g) && foreignWords(toks, idx, g, keywords):
		// What link spam sells, its rarer words used nowhere else, and
		// breaking every sentence it stands in: anchor text, even where
		// a place name beside it looks like part of a name ("Roofing
		// Contractor Denver").
		return true, "a product or service, foreign to the text, breaking the grammar", lo
	}
	return false, "no evidence strong enough", 0
}

// foreignWords reports whether the phrase's words, other than function
// words and sales modifiers ("best", "online"), occur nowhere in the text,
// in any case, outside its own runs and those of keywords already found
// (marked in keywords, if not nil): a topic's words turn up on their own.
func foreignWords(toks []token, idx *wordIndex, g *gram, keywords []bool) bool {
	for _, w := range g.words {
		l := strings.ToLower(w)
		if salesWords[l] || function(lexicon.Tag(l)) && lexicon.Count(l) > 0 {
			continue
		}
		for _, p := range idx.positions(l) {
			if !inRun(toks, g.words, p) && (keywords == nil || !keywords[p]) {
				return false
			}
		}
	}
	return true
}

// unknownWord: a word the corpus lacks that is not a name (lower case, or an
// all-capitals acronym).
func unknownWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return wordCount(w) == 0 && (!unicode.IsUpper(r) || strings.ToUpper(w) == w)
}

// titleWord: a common noun written with a capital ("Contractor").
func titleWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	st, ok := lexicon.Lookup(w)
	return ok && unicode.IsUpper(r) && st.CapRatio() < 0.3 && commonNoun(st.Tag)
}

// partOfNames: half or more of the occurrences have a capitalised word
// beside them ("the Structural Clay Products Institute", "the Mutual
// Security Act"), so the phrase is part of a name.
func partOfNames(toks []token, g *gram) bool {
	named := 0
	for _, i := range g.at {
		j := i + len(g.words)
		prevCap := i > 0 && toks[i-1].word && !toks[i].nl && capital(toks[i-1]) && !startsSentence(toks, i-1)
		nextCap := j < len(toks) && toks[j].word && !toks[j].nl && capital(toks[j])
		if prevCap || nextCap {
			named++
		}
	}
	return 2*named >= len(g.at)
}

// wordIndex locates a document's words once for all candidate phrases.
type wordIndex struct {
	toks []token
	// Built on the first positions call: most documents weigh no phrase.
	lower   map[string][]int // stem of the lower-cased word → token indexes
	capMid  map[string][]int // stem of a capitalised word inside a sentence
	capable []bool           // a word that can be evidence (rare, unknown, Title Case)
	hash    []uint64         // FNV-1a of each token's text
}

// positions lists where w occurs: a lower-case word in any case, a
// capitalised one capitalised inside a sentence (a story about turkeys is
// not about Turkey).
func (idx *wordIndex) positions(w string) []int {
	if idx.lower == nil {
		idx.lower, idx.capMid = map[string][]int{}, map[string][]int{}
		for j, t := range idx.toks {
			if !t.word {
				continue
			}
			idx.lower[stem(t.lower)] = append(idx.lower[stem(t.lower)], j)
			if capital(t) && !startsSentence(idx.toks, j) {
				idx.capMid[stem(t.text)] = append(idx.capMid[stem(t.text)], j)
			}
		}
	}
	if l := strings.ToLower(w); l == w {
		return idx.lower[stem(l)]
	}
	return idx.capMid[stem(w)]
}

// FNV-1a, for words and for runs of word hashes.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// sameRun reports whether the n tokens from a and from b are the same words.
func sameRun(toks []token, a, b, n int) bool {
	for k := range n {
		if toks[a+k].text != toks[b+k].text {
			return false
		}
	}
	return true
}

func indexWords(toks []token) *wordIndex {
	idx := &wordIndex{toks: toks, capable: make([]bool, len(toks)), hash: make([]uint64, len(toks))}
	for j, t := range toks {
		h := uint64(fnvOffset)
		for k := 0; k < len(t.text); k++ {
			h = (h ^ uint64(t.text[k])) * fnvPrime
		}
		idx.hash[j] = h
		if !t.word {
			continue
		}
		mid := capital(t) && !startsSentence(toks, j)
		c := 0
		if t.lex != nil {
			c = t.lex.Count
		}
		if st := stem(t.lower); st != t.lower {
			c = max(c, lexicon.Count(st))
		}
		idx.capable[j] = c < clearlyRare
		if !idx.capable[j] && mid {
			idx.capable[j] = t.lex == nil || t.lex.CapRatio() < 0.3
		}
	}
	return idx
}

// inRun reports whether token p lies in a run of two or more consecutive
// words of kw.
func inRun(toks []token, kw []string, p int) bool {
	n := len(kw)
	for s := max(0, p-n+1); s <= p; s++ {
		for m := n; m >= 2 && s+m > p; m-- {
			if subphraseAt(toks, nil, s, kw, m, false) >= 0 {
				return true
			}
		}
	}
	return false
}

// commonNoun: a noun or a gerund; names built of adjectives ("Garden
// Fresh", "Mutual Security", "Blue Skies") are not the shape of a service
// keyword ("Roofing Contractor").
func commonNoun(tag string) bool { return tag == "nn" || tag == "nns" || tag == "vbg" }

// nounPhrase: every word is tagged as a noun or adjective ("weight loss
// pills", "payday loans"), the shape of a product keyword, not of prose
// ("act likewise").
func nounPhrase(tg tagged, g *gram) bool {
	for k := range g.words {
		switch tg.tags[g.at[0]+k] {
		case "nn", "nns", "np", "nps", "jj":
		default:
			return false
		}
	}
	return true
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

const (
	clearlyRare = 20
	clearBreak  = 1.5
	titleBreak  = -2
	// commercialBreak is how far out of place a product keyword must be
	// at each of its occurrences, onceBreak at its only one.
	commercialBreak = 0
	onceBreak       = 1.5
)

// function: a closed-class tag (article, preposition, pronoun, auxiliary...).
func function(tag string) bool {
	switch {
	case tag == "nn" || tag == "nns" || tag == "np" || tag == "nps" || tag == "jj" || tag == "cd" ||
		strings.HasPrefix(tag, "vb") || tag == "rb" || tag == "jjr" || tag == "jjt" || tag == "jjs" || tag == "nr":
		return false
	}
	return true
}

// ownSubjectsAside drops calls to action whose slot names what the text is
// about: "If you have any questions about vaccines, call us." in a notice
// that talks of vaccines is the author's. A slot's rarer word that occurs twice
// outside call-to-action sentences and outside runs of the keyword make it
// the text's subject (words the corpus has fewer than twenty times name a
// topic; "loss" or "weight" do not); an anchor keyword's words occur only in
// its runs.
// A sentence praising "this article" is spam whatever its slot.
func ownSubjectsAside(toks []token, idx *wordIndex, ctas []cta) []cta {
	if len(ctas) == 0 {
		return nil
	}
	inCTA := make([]bool, len(toks))
	for _, c := range ctas {
		for i := c.sent.from; i < c.sent.to; i++ {
			inCTA[i] = true
		}
	}
	out := ctas[:0]
	for _, c := range ctas {
		if c.selfRef || c.slotTo <= c.slotFrom {
			out = append(out, c)
			continue
		}
		var kw []string
		for i := c.slotFrom; i < c.slotTo; i++ {
			if toks[i].word {
				kw = append(kw, toks[i].text)
			}
		}
		if !idx.mentionedTwice(toks, inCTA, kw, clearlyRare) {
			out = append(out, c)
		}
	}
	return out
}

// mentionedTwice reports whether one of kw's words rarer than rarer occurs
// twice on its own: outside skipped tokens and outside runs of kw.
func (idx *wordIndex) mentionedTwice(toks []token, skip []bool, kw []string, rarer int) bool {
	for _, w := range kw {
		if len(w) <= 3 || wordCount(w) >= rarer {
			continue
		}
		mentions := 0
		for _, p := range idx.positions(w) {
			if !skip[p] && !inRun(toks, kw, p) {
				mentions++
			}
		}
		if mentions >= 2 {
			return true
		}
	}
	return false
}
