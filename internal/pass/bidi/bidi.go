// Package bidi removes bidirectional controls that make stored text differ
// from what is shown. A right-to-left override around left-to-right text
// shows it reversed: the reader sees "moc.elgoog" stored as "google.com"
// behind U+202E, so the pass writes out the order the reader sees and drops
// the controls. Embeddings, isolates and marks are dropped where they change
// nothing (a paragraph with no right-to-left letters) and kept in genuine
// mixed-direction text.
package bidi

import (
	"strings"
	"unicode/utf8"

	"github.com/rivo/uniseg"

	"github.com/unspin/unspin/internal/analysis"
	"github.com/unspin/unspin/internal/edit"
	"github.com/unspin/unspin/internal/uba"
	"github.com/unspin/unspin/internal/unidata"
)

const (
	lre, rle, pdf, lro, rlo = 0x202A, 0x202B, 0x202C, 0x202D, 0x202E
	lri, rli, fsi, pdi      = 0x2066, 0x2067, 0x2068, 0x2069
	lrm, rlm, alm           = 0x200E, 0x200F, 0x061C
)

// IsControl reports the bidi formatting characters this pass judges.
func IsControl(r rune) bool {
	return r >= lre && r <= rlo || r >= lri && r <= pdi || r == lrm || r == rlm || r == alm
}

// Rules, in order:
//   - B1 overrides show their content reversed: written in the order the
//     reader sees, and dropped (override); where genuine right-to-left
//     letters are forced against their direction, kept, and in text with
//     right-to-left letters one that agrees with its content is kept too.
//   - B2 isolates in a paragraph with no right-to-left letters that change
//     the order shown (Trojan Source) are written out in that order
//     (displayed).
//   - B3 in a document with right-to-left letters anywhere, marks,
//     embeddings and isolates stay, in every paragraph: a user interface
//     lays such a document out right to left, and a Latin-only line of it
//     (a time format, an English message) needs its marks there.
//   - B4 in a document with none, a control that changes nothing is
//     dropped only inside a word, where it hides the word from filters
//     (attacks put LRM and ALM between letters); elsewhere it is the
//     author's and stays.

// Propose returns the bidi edits for text, paragraph by paragraph.
func Propose(text string) []edit.Edit {
	if !hasControl(text) {
		return nil
	}
	rtlDoc := hasRTL(text)
	var out []edit.Edit
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		out = append(out, paragraph(text, start, end, rtlDoc)...)
		start = end + 1
	}
	return out
}

// hasControl reports a control IsControl names in s, from their UTF-8
// bytes (E2 80 8E-8F, E2 80 AA-AE, E2 81 A6-A9, D8 9C): a scan of bytes,
// where decoding every character cost more than the rest of the pass on
// text that holds a control in one paragraph of many.
func hasControl(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		switch s[i] {
		case 0xD8:
			if s[i+1] == 0x9C {
				return true
			}
		case 0xE2:
			if i+2 < len(s) {
				b1, b2 := s[i+1], s[i+2]
				if b1 == 0x80 && (b2 == 0x8E || b2 == 0x8F || b2 >= 0xAA && b2 <= 0xAE) || b1 == 0x81 && b2 >= 0xA6 && b2 <= 0xA9 {
					return true
				}
			}
		}
	}
	return false
}

type opener struct {
	r       rune
	at      int  // offset of the control
	end     int  // offset after it
	dropped bool // proposed for removal: its terminator goes with it
}

// hasRTL reports right-to-left letters in s.
func hasRTL(s string) bool {
	for _, r := range s {
		if r >= 0x590 && !IsControl(r) && analysis.DirectionOf(r) == analysis.RTL {
			return true
		}
	}
	return false
}

// maxOverrides is the most overrides a paragraph is read with.
const maxOverrides = 256

