package spam

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"github.com/unspin/unspin/internal/lexicon"
)

// A call-to-action sentence from a link-spam template points the reader to
// "our web site" (or asks them to contact "us"), offers more information or
// answers, or praises "this article", and carries a keyword slot:
//
//	Here is more info in regards to X visit our webpage.
//	If you have any questions concerning where and how to use X, you can contact us at our own web-site.
//
// Templates are spun from synonyms, so the sentence is recognised by the
// roles of its words, not by its wording: each role below is a small closed
// class of English words (determiners, prepositions, the nouns for a web
// site), the vocabulary any such template has to be written in.

var (
	// Nouns for the spammer's site.
	placeNouns = set("site", "website", "web-site", "webpage", "web-page", "homepage", "home-page",
		"blog", "weblog", "web-log", "page", "webspace", "portal", "site's", "internet-site")
	// Determiners that make the site the writer's own.
	placeDets = set("our", "my", "the", "this")
	// Verbs for getting in touch with "us".
	contactVerbs = set("contact", "call", "email", "e-mail", "mail", "reach", "touch", "message", "phone", "ring", "write")
	// What the reader is offered, and the words that make it "more".
	infoNouns  = set("info", "information", "details", "data", "facts", "particulars", "tips", "advice", "help", "guidance", "knowledge", "material", "stuff")
	infoQuants = set("more", "additional", "further", "extra", "added", "much", "lot", "bit")
	askNouns   = set("questions", "question", "inquiries", "inquiry", "enquiries", "enquiry", "queries", "query", "concerns", "issues", "thoughts", "doubts", "problems")
	askQuants  = set("any", "some", "virtually", "just", "almost", "nearly")
	selfNouns  = set("article", "post", "posting", "write-up", "writeup", "short", "informative", "report", "content", "blog", "piece", "information", "story", "site", "page", "publish", "blog-post")
	selfVerbs  = set("liked", "loved", "enjoyed", "cherished", "adored", "appreciated", "like", "love", "enjoy", "read")
	ctaVerbs   = set("visit", "see", "check", "look", "go", "stop", "pay", "browse", "drop", "head", "click", "swing", "come", "call", "contact", "email", "e-mail", "mail", "reach", "get", "view", "surf", "try", "explore", "have", "take", "hop", "pop", "mosey", "glance", "review", "read", "message", "phone")
	ctaPrefix  = set("please", "kindly", "generously", "just", "simply", "then", "i", "implore", "you", "to", "can", "could", "may", "might", "will", "would", "be", "able", "possibly", "a", "have", "take", "we", "recommend", "suggest", "urge", "ask", "invite", "feel", "free", "why", "not", "do", "'ll", "you'll", "you'd", "we'd", "ll", "so", "and", "also", ",")
	openers    = [][]string{{"in", "regards", "to"}, {"with", "regards", "to"}, {"in", "regard", "to"}, {"with", "regard", "to"}, {"relating", "to"}, {"related", "to"}, {"pertaining", "to"}, {"referring", "to"}, {"in", "relation", "to"}, {"with", "respect", "to"}, {"in", "connection", "with"}, {"as", "regards"}, {"to", "do", "with"}, {"associated", "with"}, {"regarding"}, {"concerning"}, {"about"}, {"on"}, {"re"}, {"for"}}
	howWords   = set("where", "how", "exactly", "the", "ways", "way", "what", "which", "whatever", "wherever", "and", "by", "as", "well", "also", "along", "with", "&", "best", "tips", "on", "to", "you", "can", "could", "one", "just", "ideal")
	useVerbs   = set("use", "utilize", "utilise", "employ", "make", "work", "implement", "apply", "handle", "operate")
	ownSite    = set("my", "our")
	ownerWords = set("this", "these", "those", "that", "our", "your", "my", "its", "their", "his", "her", "the", "a", "an")
)

// signatureMarks part a signature's page from its keyword.
var signatureMarks = set(":", ";", "-", "–", "—", "|")

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// cta is one call-to-action sentence found in a document.
type cta struct {
	sent span
	// slot holds the keyword's tokens [slotFrom, slotTo); empty when the
	// template's slot could not be placed.
	slotFrom, slotTo int
	selfRef          bool // praises "this article": no real page says so of itself
}

