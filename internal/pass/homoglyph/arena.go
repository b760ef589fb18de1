package homoglyph

import (
	"unicode/utf8"
	"unsafe"
)

// arena holds the small values a document's judgement keeps (the letters
// its proposals restore, the script counts of words restored, the words as
// restored), carved out of a few larger arrays: one allocation each cost
// an attacked document more than a thousand, and the collector their
// scanning. Nothing carved is handed out or written again, so a value that
// holds a piece (an edit's text, a proposal kept) stays valid; a new
// document starts new arrays (readProfile) rather than reusing the old.
type arena struct {
	repl   []replacement
	counts []scriptCount
	forms  []byte
}

// arenaChunk is how many values a fresh array holds.
const arenaChunk = 512

// carve returns an empty slice of capacity n from *free, taking a fresh
// array when too little is left.
func carve[T any](free *[]T, n int) []T {
	if len(*free) < n {
		*free = make([]T, max(n, arenaChunk))
	}
	out := (*free)[:0:n]
	*free = (*free)[n:]
	return out
}

// replacements returns an empty set of replacements with room for n
// letters: set fills it without allocating up to n.
func (a *arena) replacements(n int) replacements { return replacements{carve(&a.repl, n)} }

// oneScript returns the script counts of a word of n letters of script s.
func (a *arena) oneScript(s scriptCount) scriptCounts { return append(carve(&a.counts, 1), s) }

// restored is restored(text, w, repl), its bytes in the arena.
func (a *arena) restored(w *word, repl replacements) string {
	need := w.end - w.start + 3*repl.len() // a replacement takes 4 bytes at most
	if cap(a.forms)-len(a.forms) < need {
		a.forms = make([]byte, 0, max(need, 8*arenaChunk))
	}
	start := len(a.forms)
	for k, l := range w.letters() {
		r := l.r
		if x, ok := repl.get(k); ok {
			r = x
		}
		a.forms = utf8.AppendRune(a.forms, r)
	}
	if len(a.forms) == start {
		return ""
	}
	// (Appending never moves bytes already written, and a full array is
	// left for a fresh one, never rewritten: the string stays as it is.)
	return unsafe.String(&a.forms[start], len(a.forms)-start)
}
