// Command gen trains the spam pass's model and measures it (a developer's
// tool; the model it writes, ../model.go, is checked in).
//
//	scripts/spam/fetch.sh && scripts/spam/build.py     # the sets, in /tmp/unspin-spam/sets
//	go run ./internal/pass/spam/gen -train             # fits the weights, writes model.go
//	go run ./internal/pass/spam/gen -lofo              # leave one family out: train without it, test on it
//	go run ./internal/pass/spam/gen -eval heldout      # the checked-in model on a set (lofo, heldout, ...)
//
// The sentence model is a logistic regression (L2, Newton's method) over
// the features of every candidate sentence of the training documents
// (train.jsonl: call-to-action families spun into real e-mail and Brown
// texts, and those texts clean): a sentence is positive where it is exactly
// the inserted call to action. The document score is a second logistic
// regression over the evidence (DocFeatureNames), spam documents against
// clean ones. Both are deterministic: the same sets give the same model.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"go/format"
	"log"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/unspin/unspin/internal/edit"
	"github.com/unspin/unspin/internal/pass/spam"
)

type doc struct {
	ID       string   `json:"id"`
	Text     string   `json:"text"`
	Expected string   `json:"expected"`
	Spam     bool     `json:"spam"`
	Family   string   `json:"family"`
	Source   string   `json:"source"`
	CTA      []int    `json:"cta"` // code points
	KWs      [][2]int `json:"kws"` // code points
	ctaStart int      // bytes
	ctaEnd   int
	kws      map[[2]int]bool // bytes
}

func main() {
	data := flag.String("data", "/tmp/unspin-spam/sets", "directory of the sets scripts/spam/build.py writes")
	train := flag.Bool("train", false, "fit the model on train.jsonl and write -o")
	out := flag.String("o", "internal/pass/spam/model.go", "the model file -train writes")
	lofo := flag.Bool("lofo", false, "leave one family out: train without it, test on it (lofo.jsonl)")
	eval := flag.String("eval", "", "measure the checked-in model on the set NAME (NAME.jsonl)")
	fails := flag.String("fails", "", "with -eval: write the documents not restored exactly to this file")
	diagnose := flag.Bool("diagnose", false, "why inserted keywords of train.jsonl are or are not weighed")
	show := flag.String("show", "", "with -eval: print the candidates and edits of the document with this id")
	without := flag.String("without", "", "with -eval: measure the model trained without this family (one fold of -lofo) instead of the checked-in one")
	clean := flag.String("clean", "", "count the documents of these JSON Lines files (comma-separated; field text) the pass changes")
	flag.Parse()
	switch {
	case *clean != "":
		for _, path := range strings.Split(*clean, ",") {
			countChanged(path)
		}
	case *train:
		docs := load(filepath.Join(*data, "train.jsonl"))
		m := fit(docs, "")
		writeModel(*out, m)
		log.Printf("wrote %s", *out)
	case *lofo:
		leaveOneOut(load(filepath.Join(*data, "train.jsonl")), load(filepath.Join(*data, "lofo.jsonl")))
	case *diagnose:
		m := spam.Trained()
		why := map[string]int{}
		total := 0
		for _, d := range load(filepath.Join(*data, "train.jsonl")) {
			if len(d.kws) == 0 || d.Family != "kw-only" {
				continue
			}
			byAt := map[[2]int]string{}
			for _, g := range spam.GramSamples(d.Text, m, true) {
				if len(g.At) == 1 {
					byAt[g.At[0]] = g.Why
				}
				for _, at := range g.At {
					if _, ok := byAt[at]; !ok {
						byAt[at] = g.Why
					}
				}
			}
			for at := range d.kws {
				total++
				w, ok := byAt[at]
				if !ok {
					w = "not a candidate"
					if os.Getenv("GEN_DEBUG") != "" {
						log.Printf("not a candidate: %q in %q", d.Text[at[0]:at[1]], d.Text[max(0, at[0]-30):min(len(d.Text), at[1]+30)])
					}
				}
				if i := strings.Index(w, ","); i > 0 && strings.HasPrefix(w, "a product") {
					w = w[:i]
				}
				why[w]++
			}
		}
		fmt.Println(total, "inserted keywords:")
		for w, n := range why {
			fmt.Printf("%5d %s\n", n, w)
		}
	case *show != "":
		for _, d := range load(filepath.Join(*data, *eval+".jsonl")) {
			if d.ID == *show {
				fmt.Print(spam.Explain(d.Text))
			}
		}
	case *eval != "":
		m := spam.Trained()
		if *without != "" {
			m = fit(load(filepath.Join(*data, "train.jsonl")), *without)
		}
		r := measure(load(filepath.Join(*data, *eval+".jsonl")), m, nil, *fails)
		r.print(*eval)
	default:
		flag.Usage()
		os.Exit(2)
	}
}

