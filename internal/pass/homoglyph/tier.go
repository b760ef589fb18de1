package homoglyph

import (
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/unspin/unspin/internal/unidata"
)

// tier grades how unnatural a look-alike is where it stands in a word of
// the target script; the more unnatural, the less evidence restoring it
// needs.
type tier uint8

const (
	// plain: an ordinary letter of the target script, or a letter of
	// another script that nothing in the target looks like.
	plain tier = iota
	// compat: a symbol, a number, or a compatibility or mathematical form
	// (⍺, ℮, ⅼ, ｅ, 𝐚, 𑣲): no orthography puts one inside a word of
	// letters, so its mere presence there is the evidence.
	compat
	// foreign: a letter of another script drawn like a target letter
	// (Cyrillic е, Cherokee Ꭲ): evidence when it is mixed with target
	// letters, otherwise the word needs lexical evidence.
	foreign
	// inScript: a letter of the target script drawn like another (ɑ, þ, ı,
	// ɗ), or a letter of another script drawn like a target letter only
	// with a mark of its own (θ as O̵): real in some orthography, so it
	// needs the strongest evidence.
	inScript
)

// tierOf grades r (of script s) as a spoof of a letter of script t.
func tierOf(r rune, s, t unidata.Script) tier {
	if r < 0x80 && t == unidata.Latin {
		return plain
	}
	if r >= 0 && r < distinctCached {
		if k := targetIndex(t); k >= 0 && s == scriptOf(r) {
			tierOnce.Do(cacheTiers)
			return tierCache[k][r]
		}
	}
	// Beyond the alphabets' blocks (mathematical 𝐚, fullwidth ｆ, symbols)
	// each answer is kept as it is found: an attacker repeats a few such
	// characters, and each grading normalized the character anew.
	key := tierKey{r, s, t}
	tierMore.RLock()
	x, ok := tierMore.m[key]
	tierMore.RUnlock()
	if ok {
		return x
	}
	x = tierOfUncached(r, s, t)
	tierMore.Lock()
	if len(tierMore.m) < tierMoreKept {
		tierMore.m[key] = x
	}
	tierMore.Unlock()
	return x
}

// tierMore holds tierOf's answers beyond tierCache, up to tierMoreKept of
// them (any text's share of such characters is small; a table of every
// code point would not be).
var tierMore = struct {
	sync.RWMutex
	m map[tierKey]tier
}{m: map[tierKey]tier{}}

const tierMoreKept = 1 << 16

type tierKey struct {
	r    rune
	s, t unidata.Script
}

// tierCache holds tierOf's answers for the alphabets' blocks (below
// distinctCached), each character of its own script, per target script:
// a lookup where the look-alike tables and two normalization forms would
// be read (the pass grades every letter of a word beyond ASCII).
var (
	tierOnce  sync.Once
	tierCache [3][distinctCached]tier
)

func cacheTiers() {
	for k, t := range targets {
		for r := rune(0); r < distinctCached; r++ {
			tierCache[k][r] = tierOfUncached(r, scriptOf(r), t)
		}
	}
}

// targetIndex returns t's index in targets, -1 if none.
func targetIndex(t unidata.Script) int {
	for k, x := range targets {
		if x == t {
			return k
		}
	}
	return -1
}

func tierOfUncached(r rune, s, t unidata.Script) tier {
	las := lookAlikes(r, t)
	if len(las) == 0 {
		return plain
	}
	if !unicode.IsLetter(r) || s == unidata.Common || s == unidata.Inherited || s == unidata.Unknown {
		return compat
	}
	if isCompat(r) && compatOf(r, las) {
		return compat // fullwidth, letterlike and other compatibility forms (ｆ, K)
	}
	if s != t && smallCapitalShape(r, t) {
		return plain // a letter of its own alphabet (в, τ), restored only inside a word of t
	}
	if s != t && onlyMarked(las) {
		return inScript // θ in /θɪn/ or θJA is notation, not a spoofed O
	}
	if s != t {
		return foreign
	}
	if t == unidata.Latin && isCommonLatin(r) {
		// A letter of a major orthography drawn as a base letter with a
		// diacritic (é, ç, ø, đ) is that orthography's own; one drawn like
		// another letter outright (ı, þ, ſ, ĸ) stays a candidate.
		for _, la := range las {
			if la.Source == unidata.FromTR39 || la.Source == unidata.FromGlyph || la.Source == unidata.FromSmallCapital {
				return inScript
			}
		}
		return plain
	}
	return inScript
}

