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
	xbidi "golang.org/x/text/unicode/bidi"

	"github.com/unspin/unspin/internal/analysis"
	"github.com/unspin/unspin/internal/edit"
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

// Propose returns the bidi edits for text, paragraph by paragraph.
func Propose(text string) []edit.Edit {
	if !hasControl(text) {
		return nil
	}
	var out []edit.Edit
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		out = append(out, paragraph(text, start, end)...)
		start = end + 1
	}
	return out
}

func hasControl(s string) bool {
	for _, r := range s {
		if IsControl(r) {
			return true
		}
	}
	return false
}

type opener struct {
	r   rune
	at  int // offset of the control
	end int // offset after it
}

func paragraph(text string, start, end int) []edit.Edit {
	p := text[start:end]
	rtl := false
	for _, r := range p {
		if !IsControl(r) && analysis.DirectionOf(r) == analysis.RTL {
			rtl = true
			break
		}
	}
	var out []edit.Edit
	drop := func(at, w int, why string) {
		out = append(out, edit.Edit{Start: at, End: at + w, Kind: edit.Bidi, Reason: why})
	}
	var stack []opener
	for i := start; i < end; {
		r, w := utf8.DecodeRuneInString(text[i:])
		switch r {
		case lro, rlo:
			stack = append(stack, opener{r, i, i + w})
		case lre, rle, lri, rli, fsi:
			stack = append(stack, opener{r, i, i + w})
			if !rtl {
				drop(i, w, "bidi embedding in text with no right-to-left letters changes nothing")
			}
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
				out = append(out, override(text, o, i, i+w, inner))
				stack = stack[:k]
				break
			}
			if !rtl {
				drop(i, w, "bidi embedding in text with no right-to-left letters changes nothing")
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
			out = append(out, override(text, o, end, end, inner))
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
func override(text string, o opener, closeAt, closeEnd int, inner []edit.Edit) edit.Edit {
	shifted := make([]edit.Edit, len(inner))
	for k, e := range inner {
		e.Start -= o.end
		e.End -= o.end
		shifted[k] = e
	}
	content := stripControls(edit.Apply(text[o.end:closeAt], shifted))
	forced := analysis.RTL
	if o.r == lro {
		forced = analysis.LTR
	}
	reverses := false
	for _, r := range content {
		if d := analysis.DirectionOf(r); d != analysis.Neutral && d != forced && !IsControl(r) {
			reverses = true
			break
		}
	}
	e := edit.Edit{Start: o.at, End: closeEnd, Kind: edit.Bidi, After: content,
		Reason: "direction override that changes nothing"}
	if reverses {
		e.After = visualReverse(content)
		e.Reason = "direction override displays this text reversed; written in the order the reader sees"
	}
	return e
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

// visualReverse reverses s by grapheme cluster, mirroring brackets.
func visualReverse(s string) string {
	var clusters []string
	g := uniseg.NewGraphemes(s)
	for g.Next() {
		c := g.Str()
		if utf8.RuneCountInString(c) == 1 {
			c = xbidi.ReverseString(c)
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
