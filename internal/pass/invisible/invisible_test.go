package invisible

import (
	"math/rand/v2"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/unspin/unspin/internal/edit"
)

func TestPropose(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"zwsp in word", "s\u200bee", "see"},
		{"run of mixed invisibles", "n\u200d\u2060erve", "nerve"},
		{"soft hyphen beside other invisibles", "ser\u00advices and t\u200dhe rest", "services and the rest"},
		{"soft hyphen at a line end is a hyphenation point", "trans\u00ad\nformation", "trans\u00ad\nformation"},
		{"soft hyphen before CRLF", "trans\u00ad\r\nformation", "trans\u00ad\r\nformation"},
		{"soft hyphens as the author's hyphenation hints stay",
			"The in\u00adter\u00adna\u00adtion\u00adal com\u00admit\u00adtee dis\u00adcussed hy\u00adphen\u00ada\u00adtion and its\u00adelf.",
			"The in\u00adter\u00adna\u00adtion\u00adal com\u00admit\u00adtee dis\u00adcussed hy\u00adphen\u00ada\u00adtion and its\u00adelf."},
		{"soft hyphens in short words are evasion even beside hints",
			"The in\u00adter\u00adna\u00adtion\u00adal com\u00admit\u00adtee dis\u00adcussed hy\u00adphen\u00ada\u00adtion in c\u00adbd.",
			"The international committee discussed hyphenation in cbd."},
		{"bom inside", "ab\ufeffc", "abc"},
		{"bom at start is a signature", "\ufeffabc", "\ufeffabc"},
		{"invisible operators", "x\u2061\u2062\u2063\u2064y", "xy"},
		{"cgj between letters", "a\u034fb", "ab"},
		{"cgj before a mark stays", "a\u034f\u0301", "a\u034f\u0301"},
		{"mongolian vowel separator outside mongolian", "te\u180est", "test"},
		{"hangul filler in latin", "te\u3164st", "test"},
		{"zwj in latin word", "beca\u200duse", "because"},
		{"zwnj in latin word", "beca\u200cuse", "because"},
		{"zwj emoji", "👩\u200d💻", "👩\u200d💻"},
		{"zwj emoji with skin tone", "👩🏽\u200d💻", "👩🏽\u200d💻"},
		{"zwnj persian", "می\u200cخواهم", "می\u200cخواهم"},
		{"zwj devanagari", "क्\u200dष", "क्\u200dष"},
		{"zwj bengali", "উত্\u200dপীড়", "উত্\u200dপীড়"},
		{"zwsp thai", "ภาษา\u200bไทย", "ภาษา\u200bไทย"},
		{"zwsp thai before a number", "คลื่น\u200bสูง\u200b2–3 เมตร", "คลื่น\u200bสูง\u200b2–3 เมตร"},
		// MathML's invisible operators between a formula's letters stay; in a
		// word of prose they hide it.
		{"invisible times in a formula", "Newton's second law: F = m\u2062a, and p = m\u2062v.", "Newton's second law: F = m\u2062a, and p = m\u2062v."},
		{"invisible times in a word of prose", "The m\u2062an walked home = late.", "The man walked home = late."},
		{"function application before a word's letters", ">>> e\u2061xe = src.stem", ">>> exe = src.stem"},
		{"invisible times in a quoted reply's word", "> > Dat\u2062e:  Wed, 28 Aug 2002", "> > Date:  Wed, 28 Aug 2002"},
		{"invisible separator beside a plus of prose", "hit a second + a\u2063nd you go", "hit a second + and you go"},
		{"invisible times after three letters of a term", "Let x = Dat\u2062e here.", "Let x = Date here."},
		{"invisible separator in a term the text writes as a word", "Our X\u2063ML / RSS Feed and the XML file.", "Our XML / RSS Feed and the XML file."},
		{"invisible separator in a term English knows", "Units: km / h\u2063ou\u2063r.", "Units: km / hour."},
		{"invisible times between a number and its variable", "y = 2\u2062x + 1", "y = 2\u2062x + 1"},
		{"invisible separators after a prefix operator", "the trace is tr\u2061(A) = \u2211 a\u2063i\u2063i.", "the trace is tr\u2061(A) = \u2211 a\u2063i\u2063i."},
		{"function application before its argument", "tan\u2061θ = sin\u2061θ / cos\u2061θ", "tan\u2061θ = sin\u2061θ / cos\u2061θ"},
		// Operands with no operator of arithmetic by: a Greek letter after
		// the operator, or single letters no word is made of.
		{"function application before a greek argument after a power", "sin²\u2061θ + cos²\u2061θ = 1", "sin²\u2061θ + cos²\u2061θ = 1"},
		{"invisible times before a greek factor in brackets", "and exp\u2061(i\u2062π) + 1 = 0.", "and exp\u2061(i\u2062π) + 1 = 0."},
		{"invisible separators between indices", "Each entry a\u2063i\u2063j of the matrix A.", "Each entry a\u2063i\u2063j of the matrix A."},
		// OPERATOR-AFTER-FACTOR: before a Greek letter, a factor is one
		// letter or a term with a figure; two letters are a word's.
		{"invisible times after a number before a greek factor", "the length 2\u2062π r of the circle", "the length 2\u2062π r of the circle"},
		{"invisible plus after two letters before a greek look-alike", "Just like you said yo\u2064υ leave my life", "Just like you said yoυ leave my life"},
		{"invisible separators through a word", "the d\u2063o\u2063g barked", "the dog barked"},
		{"invisible separators through an acronym", "B\u2061T\u2061W, it works", "BTW, it works"},
		{"invisible separators through a word written elsewhere", "the q\u2063x\u2063z and the qxz", "the qxz and the qxz"},
		// I1: outside a word an invisible splits nothing.
		{"zwsp between latin words stays", "one \u200b two", "one \u200b two"},
		{"zwsp pair after a space stays", "as variáveis \u200b\u200bde ambiente", "as variáveis \u200b\u200bde ambiente"},
		{"zwsp as a break opportunity in a path stays", "/usr/share/\u200blocale/\u200bda", "/usr/share/\u200blocale/\u200bda"},
		{"zwsp beside khmer punctuation stays", "APT\u200b\u00a0។ apt-get", "APT\u200b\u00a0។ apt-get"},
		{"bom opening a later paragraph stays", "Typ\n\n\ufeffNicht verfügbar", "Typ\n\n\ufeffNicht verfügbar"},
		{"bom before a word stays", "Verbindung zum \ufeffHTTP-Proxy", "Verbindung zum \ufeffHTTP-Proxy"},
		{"zwnj after arabic punctuation stays", "حافظه،\u200c بستن", "حافظه،\u200c بستن"},
		{"soft hyphen beside a dash stays", "sektorerne %u\u00ad-%u", "sektorerne %u\u00ad-%u"},
		{"word joiner after a hyphen stays", "belirtebilirsiniz \"-\u2060\" ile", "belirtebilirsiniz \"-\u2060\" ile"},
		// I3: break hints the author put in long words.
		{"a lone soft hyphen in a long word is the author's hint", "Yazd\n\nJog\u00adjakarta\n\nYork", "Yazd\n\nJog\u00adjakarta\n\nYork"},
		{"no hyphenation breaks off a word's first letter", "he said, t\u00adhough.", "he said, though."},
		{"a translator's stray soft hyphen before a word's last letter stays", "Categori\u00ada", "Categori\u00ada"},
		{"soft hyphens where a dictionary puts them stay beside a spoofer's joiners (I3b)", "Bijgaand de aan\U0001d175sprake\u00adlijkheids\u00adverzekerings\u00adpolis en het arbeids\u00adongeschi\u200dkt\u00adheids\u00adverzekering.", "Bijgaand de aansprake\u00adlijkheids\u00adverzekerings\u00adpolis en het arbeids\u00adongeschikt\u00adheids\u00adverzekering."},
		{"a soft hyphen beside a word's edge letter is junk, and so are the others (I3b)", "Bijgaand de aansprake\u00adlijkheids\u00adverzekerings\u00adpolis en h\u00adet arbeids\u200dongeschikt.", "Bijgaand de aansprakelijkheidsverzekeringspolis en het arbeidsongeschikt."},
		{"soft hyphens in compounds stay", "Bruk autentiserings\u00adagent og eksempel\u00adprogram.", "Bruk autentiserings\u00adagent og eksempel\u00adprogram."},
		{"zero-width spaces in Scandinavian compounds stay", "Vælg standard\u200bindstillinger for tastatur\u200blayout.", "Vælg standard\u200bindstillinger for tastatur\u200blayout."},
		{"a soft hyphen standing for a hyphen in Cyrillic stays", "Реюнон\n\nСент\u00adБартелеми", "Реюнон\n\nСент\u00adБартелеми"},
		{"break hints beside a joiner in a word are a spoof's", "Vælg standard\u200bindstillinger for tas\u200dtatur.", "Vælg standardindstillinger for tastatur."},
		{"a break hint in a short word is a spoof's", "the in\u00adternational t\u200bhe", "the international the"},
		// Every default-ignorable, not only the usual ones: a spoof draws
		// from all of them.
		{"reserved default-ignorable in a word", "t\u2065he", "the"},
		{"deprecated format characters in a word", "t\u206ah\u206fe", "the"},
		{"musical format control in a word", "t\U0001d175he", "the"},
		{"musical format control between musical symbols stays", "\U0001d15f\U0001d173\U0001d15f", "\U0001d15f\U0001d173\U0001d15f"},
		{"mongolian free variation selector outside mongolian", "th\u180fe", "the"},
		{"mongolian free variation selector after a mongolian letter stays", "\u182d\u180b\u1820", "\u182d\u180b\u1820"},
		{"shorthand format control outside duployan", "th\U0001bca2e", "the"},
		{"shorthand format control between duployan letters stays", "\U0001bc00\U0001bca0\U0001bc01", "\U0001bc00\U0001bca0\U0001bc01"},
		{"reserved default-ignorable between words stays", "a \u2065 b", "a \u2065 b"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := edit.Apply(tc.in, edit.Normalize(tc.in, Propose(tc.in)))
			if got != tc.want {
				t.Errorf("got %q want %q", got, tc.want)
			}
		})
	}
}