// style is the alphabet a character is drawn from, so that a word written
// wholly in one (𝐛𝐨𝐥𝐝, ｆｕｌｌ, a Cyrillic word) can be told from one
// pieced together from several, which only spoofing does. Typefaces'
// alphabets (MATHEMATICAL BOLD Latin, FULLWIDTH Latin) come from the
// characters' decompositions and names (unidata.AlphabetOf); other
// compatibility forms and symbols are grouped by their Unicode block.
func style(r rune, s, t unidata.Script) int {
	// Keys of three kinds, kept apart by the kind in the high bits.
	const alphabet, block = 1 << 16, 2 << 16
	if a := unidata.AlphabetOf(r); a != 0 {
		return alphabet | int(a)
	}
	if tierOf(r, s, t) == compat {
		return block | int(unidata.BlockOf(r))
	}
	return int(s)
}

// isCompat reports a compatibility character: one with a compatibility
// decomposition but no canonical one (ｆ, ℌ), or a canonical singleton (K),
// kept by Unicode only for round-trips with legacy encodings, never an
// orthography's letter.
func isCompat(r rune) bool {
	var b [4]byte
	n := utf8.EncodeRune(b[:], r)
	if len(norm.NFKD.Properties(b[:n]).Decomposition()) == 0 {
		return false
	}
	// A canonical singleton (K KELVIN SIGN → K) is as much a duplicate.
	d := norm.NFD.Properties(b[:n]).Decomposition()
	return len(d) == 0 || utf8.RuneCount(d) == 1
}

// compatOf reports whether r's compatibility form is the letter it is drawn
// like (ｆ is f): the long s ſ decomposes to s but is drawn like f, a letter
// of its own in historical text.
func compatOf(r rune, las []unidata.LookAlike) bool {
	if !unicode.IsLetter(r) {
		return true
	}
	d := []rune(norm.NFKC.String(string(r)))
	return len(d) == 1 && unicode.ToLower(d[0]) == unicode.ToLower(las[0].R)
}

// onlyMarked is rule MARKED-FOREIGN: a letter of another alphabet that
// TR39 relates to a target letter only as that letter with a mark drawn
// through it (θ and Ө as O̵), and whose rendered glyph does not match it,
// is drawn as a different letter: the bar is there for a reader to see.
// Like a target-script letter drawn with a mark (ɗ), it needs lexical
// evidence. (A mark beside the letter, η's tail or Қ's descender, is
// easily missed: those stay foreign.)
func onlyMarked(las []unidata.LookAlike) bool {
	for _, la := range las {
		if la.Source != unidata.FromTR39Overlaid || la.Drawn {
			return false
		}
	}
	return len(las) > 0
}

// smallCapitalShape is rule SMALL-CAPITAL-SHAPE: a letter of another
// alphabet whose only look-alikes in t are small capitals (Cyrillic в and
// т, Greek τ and κ, Cherokee ꭰ: drawn as B, T, K, D at small-letter height)
// is an ordinary letter of its alphabet. It is restored where it stands
// among letters of t (Tнe, hardвare), never as a whole word of its own
// script (он, тот stay Russian), and it counts as distinctive of its script.
func smallCapitalShape(r rune, t unidata.Script) bool {
	las := lookAlikes(r, t)
	for _, la := range las {
		if la.Source != unidata.FromSmallCapital {
			return false
		}
	}
	return len(las) > 0
}
