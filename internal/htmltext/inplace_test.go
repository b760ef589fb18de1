package htmltext

import (
	"bytes"
	"fmt"
	"html"
	"strings"
	"testing"

	nethtml "golang.org/x/net/html"

	"github.com/unspin/unspin"
	"github.com/unspin/unspin/internal/seedtest"
)

// seedPage wraps text in a page: a head with a title, a script and a
// style, a heading, the paragraphs (split at blank lines) in <p> elements
// or in one white-space: pre-line block, typographic quotes and dashes as
// entities, a Cyrillic і as a numeric reference, every "Turkey Lawyer Law
// Firm" a link, and links and images with readable attributes.
func seedPage(text string, inP bool) []byte {
	paras := strings.Split(strings.TrimRight(text, "\n"), "\n\n")
	enc := func(s string) string {
		s = html.EscapeString(s)
		s = strings.NewReplacer("’", "&rsquo;", "“", "&ldquo;", "”", "&#8221;", "–", "&ndash;", "\u0456", "&#1110;").Replace(s)
		return strings.ReplaceAll(s, "Turkey Lawyer Law Firm", `<a href="https://example.com/law?a=1&amp;b=2">Turkey Lawyer Law Firm</a>`)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "<!DOCTYPE html>\n<html lang=en>\n<head>\n<meta charset=\"utf-8\">\n<title>%s</title>\n", enc(paras[0]))
	b.WriteString("<script>var spun = \"Russ\u0456an & <b>bold</b>\"; if (a < b) {}</script>\n<style>p::before { content: \"\u0430\" }</style>\n")
	b.WriteString("<!-- Russ\u0456an comment -->\n</head>\n<body>\n")
	fmt.Fprintf(&b, "<h1 class=\"headline\">%s</h1>\n<img src=\"x.png\" alt=\"Diplomats in Istanbul\" width=10>\n", enc(paras[0]))
	if inP {
		for _, p := range paras[1:] {
			fmt.Fprintf(&b, "<p>%s</p>\n", enc(p))
		}
	} else {
		fmt.Fprintf(&b, "<div class=article style=\"white-space: pre-line\">%s</div>\n", enc(strings.Join(paras[1:], "\n\n")))
	}
	b.WriteString("<footer><a href=/more title='More news'>More &amp; more</a></footer>\n</body>\n</html>\n")
	return []byte(b.String())
}

