package doc

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/unspin/unspin/internal/lexicon"
	"github.com/unspin/unspin/internal/runeclass"
	"github.com/unspin/unspin/internal/screen"
	"github.com/unspin/unspin/internal/unidata"
)

// wordCases are texts whose words the scan must find as the tokens do:
// joiners at either end and doubled, joiners beyond ASCII, bytes that are
// not UTF-8 inside and beside words, numbers, marks, scripts without
// spaces, and look-alike symbols inside words.
var wordCases = []string{
	"", "a", "'", "-a-", "a-", "-a", "a--b", "a-'b", "a.b.", "U.S.", "don't", "don’t", "l'ONU", "ʼOkina",
	"rock‐n‐roll", "rock‑n‑roll", "a‐", "‐a", "Don't visit the web-site.", "the U.S. embassy",
	"⍺gainst Russіan", "'quoted' -dash- end.", "3×4 = 12", "日本語のテキスト", "a\u00a0b\tc",
	"bad \xff byte", "ab\xffcd", "a-\xff", "a\xff-b", "\xe2\x80", "a\xe2\x80", "a’\xff", "x\u0301y",
	"1984 3.14 2nd x2", "İstanbul ǅemal ΑΒΓ Δέλτα ＦＵＬＬ", "e\u200dmail", "a_b a+b a/b",
	"\ufffd\ufffd a\ufffdb", "Ⅻ ⅿ 𝐚𝐛𝐜", "آزمون‌ها",
}

// checkWords reports where Words finds other words than the tokens, other
// hashes than the lower-cased forms', or numbers other than Judge skips.
func checkWords(t *testing.T, text string) {
	t.Helper()
	var want []Token
	for _, tk := range tokensOf(text) {
		if tk.Kind == Word {
			want = append(want, tk)
		}
	}
	w := Words(text)
	for k := 0; w.Next(); k++ {
		if k >= len(want) {
			t.Fatalf("%q: Words finds %q past the %d words", text, text[w.Start:w.End], len(want))
		}
		tk := want[k]
		if w.Start != int(tk.Start) || w.End != int(tk.End) {
			t.Fatalf("%q: word %d is [%d,%d) %q, the tokens' [%d,%d) %q", text, k, w.Start, w.End,
				text[w.Start:w.End], tk.Start, tk.End, text[tk.Start:tk.End])
		}
		form := text[w.Start:w.End]
		if h := lexicon.HashOf(AppendLower(nil, form)); w.Hash != h || HashLower(form) != h {
			t.Fatalf("%q: word %q hashed %x (HashLower %x), its lower-cased form %x", text, form, w.Hash, HashLower(form), h)
		}
		if ascii := isASCII(AppendLower(nil, form)); w.ASCII != ascii {
			t.Fatalf("%q: word %q ASCII = %v", text, form, w.ASCII)
		}
		if number := tk.Has(Digits) && !hasLetter(form); w.Number() != number {
			t.Fatalf("%q: word %q Number() = %v", text, form, w.Number())
		}
		want[k] = Token{Kind: Punct} // found
	}
	for k, tk := range want {
		if tk.Kind == Word {
			t.Fatalf("%q: Words misses word %d %q", text, k, text[tk.Start:tk.End])
		}
	}
}

func TestWords(t *testing.T) {
	for _, text := range wordCases {
		checkWords(t, text)
	}
	for _, text := range devTexts(t) {
		checkWords(t, text)
	}
}

func FuzzWords(f *testing.F) {
	for _, text := range append(wordCases, screenCases...) {
		f.Add(text)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkWords(t, text)
		checkJudged(t, text)
		checkScreened(t, text)
		checkTokenize(t, text)
	})
}

// screenCases hold what the screen acts on beside words, and inside them.
var screenCases = []string{
	"pay\bpal", "pay\x7fpal", "hi\U000E0069", "s\u200bee", "\u202egnp.exe", "שלום\u200f!", "Russіan",
	"Pусский", "Русский язык", "⍺gainst", "ｅmbassy", "dɑta", "hօme", "the U.S.\n\nEmbassy", "end. \nNext",
	"end.\r\nNext", "end.\rNext", "one\ntwo.", "\u0080 C1", "“quoted” — dash", "\xffend.\n",
}

