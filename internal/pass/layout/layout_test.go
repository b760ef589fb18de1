package layout

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/unspin/unspin/internal/doc"
	"github.com/unspin/unspin/internal/edit"
	"github.com/unspin/unspin/internal/lexicon"
)

// lead and tail are ordinary English paragraphs around the paragraphs under
// test, so that documents pass the English-share gate and have the paragraph
// shape of real prose (a few sentences per paragraph).
const (
	lead = "The city council met on Tuesday evening to discuss the budget for next year. " +
		"Several members said they were worried about the cost of the new bridge. " +
		"Others wanted to spend more money on schools and parks.\n\n" +
		"The meeting lasted for more than three hours. " +
		"At the end, the council agreed to hold another vote next month. " +
		"The mayor said he hoped the two sides would find a way to work together."
	tail = "Most of the people who came to the meeting left before the vote. " +
		"Those who stayed said they were glad to have been heard. " +
		"The next meeting will be held in the same room."
)

// english is an English document whose paragraphs, separated by blank lines, are
// lead, body and tail.
func english(body ...string) string {
	return strings.Join(append(append([]string{lead}, body...), tail), "\n\n")
}

// check runs Propose on in and checks the edits it returns: layout edits of
// whitespace holding a newline to one space, sorted and non-overlapping. It
// returns the repaired text.
func check(t *testing.T, in string) string {
	t.Helper()
	edits := Propose(in)
	checkEdits(t, in, edits)
	return edit.Apply(in, edits)
}

func checkEdits(t *testing.T, in string, edits []edit.Edit) {
	t.Helper()
	at := 0
	for i, e := range edits {
		if e.Start < at || e.End <= e.Start || e.End > len(in) {
			t.Fatalf("edit %d [%d,%d) out of order or range (previous end %d, len %d)", i, e.Start, e.End, at, len(in))
		}
		at = e.End
		if e.Kind != edit.Layout {
			t.Errorf("edit %d: kind %q, want %q", i, e.Kind, edit.Layout)
		}
		if e.After != " " {
			t.Errorf("edit %d: after %q, want a space", i, e.After)
		}
		sep := in[e.Start:e.End]
		if strings.TrimSpace(sep) != "" || !strings.ContainsAny(sep, "\n\r") {
			t.Errorf("edit %d replaces %q, want whitespace holding a newline", i, sep)
		}
		if e.Reason == "" {
			t.Errorf("edit %d has no reason", i)
		}
	}
	// Normalize also drops edits bordering bytes that are not UTF-8, which
	// the pipeline leaves alone; in valid text it must keep every edit.
	// (Normalize may write over its list: it gets a copy.)
	if n := len(edit.Normalize(in, slices.Clone(edits))); utf8.ValidString(in) && n != len(edits) {
		t.Errorf("Normalize keeps %d of %d edits", n, len(edits))
	}
}

// checkIdempotent checks that Propose finds nothing more in its own output.
func checkIdempotent(t *testing.T, out string) {
	t.Helper()
	if again := Propose(out); len(again) != 0 {
		t.Errorf("Propose on its output proposes %d more edits: %+v\noutput %q", len(again), again, out)
	}
}

