package spam

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

// What gen/ needs to train the model and measure it: the features of every
// candidate sentence, and the analysis under other weights.

// Sample is one candidate sentence of a text: its bytes [Start, End), its
// features (FeatureNames) and whether a keyword slot was placed in it.
type Sample struct {
	Start, End int
	Features   []float64
	Slot       bool
}

// FeatureNames names the sentence model's features, in order.
func FeatureNames() []string { return featureNames[:] }

// DocFeatureNames names the document score's features, in order.
func DocFeatureNames() []string { return docFeatureNames[:] }

var docFeatureNames = [nDocFeatures]string{"bias", "sentence", "keyword", "removed", "slotless_sentence", "sentence_where_removed"}

// Samples returns every candidate sentence of text, each start of a
// sentence that may hide behind a false boundary included.
func Samples(text string) []Sample {
	if !Needed(text) {
		return nil
	}
	d := newDocWords(tokenize(text))
	toks := d.toks
	var out []Sample
	triggeredGroups(toks, func(starts []int, k, last int, _ span) {
		for m := k; m <= last; m++ {
			c := judge(text, d, sentenceFrom(toks, starts[m]), &trained.sent, true)
			if !c.address {
				out = append(out, Sample{Start: c.sent.start, End: c.sent.end, Features: append([]float64(nil), c.feats[:]...), Slot: c.hasSlot()})
			}
		}
	})
	return out
}

// Model is a set of weights for AnalyzeWith.
type Model struct {
	Sentence []float64 // by FeatureNames
	Gram     []float64 // by GramFeatureNames
	Doc      []float64 // by DocFeatureNames
	GramBar  float64   // log odds a keyword without a template needs
	// LearnedBar: the same for a keyword of learned words of trade only.
	LearnedBar float64
}

// Trained returns the checked-in model.
func Trained() Model {
	return Model{Sentence: TrainedSentence(), Gram: TrainedGram(), Doc: TrainedDoc(), GramBar: trained.gramBar, LearnedBar: trained.learnedBar}
}

func (m Model) compile() *model {
	var c model
	copy(c.sent[:], m.Sentence)
	copy(c.gram[:], m.Gram)
	copy(c.doc[:], m.Doc)
	c.gramBar, c.learnedBar = m.GramBar, m.LearnedBar
	return &c
}

// AnalyzeWith is Analyze under the model m; it also returns the features
// of the document's score (DocFeatureNames).
func AnalyzeWith(text string, m Model) (Result, []float64) {
	a := analyze(text, m.compile())
	return a.Result, a.docX
}

// GramSample is a candidate keyword of a text without a template: the bytes
// of its occurrences and its features (GramFeatureNames).
type GramSample struct {
	At       [][2]int
	Features []float64 // nil for a gram its shape rules out
	Why      string
	Learned  bool // made of learned words of trade only (Model.LearnedBar)
}

// GramFeatureNames names the keyword model's features, in order.
func GramFeatureNames() []string { return gramFeatureNames[:] }

// GramSamples returns the candidate keywords of text weighed under m (with
// those ruled out by their shape, if all).
func GramSamples(text string, m Model, all bool) []GramSample {
	keepRejected = all
	a := analyze(text, m.compile())
	keepRejected = false
	var out []GramSample
	for _, g := range a.grams {
		s := GramSample{Why: g.why, Learned: g.learned}
		if !math.IsInf(g.ev, -1) {
			s.Features = append([]float64(nil), g.feats[:]...)
		}
		for _, i := range g.at {
			s.At = append(s.At, [2]int{a.d.toks.start(i), a.d.toks.end(i + len(g.words) - 1)})
		}
		out = append(out, s)
	}
	return out
}

// TrainedSentence returns the checked-in sentence weights.
func TrainedSentence() []float64 { return append([]float64(nil), trained.sent[:]...) }

// TrainedGram returns the checked-in keyword weights.
func TrainedGram() []float64 { return append([]float64(nil), trained.gram[:]...) }

// TrainedDoc returns the checked-in document score weights.
func TrainedDoc() []float64 { return append([]float64(nil), trained.doc[:]...) }

// Explain describes the analysis of text: every candidate sentence with its
// features and log odds, then the edits.
func Explain(text string) string {
	var sb strings.Builder
	if !Needed(text) {
		return "not needed\n"
	}
	d := newDocWords(tokenize(text))
	for _, c := range findCTAs(text, d, &trained.sent, true) {
		fmt.Fprintf(&sb, "%6.2f spam=%v address=%v %q", c.logit, c.spam(), c.address, text[c.sent.start:c.sent.end])
		if c.hasSlot() {
			fmt.Fprintf(&sb, " slot=%q", text[d.toks.start(c.slotFrom):d.toks.end(c.slotTo-1)])
		}
		for i, v := range c.feats {
			if v != 0 && i != fBias {
				fmt.Fprintf(&sb, " %s=%.2g", featureNames[i], v)
			}
		}
		sb.WriteByte('\n')
	}
	explainGram = func(g *gram, ok bool) {
		fmt.Fprintf(&sb, "gram %q ×%d ok=%v ev=%.2f %s", strings.Join(g.words, " "), len(g.at), ok, g.ev, g.why)
		if ok {
			for i, v := range g.feats {
				if v != 0 && i != gBias {
					fmt.Fprintf(&sb, " %s=%.2g", gramFeatureNames[i], v)
				}
			}
		}
		sb.WriteByte('\n')
	}
	res := Analyze(text)
	explainGram = nil
	for _, e := range res.Edits {
		fmt.Fprintf(&sb, "edit %d-%d %s %q: %s\n", e.Start, e.End, e.Kind, text[e.Start:e.End], e.Reason)
	}
	for _, s := range res.Suspects {
		fmt.Fprintf(&sb, "suspect %q: %s\n", text[s.Start:s.End], s.Reason)
	}
	fmt.Fprintf(&sb, "score %.3f judged %v\n", res.Score, res.Judged)
	return sb.String()
}

// AUC is the chance that a positive (spam) scores above a negative (clean),
// ties counting half; NaN without one of each.
func AUC(pos, neg []float64) float64 {
	if len(pos) == 0 || len(neg) == 0 {
		return math.NaN()
	}
	sorted := append([]float64(nil), neg...)
	sort.Float64s(sorted)
	sum := 0.0
	for _, p := range pos {
		lo := sort.SearchFloat64s(sorted, p)
		hi := lo
		for hi < len(sorted) && sorted[hi] == p {
			hi++
		}
		sum += float64(lo) + float64(hi-lo)/2
	}
	return sum / float64(len(pos)*len(neg))
}
