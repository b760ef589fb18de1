package spam

// span is a run of tokens [from, to) and its bytes [start, end).
type span struct {
	from, to   int
	start, end int
}

// sentenceStarts lists the token indexes where a sentence may begin: the
// start of a line and every capitalised word or opening quote. Inserted
// sentences hide behind false boundaries ("on Nov. Here is", "(page 34) If
// you", "on his lips: Here is"), so any capital may begin one; the caller
// decides which start makes a sentence of the kind it looks for.
func sentenceStarts(toks []token) []int {
	var out []int
	for i := range toks {
		// A quotation mark right after a word or end punctuation closes.
		opens := isOpener(toks[i].text) && (i == 0 || toks[i].nl || toks[i].start > toks[i-1].end)
		if i == 0 || toks[i].nl && !softBreak(toks, i) || capital(toks[i]) || opens {
			out = append(out, i)
		}
	}
	return out
}

// sentenceFrom returns the sentence that starts at token i: it runs to end
// punctuation (with closing quotes) or to the end of the line.
func sentenceFrom(toks []token, i int) span {
	j := i
	for j < len(toks) {
		if j > i && toks[j].nl && !softBreak(toks, j) {
			break
		}
		if sentenceEnd(toks[j]) && ellipsisGoesOn(toks, j) {
			for toks[j].text == "." {
				j++
			}
			continue
		}
		if sentenceEnd(toks[j]) {
			j++
			for j < len(toks) && (sentenceEnd(toks[j]) || isCloser(toks[j].text)) && toks[j].start == toks[j-1].end {
				j++
			}
			break
		}
		j++
	}
	return span{from: i, to: j, start: toks[i].start, end: toks[j-1].end}
}

// ellipsisGoesOn: periods at j run on ("...", "..") and a word follows on
// the same line, in lower case or after an ellipsis standing apart ("my
// website ... Cheap Flights"): no end.
func ellipsisGoesOn(toks []token, j int) bool {
	k := j
	for k < len(toks) && toks[k].text == "." && (k == j || toks[k].start == toks[k-1].end) {
		k++
	}
	apart := j > 0 && toks[j-1].end < toks[j].start
	return k-j >= 2 && k < len(toks) && toks[k].word && !toks[k].nl && (apart || !capital(toks[k]))
}

// softBreak: the newline before token i wraps a line inside a sentence, as
// hard-wrapped e-mail does: no blank line, the line before does not end a
// sentence, and a lower-case word goes on.
func softBreak(toks []token, i int) bool {
	if i == 0 || toks[i].para || !toks[i].word || capital(toks[i]) {
		return false
	}
	p := toks[i-1]
	return !sentenceEnd(p) && p.text != ":" && !isCloser(p.text)
}
