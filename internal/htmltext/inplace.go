// Package htmltext cleans the text of HTML pages: in place, where every byte
// of markup stays as it is and only text nodes and human-readable attribute
// values change, or by extracting the main content as plain text.
package htmltext

import (
	"bytes"
	"html"
	"slices"
	"sort"
	"strings"

	nethtml "golang.org/x/net/html"

	"github.com/unspin/unspin"
)

// Result is the outcome of cleaning a page in place.
type Result struct {
	// Page is the cleaned page.
	Page []byte
	// Edits are in byte offsets of the input page: Before is the page's
	// bytes (entities as written), After what replaced them (escaped).
	Edits []unspin.Edit
	// Text is the page's readable text as the cleaner saw it: text nodes in
	// order, blocks separated by a blank line, scripts and styles left out.
	Text string
	// Report is the cleaner's report on Text (its scores are the page's).
	Report unspin.Report
	// Unapplied are edits of Text that only markup could make (joining
	// two paragraphs that are two elements), in offsets of Text.
	Unapplied []unspin.Edit
	// Refused are edits, in page offsets, that would have changed the
	// markup (emptying an unquoted attribute value, say): not made.
	Refused []unspin.Edit
}

// piece is a run of decoded text that stands in the page: a text node or an
// attribute value.
type piece struct {
	doc   int // where it starts in the cleaned document
	text  string
	spans []span
	attr  bool // an attribute value: quotes are escaped too
}

// span maps decoded bytes [dec, dec+decLen) to page bytes [raw, raw+rawLen);
// an entity is one span, indivisible, plain text spans of equal length.
type span struct {
	dec, decLen, raw, rawLen int
	entity                   bool
}

// skipped elements hold no text a reader reads as prose.
var skipped = map[string]bool{"script": true, "style": true, "noscript": true, "template": true, "textarea": true,
	"iframe": true, "noembed": true, "noframes": true, "xmp": true, "plaintext": true, "svg": true, "math": true}

// blocks break the text: a blank line goes between them.
var blocks = map[string]bool{"address": true, "article": true, "aside": true, "blockquote": true, "body": true,
	"caption": true, "dd": true, "details": true, "div": true, "dl": true, "dt": true, "fieldset": true,
	"figcaption": true, "figure": true, "footer": true, "form": true, "h1": true, "h2": true, "h3": true,
	"h4": true, "h5": true, "h6": true, "head": true, "header": true, "hr": true, "html": true, "li": true,
	"main": true, "nav": true, "ol": true, "p": true, "pre": true, "section": true, "summary": true,
	"table": true, "tbody": true, "td": true, "tfoot": true, "th": true, "thead": true, "title": true,
	"tr": true, "ul": true, "option": true, "select": true, "button": true, "label": true, "legend": true}

// readable attributes carry text for people.
var readable = map[string]bool{"alt": true, "title": true, "aria-label": true, "placeholder": true}