func paragraph(text string, start, end int, rtlDoc bool) []edit.Edit {
	p := text[start:end]
	if !hasControl(p) {
		return nil // a paragraph with none has nothing to judge
	}
	if strings.Count(p, string(rune(lro)))+strings.Count(p, string(rune(rlo))) > maxOverrides {
		// Each override is read to its end, and one left open runs to
		// the paragraph's: tens of thousands took time quadratic in the
		// paragraph. So many are no spoofer's word but junk, left as it
		// stands (precision first: nothing is rewritten unread).
		return nil
	}
	rtl := rtlDoc || hasRTL(p) // B3
	if !rtl && strings.ContainsAny(p, "\u2066\u2067\u2068\u2069") {
		// Isolates move whole stretches of text (Trojan Source): with no
		// right-to-left letters, what the reader sees is the algorithm's
		// visual order, and text in that order needs no control to show
		// so. Overrides alone are read below, one at a time, as the
		// spoofer meant them: a reversed word shows the word (though a
		// number after it takes its direction, and UAX #9 shows "from 48"
		// behind ⟨LRO RLO⟩morf⟨PDF PDF⟩ 48 as "48 from").
		out, _ := displayed(text, start, end)
		return out // where it cannot rewrite the line, the line stays as it is
	}
	var out []edit.Edit
	drop := func(at, w int, why string) bool {
		if inWord(text, at, at+w) { // B4
			out = append(out, edit.Edit{Start: at, End: at + w, Kind: edit.Bidi, Reason: why + " inside a word"})
			return true
		}
		return false
	}
	var stack []opener
	for i := start; i < end; {
		r, w := utf8.DecodeRuneInString(text[i:])
		switch r {
		case lro, rlo:
			stack = append(stack, opener{r, i, i + w, false})
		case lre, rle, lri, rli, fsi:
			dropped := !rtl && drop(i, w, "bidi embedding in text with no right-to-left letters changes nothing")
			stack = append(stack, opener{r, i, i + w, dropped})
		case pdf, pdi:
			// Close the innermost matching opener (PDI also closes any
			// overrides opened inside its isolate).
			k := len(stack) - 1
			for ; k >= 0; k-- {
				o := stack[k].r
				if r == pdf && (o == lro || o == rlo || o == lre || o == rle) ||
					r == pdi && (o == lri || o == rli || o == fsi) {
					break
				}
			}
			if k < 0 {
				if !rtl {
					drop(i, w, "unmatched bidi terminator")
				}
				break
			}
			if o := stack[k]; o.r == lro || o.r == rlo {
				var inner []edit.Edit
				out, inner = trimInside(out, o.at)
				if e, ok := override(text, o, i, i+w, inner, rtl); ok {
					out = append(out, e)
				} else {
					out = append(out, inner...)
				}
				stack = stack[:k]
				break
			}
			if stack[k].dropped {
				// The pair goes together, wherever its terminator stands.
				out = append(out, edit.Edit{Start: i, End: i + w, Kind: edit.Bidi,
					Reason: "terminator of a bidi embedding that changes nothing"})
			}
			stack = stack[:k]
		case lrm, rlm, alm:
			if !rtl {
				drop(i, w, "direction mark in text with no right-to-left letters changes nothing")
			}
		}
		i += w
	}
	// Overrides left open run to the end of the paragraph.
	for k := len(stack) - 1; k >= 0; k-- {
		if o := stack[k]; o.r == lro || o.r == rlo {
			var inner []edit.Edit
			out, inner = trimInside(out, o.at)
			if e, ok := override(text, o, end, end, inner, rtl); ok {
				out = append(out, e)
			} else {
				out = append(out, inner...)
			}
			stack = stack[:k]
		}
	}
	return out
}

// trimInside takes off the edits already proposed inside an override that
// is about to be rewritten whole, and returns them: what they made of the
// inner text is part of what the outer override shows.
func trimInside(out []edit.Edit, from int) (kept, inside []edit.Edit) {
	n := len(out)
	for n > 0 && out[n-1].Start >= from {
		n--
	}
	return out[:n], append([]edit.Edit(nil), out[n:]...)
}

