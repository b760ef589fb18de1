package homoglyph

import (
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/unspin/unspin/internal/doc"
	"github.com/unspin/unspin/internal/edit"
	"github.com/unspin/unspin/internal/runeclass"
	"github.com/unspin/unspin/internal/unidata"
)

func clean(s string) string { return edit.Apply(s, edit.Normalize(s, Propose(s))) }

// cleanAttacked is clean of a text known to be under attack (an earlier
// round restored look-alikes in it): the tests that plant one or two
// spoofs in a long text to read a rule (ONE-OFF-IN-A-LONG-TEXT takes so
// few for the author's slips otherwise).
func cleanAttacked(s string) string {
	return edit.Apply(s, edit.Normalize(s, ProposeAttacked(doc.New(s), true)))
}

func TestRestores(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"cyrillic letters in english words", "The Russіan embassy ѕaid tһe talks were frаnk.", "The Russian embassy said the talks were frank."},
		{"greek letters", "The State Deρartment and the οffice of the ϲounsel.", "The State Department and the office of the counsel."},
		{"armenian", "the discսssion օf the plan", "the discussion of the plan"},
		{"cherokee capitals", "the New SᎢAᏒT treaty and Ꮤashington", "the New START treaty and Washington"},
		{"nko and tai le", "the bridge ߋver the riᥙer", "the bridge over the riuer"},
		{"new tai lue digit", "contacts and c᧐ntacts", "contacts and contacts"},
		{"roman numeral inside a word", "a relatively ⅼow level", "a relatively low level"},
		{"a symbol after an apostrophe and a letter with a mark", "PJOSU TEXE YE TE̱'⋿̱ NUYO A XESⴹ, na te̱'e̱ kja", "PJOSU TEXE YE TE̱'E̱ NUYO A XESE, na te̱'e̱ kja"},
		{"a greek alpha for the article before a hyphenated compound", "It wаs a popular plan for α do-it-yourself pilgrimage.", "It was a popular plan for a do-it-yourself pilgrimage."},
		{"an obsolete letter in a text with extended letters of its own", "Kowane ɗan adam yana da kariyar shari’a. Ana ƙin bauta. Kowa na da haƙƙin kaꭇiyar kyawawan ɗabi’u, da kaꭇiyar al’amuꭇa.", "Kowane ɗan adam yana da kariyar shari’a. Ana ƙin bauta. Kowa na da haƙƙin kariyar kyawawan ɗabi’u, da kariyar al’amura."},
		{"a symbol joined by a hyphen to a word", "It was the birthplace of e⤫-President Eisenhower, and thе town knew it.", "It was the birthplace of ex-President Eisenhower, and the town knew it."},
		{"a numeral heading with a digit drawn like a letter", "Omnes homines liberi et in tuto vivere.\n\nI۷\n\nNemo servitudine tenebitur.", "Omnes homines liberi et in tuto vivere.\n\nIV\n\nNemo servitudine tenebitur."},
		{"a lone stroke where the language has the word I, beside elisions", "Tos lès djins vinèt å monde lîbes, dè-l djustice po tot l'ⅿonde. I n'sont nin foû rêzon, èt l'ome a s'dreût. Zèls ont leu dignité. Ⅰ n'sont nin d'acoird.", "Tos lès djins vinèt å monde lîbes, dè-l djustice po tot l'monde. I n'sont nin foû rêzon, èt l'ome a s'dreût. Zèls ont leu dignité. I n'sont nin d'acoird."},
		{"a lone symbol elided before an apostrophe, as the language elides", "Cada persona a drеch a la seguretаt. L’òme es liure e l’estat es just, e l’amor tanben. Du que ∣’è meimbra de la sociеtat, a drech.", "Cada persona a drech a la seguretat. L’òme es liure e l’estat es just, e l’amor tanben. Du que l’è meimbra de la societat, a drech."},
		{"numeral and cyrillic together", "the wіⅾer state", "the wider state"},
		{"mixed foreign scripts only", "He said: Ηе wants to go, and he wants to stay.", "He said: He wants to go, and he wants to stay."},
		{"short cyrillic word", "The officials said а deal was near, and tһe talks went on.", "The officials said a deal was near, and the talks went on."},
		{"spoofed initials in a row", "Тhe two-wаy B. & Ο. - С. & O. merger wаs approved by the board.", "The two-way B. & O. - C. & O. merger was approved by the board."},
		{"russian one-letter words stay in a russian phrase", "Тhe sign read: с утра и до вечера, о нас и о вас, and we went in.", "The sign read: с утра и до вечера, о нас и о вас, and we went in."},
		{"capital drawn like small b: case from the sentence", "It was said. Ƅut the Ƅank said no. But the bank also said yes to the Ꭲown.", "It was said. But the bank said no. But the bank also said yes to the Town."},
		{"capital drawn like small b inside a word is small", "It was said. But the raƄbit said no. But the rabbit also said yes to the Ꭲown.", "It was said. But the rabbit said no. But the rabbit also said yes to the Town."},
		{"all-caps word", "the SBA said the SƄA loans and the SᎢATE", "the SBA said the SBA loans and the STATE"},
		{"latin in russian words", "Все люди рождaются свободными и рaвными в своем достоинстве и правах.", "Все люди рождаются свободными и равными в своем достоинстве и правах."},
		{"latin l in a greek capitalised word", "ΠΡΟΟlΜΙΟ\n\nΌλοι οι άνθρωποι γεννιούνται ελεύθεροι και ίσοι.", "ΠΡΟΟΙΜΙΟ\n\nΌλοι οι άνθρωποι γεννιούνται ελεύθεροι και ίσοι."},
		{"a letter of no orthography the text shows", "Universi, sine discrimine, aequo þraemio aequo labore 𝘫us habent.", "Universi, sine discrimine, aequo praemio aequo labore jus habent."},
		{"a national letter beside a spoof makes no orthography of it",
			"Mwe ngwɑ tchatamba kusаkula. Hakukonsiderala ngwo mwe declarɑçɑo ya mutchifutchi, ngwo tchatamba kusakula mwe mana a declaração.",
			"Mwe ngwa tchatamba kusakula. Hakukonsiderala ngwo mwe declaraçao ya mutchifutchi, ngwo tchatamba kusakula mwe mana a declaração."},
		{"a symbol beginning a sentence is the word it is drawn like",
			"Ko te tangata e whai tika ana. E pai ana ia.\n\n⋿ whai tika ana ia tangata kі te mahi.",
			"Ko te tangata e whai tika ana. E pai ana ia.\n\nE whai tika ana ia tangata ki te mahi."},
		{"a fullwidth letter beside a fullwidth word makes no styled phrase",
			"Only οnce ｉｎ ａ very long while does a book come along.",
			"Only once in a very long while does a book come along."},
		{"a symbol beside a letter making an abbreviation", "The point of impact (Jet ∨s. rim-fire) can bе seen.", "The point of impact (Jet vs. rim-fire) can be seen."},
		{"a symbol between two words of prose", "The transmission in his Model ⟙ and earlier cars wаs new.", "The transmission in his Model T and earlier cars was new."},
		{"operators between words stay while the attack beside them goes", "The area is width × height, and thе set A ∪ B is small.", "The area is width × height, and the set A ∪ B is small."},
		{"latin in greek words", "Όλοι οι άνθρωπoι γεννιούνται ελεύθερoι και ίσοι.", "Όλοι οι άνθρωποι γεννιούνται ελεύθεροι και ίσοι."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := clean(tc.in); got != tc.want {
				t.Errorf("\n got %q\nwant %q", got, tc.want)
			}
		})
	}
}

