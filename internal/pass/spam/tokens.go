package spam

import (
	"math"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/unspin/unspin/internal/doc"
	"github.com/unspin/unspin/internal/lexicon"
	"github.com/unspin/unspin/internal/pages"
)

// tokens is the pass's view of the shared document model's tokens: words
// (letters and digits, with inner apostrophes, hyphens and the periods of
// abbreviations) and punctuation marks, read by index. A word and the full
// stop of its abbreviation ("Nov.", "U.S.") are one token here, as the
// sentence rules of this pass want: where a document has one, the view
// joins them in the model's own tokens, which the model then forgets
// (doc.Doc.Forget: no other pass reads them after this one, and a copy of
// a long document's tokens would cost as much memory again). What the pass asks of a word (lower-cased form, corpus
// statistics) comes from its lexicon entry (lexicon.ID, clsKeys), or, for the few words
// the lexicon lacks, from a per-document table; what it asks of every
// token (classes and facts of its spelling, counting key) is read once
// into two parallel slices. The view and all it holds are pooled: no
// token costs an allocation.
type tokens struct {
	src string      // the document's text
	t   []doc.Token // the tokens
	// ref is, per token, the lexicon ID of a word (> 0), ^k for a word
	// whose facts are extra[k], 0 for punctuation.
	ref   []int32
	extra []wordInfo
	// cls and key are each token's classes and counting key (0 for
	// punctuation), which the pass asks of every token: read in order, not
	// from the lexicon's table.
	classes []class
	keys    []wordKey
	// lowered holds lower-cased forms of the words in extra.
	lowered []byte
	// unknown numbers the lower-cased forms of the words the lexicon lacks
	// (their index in extra): the occurrences of one share its entry, so
	// that a long text in another language costs an entry per distinct
	// word, not per token.
	unknown map[string]int32
	// words and starts: what docWords and triggeredGroups keep of the
	// document, pooled with the view.
	words  docWords
	starts []int
	// copied holds the model's tokens where keepModel.
	copied []doc.Token
}

// keepModel makes the view copy the model's tokens rather than write over
// them, so that the model keeps them: benchmarks of the pass alone set it,
// to run it again and again on models built once.
var keepModel bool

func (ts *tokens) len() int          { return len(ts.t) }
func (ts *tokens) start(i int) int   { return int(ts.t[i].Start) }
func (ts *tokens) end(i int) int     { return int(ts.t[i].End) }
func (ts *tokens) text(i int) string { t := ts.t[i]; return ts.src[t.Start:t.End] }
func (ts *tokens) word(i int) bool   { return ts.t[i].Kind == doc.Word }
func (ts *tokens) nl(i int) bool     { return ts.t[i].Flags&doc.LineBefore != 0 }
func (ts *tokens) para(i int) bool   { return ts.t[i].Flags&doc.ParagraphBefore != 0 }
func (ts *tokens) lex(i int) *lexicon.Stats {
	if r := ts.ref[i]; r < 0 {
		return ts.extra[^r].lex
	} else {
		return lexicon.ID(r).Stats() // (nil for punctuation's 0)
	}
}
func (ts *tokens) cls(i int) class   { return ts.classes[i] }
func (ts *tokens) key(i int) wordKey { return ts.keys[i] }
func (ts *tokens) shape(i int) bool  { return ts.classes[i]&clMayShape != 0 }

// fn: token i is a closed-class word of English (article, preposition,
// pronoun, auxiliary...) by its Brown tag.
func (ts *tokens) fn(i int) bool { return ts.classes[i]&clFunction != 0 }

// unshaped is token i's wordInfo.unshaped.
func (ts *tokens) unshaped(i int) bool {
	if r := ts.ref[i]; r < 0 {
		return ts.extra[^r].unshaped()
	}
	return ts.classes[i]&clUnshaped != 0
}

