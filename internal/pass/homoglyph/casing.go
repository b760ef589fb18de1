package homoglyph

import (
	"bytes"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/unspin/unspin/internal/lexicon"
	"github.com/unspin/unspin/internal/unidata"
	"golang.org/x/text/unicode/norm"
)

// smallBeside reports small letters on both sides of letter k of the
// proposal's word, as restored.
func smallBeside(pr proposal, k int) bool {
	ls := pr.w.letters()
	if k == 0 || k+1 >= len(ls) {
		return false
	}
	return isLower(restoredAt(pr, k-1)) && isLower(restoredAt(pr, k+1))
}

// capitalThenSmall reports letter k right after the word's first letter,
// a capital, and before a small letter.
func capitalThenSmall(pr proposal, k int) bool {
	return k == 1 && len(pr.w.letters()) > 2 && isUpper(restoredAt(pr, 0)) && isLower(restoredAt(pr, 2))
}

// restoredAt is letter j of the proposal's word as restored.
func restoredAt(pr proposal, j int) rune {
	if x := pr.repl.at(j); x != 0 {
		return x
	}
	return pr.w.letters()[j].r
}

// caseOptions lists the letters a look-alike src of letter r may stand for.
// The glyph does not always say the case: a Latin capital drawn like a
// small letter (Ƅ) is used for either, and a vertical stroke (Ι, Ӏ, 𝐈) for
// I or l. A symbol with no case (⍺) stands for the letter it is drawn
// like.
func caseOptions(src, r rune) []rune {
	if unicode.IsDigit(src) {
		// A digit drawn like a letter (𝟎 for O or o) has no case of its own.
		if o := otherCase(r); o != r {
			return []rune{r, o}
		}
	}
	srcLower := isLower(src) || unicode.Is(unicode.Other_Lowercase, src)
	if (r == 'I' || r == 'l') && !srcLower {
		return []rune{r, 'I' + 'l' - r}
	}
	// A Latin capital drawn small (Ƅ, drawn b) is put for either: attackers
	// who pick from Latin's own letters go by the name's case as much as
	// by the shape. A capital of another script is put for what it is
	// drawn like (Cherokee Ꮒ for h: Cherokee is written in its capitals,
	// so their case says nothing), as is a small letter drawn as a
	// capital (Warang Citi 𑣂, drawn F).
	if isUpper(src) && isLower(r) && unidata.ScriptOf(src) == unidata.Latin {
		return []rune{r, otherCase(r)}
	}
	// A small Greek or Cyrillic letter TR39 relates to a capital only (θ
	// to O̵, its class's prototype) is a small letter in a word of small
	// letters: both cases, for the word to settle (hθme is home).
	if isLower(src) && isUpper(r) && (unidata.ScriptOf(src) == unidata.Greek || unidata.ScriptOf(src) == unidata.Cyrillic) {
		return []rune{r, otherCase(r)}
	}
	if r >= 0 && r < utf8.RuneSelf {
		return asciiRunes[r : r+1 : r+1] // most letters restored are ASCII: no allocation
	}
	return []rune{r}
}

// asciiRunes holds every ASCII character, for caseOptions' answers of one.
var asciiRunes = func() (rs [utf8.RuneSelf]rune) {
	for i := range rs {
		rs[i] = rune(i)
	}
	return rs
}()

// chooseCase settles which of caseOptions a restored letter is, from
// context: the word's other letters, its place in the sentence, how the
// document writes the word elsewhere, and how often English capitalises it
// inside sentences. settled is false where that context left the case open
// (a word English capitalises only sometimes, with no name beside it); the
// caller may then follow how the document uses the same look-alike where
// the case was clear.
func chooseCase(text string, pr proposal, k int, r rune, p *profile) (c rune, settled bool) {
	if pr.decomposed {
		return r, true
	}
	form := func(o rune) string { return pr.formWith(k, o) }
	if pr.target != unidata.Latin {
		var exact bool
		if r, exact = chooseLetter(text, pr, k, r, p, form); exact {
			return r, true
		}
	}
	opts := caseOptions(pr.w.letters()[k].r, r)
	if len(opts) == 1 {
		return r, true
	}
	if uuLine(text, pr.w.start, &p.uuBegin) {
		for _, o := range opts {
			if ' ' <= o && o <= '`' {
				return o, true // uuencode's alphabet has no small letter (UUENCODE-LINE)
			}
		}
	}
	if unicode.IsDigit(pr.w.letters()[k].r) {
		// Rule DIGIT-CASE: a digit drawn like a letter stands for the
		// letter TR39 gives it (𝟎 for O, ٧ for V: N𝟎, mac𝟎S, C٧), unless
		// small letters stand on both sides of it (g𝟎od) and it begins
		// no piece of a camel-case word (Smart𝟎bject, CAMEL-PIECE-CASE),
		// nor a word the document writes with that capital (WRITTEN-CAMEL).
		if up := unicode.ToUpper(r); smallBeside(pr, k) && r != 'I' && r != 'l' && writtenCapital(text, pr, k, up, p) {
			return up, true
		}
		if smallBeside(pr, k) && isUpper(r) && (r == 'I' || !camelCapital(text, pr, k, r, p)) && !randomKey(text, pr, k, p, r) {
			if r == 'I' {
				return 'l', true
			}
			return otherCase(r), true
		}
		return r, true
	}
	// I and l are different letters: the form the document or the language
	// knows better wins ("like", not "Iike"; "It", not "lt"; Ladin "la").
	if !sameLetter(opts) {
		if o, ok := twinLetter(text, pr, k, opts, p); ok {
			return o, true
		}
		if transcribedStroke(text, pr) {
			return 'l', true
		}
		if o, ok := optionLetter(text, pr); ok {
			return o, true
		}
		if l := pr.w.letters()[k]; len(pr.w.letters()) == 1 && optionPlace(text, int(l.off), int(l.off)+utf8.RuneLen(l.r)) {
			// Rule OPTION-STROKE: a stroke alone after a dash that opens
			// a token (git branch -𐌉, ls -𐌉) is a one-letter option, no
			// pronoun: a stroke with no letter of its own is TR39's l;
			// one that decomposes to a letter (Ⅰ is I, ⅼ is l) is that
			// letter unless its other uses say otherwise. (How often the
			// text writes -l or -I says nothing of one option: a list of
			// them writes both, findutils' -I R beside its -l.)
			if c := strokeLetter(l.r); c != 0 {
				return c, false
			}
			return 'l', true
		}
		if printfLength(text, pr, k, p) {
			return 'l', true
		}
		if o, ok := strokeJoinedCase(text, pr); ok {
			return o, true
		}
		if o, ok := camelPieceBegun(text, pr, k); ok {
			return o, true
		}
		if o, ok := compoundAsWritten(text, pr, opts); ok {
			return o, true
		}
		if loneDecomposed(text, pr) {
			return 'I', true
		}
		// Inside a word the letters beside it decide: a capital I between
		// small letters is no spelling, an l between capitals (AIChE, YI)
		// is none either.
		if k > 0 {
			// After a capital, with no letter after the stroke to say the
			// case, the form the document writes in small letters wins
			// over a numeral it never writes (Walloon "Il a", not "II a").
			fI, fl := strings.ToLower(form('I')), strings.ToLower(form('l'))
			if _, ok := besideCaps(pr, k); !ok && p.lowered(fl) > 0 && p.formsOf(fl) > p.formsOf(fI) {
				return 'l', true
			}
		}
		if abbreviationNotNumeral(text, pr, k, p) {
			return 'l', true
		}
		if pronounBeforeWord(text, pr, k, p) {
			return 'l', true
		}
		if romanNumeral(text, pr) || numeralAfterName(text, pr, p) {
			return 'I', true // XII, not Xll
		}
		if k > 0 && afterHyphen(text, int(pr.w.letters()[k].off)) {
			// A part of a compound begins like a word (Maltese mill-Istat):
			// the letters the document's words go on with decide, when
			// they clearly prefer one.
			// Otherwise it stays open, weighed with the glyph's other uses.
			lean := p.strokeLean(text, pr, k, form)
			if lean > 0 {
				return 'I', lean > 2
			}
			return 'l', lean < -2
		}
		if k == 2 && p.isEnglish() && strings.HasPrefix(form('I'), "Mc") {
			return 'I', true // a Gaelic patronymic goes on with a capital (McIntosh, McIver)
		}
		if k > 0 {
			// A capital I after the first letter needs capitals beside it,
			// in the word or, for a short one, in the words around it.
			if caps, ok := besideCaps(pr, k); ok && caps || !ok && capsAround(text, pr.w) {
				// In a key the case of a neighbour is chance: the glyph's
				// uses elsewhere decide (KEY-NOT-LANGUAGE).
				return 'I', !keyShaped(text, pr, k, p)
			}
			// Rule STROKE-DECOMPOSITION: a stroke whose compatibility
			// decomposition is I (𝙸 𝑰 Ⅰ Ｉ), or a capital whose small
			// letter is drawn like i (Cyrillic І, Greek Ι) beside a
			// capital of the word (GnomeІCU, UІ), is not settled by its
			// small neighbours alone: confusable data class it with l
			// too, so the letters around it, how the document cases
			// words and how it uses the same glyph elsewhere are weighed
			// with what it is (glyphCases): Zix𝙸t is ZixIt, while a text
			// that writes ℑ for l throughout keeps it l.
			if !ownI(pr, k) {
				return 'l', true
			}
			if p.writtenAs(text, form('I')) > 0 {
				return 'I', true // the document writes the word so, capital and all
			}
			if p.knowsStrokeReading(text, pr, k, 'l') {
				return 'l', true
			}
			if englishStrokeWord(pr, k, form) {
				return 'l', true
			}
			return 'I', false
		}
		if k == 0 && allCaps(pr, k) {
			return 'I', !keyShaped(text, pr, k, p) // before capitals a small l begins no word (the ІA, not lA), but may a key
		}
		if apostropheBefore(text, pr.w.start) && !capsBeforeApostrophe(text, pr.w.start) && !capsContraction(text, pr.w) &&
			(len(pr.w.letters()) == 1 || len(pr.w.letters()) == 2 && (p.isEnglish() || k == 0 && restoredAt(pr, 1) == 'l')) {
			// Rule ELISION-END: the end of a contraction or elision ('ll,
			// Dan'l, sor'l) is small; a longer word after an apostrophe is
			// one elided to (l'Independance) and begins as words do. So is
			// English's 'll in a text too struck to be judged English
			// (I'𖼨l): 'Il is no language's.
			return 'l', true
		}
		if len(pr.w.letters()) == 1 && afterHyphen(text, pr.w.start) && smallWordBefore(text, pr.w.start-1) {
			return 'l', true // a one-letter part after a word of small letters (Walloon dè-l), as ELISION-END
		}
		if caselessSmall(text, pr, k, p, form) {
			return 'l', true
		}
		if l := strings.ToLower(form('l')); len(pr.w.letters()) > 1 && !apostropheAfter(text, pr.w.end) &&
			!apostropheBefore(text, pr.w.start) && !sentenceStart(text, pr.w.start) && !quoted(text, pr.w.start) &&
			!allCaps(pr, k) && !capitalisedWord(text, pr, p, form) && (p.formsOf(l) > 0 || get(&p.table, prefix2(l)).starts > 0 && !englishKnowsOnly(p, strings.ToLower(form('I')), l)) {
			// Inside a sentence a word the document writes with a small l
			// does not turn into a capitalised one (Ladin "la", Tamazight
			// "lghir"); a word only begun as the document's words begin
			// leaves it open (Maltese lsien beside fl-Istatut).
			return 'l', p.formsOf(l) > 0 || englishKnowsOnly(p, l, strings.ToLower(form('I')))
		}
		best, bestN, tie := rune(0), 0, false
		dot := pr.w.end < len(text) && text[pr.w.end] == '.'
		elided := apostropheAfter(text, pr.w.end)
		inside := k == 0 && !sentenceStart(text, pr.w.start) && !quoted(text, pr.w.start) && !lineStart(text, pr.w.start)
		for _, o := range opts {
			f := strings.ToLower(form(o))
			n := 1000 * p.formsOf(f)
			if inside && o == 'I' && p.lowered(f) > 0 {
				// Rule CAPITAL-INSIDE-SENTENCE: lowered, Isir is isir, a
				// word the document writes small (Maltese "isir"); inside
				// a sentence only its capitalised uses (a name) speak for
				// a capital I. A word the document never writes small
				// (a noun capitalised, Luxembourgish Iwwerzeegong) keeps
				// its forms as evidence.
				n = 1000 * p.capitalised(f)
			}
			if len(pr.w.letters()) == 1 {
				n = 1000 * p.singles.get(o) // a lone letter keeps its case: "L.A." says nothing of "l"
			}
			if elided {
				// l'ONU, I'll: the token as glued, then the form before an
				// apostrophe anywhere ("l's" says little of "I'm").
				glued, el := p.gluedCount(text, gluedToken(text, pr.w, f)), int(get(&p.table, f).elided)
				n = 1000*glued + el
				if len(pr.w.letters()) == 1 && caseless(pr.w.letters()[k].r) {
					// Rule ELIDED-WORD: a lone caseless stroke before an
					// apostrophe is the elided word (Catalan l’, English
					// I'm): the document's uses of that word, l’ thirty
					// times, outweigh one glued spelling (I’ensenyament).
					// The word as written, case and all: Occitan's i’
					// (there) forty times is no I’ (l’Etat, not I’Etat).
					n = 1000*p.elidedAs(o) + glued
				}
			}
			if t := gluedToken(text, pr.w, f); t != f {
				f = t // judge I'll and l'ONU whole
			}
			if p.isEnglish() {
				n += lexicon.Count(f)
				if dot {
					n += lexicon.Count(f + ".") // Inc., Ill.
				}
			}
			if len(pr.w.letters()) > 1 {
				// Rule WRITTEN-CASE: I and l begin different words, and
				// lowered forms merge one with another word (Hmong "ib",
				// one, with the heading "(Ib)"): the word as the document
				// writes it, case and all, counts first ("(lb)" ten times).
				// So it does before an apostrophe, where the glued counts
				// above are lowered too (Wichí la'wet, ia'wet, Ia'wet:
				// "la" written so outnumbers "Ia"), for a caseless stroke
				// (∣, ꓲ): one that is I by its own data (Ⅰ, 𝑰) is not
				// overruled there by how the document cases the word.
				if !elided || strokeLetter(pr.w.letters()[k].r) == 0 {
					n += 1_000_000 * p.writtenAs(text, form(o))
				}
			}
			if n > bestN {
				best, bestN, tie = o, n, false
			} else if n == bestN {
				tie = true
			}
		}
		if best != 0 && !tie {
			return best, true
		}
		if o, ok := englishReading(text, pr, opts, form); bestN == 0 && ok {
			return o, true
		}
		if c := strokeLetter(pr.w.letters()[k].r); bestN == 0 && elided && len(pr.w.letters()) == 1 && (c == 'I' || c == 'l') {
			// Rule ELIDED-OWN-LETTER: a lone stroke before an apostrophe
			// that nothing in the document or the lexicon reads (a text
			// too struck to be judged English: why Ｉ've) is the letter
			// its own data make it, not the small letter by default,
			// nor what the letters of a few clean words lean to.
			return c, true
		}
		if k == 0 && len(pr.w.letters()) > 1 {
			// Neither is a word the document or English knows: the
			// letters the document's clean words begin and go on with
			// (words begin "in", none "ln"), against how likely a capital
			// is where the word stands (a sentence start, a name beside
			// it, or inside a sentence where capitals are rare).
			// The answer stays open: it is weighed with the glyph's uses
			// that context did settle (glyphCases).
			// In a URL that writes no capital, a word of small letters
			// begins with none either (SMALL-ADDRESS: /mailman/ℑistinfo/),
			// unless it reads as a word with I (/ℑndex.html).
			if isLower(restoredAt(pr, 1)) && inAddress(text, pr.w.start) && smallAddress(text, pr.w.start) &&
				lexicon.Count(strings.ToLower(form('I'))) == 0 {
				return 'l', true
			}
			if p.strokeLean(text, pr, k, form) > 0 {
				return 'I', false
			}
			return 'l', false
		}
	}
	upper, lower := opts[0], opts[0]
	for _, o := range opts {
		if unicode.IsUpper(o) {
			upper = o
		} else {
			lower = o
		}
	}
	if small, ok := enumeratorCase(text, pr, p); ok {
		if small {
			return lower, true
		}
		return upper, true
	}
	// The word's other letters after the first: all capitals make a
	// capital (SƄA), any small letter a small one ("Ah", not "AH").
	if allCaps(pr, k) {
		return upper, true
	}
	if k > 0 && lineStart(text, pr.w.start) && lineEnd(text, pr.w.end) && romanCapitals(form(upper)) {
		return upper, true // a numeral alone on its line, an article's number (IV)
	}
	if k == 1 && len(pr.w.letters()) == 2 && firstUpper(pr) && capsAround(text, pr.w) {
		return upper, true // a short word in a heading (KƐSE NO YI)
	}
	if k == 0 && len(pr.w.letters()) == 1 && apostropheBefore(text, pr.w.start) && capsContraction(text, pr.w) {
		return upper, true // the end of a contraction in a heading (N'I LƐ)
	}
	if k > 0 && p.writtenAs(text, form(upper)) > 0 && p.writtenAs(text, form(lower)) == 0 {
		return upper, true // the document writes the word so elsewhere (CO, not Co)
	}
	if initialism(text, pr, k, p, form(lower)) || caselessNumeral(pr, k, p, form(upper), form(lower)) {
		return upper, true
	}
	if k > 0 || apostropheBefore(text, pr.w.start) {
		return lower, true // inside a word, or the end of a contraction (I'd)
	}
	if inAnyAddress(text, pr.w.start) {
		// Rule ADDRESS-CASE: in a URL, a host's labels and a path's words
		// are written small unless their letters are capitals
		// (news.Ƅbc.co.uk, /Ƅ.gif); no sentence begins there, nor in an
		// e-mail address (joe@Ƅarrera.org).
		if len(pr.w.letters()) > 1 && isUpper(restoredAt(pr, 1)) {
			return upper, true
		}
		return lower, true
	}
	if len(pr.w.letters()) == 1 && pr.w.end < len(text) && text[pr.w.end] == '.' && !smallAfterStop(text, pr.w.end) {
		return upper, true // an initial (not a file's name before its extension: b.gif)
	}
	if sentenceStart(text, pr.w.start) && p.capitalisesSentences() {
		return upper, true
	}
	// Inside a sentence: how the document writes the word decides, then
	// how often English capitalises it (with a capitalised word after it, a
	// name or a title, tipping the balance), then for a word English lacks,
	// how the document uses this look-alike: one it also puts inside
	// lower-case words stands for a small letter.
	if r, n := utf8.DecodeLastRuneInString(text[:pr.w.start]); r == '-' {
		if b, _ := utf8.DecodeLastRuneInString(text[:pr.w.start-n]); unicode.IsLower(b) {
			return lower, true // after a hyphen in a small-letter compound (half-hearted)
		}
	}
	f := gluedToken(text, pr.w, strings.ToLower(form(lower))) // don't, not don
	cr := -1.0
	if pr.w.end < len(text) && text[pr.w.end] == '.' {
		if _, ok := lexicon.Lookup(f + "."); ok {
			f += "." // an abbreviation: Feb., Inc.
		}
	}
	if st, ok := lexicon.Lookup(f); ok && p.isEnglish() {
		cr = st.CapRatio()
	}
	next, nextWord := nextCapitalised(text, pr.w.end)
	title := titleWord(nextWord)
	// The document's own capitalised uses of a word it also writes small
	// come from names ("National Bank", "Bangsa-Bangsa"): they count beside
	// a capitalised word only. A glyph drawn as a small letter (Ƅ, Ꮷ) needs
	// that word beside it even when English often capitalises the word
	// ("the little bay", "the fire department here").
	drawnSmall := unicode.IsLower(r)
	beside := next || prevCapitalised(text, pr.w.start) && !capitalisedByPlace(text, pr.w.start)
	switch capitalised, lowered := p.capitalised(f), p.lowered(f); {
	case capitalised > 0 && lowered == 0 && cr < 0,
		capitalised > lowered && (beside || !drawnSmall && (cr < 0 && p.isEnglish() || cr >= 0.5)):
		return upper, true
	case lowered > 0:
		return lower, true
	}
	inner := p.innerUse.get(pr.w.letters()[k].r) > 0
	switch {
	case cr >= 0.9, title && p.isEnglish() && contentWord(f):
		return upper, true
	case inner:
		if next && cr >= 0.3 {
			return upper, false
		}
		return lower, false
	case next && cr >= 0.1 && (!drawnSmall || cr >= 0.5):
		// Part of a name (Tampa Bay). Rule TARGET-CASE: a glyph drawn as a
		// small letter (Ƅ, drawn b) is that letter unless the word is
		// mostly a name's: a capitalised word after it ("the Ƅlue
		// South") does not make it one.
		return upper, true
	case cr >= 0.7 && strings.HasPrefix(lexicon.Tag(f), "np"):
		return upper, true // a name, as English mostly writes it (Brazil)
	case cr >= 0.5 && (unicode.IsUpper(r) || prevCapitalised(text, pr.w.start)):
		// English capitalises the word in names (Bay, Bureau); alone,
		// with no capitalised word beside it, it is open, and the letter
		// the glyph is drawn like (Ь like b) is the better guess.
		return upper, prevCapitalised(text, pr.w.start)
	case cr >= 0.5:
		return lower, false
	case next && nameWord(nextWord) && p.isEnglish() && nameReading(text, pr.w.start, f):
		return upper, false // before a name, and read better as part of it ("told Ƅoats McCafferty")
	case cr >= 0:
		return lower, cr < 0.1
	case next && !commonEnglish(f):
		// A word English lacks before a capitalised one: likely a name. A
		// text too short or too struck to be judged English does not
		// make one of a common word ("submitted Ƅetween January").
		return upper, true
	case p.isEnglish() && unicode.IsUpper(r):
		return upper, false // a word English lacks, drawn as a capital
	}
	return lower, false
}

