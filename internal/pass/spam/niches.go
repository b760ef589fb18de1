package spam

import (
	_ "embed"
	"strconv"
	"strings"
)

// Without a call-to-action sentence to name it, a phrase is removed only if
// it also has the shape of what link spam sells: a product or service of
// the link-spam niches. An author's own repeated phrase (a standard the
// writer discusses, a place, an instrument's model) has none of these
// words, and is left alone. The vocabulary is the trade's, by niche, not the
// keywords of any sample; a word here is only one of three conditions
// (the phrase must also break its sentences and be foreign to the text).
var nicheGroups = [][]string{
	// legal
	{
		"lawyer", "attorney", "solicitor", "barrister", "notary", "paralegal", "law firm",
		"personal injury", "divorce", "immigration",
	},
	// medical, dental, cosmetic
	{
		"dentist", "dental", "orthodontist", "implants", "veneers", "botox", "liposuction",
		"rhinoplasty", "plastic surgery", "hair transplant", "clinic", "dermatologist", "cosmetic",
		"teeth whitening", "rehab", "chiropractor", "chiropractic", "physiotherapy", "massage", "ivf",
	},
	// loans, finance, crypto
	{
		"loan", "payday", "mortgage", "refinance", "credit repair", "insurance", "forex", "crypto",
		"cryptocurrency", "bitcoin", "btc", "lender", "cash advance", "debt consolidation",
	},
	// gambling
	{
		"casino", "betting", "poker", "slot", "slots", "gambling", "sportsbook", "lottery", "togel",
		"baccarat", "roulette", "jackpot", "bookmaker",
	},
	// pharma, diet, CBD
	{
		"cbd", "gummies", "gummy", "viagra", "cialis", "pill", "pharmacy", "supplement", "keto",
		"kratom", "vape", "hemp", "testosterone", "steroid", "weight loss", "fat burner", "diet",
	},
	// home services
	{
		"roofing", "roofer", "contractor", "plumber", "plumbing", "remodeling", "remodelling",
		"renovation", "hvac", "electrician", "locksmith", "landscaping", "pest control",
		"carpet cleaning", "water damage", "mold removal", "handyman", "flooring", "gutter", "garage door",
		"air conditioning", "junk removal", "tree service", "pressure washing", "paving",
	},
	// essays
	{
		"essay", "term paper", "dissertation", "homework", "write my",
	},
	// replicas
	{
		"replica", "handbag", "designer bags", "knockoff",
	},
	// followers
	{
		"followers", "instagram", "tiktok", "youtube", "facebook", "subscribers",
	},
	// SEO and marketing
	{
		"seo", "backlinks", "backlink", "digital marketing", "web design", "link building", "smm",
		"ppc", "marketing agency",
	},
	// moving and travel
	{
		"movers", "moving company", "relocation", "hotel", "car rental", "airport transfer",
		"limo", "taxi", "escort", "dating", "flights",
	},
}

// nicheWords holds every word and pair of nicheGroups.
var nicheWords = func() map[string]bool {
	m := map[string]bool{}
	for _, g := range nicheGroups {
		for _, w := range g {
			m[w] = true
		}
	}
	return m
}()

// nicheGroupOf maps each single word of nicheGroups to its group.
var nicheGroupOf = func() map[string]int {
	m := map[string]int{}
	for k, g := range nicheGroups {
		for _, w := range g {
			if !strings.Contains(w, " ") {
				m[w] = k
			}
		}
	}
	return m
}()

// Beyond the niches above, what is commercial is learned: commercial.txt
// scores the English words that spam e-mail uses more than ham, or that the
// names of trades and services use more than English at large
// (scripts/spam/commercial.py, from the SpamAssassin corpus and the NAICS
// industry classification: "locksmith", "roofing", "grooming", "solar").
// A learned word of trade seeds keywords without a template as a niche
// word does; such a keyword, with no niche word in it, must clear a bar of
// its own (learnedBar, model.go), set above every such candidate of the
// clean training texts.
//
//go:embed commercial.txt
var commercialData string

// tradeScores maps a lower-cased singular to its commercial log odds.
var tradeScores = func() map[string]float32 {
	m := map[string]float32{}
	for _, line := range strings.Split(commercialData, "\n") {
		w, n, ok := strings.Cut(line, "\t")
		if !ok || strings.HasPrefix(w, "#") {
			continue
		}
		v, _ := strconv.Atoi(n)
		m[w] = float32(v) / 100
	}
	return m
}()

// tradeBar is the commercial log odds that makes a learned word one of
// trade.
const tradeBar = 2

// learned reports whether token i is a learned word of trade (and no niche
// word).
func learned(toks *tokens, i int) bool {
	return toks.cls(i)&clLearned != 0 && !commercial(toks, i)
}

// nicheWord reports whether a lower-cased word, or its singular, is one of
// the niches'.
func nicheWord(l string) bool {
	return classOf[l]&clNiche != 0
}

