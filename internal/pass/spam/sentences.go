package spam

// span is a run of tokens [from, to) and its bytes [start, end).
type span struct {
	from, to   int
	start, end int
}

// sentenceStarts lists the token indexes where a sentence may begin: after a
// line break, after end punctuation (and closing quotes) before a capital,
// digit or opening quote, and after an abbreviation before a capital ("on
// Nov. Here is ..."), the false boundary where inserted sentences hide.
func sentenceStarts(toks []token) []int {
	var out []int
	for i := range toks {
		if i == 0 || toks[i].nl {
			out = append(out, i)
			continue
		}
		if !capital(toks[i]) && !isOpener(toks[i].text) {
			continue
		}
		j := i - 1
		for j > 0 && isCloser(toks[j].text) && toks[j].start == toks[j-1].end {
			j--
		}
		p := toks[j]
		if sentenceEnd(p) || p.word && p.text[len(p.text)-1] == '.' {
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
