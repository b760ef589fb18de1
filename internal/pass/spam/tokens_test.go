package spam

import (
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/unspin/unspin/internal/doc"
	"github.com/unspin/unspin/internal/inplace"
	"github.com/unspin/unspin/internal/lexicon"
)

// TestTokenShape: what each token carries from the lexicon's forms where the
// word has one (its shape verdict and counting key) is what its own classes,
// entry and form give (formMayShape, keyOf), on every token of the dev set.
func TestTokenShape(t *testing.T) {
	files, _ := filepath.Glob("../../../testdata/dev/*.jsonl")
	if len(files) == 0 {
		t.Skip("no dev set")
	}
	n := 0
	for _, f := range files {
		readLines(t, f, func(d map[string]any) {
			for _, key := range []string{"text", "expected"} {
				text, _ := d[key].(string)
				toks := tokenize(text)
				for i := range toks.len() {
					if toks.word(i) && toks.shape(i) != formMayShape(toks.cls(i), toks.lex(i), toks.lower(i)) {
						t.Errorf("%q: shape %v, formMayShape %v", toks.text(i), toks.shape(i), !toks.shape(i))
					}
					if want := keyOf(stem(toks.lower(i))); toks.word(i) && toks.key(i) != want || !toks.word(i) && toks.key(i) != 0 {
						t.Errorf("%q: key %x, want %x", toks.text(i), toks.key(i), want)
					}
					n++
				}
			}
		})
	}
	if n == 0 {
		t.Fatal("no tokens read")
	}
}

// TestHasAddress: hasAddress folds ASCII case as strings.ToLower would,
// whatever else the text holds.
func TestHasAddress(t *testing.T) {
	slow := func(s string) bool {
		l := strings.ToLower(s)
		return strings.Contains(l, "www.") || strings.Contains(l, "http") || strings.Contains(l, "@") ||
			strings.Contains(l, ".com") || strings.Contains(l, ".org") || strings.Contains(l, ".net")
	}
	for _, s := range []string{"", "@", "`", "WWW.x", "wWw.", "ww.w", "HTTP", "htt", "x.COM", ".Org", ".nEt", ".ne",
		"\x0ecom", "W\u0130W.", "ww\xffw.", "\u212a.com", "Ünïcödé .ÇOM", "plain text", "h", "."} {
		if got, want := hasAddress(s), slow(s); got != want {
			t.Errorf("hasAddress(%q) = %v, want %v", s, got, want)
		}
	}
	files, _ := filepath.Glob("../../../testdata/dev/*.jsonl")
	for _, f := range files {
		readLines(t, f, func(d map[string]any) {
			text, _ := d["text"].(string)
			for _, line := range strings.Split(text, "\n") {
				if got, want := hasAddress(line), slow(line); got != want {
					t.Errorf("hasAddress(%q) = %v, want %v", line, got, want)
				}
			}
		})
	}
}

// TestUnshapedForm holds the lexicon table's clUnshaped, read from each
// form's own entry, to wordInfo.unshaped, which looks the form up.
func TestUnshapedForm(t *testing.T) {
	tablesOnce.Do(loadTables)
	for id := lexicon.ID(1); int(id) < lexicon.IDs(); id++ {
		w := wordInfo{form: id.Form(), lex: id.Stats()}
		if got, want := clsKeyOf(id).cls&clUnshaped != 0, w.unshaped(); got != want {
			t.Errorf("%q: clUnshaped %v, unshaped %v", w.form, got, want)
		}
	}
}

// updateClsKeys makes TestClsKeysFile write clskeys.bin anew.
var updateClsKeys = flag.Bool("update", false, "write clskeys.bin from makeClsKey")

