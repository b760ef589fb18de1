// Package layout repairs line and paragraph breaks that a naive sentence
// splitter put after abbreviations ("the U.S.\n\nEmbassy").
//
// A break after a token ending in '.' is either the author's paragraph end,
// which needs a sentence to end there and the author to start a paragraph,
// or the splitter's, which needs the token to look like an abbreviation to
// it. The odds between the two come from language statistics (package
// lexicon), not from word lists:
//
//   - the token: how often the corpus saw it end a sentence ("Mr." never,
//     "U.S." one time in eighteen, "Calif." one in four); a word with a period
//     ("in.", "No.") that is mostly the word itself ending a sentence is
//     taken to end one;
//   - the next word: lower case or a number continues a sentence; a
//     capitalised word is weighed by how often the corpus capitalised it
//     inside sentences against how often it started them ("Embassy" and
//     names against "The" and "Congratulations");
//   - the document: how many of its sentences end a paragraph;
//   - the break: a lone newline in a document whose paragraphs are separated
//     by blank lines is itself the splitter's mark;
//   - quotation marks: a paragraph that leaves a quotation open, followed by
//     one that closes it, is one paragraph cut in two.
//
// A sentence end after an abbreviation followed by a blank line ("the
// U.S.\n\nThe ...") stays a paragraph end: the splitter may have made it,
// but the author may as well, and keeping text as written is the safe side.
package layout

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/unspin/unspin/internal/doc"
	"github.com/unspin/unspin/internal/edit"
	"github.com/unspin/unspin/internal/lexicon"
)

// Propose returns layout edits for text.
func Propose(text string) []edit.Edit {
	return ProposeJudged(text, func() doc.Language { return doc.Judge(text) })
}

// ProposeJudged is Propose with the document's language judgement, asked
// for only where a break could be joined: the pipeline shares one
// judgement among its passes.
func ProposeJudged(text string, language func() doc.Language) []edit.Edit {
	if strings.IndexByte(text, '\r') >= 0 {
		// CRLF and CR line ends are judged as LF ones. The view keeps every
		// offset (\r\n reads as " \n", a lone \r as "\n"), so the edits,
		// which replace whole separators, apply to the text as it is.
		view := []byte(text)
		for i, c := range view {
			if c == '\r' {
				if i+1 < len(view) && view[i+1] == '\n' {
					view[i] = ' '
				} else {
					view[i] = '\n'
				}
			}
		}
		text = string(view)
	}
	if !strings.Contains(text, ".\n") && !strings.Contains(text, ". \n") {
		return nil
	}
	// The statistics are English ones: "e." in Fon or "sen." in Tamazight
	// is no abbreviation.
	if !language().IsEnglish() {
		return nil
	}
	// A join changes what the document's statistics count (its blank
	// lines, its lone newlines, its paragraphs): the joined text is judged
	// again until it yields no join, so that cleaning the output changes
	// nothing more ("B.\nB.\n\nAA").
	out := joins(text)
	cur := text
	for round := 1; round < maxRounds && len(out) > 0; round++ {
		cur = edit.Apply(text, out)
		more := joins(cur)
		if len(more) == 0 {
			break
		}
		out = mergeJoins(out, more)
	}
	return out
}

// maxRounds bounds the judgements of a text and its joins (two suffice on
// every corpus; each round joins more).
const maxRounds = 4

// joins returns the joins one judgement of text makes.
func joins(text string) []edit.Edit {
	doc := newDocument(text)
	var out []edit.Edit
	for _, b := range doc.breaks {
		if doc.decide(b.odds) {
			out = append(out, edit.Edit{
				Start:  b.sepStart,
				End:    b.sepEnd,
				Kind:   edit.Layout,
				After:  " ",
				Reason: "break after abbreviation " + strings.TrimSpace(text[b.tokStart:b.sepStart]) + " inside a sentence",
			})
		}
	}
	return out
}

// mergeJoins adds joins made on the text with done applied (each of done
// a separator made one space) to done, in the text's offsets, sorted.
func mergeJoins(done, more []edit.Edit) []edit.Edit {
	out := make([]edit.Edit, 0, len(done)+len(more))
	i, shift := 0, 0 // done[:i] lie before; shift is what they took out
	for _, e := range more {
		for i < len(done) && done[i].Start-shift < e.Start {
			out = append(out, done[i])
			shift += done[i].End - done[i].Start - 1
			i++
		}
		e.Start += shift
		e.End += shift
		out = append(out, e)
	}
	return append(out, done[i:]...)
}