// twinLetter reads the stroke at k of a reduplicated compound (lbemo-lbemo,
// pula-pula) from the other half. Rule REDUPLICATION-TWIN: where the word is
// joined by a hyphen to a twin with as many letters, equal to it at every
// other place once the twin's look-alikes are restored (case aside), and the
// twin writes a plain letter at k that is one of opts (case aside), that
// letter is the stroke's: a reduplication repeats its word letter for
// letter. The document's other spellings (a capitalised Ibemo elsewhere)
// weigh less than the word's own twin.
func twinLetter(text string, pr proposal, k int, opts []rune, p *profile) (rune, bool) {
	var twin string
	switch w := pr.w; {
	case w.end+1 < len(text) && text[w.end] == '-':
		twin = text[w.end+1:]
		if j := strings.IndexFunc(twin, func(r rune) bool { return !unicode.IsLetter(r) && !isLetterLike(r) && !unicode.IsMark(r) }); j >= 0 {
			twin = twin[:j]
		}
	case w.start > 1 && text[w.start-1] == '-':
		twin = text[:w.start-1]
		if j := strings.LastIndexFunc(twin, func(r rune) bool { return !unicode.IsLetter(r) && !isLetterLike(r) && !unicode.IsMark(r) }); j >= 0 {
			_, n := utf8.DecodeRuneInString(twin[j:])
			twin = twin[j+n:]
		}
	default:
		return 0, false
	}
	ls, tw := pr.w.letters(), []rune(twin)
	if len(tw) != len(ls) || len(ls) < 2 {
		return 0, false
	}
	var own rune
	for j, l := range ls {
		c := tw[j]
		if j == k {
			if !ordinaryIn(c, pr.target) {
				return 0, false // the twin's letter there is a look-alike too: no evidence
			}
			own = c
			continue
		}
		if !ordinaryIn(c, pr.target) {
			x, _, ok := pick(c, pr.target, p)
			if !ok {
				return 0, false
			}
			c = x
		}
		x, ok := pr.repl.get(j)
		if !ok {
			x = l.r
		}
		if unicode.ToLower(c) != unicode.ToLower(x) {
			return 0, false
		}
	}
	for _, o := range opts {
		if unicode.ToLower(o) == unicode.ToLower(own) {
			return o, true
		}
	}
	return 0, false
}

// formWith is the word of pr as restored so far, with o for its k-th letter.
func (pr proposal) formWith(k int, o rune) string {
	var b strings.Builder
	for j, l := range pr.w.letters() {
		switch x, ok := pr.repl.get(j); {
		case j == k:
			b.WriteRune(o)
		case ok:
			b.WriteRune(x)
		default:
			b.WriteRune(l.r)
		}
	}
	return b.String()
}

// englishReading is Rule ENGLISH-READING: where neither reading of a
// stroke is a word the document knows, and the text is not judged English
// (a short or heavily attacked one: a rental confirmation's "Ｉnternational
// Airport"), a reading that is a common English word (commonWord) against
// one English does not have at all is the word.
//
// Rule ENGLISH-READING-MORE reads more where the place agrees: a word as
// common in present-day English ("Ｉnternet", "Ⅰaptop", "Ⅰrish"), or of five
// letters or more that a speller of English accepts ("Ⅰdentifier"), read
// small only where no capital is called for (no sentence or line starts
// with it, no capitalised word stands beside it: "Janis Ⅰan" is a name the
// lexicons lack, not "lan"); and a word of two letters, every language's
// (Il, II, la) unless one of English's commonest (It, In, If: pronounWord)
// whose other reading Brown lacks (present-day counts hold subtitles'
// misread "lt", "ln"), where a sentence, a line or a quotation starts with
// it and a word of prose follows ("In directory", not a list of operators
// "It le eq").
func englishReading(text string, pr proposal, opts []rune, form func(rune) string) (rune, bool) {
	n := len(pr.w.letters())
	if n < 2 {
		return 0, false
	}
	var common, none []rune
	more := false // a reading common only by ENGLISH-READING-MORE
	for _, o := range opts {
		f := strings.ToLower(form(o))
		switch c := lexicon.Count(f); {
		case n > 2 && c >= commonWord:
			common = append(common, o)
		case n == 2 && c >= pronounWord, n > 2 && lexicon.Modern(f) >= modernCommon, n >= 5 && c == 0 && spelled(f):
			common, more = append(common, o), true
		case c == 0:
			none = append(none, o)
		}
	}
	if len(common) != 1 || len(common)+len(none) != len(opts) {
		return 0, false
	}
	if more {
		start := pr.w.start
		capitalPlace := sentenceStart(text, start) || lineStart(text, start) || markedLineStart(text, start) || quoted(text, start)
		switch {
		case n == 2 && (!capitalPlace || !proseFollows(text, pr.w.end)):
			return 0, false
		case common[0] == 'l' && (capitalPlace || prevCapitalised(text, start)):
			return 0, false
		case common[0] == 'l':
			if capital, _ := nextCapitalised(text, pr.w.end); capital {
				return 0, false
			}
		}
	}
	return common[0], true
}

// markedLineStart reports a word that starts a line after the marks of a
// quotation or a list ("> If that's", "-Ian.", "* It").
func markedLineStart(text string, i int) bool {
	j := len(strings.TrimRight(text[:i], "->*| "))
	return j < i && lineStart(text, j)
}

// proseFollows reports a word of prose after i, past spaces on the line,
// its look-alikes read as the letters they are drawn like (as
// nextCapitalised reads them): one English writes at least commonWord
// times, or of three letters or more that it knows ("directory"), not
// another code of two ("le").
func proseFollows(text string, i int) bool {
	for i < len(text) && text[i] == ' ' {
		i++
	}
	var b strings.Builder
	for _, r := range text[i:] {
		if u := unidata.LookAlikes(r, unidata.Latin); len(u) > 0 && r >= 0x80 {
			r = u[0].R
		}
		if r >= utf8.RuneSelf || !isASCIILetter(byte(r)) {
			if unicode.IsLetter(r) {
				return false // a word of another alphabet
			}
			break // the word before an apostrophe ("that's") or a stop
		}
		b.WriteByte(byte(unicode.ToLower(r)))
	}
	w := b.String()
	return w != "" && (lexicon.Count(w) >= commonWord || len(w) >= 3 && englishWord(w))
}

// pronounWord is how often Brown has a two-letter word for ENGLISH-READING
// to read it: the pronouns and prepositions English writes on every line
// (it, in, if, is); modernCommon, how often present-day English has a word
// per million for it to be a common word (irish 1.6, laptop 3.6).
const (
	pronounWord  = 1000
	modernCommon = 1.0
)

// strokeLean is the log-odds of I over l for the stroke at k in the word of
// pr: from the letters the document's clean words begin and go on with,
// and, at the word's start, from how likely a capital is where it stands.
func (p *profile) strokeLean(text string, pr proposal, k int, form func(rune) string) float64 {
	if k > 0 && afterHyphen(text, int(pr.w.letters()[k].off)) {
		// A part of a compound: its own letters.
		return p.letterScore(subWord(form('i'), k)) - p.letterScore(subWord(form('l'), k))
	}
	if k > 0 {
		lean := p.letterScore(strings.ToLower(form('I'))) - p.letterScore(strings.ToLower(form('l')))
		if prev := pr.w.letters()[k-1].r; unicode.IsLower(prev) || pr.repl.at(k-1) == 'I' || pr.repl.at(k-1) == 'l' {
			lean += p.camelChance() // read as I, a capital after a small letter (ZixIt)
		}
		return lean
	}
	c := p.capitalChance(text, pr.w)
	si := p.letterScore(strings.ToLower(form('I'))) + math.Log(c)
	sl := p.letterScore(strings.ToLower(form('l'))) + math.Log(1-c)
	return si - sl
}

