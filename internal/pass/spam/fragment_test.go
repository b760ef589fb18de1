package spam

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/unspin/unspin/internal/edit"
)

// Whole sentences or nothing: every keyword removed from a sentence that
// stays leaves the author's sentence, never a fragment ("... in regards to
// kindly visit our web site", "Click here to buy cheap."). Over clean Brown
// texts of the dev set with keywords and calls to action pushed in (whole
// and in pieces, at random word boundaries), and over the generated sets of
// scripts/spam/build.py where present, the text around each such removal
// must stand in the original.
func TestNoFragments(t *testing.T) {
	var docs []fragmentDoc
	r := rand.New(rand.NewPCG(25, 3))
	keywords := []string{"cheap car insurance", "Dentist Near Me", "best online casino", "CBD oil for dogs",
		"Seo Agency London", "in Turkey Lawyer Law Firm", "payday loans no credit check"}
	shapes := []string{"Here is more info regarding %s visit our web site.",
		"If you need any information in regards to %s kindly visit our web site.",
		"Click here to buy %s cheap.", "Feel free to surf to my blog: %s"}
	readLines(t, "../../../testdata/dev/brown.jsonl", func(d map[string]any) {
		if len(d["attacks"].([]any)) > 0 || len(docs) >= 60 {
			return
		}
		orig := d["expected"].(string)
		kw := keywords[r.IntN(len(keywords))]
		text := orig
		words := strings.Fields(kw)
		for n := 1 + r.IntN(3); n > 0; n-- {
			k := kw
			if len(words) > 2 && r.IntN(3) == 0 {
				k = strings.Join(words[1:], " ")
			}
			gaps := wordGaps(text)
			at := gaps[r.IntN(len(gaps))]
			text = text[:at] + " " + k + text[at:]
		}
		if r.IntN(2) == 0 {
			text += "\n\n" + strings.Replace(shapes[r.IntN(len(shapes))], "%s", kw, 1)
		}
		docs = append(docs, fragmentDoc{text, orig})
	})
	dir := os.Getenv("SPAMDATA")
	if dir == "" {
		dir = "/tmp/unspin-spam"
	}
	n := fragments(t, docs, t.Errorf)
	t.Logf("%d documents, %d removals", len(docs), n)
	// Every partial removal of the dev set and of the generated sets
	// (leave-one-family-out, held-out and fresh spam, the never-attacked
	// hosts), where present, is checked the same way; each fragment is
	// logged, and one more than known fails. So is every removal of a
	// sentence: one that began inside the sentence leaves its start. Known:
	//   - phrases: one of the fresh set, where a piece of a longer keyword
	//     stays beside the removed one (the "driving" of "driving school
	//     near me", its family "school near me" found elsewhere): a keyword
	//     left, not a broken sentence; grammar reads "report driving rather
	//     than" as well as "report rather than", and a word of trade said
	//     once beside a keyword is as often the author's (taking it, 41
	//     fragments over the sets; keeping the keyword wherever one stands
	//     beside it, 0.86 of the leave-one-family-out spam exact rather
	//     than 0.93);
	//   - sentences begun at a capital inside them, the words before it
	//     left: French templates whose words before the keyword are no
	//     template class ("Si vous avez des questions concernant", "Pour
	//     plus d'infos sur": lofo 3, heldout 1 after an address on its
	//     line), fresh's German "Ich empfehle Ihnen ..." (7), and a question
	//     before a call after an address on its line (1). Taking
	//     the whole sentence wherever a word stands before the start (no
	//     mark between) lost 0.15 of the leave-one-family-out spam: calls
	//     to action are appended after an address or a line's last word.
	// Absent, the generated sets are skipped: the project needs no data of
	// /tmp to test.
	known := map[string]int{"lofo": 3, "heldout": 1, "fresh": 9}
	sets := map[string]string{"dev": "../../../testdata/dev/*.jsonl"}
	for _, set := range []string{"lofo", "heldout", "fresh", "hosts"} {
		sets[set] = filepath.Join(dir, "sets", set+".jsonl")
	}
	for _, set := range []string{"dev", "lofo", "heldout", "fresh", "hosts"} {
		paths, _ := filepath.Glob(sets[set])
		var gen []fragmentDoc
		for _, path := range paths {
			readLines(nil, path, func(d map[string]any) {
				if !spamAttacksOnly(d) {
					return // the spam pass alone does not restore it
				}
				text, _ := d["text"].(string)
				want, ok := d["expected"].(string)
				if !ok {
					want = text // never attacked
				}
				gen = append(gen, fragmentDoc{text, want})
			})
		}
		if len(gen) > 0 {
			bad := 0
			n := fragments(t, gen, func(f string, a ...any) {
				bad++
				t.Logf(set+": "+f, a...)
			})
			t.Logf("%s: %d documents, %d removals, %d of them leave a fragment", set, len(gen), n, bad)
			if bad > known[set] {
				t.Errorf("%s: %d fragments, more than the %d known", set, bad, known[set])
			}
		}
	}
}