// brk is a break after a token ending in '.', with the odds that a
// splitter made it.
type brk struct {
	tokStart, sepStart, sepEnd int
	lone                       bool // the break is a single newline
	odds                       float64
}

// document holds what the join decision needs to know about the whole text.
type document struct {
	text   string
	breaks []brk
	// blankLines: paragraphs are separated by blank lines and every lone
	// newline follows a token ending in '.', so lone newlines are suspect.
	blankLines bool
	// ownLoneLines: a lone newline follows a sentence's end that is no
	// abbreviation's ("… Schuster, 1996.\nRonda, James P. …"), where a
	// splitter breaks only where it mistakes an abbreviation for an end:
	// the author sets lines apart with lone newlines, and one among
	// blank lines is no sign of a splitter.
	ownLoneLines bool
	// paraEnd: the share of the document's sentences that end a paragraph.
	paraEnd float64
	// split: some break is the splitter's beyond doubt, so the doubtful
	// ones are judged at the splitter's rate, not at a clean text's.
	split bool
	// hardWrapped: lines end inside sentences or none is longer than a
	// terminal's, so lone newlines are wraps; wrapped: lines end inside
	// sentences, so blank lines are the author's too.
	hardWrapped, wrapped bool
	// ownLines: a lone newline follows a line that introduces what comes
	// next ("Please note:"), where neither a sentence splitter nor the
	// wrap of a long line breaks: the author lays lines out with lone
	// newlines, and one after an abbreviation is the author's too. (A
	// single wrap is no such sign: a stray break can make one; nor is a
	// lone newline after a sentence, which separates paragraphs in much
	// of the web's text.)
	ownLines bool
}

// newDocument scans text for breaks after tokens ending in '.'.
func newDocument(text string) *document {
	d := &document{text: text}
	blank, lone, loneAfterDot, wraps := 0, 0, 0, 0
	for i := 0; i < len(text); {
		j := strings.IndexByte(text[i:], '\n')
		if j < 0 {
			break
		}
		j += i
		// The whitespace run around this newline.
		s := j
		for s > 0 && isSpace(text[s-1]) {
			s--
		}
		e := j
		for e < len(text) && isSpace(text[e]) {
			e++
		}
		nl := strings.Count(text[s:e], "\n")
		if nl >= 2 {
			blank++
		} else {
			lone++
		}
		if last, _ := utf8.DecodeLastRuneInString(text[:s]); nl == 1 && s > 0 && !strings.ContainsRune(sentenceEnds, last) {
			wraps++ // a line that ends inside a sentence: the text is hard-wrapped
		}
		if nl == 1 && s > 0 && introducesLine(text[:s]) {
			d.ownLines = true
		}
		// The next line indented (a tab, or two spaces or more) is the
		// author's layout: attributions, verse, ASCII art, code.
		indented := strings.ContainsAny(text[j+1:e], "\t") || strings.Contains(text[j+1:e], "  ")
		if s > 0 && text[s-1] == '.' && e < len(text) && !indented {
			ts := s
			for ts > 0 && !isSpace(text[ts-1]) {
				ts--
			}
			d.breaks = append(d.breaks, brk{tokStart: ts, sepStart: s, sepEnd: e, lone: nl == 1})
			if nl == 1 {
				loneAfterDot++
				if !d.ownLoneLines && priorOdds(text[ts:s]) == 0 {
					d.ownLoneLines = true
				}
			}
		}
		i = e
		if i <= j {
			i = j + 1
		}
	}
	d.blankLines = blank > 0 && lone == loneAfterDot
	// In hard-wrapped text (e-mail, man pages) a lone newline is a wrap
	// the author's software made, wherever it falls, and a blank line the
	// author's paragraph: a sentence splitter works on unwrapped text.
	d.wrapped = wraps >= 2
	d.hardWrapped = d.wrapped || hardWrappedWidth(text)
	paras := blank + 1
	if !d.blankLines {
		paras += lone
	}
	for k := range d.breaks {
		b := &d.breaks[k]
		if b.lone && (d.hardWrapped || d.ownLines) || d.wrapped {
			// odds 0: a lone newline is a wrap; a blank line in text whose
			// author's software wraps it (e-mail: "e.g.\n\n" before a
			// command, a quoted "Mrs.\n\n") is the author's paragraph.
			continue
		}
		if priorOdds(text[b.tokStart:b.sepStart]) == 0 {
			// Not after an abbreviation: odds 0 (oddsOf), without the
			// tests of the lines around it or the count of the text's
			// sentences, which most texts then never need.
			continue
		}
		if d.paraEnd == 0 {
			// Counted once, for the first break that is weighed: most
			// breaks of wrapped text never are.
			d.paraEnd = min(0.8, max(0.1, float64(paras)/float64(paras+sentenceBreaks(text))))
		}
		b.odds = d.odds(b.tokStart, b.sepStart, b.sepEnd)
		d.split = d.split || b.odds >= sure
	}
	return d
}