// capitalChance is how likely a word at w is to begin with a capital: at a
// sentence start in a text that capitalises sentences, beside a
// capitalised word (a name), or inside a sentence, as often as the
// document's clean words there do.
func (p *profile) capitalChance(text string, w *word) float64 {
	switch next, _ := nextCapitalised(text, w.end); {
	case sentenceStart(text, w.start) && p.capitalisesSentences():
		return 0.9
	case next || prevCapitalised(text, w.start):
		return 0.5
	}
	if p.midCapital == 0 {
		p.countStarts()
		capitalised, lowered := 0, 0
		for _, r := range p.table.recs {
			capitalised += int(r.capitalised)
			lowered += int(r.lowered)
		}
		p.midCapital = (float64(capitalised) + 1) / (float64(capitalised+lowered) + 2)
	}
	return p.midCapital
}

// afterHyphen reports a letter at off that follows a hyphen.
// hyphenated reports a word joined to another by a hyphen on either side.
func hyphenated(text string, w *word) bool {
	return w.start > 0 && text[w.start-1] == '-' || w.end < len(text) && text[w.end] == '-'
}

func afterHyphen(text string, off int) bool {
	return off > 0 && text[off-1] == '-'
}

// subWord returns, lower-cased, the part of form that begins at its k-th
// rune and runs to the next hyphen.
func subWord(form string, k int) string {
	rs := []rune(form)[k:]
	if j := slices.Index(rs, '-'); j >= 0 {
		rs = rs[:j]
	}
	return strings.ToLower(string(rs))
}

// englishKnowsOnly reports, in an English document, a form the lexicon
// knows whose alternative it does not (Ion, not lon).
func englishKnowsOnly(p *profile, known, other string) bool {
	return p.isEnglish() && lexicon.Count(known) > 0 && lexicon.Count(other) == 0
}

// besideCaps reports whether the nearest letters on either side of k are
// capitals, when they agree. Letters that are themselves I or l look-alikes
// are passed over (aII), and so is the word's first letter, whose case is
// the sentence's and not the word's (AI's, Al's).
func besideCaps(pr proposal, k int) (caps, ok bool) {
	seen := 0
	for _, step := range []int{-1, 1} {
		for j := k + step; j > 0 && j < len(pr.w.letters()); j += step {
			c := pr.w.letters()[j].r
			if x, ok := pr.repl.get(j); ok {
				if x == 'I' || x == 'l' {
					continue
				}
				c = x
			}
			if !unicode.IsLetter(c) {
				break
			}
			up := unicode.IsUpper(c)
			if seen > 0 && up != caps {
				return false, false
			}
			caps, seen = up, seen+1
			break
		}
	}
	return caps, seen > 0
}

// allCaps reports whether the letters of the word after its first, other
// than k, are all capitals (and there is at least one).
func allCaps(pr proposal, k int) bool {
	others, caps := 0, 0
	for j, l := range pr.w.letters() {
		c := l.r
		if x, ok := pr.repl.get(j); ok {
			if x == 'I' || x == 'l' {
				continue // undecided between a capital and a small letter
			}
			c = x
		}
		if j != k && j > 0 && unicode.IsLetter(c) {
			others++
			if unicode.IsUpper(c) {
				caps++
			}
		}
	}
	return others > 0 && caps == others
}

// firstUpper reports a word whose first letter, as restored, is a capital.
func firstUpper(pr proposal) bool {
	c := pr.w.letters()[0].r
	if x, ok := pr.repl.get(0); ok {
		c = x
	}
	return unicode.IsUpper(c)
}

// sameLetter reports whether opts are case variants of one letter.
func sameLetter(opts []rune) bool {
	for _, o := range opts[1:] {
		if unicode.ToLower(o) != unicode.ToLower(opts[0]) {
			return false
		}
	}
	return true
}

// nextCapitalised reports whether the next word, after spaces only, begins
// with a capital (a look-alike counted as the letter it stands for), and
// returns it lower-cased.
func nextCapitalised(text string, i int) (capital bool, word string) {
	spaces := 0
	for i < len(text) && text[i] == ' ' {
		i++
		spaces++
	}
	if spaces == 0 || i >= len(text) {
		return false, ""
	}
	var b strings.Builder
	for j, r := range text[i:] {
		if u := unidata.LookAlikes(r, unidata.Latin); len(u) > 0 && r >= 0x80 {
			r = u[0].R
		}
		if !unicode.IsLetter(r) {
			break
		}
		if j == 0 && !unicode.IsUpper(r) {
			return false, ""
		}
		b.WriteRune(unicode.ToLower(r))
	}
	if b.Len() < 2 {
		return b.Len() > 0, "" // an initial is no title word
	}
	return true, b.String()
}

// titleWord reports a word English writes small, capitalised in a title: a
// noun or an adjective ("Big Report"), not a verb or a number ("beings
// Regarded", "billboards One").
func titleWord(w string) bool {
	st, ok := lexicon.Lookup(w)
	return ok && st.Count >= 3 && st.CapRatio() < 0.5 && contentWord(w)
}

// nameWord reports a capitalised word that may be a name: one English
// does not mostly write small.
func nameWord(w string) bool {
	st, ok := lexicon.Lookup(w)
	return !ok || st.Count < 3 || st.CapRatio() >= 0.5
}

// openers are the quotation marks and brackets that may stand before a
// sentence's or a line's first word.
const openers = "\"'“‘([«„"

// sentenceStart reports whether the text before offset i ends a sentence or
// a paragraph (or there is none), quotes and brackets aside.
func sentenceStart(text string, i int) bool {
	newlines := 0
	if r, _ := utf8.DecodeLastRuneInString(text[:i]); r == '.' || r == '!' || r == '?' {
		return false // a full stop against the word joins a token (news.bbc, Yahoo!Groups), ends no sentence
	}
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:i])
		switch {
		case r == '\n':
			newlines++
			if newlines >= 2 {
				// A paragraph begins a sentence unless the one before
				// breaks off mid-sentence (a preamble's "Considering …,");
				// a short label before a colon ("Article 1:") is a heading.
				before := strings.TrimRightFunc(text[:i-n], unicode.IsSpace)
				last, _ := utf8.DecodeLastRuneInString(before)
				if last == ':' {
					para := before[strings.LastIndex(before, "\n")+1:]
					return len(strings.Fields(para)) <= 3
				}
				return !strings.ContainsRune(",;", last)
			}
		case unicode.IsSpace(r) || strings.ContainsRune(openers, r):
		case r == '.' && strings.HasSuffix(text[:i], "..."):
			return false // an ellipsis leaves the sentence open ("bad enough...  but this")
		case r == '.':
			// After an abbreviation the sentence usually goes on (N.C. hit):
			// Brown's odds of the token ending a sentence decide.
			if st, ok := lexicon.Lookup(tokenBefore(text, i)); ok && st.Count >= 3 && st.EndRatio() < 0.5 {
				return false
			}
			return true
		case r == '!' || r == '?':
			return true
		default:
			return false
		}
		i -= n
	}
	return true
}

// lineStart reports whether only spaces and opening quotes or brackets
// stand between the line's start and offset i.
func lineStart(text string, i int) bool {
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:i])
		switch {
		case r == '\n':
			return true
		case unicode.IsSpace(r) || strings.ContainsRune(openers, r):
		default:
			return false
		}
		i -= n
	}
	return true
}

// nameReading reports whether the word f, standing before a capitalised
// name, reads better as part of the name than as the common word: by Brown
// part-of-speech bigrams, P(prev→np)·P(np→np) against P(prev→t)·P(t→np)
// where t, f's own tag, is a noun's ("told Boats McCafferty"), with a margin.
func nameReading(text string, start int, f string) bool {
	t := lexicon.Tag(f)
	if !strings.HasPrefix(t, "nn") {
		return false // only a noun can be a nickname or part of a name
	}
	prev := "<s>"
	if w := previousWord(text, start); w != "" {
		if pt := lexicon.Tag(strings.ToLower(w)); pt != "" {
			prev = pt
		}
	}
	return lexicon.TagNext(prev, "np")*lexicon.TagNext("np", "np") > 2*lexicon.TagNext(prev, t)*lexicon.TagNext(t, "np")
}

// previousWord returns the run of letters before offset i, across spaces
// only.
func previousWord(text string, i int) string {
	j := i
	for j > 0 && text[j-1] == ' ' {
		j--
	}
	if j == i {
		return ""
	}
	end := j
	for j > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:j])
		if !unicode.IsLetter(r) {
			break
		}
		j -= n
	}
	return text[j:end]
}

// gluedToken returns f with the letters an apostrophe joins to the word on
// either side ("i'" + "ll"), lower-cased, as the lexicon stores contractions;
// f itself when nothing is joined.
func gluedToken(text string, w *word, f string) string {
	isApos := func(r rune) bool { return r == '\'' || r == '’' }
	start, end := w.start, w.end
	if r, n := utf8.DecodeLastRuneInString(text[:start]); isApos(r) {
		j := lettersBefore(text, start-n)
		if j < start-n {
			f = plainLower(text[j:start-n]) + "'" + f
		}
	}
	if r, n := utf8.DecodeRuneInString(text[end:]); isApos(r) {
		j := end + n
		for j < len(text) {
			c, m := utf8.DecodeRuneInString(text[j:])
			if !unicode.IsLetter(c) {
				break
			}
			j += m
		}
		if j > end+n {
			f += "'" + plainLower(text[end+n:j])
		}
	}
	return f
}

// chooseLetter picks, among the letters of a Cyrillic or Greek text that a
// Latin look-alike may stand for (y: у or ү; o: ο or σ; l: ӏ or І), the one
// that makes a word the document writes elsewhere or, failing that, the one
// its clean words' letters predict best (letter pairs, and the letters a word holds beside
// it: Kazakh үлкен, not улкен). exact is true when the document also says
// the case: it writes the letter in one case only inside words (Kabardian
// І between small letters).
func chooseLetter(text string, pr proposal, k int, r rune, p *profile, form func(rune) string) (c rune, exact bool) {
	var cs []cand
	for _, c := range nativeCands(pr, k, r, p) {
		// Rule CASE-PAIR-ONCE: two cases of one letter (ӏ and Ӏ) are one
		// candidate, counted once: the document's forms are lowered, so
		// both would claim the same words and make one letter look like
		// two the document writes equally often. The case the document
		// puts inside words stands for both.
		if j := slices.IndexFunc(cs, func(x cand) bool { return unicode.ToLower(x.c) == unicode.ToLower(c) }); j >= 0 {
			if p.innerLetters.get(c) > p.innerLetters.get(cs[j].c) {
				cs[j].c = c
			}
			continue
		}
		f := strings.ToLower(form(c))
		cs = append(cs, cand{c, p.formsOf(f), p.letterScore(f) + p.companyScore(f, unicode.ToLower(c))/2})
	}
	outsideScores(cs, pr.target, form, p) // rule OUTSIDE-LETTER-MODEL, outside.go
	if pr.target == unidata.Greek && breathingAfter(pr.w, k) {
		// Rule BREATHING-OPENS-WORD: a breathing mark stands on a word's
		// first vowel or on the second of the diphthong that opens it
		// (οὐ, εἶ); the letter before one inside a word is a vowel, one
		// that takes a breathing itself (ο, not σ: οὐσιαστική).
		if vowels := slices.DeleteFunc(slices.Clone(cs), func(x cand) bool { return !takesBreathing(x.c) }); len(vowels) > 0 {
			cs = vowels
		}
	}
	// Rule VOWEL-HARMONY: where every candidate is a vowel of the
	// document (y: Karakalpak у or ү), the word's other vowels tell which
	// (Turkmen хөкүмет, not хөкумет: front vowels go with front vowels),
	// more sharply than its letter pairs, which see only the letters beside
	// it: how the vowels of the document's clean words follow one another,
	// consonants aside, is added to each candidate's score.
	if len(cs) >= 2 && p.allVowels(cs) {
		for i := range cs {
			cs[i].score += p.vowelScore(strings.ToLower(form(cs[i].c)))
		}
	}
	// Rule SECTION-AND-WORD: where the document writes two of them for
	// the same letter (Kabardian І and ӏ, the same words spelt with
	// either), its sections tend to keep to one and some words to their
	// own: how often the document spells this word with each, and how
	// often the text around the word uses each, are two pieces of
	// evidence, and the candidate with the higher product wins, case
	// included.
	if len(cs) >= 2 && p.interchangeable(cs) {
		if c, ok := sectionAndWord(text, pr.w, cs); ok {
			return c, true
		}
	}
	// Rule DICTIONARY-WORD: among candidates the document's words do not
	// tell apart, one that makes a word of the language's dictionary wins
	// (Greek περισσότερες, not περισοότερες: o is σ or ο).
	known := func(x cand) bool { return false }
	if len(cs) >= 2 {
		known = func(x cand) bool { return dictionaryHas(strings.ToLower(form(x.c)), pr.target, p) }
	}
	best, bestKnown := cand{c: r, forms: -1, score: math.Inf(-1)}, false
	for _, x := range cs {
		k := known(x)
		if x.forms > best.forms || x.forms == best.forms && (k && !bestKnown || k == bestKnown && x.score > best.score) {
			best, bestKnown = x, k
		}
	}
	c = best.c
	if up := unicode.ToUpper(c); k > 0 && p.innerLetters.get(up) > 0 && p.innerLetters.get(unicode.ToLower(c)) == 0 {
		return up, true
	}
	return c, false
}

// nativeCands lists the letters of the target script the k-th letter of pr,
// first guessed r, may stand for: its look-alikes there (the stroke's of
// either case) that the document writes, in either case, and r.
func nativeCands(pr proposal, k int, r rune, p *profile) []rune {
	src := pr.w.letters()[k].r
	las := lookAlikes(src, pr.target)
	if src == 'l' || src == 'I' {
		las = append(append([]unidata.LookAlike(nil), las...), lookAlikes('I'+'l'-src, pr.target)...)
	}
	var cs []rune
	for _, la := range las {
		if c := la.R; c == r || p.attested.has(c) || p.attested.has(otherCase(c)) {
			cs = append(cs, c)
		}
	}
	return cs
}

// Greek breathing marks, the combining psili and dasia (U+0313, U+0314).
const psili, dasia = '\u0313', '\u0314'

// breathingAfter reports whether the letter after the k-th of w carries a
// breathing mark, precomposed (ὐ decomposes to υ and U+0313) or combining.
func breathingAfter(w *word, k int) bool {
	if k+1 >= len(w.letters()) {
		return false
	}
	for _, r := range norm.NFD.String(string(w.letters()[k+1].r)) {
		if r == psili || r == dasia {
			return true
		}
	}
	return false
}

// takesBreathing reports a letter that composes with a breathing mark into
// one character (Greek vowels, and ρ): Unicode's canonical compositions
// say which letters may carry one.
func takesBreathing(c rune) bool {
	return utf8.RuneCountInString(norm.NFC.String(string(c)+string(psili))) == 1
}