func TestJoins(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{
			"Mr. before a surname",
			english("After a short break, Mr.", "Smith rose to speak about the budget for the coming year. He said the city would need more money for its schools."),
			english("After a short break, Mr. Smith rose to speak about the budget for the coming year. He said the city would need more money for its schools."),
		},
		{
			"Mrs. before a surname",
			english("The first to speak was Mrs.", "Johnson, who has lived on the east side of town for forty years. She asked the council to fix the roads."),
			english("The first to speak was Mrs. Johnson, who has lived on the east side of town for forty years. She asked the council to fix the roads."),
		},
		{
			"Dr. before a surname",
			english("A report on the river was written by Dr.", "Jones and two of her students at the state university. It found that most of the water was safe to drink."),
			english("A report on the river was written by Dr. Jones and two of her students at the state university. It found that most of the water was safe to drink."),
		},
		{
			"St. before a street name",
			english("The parade will go down St.", "Charles Avenue and end near the old market. It will start at ten in the morning."),
			english("The parade will go down St. Charles Avenue and end near the old market. It will start at ten in the morning."),
		},
		{
			"Gen. before a surname",
			english("The troops were led by Gen.", "Lee, who had served in the army for many years. He was known as a careful man."),
			english("The troops were led by Gen. Lee, who had served in the army for many years. He was known as a careful man."),
		},
		{
			"Inc. before a lower-case word",
			english("The plant is owned by Acme Steel Inc.", "and employs about four hundred people in the county. It was built in the last year of the war."),
			english("The plant is owned by Acme Steel Inc. and employs about four hundred people in the county. It was built in the last year of the war."),
		},
		{
			"Nov. before a day number",
			english("The election will be held on Nov.", "8, and the polls will be open from seven in the morning. Most people expect a large turnout."),
			english("The election will be held on Nov. 8, and the polls will be open from seven in the morning. Most people expect a large turnout."),
		},
		{
			"U.S. before a lower-case word",
			english("The plan was praised by U.S.", "officials, who said it would help trade between the two countries. They did not say when it would start."),
			english("The plan was praised by U.S. officials, who said it would help trade between the two countries. They did not say when it would start."),
		},
		{
			"U.S. before a capitalised noun",
			english("Officials from the U.S.", "Embassy in Moscow said the meeting would take place on Friday. They did not say who would attend."),
			english("Officials from the U.S. Embassy in Moscow said the meeting would take place on Friday. They did not say who would attend."),
		},
		{
			"Sen. before a surname",
			english("The bill was written by Sen.", "Kennedy and two other members of the committee. It will be debated next week."),
			english("The bill was written by Sen. Kennedy and two other members of the committee. It will be debated next week."),
		},
		{
			"Rev. before a first name",
			english("The service was led by the Rev.", "John Brown, who has served the church for many years. Many people came to hear him."),
			english("The service was led by the Rev. John Brown, who has served the church for many years. Many people came to hear him."),
		},
		{
			"Jr. before a lower-case word",
			english("The award went to Martin Luther King Jr.", "for his work on civil rights. He accepted it in person."),
			english("The award went to Martin Luther King Jr. for his work on civil rights. He accepted it in person."),
		},
		{
			"Calif. before a lower-case word",
			english("The company moved to Los Angeles, Calif.", "in the spring of that year. It now has three hundred workers."),
			english("The company moved to Los Angeles, Calif. in the spring of that year. It now has three hundred workers."),
		},
		{
			"Co. before a lower-case word",
			english("The plant is owned by the Ford Motor Co.", "of Detroit and employs about four hundred people. It was built in the last year of the war."),
			english("The plant is owned by the Ford Motor Co. of Detroit and employs about four hundred people. It was built in the last year of the war."),
		},
		{
			"D.C. before a lower-case word",
			english("He was born in Washington, D.C.", "and grew up in a small town in Virginia. His father was a doctor."),
			english("He was born in Washington, D.C. and grew up in a small town in Virginia. His father was a doctor."),
		},
		{
			"Mr. before a surname with an apostrophe",
			english("The board met with Mr.", "O'Brien and his lawyer to discuss the case. It was a short meeting."),
			english("The board met with Mr. O'Brien and his lawyer to discuss the case. It was a short meeting."),
		},
		{
			"Mr. after an opening parenthesis",
			english("The board met with (Mr.", "Smith and his lawyer) to discuss the case. It was a short meeting."),
			english("The board met with (Mr. Smith and his lawyer) to discuss the case. It was a short meeting."),
		},
		{
			"Mr. inside a quotation",
			english(`"We will meet again with Mr.`, `Smith next week," the mayor said. "We hope he will agree to the plan."`),
			english(`"We will meet again with Mr. Smith next week," the mayor said. "We hope he will agree to the plan."`),
		},
		{
			"U.S. inside a quotation",
			english(`"I have lived all my life in the U.S.`, `and I will not leave now," she said. She was born in a small town in the south.`),
			english(`"I have lived all my life in the U.S. and I will not leave now," she said. She was born in a small town in the south.`),
		},
		{
			"several breaks in one paragraph",
			english("On Nov.", "8, Dr.", "Jones met with Mr.", "Smith and two U.S.", "officials at the hotel. They talked for about an hour."),
			english("On Nov. 8, Dr. Jones met with Mr. Smith and two U.S. officials at the hotel. They talked for about an hour."),
		},
		{
			"break with trailing spaces",
			english("After a short break, Mr. \n\nSmith rose to speak about the budget for the coming year. He said the city would need more money for its schools."),
			english("After a short break, Mr. Smith rose to speak about the budget for the coming year. He said the city would need more money for its schools."),
		},
		{
			"break of three newlines",
			english("After a short break, Mr.\n\n\nSmith rose to speak about the budget for the coming year. He said the city would need more money for its schools."),
			english("After a short break, Mr. Smith rose to speak about the budget for the coming year. He said the city would need more money for its schools."),
		},
		{
			"break of CRLF line ends",
			english("After a short break, Mr.\r\n\r\nSmith rose to speak about the budget for the coming year. He said the city would need more money for its schools."),
			english("After a short break, Mr. Smith rose to speak about the budget for the coming year. He said the city would need more money for its schools."),
		},
		{
			"join beside a real paragraph end after U.S.",
			english("After a short break, Mr.", "Smith rose to speak about the budget. He said the city would need more money.", "The delegation then flew back to the U.S.", "The next day, the president met with his advisers to discuss the results."),
			english("After a short break, Mr. Smith rose to speak about the budget. He said the city would need more money.", "The delegation then flew back to the U.S.", "The next day, the president met with his advisers to discuss the results."),
		},
		{
			"lone newline in a document of blank-line paragraphs",
			english("After a short break, Mr.\nSmith rose to speak about the budget for the coming year. He said the city would need more money for its schools."),
			english("After a short break, Mr. Smith rose to speak about the budget for the coming year. He said the city would need more money for its schools."),
		},
		{
			"lone newline after U.S. before a capitalised noun",
			english("Officials from the U.S.\nEmbassy in Moscow said the meeting would take place on Friday. They did not say who would attend."),
			english("Officials from the U.S. Embassy in Moscow said the meeting would take place on Friday. They did not say who would attend."),
		},
		{
			"lone newline in a document of single-newline paragraphs",
			strings.ReplaceAll(english("After a short break, Mr.", "Smith rose to speak about the budget. He said the city would need more money."), "\n\n", "\n"),
			strings.ReplaceAll(english("After a short break, Mr. Smith rose to speak about the budget. He said the city would need more money."), "\n\n", "\n"),
		},
		{
			"a splitter's short sentences are no address block",
			english("We talked for an hour about the plans for the new school and the budget for the coming year and more.", "I met Mr.\nSmith at the bank.\nHe was late."),
			english("We talked for an hour about the plans for the new school and the budget for the coming year and more.", "I met Mr. Smith at the bank.\nHe was late."),
		},
		{
			"lone newline beside a lone newline after a word",
			english("The plan\nwas praised by everyone. After a short break, Mr.\nSmith rose to speak about the budget. He said the city would need more money."),
			english("The plan\nwas praised by everyone. After a short break, Mr. Smith rose to speak about the budget. He said the city would need more money."),
		},
		{
			// A line ending in a colon sets out the lines after it: the
			// author's layout, which a splitter never makes.
			"lines set out after a colon",
			english("Opening hours:\nThe museum opens at 9 a.m.\nand closes at 5 p.m.\nGuided walks start at noon."),
			english("Opening hours:\nThe museum opens at 9 a.m.\nand closes at 5 p.m.\nGuided walks start at noon."),
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := check(t, tc.in)
			if got != tc.want {
				t.Errorf("\n got %q\nwant %q", got, tc.want)
			}
			checkIdempotent(t, got)
			// CRLF and CR line ends are repaired alike.
			for _, eol := range []string{"\r\n", "\r"} {
				in, want := strings.ReplaceAll(tc.in, "\n", eol), strings.ReplaceAll(tc.want, "\n", eol)
				if got := check(t, in); got != want {
					t.Errorf("with %q line ends:\n got %q\nwant %q", eol, got, want)
				}
			}
		})
	}
}

