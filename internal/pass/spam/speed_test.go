package spam

import (
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestAddressNextAsBefore checks addressNext against its first version,
// which looked for the line's end before asking whether only white space
// stood before it.
func TestAddressNextAsBefore(t *testing.T) {
	old := func(rest string) bool {
		nl := strings.IndexByte(rest, '\n')
		if nl < 0 || strings.TrimLeft(rest[:nl], " \t\r") != "" {
			return false
		}
		next := strings.TrimLeft(rest[nl+1:], " \t\r<")
		if k := strings.IndexAny(next, " \t\r\n"); k >= 0 {
			next = next[:k]
		}
		return hasAddress(next)
	}
	parts := []string{" ", "\t", "\r", "\n", "<", "x", ".", "www.example.com", "http://a.org/", "visit", "a@b.org"}
	r := rand.New(rand.NewPCG(1, 2))
	for range 100000 {
		var b strings.Builder
		for range r.IntN(8) {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		if s := b.String(); addressNext(s) != old(s) {
			t.Fatalf("addressNext(%q) = %v, was %v", s, addressNext(s), old(s))
		}
	}
}

// TestMayTriggerNecessary checks that mayTrigger, the gate before
// triggered, passes every sentence triggered passes, over the dev set's
// texts as written and as attacked (the first 40 of each file).
func TestMayTriggerNecessary(t *testing.T) {
	paths, _ := filepath.Glob("../../../testdata/dev/*.jsonl")
	n := 0
	for _, p := range paths {
		docs := 0
		readLines(t, p, func(d map[string]any) {
			if docs++; docs > 40 {
				return // (enough of each file)
			}
			for _, f := range []string{"text", "expected"} {
				text, _ := d[f].(string)
				toks := tokenize(text)
				for i := nextStart(toks, 0); i < toks.len(); i = nextStart(toks, i+1) {
					s := sentenceFrom(toks, i)
					if triggered(toks, s) {
						n++
						if !mayTrigger(toks, s) {
							t.Fatalf("%q: triggered, not mayTrigger", text[s.start:s.end])
						}
					}
				}
			}
		})
	}
	if n == 0 {
		t.Skip("no triggered sentence")
	}
}

// TestInRunAsBefore checks inRun against its first version, which tried
// every run of two or more words of kw round token p.
func TestInRunAsBefore(t *testing.T) {
	old := func(toks *tokens, kw []string, p int) bool {
		n := len(kw)
		for s := max(0, p-n+1); s <= p; s++ {
			for m := n; m >= 2 && s+m > p; m-- {
				if subphraseAt(toks, nil, s, kw, m, true) >= 0 {
					return true
				}
			}
		}
		return false
	}
	words := []string{"best", "Best", "CBD", "cbd", "gummies", "near", "me", ",", ".", "\n", "the", "BEST"}
	r := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		var b strings.Builder
		for range 1 + r.IntN(10) {
			b.WriteString(words[r.IntN(len(words))])
			b.WriteByte(" \n"[r.IntN(5)/4])
		}
		toks := tokenize(b.String())
		kw := make([]string, r.IntN(5))
		for k := range kw {
			kw[k] = strings.ToLower(words[r.IntN(5)])
		}
		if r.IntN(3) == 0 && len(kw) > 0 {
			kw[0] = words[r.IntN(len(words))]
		}
		for p := range toks.len() {
			if got, want := inRun(toks, kw, p), old(toks, kw, p); got != want {
				t.Fatalf("inRun(%q, %q, %d) = %v, was %v", b.String(), kw, p, got, want)
			}
		}
	}
}

// TestTriggeredGroupsAsBefore checks triggeredGroups against its first
// version, which walked every sentence, over the dev set's texts as written
// and as attacked: the same groups, and the same sentence before each
// where a question of a call to action may stand in it (not before a
// paragraph's first sentence).
func TestTriggeredGroupsAsBefore(t *testing.T) {
	old := func(toks *tokens, f func(starts []int, k, last int, prev span)) {
		var starts []int
		var prev span
		for i := nextStart(toks, 0); i < toks.len(); {
			s := sentenceFrom(toks, i)
			starts = append(starts[:0], i)
			for i = nextStart(toks, i+1); i < s.to; i = nextStart(toks, i+1) {
				starts = append(starts, i)
			}
			if mayTrigger(toks, s) && triggered(toks, s) {
				f(starts, 0, len(starts)-1, prev)
			}
			prev = s
		}
	}
	type group struct {
		starts string
		prev   span
	}
	record := func(toks *tokens, walk func(*tokens, func([]int, int, int, span))) []group {
		var gs []group
		walk(toks, func(starts []int, k, last int, prev span) {
			if toks.para(starts[0]) {
				prev = span{}
			}
			gs = append(gs, group{fmt.Sprint(starts[k : last+1]), prev})
		})
		return gs
	}
	paths, _ := filepath.Glob("../../../testdata/dev/*.jsonl")
	n := 0
	for _, p := range paths {
		readLines(t, p, func(d map[string]any) {
			for _, f := range []string{"text", "expected"} {
				text, _ := d[f].(string)
				toks := tokenize(text)
				want, got := record(toks, old), record(toks, triggeredGroups)
				if !slices.Equal(got, want) {
					t.Fatalf("%.80q: groups %v, were %v", text, got, want)
				}
				n += len(got)
			}
		})
	}
	if n == 0 {
		t.Skip("no dev set")
	}
}

// TestScanAsBefore checks docWords.scan, four keys a step, against a
// reading of one key a step, on texts of every length up to 40 words.
func TestScanAsBefore(t *testing.T) {
	words := []string{"a", "b", "c", "A", ",", "d"}
	r := rand.New(rand.NewPCG(7, 8))
	for n := range 40 {
		var b strings.Builder
		for range n {
			b.WriteString(words[r.IntN(len(words))] + " ")
		}
		toks := tokenize(b.String())
		for _, w := range words {
			d := newDocWords(toks)
			k := keyOf(w)
			var want []int32
			for i, x := range toks.keys {
				if x == k {
					want = append(want, int32(i))
				}
			}
			if got := d.scan(k); !slices.Equal(got, want) {
				t.Fatalf("%q: scan(%q) = %v, want %v", b.String(), w, got, want)
			}
		}
	}
}
