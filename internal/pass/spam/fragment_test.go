package spam

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
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
		docs = append(docs, fragmentDoc{text: text, orig: orig})
	})
	dir := os.Getenv("SPAMDATA")
	if dir == "" {
		dir = "/tmp/unspin-spam"
	}
	n := fragments(t, docs, t.Errorf, nil)
	t.Logf("%d documents, %d removals", len(docs), n)
	// Every partial removal of the dev set and of the generated sets
	// (leave-one-family-out, held-out and fresh spam, the never-attacked
	// hosts), where present, is checked the same way, and so is every
	// removal of a sentence (one that began inside the sentence leaves its
	// start): each fragment fails. A removal beside which a piece of an
	// inserted keyword stays, the sentence otherwise whole (the gold
	// keyword gone, the text around it is the original's), is a keyword
	// left, not a broken sentence: counted apart, one more than known
	// fails. Known: one of the fresh set, the "driving" of "driving school
	// near me" where its family "school near me" is found elsewhere. The
	// grammar reads "report driving rather than" as well as "report rather
	// than", and a once-said word of trade right before an occurrence of a
	// family is the author's in 101 of the 102 such occurrences over the
	// sets (train, lofo, heldout, fresh): taking it, or keeping the
	// occurrence, would cost those.
	// Absent, the generated sets are skipped: the project needs no data of
	// /tmp to test.
	knownLeft := map[string]int{"fresh": 1}
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
				gen = append(gen, fragmentDoc{text, want, keywordSpans(text, d["kws"])})
			})
		}
		if len(gen) > 0 {
			bad, left := 0, 0
			n := fragments(t, gen, func(f string, a ...any) {
				bad++
				t.Errorf(set+": "+f, a...)
			}, func(f string, a ...any) {
				left++
				t.Logf(set+": "+f, a...)
			})
			t.Logf("%s: %d documents, %d removals, %d of them leave a fragment, %d a piece of a keyword", set, len(gen), n, bad, left)
			if left > knownLeft[set] {
				t.Errorf("%s: %d pieces of keywords left beside removals, more than the %d known", set, left, knownLeft[set])
			}
		}
	}
}

// fragments checks every removal of docs (phrase or sentence), reporting
// each fragment to fail and each piece of an inserted keyword left beside
// one to piece (nil: a fragment); it returns how many removals there were.
func fragments(t *testing.T, docs []fragmentDoc, fail, piece func(string, ...any)) int {
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
			w := around(out, at)
			if strings.Contains(oneLine(d.orig), oneLine(w)) {
				continue
			}
			report := fail
			if piece != nil && keywordLeft(d, res.Edits, e) {
				report = piece
			}
			report("a %s removal left %q, not in the original", e.Kind, w)
			if os.Getenv("FRAG_DEBUG") != "" {
				t.Logf("removed %q (%s)", d.text[e.Start:e.End], e.Reason)
				lo, hi := max(0, at-150), min(len(out), at+100)
				t.Logf("out: %q", out[lo:hi])
			}
		}
	}
	return partial
}

// keywordLeft: beside removal e of d (edits es), part of an inserted
// keyword stays, and with that keyword gone too the text around e is the
// original's.
func keywordLeft(d fragmentDoc, es []edit.Edit, e edit.Edit) bool {
	for _, k := range d.kws {
		if k[0] > e.End || e.Start > k[1] || e.Start <= k[0] && k[1] <= e.End {
			continue
		}
		gone := make([]bool, len(d.text))
		for _, x := range append(slices.Clone(es), edit.Edit{Start: k[0], End: k[1]}) {
			for i := x.Start; i < x.End; i++ {
				gone[i] = true
			}
		}
		var out strings.Builder
		at := 0
		for i := range len(d.text) {
			if i == e.Start {
				at = out.Len()
			}
			if !gone[i] {
				out.WriteByte(d.text[i])
			}
		}
		if strings.Contains(oneLine(d.orig), oneLine(around(out.String(), at))) {
			return true
		}
	}
	return false
}