// lower returns token i lower-cased (a punctuation mark as it stands).
func (ts *tokens) lower(i int) string {
	switch r := ts.ref[i]; {
	case r < 0:
		return ts.extra[^r].form
	case r > 0:
		return lexicon.ID(r).Form()
	}
	return ts.text(i)
}

// tokenize returns the view of text's tokens.
func tokenize(text string) *tokens { return tokensOf(doc.New(text)) }

// tokensOf returns the view of d's tokens.
func tokensOf(d *doc.Doc) *tokens { return readTokens(new(tokens), d) }

var tokensPool = sync.Pool{New: func() any { return new(tokens) }}

// maxPooledTokens bounds the views the pool keeps: those of a huge
// document are let go.
const maxPooledTokens = 1 << 20

// release gives ts back to the pool, keeping no text alive.
func (ts *tokens) release() {
	if cap(ts.ref) > maxPooledTokens {
		return
	}
	clear(ts.extra)
	clear(ts.unknown)
	w := ts.words
	w.toks = nil
	*ts = tokens{ref: ts.ref[:0], extra: ts.extra[:0], classes: ts.classes[:0], keys: ts.keys[:0],
		lowered: ts.lowered[:0], unknown: ts.unknown, words: w, starts: ts.starts[:0], copied: ts.copied[:0]}
	tokensPool.Put(ts)
}

// readTokens makes ts the view of d's tokens, reusing its slices. Where
// an abbreviation joins its full stop, the view is made in the model's
// tokens, which the model forgets.
func readTokens(ts *tokens, d *doc.Doc) *tokens {
	text := d.Text
	// The lexicon entries and the judgement read the tokens: both are
	// made before the loop writes over them (the entries as the words are
	// read, where nothing has tokenized the text yet).
	dts, lex := d.TokensLex()
	d.Language()
	// out is where the view's tokens go: over the model's, or, where
	// keepModel, into a copy (made as they are read, not in a pass of
	// its own).
	out := dts
	if keepModel {
		ts.copied = slices.Grow(ts.copied[:0], len(dts))[:len(dts)]
		out = ts.copied
	}
	tablesOnce.Do(loadTables)
	ts.src = text
	ts.ref = slices.Grow(ts.ref[:0], len(dts))
	ts.extra, ts.lowered = ts.extra[:0], ts.lowered[:0]
	clear(ts.unknown)
	ts.classes = slices.Grow(ts.classes[:0], len(dts))[:len(dts)]
	ts.keys = slices.Grow(ts.keys[:0], len(dts))
	// w is where token k goes: k until an abbreviation joins, then behind
	// it, so that what the loop and d.Abbreviation read, tokens k and
	// after, is still the model's.
	w := 0
	// first holds, per token, what its own bytes say (a capital first
	// letter, a punctuation mark's facts), read here, where they are at
	// hand; the loop below adds the word's classes.
	first := ts.classes[:len(dts)]
	for k := 0; k < len(dts); k++ {
		dt := dts[k]
		var c0 class
		if dt.Kind != doc.Word {
			if b := text[dt.Start]; b >= utf8.RuneSelf && upperIn(text[dt.Start:]) {
				c0 = clCapital
			}
			if dt.End == dt.Start+1 {
				c0 |= asciiPunctFacts[text[dt.Start]]
			} else {
				c0 |= punctFactsOf(text[dt.Start:dt.End])
			}
			first[w] = c0
			out[w] = dt
			w++
			ts.ref = append(ts.ref, 0)
			continue
		}
		// A word whose first letter the model found upper case: its
		// first character may be (a word without is read no further;
		// TestCapitalFlag).
		if dt.Flags&doc.Capital != 0 {
			if b := text[dt.Start]; b < utf8.RuneSelf && 'A' <= b && b <= 'Z' || b >= utf8.RuneSelf && upperIn(text[dt.Start:]) {
				c0 = clCapital
			}
		}
		first[w] = c0
		id := lex[k] // (d.Lex(k), without its call)
		// Only a word right before a full stop can take it.
		if k+1 < len(dts) && dts[k+1].Start == dt.End && dts[k+1].End == dt.End+1 && text[dt.End] == '.' &&
			(abbreviation(d, k, id) || initial(text[dt.Start:dt.End])) {
			dt.End++
			out[w] = dt
			w++
			if id > 0 && shortForm(id) {
				ts.addExtra(abbrevInfo(id))
			} else {
				l := ts.lowerForm(text[dt.Start:dt.End])
				ts.addExtra(infoOfForm(lexicon.Entry(l), classOf[l], l))
			}
			k++
			continue
		}
		out[w] = dt
		w++
		if id > 0 {
			ts.ref = append(ts.ref, int32(id))
			continue
		}
		ts.addUnknown(ts.lowerForm(text[dt.Start:dt.End]))
	}
	ts.t = out[:w]
	if w < len(dts) && !keepModel {
		d.Forget()
	}
	// The words' classes and keys, in a loop of its own: the table
	// lookups, many of them cache misses, overlap.
	n := len(ts.ref)
	classes, keys := first[:n], ts.keys[:n]
	for k, r := range ts.ref {
		switch {
		case r > 0:
			ck := clsKeyOf(lexicon.ID(r))
			classes[k], keys[k] = classes[k]|ck.cls, ck.key
		case r < 0:
			w := &ts.extra[^r]
			classes[k], keys[k] = classes[k]|w.facts(), w.key
		default:
			keys[k] = 0
		}
	}
	ts.classes, ts.keys = classes, keys
	namedDocuments(ts)
	onlineStores(ts)
	return ts
}