// override rewrites an override and its content [o.end, closeAt) as the
// reader sees it. An override against the content's own direction reverses
// it (by grapheme cluster, with brackets mirrored, as a renderer draws it);
// one that agrees with it changes nothing and only the controls go.
func override(text string, o opener, closeAt, closeEnd int, inner []edit.Edit, rtlText bool) (edit.Edit, bool) {
	shifted := make([]edit.Edit, len(inner))
	for k, e := range inner {
		e.Start -= o.end
		e.End -= o.end
		shifted[k] = e
	}
	inside := edit.Apply(text[o.end:closeAt], shifted)
	if strings.ContainsAny(inside, "\u202a\u202b\u202d\u202e\u2066\u2067\u2068") {
		// BIDI-NESTED-STAYS: an embedding, isolate or override left
		// inside sets its own direction, which this one does not
		// override; read alone, the content would be written reversed
		// where the reader sees it forwards.
		return edit.Edit{}, false
	}
	content := stripControls(inside)
	forced := analysis.RTL
	if o.r == lro {
		forced = analysis.LTR
	}
	reverses, rtl := false, false
	for _, r := range content {
		d := analysis.DirectionOf(r)
		reverses = reverses || d != analysis.Neutral && d != forced && !IsControl(r)
		rtl = rtl || d == analysis.RTL && !IsControl(r)
	}
	e := edit.Edit{Start: o.at, End: closeEnd, Kind: edit.Bidi, After: content,
		Reason: "direction override that changes nothing"}
	if reverses && rtl {
		// Genuine right-to-left letters shown against their direction
		// cannot be written in an order that shows so without a control:
		// the override stays.
		return edit.Edit{}, false
	}
	if !reverses && rtlText && !(forced == analysis.RTL && !rtl && drawnReversed(content)) {
		// BIDI-AGREEING-OVERRIDE-IN-RTL: in text with right-to-left
		// letters (B3), an override that agrees with its content (LRO
		// around an Arabic listing's part number, RLO around an Arabic
		// breadcrumb) fixes a direction on purpose and shows nothing
		// other than it stores: it stays, as marks and isolates do.
		return edit.Edit{}, false
	}
	if reverses || forced == analysis.RTL && !rtl && drawnReversed(content) {
		e.After = visualReverse(content)
		e.Reason = "direction override displays this text reversed; written in the order the reader sees"
	}
	return e, true
}

// drawnReversed is rule BIDI-RLO-NEUTRAL: a right-to-left override makes
// every character of its run right-to-left (UAX #9 X6), so a run without
// letters is drawn reversed and mirrored too: Trojan Source's "⟨RLO⟩/*"
// shows "*/". True where that changes what is shown.
func drawnReversed(content string) bool {
	return visualReverse(content) != content
}

// inWord reports whether text[i:j] stands between two word characters,
// invisible characters beside it passed over.
func inWord(text string, i, j int) bool {
	prev, next := analysis.Neighbours(text, i, j, unidata.IsDefaultIgnorable)
	return analysis.IsWordChar(prev) && analysis.IsWordChar(next)
}

func stripControls(s string) string {
	if !hasControl(s) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if IsControl(r) {
			return -1
		}
		return r
	}, s)
}

