package spam

import (
	"math"
	"slices"
	"strings"
	"unicode"

	"github.com/unspin/unspin/internal/lexicon"
)

// A call-to-action sentence of link spam sends the reader to the spammer's
// site and carries the anchor keyword the link was made of:
//
//	Here is more info in regards to X visit our webpage.
//	If you have any questions concerning where and how to use X, you can contact us at our own web-site.
//	Feel free to surf to my blog: X
//
// Templates are spun from synonyms and written in many shapes, so no rule
// on their wording finds them all. Each sentence that names a site, sends
// the reader somewhere or asks to be contacted is described by features of
// its words' roles (classes.go) and of how foreign its keyword is to the
// document, and a logistic model (model.go, trained by gen/ on spun
// families, real e-mail and Brown prose; see README.md) gives the log odds
// that it was injected. The keyword slot is found from its anchors: after
// the topic preposition ("in regards to", "about", "zu"), past a how-clause
// ("where and how to use"), or after the site of a signature; before the
// comma, the call ("kindly visit", "you can contact us") or the site.

// cta is one candidate sentence and its verdict.
type cta struct {
	sent span
	// slot holds the keyword's tokens [slotFrom, slotTo); empty when no
	// slot could be placed.
	slotFrom, slotTo int
	feats            features
	logit            float64
	address          bool // names a real address: a page that gives its URL is a real one
	own              bool // judged spam, but its keyword is the text's own subject
	step             bool // an item of a numbered or bulleted list: an instruction's step (listStep)
	plain            bool // own for a plain topic (plainTopic), unless found pushed in elsewhere
}

func (c cta) hasSlot() bool { return c.slotTo > c.slotFrom }

// Feature indexes of the sentence model; featureNames must follow the same
// order (the trainer writes weights by name).
const (
	fBias = iota
	fOwnSite
	fOtherSite
	fContactUs
	fImperative
	fCall
	fPlease
	fCond
	fOffer
	fAsk
	fPraise
	fHere
	fYou
	fSlot
	fSlotForeign
	fSlotCommercial
	fSlotShape
	fSentForeign
	fSignature
	fLogWords
	fStrong
	fSlotFree
	nFeatures
)

var featureNames = [nFeatures]string{
	"bias", "own_site", "other_site", "contact_us", "imperative", "call", "please", "conditional", "offer",
	"ask", "praise", "here", "you", "slot", "slot_foreign", "slot_commercial", "slot_shape", "sentence_foreign",
	"signature", "log_words", "strong_verb", "slot_free",
}

type features [nFeatures]float64

func (f *features) logit(w *[nFeatures]float64) float64 { return dot(w[:], f[:]) }

// findCTAs returns the candidate sentences of the document, each judged.
// Sentences hide behind false boundaries ("on Nov. Here is ..."), so every
// capital may start one; of the starts inside one sentence, the latest one
// whose sentence is judged a call to action is taken, else the best.
// Unless exact, a sentence whose log odds cannot reach sentenceFloor is
// given a bound of them, not them (judge): such a sentence counts for
// nothing.
func findCTAs(text string, d *docWords, w *[nFeatures]float64, exact bool) []cta {
	toks := d.toks
	var out []cta
	triggeredGroups(toks, func(starts []int, k, last int, prev span) {
		// Where the first start's sentence may be the second half of a
		// call to action in two sentences (below), which of the group's
		// sentences is best counts, however poor: all are judged exactly.
		prev = questionOf(text, toks, prev)
		exact := exact || askedBefore(toks, prev, span{from: starts[k]})
		// The latest start that is judged spam; then back over earlier
		// starts while only words of the template's classes lie
		// between ("Wenn Sie weitere Fragen ...": German capitalises
		// nouns), not the author's ("--Harlan Wenn Sie", "on Nov.
		// Here is").
		var best cta
		found := false
		for m := last; m >= k; m-- {
			c := judge(text, d, sentenceFrom(toks, starts[m]), w, exact)
			if c.spam() {
				for m > k && classWordsOnly(toks, starts[m-1], starts[m]) {
					m--
				}
				if sentenceFrom(toks, starts[m]).from != c.sent.from {
					c = judge(text, d, sentenceFrom(toks, starts[m]), w, exact)
				}
				best, found = c, true
				break
			}
			if !found || c.logit > best.logit {
				best, found = c, true
			}
		}
		if !best.spam() && best.sent.from == starts[k] && askedBefore(toks, prev, best.sent) {
			// A call to action in two sentences: the question names the
			// keyword, the call sends the reader ("Questions about X?
			// Contact us at our website.", "Looking for X? Visit our
			// site."). Judged as one sentence, removed whole or not at all.
			if c := judge(text, d, span{from: prev.from, to: best.sent.to, start: prev.start, end: best.sent.end}, w, exact); c.spam() {
				best = c
			}
		}
		if from := praiseBefore(toks, prev, best.sent); best.spam() && from >= 0 {
			// A comment's praise before its call ("Thanks for sharing!
			// I wrote about X on my blog.") is the spammer's too.
			best.sent = span{from: from, to: best.sent.to, start: toks.start(from), end: best.sent.end}
		}
		out = append(out, best)
	})
	return out
}

// praiseBefore returns where a comment's short praise of what it comments
// on begins, when the end of sentence prev, right before s on its line, is
// one: a few words of praise or thanks, of the work praised, and function
// words, led by praise or an intensifier ("Great read!", "Thanks for
// sharing!", "Very useful post.", "> Awesome write-up!" after a quote's
// mark; not the author's "Which is nice."); -1 if none.
func praiseBefore(toks *tokens, prev, s span) int {
	if prev.to != s.from || prev.to <= prev.from || toks.nl(s.from) || !toks.is(prev.to-1, "!") && !toks.is(prev.to-1, ".") {
		return -1
	}
	words, praised, from := 0, false, prev.to-1
	for i := prev.to - 2; i >= prev.from; i-- {
		if !toks.word(i) {
			if !toks.is(i, ",") {
				break // a quote's mark, a bracket: the praise starts after it
			}
			continue
		}
		if words > 0 && toks.nl(i+1) {
			break
		}
		switch {
		case toks.cls(i)&(clPraise|clWork) != 0 || praiseWords[toks.lower(i)]:
			praised = true
		case !toks.fn(i) && !intensifiers[toks.lower(i)]:
			return -1
		}
		words++
		from = i
	}
	if !praised || words > maxPraiseWords || toks.fn(from) && !intensifiers[toks.lower(from)] {
		return -1
	}
	return from
}

// maxPraiseWords: a comment's praise is short.
const maxPraiseWords = 6

// praiseWords praise or thank: with the work words (clWork) and the
// verbs of liking (clPraise), the words a comment's praise is made of.
var praiseWords = set("thanks", "thank", "thx", "great", "nice", "awesome", "excellent", "wonderful", "fantastic",
	"useful", "helpful", "informative", "interesting", "amazing", "superb", "brilliant", "good", "sharing", "read")

// intensifiers strengthen praise ("very useful", "so much").
var intensifiers = set("very", "really", "so", "much", "truly", "such", "lot")

// askedBefore reports whether sentence prev is a short question right
// before sentence s, in the same paragraph: the first half of a call to
// action in two sentences.
func askedBefore(toks *tokens, prev, s span) bool {
	if prev.to != s.from || prev.to <= prev.from || toks.text(prev.to-1) != "?" || toks.para(s.from) {
		return false
	}
	words := 0
	for i := prev.from; i < prev.to; i++ {
		if toks.word(i) {
			words++
		}
	}
	return words >= 2 && words <= maxQuestionWords
}

