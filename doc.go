// Package unspin undoes what spam and evasion tools do to text and gives back
// what the author wrote, with a report of every edit.
//
// Clean one text:
//
//	r := unspin.Clean("The Russіan embassy")  // Cyrillic і
//	fmt.Println(r.Text)                        // The Russian embassy
//	for _, e := range r.Edits {
//		fmt.Println(e.Start, e.End, e.Kind, e.Before, "→", e.After)
//	}
//
// Build a [Cleaner] once for other [Options] and use it from any number of
// goroutines:
//
//	c := unspin.NewCleaner(unspin.Options{NoSpam: true})
//	r := c.Clean(text)
//
// A [Report] holds the restored Text, every [Edit] in byte offsets of the
// input (kind, before, after, reason), an Obfuscated score and a Spam score
// (nil where the text could not be judged). Text nobody attacked comes back
// byte for byte with no edits; cleaning is idempotent; bytes that are not
// UTF-8 pass through unchanged and are listed in Report.InvalidUTF8.
//
// Files and streams (JSON Lines, WARC and WET, HTML pages, plain text of any
// size) are cleaned by package [github.com/unspin/unspin/corpus], which the
// unspin command, its HTTP service and the Beam pipeline all use.
//
// How it works: a pipeline in one direction. The character passes
// (deletion, tags, invisible, bidi, homoglyph) each propose edits against
// the text the previous one produced, then the spam and layout passes;
// internal/edit folds every edit back into byte offsets of the input, so
// Report.Edits applied to the input give Report.Text.
package unspin
