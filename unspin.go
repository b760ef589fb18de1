package unspin

import (
	"math"
	"slices"
	"unicode/utf8"

	"github.com/unspin/unspin/internal/doc"
	"github.com/unspin/unspin/internal/edit"
	"github.com/unspin/unspin/internal/pass/bidi"
	"github.com/unspin/unspin/internal/pass/deletion"
	"github.com/unspin/unspin/internal/pass/homoglyph"
	"github.com/unspin/unspin/internal/pass/invisible"
	"github.com/unspin/unspin/internal/pass/layout"
	"github.com/unspin/unspin/internal/pass/spam"
	"github.com/unspin/unspin/internal/pass/tags"
	"github.com/unspin/unspin/internal/screen"
)

// Options turns parts of the pipeline off.
type Options struct {
	NoSpam   bool // skip link-spam removal and scoring
	NoLayout bool // skip paragraph repair
}

type stage struct {
	name    string
	need    screen.Needs // what the screen must find for the stage to have work
	propose func(*doc.Doc, earlier) []edit.Edit
}

// onText adapts a stage that reads the text alone.
func onText(propose func(string) []edit.Edit) func(*doc.Doc, earlier) []edit.Edit {
	return func(d *doc.Doc, _ earlier) []edit.Edit { return propose(d.Text) }
}

// earlier is what the earlier rounds of the character stages found, which
// the repaired text no longer shows: the pipeline tells a stage, the stage
// never writes it.
type earlier struct {
	spoofs bool // the homoglyph stage restored look-alikes
	// struck: the look-alikes it restored, each once.
	struck []rune
	// hidden: the tags, invisible or bidi stage took out characters a
	// spoofer hides in words (tags, invisible characters, direction
	// controls): the document is under attack.
	hidden bool
}

// homoglyphStage: a document found attacked in an earlier round is judged
// as attacked in the later ones (rule ATTACK-CARRIES-OVER), and so is one
// whose hidden characters a stage before took out (rule ATTACK-SHOWN-
// HIDDEN: http://𝐰𝐰𝐰.newsisfr<LRM>ee.com beside Da<LRM>te and s<ISS>uppl<LRM>ied, its
// look-alikes one word's).
func homoglyphStage(d *doc.Doc, e earlier) []edit.Edit {
	return homoglyph.ProposeHidden(d, e.spoofs, e.hidden, e.struck)
}

// invisibleStage: in a document found spoofed in an earlier round, a lone
// break hint inside a word is the spoofer's (rule I3c).
func invisibleStage(d *doc.Doc, e earlier) []edit.Edit {
	return invisible.ProposeSpoofed(d.Text, e.spoofs)
}

// Character-level stages, in order: what hides or erases characters goes
// first, so that look-alike letters are judged in the words the reader sees.
var charStages = []stage{
	{"deletion", screen.Deletion, onText(deletion.Propose)},
	{"tags", screen.Tags, onText(tags.Propose)},
	{"invisible", screen.Invisible, invisibleStage},
	{"bidi", screen.Bidi, onText(bidi.Propose)},
	{"homoglyph", screen.Homoglyph, homoglyphStage},
}

// runCharStages repairs characters, running the stages the screen finds
// work for (all of them where need is screen.CharStages and rescreen is
// false, as the tests that prove the screen do). A repair can change what
// another pass sees (a joiner next to a spoofed Arabic letter is junk once
// the letter is Latin again), so the stages run until a round changes
// nothing; cleaning the output again then finds nothing either. It returns
// what the screen finds in the repaired text, and the model of the
// repaired text (model, the model of the text as it is, if no stage ran;
// nil where there is none), for the later stages to reuse.
func runCharStages(log *edit.Log, need screen.Needs, rescreen bool, model *doc.Doc) (screen.Needs, *doc.Doc) {
	var found earlier
	start := model
	for round := 0; round < 4 && need.Any(screen.CharStages); round++ {
		before := log.Text()
		for _, s := range charStages {
			if need.Has(s.need) {
				if model == nil {
					model = doc.New(log.Text())
				}
				text := log.Text()
				proposed := edit.Normalize(text, s.propose(model, found))
				log.Apply(proposed)
				if s.need == screen.Homoglyph && len(proposed) > 0 {
					found.spoofs = true
					found.struck = struckGlyphs(found.struck, proposed)
				}
				if s.need&(screen.Tags|screen.Invisible|screen.Bidi) != 0 && len(proposed) > 0 {
					found.hidden = true
				}
				if log.Text() != text {
					// Only the tokens around the repairs are read again.
					next := model.Edited(log.Text(), proposed)
					if model != start {
						// Read by no one after: its memory goes to
						// the next model's tokens. (start is the
						// caller's, released with the report.)
						model.Release()
					}
					model = next
				}
			}
		}
		if log.Text() == before {
			break
		}
		if rescreen {
			need = screen.Scan(log.Text())
		}
	}
	return need, model
}