// sentenceEnds are the characters a line ending with a sentence (or a
// clause before a list) ends with.
const sentenceEnds = ".!?:;\"'”’)…"

// introducesLine reports whether the text before a line break ends with a
// colon or a semicolon: what follows is set out on its own lines.
func introducesLine(before string) bool {
	last, _ := utf8.DecodeLastRuneInString(before)
	return last == ':' || last == ';'
}

// hardWrappedWidth reports text of three lines or more none of which is
// longer than a terminal's 80 columns: mail, fortunes and man pages wrap
// there, while a text that keeps a paragraph on one line has longer ones.
func hardWrappedWidth(text string) bool {
	lines := 0
	for line := range strings.Lines(text) {
		lines++
		// A line of 80 bytes or fewer has 80 characters or fewer: only a
		// longer one is counted, and the first too long answers.
		if len(line) > 80 && utf8.RuneCountInString(strings.TrimRight(line, "\r\n")) > 80 {
			return false
		}
	}
	return lines >= 3
}

// sure is the odds at which a break is the splitter's beyond doubt.
const sure = 20

// sentenceBreaks counts places inside paragraphs where one sentence ends and
// another starts: end punctuation, closing quotes, spaces, a capital.
func sentenceBreaks(text string) int {
	n := 0
	// Each end mark is sought on its own (IndexByte reads many bytes at a
	// time): the places are counted, not ordered.
	for _, c := range [...]byte{'.', '!', '?'} {
		for i := 0; ; i++ {
			k := strings.IndexByte(text[i:], c)
			if k < 0 {
				break
			}
			if i += k; i+2 >= len(text) {
				break
			}
			if breaksAt(text, i) {
				n++
			}
		}
	}
	return n
}

// breaksAt reports whether the end mark at text[i] ends a sentence that
// another follows in the same paragraph: closing quotes or brackets, spaces,
// then a capital or an opening quote.
func breaksAt(text string, i int) bool {
	j := i + 1
	for j < len(text) && (text[j] == '"' || text[j] == ')' || text[j] == '\'') {
		j++
	}
	if j >= len(text) || text[j] != ' ' {
		return false
	}
	for j < len(text) && text[j] == ' ' {
		j++
	}
	r, _ := utf8.DecodeRuneInString(text[j:])
	return unicode.IsUpper(r) || r == '"' || r == '“'
}

// odds is oddsOf for the break whitespace text[sepStart:sepEnd], which
// holds a newline, after the token starting at tokStart.
func (d *document) odds(tokStart, sepStart, sepEnd int) float64 {
	if authorsLine(d.text, sepEnd) || listItem(d.text[sepEnd:]) || dateline(d.text[sepEnd:]) || shortLineBlock(d.text, tokStart, sepStart, sepEnd) ||
		recordLines(d.text, tokStart, sepStart, sepEnd) {
		return 0
	}
	return d.oddsOf(d.text[tokStart:sepStart], d.text[sepStart:sepEnd], d.text[lineStart(d.text, tokStart):sepStart], d.text[sepEnd:lineEnd(d.text, sepEnd)])
}

// authorsLine reports a line starting at i that ends inside a sentence at
// a newline or at the end of the text ("Acme Software Inc.\n1400 Pine
// Street, Seattle\nYou're ...", "Lakeside Real Estate Co.\n(207)
// 555-0153 · bill@…"):
// a splitter breaks lines only where it takes a sentence to end, so the
// lines around this one are the author's layout (an address, a signature),
// and so is the break before it.
func authorsLine(text string, i int) bool {
	e := lineEnd(text, i)
	last := lastOfLine(text[i:e])
	return last != utf8.RuneError && !strings.ContainsRune(sentenceEnds, last)
}

// lastOfLine is the last character of a line, past trailing blanks.
func lastOfLine(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s, " \t"))
	return r
}

// shortLine is the most a line of an address, a signature or a list holds,
// in characters; a splitter's line is a sentence or a paragraph.
const shortLine = 40

