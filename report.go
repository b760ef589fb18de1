package unspin

import (
	"strconv"

	"github.com/unspin/unspin/internal/edit"
	"github.com/unspin/unspin/internal/jsontext"
)

// Kind names what sort of evasion an edit undoes. In JSON it is the
// constant's string ("homoglyph", "spam-sentence", ...).
type Kind string

// The kinds of edit.
const (
	Homoglyph    Kind = "homoglyph"     // a letter of another script or block drawn like the intended one (Cyrillic а for a)
	Invisible    Kind = "invisible"     // an invisible character inside a word (zero-width space, soft hyphen, word joiner)
	Bidi         Kind = "bidi"          // bidi controls that make the stored order differ from what is shown
	Deletion     Kind = "deletion"      // backspace or delete characters and what they erase
	Overstrike   Kind = "overstrike"    // legacy bold, underline and accents made with backspaces: no evasion
	Tag          Kind = "tag"           // tag characters or variation selectors carrying hidden text (see Edit.Hidden)
	SpamSentence Kind = "spam-sentence" // an injected link-spam sentence, removed
	SpamPhrase   Kind = "spam-phrase"   // an injected keyword phrase, removed
	Layout       Kind = "layout"        // a paragraph break inserted after an abbreviation, joined
)

// CharLevel reports whether k undoes character-level evasion (homoglyph,
// invisible, bidi, deletion, tag), as opposed to injected spam, legacy
// overstrike or layout damage. Only these raise Report.Obfuscated.
func (k Kind) CharLevel() bool { return edit.Kind(k).CharLevel() }

// Edit is one change to the input: the bytes input[Start:End], which are
// Before, became After. Offsets are bytes of the text given to Clean;
// applying a Report's Edits to it gives Report.Text.
type Edit struct {
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Kind   Kind   `json:"kind"`
	Before string `json:"before"`
	After  string `json:"after"` // empty: Before was removed
	// Reason says why, for a person ("Cyrillic U+0435 looks like Latin
	// 'e'; word mixes scripts").
	Reason string `json:"reason,omitempty"`
	// Hidden is text smuggled in invisible characters (tag characters,
	// variation-selector payloads), decoded for the reader.
	Hidden string `json:"hidden,omitempty"`
}

// Report is the outcome of cleaning one text.
type Report struct {
	// Text is the restored text. It is not part of the JSON form, which
	// reports on a text written beside it.
	Text string `json:"-"`
	// Edits are every change, sorted by Start, in byte offsets of the
	// input; never nil.
	Edits []Edit `json:"edits"`
	// Obfuscated is 0..1: how sure unspin is that character-level evasion
	// was present (one repaired character already crosses 0.5).
	Obfuscated float64 `json:"obfuscated"`
	// Spam is 0..1 for an injected link-spam payload, 0.5 the cut; nil
	// (JSON null) where the spam model cannot judge the text (not English,
	// and no call to action in it) or spam is turned off. SpamScore reads
	// it.
	Spam *float64 `json:"spam"`
	// Suspects are phrases that may be inserted keywords but whose evidence
	// falls short of removal: reported, left in the text.
	Suspects []Suspect `json:"suspects,omitempty"`
	// InvalidUTF8 lists the runs of input bytes that are not valid UTF-8,
	// as [start, end) byte offsets. They are passed through unchanged and
	// no edit touches them.
	InvalidUTF8 [][2]int `json:"invalid_utf8,omitempty"`
}

// Suspect is a run of the input, [Start, End) in bytes, that may be an
// inserted keyword, and why.
type Suspect struct {
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Text   string `json:"text"`
	Reason string `json:"reason"`
}

// SpamScore returns the spam score and whether the text was judged.
func (r Report) SpamScore() (float64, bool) {
	if r.Spam == nil {
		return 0, false
	}
	return *r.Spam, true
}

