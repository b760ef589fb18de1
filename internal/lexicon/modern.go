package lexicon

//go:generate go run ./gen -subtlex ${SUBTLEX} -modern modern.tsv.gz

import "github.com/unspin/unspin/internal/lexicon/internal/lextab"

// Modern word counts come from SUBTLEX-US, subtitles of today's films (see
// gen/modern.go): Brown is the English of 1961, and lacks "online",
// "website" and "email". tables.bin holds them by ID.

// Modern returns how often the lower-cased word occurs per million words of
// present-day English (SUBTLEX-US), 0 where it was seen less than twice.
func Modern(lowerWord string) float64 { return lookupForm(lowerWord).modernShare() }

// Known reports whether an English reader knows the word, in any case: the
// Brown corpus has it, or present-day English uses it at least once in
// twenty million words.
func Known(word string) bool {
	l := lower(word)
	id, sense := Probe(HashOf(l))
	// Without SenseKnown in the slot the answer is no, exactly (as in
	// Entry); with it, the word must be the form.
	return sense&SenseKnown != 0 && id.form() == l
}

// knownModern is how often, per million words, present-day English must use
// a word the Brown corpus lacks for a reader to know it.
const knownModern = lextab.KnownModern

// IsModernEnglish is IsEnglish with today's vocabulary: the share of the
// first 400 words that Brown or present-day English knows is 0.7 or more.
// An e-mail about "email" and "linux" with paths and code in it is English
// (nine in ten of the SpamAssassin corpus' ham e-mails score 0.76 or more);
// of the Universal Declaration's other languages, Interlingua scores
// highest, 0.65.
func IsModernEnglish(text string) bool {
	known, n := 0, 0
	for w := range wordsOf(text) {
		if n == 400 {
			break
		}
		n++
		if Known(w) {
			known++
		}
	}
	return n > 0 && float64(known) >= 0.7*float64(n)
}