// mayHoldCTA reports whether text could hold a call to action at all: a
// word of placeNouns (each holds "site", "page", "blog", "web" or
// "portal") or the word "us", in any ASCII case. Where it says no,
// findCTAs finds nothing, and tokenizing can be skipped.
func mayHoldCTA(text string) bool {
	low := []byte(text)
	for i, c := range low {
		if 'A' <= c && c <= 'Z' {
			low[i] = c + 'a' - 'A'
		}
	}
	for _, s := range [...]string{"site", "page", "blog", "web", "portal"} {
		if bytes.Contains(low, []byte(s)) {
			return true
		}
	}
	for i := 0; ; {
		j := bytes.Index(low[i:], []byte("us"))
		if j < 0 {
			return false
		}
		j += i
		before, _ := utf8.DecodeLastRune(low[:j])
		after, _ := utf8.DecodeRune(low[j+2:])
		if j == 0 || !isWordRune(before) {
			if j+2 == len(low) || !isWordRune(after) {
				return true
			}
		}
		i = j + 1
	}
}

// findCTAs returns the call-to-action sentences of the document.
func findCTAs(text string, toks []token) []cta {
	var out []cta
	starts := sentenceStarts(toks)
	for k := 0; k < len(starts); {
		s := sentenceFrom(toks, starts[k])
		// Starts inside this sentence (after "Nov." or "Dr."): the
		// template is the shortest sentence that classifies, the latest
		// start.
		last := k
		for last+1 < len(starts) && starts[last+1] < s.to {
			last++
		}
		// Every call to action names the site or "us": skip the rest.
		named := false
		for i := s.from; i < s.to && !named; i++ {
			named = placeNouns[toks[i].lower] || toks[i].lower == "us"
		}
		for m := last; named && m >= k; m-- {
			if c, ok := classify(text, toks, sentenceFrom(toks, starts[m])); ok {
				out = append(out, c)
				break
			}
		}
		k = last + 1
	}
	return out
}

// classify decides whether the sentence s is a call to action and places
// its keyword slot.
func classify(text string, toks []token, s span) (cta, bool) {
	c := cta{sent: s}
	words := 0
	for i := s.from; i < s.to; i++ {
		if toks[i].word {
			words++
		}
	}
	if words < 6 || words > 60 {
		return c, false
	}
	// A page that gives its address, in the sentence or on the line after
	// it ("visit our website\nhttp://www.standardlife.com/"), is a real one.
	next := text[s.end:min(len(text), s.end+120)]
	if k := strings.Index(next, "\n\n"); k >= 0 {
		next = next[:k]
	}
	raw := strings.ToLower(text[s.start:s.end] + next)
	if strings.Contains(raw, "www.") || strings.Contains(raw, "http") || strings.Contains(raw, "@") || strings.Contains(raw, ".com") || strings.Contains(raw, ".org") {
		return c, false
	}
	place := -1
	for i := s.from; i < s.to; i++ {
		t := toks[i]
		if placeNouns[t.lower] && hasBefore(toks, i, s.from, 3, placeDets) ||
			t.lower == "us" && hasBefore(toks, i, s.from, 3, contactVerbs) {
			place = i
			break
		}
	}
	if place < 0 {
		return c, false
	}
	info := -1
	for i := s.from; i < place; i++ {
		t := toks[i]
		if infoNouns[t.lower] && hasBefore(toks, i, s.from, 3, infoQuants) ||
			// "For more in regards to X": the offer without its noun.
			t.lower == "more" && i+1 < place && startsOpener(toks, i+1, place) ||
			askNouns[t.lower] && hasBefore(toks, i, s.from, 4, askQuants) {
			info = i
			break
		}
		if t.lower == "this" && i+1 < place && (selfNouns[toks[i+1].lower] || i+2 < place && selfNouns[toks[i+2].lower]) && hasBefore(toks, i, s.from, 3, selfVerbs) {
			c.selfRef = true
		}
	}
	if info < 0 && !c.selfRef {
		// A signature: "Also visit my web page: X.", "My blog; X." or
		// "my site - X".
		from := place + 1
		for from < s.to && signatureMarks[toks[from].text] {
			from++
		}
		if words <= 14 && from > place+1 && from < s.to && hasBefore(toks, place, s.from, 2, ownSite) {
			end := s.to
			for end > from && !toks[end-1].word {
				end--
			}
			if n := end - from; n >= 1 && n <= 8 && !clause(toks[from:end]) {
				c.slotFrom, c.slotTo = from, end
				return c, true
			}
		}
		return c, false
	}
	c.slotFrom, c.slotTo = slot(toks, max(info, s.from), place)
	if c.slotTo == c.slotFrom && !c.selfRef {
		// "For more information, visit our website.": no anchor, no
		// payload; a real page says that of itself.
		return c, false
	}
	if c.slotTo > c.slotFrom && ownerWords[toks[c.slotFrom].lower] {
		// "questions about this policy", "details on the trail closures":
		// the text's own subject; an anchor keyword is a bare phrase.
		return c, false
	}
	return c, true
}

