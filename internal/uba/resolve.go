package uba

import (
	"slices"
	"sort"
)

// maxDepth is max_depth of BD2: the deepest explicit embedding level.
const maxDepth = 125

// maxPairingDepth bounds the BD16 bracket stack.
const maxPairingDepth = 63

// Resolve runs the algorithm on one paragraph and returns its embedding level
// and the resolved level of each rune (rules P2–I2, i.e. before the line-based
// rule L1). Runes that X9 removes (embedding and override controls, PDF and
// Boundary_Neutral characters) get level -1, the "x" of the conformance files:
// they have no place in the visual order.
//
// paraLevel is 0 (left-to-right) or 1 (right-to-left); any other value asks
// for auto-detection by P2/P3 (first strong character outside isolates,
// left-to-right if there is none). text should hold one paragraph: a
// paragraph separator (class B) belongs at the end only. One found earlier is
// handled as X8 handles a paragraph end (it closes every embedding and
// isolate, and P2 stops there), but the text still gets one paragraph level,
// so split text into paragraphs (rule P1) first.
func Resolve(text []rune, paraLevel int) (level int, levels []int8) {
	classes := make([]Class, len(text))
	var brackets []bracket
	for i, r := range text {
		c := ClassOf(r)
		classes[i] = c
		// Every paired bracket is ON in the UCD, and only an ON bracket
		// can pair (BD14, BD15), so the others need no lookup.
		if c == ON {
			if b := bracketOf(r); b.kind != notBracket {
				if brackets == nil {
					brackets = make([]bracket, len(text))
				}
				brackets[i] = b
			}
		}
	}
	return resolveClasses(classes, brackets, paraLevel)
}

// resolveClasses is Resolve on Bidi_Class values, which is what BidiTest.txt
// provides. brackets, if not nil, holds the pairing information of each
// position (nil: no character is a paired bracket).
func resolveClasses(classes []Class, brackets []bracket, paraLevel int) (int, []int8) {
	n := len(classes)
	levels := make([]int8, n)
	match := matchIsolates(classes)
	if paraLevel != 0 && paraLevel != 1 {
		paraLevel = 0
		if firstStrong(classes, match, 0, n) == R {
			paraLevel = 1
		}
	}
	if n == 0 {
		return paraLevel, levels
	}
	types := explicitLevels(classes, match, paraLevel, levels)
	resolveSequences(classes, types, brackets, match, paraLevel, levels)
	return paraLevel, levels
}

// matchIsolates pairs isolate initiators with PDIs (BD9). For an initiator
// at i, match[i] is the index of its matching PDI, or len(classes) if it has
// none (it then extends to the end of the paragraph). Other entries are
// unused. It returns nil when the text has no isolate initiator.
func matchIsolates(classes []Class) []int {
	var match []int
	var open []int
	for i, c := range classes {
		switch c {
		case LRI, RLI, FSI:
			if match == nil {
				match = make([]int, len(classes))
			}
			match[i] = len(classes)
			open = append(open, i)
		case PDI:
			if len(open) > 0 {
				match[open[len(open)-1]] = i
				open = open[:len(open)-1]
			}
		case B:
			open = open[:0]
		}
	}
	return match
}

// firstStrong implements P2 on classes[start:end]: the direction (L or R) of
// the first strong character, skipping isolates and the characters between
// them and their matching PDIs; ON if there is none.
func firstStrong(classes []Class, match []int, start, end int) Class {
	for i := start; i < end; i++ {
		switch classes[i] {
		case L:
			return L
		case R, AL:
			return R
		case LRI, RLI, FSI:
			i = match[i] // skip to the matching PDI (or past the end)
		case B:
			return ON
		}
	}
	return ON
}

// statusEntry is one entry of the directional status stack (X1).
type statusEntry struct {
	level    int8
	override Class // ON (neutral), L or R
	isolate  bool
}

