package homoglyph

import (
	"slices"
	"strings"
	"unicode"

	"github.com/unspin/unspin/internal/letters"
	"github.com/unspin/unspin/internal/unidata"
)

// knownWord is what a candidate gains, in log-probability, where it makes a
// word a dictionary of the language has and another candidate does not:
// more than letter statistics ever tell two spellings apart by.
const knownWord = 20

// outsideScores (rule OUTSIDE-LETTER-MODEL) adds to each candidate's
// score what the languages written in the target script that have every
// candidate say of the word spelt with it (internal/letters, counted from
// dictionaries, not from the document): its log-probability under their
// letter models, mixed evenly, since the word itself says which language
// it is closest to, and knownWord where a language's word forms hold it.
// The document's own letters predict poorly where it is short, or where
// the attacker replaced most of one letter so that its clean words hardly
// show it (polytonic ἔτσι, συνιστοῦσαν and βιοτικὸ, not ἔτοι, συνιοτοῦσαν
// and βιστικὸ). Where no model has every candidate (Kabardian ӏ), the
// document decides alone, and so it does where the document may not be in
// the language (writtenIn): Kazakh's letters are no guide to Turkmen or
// Karakalpak, which write у for a vowel where Kazakh writes ұ
// (хөкмүрованлы, дуўшар).
func outsideScores(cs []cand, t unidata.Script, form func(rune) string, p *profile) {
	if len(cs) < 2 {
		return
	}
	need := make([]rune, len(cs))
	fs := make([]string, len(cs))
	for i, x := range cs {
		need[i] = unicode.ToLower(x.c)
		fs[i] = strings.ToLower(form(x.c))
	}
	for i, s := range outsideFormScores(fs, need, t, p) {
		cs[i].score += s
	}
}

// outsideFormScores is what outsideScores adds to each of the lowered
// forms fs, spellings of one word that differ in the letters need: nil
// where no model of script t that the document may be written in has every
// one of them.
func outsideFormScores(fs []string, need []rune, t unidata.Script, p *profile) []float64 {
	ms := letters.Of(t.String(), need...)
	ms = slices.DeleteFunc(ms, func(m *letters.Model) bool { return !writtenIn(m, t, p) })
	if len(ms) == 0 {
		return nil
	}
	scores := make([]float64, len(fs))
	known := make([]bool, len(fs))
	some, all := false, true
	for i, f := range fs {
		scores[i] = letters.LogProb(ms, f)
		for _, m := range ms {
			known[i] = known[i] || m.Knows(f)
		}
		some, all = some || known[i], all && known[i]
	}
	if some && !all {
		for i := range fs {
			if known[i] {
				scores[i] += knownWord
			}
		}
	}
	return scores
}

// commonLetter is the share of a language's letters above which a letter
// is one that every text in it, a sentence or two long, writes (Kazakh қ
// and ң, Greek λ and π; not Greek χ, which one sentence may lack).
const commonLetter = 0.02

// writtenIn reports whether the document may be written in m's language:
// it writes no letter of script t that m's alphabet lacks (Karakalpak ў,
// Turkmen җ are not Kazakh), and every letter m writes commonly that no
// Latin letter is drawn like, which an attacker cannot have replaced, is
// among its letters (Kyrgyz and Mongolian lack Kazakh қ, ғ, ұ).
func writtenIn(m *letters.Model, t unidata.Script, p *profile) bool {
	own, fits := lettersIn(m, t, p)
	if !fits {
		return false
	}
	for _, r := range m.Letters() {
		if m.Share(r) >= commonLetter && !slices.Contains(own, r) && !hasLookAlike(r, unidata.Latin) {
			return false
		}
	}
	return true
}

// lettersIn returns the document's own letters of script t, folded, and
// whether model m has every one of them.
func lettersIn(m *letters.Model, t unidata.Script, p *profile) (own []rune, fits bool) {
	fits = true
	p.attested.each(func(r rune) bool {
		if unidata.ScriptOf(r) == t {
			fits = m.Has(r)
			own = append(own, letters.Fold(r))
		}
		return fits
	})
	return own, fits
}

// dictionaryHas is dictionaryKnows of a text too short to write every
// common letter of its language (writtenIn): a dictionary whose letters
// hold all of the document's own of the script knows form.
func dictionaryHas(form string, t unidata.Script, p *profile) bool {
	for _, m := range letters.Of(t.String()) {
		if _, fits := lettersIn(m, t, p); m.HasForms() && fits && m.Knows(form) {
			return true
		}
	}
	return false
}
