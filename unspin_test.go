package unspin

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

// Legitimate text of many kinds must come back unchanged with no edits.
var legitimate = []struct{ name, text string }{
	{"russian in english", "Moscow (Russian: Москва) is the capital. The Kremlin, or Кремль, stands on the river."},
	{"russian text", "Все люди рождаются свободными и равными в своем достоинстве и правах. Они наделены разумом и совестью."},
	{"greek text", "Όλοι οι άνθρωποι γεννιούνται ελεύθεροι και ίσοι στην αξιοπρέπεια και τα δικαιώματα."},
	{"greek word in english", "The Greek word λόγος means word, and Ελλάδα is Greece."},
	{"cherokee in english", "The Cherokee name for the language is ᏣᎳᎩ, written in the syllabary."},
	{"armenian in english", "The capital of Armenia is Երևան, which the story calls Yerevan."},
	{"greek symbols", "The stock has a β of 1.2, and ρ is the correlation. Δt is small; the α-helix is stable, and π ≈ 3.14."},
	{"ipa", "The word good is pronounced /ɡʊd/ and cat is [kæt] in IPA."},
	{"turkish", "We visited Ağrı and Iğdır; the letter ı has no dot, İstanbul has a dotted İ."},
	{"hausa", "Ɗan Adam yana da ƙarfi. Ina ɗaukar ɗan littafi; ƙasa ɗaya ce."},
	{"vietnamese", "Tiếng Việt có nhiều dấu thanh: ạ, ả, ã, ế, ồ, ữ."},
	{"polish icelandic", "Kraków, Gdańsk, Łódź; Þórður og Guðrún búa á Íslandi."},
	{"typography", "“Quoted,” she said – and then — paused… It’s 5\u00a0km away."},
	{"emoji zwj", "Great work 👍🏽! The family 👨\u200d👩\u200d👦 and the coder 👩\u200d💻 are emoji ZWJ sequences."},
	{"emoji flag", "Scotland 🏴\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F plays today."},
	{"persian zwnj", "می\u200cخواهم کتاب\u200cها را بخوانم."},
	{"hebrew rlm", "The word שלום\u200f means peace, and עברית\u200f is Hebrew."},
	{"hindi", "किताब शब्द अरबी से आया है, और क्\u200dष एक संयुक्त अक्षर है।"},
	{"emoji presentation", "I ❤\ufe0f this, and ☺\ufe0e is the text style."},
	{"japanese", "東京は日本の首都です。ＡＢＣ社の新製品が発売された。"},
	{"thai zwsp", "ภาษาไทย\u200bไม่มี\u200bการเว้นวรรค\u200bระหว่างคำ"},
	{"empty", ""},
	{"ascii", "Plain ASCII text with numbers 1, 2, 3 and punctuation!"},
}

func TestLegitimateTextUnchanged(t *testing.T) {
	for _, tc := range legitimate {
		t.Run(tc.name, func(t *testing.T) {
			r := Clean(tc.text)
			if r.Text != tc.text || len(r.Edits) != 0 {
				t.Errorf("changed:\n got %q\nwant %q\nedits %+v", r.Text, tc.text, r.Edits)
			}
			if s, _ := r.SpamScore(); r.Obfuscated >= 0.5 || s >= 0.5 {
				t.Errorf("scores obfuscated=%.2f spam=%.2f for clean text", r.Obfuscated, s)
			}
		})
	}
}