func load(path string) []doc {
	f, err := os.Open(path)
	if err != nil {
		log.Fatalf("gen: %v (run scripts/spam/fetch.sh and scripts/spam/build.py first)", err)
	}
	defer f.Close()
	var docs []doc
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<26)
	for sc.Scan() {
		var d doc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			log.Fatalf("gen: %s: %v", path, err)
		}
		if len(d.CTA) == 2 {
			d.ctaStart, d.ctaEnd = byteOffset(d.Text, d.CTA[0]), byteOffset(d.Text, d.CTA[1])
		}
		if !d.Spam && d.Expected == "" {
			d.Expected = d.Text // a set of hosts only: clean text stays as it is
		}
		d.kws = map[[2]int]bool{}
		for _, k := range d.KWs {
			d.kws[[2]int{byteOffset(d.Text, k[0]), byteOffset(d.Text, k[1])}] = true
		}
		docs = append(docs, d)
	}
	return docs
}

// within reports whether bytes at lie inside an inserted keyword.
func (d doc) within(at [2]int) bool {
	for k := range d.kws {
		if k[0] <= at[0] && at[1] <= k[1] {
			return true
		}
	}
	return false
}

// byteOffset converts a code-point offset (as Python counts) to bytes.
func byteOffset(s string, cp int) int {
	i := 0
	for n := 0; n < cp && i < len(s); n++ {
		_, w := utf8.DecodeRuneInString(s[i:])
		i += w
	}
	return i
}

// fit trains the sentence model and the document score on docs, family
// skip left out.
func fit(docs []doc, skip string) spam.Model {
	var xs [][]float64
	var ys []float64
	missed, pos := 0, 0
	for _, d := range docs {
		if d.Family == skip || d.Family == "legit" {
			continue // the legit calls to action teach the score only
		}
		found := false
		for _, s := range spam.Samples(d.Text) {
			label := 0.0
			if d.ctaEnd > 0 && s.Start == d.ctaStart && s.End == d.ctaEnd {
				label, found = 1, true
			} else if d.ctaEnd > 0 && s.Start < d.ctaEnd && d.ctaStart < s.End {
				continue // a longer or shorter reading of the inserted sentence: neither
			}
			xs = append(xs, s.Features)
			ys = append(ys, label)
		}
		if d.ctaEnd > 0 {
			pos++
			if !found {
				missed++
				if os.Getenv("GEN_DEBUG") != "" {
					log.Printf("not a candidate: %s %q", d.Family, d.Text[d.ctaStart:d.ctaEnd])
				}
			}
		}
	}
	if skip == "" {
		log.Printf("sentence model: %d samples, %d inserted sentences, %d of them not found as a candidate", len(xs), pos, missed)
	}
	m := spam.Model{Sentence: logistic(xs, ys, 1)}
	// The keyword evidence (set by reason, in keyword.go) is not fitted;
	// its bar is: above every gram of the clean training texts. A gram is
	// counted inserted where each of its occurrences lies within an
	// inserted keyword (or piece).
	xs, ys = nil, nil
	cleanMax := math.Inf(-1)
	var cleanX [][]float64
	var cleanWhat []string
	var cleanLearned []bool
	for _, d := range docs {
		if d.Family == skip || d.Family == "legit" {
			continue
		}
		for _, g := range spam.GramSamples(d.Text, m, false) {
			label := 1.0
			for _, at := range g.At {
				if !d.within(at) {
					label = 0
				}
			}
			xs = append(xs, g.Features)
			ys = append(ys, label)
			if !d.Spam {
				cleanX = append(cleanX, g.Features)
				cleanWhat = append(cleanWhat, fmt.Sprintf("%s %q", d.ID, d.Text[g.At[0][0]:g.At[0][1]]))
				cleanLearned = append(cleanLearned, g.Learned)
			}
		}
	}
	m.Gram = spam.TrainedGram()
	if skip == "" {
		npos := 0
		for _, y := range ys {
			npos += int(y)
		}
		for _, x := range cleanX {
			cleanMax = max(cleanMax, dot(m.Gram, x))
		}
		log.Printf("keyword model: %d grams, %d of them inserted; highest log odds of a gram in clean text %.2f", len(xs), npos, cleanMax)
	}
	// Removal only above every gram of the clean training texts, with a
	// margin for text unlike them; a gram of learned words of trade only
	// (no niche word) above every such gram.
	cleanMax, learnedMax := math.Inf(-1), math.Inf(-1)
	for k, x := range cleanX {
		z := dot(m.Gram, x)
		if cleanLearned[k] {
			learnedMax = max(learnedMax, z)
		} else {
			cleanMax = max(cleanMax, z)
		}
		if z > 0 && skip == "" {
			log.Printf("clean gram %.2f learned=%v %s", z, cleanLearned[k], cleanWhat[k])
		}
	}
	m.GramBar = max(gramFloor, cleanMax+gramMargin)
	m.LearnedBar = max(m.GramBar, learnedMax+gramMargin)
	if skip == "" {
		log.Printf("bars: niche grams %.2f, learned grams %.2f", m.GramBar, m.LearnedBar)
	}
	// The document score over the evidence under these weights.
	m.Doc = make([]float64, len(spam.DocFeatureNames()))
	xs, ys = nil, nil
	for _, d := range docs {
		if d.Family == skip {
			continue
		}
		res, x := spam.AnalyzeWith(d.Text, m)
		if !res.Judged {
			continue
		}
		xs = append(xs, x)
		ys = append(ys, b2f(d.Spam))
	}
	// More evidence never lowers the score: a feature fitted a negative
	// weight (a call to action without a keyword stands in the clean
	// training texts' own pages, never in the trained families' spam) is
	// left out and the rest refitted.
	for {
		m.Doc = logistic(xs, ys, docPenalty)
		neg := false
		for i := 1; i < len(m.Doc); i++ {
			if m.Doc[i] < 0 {
				neg = true
				for _, x := range xs {
					x[i] = 0
				}
			}
		}
		if !neg {
			break
		}
	}
	return m
}

