package serve

import (
	"fmt"
	"unicode"

	"golang.org/x/text/unicode/runenames"

	"github.com/unspin/unspin"
	"github.com/unspin/unspin/internal/unidata"
)

// Char names a character an edit removed or wrote, for a reader.
type Char struct {
	Char   string `json:"char"`
	Name   string `json:"name"`
	Script string `json:"script"`
}

// describe names the characters of the character-level edits that a
// reader cannot tell apart by eye: everything outside printable ASCII,
// keyed by "U+XXXX". Spam and layout edits carry whole phrases and are
// left out.
func describe(edits []unspin.Edit) map[string]Char {
	out := map[string]Char{}
	for _, e := range edits {
		if !e.Kind.CharLevel() && e.Kind != unspin.Overstrike {
			continue
		}
		for _, s := range [...]string{e.Before, e.After} {
			for _, r := range s {
				if r >= ' ' && r < 0x7f {
					continue
				}
				key := fmt.Sprintf("U+%04X", r)
				if _, ok := out[key]; ok {
					continue
				}
				name := runenames.Name(r)
				if name == "" || name[0] == '<' { // controls and unlisted ranges
					name = controlName(r)
				}
				out[key] = Char{Char: string(r), Name: name, Script: unidata.ScriptOf(r).String()}
			}
		}
	}
	return out
}

// controlName covers what UnicodeData.txt leaves without a name.
func controlName(r rune) string {
	switch r {
	case '\b':
		return "BACKSPACE"
	case 0x7f:
		return "DELETE"
	case '\t':
		return "CHARACTER TABULATION"
	case '\n':
		return "LINE FEED"
	case '\r':
		return "CARRIAGE RETURN"
	}
	if unicode.IsControl(r) {
		return "CONTROL"
	}
	return "UNNAMED"
}