var attacks = []struct {
	name, in, want string
	kind           Kind
}{
	{"cyrillic in english", "The Russіan embassy ѕaid tһe talks were frаnk.", "The Russian embassy said the talks were frank.", Homoglyph},
	{"greek in english", "The State Deρartment and the οffice of the ϲounsel.", "The State Department and the office of the counsel.", Homoglyph},
	{"armenian cherokee nko", "Ꭲhe dіscսssion օf ߋur ᏔASHINGTON ᏒEPORT.", "The discussion of our WASHINGTON REPORT.", Homoglyph},
	{"latin extended", "Rhode Islanɗ is smaⅼl, and the Ƅig Ɍeport said so. Rhode Island is a state and Report is a name.", "Rhode Island is small, and the Big Report said so. Rhode Island is a state and Report is a name.", Homoglyph},
	{"whole word spoof", "Тhe officials wіll ѕее what happens.", "The officials will see what happens.", Homoglyph},
	{"latin in russian", "Все люди рождaются свoбодными и рaвными в свoем достоинстве.", "Все люди рождаются свободными и равными в своем достоинстве.", Homoglyph},
	// ATTACK-SHOWN-HIDDEN: invisible characters and direction marks in
	// words show the attack, and a URL's look-alikes are read as in a text
	// with spoofs restored (without them the text reads as untouched).
	{"hidden characters show the attack", "URL: http://𝐰𝐰𝐰.newsisfr\u200eee.com/click/-3,8483156,1440/\nDa\u200ete: Not s\u206auppl\u200ei\u206aed\n", "URL: http://www.newsisfree.com/click/-3,8483156,1440/\nDate: Not supplied\n", Homoglyph},
	// HTML's width=52 and height=20 are no quoted-printable escapes: the
	// small look-alike in the link's query is a small letter (the whole
	// pipeline: one round of the homoglyph pass leaves it).
	{"no escape in html", "<td width=52 height=20><a href=\"http://clickthru.online.com/Click?q=𝖽6-γw2ⲔQᎷPdP0pV4BsnO\">Go</a> and thе end.", "<td width=52 height=20><a href=\"http://clickthru.online.com/Click?q=d6-yw2KQMPdP0pV4BsnO\">Go</a> and the end.", Homoglyph},
	// Nor is a URL's query a formula: a mathematical letter there is a
	// look-alike.
	{"no formula in a url", "See http://www.example.com/x?Mod=6487&NL=𝐞424&ID=5 and thе end.", "See http://www.example.com/x?Mod=6487&NL=e424&ID=5 and the end.", Homoglyph},
	{"digit look-alike alone", "The Airbus A3\u09ea0 landed at gate 12.", "The Airbus A380 landed at gate 12.", Homoglyph},
	{"zero width", "s\u200bee the dis\u2060count on ca\u00adsh and be\ufeffst pri\u200dces", "see the discount on cash and best prices", Invisible},
	{"invisible operators", "buy\u2062now and sa\u2061ve", "buynow and save", Invisible},
	{"rlo", "Visit \u202emoc.elpmaxe\u202c today.", "Visit example.com today.", Bidi},
	{"useless embedding inside words", "Plain te\u202axt\u202c he\u200fre.", "Plain text here.", Bidi},
	{"backspace", "the cheap\b\b\b\b\bfree offer", "the free offer", Deletion},
	{"tag smuggling", "Hello\U000E0049\U000E0067\U000E006E\U000E006F\U000E0072\U000E0065 world", "Hello world", Tag},
	{"variation selector payload", "Hi\ufe01\ufe02\ufe03\U000E0110 there", "Hi there", Tag},
}

func TestAttacksUndone(t *testing.T) {
	for _, tc := range attacks {
		t.Run(tc.name, func(t *testing.T) {
			r := Clean(tc.in)
			if r.Text != tc.want {
				t.Errorf("\n got %q\nwant %q\nedits %+v", r.Text, tc.want, r.Edits)
			}
			found := false
			for _, e := range r.Edits {
				found = found || e.Kind == tc.kind
			}
			if !found {
				t.Errorf("no %s edit in %+v", tc.kind, r.Edits)
			}
			if r.Obfuscated < 0.5 {
				t.Errorf("obfuscated %.2f < 0.5", r.Obfuscated)
			}
		})
	}
}

func TestTagTextReported(t *testing.T) {
	r := Clean("Hi\U000E0069\U000E0067\U000E006E\U000E006F\U000E0072\U000E0065!")
	if len(r.Edits) != 1 || r.Edits[0].Hidden != "ignore" {
		t.Fatalf("edits %+v", r.Edits)
	}
}

// checkInvariants holds for every input: edits applied to the input give the
// output, their Before fields are the input's bytes, cleaning is idempotent,
// and output is valid UTF-8 wherever the input was.
func checkInvariants(t *testing.T, in string) {
	t.Helper()
	screenSound(t, fmt.Sprintf("%q", in), in)
	r := Clean(in)
	if got := Apply(in, r.Edits); got != r.Text {
		t.Fatalf("edits do not reproduce output for %q", in)
	}
	for _, e := range r.Edits {
		if in[e.Start:e.End] != e.Before {
			t.Fatalf("edit Before %q is not input[%d:%d] %q", e.Before, e.Start, e.End, in[e.Start:e.End])
		}
	}
	again := Clean(r.Text)
	if again.Text != r.Text {
		t.Fatalf("not idempotent:\n in %q\nout %q\nout2 %q\nedits2 %+v", in, r.Text, again.Text, again.Edits)
	}
	if len(again.Edits) != 0 {
		t.Fatalf("cleaned text still yields edits %+v", again.Edits)
	}
	if utf8.ValidString(in) && !utf8.ValidString(r.Text) {
		t.Fatalf("valid input gave invalid output %q", r.Text)
	}
	if s, _ := r.SpamScore(); r.Obfuscated < 0 || r.Obfuscated > 1 || s < 0 || s > 1 {
		t.Fatalf("scores out of range: %+v", r)
	}
}

func TestPropertiesOnExamples(t *testing.T) {
	for _, tc := range attacks {
		checkInvariants(t, tc.in)
	}
	for _, tc := range legitimate {
		checkInvariants(t, tc.text)
	}
	for _, name := range []string{"brown", "udhr", "legit"} {
		for _, d := range loadDev(t, name) {
			checkInvariants(t, d.Text)
		}
	}
}

