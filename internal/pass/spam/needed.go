package spam

import (
	"slices"
	"strings"
	"sync"
	"unicode"

	"github.com/unspin/unspin/internal/doc"
	"github.com/unspin/unspin/internal/lexicon"
	"github.com/unspin/unspin/internal/screen"
	"unicode/utf8"
)

// Needed reports whether text holds anything the pass could act on or
// weigh: a word that names a site or sends the reader somewhere ("site",
// "blog", "visit", "click", "Webseite", "сайт"), "us" beside a verb of
// contact ("contact us", "nous contacter", "свяжитесь с нами"), or a word of
// what link spam sells (niches.go): the words the pass's candidates are
// made of, found as the document model finds words. A word only learned
// to be of trade (commercial.txt) counts only where it stands in a pair of
// words said twice: a keyword of such words must be said twice to be
// weighed (keywordEvidence), no call to action is judged for it (triggered),
// and every run of two or more words holding it holds such a pair. Where
// it returns false, Analyze returns
// no edits, no suspects and the score of a text without evidence
// (NoEvidence, or unjudged where the text is not English), so that a screen
// can skip the pass and still report exactly what it would have. One scan
// over the bytes, one table probe per word; no allocation.
func Needed(text string) bool { w := doc.Words(text); return needed(&w) }

// NeededDoc is Needed of a document: the scan judges the document's
// language on the way (doc.Doc.Words), so that a document the pass is not
// needed for, whose score is reported only where it is English, is read
// once.
func NeededDoc(d *doc.Doc) bool {
	if d.Lexed() {
		// Built already: the words are the tokens', their classes the
		// lexicon entries' (neededLexed), with no scan of the text.
		dts, lex := d.TokensLex()
		return neededLexed(d.Text, dts, lex)
	}
	w := d.Words()
	return needed(&w)
}

// NeededScreened is NeededDoc and screen.Scan of the document in one scan
// of its text: a document that needs neither the pass nor a repair is
// read once.
//
// It walks words rather than building the model's tokens first, though a
// needed document is then tokenized after the words before its first
// trigger were scanned: on the Brown articles that prefix is a sixth of
// the text on average, while tokens and lexicon entries built for a
// document nobody reads them for cost more (building them first measured
// no faster on clean English and a quarter slower on the UDHR), and 98% of
// fortunes are not needed.
func NeededScreened(d *doc.Doc) (bool, screen.Needs) {
	w := d.Words()
	w.Screen()
	n := needed(&w)
	return n, w.Screened()
}

// AnalyzeNeeded is AnalyzeDoc of a document whose NeededDoc is known.
func AnalyzeNeeded(d *doc.Doc, needed bool) Result {
	if !needed {
		return Result{Score: unneededScore(), Judged: englishDoc(d)}
	}
	// Only the Result leaves: the view of the tokens goes back to a pool
	// for the next document, saving its allocation and the collector's
	// work on it.
	toks := readTokens(tokensPool.Get().(*tokens), d)
	res := analyzeTokens(d.Text, toks, englishDoc(d), &trained).Result
	toks.release()
	return res
}

// unneededScore is the score unneededDoc gives under the trained model,
// the same for every document Needed turns away: worked out once.
var unneededScore = sync.OnceValue(func() float64 { return unneededDoc(doc.New(""), &trained).Score })

func needed(w *doc.WordScan) bool {
	var prev, prev2 wordKey // the two words before, for pairs and "contact ... us"
	var prevLearned bool
	// The word before's bytes, for shapeless, asked only where a pair
	// holds a learned word.
	prevStart, prevEnd := 0, 0
	senses := lexicon.SenseTable()
	// The pairs of words holding a learned word, seen once (keyed
	// without case, so that a keyword said twice in any spelling shows);
	// past as many as the array holds, the text is needed.
	var pairs [64]wordKey
	nPairs := 0
	for w.Next() {
		k := wordKey(w.Hash)
		if k == 0 {
			k = 1 // as keyOf
		}
		cls := triggers.get(k)
		if cls == 0 && !prevLearned {
			// Most words: none of the cases below can hold.
			prev2, prev = prev, k
			prevStart, prevEnd = w.Start, w.End
			continue
		}
		if isLearned := cls&clLearnedWord != 0; (isLearned || prevLearned) && prev != 0 &&
			!shapeless(w.Text(), w.Start, w.End, func() lexicon.ID { return senses.ID(w.Hash) }) &&
			!shapeless(w.Text(), prevStart, prevEnd, func() lexicon.ID { return senses.ID(lexicon.Hash(prev)) }) {
			p := pairKey(prev, k)
			if slices.Contains(pairs[:nPairs], p) || nPairs == len(pairs) {
				return true
			}
			pairs[nPairs] = p
			nPairs++
		}
		prevLearned = cls&clLearnedWord != 0
		switch {
		case cls&(clSite|clStrong|clCommercial) != 0:
			return true
		case cls&clUs != 0 && (triggers.get(prev)|triggers.get(prev2))&clContact != 0:
			return true
		case cls&clContact != 0 && (triggers.get(prev)|triggers.get(prev2))&clUs != 0:
			return true
		case cls&clPairEnd != 0 && pairTriggers.get(pairKey(prev, k)) != 0:
			return true
		}
		prev2, prev = prev, k
		prevStart, prevEnd = w.Start, w.End
	}
	return false
}