func TestKeeps(t *testing.T) {
	tests := []struct{ name, in string }{
		{
			"hard-wrapped e-mail: a lone newline after Mr. is a wrap",
			"Dear colleagues,\n\nThe committee met on Tuesday with Mr.\nJohnson and Dr. Alvarez to review the\nbudget for the new office in the U.S.\nCapitol. We agreed to postpone the vote\nuntil Jan. 12, when the senator returns.\n\nBest regards,\nPeter",
		},
		{
			"hard-wrapped e-mail: a blank line after e.g. before a command is the author's",
			"There is a bug in the version you have, and it will be fixed in the next\nrelease. The workaround is as I say above, namely, explicitly specify the path to\nthe home directory on the command line, e.g.\n\nrazor-admin -home=/etc/razor -create\nrazor-admin -home=/etc/razor -discover\n\nhth,\nTheo",
		},
		{
			"hard-wrapped e-mail: a quoted paragraph ending in Mrs.",
			"> resulted in the bleedings of many upon many a page (and musical\n> instrument, and canvas)  What's the problem if we dash a little Mrs.\n\nArt is sure nice. However, if art is our first priority we're kinda\nstuck, if you ask me.",
		},
		{
			"an address under a company's name: its lines end inside a sentence",
			"Thanks for keeping your passwords safe with us. We will charge your card on the renewal date.\n\nKeystone Software Inc.\n1400 Pine Street, Seattle, WA 98101\nYou're receiving this because you have an account.",
		},
		{
			"a contact line that ends the text without a sentence end is the author's line",
			"Waterfront Lot – 2.3 Acres on Lake Sebago\n\nPrice: $425,000\n\nRare opportunity to build your dream home on 2.3 wooded acres with 190 feet of private frontage on the east side of Sebago Lake. Soils have been tested for a 4-bedroom septic system, and power is at the road.\n\nYear-round road access, 15 minutes to Windham and 35 minutes to Portland.\n\nSurvey, soil test and deed available on request.\n\nContact: Bill Marston, Lakeside Real Estate Co.\n(207) 555-0153 · bill@lakesiderealestate.example.com",
		},
		{
			"a story's dateline after a paragraph ending in an abbreviation",
			"The unemployment rate fell to 5.4 percent in Aug.\n\nPARIS — The Louvre will close on Wednesday for a staff meeting, the museum said.\n\nST. LOUIS (AP) — A storm closed the airport.",
		},
		{
			"a signature's address: short lines, each ended by a lone newline",
			"We will send the signed contract by courier on Monday, together with the invoice for the first quarter of the year.\n\nPriya Raman, M.B.A.\nDirector of Operations\nBrightwater Co.\n12 Main St.\nSpringfield, MA 01103",
		},
		{
			"a bibliography's entries, one a line, surname first",
			"Sources\n\nCarter, J. (2011). The iron works at Falls Village. 2nd ed.\nDelgado, M. (Ed.). (2020). Rivers and industry in Litchfield County. New Haven, Conn.\nFischer, H. (2003). Dams, ponds and the early mills. Boston: Stoneleigh & Co.\nGrant, W. (2015). Powering New England. Hartford: River Press.",
		},
		{
			"a reading list among blank lines: lone newlines after ordinary ends are the author's, so one after ed. is too",
			"Further reading\n\nBrandt, Karen. The Salt Road: Merchants and Mule Trains of the Southwest. Chicago: Lantern Books, 2004.\nOkafor, Daniel, ed.\nLetters from the Delta. Ibadan: Heron Press, 1999.\n\nSee also the county archive.",
		},
		{
			"a dictionary's senses, each on a line of its own",
			"déjà vu /ˌdeɪʒɑː ˈvuː/ n.\n1. a feeling of having already experienced the present situation.\n2. tedious familiarity.\nORIGIN early 20th cent.: French, literally ‘already seen’.\n\nUsage note: In English the accents are often dropped (deja vu), but careful writers and most style guides retain them.",
		},
		{
			"indented continuation of an attribution",
			"The best way to predict the future is to invent it. So the saying goes in the lab.\n\t\t-- Alan C.\n\t\t   Kay, Xerox PARC",
		},
		{
			"ASCII art lines after an abbreviation",
			"The cat sat on the mat and looked at the dog for a long time.\n   > ^ <   v.\n  meow, said the cat, and the dog went away.",
		},
		{
			"clean text",
			english("After a short break, Mr. Smith rose to speak about the budget for the coming year. He said the city would need more money for its schools."),
		},
		{
			"clean text with many abbreviations",
			english("On Nov. 8, Dr. Jones met with Mr. Smith and two U.S. officials at the hotel on St. Charles Avenue. They talked about the plans of Acme Steel Inc. for about an hour."),
		},
		{
			"paragraph ends after ordinary words",
			english("The bridge will cost more than the city had planned.", "The council will vote on the plan next month."),
		},
		{
			"U.S. ends a paragraph before a sentence start",
			english("The delegation then flew back to the U.S.", "The next day, the president met with his advisers to discuss the results. They did not say what was decided."),
		},
		{
			"Inc. ends a paragraph before a sentence start",
			english("The land was sold last year to Acme Steel Inc.", "The company has not said what it plans to build there. Its offices are in another state."),
		},
		{
			"U.S. ends a paragraph before a pronoun",
			english("Most of the money for the bridge will come from the U.S.", "It will take at least two years to build, the mayor said."),
		},
		{
			"Calif. ends a paragraph before a sentence start",
			english("The company moved to Los Angeles, Calif.", "The move cost more than expected. It now has three hundred workers."),
		},
		{
			"no. ends a paragraph",
			english("He said no.", "The board then met with his lawyer to discuss the case. It was a short meeting."),
		},
		{
			"in. ends a paragraph",
			english("The boards were cut to six in.", "The rest of the wood was sold. It was a short meeting."),
		},
		{
			// A quotation that runs over paragraphs reopens at each: the
			// paragraph before ends where it ends, on a short word too.
			"a quotation over two paragraphs after a short word",
			english("He told them: \"We waited all night in the cellar. At four the whole roof crushed in.",
				"\"But, gentlemen, nobody was hurt. We climbed out at dawn and walked to town.",
				"\"That is all I have to say.\" He sat down."),
		},
		{
			"abbreviation before a numbered list item",
			english("The following points were raised by the lawyers for Acme Steel Inc.", "1. The company was not told about the meeting.", "2. The plan does not follow the law."),
		},
		{
			"text without any break after a period",
			"The meeting lasted for more than three hours, and at the end the council agreed to hold another vote next month",
		},
		{
			"empty text",
			"",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			// The document must be judged, not turned away as non-English.
			if strings.Contains(tc.in, ".\n") && !doc.Judge(tc.in).IsEnglish() {
				t.Fatalf("test document is not English enough to be judged")
			}
			if edits := Propose(tc.in); len(edits) != 0 {
				t.Errorf("changed %q:\n%+v", tc.in, edits)
			}
		})
	}
}