// docPenalty is the L2 penalty of the document score: few clean training
// texts hold a weak keyword, and without it one such text would be taken
// for spam outright.
const docPenalty = 20

// The bar is gramMargin above the clean texts' highest gram, and no lower
// than gramFloor: the clean training texts are a few thousand, the world's
// prose is not.
const (
	gramMargin = 1
	gramFloor  = 1.5
)

func dot(w, x []float64) float64 {
	z := 0.0
	for i, v := range x {
		z += w[i] * v
	}
	return z
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// logistic fits weights by Newton's method with an L2 penalty lambda on all
// but the first (bias) weight.
func logistic(xs [][]float64, ys []float64, lambda float64) []float64 {
	n := len(xs[0])
	w := make([]float64, n)
	for iter := 0; iter < 50; iter++ {
		g := make([]float64, n)
		h := make([][]float64, n)
		for i := range h {
			h[i] = make([]float64, n)
		}
		for k, x := range xs {
			z := 0.0
			for i, v := range x {
				z += w[i] * v
			}
			p := 1 / (1 + math.Exp(-z))
			for i, v := range x {
				g[i] += (p - ys[k]) * v
				for j := i; j < n; j++ {
					h[i][j] += p * (1 - p) * v * x[j]
				}
			}
		}
		for i := 0; i < n; i++ {
			for j := 0; j < i; j++ {
				h[i][j] = h[j][i]
			}
			if i > 0 {
				g[i] += lambda * w[i]
				h[i][i] += lambda
			}
			h[i][i] += 1e-9
		}
		step := solve(h, g)
		size := 0.0
		for i := range w {
			w[i] -= step[i]
			size = max(size, math.Abs(step[i]))
		}
		if size < 1e-7 {
			break
		}
	}
	return w
}

// solve returns x with a·x = b (Gaussian elimination, partial pivoting).
func solve(a [][]float64, b []float64) []float64 {
	n := len(b)
	m := make([][]float64, n)
	for i := range a {
		m[i] = append(append([]float64(nil), a[i]...), b[i])
	}
	for c := 0; c < n; c++ {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(m[r][c]) > math.Abs(m[p][c]) {
				p = r
			}
		}
		m[c], m[p] = m[p], m[c]
		for r := c + 1; r < n; r++ {
			f := m[r][c] / m[c][c]
			for k := c; k <= n; k++ {
				m[r][k] -= f * m[c][k]
			}
		}
	}
	x := make([]float64, n)
	for r := n - 1; r >= 0; r-- {
		s := m[r][n]
		for k := r + 1; k < n; k++ {
			s -= m[r][k] * x[k]
		}
		x[r] = s / m[r][r]
	}
	return x
}