// shapeless reports a word no run of an anchor keyword holds where it
// stands (keywordsWithoutTemplate's inRun): ASCII, a small letter first,
// not before a full stop (which an abbreviation's token
// takes in, making another form), and a form the lexicon has whose entry
// may shape no keyword (clMayShape unset: a verb, an adverb, a function
// word but the link words). A keyword of words only learned to be of
// trade must be said twice, every word of it in such a run: a pair of
// words said twice with a shapeless one is no part of one, and Needed does
// not count it. id is the form's entry, asked last.
func shapeless(text string, start, end int, id func() lexicon.ID) bool {
	if end-start > doc.MaxLookup || text[start] < 'a' || text[start] > 'z' || end < len(text) && text[end] == '.' {
		return false
	}
	for i := start; i < end; i++ {
		if text[i] >= utf8.RuneSelf {
			return false
		}
	}
	tablesOnce.Do(loadTables)
	e := id()
	return e > 0 && clsKeyOf(e).cls&clMayShape == 0
}

// neededLexed is needed over a document's tokens and their lexicon
// entries: the words of doc.Words are the tokens' words (the document
// model's tests hold it), a word's key its hash lower-cased, and, for a
// word the lexicon knows, its classes the entry's (trigByID), so that a
// word's key is worked out only where a pair asks for it.
func neededLexed(text string, dts []doc.Token, lex []lexicon.ID) bool {
	trigOnce.Do(makeTrigByID)
	keyAt := func(i int) wordKey {
		t := dts[i]
		k := wordKey(doc.HashLower(text[t.Start:t.End]))
		if k == 0 {
			k = 1 // as keyOf
		}
		return k
	}
	// The word before (its token, its key once asked, 0 until then) and
	// the classes of the two words before.
	prevAt, prevKey, prevCls, prev2Cls := -1, wordKey(0), class(0), class(0)
	var prevLearned bool
	var pairs [64]wordKey
	nPairs := 0
	for i := range dts {
		if dts[i].Kind != doc.Word {
			continue
		}
		var k wordKey
		var cls class
		if id := lex[i]; id > 0 {
			cls = trigClasses[trigByID[id]]
		} else {
			k = keyAt(i)
			cls = triggers.get(k)
		}
		isLearned := cls&clLearnedWord != 0
		if (isLearned || prevLearned) && prevAt >= 0 || cls&clPairEnd != 0 && prevAt >= 0 {
			if k == 0 {
				k = keyAt(i)
			}
			if prevKey == 0 {
				prevKey = keyAt(prevAt)
			}
		}
		if (isLearned || prevLearned) && prevAt >= 0 &&
			!shapeless(text, int(dts[i].Start), int(dts[i].End), func() lexicon.ID { return lex[i] }) &&
			!shapeless(text, int(dts[prevAt].Start), int(dts[prevAt].End), func() lexicon.ID { return lex[prevAt] }) {
			p := pairKey(prevKey, k)
			if slices.Contains(pairs[:nPairs], p) || nPairs == len(pairs) {
				return true
			}
			pairs[nPairs] = p
			nPairs++
		}
		prevLearned = isLearned
		switch {
		case cls&(clSite|clStrong|clCommercial) != 0:
			return true
		case cls&clUs != 0 && (prevCls|prev2Cls)&clContact != 0:
			return true
		case cls&clContact != 0 && (prevCls|prev2Cls)&clUs != 0:
			return true
		case cls&clPairEnd != 0 && prevAt >= 0 && pairTriggers.get(pairKey(prevKey, k)) != 0:
			return true
		}
		prev2Cls, prevCls, prevAt, prevKey = prevCls, cls, i, k
	}
	return false
}

// trigByID holds, by lexicon ID, the classes triggers holds for the
// entry's form, a bit each (trigBits), so that the table of a text's
// words stays in 78 KB of cache; trigClasses turns the bits back.
var (
	trigOnce    sync.Once
	trigByID    []uint8
	trigClasses [1 << len(trigBits)]class
)

var trigBits = [...]class{clSite, clStrong, clUs, clContact, clCommercial, clLearnedWord, clPairEnd}