// onlineStores gives the site class to a store or shop that a site
// modifier before it puts on the web ("our online store", "the web shop"):
// a call to action sends the reader there as to "our website".
func onlineStores(ts *tokens) {
	for i := 1; i < len(ts.classes); i++ {
		if ts.classes[i-1]&clSiteMod != 0 && ts.word(i) && ts.word(i-1) && !ts.nl(i) && storeWords[ts.lower(i)] {
			ts.classes[i] |= clSite
		}
	}
}

// storeWords: a store, which on the web is a site.
var storeWords = set("store", "stores", "shop", "shops")

// namedDocuments takes the site class from a site word that a noun before
// it names ("the man page", "FAQ page", "the ALSA site", "the project
// blog", "the Debian web site"): that is a document or a site of the topic, which a text refers
// its reader to as any manual does, not the speaker's site a call to action
// sends to ("our web page", "my homepage", "the web site", "our own
// site", "our Facebook page"), whose word before it is a determiner, a
// possessive, an adjective or a site modifier ("web", "home").
func namedDocuments(ts *tokens) {
	for i := 1; i < len(ts.classes); i++ {
		if ts.classes[i]&clSite == 0 || !ts.word(i-1) || ts.nl(i) {
			continue
		}
		// The noun may stand before a site modifier ("the Debian web
		// site", "the GNOME home page").
		n := i - 1
		if ts.classes[n]&clSiteMod != 0 && n >= 1 && ts.word(n-1) && !ts.nl(n) {
			n--
		}
		if ts.classes[n]&(clSelf|clDet|clSiteMod|clSite) != 0 || !nounModifier(ts, n) {
			continue
		}
		// A possessive before the noun makes the site the speaker's.
		if n >= 1 && ts.word(n-1) && ts.classes[n-1]&clSelf != 0 || n >= 2 && ts.word(n-2) && ts.classes[n-2]&clSelf != 0 {
			continue
		}
		ts.classes[i] &^= clSite
	}
}

// nounModifier: word t is a noun, or a name or word the lexicon lacks.
func nounModifier(ts *tokens, t int) bool {
	if ts.fn(t) {
		return false
	}
	lex := ts.lex(t)
	if lex == nil {
		return true
	}
	tag := lex.Tag()
	return strings.HasPrefix(tag, "nn") || strings.HasPrefix(tag, "np")
}