// questionOf is the end of sentence prev from its first start (a capital
// inside it, nextStart) that leaves at most maxQuestionWords words on one
// line and no address: the question a call to action in two sentences
// may begin with, where the line before ran into it ("…/listinfo/rpm-list
// Searching for X? Visit our site today."); prev whole if none.
func questionOf(text string, toks *tokens, prev span) span {
	if prev.to <= prev.from || toks.text(prev.to-1) != "?" {
		return prev
	}
	broken := false
	for i := prev.from; i < prev.to; i = nextStart(toks, i+1) {
		words, line, whole := 0, true, true
		for j := i; j < prev.to; j++ {
			if toks.word(j) {
				words++
				// Not across a break a sentence starts after ("Roi
				// wrote : Need X?", "-----END PGP SIGNATURE----- Need
				// X?", "<snip> Have a question about X?"): what
				// stands before it is the author's.
				whole = whole && (j == i || !startsSentence(toks, j) && !closedBefore(toks, j))
			}
			line = line && (j == i || !toks.nl(j))
		}
		if !whole {
			broken = true
			continue
		}
		if words <= maxQuestionWords && line && !hasAddress(text[toks.start(i):prev.end]) {
			// A name before a later start is the line's, not the
			// question's ("GMT Shopping for X?", "Utel.no Searching for
			// X?": a header's or a signature's last word).
			k := nextStart(toks, i+1)
			for k < prev.to && nameWord(toks, k) {
				k = nextStart(toks, k+1) // ("Sydney Dec2001 Extra info ...?")
			}
			if k < prev.to && nameWord(toks, i) && wordsIn(toks, k, prev.to) >= 2 {
				continue
			}
			return span{from: i, to: prev.to, start: toks.start(i), end: prev.end}
		}
	}
	if broken {
		return span{from: prev.to, to: prev.to, start: prev.end, end: prev.end} // no question
	}
	return prev
}

// wordsIn counts the words of tokens [from, to).
func wordsIn(toks *tokens, from, to int) int {
	n := 0
	for i := from; i < to; i++ {
		if toks.word(i) {
			n++
		}
	}
	return n
}

// closedBefore: a bracket closes right before word j, apart from it
// ("<snip> Have", "[1] Visit", "(page 34) If"): what it closed is no
// part of a sentence that starts at j.
func closedBefore(toks *tokens, j int) bool {
	p := j - 1
	return p >= 0 && toks.end(p) < toks.start(j) && (toks.is(p, ">") || toks.is(p, ")") || toks.is(p, "]"))
}

// maxQuestionWords: the question of a call to action in two sentences is
// short ("Any questions about X?", "In need of X?").
const maxQuestionWords = 12

// triggeredGroups calls f for each sentence that holds a trigger word
// (triggered), with the starts that lie inside it, starts[k..last]: every
// capital after the first may begin the sentence a template hides; and
// with the sentence before it (empty for the first).
func triggeredGroups(toks *tokens, f func(starts []int, k, last int, prev span)) {
	// The starts of one sentence at a time (nextStart): a long text's
	// list of them all took 8 bytes a start.
	starts := toks.starts[:0]
	var prev span
	for i := nextStart(toks, 0); i < toks.len(); {
		if i == 0 || toks.para(i) {
			// No sentence runs on past a blank line, and the token after
			// one starts a sentence: a paragraph without a word of the
			// classes mayTrigger looks for is passed over whole. (The
			// sentence before a paragraph's first is no question of its
			// call to action, askedBefore: prev is not asked for.)
			c, end := toks.classes[i], i+1
			for ; end < toks.len() && !toks.para(end); end++ {
				c |= toks.classes[end]
			}
			if c&mayTriggerClasses == 0 {
				i, prev = end, span{}
				continue
			}
		}
		s := sentenceFrom(toks, i)
		if !mayTrigger(toks, s) || !triggered(toks, s) {
			// The starts inside a sentence that triggers nothing are
			// not asked for: on to the first start past it.
			i, prev = nextStart(toks, s.to), s
			continue
		}
		starts = append(starts[:0], i)
		for i = nextStart(toks, i+1); i < s.to; i = nextStart(toks, i+1) {
			starts = append(starts, i)
		}
		f(starts, 0, len(starts)-1, prev)
		prev = s
	}
	toks.starts = starts
}

// classWordsOnly: tokens [i, j) are words of the template classes (or
// function words) on one line.
func classWordsOnly(toks *tokens, i, j int) bool {
	for k := i; k < j; k++ {
		t := k
		if k > i && toks.nl(t) || !toks.word(t) || toks.cls(t)&(roles|clOpens) == 0 && !toks.fn(t) {
			return false
		}
	}
	return true
}

// triggered reports whether sentence s holds a word Needed looks for: a
// site, a verb that sends the reader somewhere, "us" beside a verb of
// contact, or a word of what link spam sells. Only such sentences are
// judged.
func triggered(toks *tokens, s span) bool {
	for i := s.from; i < s.to; i++ {
		c := toks.cls(i)
		if c&(clSite|clStrong) != 0 || c&clUs != 0 && contactBeside(toks, i, s) || commercial(toks, i) {
			return true
		}
	}
	return false
}

// contactBeside: a verb of contact among the two words before token i or
// the two after ("contact us", "get in touch with us", "nous contacter").
func contactBeside(toks *tokens, i int, s span) bool {
	if toks.cls(i)&clContact != 0 {
		return true
	}
	n := 0
	for j := i - 1; j >= s.from && n < 2; j-- {
		if toks.word(j) {
			if toks.cls(j)&clContact != 0 {
				return true
			}
			n++
		}
	}
	n = 0
	for j := i + 1; j < s.to && n < 2; j++ {
		if toks.word(j) {
			if toks.cls(j)&clContact != 0 {
				return true
			}
			n++
		}
	}
	return false
}

// spam: the sentence is judged a call to action, sends the reader
// somewhere (a site, "us", an imperative's object) and carries a keyword.
func (c cta) spam() bool {
	return c.logit >= 0 && c.sends() && c.hasSlot() && !c.address
}

// sends: the sentence sends the reader somewhere: a site, "us", or an
// imperative's object where a keyword of the trade is that object (with
// no site or contact in it, "Visit beautiful Wisconsin Dells." is a
// fortune cookie).
func (c cta) sends() bool {
	return c.destination() || !c.step && c.feats[fImperative] > 0 && c.feats[fSlotCommercial] > 0
}

// listStep: sentence s opens an item of a list, after a number or a
// bullet that begins its line ("2. Click your profile picture, then go to
// Settings"): a step of the author's instructions. Without a destination
// such an imperative sends the reader nowhere; a spinner pushes its call
// into a paragraph, not in as a list's item.
func listStep(toks *tokens, s span) bool {
	j := s.from - 1
	if j < 0 || toks.nl(s.from) {
		return false
	}
	switch t := toks.text(j); {
	case t == "-" || t == "*" || t == "•" || t == "–":
		return toks.nl(j) || j == 0
	case t == "." || t == ")":
		if j == 0 {
			return false
		}
		n := toks.text(j - 1)
		return (toks.nl(j-1) || j-1 == 0) && n != "" && strings.Trim(n, "0123456789") == ""
	}
	return false
}

// destination: the sentence names where it sends the reader, a site (its
// own or another's), "us" with a verb of contact, or a call to one.
func (c cta) destination() bool {
	f := &c.feats
	return f[fOwnSite]+f[fOtherSite]+f[fContactUs]+f[fCall] > 0
}

// judge computes the features of sentence s and the model's log odds;
// unless exact, where they cannot reach sentenceFloor whatever the
// sentence's share of foreign words (fSentForeign, the costliest feature,
// left 0), a bound of them.
func judge(text string, d *docWords, s span, w *[nFeatures]float64, exact bool) cta {
	return judgeSlot(text, d, s, w, exact, 0, 0)
}

