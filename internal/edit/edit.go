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
	var b strings.Builder
	b.Grow(len(text))
	at := 0
	for _, e := range edits {
		if e.Start < at || e.End < e.Start || e.End > len(text) {
			panic("edit: edits overlap or are out of range")
		}
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
func Normalize(text string, edits []Edit) []Edit {
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
		keep[i] = e.Start >= 0 && e.End <= len(text) && e.Start < e.End &&
			text[e.Start:e.End] != e.After && !touchesInvalid(text, e.Start, e.End)
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

// Log accumulates the edits of successive stages in offsets of the original
// input. Each stage sees Text(), the input with every earlier edit applied.
type Log struct {
	src   string
	cur   string
	edits []Edit // in src offsets, sorted, non-overlapping
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
func (l *Log) Apply(proposed []Edit) {
	proposed = Normalize(l.cur, proposed)
	if len(proposed) == 0 {
		return
	}
	n := len(l.cur)
	// lo[p], hi[p]: the input offsets on either side of anything an earlier
	// edit deleted at current offset p; inside[p]: p falls strictly within
	// text an earlier edit produced, so it has no input offset of its own.
	lo := make([]int32, n+1)
	hi := make([]int32, n+1)
	inside := make([]bool, n+1)
	for i := range lo {
		lo[i] = -1
	}
	// at records that current offset p sits at input offset q; the first
	// record of p is its low side, the last its high side (they differ where
	// an earlier edit deleted text at p).
	at := func(p, q int) {
		if lo[p] < 0 {
			lo[p] = int32(q)
		}
		hi[p] = int32(q)
	}
	p, q := 0, 0 // current and input offsets
	for _, e := range l.edits {
		for ; q < e.Start; p, q = p+1, q+1 {
			at(p, q)
		}
		at(p, e.Start)
		for k := 1; k < len(e.After); k++ {
			inside[p+k] = true
		}
		p += len(e.After)
		q = e.End
		at(p, q)
	}
	for ; p <= n; p, q = p+1, q+1 {
		at(p, q)
	}

	type group struct {
		cs, ce int
		news   []Edit
	}
	var groups []group
	for _, e := range proposed {
		cs, ce := e.Start, e.End
		for inside[cs] {
			cs--
		}
		for inside[ce] {
			ce++
		}
		if k := len(groups) - 1; k >= 0 && cs < groups[k].ce {
			groups[k].ce = max(groups[k].ce, ce)
			groups[k].news = append(groups[k].news, e)
			continue
		}
		groups = append(groups, group{cs, ce, []Edit{e}})
	}

	merged := make([]Edit, 0, len(l.edits)+len(groups))
	oi := 0
	for _, g := range groups {
		ss, se := int(hi[g.cs]), int(lo[g.ce])
		if g.cs == g.ce || ss > se {
			ss, se = int(lo[g.cs]), int(hi[g.ce])
		}
		for oi < len(l.edits) && l.edits[oi].End <= ss && l.edits[oi].Start < ss {
			merged = append(merged, l.edits[oi])
			oi++
		}
		var hidden string
		for oi < len(l.edits) && l.edits[oi].Start < se {
			hidden = cmpOr(hidden, l.edits[oi].Hidden)
			oi++ // absorbed
		}
		var b strings.Builder
		at := g.cs
		for _, ne := range g.news {
			b.WriteString(l.cur[at:ne.Start])
			b.WriteString(ne.After)
			at = ne.End
			hidden = cmpOr(hidden, ne.Hidden)
		}
		b.WriteString(l.cur[at:g.ce])
		e := g.news[0]
		e.Start, e.End = ss, se
		e.Before = l.src[ss:se]
		e.After = b.String()
		e.Hidden = hidden
		if e.Before != e.After {
			merged = append(merged, e)
		}
	}
	merged = append(merged, l.edits[oi:]...)
	l.edits = merged
	l.cur = Apply(l.src, l.edits)
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