func writeModel(path string, m spam.Model) {
	var sb strings.Builder
	sb.WriteString("// Code generated by gen (go run ./internal/pass/spam/gen -train); DO NOT EDIT.\n\n")
	sb.WriteString("package spam\n\n")
	sb.WriteString("// sentenceWeights are the sentence model's weights, by feature.\n")
	sb.WriteString("var sentenceWeights = [nFeatures]float64{\n")
	for i, name := range spam.FeatureNames() {
		fmt.Fprintf(&sb, "\t%.4f, // %s\n", m.Sentence[i], name)
	}
	sb.WriteString("}\n\n// docWeights are the document score's weights, by feature.\n")
	sb.WriteString("var docWeights = [nDocFeatures]float64{\n")
	for i, name := range spam.DocFeatureNames() {
		fmt.Fprintf(&sb, "\t%.4f, // %s\n", m.Doc[i], name)
	}
	sb.WriteString("}\n\n// gramBar is the log odds a keyword without a template needs for removal:\n")
	sb.WriteString("// above every gram of the clean training texts, with a margin.\n")
	fmt.Fprintf(&sb, "const gramBar = %.4f\n", m.GramBar)
	sb.WriteString("\n// learnedBar is the log odds a keyword of learned words of trade only needs:\n")
	sb.WriteString("// above every such gram of the clean training texts, with a margin.\n")
	fmt.Fprintf(&sb, "const learnedBar = %.4f\n", m.LearnedBar)
	src, err := format.Source([]byte(sb.String()))
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(path, src, 0o644); err != nil {
		log.Fatal(err)
	}
}

// report holds what measure found.
type report struct {
	spamDocs, spamExact, cleanDocs, cleanChanged, cleanSuspects int
	pos, neg                                                    []float64
	byFamily                                                    map[string][2]int // exact, total
}

// measure runs m over docs (or over cleanScores' documents' scores, when
// given, for the clean side) and counts.
func measure(docs []doc, m spam.Model, only func(doc) bool, failsPath string) report {
	r := report{byFamily: map[string][2]int{}}
	var fails *os.File
	if failsPath != "" {
		var err error
		if fails, err = os.Create(failsPath); err != nil {
			log.Fatal(err)
		}
		defer fails.Close()
	}
	for _, d := range docs {
		if only != nil && !only(d) {
			continue
		}
		res, _ := spam.AnalyzeWith(d.Text, m)
		out := edit.Apply(d.Text, res.Edits)
		ok := out == d.Expected
		if d.Spam {
			r.spamDocs++
			f := r.byFamily[d.Family]
			f[1]++
			if ok {
				r.spamExact++
				f[0]++
			}
			r.byFamily[d.Family] = f
			if res.Judged {
				r.pos = append(r.pos, res.Score)
			} else {
				r.pos = append(r.pos, 0)
			}
		} else {
			r.cleanDocs++
			if !ok {
				r.cleanChanged++
			}
			if len(res.Suspects) > 0 {
				r.cleanSuspects++
			}
			if res.Judged {
				r.neg = append(r.neg, res.Score)
			}
		}
		if !ok && fails != nil {
			line, _ := json.Marshal(map[string]any{"id": d.ID, "family": d.Family, "got": out, "expected": d.Expected, "edits": res.Edits, "score": res.Score})
			fails.Write(append(line, '\n'))
		}
	}
	return r
}

func (r report) print(name string) {
	fmt.Printf("%s: spam %d, exact %.4f; clean %d, changed %d, with suspects %d; AUC %.4f; calibration error %.4f\n", name,
		r.spamDocs, float64(r.spamExact)/float64(max(1, r.spamDocs)), r.cleanDocs, r.cleanChanged, r.cleanSuspects, spam.AUC(r.pos, r.neg), calibrationError(r.pos, r.neg))
	fmt.Printf("  scores ≥ 0.5: spam %d of %d, clean %d of %d judged\n", atLeast(r.pos, 0.5), len(r.pos), atLeast(r.neg, 0.5), len(r.neg))
	fams := make([]string, 0, len(r.byFamily))
	for f := range r.byFamily {
		fams = append(fams, f)
	}
	sort.Strings(fams)
	for _, f := range fams {
		c := r.byFamily[f]
		fmt.Printf("  %-22s %3d/%3d exact\n", f, c[0], c[1])
	}
}

