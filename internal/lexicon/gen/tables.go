package main

// The tables package lexicon reads at start (../tables.bin), laid out by
// package lextab from the checked-in counts: no corpus and no network
// needed, so `go generate` always ends with it.
//
//	go run ./gen -tables tables.bin   (in internal/lexicon)

import (
	"log"
	"os"

	"github.com/unspin/unspin/internal/lexicon/internal/lextab"
)

func writeTables(out string) {
	read := func(name string) []byte {
		b, err := os.ReadFile(name)
		if err != nil {
			log.Fatalf("gen: %v (-tables runs in internal/lexicon)", err)
		}
		return b
	}
	b, err := lextab.Build(read("brown.tsv.gz"), read("modern.tsv.gz"), read("pairs.tsv.gz"))
	if err != nil {
		log.Fatalf("gen: %v", err)
	}
	if err := os.WriteFile(out, b, 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("gen: %d bytes -> %s", len(b), out)
}