// explicitLevels applies X1–X9: it stores each character's explicit
// embedding level in levels (-1 for those removed by X9) and returns the
// classes after directional overrides.
func explicitLevels(classes []Class, match []int, paraLevel int, levels []int8) []Class {
	types := slices.Clone(classes)
	var stackBuf [maxDepth + 2]statusEntry
	stack := append(stackBuf[:0], statusEntry{level: int8(paraLevel), override: ON})
	overflowIsolates, overflowEmbeddings, validIsolates := 0, 0, 0

	// push tries to open an embedding (X2–X5c); it reports whether the new
	// level is valid and nothing overflowed before.
	push := func(rtl bool, override Class, isolate bool) bool {
		cur := stack[len(stack)-1].level
		var next int8
		if rtl {
			next = (cur + 1) | 1
		} else {
			next = (cur + 2) &^ 1
		}
		if next > maxDepth || overflowIsolates > 0 || overflowEmbeddings > 0 {
			return false
		}
		stack = append(stack, statusEntry{level: next, override: override, isolate: isolate})
		return true
	}
	// inherit gives character i the current embedding level and applies the
	// current override, if any (X5a–X5c, X6, X6a).
	inherit := func(i int) {
		top := stack[len(stack)-1]
		levels[i] = top.level
		if top.override != ON {
			types[i] = top.override
		}
	}

	for i, c := range classes {
		switch c {
		case RLE, LRE, RLO, LRO: // X2–X5
			override := ON
			if c == RLO {
				override = R
			} else if c == LRO {
				override = L
			}
			if !push(c == RLE || c == RLO, override, false) && overflowIsolates == 0 {
				overflowEmbeddings++
			}
			levels[i] = -1
		case RLI, LRI, FSI: // X5a–X5c
			inherit(i)
			rtl := c == RLI
			if c == FSI {
				rtl = firstStrong(classes, match, i+1, match[i]) == R
			}
			if push(rtl, ON, true) {
				validIsolates++
			} else {
				overflowIsolates++
			}
		case PDI: // X6a
			switch {
			case overflowIsolates > 0:
				overflowIsolates--
			case validIsolates == 0:
				// Unmatched: nothing to close.
			default:
				overflowEmbeddings = 0
				for !stack[len(stack)-1].isolate {
					stack = stack[:len(stack)-1]
				}
				stack = stack[:len(stack)-1]
				validIsolates--
			}
			inherit(i)
		case PDF: // X7
			switch {
			case overflowIsolates > 0:
			case overflowEmbeddings > 0:
				overflowEmbeddings--
			case !stack[len(stack)-1].isolate && len(stack) >= 2:
				stack = stack[:len(stack)-1]
			}
			levels[i] = -1
		case B: // X8: the paragraph ends, and so does everything opened in it.
			levels[i] = int8(paraLevel)
			stack = stack[:1]
			overflowIsolates, overflowEmbeddings, validIsolates = 0, 0, 0
		case BN: // X9
			levels[i] = -1
		default: // X6
			inherit(i)
		}
	}
	return types
}

// levelRun is a maximal run of kept characters at one level (BD7), as a
// half-open range of positions in the list of kept characters.
type levelRun struct {
	start, end int
	level      int8 // explicit level, kept apart as levels gets resolved
}

