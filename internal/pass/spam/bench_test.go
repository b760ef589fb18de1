package spam

import (
	"testing"

	"github.com/unspin/unspin/internal/benchcpu"
	"github.com/unspin/unspin/internal/doc"
)

// BenchmarkAnalyzeDoc is the pass's own cost on clean English with nothing
// to remove (the dev set's Brown texts as their authors wrote them), one
// document at a time, on document models the pipeline has already built
// (tokens and lexicon entries are the model's cost, not the pass's); and
// the same with the model built in the loop.
func BenchmarkAnalyzeDoc(b *testing.B) {
	texts, docs, n := cleanEnglish(b)
	b.Run("clean-english", func(b *testing.B) {
		// The view writes over the model's tokens where it joins an
		// abbreviation and its full stop (the model forgets them, and
		// the next call would tokenize the text again): here it copies
		// them.
		keepModel = true
		defer func() { keepModel = false }()
		b.SetBytes(int64(n))
		b.ReportAllocs()
		m := benchcpu.Start()
		for b.Loop() {
			for _, d := range docs {
				AnalyzeDoc(d)
			}
		}
		m.Report(b, n)
	})
	b.Run("model", func(b *testing.B) {
		// What clean-english-with-model adds to clean-english: the
		// document model's tokens, lexicon entries and judgement.
		b.SetBytes(int64(n))
		m := benchcpu.Start()
		for b.Loop() {
			for _, t := range texts {
				d := doc.New(t)
				d.TokensLex()
				d.Language()
			}
		}
		m.Report(b, n)
	})
	b.Run("clean-english-with-model", func(b *testing.B) {
		b.SetBytes(int64(n))
		b.ReportAllocs()
		m := benchcpu.Start()
		for b.Loop() {
			for _, t := range texts {
				AnalyzeDoc(doc.New(t))
			}
		}
		m.Report(b, n)
	})
}

// BenchmarkReadTokens is the view's share of BenchmarkAnalyzeDoc: reading
// the model's tokens, lexicon entries and classes.
func BenchmarkReadTokens(b *testing.B) {
	_, docs, n := cleanEnglish(b)
	keepModel = true
	defer func() { keepModel = false }()
	b.SetBytes(int64(n))
	m := benchcpu.Start()
	for b.Loop() {
		for _, d := range docs {
			readTokens(tokensPool.Get().(*tokens), d).release()
		}
	}
	m.Report(b, n)
}

// cleanEnglish returns the dev set's Brown texts as their authors wrote
// them, their document models built (tokens, lexicon entries, judgement),
// and their length in bytes.
func cleanEnglish(b *testing.B) ([]string, []*doc.Doc, int) {
	var texts []string
	readLines(nil, "../../../testdata/dev/brown.jsonl", func(d map[string]any) {
		texts = append(texts, d["expected"].(string))
	})
	if len(texts) == 0 {
		b.Skip("no dev set")
	}
	n := 0
	docs := make([]*doc.Doc, len(texts))
	for i, t := range texts {
		n += len(t)
		docs[i] = doc.New(t)
		docs[i].Lex(0)
		docs[i].Language()
	}
	return texts, docs, n
}