func TestKeeps(t *testing.T) {
	tests := []struct{ name, in string }{
		{"russian words in english", "Moscow (Russian: Москва) and the Kremlin, or Кремль, and the word сор."},
		{"russian phrase in english", "He said Я не знаю, а он знает and left."},
		{"greek word", "The Greek word λόγος and Ελλάδα."},
		{"greek symbols", "A β of 1.2, ρ of 0.3, Δt small, Δv large, the α-helix and ν the frequency."},
		{"cherokee word", "The Cherokee call it ᏣᎳᎩ, in their syllabary."},
		{"armenian word", "The capital is Երևան."},
		{"ipa", "good is /ɡʊd/ and cat is [kæt]."},
		{"turkish", "Ağrı and Iğdır; ılık and İstanbul."},
		{"hausa", "Ɗan Adam yana da ƙarfi. Ina ɗaukar ɗan littafi; ƙasa ɗaya ce."},
		{"hausa: a rare ɓ beside consistent ɗ and ƙ, in an attacked text", "Ina ɗaukar ɗan littafi, ƙasa ɗaya ce. Ina ɗaukar ɗan littafi, ƙasa ɗaya ce. Ya ɓata sunan."},
		{"ewe with hooked d", "Amegbetɔ ɖe sia ɖe le ablɔɖe me, eye ɖe do."},
		{"roman numerals alone", "Chapter Ⅻ and Part ⅲ follow."},
		{"latin roman numeral in russian", "Глава XIV и часть II закона."},
		{"kazakh letters", "Барлық адамдар өз қадір-қасиеті мен құқықтары жағынан."},
		{"fullwidth in japanese", "ＡＢＣ社の新製品"},
		{"letters named alone", "In Turkish the case pairs differ:\n\n  lc(I) = i, uc(i) = I\n  lc(İ) = i, uc(İ) = İ\n  lc(ı) = ı, uc(ı) = I\n\nwhere lc() and uc() denote lower-case and upper-case conversions. Dotless 'i' and 'j' ('ı' and 'ȷ', U+0131 and U+0237) look alike."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if e := Propose(tc.in); len(e) != 0 {
				t.Errorf("changed %q: %+v", tc.in, e)
			}
		})
	}
}

