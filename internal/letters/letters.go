// Package letters holds letter statistics of languages written in Greek
// and Cyrillic, counted from outside word lists (Debian's hunspell
// dictionaries, see README.md), not from any text unspin is judged on.
//
// A reverse repair (Latin letters spoofing a Greek or Cyrillic text) must
// sometimes choose among native letters a Latin one is drawn like: o is
// Greek ο or σ, y Cyrillic у or ү. The document's own letters say which
// where it is long and the spoofed letter rare; where it is short, or the
// attacker replaced most of one letter, a language's letter triples still
// tell ἔτσι from ἔτοι and Kazakh үлкен from улкен.
//
// The counts are letter triples of the dictionaries' word forms (affixes
// expanded), each form counted once, letters folded by Fold, word edges
// included. tables.bin lays them out for lookup without parsing (see
// build.go); it is embedded and read in place.
package letters

import (
	_ "embed"
	"math"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

//go:generate go run ./gen -tables tables.bin

//go:embed tables.bin
var tab string

// Fold returns the letter the models count for r: lower case, and for a
// Greek letter its base letter without accents or breathings (ἔ → ε,
// ό → ο): the dictionaries are monotonic, texts may be polytonic, and the
// accents say nothing of which consonant or vowel a word holds. Final
// sigma stays ς: where a word ends is what tells it from σ.
func Fold(r rune) rune {
	r = unicode.ToLower(r)
	if r < utf8.RuneSelf || !unicode.Is(unicode.Greek, r) {
		return r
	}
	var buf [utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], r)
	if d := norm.NFD.Properties(buf[:n]).Decomposition(); len(d) > 0 {
		if b, _ := utf8.DecodeRune(d); unicode.IsLetter(b) {
			return Fold(b)
		}
	}
	return r
}

// Model is one language's letter statistics.
type Model struct {
	Lang, Script string
	alphabet     []rune // index+1 is the letter's code in keys; 0 is a word edge
	keys, counts string // little-endian uint32s, keys sorted (see key)
	bloom        string // the forms' Bloom filter, little-endian uint32s; empty without forms
	total        float64
	ones         int // the letters the dictionary has as words of one letter
}

var (
	once   sync.Once
	models []*Model
)

// Models returns every model, in the table's order.
func Models() []*Model {
	once.Do(func() { models = parse(tab) })
	return models
}

// Of returns the models of a script ("Greek", "Cyrillic", as unidata names
// scripts) whose alphabets hold every letter of need (folded).
func Of(script string, need ...rune) []*Model {
	var out []*Model
	for _, m := range Models() {
		if m.Script != script {
			continue
		}
		ok := true
		for _, r := range need {
			ok = ok && m.code(Fold(r)) > 0
		}
		if ok {
			out = append(out, m)
		}
	}
	return out
}

// code returns r's code in m (1 and up), 0 for a letter m does not have.
func (m *Model) code(r rune) uint32 {
	lo, hi := 0, len(m.alphabet)
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if m.alphabet[h] < r {
			lo = h + 1
		} else {
			hi = h
		}
	}
	if lo < len(m.alphabet) && m.alphabet[lo] == r {
		return uint32(lo + 1)
	}
	return 0
}

// HasForms reports whether m knows its language's word forms.
func (m *Model) HasForms() bool { return len(m.bloom) > 0 }

// Knows reports whether word, folded, is one of m's word forms (false
// without forms; about one word in 300 that is none seems one).
func (m *Model) Knows(word string) bool {
	if len(m.bloom) == 0 {
		return false
	}
	var buf [64]byte
	f := buf[:0]
	for _, r := range word {
		f = utf8.AppendRune(f, Fold(r))
	}
	h1, h2 := bloomProbe(string(f))
	n := uint32(len(m.bloom) * 8)
	for i := range uint32(bloomHashes) {
		b := (h1 + i*h2) % n
		if u32(m.bloom, int(b/32))&(1<<(b%32)) == 0 {
			return false
		}
	}
	return true
}

// Letters returns m's alphabet, folded letters, sorted; the caller must
// not change it.
func (m *Model) Letters() []rune { return m.alphabet }

// Share is the part of the letters of m's word forms that are r (folded).
func (m *Model) Share(r rune) float64 {
	c := m.code(Fold(r))
	if c == 0 {
		return 0
	}
	return m.get(key(kindSingle, 0, c, 0)) / m.total
}

// OneLetterWord reports whether r (folded) is a word of one letter of m's
// language (Russian а, в, с, у): false where its dictionary lists most of
// its alphabet alone (the letters' names: Ukrainian's, Greek's), which
// tells no word from a letter named.
func (m *Model) OneLetterWord(r rune) bool {
	c := m.code(Fold(r))
	return c > 0 && 3*m.ones <= len(m.alphabet) && m.get(key(kindTriple, 0, c, 0)) > 0
}

// Has reports whether m's alphabet holds r (folded).
func (m *Model) Has(r rune) bool { return m.code(Fold(r)) > 0 }

// get returns the count stored for key k.
func (m *Model) get(k uint32) float64 {
	n := len(m.keys) / 4
	lo, hi := 0, n
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if u32(m.keys, h) < k {
			lo = h + 1
		} else {
			hi = h
		}
	}
	if lo < n && u32(m.keys, lo) == k {
		return float64(u32(m.counts, lo))
	}
	return 0
}

// floor is the chance of a letter the model has never seen in any
// context: a letter outside its alphabet.
const floor = 1e-7

// chance is c's probability after a and b (codes): triples, backed off to
// pairs and to the letter's own frequency.
func (m *Model) chance(a, b, c uint32) float64 {
	p := floor
	if n := m.get(key(kindContext, a, b, 0)); n > 0 {
		p += 0.75 * m.get(key(kindTriple, a, b, c)) / n
	}
	if n := m.get(key(kindSingle, 0, b, 0)); n > 0 {
		p += 0.2 * m.get(key(kindPair, 0, b, c)) / n
	}
	return p + 0.05*m.get(key(kindSingle, 0, c, 0))/m.total
}

// LogProb is the log-probability of word under m: each letter (folded)
// after the two before it, word edges included. A letter m lacks gets
// the floor.
func (m *Model) LogProb(word string) float64 {
	sum := 0.0
	var a, b uint32
	for _, r := range word {
		c := m.code(Fold(r))
		if c == 0 {
			sum += math.Log(floor)
			a, b = b, 0
			continue
		}
		sum += math.Log(m.chance(a, b, c))
		a, b = b, c
	}
	return sum + math.Log(m.chance(a, b, 0))
}

// LogProb is the log-probability of word under an even mixture of ms:
// the language is not known, and each model is weighed by how well it
// explains the word. It is 0 without models.
func LogProb(ms []*Model, word string) float64 {
	if len(ms) == 0 {
		return 0
	}
	best := math.Inf(-1)
	lps := make([]float64, len(ms))
	for i, m := range ms {
		lps[i] = m.LogProb(word)
		best = max(best, lps[i])
	}
	sum := 0.0
	for _, lp := range lps {
		sum += math.Exp(lp - best)
	}
	return best + math.Log(sum/float64(len(ms)))
}