// checkScreened reports where a word scan that screens on its way,
// stopped after any number of words, finds other needs than screen.Scan.
func checkScreened(t *testing.T, text string) {
	t.Helper()
	want := screen.Scan(text)
	for stop := 0; ; stop++ {
		w := Words(text)
		w.Screen()
		k := 0
		for k < stop && w.Next() {
			k++
		}
		if got := w.Screened(); got != want {
			t.Fatalf("%q: screened after %d words: %b, screen.Scan %b", text, k, got, want)
		}
		if k < stop || stop > 40 {
			return
		}
	}
}

func TestWordsScreened(t *testing.T) {
	for _, text := range append(wordCases, screenCases...) {
		checkScreened(t, text)
	}
	for _, text := range devTexts(t) {
		checkScreened(t, text)
	}
}

// checkJudged reports where Judge, or the language of a document whose
// words were walked (all, or some), is not judgeSlow's.
func checkJudged(t *testing.T, text string) {
	t.Helper()
	want := judgeSlow(text)
	if got := Judge(text); got != want {
		t.Fatalf("%q: Judge %v, by tokens and lookups %v", text, got, want)
	}
	for _, stop := range []int{0, 1, 3, EnglishWords, EnglishWords + 1, -1} {
		d := New(text)
		w := d.Words()
		for k := 0; k != stop && w.Next(); k++ {
		}
		if got := d.Language(); got != want {
			t.Fatalf("%.40q: language %v after walking %d words, by tokens and lookups %v", text, got, stop, want)
		}
	}
}

// judgeSlow is Judge written out: the first words' tokens, each
// lower-cased, looked up, and asked what Brown and a reader know of it.
func judgeSlow(text string) Language {
	var brown, known, n int
	for _, tk := range tokensOf(text) {
		w := text[tk.Start:tk.End]
		if n == EnglishWords || tk.Kind != Word || tk.Has(Digits) && !hasLetter(w) {
			continue
		}
		n++
		if len(w) > MaxLookup {
			continue
		}
		id := lexicon.LookupLower(AppendLower(nil, w))
		if id.Stats() != nil {
			brown++
		}
		if id.Known() {
			known++
		}
	}
	if n == 0 {
		return Language{}
	}
	return Language{float64(brown) / float64(n), float64(known) / float64(n), n, known}
}

func TestJudgeSlow(t *testing.T) {
	long := strings.Repeat("Word salad, 42 and 1984 ", 250)
	for _, text := range append(wordCases, append(devTexts(t), long, long[:len(long)/2])...) {
		checkJudged(t, text)
	}
}

// devTexts returns the inputs and expected outputs of the dev set, where
// the repository has it.
func devTexts(t testing.TB) []string {
	var texts []string
	files, _ := filepath.Glob("../../testdata/dev/*.jsonl")
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
			var rec struct{ Text, Expected string }
			if err := json.Unmarshal([]byte(line), &rec); err != nil {
				t.Fatal(err)
			}
			texts = append(texts, rec.Text, rec.Expected)
		}
	}
	return texts
}

// BenchmarkJudge judges the paragraphs of the dev set, short documents,
// one by one.
func BenchmarkJudge(b *testing.B) {
	var texts []string
	n := 0
	for _, t := range devTexts(b) {
		texts = append(texts, strings.Split(t, "\n\n")...)
		n += len(t)
	}
	lexicon.SenseTable() // loaded before the clock starts
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			Judge(t)
		}
	}
}