// commercial reports whether token i is a word of the link-spam niches, or
// ends a niche pair ("weight loss") or "near me": where a keyword without a
// template is looked for. Needed looks for the same words.
func commercial(toks *tokens, i int) bool {
	// (A bit test inline, asked of every word; the rest, rarely.)
	return toks.classes[i]&(clNiche|clPairSecond) != 0 && nicheOrPairEnd(toks, i)
}

// nicheOrPairEnd is commercial of a word of the niches or a pair's second.
func nicheOrPairEnd(toks *tokens, i int) bool {
	if toks.cls(i)&clNiche != 0 {
		return true
	}
	if i == 0 || toks.nl(i) || toks.cls(i-1)&clPairFirst == 0 {
		return false
	}
	p := toks.lower(i - 1)
	return nichePairs[[2]string{p, toks.lower(i)}] || nichePairs[[2]string{p, stem(toks.lower(i))}]
}

// nichePairs holds nicheWords' two-word entries as pairs, and "near me".
var nichePairs = func() map[[2]string]bool {
	m := map[[2]string]bool{{"near", "me"}: true}
	for w := range nicheWords {
		if a, b, ok := strings.Cut(w, " "); ok {
			m[[2]string{a, b}] = true
		}
	}
	return m
}()

// salesWords qualify a product in anchor text ("best CBD gummies", "cheap
// flights", "roofing near me").
var salesWords = set("best", "buy", "cheap", "cheapest", "online", "near", "me", "top", "affordable",
	"discount", "local", "professional", "free", "services", "service", "company", "agency", "shop", "store")

// salesTerms counts a phrase's niche and sales words, a niche pair once
// ("best CBD gummies" 3, "weaseling hotel" 1).
func salesTerms(words []string) int {
	n := 0
	for k, w := range words {
		l := strings.ToLower(w)
		switch {
		case k > 0 && nicheWords[strings.ToLower(words[k-1])+" "+l]:
		case nicheWords[l] || nicheWords[stem(l)] || salesWords[l]:
			n++
		case k+1 < len(words) && nicheWords[l+" "+strings.ToLower(words[k+1])]:
			n++
		}
	}
	return n
}

// linkWords may join the words of a product keyword ("CBD oil for dogs",
// "movers and packers Dubai", "payday loans no credit check").
var linkWords = set("for", "to", "and", "no", "near", "in", "with", "of", "&")

// linking reports whether words[k] links a product keyword's words: a
// link word inside it, or "me" after "near" at its end.
func linking(words []string, k int) bool {
	l := strings.ToLower(words[k])
	return k > 0 && k < len(words)-1 && linkWords[l] || l == "me" && k > 0 && strings.ToLower(words[k-1]) == "near"
}

// keywordShapedAt reports whether every one of the n words at tokens i.. is
// one anchor text
// is made of: a niche word or one of a niche pair, a sales word, a
// capitalised word (a place, a brand, Title Case), a word English does not
// have, a noun or adjective, or a word linking them. "discredited taxi" or
// "hundred followers" is prose.
func keywordShapedAt(toks *tokens, i, n int) bool {
	for k := 0; k < n; k++ {
		// (Only an unshaped word can rule the run out: the other tests,
		// costlier, are asked of it alone.)
		t := i + k
		if !toks.unshaped(t) || toks.cls(t)&(clNiche|clSales) != 0 || toks.capital(t) {
			continue
		}
		if pair := k > 0 && nichePairAt(toks, i+k-1) || k+1 < n && nichePairAt(toks, i+k); !pair && !linkingAt(toks, i, n, k) {
			return false
		}
	}
	return true
}

// shapeTag: a plain noun or adjective ("car" in "cheap car insurance",
// "capsules"); where it is the author's word beside the keyword, the
// evidence of the shorter run wins.
func shapeTag(tag string) bool {
	switch tag {
	case "nn", "nns", "np", "nps", "jj", "vbg":
		return true
	}
	return false
}

// nichePairAt reports whether tokens i and i+1 make a niche pair ("weight
// loss").
func nichePairAt(toks *tokens, i int) bool {
	if i+1 >= toks.len() || toks.cls(i)&clPairFirst == 0 || toks.cls(i+1)&(clPairSecond|clMe) == 0 {
		return false
	}
	return nicheWords[toks.lower(i)+" "+toks.lower(i+1)]
}

// linkingAt is linking of word k of the n words at tokens i...
func linkingAt(toks *tokens, i, n, k int) bool {
	if toks.word(i + k) {
		// linkWords and "me" by their class bits.
		c := toks.cls(i + k)
		return k > 0 && k < n-1 && c&clLink != 0 || c&clMe != 0 && k > 0 && toks.lower(i+k-1) == "near"
	}
	l := toks.lower(i + k)
	return k > 0 && k < n-1 && linkWords[l] || l == "me" && k > 0 && toks.lower(i+k-1) == "near"
}

// commercialShare is the share of the words at idx that are niche, learned
// or sales words, or end a niche pair.
func commercialShare(toks *tokens, idx []int) float64 {
	if len(idx) == 0 {
		return 0
	}
	n := 0
	for _, i := range idx {
		if commercial(toks, i) || learned(toks, i) || salesWords[toks.lower(i)] {
			n++
		}
	}
	return float64(n) / float64(len(idx))
}
