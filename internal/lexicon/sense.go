package lexicon

import (
	"github.com/unspin/unspin/internal/lexicon/internal/lextab"
)

// The language judgement asks one thing of each of a document's first
// words, its Sense, and most words are either very common or in no English
// word list at all. Senses answers both kinds without touching the ID
// table (megabytes: a cache miss per word).
// Senses answers SenseOf from tables built once: the commonest forms sit
// in a small table of their own, and a filter of about a hundred kilobytes
// turns away nearly every word the lexicon lacks; what gets past both is
// probed in the ID table.
type Senses struct {
	// hot holds the hotForms commonest forms by their key (spread), with
	// their ID and Sense: Probe answers most words of running text from it.
	hot *[1 << hotBits]slot
	// filter is a blocked Bloom filter over every form with a Sense: one
	// word of it per form, three of the word's bits set.
	filter     []uint64
	filterBits uint
	// allASCII is set when every form is ASCII: a word whose lower-cased
	// form is not has no entry.
	allASCII bool
}

var senses Senses

// idSense[id] is the Sense of the form id names.
var idSense string

// SenseTable returns the tables SenseOf reads, for a loop to ask without
// checking each time that they are loaded.
func SenseTable() *Senses {
	idOnce.Do(loadIDs)
	return &senses
}

// hotForms is how many forms the hot table is for: the 4,096 commonest,
// about three in five of the words of English text, each in the slot its
// key chooses unless a commoner form holds it (the hash table answers
// those), so that a lookup reads one slot of it and no more. The table is
// twice that, 128 KB (16-byte slots), so that few lose their slot; its
// size is fixed, so that a lookup's index needs no bounds check and inlines
// into a caller's loop (First). A slot of it holds the spread of the
// form's key, 0 where empty; tables.bin holds it made (lextab).
const (
	hotForms = lextab.HotForms
	hotBits  = lextab.HotBits
)

// spread mixes a Hash so that its top bits depend on every byte (FNV-1a's
// low bits depend only on the inputs' low bits).
func spread(h Hash) uint64 { return lextab.Spread(uint64(h)) }

// filterWord returns a form's word of the filter and the bits it sets,
// from bits of k below those that choose the word.
func (t *Senses) filterWord(k uint64) (int, uint64) {
	return lextab.FilterWord(k, t.filterBits)
}

// loadSenses reads the tables from tables.bin (loadIDs).
func loadSenses() {
	t := &senses
	t.allASCII = header(lextab.HASCII) == 1
	t.filterBits = uint(header(lextab.HFilterBits))
	t.filter = uint64sAt(lextab.SFilter, 1<<t.filterBits)
	t.hot = (*[1 << hotBits]slot)(slotsAt(lextab.SHot, 1<<hotBits))
}

// uint64sAt returns the n numbers of section sec as slotsAt does.
func uint64sAt(sec, n int) []uint64 {
	if v := inPlace[uint64](sec, n); v != nil {
		return v
	}
	out := make([]uint64, n)
	for j := range out {
		out[j] = uint64(u32(tab, header(sec)+8*j)) | uint64(u32(tab, header(sec)+8*j+4))<<32
	}
	return out
}

// ID is Probe's ID, for a loop that holds the tables (SenseTable) and
// has asked First: the hash table holds the hot forms too, so that a word
// First did not find costs one probe of one table.
func (t *Senses) ID(h Hash) ID {
	k := uint64(h) | 1
	return slots[slotOf(k, spread(Hash(k)))].id
}

// First is ID where the form is hot and stands at its first slot, as most
// words of running text do, and 0 where ID must be asked: a lookup that
// inlines into a caller's loop, where a call would cost the loop its
// registers.
func (t *Senses) First(h Hash) ID {
	id, _ := t.Hot(h)
	return id
}

// SenseOf returns the Sense of the lower-cased form whose Hash is h, as
// Probe does. ascii says whether the form is ASCII.
func SenseOf(h Hash, ascii bool) Sense { return SenseTable().Of(h, ascii) }

// Of is SenseOf: a hot form at its first slot of the hot table answers
// from there (Hot), a word the filter turns away (most words the lexicon
// lacks) costs no probe of the hash table, and any other word one probe of
// it. (Probing the hot table past the first slot cost every word the
// lexicon lacks two or three probes, to find a twentieth of the hot
// forms.)
func (t *Senses) Of(h Hash, ascii bool) Sense {
	if id, s := t.Hot(h); id != 0 && (ascii || !t.allASCII) {
		return s
	}
	return t.Cold(h, ascii)
}

// Hot returns the ID and Sense of the hot form whose Hash is h where it
// stands at its first slot, 0 and 0 where Cold must be asked: the part of
// Of that inlines into a caller's loop. A caller whose word is not ASCII
// asks Of.
func (t *Senses) Hot(h Hash) (ID, Sense) {
	k := spread(h | 1) // as Probe keys it
	if e := &t.hot[k>>(64-hotBits)]; e.hash == k {
		return e.id, e.sense
	}
	return 0, 0
}

// Cold is Of of a form Hot did not find.
func (t *Senses) Cold(h Hash, ascii bool) Sense {
	if !ascii && t.allASCII {
		return 0
	}
	k := spread(h | 1)
	if w, b := t.filterWord(k); t.filter[w]&b != b {
		return 0
	}
	return slots[slotOf(uint64(h)|1, k)].sense
}