// TestCaseFromContext: the glyph does not say the case (Ь, Ꮟ and Ƅ are
// capitals drawn like b; a vertical stroke is I or l); the sentence, the
// word, the lexicon and the document's other uses of the glyph do.
func TestCaseFromContext(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"mid-sentence common noun English often capitalises in names",
			"I saw the little Ꮟay from the hill, and he ran.", "I saw the little bay from the hill, and he ran."},
		{"a caseless glyph inside a word the document writes in capitals", "The CO said so. Then your C🯰 made a plan, and the CO left.", "The CO said so. Then your CO made a plan, and the CO left."},
		{"a stroke after a capital, in a word the document writes small", "Tos les djins, il ont les dreuts.\n\nI𐌉 a stu ad'mètu po totes, il a dit.", "Tos les djins, il ont les dreuts.\n\nIl a stu ad'mètu po totes, il a dit."},
		{"a word of strokes alone on its line", "I\n\nOmnes homines liberi nascuntur.\n\n𝘐Ⅰ\n\nQuisque potest sibi vindicare.", "I\n\nOmnes homines liberi nascuntur.\n\nII\n\nQuisque potest sibi vindicare."},
		{"sentence start", "He ran. Ƅay and һill were quiet.", "He ran. Bay and hill were quiet."},
		{"a capital of another script drawn small stands for the small letter", "It is spinning?? (Ꮒe asked this twice.)", "It is spinning?? (he asked this twice.)"},
		{"a paragraph that goes on a sentence broken off with a comma",
			"Considering that the rights of all are equal,\n\nƄearing in mind the charter.\n\nƄecause tһe nations have met.",
			"Considering that the rights of all are equal,\n\nbearing in mind the charter.\n\nBecause the nations have met."},
		{"proper noun", "It was a church in Ƅrazil, not in Pеru.", "It was a church in Brazil, not in Peru."},
		{"the glyph's settled uses decide an open one",
			"He rolled off the Ꮟale on top of me. I saw the little Ꮟay and he ran.",
			"He rolled off the bale on top of me. I saw the little bay and he ran."},
		{"word English lacks, glyph drawn small", "We counted the Ьull's-eyes again.", "We counted the bull's-eyes again."},
		{"all-caps word", "the SƄA ѕaid so", "the SBA said so"},
		{"lone I keeps its case beside initials", strings.Repeat("L.A. and ", 6) + "agаin. He said: \"𝘐 would go.\"", strings.Repeat("L.A. and ", 6) + "again. He said: \"I would go.\""},
		{"end of an English contraction is small", "He said \"Ⅰ'𐌉l be there\", and left.", "He said \"I'll be there\", and left."},
		{"stroke begins a word English knows only with I", "He read the Ｉon to us, then the Crito.", "He read the Ion to us, then the Crito."},
		{"a glyph drawn small needs a capitalised word beside it to follow the document's names",
			"We sailed into Waymouth Bay and past Bay Ridge. Then thе little Ƅay, every inch of it.",
			"We sailed into Waymouth Bay and past Bay Ridge. Then the little bay, every inch of it."},
		{"a word before it is capitalised by the letter its glyph is drawn like",
			"Then He spoke, and He said so. He lived in the dark world, Ꮟut Ꮒe was not in the dark.",
			"Then He spoke, and He said so. He lived in the dark world, but he was not in the dark."},
		{"a capital beginning a paragraph is no name, even after a comma",
			"Vijeće je rekla,\n\nBudući da je to tako,\n\nBudući da je bilo,\n\nOna je rekla i Ꮟudući da je ovo.",
			"Vijeće je rekla,\n\nBudući da je to tako,\n\nBudući da je bilo,\n\nOna je rekla i budući da je ovo."},
		{"a word only begun as the document's words begin leaves a compatibility I open",
			"Kull persuna għandha lsien. Ƅil-liġi tal-Istat u fl-𝘐statut tal-popli.",
			"Kull persuna għandha lsien. Bil-liġi tal-Istat u fl-Istatut tal-popli."},
		{"the end of a contraction between capitals is a capital",
			"Mɛ bi ɖó. TƆ ƉÓ KPODO SISI E ƉO NA ƉÓ N'𝘐 LƐ KPO WU E",
			"Mɛ bi ɖó. TƆ ƉÓ KPODO SISI E ƉO NA ƉÓ N'I LƐ KPO WU E"},
		{"a stroke after Mc is a capital",
			"Back to the coast, Mrs. McⅠntosh said thаt Red Mc𝙄ver was there.",
			"Back to the coast, Mrs. McIntosh said that Red McIver was there."},
		{"a small letter drawn as a capital is the capital",
			"Thе chaplains in the Armed 𑣂orces were paid.",
			"The chaplains in the Armed Forces were paid."},
		{"a capitalised verb after it makes no title",
			"The actions of human Ьeings Regarded from the start.",
			"The actions of human beings Regarded from the start."},
		{"a stroke beginning a word is read with the word's other strokes restored",
			"The intelligence test. The Wechsler Ⅰnt𝙚lⅠigence Scale was given.",
			"The intelligence test. The Wechsler Intelligence Scale was given."},
		{"a compatibility capital I nothing else settles is I",
			"Ƅona fide. Ta mani 𝘐bemo nda tibi karibuo kpo dei.",
			"Bona fide. Ta mani Ibemo nda tibi karibuo kpo dei."},
		{"a glyph the document puts for l inside words is l at a word's start too",
			"Ƅona fide. Ta mani 𐌉bemo nda ti𐌉i karibuo kpo de𐌉.",
			"Bona fide. Ta mani lbemo nda tili karibuo kpo del."},
		{"a Cyrillic capital the document writes inside words keeps its case",
			"ЦӀыху псори щӀэщ. хуитыныгъэ иІэщ, иІэщ, иІэщ. ЩІэныгъэ лІыкІуэ. тхьэхуэlуэ.",
			"ЦӀыху псори щӀэщ. хуитыныгъэ иІэщ, иІэщ, иІэщ. ЩІэныгъэ лІыкІуэ. тхьэхуэІуэ."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := clean(tc.in); got != tc.want {
				t.Errorf("\n got %q\nwant %q", got, tc.want)
			}
		})
	}
}

