package homoglyph

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/unspin/unspin/internal/doc"
)

// TestRules has one table row or more per named rule of restoration; each
// row fails without its rule.
func TestRules(t *testing.T) {
	tests := []struct{ rule, in, want string }{
		// DRAWN-LIKE: γ is drawn like y, Γ is not drawn like Y.
		{"DRAWN-LIKE", "He told the AlloΓ story about thе plan.", "He told the AlloΓ story about the plan."},
		{"DRAWN-LIKE", "Тhe sign read ГОРОД and the Rіver.", "The sign read ГОРОД and the River."},
		// MARKED-FOREIGN: θ is O̵ to TR39, barred where O is not; beside
		// Latin letters it is notation (IPA, a thermal resistance), and an
		// attack elsewhere in the text does not make it a look-alike.
		{"MARKED-FOREIGN", "Say thin /θɪn/ and sin /sɪn/ slowly; /θ/ is hard.", "Say thin /θɪn/ and sin /sɪn/ slowly; /θ/ is hard."},
		{"MARKED-FOREIGN", "Thermal resistance of the package, θJA, is 160 °C/W.", "Thermal resistance of the package, θJA, is 160 °C/W."},
		{"MARKED-FOREIGN", "The θJA of thе package is low.", "The θJA of the package is low."},
		// With a word the language knows, it is restored as ɗ is.
		{"MARKED-FOREIGN", "The Өld man and thе ｔeam.", "The Old man and the team."},
		{"MARKED-FOREIGN", "Thе plan was tθ gθ hθme, said thе ｔeam.", "The plan was to go home, said the team."},
		// NOTATION: a Greek letter or a symbol letter in a term of a
		// formula is a quantity's symbol, unless restoring it gives a
		// known word.
		{"NOTATION", "Cable resistance: R_c = ρL/A, and thе cable is short.", "Cable resistance: R_c = ρL/A, and the cable is short."},
		{"NOTATION", "The Reynolds number is Re = ρUD/μ, and thе flow is slow.", "The Reynolds number is Re = ρUD/μ, and the flow is slow."},
		{"NOTATION", "Oceanographers quote σₜ for convenience, and thе weights are 1/σᵢ.", "Oceanographers quote σₜ for convenience, and the weights are 1/σᵢ."},
		{"NOTATION", "The ρeople = ρersons, they said, and thе team agreed.", "The people = persons, they said, and the team agreed."},
		// EMPHASIZED-ALONE: a symbol alone in emphasis is a variable named.
		{"EMPHASIZED-ALONE", "Return the floor of *×*, the largest integer, and thе rest; 3 *×* 4 stays.", "Return the floor of *x*, the largest integer, and the rest; 3 *×* 4 stays."},
		// ANGLE-BRACKETS: an address in angle brackets is no comparison.
		{"ANGLE-BRACKETS", " -- Pierre <peb@debian.org>  𝑾ed, 22 Apr 2020 16:32:33 +0200\n\nthе rest.\n", " -- Pierre <peb@debian.org>  Wed, 22 Apr 2020 16:32:33 +0200\n\nthe rest.\n"},
		{"ANGLE-BRACKETS", "Cable resistance: R_c = ρL/A, so x > ρL, and thе cable is short.", "Cable resistance: R_c = ρL/A, so x > ρL, and the cable is short."},
		{"ANGLE-BRACKETS", "Thе cat. <a href=\"x\">Canon PowerShot 𝙶2</a><br>", "The cat. <a href=\"x\">Canon PowerShot G2</a><br>"},
		{"NOTATION", "Five milliαmperes/cell were applied, and thе team agreed.", "Five milliamperes/cell were applied, and the team agreed."},
		// OPERAND-LETTERS: single letters joined by mathematical symbols
		// are a formula in clean text; where the text's other words are
		// spoofed, e⤫e and B⊤W are the spoofer's.
		{"OPERAND-LETTERS", "The union A∪B∪C of the sets, the meet a∧b and join a∨b, and the product A×B.", "The union A∪B∪C of the sets, the meet a∧b and join a∨b, and the product A×B."},
		{"OPERAND-LETTERS", "Тһe fіle e⤫e and B⊤W, the quick brоwn fox jumps over the lazy dog.", "The file exe and BTW, the quick brown fox jumps over the lazy dog."},
		{"NOTATION", "> HeΙΙo lovely people, and thе team agreed.", "> Hello lovely people, and the team agreed."},
		// A term restored to an English word is the word in a text of
		// any language written in Latin letters (a German configuration).
		{"NOTATION", "# Einstellungen für den Dateiserver\n[global]\n   workgroup = BUERO\n   netbios nam𝒆 = DATEISERVER\n   # Drucker werden nicht freigegeben\n   load printers = no\n", "# Einstellungen für den Dateiserver\n[global]\n   workgroup = BUERO\n   netbios name = DATEISERVER\n   # Drucker werden nicht freigegeben\n   load printers = no\n"},
		// A mail's quotation marks are no operator.
		{"NOTATION", "> Ｉ have a file for you.\n> > Ⅰ would read it, and thе team agreed.", "> I have a file for you.\n> > I would read it, and the team agreed."},
		{"NOTATION", "The state evolves by iℏ ∂ψ/∂t = Hψ, and thе team agreed.", "The state evolves by iℏ ∂ψ/∂t = Hψ, and the team agreed."},
		{"NOTATION", "A matrix A ∈ ℝⁿˣⁿ is diagonalisable, and thе team agreed.", "A matrix A ∈ ℝⁿˣⁿ is diagonalisable, and the team agreed."},
		{"NOTATION", "La llibertat de manera individual o col·lectivα, i thе team.", "La llibertat de manera individual o col·lectiva, i the team."},
		// A styled alphabet takes the Letterlike Symbols that fill its
		// holes (ℴ of script, ℌ of fraktur): a word so set is one alphabet.
		{"STYLED-PHRASE", "Have a 𝒢ℴℴ𝒹 day and 𝔈𝔫𝔧𝔬𝔶 ℌ𝔞𝔭𝔭𝔶 hours, with 𝑡ℎ𝑒 team.", "Have a 𝒢ℴℴ𝒹 day and 𝔈𝔫𝔧𝔬𝔶 ℌ𝔞𝔭𝔭𝔶 hours, with 𝑡ℎ𝑒 team."},
		// TRANSCRIPTION: an IPA letter between a transcription's slashes or
		// brackets is phonetic writing, even where its word is English.
		{"TRANSCRIPTION", "Minimal pairs: /ɪ/ vs /iː/\n\nship /ʃɪp/ — sheep /ʃiːp/\nbit /bɪt/ — beat /biːt/\nlive /lɪv/ — leave /liːv/\n\nTip: /iː/ is longer.", "Minimal pairs: /ɪ/ vs /iː/\n\nship /ʃɪp/ — sheep /ʃiːp/\nbit /bɪt/ — beat /biːt/\nlive /lɪv/ — leave /liːv/\n\nTip: /iː/ is longer."},
		// Spoofs the rules above must not keep (a review's cases): a mark
		// beside the letter (η's tail) is no MARKED-FOREIGN bar; a name is
		// no NOTATION term, an operator beside it or not; a bracket and a
		// slash far apart, or a slashed word on a line with no phonetic
		// mark, are no TRANSCRIPTION.
		{"NOT-NOTATION", "Watch free movies on ηetflix today, and thе offer ends soon.", "Watch free movies on netflix today, and the offer ends soon."},
		{"NOT-NOTATION", "Log in to your ΡayΡal | Secure account, and verify thе card today.", "Log in to your PayPal | Secure account, and verify the card today."},
		{"NOT-NOTATION", "Cite [1] then ɡoogle it / bing it, and thе team said so.", "Cite [1] then google it / bing it, and the team said so."},
		{"NOT-NOTATION", "Then visit /ɡiftcɑrd/ and thе prize is yours.", "Then visit /giftcard/ and the prize is yours."},
		// A10 QUOTED-SYMBOL and A11 SYMBOL-RUN (authored.go): a symbol
		// quoted alone, as code names one, or written against other
		// symbols, as APL writes them, is no letter of a word, in a text
		// under attack too.
		{"QUOTED-SYMBOL", "ops = [r'⊕', r'⊖', r'∪', r'∨', r'⋿']  # thе ops of thе table", "ops = [r'⊕', r'⊖', r'∪', r'∨', r'⋿']  # the ops of the table"},
		{"SYMBOL-RUN", "APL: ⍲⍴,⍪⌽⊖⍉ are thе primitives of thе language.", "APL: ⍲⍴,⍪⌽⊖⍉ are the primitives of the language."},
		// MAJORITY-SPELLING-IN-ENGLISH: another orthography's word that an
		// English text repeats spelt alike stays, though restored it is a
		// word the text or English knows.
		{"MAJORITY-SPELLING-IN-ENGLISH", "If you are learning Turkish, ılık is a lovely word; ılık means mild, and ılık tea is nice. Don't confuse it with ilik, which means marrow, in Kadıköy.", "If you are learning Turkish, ılık is a lovely word; ılık means mild, and ılık tea is nice. Don't confuse it with ilik, which means marrow, in Kadıköy."},
		{"MAJORITY-SPELLING-IN-ENGLISH", "The Sokoto Caliphate was founded in the early nineteenth century by the scholar and reformer Usman ɗan Fodio (Hausa: Shehu Usman ɗan Fodiyo, 1754–1817). After his death, authority passed to his son Muhammadu Bello, who ruled from Sokoto, and to his brother Abdullahi, who governed the western emirates from Gwandu. In Hausa, the dynasty's territories were often described simply as ƙasar Hausa, \"the Hausa land\", although their rulers were Fulɓe.", "The Sokoto Caliphate was founded in the early nineteenth century by the scholar and reformer Usman ɗan Fodio (Hausa: Shehu Usman ɗan Fodiyo, 1754–1817). After his death, authority passed to his son Muhammadu Bello, who ruled from Sokoto, and to his brother Abdullahi, who governed the western emirates from Gwandu. In Hausa, the dynasty's territories were often described simply as ƙasar Hausa, \"the Hausa land\", although their rulers were Fulɓe."},
		// REPEATED-IN-UNKNOWN-WORD: a letter of no common orthography
		// written thrice in a word no one knows restored is its spelling.
		{"REPEATED-IN-UNKNOWN-WORD", "Qaqortoq (old spelling ĸaĸortoĸ) is the largest town in southern Greenland.", "Qaqortoq (old spelling ĸaĸortoĸ) is the largest town in southern Greenland."},
		// Under attack (thе), letters of living orthographies stay where a
		// spoofer's would go: OWN-LETTER-BESIDE-SPOOF keeps ı beside a
		// spoofed d, LETTER-NAMED-ALONE keeps letters named alone,
		// NOTATION-ALONE a set's name beside an operator; a stray letter
		// of a script the text does not write is restored
		// (STRAY-SCRIPT-LETTER), as is a fullwidth key glued to "="
		// (A3's operand is notation's only).
		{"OWN-LETTER-BESIDE-SPOOF", "The lunch talk by Şebnem Yıl𝖽ız was on Turkish casing, and thе team came.", "The lunch talk by Şebnem Yıldız was on Turkish casing, and the team came."},
		{"LETTER-NAMED-ALONE", "Hausa writes the implosives ɓ, ɗ and ƙ, and thе team came to see thе show.", "Hausa writes the implosives ɓ, ɗ and ƙ, and the team came to see the show."},
		{"NOTATION-ALONE", "Let f: ℝ → ℝ be continuous, and thе team came to see thе show.", "Let f: ℝ → ℝ be continuous, and the team came to see the show."},
		// SYMBOL-BESIDE-FUNCTION-WORD: a symbol drawn like a capital with
		// a preposition, conjunction or article beside it has no operand
		// there: the letter. Between nouns it may be notation.
		// CROSS-AS-OPERAND: a cross other than × where an operand stands
		// (an argument, a name assigned) is the variable x; between
		// operands it is the product.
		{"CROSS-AS-OPERAND", "Thе example: Point(⨯=11, y=22) and bin(⤫); a ⨯ b is the cross product.", "The example: Point(x=11, y=22) and bin(x); a ⨯ b is the cross product."},
		{"SYMBOL-BESIDE-FUNCTION-WORD", "Thе results in Columns F and ⋿ of Table 2 agree; width × height is the area, and thе team agreed.", "The results in Columns F and E of Table 2 agree; width × height is the area, and the team agreed."},
		{"STRAY-SCRIPT-LETTER", "Oven: 180 °𑣲 (160 °C fan), and thе cake is done when thе top is brown.", "Oven: 180 °C (160 °C fan), and the cake is done when the top is brown."},
		{"STYLED-PHRASE", "𝒢ℴℴ𝒹 𝓂ℴ𝓇𝓃𝒾𝓃ℊ everyone! Thе team is here and thе sun is up.", "𝒢ℴℴ𝒹 𝓂ℴ𝓇𝓃𝒾𝓃ℊ everyone! The team is here and the sun is up."},
		{"NOT-OPERAND", "Seq Scan (actual time=0.011 roꮃs=3102210 lｏops=1), and thе team came to see thе show.", "Seq Scan (actual time=0.011 rows=3102210 loops=1), and the team came to see the show."},
		// An equals sign of quoted-printable (=E2, a soft line break) is
		// no operator.
		{"NOT-OPERAND", "Hi there, I𝙩=E2=80=99s finally spring, and thе team came to see thе show.", "Hi there, It=E2=80=99s finally spring, and the team came to see the show."},
		// A symbol or Greek letter in a key that, read as the letter it
		// imitates, spells a word is no term of a formula (act⍳on=).
		{"NOT-OPERAND", "Open calendar.example.com/event?act⍳on=VIEW&eid=N2Z and set ver⍳fy=False, said thе team.", "Open calendar.example.com/event?action=VIEW&eid=N2Z and set verify=False, said the team."},
		// A12 UNIT-OR-FORMULA: Latin capitals of a unit or a chemical
		// formula stay in a Cyrillic text whose words are attacked; N4
		// takes only a letter drawn like x between digits for dimensions
		// (a checksum's 8𝖽0 is restored); a mathematical letter inside a
		// word glued to "=" is no term of notation (his𝙩ory=200).
		{"UNIT-OR-FORMULA", "В Москве до +28 °C, ночью +15 °C. Сахароза (C₁₂H₂₂O₁₁) — это сaхар, и нaш дом стоит нa горе.", "В Москве до +28 °C, ночью +15 °C. Сахароза (C₁₂H₂₂O₁₁) — это сахар, и наш дом стоит на горе."},
		{"N4-DRAWN-LIKE-X", "The md5sum is 3f2c1e5d0a9e84b7f1c9d2e6a8𝖽0c4d1 and thе file is small, so thе team came.", "The md5sum is 3f2c1e5d0a9e84b7f1c9d2e6a8d0c4d1 and the file is small, so the team came."},
		{"NOT-OPERAND", "set encoding=utf-8 and set his𝙩ory=200 and thе team came to see thе show today.", "set encoding=utf-8 and set history=200 and the team came to see the show today."},
		// STROKE-READ-AS-L: a stroke read as l where that gives a word
		// English knows, today's too (sculpt, bollocks: not Brown's), is
		// no other orthography's twice-written letter.
		{"STROKE-READ-AS-L", "He learned to scuƖpt at school, and he said the rest was bolƖocks; thе team came to see thе show.", "He learned to sculpt at school, and he said the rest was bollocks; the team came to see the show."},
		// CAPITAL-INSIDE-SMALL: a Latin capital beyond ASCII after a small
		// letter is no orthography's, and in a text under attack a look-alike
		// where English knows no word it restores to; a small letter of a
		// living orthography in such a word stays (Yıldız).
		{"CAPITAL-INSIDE-SMALL", "The cƖassifier runs on thе server with thе executabƖes; Mr Yıldız said thе team came.", "The classifier runs on the server with the executables; Mr Yıldız said the team came."},
		// A character reference's name is markup, no word the document
		// writes (WRITTEN-CASE): &lt; twice does not make Ｉt lt.
		{"REFERENCE-NOT-WRITTEN", "Mail &lt;bob@example.com&gt; and &lt;ann@example.com&gt; bounced. Ｉt should go, thе team said.", "Mail &lt;bob@example.com&gt; and &lt;ann@example.com&gt; bounced. It should go, the team said."},
		// OWN-LETTER-BESIDE-SPOOF keeps a living orthography's letter beside
		// a spoof in a name, but not in an address of a text whose words
		// write no extended orthography (ADDRESS-LETTER).
		{"ADDRESS-LETTER", "Write to Ɩistmaｓter@linux.ie or see Yıl𝖽ız's page, said thе team.", "Write to listmaster@linux.ie or see Yıldız's page, said the team."},
		// An address copied twice is no orthography's recurring word: its
		// letter is no text's own for that (ADDRESS-LETTER).
		{"ADDRESS-LETTER", "Ꮋi,\nsee http://www.Ɩinux.ie/ and write to listmaster@Ɩinux.ie\n#linux on irc.linux.ie", "Hi,\nsee http://www.linux.ie/ and write to listmaster@linux.ie\n#linux on irc.linux.ie"},
		// A plus inside an address is a tag or a URL's character, no sum:
		// the words beside it are no operands (A3).
		{"ADDRESS-PLUS", "Comments from le𝚛+foxsports@lerctr.org on ftp://people.example.com/dvd+ᴦw-tools, said thе team.", "Comments from ler+foxsports@lerctr.org on ftp://people.example.com/dvd+rw-tools, said the team."},
		// A stroke reads as I or l, and English is today's too.
		{"NOT-OPERAND", "Mail to bob, relay=ΙocaΙ, rows=2 Ιoops=1, and thе team came to see thе show.", "Mail to bob, relay=local, rows=2 loops=1, and the team came to see the show."},
		{"NOT-OPERAND", "Use Ctrl+Shift+𑣲 if you want\n> Ctrl+C to always go to thе shell, and thе team agreed.", "Use Ctrl+Shift+C if you want\n> Ctrl+C to always go to the shell, and the team agreed."},
		// SYMBOL-IN-LATIN-WORD: code in a Russian post, a symbol in its
		// Latin words, is restored into Latin (A7 no longer takes such a
		// word for one written wholly in Latin).
		{"SYMBOL-IN-LATIN-WORD", "Вот код, кому пригодится:\n\ndef normalize_phone(r⍺w: str) -> str:\n    \"\"\"Приводит номер к формату\"\"\"\n    if len(digi𝙩s) != 11:\n        raise ValueError\nЗапускается каждый день.", "Вот код, кому пригодится:\n\ndef normalize_phone(raw: str) -> str:\n    \"\"\"Приводит номер к формату\"\"\"\n    if len(digits) != 11:\n        raise ValueError\nЗапускается каждый день."},
		// ENGLISH-READING: a text not judged English (Hawaiian beside
		// English) reads a stroke into the common English word its other
		// reading is not.
		// A number is no word of a language: English among figures.
		{"ENGLISH-READING", "We have n = 25 and x = 52.3 at 95 of 100, 12 of 14; my friend says Ⅰ shouⅠd use the t test for 50 or 60 samples.",
			"We have n = 25 and x = 52.3 at 95 of 100, 12 of 14; my friend says I should use the t test for 50 or 60 samples."},
		{"ENGLISH-READING", "Aloha kākou, e komo mai! The motto of the State of Hawaiʻi is \"Ua mau ke ea o ka ʻāina i ka pono\" — \"The ℑife of the land is perpetuated in righteousness.\" It is attrιbuted to King Kamehaⅿeha III, wһo spoke the words in 1843.", "Aloha kākou, e komo mai! The motto of the State of Hawaiʻi is \"Ua mau ke ea o ka ʻāina i ka pono\" — \"The life of the land is perpetuated in righteousness.\" It is attributed to King Kamehameha III, who spoke the words in 1843."},
		// ENGLISH-READING-MORE: a present-day word (laptop, Internet,
		// Irish) or one of English's commonest two-letter words at a
		// line's or a quotation's start before prose (In, If); small only
		// where no capital is called for (a name the lexicons lack: Ian),
		// and a two-letter code among codes is no pronoun (lt le eq).
		{"ENGLISH-READING-MORE", "see ｍy Ⅰaptop now\n", "see my laptop now\n"},
		// A word of five letters or more a speller of English accepts
		// (identifier), the other reading none: as present-day English.
		{"ENGLISH-READING-MORE", "thе Ⅰdentifier field", "the Identifier field"},
		{"ENGLISH-READING-MORE", "alreaｄy \nＩrish linux\n", "already \nIrish linux\n"},
		{"ENGLISH-READING-MORE", "/cvsroot/spamassassin/masses/tenpass\nＩn ｄirectory repository\nhttps://lists.sourceforge.net/lists/𐌉istinfo/commits",
			"/cvsroot/spamassassin/masses/tenpass\nIn directory repository\nhttps://lists.sourceforge.net/lists/listinfo/commits"},
		{"ENGLISH-READING-MORE", "> Ｉｆ tᏂat's the case\n--iJXiJc/TAIT2rh2r--\nhttps://lists.sourceforge.net/lists/𐌉istinfo/razor-users",
			"> If that's the case\n--iJXiJc/TAIT2rh2r--\nhttps://lists.sourceforge.net/lists/listinfo/razor-users"},
		{"ENGLISH-READING-MORE", "𝖨an Andrew Bell writes:\n> I think so.", "Ian Andrew Bell writes:\n> I think so."},
		{"ENGLISH-READING-MORE", "thanks to Janis 𝖨an and others", "thanks to Janis Ian and others"},
		{"ENGLISH-READING-MORE", "a duck.\n\n-𝖨an.\n", "a duck.\n\n-Ian.\n"},
		{"ENGLISH-READING-MORE", "Os operadores de comparação para --compare-versions são:\n  Ⅰt le eq ne ge gt\t   (tratar a versão",
			"Os operadores de comparação para --compare-versions são:\n  lt le eq ne ge gt\t   (tratar a versão"},
		// KEY-NOT-LANGUAGE: in a key of a link or one with digits, neither
		// reading a word, the letters of the document's language say
		// nothing of a stroke: what the glyph is (Ｉ is I) and its uses
		// elsewhere decide; a word in prose keeps its letter model.
		{"KEY-NOT-LANGUAGE", "Ꮒttp://us.c𐌉ic𝗸.y⍺hoo.com/pt6YBB/𐔓XiEAA/MᐯfＩAA/7gSolB/TM\nTo send an to:\nYo𑣘r use to Ꮒttp://docs.γ⍺hoo.com/iռfo/ｔer𝒎s/",
			"http://us.click.yahoo.com/pt6YBB/NXiEAA/MVfIAA/7gSolB/TM\nTo send an to:\nYour use to http://docs.yahoo.com/info/terms/"},
		{"KEY-NOT-LANGUAGE", "Thе 𝗸ey iѕ 7gSfＩAx9 in the fіle.", "The key is 7gSfIAx9 in the file."},
		{"KEY-NOT-LANGUAGE", "Fℑight Client Mumbai", "Flight Client Mumbai"},
		// Nor the case of a letter beside it (sitDO𐌉5: O is a capital by
		// chance), nor capitals after it in a link's piece (y.𐌉EAA):
		// 𐌉, no letter by its own data, has its class's l; a link's
		// piece in small letters is written as words are (ℑistinfo).
		{"KEY-NOT-LANGUAGE", "nx7xa6ｋk2V+LF𝗻wꓢ6hWp𝖽Q๐lCaT+4iGZZbdFwmyNAWb/IrЕYB0R4gp05sitᎠO𐌉5𖽂", "nx7xa6kk2V+LFnwS6hWpdQolCaT+4iGZZbdFwmyNAWb/IrEYB0R4gp05sitDOl5U"},
		{"KEY-NOT-LANGUAGE", "http://u𑣁.cliⲥｋ.yahoo.com/J2SnⲚA/y.𐌉ЕΑA/M𑢠fIAA/7gSolB/TᎷ", "http://us.click.yahoo.com/J2SnNA/y.lEAA/MVfIAA/7gSolB/TM"},
		{"KEY-NOT-LANGUAGE", "https://lists.sourceforge.net/lists/ℑistinfo/spamassassin-talk", "https://lists.sourceforge.net/lists/listinfo/spamassassin-talk"},
		// A digit drawn like a capital between small letters of a key is
		// TR39's letter: both cases and digits around it, the small
		// letters beside it are chance (DIGIT-CASE, KEY-NOT-LANGUAGE).
		{"KEY-NOT-LANGUAGE", "Thе key: IGZpbGUgKGxpa2UgYGluc3RhbGwnIGNvbW1hbmQp𑣠go7Iwlyb3RhdGUg\nand thе g𝟎od news.", "The key: IGZpbGUgKGxpa2UgYGluc3RhbGwnIGNvbW1hbmQpOgo7Iwlyb3RhdGUg\nand the good news."},
		// COMPOUND-AS-WRITTEN: a stroke alone in a compound is the letter
		// the text writes in the same compound elsewhere; an option is
		// no compound (-I beside -l are two options).
		{"COMPOUND-AS-WRITTEN", "18:51:25 lιsts/𐌉-k has 57 msgs in unseen\n18:51:25 lists/l-k has 56 msgs in unseen\n", "18:51:25 lists/l-k has 57 msgs in unseen\n18:51:25 lists/l-k has 56 msgs in unseen\n"},
		{"COMPOUND-AS-WRITTEN", "suoᴦit𝙪s𐌉ukumäärää -𐌉 𝙩aι [-I", "suorituslukumäärää -l tai [-I"},
		// N4 in a text of Latin letters: a letter drawn like x between
		// digits of another keyboard is judged (DIMENSION-CROSS).
		{"DIMENSION-CROSS", "Thе image ed_choice_13х13.gif and dots5ｘ7.gif at 160𝗑600 now.", "The image ed_choice_13x13.gif and dots5x7.gif at 160x600 now."},
		// INCREMENT-NO-OPERAND: a word glued to ++ is a language's name or
		// an increment (C++, g++), not a term of mathematics (A3).
		{"INCREMENT-NO-OPERAND", "I am nοt the best C/ℭ++ programmer, and ℭ++ is hard; x = a++ + b.", "I am not the best C/C++ programmer, and C++ is hard; x = a++ + b."},
		// CLOCK-MERIDIEM: the letters glued after a clock time are AM or
		// PM, though an offset stands a space apart (no notation).
		{"CLOCK-MERIDIEM", "On Tue, Oct 08, 2002 at 04:36:13PΜ +0200, Mat wrοte:\nOn Mon at 06:53:24𝞠Μ +0100 and 10:30pμ.", "On Tue, Oct 08, 2002 at 04:36:13PM +0200, Mat wrote:\nOn Mon at 06:53:24PM +0100 and 10:30pμ."},
		// ADDRESS-CASE in an e-mail address: no sentence begins there.
		{"ADDRESS-CASE", "\"Joseph S. Barrera III\" <joe@Ƅarrera.org> wrote: and thе rest", "\"Joseph S. Barrera III\" <joe@barrera.org> wrote: and the rest"},
		// NAME-BEFORE-NAME: a word English lacks before a capitalised one
		// is likely a name; a common word is not, though the text is too
		// short to be judged English.
		{"NAME-BEFORE-NAME", "submitted Ƅetween January http://dev.perl.org/perl5/news/2002/07/18/580ann/p580ann.txt.euc-kr",
			"submitted between January http://dev.perl.org/perl5/news/2002/07/18/580ann/p580ann.txt.euc-kr"},
		// PUT-FOR-OTHER-MODERN: in English, words a present-day lexicon
		// knows (desktop, importing; SUBTLEX-US) count as restorations
		// that show a letter put for another, as Brown's words do.
		{"PUT-FOR-OTHER-MODERN", "Release notes - Invoicely Desktoþ 5.4.1. Fixed: invoices now þｒint correctly, and a crash when imþｏrting a CSV with an empty header row is gone; thе team thanks you.", "Release notes - Invoicely Desktop 5.4.1. Fixed: invoices now print correctly, and a crash when importing a CSV with an empty header row is gone; the team thanks you."},
		// LONE-LETTER-NO-EVIDENCE: a letter named alone restores to a
		// letter, which every language knows: no evidence of a spoofer
		// (a text on wynn writes ƿ beside p, and ƿæs).
		{"LONE-LETTER-NO-EVIDENCE", "The manuscript also uses ƿ (wynn) for w. In the facsimile you will see forms like ƿæs (\"was\") and ƿintra (\"of winters\"). Do not confuse ƿ with p.", "The manuscript also uses ƿ (wynn) for w. In the facsimile you will see forms like ƿæs (\"was\") and ƿintra (\"of winters\"). Do not confuse ƿ with p."},
		// LATIN-SYMBOL-IN-FORMULA: in an attacked Russian text, a Latin
		// letter beside an operator is a quantity's symbol (λ = c / ν).
		{"LATIN-SYMBOL-IN-FORMULA", "Мы гуляли с детьми в парке. Длина волны λ = c / ν, где c ≈ 3·10⁸ м/с, и рекe всё равно.", "Мы гуляли с детьми в парке. Длина волны λ = c / ν, где c ≈ 3·10⁸ м/с, и реке всё равно."},
		// GREEK-AS-ARTICLE: a lone α is the article only where English
		// puts one, never before a preposition (the coefficient α for
		// copper); where it fits, it is restored (α team).
		{"GREEK-AS-ARTICLE", "The temperature coefficient α for copper is about 0.0039 per kelvin, and thе wire heats up.", "The temperature coefficient α for copper is about 0.0039 per kelvin, and the wire heats up."},
		{"GREEK-AS-ARTICLE", "Thе plan was tθ gθ hθme, and α team came.", "The plan was to go home, and a team came."},
		// ... across a hard-wrapped line and a quoted reply's marks too.
		{"GREEK-AS-ARTICLE", "Thе plan was tθ gθ hθme, and it became α\n> drudgery.", "The plan was to go home, and it became a\n> drudgery."},
		{"GREEK-AS-ARTICLE", "Thе plan was tθ gθ hθme.\nThe coefficient α\nfor copper is small.", "The plan was to go home.\nThe coefficient α\nfor copper is small."},
		// STYLED-SHORT-WORDS: short words side by side, each wholly in one
		// styling alphabet, are the author's styled phrase.
		{"STYLED-SHORT-WORDS", "New chapter! 𝒊𝒔 𝒖𝒑 now, and thе team came to see thе show.", "New chapter! 𝒊𝒔 𝒖𝒑 now, and the team came to see the show."},
		// LONE-LETTER-IN-PROSE: in an attacked Bulgarian text that uses
		// Latin brands, a Latin e alone between its words is the word е
		// the text writes elsewhere; in a text nobody attacked it stays.
		{"LONE-LETTER-IN-PROSE", "Купих си прахосмукачка Dyson V15 от eMAG. Мощна e, но е доста шумна и ми се стоpи висока.", "Купих си прахосмукачка Dyson V15 от eMAG. Мощна е, но е доста шумна и ми се стори висока."},
		// LETTER-BESIDE-PLACEHOLDER: a small Latin letter a space from a
		// printf conversion, drawn like a one-letter word the document
		// writes three times, is that word; not beside a Latin word.
		{"LETTER-BESIDE-PLACEHOLDER", "Помилкa у файлі «%s» у групі «%s». Файл у каталозі у мережі. Значення у «%s» y «%s». Use a file.", "Помилка у файлі «%s» у групі «%s». Файл у каталозі у мережі. Значення у «%s» у «%s». Use a file."},
		// LATIN-CAPITAL-NAMED: a capital alone mid-sentence is a Latin
		// letter named.
		{"LATIN-CAPITAL-NAMED", "Пoказать, с какими флагами C собран PostgreSQL, и с чем он связан.", "Показать, с какими флагами C собран PostgreSQL, и с чем он связан."},
		// A one-letter word of the language opening a clause after a
		// Latin word's comma (на e-mail, a то) is the language's too.
		{"LONE-LETTER-IN-PROSE", "Пришлите мне расписание на e-mail, a то у меня флешка не рабoтает. Я ждал, а потом ушёл.", "Пришлите мне расписание на e-mail, а то у меня флешка не работает. Я ждал, а потом ушёл."},
		// (A short word the text writes in Latin three times or more is
		// its author's typing: a translation's "je" for је.)
		{"LONE-LETTER-IN-PROSE", "Документ je завршен у програму GLib. Рад je готов и све je у реду, а овај рад је добар. Прочитајте нaш нови чланак.", "Документ je завршен у програму GLib. Рад je готов и све je у реду, а овај рад је добар. Прочитајте наш нови чланак."},
		// (... unless the spoofer struck one of its letters inside the
		// text's words as often: the Latin ones are its strokes too. A
		// prompt's y/N stays.)
		{"LONE-LETTER-IN-PROSE", "Не удалось открыть файл. He удалось сохранить файл. He удалось удалить тeкст. He удалось найти кaталог. Нeт надeжды на это. Ответ (y/N): y. Продолжить (y/N)? Отменить (y/N)?", "Не удалось открыть файл. Не удалось сохранить файл. Не удалось удалить текст. Не удалось найти каталог. Нет надежды на это. Ответ (y/N): y. Продолжить (y/N)? Отменить (y/N)?"},
		// (On a hard-wrapped line's end, and starting a clause after a
		// comma: small letters only, as a capital there is as often a
		// Latin letter named.)
		{"LONE-LETTER-IN-PROSE", "Если не указаны имена, чтение идёт c\nстандартного ввода. Окно смещено от правого, a названия кнопок разделяются зaпятыми. Клавиши X, Y и Z заданы, Z и X тоже.", "Если не указаны имена, чтение идёт с\nстандартного ввода. Окно смещено от правого, а названия кнопок разделяются запятыми. Клавиши X, Y и Z заданы, Z и X тоже."},
		// (A letter a language's dictionary has as a word of its own,
		// where the dictionary does not list its whole alphabet so:
		// Russian с.)
		{"LONE-LETTER-IN-PROSE", "Купил ноутбук Dell XPS, работает отлично. Вчера гулял c друзьями и зaбыл зарядку дома.", "Купил ноутбук Dell XPS, работает отлично. Вчера гулял с друзьями и забыл зарядку дома."},
		// RARE-IN-COMMON-WORD: in English nothing else shows attacked, a
		// letter written rarely beside the one it imitates, among ASCII
		// letters of a common English word, is that letter; a name
		// restored to no common word keeps it.
		{"RARE-IN-COMMON-WORD", "Ordered a birthday cake for my daughter and it was stunning, exactly as she imagined it, and it tasted even better. Nadia was lovely to deal with and the price was fair. Hıghly recommend!", "Ordered a birthday cake for my daughter and it was stunning, exactly as she imagined it, and it tasted even better. Nadia was lovely to deal with and the price was fair. Highly recommend!"},
		{"RARE-IN-COMMON-WORD", "Ordered a birthday cake for my daughter and it was stunning, exactly as she imagined it, and it tasted even better. Nadia was lovely to deal with and the price was fair. Ask for Yıldız!", "Ordered a birthday cake for my daughter and it was stunning, exactly as she imagined it, and it tasted even better. Nadia was lovely to deal with and the price was fair. Ask for Yıldız!"},
		// COMPANION-RESTORES-KNOWN: two letters of one orthography (Ewe
		// ʋ, ɣ) that a spoofer's table drew for u and y are no
		// orthography's in English where their words restore to English;
		// Hausa words quoted in English keep theirs.
		{"COMPANION-RESTORES-KNOWN", "I know of no other solution than the one he proposes: to do what we can for each sʋfferer as he confronts ʋs, hoping that this will spread beyond him to others at some time. Never have I seen this expressed so clearlɣ and so sympatheticallɣ, and everɣ word of it is right. Thank yoʋ for the illustrated editorial; it is both great writing and profoʋnd religion, and thе team agreed.", "I know of no other solution than the one he proposes: to do what we can for each sufferer as he confronts us, hoping that this will spread beyond him to others at some time. Never have I seen this expressed so clearly and so sympathetically, and every word of it is right. Thank you for the illustrated editorial; it is both great writing and profound religion, and the team agreed."},
		{"COMPANION-RESTORES-KNOWN", "The Hausa of Kano greet a guest with sannu da zuwa, and the Ɗantata family, whose patriarch Alhassan Ɗantata traded kola, still keep the ƙofa, the great gate, open; thе team agreed.", "The Hausa of Kano greet a guest with sannu da zuwa, and the Ɗantata family, whose patriarch Alhassan Ɗantata traded kola, still keep the ƙofa, the great gate, open; the team agreed."},
		// (In English, the text's own words count as the lexicon's: a
		// copyright file's paths, beside an Icelandic name.)
		{"COMPANION-RESTORES-KNOWN", "Files: compat/regex/* git-gui/po/de.po\nCopyright: 2005 Ævar Arnfjörð Bjarmason\nLicense: thе files may bе copied аnd used by аnyone who keeps this notiсe with thеm.\n\nFiles: cϭmþat/obstack.c ⲥomþat/poll.c git-gui/þｏ/fr.þϭ\nCoþyｒight: 2006 Jim\n\nThе coþyriɡht notiсe shаll bе included in аll coþies of thе wоrk, аnd thе names of thе аuthors mаy not bе used to promote it.", "Files: compat/regex/* git-gui/po/de.po\nCopyright: 2005 Ævar Arnfjörð Bjarmason\nLicense: the files may be copied and used by anyone who keeps this notice with them.\n\nFiles: compat/obstack.c compat/poll.c git-gui/po/fr.po\nCopyright: 2006 Jim\n\nThe copyright notice shall be included in all copies of the work, and the names of the authors may not be used to promote it."},
		// KNOWN-PIECES: a word English writes as pieces it knows, an
		// identifier's camel-case parts or a compound of two common words,
		// is known for KNOWN-ELSEWHERE-IN-ENGLISH and LIVING-LETTER-IN-NAME;
		// an Icelandic name restored splits into none.
		{"KNOWN-PIECES", "Thе parser will raise TyþeError where whitesþace ends the line, and the guide says so.", "The parser will raise TypeError where whitespace ends the line, and the guide says so."},
		{"KNOWN-PIECES", "Thе loop is the mainlooþ, and the guide says so.", "The loop is the mainloop, and the guide says so."},
		{"KNOWN-PIECES", "Thе new Pɣthon3 mode warns, and thе team agreed.", "The new Python3 mode warns, and the team agreed."},
		{"KNOWN-PIECES", "Thе guide to Þingvellir says so.", "The guide to Þingvellir says so."},
		// (Pooled: one word of each letter is enough.)
		{"COMPANION-RESTORES-KNOWN", "The board met on Tuesday. The new policɣ was sound, the members said, and everyone mʋst vote on it before the end of the month; thе chairman agreed.", "The board met on Tuesday. The new policy was sound, the members said, and everyone must vote on it before the end of the month; the chairman agreed."},
		// (Three in four in English: one word no lexicon has, an
		// abbreviation, does not outweigh three it has.)
		{"COMPANION-RESTORES-KNOWN", "The board moved the Ofƒice of the Caliƒ. trust to new ƒacilities last spring, and the staff was told bɣ letter; thе chairman agreed.", "The board moved the Office of the Calif. trust to new facilities last spring, and the staff was told by letter; the chairman agreed."},
		// ONE-LETTER-WORD: such a letter, small, with a Latin brand on
		// one side and the text's prose on the other; a Latin word that
		// is no word of the language stays (a vector's x).
		{"ONE-LETTER-WORD", "Компании Oracle и SAP c рынка ушли, а Яндекс остался. Отправлено c iPhone. Вектор x равен нулю, и зaдача решена.", "Компании Oracle и SAP с рынка ушли, а Яндекс остался. Отправлено с iPhone. Вектор x равен нулю, и задача решена."},
		// A language no dictionary here lists (Belarusian) shows its
		// one-letter words by writing them alone, three times or more.
		{"ONE-LETTER-WORD", "Памылка ў файле. Цыкл у выразе, шукаць у тэксце, пісаць у файл. Выяўлены рэкуpсіўны цыкл y PCRE, пеpавышаны ліміт.", "Памылка ў файле. Цыкл у выразе, шукаць у тэксце, пісаць у файл. Выяўлены рэкурсіўны цыкл у PCRE, перавышаны ліміт."},
		// BRAND-BESIDE-MODEL: a short Latin word beside a model's number
		// is the brand as written, in a text struck elsewhere.
		{"BRAND-BESIDE-MODEL", "Добрий день! Прошу надіслати два картриджі HP 85A. Достaвка можлива зaвтра, дякую.", "Добрий день! Прошу надіслати два картриджі HP 85A. Доставка можлива завтра, дякую."},
		// (A letter alone a dictionary of the script has: Greek Η.)
		{"LONE-LETTER-IN-PROSE", "Ο υπουργός μίλησε χθες για το Microsoft Office 365 στα σχολεία. H πρόταση ψηφίστηκε τελικά από την πλειοψηφία τωv βουλευτών.", "Ο υπουργός μίλησε χθες για το Microsoft Office 365 στα σχολεία. Η πρόταση ψηφίστηκε τελικά από την πλειοψηφία των βουλευτών."},
		// (A two-letter word the text writes elsewhere, at a sentence's
		// start after a blank line too.)
		{"LONE-LETTER-IN-PROSE", "Роутер Keenetic Giga, прошивка 4.1. В логах ничего нет, и cтоит он в коридоре.\n\nB логах роутера пусто.", "Роутер Keenetic Giga, прошивка 4.1. В логах ничего нет, и стоит он в коридоре.\n\nВ логах роутера пусто."},
		{"LONE-LETTER-IN-PROSE", "Купих си прахосмукачка Dyson V15 от eMAG. Мощна e, но е доста шумна и ми се стори висока.", "Купих си прахосмукачка Dyson V15 от eMAG. Мощна e, но е доста шумна и ми се стори висока."},
		// ORTHOGRAPHY-COMPANION: letters one orthography writes together,
		// and few others write, are the author's under any attack (CLDR
		// exemplars): Hausa ɗ, ƙ, ɓ beside each other, Turkish ı beside ğ
		// in English. ɗ beside French é, which dozens of orthographies
		// write, is a spoofer's (the last row fails where any shared
		// letter counts: Duala writes ɗ and é).
		{"ORTHOGRAPHY-COMPANION", "Zuwa ga ɗan'uwana Musa,\n\nIna fatan kana cikin ƙoshin lafiya. Ruwa ya ɓata wasu gonаki a ƙauyenmu.", "Zuwa ga ɗan'uwana Musa,\n\nIna fatan kana cikin ƙoshin lafiya. Ruwa ya ɓata wasu gonaki a ƙauyenmu."},
		{"ORTHOGRAPHY-COMPANION", "In Turkish, \"FILE\".lower() becomes \"fıle\" and Iğdır keeps its dots; thе fix is a locale.", "In Turkish, \"FILE\".lower() becomes \"fıle\" and Iğdır keeps its dots; the fix is a locale."},
		{"ORTHOGRAPHY-COMPANION", "Nous avons visité lе musée ɗe la ville pendant l'été, près de la rivière.", "Nous avons visité le musée de la ville pendant l'été, près de la rivière."},
		// OWN-BY-ITS-WORDS: an old text's long s, whose words read with f
		// are no words, stays beside an attack on its other words.
		// (A word of four letters or more that present-day English knows
		// counts as known: three such words are no text's own spelling.)
		{"OWN-BY-ITS-WORDS", "Thе new imþlementations are clunky, wе said.\nþs: it is amusing that thе complaint dropped.\nSubject: Re: sþrint delivers the next big thing, and thе team agreed.", "The new implementations are clunky, we said.\nps: it is amusing that the complaint dropped.\nSubject: Re: sprint delivers the next big thing, and the team agreed."},
		{"OWN-BY-ITS-WORDS", "Art. I. All men are born free and equal, and have certain natural, eſſential, and unalienable rights; among which may be reckoned thе right of enjoying and defending their lives and liberties; that of acquiring, poſſeſſing, and protecting property; in fine, that of ſeeking and obtaining their ſafety and happineſs, and thе right of all.", "Art. I. All men are born free and equal, and have certain natural, eſſential, and unalienable rights; among which may be reckoned the right of enjoying and defending their lives and liberties; that of acquiring, poſſeſſing, and protecting property; in fine, that of ſeeking and obtaining their ſafety and happineſs, and the right of all."},
		// KNOWN-ELSEWHERE-IN-ENGLISH: a letter no word of which restores
		// to a known word stays in an attacked English text.
		{"KNOWN-ELSEWHERE-IN-ENGLISH", "The state language itself is Qazaq tılı, which teachers in Almaty now write in Latin letters. Thе change is slow, and thе older teachers still prefer Cyrillic in class.", "The state language itself is Qazaq tılı, which teachers in Almaty now write in Latin letters. The change is slow, and the older teachers still prefer Cyrillic in class."},
		// DOMINANT-MAJORITY: four Latin letters and one Cyrillic are Latin.
		{"DOMINANT-MAJORITY", "xxцxx", "xxцxx"},
		// COMPAT-BESIDE-DIGITS: a compatibility form joined to digits is
		// a spoof ('60ｓ), but not a variable's italic in an equation.
		{"COMPAT-BESIDE-DIGITS", "The 1960𝑠 were a time of change, and 747𝑠 flew everywhere.", "The 1960s were a time of change, and 747s flew everywhere."},
		{"COMPAT-BESIDE-DIGITS", "For example, to find integer solutions for 4258𝑥 + 147𝑦 = 369,\nfirst rewrite as 4258𝑥 ≡ 369 (mod 147) then solve it.", "For example, to find integer solutions for 4258𝑥 + 147𝑦 = 369,\nfirst rewrite as 4258𝑥 ≡ 369 (mod 147) then solve it."},
		// SYMBOL-SEPARATES-WORDS: a symbol between two words, where the
		// letter it looks like would make none, is the author's bar.
		{"SYMBOL-SEPARATES-WORDS", "#### bytes(number｜string value, [options]): number｜string｜null\n\nDefault export function.", "#### bytes(number｜string value, [options]): number｜string｜null\n\nDefault export function."},
		{"SYMBOL-SEPARATES-WORDS", "They said a｜so that the he｜｜o was loud in the fund⍺mental room.", "They said also that the hello was loud in the fundamental room."},
		// SMALL-CAPITAL-SHAPE: drawn as a capital at small-letter height.
		{"SMALL-CAPITAL-SHAPE", "Tнe ciτizens of tнe town", "The citizens of the town"},
		{"SMALL-CAPITAL-SHAPE", "xxвxx", "xxbxx"},
		{"SMALL-CAPITAL-SHAPE", "the κey and the 𝜏ree", "the key and the tree"},
		{"SMALL-CAPITAL-SHAPE", "The word он means he, and тот means that.", "The word он means he, and тот means that."},
		{"SMALL-CAPITAL-SHAPE", "Генерал песчаных CARRIERов.", "Генерал песчаных CARRIERов."},
		{"SMALL-CAPITAL-SHAPE", "Обработка мetaurl-лов вернула ошибку.", "Обработка мetaurl-лов вернула ошибку."},
		{"SMALL-CAPITAL-SHAPE", "He wrote в and к in his notes; thе rest was English.", "He wrote в and к in his notes; the rest was English."},
		{"SMALL-CAPITAL-SHAPE", "He wrote вoт in his notes; thе rest was English.", "He wrote вот in his notes; the rest was English."},
		// MID-WORD-CAPITAL: a Latin b typed among small Cyrillic letters
		// is drawn like the capital Ь only: no restoration.
		// (Not a letter of a script no Latin, Cyrillic or Greek keyboard
		// types: Warang Citi's 𑣂 in a camel-case name is F.)
		{"MID-WORD-CAPITAL", "Thе method Bytes𑣂eedParser.feed and ``_Py𑣂loat_Repr`` changed, and thе team agreed.", "The method BytesFeedParser.feed and ``_PyFloat_Repr`` changed, and the team agreed."},
		{"MID-WORD-CAPITAL", "Команда має перенестb табличний простір на інший диск і перенести файли.", "Команда має перенестb табличний простір на інший диск і перенести файли."},
		{"MID-WORD-CAPITAL", "Все люди рождaются свoбодными.", "Все люди рождаются свободными."},
		// Only the word's own small letters count: a spoofed heading
		// writes l for Ι twice.
		{"MID-WORD-CAPITAL", "ΟlΚΟYMΕΝlΚΗ ΔΙΑΚΗΡΥΞΗ ΓΙΑ ΤΑ ΑΝΘΡΩΠΙΝΑ ΔΙΚΑΙΩΜΑΤΑ. Επειδή η αναγνώριση της αξιοπρέπειας.", "ΟΙΚΟΥΜΕΝΙΚΗ ΔΙΑΚΗΡΥΞΗ ΓΙΑ ΤΑ ΑΝΘΡΩΠΙΝΑ ΔΙΚΑΙΩΜΑΤΑ. Επειδή η αναγνώριση της αξιοπρέπειας."},
		// STROKE-AMONG-CAPITALS: six Latin letters of eleven, but the l
		// among capitals is the Greek heading's Ι, no letter of Latin's own.
		// ATTESTED-CAPITAL-STROKE: where the script's small stroke (ӏ) is
		// not the text's, a Latin l in its word is the capital it writes.
		{"ATTESTED-CAPITAL-STROKE", "Індія\n\nІндонезія\n\nlран\n\nІрак\n\nlрландія\n\nІсламська Республіка Пaкистан", "Індія\n\nІндонезія\n\nІран\n\nІрак\n\nІрландія\n\nІсламська Республіка Пакистан"},
		{"STROKE-AMONG-CAPITALS", "ΟΙΚOYΜENlΚH ΔΙΑΚΗΡΥΞΗ ΓΙΑ ΤΑ ΑΝΘΡΩΠΙΝΑ ΔΙΚΑΙΩΜΑΤΑ. Επειδή η αναγνώριση της αξιοπρέπειας.", "ΟΙΚΟΥΜΕΝΙΚΗ ΔΙΑΚΗΡΥΞΗ ΓΙΑ ΤΑ ΑΝΘΡΩΠΙΝΑ ΔΙΚΑΙΩΜΑΤΑ. Επειδή η αναγνώριση της αξιοπρέπειας."},
		{"STROKE-AMONG-CAPITALS", "Το HTMl και το ΑΡΧΕΙΟ. Επειδή η αναγνώριση της αξιοπρέπειας.", "Το HTMl και το ΑΡΧΕΙΟ. Επειδή η αναγνώριση της αξιοπρέπειας."},
		// OWN-LETTER-DRAWN-ALIKE: the page's own letter in a Latin word
		// is taken for a Latin one only where it is drawn the same.
		{"OWN-LETTER-DRAWN-ALIKE", "Ανάγνωση των επόμενων %d byteσs με χρήση του seek().", "Ανάγνωση των επόμενων %d byteσs με χρήση του seek()."},
		{"OWN-LETTER-DRAWN-ALIKE", "Нажмите сontrol-C для очистки буфера.", "Нажмите control-C для очистки буфера."},
		// A letter of the script that no word of the page's own holds is
		// no typist's slip, however drawn; nor is it an ending (INFLECTED).
		{"OWN-LETTER-DRAWN-ALIKE", "Коллеги, привет. Пересылаю ответ поддержки.\n\n> Thank you for the detailҽd report. We could reproducҽ it.",
			"Коллеги, привет. Пересылаю ответ поддержки.\n\n> Thank you for the detailed report. We could reproduce it."},
		// RESTRICTED-AMONG-ASCII: a letter of no common orthography among
		// ASCII letters, used once.
		{"RESTRICTED-AMONG-ASCII", "a hardᴡare store", "a hardware store"},
		{"RESTRICTED-AMONG-ASCII", "xxɑxx", "xxaxx"},
		// CAPITAL-INSIDE-SENTENCE: a caseless stroke inside a sentence is
		// not a capital I because the document writes "isir" small.
		{"CAPITAL-INSIDE-SENTENCE", "Il-bniedem isir liberu u kull persuna isir ugwali fid-dinjità u fid-drittijiet. Ħadd ma għandu jinżamm fil-jasar jew ta’ 𐊊sir, u l-ilsiera huma pprojbiti fil-forom kollha tagħhom. Kulħadd isir ħieles u jgawdi d-drittijiet kollha tiegħu fil-liġi, mingħajr ebda distinzjoni ta’ razza, kulur, sess, lingwa, reliġjon, opinjoni politika jew opinjoni oħra, u l-liġi tħares lil kulħadd bl-istess mod.", "Il-bniedem isir liberu u kull persuna isir ugwali fid-dinjità u fid-drittijiet. Ħadd ma għandu jinżamm fil-jasar jew ta’ lsir, u l-ilsiera huma pprojbiti fil-forom kollha tagħhom. Kulħadd isir ħieles u jgawdi d-drittijiet kollha tiegħu fil-liġi, mingħajr ebda distinzjoni ta’ razza, kulur, sess, lingwa, reliġjon, opinjoni politika jew opinjoni oħra, u l-liġi tħares lil kulħadd bl-istess mod."},
		// RESTRICTED-RESTORES-KNOWN: a small capital recurring in a word
		// the document also writes plainly is a spoof.
		{"RESTRICTED-RESTORES-KNOWN", "Renren sheng er ziyou, zai zunyan he quanli shang yilv pingdeng. Renmen fuyou lixing he liangxin, bing ying yi xiongdi guanxi de jingshen huxiang duidai. Renhe ren dou you quan xiangyou cenren de suoyou quanli he ziyou. Falü qian renren pingdeng, ᴄenren zai falü qian you quan shouda baohu. Renhe ren zai falü qian dou ying bei ᴄenren wei ren. Jiating shi tianrаn de jiben danyuan.", "Renren sheng er ziyou, zai zunyan he quanli shang yilv pingdeng. Renmen fuyou lixing he liangxin, bing ying yi xiongdi guanxi de jingshen huxiang duidai. Renhe ren dou you quan xiangyou cenren de suoyou quanli he ziyou. Falü qian renren pingdeng, cenren zai falü qian you quan shouda baohu. Renhe ren zai falü qian dou ying bei cenren wei ren. Jiating shi tianran de jiben danyuan."},
		{"RESTRICTED-AMONG-ASCII", "The ĸey to the ƅoy's room and the ɡirl's bike.", "The key to the boy's room and the girl's bike."},
		{"RESTRICTED-AMONG-ASCII", "The Congreſs of the United States ſhall make no law; the Congreſs met firſt.", "The Congreſs of the United States ſhall make no law; the Congreſs met firſt."},
		{"RESTRICTED-AMONG-ASCII", "Texe yo jñatjo pjosꞹ ye nte̱'e̱ nu ñeje ꞹ.", "Texe yo jñatjo pjosꞹ ye nte̱'e̱ nu ñeje ꞹ."},
		// TRANSCRIPTION-SMALL: a stroke alone between slashes is a
		// transcription's l; a pronoun in a list of slashes stays I.
		{"TRANSCRIPTION-SMALL", "The sounds /ⵏ/ and /r/ are liquids in thе language.", "The sounds /l/ and /r/ are liquids in the language."},
		{"TRANSCRIPTION-SMALL", "The sounds [Ⅰ] and [r] are liquids in thе language.", "The sounds [l] and [r] are liquids in the language."},
		{"TRANSCRIPTION-SMALL", "Either he/Ⅰ/we will go, said thе man.", "Either he/I/we will go, said the man."},
		// SMALL-CAPITALS-WORD: a word styled wholly into small capitals is
		// its small letters (the sentence's capital given back); IPA's
		// small capitals alone and a transcription's stay.
		{"SMALL-CAPITALS-WORD", "I looked it up on ɢᴏᴏɢʟᴇ before thе meeting.", "I looked it up on google before the meeting."},
		{"SMALL-CAPITALS-WORD", "ᴛʜᴇ day was long, thе team said.", "The day was long, the team said."},
		// A word or phrase styled so in a text nobody attacked is the
		// author's, and a phrase is in any text (as 𝐛𝐨𝐥𝐝 is).
		{"SMALL-CAPITALS-WORD", "I looked it up on ɢᴏᴏɢʟᴇ before the meeting.", "I looked it up on ɢᴏᴏɢʟᴇ before the meeting."},
		{"SMALL-CAPITALS-WORD", "ᴛʜᴇ day was long. ꜰʀᴇᴇ ᴍᴏɴᴇʏ ɴᴏᴡ, they said.", "ᴛʜᴇ day was long. ꜰʀᴇᴇ ᴍᴏɴᴇʏ ɴᴏᴡ, they said."},
		{"SMALL-CAPITALS-WORD", "Bio: ꜱᴍᴀʟʟ ᴄᴀᴘꜱ ᴏɴʟʏ, and thе team knew it.", "Bio: ꜱᴍᴀʟʟ ᴄᴀᴘꜱ ᴏɴʟʏ, and the team knew it."},
		{"SMALL-CAPITALS-WORD", "The uvular stop ɢ and the small capital ɪ: ʀɪɴ is a syllable.", "The uvular stop ɢ and the small capital ɪ: ʀɪɴ is a syllable."},
		{"SMALL-CAPITALS-WORD", "The Uralic word [ᴋᴏᴛᴀ] means house.", "The Uralic word [ᴋᴏᴛᴀ] means house."},
		// A name set in small capitals after its capital stays in a
		// clean text (a contributor signs so), and goes under attack.
		{"SMALL-CAPITALS-WORD", "Patches came from Lars Dɪᴇᴄᴋᴏᴡ and Leon Brocard.", "Patches came from Lars Dɪᴇᴄᴋᴏᴡ and Leon Brocard."},
		{"SMALL-CAPITALS-WORD", "Patches came from Lars Dɪᴇᴄᴋᴏᴡ and Leon Brocard, thе team said.", "Patches came from Lars Dieckow and Leon Brocard, the team said."},
		{"SMALL-CAPITALS-WORD", "The French r is pronounced [ʀ] or [ʁ] depending on the speaker.", "The French r is pronounced [ʀ] or [ʁ] depending on the speaker."},
		// STROKE-DECOMPOSITION: 𝙸 decomposes to I; the word settles the
		// rest; Cyrillic І is by its case mapping the capital of і.
		{"STROKE-DECOMPOSITION", "He read the 𝙸A report on thе plan.", "He read the IA report on the plan."},
		{"STROKE-DECOMPOSITION", "He read the ІA report on thе plan.", "He read the IA report on the plan."},
		{"STROKE-DECOMPOSITION", "Install Gnome𝙸CU and thе rest.", "Install GnomeICU and the rest."},
		{"STROKE-DECOMPOSITION", "Install GnomeІCU and thе rest.", "Install GnomeICU and the rest."},
		{"STROKE-DECOMPOSITION", "The U𝙸 is new and thе UІ is old.", "The UI is new and the UI is old."},
		{"STROKE-DECOMPOSITION", "The 𝐈ast one and thе Ιast two.", "The last one and the last two."},
		// REDUPLICATION-TWIN: the stroke starting one half of a
		// reduplication is the letter its twin writes there, though the
		// document writes Ibemo and ibemo elsewhere.
		{"REDUPLICATION-TWIN", "Ibemo wo ye. Mani ibemo ye. Mani 𐌉bemo-lᏏemo mie dudu tari, thе bara.", "Ibemo wo ye. Mani ibemo ye. Mani lbemo-lbemo mie dudu tari, the bara."},
		// WRITTEN-CASE: before an apostrophe too, the word as written
		// (la'wet three times, Ia'wet once) outweighs the lowered glued
		// tokens (ia'wet and Ia'wet four times together).
		{"WRITTEN-CASE", "Hinok la'wet tà ia'wet kyek la'wet. Tà ia'wet hinok Ia'wet, kyek ia'wet tà ia iihi la'wet. Wok ia hinok ∣a'wet kyek nitajaho. Thе iihi ia wok ia.", "Hinok la'wet tà ia'wet kyek la'wet. Tà ia'wet hinok Ia'wet, kyek ia'wet tà ia iihi la'wet. Wok ia hinok la'wet kyek nitajaho. The iihi ia wok ia."},
		// Not for Ⅰ, which is I by its decomposition: the glued tokens
		// (ia'wet four times with Ia'wet, la'wet twice) still decide.
		{"WRITTEN-CASE", "Hinok la'wet tà ia'wet kyek ia'wet. Tà ia'wet hinok Ia'wet, kyek la'wet tà ia iihi. Wok ia hinok Ⅰa'wet kyek nitajaho. Thе iihi ia wok ia.", "Hinok la'wet tà ia'wet kyek ia'wet. Tà ia'wet hinok Ia'wet, kyek la'wet tà ia iihi. Wok ia hinok Ia'wet kyek nitajaho. The iihi ia wok ia."},
		// GLUED-TOKEN: an elided stroke is judged by the token it makes.
		{"GLUED-TOKEN", "Then he'd be there, but l's inclined to go. Ｉ'm supposed to stay. Ｉ'll start now.", "Then he'd be there, but l's inclined to go. I'm supposed to stay. I'll start now."},
		// GLYPH-VOTES-TWICE: Ⅰ decomposes to I but is settled as l in
		// thirteen words; its open use at a sentence start follows them.
		{"GLYPH-VOTES-TWICE", "The beⅠt was weⅠl made, and the goⅠf was fun. She feⅠt it was aⅠways stiⅠl and bⅠue in the morning, so coⅠd and caⅠm; the oⅠd hiⅠls heⅠp the miⅠk and the gift. Ⅰunok was the name of the boat.", "The belt was well made, and the golf was fun. She felt it was always still and blue in the morning, so cold and calm; the old hills help the milk and the gift. lunok was the name of the boat."},
		// GLYPH-ONE-LETTER: ꓲ is l in four settled words, so l in a word
		// no one knows, even at a sentence start.
		// STROKE-FOLLOWS-GLYPH: in a key no reading makes known, a stroke
		// between a digit and a capital follows the glyph's uses in known
		// words (𐌉ot, 𐌉ist: l); without them, the capital beside it in a
		// key says nothing (KEY-NOT-LANGUAGE), and 𐌉, no letter by its
		// own data, is its confusable class's l; Ｉ is I.
		{"STROKE-FOLLOWS-GLYPH", "I saw a 𐌉ot on the 𐌉ist today.\n\niD8DBQE9anH1cC3𐌉WbTT17ARAvcQ\n", "I saw a lot on the list today.\n\niD8DBQE9anH1cC3lWbTT17ARAvcQ\n"},
		{"STROKE-FOLLOWS-GLYPH", "Thе key: iD8DBQE9anH1cC3𐌉WbTT17ARAvcQ\n", "The key: iD8DBQE9anH1cC3lWbTT17ARAvcQ\n"},
		{"STROKE-FOLLOWS-GLYPH", "Thе key: iD8DBQE9anH1cC3ＩWbTT17ARAvcQ\n", "The key: iD8DBQE9anH1cC3IWbTT17ARAvcQ\n"},
		{"GLYPH-ONE-LETTER", "She feꓲt it was aꓲways stiꓲl and bꓲue in the morning. ꓲianaa was the name of the boat.", "She felt it was always still and blue in the morning. lianaa was the name of the boat."},
		// FULLWIDTH-PHRASE-IN-ENGLISH: two short fullwidth words in an
		// English text under attack are no styled phrase; in a text not
		// under attack they stay.
		{"FULLWIDTH-PHRASE-IN-ENGLISH", "This lotιon has glycerin ｉｎ ｉｔ, and that whitens the skin.", "This lotion has glycerin in it, and that whitens the skin."},
		{"FULLWIDTH-PHRASE-IN-ENGLISH", "This lotion has glycerin ｉｎ ｉｔ, and that whitens the skin.", "This lotion has glycerin ｉｎ ｉｔ, and that whitens the skin."},
		// SPOOFED-WORD-BEFORE-STOP: "howev℮r." is no abbreviation "r.":
		// the stroke after it begins a sentence, so the document's "Lt"
		// does not make it small.
		{"SPOOFED-WORD-BEFORE-STOP", "The HeaΙth board met Lt Smith on Monday; it was Ιate and it rained on the Ιittle house, howev℮r. Ｉt was marked by controversy.", "The Health board met Lt Smith on Monday; it was late and it rained on the little house, however. It was marked by controversy."},
		// LONE-DECOMPOSED: Ⅰ alone is I by its decomposition, though the
		// document writes a lone l once and a lone I nowhere else.
		{"LONE-DECOMPOSED", "Mɔgɔ bɛɛ bɛ bɔ bɔyɔrɔ la. Ⅰ bɔyɔrɔ ka di. A bɛ cɛn yɛrɛ l, í ye í ya jàmana. Thе sàriya bɛ.", "Mɔgɔ bɛɛ bɛ bɔ bɔyɔrɔ la. I bɔyɔrɔ ka di. A bɛ cɛn yɛrɛ l, í ye í ya jàmana. The sàriya bɛ."},
		// LONE-DECOMPOSED does not hold before an apostrophe: ℑ there is
		// the l' the text elides before a space (Picard).
		{"LONE-DECOMPOSED", "Tos lès-omes so l' tére, èt l' valeûr dès omes. Dins ℑ' tins d' l'anèye, thе gins sont libes.", "Tos lès-omes so l' tére, èt l' valeûr dès omes. Dins l' tins d' l'anèye, the gins sont libes."},
		// CASELESS-SMALL: ꓲ has no case; inside a sentence, before small
		// letters, it is l though the document's words begin ie more
		// often than le.
		{"CASELESS-SMALL", "Ieta iemo ienu kenda. Nopoe ieta ꓲe nogda iemo. Kate ienu iemo thе ieta.", "Ieta iemo ienu kenda. Nopoe ieta le nogda iemo. Kate ienu iemo the ieta."},
		// ELIDED-WORD: the caseless stroke before an apostrophe is the
		// elided l’ the document writes four times, not the I’ of its one
		// glued spelling I’ensenyament.
		{"ELIDED-WORD", "A través de I’ensenyament i l’educació, l’home i l’ideal de l’escola. En públic, a través de ǀ’ensenyament, la pràctica i thе culte.", "A través de I’ensenyament i l’educació, l’home i l’ideal de l’escola. En públic, a través de l’ensenyament, la pràctica i the culte."},
		// MIME-PARAMETER: a Content- header's parameter names no operand.
		{"MIME-PARAMETER", "Thе cat.\nContent-Type: text/plain; ch⍺rset=us-ascii\nContent-Disposition: attachment;\n\tfilenam℮=\"signature.asc\"\n", "The cat.\nContent-Type: text/plain; charset=us-ascii\nContent-Disposition: attachment;\n\tfilename=\"signature.asc\"\n"},
		{"MIME-PARAMETER", "Thе cat. Let x; y⍺=2 be.", "The cat. Let x; y⍺=2 be."},
		// CODE-LETTER inside a token: between a digit and a letter, or a
		// capital and a digit, a symbol drawn like a letter is one; × stays.
		{"CODE-LETTER", "Thе cat. The J2⋿E archive, the mighty B3⊤A.com and N⊤7 the first, but 2×A and 3 ∪ B stay.", "The cat. The J2EE archive, the mighty B3TA.com and NT7 the first, but 2×A and 3 ∪ B stay."},
		// ENUMERATOR-CASE: an item's letter is in the case of the text's
		// other item letters.
		{"ENUMERATOR-CASE", "Thе cat. (a) they are out, (Ƅ) they have to go.", "The cat. (a) they are out, (b) they have to go."},
		{"ENUMERATOR-CASE", "Thе cat. A) one, Ƅ) two.", "The cat. A) one, B) two."},
		// CODE-LETTER: a symbol drawn like a letter but x opening a number
		// is a version's or a model's letter, no operator; signs, roots,
		// comparisons and × stay.
		{"CODE-LETTER", "Thе cat. Razor ⋁2 release, Ericsson ⊤68</a>, Additive ⋿120 - no, and ≤5 or √2 or ×2.", "The cat. Razor v2 release, Ericsson T68</a>, Additive E120 - no, and ≤5 or √2 or ×2."},
		// SYMBOL-AS-WORD: a cross drawn like x but ×, alone between words of
		// prose, is x; × multiplies there, and between operands.
		{"SYMBOL-AS-WORD", "Thе cat. If you have ⤫ installed, then if ⤬ is not set, 2 ⨯ 3 and width × height.", "The cat. If you have x installed, then if x is not set, 2 ⨯ 3 and width × height."},
		// UUENCODE-LINE: uuencoded data has no operator and no small letter.
		// QUOTE-INITIAL: a symbol drawn like a capital before ">" opening a
		// line is a quoting mailer's initial; between operands it stays.
		{"QUOTE-INITIAL", "Gary wrote:\n\n    ⋿> Thе tests are failing again on the build host.\n\nIf a ⋿ b then c.\n", "Gary wrote:\n\n    E> The tests are failing again on the build host.\n\nIf a ⋿ b then c.\n"},
		// HEADING-NUMERAL: strokes opening a line before ". " and a capital
		// number a heading.
		{"HEADING-NUMERAL", "Thе advisory:\n\n𝙸ⅠⅠ. Impact\n\nCertain versions are affected.\n\nⅠＩ. Scope\n", "The advisory:\n\nIII. Impact\n\nCertain versions are affected.\n\nII. Scope\n"},
		// CAMEL-PIECE-CASE outside English: the pieces are judged by
		// present-day English whatever the text around them (markup here).
		{"CAMEL-PIECE-CASE", "<td><font face=\"arial\" size=\"-1\"><a href=\"http://clickthru.online.com/Click?q=b7-Xq0v\">Did you know that CNET Channel𝟢nline enables resellers</a></font></td>\n<td width=\"185\"><img height=\"114\" src=\"http://www.zdnet.com/b.gif\" width=\"6\" border=\"0\"></td>\n", "<td><font face=\"arial\" size=\"-1\"><a href=\"http://clickthru.online.com/Click?q=b7-Xq0v\">Did you know that CNET ChannelOnline enables resellers</a></font></td>\n<td width=\"185\"><img height=\"114\" src=\"http://www.zdnet.com/b.gif\" width=\"6\" border=\"0\"></td>\n"},
		// GREEK-TWIN-AMONG-ASCII: a Greek capital drawn as a Latin one,
		// glued to an operator beside ASCII letters, is no quantity.
		{"GREEK-TWIN-AMONG-ASCII", "Thе build:\n\n    INSTALLMΑN1DIR=%{buildroot}%{_mandir}/man1 \\\n    sa.sin_family=ΑF_INET;\n", "The build:\n\n    INSTALLMAN1DIR=%{buildroot}%{_mandir}/man1 \\\n    sa.sin_family=AF_INET;\n"},
		// QUOTED-BASE64: a line of base64 quoted in a reply is base64.
		{"QUOTED-BASE64", "> thanks for the ρatch, it works ѡell here and the build is fіne now.\n> -----BEGIN PGP SIGNATURE-----\n>\n> iD8DBQE9OIGtK9b4h5R0IUIRAthIAJ4wtss7gIde5srJW7/X8naPwCfakgCbBQ3Z\n> RnlQjJ0d97Da+TV1xMBY9RZRSxFvAQB℮+Ma1qmY5ΤlKL58jpwEfu3d2d4h3d4ddd\n> -----END PGP SIGNATURE-----\n", "> thanks for the patch, it works well here and the build is fine now.\n> -----BEGIN PGP SIGNATURE-----\n>\n> iD8DBQE9OIGtK9b4h5R0IUIRAthIAJ4wtss7gIde5srJW7/X8naPwCfakgCbBQ3Z\n> RnlQjJ0d97Da+TV1xMBY9RZRSxFvAQBe+Ma1qmY5TlKL58jpwEfu3d2d4h3d4ddd\n> -----END PGP SIGNATURE-----\n"},
		// OPTION-STROKE: a stroke alone after a dash opening a token is a
		// one-letter option: the one the text writes (-l twice), else l.
		{"OPTION-STROKE", "Thе \"-l\" option in \"git branch -𐌉\" is an unfortunate choice, and \"git tag -l\" lists.\n", "The \"-l\" option in \"git branch -l\" is an unfortunate choice, and \"git tag -l\" lists.\n"},
		{"OPTION-STROKE", "Thе date and clarify -𐌉 change.\n", "The date and clarify -l change.\n"},
		// ARTICLE-AMONG-ENGLISH: in a mail not judged English as a whole,
		// α stands for the article where English words stand either side.
		{"ARTICLE-AMONG-ENGLISH", "URL: http://www.newsisfree.com/click/-1,8381141,215/\nDate: 2002-09-30T03:05:02+01:00\n\nIt is eight y℮ars since botanist David Bellamy made α TV series. What went wrong?\n[1] http://www.newsisfree.com/quiz/0,7476,349695,00.htm\n[2] http://www.newsisfree.com/crossword/0,4406,180778,00.html\n", "URL: http://www.newsisfree.com/click/-1,8381141,215/\nDate: 2002-09-30T03:05:02+01:00\n\nIt is eight years since botanist David Bellamy made a TV series. What went wrong?\n[1] http://www.newsisfree.com/quiz/0,7476,349695,00.htm\n[2] http://www.newsisfree.com/crossword/0,4406,180778,00.html\n"},
		// LONE-LETTER-PLAIN: a styled or wide letter alone, or a cross
		// drawn like x where no operator stands, is the letter the text
		// writes alone again and again; one the line names stays.
		{"LONE-LETTER-PLAIN", "Thе loop:\n\n    for k, x in msg.items():\n        ｋ = ｋ.lower()\n        x2n[⤫] = x2n.get(x, 0) + 1\n        print(k, x, k in seen, seen[k])\n", "The loop:\n\n    for k, x in msg.items():\n        k = k.lower()\n        x2n[x] = x2n.get(x, 0) + 1\n        print(k, x, k in seen, seen[k])\n"},
		{"MENTIONED-CHARACTER", "Thе code point:\n\n    n = 1; m = n + n\n    ord(\"𝑛\")  # MATHEMATICAL ITALIC SMALL N\n    print(n)\n", "The code point:\n\n    n = 1; m = n + n\n    ord(\"𝑛\")  # MATHEMATICAL ITALIC SMALL N\n    print(n)\n"},
		{"MENTIONED-CHARACTER", "Thе code point:\n\n    n = 1; m = n + n\n    ord(\"𝑛\")  # Mathematical Italic Small N\n    print(n)\n", "The code point:\n\n    n = 1; m = n + n\n    ord(\"𝑛\")  # Mathematical Italic Small N\n    print(n)\n"},
		// GLOSSED-BY-NAME: a letter alone glossed with its name's last
		// word in brackets, the gloss struck too, is named.
		{"GLOSSED-BY-NAME", "The old orthography used the letter ĸ (kᴦa) for the uvular stop, and thе manuscript also uses ƿ (ѡynn) for w, as wynn (ƿ) was written.", "The old orthography used the letter ĸ (kra) for the uvular stop, and the manuscript also uses ƿ (wynn) for w, as wynn (ƿ) was written."},
		// A name's words are the line's words: "letter-k" is not "LETTER K".
		{"MENTIONED-CHARACTER", "Thе loop:\n\n    for k, x in msg.items():\n        ｋ = ｋ.lower()  # fullwidth latin small letter-k\n        print(k, x, k in seen, seen[k])\n", "The loop:\n\n    for k, x in msg.items():\n        k = k.lower()  # fullwidth latin small letter-k\n        print(k, x, k in seen, seen[k])\n"},
		{"MENTIONED-CHARACTER", "Thе loop:\n\n    for k, x in msg.items():\n        ｋ = ｋ.lower()  # fullwidth latin small letter k\n        print(k, x, k in seen, seen[k])\n", "The loop:\n\n    for k, x in msg.items():\n        ｋ = ｋ.lower()  # fullwidth latin small letter k\n        print(k, x, k in seen, seen[k])\n"},
		// COLUMN-TERM: a Latin capital alone two spaces before a help
		// text's explanation is the term explained, not prose.
		{"COLUMN-TERM", "Επιλογές:\n\n  --horizon-lines=ΑΡ  Διατηpεί ΑΡ γραμμές με τα κοινά πρόθεμα και επίθεμα.\n        N  αριθμός γραμμής\n        O  Ο αριθμός της ομάδας γραμμών.\n", "Επιλογές:\n\n  --horizon-lines=ΑΡ  Διατηρεί ΑΡ γραμμές με τα κοινά πρόθεμα και επίθεμα.\n        N  αριθμός γραμμής\n        O  Ο αριθμός της ομάδας γραμμών.\n"},
		// COLUMN-START: after a help text's column gap its prose begins.
		{"COLUMN-START", "  -k --no-db-lookup     He тражи вpcте услуге\n  -v --verbose           Не исписује поруке, ниje потребно.\n", "  -k --no-db-lookup     Не тражи врсте услуге\n  -v --verbose           Не исписује поруке, није потребно.\n"},
		// NOTATION-DOCUMENT: in a text that writes many mathematical
		// symbols drawn like no letter, a symbol alone is quoted notation;
		// a styled letter alone is still judged as elsewhere.
		{"NOTATION-DOCUMENT", "Raku abbreviations:\n\n\tiabbrev <buffer> (<) ⊂\n\tiabbrev <buffer> (>) ⊃\n\tiabbrev <buffer> != ≠\n\tiabbrev <buffer> (<=) ⊆\n\tiabbrev <buffer> (>=) ⊇\n\tiabbrev <buffer> (&) ∩\n\tiabbrev <buffer> (|) ∪\n\tiabbrev <buffer> / ÷\n\tiabbrev <buffer> e 𝑒\n\tiabbrev <buffer> U ∪\n\tdigraph ne ' .. char2nr('𝑒')\n\tiabbrеv <buffer> pi π\n", "Raku abbreviations:\n\n\tiabbrev <buffer> (<) ⊂\n\tiabbrev <buffer> (>) ⊃\n\tiabbrev <buffer> != ≠\n\tiabbrev <buffer> (<=) ⊆\n\tiabbrev <buffer> (>=) ⊇\n\tiabbrev <buffer> (&) ∩\n\tiabbrev <buffer> (|) ∪\n\tiabbrev <buffer> / ÷\n\tiabbrev <buffer> e e\n\tiabbrev <buffer> U ∪\n\tdigraph ne ' .. char2nr('e')\n\tiabbrev <buffer> pi π\n"},
		// SECOND-OF-CAPITAL: a stroke after a word's capital first letter
		// and before small letters follows the glyph's settled uses (l
		// here), not a letter model that reads the I as i.
		{"SECOND-OF-CAPITAL", "Fehler beim Entschlüsseℑn der Daten.\n\nDer Schℑüssel ist ungültig.\n\nGℑobale Einstellungen (%s):\n\nDie Verbindung wurde geschℑossen.\n\nZufallszahℑen sind nicht verfügbar.\n\nDie Datei wird gelesen.\n\nDer Schlüssel wurde gelesen.\n\nDie Verbindung ist geschlossen.\n\nZufallszahlen fehlen.\n\nEntschlüsseln nicht möglich.\n\nUnbekannte Option: %s\n\nDie Funktion ist nicht verfügbar.\n\nDie Version gibt es nicht.\n", "Fehler beim Entschlüsseln der Daten.\n\nDer Schlüssel ist ungültig.\n\nGlobale Einstellungen (%s):\n\nDie Verbindung wurde geschlossen.\n\nZufallszahlen sind nicht verfügbar.\n\nDie Datei wird gelesen.\n\nDer Schlüssel wurde gelesen.\n\nDie Verbindung ist geschlossen.\n\nZufallszahlen fehlen.\n\nEntschlüsseln nicht möglich.\n\nUnbekannte Option: %s\n\nDie Funktion ist nicht verfügbar.\n\nDie Version gibt es nicht.\n"},
		// ARROW-BESIDE-NUMBER: an arrow drawn like x between two operands,
		// a number one of them, is the x of a size.
		{"ARROW-BESIDE-NUMBER", "The touchscreen shows 800 ⤬ 600 pixels, and thе box is 5ft ⤬ 4ft inside.\n", "The touchscreen shows 800 x 600 pixels, and the box is 5ft x 4ft inside.\n"},
		// STYLED-COUNTS-AS-ITS-SCRIPT: in a Cyrillic text, a word of Latin
		// letters, styled letters and a spoof is Latin.
		{"STYLED-COUNTS-AS-ITS-SCRIPT", "Project-Id-Version: gdk-pixbuf\nReport-M𑣁𝘨i𝖽-Bugs-To: bugs@example.org\nLanguage: ru\n\nОшибка при загрузке изображения\n\nНе удалось открыть файл\n\nАнимация не поддерживается\n", "Project-Id-Version: gdk-pixbuf\nReport-Msgid-Bugs-To: bugs@example.org\nLanguage: ru\n\nОшибка при загрузке изображения\n\nНе удалось открыть файл\n\nАнимация не поддерживается\n"},
		// GREEK-OPTION: a Greek letter alone after a dash opening a token,
		// in a text with no Greek of its own, is a one-letter option.
		{"GREEK-OPTION", "Thе patch:\n\n    cvs diff -b -w -υ -d -r1.76 -r1.77\n    lilo -υ /dev/hda\n", "The patch:\n\n    cvs diff -b -w -u -d -r1.76 -r1.77\n    lilo -u /dev/hda\n"},
		// ADDRESS-LETTER: in a URL among ASCII letters, a letter drawn like
		// an ASCII one is that letter where the text writes no extended
		// orthography.
		{"ADDRESS-LETTER", "But punｃhing the line always gives the same signature error, so something else is missing.\n\nExmh-users mailing list\nhttps://listman.redhat.com/mailman/listinƒo/exmh-users\n", "But punching the line always gives the same signature error, so something else is missing.\n\nExmh-users mailing list\nhttps://listman.redhat.com/mailman/listinfo/exmh-users\n"},
		// PRONOUN-BEFORE-ARTICLE: a determiner that is a pronoun too
		// (this, her) may stand before the article α stands for.
		{"PRONOUN-BEFORE-ARTICLE", "Does anyone do this already? Or is this α new concept? I have seen it done for a shell sеrver, and I had to get her α palm for the trip.\n", "Does anyone do this already? Or is this a new concept? I have seen it done for a shell server, and I had to get her a palm for the trip.\n"},
		// EMPHASIS-AFTER-ARTICLE: emphasis opening the next word is no
		// punctuation after the article α stands for.
		{"EMPHASIS-AFTER-ARTICLE", "It's not α *trick*! It just requires that the dіstro be built first, and then a _second_ run.\n", "It's not a *trick*! It just requires that the distro be built first, and then a _second_ run.\n"},
		// TIMES-BESIDE-NUMBER: × between two operands, a number one of
		// them, is the operator where the text writes x there no more
		// often; where it writes "can x 24" again and again, it is x.
		{"TIMES-BESIDE-NUMBER", "Délka záznamu BLOKŮ × 512 bajtů\n\nFormát taru GNU 1.13.x\n\nNeznámý příkaz. Zařízení sе liší, zařízení se liší.\n", "Délka záznamu BLOKŮ × 512 bajtů\n\nFormát taru GNU 1.13.x\n\nNeznámý příkaz. Zařízení se liší, zařízení se liší.\n"},
		{"TIMES-BESIDE-NUMBER", "Offers this week:\nGuinness Draught 500ml can x 24\nNow 42.14 Euro Save 5.62 Euro\nHeineken 330ml bottle x 24\nNow 30.12 Euro Save 4.10 Euro\nGuinness Draught 440ml can × 24\nNow 42.32 Euro Save 5.44 Euro\nStella Artois 330ml bottle x 24\nNow 32.00 Euro Save 3.00 Euro\nOffer ends Friday, whilе stocks last.\n", "Offers this week:\nGuinness Draught 500ml can x 24\nNow 42.14 Euro Save 5.62 Euro\nHeineken 330ml bottle x 24\nNow 30.12 Euro Save 4.10 Euro\nGuinness Draught 440ml can x 24\nNow 42.32 Euro Save 5.44 Euro\nStella Artois 330ml bottle x 24\nNow 32.00 Euro Save 3.00 Euro\nOffer ends Friday, while stocks last.\n"},
		// ARMOR-CHECKSUM: a PGP armor's checksum line, quoted or not, is
		// base64 (BASE64-IS-ASCII), not "=" before a formula's letter.
		{"ARMOR-CHECKSUM", "> thanks for the ρatch, it works ѡell here and the build is fіne now.\n> -----BEGIN PGP SIGNATURE-----\n>\n> iD8DBQE9OIGtK9b4h5R0IUIRAthIAJ4wtss7gIde5srJW7/X8naPwCfakgCbBQ3Z\n> DJAuHklXX3TlR8pVjp2LWIA=\n> =E𝗸5X\n> -----END PGP SIGNATURE-----\n", "> thanks for the patch, it works well here and the build is fine now.\n> -----BEGIN PGP SIGNATURE-----\n>\n> iD8DBQE9OIGtK9b4h5R0IUIRAthIAJ4wtss7gIde5srJW7/X8naPwCfakgCbBQ3Z\n> DJAuHklXX3TlR8pVjp2LWIA=\n> =Ek5X\n> -----END PGP SIGNATURE-----\n"},
		{"UUENCODE-LINE", "Thе file:\n\nbegin 666 oops2.dat\nM*0𝖨3=&%C:SH@,# P,# P,#$@9C5E9F5F-C @8S R-#5E-S8@8S$Y969B-# @\nM/3⟙]/3⟙]/3T]/3⟙]/3⊤]/0IK<WEM;V]P<R R+C0N,2!O;B!I-C@V(#(N-\"XQ\n`\nend\n", "The file:\n\nbegin 666 oops2.dat\nM*0I3=&%C:SH@,# P,# P,#$@9C5E9F5F-C @8S R-#5E-S8@8S$Y969B-# @\nM/3T]/3T]/3T]/3T]/3T]/0IK<WEM;V]P<R R+C0N,2!O;B!I-C@V(#(N-\"XQ\n`\nend\n"},
		// PERCENT-ESCAPE, URL-NO-OPERATOR: a URL writes no arithmetic; a
		// look-alike of a hexadecimal letter in a percent escape is that
		// digit. Outside a URL the cross between numbers stays.
		{"URL-NO-OPERATOR", "Thе cat. http://x.com/Click?q=38-bLkmIRM1⋿YfXXY_n and http://x.com/ed_13×13.gif", "The cat. http://x.com/Click?q=38-bLkmIRM1EYfXXY_n and http://x.com/ed_13x13.gif"},
		{"PERCENT-ESCAPE", "Thе cat. <a href=\"http://z.com/go?u=http%3A%2F%2Fwww%2⋿us%2Ebuy%2Ecom\">x</a>", "The cat. <a href=\"http://z.com/go?u=http%3A%2F%2Fwww%2Eus%2Ebuy%2Ecom\">x</a>"},
		{"URL-NO-OPERATOR", "Thе cat is 13×13 big and 2×3 is 6.", "The cat is 13×13 big and 2×3 is 6."},
		// DIFF-LINE: a patch's + or - opening a line is no operator.
		{"DIFF-LINE", "Thе patch.\n--- a.t\n+++ a.t\n@@ -2,7 +2,7 @@\n-sarun (\"-L\", \\&cb);\n+o𝘬 (sarun (\"-L\", \\&cb);\n", "The patch.\n--- a.t\n+++ a.t\n@@ -2,7 +2,7 @@\n-sarun (\"-L\", \\&cb);\n+ok (sarun (\"-L\", \\&cb);\n"},
		// STROKE-JOINED-CASE: a lone stroke joined by full stops or
		// underscores to letters, or in a word spelt out, takes their case;
		// not a sentence's I written without the space after the stop.
		{"STROKE-JOINED-CASE", "Thе cat on c.𐌉.py and 𐌉.m. orchard, F 𐌉 i p i t o r, _𐌉_o_o_s_e_, I.B.M. and 𐌉 went. 𐌉.e. yes. So it.𐌉 said.", "The cat on c.l.py and l.m. orchard, F l i p i t o r, _l_o_o_s_e_, I.B.M. and I went. I.e. yes. So it.I said."},
		// START-FOLLOWS-GLYPH: a glyph drawn small opens a sentence as the
		// capital unless its uses inside words show it is put for the small
		// letter; a word's first letter inside a sentence is no such use.
		{"START-FOLLOWS-GLYPH", "It is aƄout the caƄle and the laƄel.\n\n(Ƅonus points if you know.) Ƅut it is so.", "It is about the cable and the label.\n\n(bonus points if you know.) but it is so."},
		{"START-FOLLOWS-GLYPH", "It was said. Ƅut the Ƅank said no. But the bank also said yes to the Ꭲown.", "It was said. But the bank said no. But the bank also said yes to the Town."},
		// KEY-NO-VOTE: what the capitals beside a stroke in a key settled
		// it as is no use of the glyph: its uses in words decide the key's
		// strokes and the word no reading makes known (Ⲓinux).
		{"KEY-NO-VOTE", "Hello, the Ⲓinux kernel is a Ⲓittle Ⲓarge and we wiⲒⲒ fix it.\nc21wKQogCSV7ZXhwYW5kOiUⲒZGVmaW5ⲒIGtzbXAg\n", "Hello, the linux kernel is a little large and we will fix it.\nc21wKQogCSV7ZXhwYW5kOiUlZGVmaW5lIGtzbXAg\n"},
		// ELISION-END reads 'll in a text too struck to be judged English.
		{"ELISION-END", "te:\n\n> I guҽss I'𖼨l ꜱe𝚝tlҽ foг 𝚝he /dev", "te:\n\n> I guess I'll settle for the /dev"},
		// ELIDED-OWN-LETTER: a lone stroke before an apostrophe that no
		// count reads (a text too struck to be judged English) is its own
		// data's letter, whatever the few clean words' letters lean to.
		{"ELIDED-OWN-LETTER", "why Ｉ've given up\nlinux", "why I've given up\nlinux"},
		// ELIDED-WORD counts the elided word as written: the Occitan i’
		// (there), four times, is no I’, and the stroke is the l’ of
		// l’ostal.
		{"ELIDED-WORD", "Se i’a de monde, i’an vist l’ostal e i’èra la gent. Dins ǀ’ostal i’a de pan e thе vin.", "Se i’a de monde, i’an vist l’ostal e i’èra la gent. Dins l’ostal i’a de pan e the vin."},
		// HEADING-LAST-WORD: a heading's last word, with capitals before
		// it and nothing after it on its line, is in capitals too.
		{"HEADING-LAST-WORD", "ƐFA ONIPA BIA KYƐFA H🯰\n\nEsiane sɛ nipa nyinaa ho kwan. Thе bia.", "ƐFA ONIPA BIA KYƐFA HO\n\nEsiane sɛ nipa nyinaa ho kwan. The bia."},
		// BREATHING-OPENS-WORD: the Latin o before ὐ is ο, not σ, though
		// the page writes σ before υ more often.
		// DICTIONARY-WORD: o is σ or ο; the dictionary's word decides where
		// the document's words do not.
		{"DICTIONARY-WORD", "Ο Δήμος αvακοινώvει ότι από τη Δεuτέρa 17 Ιoυνίου ξεκιvoύν oι εγγpαφές για τα Κέντpα Δημιουpγικής Aπaσχόλησης Παiδιών (ΚΔΑΠ) yια τη σχολiκή χρονιά 2024–2025. Oι αιτήσεις uποβάλλoντaι ηλεκτρoνiκά, με κωδiκούς TAXISnet. Για περiσoότερες πληροφορίες οi ενδιαφεpόμενοι μπορoύv νa απευθύνοvται στη Διεύθυνση Κοιvωνικής Πpooτασίας, κaθημεpιvά 08:00–14:00.",
			"Ο Δήμος ανακοινώνει ότι από τη Δευτέρα 17 Ιουνίου ξεκινούν οι εγγραφές για τα Κέντρα Δημιουργικής Απασχόλησης Παιδιών (ΚΔΑΠ) για τη σχολική χρονιά 2024–2025. Οι αιτήσεις υποβάλλονται ηλεκτρονικά, με κωδικούς TAXISnet. Για περισσότερες πληροφορίες οι ενδιαφερόμενοι μπορούν να απευθύνονται στη Διεύθυνση Κοινωνικής Προστασίας, καθημερινά 08:00–14:00."},
		{"BREATHING-OPENS-WORD", "Ἡ σύνοδος τοῦ ἀνθρώπου σὺ σύνεσις σύνοδος σύμβολο σὺ ἀσύλου εἶναι ἡ ἐλευθερία. oὐσιαστικὴ ἡ ἐλευθερία εἶναι.", "Ἡ σύνοδος τοῦ ἀνθρώπου σὺ σύνεσις σύνοδος σύμβολο σὺ ἀσύλου εἶναι ἡ ἐλευθερία. οὐσιαστικὴ ἡ ἐλευθερία εἶναι."},
		// LETTER-IN-COMPOUND, GLYPH-USED-AS-SPOOF: lone Greek letters.
		{"LETTER-IN-COMPOUND", "Thе plan was twice-α-year and once-in-α-lifetime.", "The plan was twice-a-year and once-in-a-lifetime."},
		{"LETTER-IN-COMPOUND", "The α-helix is stable and thе vote was 3-α-2.", "The α-helix is stable and the vote was 3-α-2."},
		{"GLYPH-USED-AS-SPOOF", "Thе cαt and thαt cαr: her α day was long.", "The cat and that car: her a day was long."},
		{"GLYPH-USED-AS-SPOOF", "The stock has a β of 1.2, and thе fund's α is low; cαt and thαt.", "The stock has a β of 1.2, and the fund's α is low; cat and that."},
		{"GLYPH-USED-AS-SPOOF", "⟙he film is thin. ⟙his is why ⟙ is the thickness of the film.", "The film is thin. This is why T is the thickness of the film."},
		{"GLYPH-USED-AS-SPOOF", "⟙he film is thin, so ⟙ is the thickness of the film.", "The film is thin, so ⟙ is the thickness of the film."},
		// NOTATION-LETTERS: no notation puts a symbol beside î.
		{"NOTATION-LETTERS", "Li dreut ∨î è bon, thе plan.", "Li dreut vî è bon, the plan."},
		{"NOTATION-LETTERS", "The set A ∪ B and ∨φ hold.", "The set A ∪ B and ∨φ hold."},
		// ROMAN-NUMERAL-LETTERS: one numeral character per letter.
		{"ROMAN-NUMERAL-LETTERS", "Thе Article ⅩⅠⅩ and ⅠⅩ and ⅠⅠ here.", "The Article XIX and IX and II here."},
		{"ROMAN-NUMERAL-LETTERS", "Chapter ⅩⅠⅩ here.", "Chapter ⅩⅠⅩ here."},
		// NUMERAL-ONE-CASE: Ⅰⅰ mixes the cases, so it is no numeral; the
		// document's word li decides.
		{"NUMERAL-ONE-CASE", "Sa li la, li pa la, ek Ⅰⅰ vin thе jour.", "Sa li la, li pa la, ek li vin the jour."},
		// ELISION-END: the end of an elision is small, a word elided to is not.
		// OPTION-LETTER: a short option is the letter its long option
		// begins with.
		{"OPTION-LETTER", "Usage: grep [OPTION]\n  -𐌉, --level=N     thе level\n  -Ⅰ, --include=GLOB  files\n", "Usage: grep [OPTION]\n  -l, --level=N     the level\n  -I, --include=GLOB  files\n"},
		{"OPTION-LETTER", "    -𐌉 --ignore-local    Ignorar els serveis locals, thе rest.\n", "    -l --ignore-local    Ignorar els serveis locals, the rest.\n"},
		// ... after the short option's argument, after a bar, or before it;
		// the same glyph beginning the long name is l, a name is small.
		{"OPTION-LETTER", "𐌉t starts.\n  -𐌉 [N], --load-average[=N]   nе startuj\n", "It starts.\n  -l [N], --load-average[=N]   ne startuj\n"},
		{"OPTION-LETTER", "𐌉t starts.\n        [--limit=N | -𐌉 N] [-S | --statistics] thе rest\n", "It starts.\n        [--limit=N | -l N] [-S | --statistics] the rest\n"},
		{"OPTION-LETTER", "𐌉t starts.\n  -𐌉|--𐌉iѕtq               spojí thе části\n", "It starts.\n  -l|--listq               spojí the části\n"},
		// An I where no word of the name begins with l (include-directories).
		{"OPTION-LETTER", "  -𝑰,  --include-directories=LISTA  lista dе diretórios\n", "  -I,  --include-directories=LISTA  lista de diretórios\n"},
		// METAVARIABLE-CAPITALS: an argument in capitals with look-alikes of
		// capitals in it is spoofed, a formula's term is not; an operand of
		// three letters the text writes elsewhere is that word.
		{"METAVARIABLE-CAPITALS", "  -w,  --wait=𝐒EK   ta en thе\n mode=TILΑ  tila\n", "  -w,  --wait=SEK   ta en the\n mode=TILA  tila\n"},
		{"METAVARIABLE-CAPITALS", "The law E=hν and dx=νdt and T←ιN hold, thе rest.\n", "The law E=hν and dx=νdt and T←ιN hold, the rest.\n"},
		{"OPERAND-WRITTEN", " [-d path | --database=⍴ot] the pot thе\n", " [-d path | --database=pot] the pot the\n"},
		// CAMEL-PIECE-BEGUN: in a camel-cased word, the reading whose piece
		// is a word; not in an option cluster, nor after a piece no word.
		{"CAMEL-PIECE-BEGUN", "It raised 𐌉ndentationError in XvCreate𐌉mage, ZSTD_c_stable𐌉nBuffer and Blocking𐌉OError, thе rest.\n", "It raised IndentationError in XvCreateImage, ZSTD_c_stableInBuffer and BlockingIOError, the rest.\n"},
		{"CAMEL-PIECE-BEGUN", "It played Nul𐌉Soft video, thе rest.\n", "It played NullSoft video, the rest.\n"},
		{"CAMEL-PIECE-BEGUN", "Use -i𐌉rsD or RHC_TOPdwn𐌉ds.gif, thе rest.\n", "Use -ilrsD or RHC_TOPdwnlds.gif, the rest.\n"},
		// PRINTF-LENGTH: a stroke before a conversion's letter is C's
		// length modifier; glibc's I flag only where the text writes it.
		{"PRINTF-LENGTH", "vyöhykettä käytetty (%𐌉d%%)\nKäyttäjä-ID\n", "vyöhykettä käytetty (%ld%%)\nKäyttäjä-ID\n"},
		{"PRINTF-LENGTH", "تعداد ژتون‌ها (%Id) و (%𐌉d) thе rest\n", "تعداد ژتون‌ها (%Id) و (%Id) the rest\n"},
		// N1: a strftime conversion is code, not a word of the text.
		{"N1", "Күні:\n\n%b %e  %Y\n\n%b %e %H:%M\n\nПайдаланушы кітaп пен дәптeр алды.\n", "Күні:\n\n%b %e  %Y\n\n%b %e %H:%M\n\nПайдаланушы кітап пен дәптер алды.\n"},
		// ASCII-SLOT: a conversion after a positional argument (%3$l⤫).
		{"ASCII-SLOT", "%1$s: 0x%3$l⤫ adresinde geçersiz thе rest\n", "%1$s: 0x%3$lx adresinde geçersiz the rest\n"},
		{"ELISION-END", "I said that Uncle Dan'𐌉 reached his car, and I saw thе rest.", "I said that Uncle Dan'l reached his car, and I saw the rest."},
		{"ELISION-END", "Atique de l'Ｉndependance), and thе rest.", "Atique de l'Independance), and the rest."},
		{"ELISION-END", "Tos lès djins vinèt å monde lîbes, dè-l djustice po tot. I n'sont nin foû rêzon, èt l'ome a s'dreût dè-ꓲ djustice. Zèls ont leu dignité; thе Type-Ι error.",
			"Tos lès djins vinèt å monde lîbes, dè-l djustice po tot. I n'sont nin foû rêzon, èt l'ome a s'dreût dè-l djustice. Zèls ont leu dignité; the Type-I error."},
		// HYPHEN-COMPOUND: the parts of a compound are one word.
		{"HYPHEN-COMPOUND", "Thе new ѕсоре-рау plan and the ѕсоре of it.", "The new scope-pay plan and the scope of it."},
		{"HYPHEN-COMPOUND", "They went to Ростов-на-Дону by train, thе city.", "They went to Ростов-на-Дону by train, the city."},
		// INSCRIPT-STROKE-L: a word of Latin look-alikes alone is judged
		// with its strokes read as l too.
		{"INSCRIPT-STROKE-L", "He did it ɯꬲƖƖ and thе rest was fine.", "He did it well and the rest was fine."},
		// ONCE-AT-SPOOF-RATE: ƒ in one word, an unknown one, among many f.
		{"ONCE-AT-SPOOF-RATE", "Fakaveaga fakatufono fakalahi fakatokanoa fakatikai fakavihia, fakaatā fakailoa fifine fafine. Ko e tau tagata oti kua fanau ai ke he tokanoaaga, mo e fakatatai. Falu fakaleveki ƒlrvja ē fakalofa ke he taha. ｔau fakatufono.",
			"Fakaveaga fakatufono fakalahi fakatokanoa fakatikai fakavihia, fakaatā fakailoa fifine fafine. Ko e tau tagata oti kua fanau ai ke he tokanoaaga, mo e fakatatai. Falu fakaleveki flrvja ē fakalofa ke he taha. tau fakatufono."},
		// FOREIGN-STROKE-L: a stroke in a whole foreign word read as l.
		{"FOREIGN-STROKE-L", "He said һҽӀԁ and thе rest.", "He said held and the rest."},
		// DIGIT-IN-NUMBER: a digit look-alike among ASCII digits.
		{"DIGIT-IN-NUMBER", "The Airbus A3৪0 and the Boeing 7৪7 flew.", "The Airbus A380 and the Boeing 787 flew."},
		{"DIGIT-IN-NUMBER", "Класс 1б и 2а.", "Класс 1б и 2а."},
		// HEX-PREFIX: the x of a hexadecimal literal; a 4х5 between digits
		// in a text of Latin letters is a look-alike of a size's x
		// (DIMENSION-CROSS; N4 keeps it in a Cyrillic text), and a letter
		// of the text's own script its author's.
		{"HEX-PREFIX", "Outside 0х20..0⤬7E the bytes are octal; RES=0𝚡00 and 4х5.", "Outside 0x20..0x7E the bytes are octal; RES=0x00 and 4x5."},
		// HEX-PREFIX-CROSS: the multiplication sign before a number with a
		// hexadecimal letter or of three digits is a literal's x; before
		// 10 it is arithmetic.
		{"HEX-PREFIX-CROSS", "Thе seed =3D (0×015a4e35 * n) and ./ecpc4 -j 0×123, but 0×10 = 0.", "The seed =3D (0x015a4e35 * n) and ./ecpc4 -j 0x123, but 0×10 = 0."},
		{"HEX-PREFIX", "Байт 0х20 — это пробел, а 0𝚡0A — перевод строки.", "Байт 0х20 — это пробел, а 0x0A — перевод строки."},
		// ORTHOGRAPHY-IN-WORDS: a letter written alike in one word said
		// twice shows no orthography that would own the text's other
		// extended letters.
		{"ORTHOGRAPHY-IN-WORDS", "Pipeline has fɑiled for Renée Caƽtillo.\nCommit Author: Renée Caƽtillo\nProject: Plɑtform billing, the tests fɑiled again.",
			"Pipeline has failed for Renée Castillo.\nCommit Author: Renée Castillo\nProject: Platform billing, the tests failed again."},
		// NAME-PARTICLE: a small word between two names keeps its
		// language's letter, though restored it is a rare English word.
		// NAME-PARTICLE: the pronoun I is no name around a small word.
		{"NAME-PARTICLE", "> I suþpose I should send this to the ALSA developers. Сheck it.", "> I suppose I should send this to the ALSA developers. Check it."},
		// THORN-WRITES-TH: a text whose words holding þ read far more
		// often with th than with p (þe, wiþ, þat) writes þ as its th;
		// one whose words read with th are seldom English puts þ for p,
		// in words no one knows too.
		{"THORN-WRITES-TH", "Tһe Middle English text reads: þe knyght was wiþ his lady, and þat was good. Wе read it slowly.", "The Middle English text reads: þe knyght was wiþ his lady, and þat was good. We read it slowly."},
		{"THORN-WRITES-TH", "> I would suþport the rþms, and þreferrably a rþmbuild of them too. Wе read it.", "> I would support the rpms, and preferrably a rpmbuild of them too. We read it."},
		{"THORN-WRITES-TH", "Thе software is provided to þersons to whom it is furnished, by Ondřej Surý and others.", "The software is provided to persons to whom it is furnished, by Ondřej Surý and others."},
		// ... in a word with other spoofs too, of small letters; a name's
		// þ may be Icelandic's, whatever else is spoofed in it.
		{"THORN-WRITES-TH", "The sþokeｓwoman said it, and thе rest agreed.", "The spokeswoman said it, and the rest agreed."},
		{"THORN-WRITES-TH", "The Alþingι first met at Þiռ𝘨vellir, and thе rest followed.", "The Alþingi first met at Þingvellir, and the rest followed."},
		{"NAME-PARTICLE", "The poet Nana Asmau, a daughter of Usman ɗan Fodio, wrote in three languages, and the students in the class read her poems with thе teacher every week.",
			"The poet Nana Asmau, a daughter of Usman ɗan Fodio, wrote in three languages, and the students in the class read her poems with the teacher every week."},
		// DOTTED-INITIAL: a letter of an abbreviation spelt with full stops;
		// a letter of the typist's layout is kept.
		{"DOTTED-INITIAL", "Wei Zhang, Ph.Ⅾ., from ꓟ.D. school (e.ց. thе lab).", "Wei Zhang, Ph.D., from M.D. school (e.g. the lab)."},
		{"DOTTED-INITIAL", "Ваша Оля\n\nР. S. Высылаю фотогрaфии.", "Ваша Оля\n\nР. S. Высылаю фотографии."},
		// NATIVE-WORDS: a word with a digit restored to no known form (10þm)
		// is no evidence that the letter is the text's own.
		{"NATIVE-WORDS", "𝑾aᴦeᏂou𑣁e Oþer⍺tives - immeｄi⍺tꬲ start\n\nDaγs (6⍺m-2pm) and latꬲ𑣁 (2pm-10þm), Mond⍺𝘆 ｔo 𑣂riｄ⍺y. £12.10/Ꮒouᴦ, £13.00/h๐ur for lates. Pic𝗸⍳nｇ, packing and lo⍺ding fｏr ⍺ Ꮒϭme furni𑣁hiռgs retailer. 𑣂rꬲꬲ þarking, ｏn-𑣁ite canteen, ѡeꬲk𐌉𝘆 pay. Sｔꬲꬲl toe-c⍺p bootѕ þｒovide𝖽. FLT liceռce a𝗻 aｄvantage ｂuｔ 𝗻ot requiᴦꬲd.\n\nApply ⍳n peᴦson ⍺t Нarᴦow Logiѕtics, 𖽂n⍳ｔ 4, Bｒϭokfield Park, any weekday betwꬲen 9⍺m and 3þm, or email jobs@haｒroᴡlogisｔics.co.uk.",
			"Warehouse Operatives - immediate start\n\nDays (6am-2pm) and lates (2pm-10pm), Monday to Friday. £12.10/hour, £13.00/hour for lates. Picking, packing and loading for a home furnishings retailer. Free parking, on-site canteen, weekly pay. Steel toe-cap boots provided. FLT licence an advantage but not required.\n\nApply in person at Harrow Logistics, Unit 4, Brookfield Park, any weekday between 9am and 3pm, or email jobs@harrowlogistics.co.uk."},
		// DIGIT-CASE: a digit drawn like a letter is TR39's letter, small
		// between small letters.
		{"DIGIT-CASE", "Reply YES to confirm, N𝟎 to cancel; mac𝟎S and a C٧ for thе g𝟎od job.", "Reply YES to confirm, NO to cancel; macOS and a CV for the good job."},
		// BARRED-TAG: bars round a name joined by a full stop or an
		// underscore are link marks, no absolute value's (|𝐱| stays).
		{"BARRED-TAG", "Thе bug fixes compared to Vim 5.x.\n\nSee |𝚟ℹ_diff.txt| for an overview, and |CTRL-W_CTRL-𝐅| too. The value |𝐱| stays.",
			"The bug fixes compared to Vim 5.x.\n\nSee |vi_diff.txt| for an overview, and |CTRL-W_CTRL-F| too. The value |𝐱| stays."},
		// NOTATION-SYMBOLS: an other symbol drawn like a letter is no
		// formula's term beside an operator (a shell's pipe).
		{"NOTATION-SYMBOLS", "Thе loop: if unzip -v $i | gr℮p -q FILE\nthen echo ok", "The loop: if unzip -v $i | grep -q FILE\nthen echo ok"},
		// IDENTIFIER-IS-ASCII: Ewe's ƒ, in identifiers of a text of no
		// extended orthography under attack, is the ASCII f.
		{"IDENTIFIER-IS-ASCII", "Тhe socket module: call setdeƒaulttimeout(timeout) first, then getaddrinƒo(host) and nl_langinƒo(CODESET) read the locale; the frame keeps ƒ_builtins. See thе notes.",
			"The socket module: call setdefaulttimeout(timeout) first, then getaddrinfo(host) and nl_langinfo(CODESET) read the locale; the frame keeps f_builtins. See the notes."},
		// CODE-POINT-DIGITS: after U+ a code point's digits are ASCII,
		// styled or not.
		{"CODE-POINT-DIGITS", "Thе code points U+D800...U+𝘿𝐅𝐅𝐅 and U+00Ｅ9 cannot be specified.", "The code points U+D800...U+DFFF and U+00E9 cannot be specified."},
		// TABLE-BAR: a bar that opens or closes a line parts a table's
		// cells, no operator beside a term (|𝐱| stays notation).
		{"TABLE-BAR", "Thе codecs and their aliases are listed below for the reader.\n\n| cp037 | I𝐁M037, IBM039 | English |\n\nThe absolute value |𝐱| = 3 holds.",
			"The codecs and their aliases are listed below for the reader.\n\n| cp037 | IBM037, IBM039 | English |\n\nThe absolute value |𝐱| = 3 holds."},
		// WRITTEN-CAMEL: between small letters a digit is the capital
		// where the document writes the word so, whichever case TR39
		// gives it (𝟎 is O, ० is o).
		{"WRITTEN-CAMEL", "Thе PyObject type: every PyObject has a count. Call Py𝟎bject_New or pass a Py०bject pointer; a PyObject is freed.",
			"The PyObject type: every PyObject has a count. Call PyObject_New or pass a PyObject pointer; a PyObject is freed."},
		// CAMEL-PIECE-CASE: between small letters a digit begins a camel
		// piece with TR39's capital where the pieces are known and the
		// word read small is none; "crossover" is a word.
		{"CAMEL-PIECE-CASE", "Тһe patеnt on Smart𝟎bject and Open𝟎ffice, the handler onMouse𝟎ver, and the Cross𝟎ver project for the g𝟎od job.",
			"The patent on SmartObject and OpenOffice, the handler onMouseOver, and the Crossover project for the good job."},
		// In a word camel case elsewhere the piece before may be a name
		// (MonaLisa), where the piece begun is a word.
		{"CAMEL-PIECE-CASE", "Thanks to MonaLisa𝟢verdrive for it, and thе rest.", "Thanks to MonaLisaOverdrive for it, and the rest."},
		// TARGET-CASE: a glyph drawn small is small unless the word is a name.
		{"TARGET-CASE", "It was part of the Ƅlue South, thе plan. The Ƅoard is diminished. He was third Ƅaseman Joe.",
			"It was part of the blue South, the plan. The board is diminished. He was third baseman Joe."},
		// WRITTEN-CASE: "ib" (one) is frequent, the heading is "(lb)".
		{"WRITTEN-CASE", "Ib muax ib. (lb) Cuat dol ib zaug ib. (lb) Cuat nit ib tug ib. (lb) Cuat ib. (𐊊b) Cuat muax ib thе ib.",
			"Ib muax ib. (lb) Cuat dol ib zaug ib. (lb) Cuat nit ib tug ib. (lb) Cuat ib. (lb) Cuat muax ib the ib."},
		// SECTION-AND-WORD: Kabardian writes the stroke І or ӏ, by section;
		// a word the document spells with І elsewhere, amid a section that
		// writes ӏ, takes ӏ. CASE-PAIR-ONCE: ӏ and its capital Ӏ are one
		// candidate, not a tie between two letters that lets the word's
		// other spelling through.
		{"SECTION-AND-WORD", strokeSections("иlэщ"), strokeSections("иӏэщ")},
		{"CASE-PAIR-ONCE", strokeSections("иlэщ"), strokeSections("иӏэщ")},
		// CAPITAL-BY-PLACE: "The" is capitalised by its place, no name beside Ƅ.
		{"CAPITAL-BY-PLACE", "He went to the Fund. The Ƅank installed a desk and the Bank of Ohio was thеre.", "He went to the Fund. The bank installed a desk and the Bank of Ohio was there."},
		{"CAPITAL-BY-PLACE", "He went to the Fund. Tℎｅ Ƅank installed a desk and the Bank of Ohio was thеre.", "He went to the Fund. The bank installed a desk and the Bank of Ohio was there."},
		// CASELESS-INITIALISM: ۷ has no case; English writes TV in capitals.
		{"CASELESS-INITIALISM", "They sat by the radio and T۷ all night, and thе rest of them.", "They sat by the radio and TV all night, and the rest of them."},
		{"CASELESS-INITIALISM", "We met Smith & C০. at noon, and thе rest of them.", "We met Smith & Co. at noon, and the rest of them."},
		{"CASELESS-INITIALISM", "The congregation. (C০-optation means to choose, and thе rest.", "The congregation. (Co-optation means to choose, and the rest."},
		// CASELESS-NUMERAL: ۷ has no case; after X it makes the numeral XV.
		{"CASELESS-NUMERAL", "Artigo XIV. Todo homem tem direito. Artigo X۷. Todo homem tem direito à nacionalidade. Thе end.", "Artigo XIV. Todo homem tem direito. Artigo XV. Todo homem tem direito à nacionalidade. The end."},
		// ABBREVIATION-NOT-NUMERAL: Ill. before a comma is Illinois, not III.
		{"ABBREVIATION-NOT-NUMERAL", "Mrs. Dean of Hinsdale, Iꓲ∣., and thе rest of them.", "Mrs. Dean of Hinsdale, Ill., and the rest of them."},
		{"ABBREVIATION-NOT-NUMERAL", "Henry Iꓲ∣. Then thе rest of them.", "Henry III. Then the rest of them."},
		// MAJORITY-SPELLING-IN-ENGLISH: words present-day English knows
		// (laptop) are known words, not an orthography's own.
		{"MAJORITY-SPELLING-IN-ENGLISH", "You can't use a drive with a laptoþ directly, but attach it to thе laþtop like that.", "You can't use a drive with a laptop directly, but attach it to the laptop like that."},
		// KNOWN-TODAY: a speller's word (plutocracy) and a present-day
		// one (Sep) are words English knows, though Brown lacks them; a
		// word a speller knows, struck alike twice, is no orthography's.
		{"KNOWN-TODAY", "Their single-party þlutocracy will have thе last word.", "Their single-party plutocracy will have the last word."},
		{"KNOWN-TODAY", "Date: Sat, 7 Seþ 2002 was thе day we met.", "Date: Sat, 7 Sep 2002 was the day we met."},
		{"KNOWN-TODAY", "They fought corruþtion for years, and thе corruþtion won.", "They fought corruption for years, and the corruption won."},
		// QUOTE-PREFIX: the > of a quoted line, after the writer's
		// initials or name, is no operator beside a lone letter.
		{"QUOTE-PREFIX", "Tony wrote:\n\n  Tony> Ｉ can't even mark text in thе mail.", "Tony wrote:\n\n  Tony> I can't even mark text in the mail."},
		{"QUOTE-PREFIX", "Thе bids are in, for reasons explained later,\n| 𝐈 think the highest bidders will win.", "The bids are in, for reasons explained later,\n| I think the highest bidders will win."},
		{"QUOTE-PREFIX", "Thе table:\n| 𝐈 | 𝐉 |\n", "The table:\n| 𝐈 | 𝐉 |\n"},
		// NUMERAL-AFTER-NAME: strokes alike after a name are its numeral.
		// Strokes unlike, each a form of I, are the numeral too, unless
		// drawn as I and then l twice.
		{"NUMERAL-AFTER-NAME", "Joe said: World War ＩＩⅠ: The Wrong-Way story.", "Joe said: World War III: The Wrong-Way story."},
		{"NUMERAL-AFTER-NAME", "Joe said: World War ＩⅠⅠ: The Wrong-Way story.", "Joe said: World War Ill: The Wrong-Way story."},
		{"NUMERAL-AFTER-NAME", "On Thu, Joseph S. Barrera ＩＩＩ wrote:\n> It was thе day, said Pope Julius ＩＩ, and more.", "On Thu, Joseph S. Barrera III wrote:\n> It was the day, said Pope Julius II, and more."},
		// ... after a name whose capital is spoofed too.
		{"NUMERAL-AFTER-NAME", "From: Joseph S. 𐌁aᴦᴦera ＩＩＩ [mailto:joe@barrera.org]\nthе rest.\n", "From: Joseph S. Barrera III [mailto:joe@barrera.org]\nthe rest.\n"},
		// PRONOUN-BEFORE-WORD: I and a stroke opening a French sentence
		// before a small word are Il.
		{"PRONOUN-BEFORE-WORD", "Le paquet fournit un outil de bureau GNOME. I𐌉 présente les fichiers, et ⍺ussi les dossiers.", "Le paquet fournit un outil de bureau GNOME. Il présente les fichiers, et aussi les dossiers."},
		// SENTENCE-START: an ellipsis leaves the sentence open; a full
		// stop against the next word ends none.
		{"SENTENCE-START", "The perl stuff was bad enough...  Ƅut this is all a setup, said thе editor.", "The perl stuff was bad enough...  but this is all a setup, said the editor."},
		{"SENTENCE-START", "He said so. Read it at http://news.Ƅbc.co.uk/ today. Then thе rest came. And more.", "He said so. Read it at http://news.bbc.co.uk/ today. Then the rest came. And more."},
		// ADDRESS-CASE: a URL's words are small unless their letters are
		// capitals; a letter before .gif is no initial.
		{"ADDRESS-CASE", "He said so. The logo is at http://www.cnet.com/Ƅ.gif today. Then thе rest came. And more.", "He said so. The logo is at http://www.cnet.com/b.gif today. Then the rest came. And more."},
		// The letters that say an address's word is capitals are the
		// letters as restored: a spoofed small letter after the glyph (Ь
		// drawn b, Ⲓ drawn l) is no capital.
		{"ADDRESS-CASE", "Read http://news.ƄЬс.co.uk/1/hi and the arrow_ƄⲒue.gif of thе team.", "Read http://news.bbc.co.uk/1/hi and the arrow_blue.gif of the team."},
		// SMALL-ADDRESS: a URL that writes no capital elsewhere (or a host
		// that writes none, whatever its path) has none between small
		// letters or at the start of a word of small letters.
		{"SMALL-ADDRESS", "Thе page: http://www.wiℑdpalm.co.uk/Doom7650.html", "The page: http://www.wildpalm.co.uk/Doom7650.html"},
		{"SMALL-ADDRESS", "So far the deal is better.\n\nһ𝑡tƿ://xent.com/mailmaｎ/ℑistinfo/fork\n", "So far the deal is better.\n\nhttp://xent.com/mailman/listinfo/fork\n"},
		// A word with I in such a URL keeps it.
		{"SMALL-ADDRESS", "See http://example.com/ℑndex.html now.", "See http://example.com/Index.html now."},
		// DECOMPOSITION-NOT-INSIDE: ℑ decomposes to I, but between small
		// letters of a Danish word it is l.
		{"DECOMPOSITION-NOT-INSIDE", "Dette er den parallelℑe version af programmet, der bruger biblioteket ցatb-core.", "Dette er den parallelle version af programmet, der bruger biblioteket gatb-core."},
		// CAMEL-PIECE-KNOWN: between small letters a stroke read as I
		// begins a camel-case piece; where that piece is no word (bIog's
		// "iog") it is l, whatever the glyph's uses as I say; where both
		// pieces are words and the word read with l is none, it is I.
		{"CAMEL-PIECE-KNOWN", "Ϲheck the bℑog: http://example.com for more. ℑ know.", "Check the blog: http://example.com for more. I know."},
		{"CAMEL-PIECE-KNOWN", "Tһe quіck brоwn fox calls findℑtems here, and sоme more wоrds.", "The quick brown fox calls findItems here, and some more words."},
		// Outside English no lexicon judges the pieces (Krio sheℑta).
		{"CAMEL-PIECE-KNOWN", "Krio: ɛnibɔdi gɛt rayt fɔ fri siik out an enjai siefiti an sheℑta ina wan neks konchri kaaz dɛn de pwɛsikyut am.", "Krio: ɛnibɔdi gɛt rayt fɔ fri siik out an enjai siefiti an shelta ina wan neks konchri kaaz dɛn de pwɛsikyut am."},
		// NOTATION N2: a symbol with a name of letters glued before it is
		// inside an identifier (lib⨯11), no operator; 10×20 keeps its ×.
		{"NOTATION", "Bump Build-Depends on lib⨯11-dev for thе build; the image is 10×20.", "Bump Build-Depends on libx11-dev for the build; the image is 10×20."},
		// ... and an arrow drawn like x is no operator: ⤫86 is x86.
		{"NOTATION", "It runs Solaris ⤫86 as standard, and thе 22⤫22 icons; the image is 10×20.", "It runs Solaris x86 as standard, and the 22x22 icons; the image is 10×20."},
		// IDENTIFIER-RUN: inside a key, an id or a line of base64 a
		// symbol beside a digit is one of its characters, not an
		// operator; a product of digits keeps its × (10×20), attacked
		// text or not.
		{"IDENTIFIER-RUN", "Hеllo thеre:\nhttp://ads.example.com/Click?q=D45-fNgJIKBR8V3DU6k-EGvB0∪NgJdRR\nMIIDXTCCAkWgAwIBAgIJAKoK0GA1∪dDgQWBBRKeDJSE\nThe image is 1920×1080 and 10×20cm.",
			"Hello there:\nhttp://ads.example.com/Click?q=D45-fNgJIKBR8V3DU6k-EGvB0UNgJdRR\nMIIDXTCCAkWgAwIBAgIJAKoK0GA1UdDgQWBBRKeDJSE\nThe image is 1920×1080 and 10×20cm."},
		// ... nor a cross other than ×: 22⨯22 is 22x22, ⨯86 is x86.
		{"NOTATION", "It runs Solaris ⨯86 as standard, and thе 22⨯22 icons; the image is 10×20.", "It runs Solaris x86 as standard, and the 22x22 icons; the image is 10×20."},
		// GLYPH-USED-AS-SPOOF, for words: ⍺, put for a inside three words,
		// is a in a key glued to =, which alone reads as an operand.
		{"GLYPH-USED-AS-SPOOF", "Content-Type: text/plain; ch⍺rset=us-ascii\n\nThe d⍺y w⍺s long and the n⍺me was new.", "Content-Type: text/plain; charset=us-ascii\n\nThe day was long and the name was new."},
		// ... and alone: a glyph put for x inside two words is x by itself
		// in code (chmod +⤫), though an operator stands beside it.
		{"GLYPH-USED-AS-SPOOF", "Run chmod +⤫ on the script, then thе fi⤫ed e⤫ample works.", "Run chmod +x on the script, then the fixed example works."},
		// SCHEME-IS-ASCII: a URI scheme has ASCII letters only.
		{"SCHEME-IS-ASCII", "Read it at httþ://www.example.com/news today, thе editors said.", "Read it at http://www.example.com/news today, the editors said."},
		// ASCII-SLOT: a version's x, an escape's letter, a timestamp's T;
		// arithmetic's × stays.
		{"ASCII-SLOT", "Thе upgrade from 7.⨯ to 8.0 went well.", "The upgrade from 7.x to 8.0 went well."},
		{"ASCII-SLOT", "Thе bytes are \\⨯00\\x01 here.", "The bytes are \\x00\\x01 here."},
		// HEX-DIGIT-SLOT: ⋿ drawn like E inside a run of hexadecimal
		// digits is the digit E; between numbers alone it is an operator.
		{"HEX-DIGIT-SLOT", "Thе fingerprint is 0AA8 CB63 A⋿3F C739, the colour #⋿4E4E4 and the key 0x63D⋿7DC1; 2⋿3 and 10⋿20 stay.", "The fingerprint is 0AA8 CB63 AE3F C739, the colour #E4E4E4 and the key 0x63DE7DC1; 2⋿3 and 10⋿20 stay."},
		// A second look-alike in the run is a digit too, and a group of
		// decimal digits between groups of a fingerprint is in base 16.
		{"HEX-DIGIT-SLOT", "Thе colour #1⋿5ℭ99, the fingerprint 1E0E 1DA0 4D44 99EF 20⋿6 38A0; 2⋿3 and 99 20⋿6 38 stay.", "The colour #1E5C99, the fingerprint 1E0E 1DA0 4D44 99EF 20E6 38A0; 2⋿3 and 99 20⋿6 38 stay."},
		{"ASCII-SLOT", "Estado desconocido 0x%⨯ (%d minutos), código %l⨯.\n\nOpciones:\n  -⤫, --extract  extraer\n  [-⤫ SUF] también „-⤫‟; 3 -× 4 y 3 - × 4 no. Thе end.", "Estado desconocido 0x%x (%d minutos), código %lx.\n\nOpciones:\n  -x, --extract  extraer\n  [-x SUF] también „-x‟; 3 -× 4 y 3 - × 4 no. The end."},
		// DIMENSION-CROSS: a letter drawn like x of a script no Latin,
		// Cyrillic or Greek keyboard types, between digits in a Latin
		// text, is a size's x; Cyrillic х there may be a typist's (N4).
		// DATE-TIME-T: a character drawn like T between an ISO 8601 date
		// and its time is the standard's T; without the date it is not.
		// (The text's only look-alike: nothing else shows an attack.)
		{"DATE-TIME-T", "URL: http://www.newsisfree.com/click/\nDate: 2002-09-27\U00016F0A09:52:31+01:00\n\n(Stuff.co.nz)", "URL: http://www.newsisfree.com/click/\nDate: 2002-09-27T09:52:31+01:00\n\n(Stuff.co.nz)"},
		{"DATE-TIME-T", "Item 27\U00016F0A09:52 in the list.", "Item 27\U00016F0A09:52 in the list."},
		{"DIMENSION-CROSS", "Thе screen is 1024ᕽ768, the icon 13𐌗13, and 4х5 too.", "The screen is 1024x768, the icon 13x13, and 4x5 too."},
		// In a text of Cyrillic letters Cyrillic х between digits is its
		// keyboard's x of dimensions (N4).
		{"DIMENSION-CROSS", "Формат А4х5, цена 120 динара, а сайт ѕаjт.", "Формат А4х5, цена 120 динара, а сайт ѕаjт."},
		{"ASCII-SLOT", "Thе list moved.\nDate: 2002-10-07⊤21:35:22-06", "The list moved.\nDate: 2002-10-07T21:35:22-06"},
		{"ASCII-SLOT", "Thе key is below.\nVersion: GnuPG ⋁1.0.7 (GNU/Linux)", "The key is below.\nVersion: GnuPG v1.0.7 (GNU/Linux)"},
		{"ASCII-SLOT", "Thе mail:\nContent-Type: text/plain; charset=υs-ascii", "The mail:\nContent-Type: text/plain; charset=us-ascii"},
		{"ASCII-SLOT", "Thе rule: p ∨ q, and 2∨3.5 stays.", "The rule: p ∨ q, and 2∨3.5 stays."},
		{"ASCII-SLOT", "Thе screen is 1024×768 and 7.5 × 2 is 15.", "The screen is 1024×768 and 7.5 × 2 is 15."},
		// BASE64-IS-ASCII: a look-alike put once in a line of base64.
		{"BASE64-IS-ASCII", "Thе key is below.\n\nC3J27XDC⍺2LmlZGEONYlgCt+fIZ4SOcMz9CPVNPkNa1He⋃cm4pMbXDuCL1mHoO\n", "The key is below.\n\nC3J27XDCa2LmlZGEONYlgCt+fIZ4SOcMz9CPVNPkNa1HeUcm4pMbXDuCL1mHoO\n"},
		// URL-AMONG-ASCII: a glyph no Latin text writes, put once among a
		// URL's ASCII letters; an IRI's words of their own script stay.
		{"URL-AMONG-ASCII", "Thе news is at http://example.com/r.asp?ᴦ=home today.", "The news is at http://example.com/r.asp?r=home today."},
		{"URL-AMONG-ASCII", "We talked ab\u1040ut how the list works.\nTalk with friends online, try MSN Messenger: http://messenger.ms\u0578.com\nhttp://example.com/mailman/listinſo/dev", "We talked about how the list works.\nTalk with friends online, try MSN Messenger: http://messenger.msn.com\nhttp://example.com/mailman/listinfo/dev"},
		{"URL-AMONG-ASCII", "We talked ab\u1040ut how the list works.\nSee http://𝐰𝐰𝐰.example.org/ for more.", "We talked about how the list works.\nSee http://www.example.org/ for more."},
		{"URL-AMONG-ASCII", "Thе page http://ee.wikipedia.org/wiki/Eʋegbe is in Ewe, and http://el.wikipedia.org/wiki/Αθήνα in Greek.", "The page http://ee.wikipedia.org/wiki/Eʋegbe is in Ewe, and http://el.wikipedia.org/wiki/Αθήνα in Greek."},
		// HTML-NAME-IS-ASCII: so is an HTML attribute's name inside a tag,
		// a look-alike put there once; not a word before "=" outside one.
		{"HTML-NAME-IS-ASCII", "<p>Thе meeting moved to Friday.</p>\n<img sᴦc=\"http://example.com/a.gif\" alt=\"logo\">", "<p>The meeting moved to Friday.</p>\n<img src=\"http://example.com/a.gif\" alt=\"logo\">"},
		{"HTML-NAME-IS-ASCII", "<p>Thе meeting moved to Friday.</p>\n<img src=\"a.gif\" width=\"1\" α𝗹𝙩=\"\" border=\"0\">", "<p>The meeting moved to Friday.</p>\n<img src=\"a.gif\" width=\"1\" alt=\"\" border=\"0\">"},
		{"HTML-NAME-IS-ASCII", "Thе usage: %s [opcions] <adreça> <nom-amfitrió>", "The usage: %s [opcions] <adreça> <nom-amfitrió>"},
		{"HTML-NAME-IS-ASCII", "<p>Thе meeting moved to Friday.</p>\n<p>Let x<y and z = sᴦc = 2 in the table.</p>", "<p>The meeting moved to Friday.</p>\n<p>Let x<y and z = sᴦc = 2 in the table.</p>"},
		// QUOTED-PRINTABLE-ESCAPE: mail that writes =3D plainly writes
		// its escapes in ASCII hexadecimal digits.
		{"QUOTED-PRINTABLE-ESCAPE", "Hi,\n<FONT face=3DArial size=3𝖣2>Hi</FONT> and =3D=20 here, thе end.", "Hi,\n<FONT face=3DArial size=3D2>Hi</FONT> and =3D=20 here, the end."},
		// HTML's width=52 and height=20 are no sign of the encoding, and a
		// URL's query value beside its equals sign is no operand (A3): its
		// small look-alike is a small letter.
		{"QUOTED-PRINTABLE-ESCAPE", "<td width=52 height=20><a href=\"http://clickthru.online.com/Click?q=𝒇5-lTbRQ\">Go</a> and thе end.", "<td width=52 height=20><a href=\"http://clickthru.online.com/Click?q=f5-lTbRQ\">Go</a> and the end."},
		// Mail whose escapes are =3D once and spaces kept at line ends is
		// quoted-printable.
		{"QUOTED-PRINTABLE-ESCAPE", "Depends: openssl (=3𝘿 0.9.5a) but thе other=20\nis in=20\nplace, =3D done.", "Depends: openssl (=3D 0.9.5a) but the other=20\nis in=20\nplace, =3D done."},
		// STROKE-IN-ENGLISH-WORD: in a text of config lines, too few
		// dictionary words to judge it English, a stroke inside small
		// letters that makes an English word read as l is l.
		{"STROKE-IN-ENGLISH-WORD", configLines + "Design mａkes you unpopuℑar.", configLines + "Design makes you unpopular."},
		{"STROKE-IN-ENGLISH-WORD", "> Hi,\n> it gives generaℑ\nList maintainer: listmaster@example.org", "> Hi,\n> it gives general\nList maintainer: listmaster@example.org"},
	}
	for _, tc := range tests {
		t.Run(tc.rule, func(t *testing.T) {
			if got := clean(tc.in); got != tc.want {
				t.Errorf("\n  in %q\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}

// configLines opens an e-mail about a boot loader: more names than words.
const configLines = "kernel /boot/bzImage ro root=/dev/md0 console=ttyS0,115200n81 hd0 grub.conf\nserial --unit=0 --speed=115200 terminal --timeout=2\n\n"

// strokeSections is a Kabardian text in three sections, two writing the
// stroke ӏ and one І, with w in the first.
func strokeSections(w string) string {
	small := strings.Repeat("Цӏыхум и щӏэныгъэ икӏи гъащӏэм и пӏалъэ. ", 8)
	capital := strings.Repeat("ЦІыхур и щІэныгъэ икІи гъащІэм иІэщ. ", 8)
	return small + "Хэти " + w + " щӏэныгъэ. " + small + capital
}

// TestNativeWordsUnderAttack: NATIVE-WORDS. A letter the document writes
// in words of its own (Mazahua ⱥ) stays when all but one of those words
// carry a spoof elsewhere: read with their spoofs restored, they still
// restore to words the document lacks.
func TestNativeWordsUnderAttack(t *testing.T) {
	in := devTexts(t, "udhr-maz")["udhr-maz"]
	spoof := strings.NewReplacer("o", "о", "e", "е", "j", "ј", "i", "і", "y", "у", "s", "ѕ",
		"K", "К", "k", "к", "r", "г", "p", "р", "d", "ԁ", "t", "т", "x", "х")
	words := strings.Split(in, " ")
	n := 0
	for i, w := range words {
		if strings.ContainsRune(w, 'ⱥ') {
			if n++; n > 1 {
				words[i] = spoof.Replace(w)
			}
		}
	}
	got := clean(strings.Join(words, " "))
	if n, want := strings.Count(got, "ⱥ"), strings.Count(in, "ⱥ"); n != want {
		t.Errorf("%d ⱥ left of %d", n, want)
	}
}

// TestVowelHarmony: VOWEL-HARMONY. Turkmen у and ү spoofed by y in every
// seventh word that holds one: the words' other vowels say which (without
// the rule, two come back wrong).
func TestVowelHarmony(t *testing.T) {
	in := devTexts(t, "udhr-tuk_cyrl")["udhr-tuk_cyrl"]
	words := strings.Split(in, " ")
	n := 0
	for i, w := range words {
		if strings.ContainsAny(w, "уүУҮ") {
			if n++; n%7 == 0 {
				words[i] = strings.NewReplacer("у", "y", "ү", "y", "У", "Y", "Ү", "Y").Replace(w)
			}
		}
	}
	if got := clean(strings.Join(words, " ")); got != in {
		g, w := []rune(got), []rune(in)
		for i := range min(len(g), len(w)) {
			if g[i] != w[i] {
				t.Errorf("at %d: %q, want %q (%q)", i, g[i], w[i], string(w[max(0, i-8):min(len(w), i+8)]))
			}
		}
	}
}

// TestHarmonyClasses: HARMONY-CLASSES. A Turkmen or Karakalpak word
// whose у the document's clean words seldom or never set before its next
// vowel (у before я or ю), spoofed with other letters of the word: the
// vowels' classes, back after back, say у, where a flat prior for the
// unseen pair left the letter pairs to choose ү (үюп).
func TestHarmonyClasses(t *testing.T) {
	for _, tc := range []struct{ id, word, spoofed string }{
		{"udhr-tuk_cyrl", " дурян ", " дyрян "},
		{"udhr-tuk_cyrl", " уюп ", " yюп "},
		{"udhr-kaa", " дуўшар ", " дyўwaр "},
	} {
		t.Run(tc.id+tc.word, func(t *testing.T) {
			want := devTexts(t, tc.id)[tc.id]
			if strings.Count(want, tc.word) != 1 {
				t.Fatalf("%s lacks %q", tc.id, tc.word)
			}
			if got := cleanAttacked(strings.Replace(want, tc.word, tc.spoofed, 1)); got != want {
				i := 0
				for i < len(got) && i < len(want) && got[i] == want[i] {
					i++
				}
				t.Errorf("got %q, want %q", got[max(0, i-20):min(len(got), i+20)], want[max(0, i-20):min(len(want), i+20)])
			}
		})
	}
}

// TestVowels: Sukhotin's algorithm finds a document's vowels, accents
// aside.
func TestVowels(t *testing.T) {
	for id, want := range map[string]string{"udhr-ell_polytonic": "αεηιουω", "udhr-tuk_cyrl": "аеиоуыэюяүәө"} {
		text := devTexts(t, id)[id]
		d := doc.New(text)
		sc := new(scratch)
		words, tl := tokenize(d, sc)
		p := readProfile(text, words, tl, &sc.profile)
		p.countVowels()
		var got []rune
		for r := range p.vowels {
			got = append(got, r)
		}
		slices.Sort(got)
		if string(got) != want {
			t.Errorf("%s: vowels %q, want %q", id, string(got), want)
		}
	}
}

// TestLetterOnlyInSpoofedWords: a dev text with one word spoofed, the
// look-alike of the document's own script standing beside compatibility
// forms only, in a word of its own.
// NATIVE-NEEDS-PLAIN-WORDS: the Niuean text holds þ nowhere else, so
// nothing shows it to be a letter of the text's own.
// FIT-READS-SPOOFS: in the Seychellois text ɣ fits where y stands once its
// neighbour ｎ is read as n.
func TestLetterOnlyInSpoofedWords(t *testing.T) {
	for _, tc := range []struct{ rule, id, word, spoofed string }{
		{"NATIVE-NEEDS-PLAIN-WORDS", "udhr-niu", " pule ", " þuｌе "},
		{"FIT-READS-SPOOFS", "udhr-crs", " narnyen ", " 𝑛arｎɣen "},
	} {
		t.Run(tc.rule, func(t *testing.T) {
			want := devTexts(t, tc.id)[tc.id]
			if !strings.Contains(want, tc.word) {
				t.Fatalf("%s lacks %q", tc.id, tc.word)
			}
			in := strings.Replace(want, tc.word, tc.spoofed, 1)
			if got := cleanAttacked(in); got != want {
				i := 0
				for i < len(got) && i < len(want) && got[i] == want[i] {
					i++
				}
				t.Errorf("got %q, want %q", got[max(0, i-20):min(len(got), i+20)], want[max(0, i-20):min(len(want), i+20)])
			}
		})
	}
}

// attack spoofs the first word of five ASCII letters or more that holds an
// a, with a Cyrillic а: a document under attack, as the rules that need
// one ask.
func attack(t *testing.T, s string) string {
	t.Helper()
	words := strings.Split(s, " ")
	for i, w := range words {
		if len(w) >= 5 && strings.Contains(w, "a") && strings.Trim(w, "abcdefghijklmnopqrstuvwxyz") == "" {
			words[i] = strings.Replace(w, "a", "а", 1)
			return strings.Join(words, " ")
		}
	}
	t.Fatal("no word to spoof")
	return ""
}

// TestReadByLetters: a word spoofed with a symbol or styled in a dev text
// under attack, which the text writes nowhere else, is restored where its
// letters are spelt as the text's clean words spell them; notation set in
// the same text stays.
// SYMBOL-READ-BY-LETTERS: Kaqchikel xu (x-words, -u endings), Seychellois
// xu, Tok Pisin tv (a word English writes); English ex by the lexicon.
// STYLED-WORD-READ-BY-LETTERS: Kimbundu ana in bold italic.
func TestReadByLetters(t *testing.T) {
	for _, tc := range []struct{ rule, id, word, spoofed string }{
		{"SYMBOL-READ-BY-LETTERS", "udhr-cak", " xu ", " ⤫u "},
		{"SYMBOL-READ-BY-LETTERS", "udhr-016", " xu ", " ×u "},
		{"SYMBOL-READ-BY-LETTERS", "udhr-tpi", " tv.", " t⋁."},
		{"SYMBOL-READ-BY-LETTERS", "udhr-kqs", " vo.", " ∨o."},
		{"SYMBOL-READ-BY-LETTERS", "brown-cg30", " ex ", " e⤫ "},
		{"STYLED-WORD-READ-BY-LETTERS", "udhr-cjk_AO", " ana ", " 𝒂𝒏𝒂 "},
		// Notation stays: an operator with one variable makes letter
		// pairs no word of the text has, or stands among digits,
		// operators and single letters.
		{"notation", "udhr-cak", " xu ", " xu (∨p) "},
		{"notation", "udhr-cak", " xu ", " xu ⊤ "},
		{"notation", "udhr-cak", " xu ", " xu a ∨ b "},
		{"notation", "udhr-cak", " xu ", " xu 2×n "},
		{"notation", "udhr-cak", " xu ", " xu 𝑥𝑦 "},
		{"notation", "udhr-016", " xu ", " xu = n× "},
		{"notation", "udhr-016", " xu ", " k ×u = 2 "},
		{"notation", "udhr-016", " xu ", " (2 + ×u) "},
		{"notation", "brown-cg30", " ex ", " ex n× "},
		{"notation", "brown-cg30", " ex ", " ex x ⋁ y "},
	} {
		t.Run(tc.rule+" "+tc.id+tc.spoofed, func(t *testing.T) {
			want := devTexts(t, tc.id)[tc.id]
			if !strings.Contains(want, tc.word) {
				t.Fatalf("%s lacks %q", tc.id, tc.word)
			}
			in := strings.Replace(want, tc.word, tc.spoofed, 1)
			if tc.rule == "notation" {
				want = in
			}
			in = attack(t, in)
			if got := cleanAttacked(in); got != want {
				i := 0
				for i < len(got) && i < len(want) && got[i] == want[i] {
					i++
				}
				t.Errorf("got %q, want %q", got[max(0, i-20):min(len(got), i+20)], want[max(0, i-20):min(len(want), i+20)])
			}
		})
	}
}

// TestBase64LineReach: BASE64-IS-ASCII reads a line of base64's length and
// no further (a line of prose is none, nor a run longer than an encoder
// writes), so a text of one long line costs no scan of it per word.
func TestBase64LineReach(t *testing.T) {
	b64 := "C3J27XDC⍺2LmlZGEONYlgCt+fIZ4SOcMz9CPVNPkNa1HeUcm4pMbXDuCL1mHoO"
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"key:\n" + b64 + "\nend", true},
		{b64, true},
		{strings.Repeat("A", 200) + b64, false},
		{"key:\n" + b64 + strings.Repeat("A", 200), false},
		{"a line of prose with ⍺ in it, long enough to be read as a whole line", false},
	} {
		text := tc.text
		words, _ := tokenize(doc.New(text), new(scratch))
		found := false
		for i := range words {
			if strings.ContainsRune(text[words[i].start:words[i].end], '⍺') {
				found = true
				if got := base64Line(text, &words[i]); got != tc.want {
					t.Errorf("base64Line(%.40q…) = %v, want %v", text, got, tc.want)
				}
			}
		}
		if !found {
			t.Fatalf("no word holds ⍺ in %.40q", text)
		}
	}
}

// TestBetweenNamesInvalidUTF8: a byte that is not UTF-8 where the name
// after the word begins is read as one byte, not as the three of U+FFFD.
func TestBetweenNamesInvalidUTF8(t *testing.T) {
	text := "Hello ɗan \xff"
	if betweenNames(text, &word{start: 6, end: 10}) {
		t.Error("betweenNames: a byte that is not UTF-8 is no name")
	}
}

// TestNameWordsOf: a name's word is a word of the text (letters, digits and
// hyphens between other characters) written as the name writes it, in
// small letters, or capitalised, in ASCII.
func TestNameWordsOf(t *testing.T) {
	text := "ord('𝑛')  # Mathematical italic SMALL n; letter-k, iPhone hELLO Byelorussian-ukrainian naïve A1 -x"
	var words counts
	nameWordsOf(text, &words)
	for name, want := range map[string]bool{"MATHEMATICAL": true, "ITALIC": true, "SMALL": true, "N": true, "LETTER": false,
		"K": false, "LETTER-K": true, "IPHONE": false, "HELLO": false, "BYELORUSSIAN-UKRAINIAN": true, "NAIVE": false,
		"A1": true, "X": false, "-X": true, "ORD": true, "CAPITAL": false} {
		if got := words.holds(nameKey(doc.HashLower(name))); got != want {
			t.Errorf("%s: %v, want %v", name, got, want)
		}
	}
}

// TestTextHoldsNameCoversText: textHoldsName, the check before a line is
// read, says yes for every word nameWordsOf finds in the whole text (it
// reads the profile's forms and only the words beyond ASCII again), so
// that no line a name stands on goes unread; but for a run the pass cuts
// as notation (4x4), which holds no word of the pass's.
func TestTextHoldsNameCoversText(t *testing.T) {
	texts := []string{
		"LETTER℃ and CAPITAL\u0301 sign, e\u0301SMALL, HYPHEN-MINUS, LETTER’s WITH's -STROKE- %LETTER 4x4 A1 U+0041 iPhone",
		"Cyrillic small letter а: Кириллица ДЕ, x²+y² ℃ Ω OHM SIGN",
	}
	for _, text := range devTexts(t, "udhr-tgk", "udhr-ell_polytonic", "udhr-krl", "brown-ch05", "brown-cj45") {
		texts = append(texts, text)
	}
	run := regexp.MustCompile(`[A-Za-z0-9-]+`)
	for _, text := range texts {
		d := doc.New(text)
		sc := new(scratch)
		words, tl := tokenize(d, sc)
		p := readProfile(text, words, tl, &sc.profile)
		var all counts
		nameWordsOf(text, &all)
		for _, w := range run.FindAllString(text, -1) {
			name := strings.ToUpper(w)
			if all.holds(nameKey(doc.HashLower(name))) && !p.textHoldsName(name) && name != "4X4" {
				t.Errorf("%q in %.40q: nameWordsOf finds it, textHoldsName does not", name, text)
			}
		}
	}
}
