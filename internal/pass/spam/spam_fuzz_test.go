package spam

import (
	"math"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/unspin/unspin/internal/edit"
)

// Ordinary English prose, written for these tests. None of it carries link
// spam, though it repeats names and noun phrases the way real articles do,
// and the press release ends with a genuine "visit our website" line.
var fuzzCleanProse = []struct{ name, text string }{
	{
		"news: naval blockade",
		"The government announced on Tuesday that the naval blockade of the northern ports would be lifted by the end of the month. " +
			"Admiral Teresa Whitcombe, who has commanded the naval blockade since March, told reporters that the decision followed weeks of talks in Geneva. " +
			"\"We have done what we were asked to do,\" Admiral Whitcombe said. \"The ships will come home in stages.\"\n\n" +
			"Shipping companies welcomed the news but warned that it could take months before trade returned to normal. " +
			"Several insurers had refused to cover vessels bound for the region while the naval blockade remained in force, and premiums are still far above last year's level. " +
			"Opposition leaders said the government had waited too long, and that the naval blockade had hurt fishermen more than it had hurt the regime it was meant to pressure. " +
			"Admiral Whitcombe declined to comment on the criticism.",
	},
	{
		"news: the Peace Corps",
		"When Maria Delgado joined the Peace Corps in 1998, she expected to spend two years teaching English in a small town in Paraguay. " +
			"She stayed for five. The Peace Corps later asked her to train new volunteers, and she has worked with the agency in one role or another ever since. " +
			"Last week Delgado was named director of the Peace Corps office in Asunción, the first former volunteer from that country program to hold the post.\n\n" +
			"Delgado said the work had changed a great deal since her first assignment. " +
			"Volunteers now arrive with smartphones and often speak some Spanish already, but the basic job is the same. " +
			"\"You listen first,\" Delgado said. \"The people in the village know what they need. The Peace Corps is there to help, not to tell them.\" " +
			"She plans to expand the agriculture and health programs and to open two new sites in the south next spring.",
	},
	{
		"news: city council",
		"The city council voted six to three on Monday night to approve the new budget, ending a debate that had dragged on since early summer. " +
			"The budget adds money for road repairs and for the public library, which will open on Sundays for the first time in a decade. " +
			"Councilman Robert Ames, who voted against the plan, said the city was spending money it did not have. " +
			"Mayor Linda Cho disagreed, saying the city had a duty to maintain its streets and its libraries. " +
			"Ames and Cho have clashed over the budget before, and Ames said he expected the fight to continue next year.",
	},
	{
		"recipe: bread",
		"To make the dough, combine the flour, salt and yeast in a large bowl. " +
			"Add the warm water a little at a time, stirring with a wooden spoon until the dough comes together. " +
			"Turn it out onto a floured surface and knead for about ten minutes, until it is smooth and springs back when you press it with a finger. " +
			"Place the dough in an oiled bowl, cover it with a clean towel, and leave it in a warm place until it has doubled in size, about an hour.\n\n" +
			"Heat the oven to 220 degrees. Shape the dough into a round loaf and set it on a baking sheet dusted with cornmeal. " +
			"Cut a shallow cross in the top with a sharp knife, then bake for 35 to 40 minutes, until the crust is deep brown and the loaf sounds hollow when tapped on the bottom. " +
			"Let the bread cool on a wire rack before slicing.",
	},
	{
		"recipe: tomato soup",
		"Melt the butter in a heavy pot over medium heat and add the chopped onion. " +
			"Cook, stirring now and then, until the onion is soft but not brown. Stir in the garlic and cook for one minute more. " +
			"Add the tomatoes with their juice, the stock and a pinch of sugar, and bring the soup to a simmer. " +
			"Let it cook gently for twenty minutes, then puree it in a blender until smooth. " +
			"Return the soup to the pot, season it with salt and pepper, and stir in the cream just before serving.",
	},
	{
		"technical: caching",
		"The cache stores each response under a key built from the request path and the values of the headers listed in the Vary field. " +
			"When a request arrives, the server looks up the key and, if an entry exists and has not expired, returns the stored response without contacting the origin. " +
			"Entries are evicted in least recently used order once the cache reaches its configured size. " +
			"Because the key includes the Vary headers, two clients that send different values for Accept-Encoding will receive separate entries, and the cache never serves a compressed body to a client that cannot decode it. " +
			"Operators can inspect the cache through the admin interface, which reports the hit rate, the number of entries and the total size in bytes.",
	},
	{
		"story dialogue",
		"\"Are you coming or not?\" Ellen asked from the doorway.\n" +
			"Tom looked up from the map. \"I'm trying to work out where we went wrong yesterday.\"\n" +
			"\"We went wrong when we listened to you,\" Ellen said, but she was smiling.\n" +
			"\"The trail was right there on the map,\" Tom said. \"It just wasn't there on the mountain.\"\n" +
			"Ellen laughed and came in to look. She traced the line with her finger until she found the bridge that had washed away in the spring. " +
			"\"There,\" she said. \"That's where we went wrong. Now put it away, Tom, or we'll miss the bus.\"\n" +
			"Tom folded the map and followed Ellen down the stairs.",
	},
	{
		"press release",
		"SPRINGFIELD, Ill. -- Northfield Tool Company today announced that it will open a new manufacturing plant in Springfield next year, adding about 200 jobs to the region. " +
			"The plant will produce the hand tools that Northfield Tool Company has sold to builders and hardware stores for more than sixty years. " +
			"\"Springfield has the skilled workers and the transportation links we need to grow,\" said Karen Webb, president of Northfield Tool Company. " +
			"\"We are proud to be investing in this community.\"\n\n" +
			"Construction is expected to begin in the spring, and hiring will start in the fall. " +
			"Northfield Tool Company employs about 1,500 people at its plants in Illinois and Ohio.\n\n" +
			"For more information, visit our website at www.example.com.",
	},
	{
		"sports report",
		"The Rivertown Hawks won their third game in a row on Saturday, beating the visiting Lakeside Pioneers by a score of 24 to 17. " +
			"The Hawks trailed by a touchdown at halftime, but their defense held the Pioneers scoreless in the second half. " +
			"Quarterback Danny Ortiz threw for two touchdowns and ran for another, and Ortiz was named player of the game. " +
			"The Hawks will travel to Eastbrook next week.",
	},
	{
		"letter to the editor",
		"To the editor: I read with interest your article last week about the plan to close the branch library on Elm Street. " +
			"My children learned to read in that library, and many families in our neighborhood depend on it. " +
			"I hope the members of the library board will visit the branch on a Saturday morning and see for themselves how many people use it before they make a final decision.",
	},
}