func makeTrigByID() {
	t := make([]uint8, lexicon.IDs())
	for s, k := range triggers.keys {
		if k == 0 {
			continue
		}
		// The entry whose form's key k is, checked: a key that only
		// probes to an entry is another word's.
		id, _ := lexicon.Probe(lexicon.Hash(k))
		if id <= 0 || keyOfHash(lexicon.HashOf(id.Form())) != k {
			continue
		}
		for b, c := range trigBits {
			if triggers.vals[s]&c != 0 {
				t[id] |= 1 << b
			}
		}
	}
	for v := range trigClasses {
		for b, c := range trigBits {
			if v&(1<<b) != 0 {
				trigClasses[v] |= c
			}
		}
	}
	trigByID = t
}

// keyOfHash is the key of a word whose lower-cased form hashes to h.
func keyOfHash(h lexicon.Hash) wordKey {
	if h == 0 {
		return 1
	}
	return wordKey(h)
}

func isASCIIWord(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// wordKey is a hash of a lower-cased word (0: none).
type wordKey uint64

// keyOf hashes w lower-cased: the lexicon's Hash of the lower-cased UTF-8
// (a byte that is not UTF-8 hashed as U+FFFD), the key the document
// model's word scan (doc.Words) gives each word, without allocating.
func keyOf(w string) wordKey {
	h := lexicon.HashStart
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			h = h.Add(c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		var buf [utf8.UTFMax]byte
		m := utf8.EncodeRune(buf[:], unicode.ToLower(r))
		for _, b := range buf[:m] {
			h = h.Add(b)
		}
		i += n
	}
	if h == 0 {
		h = 1
	}
	return wordKey(h)
}

func pairKey(a, b wordKey) wordKey {
	if a == 0 {
		return 0
	}
	return wordKey((uint64(a)*fnvPrime ^ uint64(b)) | 1)
}

// FNV-1a, for words and for runs of word hashes.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// Trigger bits beside the classes: a word of the link-spam niches, and the
// second word of a niche pair ("weight loss", "near me").
const (
	clLearnedWord class = 1 << 61
	clCommercial  class = 1 << 62
	clPairEnd     class = 1 << 63
)

// keyTable is an open-addressing hash table from word keys to classes,
// with a filter in front: a bit per hash of the keys' high bits, which
// answers most words of a text (none of them a key) from 8 KB, not from
// the table's quarter of a megabyte.
type keyTable struct {
	keys   []wordKey
	vals   []class
	mask   uint64
	filter [filterBits / 64]uint64
}

const filterBits = 1 << 16

// filterBit is k's bit in the filter, from bits the table's index does not
// use.
func filterBit(k wordKey) uint64 { return uint64(k) >> 48 }

func newKeyTable(n int) *keyTable {
	size := 1
	for size < 4*n {
		size <<= 1
	}
	return &keyTable{keys: make([]wordKey, size), vals: make([]class, size), mask: uint64(size - 1)}
}

func (t *keyTable) add(k wordKey, c class) {
	b := filterBit(k)
	t.filter[b/64] |= 1 << (b % 64)
	for i := uint64(k) & t.mask; ; i = (i + 1) & t.mask {
		if t.keys[i] == k || t.keys[i] == 0 {
			t.keys[i] = k
			t.vals[i] |= c
			return
		}
	}
}

func (t *keyTable) get(k wordKey) class {
	if b := filterBit(k); k == 0 || t.filter[b/64]&(1<<(b%64)) == 0 {
		return 0
	}
	for i := uint64(k) & t.mask; ; i = (i + 1) & t.mask {
		switch t.keys[i] {
		case k:
			return t.vals[i]
		case 0:
			return 0
		}
	}
}

// triggers holds the words Needed looks for, pairTriggers the niche pairs,
// both from classOf: the words the pass's candidates are made of.
var triggers, pairTriggers = func() (*keyTable, *keyTable) {
	t := newKeyTable(len(classOf))
	for w, c := range classOf {
		if c&(clSite|clStrong|clUs|clContact) != 0 {
			t.add(keyOf(w), c&(clSite|clStrong|clUs|clContact))
		}
		if c&clNiche != 0 {
			t.add(keyOf(w), clCommercial)
		}
		if c&clLearned != 0 {
			// (The document model's word ends before a final full stop
			// that the pass's token takes in.)
			t.add(keyOf(w), clLearnedWord)
			t.add(keyOf(strings.TrimSuffix(w, ".")), clLearnedWord)
		}
		if c&clPairSecond != 0 {
			t.add(keyOf(w), clPairEnd)
		}
	}
	p := newKeyTable(len(nichePairs) + len(storeWords)*3)
	for pair := range nichePairs {
		a, b := pair[0], pair[1]
		for _, b := range []string{b, b + "s"} {
			p.add(pairKey(keyOf(a), keyOf(b)), clPairEnd)
		}
	}
	// A store or shop on the web is a site (onlineStores).
	for b := range storeWords {
		t.add(keyOf(b), clPairEnd)
		for a, c := range classOf {
			if c&clSiteMod != 0 {
				p.add(pairKey(keyOf(a), keyOf(b)), clPairEnd)
			}
		}
	}
	return t, p
}()