// Breaks after tokens the English statistics take for abbreviations ("V."
// as in "v.", "e." as in "e.g.") in other languages: the document is not
// English, so nothing is judged. Both texts are from the Universal
// Declaration of Human Rights.
func TestKeepsNonEnglish(t *testing.T) {
	tests := []struct{ name, in string }{
		{
			"Portuguese article headings in Roman numerals",
			"Artigo IV.\n\nNinguém será mantido em escravidão ou servidão; a escravidão e o tráfico de escravos serão proibidos em todas as suas formas.\n\n" +
				"Artigo V.\n\nNinguém será submetido à tortura nem a tratamento ou castigo cruel, desumano ou degradante.\n\n" +
				"Artigo VI.\n\nTodo ser humano tem o direito de ser, em todos os lugares, reconhecido como pessoa perante a lei.",
		},
		{
			"Fon paragraph ending in e.",
			"Gbetakɛn 20\n\nGbɛtɔ bǐ ɖo acɛ bo na yì kplé. Lobo na lɛ do gbɛ̌ é ma na dɔn hunnyahunnya wa ǎ e.\n\n" +
				"E sixu sɔ mɛɖe do gbɛdemɛ gannu gannu ǎ.\n\n" +
				"Gbetakɛn 21\n\nGbɛtɔ bǐ hɛn ɔ, é na gɔ alɔ nu to tɔn bonu é na do yi nukɔn.",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if edits := Propose(tc.in); len(edits) != 0 {
				t.Errorf("changed %q:\n%+v", tc.in, edits)
			}
		})
	}
}