type cand struct {
	c     rune
	forms int
	score float64
}

// interchangeable reports candidates that the document's clean words use
// for one letter: at least two forms spelt with one are also spelt with
// another (цІыху and цӏыху), as distinct letters (ο and σ) rarely are.
func (p *profile) interchangeable(cs []cand) bool {
	var key strings.Builder
	for _, c := range cs {
		key.WriteRune(c.c)
	}
	if v, ok := p.swaps[key.String()]; ok {
		return v
	}
	if p.swaps == nil {
		p.swaps = map[string]bool{}
	}
	n := 0
	for i, a := range cs {
		la := string(unicode.ToLower(a.c))
		for _, b := range cs[i+1:] {
			lb := string(unicode.ToLower(b.c))
			if la == lb {
				continue
			}
			p.eachForm(func(f []byte, _ int) {
				if bytes.Contains(f, []byte(la)) && p.formsOf(string(bytes.ReplaceAll(f, []byte(la), []byte(lb)))) > 0 {
					n++
				}
			})
		}
	}
	p.swaps[key.String()] = n >= 2
	return n >= 2
}

// localWindow is how far around a word localChoice looks, in bytes: a
// paragraph or two.
const localWindow = 600

// sectionAndWord returns the candidate with the most evidence from the
// document's spellings of the word and from the text within localWindow
// bytes of w (either case of the letter), as a product of smoothed counts,
// if one has more than the others.
func sectionAndWord(text string, w *word, cs []cand) (rune, bool) {
	lo, hi := max(0, w.start-localWindow), min(len(text), w.end+localWindow)
	for lo > 0 && !utf8.RuneStart(text[lo]) {
		lo--
	}
	for hi < len(text) && !utf8.RuneStart(text[hi]) {
		hi++
	}
	around := func(c rune) int {
		n := strings.Count(text[lo:w.start], string(c)) + strings.Count(text[w.end:hi], string(c))
		if o := otherCase(c); o != c {
			n += strings.Count(text[lo:w.start], string(o)) + strings.Count(text[w.end:hi], string(o))
		}
		return n
	}
	best, bestScore, tie := rune(0), math.Inf(-1), false
	for _, x := range cs {
		s := math.Log(float64(x.forms)+0.5) + math.Log(float64(around(x.c))+0.5)
		switch {
		case s > bestScore:
			best, bestScore, tie = x.c, s, false
		case s == bestScore:
			tie = true
		}
	}
	return best, !tie
}

// companyScore is how well the other letters of form go with letter c in
// the document's clean words: a naive-Bayes score over the letters that
// share a word with c, which follows vowel harmony and the like.
func (p *profile) companyScore(form string, c rune) float64 {
	p.countCompany()
	n := float64(p.company.get(singleKey(c)))
	score := math.Log(n + 1)
	seen := []rune{c}
	for _, x := range form {
		if slices.Contains(seen, x) {
			continue
		}
		seen = append(seen, x)
		score += math.Log((float64(p.company.get(pairKey(c, x))) + 0.5) / (n + 1))
	}
	return score
}

func (p *profile) countCompany() {
	if p.company != nil {
		return
	}
	p.company = &counts{}
	var letters []rune
	p.eachForm(func(f []byte, n int) {
		letters = letters[:0]
		for _, r := range string(f) {
			if !slices.Contains(letters, r) {
				letters = append(letters, r)
			}
		}
		for _, a := range letters {
			p.company.add(singleKey(a), n)
			for _, b := range letters {
				if a != b {
					p.company.add(pairKey(a, b), n)
				}
			}
		}
	})
}

// prevCapitalised reports whether the word before offset i, across spaces
// only, begins with a capital.
// initialism is Rule CASELESS-INITIALISM: a glyph with no case of its own
// (a digit, ۷ drawn V) ending a two-letter word after a capital, in English,
// where English always capitalises the word inside sentences and it is no
// name (TV, UN, not Al or Ed) nor an abbreviation with a full stop (Co.,
// Sr.) or a hyphen (Co-optation): the glyph says nothing of its case and the word is written in
// capitals (T۷ is TV).
func initialism(text string, pr proposal, k int, p *profile, f string) bool {
	src := pr.w.letters()[k].r
	if k != 1 || len(pr.w.letters()) != 2 || !p.isEnglish() || !firstUpper(pr) ||
		!unicode.IsDigit(src) && !caseless(src) || pr.w.end < len(text) && text[pr.w.end] == '.' || hyphenated(text, pr.w) {
		return false
	}
	st, ok := lexicon.Lookup(f)
	return ok && st.Mid >= 5 && st.CapRatio() >= 0.9 && !strings.HasPrefix(st.Tag(), "np")
}

// caselessNumeral is Rule CASELESS-NUMERAL: a glyph with no case of its
// own (۷ drawn V) after capitals only, where the capitals make a Roman
// numeral and the small reading is no word the document or English writes,
// is the numeral's capital (Artigo X۷ is XV).
func caselessNumeral(pr proposal, k int, p *profile, up, low string) bool {
	src := pr.w.letters()[k].r
	if k == 0 || !unicode.IsDigit(src) && !caseless(src) || !firstUpper(pr) || !romanCapitals(up) {
		return false
	}
	for j := 1; j < len(pr.w.letters()); j++ {
		if j != k && !unicode.IsUpper([]rune(up)[j]) {
			return false
		}
	}
	l := strings.ToLower(low)
	return p.formsOf(l) == 0 && lexicon.Count(l) == 0
}

// capitalisedByPlace is Rule CAPITAL-BY-PLACE: the word before i begins its
// sentence and English writes it small inside sentences (The, But): its
// capital is the sentence's, no name's, so it does not make the glyph after
// it part of one ("The Ƅank installed" is the bank).
func capitalisedByPlace(text string, i int) bool {
	w := previousWord(text, i)
	j := i
	for j > 0 && text[j-1] == ' ' {
		j--
	}
	if w == "" || !sentenceStart(text, j-len(w)) {
		return false
	}
	st, ok := lexicon.Lookup(plainLower(w)) // spoofed itself (Tℎｅ Ƅank), it is the word it reads as
	return ok && st.Mid >= 10 && st.CapRatio() < 0.1
}

func prevCapitalised(text string, i int) bool {
	w := previousWord(text, i)
	if w == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	if u := unidata.LookAlikes(r, unidata.Latin); len(u) > 0 && r >= 0x80 {
		r = u[0].R // a look-alike is the letter it is drawn like (Ꮟut is "but")
	}
	return unicode.IsUpper(r)
}

// contentWord reports a noun or adjective by its Brown tag: only such words
// join a Title Case phrase.
func contentWord(f string) bool {
	t := lexicon.Tag(f)
	return strings.HasPrefix(t, "nn") || strings.HasPrefix(t, "jj")
}

// plainLower lower-cases s with its look-alikes read as the Latin letters
// they imitate (ℑ'll as i'll).
func plainLower(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= 0x80 {
			if las := unidata.LookAlikes(r, unidata.Latin); len(las) > 0 {
				r = las[0].R
			}
		}
		return unicode.ToLower(r)
	}, s)
}

// apostropheAfter reports an apostrophe and a letter at offset i: the word
// before it is elided or contracted (l'ONU, I'll).
func apostropheAfter(text string, i int) bool {
	r, n := utf8.DecodeRuneInString(text[i:])
	if r != '\'' && r != '’' {
		return false
	}
	// What follows may itself be a look-alike (l'ⅿon, l'٥me).
	c, _ := utf8.DecodeRuneInString(text[i+n:])
	return unicode.IsLetter(c) || unicode.IsNumber(c) || unicode.IsSymbol(c) || unicode.IsMark(c)
}

// prefix2 returns the first two letters of f.
func prefix2[S ~string | ~[]byte](f S) S {
	i := 0
	for n := 0; n < 2 && i < len(f); n++ {
		for i++; i < len(f) && !utf8.RuneStart(f[i]); i++ {
		}
	}
	return f[:i]
}

// romanNumeral reports whether the word's letters, other than the I or l
// being decided, are all Roman numeral capitals, or, for a word of strokes
// only, whether it stands alone on its line (an article's number, II).
func romanNumeral(text string, pr proposal) bool {
	n := 0
	for j, l := range pr.w.letters() {
		if x, ok := pr.repl.get(j); ok && (x == 'I' || x == 'l') {
			continue
		}
		if !strings.ContainsRune(romanLetters, l.r) {
			return false
		}
		n++
	}
	return n > 0 || len(pr.w.letters()) > 1 && lineStart(text, pr.w.start) && (lineEnd(text, pr.w.end) || headingNumber(text, pr.w.end))
}

// headingNumber reports a heading's number ending at offset i: a full stop
// or closing parenthesis, a space, and a capital (III. Impact, II) Scope):
// rule HEADING-NUMERAL, for a word of strokes opening its line.
func headingNumber(text string, i int) bool {
	if i+2 >= len(text) || text[i] != '.' && text[i] != ')' || text[i+1] != ' ' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i+2:])
	return unicode.IsUpper(r)
}

// abbreviationNotNumeral is Rule ABBREVIATION-NOT-NUMERAL: in English, a
// word whose strokes read as l make an abbreviation English knows (Ill.,
// Illinois), whose strokes read as I make none, and whose full stop does
// not end the sentence (a comma or a small letter follows it) is the
// abbreviation, not a Roman numeral: a numeral takes a full stop only at a
// sentence's end or as a heading's number.
func abbreviationNotNumeral(text string, pr proposal, k int, p *profile) bool {
	if !p.isEnglish() || pr.w.end >= len(text) || text[pr.w.end] != '.' {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(strings.TrimLeft(text[pr.w.end+1:], " ")); r != ',' && r != ';' && !unicode.IsLower(r) {
		return false
	}
	// The strokes not yet decided (k and those after it) read alike.
	var asI, asL strings.Builder
	for j, l := range pr.w.letters() {
		c, ok := pr.repl.get(j)
		if !ok {
			c = l.r
		}
		if j == k || j > k && ok && (c == 'I' || c == 'l') {
			asI.WriteRune('I')
			asL.WriteRune('l')
			continue
		}
		asI.WriteRune(c)
		asL.WriteRune(c)
	}
	return lexicon.Count(asL.String()+".") > 0 && lexicon.Count(asI.String()+".") == 0
}

// romanLetters are the capitals Roman numerals are written with.
const romanLetters = "IVXLCDM"

// romanCapitals reports a word of Roman numeral capitals only.
func romanCapitals(w string) bool {
	return w != "" && strings.Trim(w, romanLetters) == ""
}

// lineEnd reports whether only spaces stand between i and the end of its
// line.
func lineEnd(text string, i int) bool {
	for ; i < len(text) && text[i] != '\n'; i++ {
		if text[i] != ' ' && text[i] != '\t' && text[i] != '\r' {
			return false
		}
	}
	return true
}

// capsAround reports whether the words on both sides of w, across spaces,
// are written in capitals (a heading: ÁCÏMMI YI KÖMI).
func capsAround(text string, w *word) bool {
	// A heading's first word has no word before it on its line, and
	// (Rule HEADING-LAST-WORD) its last none after it (KYƐFA HO): one side
	// in capitals is then enough.
	before, after := capitals(previousWord(text, w.start)), capitals(nextToken(text, w.end))
	return (lineStart(text, w.start) || before) && (lineEnd(text, w.end) || after) && (before || after)
}

// capitals reports a token with two capitals or more and no small letter.
func capitals(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n >= 2
}

// nextToken returns what follows offset i after spaces, up to the next
// space, line break or punctuation mark.
func nextToken(text string, i int) string {
	next := strings.TrimLeft(text[i:], " ")
	if j := strings.IndexAny(next, " \n.,;:"); j >= 0 {
		next = next[:j]
	}
	return next
}

// capsContraction reports the end of a contraction between capitals (N'I
// LƐ): a capital before the apostrophe, a word of capitals after it.
func capsContraction(text string, w *word) bool {
	r, n := utf8.DecodeLastRuneInString(text[:w.start])
	c, _ := utf8.DecodeLastRuneInString(text[:w.start-n])
	return (r == '\'' || r == '’') && unicode.IsUpper(c) && capitals(nextToken(text, w.end))
}

// apostropheBefore reports a letter and an apostrophe before offset i: the
// word is the end of a contraction (they'll, I'd).
func apostropheBefore(text string, i int) bool {
	r, n := utf8.DecodeLastRuneInString(text[:i])
	if r != '\'' && r != '’' {
		return false
	}
	c, _ := utf8.DecodeLastRuneInString(text[:i-n])
	return unicode.IsLetter(c) || isLetterLike(c) // Ⅰ'll: a look-alike before it counts
}

// tokenBefore returns the letters and full stops ending at offset i (the
// abbreviation "n.c." before " hit"), lower-cased. A symbol drawn like a
// letter is one of its letters (howev℮r. is no "r.": rule
// SPOOFED-WORD-BEFORE-STOP).
func tokenBefore(text string, i int) string {
	j := i
	for j > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:j])
		if r != '.' && !unicode.IsLetter(r) && !isLetterLike(r) {
			break
		}
		j -= n
	}
	return strings.ToLower(text[j:i])
}

// capitalisedWord reports whether the word, read with a capital I, is one
// the document or English writes capitalised inside sentences (Illinois).
func capitalisedWord(text string, pr proposal, p *profile, form func(rune) string) bool {
	f := strings.ToLower(form('I'))
	if p.capitalised(f) > 0 {
		return true
	}
	st, ok := lexicon.Lookup(f)
	return ok && p.isEnglish() && st.CapRatio() >= 0.5
}

// glyphCases follows how a document uses each look-alike that may stand for
// either case (Ꮟ for b or B). An attacker's table gives a glyph one letter,
// so where context settled the case of some of its uses, the glyph's other
// uses, where context left it open, follow the majority.
type glyphCases struct {
	votes map[rune]*[2]int // glyph → settled uses as small, as capital
	open  []openCase
	// weak: strokes settled as I or l by the letters beside them in a key
	// or an id (mixedCaseAround) that neither reading makes a word the
	// document or English knows; they follow the glyph's uses in known
	// words where all of those read the other letter (STROKE-FOLLOWS-GLYPH).
	weak  []openCase
	known map[rune]*[2]int // glyph → uses settled as l, as I in words one reading makes known
	// starts: glyphs drawn as a small letter (Ƅ, drawn b) settled as the
	// capital because they open a sentence (START-FOLLOWS-GLYPH); inner:
	// glyph → settled uses after a word's first letter, as small, as
	// capital, whose case is the word's, not the sentence's.
	starts []openCase
	inner  map[rune]*[2]int
}