// TestDeterministic: the answer must not depend on map iteration order (a
// word with two strokes once came out "ll" or "Il" from run to run).
func TestDeterministic(t *testing.T) {
	in := "ya Mahanga.\n\nHUNA LULU GIKI,\n\nⅠⅠ’Ibiling ya bhanhu bha kinda. Ⅰl’ibiling ni ya lιle, ѕana ll’ibiling.\n"
	want := clean(in)
	for range 50 {
		if got := clean(in); got != want {
			t.Fatalf("cleaning twice differs:\n%q\n%q", want, got)
		}
	}
}

// TestLocalSpelling: a Kabardian text writing the same words with І in one
// part and ӏ in another; a Latin l restored in each part follows it.
func TestLocalSpelling(t *testing.T) {
	a := strings.Repeat("Дэтхэнэ цІыху иІэщ щІэныгъэ. ", 8)
	b := strings.Repeat("Дэтхэнэ цӏыху иӏэщ щӏэныгъэ. ", 8)
	in := a + "Мы цlыху. " + a + "\n\n" + b + "Мы цlыху. " + b
	want := a + "Мы цІыху. " + a + "\n\n" + b + "Мы цӏыху. " + b
	if got := clean(in); got != want {
		t.Errorf("\n got %q\nwant %q", got, want)
	}
}