func FuzzPropose(f *testing.F) {
	f.Add(english("After a short break, Mr.", "Smith rose to speak."))
	f.Add(english("Officials from the U.S.\nEmbassy in Moscow said so.", "The next day, they left."))
	f.Add(english("On Nov.", "8, Dr.", "Jones met with Mr.", "Smith and two U.S.", "officials at the hotel."))
	f.Add(english("The delegation then flew back to the U.S.", "The next day, the president met with his advisers."))
	f.Add(english(`He said, "We met Mr.`, `Smith there," and left.`))
	f.Add(english("Acme Steel Inc.", "1. The company was not told."))
	f.Add("Artigo V.\n\nNinguém será submetido à tortura.")
	f.Add("Mr.\n\nSmith")
	f.Add(".\n\n.")
	f.Fuzz(func(t *testing.T, in string) {
		edits := Propose(in)
		checkEdits(t, in, edits)
		out := edit.Apply(in, edits)
		if again := Propose(out); len(again) != 0 {
			t.Errorf("not idempotent: %q -> %q, then %+v", in, out, again)
		}
	})
}

func BenchmarkPropose(b *testing.B) {
	var paras []string
	for range 8 {
		paras = append(paras,
			"After a short break, Mr.", "Smith rose to speak about the budget for the coming year. He said the city would need more money for its schools.",
			"Officials from the U.S.", "Embassy in Moscow said the meeting would take place on Friday. They did not say who would attend.",
			"The delegation then flew back to the U.S.", "The next day, the president met with his advisers to discuss the results.",
		)
	}
	text := english(paras...)
	if len(Propose(text)) == 0 {
		b.Fatal("benchmark text has nothing to repair")
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Propose(text)
	}
}