// fragments checks every removal of docs (phrase or sentence), reporting
// each fragment to fail; it returns how many removals there were.
func fragments(t *testing.T, docs []fragmentDoc, fail func(string, ...any)) int {
	partial := 0
	for _, d := range docs {
		res := Analyze(d.text)
		shift := 0
		out := edit.Apply(d.text, res.Edits)
		for _, e := range res.Edits {
			at := e.Start - shift
			shift += e.End - e.Start
			if e.Kind != edit.SpamPhrase && e.Kind != edit.SpamSentence {
				continue
			}
			partial++
			if w := around(out, at); !strings.Contains(oneLine(d.orig), oneLine(w)) {
				fail("a %s removal left %q, not in the original", e.Kind, w)
				if os.Getenv("FRAG_DEBUG") != "" {
					t.Logf("removed %q (%s)", d.text[e.Start:e.End], e.Reason)
					lo, hi := max(0, at-150), min(len(out), at+100)
					t.Logf("out: %q", out[lo:hi])
				}
			}
		}
	}
	return partial
}

type fragmentDoc struct{ text, orig string }

// spamAttacksOnly: the dev document's attacks, if any, are link spam or
// broken paragraphs (which the check reads past), none the other passes
// undo.
func spamAttacksOnly(d map[string]any) bool {
	as, _ := d["attacks"].([]any)
	for _, a := range as {
		if k, _ := a.(string); k != "keyword" && k != "template" && k != "layout" {
			return false
		}
	}
	return true
}

// oneLine joins s's words with single spaces.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// wordGaps lists the offsets of single spaces between two letters.
func wordGaps(s string) []int {
	var out []int
	for i := 1; i+1 < len(s); i++ {
		if s[i] == ' ' && isLetter(s[i-1]) && isLetter(s[i+1]) {
			out = append(out, i)
		}
	}
	return out
}

func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// around returns the two words on each side of offset at, on its line.
func around(s string, at int) string {
	from, to := at, at
	for n := 0; from > 0 && s[from-1] != '\n' && n < 3; from-- {
		if s[from-1] == ' ' {
			n++
		}
	}
	for n := 0; to < len(s) && s[to] != '\n' && n < 3; to++ {
		if s[to] == ' ' {
			n++
		}
	}
	return strings.TrimSpace(s[from:to])
}

// A call to action that a capital inside it splits ("Birmingham, visit
// our website.") is judged as the whole sentence, its slot where the
// keyword found elsewhere stands: read as a call to action, it goes whole;
// close to one, its keyword stays with the rest of its slot rather than
// leave "deals on Birmingham".
func TestMidSentenceCandidate(t *testing.T) {
	host := "We are emergency dentist all used to it. I never heard them speak emergency dentist ten minutes at a time.\n\n"
	want := "We are all used to it. I never heard them speak ten minutes at a time.\n\n"
	for _, c := range []struct{ cta, out string }{
		{"For the latest deals on emergency dentist Birmingham, visit our website.", ""},
		{"For the latest deals on emergency dentist Birmingham, check our online store.", "For the latest deals on emergency dentist Birmingham, check our online store."},
	} {
		out, _ := clean(t, host+c.cta+"\n\nThat was all.")
		if w := want + c.out + "\n\nThat was all."; c.out == "" && out != strings.TrimSuffix(want, "\n\n")+"\n\nThat was all." || c.out != "" && out != w {
			t.Errorf("%q:\ngot %q", c.cta, out)
		}
	}
}