// shortLineBlock reports a lone newline between two short lines in a block
// of three short lines or more, one of them ending inside a sentence
// ("Pastor, Grace Community Ch.\n210 Elm Ave.\nDayton, OH"): an address,
// a signature, a list, set out by its author line by line.
func shortLineBlock(text string, tokStart, sepStart, sepEnd int) bool {
	if strings.Count(text[sepStart:sepEnd], "\n") != 1 {
		return false
	}
	short := func(s string) bool {
		s = strings.TrimSpace(s)
		return s != "" && utf8.RuneCountInString(s) <= shortLine
	}
	ls := lineStart(text, tokStart)
	le := lineEnd(text, sepEnd)
	if !short(text[ls:sepStart]) || !short(text[sepEnd:le]) {
		return false
	}
	// The block: the short lines on each side, each across a lone
	// newline (three at most each way). One of them, the next line
	// included, ends inside a sentence ("Director of Operations",
	// "Springfield, MA 01103", "Tel. 518-555-0133"), as an address's or a
	// signature's lines do and a splitter's sentences ("I met Mr.\nSmith
	// at the bank.\nHe was late.") do not.
	unended := func(s string) bool { return !strings.ContainsRune(sentenceEnds, lastOfLine(s)) }
	lines, open := 2, unended(text[sepEnd:le])
	for n, at := 0, ls; n < 3 && at > 1 && text[at-2] != '\n'; n++ {
		p := lineStart(text, at-1)
		if !short(text[p : at-1]) {
			break
		}
		lines, open, at = lines+1, open || unended(text[p:at-1]), p
	}
	for n, at := 0, le; n < 3 && at+1 < len(text) && text[at+1] != '\n'; n++ {
		e := lineEnd(text, at+1)
		if !short(text[at+1 : e]) {
			break
		}
		lines, open, at = lines+1, open || unended(text[at+1:e]), e
	}
	return lines >= 3 && open
}

// recordLines reports a lone newline between two lines that each open
// with a name set surname first ("Carter, J. (2011). … 2nd ed.\nDelgado,
// M. (Ed.)", "… Rev. ed.\nEstrada, Luis."): a bibliography's or a
// register's entries, one a line, whatever abbreviation ends the first.
// A splitter's break falls inside a sentence, whose next line does not
// open as the line before it did.
func recordLines(text string, tokStart, sepStart, sepEnd int) bool {
	if strings.Count(text[sepStart:sepEnd], "\n") != 1 {
		return false
	}
	return surnameFirst(text[lineStart(text, tokStart):sepStart]) && surnameFirst(text[sepEnd:lineEnd(text, sepEnd)])
}

// surnameFirst reports a line that opens with a capitalised word, a comma
// and a capitalised word or initial ("Delgado, M.", "Estrada, Luis").
func surnameFirst(line string) bool {
	line = strings.TrimLeft(line, " \t")
	name, rest, ok := strings.Cut(line, ", ")
	if !ok || name == "" || strings.ContainsAny(name, " \t") {
		return false
	}
	first, _ := utf8.DecodeRuneInString(name)
	next, _ := utf8.DecodeRuneInString(rest)
	if !unicode.IsUpper(first) || !unicode.IsUpper(next) {
		return false
	}
	for _, r := range name {
		if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' {
			return false
		}
	}
	return true
}

// dateline reports text that starts with a news story's dateline: a
// place in capitals, then a dash or an agency in brackets ("PARIS —",
// "ST. LOUIS (AP) —", "WASHINGTON, D.C. –"). A story starts there, and
// no sentence runs into it.
func dateline(text string) bool {
	letters, i := 0, 0
	for i < len(text) && i < 40 {
		c := text[i]
		switch {
		case 'A' <= c && c <= 'Z':
			letters++
		case c == ' ' || c == '.' || c == ',' || c == '\'':
		case c >= utf8.RuneSelf:
			r, n := utf8.DecodeRuneInString(text[i:])
			if !unicode.IsUpper(r) {
				return letters >= 3 && (strings.HasPrefix(text[i:], "—") || strings.HasPrefix(text[i:], "–")) && text[i-1] == ' '
			}
			letters++
			i += n
			continue
		case c == '(':
			return letters >= 3 && text[i-1] == ' ' && agency(text[i:])
		default:
			return false
		}
		i++
	}
	return false
}