// TestProposeSpoofed: in a document whose look-alikes an earlier round
// restored, a lone break hint in a word is the spoofer's; three that the
// author typed, inside words or after a path's slash, stay (I3c).
func TestProposeSpoofed(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"a lone soft hyphen goes", "eating crab sand\u00adwiches.", "eating crab sandwiches."},
		{"a lone zero-width space in a compound goes", "Vælg standard\u200bindstillinger.", "Vælg standardindstillinger."},
		{"hints in many words stay", "Rück\u00admeldung zur Projekt\u00adplanung und Gemeinde\u00adrat.", "Rück\u00admeldung zur Projekt\u00adplanung und Gemeinde\u00adrat."},
		{"hints after a path's slashes count", "docs.example.jp/\u200bja/\u200bmanual and computeLine\u200bBreaks", "docs.example.jp/\u200bja/\u200bmanual and computeLine\u200bBreaks"},
		{"a soft hyphen at a line end stays", "trans\u00ad\nformation", "trans\u00ad\nformation"},
		{"no hint before a word's last letter", "Via Robo\u00adt, Rück\u00admeldung zur Projekt\u00adplanung.", "Via Robot, Rückmeldung zur Projektplanung."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := edit.Apply(tc.in, edit.Normalize(tc.in, ProposeSpoofed(tc.in, true))); got != tc.want {
				t.Errorf("spoofed: got %q want %q", got, tc.want)
			}
			if got := edit.Apply(tc.in, edit.Normalize(tc.in, Propose(tc.in))); got != tc.in {
				t.Errorf("not spoofed: got %q, want it unchanged", got)
			}
		})
	}
}