// Inplace cleans the page's text where it stands.
func Inplace(page []byte, clean func(string) unspin.Report) Result {
	var doc strings.Builder
	var pieces []*piece
	var attrs []*piece
	sep := func(s string) {
		// One separator between blocks, whatever the nesting.
		cur := doc.String()
		if doc.Len() == 0 || strings.HasSuffix(cur, s) || strings.HasSuffix(cur, "\n\n") {
			return
		}
		doc.WriteString(s)
	}
	z := nethtml.NewTokenizer(bytes.NewReader(page))
	at, skip := 0, 0
	for {
		tt := z.Next()
		if tt == nethtml.ErrorToken {
			break
		}
		raw := z.Raw()
		start := at
		at += len(raw)
		switch tt {
		case nethtml.TextToken:
			if skip > 0 {
				continue
			}
			p := decode(string(raw), start)
			p.doc = doc.Len()
			doc.WriteString(p.text)
			pieces = append(pieces, p)
		case nethtml.StartTagToken, nethtml.SelfClosingTagToken, nethtml.EndTagToken:
			name, _ := z.TagName()
			tag := string(name)
			if skipped[tag] {
				switch {
				case tt == nethtml.StartTagToken:
					skip++
				case tt == nethtml.EndTagToken && skip > 0:
					skip--
				}
				continue
			}
			if tt != nethtml.EndTagToken {
				for _, a := range attributeValues(string(raw)) {
					if readable[a.name] {
						attrs = append(attrs, decode(string(raw[a.start:a.end]), start+a.start))
						attrs[len(attrs)-1].attr = true
					}
				}
			}
			switch {
			case tag == "br":
				sep("\n")
			case blocks[tag]:
				sep("\n\n")
			}
		}
	}
	res := Result{Text: doc.String()}
	res.Report = clean(res.Text)
	var edits []unspin.Edit
	for _, e := range res.Report.Edits {
		placed := place(pieces, e)
		if placed == nil {
			res.Unapplied = append(res.Unapplied, e)
		}
		edits = append(edits, placed...)
	}
	// Each attribute value is a text of its own.
	for _, a := range attrs {
		a.doc = 0
		for _, e := range clean(a.text).Edits {
			edits = append(edits, place([]*piece{a}, e)...)
		}
	}
	sort.Slice(edits, func(i, j int) bool { return edits[i].Start < edits[j].Start })
	for i := range edits {
		// A literal '<' or '&' just before a removal would join what
		// follows it ("<\u200bscript>" would become a tag): it is written
		// as a reference, which reads the same.
		e := &edits[i]
		if e.Start > 0 && (i == 0 || edits[i-1].End < e.Start) {
			switch page[e.Start-1] {
			case '<':
				e.Start, e.After = e.Start-1, "&lt;"+e.After
			case '&':
				e.Start, e.After = e.Start-1, "&amp;"+e.After
			}
		}
		e.Before = string(page[e.Start:e.End])
	}
	// Whatever the edits, the markup must come out as it went in: an edit
	// that would change it is refused (kept in Refused), the others made.
	want := markup(page)
	out := apply(page, edits)
	if !slices.Equal(markup(out), want) {
		var kept []unspin.Edit
		for _, e := range edits {
			if try := append(slices.Clip(kept), e); slices.Equal(markup(apply(page, try)), want) {
				kept = try
			} else {
				res.Refused = append(res.Refused, e)
			}
		}
		edits, out = kept, apply(page, kept)
	}
	res.Page, res.Edits = out, edits
	return res
}

func apply(page []byte, edits []unspin.Edit) []byte {
	var out bytes.Buffer
	out.Grow(len(page))
	last := 0
	for _, e := range edits {
		out.Write(page[last:e.Start])
		out.WriteString(e.After)
		last = e.End
	}
	out.Write(page[last:])
	return out.Bytes()
}

// markup is what of page may not change: every token but the text nodes
// outside skipped elements, tags with their readable attribute values
// blanked out.
func markup(page []byte) []string {
	var out []string
	z := nethtml.NewTokenizer(bytes.NewReader(page))
	skip := 0
	for tt := z.Next(); tt != nethtml.ErrorToken; tt = z.Next() {
		raw := string(z.Raw())
		name, _ := z.TagName()
		switch {
		case tt == nethtml.TextToken && skip == 0:
			continue
		case tt == nethtml.StartTagToken && skipped[string(name)]:
			skip++
		case tt == nethtml.EndTagToken && skipped[string(name)] && skip > 0:
			skip--
		}
		if tt == nethtml.StartTagToken || tt == nethtml.SelfClosingTagToken {
			vals := attributeValues(raw)
			for i := len(vals) - 1; i >= 0; i-- {
				if readable[vals[i].name] {
					raw = raw[:vals[i].start] + "\x00" + raw[vals[i].end:]
				}
			}
		}
		out = append(out, raw)
	}
	return out
}

// place maps an edit of the document onto the pieces it covers: its
// replacement goes into the first, what it covers of the others is
// deleted. It returns nil where the edit covers no piece (it touches only
// the breaks between blocks) or cuts through an entity.
func place(pieces []*piece, e unspin.Edit) []unspin.Edit {
	covers := func(p *piece) bool {
		if e.Start == e.End { // an insertion
			return p.doc <= e.Start && e.Start <= p.doc+len(p.text)
		}
		return p.doc < e.End && e.Start < p.doc+len(p.text)
	}
	i := sort.Search(len(pieces), func(i int) bool { return pieces[i].doc+len(pieces[i].text) >= e.Start })
	var out []unspin.Edit
	covered := 0
	for ; i < len(pieces) && pieces[i].doc <= e.End; i++ {
		p := pieces[i]
		if !covers(p) || len(out) > 0 && e.Start == e.End {
			continue
		}
		rs, ok1 := p.rawAt(max(e.Start, p.doc) - p.doc)
		re, ok2 := p.rawAt(min(e.End, p.doc+len(p.text)) - p.doc)
		if !ok1 || !ok2 {
			return nil
		}
		after := ""
		if len(out) == 0 {
			after = escape(e.After, p.attr)
		}
		out = append(out, unspin.Edit{Start: rs, End: re, Kind: e.Kind, After: after, Reason: e.Reason, Hidden: e.Hidden})
		covered += min(e.End, p.doc+len(p.text)) - max(e.Start, p.doc)
	}
	if e.After != "" && covered < e.End-e.Start {
		// A replacement of the breaks between blocks (a paragraph join)
		// would need the markup changed.
		return nil
	}
	return out
}