// TestClsKeysFile: makeClsKey, which makes clskeys.bin, gives every entry
// the classes and key of the table made whole from classOf (made here as
// it was: the classes of each word of classOf given to the entry its form
// probes to), and clskeys.bin holds what makeClsKey gives; with -update it
// is written anew.
func TestClsKeysFile(t *testing.T) {
	n := lexicon.IDs()
	made := make([]clsKey, n)
	for id := range lexicon.ID(n) {
		made[id] = makeClsKey(id)
	}
	if *updateClsKeys {
		if err := os.WriteFile("clskeys.bin", clsKeysBytes(made), 0o644); err != nil {
			t.Fatal(err)
		}
		clsKeys = readClsKeys(string(clsKeysBytes(made)), n)
	}
	cls := make([]class, n)
	for w, c := range classOf {
		if id := lexicon.LookupLower([]byte(w)); id > 0 {
			cls[id] = c
		}
	}
	for id := range lexicon.ID(n) {
		want := clsKey{}
		if id > 0 {
			form := id.Form()
			w := wordInfo{form: form, lex: id.Stats(), cls: cls[id]}
			w.shape = formMayShape(w.cls, w.lex, form)
			w.fn = functionLex(w.lex)
			w.key = keyOf(stem(form))
			want.cls, want.key = w.facts(), w.key
			if w.unshapedForm() {
				want.cls |= clUnshaped
			}
		}
		if made[id] != want {
			t.Fatalf("%d %q: makeClsKey %+v, made whole %+v", id, id.Form(), made[id], want)
		}
	}
	tablesOnce.Do(loadTables)
	for id := range lexicon.ID(n) {
		if got := clsKeyOf(id); got != made[id] {
			t.Fatalf("%d %q: clskeys.bin holds %+v, makeClsKey gives %+v: go test ./internal/pass/spam -run TestClsKeysFile -update", id, id.Form(), got, made[id])
		}
	}
}

// TestClsKeysInPlace: clskeys.bin is read where the binary holds it on a
// little-endian machine, and the copy another makes holds the same.
func TestClsKeysInPlace(t *testing.T) {
	n := lexicon.IDs()
	in := readClsKeys(clsKeysFile, n)
	if inplace.LittleEndian && (len(in) == 0 || &in[0] != &inplace.Slice[clsKey](clsKeysFile, n)[0]) {
		t.Fatal("clskeys.bin is copied at every start")
	}
	inplace.Off = true
	defer func() { inplace.Off = false }()
	if !slices.Equal(readClsKeys(clsKeysFile, n), in) {
		t.Fatal("the copy differs")
	}
}

// TestReadClsKeysElse: a file of another number of entries than the
// lexicon's is worked out instead.
func TestReadClsKeysElse(t *testing.T) {
	n := lexicon.IDs()
	got := readClsKeys("", n)
	for _, id := range []lexicon.ID{0, 1, 2, lexicon.ID(n - 1)} {
		if got[id] != makeClsKey(id) {
			t.Errorf("%d: %+v, makeClsKey %+v", id, got[id], makeClsKey(id))
		}
	}
}

// TestCapitalFlag checks what readTokens takes from the model's Capital
// flag: a word that starts with an upper-case letter has it, whatever the
// letter.
func TestCapitalFlag(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !unicode.IsUpper(r) || !utf8.ValidRune(r) {
			continue
		}
		toks := doc.New(string(r) + "a").Tokens()
		if len(toks) > 0 && toks[0].Kind == doc.Word && toks[0].Flags&doc.Capital == 0 {
			t.Errorf("%U %q starts a word without the Capital flag", r, r)
		}
	}
}

// TestASCIIFlags checks what formClass takes from the model's flags: a
// token flagged neither NonASCII nor Joined is ASCII, with any character
// inside or after a word.
func TestASCIIFlags(t *testing.T) {
	for r := rune(0x80); r <= unicode.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		for _, text := range []string{"a" + string(r) + "b", string(r) + "b", "ab" + string(r)} {
			for _, tk := range doc.New(text).Tokens() {
				if tk.Flags&(doc.NonASCII|doc.Joined) == 0 && !isASCII(text[tk.Start:tk.End]) {
					t.Fatalf("%q: token %q flagged neither NonASCII nor Joined", text, text[tk.Start:tk.End])
				}
			}
		}
	}
}

// TestPhoneNumber: numbers to dial, not years, dates or references.
func TestPhoneNumber(t *testing.T) {
	for s, want := range map[string]bool{
		"Call us at 555-1234 for a free estimate.": true, "Call (212) 555 0100 today": true,
		"ring +44 20 7946 0958": true, "call 1-800-555-0199": true,
		"on 2020-08-19 we": false, "in 1999 and 2005": false, "version 1.2.3": false, "ID 12345": false,
		"2020/08/27 fix": false, "1234567": false, "pi 3.14159265": false, "from 1952-1958 on": false,
		"pages 1068-1159": false, "Odyssey 8 266-366": false,
	} {
		if got := hasPhoneNumber(s); got != want {
			t.Errorf("hasPhoneNumber(%q) = %v, want %v", s, got, want)
		}
	}
}
