package doc

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

// lowerSlow is AppendLower as it reads: each character by unicode.ToLower,
// bytes that are not UTF-8 copied.
func lowerSlow(buf []byte, s string) []byte {
	for k := 0; k < len(s); {
		r, n := utf8.DecodeRuneInString(s[k:])
		if r == utf8.RuneError && n == 1 {
			buf = append(buf, s[k])
		} else {
			buf = utf8.AppendRune(buf, unicode.ToLower(r))
		}
		k += n
	}
	return buf
}

// AppendLower, which copies the characters lower-casing keeps, lower-cases
// as unicode.ToLower does: every character, alone and after others, and
// bytes that are not UTF-8.
func TestAppendLower(t *testing.T) {
	var s []byte
	for r := rune(0); r <= unicode.MaxRune; r++ {
		s = utf8.AppendRune(s[:0], r)
		if got, want := string(AppendLower([]byte("X"), string(s))), string(lowerSlow([]byte("X"), string(s))); got != want {
			t.Fatalf("%U: AppendLower gives %q, unicode.ToLower %q", r, got, want)
		}
	}
	for _, s := range []string{"ÀÉÎ\xffÕÜ", "Ǆǅǆ ΣΑΣ İI", "\xe2\x82", "ⅠⅫⒶ𐐀𞤀"} {
		if got, want := string(AppendLower(nil, s)), string(lowerSlow(nil, s)); got != want {
			t.Errorf("AppendLower(%q) = %q, unicode.ToLower %q", s, got, want)
		}
	}
}

// TestLowerChanges: the characters cacheLower marks are those of the Basic
// Multilingual Plane beyond ASCII that unicode.ToLower changes, every one.
func TestLowerChanges(t *testing.T) {
	lowerOnce.Do(cacheLower)
	for r := rune(utf8.RuneSelf); r < 1<<16; r++ {
		if marked, changes := lowerChanges[r>>6]&(1<<(r&63)) != 0, unicode.ToLower(r) != r; marked != changes {
			t.Errorf("%U: marked %v, ToLower changes it %v", r, marked, changes)
		}
	}
}