// agency reports text that starts with a news agency's name in brackets:
// a capitalised word of up to a dozen letters ("(AP)", "(Reuters)").
func agency(text string) bool {
	k := strings.IndexByte(text, ')')
	if k < 3 || k > 13 || text[1] < 'A' || text[1] > 'Z' {
		return false
	}
	for _, c := range []byte(text[2:k]) {
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
			return false
		}
	}
	return true
}

// listItem reports text that starts with a list item's number, digits
// closed by '.' or ')' or a single small letter closed by ')', then a
// space ("1. a feeling ...", "b) ..."): the author set it on a line of its
// own, as a dictionary's senses or a list's items are.
func listItem(text string) bool {
	i := 0
	for i < len(text) && i < 3 && '0' <= text[i] && text[i] <= '9' {
		i++
	}
	if i == 0 && len(text) > 1 && ('a' <= text[0] && text[0] <= 'z') && text[1] == ')' {
		i = 1
	}
	return i > 0 && i+1 < len(text) && (text[i] == '.' || text[i] == ')') && text[i+1] == ' '
}

// decide whether a break with these odds is one the sentence runs through.
// Odds are computed at the splitter's rate; in a document with no
// sure sign of a splitter they must be three times better.
func (d *document) decide(odds float64) bool {
	if !d.split {
		odds /= 3
	}
	return odds > 1
}

// splitRate is how likely a splitter is taken to have broken the text after
// an abbreviation that does not end a sentence; a rate that cannot tell
// "St.\n\nThe" (kept) from "Mr.\n\nSmith" (joined) on its own.
const splitRate = 0.15

// oddsOf returns the odds that the break sep after tok (a token ending in '.')
// is a splitter's, not the author's, given the paragraph text before (ending
// with tok) and after (starting with the next word).
func (d *document) oddsOf(tok, sep, before, after string) float64 {
	cont := priorOdds(tok)
	if cont == 0 {
		return 0
	}
	cont *= nextWordRatio(after)
	// The author's break needs a sentence end (1-q against q) and a
	// paragraph end; the splitter's break needs no paragraph end.
	q := 1 / (1 + cont)
	author := q * d.paraEnd
	odds := (1 - author) * splitRate / author
	if strings.Count(sep, "\n") == 1 && d.blankLines && !d.ownLoneLines {
		// A lone newline where the author separates paragraphs by blank
		// lines.
		odds *= 50
	}
	if openQuote(before) && closesFirst(after) {
		// A quotation cut in two: a new paragraph of it would reopen it.
		odds *= 1000
	}
	return odds
}

// priorOdds: the odds, before looking at what follows, that a sentence goes
// on after tok (the text before the break back to white space, ending in
// '.'), which must be one word, as the document model reads words, and the
// full stop ("U.S" and ".", "Mr" and "."), after opening quotes or
// brackets: a form the corpus counts as a word of its own ("u.s.", "mr.").
// Anything else before the word makes it no abbreviation ("%d." in a
// message catalogue is no "d.").
func priorOdds(tok string) float64 {
	core := strings.TrimLeftFunc(tok, isOpenPunct)
	start, end, h := -1, -1, lexicon.HashStart
	for w := doc.Words(core); w.Next(); {
		start, end, h = w.Start, w.End, w.Hash
	}
	if start != 0 || end != len(core)-1 || core[end] != '.' {
		return 0 // not one word and its stop ("...", "%d.", "5).")
	}
	s := stats(h.Add('.'))
	if s == nil || s.Count < 3 {
		return 0
	}
	if strings.IndexByte(core[:end], '.') < 0 {
		// "in." (inches) is rare beside "in" ending sentences, which the
		// corpus counts under "in": such a form is mostly a word and a full
		// stop, and a sentence that ends in a short word is a sentence;
		// only strong signs after it (a quotation closed in the next
		// paragraph, a lone newline among blank lines) make the break a
		// splitter's.
		if w := count(h); float64(s.Count) < 0.2*float64(w) {
			return 0.02
		}
	}
	return (float64(s.Count-s.End) + 0.5) / (float64(s.End) + 0.5)
}

// stats returns the corpus' statistics of the lower-cased form whose hash
// (lexicon.Hash) is h, nil where it lacks the form.
func stats(h lexicon.Hash) *lexicon.Stats {
	id, _ := lexicon.Probe(h)
	return id.Stats()
}

// count is how often the corpus saw the form whose hash is h.
func count(h lexicon.Hash) int {
	if s := stats(h); s != nil {
		return int(s.Count)
	}
	return 0
}