// resolveSequences applies X10 and then W1–I2 to each isolating run
// sequence, turning the explicit levels into resolved levels.
func resolveSequences(classes, types []Class, brackets []bracket, match []int, paraLevel int, levels []int8) {
	n := len(classes)
	// kept lists the characters X9 keeps, in logical order.
	kept := make([]int, 0, n)
	for i, c := range classes {
		if !isRemovedByX9(c) {
			kept = append(kept, i)
		}
	}
	if len(kept) == 0 {
		return
	}
	var runs []levelRun
	start := 0
	for k := 1; k <= len(kept); k++ {
		if k == len(kept) || levels[kept[k]] != levels[kept[start]] {
			runs = append(runs, levelRun{start, k, levels[kept[start]]})
			start = k
		}
	}

	// Scratch space shared by all sequences.
	seq := make([]int, 0, len(kept))
	work := make([]Class, len(kept))
	used := make([]bool, len(runs))
	var pairs []bracketPair

	for r := range runs {
		if used[r] {
			continue
		}
		// BD13: a run ending with an isolate initiator continues with the
		// run starting at its matching PDI.
		seq = seq[:0]
		first, last := r, r
		for cur := r; ; {
			used[cur] = true
			last = cur
			seq = append(seq, kept[runs[cur].start:runs[cur].end]...)
			end := seq[len(seq)-1]
			if !isIsolateInitiator(classes[end]) || match[end] >= n {
				break
			}
			pdi := match[end]
			next := sort.Search(len(runs), func(j int) bool { return kept[runs[j].start] >= pdi })
			if next == len(runs) || kept[runs[next].start] != pdi || used[next] {
				break
			}
			cur = next
		}

		level := runs[first].level
		// sos and eos (X10): the higher of this level and the neighbouring
		// one (or the paragraph level at the edges, and after an isolate
		// initiator that has no matching PDI).
		prev := int8(paraLevel)
		if first > 0 {
			prev = runs[first-1].level
		}
		next := int8(paraLevel)
		if last+1 < len(runs) && !isIsolateInitiator(classes[seq[len(seq)-1]]) {
			next = runs[last+1].level
		}
		sos, eos := directionOf(max(level, prev)), directionOf(max(level, next))

		t := work[:len(seq)]
		for k, i := range seq {
			t[k] = types[i]
		}
		resolveWeak(t, sos)
		if brackets != nil {
			pairs = resolveBrackets(t, seq, types, brackets, directionOf(level), sos, pairs)
		}
		resolveNeutral(t, directionOf(level), sos, eos)
		// I1, I2.
		for k, i := range seq {
			switch {
			case level&1 == 0 && t[k] == R:
				levels[i] = level + 1
			case level&1 == 0 && (t[k] == AN || t[k] == EN):
				levels[i] = level + 2
			case level&1 == 1 && (t[k] == L || t[k] == EN || t[k] == AN):
				levels[i] = level + 1
			}
		}
	}
}

// directionOf returns the embedding direction of a level: L if even, R if odd.
func directionOf(level int8) Class {
	if level&1 == 1 {
		return R
	}
	return L
}

// resolveWeak applies W1–W7 to the types t of one isolating run sequence.
func resolveWeak(t []Class, sos Class) {
	n := len(t)
	// W1: a nonspacing mark takes the type of what it marks; after an
	// isolate initiator or PDI it is a neutral.
	for k := range t {
		if t[k] != NSM {
			continue
		}
		switch {
		case k == 0:
			t[k] = sos
		case t[k-1] == LRI || t[k-1] == RLI || t[k-1] == FSI || t[k-1] == PDI:
			t[k] = ON
		default:
			t[k] = t[k-1]
		}
	}
	// W2: European digits in Arabic context are Arabic numbers. W3: AL is R.
	strong := sos
	for k, c := range t {
		switch c {
		case L, R:
			strong = c
		case AL:
			strong = AL
			t[k] = R
		case EN:
			if strong == AL {
				t[k] = AN
			}
		}
	}
	// W4: a single separator between two numbers of the same kind joins them.
	for k := 1; k+1 < n; k++ {
		switch c, a, b := t[k], t[k-1], t[k+1]; {
		case c == ES && a == EN && b == EN, c == CS && a == EN && b == EN:
			t[k] = EN
		case c == CS && a == AN && b == AN:
			t[k] = AN
		}
	}
	// W5: terminators next to European numbers are part of them.
	for k := 0; k < n; {
		if t[k] != ET {
			k++
			continue
		}
		j := k
		for j < n && t[j] == ET {
			j++
		}
		if (k > 0 && t[k-1] == EN) || (j < n && t[j] == EN) {
			for m := k; m < j; m++ {
				t[m] = EN
			}
		}
		k = j
	}
	// W6: remaining separators and terminators are neutral.
	// W7: European numbers in left-to-right context are L.
	strong = sos
	for k, c := range t {
		switch c {
		case ES, ET, CS:
			t[k] = ON
		case L, R:
			strong = c
		case EN:
			if strong == L {
				t[k] = L
			}
		}
	}
}

