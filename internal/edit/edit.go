// Package edit holds the one currency every pass trades in: a replacement of a
// byte range by new text, with the reason for it. A Log chains the stages of
// the pipeline: each stage proposes edits against the text the previous stage
// produced, and the Log re-expresses them in byte offsets of the original input,
// so the report always points at what the user gave us.
package edit

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
)

// Kind names what sort of evasion an edit undoes.
type Kind string

const (
	Homoglyph    Kind = "homoglyph"
	Invisible    Kind = "invisible"
	Bidi         Kind = "bidi"
	Deletion     Kind = "deletion"
	Overstrike   Kind = "overstrike" // legacy bold, underline and accents: no evasion
	Tag          Kind = "tag"
	SpamSentence Kind = "spam-sentence"
	SpamPhrase   Kind = "spam-phrase"
	Layout       Kind = "layout"
)

// CharLevel reports whether k is a character-level evasion (as opposed to
// injected spam content or layout damage).
func (k Kind) CharLevel() bool {
	switch k {
	case Homoglyph, Invisible, Bidi, Deletion, Tag:
		return true
	}
	return false
}

// Edit replaces Before (text[Start:End]) with After.
type Edit struct {
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Kind   Kind   `json:"kind"`
	Before string `json:"before"`
	After  string `json:"after"`
	Reason string `json:"reason,omitempty"`
	// Hidden is text that was smuggled in invisible characters (tag
	// characters, variation-selector payloads), decoded for the reader.
	Hidden string `json:"hidden,omitempty"`
}

// Apply returns text with edits applied. Edits must be sorted by Start and
// must not overlap; Apply panics otherwise, since that is a programming error
// in whoever built the list (Normalize makes any list valid).
func Apply(text string, edits []Edit) string {
	if len(edits) == 0 {
		return text
	}
	// The result's length is known before it is written: one allocation
	// of exactly that, where a guess can be outgrown (a repair that
	// writes more bytes than it replaces) and copied again.
	n, at := len(text), 0
	for _, e := range edits {
		if e.Start < at || e.End < e.Start || e.End > len(text) {
			panic("edit: edits overlap or are out of range")
		}
		n += len(e.After) - (e.End - e.Start)
		at = e.End
	}
	var b strings.Builder
	b.Grow(n)
	at = 0
	for _, e := range edits {
		b.WriteString(text[at:e.Start])
		b.WriteString(e.After)
		at = e.End
	}
	b.WriteString(text[at:])
	return b.String()
}

// Normalize sorts edits by position and drops any edit that overlaps one
// kept before it, any that is out of range for text, and any that changes
// nothing. Passes propose independently, so two may claim the same bytes:
// the earlier-listed claim wins, which lets a pass order its own priorities.
// The list given is the caller's no more: Normalize may write its result
// over it.
func Normalize(text string, edits []Edit) []Edit {
	if inOrder(edits) {
		// What passes propose most often: sorted, nothing overlapping,
		// so there is nothing to sort and no claim to settle, and the
		// list is filtered where it is (a copy was as large as the log
		// of a long attacked text).
		out := edits[:0]
		for _, e := range edits {
			if keeps(text, e) {
				e.Before = text[e.Start:e.End]
				out = append(out, e)
			}
		}
		return out
	}
	idx := make([]int, len(edits))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return edits[idx[a]].Start < edits[idx[b]].Start })
	out := make([]Edit, 0, len(edits))
	keep := make([]bool, len(edits))
	for i, e := range edits {
		// Pure insertions (Start == End) are not a thing any pass needs,
		// and refusing them keeps offsets in the input unambiguous.
		keep[i] = keeps(text, e)
	}
	// Overlaps are settled by priority (list order) within each cluster of
	// edits whose spans chain together in position order; clusters are
	// almost always single edits, so this is O(n log n), not O(n²).
	for a := 0; a < len(idx); {
		b, end := a+1, edits[idx[a]].End
		for b < len(idx) && edits[idx[b]].Start < end {
			end = max(end, edits[idx[b]].End)
			b++
		}
		if b-a > 1 {
			cluster := slices.Clone(idx[a:b])
			slices.Sort(cluster) // list order
			var taken []Edit
			for _, i := range cluster {
				if !keep[i] {
					continue
				}
				for _, t := range taken {
					if edits[i].Start < t.End && t.Start < edits[i].End {
						keep[i] = false
						break
					}
				}
				if keep[i] {
					taken = append(taken, edits[i])
				}
			}
		}
		a = b
	}
	for _, i := range idx {
		if keep[i] {
			e := edits[i]
			e.Before = text[e.Start:e.End]
			out = append(out, e)
		}
	}
	return out
}