// judgeSlot is judge with the keyword slot at tokens [a, b) where b > a
// (a keyword found elsewhere in the text), not placed by the anchors.
func judgeSlot(text string, d *docWords, s span, w *[nFeatures]float64, exact bool, a, b int) cta {
	toks := d.toks
	c := cta{sent: s, step: listStep(toks, s)}
	// A page that gives its address, in the sentence or, where the sentence
	// runs on into it, on the line after ("visit our website\nhttp://www.
	// standardlife.com/"), is a real one: an injected sentence's link was
	// its anchor, and went with the markup.
	c.address = hasAddress(text[s.start:s.end]) || addressNext(text[s.end:]) || linkText(text[s.start:min(len(text), s.end+8)])
	if last := s.to - 1; !toks.sentenceEnd(last) || toks.text(last) == ":" {
		next := text[s.end:min(len(text), s.end+120)]
		body := strings.TrimLeft(next, " \t\r\n")
		// Not past a blank line: a paragraph of its own is not the
		// sentence's.
		gap := next[:len(next)-len(body)]
		if k := strings.Index(body, "\n"); k >= 0 {
			next = next[:len(gap)+k]
		}
		c.address = c.address || strings.Count(gap, "\n") < 2 && hasAddress(next)
	}
	// (The lists of token indexes are the document's, reused by each
	// sentence judged.)
	words := d.judged[0][:0]
	for i := s.from; i < s.to; i++ {
		if toks.word(i) {
			words = append(words, i)
		}
	}
	d.judged[0] = words
	f := &c.feats
	f[fBias] = 1
	f[fLogWords] = math.Log(float64(len(words) + 1))
	if len(words) < 3 || toks.text(s.from) == "(" || toks.text(s.from) == "[" || codeLines(text, s.start, s.end) || quotedInSentence(toks, s) {
		// "SURF BOARDING", a heading, is too short for a call to action;
		// "(see chart on Page One)" is a cross-reference; "/* Follow
		// symbolic links. */" beside a #define is a program's comment;
		// a call quoted inside the author's sentence is mentioned.
		c.logit = math.Inf(-1)
		return c
	}
	// The first word after politeness ("Please visit", "Also see").
	first := 0
	for first < len(words)-1 && (toks.cls(words[first])&clPlease != 0 || toks.cls(words[first])&clLead != 0) {
		first++
	}
	lead := words[first]
	if toks.cls(lead)&(clCTA|clContact) != 0 && toks.cls(lead)&(clCond|clYou) == 0 {
		f[fImperative] = 1
	}
	if toks.cls(words[0])&clCond != 0 || len(words) > 1 && toks.lower(words[0]) == "in" && toks.cls(words[1])&clCond != 0 ||
		len(words) > 2 && toks.lower(words[0]) == "in" && toks.cls(words[2])&clCond != 0 {
		f[fCond] = 1
	}
	if toks.cls(words[0])&clHere != 0 {
		f[fHere] = 1
	}
	for k, i := range words {
		t := i
		switch {
		case toks.cls(t)&clSite != 0:
			if before(toks, words, k, 3, clSelf) {
				f[fOwnSite] = 1
			} else if before(toks, words, k, 3, clDet) {
				f[fOtherSite] = 1
			}
		case toks.cls(t)&clUs != 0 && contactBeside(toks, i, s):
			f[fContactUs] = 1
		}
		if toks.cls(t)&(clCTA|clContact) != 0 && after(toks, words, k, 4, clSite|clUs|clSelf) {
			f[fCall] = 1
		}
		if toks.cls(t)&clStrong != 0 {
			f[fStrong] = 1
		}
		// ("free": four ASCII letters, as no other letter lower-cases to
		// one of them.)
		if toks.cls(t)&clPlease != 0 || len(toks.text(t)) == 4 && toks.lower(t) == "free" && k > 0 && toks.lower(words[k-1]) == "feel" {
			f[fPlease] = 1
		}
		if toks.cls(t)&clInfo != 0 && before(toks, words, k, 3, clMore|clFor) || toks.cls(t)&clMore != 0 && k+1 < len(words) && opensTopic(toks, words[k+1], s.to) {
			f[fOffer] = 1
		}
		if toks.cls(t)&clAsk != 0 {
			f[fAsk] = 1
		}
		if toks.cls(t)&clWork != 0 && before(toks, words, k, 2, clThis) && before(toks, words, k, 4, clPraise) {
			f[fPraise] = 1
		}
		if toks.cls(t)&clYou != 0 {
			f[fYou] = 1
		}
	}
	final := false
	if b > a {
		c.slotFrom, c.slotTo = a, b
	} else {
		c.slotFrom, c.slotTo, final = findSlot(toks, words, s)
	}
	// Only from a sentence's real start: a capital inside one, as of a
	// keyword in Title Case, starts no sentence to place a slot in.
	// Where an anchor placed a slot that is no keyword ("more
	// information about the scholarship program"), there is none.
	// Someone else's site is a call's only in a sentence with a verb ("A
	// fast link checker and web site maintenance tool" names a program).
	otherSite := f[fOtherSite] > 0 && hasVerb(toks, words)
	if !c.hasSlot() && b <= a && (f[fOwnSite]+f[fContactUs]+f[fCall] > 0 || otherSite) && startsSentence(toks, s.from) && !final {
		if c.slotFrom, c.slotTo = freeSlot(d, words, s); c.hasSlot() {
			f[fSlotFree] = 1
		}
	}
	if c.hasSlot() {
		f[fSlot] = 1
		kw := d.judged[1][:0]
		for i := c.slotFrom; i < c.slotTo; i++ {
			if toks.word(i) {
				kw = append(kw, i)
			}
		}
		d.judged[1] = kw
		f[fSlotForeign] = d.keywordForeign(kw, s)
		f[fSlotCommercial] = commercialShare(toks, kw)
		for _, i := range kw {
			if toks.capital(i) && i != words[0] || !lexicon.Known(toks.lower(i)) {
				f[fSlotShape] = 1
			}
		}
		if c.slotTo == s.to || c.slotTo < s.to && !toks.word(c.slotTo) && c.slotTo+1 >= s.to {
			if c.slotFrom > s.from && (toks.cls(c.slotFrom-1)&clSite != 0 || signatureMarks[toks.text(c.slotFrom-1)]) {
				f[fSignature] = 1
			}
		}
	}
	if bound := f.logit(w) + max(0, w[fSentForeign]); !exact && bound < sentenceFloor {
		c.logit = bound
		return c
	}
	open := d.judged[2][:0]
	for _, i := range words {
		if toks.cls(i)&roles == 0 && !toks.fn(i) {
			open = append(open, i)
		}
	}
	d.judged[2] = open
	f[fSentForeign] = d.foreignShare(open, s)
	c.logit = f.logit(w)
	return c
}

// quotedInSentence is rule QUOTED-CALL-MENTIONED: sentence s holds a
// quotation that the author's words lead into and go on after (Comments
// like "Very informative article, visit our store" are written for
// crawlers), and every word of the call stands inside it: a call quoted
// is one the author writes about, not one pushed into the text. (A call
// that quotes its keyword, Visit our store for "best deals" today, has its
// words outside the quotation.)
func quotedInSentence(toks *tokens, s span) bool {
	from := s.from
	if from > 0 && quoteMark(toks.text(from-1)) {
		from-- // (the opening mark may stand just before a sentence begun at a capital)
	}
	q, c := -1, -1
	for i := from; i < s.to; i++ {
		if !toks.word(i) && quoteMark(toks.text(i)) {
			if q < 0 {
				q = i
			} else {
				c = i
				break
			}
		}
	}
	if q < 1 || c < 0 || c+1 >= s.to || !toks.word(q-1) || !toks.word(c+1) || toks.nl(q) || toks.nl(c+1) {
		return false
	}
	for i := s.from; i < s.to; i++ {
		if (i < q || i > c) && toks.cls(i)&(clSite|clStrong|clCTA|clContact|clUs) != 0 {
			return false
		}
	}
	return true
}

// quoteMark: a double quotation mark, straight or typographic.
func quoteMark(t string) bool {
	switch t {
	case `"`, "“", "”", "„", "«", "»":
		return true
	}
	return false
}

// codeLines reports whether text[start:end], with the comment marks
// around it, is a program's: it holds an identifier joined by an
// underscore (AT_SYMLINK_FOLLOW, find_links) or a scope's "::"
// (My::Site::Shop, std::string), a hexadecimal number, a
// comment's mark ("/*", "*/", "//" but in an address), a preprocessor
// line, a variable's sigil ("$info") or a call's "();". Link spam is
// written into prose, and a program's comment that reads like a call to
// action ("/* Do not follow symbolic links. */") is its author's.
func codeLines(text string, start, end int) bool {
	// (Three bytes either side: a comment's marks and the space inside.)
	line := text[max(0, start-3):min(len(text), end+3)]
	for i := 0; i+1 < len(line); i++ {
		c, d := line[i], line[i+1]
		if !codeByte[c] {
			continue // (most bytes: one table look-up)
		}
		switch {
		case c == '_' && i > 0 && isIdent(line[i-1]) && isIdent(d):
			return true
		case c == ':' && d == ':' && i > 0 && isIdent(line[i-1]) && i+2 < len(line) && isIdent(line[i+2]):
			return true
		case c == '0' && (d == 'x' || d == 'X') && i+2 < len(line) && isHex(line[i+2]) && (i == 0 || !isIdent(line[i-1])):
			return true
		case c == '/' && d == '*', c == '*' && d == '/':
			return true
		case c == '/' && d == '/' && (i == 0 || line[i-1] != ':'):
			return true
		case c == '#' && (strings.HasPrefix(line[i:], "#define") || strings.HasPrefix(line[i:], "#include") || strings.HasPrefix(line[i:], "#if")):
			return true
		case c == '$' && ('a' <= d && d <= 'z' || 'A' <= d && d <= 'Z' || d == '{'):
			return true
		case c == '(' && d == ')' && i+2 < len(line) && line[i+2] == ';':
			return true
		}
	}
	return false
}

