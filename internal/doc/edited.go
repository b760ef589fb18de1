package doc

import (
	"sort"

	"github.com/unspin/unspin/internal/edit"
	"github.com/unspin/unspin/internal/lexicon"
)

// Edited returns the model of text, d's text with edits applied (sorted and
// apart, offsets in d.Text, as edit.Normalize gives them). Where d is
// tokenized, only the tokens around the edits are read again; the others
// are d's, moved, with their lexicon entries where d has them: a round of
// character repairs costs what it changed, not a new tokenization. Where
// the edits do not make text of d's, it is a model made anew.
func (d *Doc) Edited(text string, edits []edit.Edit) *Doc {
	if !d.tokenized || len(edits) == 0 || !makes(d.Text, text, edits) {
		return &Doc{Text: text, lexWanted: d.lexWanted}
	}
	old, oldLex := d.tokens, d.lex
	withLex := oldLex != nil
	s := &resync{old: old, edits: edits, restart: make([]int, len(edits))}
	for e, ed := range edits {
		// A change can join the word before it to the next, or split
		// it: reading starts again at the last token before the change
		// that follows white space (which no word crosses).
		a := sort.Search(len(old), func(k int) bool { return int(old[k].Start) >= ed.Start }) - 1
		for a > 0 && !old[a].Has(SpaceBefore) {
			a--
		}
		s.restart[e] = a
	}
	// In pooled memory, as a model made anew takes it (tokenizeInto): a
	// spun document is edited by stage after stage, and each model's
	// tokens were allocated afresh, the most of all the repairs allocate.
	room := len(old) + len(old)/8 + 8
	var b *buffers
	var toks []Token
	var lex []lexicon.ID
	if len(text) <= maxPooledText {
		b = bufPool.Get().(*buffers)
		toks, lex = b.toks[:0], b.lex[:0]
	}
	if cap(toks) < room {
		toks = make([]Token, 0, room)
	}
	if !withLex {
		lex = nil
	} else if cap(lex) < room {
		lex = make([]lexicon.ID, 0, room)
	}
	moved := 0 // old tokens before it are in toks
	for s.e < len(edits) {
		a := s.restart[s.e]
		i, sep := 0, Flags(0)
		if a >= 0 {
			toks, lex = s.move(toks, lex, oldLex, moved, a)
			i, sep = int(old[a].Start)+s.delta, old[a].Flags&(SpaceBefore|LineBefore|ParagraphBefore)
		}
		s.k = max(a, 0)
		s.take()
		var j int
		toks, lex, j = tokenizeFrom(text, i, sep, toks, lex, withLex, s)
		if j < 0 {
			moved = len(old) // read to the end
			break
		}
		moved = j
	}
	toks, lex = s.move(toks, lex, oldLex, moved, len(old))
	if b != nil {
		// (Kept at their grown size for the next document.)
		b.toks = toks[:0]
		if lex != nil {
			b.lex = lex[:0]
		}
	}
	return &Doc{Text: text, tokens: toks, tokenized: true, lex: lex, lexWanted: d.lexWanted, bufs: b}
}

// makes reports whether edits, sorted and apart, turn old into text.
func makes(old, text string, edits []edit.Edit) bool {
	at, nat := 0, 0 // where the next unchanged stretch starts in old and text
	for _, e := range edits {
		if e.Start < at || e.End < e.Start || e.End > len(old) {
			return false
		}
		n := e.Start - at
		if nat+n+len(e.After) > len(text) || old[at:e.Start] != text[nat:nat+n] || text[nat+n:nat+n+len(e.After)] != e.After {
			return false
		}
		at, nat = e.End, nat+n+len(e.After)
	}
	return len(old)-at == len(text)-nat && old[at:] == text[nat:]
}

// resync is where Edited is: the old tokens and the edits, those before e
// taken in (delta: what they add to an offset after them; from: the end of
// the last in text), the old token k before which no token is sought.
type resync struct {
	old     []Token
	edits   []edit.Edit
	restart []int // per edit, the old token reading starts again at (-1: the text's start)
	e, k    int
	from    int
	delta   int
}

// take takes the next edit in.
func (s *resync) take() {
	ed := s.edits[s.e]
	s.from = ed.Start + s.delta + len(ed.After)
	s.delta += len(ed.After) - (ed.End - ed.Start)
	s.e++
}

// resync returns the index of the old token that t, read at or after the
// end of the edits taken in, is, -1 if none: from a token on, tokens
// depend only on the text after it and what separates it from the one
// before, which its flags hold.
func (s *resync) resync(t Token) int {
	for {
		at := int(t.Start) - s.delta
		for s.k < len(s.old) && int(s.old[s.k].Start) < at {
			s.k++
		}
		if s.e < len(s.edits) && s.restart[s.e] < s.k {
			// The next edit reaches back to this token, or t is past
			// it (then at, without its delta, is no old offset at
			// all): read on past it. (Asked only where at held an
			// old token, a token past an edit never found its own,
			// and reading went on, through every edit after, to the
			// text's end: on spun text, half the tokens were read
			// again.)
			s.take()
			if int(t.Start) < s.from {
				return -1
			}
			continue
		}
		if s.k == len(s.old) || int(s.old[s.k].Start) != at {
			return -1
		}
		o := s.old[s.k]
		if o.Kind != t.Kind || o.Flags != t.Flags || o.Script != t.Script || o.End-o.Start != t.End-t.Start {
			return -1
		}
		return s.k
	}
}

// move appends the old tokens [from, to), moved by delta, and their
// entries.
func (s *resync) move(toks []Token, lex, oldLex []lexicon.ID, from, to int) ([]Token, []lexicon.ID) {
	if from >= to {
		return toks, lex
	}
	d := int32(s.delta)
	for _, t := range s.old[from:to] {
		t.Start += d
		t.End += d
		toks = append(toks, t)
	}
	if lex != nil {
		lex = append(lex, oldLex[from:to]...)
	}
	return toks, lex
}