// fuzzSpamDocs are spun articles with a call-to-action sentence and the
// keyword pushed into ordinary sentences.
var fuzzSpamDocs = []string{
	"Many borrowers turn to short-term lenders when an unexpected bill arrives. " +
		"Payday loans online are easy to get, but the fees can be steep and the terms are often hard to understand. " +
		"Before you sign anything, read the contract carefully and ask how much the loan will cost in total. " +
		"Here is more info in regards to payday loans online visit our webpage.\n\n" +
		"Consumer groups say borrowers should compare several offers and look for a lender that is licensed in their state.",
	"The garden was quiet in the early morning, and the roses payday loans online had just begun to open. " +
		"She walked along the path with her coffee, stopping now and then to pull a weed. " +
		"The neighbors payday loans online were still asleep, and the only sound was the birds. " +
		"If you have any questions concerning where and how to use payday loans online, you can contact us at our web site.",
	"Choosing a roofing contractor can be stressful. Roofing Contractor reviews help, and so does asking the neighbors. " +
		"A good crew will explain the work, Roofing Contractor in plain terms, and give you a written estimate. " +
		"Should you loved this article and you would love to receive more info regarding Roofing Contractor kindly visit our own web site.",
}

func FuzzAnalyze(f *testing.F) {
	for _, tc := range fuzzCleanProse {
		f.Add(tc.text)
	}
	for _, d := range fuzzSpamDocs {
		f.Add(d)
	}
	f.Add("")
	f.Add(" ")
	f.Add("\n\n\n")
	f.Add(".")
	f.Add("Here is more info in regards to payday loans online visit our webpage.")
	f.Add("Here is more info in regards to visit our webpage.")
	f.Add("Here is more info in regards to payday loans online visit our webpage")
	f.Add("on Nov. Here is more info regarding payday loans online visit our site.")
	f.Add("\xff\xfe\xfd")
	f.Add("Here is more info in regards to pay\xffday loans online visit our webpage.")
	f.Add("payday loans\xc3 online and payday loans\xc3 online, then payday loans\xc3 online.")
	f.Add("\x00\x01\x02\x7f\x80\x90\xa0\xc0\xc1\xf5\xf8\xfc\xfe\xff")
	f.Add(string([]byte{0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0xff, 0xed, 0x5b, 0xeb, 0x6f, 0xdb, 0x46}))
	f.Add("Here\u200bis more\u00a0info in regards to ｐａｙｄａｙ loans visit our webpage.")
	f.Add("“Are you there?” she asked — and then: ‘Yes.’")
	f.Fuzz(func(t *testing.T, text string) {
		res := Analyze(text)
		if math.IsNaN(res.Score) || res.Score < 0 || res.Score > 1 {
			t.Errorf("Score %v out of [0,1] for %q", res.Score, text)
		}
		for i, e := range res.Edits {
			if e.Start < 0 || e.End > len(text) || e.Start >= e.End {
				t.Fatalf("edit %d [%d,%d) out of range (len %d) for %q", i, e.Start, e.End, len(text), text)
			}
			if e.Kind != edit.SpamSentence && e.Kind != edit.SpamPhrase {
				t.Errorf("edit %d has kind %q for %q", i, e.Kind, text)
			}
			if e.After != "" {
				t.Errorf("edit %d is not a removal (After %q) for %q", i, e.After, text)
			}
			if i > 0 {
				p := res.Edits[i-1]
				if e.Start < p.Start {
					t.Errorf("edits not sorted: %d starts at %d after %d at %d, for %q", i, e.Start, i-1, p.Start, text)
				}
				if e.Start < p.End {
					t.Errorf("edits overlap: [%d,%d) and [%d,%d), for %q", p.Start, p.End, e.Start, e.End, text)
				}
			}
		}
		if len(res.Edits) > 0 && res.Score < 0.5 {
			t.Errorf("edits with Score %v below the cut for %q", res.Score, text)
		}
		if t.Failed() || !utf8.ValidString(text) {
			return
		}
		norm := edit.Normalize(text, res.Edits)
		if len(norm) != len(res.Edits) {
			t.Fatalf("Normalize kept %d of %d edits for %q:\n%+v", len(norm), len(res.Edits), text, res.Edits)
		}
		for i, e := range norm {
			o := res.Edits[i]
			if e.Start != o.Start || e.End != o.End || e.Kind != o.Kind {
				t.Errorf("Normalize changed edit %d: %+v -> %+v", i, o, e)
			}
		}
		if out := edit.Apply(text, res.Edits); !utf8.ValidString(out) {
			t.Errorf("removals split a character: %q -> %q", text, out)
		}
	})
}