func TestInvalidUTF8PassesThrough(t *testing.T) {
	in := "caf\xe9 and Russ\u0456an \xff\xfe bytes"
	r := Clean(in)
	if !strings.Contains(r.Text, "caf\xe9") || !strings.Contains(r.Text, "\xff\xfe") {
		t.Fatalf("invalid bytes lost: %q", r.Text)
	}
	if len(r.InvalidUTF8) != 2 || r.InvalidUTF8[1] != [2]int{len("caf\xe9 and Russ\u0456an "), len("caf\xe9 and Russ\u0456an \xff\xfe")} {
		t.Fatalf("invalid offsets %v", r.InvalidUTF8)
	}
	checkInvariants(t, in)
}

func TestBinaryJunkAndHugeInput(t *testing.T) {
	junk := make([]byte, 1<<16)
	for i := range junk {
		junk[i] = byte(i * 7919)
	}
	checkInvariants(t, string(junk))
	huge := strings.Repeat("The Russіan embassy said so. ", 40000) // one 1.1 MB line
	r := Clean(huge)
	if len(r.Text) != len(strings.ReplaceAll(huge, "і", "i")) {
		t.Fatalf("huge input: %d bytes out", len(r.Text))
	}
}

func FuzzClean(f *testing.F) {
	for _, tc := range attacks {
		f.Add(tc.in)
	}
	for _, tc := range legitimate {
		f.Add(tc.text)
	}
	// The thorn, camel-case and hexadecimal readings, beside a byte that
	// is not UTF-8.
	f.Add("I suþpose I ɗan \xff, wiþ þe bℑog and findℑtems at A⋿3F.")
	// Formulas of single letters and invisible operators, a digit that
	// begins a camel-case piece, beside a byte that is not UTF-8.
	f.Add("A∪B \xffe⤫e a\u2063i\u2063j sin²\u2061θ Smart𝟎bject Тһe")
	// Short options before long ones cut short, a date's T and a
	// quoted-printable escape at the text's end, URLs that end at once.
	f.Add("Usage:\n  -𐌉, -- =x thе end\n  -𐌉 --\n  -Ⅰ, --i\nhttp://x\nhttps://ℑ 2002-09-27𖼊09:5=2")
	// This session's rules at the text's edges: a clock's PM, a compound's
	// stroke, ++, a crossed hexadecimal literal, a formula's split term, a
	// reversed stretch before an escape, keys with strokes.
	f.Add(":1PΜ thе 𐌉-k -𐌉 ℭ++ 0×123 X\u2063ML / R \u202eab\u202c\x1b(B 7gSfＩAx9 \xff y.𐌉EAA 13х13 ::PΜ")
	f.Add("-𐌉")
	f.Add("1:2𝞠Μ")
	f.Fuzz(func(t *testing.T, in string) {
		checkInvariants(t, in)
	})
}

func BenchmarkClean(b *testing.B) {
	data, err := os.ReadFile("testdata/example.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := string(data)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Clean(text)
	}
}

func BenchmarkCleanASCII(b *testing.B) {
	text := strings.Repeat("A plain English sentence with nothing to fix in it. ", 200)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Clean(text)
	}
}

// The spam score is a probability only where the model can judge: English
// text, or any text holding a call to action.
func TestSpamNotJudged(t *testing.T) {
	for _, tc := range []struct {
		text   string
		judged bool
	}{
		{"Todos los seres humanos nacen libres e iguales en dignidad y derechos y, dotados como están de razón y conciencia, deben comportarse fraternalmente los unos con los otros.", false},
		{"The city council met on Tuesday to discuss the new budget. Members argued for hours about the cost of road repairs.", true},
		{"Todos los seres humanos nacen libres e iguales en dignidad y derechos.\n\nIf you have any questions about payday loans online, you can contact us at our web site.", true},
	} {
		r := Clean(tc.text)
		if _, judged := r.SpamScore(); judged != tc.judged {
			t.Errorf("judged %v, want %v: %.40q", judged, tc.judged, tc.text)
		}
		b, _ := json.Marshal(r)
		if null := strings.Contains(string(b), `"spam":null`); null == tc.judged {
			t.Errorf("report %s for %.40q", b, tc.text)
		}
	}
}

// A phrase with evidence short of removal is reported in input offsets,
// past earlier repairs, and left in the text.
func TestSuspectsReported(t *testing.T) {
	// A trade phrase repeated, out of place, but not enough to remove.
	in := "The Russіan absorption was detected by employing a hotel booking broad line spectrometer. One measurement was obtained with the hotel booking unit alone."
	r := Clean(in)
	if len(r.Suspects) != 2 {
		t.Fatalf("suspects %+v", r.Suspects)
	}
	for _, s := range r.Suspects {
		if in[s.Start:s.End] != "hotel booking" || s.Text != "hotel booking" || s.Reason == "" {
			t.Errorf("suspect %+v covers %q", s, in[s.Start:s.End])
		}
	}
	if !strings.Contains(r.Text, "hotel booking broad") {
		t.Errorf("suspect removed: %q", r.Text)
	}
}