// sentenceBreaks counts as a walk over every byte does.
func TestSentenceBreaks(t *testing.T) {
	slow := func(text string) int {
		n := 0
		for i := 0; i+2 < len(text); i++ {
			if c := text[i]; (c == '.' || c == '!' || c == '?') && breaksAt(text, i) {
				n++
			}
		}
		return n
	}
	for _, s := range []string{"", "A. B", "a.  B", "Mr. Smith! Yes? \"No.\" (Maybe.) 'So.' “Well.” x. y", ". A", "x.\" \"Y", "?!. É", "e.g. X.", "end. ", "end.  "} {
		if got, want := sentenceBreaks(s), slow(s); got != want {
			t.Errorf("sentenceBreaks(%q) = %d, want %d", s, got, want)
		}
		if got, want := sentenceBreaks(english(s)), slow(english(s)); got != want {
			t.Errorf("sentenceBreaks(english(%q)) = %d, want %d", s, got, want)
		}
	}
	// Random strings of the characters that matter.
	alphabet := []rune(". !?\"')aAÉ“\n")
	rng := rand.New(rand.NewPCG(1, 2))
	for range 5000 {
		r := make([]rune, rng.IntN(12))
		for k := range r {
			r[k] = alphabet[rng.IntN(len(alphabet))]
		}
		if s := string(r); sentenceBreaks(s) != slow(s) {
			t.Fatalf("sentenceBreaks(%q) = %d, want %d", s, sentenceBreaks(s), slow(s))
		}
	}
}

// Every form the corpus counts three times or more (as priorOdds asks)
// that ends in a full stop (an abbreviation, "u.s.", "mr.") is one word as
// the document model reads words and the stop: priorOdds, which asks only
// of such tokens, misses none. (Rarer forms such as "43*0c." are not.)
func TestAbbreviationsAreWords(t *testing.T) {
	for id := lexicon.ID(1); int(id) < lexicon.IDs(); id++ {
		f := id.Form()
		if s := id.Stats(); s == nil || s.Count < 3 || !strings.HasSuffix(f, ".") || strings.HasSuffix(f, "..") || len(f) < 2 {
			continue
		}
		start, end := -1, -1
		for w := doc.Words(f); w.Next(); {
			start, end = w.Start, w.End
		}
		if start != 0 || end != len(f)-1 {
			t.Errorf("%q is not one word and a full stop", f)
		}
	}
}
