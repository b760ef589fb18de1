// Package uba implements the Unicode Bidirectional Algorithm (UAX #9, the
// revision matching Unicode 15.0): paragraph level (P2, P3), explicit
// embeddings, overrides and isolates (X1–X10), weak types (W1–W7), bracket
// pairs (N0), neutrals (N1, N2), implicit levels (I1, I2) and line reordering
// (L1, L2).
//
// It exists so that a text cleaner can compute what a reader actually sees
// when text contains bidi control characters: the visual order is the only
// honest description of such text, the logical order can be made to lie.
//
// Rule P1 (splitting text into paragraphs) and the display-dependent rules L3
// and L4 are left to the caller.
package uba

import "golang.org/x/text/unicode/bidi"

// Class is a Bidi_Class property value. The package uses its own type rather
// than x/text's so that the algorithm's tables and the conformance files can
// use one dense, ordered enumeration.
type Class uint8

// The Bidi_Class values, named as in the Unicode Character Database.
const (
	L   Class = iota // Left_To_Right
	R                // Right_To_Left
	AL               // Arabic_Letter
	EN               // European_Number
	ES               // European_Separator
	ET               // European_Terminator
	AN               // Arabic_Number
	CS               // Common_Separator
	NSM              // Nonspacing_Mark
	BN               // Boundary_Neutral
	B                // Paragraph_Separator
	S                // Segment_Separator
	WS               // White_Space
	ON               // Other_Neutral
	LRE              // Left_To_Right_Embedding
	LRO              // Left_To_Right_Override
	RLE              // Right_To_Left_Embedding
	RLO              // Right_To_Left_Override
	PDF              // Pop_Directional_Format
	LRI              // Left_To_Right_Isolate
	RLI              // Right_To_Left_Isolate
	FSI              // First_Strong_Isolate
	PDI              // Pop_Directional_Isolate

	numClasses
)

var classNames = [numClasses]string{
	"L", "R", "AL", "EN", "ES", "ET", "AN", "CS", "NSM", "BN", "B", "S", "WS",
	"ON", "LRE", "LRO", "RLE", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI",
}

// String returns the short property value alias (e.g. "AL"), the spelling
// used by the conformance files.
func (c Class) String() string {
	if c < numClasses {
		return classNames[c]
	}
	return "Class(?)"
}

// fromXText maps x/text's bidi.Class (a different order, plus a "Control"
// catch-all that Properties.Class never returns) onto Class.
var fromXText = map[bidi.Class]Class{
	bidi.L: L, bidi.R: R, bidi.EN: EN, bidi.ES: ES, bidi.ET: ET, bidi.AN: AN,
	bidi.CS: CS, bidi.B: B, bidi.S: S, bidi.WS: WS, bidi.ON: ON, bidi.BN: BN,
	bidi.NSM: NSM, bidi.AL: AL, bidi.LRO: LRO, bidi.RLO: RLO, bidi.LRE: LRE,
	bidi.RLE: RLE, bidi.PDF: PDF, bidi.LRI: LRI, bidi.RLI: RLI, bidi.FSI: FSI,
	bidi.PDI: PDI,
}

// asciiClass caches ASCII, which dominates real text, to skip the trie.
var asciiClass [128]Class

func init() {
	for r := range asciiClass {
		asciiClass[r] = lookupClass(rune(r))
	}
}

func lookupClass(r rune) Class {
	p, _ := bidi.LookupRune(r)
	if c, ok := fromXText[p.Class()]; ok {
		return c
	}
	// Unreachable with x/text's tables; ON is the harmless choice (it
	// neither starts a run nor takes part in numbers).
	return ON
}

// ClassOf returns the Bidi_Class of r. Unassigned code points get their
// default class (e.g. R in the Hebrew block) as x/text derives it; invalid
// runes (surrogates, beyond U+10FFFF) are classed like U+FFFD, ON.
func ClassOf(r rune) Class {
	if r >= 0 && r < 128 {
		return asciiClass[r]
	}
	return lookupClass(r)
}

// isRemovedByX9 reports whether X9 removes characters of class c, so that
// they get no level.
func isRemovedByX9(c Class) bool {
	switch c {
	case RLE, LRE, RLO, LRO, PDF, BN:
		return true
	}
	return false
}

func isIsolateInitiator(c Class) bool { return c == LRI || c == RLI || c == FSI }