// abbreviation is d.Abbreviation(k) for word k (lexicon entry id) before a
// full stop, from a cache by lexicon entry: every sentence's last word
// asks, and the answer is the lower-cased form's (a form of up to
// maxCachedAbbrev bytes: no spelling of it reaches the length where the
// model stops looking).
func abbreviation(d *doc.Doc, k int, id lexicon.ID) bool {
	if id <= 0 || !shortForm(id) {
		return d.Abbreviation(k)
	}
	abbrevOnce.Do(makeAbbrevs)
	// (Two bits an entry, asked and the answer, so that the answers of a
	// text's sentence-final words, most of them rare, stay in a few
	// kilobytes of cache.)
	word, shift := &abbrevs[id/32], 2*(uint(id)%32)
	if v := word.Load() >> shift; v&abbrevAsked != 0 {
		return v&abbrevYes != 0
	}
	a := d.Abbreviation(k)
	v := uint64(abbrevAsked)
	if a {
		v |= abbrevYes
	}
	word.Or(v << shift)
	return a
}

// shortForm: the form of lexicon entry id has at most maxCachedAbbrev
// bytes (its clShortForm in clsKeys).
func shortForm(id lexicon.ID) bool { return clsKeyOf(id).cls&clShortForm != 0 }

// abbrevInfo is what the pass keeps of the word with lexicon entry id and
// its full stop, one token (the form's and the stop's, lower-cased), made
// once.
func abbrevInfo(id lexicon.ID) wordInfo {
	abbrevOnce.Do(makeAbbrevs)
	if w := abbrevInfos[id].Load(); w != nil {
		return *w
	}
	l := id.Form() + "."
	w := infoOfForm(lexicon.Entry(l), classOf[l], l)
	abbrevInfos[id].Store(&w)
	return w
}

var (
	abbrevOnce sync.Once
	// By lexicon ID: abbrevs, two bits each (abbrevAsked, abbrevYes);
	// abbrevInfos, abbrevInfo's, nil until asked.
	abbrevs     []atomic.Uint64
	abbrevInfos []atomic.Pointer[wordInfo]
)

func makeAbbrevs() {
	n := lexicon.IDs()
	abbrevs, abbrevInfos = make([]atomic.Uint64, (n+31)/32), make([]atomic.Pointer[wordInfo], n)
	pages.Write(abbrevs)
	pages.Write(abbrevInfos)
}

const (
	abbrevAsked = 1
	abbrevYes   = 2
)

// No spelling of a character takes four times the bytes of its lower
// case: 15 bytes stay below the model's 64.
const maxCachedAbbrev = 15

func (ts *tokens) addExtra(w wordInfo) {
	ts.ref = append(ts.ref, ^int32(len(ts.extra)))
	ts.extra = append(ts.extra, w)
}

// addUnknown refers the next token to the entry of l, a lower-cased word
// the lexicon lacks, made at its first occurrence.
func (ts *tokens) addUnknown(l string) {
	if k, ok := ts.unknown[l]; ok {
		ts.ref = append(ts.ref, ^k)
		return
	}
	if ts.unknown == nil {
		ts.unknown = map[string]int32{}
	}
	ts.unknown[l] = int32(len(ts.extra))
	ts.addExtra(infoOfForm(nil, classOf[l], l))
}

// lowerForm returns w lower-cased: w itself where it has no capital, else
// a copy in ts.lowered (a new block where the last is full, so that the
// strings made from the old one stay valid).
func (ts *tokens) lowerForm(w string) string {
	if !hasUpper(w) {
		return w
	}
	at := len(ts.lowered)
	if cap(ts.lowered)-at < len(w)*2 {
		ts.lowered = make([]byte, 0, max(4096, len(w)*4))
		at = 0
	}
	ts.lowered = doc.AppendLower(ts.lowered, w)
	b := ts.lowered[at:]
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// initial: a single capital letter, which with its full stop is a name's
// initial ("Michael A. Abatuno").
func initial(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && unicode.IsUpper(r)
}

func hasUpper(w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			return true
		}
		if c >= utf8.RuneSelf {
			return strings.ToLower(w) != w
		}
	}
	return false
}