// atLeast counts the scores of ps at or above t.
func atLeast(ps []float64, t float64) int {
	n := 0
	for _, p := range ps {
		if p >= t {
			n++
		}
	}
	return n
}

// calibrationError is the expected calibration error of the scores over
// ten bins: how far, weighed by the documents in each, the mean score of a
// bin lies from the share of spam in it.
func calibrationError(pos, neg []float64) float64 {
	var n, sum, spam [10]float64
	add := func(p float64, y float64) {
		b := min(9, int(p*10))
		n[b]++
		sum[b] += p
		spam[b] += y
	}
	for _, p := range pos {
		add(p, 1)
	}
	for _, p := range neg {
		add(p, 0)
	}
	e, total := 0.0, float64(len(pos)+len(neg))
	for b := range n {
		if n[b] > 0 {
			e += n[b] / total * math.Abs(sum[b]/n[b]-spam[b]/n[b])
		}
	}
	return e
}

// leaveOneOut trains without each family in turn and tests on that family
// in the held-out hosts (lofo.jsonl), against the clean held-out hosts.
func leaveOneOut(train, test []doc) {
	fams := map[string]bool{}
	for _, d := range train {
		if d.Spam && d.Family != "kw-only" {
			fams[d.Family] = true
		}
	}
	names := make([]string, 0, len(fams))
	for f := range fams {
		names = append(names, f)
	}
	sort.Strings(names)
	var all report
	var aucs []float64
	ece, cleanHigh := 0.0, 0
	for _, f := range names {
		m := fit(train, f)
		r := measure(test, m, func(d doc) bool { return d.Family == f || !d.Spam }, "")
		fmt.Printf("without %-20s %3d/%3d exact, AUC %.4f, calibration error %.4f, clean changed %d, clean ≥ 0.5 %d\n", f, r.spamExact, r.spamDocs, spam.AUC(r.pos, r.neg), calibrationError(r.pos, r.neg), r.cleanChanged, atLeast(r.neg, 0.5))
		ece += calibrationError(r.pos, r.neg) / float64(len(names))
		cleanHigh = max(cleanHigh, atLeast(r.neg, 0.5))
		all.spamDocs += r.spamDocs
		all.spamExact += r.spamExact
		all.cleanChanged = max(all.cleanChanged, r.cleanChanged)
		aucs = append(aucs, spam.AUC(r.pos, r.neg))
	}
	sort.Float64s(aucs)
	mean := 0.0
	for _, a := range aucs {
		mean += a / float64(len(aucs))
	}
	fmt.Printf("leave one family out: %d/%d exact (%.4f), AUC mean %.4f, lowest %.4f, calibration error mean %.4f; clean changed at most %d, clean scoring ≥ 0.5 at most %d\n",
		all.spamExact, all.spamDocs, float64(all.spamExact)/float64(max(1, all.spamDocs)), mean, aucs[0], ece, all.cleanChanged, cleanHigh)
}

// countChanged runs the pass over every text of a JSON Lines file of real
// text nobody attacked and prints how many it changed, and each removal.
func countChanged(path string) {
	f, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<26)
	docs, changed, suspects, judged := 0, 0, 0, 0
	for sc.Scan() {
		var d struct {
			ID   string `json:"id"`
			Text string `json:"text"`
		}
		if json.Unmarshal(sc.Bytes(), &d) != nil {
			continue
		}
		docs++
		res := spam.Analyze(d.Text)
		if res.Judged {
			judged++
		}
		if len(res.Suspects) > 0 {
			suspects++
		}
		if len(res.Edits) == 0 {
			continue
		}
		changed++
		for _, e := range res.Edits {
			fmt.Printf("  %s: %s %q\n", d.ID, e.Kind, d.Text[e.Start:e.End])
		}
	}
	fmt.Printf("%s: %d documents, %d changed, %d with suspects, %d judged\n", path, docs, changed, suspects, judged)
}
