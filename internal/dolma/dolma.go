// Package dolma writes unspin's findings as Dolma attributes: one JSON line
// per document, {"id": ..., "attributes": {name: [[start, end, score], ...]}},
// with offsets in code points of the input text, as Dolma's mixer reads them
// (Python string indices).
package dolma

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/unspin/unspin"
)

// Prefix starts every attribute name, as Dolma names attributes by tagger.
const Prefix = "unspin__"

// Span is one attribute value: [start, end) in code points, and a score.
type Span [3]float64

// MarshalJSON writes the offsets as integers and the score as a float
// ([8, 9, 1.0]), as Dolma's own taggers write them.
func (s Span) MarshalJSON() ([]byte, error) {
	b := make([]byte, 0, 32)
	b = append(b, '[')
	b = strconv.AppendInt(b, int64(s[0]), 10)
	b = append(b, ',')
	b = strconv.AppendInt(b, int64(s[1]), 10)
	b = append(b, ',')
	score := strconv.AppendFloat(nil, s[2], 'g', -1, 64)
	b = append(b, score...)
	if !bytes.ContainsAny(score, ".eEnN") {
		b = append(b, ".0"...)
	}
	return append(b, ']'), nil
}

// Attributes returns the attributes of one document:
//   - unspin__obfuscated: [[0, len, score]], the whole document;
//   - unspin__spam: [[0, len, score]] where the spam model judged the text
//     (absent where it could not: not English, no call to action);
//   - unspin__<kind> (homoglyph, invisible, spam_sentence, ...): one
//     [start, end, 1.0] per edit of that kind, the input's code points
//     [start:end] being exactly what the edit replaced.
func Attributes(text string, rep unspin.Report) map[string][]Span {
	pos := newPositions(text)
	n := float64(pos.at(len(text)))
	attrs := map[string][]Span{
		Prefix + "obfuscated": {{0, n, rep.Obfuscated}},
	}
	if s, ok := rep.SpamScore(); ok {
		attrs[Prefix+"spam"] = []Span{{0, n, s}}
	}
	for _, e := range rep.Edits {
		name := Prefix + strings.ReplaceAll(string(e.Kind), "-", "_")
		attrs[name] = append(attrs[name], Span{float64(pos.at(e.Start)), float64(pos.at(e.End)), 1})
	}
	return attrs
}

// Line is the attributes line of one document: id is its "id" as raw JSON
// (nil: null), and a nil report gives empty attributes (a line that could
// not be read as a document keeps its place).
func Line(id json.RawMessage, text string, rep *unspin.Report) ([]byte, error) {
	if len(id) == 0 {
		id = json.RawMessage("null")
	}
	attrs := map[string][]Span{}
	if rep != nil {
		attrs = Attributes(text, *rep)
	}
	b, err := json.Marshal(struct {
		ID         json.RawMessage   `json:"id"`
		Attributes map[string][]Span `json:"attributes"`
	}{id, attrs})
	return append(b, '\n'), err
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