// punctFacts returns the facts of punctuation mark i (clEnd, clOpener,
// clCloser).
func (ts *tokens) punctFacts(i int) class {
	t := ts.t[i]
	if t.End == t.Start+1 {
		return asciiPunctFacts[ts.src[t.Start]]
	}
	return punctFactsOf(ts.src[t.Start:t.End])
}

// asciiPunctFacts holds punctFactsOf of each one-byte mark.
var asciiPunctFacts = func() (t [256]class) {
	for b := range t {
		t[b] = punctFactsOf(string([]byte{byte(b)}))
	}
	return t
}()

func punctFactsOf(s string) class {
	var c class
	if s == "." || s == "!" || s == "?" {
		c |= clEnd
	}
	if isOpener(s) {
		c |= clOpener
	}
	if isCloser(s) {
		c |= clCloser
	}
	return c
}

// sentenceEnd: token i is '.', '!' or '?' (a run of them counts as one).
func (ts *tokens) sentenceEnd(i int) bool { return ts.classes[i]&clEnd != 0 }

// opener and closer: token i is an opening or closing quote or bracket.
func (ts *tokens) opener(i int) bool { return ts.classes[i]&clOpener != 0 }
func (ts *tokens) closer(i int) bool { return ts.classes[i]&clCloser != 0 }

// is reports whether token i is s.
func (ts *tokens) is(i int, s string) bool {
	t := ts.t[i]
	return int(t.End-t.Start) == len(s) && ts.src[t.Start:t.End] == s
}

func isCloser(s string) bool {
	switch s {
	case `"`, "”", "’", "'", ")", "]", "»":
		return true
	}
	return false
}

func isOpener(s string) bool {
	switch s {
	case `"`, "“", "‘", "'", "(", "[", "«":
		return true
	}
	return false
}

// capital: token i starts with an upper-case letter.
func (ts *tokens) capital(i int) bool { return ts.classes[i]&clCapital != 0 }

// upperAt: token i starts with an upper-case letter (capital, read from
// the text).
func (ts *tokens) upperAt(i int) bool {
	c := ts.src[ts.t[i].Start]
	if c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z'
	}
	return upperIn(ts.src[ts.t[i].Start:])
}

// upperIn: s starts with an upper-case letter.
func upperIn(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// tagCache holds the tags tagOf gave a document's tokens, each computed on
// first use: per token, its tag's number in tagNames plus one (0: not asked
// yet, or a tag the lexicon lacks, computed again each time), 2 bytes
// where the tag's string took 16.
type tagCache struct {
	at   []uint16
	made bool // at is sized and cleared
}

// reset returns c emptied for another document, its memory kept.
func (c *tagCache) reset() tagCache { return tagCache{at: c.at[:0]} }

// of returns tagOf(toks, i), computing it once.
func (c *tagCache) of(toks *tokens, i int) string {
	if !c.made {
		c.made = true
		n := toks.len()
		c.at = slices.Grow(c.at[:0], n)[:n]
		clear(c.at)
	}
	if k := c.at[i]; k != 0 {
		return tagNames[k-1]
	}
	t := tagOf(toks, i)
	c.at[i] = tagNums[t]
	return t
}

// tagNames lists the lexicon's tags, tagNums numbers them from 1.
var (
	tagNames []string
	tagNums  map[string]uint16
)

// numberTags makes tagNames and tagNums from the lexicon's tags.
func numberTags() {
	tagNames = lexicon.TagNames()
	if len(tagNames) > math.MaxUint16 {
		tagNames = tagNames[:math.MaxUint16]
	}
	tagNums = make(map[string]uint16, len(tagNames))
	for i, t := range tagNames {
		tagNums[t] = uint16(i + 1)
	}
}