// codeByte marks the bytes codeLines looks further at.
var codeByte = func() (t [256]bool) {
	for _, b := range []byte("_0/*#$(:") {
		t[b] = true
	}
	return t
}()

func isIdent(b byte) bool {
	return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9'
}

func isHex(b byte) bool {
	return '0' <= b && b <= '9' || 'a' <= b && b <= 'f' || 'A' <= b && b <= 'F'
}

// contentForeign: every word of c's slot but function words ("for" of "CBD
// oil for dogs", "to" of "cheap flights to Paris") is foreign to the text
// (keywordForeign): those words name no subject.
func (d *docWords) contentForeign(c cta) bool {
	if !c.hasSlot() {
		return false
	}
	content := d.judged[1][:0]
	for i := c.slotFrom; i < c.slotTo; i++ {
		if d.toks.word(i) && !d.toks.fn(i) {
			content = append(content, i)
		}
	}
	d.judged[1] = content
	return len(content) > 0 && d.keywordForeign(content, c.sent) == 1
}

// leadWords may stand before the verb of an imperative ("Also visit",
// "Then check out", "Just stop by").
var leadWords = set("also", "just", "then", "so", "now", "and", "do", "why", "not", "simply", "feel", "free", "to", "be", "sure", "don't", "forget", "make")

// before reports whether one of the n words before words[k] has a class of cls.
func before(toks *tokens, words []int, k, n int, cls class) bool {
	for j := k - 1; j >= 0 && j >= k-n; j-- {
		if toks.cls(words[j])&cls != 0 {
			return true
		}
	}
	return false
}

// after reports whether one of the n words after words[k] has a class of cls.
func after(toks *tokens, words []int, k, n int, cls class) bool {
	for j := k + 1; j < len(words) && j <= k+n; j++ {
		if toks.cls(words[j])&cls != 0 {
			return true
		}
	}
	return false
}

// addressNext: the next line starts with an address ("Click to buy!\n
// <http://...>"). An address after a blank line starts a paragraph of its
// own (a mailing list's footer), and is no page's of the sentence.
func addressNext(rest string) bool {
	// (Only white space may stand before the line's end: not looked for
	// past it, which read a long line to its end for every sentence.)
	nl := len(rest) - len(strings.TrimLeft(rest, " \t\r"))
	if nl == len(rest) || rest[nl] != '\n' {
		return false
	}
	next := strings.TrimLeft(rest[nl+1:], " \t\r<")
	if k := strings.IndexAny(next, " \t\r\n"); k >= 0 {
		next = next[:k]
	}
	return hasAddress(next)
}

// hasAddress: s holds "www.", "http", "@", ".com", ".org" or ".net", in
// any case (ASCII's: no other letter lower-cases to one of these), or a
// host of any domain with a path ("priyaraman.design/blog").
func hasAddress(s string) bool {
	digits := 0
	for i := 0; i < len(s); i++ {
		if !addressByte[s[i]] {
			continue // (most bytes: one table look-up)
		}
		if '0' <= s[i] && s[i] <= '9' {
			digits++
			continue
		}
		switch s[i] | 0x20 {
		case '@' | 0x20:
			if s[i] == '@' {
				return true
			}
		case 'w':
			if hasFoldAt(s, i, "www.") {
				return true
			}
		case 'h':
			if hasFoldAt(s, i, "http") {
				return true
			}
		case '.':
			if hasFoldAt(s, i, ".com") || hasFoldAt(s, i, ".org") || hasFoldAt(s, i, ".net") || hostWithPath(s, i) {
				return true
			}
		}
	}
	// (A telephone number has seven digits or more.)
	return digits >= 7 && hasPhoneNumber(s)
}

// hostWithPath: the '.' at s[i], after a letter or digit, starts a
// top-level domain of two letters or more that a '/' ends.
func hostWithPath(s string, i int) bool {
	if i == 0 || !isASCIIWord(s[i-1]) {
		return false
	}
	j := i + 1
	for j < len(s) && ('a' <= s[j]|0x20 && s[j]|0x20 <= 'z') {
		j++
	}
	return j-i-1 >= 2 && j < len(s) && s[j] == '/'
}

// addressByte holds the bytes hasAddress's words start with, in either
// case (as its switch folds them).
// hasPhoneNumber: s holds a telephone number: seven digits or more in
// groups of one to four, the last of four, joined by the marks numbers
// are written with ("555-1234", "(212) 555 0100", "+44 20 7946 0958",
// "1-800-555-0199"), not a range of years ("1952-1958"), a date
// ("2020-08-19") or a reference ("Odyssey 8 266-366"). A business that
// gives its number is reached by it: link spam's payload is the anchor,
// which went with the markup, not a number to dial.
func hasPhoneNumber(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			continue
		}
		var sizes [8]int // digits per group, up to eight groups
		groups, digits, j := 0, 0, i
		for ; j < len(s) && groups < len(sizes); j++ {
			c := s[j]
			if '0' <= c && c <= '9' {
				sizes[groups]++
				digits++
				continue
			}
			if (c == '-' || c == ' ' || c == '.') && j+1 < len(s) && '0' <= s[j+1] && s[j+1] <= '9' ||
				c == ')' && j+2 < len(s) && s[j+1] == ' ' && '0' <= s[j+2] && s[j+2] <= '9' {
				groups++
				if c == ')' {
					j++
				}
				continue
			}
			break
		}
		n := min(groups+1, len(sizes))
		grouped := n >= 2
		for _, k := range sizes[:n] {
			grouped = grouped && k >= 1 && k <= 4
		}
		years := n == 2 && sizes[0] == 4 && sizes[1] == 4
		date := n == 3 && sizes[0] == 4 && sizes[1] <= 2 && sizes[2] <= 2
		if digits >= 7 && grouped && sizes[n-1] == 4 && !years && !date {
			return true
		}
		i = j
	}
	return false
}

var addressByte = func() (t [256]bool) {
	for b := range t {
		switch byte(b) | 0x20 {
		case '@' | 0x20, 'w', 'h', '.':
			t[b] = true
		}
		if '0' <= b && b <= '9' {
			t[b] = true
		}
	}
	return t
}()