// TestCleanTextUntouched: ordinary prose, with its repeated names and
// noun phrases and an honest "visit our website" line, is left alone.
func TestCleanTextUntouched(t *testing.T) {
	for _, tc := range fuzzCleanProse {
		t.Run(tc.name, func(t *testing.T) {
			res := Analyze(tc.text)
			for _, e := range res.Edits {
				t.Errorf("%s [%d,%d) %q: %s", e.Kind, e.Start, e.End, tc.text[e.Start:e.End], e.Reason)
			}
			if res.Score >= 0.5 {
				t.Errorf("Score %v, want < 0.5", res.Score)
			}
		})
	}
	// All of it at once: repetition across paragraphs is still no keyword.
	var all []string
	for _, tc := range fuzzCleanProse {
		all = append(all, tc.text)
	}
	text := strings.Join(all, "\n\n")
	res := Analyze(text)
	for _, e := range res.Edits {
		t.Errorf("whole collection: %s [%d,%d) %q: %s", e.Kind, e.Start, e.End, text[e.Start:e.End], e.Reason)
	}
	if res.Score >= 0.5 {
		t.Errorf("whole collection: Score %v, want < 0.5", res.Score)
	}
}

// fuzzBenchClean is about 20 KB of the clean prose, paragraphs in turn.
func fuzzBenchClean() string {
	var b strings.Builder
	for i := 0; b.Len() < 20<<10; i++ {
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(fuzzCleanProse[i%len(fuzzCleanProse)].text)
	}
	return b.String()
}

// fuzzBenchSpam is the clean prose with one call-to-action sentence and the
// keyword pushed into a few sentences.
func fuzzBenchSpam() string {
	text := fuzzBenchClean()
	for _, r := range []struct{ old, new string }{
		{"Ellen laughed and came in", "Ellen laughed payday loans online and came in"},
		{"in a large bowl. ", "in a large bowl payday loans online. "},
		{"Tom folded the map", "Tom folded payday loans online the map"},
		{"the visiting Lakeside Pioneers", "the visiting payday loans online Lakeside Pioneers"},
		{"welcomed the news", "welcomed payday loans online the news"},
	} {
		if !strings.Contains(text, r.old) {
			panic("benchmark text lacks " + r.old)
		}
		text = strings.Replace(text, r.old, r.new, 1)
	}
	cta := "Here is more info in regards to payday loans online visit our webpage. "
	at := strings.Index(text, "Let the bread cool")
	if at < 0 {
		panic("benchmark text lacks the bread")
	}
	return text[:at] + cta + text[at:]
}

func BenchmarkAnalyze(b *testing.B) {
	text := fuzzBenchSpam()
	res := Analyze(text)
	if res.Score < 0.5 || len(res.Edits) == 0 {
		b.Fatalf("benchmark text not found to be spam: %+v", res)
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Analyze(text)
	}
}

func BenchmarkAnalyzeClean(b *testing.B) {
	text := fuzzBenchClean()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Analyze(text)
	}
}
