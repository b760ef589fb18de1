package spam

import "strings"

// Without a call-to-action sentence to name it, a phrase is removed only if
// it also has the shape of what link spam sells: a product or service of
// the link-spam niches. An author's own repeated phrase (a standard the
// writer discusses, a place, an instrument's model) has none of these
// words, and is left alone. The vocabulary is the trade's, by niche, not the
// keywords of any sample; a word here is only one of three conditions
// (the phrase must also break its sentences and be foreign to the text).
var nicheWords = set(
	// legal
	"lawyer", "attorney", "solicitor", "barrister", "notary", "paralegal", "law firm",
	"personal injury", "divorce", "immigration",
	// medical, dental, cosmetic
	"dentist", "dental", "orthodontist", "implants", "veneers", "botox", "liposuction",
	"rhinoplasty", "plastic surgery", "hair transplant", "clinic", "dermatologist", "cosmetic",
	"teeth whitening", "rehab", "chiropractor", "chiropractic", "physiotherapy", "massage", "ivf",
	// loans, finance, crypto
	"loan", "payday", "mortgage", "refinance", "credit repair", "insurance", "forex", "crypto",
	"cryptocurrency", "bitcoin", "btc", "lender", "cash advance", "debt consolidation",
	// gambling
	"casino", "betting", "poker", "slot", "slots", "gambling", "sportsbook", "lottery", "togel",
	"baccarat", "roulette", "jackpot", "bookmaker",
	// pharma, diet, CBD
	"cbd", "gummies", "gummy", "viagra", "cialis", "pill", "pharmacy", "supplement", "keto",
	"kratom", "vape", "hemp", "testosterone", "steroid", "weight loss", "fat burner", "diet",
	// home services
	"roofing", "roofer", "contractor", "plumber", "plumbing", "remodeling", "remodelling",
	"renovation", "hvac", "electrician", "locksmith", "landscaping", "pest control",
	"carpet cleaning", "water damage", "handyman", "flooring", "gutter", "garage door",
	"air conditioning", "junk removal", "tree service", "pressure washing", "paving",
	// essays
	"essay", "term paper", "dissertation", "homework", "write my",
	// replicas
	"replica", "handbag", "designer bags", "knockoff",
	// followers
	"followers", "instagram", "tiktok", "youtube", "facebook", "subscribers",
	// SEO and marketing
	"seo", "backlinks", "backlink", "digital marketing", "web design", "link building", "smm",
	"ppc", "marketing agency",
	// moving and travel
	"movers", "moving company", "relocation", "hotel", "car rental", "airport transfer",
	"limo", "taxi", "escort", "dating",
)

// commercial reports whether a phrase holds a word or word pair of the
// link-spam niches.
func commercial(words []string) bool {
	prev := ""
	for _, w := range words {
		l := strings.ToLower(w)
		if nicheWords[l] || nicheWords[stem(l)] || prev != "" && (nicheWords[prev+" "+l] || nicheWords[prev+" "+stem(l)]) {
			return true
		}
		prev = l
	}
	return false
}