// TestSpoofShaped: a look-alike of the document's own script, put for a
// letter at a spoofer's rate, is restored; a letter of the orthography
// that is as rare but keeps to places of its own (Romani ɵ beside the
// spoofed ǀ) stays.
func TestSpoofShaped(t *testing.T) {
	texts := devTexts(t, "udhr-tzm", "udhr-rmn")
	// Every twelfth letter inside a word: a stroke beginning a word asks
	// a question of case (I or l) that TestCaseFromContext covers.
	spoof := func(s string, from, to rune, every int) string {
		n, prev := 0, ' '
		return strings.Map(func(r rune) rune {
			defer func() { prev = r }()
			if r == from && unicode.IsLetter(prev) {
				if n++; n%every == 0 {
					return to
				}
			}
			return r
		}, s)
	}
	for _, tc := range []struct {
		id       string
		from, to rune
	}{
		{"udhr-tzm", 'y', 'ɣ'},
		{"udhr-tzm", 'l', 'ǀ'},
		{"udhr-rmn", 'l', 'ǀ'},
	} {
		want := texts[tc.id]
		// A compatibility form marks the text as under attack.
		in := strings.Replace(spoof(want, tc.from, tc.to, 12), "a", "ａ", 1)
		if got := clean(in); got != want {
			i := 0
			for i < len(got) && i < len(want) && got[i] == want[i] {
				i++
			}
			t.Errorf("%s %c→%c: not restored exactly: got %q, want %q", tc.id, tc.from, tc.to, got[max(0, i-30):min(len(got), i+20)], want[max(0, i-30):min(len(want), i+20)])
		}
	}
}

// devTexts reads the expected texts of the given dev-set documents (UDHR
// and Brown).
func devTexts(t *testing.T, ids ...string) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, name := range []string{"udhr", "brown"} {
		b, err := os.ReadFile("../../../testdata/dev/" + name + ".jsonl")
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
			var d struct{ ID, Expected string }
			if err := json.Unmarshal([]byte(line), &d); err != nil {
				t.Fatal(err)
			}
			if slices.Contains(ids, d.ID) {
				out[d.ID] = d.Expected
			}
		}
	}
	if len(out) != len(ids) {
		t.Fatalf("found %d of %v", len(out), ids)
	}
	return out
}

// isLower, isUpper, isLetter and the class table's Mark answer as the unicode
// package does, and hasLookAlike as the look-alike table, for every
// character.
func TestCaseFromClasses(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if isLower(r) != unicode.IsLower(r) || isUpper(r) != unicode.IsUpper(r) || isLetter(r) != unicode.IsLetter(r) ||
			runeclass.Of(r).Any(runeclass.Mark) != unicode.IsMark(r) {
			t.Fatalf("%U: the class table's case or mark differs from the unicode package's", r)
		}
		for _, s := range targets {
			if hasLookAlike(r, s) != (len(unidata.LookAlikes(r, s)) > 0) {
				t.Fatalf("%U: hasLookAlike(%v) differs from the look-alike table", r, s)
			}
		}
	}
}

// TestLongWordOfDigitGlyphs: a word hundreds of kilobytes long with tens of
// thousands of digits drawn like letters between small letters is judged
// in time that grows with it, not with its length times its spoofs
// (CAMEL-PIECE-CASE built the word's form for each).
func TestLongWordOfDigitGlyphs(t *testing.T) {
	text := "Тһe quick brown fox. " + strings.Repeat("x", 100000) + strings.Repeat("a𝟎", 20000)
	start := time.Now()
	Propose(text)
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("%v for a %d-byte word", d, len(text))
	}
}
