package homoglyph

import (
	"strings"
	"testing"
)

// TestJointLetters: JOINT-LETTERS. One Latin look-alike stands for two
// letters of a word: o for Greek ο and σ, y for Turkmen у and ү. Weighed
// one at a time, each beside the other's first guess, they came back
// δικαισούνης (every second word holding ο or σ spoofed) and душүнишмеклиге.
func TestJointLetters(t *testing.T) {
	for _, tc := range []struct {
		id    string
		holds func(w string) bool
		every int // spoof every every-th word that holds
		spoof *strings.Replacer
	}{
		{"udhr-ell_polytonic", func(w string) bool { return strings.ContainsAny(w, "οσ") }, 2, strings.NewReplacer("ο", "o", "σ", "o")},
		{"udhr-tuk_cyrl", func(w string) bool { return strings.Contains(w, "дүшүнишмеклиге") }, 1, strings.NewReplacer("ү", "y", "у", "y")},
	} {
		t.Run(tc.id, func(t *testing.T) {
			in := devTexts(t, tc.id)[tc.id]
			words := strings.Split(in, " ")
			n := 0
			for i, w := range words {
				if tc.holds(w) {
					if n++; n%tc.every == 0 {
						words[i] = tc.spoof.Replace(w)
					}
				}
			}
			if n == 0 {
				t.Fatalf("no word of %s to spoof", tc.id)
			}
			got := strings.Split(cleanAttacked(strings.Join(words, " ")), " ")
			want := strings.Split(in, " ")
			if len(got) != len(want) {
				t.Fatalf("%d words, want %d", len(got), len(want))
			}
			for i := range want {
				if got[i] != want[i] {
					t.Errorf("%q, want %q", got[i], want[i])
				}
			}
		})
	}
}

// TestWholeHeading: the Greek UDHR's heading spoofed whole in Latin, the
// text under attack (one more word spoofed). DICTIONARY-WORD: a Greek
// dictionary has οικουμενικη, so OIKOYMENIKH is ΟΙΚΟΥΜΕΝΙΚΗ, while NOKIA,
// which it lacks, stays. STROKE-AMONG-CAPITALS: the l among capitals is Ι
// (OIKOYMENlKH), and the Latin word it is in makes no other Latin word
// genuine (TA, a short word, is restored too).
func TestWholeHeading(t *testing.T) {
	in := devTexts(t, "udhr-ell_polytonic")["udhr-ell_polytonic"]
	const heading = "ΟΙΚΟΥΜΕΝΙΚΗ ΔΙΑΚΗΡΥΞΗ ΓΙΑ ΤΑ ΑΝΘΡΩΠΙΝΑ"
	if !strings.HasPrefix(in, heading) || !strings.Contains(in, " τοῦ ") {
		t.Fatal("udhr-ell_polytonic has changed")
	}
	attacked := strings.Replace(in, " τοῦ ", " τoῦ ", 1)
	for _, tc := range []struct{ rule, spoofed, want string }{
		{"DICTIONARY-WORD", "OIKOYMENIKH ΔΙΑΚΗΡΥΞΗ ΓΙΑ ΤΑ ΑΝΘΡΩΠΙΝΑ", heading},
		{"DICTIONARY-WORD", "NOKIA ΔΙΑΚΗΡΥΞΗ ΓΙΑ ΤΑ ΑΝΘΡΩΠΙΝΑ", "NOKIA ΔΙΑΚΗΡΥΞΗ ΓΙΑ ΤΑ ΑΝΘΡΩΠΙΝΑ"},
		{"STROKE-AMONG-CAPITALS", "OIKOYMENlKH ΔΙΑΚΗΡΥΞΗ ΓΙΑ TA ΑΝΘΡΩΠΙΝΑ", heading},
	} {
		t.Run(tc.rule, func(t *testing.T) {
			got := cleanAttacked(tc.spoofed + strings.TrimPrefix(attacked, heading))
			if want := tc.want + strings.TrimPrefix(in, heading); got != want {
				t.Errorf("got %q, want %q", got[:min(len(got), 120)], want[:120])
			}
		})
	}
}

// heavyAttack strikes every fourth of the letters its table holds, as a
// heavy attack does: most long words hold two look-alikes or more.
func heavyAttack(text string, table map[rune]rune) string {
	seen := map[rune]int{}
	var b strings.Builder
	for _, r := range text {
		if g, ok := table[r]; ok {
			if seen[r]++; seen[r]%4 == 0 {
				b.WriteRune(g)
				continue
			}
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Rule PLAIN-WORDS-FIRST: under a heavy attack the long words that hold þ
// hold other look-alikes too, and restored whole are forms a text of long
// words (Trinitario) writes once: words that hold þ alone say whether it
// restores to the text's words. Icelandic keeps its þ and ð, Hausa its ɗ,
// ƙ and ɓ, attacked as heavily.
func TestPlainWordsFirst(t *testing.T) {
	table := map[rune]rune{'a': 'а', 'o': 'о', 'e': 'е', 'u': '𝙪', 's': 'ѕ', 'n': 'ռ', 'p': 'þ', 'c': 'ϲ', 'k': '𝗸'}
	texts := devTexts(t, "udhr-trn", "udhr-isl", "udhr-hau_NE")
	if got := clean(heavyAttack(texts["udhr-trn"], table)); strings.Contains(got, "þ") {
		t.Errorf("udhr-trn: %d þ for p left in place", strings.Count(got, "þ"))
	}
	delete(table, 'p')
	for _, id := range []string{"udhr-isl", "udhr-hau_NE"} {
		in := heavyAttack(texts[id], table)
		got := clean(in)
		for _, r := range "þðɗƙɓ" {
			if strings.Count(got, string(r)) != strings.Count(texts[id], string(r)) {
				t.Errorf("%s: %d %c of %d kept", id, strings.Count(got, string(r)), r, strings.Count(texts[id], string(r)))
			}
		}
	}
}