// struckGlyphs adds to struck the characters beyond ASCII that edits
// replaced, each once.
func struckGlyphs(struck []rune, edits []edit.Edit) []rune {
	for _, e := range edits {
		for _, r := range e.Before {
			if r >= utf8.RuneSelf && !slices.Contains(struck, r) {
				struck = append(struck, r)
			}
		}
	}
	return struck
}

// Clean restores text with the default options.
func Clean(text string) Report { return CleanWith(text, Options{}) }

// CleanWith restores text.
func CleanWith(text string, opt Options) Report { return clean(text, opt, true) }

// clean runs the pipeline; with screened false every pass runs on every
// text, which the tests compare with the screened run.
func clean(text string, opt Options, screened bool) Report {
	var r Report
	log := edit.NewLog(text)
	// One scan says which passes can change anything; most text needs none
	// of the character stages. It also finds bytes that are not UTF-8.
	// The spam pass's own check of whether it has anything to weigh reads
	// the words in the same scan: most documents need nothing, and are
	// read once.
	need := screen.CharStages | screen.Layout | screen.Invalid
	var screenedModel *doc.Doc // the model NeededScreened read
	var needed bool
	switch {
	case screened && !opt.NoSpam:
		screenedModel = doc.New(text)
		needed, need = spam.NeededScreened(screenedModel)
	case screened:
		need = screen.Scan(text)
	}
	if need.Has(screen.Invalid) {
		r.InvalidUTF8 = InvalidRuns(text)
	}
	// The stages start from the screened model: what it knows (the
	// language, the tokens a stage reads) is the text's until a repair.
	// They keep the model they read, so it moves to the heap; a copy is
	// made there only where a stage runs, the screened model staying on
	// the stack for the many documents where none does.
	var start *doc.Doc
	if screenedModel != nil && need.Any(screen.CharStages) {
		m := *screenedModel
		start, screenedModel = &m, nil
		// The spam pass reads the repaired text's words with their
		// lexicon entries: looked up as the first stage tokenizes, they
		// are carried through the repairs.
		start.WantLex()
	}
	need, model := runCharStages(log, need, screened, start)
	r.Obfuscated = obfuscationScore(log.Edits(), text)
	// The spam goes before the paragraph repair: a sentence dropped after
	// "Mr." leaves a break there that only then shows as the splitter's.
	// The document model of the repaired text, shared by the passes that
	// read it; each part is computed on first use, and the model is made
	// anew only where a repair or a removal changed the text.
	current := func() *doc.Doc {
		switch {
		case model != nil && model.Text == log.Text():
		case screenedModel != nil && screenedModel.Text == log.Text():
			model = screenedModel
		default:
			model = doc.New(log.Text())
		}
		return model
	}
	if !opt.NoSpam {
		var res spam.Result
		if d := current(); d == screenedModel || d == start && start != nil {
			res = spam.AnalyzeNeeded(d, needed) // the repairs changed nothing
		} else {
			res = spam.AnalyzeDoc(d)
		}
		for _, s := range res.Suspects {
			start, end := log.SourceSpan(s.Start, s.End)
			r.Suspects = append(r.Suspects, Suspect{start, end, text[start:end], s.Reason})
		}
		log.Apply(res.Edits)
		if len(res.Edits) > 0 && screened {
			// A removal can bring a full stop to a line end.
			need |= screen.Scan(log.Text()) & screen.Layout
		}
		if res.Judged {
			// A copy of the score alone: a pointer into res moved the
			// whole Result to the heap for every document.
			score := res.Score
			r.Spam = &score
		}
	}
	if !opt.NoLayout && need.Has(screen.Layout) {
		log.Apply(layout.ProposeJudged(log.Text(), func() doc.Language { return current().Language() }))
	}
	r.Text = log.Text()
	r.Edits = publicEdits(log.Edits())
	// The report holds none of the models' memory: their tokens go back
	// for the next document's.
	releaseModels(screenedModel, start, model)
	return r
}

// releaseModels releases each model once.
func releaseModels(ds ...*doc.Doc) {
	for i, d := range ds {
		if d != nil && !slices.Contains(ds[:i], d) {
			d.Release()
		}
	}
}

// obfuscationScore turns the character-level edits into a 0..1 score. One
// repaired character already crosses 0.5: clean text yields no such edit,
// so any is evidence; more edits per word make it surer.
func obfuscationScore(edits []edit.Edit, text string) float64 {
	n := 0
	for _, e := range edits {
		if e.Kind.CharLevel() {
			n++
		}
	}
	if n == 0 {
		return 0
	}
	return 1 - 0.45*math.Exp(-float64(n-1)/3)
}

// InvalidRuns returns the runs of bytes in s that are not valid UTF-8, as
// [start, end) offsets: one run per stretch, however long (binary junk
// gives a few runs, not one finding per byte).
func InvalidRuns(s string) [][2]int {
	if utf8.ValidString(s) {
		return nil
	}
	var out [][2]int
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && w == 1 {
			if n := len(out); n > 0 && out[n-1][1] == i {
				out[n-1][1] = i + 1
			} else {
				out = append(out, [2]int{i, i + 1})
			}
		}
		i += w
	}
	return out
}