// keeps reports whether Normalize keeps e, overlaps aside.
func keeps(text string, e Edit) bool {
	return e.Start >= 0 && e.End <= len(text) && e.Start < e.End &&
		text[e.Start:e.End] != e.After && !touchesInvalid(text, e.Start, e.End)
}

// normalized reports edits that Normalize would give back as they are:
// in order, each a change, with Before filled in.
func normalized(text string, edits []Edit) bool {
	if !inOrder(edits) {
		return false
	}
	for _, e := range edits {
		if !keeps(text, e) || e.Before != text[e.Start:e.End] {
			return false
		}
	}
	return true
}

// inOrder reports edits sorted by Start, none beginning before the one
// listed before it ends.
func inOrder(edits []Edit) bool {
	for i := 1; i < len(edits); i++ {
		if p := edits[i-1]; edits[i].Start < p.Start || edits[i].Start < p.End {
			return false
		}
	}
	return true
}

// Log accumulates the edits of successive stages in offsets of the original
// input. Each stage sees Text(), the input with every earlier edit applied.
type Log struct {
	src   string
	cur   string
	edits []Edit // in src offsets, sorted, non-overlapping
	// starts holds where each edit's text begins in cur, for Apply.
	starts []int
}

// NewLog starts a log over the original input.
func NewLog(src string) *Log { return &Log{src: src, cur: src} }

// Text is the input with all edits so far applied.
func (l *Log) Text() string { return l.cur }

// Source is the original input.
func (l *Log) Source() string { return l.src }

// Edits returns the edits so far, in input offsets, sorted.
func (l *Log) Edits() []Edit { return l.edits }

// Apply takes edits proposed against Text() and folds them into the log.
// An edit that touches text produced by an earlier edit absorbs that edit:
// the combined edit spans both in the input and keeps the later kind, since
// the later stage saw the fuller picture (a spam sentence removed whole is
// reported as one removal, not as its repaired letters plus a removal).
//
// Offsets are mapped through the earlier edits by binary search
// (l.bounds), not by tables over every byte of the text: a document takes
// several rounds of edits, and tables of nine bytes per byte of text were
// most of the pipeline's allocation.
//
// The list is the log's from here on: it may keep proposed itself, and
// Normalize may write over it, so the caller must not use it afterwards.
func (l *Log) Apply(proposed []Edit) {
	// The character stages hand over lists Normalize already made; a
	// second copy of one is as large as the log itself on a long text.
	if !normalized(l.cur, proposed) {
		proposed = Normalize(l.cur, proposed)
	}
	if len(proposed) == 0 {
		return
	}
	if len(l.edits) == 0 {
		// The first edits: the text is the input, and Normalize's list
		// (new, sorted, apart, each a change) is already the log.
		l.edits = proposed
		l.cur = Apply(l.src, l.edits)
		return
	}
	// starts[k]: where the k-th earlier edit's text begins in l.cur.
	starts := slices.Grow(l.starts[:0], len(l.edits))
	d := 0
	for _, e := range l.edits {
		starts = append(starts, e.Start+d)
		d += len(e.After) - (e.End - e.Start)
	}
	l.starts = starts

	// Groups are folded as they are found, each a run of proposed edits
	// that touch the same text: there are about as many as edits, and
	// a list of them was the largest allocation here.
	merged, oi := make([]Edit, 0, len(l.edits)+len(proposed)), 0
	var g group
	for i, e := range proposed {
		cs, ce := e.Start, e.End
		if k := l.within(cs); k >= 0 {
			cs = starts[k]
		}
		if k := l.within(ce); k >= 0 {
			ce = starts[k] + len(l.edits[k].After)
		}
		if i > 0 && cs < g.ce {
			g.ce = max(g.ce, ce)
			g.last = i + 1
			continue
		}
		if i > 0 {
			merged, oi = l.fold(merged, oi, proposed, g)
		}
		g = group{cs, ce, i, i + 1}
	}
	merged, oi = l.fold(merged, oi, proposed, g)
	l.edits = append(merged, l.edits[oi:]...)
	// The new text is the current one with the proposed edits made: a
	// few long copies where the input with every edit so far made was
	// as many short ones as letters repaired.
	l.cur = Apply(l.cur, proposed)
}

// A group is a run of proposed edits [first, last) that touch the same
// text, widened (cs, ce) to whole earlier edits they reach into.
type group struct{ cs, ce, first, last int }

