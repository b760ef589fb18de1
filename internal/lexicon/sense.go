package lexicon

import (
	"math/bits"

	"github.com/unspin/unspin/internal/fibhash"
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
	hot *[1 << hotBits]hotSlot
	// filter is a blocked Bloom filter over every form with a Sense: one
	// word of it per form, three of the word's bits set.
	filter     []uint64
	filterBits uint
	// allASCII is set when every form is ASCII: a word whose lower-cased
	// form is not has no entry.
	allASCII bool
}

var senses Senses

type hotSlot struct {
	key   uint64 // spread of the form's key; 0: empty
	id    ID
	sense Sense
}

// idSense[id] is the Sense of the form id names.
var idSense []uint8

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
// into a caller's loop (First).
const (
	hotForms = 4096
	hotBits  = 13 // bits.Len(2*hotForms - 1)
)

// spread mixes a Hash so that its top bits depend on every byte (FNV-1a's
// low bits depend only on the inputs' low bits).
func spread(h Hash) uint64 { return uint64(h) * fibhash.Mul }

// filterWord returns a form's word of the filter and the bits it sets,
// from bits of k below those that choose the word.
func (t *Senses) filterWord(k uint64) (int, uint64) {
	w := int(k >> (64 - t.filterBits))
	return w, 1<<(k>>24&63) | 1<<(k>>30&63) | 1<<(k>>36&63)
}

// loadSenses builds the tables from the n forms' senses (idSense) and
// keys (tables.bin's SSlots).
func loadSenses(n int, keys string) {
	t := &senses
	t.allASCII = header(lextab.HASCII) == 1
	known := 0 // forms with a Sense
	for _, s := range idSense {
		if s != 0 {
			known++
		}
	}
	// Eleven to twenty-one bits per form: about one word in fifty that
	// the lexicon lacks gets past.
	t.filterBits = uint(bits.Len(uint(known / 6)))
	t.filter = make([]uint64, 1<<t.filterBits)
	for k := range n {
		if r := keys[12*k:]; u32(r, 8)>>24 != 0 {
			h := uint64(u32(r, 0)) | uint64(u32(r, 4))<<32
			w, b := t.filterWord(spread(Hash(h)))
			t.filter[w] |= b
		}
	}
	// The commonest forms: IDs already follow frequency (loadIDs), so the
	// first known forms in ID order are the hot ones, and a commoner one
	// takes a slot first.
	hot := min(known, hotForms)
	t.hot = new([1 << hotBits]hotSlot)
	for id := ID(1); hot > 0; id++ {
		sense := Sense(idSense[id])
		if sense == 0 {
			continue
		}
		hot--
		k := spread(Hash(hashOf(id.form())))
		if k == 0 {
			panic("lexicon: a hot form's key is zero: " + id.form())
		}
		if s := &t.hot[k>>(64-hotBits)]; s.key == 0 {
			*s = hotSlot{k, id, sense}
		}
	}
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
	if e := &t.hot[k>>(64-hotBits)]; e.key == k {
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