// rawAt is the page offset of decoded offset d, which must not fall
// inside an entity.
func (p *piece) rawAt(d int) (int, bool) {
	k := sort.Search(len(p.spans), func(k int) bool { return p.spans[k].dec+p.spans[k].decLen > d })
	if k == len(p.spans) {
		last := p.spans[len(p.spans)-1]
		return last.raw + last.rawLen, d == last.dec+last.decLen
	}
	sp := p.spans[k]
	if sp.entity {
		return sp.raw, d == sp.dec
	}
	return sp.raw + d - sp.dec, true
}

// decode reads raw (text as written in the page, starting at page offset
// at) into a piece: character references decoded, each one a span.
func decode(raw string, at int) *piece {
	p := &piece{}
	var b strings.Builder
	plain := 0 // start of the plain run being collected, in raw
	flush := func(end int) {
		if end > plain {
			p.spans = append(p.spans, span{dec: b.Len(), decLen: end - plain, raw: at + plain, rawLen: end - plain})
			b.WriteString(raw[plain:end])
		}
	}
	for i := 0; i < len(raw); i++ {
		if raw[i] != '&' {
			continue
		}
		n := reference(raw[i:])
		if n == 0 {
			continue
		}
		flush(i)
		dec := html.UnescapeString(raw[i : i+n])
		p.spans = append(p.spans, span{dec: b.Len(), decLen: len(dec), raw: at + i, rawLen: n, entity: true})
		b.WriteString(dec)
		i += n - 1
		plain = i + 1
	}
	flush(len(raw))
	p.text = b.String()
	if len(p.spans) == 0 {
		p.spans = []span{{raw: at}}
	}
	return p
}

// reference is the length of the character reference s starts with
// ("&amp;", "&#8217;", "&#x2019;"), 0 if none: only references closed by a
// semicolon count, which every browser reads the same way.
func reference(s string) int {
	end := strings.IndexByte(s, ';')
	if end < 2 || end > 40 {
		return 0
	}
	if html.UnescapeString(s[:end+1]) == s[:end+1] {
		return 0
	}
	return end + 1
}

// escape writes s as page text: markup characters as references.
func escape(s string, attr bool) string {
	if !strings.ContainsAny(s, `&<>"'`) {
		return s
	}
	r := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")
	if attr {
		r = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&#34;", "'", "&#39;")
	}
	return r.Replace(s)
}

type attrValue struct {
	name       string
	start, end int // the value, without its quotes, in the tag's bytes
}

// attributeValues finds the attribute values in a tag as written ("<img
// alt='x' title=y>"), as the HTML tokenizer reads them.
func attributeValues(tag string) []attrValue {
	var out []attrValue
	i := 1
	for i < len(tag) && !isSpace(tag[i]) && tag[i] != '/' && tag[i] != '>' {
		i++
	}
	for i < len(tag) {
		for i < len(tag) && (isSpace(tag[i]) || tag[i] == '/') {
			i++
		}
		if i >= len(tag) || tag[i] == '>' {
			break
		}
		ns := i
		i++ // a name may begin with '='
		for i < len(tag) && !isSpace(tag[i]) && tag[i] != '/' && tag[i] != '>' && tag[i] != '=' {
			i++
		}
		name := strings.ToLower(tag[ns:i])
		for i < len(tag) && isSpace(tag[i]) {
			i++
		}
		if i >= len(tag) || tag[i] != '=' {
			continue
		}
		i++
		for i < len(tag) && isSpace(tag[i]) {
			i++
		}
		if i < len(tag) && (tag[i] == '"' || tag[i] == '\'') {
			q := tag[i]
			end := strings.IndexByte(tag[i+1:], q)
			if end < 0 {
				break
			}
			out = append(out, attrValue{name, i + 1, i + 1 + end})
			i += end + 2
			continue
		}
		vs := i
		for i < len(tag) && !isSpace(tag[i]) && tag[i] != '>' {
			i++
		}
		out = append(out, attrValue{name, vs, i})
	}
	return out
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }
