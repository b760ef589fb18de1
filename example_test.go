package unspin_test

import (
	"encoding/json"
	"fmt"
	"os"
	"sync"

	"github.com/unspin/unspin"
)

func ExampleClean() {
	r := unspin.Clean("The Russіan embassy wеnt home.") // Cyrillic і and е
	fmt.Println(r.Text)
	for _, e := range r.Edits {
		fmt.Printf("%d-%d %s %q → %q\n", e.Start, e.End, e.Kind, e.Before, e.After)
	}
	fmt.Printf("obfuscated %.2f\n", r.Obfuscated)
	// Output:
	// The Russian embassy went home.
	// 8-10 homoglyph "і" → "i"
	// 22-24 homoglyph "е" → "e"
	// obfuscated 0.68
}

func ExampleNewCleaner() {
	// One Cleaner, built once, serves any number of goroutines.
	c := unspin.NewCleaner(unspin.Options{NoSpam: true})
	texts := []string{"Visit \u202emoc.elpmaxe\u202c today.", "s\u200bee the dis\u2060count", "Plain text."}
	out := make([]string, len(texts))
	var wg sync.WaitGroup
	for i, t := range texts {
		wg.Go(func() { out[i] = c.Clean(t).Text })
	}
	wg.Wait()
	for _, t := range out {
		fmt.Println(t)
	}
	// Output:
	// Visit example.com today.
	// see the discount
	// Plain text.
}

func ExampleReport_SpamScore() {
	for _, text := range []string{
		"The committee met on Tuesday and approved the budget for the coming year.",
		"Все люди рождаются свободными.",
	} {
		if s, ok := unspin.Clean(text).SpamScore(); ok {
			fmt.Printf("spam %.2f\n", s)
		} else {
			fmt.Println("not judged: not English")
		}
	}
	// Output:
	// spam 0.06
	// not judged: not English
}

func ExampleApply() {
	// Keep only the look-alike letters' edits, leave the rest.
	in := "The Russіan em\u200bbassy."
	r := unspin.Clean(in)
	var letters []unspin.Edit
	for _, e := range r.Edits {
		if e.Kind == unspin.Homoglyph {
			letters = append(letters, e)
		}
	}
	fmt.Printf("%q\n", unspin.Apply(in, letters))
	// Output:
	// "The Russian em\u200bbassy."
}

func ExampleReport_MarshalJSON() {
	enc := json.NewEncoder(os.Stdout)
	enc.SetEscapeHTML(false)
	enc.Encode(unspin.Clean("The Russіan <embassy>"))
	// Output:
	// {"edits":[{"start":8,"end":10,"kind":"homoglyph","before":"і","after":"i","reason":"Cyrillic U+0456 looks like Latin 'i'; word mixes scripts"}],"obfuscated":0.55,"spam":0.0646}
}
