package lexicon

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"io"
	"sort"
	"strings"
	"sync"
)

// scowlGz is SCOWL's American English word list, size 50 (Debian's
// wamerican), its words of small ASCII letters only, sorted; written by
// scripts/fetch-scowl.sh, licence in scowl-copyright.txt.
//
//go:embed scowl.txt.gz
var scowlGz []byte

var (
	scowlOnce  sync.Once
	scowlWords []string
)

// Spelled reports whether a speller of English accepts the lower-cased
// word: SCOWL's American English list (64,000 words of small letters, no
// names), which holds what neither Brown (1961) nor SUBTLEX's film
// subtitles write often, plutocracy, implementations. It answers for the
// judging of rare letters only, so the list is read on first use.
func Spelled(lower string) bool {
	scowlOnce.Do(readScowl)
	i := sort.SearchStrings(scowlWords, lower)
	return i < len(scowlWords) && scowlWords[i] == lower
}

func readScowl() {
	r, err := gzip.NewReader(bytes.NewReader(scowlGz))
	if err != nil {
		panic("lexicon: scowl.txt.gz: " + err.Error()) // embedded: a broken build
	}
	b, err := io.ReadAll(r)
	if err != nil {
		panic("lexicon: scowl.txt.gz: " + err.Error())
	}
	scowlWords = strings.Fields(string(b))
}