// fold folds group g of proposed edits into merged, in order, with the
// log's earlier edits from oi (the first not yet taken): the earlier edits
// before it are kept, those it reaches are absorbed into one edit with its
// text. It returns merged and the new oi. (Results, not a struct's fields
// written through a pointer: that made the compiler move every Log to the
// heap, one allocation per document.)
func (l *Log) fold(merged []Edit, oi int, proposed []Edit, g group) ([]Edit, int) {
	loS, hiS := l.bounds(g.cs)
	loE, hiE := l.bounds(g.ce)
	ss, se := hiS, loE
	if g.cs == g.ce || ss > se {
		ss, se = loS, hiE
	}
	j := oi
	for j < len(l.edits) && l.edits[j].End <= ss && l.edits[j].Start < ss {
		j++
	}
	merged = append(merged, l.edits[oi:j]...)
	oi = j
	var hidden string
	for oi < len(l.edits) && l.edits[oi].Start < se {
		hidden = cmpOr(hidden, l.edits[oi].Hidden)
		oi++ // absorbed
	}
	news := proposed[g.first:g.last]
	var after string
	if len(news) == 1 && news[0].Start == g.cs && news[0].End == g.ce {
		after = news[0].After // most often: the edit's text is the group's
		hidden = cmpOr(hidden, news[0].Hidden)
	} else {
		var b strings.Builder
		at := g.cs
		for _, ne := range news {
			b.WriteString(l.cur[at:ne.Start])
			b.WriteString(ne.After)
			at = ne.End
			hidden = cmpOr(hidden, ne.Hidden)
		}
		b.WriteString(l.cur[at:g.ce])
		after = b.String()
	}
	e := news[0]
	e.Start, e.End = ss, se
	e.Before = l.src[ss:se]
	e.After = after
	e.Hidden = hidden
	if e.Before != e.After {
		merged = append(merged, e)
	}
	return merged, oi
}

// after returns the first earlier edit whose text ends at or after
// offset p of l.cur (len(l.edits) if none does). l.starts must be current.
func (l *Log) after(p int) int {
	return sort.Search(len(l.edits), func(k int) bool { return l.starts[k]+len(l.edits[k].After) >= p })
}

// within returns the earlier edit whose text holds offset p of l.cur
// strictly inside (p has no input offset of its own), or -1.
func (l *Log) within(p int) int {
	if k := l.after(p); k < len(l.edits) && l.starts[k] < p && p < l.starts[k]+len(l.edits[k].After) {
		return k
	}
	return -1
}

// bounds returns the input offsets on either side of anything an earlier
// edit deleted at offset p of l.cur (equal where nothing was): the first
// and the last input offset that p stands for. p must not be within an
// earlier edit's text.
func (l *Log) bounds(p int) (lo, hi int) {
	k := l.after(p)
	if k == len(l.edits) {
		d := 0
		if k > 0 {
			e := l.edits[k-1]
			d = l.starts[k-1] + len(e.After) - e.End
		}
		return p - d, p - d
	}
	if p < l.starts[k] {
		d := l.starts[k] - l.edits[k].Start
		return p - d, p - d
	}
	// p is where edit k's text begins or ends; edits that produced
	// nothing may follow at p, each taking p further in the input.
	if p == l.starts[k] {
		lo = l.edits[k].Start
	} else {
		lo = l.edits[k].End
	}
	hi = lo
	for j := k; j < len(l.edits) && l.starts[j] <= p; j++ {
		if l.starts[j]+len(l.edits[j].After) > p {
			hi = l.edits[j].Start
			break
		}
		hi = l.edits[j].End
	}
	return lo, hi
}

// SourceSpan maps [start, end) of Text() to input offsets, widened to
// whole edits where it begins or ends inside what an edit produced.
func (l *Log) SourceSpan(start, end int) (int, int) {
	s, e := -1, -1
	p, q := 0, 0 // current and input offsets
	for _, ed := range l.edits {
		if s < 0 && start < p+(ed.Start-q) {
			s = q + start - p
		}
		if e < 0 && end <= p+(ed.Start-q) {
			e = q + end - p
		}
		p += ed.Start - q
		if s < 0 && start < p+len(ed.After) {
			s = ed.Start
		}
		if e < 0 && end <= p+len(ed.After) && end > p {
			e = ed.End
		}
		p += len(ed.After)
		q = ed.End
	}
	if s < 0 {
		s = q + start - p
	}
	if e < 0 {
		e = q + end - p
	}
	return s, e
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// touchesInvalid reports an edit holding or bordering bytes that are not
// UTF-8: such bytes pass through untouched, and an edit beside them could
// splice them with its replacement into a character that was never there.
func touchesInvalid(text string, start, end int) bool {
	if start > 0 {
		if r, w := utf8.DecodeLastRuneInString(text[:start]); r == utf8.RuneError && w == 1 {
			return true
		}
	}
	if end < len(text) {
		if r, w := utf8.DecodeRuneInString(text[end:]); r == utf8.RuneError && w == 1 {
			return true
		}
	}
	return !utf8.ValidString(text[start:end]) // nor may it hold them
}
