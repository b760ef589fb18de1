package htmltext

import (
	"slices"
	"testing"

	"github.com/unspin/unspin"
)

// FuzzInplace: on any bytes, cleaning in place never panics, never changes
// the markup, and its edits applied to the page give the page it returns.
func FuzzInplace(f *testing.F) {
	for _, s := range []string{
		"<p>The Russ\u0456an embassy &amp; <b>more</b></p>",
		"<img alt=\u200b src=x><p title='Russ\u0456an'>a &lt;\u200bb</p>",
		"<p>Write <\u200bscript>x<\u200b/script></p><script>Russ\u0456an</script>",
		"<!-- <p>Russ\u0456an</p> --><textarea>Russ\u0456an</textarea><p>&#1110;&#x456;&amp;</p>",
		"<svg><title>Russ\u0456an</title></svg><p a=\"\u202eabc\u202c\">x</p>",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, page []byte) {
		res := Inplace(page, unspin.Clean)
		if !slices.Equal(markup(res.Page), markup(page)) {
			t.Fatalf("markup changed:\n%q\n%q", page, res.Page)
		}
		if got := apply(page, res.Edits); string(got) != string(res.Page) {
			t.Fatalf("edits do not give the page")
		}
		for _, e := range res.Edits {
			if string(page[e.Start:e.End]) != e.Before {
				t.Fatalf("edit %+v: page has %q", e, page[e.Start:e.End])
			}
		}
	})
}