// strongDirection classifies a resolved type for N0 and N1: L is L, R and
// numbers count as R, anything else is neutral (ON).
func strongDirection(c Class) Class {
	switch c {
	case L:
		return L
	case R, EN, AN, AL:
		return R
	}
	return ON
}

// bracketPair is a bracket pair (BD16) as positions in an isolating run
// sequence.
type bracketPair struct{ open, close int }

// resolveBrackets applies N0 to one isolating run sequence with embedding
// direction e: brackets that enclose strong text take a direction as a pair.
// seq maps positions to text indices, types holds the classes before W1
// (for the nonspacing-mark clause). pairs is scratch space, returned for
// reuse.
func resolveBrackets(t []Class, seq []int, types []Class, brackets []bracket, e, sos Class, pairs []bracketPair) []bracketPair {
	// BD16: match with a bounded stack; a closer pops back to the nearest
	// opener of its kind, one without such an opener is left alone.
	type opener struct {
		id  rune
		pos int
	}
	var stackBuf [maxPairingDepth]opener
	stack := stackBuf[:0]
	pairs = pairs[:0]
scan:
	for k, i := range seq {
		if t[k] != ON { // BD14, BD15: only a character still ON can pair.
			continue
		}
		switch b := brackets[i]; b.kind {
		case openBracket:
			if len(stack) == maxPairingDepth {
				break scan // BD16: stop processing for the rest of the sequence
			}
			stack = append(stack, opener{b.id, k})
		case closeBracket:
			for j := len(stack) - 1; j >= 0; j-- {
				if stack[j].id == b.id {
					pairs = append(pairs, bracketPair{stack[j].pos, k})
					stack = stack[:j]
					break
				}
			}
		}
	}
	if len(pairs) == 0 {
		return pairs
	}
	slices.SortFunc(pairs, func(a, b bracketPair) int { return a.open - b.open })

	for _, p := range pairs {
		inside := ON // strong direction found inside: e wins, else the opposite one
		for k := p.open + 1; k < p.close; k++ {
			if d := strongDirection(t[k]); d != ON {
				inside = d
				if d == e {
					break
				}
			}
		}
		var dir Class
		switch inside {
		case ON: // N0 d: no strong type inside, leave the pair to N1/N2.
			continue
		case e: // N0 b
			dir = e
		default: // N0 c: opposite direction inside; the context before decides.
			context := sos
			for k := p.open - 1; k >= 0; k-- {
				if d := strongDirection(t[k]); d != ON {
					context = d
					break
				}
			}
			dir = e
			if context == inside {
				dir = inside
			}
		}
		t[p.open], t[p.close] = dir, dir
		// Marks that were NSM before W1 follow their bracket.
		for _, b := range [2]int{p.open, p.close} {
			for k := b + 1; k < len(t) && types[seq[k]] == NSM; k++ {
				t[k] = dir
			}
		}
	}
	return pairs
}

// isNeutralOrIsolate reports whether c is an NI of N1/N2.
func isNeutralOrIsolate(c Class) bool {
	switch c {
	case B, S, WS, ON, LRI, RLI, FSI, PDI:
		return true
	}
	return false
}

// resolveNeutral applies N1 and N2: neutrals between text of one direction
// take that direction, other neutrals the embedding direction e.
func resolveNeutral(t []Class, e, sos, eos Class) {
	n := len(t)
	for k := 0; k < n; {
		if !isNeutralOrIsolate(t[k]) {
			k++
			continue
		}
		j := k
		for j < n && isNeutralOrIsolate(t[j]) {
			j++
		}
		before, after := sos, eos
		if k > 0 {
			before = strongDirection(t[k-1])
		}
		if j < n {
			after = strongDirection(t[j])
		}
		dir := e
		if before == after {
			dir = before
		}
		for m := k; m < j; m++ {
			t[m] = dir
		}
		k = j
	}
}
