package corpus_test

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/unspin/unspin"
	"github.com/unspin/unspin/corpus"
)

func ExampleJSONL() {
	in := strings.NewReader(`{"id": "a", "text": "The Russ\u0456an embassy", "lang": "en"}` + "\n")
	st, err := corpus.JSONL(context.Background(), os.Stdout, in, corpus.Options{})
	if err != nil {
		panic(err)
	}
	fmt.Println(st.Documents, "document,", st.Edits, "edit")
	// Output:
	// {"id": "a", "text": "The Russian embassy", "lang": "en","unspin":{"edits":[{"start":8,"end":10,"kind":"homoglyph","before":"і","after":"i"}],"obfuscated":0.55,"spam":0.0646}}
	// 1 document, 1 edit
}

func ExampleHTML() {
	page := `<p title="Russіan">The Russіan <b>embassy</b></p><script>var s = "Russіan";</script>`
	corpus.HTML(context.Background(), os.Stdout, strings.NewReader(page), corpus.Options{})
	// Output:
	// <p title="Russian">The Russian <b>embassy</b></p><script>var s = "Russіan";</script>
}

func ExampleWARC() {
	text := "The Russіan embassy"
	wet := fmt.Sprintf("WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Target-URI: https://example.com/\r\n"+
		"WARC-Record-ID: <urn:uuid:0b8d6e3a-1e6b-4b2a-9c1e-2f1f5e8b7c6d>\r\nContent-Type: text/plain\r\n"+
		"Content-Length: %d\r\n\r\n%s\r\n\r\n", len(text), text)
	// Each text record as a JSON line; without WARCToJSONL, a WARC with a
	// conversion record for each record that changed.
	corpus.WARC(context.Background(), os.Stdout, strings.NewReader(wet), corpus.Options{WARCToJSONL: true})
	// Output:
	// {"id":"<urn:uuid:0b8d6e3a-1e6b-4b2a-9c1e-2f1f5e8b7c6d>","url":"https://example.com/","text":"The Russian embassy","unspin":{"edits":[{"start":8,"end":10,"kind":"homoglyph","before":"і","after":"i"}],"obfuscated":0.55,"spam":0.0646}}
}

func ExampleText() {
	c := unspin.NewCleaner(unspin.Options{NoLayout: true})
	in := strings.NewReader("The Russіan embassy.\n\nIt said so.\n")
	corpus.Text(context.Background(), os.Stdout, in, corpus.Options{Cleaner: c, UnitBytes: 64 << 10})
	// Output:
	// The Russian embassy.
	//
	// It said so.
}

// A nil writer writes nothing: each document is only reported, as
// `unspin check` does.
func ExampleOptions_onDocument() {
	in := strings.NewReader(`{"id": "a", "text": "The Russ\u0456an embassy"}` + "\n" + `not JSON` + "\n")
	corpus.JSONL(context.Background(), nil, in, corpus.Options{OnDocument: func(d corpus.Document) {
		switch {
		case d.Err != nil:
			fmt.Printf("line %d: %v\n", d.Number, d.Err)
		default:
			for _, e := range d.Report.Edits {
				fmt.Printf("line %d (%s): %s %q → %q\n", d.Number, d.ID, e.Kind, e.Before, e.After)
			}
		}
	}})
	// Output:
	// line 1 (a): homoglyph "і" → "i"
	// line 2: not valid JSON
}