func isASCII(s []byte) bool {
	for _, b := range s {
		if b >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// TestLowerOf: lowerOf is unicode.ToLower for every code point.
func TestLowerOf(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if got, want := lowerOf(r, runeclass.Of(r)), unicode.ToLower(r); got != want {
			t.Fatalf("lowerOf(%U) = %U, want %U", r, got, want)
		}
	}
}

// TestDecodeAt: decodeAt is utf8.DecodeRuneInString.
func TestDecodeAt(t *testing.T) {
	for _, s := range append(wordCases, "\xc2", "\xc1\xbf", "\xc2\x80", "\xdf\xbf", "\xdf\xc0", "é", "ж\xd0") {
		for i := range len(s) {
			r, n := decodeAt(s, i)
			if wr, wn := utf8.DecodeRuneInString(s[i:]); r != wr || n != wn {
				t.Fatalf("decodeAt(%q, %d) = %U %d, want %U %d", s, i, r, n, wr, wn)
			}
		}
	}
}

func tokensOf(text string) []Token { toks, _ := tokenize(text, false); return toks }

// checkTokenize reports where tokenize's words differ from wordSlow's, or
// their hashes and lexicon entries from HashLower's.
func checkTokenize(t *testing.T, text string) {
	t.Helper()
	toks, lex := tokenize(text, true)
	for k, tk := range toks {
		if tk.Kind != Word {
			if lex[k] != 0 {
				t.Fatalf("%q: punctuation %d has a lexicon entry", text, k)
			}
			continue
		}
		w, h := word(text, int(tk.Start))
		slow := wordSlow(text, int(tk.Start))
		slow.Flags |= tk.Flags & (SpaceBefore | LineBefore | ParagraphBefore)
		if tk != slow || w.Flags|tk.Flags&(SpaceBefore|LineBefore|ParagraphBefore) != tk.Flags {
			t.Fatalf("%q: token %d %+v, wordSlow %+v", text, k, tk, slow)
		}
		form := text[tk.Start:tk.End]
		if h != HashLower(form) {
			t.Fatalf("%q: word %q hashed %x, HashLower %x", text, form, h, HashLower(form))
		}
		var id lexicon.ID
		if len(form) <= MaxLookup {
			id, _ = lexicon.Probe(HashLower(form))
		}
		if lex[k] != id {
			t.Fatalf("%q: word %q entry %d, Probe %d", text, form, lex[k], id)
		}
	}
}

func TestTokenizeLex(t *testing.T) {
	for _, text := range append(wordCases, screenCases...) {
		checkTokenize(t, text)
	}
	for _, text := range devTexts(t) {
		checkTokenize(t, text)
	}
}

// wordSlow is word as it was written before its ASCII steps had tables of
// their own: the reference the tests hold it to.
func wordSlow(text string, i int) Token {
	t := Token{Start: int32(i), Kind: Word, Script: unidata.Common}
	letters, upper, scripts := 0, 0, unidata.Script(0)
	j := i
	for j < len(text) {
		c, n := runeclass.ASCII(text[j]), 1
		if text[j] >= utf8.RuneSelf {
			c, n = classBeyond(text, j)
		}
		if !c.Any(runeclass.Word) {
			if b := text[j]; b < utf8.RuneSelf && asciiKind[b]&kJoiner == 0 || !joins(text, j, n) {
				break // (most words end at an ASCII byte that joins nothing)
			}
			t.Flags |= Joined
			j += n
			continue
		}
		if n > 1 {
			t.Flags |= NonASCII
		}
		if c.Any(runeclass.Digit) {
			t.Flags |= Digits
		}
		if c.Any(runeclass.Letter) {
			letters++
			if c.Any(runeclass.Upper) {
				upper++
				if letters == 1 {
					t.Flags |= Capital
				}
			}
			switch s := c.Script(); s {
			case unidata.Common, unidata.Inherited, unidata.Unknown:
			default:
				if scripts == 0 {
					scripts, t.Script = s, s
				} else if s != scripts {
					t.Flags |= MixedScript
				}
			}
		}
		j += n
	}
	if letters >= 2 && upper == letters {
		t.Flags |= AllCaps
	}
	t.End = int32(j)
	return t
}

// TestClassOf2: classOf2 is runeclass.Of for every two-byte character.
func TestClassOf2(t *testing.T) {
	for r := rune(0x80); r < 0x800; r++ {
		s := string(r)
		if got, want := classOf2(s[0], s[1]), runeclass.Of(r); got != want {
			t.Fatalf("%U: classOf2 %x, runeclass.Of %x", r, got, want)
		}
	}
}
