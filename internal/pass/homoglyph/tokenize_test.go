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
				if !reflect.DeepEqual(fw, sw) || *ft != *st {
					t.Fatalf("%s: the ASCII path differs on %.60q", name, text)
				}
			}
		}
		f.Close()
	}
	t.Logf("%d texts", n)
}
