package spam

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/unspin/unspin/internal/lexicon"
)

func TestDbgNgrams(t *testing.T) {
	f, _ := os.Open("/tmp/unspin-eval/brown.jsonl")
	g, _ := os.Open("/work/shared/eval/dev/brown.jsonl")
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	gs := bufio.NewScanner(g)
	gs.Buffer(nil, 1<<24)
	for sc.Scan() && gs.Scan() {
		var o struct{ ID, Text string }
		var gd struct {
			Keyword string
			Attacks []string
		}
		json.Unmarshal(sc.Bytes(), &o)
		json.Unmarshal(gs.Bytes(), &gd)
		toks := tokenize(o.Text)
		tg := tagAll(toks)
		type occ struct{ i int }
		grams := map[string][]int{}
		for n := 2; n <= 5; n++ {
			for i := 1; i+n <= len(toks); i++ {
				ok := true
				for j := i; j < i+n; j++ {
					if !toks[j].word || j > i && toks[j].nl {
						ok = false
					}
				}
				if !ok {
					continue
				}
				parts := []string{}
				for j := i; j < i+n; j++ {
					parts = append(parts, toks[j].text)
				}
				k := strings.Join(parts, " ")
				grams[k] = append(grams[k], i)
			}
		}
		type cand struct {
			k    string
			mean float64
			min  float64
			n    int
			rare int
		}
		var cs []cand
		for k, occs := range grams {
			if len(occs) < 2 {
				continue
			}
			n := len(strings.Fields(k))
			sum, mn := 0.0, 99.0
			for _, i := range occs {
				s := tg.insertionScore(i, i+n)
				sum += s
				mn = min(mn, s)
			}
			rare := 0
			for _, w := range strings.Fields(k) {
				if lexicon.Count(w) < 20 {
					rare++
				}
			}
			cs = append(cs, cand{k, sum / float64(len(occs)), mn, len(occs), rare})
		}
		sort.Slice(cs, func(a, b int) bool { return cs[a].min > cs[b].min })
		isKW := "clean"
		if gd.Keyword != "" {
			isKW = "KW=" + gd.Keyword
		}
		fmt.Printf("== %s %s %v\n", o.ID, isKW, gd.Attacks)
		for _, c := range cs[:min(4, len(cs))] {
			fmt.Printf("   %.2f %.2f n=%d rare=%d %q\n", c.min, c.mean, c.n, c.rare, c.k)
		}
	}
}