// hasFoldAt: s holds the lower-case ASCII word w at i, in any case.
func hasFoldAt(s string, i int, w string) bool {
	if len(s)-i < len(w) {
		return false
	}
	for k := 0; k < len(w); k++ {
		c := s[i+k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[k] {
			return false
		}
	}
	return true
}

// opensTopic reports a topic preposition ("about", "in regards to") at token i.
func opensTopic(toks *tokens, i, limit int) bool {
	return openerAt(toks, i, limit) > 0
}

// openerAt returns the length in tokens of the topic opener at i, 0 if none.
func openerAt(toks *tokens, i, limit int) int {
	if toks.cls(i)&clOpens == 0 {
		return 0
	}
	for _, op := range openersByFirst[toks.lower(i)] {
		if matchWords(toks, i, limit, op) {
			return len(op)
		}
	}
	return 0
}

func matchWords(toks *tokens, i, limit int, ws []string) bool {
	if i+len(ws) > limit {
		return false
	}
	for k, w := range ws {
		if toks.lower(i+k) != w {
			return false
		}
	}
	return true
}

// findSlot places the keyword: after its left anchor, up to its right one.
// The anchors are tried in turn (leftAnchors) while one places no words or
// a lone common word: a topic preposition inside the keyword ("my webpage
// - CBD oil for dogs") leaves the signature's anchor. An anchor whose
// words are the text's own ("more information about the scholarship
// program, please ... visit our office on Main Street") ends the search:
// the sentence has no keyword.
func findSlot(toks *tokens, words []int, s span) (int, int, bool) {
	var anchors [maxAnchors]int
	for _, from := range leftAnchors(toks, words, s, &anchors) {
		a, b, final := slotAt(toks, from, s)
		if b > a || final {
			return a, b, final
		}
	}
	return 0, 0, false
}

// slotAt places the keyword that begins at token from, up to its right
// anchor; an empty slot where no keyword stands there, final unless the
// anchor placed no words or a lone common word (another may place one).
func slotAt(toks *tokens, from int, s span) (a, b int, final bool) {
	if from < s.from || from >= s.to {
		return 0, 0, false
	}
	to := rightAnchor(toks, from, s)
	for to > from && (!toks.word(to-1) || to-1 > from && timeAdverb(toks, to-1)) {
		to--
	}
	for from < to && !toks.word(from) {
		from++
	}
	// "See {ratio site}", "see [Installation Guide]": a bracketed name is
	// a cross-reference's, the text's own entry, and a name in backticks
	// a program's; anchor text comes bare.
	if from < to && from > s.from && to < s.to && bracketed(toks.text(from-1), toks.text(to)) {
		return 0, 0, true
	}
	// "the best X", "a cheap X": the keyword begins at the sales word.
	if from+1 < to && (toks.lower(from) == "the" || toks.lower(from) == "a") && toks.cls(from+1)&clSales != 0 {
		from++
	}
	n, payload, site, determined := 0, false, true, false
	for i := from; i < to; i++ {
		if !toks.word(i) {
			if toks.text(i) != "&" && toks.text(i) != "-" {
				return 0, 0, true // a clause break inside: no keyword
			}
			continue
		}
		n++
		// A determiner or quantifier inside ("photos from the trip",
		// "some updates on the trip", "more pictures"): a phrase of the
		// text's own, where anchor text is bare.
		// (Not an article that opens a name, capitalised before a
		// capital: Las Vegas, Los Angeles, El Paso.)
		determined = determined || i > from && ownerWords[toks.lower(i)] && !nameArticle(toks, i, to) || quantifier(toks, i) || elidedArticle(toks.lower(i))
		if toks.cls(i)&roles&^(clHow|clAny|clDet|clThis|clNear|clMe|clFor|clSiteMod|clMore) == 0 && !toks.fn(i) {
			payload = true
		}
		site = site && toks.cls(i)&(clSelf|clDet|clSite|clSiteMod) != 0
	}
	if site {
		// The page the reader is sent to ("Découvrez X sur notre site
		// web": "sur" is "on" as well as "about"): another anchor may
		// place the keyword.
		return 0, 0, false
	}
	if n == 0 || n == 1 && !commercial(toks, from) && !brandShaped(toks.text(from)) {
		// A lone word, none of the niches, is no anchor keyword ("see step
		// 2", "Подробнее об экскурсиях на нашем сайте", "Read more about
		// composting on our blog", "ask for Dave", "Informationen zu
		// Rücksendungen"): anchor text is a phrase, a word of the trade,
		// or a brand's name in its shape ("1xBet", "bet365").
		return 0, 0, false
	}
	if n > 8 || !payload || clause(toks, from, to) || ownerWords[toks.lower(from)] || toks.cls(from)&clSelf != 0 || determined ||
		offerHead(toks, from, to) || adverbFirst(toks, from) || modifiersOnly(toks, from, to) || endsOpen(toks, to-1) ||
		conjunctions[toks.lower(from)] || conjunctions[toks.lower(lastWord(toks, from, to))] || learnsMore(toks, from, to) || dateOrNumber(toks, from, to) ||
		meansClause(toks, from) {
		// "questions about this policy", "details on the trail closures":
		// the text's own subject; an anchor keyword is a bare phrase. One
		// that says "more" is the offer ("чтобы узнать больше", "para
		// saber más", "um mehr zu erfahren": to learn more); one that a
		// conjunction begins or ends is a clause's piece ("or by texting
		// WARM to 70085", "вакансии и"); a date is the author's ("1
		// October").
		return 0, 0, true
	}
	return from, to, true
}

// nameArticle reports token i, a determiner of ownerWords (most of them
// articles), capitalised right before a capitalised word before to: the
// first word of a place's or a firm's name (Las Vegas, El Paso, The Home
// Depot), no determiner of the text's own. (Title Case makes a possessive
// such a word too: Our Services.)
func nameArticle(toks *tokens, i, to int) bool {
	return toks.capital(i) && i+1 < to && toks.word(i+1) && toks.capital(i+1)
}

// leadOnly: tokens [from, to) are words that lead an imperative ("feel
// free" of "feel free to contact us"), the call's, no keyword.
func leadOnly(toks *tokens, from, to int) bool {
	for i := from; i < to; i++ {
		if toks.word(i) && toks.cls(i)&clLead == 0 {
			return false
		}
	}
	return true
}

// meansClause: the slot at from is a gerund after "by" ("contact us by
// clicking REPLY", "by calling our office"): how the reader is to do it,
// a clause, no anchor text.
func meansClause(toks *tokens, from int) bool {
	if from == 0 || !toks.word(from-1) || toks.lower(from-1) != "by" || commercial(toks, from) {
		return false
	}
	return gerund(toks, from)
}

// whereUs: the slot at from follows "us" and a preposition of place
// ("follow us on Instagram for daily specials", "find us at the Old Mill",
// "contact us via the form"): where the speaker is to be found, the
// text's own, not an anchor keyword.
func whereUs(toks *tokens, s span, from int) bool {
	return from-2 >= s.from && toks.cls(from-2)&clUs != 0 && toks.word(from-1) && placeWords[toks.lower(from-1)]
}

// placeWords: prepositions of where one is found.
var placeWords = set("on", "at", "via", "through", "auf", "über", "sur", "en", "в", "на")

// brandShaped: w mixes letters and digits ("bet365", "1xbet") or has a
// capital after a small letter ("PokerStars"): a brand's name, which no
// word of a language is.
func brandShaped(w string) bool {
	letter, digit, lower := false, false, false
	for _, r := range w {
		switch {
		case unicode.IsDigit(r):
			digit = true
		case unicode.IsUpper(r) && lower:
			return true
		case unicode.IsLetter(r):
			letter, lower = true, lower || unicode.IsLower(r)
		}
	}
	return letter && digit
}

// conjunctions are the coordinating conjunctions of the classes'
// languages, a closed class: no anchor text begins or ends with one.
var conjunctions = set("and", "or", "but", "nor", "und", "oder", "aber", "y", "o", "pero", "et", "ou", "mais",
	"e", "ma", "en", "maar", "i", "lub", "albo", "ale", "и", "или", "но", "а", "і", "та", "або", "але")

// lastWord is the last word token in [from, to) (from if none).
func lastWord(toks *tokens, from, to int) int {
	for i := to - 1; i > from; i-- {
		if toks.word(i) {
			return i
		}
	}
	return from
}

// dateOrNumber: tokens [from, to) are a date or a figure: numbers, with
// names of days and months (the corpus's nr and np) and function words
// only ("1 October", "on 12 May"): the author's. Anchor text that holds a
// number names what it sells ("1 bedroom apartments Miami", "24 hour
// locksmith").
func dateOrNumber(toks *tokens, from, to int) bool {
	number := false
	for i := from; i < to; i++ {
		if !toks.word(i) {
			continue
		}
		w := toks.text(i)
		switch {
		case '0' <= w[0] && w[0] <= '9' && !brandShaped(w):
			number = true
		case toks.fn(i):
		default:
			lex := toks.lex(i)
			if lex == nil || lex.Count == 0 || lex.Tag() != "nr" && lex.Tag() != "np" || commercial(toks, i) {
				return false
			}
		}
	}
	return number
}

// learnsMore: tokens [from, to) hold "more" or its translation (moreWords),
// the offer of a call, no anchor text's.
func learnsMore(toks *tokens, from, to int) bool {
	for i := from; i < to; i++ {
		if toks.word(i) && moreWords[toks.lower(i)] {
			return true
		}
	}
	return false
}

// moreWords say "more" in the languages of the classes (not French
// "plus", a brand's word too; Portuguese "mais" is French "but", which no
// slot holds either).
var moreWords = set("more", "mehr", "más", "больше", "подробнее", "più", "mais", "meer", "więcej", "більше", "детальніше")

// freeSlot places the keyword of a sentence that sends the reader
// somewhere without an anchor before it ("Our firm specializes in X; see
// our site", "Read our guide to X on our blog"): the longest run of two
// to six words of no template class (linked by "for", "in", "to" ...)
// that the text says nowhere else, runs of the same words aside, and that
// reads as a phrase, not a clause. The model weighs such a slot by a
// feature of its own (slot_free).
func freeSlot(d *docWords, words []int, s span) (int, int) {
	toks := d.toks
	// English templates only: in another language every word is of no
	// class the lists know.
	for _, i := range words {
		if !lexicon.Known(toks.lower(i)) && toks.cls(i)&roles == 0 && !toks.capital(i) && !commercial(toks, i) {
			return 0, 0
		}
	}
	payload := func(i int) bool { return toks.word(i) && toks.cls(i)&roles == 0 && !toks.fn(i) }
	bestFrom, bestTo, bestN := 0, 0, 0
	// (Not from the sentence's first word: a capital there may start a
	// sentence a false boundary hid, "Thema X auf unserer Seite".)
	for i := words[0] + 1; i < s.to; {
		if !payload(i) {
			i++
			continue
		}
		j := i + 1
		for j < s.to && !toks.nl(j) {
			if payload(j) {
				j++
			} else if toks.cls(j)&clLink != 0 && j+1 < s.to && !toks.nl(j+1) && (payload(j+1) || toks.cls(j)&clNear != 0 && toks.cls(j+1)&clMe != 0) {
				j += 2 // (and "near me", a keyword's qualifier)
			} else {
				break
			}
		}
		// The run, and each of its tails after a word linking it
		// ("company specializes in gutter guards", "complete guide to
		// cloud storage for business"): the keyword may be the object
		// of the run's noun or verb.
		for k := i; k < j-1; k++ {
			if k > i && toks.cls(k-1)&clLink == 0 {
				continue
			}
			n := j - k
			// ("our health care", "the latest deals": a noun phrase an
			// owner or article leads is the text's own; an anchor keyword
			// is a bare phrase.)
			owned := k > s.from && ownerWords[toks.lower(k-1)] || modalObject(toks, s, k) || meansClause(toks, k) || whereUs(toks, s, k)
			if n <= bestN || n < 2 || n > 6 || owned || clause(toks, k, j) || timeAdverb(toks, j-1) || leadOnly(toks, k, j) {
				continue
			}
			// (Its content words: "for" of "cloud storage for business"
			// is any text's.)
			idx := d.judged[1][:0]
			for m := k; m < j; m++ {
				if !toks.fn(m) {
					idx = append(idx, m)
				}
			}
			d.judged[1] = idx
			if d.keywordForeign(idx, s) == 1 {
				bestFrom, bestTo, bestN = k, j, n
			}
		}
		i = j
	}
	return bestFrom, bestTo
}

// ownerWords make a noun phrase the text's own ("this policy", "the
// exhibits", "our program").
var ownerWords = set("this", "these", "those", "that", "our", "your", "my", "its", "their", "his", "her", "the", "a", "an",
	"unsere", "unser", "die", "der", "das", "den", "dem", "el", "la", "los", "las", "le", "les", "un", "une", "una",
	// Italian, Portuguese and Dutch articles ("o LibreOffice", "de
	// openingstijden"): Polish and Ukrainian have none.
	"il", "lo", "gli", "uno", "o", "os", "um", "uma", "de", "het", "een")

// offerHead: the phrase at tokens [from, to) ends in a word for what a call
// to action offers ("registration details", "booking information",
// "answers to common questions"), no product or sales word stands in it,
// and no word of trade in that word's own conjunct ("legal advice" may be
// a keyword; "floor plans and demographic information" offers two things,
// the last of them no product): it names the offer, not a product.
func offerHead(toks *tokens, from, to int) bool {
	last := to - 1
	for last > from && !toks.word(last) {
		last--
	}
	if toks.cls(last)&(clInfo|clAsk) == 0 {
		return false
	}
	own := from // the offer word's own conjunct
	for i := last - 1; i > from; i-- {
		if conjunctions[toks.lower(i)] || toks.text(i) == "," {
			own = i + 1
			break
		}
	}
	for i := from; i <= last; i++ {
		if !toks.word(i) {
			continue
		}
		// A product or a word that sells it anywhere in the slot is a
		// keyword's ("cheap replica watches and pricing details"); a
		// trade's plain word in another conjunct is the offer's
		// ("floor plans and demographic information").
		if commercial(toks, i) || toks.cls(i)&clSales != 0 || i >= own && toks.cls(i)&(clNiche|clLearned) != 0 {
			return false
		}
	}
	return true
}

// adverbFirst: the phrase begins with an adverb in small letters ("check
// our website regularly for updates"): it goes on the verb, and anchor
// text begins with its product or a word that sells it.
func adverbFirst(toks *tokens, from int) bool {
	if toks.capital(from) || commercial(toks, from) || toks.cls(from)&clSales != 0 {
		return false
	}
	lex := toks.lex(from)
	return lex != nil && strings.HasPrefix(lex.Tag(), "rb")
}

// hasVerb: one of words is a verb, by the corpus's commonest tag (or the
// word is unknown to it).
func hasVerb(toks *tokens, words []int) bool {
	for _, i := range words {
		lex := toks.lex(i)
		if lex == nil || lex.Count == 0 || verbAt(toks, i) {
			return true
		}
		if t := lex.Tag(); t == "vbg" || t == "vbn" {
			return true // (participles too: verbAt's are finite)
		}
	}
	return false
}

// bracketed: open and close are a pair of braces or square brackets, or
// Markdown's backticks of code ("Drop `crypto` usage on web.").
func bracketed(open, close string) bool {
	return open == "{" && close == "}" || open == "[" && close == "]" || open == "`" && close == "`"
}

// endsOpen: word i, a keyword's last, is an article, a preposition or a
// conjunction by the corpus's commonest tag ("Click sta per\n"): the
// phrase goes on past the line, no anchor text ends there.
func endsOpen(toks *tokens, i int) bool {
	if lex := toks.lex(i); lex != nil && lex.Count > 0 && toks.cls(i)&(clNear|clMe) == 0 {
		switch lex.Tag() {
		case "at", "in", "cc", "cs", "to":
			return true
		}
	}
	return false
}

// modifiersOnly: the words of tokens [from, to) are all common adverbs and
// adjectives ("so slow" of "Why is my Internet link so slow?"): no noun
// phrase, so no keyword.
func modifiersOnly(toks *tokens, from, to int) bool {
	for i := from; i < to; i++ {
		if !toks.word(i) {
			continue
		}
		lex := toks.lex(i)
		if lex == nil || lex.Count == 0 || toks.capital(i) || commercial(toks, i) || toks.cls(i)&clSales != 0 {
			return false
		}
		switch lex.Tag() {
		case "rb", "rbr", "rbt", "ql", "jj", "jjr", "jjs", "jjt":
		default:
			return false
		}
	}
	return true
}

// elidedArticle: a word that begins with an article elided before its
// vowel ("l'inscription", "dell'anno"): the phrase is the writer's, as
// with "the".
func elidedArticle(w string) bool {
	for _, a := range [...]string{"l'", "l’", "dell'", "dell’", "all'", "all’", "nell'", "nell’"} {
		if len(w) > len(a) && strings.HasPrefix(w, a) {
			return true
		}
	}
	return false
}

// quantifier: token i says how much or which of what follows ("some",
// "any", "more", "many", "other": English's closed class of quantifiers
// and determiners), as anchor text does not.
func quantifier(toks *tokens, i int) bool {
	switch toks.lower(i) {
	case "some", "any", "more", "many", "several", "few", "other", "another", "all", "both", "each", "every", "these", "those":
		return true
	}
	return false
}

// maxAnchors bounds the left anchors a sentence is tried at.
const maxAnchors = 3

// leftAnchors returns the tokens where the keyword may begin, most likely
// first, none if no anchor stands in the sentence: after the first topic
// preposition that follows the offer (past a how-clause), or, where none
// follows it (the offer word was the keyword's: "Contact us through our
// site regarding dissertation help"), the first from the start; after the
// site of a signature ("my blog: X", "Here is my homepage X"); after an
// imperative's verb ("Visit X for more", "Click here to buy X").
func leftAnchors(toks *tokens, words []int, s span, buf *[maxAnchors]int) []int {
	out := buf[:0]
	add := func(i int) {
		if i >= 0 && len(out) < maxAnchors && !slices.Contains(out, i) {
			out = append(out, i)
		}
	}
	offer := -1
	for _, i := range words {
		if toks.cls(i)&(clInfo|clMore|clAsk) != 0 {
			offer = i
			break
		}
	}
	// No offer: the first topic opener from the start ("If you're
	// interested in X, visit our site"), unless the site or the call
	// comes first ("Visit our site for X").
	start := s.from - 1
	for _, i := range words {
		if toks.cls(i)&(clWork|clSite|clUs|clContact|clStrong) != 0 {
			if openerBefore(toks, s.from, i) < 0 {
				start = i
			}
			break
		}
	}
	if offer < 0 {
		offer = start
	}
	from := openerAfter(toks, offer, s)
	if from < 0 && offer != start {
		// The offer word was the keyword's ("regarding dissertation
		// help"): the first opener from the start.
		from = openerAfter(toks, start, s)
	}
	add(from)
	add(signatureAnchor(toks, words, s))
	add(imperativeAnchor(toks, words, s))
	if keywordBeforeMark(toks, s.from, s.to) > 0 {
		add(s.from)
	}
	return out
}

// keywordBeforeMark is rule KEYWORD-BEFORE-MARK: the words from token i,
// two to six of no template class, end at a signature's mark that the
// call's words follow on the line ("emergency dentist Birmingham - learn
// more on our website", "X: more information can be found on our page"):
// anchor text put first, as a signature puts it last. It returns the
// mark's token, or -1.
func keywordBeforeMark(toks *tokens, i, limit int) int {
	if i > 0 && toks.word(i-1) && !toks.nl(i) {
		return -1 // (the anchor text begins where its line's words do: "Dentist In Brooklyn", not "In Brooklyn")
	}
	n := 0
	for ; i < limit && toks.word(i); i++ {
		if toks.cls(i)&roles != 0 && !toks.fn(i) || n > 0 && toks.nl(i) || n == 6 {
			return -1
		}
		n++
	}
	if n < 2 || n > 6 || i+1 >= limit || toks.nl(i) || toks.nl(i+1) || !toks.word(i+1) {
		return -1
	}
	switch toks.text(i) {
	case "-", "–", "—", ":", "|":
	default:
		return -1
	}
	if toks.cls(i+1)&(clMore|clInfo|clCTA|clStrong|clSite|clSelf|clContact) == 0 {
		return -1
	}
	return i
}

// openerAfter returns where the keyword begins after the first topic
// opener past token i (past a how-clause), -1 if none.
func openerAfter(toks *tokens, i int, s span) int {
	// An offer that opens the topic itself ("più su", "więcej o": more
	// about) leads to the keyword.
	if i >= s.from && toks.cls(i)&clMore != 0 {
		if n := openerAt(toks, i, s.to); n > 1 {
			return skipHowClause(toks, i+n, s.to)
		}
	}
	for i++; i < s.to; i++ {
		if n := openerAt(toks, i, s.to); n > 0 {
			// "visit our site for more": the opener leads to the offer, not the keyword.
			if j := i + n; j < s.to && toks.cls(j)&(clMore|clInfo) != 0 {
				continue
			}
			// "contact us on our webpage about X": the opener leads to the
			// speaker's site, the place of the call; the keyword follows
			// the opener right after it (SITE-BEFORE-TOPIC).
			if k := speakersSiteAt(toks, i+n, s.to); k > 0 && openerAt(toks, k, s.to) > 0 {
				i = k - 1
				continue
			}
			j := skipHowClause(toks, i+n, s.to)
			// "For the latest deals on X, visit our site": a determined
			// phrase, then another opener, is the offer of a call that
			// sends the reader somewhere; the keyword, bare, follows the
			// second. ("Drop workaround for the tests on ppc*" sends
			// nobody anywhere.)
			if j < s.to && toks.cls(j)&clDet != 0 && sendsTo(toks, s) {
				for k := j + 1; k < min(s.to, j+4) && toks.word(k); k++ {
					if m := openerAt(toks, k, s.to); m > 0 {
						return skipHowClause(toks, k+m, s.to)
					}
				}
			}
			return j
		}
	}
	return -1
}

// speakersSiteAt: the words from token j name the speaker's site, a
// speaker's or determiner's word, site modifiers, a site ("our web site",
// "the webpage"), and nothing else before it; it returns the token after
// the site, 0 if not.
func speakersSiteAt(toks *tokens, j, limit int) int {
	if j >= limit || toks.cls(j)&(clSelf|clDet) == 0 {
		return 0
	}
	for k := j + 1; k < min(limit, j+4) && toks.word(k); k++ {
		switch {
		case toks.cls(k)&clSite != 0:
			return k + 1
		case toks.cls(k)&clSiteMod == 0 && toks.lower(k) != "own" && toks.lower(k) != "very":
			return 0
		}
	}
	return 0
}

// timeAdverb: word i is an adverb or an adverbial noun by the corpus's
// commonest tag ("now", "today") in small letters, no word of the trade:
// it ends a call's keyword ("Get your X now at our shop"), as anchor text
// has none. (A capital makes it part of a label: "Click Search Now.")
func timeAdverb(toks *tokens, i int) bool {
	lex := toks.lex(i)
	if lex == nil || lex.Count == 0 || toks.capital(i) || commercial(toks, i) || toks.cls(i)&(clSales|clNear|clMe) != 0 {
		return false
	}
	t := lex.Tag()
	return t == "rb" || t == "nr"
}

// modalObject: the run at token k is the object of a verb after a modal
// ("contact us so we can make special arrangements"): the writer's clause
// goes on, where a template's slot is a bare phrase (nor does one end in an
// adverb, "is forbidden then": timeAdverb).
func modalObject(toks *tokens, s span, k int) bool {
	if k-2 < s.from || !toks.word(k-1) || !toks.word(k-2) {
		return false
	}
	v, m := toks.lex(k-1), toks.lex(k-2)
	return v != nil && v.Count > 0 && v.Tag() == "vb" && m != nil && m.Count > 0 && m.Tag() == "md"
}

// linkText: the sentence, or what follows it, closes an HTML link ("...Page
// Breaks (Q201953)</a></li>"): the sentence is the link's text and its
// address is in the markup, a real page's, as a sentence that gives its URL
// is.
func linkText(s string) bool {
	return strings.Contains(s, "</a>") || strings.Contains(s, "</A>")
}

// sendsTo: sentence s names a site or a way of contact.
func sendsTo(toks *tokens, s span) bool {
	for i := s.from; i < s.to; i++ {
		if toks.cls(i)&(clSite|clContact|clUs) != 0 {
			return true
		}
	}
	return false
}

// signatureAnchor: the speaker's site, then marks ("my blog: X", "my site
// - X") or, after a verb that presents it, nothing ("Here is my homepage
// X", "Feel free to surf to my blog X"), then the keyword to the end; -1
// if none.
func signatureAnchor(toks *tokens, words []int, s span) int {
	for k, i := range words {
		if toks.cls(i)&clSite != 0 && before(toks, words, k, 3, clSelf) {
			j := i + 1
			for j < s.to && toks.cls(j)&(clSite|clWork) != 0 {
				j++
			}
			marked := false
			for j < s.to && !toks.word(j) {
				marked = marked || signatureMarks[toks.text(j)] || toks.text(j) == "."
				j++
			}
			presented := k > 0 && (toks.cls(words[0])&(clCTA|clHere|clPlease) != 0 || toks.cls(words[0])&clLead != 0)
			// A signature names its site first: a sentence that gets
			// there late is the author's ("... packages on my website...
			// same goes for GNOME").
			if j < s.to && (marked || presented) && k <= 8 {
				return j
			}
		}
	}
	return -1
}

// imperativeAnchor: the verb, its particle, and "here to buy"; -1 if none.
func imperativeAnchor(toks *tokens, words []int, s span) int {
	first := 0
	for first < len(words)-1 && (toks.cls(words[first])&clPlease != 0 || toks.cls(words[first])&clLead != 0) {
		first++
	}
	if v := words[first]; toks.cls(v)&clCTA != 0 {
		j := v + 1
		for j < s.to && particles[toks.lower(j)] {
			j++
		}
		if j < s.to && toks.lower(j) == "here" || j+1 < s.to && toks.lower(j) == "this" && toks.lower(j+1) == "link" {
			for j < s.to && toks.lower(j) != "to" && toks.lower(j) != "and" {
				j++
			}
			if j+1 < s.to {
				return j + 2 // past "to" and its verb
			}
			return -1
		}
		// "Get your X now": the reader's possessive, the offer's, stands
		// before the keyword.
		if j+1 < s.to && toks.lower(j) == "your" {
			j++
		}
		// ("Get in touch": the verb's own object, no keyword.)
		if j < s.to && toks.cls(j)&(clSelf|clDet|clSite|clUs|clContact) == 0 {
			return j
		}
	}
	return -1
}

// openerBefore returns the first topic opener in [from, to), -1 if none.
func openerBefore(toks *tokens, from, to int) int {
	for i := from; i < to; i++ {
		if openerAt(toks, i, to) > 0 {
			return i
		}
	}
	return -1
}

// particles complete a verb of motion or looking ("check out", "go to",
// "take a look at").
var particles = set("out", "to", "at", "by", "over", "into", "a", "look", "peek", "around", "on", "in")

// theHow: the words after "the" in a spinner's "where" or "how".
var theHow = set("place", "places", "way", "ways", "best")

// skipHowClause passes over "where and how you can use", "where as well as
// the best way to make use of" between the topic preposition and the
// keyword.
func skipHowClause(toks *tokens, start, limit int) int {
	if start >= limit || !howWords[toks.lower(start)] || toks.lower(start) == "best" {
		return start
	}
	// "the" opens one only as a spinner's "where" or "how" ("about the
	// place and how to employ X", "the best way to use X"): before any
	// other word it opens the text's own noun phrase.
	if toks.lower(start) == "the" && (start+1 >= limit || !theHow[toks.lower(start+1)]) {
		return start
	}
	for i := start; i < limit && i < start+14; i++ {
		t := i
		if !toks.word(t) {
			return start
		}
		if toks.cls(t)&clUse != 0 {
			j := i + 1
			for j < limit && (toks.lower(j) == "of" || toks.lower(j) == "use" || toks.lower(j) == "with") {
				j++
			}
			return j
		}
		if !howWords[toks.lower(t)] {
			return start
		}
	}
	return start
}

// rightAnchor returns the token after the keyword that starts at from: the
// first clause break, politeness word, call ("visit our", "you can",
// "contact us"), "for more", or preposition before the site ("at our
// website", "на нашем сайте").
func rightAnchor(toks *tokens, from int, s span) int {
	for i := from + 1; i < s.to; i++ {
		t := i
		if !toks.word(t) {
			if toks.text(t) == "&" || toks.text(t) == "-" && i+1 < s.to && toks.start(i+1) == toks.end(t) && i > 0 && toks.end(i-1) == toks.start(t) {
				continue
			}
			return i
		}
		switch {
		case toks.cls(t)&(clPlease|clYou) != 0 || toks.lower(t) == "i" || toks.lower(t) == "we":
			return i
		case toks.cls(t)&(clCTA|clContact) != 0 && i+1 < s.to && calls(toks, i+1, s.to):
			return i
		case toks.cls(t)&clFor != 0 && i+1 < s.to && toks.cls(i+1)&(clMore|clInfo) != 0:
			return i
		case toks.cls(t)&clUs != 0:
			return i
		case toks.lower(t) == "by" && i+2 < s.to && gerund(toks, i+1) && calls(toks, i+2, s.to):
			// "X by visiting our site", "X by browsing our web page": how
			// the reader is to get there, the call's (meansClause).
			return i
		case (toks.lower(t) == "over" || toks.lower(t) == "around") && i+1 < s.to && toks.word(i+1) && beforeSpeakersSite(toks, i+1, s):
			// "X over at our website": a particle of the call's place.
			return i
		case finiteVerb(toks, t) && speakerAfter(toks, i+1, s.to):
			// "Info about X can be found on our blog", "X is available
			// on my site": a keyword is a noun phrase, which a finite
			// verb ends where the speaker's site follows.
			return i
		case beforeSpeakersSite(toks, i, s):
			return i
		}
	}
	return s.to
}

// beforeSpeakersSite: token i, no speaker's word itself, stands before the
// speaker's ("at our website", "на нашем сайте") or a determined site ("on
// the website"): the preposition that leads the call's place.
func beforeSpeakersSite(toks *tokens, i int, s span) bool {
	return i+1 < s.to && (toks.cls(i+1)&clSelf != 0 || toks.cls(i+1)&clDet != 0 && i+2 < s.to && toks.cls(i+2)&(clSite|clSiteMod) != 0) && toks.cls(i)&clSelf == 0
}

// gerund: token i is a small -ing word (the corpus tags "clicking" a
// noun's, so by its ending).
func gerund(toks *tokens, i int) bool {
	return toks.word(i) && !toks.capital(i) && strings.HasSuffix(toks.lower(i), "ing")
}

// calls reports whether what follows a verb at i makes it the call: the
// site, "us", the speaker's or a determiner within a few words.
func calls(toks *tokens, i, limit int) bool {
	for n := 0; i < limit && n < 4; i++ {
		t := i
		if !toks.word(t) {
			return false // "no credit check." ends a keyword, not a call
		}
		if toks.cls(t)&(clSite|clUs|clSelf|clYou) != 0 || toks.cls(t)&clDet != 0 || particles[toks.lower(t)] {
			return true
		}
		if toks.cls(t)&(clCTA|clContact|clPlease) != 0 {
			return false // the call is the later verb ("... no credit check visit our site")
		}
		n++
	}
	return false
}

// clause reports whether toks read as a clause rather than a keyword: a
// personal pronoun or a finite verb ("my blog - it has the photos").
func clause(toks *tokens, from, to int) bool {
	for t := from; t < to; t++ {
		if !toks.word(t) || toks.lex(t) == nil {
			continue
		}
		if pluralLast(toks, from, to, t) {
			continue
		}
		switch tag := toks.lex(t).Tag(); {
		case strings.HasPrefix(tag, "pp") && toks.lower(t) != "me", strings.HasPrefix(tag, "be") && tag != "be",
			strings.HasPrefix(tag, "hv") && tag != "hv", tag == "md", tag == "vbd", tag == "vbz", tag == "dod", tag == "doz":
			return true
		}
	}
	return false
}

// finiteVerb: token t is a modal or a finite form of "be", "have" or
// "do", by the corpus's tag.
func finiteVerb(toks *tokens, t int) bool {
	if toks.lex(t) == nil {
		return false
	}
	return finiteTag[toks.lex(t).Tag()]
}

// speakerAfter: the speaker ("our", "my", "us") stands in [i, to).
func speakerAfter(toks *tokens, i, to int) bool {
	for ; i < to; i++ {
		if toks.cls(i)&(clSelf|clUs) != 0 {
			return true
		}
	}
	return false
}

// pluralLast: token t, a form the corpus tags a verb's third person
// ("quotes", "loans"), ends the run [from, to) after a noun or adjective:
// the plural of a noun phrase ("life insurance quotes"), which no subject
// makes a clause.
func pluralLast(toks *tokens, from, to, t int) bool {
	if t != to-1 || t == from || toks.lex(t).Tag() != "vbz" || !toks.word(t-1) {
		return false
	}
	if toks.capital(t - 1) {
		// A capitalised word before it is a name ("hotels Las Palmas
		// deals"), no subject: a name takes no verb in the plural's form
		// of a noun ("deals") inside a keyword.
		return true
	}
	if toks.lex(t-1) == nil || toks.lex(t-1).Count == 0 {
		// So is a word the corpus lacks ("vpn deals", "cbd gummies"): an
		// acronym or a brand before the noun, no subject.
		return true
	}
	// (A plural is no subject of a verb's third person singular either:
	// "pills deals".)
	switch toks.lex(t - 1).Tag() {
	case "nn", "np", "jj", "vbg", "nns", "nps":
		return true
	}
	return false
}

// functionLex: a form with this lexicon entry is a function word (kept
// with each form and token: function).
func functionLex(lex *lexicon.Stats) bool {
	return lex != nil && lex.Count > 0 && functionTag(lex.Tag())
}

func functionTag(tag string) bool {
	switch tag {
	case "nn", "nns", "np", "nps", "jj", "cd", "rb", "jjr", "jjt", "jjs", "nr":
		return false
	}
	return !strings.HasPrefix(tag, "vb")
}