type openCase struct {
	repl  replacements
	k     int
	glyph rune
	lean  float64 // for a stroke, the log-odds of I over l its context gives
	// inside: the stroke stands between two small letters of its word,
	// where a capital is camel case at most (paraℑlela, skanningsℑasere);
	// not in a URL, whose anchors and ids are camel case often
	// (#rssℑsAboutSimplicity).
	inside bool
	// camel: read as I, the stroke begins a camel-case piece between
	// small letters; -1 where the piece is no word (Skoℑnik, webℑog),
	// +1 where it and the piece before are words and the word
	// read with l is none (hasℑtems), 0 otherwise: rule
	// CAMEL-PIECE-KNOWN.
	camel int
}

func (g *glyphCases) note(text string, pr proposal, k int, r, c rune, settled bool, p *profile) {
	opts := caseOptions(pr.w.letters()[k].r, r)
	if len(opts) != 2 {
		return
	}
	glyph := pr.w.letters()[k].r
	if !settled {
		// Rule SMALL-ADDRESS: a URL is camel case often, but one that
		// writes no capital elsewhere has none between small letters
		// either (www.wiℑdpalm.co.uk).
		url := inAddress(text, pr.w.start)
		inside := smallBeside(pr, k) && !url
		if url && smallBeside(pr, k) {
			inside = smallAddress(text, pr.w.start)
		}
		o := openCase{repl: pr.repl, k: k, glyph: glyph, inside: inside}
		if c == 'I' || c == 'l' {
			o.lean = p.strokeLean(text, pr, k, func(x rune) string { return pr.formWith(k, x) })
			if keyShaped(text, pr, k, p) {
				o.lean = 0
			}
			if capitalThenSmall(pr, k) {
				// Rule SECOND-OF-CAPITAL: right after a word's capital
				// first letter and before small letters, read as I the
				// stroke makes two capitals open a word of small letters
				// (Gℑobale as GIobale), a shape the letter model, which
				// reads I as i, does not see: it speaks for l there only.
				o.lean = min(o.lean, 0)
			}
			if !url {
				o.camel = camelReading(pr.formWith(k, 'I'), k)
				// Outside English the lexicon judges no piece (Krio
				// sheℑta is no she-Ita), and an orthography may write I
				// inside words (Ndonga's yIilongo): there a piece no one
				// knows says l only where the clean words never do.
				if !p.isEnglish() && o.camel != 0 {
					p.camelChance() // (which reads innerI)
					if o.camel > 0 || p.innerI {
						o.camel = 0
					}
				}
			}
		}
		g.open = append(g.open, o)
		return
	}
	if (c == 'I' || c == 'l') && len(pr.w.letters()) >= 3 {
		fI, fl := strings.ToLower(pr.formWith(k, 'I')), strings.ToLower(pr.formWith(k, 'l'))
		switch kI, kl := p.knows(fI, 3), p.knows(fl, 3); {
		case !kI && !kl && randomKey(text, pr, k, p, c):
			// Rule KEY-NO-VOTE: in a key (base64, an id) the capitals
			// beside a stroke are chance: what they settled it as says
			// nothing of the glyph's letter, and the glyph's uses in
			// words decide it instead (followGlyph).
			g.weak = append(g.weak, openCase{repl: pr.repl, k: k, glyph: glyph})
			return
		case !kI && !kl && mixedCaseAround(pr, k):
			g.weak = append(g.weak, openCase{repl: pr.repl, k: k, glyph: glyph})
		case kI != kl:
			countUse(&g.known, glyph, c)
		}
	}
	if k == 0 && unicode.IsLower(r) && unicode.ToLower(c) == r && c != r && sentenceStart(text, pr.w.start) {
		g.starts = append(g.starts, openCase{repl: pr.repl, k: k, glyph: glyph})
	}
	if k > 0 {
		countUse(&g.inner, glyph, c)
	}
	countUse(&g.votes, glyph, c)
}

// randomKey reports a key of six characters or more, letters of both
// cases and digits in it, where neither reading of letter k (c and its
// other case) is a word (mQp𑣠go7 in a line of base64): small letters on
// both sides of a digit drawn like a capital are chance there, and TR39's
// letter stands (KEY-NOT-LANGUAGE).
func randomKey(text string, pr proposal, k int, p *profile, c rune) bool {
	ls := pr.w.letters()
	if len(ls) < 6 || !holdsDigit(pr.w) {
		return false
	}
	upper, lower := false, false
	for j := range ls {
		if j != k {
			r := restoredAt(pr, j)
			upper, lower = upper || isUpper(r), lower || isLower(r)
		}
	}
	if !upper || !lower {
		return false
	}
	a, b := strings.ToLower(pr.formWith(k, c)), strings.ToLower(pr.formWith(k, otherCase(c)))
	return !p.knows(a, 3) && !p.knows(b, 3)
}

// compoundAsWritten is rule COMPOUND-AS-WRITTEN: a stroke alone beside a
// hyphen, a piece of a compound (lists/𐌉-k), is the letter the document
// writes there in the same compound elsewhere, as written (l-k fifty
// times, I-k never): a piece of one letter has no word of its own to
// judge.
func compoundAsWritten(text string, pr proposal, opts []rune) (rune, bool) {
	if len(pr.w.letters()) != 1 || !hyphenated(text, pr.w) {
		return 0, false
	}
	piece := func(b byte) bool { return b == '-' || isASCIILetterOrDigit(b) }
	ts, te := pr.w.start, pr.w.end
	for ts > 0 && piece(text[ts-1]) {
		ts--
	}
	for te < len(text) && piece(text[te]) {
		te++
	}
	if text[ts] == '-' {
		// An option (-𐌉): a list of them writes each once, and another
		// letter's (-I beside -l) is no evidence (OPTION-LETTER judges).
		return 0, false
	}
	var found rune
	for _, o := range opts {
		if n := countToken(text, text[ts:pr.w.start]+string(o)+text[pr.w.end:te], piece); n > 0 {
			if found != 0 {
				return 0, false
			}
			found = o
		}
	}
	return found, found != 0
}

// countToken counts the places text writes tok whole: no byte piece
// accepts right before or after it.
func countToken(text, tok string, piece func(byte) bool) int {
	n := 0
	for i := 0; ; {
		j := strings.Index(text[i:], tok)
		if j < 0 {
			return n
		}
		j += i
		if (j == 0 || !piece(text[j-1])) && (j+len(tok) == len(text) || !piece(text[j+len(tok)])) {
			n++
		}
		i = j + 1
	}
}

// inAnyAddress reports offset i inside a URL (inAddress) or an e-mail
// address (inMailAddress).
func inAnyAddress(text string, i int) bool { return inAddress(text, i) || inMailAddress(text, i) }

// inMailAddress reports offset i inside an e-mail address: a run of
// characters an address holds, with a local part before an @ and a dot in
// the domain after it (joe@barrera.org, <rick@linuxmafia.com>).
func inMailAddress(text string, i int) bool {
	mail := func(b byte) bool {
		return isASCIILetterOrDigit(b) || b >= utf8.RuneSelf || strings.IndexByte(".-_+@", b) >= 0
	}
	s, e := i, i
	for s > 0 && mail(text[s-1]) {
		s--
	}
	for e < len(text) && mail(text[e]) {
		e++
	}
	at := strings.IndexByte(text[s:e], '@')
	return at > 0 && s+at+1 < e && strings.IndexByte(text[s+at+1:e], '.') > 0
}

// keyShaped is rule KEY-NOT-LANGUAGE: a stroke in a piece of a link with
// capitals beside small letters or in capitals (MVfＩAA, y.𐌉EAA), or in a
// key with digits and mixed case around it (7gSfＩAx9, sitDO𐌉5U), neither
// reading a word, stands in no word of the document's language: its
// letter model says nothing of it, nor does the case of a letter beside
// it, which in a key is chance. The glyph's own letter and its settled
// uses decide (settleOpen). A word in prose (Fℑight) keeps both, and so
// does a link's piece in small letters, written as words are
// (/mailman/ℑistinfo/).
func keyShaped(text string, pr proposal, k int, p *profile) bool {
	if len(pr.w.letters()) < 4 {
		return false
	}
	mixed := mixedCaseAround(pr, k)
	if !(mixed && holdsDigit(pr.w) || (mixed || allCaps(pr, k)) && inAddress(text, pr.w.start)) {
		return false
	}
	fI, fl := strings.ToLower(pr.formWith(k, 'I')), strings.ToLower(pr.formWith(k, 'l'))
	return !p.knows(fI, 3) && !p.knows(fl, 3)
}

// countUse counts a use of glyph read as c in *m: as small, as capital (or I
// of I and l).
func countUse(m *map[rune]*[2]int, glyph, c rune) {
	if *m == nil {
		*m = map[rune]*[2]int{}
	}
	v := (*m)[glyph]
	if v == nil {
		v = &[2]int{}
		(*m)[glyph] = v
	}
	if unicode.IsUpper(c) {
		v[1]++
	} else {
		v[0]++
	}
}

// settleOpen gives each open use the case its glyph's settled uses show,
// when they show one clearly (three to one or better).
func (g *glyphCases) settleOpen() {
	defer g.followGlyph()
	defer g.startsFollowGlyph()
	for _, o := range g.open {
		v := g.votes[o.glyph]
		c := o.repl.at(o.k)
		if c == 'I' || c == 'l' {
			if o.camel != 0 {
				o.repl.set(o.k, 'l')
				if o.camel > 0 {
					o.repl.set(o.k, 'I')
				}
				continue
			}
			// Rule GLYPH-ONE-LETTER: a stroke with no letter of its own by
			// decomposition (ꓲ, Ⲓ, 𐌉) has one claim, its confusable
			// class, and a spoofer puts it for one letter: where its
			// settled uses clearly show which (three to one or better), it
			// stands for that here too, as other glyphs follow theirs; the
			// letter model cannot tell a capital I from l in a word it has
			// never seen (Tiv Ⲓianaa, settled l sixteen times, is lianaa).
			// One that decomposes to I (Ⅰ, 𝑰) has two claims, the
			// decomposition's I and the class's l, and is put for both
			// within one text: its settled uses only weigh in below.
			if compatLetter(o.glyph) == 0 && v != nil {
				switch {
				case v[0] > 0 && v[0] >= 3*v[1]:
					o.repl.set(o.k, 'l')
					continue
				case v[1] > 0 && v[1] >= 3*v[0]:
					o.repl.set(o.k, 'I')
					continue
				}
			}
			// Otherwise the context's lean, the glyph's settled uses, and
			// what it is by its own data (strokeLetter: 𝐈 and Cyrillic І
			// are I, ⅼ is l), as log-odds of I over l.
			// Rule GLYPH-VOTES-TWICE: the settled uses count twice their
			// odds: a spoofer's table mostly gives a glyph one letter, so
			// four uses settled as l outweigh the decomposition's I and a
			// letter model that reads the stroke as a small i inside the
			// word (Basque lotsarazⅠerik is lotsarazlerik). Measured over
			// attack seeds 1-40 and 101-120: three documents restored
			// exactly that once were not, none lost.
			lean := o.lean
			if v != nil {
				lean += 2 * math.Log((float64(v[1])+0.5)/(float64(v[0])+0.5))
			}
			switch strokeLetter(o.glyph) {
			case 'I':
				// Rule DECOMPOSITION-NOT-INSIDE: what the glyph decomposes
				// to says I, but not between small letters, where I is
				// only camel case, which the context's lean weighs.
				if !o.inside {
					lean += 2
				}
			case 'l':
				lean -= 2
			}
			if o.repl.set(o.k, 'l'); lean > 0 {
				o.repl.set(o.k, 'I')
			}
			continue
		}
		switch {
		case v == nil:
		case v[0] > 0 && v[0] >= 3*v[1]:
			o.repl.set(o.k, unicode.ToLower(c))
		case v[1] > 0 && v[1] >= 3*v[0]:
			o.repl.set(o.k, unicode.ToUpper(c))
		}
	}
}

// startsFollowGlyph is rule START-FOLLOWS-GLYPH: a glyph drawn as a small
// letter (Ƅ, drawn b) opens a sentence as the capital, unless its uses
// inside words show the spoofer puts it for the small letter (aƄout,
// three to one or more): a table gives a glyph one letter, and an author's
// sentence may open small ("(bonus points if ...", "baisley?"). A use
// that begins a word inside a sentence says nothing of it (its case is
// the context's guess: "Ƅut the Ƅank"); with no use inside a word, the
// capital stands.
func (g *glyphCases) startsFollowGlyph() {
	for _, o := range g.starts {
		if v := g.inner[o.glyph]; v != nil && v[0] > 0 && v[0] >= 3*v[1] {
			o.repl.set(o.k, unicode.ToLower(o.repl.at(o.k)))
		}
	}
}

// followGlyph is rule STROKE-FOLLOWS-GLYPH: a stroke settled as I or l
// in a word neither reading makes known (a key, an id: MVfℑAA) by the
// letters beside it, which in such a word say little, takes the other
// letter where the glyph's settled uses in words one reading makes known
// all show it, two or more: a spoofer's table mostly gives a glyph one
// letter.
func (g *glyphCases) followGlyph() {
	for _, o := range g.weak {
		v := g.known[o.glyph]
		if v == nil {
			continue
		}
		switch c := o.repl.at(o.k); {
		case c == 'I' && v[0] >= 2 && v[1] == 0:
			o.repl.set(o.k, 'l')
		case c == 'l' && v[1] >= 2 && v[0] == 0:
			o.repl.set(o.k, 'I')
		}
	}
}

// mixedCaseAround reports a word whose letters other than the stroke at k
// are of both cases, as restored, with no other stroke, and not the same
// case on both sides of it (MVfℑAA, a key's or an id's): where the word or
// the letters beside the stroke are all capitals or all small letters,
// their case says which the stroke is.
func mixedCaseAround(pr proposal, k int) bool {
	upper, lower := false, false
	for j := range pr.w.letters() {
		if j == k {
			continue
		}
		r := restoredAt(pr, j)
		if _, ok := pr.repl.get(j); ok && (r == 'I' || r == 'l') {
			return false // another stroke: the word reads them together
		}
		upper = upper || isUpper(r)
		lower = lower || isLower(r)
	}
	if k > 0 && k+1 < len(pr.w.letters()) {
		// Between two capitals (MIMEDefang, R0IUIRAix) or two small
		// letters it is as they are.
		a, b := restoredAt(pr, k-1), restoredAt(pr, k+1)
		if isUpper(a) && isUpper(b) || isLower(a) && isLower(b) {
			return false
		}
	}
	return upper && lower
}

