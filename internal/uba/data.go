package uba

import (
	_ "embed"
	"strconv"
	"strings"
	"sync"
)

// x/text knows whether a rune is a bracket but does not export its partner,
// and has no mirroring data at all, so both come from the UCD files
// (see data/README.md).

//go:embed data/BidiBrackets.txt
var bidiBracketsTxt string

//go:embed data/BidiMirroring.txt
var bidiMirroringTxt string

type bracketEntry struct {
	pair rune // Bidi_Paired_Bracket
	open bool // Bidi_Paired_Bracket_Type is Open (else Close)
}

var (
	dataOnce   sync.Once
	bracketMap map[rune]bracketEntry
	mirrorMap  map[rune]rune
)

func loadData() {
	dataOnce.Do(func() {
		bracketMap = make(map[rune]bracketEntry, 128)
		forEachRecord(bidiBracketsTxt, func(f []string) {
			if len(f) < 3 {
				return
			}
			r, ok1 := parseHexRune(f[0])
			p, ok2 := parseHexRune(f[1])
			if !ok1 || !ok2 {
				return
			}
			switch f[2] {
			case "o":
				bracketMap[r] = bracketEntry{pair: p, open: true}
			case "c":
				bracketMap[r] = bracketEntry{pair: p}
			}
		})
		mirrorMap = make(map[rune]rune, 512)
		forEachRecord(bidiMirroringTxt, func(f []string) {
			if len(f) < 2 {
				return
			}
			r, ok1 := parseHexRune(f[0])
			m, ok2 := parseHexRune(f[1])
			if ok1 && ok2 {
				mirrorMap[r] = m
			}
		})
	})
}

// forEachRecord calls fn with the trimmed ';'-separated fields of every
// non-comment line of a UCD file.
func forEachRecord(txt string, fn func([]string)) {
	for line := range strings.Lines(txt) {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		f := strings.Split(line, ";")
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		fn(f)
	}
}

func parseHexRune(s string) (rune, bool) {
	v, err := strconv.ParseUint(s, 16, 32)
	if err != nil || v > 0x10FFFF {
		return 0, false
	}
	return rune(v), true
}

// Mirror returns the Bidi_Mirroring_Glyph of r: the character a renderer
// shows in its place when r is resolved to an odd (right-to-left) level,
// e.g. '(' for ')'. ok is false when r has no mirror glyph (some mirrored
// characters, like ∛, have none and need a mirrored glyph from the font).
func Mirror(r rune) (m rune, ok bool) {
	loadData()
	m, ok = mirrorMap[r]
	return m, ok
}

// bracketKind is a rune's role in bracket pairing (BD14, BD15).
type bracketKind uint8

const (
	notBracket bracketKind = iota
	openBracket
	closeBracket
)

// bracket is the pairing information of one character: kind, and id, the
// opening bracket of its pair after canonical mapping. Two brackets can pair
// when one opens, the other closes and their ids agree.
type bracket struct {
	kind bracketKind
	id   rune
}

// canonicalBracket maps the two brackets with singleton canonical
// decompositions to their decompositions, so that U+2329 pairs with U+3009
// and U+3008 with U+232A, as N0 requires for canonically equivalent text.
func canonicalBracket(r rune) rune {
	switch r {
	case 0x2329:
		return 0x3008
	case 0x232A:
		return 0x3009
	}
	return r
}

// bracketOf returns the pairing information of r.
func bracketOf(r rune) bracket {
	loadData()
	e, ok := bracketMap[r]
	if !ok {
		return bracket{}
	}
	if e.open {
		return bracket{kind: openBracket, id: canonicalBracket(r)}
	}
	return bracket{kind: closeBracket, id: canonicalBracket(e.pair)}
}