// nextWordRatio is the likelihood ratio, sentence going on against new
// sentence, of the paragraph text after the break.
func nextWordRatio(after string) float64 {
	w := after
	quoted := false
	for w != "" {
		r, n := utf8.DecodeRuneInString(w)
		if !isOpenPunct(r) {
			break
		}
		quoted = quoted || r != '('
		w = w[n:]
	}
	r, _ := utf8.DecodeRuneInString(w)
	switch {
	case unicode.IsLower(r):
		return 200
	case unicode.IsDigit(r):
		if listMarker(w) {
			return 0.1
		}
		return 20
	case !unicode.IsUpper(r):
		return 0.01 // punctuation, a symbol: not a sentence's next word
	}
	// The word as the document model reads it: an upper-case letter starts
	// one, so the scan's first word starts here.
	end, h := 0, lexicon.HashStart
	if ws := doc.Words(w); ws.Next() && ws.Start == 0 {
		end, h = ws.End, ws.Hash
	}
	word := w[:end]
	if t, ok := strings.CutSuffix(word, "'s"); ok {
		word, h = t, doc.HashLower(t)
	}
	if t, ok := strings.CutSuffix(word, "’s"); ok {
		word, h = t, doc.HashLower(t)
	}
	if len(word) < len(w) && w[len(word)] == '.' && stats(h.Add('.')) != nil {
		word, h = w[:len(word)+1], h.Add('.') // "Mrs.", not "Mrs"
	}
	if i := strings.IndexByte(word, '-'); i > 0 && count(h) < 5 {
		word, h = word[:i], doc.HashLower(word[:i]) // a rare compound: its first part
	}
	ratio := 0.4 // a word the corpus lacks: most likely a name
	if s := stats(h); s != nil && s.Count > 0 {
		mid, initial := lexicon.Positions()
		pMid := (float64(s.Cap) + 0.1) / float64(mid)
		pInit := (float64(s.Count-s.Mid) + 0.1) / float64(initial)
		ratio = pMid / pInit
	}
	if quoted {
		// A quotation opening after the break starts something new.
		ratio *= 0.3
	}
	return ratio
}

// listMarker reports "2." or "3)" style numbering, which starts a paragraph.
func listMarker(w string) bool {
	i := 0
	for i < len(w) && w[i] >= '0' && w[i] <= '9' {
		i++
	}
	return i < len(w) && (w[i] == '.' || w[i] == ')') && (i+1 == len(w) || w[i+1] == ' ')
}

// openQuote reports a paragraph that leaves a curly or straight double
// quotation open.
func openQuote(p string) bool {
	o, c := strings.Count(p, "“"), strings.Count(p, "”")
	if o+c > 0 {
		return o > c
	}
	return strings.Count(p, `"`)%2 == 1
}

// closesFirst reports a paragraph that closes a quotation before opening one.
// A straight quotation mark opening the paragraph (or after a space or an
// opening bracket, before a word) opens a quotation: a quotation that runs
// over several paragraphs reopens at each ("…crushed in.\n\n"But,
// gentlemen…"), and the paragraph before it ends where it ends.
func closesFirst(p string) bool {
	c := strings.Index(p, "”")
	if c >= 0 {
		o := strings.Index(p, "“")
		return o < 0 || c < o
	}
	if strings.Contains(p, "“") {
		return false
	}
	if q := strings.IndexByte(p, '"'); q >= 0 && opens(p, q) {
		return false
	}
	return strings.Count(p, `"`)%2 == 1
}

// opens reports a straight quotation mark at p[q] that opens a quotation:
// nothing or a space or opening bracket before it, a letter, digit or
// punctuation that starts a sentence after it.
func opens(p string, q int) bool {
	b, _ := utf8.DecodeLastRuneInString(p[:q])
	a, _ := utf8.DecodeRuneInString(p[q+1:])
	before := q == 0 || unicode.IsSpace(b) || b == '(' || b == '[' || b == '—' || b == '-'
	return before && q+1 < len(p) && !unicode.IsSpace(a)
}

func isOpenPunct(r rune) bool {
	switch r {
	case '"', '“', '‘', '\'', '(', '[', '«':
		return true
	}
	return false
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

// lineStart is the start of the paragraph (or line) holding offset i.
func lineStart(s string, i int) int { return strings.LastIndexByte(s[:i], '\n') + 1 }

// lineEnd is the end of the line starting at i.
func lineEnd(s string, i int) int {
	if j := strings.IndexByte(s[i:], '\n'); j >= 0 {
		return i + j
	}
	return len(s)
}
