package homoglyph

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/unspin/unspin/internal/doc"
)

// tokenize's path for words of ASCII letters finds the words, letters,
// script counts and tallies that reading them letter by letter finds, on
// every dev text, clean and attacked.
func TestTokenizeASCIIWordsPath(t *testing.T) {
	files, _ := filepath.Glob("../../../testdata/dev/*.jsonl")
	if len(files) == 0 || testing.Short() {
		t.Skip("no dev set")
	}
	n := 0
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<26)
		for sc.Scan() {
			var d struct{ Text, Expected string }
			if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
				t.Fatal(err)
			}
			for _, text := range []string{d.Text, d.Expected} {
				n++
				fast, slow := new(scratch), new(scratch)
				fw, ft := tokenize(doc.New(text), fast)
				asciiWords = false
				sw, st := tokenize(doc.New(text), slow)
				asciiWords = true
				if !sameWords(fw, sw) || *ft != *st {
					t.Fatalf("%s: the ASCII path differs on %.60q", name, text)
				}
			}
		}
		f.Close()
	}
	t.Logf("%d texts", n)
}

// sameWords reports whether two tokenizations found the same words, with
// the same letters and script counts (the ASCII path makes a word's letter
// records only when they are asked for).
func sameWords(a, b []word) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		x, y := &a[k], &b[k]
		if x.start != y.start || x.end != y.end || x.ascii != y.ascii ||
			!reflect.DeepEqual(x.letters(), y.letters()) || !reflect.DeepEqual(x.scripts(), y.scripts()) {
			return false
		}
	}
	return true
}

// A letter's script is its character's (scriptOf), which attest's caches
// rely on, on every dev text.
func TestLetterScripts(t *testing.T) {
	files, _ := filepath.Glob("../../../testdata/dev/*.jsonl")
	if len(files) == 0 {
		t.Skip("no dev set")
	}
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<26)
		for sc.Scan() {
			var d struct{ Text string }
			if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
				t.Fatal(err)
			}
			words, _ := tokenize(doc.New(d.Text), new(scratch))
			for i := range words {
				for _, l := range words[i].letters() {
					if l.script != scriptOf(l.r) {
						t.Fatalf("%s: %U has script %v, scriptOf says %v", name, l.r, l.script, scriptOf(l.r))
					}
				}
			}
		}
		f.Close()
	}
}
