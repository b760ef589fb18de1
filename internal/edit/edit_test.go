package edit

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
)

// applyByTables is Log.Apply as it was before it searched the edits: it
// maps offsets by tables over every byte of the text. The test below holds
// the two to the same edits.
func (l *Log) applyByTables(proposed []Edit) {
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

// Random stages of random edits, folded by Apply and by applyByTables:
// the same edits and the same text every time.
func TestLogApplyMatchesTables(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	alphabet := []string{"a", "b", "", "", "xy", "xyz", "\u0430", " "}
	for iter := 0; iter < 20000; iter++ {
		n := r.IntN(16)
		src := ""
		for i := 0; i < n; i++ {
			src += string(rune('a' + r.IntN(5)))
		}
		a, b := NewLog(src), NewLog(src)
		for stage := 0; stage < 5; stage++ {
			var props []Edit
			for k := r.IntN(5); k > 0; k-- {
				s := r.IntN(len(a.Text()) + 1)
				e := min(s+r.IntN(4), len(a.Text()))
				props = append(props, Edit{Start: s, End: e, After: alphabet[r.IntN(len(alphabet))], Kind: Kind(rune('A' + stage)), Hidden: alphabet[r.IntN(len(alphabet))]})
			}
			a.Apply(props)
			b.applyByTables(props)
			if a.Text() != b.Text() || !reflect.DeepEqual(a.Edits(), b.Edits()) {
				t.Fatalf("iter %d stage %d: %q %+v\nwant %q %+v", iter, stage, a.Text(), a.Edits(), b.Text(), b.Edits())
			}
		}
	}
}

func TestApplyTable(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		edits []Edit
		want  string
	}{
		{"none", "abc", nil, "abc"},
		{"replace", "abc", []Edit{{Start: 1, End: 2, After: "X"}}, "aXc"},
		{"delete and replace", "abcdef", []Edit{{Start: 0, End: 1}, {Start: 3, End: 5, After: "ZZZ"}}, "bcZZZf"},
	}
	for _, tc := range tests {
		if got := Apply(tc.text, tc.edits); got != tc.want {
			t.Errorf("%s: got %q want %q", tc.name, got, tc.want)
		}
	}
}

func TestNormalizeDropsOverlapsKeepingFirstListed(t *testing.T) {
	got := Normalize("abcdef", []Edit{{Start: 2, End: 4, After: "x"}, {Start: 1, End: 3, After: "y"}, {Start: 4, End: 5, After: "z"}})
	if len(got) != 2 || got[0].Start != 2 || got[1].Start != 4 {
		t.Fatalf("got %+v", got)
	}
	if got[0].Before != "cd" {
		t.Fatalf("Before not filled: %+v", got[0])
	}
}

func TestLogAbsorbsEarlierEdits(t *testing.T) {
	l := NewLog("a\u0430b cd")
	l.Apply([]Edit{{Start: 1, End: 3, After: "a", Kind: Homoglyph}})
	if l.Text() != "aab cd" {
		t.Fatalf("text %q", l.Text())
	}
	l.Apply([]Edit{{Start: 0, End: 4, After: "", Kind: SpamPhrase}})
	e := l.Edits()
	if len(e) != 1 || e[0].Start != 0 || e[0].End != 5 || e[0].Kind != SpamPhrase || e[0].Before != "a\u0430b " {
		t.Fatalf("edits %+v", e)
	}
	if l.Text() != "cd" {
		t.Fatalf("text %q", l.Text())
	}
}

// Random stages of random edits: the log's edits, applied to the source,
// always give the text that applying the stages one by one gives.
func TestLogComposesRandomStages(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	alphabet := []string{"a", "b", "", "xy", "\u0430", " "}
	for iter := 0; iter < 5000; iter++ {
		n := r.IntN(12)
		src := ""
		for i := 0; i < n; i++ {
			src += string(rune('a' + r.IntN(5)))
		}
		l := NewLog(src)
		want := src
		for stage := 0; stage < 4; stage++ {
			var props []Edit
			at := 0
			for at <= len(want) && r.IntN(3) > 0 {
				s := at + r.IntN(3)
				if s > len(want) {
					break
				}
				e := s + r.IntN(3)
				if e > len(want) {
					e = len(want)
				}
				props = append(props, Edit{Start: s, End: e, After: alphabet[r.IntN(len(alphabet))]})
				at = e + 1
			}
			props = Normalize(want, props)
			want = Apply(want, props)
			l.Apply(props)
			if l.Text() != want {
				t.Fatalf("iter %d stage %d: log text %q want %q", iter, stage, l.Text(), want)
			}
			if got := Apply(src, l.Edits()); got != want {
				t.Fatalf("iter %d: edits give %q want %q (%+v)", iter, got, want, l.Edits())
			}
			for _, e := range l.Edits() {
				if src[e.Start:e.End] != e.Before {
					t.Fatalf("Before mismatch %+v", e)
				}
			}
		}
	}
}

// A later edit next to text an earlier edit deleted must not swallow that
// deletion: each stays its own edit with its own kind.
func TestLogKeepsAdjacentDeletionSeparate(t *testing.T) {
	l := NewLog("x\u0456\u200dy")
	l.Apply([]Edit{{Start: 3, End: 6, Kind: Invisible}}) // drop the ZWJ
	l.Apply([]Edit{{Start: 1, End: 3, After: "i", Kind: Homoglyph}})
	e := l.Edits()
	if len(e) != 2 || e[0].Kind != Homoglyph || e[0].Before != "\u0456" || e[1].Kind != Invisible {
		t.Fatalf("edits %+v", e)
	}
	if l.Text() != "xiy" {
		t.Fatalf("text %q", l.Text())
	}
}

func TestSourceSpan(t *testing.T) {
	src := "ab\u200bcd ef"
	l := NewLog(src)
	l.Apply([]Edit{{Start: 2, End: 5, Kind: Invisible}, {Start: 8, End: 9, After: "XY", Kind: Homoglyph}})
	// Text() is "abcd XYf"
	for _, tc := range []struct{ s, e, ws, we int }{
		{0, 4, 0, 7},  // "abcd": across the removed joiner
		{2, 4, 5, 7},  // "cd"
		{4, 7, 7, 9},  // " XY": the replacement whole
		{6, 7, 8, 9},  // "Y": inside the replacement, widened to it
		{5, 8, 8, 10}, // "XYf"
	} {
		if s, e := l.SourceSpan(tc.s, tc.e); s != tc.ws || e != tc.we {
			t.Errorf("SourceSpan(%d, %d) = %d, %d; want %d, %d (text %q)", tc.s, tc.e, s, e, tc.ws, tc.we, l.Text())
		}
	}
}