// optionLetter is rule OPTION-LETTER: a stroke that is a command's short
// option paired with its long one (-𐌉, --level; -Ⅰ, --include; -𐌉 [N],
// --load-average; -𐌉|--listq; --limit=N | -𐌉 N) is the letter the long
// option begins with, l or I, as help texts and manuals pair them; an I
// only where no word of the name begins with l (-l --ignore-local: the
// short option takes another word's initial). A long option's name is
// written in small letters, so the same glyph beginning it is l.
func optionLetter(text string, pr proposal) (rune, bool) {
	s := pr.w.start
	if len(pr.w.letters()) != 1 || !optionPlace(text, s, pr.w.end) {
		return 0, false
	}
	name := longOptionAfter(text[pr.w.end:])
	if name == "" {
		name = longOptionBefore(text[:s-1])
	}
	first, n := utf8.DecodeRuneInString(name)
	switch {
	case name == "":
	case first == 'l' || first == pr.w.letters()[0].r && longOptionName(name[n:]):
		return 'l', true
	case first == 'i' && !wordBeginsWithL(name):
		return 'I', true
	}
	return 0, false
}

// optionPlace reports text[start:end] a one-letter option: a dash right
// before it that follows a blank, a quotation mark, a bracket, a bar or
// the line's start, and no letter, digit or dash after it (OPTION-LETTER,
// OPTION-STROKE).
func optionPlace(text string, start, end int) bool {
	if start < 1 || text[start-1] != '-' {
		return false
	}
	if start > 1 {
		if b, _ := utf8.DecodeLastRuneInString(text[:start-1]); !strings.ContainsRune(" \t\n\"'`‘“([|", b) {
			return false
		}
	}
	if end < len(text) {
		if a, _ := utf8.DecodeRuneInString(text[end:]); unicode.IsLetter(a) || unicode.IsDigit(a) || a == '-' {
			return false
		}
	}
	return true
}

// camelPieceBegun is rule CAMEL-PIECE-BEGUN: in a word camel-cased apart
// from the stroke (a capital past its first letter elsewhere in it), the
// stroke after a small letter, read as I, begins a piece of its own, read
// as l, goes on the piece before: where one reading gives a piece
// present-day English knows and the other none (XvCreateℑmage: Image, not
// Createlmage; IℑdentationError; ZSTD_c_stableℑnBuffer; NulℑSoft: Null, not
// Nul), that one is the author's. A word with a digit is a key's, its
// strokes the glyph's other uses' (KEY-NOT-LANGUAGE).
func camelPieceBegun(text string, pr proposal, k int) (rune, bool) {
	if len(pr.w.letters()) > maxCamelLetters || holdsDigit(pr.w) || pr.w.start > 0 && text[pr.w.start-1] == '-' {
		return 0, false // (-ilrsD: a cluster of options, no word)
	}
	rs := []rune(pr.formWith(k, 'I'))
	hump := false
	for j, l := range pr.w.letters() {
		if _, ok := pr.repl.get(j); ok && j != k && (rs[j] == 'I' || rs[j] == 'l') {
			return 0, false // another stroke, its case not yet read
		}
		// (A capital the author wrote, not one a look-alike's reading
		// put there.)
		hump = hump || j > 0 && j != k && unicode.IsUpper(l.r) && l.r < utf8.RuneSelf
	}
	if !hump || k+1 < len(rs) && !unicode.IsLetter(rs[k+1]) || k > 0 && !unicode.IsLower(rs[k-1]) {
		return 0, false
	}
	start := k // the piece before the stroke, or the stroke's where it begins the word
	for start > 0 && unicode.IsLower(rs[start-1]) {
		start--
	}
	if start > 0 && unicode.IsUpper(rs[start-1]) {
		start--
	}
	if k+1 == len(rs) || unicode.IsUpper(rs[k+1]) {
		// The stroke ends a piece read as l (NulℑSoft), or begins a run
		// of capitals read as I (BlockingℑOError, UnixGroupℑDs).
		asL := slices.Clone(rs[start : k+1])
		asL[k-start] = 'l'
		switch before := rs[start:k]; {
		case k-start < 2:
		case knownPiece(asL) && !knownPiece(before):
			return 'l', true
		case k+1 < len(rs) && knownPiece(before) && len(before) >= 4 && !knownPiece(asL):
			return 'I', true
		}
		return 0, false
	}
	end := k + 1
	for end < len(rs) && unicode.IsLower(rs[end]) {
		end++
	}
	asL := slices.Clone(rs[start:end])
	asL[k-start] = 'l'
	// (A piece of two letters only where a capital begins another after
	// it and English writes it a thousand times in Brown's million:
	// stableℑnBuffer; ℑs, ℑe, ℑk are as often the tail of a word, ℑl a
	// French one.)
	begun := rs[k:end]
	long := len(begun) >= 3 || end < len(rs) && unicode.IsUpper(rs[end]) && lexicon.Count(strings.ToLower(string(begun))) >= 1000
	// The piece read with l may follow a run of capitals (SAtaℑk: talk).
	if len(asL) > 2 && unicode.IsUpper(asL[0]) && !knownPiece(asL) && knownPiece(asL[1:]) {
		asL = asL[1:]
	}
	// (The piece before is a word too, where the stroke begins no word:
	// TOPdwnℑds is no camel case of dwn.)
	switch {
	case long && knownPiece(begun) && !knownPiece(asL) && (k == 0 || knownPiece(rs[start:k]) || knownPiece(rs[start+1:k])):
		return 'I', true
	case knownPiece(asL) && !knownPiece(begun) && end-k >= 3:
		return 'l', true
	}
	return 0, false
}

// printfLength is rule PRINTF-LENGTH: a stroke in a printf conversion,
// after its per cent sign, flags and width and before its conversion
// letter (%𐌉d, %2𐌉u, %𐌉lu), is C's length modifier l. glibc's I flag (the
// locale's digits, %Id) is read only where the document writes it so.
func printfLength(text string, pr proposal, k int, p *profile) bool {
	i := int(pr.w.letters()[k].off)
	if !printfSlot(text, i) {
		return false
	}
	_, n := utf8.DecodeRuneInString(text[i:])
	return i+n < len(text) && strings.IndexByte("diouxXnl", text[i+n]) >= 0 && !p.writesLocaleDigits(text)
}

// writesLocaleDigits reports a conversion with glibc's I flag in the text
// (%Id, %Iu), read once per document.
func (p *profile) writesLocaleDigits(text string) bool {
	if p.localeDigits == 0 {
		p.localeDigits = 1
		for rest := text; ; {
			j := strings.Index(rest, "%I")
			if j < 0 {
				break
			}
			if rest = rest[j+2:]; rest != "" && strings.IndexByte("diu", rest[0]) >= 0 {
				p.localeDigits = 2
				break
			}
		}
	}
	return p.localeDigits == 2
}

// longOptionAfter returns the name of the long option written right after
// a short one (", --level", "|--listq", " [N], --load-average[=N]"), up to
// its argument: "" where none is.
func longOptionAfter(rest string) string {
	// The short option's argument first, where a comma follows it: a
	// placeholder in capitals or in brackets ( N, [N], FILE).
	if arg := strings.TrimLeft(rest, " "); len(arg) < len(rest) {
		k := 0
		if strings.HasPrefix(arg, "[") {
			k = strings.IndexByte(arg, ']') + 1
		} else {
			for k < len(arg) && ('A' <= arg[k] && arg[k] <= 'Z' || arg[k] == '_' || k > 0 && '0' <= arg[k] && arg[k] <= '9') {
				k++
			}
		}
		if k > 0 && k <= 24 && strings.HasPrefix(arg[k:], ",") {
			rest = arg[k:]
		}
	}
	if r, ok := strings.CutPrefix(rest, "|"); ok {
		rest = r
	} else {
		rest = strings.TrimLeft(strings.TrimPrefix(rest, ","), " ")
	}
	return longOptionAt(rest)
}

// longOptionBefore returns the name of the long option written right
// before a short one, a bar or a comma between ("--limit=N | -l"), or "".
func longOptionBefore(before string) string {
	before = strings.TrimRight(before, " ")
	b, ok := strings.CutSuffix(before, "|")
	if !ok {
		if b, ok = strings.CutSuffix(before, ","); !ok {
			return ""
		}
	}
	b = strings.TrimRight(b, " ")
	if k := strings.LastIndexAny(b, " \t\n[("); k >= 0 {
		b = b[k+1:]
	}
	return longOptionAt(b)
}

// longOptionAt returns the name of the long option s begins with (--level
// of "--level=N"), up to its argument or what follows it: "" where s
// begins with none.
func longOptionAt(s string) string {
	name, ok := strings.CutPrefix(s, "--")
	if !ok {
		return ""
	}
	if k := strings.IndexAny(name, " \t\n=[,|]"); k >= 0 {
		name = name[:k]
	}
	return name
}

// longOptionName reports s written as the rest of a long option's name:
// small letters (of any alphabet: the name may be spoofed too), digits and
// hyphens, with one letter at least.
func longOptionName(s string) bool {
	letter := false
	for _, r := range s {
		switch {
		case unicode.IsLower(r):
			letter = true
		case '0' <= r && r <= '9' || r == '-' || r == '_':
		default:
			return false
		}
	}
	return letter
}

// wordBeginsWithL reports a word of an option's name, past its first,
// that begins with l (ignore-local).
func wordBeginsWithL(name string) bool {
	for i := 1; i < len(name); i++ {
		if (name[i-1] == '-' || name[i-1] == '_') && name[i] == 'l' {
			return true
		}
	}
	return false
}

