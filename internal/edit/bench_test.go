package edit

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/unspin/unspin/internal/benchcpu"
)

// spunText is size bytes of sentences with a joiner inside every fifth
// word and a Cyrillic look-alike in every third: the density of a spun
// Brown text, where applying the edits was a large share of the
// allocation on documents of many megabytes.
func spunText(size int) string {
	words := strings.Fields("the demands of the citizens for new and expanded services have placed " +
		"financial burdens on the state which could not have been foreseen in earlier years")
	var b strings.Builder
	for i := 0; b.Len() < size; i++ {
		w := words[i%len(words)]
		switch {
		case i%3 == 0 && strings.ContainsRune(w, 'a'):
			w = strings.Replace(w, "a", "\u0430", 1)
		case i%5 == 0 && len(w) > 2:
			w = w[:1] + "\u200b" + w[1:]
		}
		b.WriteString(w)
		if i%17 == 16 {
			b.WriteString(". ")
		} else {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// stages proposes what the pipeline's stages would against text: the
// joiners dropped, then the look-alikes repaired, then one sentence in
// eight removed whole (a removal reaching over the earlier repairs).
func stages(text string) [][]Edit {
	var out [][]Edit
	var inv []Edit
	for i := 0; ; {
		k := strings.Index(text[i:], "\u200b")
		if k < 0 {
			break
		}
		inv = append(inv, Edit{Start: i + k, End: i + k + 3, Kind: Invisible, Reason: "invisible ZWSP inside a word"})
		i += k + 3
	}
	out = append(out, inv)
	text = Apply(text, Normalize(text, inv))
	var hg []Edit
	for i, r := range text {
		if r == '\u0430' {
			hg = append(hg, Edit{Start: i, End: i + utf8.RuneLen(r), Kind: Homoglyph, After: "a", Reason: "Cyrillic а in a Latin word"})
		}
	}
	out = append(out, hg)
	text = Apply(text, Normalize(text, hg))
	var spam []Edit
	for i, n := 0, 0; ; n++ {
		k := strings.Index(text[i:], ". ")
		if k < 0 {
			break
		}
		if n%8 == 0 {
			spam = append(spam, Edit{Start: i, End: i + k + 2, Kind: SpamSentence, Reason: "link spam"})
		}
		i += k + 2
	}
	return append(out, spam)
}

// BenchmarkLog folds the stages of a spun document into a log, the
// character stages normalized first as the pipeline does.
func BenchmarkLog(b *testing.B) {
	for _, size := range []struct {
		name string
		n    int
	}{{"64KB", 64 << 10}, {"4MB", 4 << 20}} {
		b.Run(size.name, func(b *testing.B) {
			src := spunText(size.n)
			st := stages(src)
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			m := benchcpu.Start()
			for b.Loop() {
				l := NewLog(src)
				for k, props := range st {
					if k < 2 {
						props = Normalize(l.Text(), props)
					}
					l.Apply(props)
				}
			}
			m.Report(b, len(src))
		})
	}
}