// keywordSpans converts a generated document's inserted keywords (kws:
// code-point ranges) into byte ranges of text.
func keywordSpans(text string, kws any) [][2]int {
	list, _ := kws.([]any)
	if len(list) == 0 {
		return nil
	}
	var byteAt []int
	for i := range text {
		byteAt = append(byteAt, i)
	}
	byteAt = append(byteAt, len(text))
	var out [][2]int
	for _, k := range list {
		r, _ := k.([]any)
		if len(r) != 2 {
			continue
		}
		a, b := int(r[0].(float64)), int(r[1].(float64))
		if 0 <= a && a <= b && b < len(byteAt) {
			out = append(out, [2]int{byteAt[a], byteAt[b]})
		}
	}
	return out
}

type fragmentDoc struct {
	text, orig string
	kws        [][2]int // inserted keywords, bytes of text (generated sets)
}

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
// keyword found elsewhere stands (after the offer, "the latest deals on"):
// read as a call to action, it goes whole (a store on the web is a site);
// close to one, its keyword stays with the rest of its slot rather than
// leave "deals on Birmingham".
func TestMidSentenceCandidate(t *testing.T) {
	host := "We are emergency dentist all used to it. I never heard them speak emergency dentist ten minutes at a time.\n\n"
	want := "We are all used to it. I never heard them speak ten minutes at a time.\n\n"
	for _, c := range []struct{ cta, out string }{
		{"For the latest deals on emergency dentist Birmingham, visit our website.", ""},
		{"For the latest deals on emergency dentist Birmingham, check our online store.", ""},
		{"For the latest deals on emergency dentist Birmingham, check our store.", "For the latest deals on emergency dentist Birmingham, check our store."},
	} {
		out, _ := clean(t, host+c.cta+"\n\nThat was all.")
		if w := want + c.out + "\n\nThat was all."; c.out == "" && out != strings.TrimSuffix(want, "\n\n")+"\n\nThat was all." || c.out != "" && out != w {
			t.Errorf("%q:\ngot %q", c.cta, out)
		}
	}
}

// Where a call to action begins, so that none of its words stay behind:
//   - slotIsSite: a slot that is the page the reader is sent to ("sur
//     notre site web", "sur" is "on" as well as "about") is no keyword;
//     the sentence is judged from its start with the keyword its anchors
//     place (else "Paris, vous pouvez ..." went alone, for "notre site
//     web", leaving "Si vous avez des questions concernant cheap flights
//     to");
//   - capitalInside: a polite pronoun English lacks ("Ihnen") after a word
//     in lower case starts no sentence (else "Ich empfehle" stayed);
//     English "You" on a line after an address still starts one;
//   - questionOf: the question of a call in two sentences is found where
//     the line before ran into it (an address without end punctuation).
func TestCallStartsWhole(t *testing.T) {
	host := "The committee met on Tuesday. It will meet again next month."
	url := "\nhttp://lists.example.net/mailman/listinfo/rpm-list"
	for _, c := range []struct{ name, before, cta string }{
		{"slotIsSite", " ", "Si vous avez des questions concernant cheap flights to Paris, vous pouvez nous contacter sur notre site web."},
		{"slotIsSite, imperative", " ", "Découvrez online pharmacy without prescription sur notre site web."},
		{"capitalInside", " ", "Ich empfehle Ihnen meine Website über septic tank pumping."},
		{"capitalInside, English You", url + " ", "You will find more information about furniture removal Sydney at our homepage."},
		{"questionOf", url + " ", "Searching for gutter guards? Visit our site today."},
	} {
		in := host + c.before + c.cta + "\n\nThat was all."
		want := host + strings.TrimRight(c.before, " ") + "\n\nThat was all."
		if out, _ := clean(t, in); out != want {
			t.Errorf("%s:\ngot  %q\nwant %q", c.name, out, want)
		}
	}
}
