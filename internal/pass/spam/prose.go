package spam

import (
	"unicode/utf8"

	"github.com/unspin/unspin/internal/doc"
	"github.com/unspin/unspin/internal/lexicon"
	"github.com/unspin/unspin/internal/runeclass"
)

// proseEnglishWithin reports whether the words of the text that stand as prose
// are present-day English, by the document model's bar
// (doc.Language.IsModernEnglish) over as many words as it reads. The
// model judges every word, and an English e-mail's headers, addresses and
// code pull it below the bar ("http", "cve", "mitre", "cgi" and "bin" of
// one address are five words no reader knows), so that the keywords
// pushed into it went unjudged. A word stands as prose where white space
// or a bracket or quote opens it and white space, or punctuation and then
// white space, closes it; words with digits are left out, as the model
// leaves them, and so are single letters but "a" and "I".
//
// judged is the text's judgement by the document model. Prose words are words the judgement reads (it leaves out only words of
// digits alone), looked up alike, so where it read them all (Whole) it
// bounds them: fewer than minProseWords judged leaves too few prose words,
// and the read stops once the unknown prose words seen already hold the
// share under the bar with every known word of the text counted as prose
// (7u > 3K: K/(K+u) < 0.7). The answer is the whole read's (without the
// bound); a short or unknown-heavy text costs less to read.
func proseEnglishWithin(text string, judged doc.Language) bool {
	bound := judged.Whole()
	if bound && judged.Words < minProseWords {
		return false
	}
	n, known := 0, 0
	senses := lexicon.SenseTable()
	for w := doc.Words(text); n < proseWords && w.Next(); {
		if !standsApart(text, w.Start, w.End) || hasDigit(text[w.Start:w.End]) || w.End-w.Start == 1 && !oneLetterWord(text[w.Start]) {
			continue
		}
		n++
		if w.End-w.Start <= doc.MaxLookup && senses.Of(w.Hash, w.ASCII)&lexicon.SenseKnown != 0 {
			known++
		} else if bound && 7*(n-known) > 3*judged.KnownWords {
			return false
		}
	}
	return n >= minProseWords && doc.Language{Known: float64(known) / float64(n)}.IsModernEnglish()
}

// englishDoc: the pass judges d (doc.Doc.IsModernEnglish, or
// proseEnglish where that says no but knows proseFloor of the words or
// more: below it, words glued into addresses and markup would have to be
// most of the text for its prose to reach the bar, and a text in another
// script or language is not read again).
func englishDoc(d *doc.Doc) bool {
	l := d.Language()
	return l.IsModernEnglish() || l.Known >= proseFloor && proseEnglishWithin(d.Text, l)
}

const proseFloor = 0.3

// oneLetterWord: "a", "I": the letters that are English words (a variable
// "n" or "x" of code is no prose).
func oneLetterWord(c byte) bool { return c == 'a' || c == 'A' || c == 'I' }

func hasDigit(w string) bool {
	for i := 0; i < len(w); i++ {
		if '0' <= w[i] && w[i] <= '9' {
			return true
		}
	}
	return false
}

// proseWords is how many prose words proseEnglish reads, as many as the
// model's judgement; minProseWords, how many it needs to judge.
const (
	proseWords    = doc.EnglishWords
	minProseWords = 20
)

// standsApart: the word at text[s:e] is opened by the text's start, white
// space, a bracket or a quote, and closed by its end, white space, or
// punctuation that white space or the end follows. Typographic quotes,
// brackets and dashes (“ « ‘ —, runeclass.Typographic) and white space
// outside ASCII count as their ASCII kin: a word quoted “so” is prose.
func standsApart(text string, s, e int) bool {
	if s > 0 {
		switch c := text[s-1]; c {
		case ' ', '\t', '\n', '\r', '(', '"', '\'', '[':
		default:
			if c < utf8.RuneSelf {
				return false
			}
			r, _ := utf8.DecodeLastRuneInString(text[:s])
			if !runeclass.Of(r).Any(runeclass.Space | runeclass.Typographic) {
				return false
			}
		}
	}
	for e < len(text) {
		switch c := text[e]; c {
		case ' ', '\t', '\n', '\r':
			return true
		case ',', '.', ';', ':', '!', '?', ')', '"', '\'', ']':
			e++
		default:
			if c < utf8.RuneSelf {
				return false
			}
			r, n := utf8.DecodeRuneInString(text[e:])
			switch cl := runeclass.Of(r); {
			case cl.Has(runeclass.Space):
				return true
			case cl.Has(runeclass.Typographic):
				e += n
			default:
				return false
			}
		}
	}
	return true
}