// hyphenationHintsFields is hyphenationHints as first written, over the
// fields strings.FieldsFunc makes: the scan must answer as it does.
func hyphenationHintsFields(text string) bool {
	if !strings.Contains(text, "\u00ad") {
		return false
	}
	hinted, long := 0, 0
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && r != 0x00AD }) {
		n := strings.Count(w, "\u00ad")
		letters := utf8.RuneCountInString(w) - n
		if n > 0 && letters < 6 {
			return false
		}
		if letters >= 8 {
			long++
			if n >= 2 {
				hinted++
			}
		}
	}
	return hinted >= 3 && 2*hinted >= long
}

func TestHyphenationHintsScan(t *testing.T) {
	pieces := []string{"\u00ad", "a", "é", "ж", " ", "-", "\xff", "1", "hy\u00adphen\u00ada\u00adtion", "Jog\u00adjakarta", "abcdefgh", "\u00ad\u00ad"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(60) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		if got, want := hyphenationHints(s), hyphenationHintsFields(s); got != want {
			t.Fatalf("hyphenationHints(%q) = %v, FieldsFunc's answer %v", s, got, want)
		}
	}
}

// TestLongWordLinear: a word hundreds of kilobytes long with tens of
// thousands of invisibles inside is read in time that grows with its
// length, not with its length times its runs (which took minutes).
func TestLongWordLinear(t *testing.T) {
	for _, c := range []string{"\u200b", "\u00ad", "\u2063"} {
		text := strings.Repeat("x", 200000) + strings.Repeat("abcdef"+c, 20000) + strings.Repeat("a"+c, 20000)
		start := time.Now()
		Propose(text)
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("%U: %v for a %d-byte word", []rune(c)[0], d, len(text))
		}
	}
}