// visualReverse reverses s by grapheme cluster, drawing each character
// that has a mirror glyph as that glyph (BIDI-MIRROR-GLYPH: a renderer
// mirrors < > « » ≤ as well as brackets at a right-to-left level).
func visualReverse(s string) string {
	var clusters []string
	g := uniseg.NewGraphemes(s)
	for g.Next() {
		c := g.Str()
		if r, n := utf8.DecodeRuneInString(c); n == len(c) {
			if m, ok := uba.Mirror(r); ok {
				c = string(m)
			}
		}
		clusters = append(clusters, c)
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := len(clusters) - 1; i >= 0; i-- {
		b.WriteString(clusters[i])
	}
	return b.String()
}

// displayed rewrites a paragraph with no right-to-left letters in the order
// UAX #9 shows it (isolates move as units and keep their inner order,
// overrides reverse, brackets at right-to-left levels are drawn mirrored),
// without the controls. ok is false where the result would not display as
// the input does (it is checked) or would lose what it cannot place (bytes
// that are not UTF-8, joiners): the line then stays as it is.
func displayed(text string, start, end int) ([]edit.Edit, bool) {
	p := text[start:end]
	// Characters the algorithm sets aside beyond the controls (joiners,
	// ESC) are left out of the judgement, and kept.
	q := strings.Map(func(r rune) rune {
		if uba.ClassOf(r) == uba.BN && !IsControl(r) {
			return -1
		}
		return r
	}, p)
	shown := visual(q)
	if shown == stripControls(q) {
		// The controls change nothing the reader sees: each goes alone,
		// where it stands inside a word (B4), and all of them where an
		// override is among them: an override exists to reverse, and one
		// that reverses nothing visible (a palindrome) is a spoof's.
		override := strings.ContainsAny(p, "\u202d\u202e")
		drop := map[int]bool{}
		for i, r := range p {
			if IsControl(r) && (override || inWord(text, start+i, start+i+utf8.RuneLen(r))) {
				drop[i] = true
			}
		}
		// BIDI-PAIR-TOGETHER: an opener and its terminator go together;
		// the half left behind would bound other text (an isolate whose
		// terminator went runs to the end of the line).
		for i, j := range partners(p) {
			if drop[i] {
				drop[j] = true
			}
		}
		var out []edit.Edit
		var kept strings.Builder
		for i, r := range p {
			if !drop[i] {
				kept.WriteRune(r)
				continue
			}
			out = append(out, edit.Edit{Start: start + i, End: start + i + utf8.RuneLen(r), Kind: edit.Bidi,
				Reason: "bidi control in text with no right-to-left letters changes nothing"})
		}
		if visual(kept.String()) != shown {
			return nil, true // what is left would show otherwise: the line stays as it is
		}
		return out, true
	}
	if !utf8.ValidString(p) || visual(shown) != shown {
		return nil, false // bytes a rewrite could not keep, or a result that would not show so
	}
	if q != p {
		// Joiners set aside (an emoji's ZWJ sequence): the stretches that
		// move are found in the text without them, and kept where none
		// of them holds one (BIDI-JOINER-STAYS); otherwise the line stays.
		out, ok := reorder(q, 0)
		if !ok {
			return nil, false
		}
		at := make([]int, 0, len(q)+1) // offset in p of each byte of q
		for i := 0; i < len(p); {
			r, n := utf8.DecodeRuneInString(p[i:])
			if !(uba.ClassOf(r) == uba.BN && !IsControl(r)) {
				for k := range n {
					at = append(at, i+k)
				}
			}
			i += n
		}
		at = append(at, len(p))
		for k := range out {
			e := &out[k]
			// (The end is the byte after the edit's last, not the start
			// of the next kept one: a character set aside there, an ESC
			// of ISO-2022-JP after the stretch, is no part of it.)
			a, b := at[e.Start], at[e.Start]
			if e.End > e.Start {
				b = at[e.End-1] + 1
			}
			if p[a:b] != q[e.Start:e.End] {
				return nil, false
			}
			e.Start, e.End = start+a, start+b
		}
		return out, true
	}
	return reorder(p, start)
}

// reorder is displayed's rewrite of p, a paragraph at offset start with
// no joiners set aside, into the order it is shown.
func reorder(p string, start int) ([]edit.Edit, bool) {
	// One edit per stretch that moves (BIDI-EDIT-PER-STRETCH): the line
	// is cut wherever the characters before the cut are all shown before
	// those after it; neighbouring pieces that move are one edit, so
	// each reversed word is an edit of its own and the words between are
	// in none.
	vis, from := visualRunes(p)
	pos := make([]int, utf8.RuneCountInString(p))
	for k := range pos {
		pos[k] = -1
	}
	for k, i := range from {
		pos[i] = k
	}
	var out []edit.Edit
	pending, shownAt := -1, 0 // a stretch that moves: where it starts in p and in vis
	flush := func(to, shownTo int) {
		if pending < 0 {
			return
		}
		before, after := p[pending:to], string(vis[shownAt:shownTo])
		a, b := 0, 0
		for a < len(before) && a < len(after) && before[a] == after[a] {
			a++
		}
		for b < len(before)-a && b < len(after)-a && before[len(before)-1-b] == after[len(after)-1-b] {
			b++
		}
		for a > 0 && a < len(before) && !utf8.RuneStart(before[a]) {
			a--
		}
		for b > 0 && b < len(before) && !utf8.RuneStart(before[len(before)-b]) {
			b--
		}
		out = append(out, edit.Edit{Start: start + pending + a, End: start + to - b, Kind: edit.Bidi, After: after[a : len(after)-b],
			Reason: "bidi controls display this text in another order; written in the order the reader sees"})
		pending = -1
	}
	i, cut, shownBefore, emitted, last := 0, 0, 0, 0, -1
	for off, r := range p {
		if pos[i] >= 0 {
			emitted++
			last = max(last, pos[i])
		}
		i++
		next := off + utf8.RuneLen(r)
		if last != emitted-1 {
			continue // a character before here is shown after one that follows
		}
		if p[cut:next] != string(vis[shownBefore:emitted]) {
			if pending < 0 {
				pending, shownAt = cut, shownBefore
			}
		} else {
			flush(cut, shownBefore)
		}
		cut, shownBefore = next, emitted
	}
	flush(len(p), len(vis))
	return out, true
}

// partners maps the offset of each opener in p (embedding, override,
// isolate) to the offset of the terminator that closes it, and back, as
// UAX #9 pairs them (X6a, X7): PDI closes the innermost open isolate and
// whatever opened inside it; PDF closes the innermost embedding or override
// opened since the last open isolate. Openers left open and unmatched
// terminators have none.
func partners(p string) map[int]int {
	m := map[int]int{}
	type open struct {
		at      int
		isolate bool
	}
	var stack []open
	for i, r := range p {
		switch r {
		case lre, rle, lro, rlo:
			stack = append(stack, open{i, false})
		case lri, rli, fsi:
			stack = append(stack, open{i, true})
		case pdf:
			if n := len(stack); n > 0 && !stack[n-1].isolate {
				m[stack[n-1].at], m[i] = i, stack[n-1].at
				stack = stack[:n-1]
			}
		case pdi:
			for k := len(stack) - 1; k >= 0; k-- {
				if stack[k].isolate {
					m[stack[k].at], m[i] = i, stack[k].at
					stack = stack[:k]
					break
				}
			}
		}
	}
	return m
}

// visual returns p (one paragraph, shown left to right) in the order a
// reader sees it, without the controls the algorithm removes: grapheme
// clusters stay whole, and a mirrored character at a right-to-left level is
// drawn as its mirror image.
func visual(p string) string {
	vis, _ := visualRunes(p)
	return string(vis)
}

// visualRunes is visual's characters, each with the index of the character
// of p it shows.
func visualRunes(p string) (vis []rune, from []int) {
	runes := []rune(p)
	_, levels := uba.Resolve(runes, 0)
	order := uba.Reorder(runes, levels, 0, 0, len(runes))
	// Cluster of each rune.
	cluster := make([]int, len(runes))
	var bounds [][2]int // rune ranges
	g := uniseg.NewGraphemes(p)
	k := 0
	for g.Next() {
		n := utf8.RuneCountInString(g.Str())
		for j := k; j < k+n; j++ {
			cluster[j] = len(bounds)
		}
		bounds = append(bounds, [2]int{k, k + n})
		k += n
	}
	vis, from = make([]rune, 0, len(runes)), make([]int, 0, len(runes))
	done := make([]bool, len(bounds))
	for _, i := range order {
		c := cluster[i]
		if done[c] {
			continue
		}
		done[c] = true
		for j := bounds[c][0]; j < bounds[c][1]; j++ {
			r := runes[j]
			if levels[j] < 0 || IsControl(r) {
				continue // removed by the algorithm, or drawn as nothing (isolates, marks)
			}
			if m, ok := uba.Mirror(r); ok && levels[j]%2 == 1 {
				r = m
			}
			vis = append(vis, r)
			from = append(from, j)
		}
	}
	return vis, from
}
