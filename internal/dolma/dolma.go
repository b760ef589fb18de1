// Package dolma writes unspin's findings as Dolma attributes: one JSON line
// per document, {"id": ..., "attributes": {name: [[start, end, score], ...]}},
// with offsets in code points of the input text, as Dolma's mixer reads them
// (Python string indices).
package dolma

import (
	"encoding/json"
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/unspin/unspin"
	"github.com/unspin/unspin/internal/jsontext"
)

// Prefix starts every attribute name, as Dolma names attributes by tagger.
const Prefix = "unspin__"

// Span is one attribute value: [start, end) in code points, and a score.
type Span [3]float64

// MarshalJSON writes the offsets as integers and the score as a float
// rounded as every unspin score is ([8, 9, 1.0]), as Dolma's own taggers
// write them.
func (s Span) MarshalJSON() ([]byte, error) { return s.appendJSON(nil), nil }

func (s Span) appendJSON(b []byte) []byte {
	b = append(b, '[')
	b = strconv.AppendInt(b, int64(s[0]), 10)
	b = append(b, ',')
	b = strconv.AppendInt(b, int64(s[1]), 10)
	b = append(b, ',')
	b = jsontext.AppendScore(b, s[2])
	return append(b, ']')
}

// Attributes returns the attributes of one document:
//   - unspin__obfuscated: [[0, len, score]], the whole document;
//   - unspin__spam: [[0, len, score]] where the spam model judged the text
//     (absent where it could not: not English, no call to action);
//   - unspin__<kind> (homoglyph, invisible, spam_sentence, ...): one
//     [start, end, 1.0] per edit of that kind, the input's code points
//     [start:end] being exactly what the edit replaced.
func Attributes(text string, rep unspin.Report) map[string][]Span {
	var d Doc
	d.Add(text, rep)
	return d.attributes()
}

// Doc gathers the attributes of a document cleaned in parts (plain text is
// cleaned in units): each part's offsets go on from the previous part's,
// and the document's scores are the highest of its parts'.
type Doc struct {
	cp         int // code points so far
	spans      map[string][]Span
	obfuscated float64
	spam       float64
	judged     bool
}

// Add adds the next part of the document and its report.
func (d *Doc) Add(text string, rep unspin.Report) {
	pos := newPositions(text)
	for _, e := range rep.Edits {
		if d.spans == nil {
			d.spans = map[string][]Span{}
		}
		name := Prefix + strings.ReplaceAll(string(e.Kind), "-", "_")
		d.spans[name] = append(d.spans[name], Span{float64(d.cp + pos.at(e.Start)), float64(d.cp + pos.at(e.End)), 1})
	}
	d.cp += pos.at(len(text))
	d.obfuscated = max(d.obfuscated, rep.Obfuscated)
	if s, ok := rep.SpamScore(); ok {
		d.spam, d.judged = max(d.spam, s), true
	}
}

func (d *Doc) attributes() map[string][]Span {
	n := float64(d.cp)
	attrs := map[string][]Span{Prefix + "obfuscated": {{0, n, d.obfuscated}}}
	if d.judged {
		attrs[Prefix+"spam"] = []Span{{0, n, d.spam}}
	}
	for name, spans := range d.spans {
		attrs[name] = spans
	}
	return attrs
}

// Line is the attributes line of the document so far; id is its "id" as
// raw JSON (nil: null).
func (d *Doc) Line(id json.RawMessage) []byte { return line(id, d.attributes()) }

// Line is the attributes line of one document: id is its "id" as raw JSON
// (nil: null), and a nil report gives empty attributes (a line that could
// not be read as a document keeps its place).
func Line(id json.RawMessage, text string, rep *unspin.Report) []byte {
	if rep == nil {
		return line(id, nil)
	}
	return line(id, Attributes(text, *rep))
}

// line writes the id as it came and the names sorted.
func line(id json.RawMessage, attrs map[string][]Span) []byte {
	if len(id) == 0 {
		id = json.RawMessage("null")
	}
	b := make([]byte, 0, 64+32*len(attrs))
	b = append(b, `{"id":`...)
	b = append(b, id...)
	b = append(b, `,"attributes":{`...)
	for i, name := range slices.Sorted(maps.Keys(attrs)) {
		if i > 0 {
			b = append(b, ',')
		}
		b = jsontext.AppendString(b, name)
		b = append(b, ":["...)
		for k, s := range attrs[name] {
			if k > 0 {
				b = append(b, ',')
			}
			b = s.appendJSON(b)
		}
		b = append(b, ']')
	}
	return append(b, "}}\n"...)
}

// positions converts byte offsets, asked in any order, to code points.
// Each byte that is not UTF-8 counts as one, as Python's surrogateescape
// reads it, and a surrogate written in UTF-8 form (ED A0 80, from an
// escaped lone \ud800) counts as one, as json.loads makes it one.
type positions struct {
	text       string
	byteAt, cp int // the last answer, to go on from
}

func newPositions(text string) *positions { return &positions{text: text} }

func (p *positions) at(off int) int {
	if off < p.byteAt {
		p.byteAt, p.cp = 0, 0
	}
	for p.byteAt < off {
		p.byteAt += width(p.text[p.byteAt:])
		p.cp++
	}
	return p.cp
}

// width is the length of the code point s starts with.
func width(s string) int {
	if s[0] < utf8.RuneSelf {
		return 1
	}
	if _, n := utf8.DecodeRuneInString(s); n > 1 {
		return n
	}
	if len(s) >= 3 && s[0] == 0xED && s[1]&0xE0 == 0xA0 && s[2]&0xC0 == 0x80 {
		return 3 // a surrogate
	}
	return 1
}