// loneDecomposed reports a stroke standing alone as a word whose
// compatibility decomposition is I (Ⅰ, 𝑰, Ｉ). Rule LONE-DECOMPOSED: such a
// stroke is I. The character says so itself, and a lone letter's case is
// its own (the pronoun, a label, an initial), so how the document writes
// lone letters elsewhere (one clean "l," in a Dyula text) does not
// overrule it. Not where a hyphen joins it to a word (Maltese l-Istat),
// nor after an apostrophe (Dan'l) or before one (Ⅰ’ensenyament, Ⅰ'm),
// where it is part of what it is glued to and that decides.
// transcribedStroke is Rule TRANSCRIPTION-SMALL: a stroke standing alone
// between slashes or square brackets, with no letter outside them (/ⵏ/,
// [Ⅰ]), is a phonemic or phonetic transcription's letter, and those write
// small letters (the IPA's capital-like vowel is ɪ, not I): l. A pronoun
// in a list (he/I/we) has letters beside its slashes.
func transcribedStroke(text string, pr proposal) bool {
	s, e := pr.w.start, pr.w.end
	if len(pr.w.letters()) != 1 || s < 1 || e >= len(text) {
		return false
	}
	if !(text[s-1] == '/' && text[e] == '/' || text[s-1] == '[' && text[e] == ']') {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(text[:s-1])
	after, _ := utf8.DecodeRuneInString(text[e+1:])
	return !unicode.IsLetter(before) && !unicode.IsLetter(after)
}

func loneDecomposed(text string, pr proposal) bool {
	return len(pr.w.letters()) == 1 && compatLetter(pr.w.letters()[0].r) == 'I' && !hyphenated(text, pr.w) &&
		!apostropheBefore(text, pr.w.start) && !apostropheAfter(text, pr.w.end) && !elisionMark(text, pr.w.end)
}

// elisionMark reports an apostrophe at i, whatever follows it: a letter
// alone before one is elided (Picard "l' tére"), however its look-alike
// decomposes; English writes no I' but glued (I'm).
func elisionMark(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return r == '\'' || r == '’'
}

// caseless reports a glyph with neither case nor a letter of its own by
// Unicode data (strokeLetter): ǀ ∣ ⵏ ꓲ 𐌉.
func caseless(r rune) bool {
	return !unicode.IsUpper(r) && !unicode.IsLower(r) && strokeLetter(r) == 0
}

// caselessSmall reports a stroke with no case of its own (ǀ ∣ ⵏ ꓲ 𐌉: no
// case mapping, no decomposition) beginning a word inside a sentence whose
// other letters are small. Rule CASELESS-SMALL: such a stroke is l. The
// glyph gives no capital and the word's shape asks for none, so a capital
// I needs a word the document or English capitalises inside sentences
// (capitalisedWord); the letters the document's words begin with (ie
// against le) do not make one.
func caselessSmall(text string, pr proposal, k int, p *profile, form func(rune) string) bool {
	ls := pr.w.letters()
	if k != 0 || len(ls) < 2 || !caseless(ls[k].r) {
		return false
	}
	if sentenceStart(text, pr.w.start) || lineStart(text, pr.w.start) || quoted(text, pr.w.start) ||
		apostropheBefore(text, pr.w.start) || apostropheAfter(text, pr.w.end) {
		return false
	}
	for j := 1; j < len(ls); j++ {
		c := ls[j].r
		if x, ok := pr.repl.get(j); ok {
			c = x
		}
		if !unicode.IsLower(c) {
			return false
		}
	}
	return !capitalisedWord(text, pr, p, form)
}

// ownI reports a stroke at k that is I by its own data: by decomposition
// anywhere, by case mapping only beside a capital of the word (the glyph's
// case agrees with its neighbour's).
func ownI(pr proposal, k int) bool {
	if compatLetter(pr.w.letters()[k].r) == 'I' {
		return true
	}
	if strokeLetter(pr.w.letters()[k].r) != 'I' {
		return false
	}
	for _, j := range []int{k - 1, k + 1} {
		if j >= 0 && j < len(pr.w.letters()) {
			c := pr.w.letters()[j].r
			if x, ok := pr.repl.get(j); ok {
				c = x
			}
			if unicode.IsUpper(c) && c != 'I' {
				return true
			}
		}
	}
	return false
}

// knowsStrokeReading reports whether the word of pr, with o at k and each
// other stroke read either way (two or three strokes: smeƖ𝙸, 𝑰Ⅰlinois),
// is one the document or English knows: a stroke is judged with the word
// its neighbours spell, not with their readings still open.
func (p *profile) knowsStrokeReading(text string, pr proposal, k int, o rune) bool {
	var strokes []int
	for _, e := range pr.repl.s {
		if j, x := int(e.k), e.r; j != k && (x == 'I' || x == 'l') {
			strokes = append(strokes, j)
		}
	}
	slices.Sort(strokes)
	if len(strokes) > 3 {
		strokes = strokes[:3]
	}
	for mask := 0; mask < 1<<len(strokes); mask++ {
		var b strings.Builder
		for j, l := range pr.w.letters() {
			x, ok := pr.repl.get(j)
			switch {
			case j == k:
				x = o
			case slices.Contains(strokes, j):
				x = 'l'
				if mask>>slices.Index(strokes, j)&1 == 1 {
					x = 'I'
				}
			case !ok:
				x = l.r
			}
			b.WriteRune(x)
		}
		if p.knowsReading(text, pr.w, b.String()) {
			return true
		}
	}
	return false
}

// knowsReading reports whether the word read as f (joined to what an
// apostrophe glues to it: I'll, l'ONU) is one the document writes or, in
// English text, one the lexicon holds.
func (p *profile) knowsReading(text string, w *word, f string) bool {
	if len(w.letters()) == 1 && !apostropheAfter(text, w.end) && !apostropheBefore(text, w.start) {
		// A lone letter keeps its case ("L.A." says nothing of "l"), and
		// English writes few letters alone.
		r, _ := utf8.DecodeRuneInString(f)
		return p.singles.get(r) > 0 || p.isEnglish() && lexicon.Count(strings.ToLower(f)) >= 1000
	}
	f = gluedToken(text, w, strings.ToLower(f))
	return p.formsOf(f) > 0 || p.isEnglish() && lexicon.Count(f) > 0
}

// strokeLetter returns the letter a stroke glyph is by its own Unicode data,
// or 0: its compatibility decomposition (𝙸 and Ⅰ are I, ⅼ is l), else its
// case mapping (Cyrillic І and Greek Ι are the capitals of і and ι, drawn
// like i: they are I). Caseless strokes (ǀ ∣ ⵏ) have none.
func strokeLetter(r rune) rune {
	if c := compatLetter(r); c != 0 {
		return c
	}
	if small := otherCase(r); unicode.IsUpper(r) && small != r {
		if las := unidata.LookAlikes(small, unidata.Latin); len(las) > 0 && las[0].R == 'i' {
			return 'I'
		}
	}
	return 0
}

// compatLetter returns the one letter a compatibility form decomposes to, or 0.
func compatLetter(r rune) rune {
	if d := []rune(norm.NFKC.String(string(r))); len(d) == 1 && d[0] != r && unicode.IsLetter(d[0]) {
		return d[0]
	}
	return 0
}

// otherCase returns r's letter in the other case, or r. Unlike
// unicode.SimpleFold it keeps to true case pairs: ſ, ϱ and the Kelvin sign
// fold with s, ρ and k but are no case of theirs.
func otherCase(r rune) rune {
	if u := unicode.ToUpper(r); u != r && unicode.ToLower(u) == r {
		return u
	}
	if l := unicode.ToLower(r); l != r && unicode.ToUpper(l) == r {
		return l
	}
	return r
}

// writtenAs counts the document's clean words written exactly as form,
// case and all. A character reference's name (the lt of &lt;) is markup,
// written as the markup language spells it, no word of the text's: an
// e-mail's &lt; twice does not make "Ｉt" lt.
func (p *profile) writtenAs(text, form string) int {
	var buf [64]byte // on the stack for all but the longest words
	if get(&p.table, lowerOf(buf[:], form)).forms == 0 {
		return 0
	}
	if p.written.slots == nil {
		// The clean words as written, case and all, counted once.
		p.written.init(len(p.words)/2 + 16)
		for i := range p.words {
			if w := &p.words[i]; w.mk().candidates() == 0 && !referenceName(text, w.start, w.end) {
				k := add(&p.written, w.text(text))
				p.written.recs[k].forms++
			}
		}
	}
	return int(get(&p.written, form).forms)
}

// referenceName reports text[start:end] the name of a character
// reference, between & and ; (&lt;, &nbsp;).
func referenceName(text string, start, end int) bool {
	return start > 0 && text[start-1] == '&' && end < len(text) && text[end] == ';'
}

// camelChance is the log-chance of a capital right after a small letter
// inside a word, as often as the document's clean words have one
// (camel-cased names: ZixIt, GnomeICU).
func (p *profile) camelChance() float64 {
	if p.camel != 0 {
		return p.camel
	}
	camel, clean := 0, 0
	for i := range p.words {
		// (letterRune: the records of a word of ASCII letters are made
		// only for the words judged, not for every word read here.)
		w := &p.words[i]
		if w.ln < 2 || w.mk().candidates() > 0 {
			continue
		}
		clean++
		for k := 1; k < int(w.ln); k++ {
			if r := w.letterRune(k); unicode.IsUpper(r) && unicode.IsLower(w.letterRune(k-1)) {
				camel++
				p.innerI = p.innerI || r == 'I' && k+1 < int(w.ln) && unicode.IsLower(w.letterRune(k+1))
				break
			}
		}
	}
	p.camel = math.Log((float64(camel) + 1) / (float64(clean) + 2))
	return p.camel
}

// gluedCount counts the document's words joined by an apostrophe to the
// next (l'ONU, I'm) whose lower-cased glued form is token.
func (p *profile) gluedCount(text, token string) int {
	if !p.glued {
		p.glued = true
		for i := range p.words {
			if w := &p.words[i]; apostropheAfter(text, w.end) {
				k := add(&p.table, gluedToken(text, w, strings.ToLower(w.text(text))))
				p.table.recs[k].glued++
			}
		}
	}
	return int(get(&p.table, token).glued)
}

// capsBeforeApostrophe reports a word of capitals glued before the
// apostrophe that ends at offset i (JÑI'I in a heading, not Dan'l or I'll).
func capsBeforeApostrophe(text string, i int) bool {
	_, n := utf8.DecodeLastRuneInString(text[:i])
	return capitals(text[lettersBefore(text, i-n) : i-n])
}

// lettersBefore returns where the run of letters ending at offset i begins.
func lettersBefore(text string, i int) int {
	for i > 0 {
		r, m := utf8.DecodeLastRuneInString(text[:i])
		if !unicode.IsLetter(r) {
			break
		}
		i -= m
	}
	return i
}

// smallWordBefore reports letters ending at offset i that include no
// capital (dè before dè-l; not Type before Type-I).
func smallWordBefore(text string, i int) bool {
	n := 0
	for j := i; j > 0; {
		r, m := utf8.DecodeLastRuneInString(text[:j])
		if !unicode.IsLetter(r) && !unicode.IsMark(r) {
			break
		}
		if unicode.IsUpper(r) {
			return false
		}
		n++
		j -= m
	}
	return n > 0
}

// allVowels reports candidates that are all vowels of the document.
func (p *profile) allVowels(cs []cand) bool {
	p.countVowels()
	for _, x := range cs {
		if !p.vowels[unicode.ToLower(x.c)] {
			return false
		}
	}
	return true
}

// countVowels finds the document's vowels by Sukhotin's algorithm (vowels
// and consonants alternate: the letter most often beside others is a vowel,
// and its neighbours then count less), from its clean words with accents
// set aside, and counts how the vowels of those words follow one another.
// Words restored so far are not counted (spellings > 0), so that the
// counts do not depend on the order of restoration.
func (p *profile) countVowels() {
	if p.vowelTier != nil {
		return
	}
	p.vowelTier, p.vowels = &counts{}, map[rune]bool{}
	eachClean := func(f func(form []byte, n int)) {
		p.eachForm(func(form []byte, n int) {
			if get(&p.table, form).spellings > 0 {
				f(form, n)
			}
		})
	}
	beside := &counts{}
	var letters []rune
	eachClean(func(form []byte, n int) {
		prev := rune(-1)
		for _, r := range string(form) {
			if r = baseLetter(r); !unicode.IsLetter(r) {
				prev = -1
				continue
			}
			if !slices.Contains(letters, r) {
				letters = append(letters, r)
			}
			if prev >= 0 && prev != r {
				beside.add(pairKey(prev, r), n)
				beside.add(pairKey(r, prev), n)
				beside.add(singleKey(prev), n)
				beside.add(singleKey(r), n)
			}
			prev = r
		}
	})
	slices.Sort(letters) // ties go to the lower code point, whatever the map order
	sum := make([]int, len(letters))
	for i, r := range letters {
		sum[i] = beside.get(singleKey(r))
	}
	for {
		best := -1
		for i, r := range letters {
			if !p.vowels[r] && sum[i] > 0 && (best < 0 || sum[i] > sum[best]) {
				best = i
			}
		}
		if best < 0 {
			break
		}
		v := letters[best]
		p.vowels[v] = true
		for i, r := range letters {
			if !p.vowels[r] {
				sum[i] -= 2 * beside.get(pairKey(r, v))
			}
		}
	}
	eachClean(func(form []byte, n int) {
		prev := ' '
		for _, r := range string(form) {
			if b := baseLetter(r); p.vowels[b] {
				p.vowelTier.add(pairKey(prev, b), n)
				p.vowelTier.add(singleKey(prev), n)
				prev = b
			}
		}
		p.vowelTier.add(pairKey(prev, ' '), n)
		p.vowelTier.add(singleKey(prev), n)
	})
	p.countHarmony()
}

// harmony splits the document's vowels, and the word's edge, in classes
// (back and front, in a Turkic text) and counts how the classes follow
// one another on the vowel tier and how often each vowel stands there.
type harmony struct {
	class map[rune]int     // 0 or 1; the word's edge (' ') is class 2
	steps [3][3]float64    // class pairs on the vowel tier
	from  [3]float64       // their first classes
	seen  map[rune]float64 // each vowel (and the edge) as the second of a pair
	in    [3]float64       // the vowels (and edges) of each class there
	size  [3]float64       // the letters of each class
}

// maxHarmonyVowels bounds countHarmony's search over the splits of the
// vowels (2^(n-1) of them); alphabets have fewer.
const maxHarmonyVowels = 16

// countHarmony (rule HARMONY-CLASSES) splits the document's vowels in the
// two classes whose members best predict each other where they follow one
// another in its clean words: the split with the most mutual information
// between the classes of neighbouring vowels. Turkic vowel harmony (back
// а ы о у, front ә е ө ү) comes out of the document itself; a language
// without it gives two classes that say little.
func (p *profile) countHarmony() {
	var vs []rune
	for v := range p.vowels {
		vs = append(vs, v)
	}
	slices.Sort(vs)
	if len(vs) < 2 || len(vs) > maxHarmonyVowels {
		return
	}
	pairs := make([]float64, len(vs)*len(vs))
	sum := 0.0
	for i, a := range vs {
		for j, b := range vs {
			pairs[i*len(vs)+j] = float64(p.vowelTier.get(pairKey(a, b)))
			sum += pairs[i*len(vs)+j]
		}
	}
	if sum == 0 {
		return
	}
	bestMI, best := 0.0, 0
	for mask := 1; mask < 1<<(len(vs)-1); mask++ {
		var m [2][2]float64
		for i := range vs {
			for j := range vs {
				m[mask>>i&1][mask>>j&1] += pairs[i*len(vs)+j]
			}
		}
		mi := 0.0
		for x := range 2 {
			for y := range 2 {
				if m[x][y] > 0 {
					mi += m[x][y] / sum * math.Log(m[x][y]*sum/((m[x][0]+m[x][1])*(m[0][y]+m[1][y])))
				}
			}
		}
		if mi > bestMI {
			bestMI, best = mi, mask
		}
	}
	h := &harmony{class: map[rune]int{' ': 2}, seen: map[rune]float64{}}
	h.size[2] = 1
	for i, v := range vs {
		h.class[v] = best >> i & 1
		h.size[h.class[v]]++
	}
	all := append(vs, ' ')
	for _, a := range all {
		for _, b := range all {
			n := float64(p.vowelTier.get(pairKey(a, b)))
			h.steps[h.class[a]][h.class[b]] += n
			h.from[h.class[a]] += n
			h.seen[b] += n
			h.in[h.class[b]] += n
		}
	}
	p.harmony = h
}

// classChance is the chance of vowel b after a on the vowel tier by their
// classes alone (HARMONY-CLASSES): that b's class follows a's, times b's
// share of its class.
func (h *harmony) classChance(a, b rune) float64 {
	ca, cb := h.class[a], h.class[b]
	return (h.steps[ca][cb] + 0.5) / (h.from[ca] + 1.5) * (h.seen[b] + 0.5) / (h.in[cb] + 0.5*h.size[cb])
}

// vowelScore is the log-likelihood of form's vowels, read apart from its
// consonants, by the vowel pairs of the document's clean words.
func (p *profile) vowelScore(form string) float64 {
	p.countVowels()
	sum, prev := 0.0, ' '
	// Rule HARMONY-CLASSES: a pair the clean words hold seldom or never
	// (у before ю) takes its chance from the pair's classes, one count's
	// worth, where a flat half count took no side: back after back is
	// likely whatever the vowels.
	step := func(b rune) {
		pseudo := 0.5
		if p.harmony != nil {
			pseudo = p.harmony.classChance(prev, b)
		}
		sum += math.Log((float64(p.vowelTier.get(pairKey(prev, b))) + pseudo) / (float64(p.vowelTier.get(singleKey(prev))) + 1))
		prev = b
	}
	for _, r := range form {
		if b := baseLetter(r); p.vowels[b] {
			step(b)
		}
	}
	step(' ')
	return sum
}

// jointCombos bounds jointGuess's search: a word rarely holds more than a
// few letters with two readings each.
const jointCombos = 64

// jointGuess (rule JOINT-LETTERS) sets the first guesses for the native
// letters of a word restored into Cyrillic or Greek where several have more
// than one reading (Latin o for ο and σ in δικαιooύνης, y for у and ү in
// дyшyнишмеклиге): to the combination that spells a word the document
// writes elsewhere, the most often, or failing one, to the combination the
// letter models (chooseLetter's: the document's, the outside ones, vowel
// harmony) like best as a whole. Weighed one at a time, each beside the
// other's first guess, the letters find no word (δικαιοούνης, δικαισσύνης)
// and settle into a spelling that only each letter's neighbours like
// (δικαισούνης, душүнишмеклиге). chooseLetter then weighs each letter
// beside the others' joint reading.
func jointGuess(pr proposal, p *profile) {
	if pr.target == unidata.Latin || pr.decomposed || pr.repl.len() < 2 {
		return
	}
	type open struct {
		j  int
		cs []rune
	}
	var opens []open
	var need []rune
	n := 1
	for j, e := range pr.repl.s {
		cs := nativeCands(pr, int(e.k), e.r, p)
		if len(cs) < 2 {
			continue
		}
		if n *= len(cs); n > jointCombos {
			return
		}
		opens = append(opens, open{j, cs})
		for _, c := range cs {
			if c = unicode.ToLower(c); !slices.Contains(need, c) {
				need = append(need, c)
			}
		}
	}
	if len(opens) < 2 {
		return // one open letter alone is chooseLetter's
	}
	set := func(i int) {
		for _, o := range opens {
			pr.repl.s[o.j].r = o.cs[i%len(o.cs)]
			i /= len(o.cs)
		}
	}
	vowels := true // as chooseLetter's VOWEL-HARMONY
	for _, c := range need {
		vowels = vowels && p.allVowels([]cand{{c: c}})
	}
	fs := make([]string, n)
	cs := make([]cand, n)
	for i := range n {
		set(i)
		fs[i] = strings.ToLower(restored("", pr.w, pr.repl))
		cs[i] = cand{forms: p.formsOf(fs[i]), score: p.letterScore(fs[i])}
		for _, o := range opens {
			cs[i].score += p.companyScore(fs[i], unicode.ToLower(pr.repl.s[o.j].r)) / 2
		}
		if vowels {
			cs[i].score += p.vowelScore(fs[i])
		}
	}
	for i, s := range outsideFormScores(fs, need, pr.target, p) {
		cs[i].score += s
	}
	best := 0
	for i, x := range cs {
		if x.forms > cs[best].forms || x.forms == cs[best].forms && x.score > cs[best].score {
			best = i
		}
	}
	set(best)
}

// englishStrokeWord is rule STROKE-IN-ENGLISH-WORD: a stroke between two
// small letters, or last after two (generaℑ), that, read as l, makes a
// word English writes (unpopuℑar),
// and read as I none, is l in any Latin text, not only one judged English
// as a whole: an e-mail of config lines and addresses around its prose
// has too few dictionary words for that, yet a capital I inside small
// letters spells no English word (a camelCase name, getℑnfo, reads as
// neither and stays open).
func englishStrokeWord(pr proposal, k int, form func(rune) string) bool {
	if !smallBeside(pr, k) && !smallBeforeLast(pr, k) {
		return false
	}
	return englishWord(strings.ToLower(form('l'))) && !englishWord(strings.ToLower(form('I')))
}

// smallBeforeLast reports letter k last in the proposal's word, after two
// small letters or more (generaℑ): the end of a word of small letters.
func smallBeforeLast(pr proposal, k int) bool {
	ls := pr.w.letters()
	if k < 2 || k+1 != len(ls) {
		return false
	}
	return isLower(restoredAt(pr, k-1)) && isLower(restoredAt(pr, k-2))
}

// englishWord reports a lower-cased word English writes: three times in
// Brown, or once in SUBTLEX's million (a key's act⍳on, today's laptop).
func englishWord(lower string) bool { return lexicon.Count(lower) >= 3 || lexicon.Modern(lower) >= 1 }

// numeralAfterName is rule NUMERAL-AFTER-NAME: a word of two or three
// strokes alone after a capitalised word (Joseph S. Barrera ＩＩＩ, Pope
// Julius ＩＩ) is the name's numeral, III or II, not Ill: a spoofer puts one
// glyph for a letter, so strokes alike spell I three times or l three
// times, and after a name only the numeral is either. Two strokes are Il,
// an article of Italian and French, where the document writes il.
func numeralAfterName(text string, pr proposal, p *profile) bool {
	ls := pr.w.letters()
	if len(ls) < 2 || len(ls) > 3 {
		return false
	}
	alike, decomposeI := true, true
	for j := range ls {
		if x, ok := pr.repl.get(j); !ok || x != 'I' && x != 'l' {
			return false
		}
		alike = alike && ls[j].r == ls[0].r
		decomposeI = decomposeI && compatLetter(ls[j].r) == 'I'
	}
	// Three strokes unlike but each a form of I by decomposition (Ｉ Ｉ Ⅰ:
	// a spoofer's table may give a letter several glyphs) are the numeral
	// too, unless they are drawn as I and then l twice (Ｉ Ⅰ Ⅰ: Ill).
	if !alike && !(decomposeI && len(ls) == 3 && (ls[1].r != ls[2].r || ls[0].r == ls[1].r)) {
		return false
	}
	if len(ls) == 2 && p.formsOf("il") > 0 {
		return false
	}
	// (previousWord: spaces only between, on one line; a capital spoofed
	// too is the capital it is drawn like: 𐌁aᴦᴦera ＩＩＩ.)
	name := previousWord(text, pr.w.start)
	return len([]rune(name)) >= 2 && prevCapitalised(text, pr.w.start)
}

// pronounBeforeWord is rule PRONOUN-BEFORE-WORD: outside English, a capital
// I and a stroke opening a sentence before a word of small letters (I𐌉
// peut, I𐌉 gioco) is Il, the pronoun or article of French and Italian, not
// the numeral II, which heads a line or follows a name.
func pronounBeforeWord(text string, pr proposal, k int, p *profile) bool {
	ls := pr.w.letters()
	if k != 1 || len(ls) != 2 || p.isEnglish() || !sentenceStart(text, pr.w.start) {
		return false
	}
	if first, ok := pr.repl.get(0); ls[0].r != 'I' && (!ok || first != 'I') {
		return false
	}
	if pr.w.end >= len(text) || text[pr.w.end] != ' ' {
		return false
	}
	next, _ := utf8.DecodeRuneInString(nextToken(text, pr.w.end))
	return unicode.IsLower(next)
}

// smallAfterStop reports a small letter right after the full stop at i: a
// name and its extension (b.gif) or a host's labels, no initial's.
func smallAfterStop(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i+1:])
	return unicode.IsLower(r)
}

