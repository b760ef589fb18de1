package doc

import "github.com/unspin/unspin/internal/lexicon"

// Span is a run of tokens [From, To).
type Span struct{ From, To int }

// Sentences returns the document's sentences in order. A sentence ends at
// end punctuation (with the closing quotes and brackets glued to it), unless
// the full stop is an abbreviation's and no blank line follows ("Mr.
// Smith", "the U.S. embassy"), and at a blank line. Every token is in one sentence.
func (d *Doc) Sentences() []Span {
	toks := d.Tokens()
	if d.sentences != nil || len(toks) == 0 {
		return d.sentences
	}
	from := 0
	for i := 0; i < len(toks); i++ {
		if i > from && toks[i].Has(ParagraphBefore) {
			d.sentences = append(d.sentences, Span{from, i})
			from = i
		}
		if !d.endMark(i) {
			continue
		}
		j := i + 1
		for j < len(toks) && toks[j].Flags&(SpaceBefore|LineBefore) == 0 && (d.endMark(j) || d.closer(j)) {
			j++
		}
		if d.TextOf(i) == "." && d.Abbreviation(i-1) && j < len(toks) && !toks[j].Has(ParagraphBefore) {
			// "Mr. Smith", "the U.S. embassy". A sentence may still end
			// there ("in the U.S. The"): passes that care look for
			// capitals after abbreviations themselves.
			continue
		}
		d.sentences = append(d.sentences, Span{from, j})
		from, i = j, j-1
	}
	if from < len(toks) {
		d.sentences = append(d.sentences, Span{from, len(toks)})
	}
	return d.sentences
}

func (d *Doc) endMark(i int) bool {
	if d.Tokens()[i].Kind != Punct {
		return false
	}
	switch d.TextOf(i) {
	case ".", "!", "?", "…":
		return true
	}
	return false
}

func (d *Doc) closer(i int) bool {
	if d.Tokens()[i].Kind != Punct {
		return false
	}
	switch d.TextOf(i) {
	case `"`, "'", "”", "’", ")", "]", "»":
		return true
	}
	return false
}

// Abbreviation reports whether word i, with the full stop glued after it,
// is an abbreviation: it has inner full stops ("U.S."), or the corpus knows
// the form with its stop, seldom saw it end a sentence, and saw it often
// beside the bare word ("Nov.", "Mr.", not "no.").
func (d *Doc) Abbreviation(i int) bool {
	toks := d.Tokens()
	if i < 0 || i+1 >= len(toks) || toks[i].Kind != Word || toks[i+1].Start != toks[i].End || d.TextOf(i+1) != "." {
		return false
	}
	w := d.TextOf(i)
	for k := 0; k < len(w); k++ {
		if w[k] == '.' {
			return true
		}
	}
	var buf [64]byte
	if len(w) >= len(buf) {
		return false
	}
	form := append(AppendLower(buf[:0], w), '.')
	s := lexicon.LookupLower(form).Stats()
	if s == nil || s.Count < 3 || s.EndRatio() >= 0.5 {
		return false
	}
	// "in." (inches) and "no." (number) are rare beside "in" and "no"
	// ending sentences, which the corpus counts under the bare word: such
	// a form is mostly a word and a full stop.
	bare := lexicon.LookupLower(form[:len(form)-1]).Stats()
	return bare == nil || float64(s.Count) >= 0.2*float64(bare.Count)
}