// hasBefore reports whether one of the n words before toks[i] (not before
// from) is in class.
func hasBefore(toks []token, i, from, n int, class map[string]bool) bool {
	for j := i - 1; j >= from && n > 0; j-- {
		if !toks[j].word {
			continue
		}
		if class[toks[j].lower] {
			return true
		}
		n--
	}
	return false
}

// slot places the keyword between the topic preposition after the offer
// (info at index info) and the call to action before the site (at place).
func slot(toks []token, info, place int) (int, int) {
	start := -1
	for i := info + 1; i < place && start < 0; i++ {
		for _, op := range openers {
			if matchWords(toks, i, place, op) {
				start = i + len(op)
				break
			}
		}
	}
	if start < 0 {
		return 0, 0
	}
	start = skipHowClause(toks, start, place)
	// The call to action: the last action verb before the site, with the
	// politeness and modal words in front of it.
	end := -1
	for i := place - 1; i > start; i-- {
		if ctaVerbs[toks[i].lower] {
			end = i
			break
		}
	}
	if end < 0 {
		return 0, 0
	}
	for end > start+1 && (ctaPrefix[toks[end-1].lower] || !toks[end-1].word) {
		end--
	}
	for end > start && !toks[end-1].word {
		end--
	}
	if end-start > 10 {
		return 0, 0
	}
	return start, end
}

// skipHowClause passes over "where and how you can use" between the topic
// preposition and the keyword.
func skipHowClause(toks []token, start, limit int) int {
	if start >= limit || !howWords[toks[start].lower] {
		return start
	}
	for i := start; i < limit && i < start+12; i++ {
		t := toks[i]
		if !t.word && t.text != "&" {
			break
		}
		if useVerbs[t.lower] {
			j := i + 1
			for j < limit && (toks[j].lower == "of" || toks[j].lower == "use" || toks[j].lower == "with") {
				j++
			}
			return j
		}
		if !howWords[t.lower] && !useVerbs[t.lower] {
			break
		}
	}
	return start
}

func matchWords(toks []token, i, limit int, ws []string) bool {
	if i+len(ws) > limit {
		return false
	}
	for k, w := range ws {
		if toks[i+k].lower != w {
			return false
		}
	}
	return true
}

// startsOpener reports a topic preposition ("about", "in regards to") at i.
func startsOpener(toks []token, i, limit int) bool {
	for _, op := range openers {
		if op[0] != "for" && matchWords(toks, i, limit, op) {
			return true
		}
	}
	return false
}

// clause reports whether toks read as a clause rather than a keyword: a
// pronoun or a finite verb ("my blog - it has the photos").
func clause(toks []token) bool {
	for _, t := range toks {
		if !t.word {
			continue
		}
		switch tag := lexicon.Tag(t.lower); {
		case strings.HasPrefix(tag, "pp"), strings.HasPrefix(tag, "be") && tag != "be",
			strings.HasPrefix(tag, "hv") && tag != "hv", tag == "md", tag == "vbd", tag == "vbz", tag == "dod", tag == "doz":
			return true
		}
	}
	return false
}