// paragraphs returns the text of the page's block elements of tag.
func paragraphs(t *testing.T, page []byte, tag string) []string {
	doc, err := nethtml.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	var text func(n *nethtml.Node) string
	text = func(n *nethtml.Node) string {
		if n.Type == nethtml.TextNode {
			return n.Data
		}
		var s string
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			s += text(c)
		}
		return s
	}
	var walk func(n *nethtml.Node)
	walk = func(n *nethtml.Node) {
		if n.Type == nethtml.ElementNode && n.Data == tag {
			out = append(out, text(n))
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return out
}

// TestSeedPage: the seed wrapped in a page comes back with only text
// changed, and the text of its paragraphs is the expected text's.
func TestSeedPage(t *testing.T) {
	in, want, err := seedtest.Files()
	if err != nil {
		t.Skipf("the seed is not here (set UNSPIN_SEED_DIR): %v", err)
	}
	wantParas := strings.Split(strings.TrimRight(want, "\n"), "\n\n")
	page := seedPage(in, false)
	res := Inplace(page, unspin.Clean)
	if a, b := markup(page), markup(res.Page); strings.Join(a, "") != strings.Join(b, "") {
		t.Fatalf("markup changed")
	}
	if !bytes.Contains(res.Page, []byte("var spun = \"Russ\u0456an")) || !bytes.Contains(res.Page, []byte("<!-- Russ\u0456an")) {
		t.Fatal("script or comment edited")
	}
	if got := paragraphs(t, res.Page, "h1"); len(got) != 1 || got[0] != wantParas[0] {
		t.Fatalf("heading %q", got)
	}
	body := paragraphs(t, res.Page, "div")
	if got := strings.Split(body[0], "\n\n"); strings.Join(got, "\n\n") != strings.Join(wantParas[1:], "\n\n") {
		t.Fatalf("paragraphs differ:\n%s", body[0])
	}
	if len(res.Unapplied) != 0 {
		t.Fatalf("unapplied: %v", res.Unapplied)
	}
	for _, e := range res.Edits {
		if string(page[e.Start:e.End]) != e.Before {
			t.Fatalf("edit %+v: page has %q", e, page[e.Start:e.End])
		}
	}

	// In <p> elements, a break after "U.S." between two of them is
	// markup: the join is reported, not made. Joined where the report
	// says, the paragraphs are the expected ones.
	page = seedPage(in, true)
	res = Inplace(page, unspin.Clean)
	if strings.Join(markup(page), "") != strings.Join(markup(res.Page), "") {
		t.Fatalf("markup changed")
	}
	if len(res.Unapplied) == 0 {
		t.Fatal("no join reported")
	}
	joinAfter := map[int]bool{} // paragraph i is joined to i+1
	cursor := 0
	for i, p := range paragraphs(t, page, "p") {
		cursor = strings.Index(res.Text[cursor:], p) + cursor + len(p)
		for _, e := range res.Unapplied {
			if e.Kind != unspin.Layout {
				t.Fatalf("unapplied %+v", e)
			}
			if e.Start == cursor {
				joinAfter[i] = true
			}
		}
	}
	if len(joinAfter) != len(res.Unapplied) {
		t.Fatalf("unapplied joins %+v not between paragraphs", res.Unapplied)
	}
	var joined []string
	for i, p := range paragraphs(t, res.Page, "p") {
		if i > 0 && joinAfter[i-1] {
			joined[len(joined)-1] += " " + p
			continue
		}
		joined = append(joined, p)
	}
	if strings.Join(joined, "\n\n") != strings.Join(wantParas[1:], "\n\n") {
		t.Fatalf("paragraphs differ:\n%s", strings.Join(joined, "\n\n"))
	}
}

func TestInplace(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"clean page unchanged", `<p>The Russian embassy &amp; the U.S.</p>`, `<p>The Russian embassy &amp; the U.S.</p>`},
		{"homoglyph in text", "<p>The Russ\u0456an embassy</p>", "<p>The Russian embassy</p>"},
		{"homoglyph as a reference", "<p>The Russ&#1110;an embassy</p>", "<p>The Russian embassy</p>"},
		{"homoglyph as a hex reference", "<p>The Russ&#x456;an embassy</p>", "<p>The Russian embassy</p>"},
		{"invisible across inline markup", "<p>The Ru<b>s\u200bsian</b> embassy</p>", "<p>The Ru<b>ssian</b> embassy</p>"},
		{"attribute values", "<img alt=\"The Russ\u0456an embassy\" title='Russ\u0456an' data-x=\"Russ\u0456an\">",
			"<img alt=\"The Russian embassy\" title='Russian' data-x=\"Russ\u0456an\">"},
		{"unquoted attribute", "<img alt=Russ\u0456an>", "<img alt=Russian>"},
		{"script, style, comment kept", "<script>Russ\u0456an</script><style>Russ\u0456an</style><!--Russ\u0456an--><p>ok</p>",
			"<script>Russ\u0456an</script><style>Russ\u0456an</style><!--Russ\u0456an--><p>ok</p>"},
		{"tag hidden text", "<p>Hello\U000E0041\U000E0042 world</p>", "<p>Hello world</p>"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := Inplace([]byte(tc.in), unspin.Clean)
			if string(res.Page) != tc.want {
				t.Fatalf("got  %s\nwant %s", res.Page, tc.want)
			}
			if tc.in == tc.want && len(res.Edits) != 0 {
				t.Fatalf("edits on a clean page: %+v", res.Edits)
			}
			again := Inplace(res.Page, unspin.Clean)
			if len(again.Edits) != 0 {
				t.Fatalf("not idempotent: %+v", again.Edits)
			}
		})
	}
}

func TestAttributeValues(t *testing.T) {
	got := attributeValues(`<img src="a b" alt='x' title=y checked data-z = "q" =w>`)
	want := []string{"src=a b", "alt=x", "title=y", "data-z=q"}
	tag := `<img src="a b" alt='x' title=y checked data-z = "q" =w>`
	if len(got) != len(want) {
		t.Fatalf("%+v", got)
	}
	for i, a := range got {
		if a.name+"="+tag[a.start:a.end] != want[i] {
			t.Errorf("%d: %s=%s", i, a.name, tag[a.start:a.end])
		}
	}
}

// BenchmarkInplace: the seed (or a page of the same shape) cleaned in
// place, markup check included.
func BenchmarkInplace(b *testing.B) {
	text := strings.Repeat("The Russ\u0456an embassy said the talks went well. ", 60) + "\n\n"
	if in, _, err := seedtest.Files(); err == nil {
		text = in
	}
	page := seedPage(text, true)
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		Inplace(page, unspin.Clean)
	}
}