// MarshalJSON writes the report as the CLI and the service do: scores
// rounded to four decimals, strings without HTML escaping (with
// encoding/json, call it through an Encoder with SetEscapeHTML(false) to
// keep that), bytes that are not UTF-8 as they came.
func (r Report) MarshalJSON() ([]byte, error) { return r.AppendJSON(nil), nil }

// AppendJSON appends the JSON form of r to b (see MarshalJSON).
func (r Report) AppendJSON(b []byte) []byte { return r.appendJSON(b, true) }

// AppendBriefJSON appends the JSON form of r without the edits' reasons,
// as unspin clean writes reports unless asked to explain them.
func (r Report) AppendBriefJSON(b []byte) []byte { return r.appendJSON(b, false) }

func (r Report) appendJSON(b []byte, reasons bool) []byte {
	b = append(b, `{"edits":[`...)
	for i, e := range r.Edits {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"start":`...)
		b = strconv.AppendInt(b, int64(e.Start), 10)
		b = append(b, `,"end":`...)
		b = strconv.AppendInt(b, int64(e.End), 10)
		b = append(b, `,"kind":`...)
		b = jsontext.AppendString(b, string(e.Kind))
		b = append(b, `,"before":`...)
		b = jsontext.AppendString(b, e.Before)
		b = append(b, `,"after":`...)
		b = jsontext.AppendString(b, e.After)
		if reasons && e.Reason != "" {
			b = append(b, `,"reason":`...)
			b = jsontext.AppendString(b, e.Reason)
		}
		if e.Hidden != "" {
			b = append(b, `,"hidden":`...)
			b = jsontext.AppendString(b, e.Hidden)
		}
		b = append(b, '}')
	}
	b = append(b, `],"obfuscated":`...)
	b = jsontext.AppendScore(b, r.Obfuscated)
	b = append(b, `,"spam":`...)
	if s, ok := r.SpamScore(); ok {
		b = jsontext.AppendScore(b, s)
	} else {
		b = append(b, "null"...)
	}
	if len(r.Suspects) > 0 {
		b = append(b, `,"suspects":[`...)
		for i, s := range r.Suspects {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, `{"start":`...)
			b = strconv.AppendInt(b, int64(s.Start), 10)
			b = append(b, `,"end":`...)
			b = strconv.AppendInt(b, int64(s.End), 10)
			b = append(b, `,"text":`...)
			b = jsontext.AppendString(b, s.Text)
			b = append(b, `,"reason":`...)
			b = jsontext.AppendString(b, s.Reason)
			b = append(b, '}')
		}
		b = append(b, ']')
	}
	if len(r.InvalidUTF8) > 0 {
		b = append(b, `,"invalid_utf8":[`...)
		for i, run := range r.InvalidUTF8 {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, '[')
			b = strconv.AppendInt(b, int64(run[0]), 10)
			b = append(b, ',')
			b = strconv.AppendInt(b, int64(run[1]), 10)
			b = append(b, ']')
		}
		b = append(b, ']')
	}
	return append(b, '}')
}

// publicEdits converts the pipeline's edits at the boundary; the list is
// never nil, so that JSON shows [] rather than null.
func publicEdits(in []edit.Edit) []Edit {
	out := make([]Edit, len(in))
	for i, e := range in {
		out[i] = Edit{Start: e.Start, End: e.End, Kind: Kind(e.Kind), Before: e.Before, After: e.After, Reason: e.Reason, Hidden: e.Hidden}
	}
	return out
}

// Apply returns text with edits applied: Apply(input, r.Edits) is r.Text,
// and a subset of a Report's edits (only the homoglyph ones, say) gives the
// input with only those made. Edits must be sorted by Start and must not
// overlap, as a Report's are; Apply panics otherwise.
func Apply(text string, edits []Edit) string {
	in := make([]edit.Edit, len(edits))
	for i, e := range edits {
		in[i] = edit.Edit{Start: e.Start, End: e.End, Kind: edit.Kind(e.Kind), Before: e.Before, After: e.After}
	}
	return edit.Apply(text, in)
}
