package homoglyph

import "testing"

// Cases of issue "restoration that generalises": each tier of look-alike,
// case from context, and the document's own letters.
func TestTiers(t *testing.T) {
	tests := []struct{ name, in, want string }{
		// Symbols and compatibility forms inside words, in any language,
		// with no other sign of attack.
		{"estimated symbol", "The ℮xperts met on Monday.", "The experts met on Monday."},
		{"apl alpha and iota", "The m⍺yor spoke ⍳n public.", "The mayor spoke in public."},
		{"multiplication sign for x", "The ta× rate went up.", "The tax rate went up."},
		{"divides for l", "The ba∣lot was counted.", "The ballot was counted."},
		{"fullwidth alone", "Please visit our ｗebsite today.", "Please visit our website today."},
		{"mathematical letters", "The 𝐚nnual r𝑒port is out.", "The annual report is out."},
		{"roman numerals in a word", "The ⅾeal was ⅿade.", "The deal was made."},
		{"kelvin sign in a capital word", "TSÉN\u212aENT and more", "TSÉNKENT and more"},
		{"fullwidth in a spanish word", "La ｃasa es grande y la casa es bonita.", "La casa es grande y la casa es bonita."},
		{"digit zero in a word", "The g𝟎od news came.", "The good news came."},
		// A word pieced together from several alphabets.
		{"pieced word", "He said 𝘫𝙪𑣁𝙩 that.", "He said just that."},
		// Consistent spoofing does not make a word the document's own.
		{"spoofed twice", "The ɑsinine plan was ɑsinine, and the ｔeam knew it.", "The asinine plan was asinine, and the team knew it."},
		// Case from context.
		{"capital drawn small, mid-sentence", "Then Һe said it was Һis. Later they left.", "Then he said it was his. Later they left."},
		{"Latin capital drawn small, sentence start", "They left. Ƅut he stayed and the ｔeam too.", "They left. But he stayed and the team too."},
		{"capital drawn small, all caps", "the SƄA said the SBA loans and the ｔeam", "the SBA said the SBA loans and the team"},
		{"stroke for l inside a word", "The Ιike and the ba∣l and a\u0399\u0399 of it.", "The like and the ball and all of it."},
		{"stroke for I as a word", "Then Ι said it, and ｔhey agreed.", "Then I said it, and they agreed."},
		{"stroke in a roman numeral", "Article X\u0399\u0399 of the ｔreaty.", "Article XII of the treaty."},
		{"capital iota for l within the script", "It was realƖy good and we wiƖl go; the ｔeam reaƖly agreed.", "It was really good and we will go; the team really agreed."},
		{"contraction", "They'\u2111l come and ｔhey will stay.", "They'll come and they will stay."},
		// Lone letters in a text under attack.
		{"greek alpha as the article", "He bought α new car and ｔhe dog.", "He bought a new car and the dog."},
		{"styled article", "He bought 𝐚 new car and ｔhe dog.", "He bought a new car and the dog."},
		{"greek alpha as the article after a quantifier", "It robbed the mare of many α racing triumph, said the ｔeam.", "It robbed the mare of many a racing triumph, said the team."},
		{"greek alpha as a symbol in a text under attack", "The α of the fund is low, said the ｔeam.", "The α of the fund is low, said the team."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := clean(tc.in); got != tc.want {
				t.Errorf("\n got %q\nwant %q", got, tc.want)
			}
		})
	}
}

func TestTiersKeep(t *testing.T) {
	tests := []struct{ name, in string }{
		{"hausa letters", "Ɗan Adam yana da ƙarfi. Ina ɗaukar ɗan littafi; ƙasa ɗaya ce. Kowa yana da ƴanci."},
		{"historical long s", "The Congreſs of the United States ſhall make no law; the Congreſs met firſt."},
		{"turkish dotless i", "Kırıkkale and Iğdır are cities; ılık su içtik."},
		{"greek letters as symbols", "A β of 1.2, the α of the fund, and α particles."},
		{"styled phrase", "Follow us: 𝐁𝐞𝐬𝐭 𝐝𝐞𝐚𝐥𝐬 𝐭𝐨𝐝𝐚𝐲 here."},
		{"styled single word in clean text", "This is 𝐯𝐞𝐫𝐲 important."},
		{"roman numeral alone", "Chapter Ⅻ and Part ⅲ follow."},
		{"ordinal indicator", "O 1ª artigo e o 2º artigo."},
		{"math variable", "Let 𝑥 be the mean and 𝑦 the median."},
		{"times between digits", "A 4×4 truck and a 2× zoom."},
		{"ipa", "good is /ɡʊd/ and father is /ˈfɑːðə/."},
		{"icelandic", "Þingvellir er þjóðgarður á Íslandi."},
		{"e-mail with notation, names and scripts", "Hi Jürgen,\n\nThanks for the notes • the set A ∪ B has x ∈ A, and f(x) = x² + 1 → 5 at x = 2. The ratio is 3×4 = 12, a × b works.\nTemperature was 21 °C (≈ 70 °F); the part № 5 costs ½ of €10. µs timing and the Ω resistor. sin θ ≈ θ.\nPaths: /usr/bin | grep foo; a|b; the value ∣x∣ is small. ⊤ and ⊥ in logic; p ∨ q and p ∧ q.\nOur ＡＢＣ社 partner replied 「はい」. The iPhone and eBay; McDonald's. The K-pop band; the Ⅻ chapter.\nGreek: Ελλάδα, αυτό. Russian: Привет, мир. Turkish: Iğdır, ılık. Hausa: ɗan ƙasa. IPA /ˈɡʊd/.\nMath: 𝑥 + 𝑦 = 𝑧; styled 𝐁𝐨𝐥𝐝 𝐭𝐞𝐱𝐭 here. Cheers — Ⓐnna\n"},
		{"ordinals and units", "The cell is 10 µm wide; Nº 5 and nº 7; 1ª vez; 300 K; ℓ and ℮ 500g; ﬁnance."},
		{"mazahua", "Texe yo jñatjo pjosꞹ ye nte̱'e̱ nu ñeje ꞹ."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if e := Propose(tc.in); len(e) != 0 {
				t.Errorf("changed %q: %+v", tc.in, e)
			}
		})
	}
}

// tierOf's cache gives what grading each character anew gives.
func TestTierCache(t *testing.T) {
	for _, target := range targets {
		for r := rune(0); r < distinctCached; r++ {
			if got, want := tierOf(r, scriptOf(r), target), tierOfUncached(r, scriptOf(r), target); got != want {
				t.Fatalf("tierOf(%U, %v) = %d, graded anew %d", r, target, got, want)
			}
		}
	}
}
