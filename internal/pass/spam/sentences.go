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
		if i == 0 || toks[i].nl || capital(toks[i]) || isOpener(toks[i].text) {
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
		if j > i && toks[j].nl {
			break
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