// inAddress reports offset i inside a URL: after :// with no space, quote
// or angle bracket between.
func inAddress(text string, i int) bool {
	j := i
	for j > 0 && !addressEnd(text[j-1]) {
		j--
	}
	k := strings.Index(text[j:i], "://")
	return k > 0 && j+k+3 <= i
}

// smallAddress reports that the URL around offset i writes no capital
// ASCII letter, or, for i in its host, that the host writes none: a host
// is written small whatever its path holds (www.wiℑdpalm.co.uk/Doom.html).
// Its delimiters are inAddress's.
func smallAddress(text string, i int) bool {
	start, end := i, i
	for start > 0 && !addressEnd(text[start-1]) {
		start--
	}
	for end < len(text) && !addressEnd(text[end]) {
		end++
	}
	url := text[start:end]
	host := strings.Index(url, "://") + 3
	if host < 3 {
		return false
	}
	hostEnd := host + strings.IndexAny(url[host:], "/?#")
	if hostEnd < host {
		hostEnd = len(url)
	}
	if i-start >= host && i-start < hostEnd {
		url = url[host:hostEnd]
	}
	for j := 0; j < len(url); j++ {
		if 'A' <= url[j] && url[j] <= 'Z' {
			return false
		}
	}
	return true
}

// addressEnd reports a byte that ends a URL in running text.
func addressEnd(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '"' || b == '<' || b == '>' || b == '\''
}

// writtenCapital is rule WRITTEN-CAMEL: the word with the capital at k,
// begun with a capital, is one the document writes, more often than with
// the small letter (Py𝟎bject, Py०bject beside PyObject written eleven
// times): its own spelling, whichever case TR39 gives the digit.
func writtenCapital(text string, pr proposal, k int, upper rune, p *profile) bool {
	if len(pr.w.letters()) > maxCamelLetters {
		return false // (as camelCapital: no form built for each spoof of a long word)
	}
	// (Asked of a word that begins with a capital: most words are asked
	// no further, and the table of forms as written, which writtenAs
	// builds only for a form the document writes, is not built for them.
	// A camel word begun small, indexOf, is left to the letters beside
	// it.)
	up := pr.formWith(k, upper)
	if first, _ := utf8.DecodeRuneInString(up); !unicode.IsUpper(first) {
		return false
	}
	return p.writtenAs(text, up) > p.writtenAs(text, pr.formWith(k, otherCase(upper)))
}

// camelCapital is rule CAMEL-PIECE-CASE: a digit drawn like a letter
// between small letters (DIGIT-CASE) is TR39's capital where it
// begins a piece of a camel-case word (SmartObject, OpenOffice,
// onMouseOver): the piece it begins and the one before it (of three
// letters or more) are words present-day English knows, the two read as
// one small word are none (crossover is, so Cross𝟎ver stays small), and
// the word is camel-cased elsewhere (another capital after a small
// letter) or begins with a capital where no sentence begins. The pieces
// are judged by present-day English whatever the text around them: a
// mail of markup is not judged English, and its names are camel case as
// often (CNET Channel𝟢nline). upper is the capital at k.
func camelCapital(text string, pr proposal, k int, upper rune, p *profile) bool {
	// (A word of more letters than maxCamelLetters is no such word: its
	// form is not built for each of its spoofs.)
	if len(pr.w.letters()) > maxCamelLetters {
		return false
	}
	rs := []rune(pr.formWith(k, upper))
	if k == 0 || k+1 >= len(rs) || !unicode.IsLower(rs[k-1]) || !unicode.IsLower(rs[k+1]) {
		return false
	}
	start := k - 1
	for start > 0 && unicode.IsLower(rs[start-1]) {
		start--
	}
	if start > 0 && unicode.IsUpper(rs[start-1]) {
		start--
	}
	end := k + 1
	for end < len(rs) && unicode.IsLower(rs[end]) {
		end++
	}
	lower := func(piece []rune) string { return strings.ToLower(string(piece)) }
	hump := false // another capital after a small letter: the word is camel case already
	for j := 1; j < len(rs); j++ {
		hump = hump || j != k && unicode.IsUpper(rs[j]) && unicode.IsLower(rs[j-1])
	}
	if !knownToday(lower(rs[k:end])) {
		return false
	}
	if k-start < 3 || !knownToday(lower(rs[start:k])) {
		// The piece before may be a name (MonaLisa𝟢verdrive) where the
		// word is camel case elsewhere and the piece begun is a word of
		// three letters or more.
		if !hump || end-k < 3 {
			return false
		}
	}
	if joined := lower(rs[start:end]); knownToday(joined) || lexicon.Count(joined) >= 3 {
		return false
	}
	if hump {
		return true
	}
	return unicode.IsUpper(rs[0]) && !sentenceStart(text, pr.w.start) && !lineStart(text, pr.w.start)
}

// knownPiece reports a piece of a camel-case word, two letters or more,
// that present-day English knows or Brown writes three times.
func knownPiece(piece []rune) bool {
	w := strings.ToLower(string(piece))
	return len(piece) >= 2 && (knownToday(w) || lexicon.Count(w) >= 3)
}

// maxCamelLetters is the longest word camelCapital reads.
const maxCamelLetters = 64

// camelReading is rule CAMEL-PIECE-KNOWN: a capital I after a small
// letter of its word is camel case, which begins a piece with it (getId,
// myIndex, hasItems). A piece no one knows read so (Skoinik's "inik",
// webIog's "iog") shows the stroke is the l its confusable
// class also says (-1); pieces of three letters or more that present-day
// English knows on both sides of it, where the word read with l is none
// (hasltems), show the capital (+1). Otherwise, and where
// the letter before the stroke, the k-th letter of form, is no small
// letter, 0: the context decides.
func camelReading(form string, k int) int {
	rs := []rune(form)
	if k == 0 || k+1 >= len(rs) || !unicode.IsLower(rs[k-1]) || !unicode.IsLower(rs[k+1]) {
		return 0
	}
	// Only a word of letters with no other capital than its first: the
	// random strings of ids and encodings (IiIiAiICI, MVfIAA) have camel
	// pieces no one knows anywhere, and their strokes follow the
	// glyph's other uses.
	for j, r := range rs {
		if !unicode.IsLetter(r) || j > 0 && j != k && !unicode.IsLower(r) {
			return 0
		}
	}
	end := k + 1
	for end < len(rs) && unicode.IsLower(rs[end]) {
		end++
	}
	if !knownPiece(rs[k:end]) {
		return -1
	}
	start := k - 1
	for start > 0 && unicode.IsLower(rs[start-1]) {
		start--
	}
	asL := slices.Clone(rs[start:end])
	asL[k-start] = 'l'
	// (Words of three letters or more known today on both sides: a
	// piece of two may be any fragment, "il" or "fo", that 1961 wrote.)
	today := func(piece []rune) bool { return len(piece) >= 3 && knownToday(strings.ToLower(string(piece))) }
	if today(rs[start:k]) && today(rs[k:end]) && !knownPiece(asL) {
		return 1
	}
	return 0
}

// strokeJoinedCase is rule STROKE-JOINED-CASE: a stroke alone that full
// stops or underscores join to letters with no space (c.𐌉.py, 𐌉.m.
// orchard, _𐌉_o_o_s_e_) or that stands in a word spelt out a letter at a
// time (F 𐌉 i p i t o r) is no pronoun I, which stands apart: it takes the
// case of the letters so joined, small beside a small one, else capital
// (I.B.M.). A full stop only before it is a sentence's end written without
// its space (it.I used); not at a sentence's start (I.e.); not joined by a
// hyphen, a slash, an equals or a plus sign, which join words, keys and
// values, keys pressed together (I-beam, I/we, I=zainstalowany, Ctrl+I).
func strokeJoinedCase(text string, pr proposal) (rune, bool) {
	if len(pr.w.letters()) != 1 || sentenceStart(text, pr.w.start) {
		return 0, false
	}
	start, end := pr.w.start, pr.w.end
	joiner := func(b byte) bool { return b == '.' || b == '_' }
	var a, b rune // the letters joined before and after, 0 for none
	if start >= 2 && joiner(text[start-1]) {
		if r, _ := utf8.DecodeLastRuneInString(text[:start-1]); unicode.IsLetter(r) && (text[start-1] == '_' || end < len(text) && text[end] == '.') {
			a = r
		}
	}
	if end+1 < len(text) && joiner(text[end]) {
		if r, _ := utf8.DecodeRuneInString(text[end+1:]); unicode.IsLetter(r) {
			b = r
		}
	}
	if a == 0 && b == 0 {
		// Spelt out: a letter alone one space away on each side.
		alone := func(i int) bool { return i < 0 || i >= len(text) || strings.IndexByte(" \t\n\r", text[i]) >= 0 }
		if start >= 2 && end+1 < len(text) && text[start-1] == ' ' && text[end] == ' ' {
			r1, n1 := utf8.DecodeLastRuneInString(text[:start-1])
			r2, n2 := utf8.DecodeRuneInString(text[end+1:])
			if unicode.IsLetter(r1) && unicode.IsLetter(r2) && alone(start-1-n1-1) && alone(end+1+n2) {
				a, b = r1, r2
			}
		}
	}
	switch {
	case a == 0 && b == 0:
		return 0, false
	case unicode.IsLower(a) || unicode.IsLower(b):
		return 'l', true
	}
	return 'I', true
}

// enumeratorCase is rule ENUMERATOR-CASE: a letter alone that numbers an
// item, in parentheses or before a closing one ((Ƅ) they have to, Ƅ) bill
// enough), is written in the case of the text's other item letters, as
// the author wrote them plainly ((a) they're out): a list counts in one
// case. ok is false where the text writes none, or both cases.
func enumeratorCase(text string, pr proposal, p *profile) (small, ok bool) {
	start, end := pr.w.start, pr.w.end
	if len(pr.w.letters()) != 1 || end >= len(text) || text[end] != ')' {
		return false, false
	}
	if start > 0 && text[start-1] != '(' && text[start-1] != ' ' && text[start-1] != '\n' {
		return false, false
	}
	if p.itemCase == 0 {
		// The text's item letters, read once: a plain ASCII letter alone
		// before ')', after '(', a space or a line's start. (A spoofed
		// item's letter is no ASCII one, so none of them counts itself.)
		lowers, uppers := 0, 0
		for i := 0; i+2 < len(text); i++ {
			if text[i+1] != ')' || !isASCIILetter(text[i]) || i > 0 && text[i-1] != '(' && text[i-1] != ' ' && text[i-1] != '\n' {
				continue
			}
			if text[i] >= 'a' {
				lowers++
			} else {
				uppers++
			}
		}
		switch p.itemCase = 1; {
		case lowers > 0 && uppers == 0:
			p.itemCase = 2
		case uppers > 0 && lowers == 0:
			p.itemCase = 3
		}
	}
	return p.itemCase == 2, p.itemCase > 1
}
