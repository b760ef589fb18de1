package spam

// span is a run of tokens [from, to) and its bytes [start, end).
type span struct {
	from, to   int
	start, end int
}

// nextStart is the first token from i on where a sentence may begin
// (toks.len() if none): the start of a line and every capitalised word or
// opening quote. Inserted sentences hide behind false boundaries ("on
// Nov. Here is", "(page 34) If you", "on his lips: Here is"), so any
// capital may begin one; the caller decides which start makes a sentence
// of the kind it looks for.
func nextStart(toks *tokens, i int) int {
	for ; i < toks.len(); i++ {
		// A quotation mark right after a word or end punctuation closes.
		opens := toks.opener(i) && (i == 0 || toks.nl(i) || toks.start(i) > toks.end(i-1))
		if i == 0 || toks.nl(i) && !softBreak(toks, i) || toks.capital(i) && !capitalInside(toks, i) || opens || smallSignature(toks, i) || smallKeywordFirst(toks, i) {
			return i
		}
	}
	return i
}

// smallKeywordFirst: token i, a word in small letters after end
// punctuation, opens anchor text put before a signature's mark
// (KEYWORD-BEFORE-MARK: "... in 1961. emergency dentist Birmingham -
// learn more on our website").
func smallKeywordFirst(toks *tokens, i int) bool {
	return i > 0 && !toks.capital(i) && toks.word(i) && toks.sentenceEnd(i-1) && keywordBeforeMark(toks, i, toks.len()) > 0
}

// smallSignature: token i, the speaker's word in small letters after end
// punctuation, names the speaker's site ("... for me. my homepage: X",
// "thanks! our web site - X"): a comment's signature begins there, written
// in lower case as such signatures often are.
func smallSignature(toks *tokens, i int) bool {
	if i == 0 || toks.capital(i) || toks.cls(i)&clSelf == 0 || !toks.sentenceEnd(i-1) || i+1 >= toks.len() {
		return false
	}
	j := i + 1
	if toks.cls(j)&clSiteMod != 0 && j+1 < toks.len() {
		j++
	}
	return toks.cls(j)&clSite != 0
}

// capitalInside: the capital at token i is one its language writes inside
// a sentence, no start: a pronoun of address English lacks right after a
// word in lower case on its line ("empfehle Ihnen", "können Sie": German
// capitalises the polite pronoun; English "You" inside a line starts one,
// "listinfo/ilug You will find").
func capitalInside(toks *tokens, i int) bool {
	if menuStep(toks, i) {
		return true
	}
	if i == 0 || !toks.word(i-1) {
		return false
	}
	if toks.nl(i) {
		return softBreak(toks, i)
	}
	return toks.cls(i)&clYou != 0 && toks.lex(i) == nil && !toks.capital(i-1) || needsObject(toks, i-1)
}

// menuStep: the capital at token i follows a path's separator standing
// between two words on one line ("choose Help > Check for Updates",
// "Home › Blog", "Settings → Privacy"): a step of a menu path or a
// breadcrumb, a label inside the sentence, no start of one. (A quoting
// mark opens its line.)
func menuStep(toks *tokens, i int) bool {
	if i < 2 || toks.nl(i) || toks.nl(i-1) || !toks.word(i-2) || !toks.word(i) {
		return false
	}
	if toks.start(i) == toks.end(i-1) || toks.start(i-1) == toks.end(i-2) {
		return false // spaced apart, as a path's steps are
	}
	switch toks.text(i - 1) {
	case ">", "›", "»", "→", "|":
		return true
	}
	return false
}

// needsObject: word i is one no sentence ends with, an article, a
// preposition or a possessive the corpus tags as such ("bindings for Click
// package management", "the Go crypto/sha256 package"): the capital after
// it is a name inside the sentence, no start of one.
func needsObject(toks *tokens, i int) bool {
	if preposition(toks, i) {
		return true
	}
	lex := toks.lex(i)
	return lex != nil && (lex.Tag() == "at" || lex.Tag() == "pp$")
}

// sentenceFrom returns the sentence that starts at token i: it runs to end
// punctuation (with closing quotes) or to the end of the line.
func sentenceFrom(toks *tokens, i int) span {
	j := i
	for j < toks.len() {
		if j > i && toks.nl(j) && !softBreak(toks, j) {
			break
		}
		if toks.sentenceEnd(j) && ellipsisGoesOn(toks, j) {
			for toks.text(j) == "." {
				j++
			}
			continue
		}
		if toks.sentenceEnd(j) {
			j++
			for j < toks.len() && (toks.sentenceEnd(j) || toks.closer(j)) && toks.start(j) == toks.end(j-1) {
				j++
			}
			break
		}
		j++
	}
	return span{from: i, to: j, start: toks.start(i), end: toks.end(j - 1)}
}

// ellipsisGoesOn: periods at j run on ("...", "..") and a word follows on
// the same line, in lower case or after an ellipsis standing apart ("my
// website ... Cheap Flights"): no end.
func ellipsisGoesOn(toks *tokens, j int) bool {
	// (Asked at every sentence's end: most are one mark.)
	if j+1 >= toks.len() || !toks.is(j, ".") || !toks.is(j+1, ".") {
		return false
	}
	k := j
	for k < toks.len() && toks.text(k) == "." && (k == j || toks.start(k) == toks.end(k-1)) {
		k++
	}
	apart := j > 0 && toks.end(j-1) < toks.start(j)
	return k-j >= 2 && k < toks.len() && toks.word(k) && !toks.nl(k) && (apart || !toks.capital(k))
}

// softBreak: the newline before token i wraps a line inside a sentence, as
// hard-wrapped e-mail does: no blank line, the line before does not end a
// sentence, and a lower-case word goes on, or any after an article or a
// preposition (needsObject).
func softBreak(toks *tokens, i int) bool {
	if i == 0 || toks.para(i) || !toks.word(i) {
		return false
	}
	if toks.capital(i) {
		// A name after an article or a preposition ("is the\nVisIt
		// visualization tool"). (Not after a possessive: "Please see
		// our\nCopyright FAQ" would read as one call to action, which
		// the sentence model cannot yet tell from the author's.)
		return toks.word(i-1) && needsObject(toks, i-1) && toks.lex(i-1).Tag() != "pp$"
	}
	p := i - 1
	return !toks.sentenceEnd(p) && toks.text(p) != ":" && !toks.closer(p)
}

// mayTrigger: a word of sentence s has a class that triggered looks for
// (a site, a verb that sends, "us", a word of the trade): one test of the
// sentence's classes together, where triggered tests each word's.
func mayTrigger(toks *tokens, s span) bool {
	var c class
	for _, x := range toks.classes[s.from:s.to] {
		c |= x
	}
	return c&mayTriggerClasses != 0
}

const mayTriggerClasses = clSite | clStrong | clUs | clNiche | clPairSecond
