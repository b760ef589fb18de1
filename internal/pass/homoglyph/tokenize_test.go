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
	eachRecord(t, files, func(name string, d record) {
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
	})
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
	eachRecord(t, files, func(name string, d record) {
		words, _ := tokenize(doc.New(d.Text), new(scratch))
		for i := range words {
			for _, l := range words[i].letters() {
				if l.script != scriptOf(l.r) {
					t.Fatalf("%s: %U has script %v, scriptOf says %v", name, l.r, l.script, scriptOf(l.r))
				}
			}
		}
	})
}

// record is a line of a dev-set or corpus JSON Lines file.
type record struct{ ID, Text, Expected string }

// eachRecord calls f with every line of the JSON Lines files, in order.
func eachRecord(t *testing.T, files []string, f func(file string, rec record)) {
	t.Helper()
	for _, name := range files {
		fh, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(nil, 1<<28)
		for sc.Scan() {
			var rec record
			if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			f(name, rec)
		}
		fh.Close()
		if err := sc.Err(); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
}
