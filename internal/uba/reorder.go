package uba

import "slices"

// Reorder applies L1 and L2 to the line text[start:end] of a paragraph and
// returns the indices (into text) of its runes in visual order, left to
// right, leaving out runes removed by X9 (level -1). levels and paraLevel are
// Resolve's results for the whole paragraph, because resolution needs the
// whole paragraph while reordering is per line. levels is not modified.
// Reorder panics if start:end is not a valid range of text or levels is
// shorter than text.
func Reorder(text []rune, levels []int8, paraLevel int, start, end int) []int {
	_ = text[start:end]
	classes := make([]Class, end-start)
	for k, r := range text[start:end] {
		classes[k] = ClassOf(r)
	}
	return reorderClasses(classes, levels[start:end], paraLevel, start)
}

// lineLevels applies L1 to one line: classes and levels cover exactly the
// line. Segment and paragraph separators, and white space and isolate
// formatting characters before them or at the end of the line, go back to
// the paragraph level so that trailing spaces and tabs stay where the
// paragraph direction puts them. Characters removed by X9 keep level -1 but
// do not interrupt such a sequence of white space.
func lineLevels(classes []Class, levels []int8, paraLevel int) []int8 {
	out := slices.Clone(levels)
	pl := int8(paraLevel)
	trailing := true // in a sequence that reaches a separator or the line end
	for k := len(classes) - 1; k >= 0; k-- {
		switch c := classes[k]; {
		case c == S || c == B:
			out[k] = pl
			trailing = true
		case c == WS || isIsolateInitiator(c) || c == PDI:
			if trailing {
				out[k] = pl
			}
		case isRemovedByX9(c):
			// Transparent: keeps level -1 and the sequence going.
		default:
			trailing = false
		}
	}
	return out
}

// reorderClasses is Reorder on classes: classes and levels cover the line,
// offset is the text index of its first character.
func reorderClasses(classes []Class, levels []int8, paraLevel int, offset int) []int {
	lv := lineLevels(classes, levels, paraLevel)
	order := make([]int, 0, len(lv))
	var highest, lowestOdd int8 = 0, maxDepth + 2
	for k, l := range lv {
		if l < 0 {
			continue
		}
		order = append(order, offset+k)
		lv[len(order)-1] = l // compact the kept levels in place
		highest = max(highest, l)
		if l&1 == 1 {
			lowestOdd = min(lowestOdd, l)
		}
	}
	lv = lv[:len(order)]
	// L2: from the highest level down to the lowest odd one, reverse every
	// maximal run at that level or above.
	for level := highest; level >= lowestOdd; level-- {
		for k := 0; k < len(lv); {
			if lv[k] < level {
				k++
				continue
			}
			j := k
			for j < len(lv) && lv[j] >= level {
				j++
			}
			slices.Reverse(order[k:j])
			slices.Reverse(lv[k:j])
			k = j
		}
	}
	return order
}
