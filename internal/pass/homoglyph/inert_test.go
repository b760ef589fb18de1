package homoglyph

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/unspin/unspin/internal/doc"
	"github.com/unspin/unspin/internal/runeclass"
	"github.com/unspin/unspin/internal/screen"
	"github.com/unspin/unspin/internal/unidata"
)

// checkEarlyExit fails where the early exit skips a text in which the
// whole pass restores something, and counts the texts it skips that the
// screen opens (those it exists for).
func checkEarlyExit(t testing.TB, name, text string, spared *int) {
	if !nothingToRestore(text) {
		return // ProposeDoc is propose
	}
	if screen.Scan(text).Has(screen.Homoglyph) {
		*spared++
	}
	// Whether or not an earlier round found the document attacked.
	for _, attacked := range []bool{false, true} {
		if e := propose(doc.New(text), attacked); len(e) > 0 {
			t.Errorf("%s (attacked %v): the early exit skips %d edits, the first %+v, in %q", name, attacked, len(e), e[0], clip(text))
		}
	}
}

func clip(s string) string {
	if len(s) > 300 {
		return s[:300] + "…"
	}
	return s
}

// TestEarlyExit: ProposeDoc's early exit changes no output, on the dev set
// (inputs and expected outputs) and on any JSON Lines files named in
// UNSPIN_EARLY_EXIT (colon-separated: attack.py seeds, Debian fortunes,
// the real corpora of scripts/realtext.sh), whose "text" it reads.
func TestEarlyExit(t *testing.T) {
	files, _ := filepath.Glob("../../../testdata/dev/*.jsonl")
	if env := os.Getenv("UNSPIN_EARLY_EXIT"); env != "" {
		files = append(files, strings.Split(env, ":")...)
	}
	if len(files) == 0 {
		t.Skip("no dev set")
	}
	for _, f := range files {
		docs, spared := 0, 0
		eachRecord(t, []string{f}, func(_ string, rec record) {
			checkEarlyExit(t, rec.ID, rec.Text, &spared)
			if rec.Expected != "" && rec.Expected != rec.Text {
				checkEarlyExit(t, rec.ID+" expected", rec.Expected, &spared)
			}
			docs++
		})
		t.Logf("%s: %d documents, %d that the screen opens spared the pass", filepath.Base(f), docs, spared)
	}
}

// inertLetters and otherChars are the characters the property test builds
// texts from: the letters the early exit lets through that the screen
// takes for look-alikes, and some of every
// kind the pass restores or reads (in-script look-alikes, letters of the
// other target scripts, symbols, digit look-alikes, marks, joiners).
var inertLetters, otherChars = func() (in, other []rune) {
	for r := rune(0x80); r < 0x2000; r++ {
		c := runeclass.Of(r)
		switch {
		case inert(r) && c.Any(runeclass.LikeLatin) && !c.Any(runeclass.Compat):
			in = append(in, r) // those the screen takes for look-alikes (ç, ł), whose exit this is
		case unicode.IsLetter(r) && unidata.ScriptOf(r) == unidata.Latin:
			other = append(other, r) // é, ɑ, ı, ʒ, ª: graded otherwise, drawn like a digit, compatibility forms
		}
	}
	return in, append(other, []rune("аеоірсхуАВЕКМНОРСТХαοριΑΒΕΗΙΚΜΝΟΡΤΧ⍺℮ⅼⅰｅ𝐚Ꭺꭰߋ᧐0123456789\u0301\u0327\u200b\u200d'’-.")...)
}()

// digitLike are characters drawn like a digit (৪, ০).
var digitLike = func() (d []rune) {
	for r := rune(0x80); r < 0x2000; r++ {
		if drawnLikeDigit(r) {
			d = append(d, r)
		}
	}
	return d
}()

func drawnLikeDigit(r rune) bool {
	_, ok := unidata.DigitLookAlike(r)
	return ok
}

func TestInertLetters(t *testing.T) {
	if len(inertLetters) == 0 {
		t.Fatal("no inert letters")
	}
	for _, r := range []rune{'ç', 'ł', 'đ', 'Ç', 'Ł'} {
		if !inert(r) && len(lookAlikes(r, unidata.Latin)) > 0 {
			t.Errorf("%c (%U): not inert", r, r)
		}
	}
	for _, r := range []rune{'ɑ', 'ı', 'ɡ', 'ʙ', 'þ', 'ſ', 'a', 'е', '⍺'} {
		if inert(r) {
			t.Errorf("%c (%U): inert", r, r)
		}
	}
	t.Logf("%d inert letters the screen takes for look-alikes: %s", len(inertLetters), string(inertLetters))
}

// randomText writes words of ASCII letters and inert letters, with now and
// then a character of another kind.
func randomText(rng *rand.Rand) string {
	const ascii = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
	var b strings.Builder
	others := []int{0, 0, 2, 10, 100}[rng.IntN(5)] // per thousand characters
	for range 1 + rng.IntN(40) {
		if others > 0 && rng.IntN(20) == 0 {
			// A number with a character drawn like a digit (A3৪0).
			b.WriteString("A3")
			b.WriteRune(digitLike[rng.IntN(len(digitLike))])
			b.WriteString("0 ")
		}
		for range 1 + rng.IntN(9) {
			switch n := rng.IntN(1000); {
			case n < others:
				b.WriteRune(otherChars[rng.IntN(len(otherChars))])
			case n < 700:
				b.WriteByte(ascii[rng.IntN(len(ascii))])
			default:
				b.WriteRune(inertLetters[rng.IntN(len(inertLetters))])
			}
		}
		b.WriteString([]string{" ", " ", " ", ", ", ". ", "\n\n", "'", "-"}[rng.IntN(8)])
	}
	return b.String()
}

// TestEarlyExitRandom: the same on random texts of ASCII and inert letters
// with a few characters of other kinds, which the exit must not pass by.
func TestEarlyExitRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(24, 7))
	n := 3000
	if testing.Short() {
		n = 300
	}
	spared := 0
	for range n {
		checkEarlyExit(t, "random", randomText(rng), &spared)
	}
	if spared == 0 {
		t.Fatal("the early exit never spared the pass")
	}
	t.Logf("%d of %d texts spared", spared, n)
}

func FuzzEarlyExit(f *testing.F) {
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20 {
		f.Add(randomText(rng))
	}
	for _, s := range []string{"Zażółć gęślą jaźń", "Ação e coração", "Đorđe", "Łódź 1ƽ0", "ç A3৪0", "çɑ", "ç а", "Ç⍺", "ç0"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		spared := 0
		checkEarlyExit(t, "fuzz", text, &spared)
	})
}
