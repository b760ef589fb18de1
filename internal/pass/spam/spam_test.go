package spam

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/unspin/unspin/internal/edit"
)

// body is ordinary prose the payload is dropped into.
const body1 = "The city council met on Tuesday to discuss the new budget. Members argued for hours about the cost of road repairs and the pay of teachers."
const body2 = "In the end the mayor said the vote would wait until next month. Several residents spoke in favor of a new library on the east side."

func clean(t *testing.T, in string) (string, Result) {
	t.Helper()
	r := Analyze(in)
	for _, e := range r.Edits {
		if e.Kind != edit.SpamSentence && e.Kind != edit.SpamPhrase {
			t.Errorf("edit kind %q", e.Kind)
		}
	}
	out := edit.Apply(in, r.Edits)
	if again := Analyze(out); len(again.Edits) > 0 {
		t.Errorf("not idempotent: second run on %q proposes %+v", out, again.Edits)
	}
	return out, r
}

// Each template family, and variants spun from the same synonyms that the
// development set does not contain, as its own paragraph at the end.
func TestTemplateFamilies(t *testing.T) {
	for _, cta := range []string{
		"Here is more info in regards to payday loans online visit our webpage.",
		"For more information on payday loans online look at our web page.",
		"If you loved this article and you would like to receive more info regarding payday loans online please visit our own web-site.",
		"If you liked this article and you would like to get more info about payday loans online kindly visit our site.",
		"In case you have any questions about where and how you can use payday loans online, you can contact us at our own internet site.",
		"If you have any questions concerning where and how to use payday loans online, you can call us at our web-site.",
		// Not in the development set.
		"If you cherished this post and you would like to obtain more details relating to payday loans online i implore you to go to our own web page.",
		"Should you have any kind of inquiries pertaining to where and also how to work with payday loans online, you could contact us from our webpage.",
		"If you are you looking for more info on payday loans online take a look at our own homepage.",
		"If you enjoyed this short article and you would certainly like to get additional facts with regards to payday loans online generously check out the web site.",
		"When you have virtually any concerns regarding exactly where as well as how to make use of payday loans online, you can e-mail us at our web page.",
		"For more in regards to payday loans online look into our web site.",
		"If you beloved this article and you want to receive more info relating to payday loans online kindly go to our own internet site.",
		"If you want to find out more info about payday loans online, check out our web-site.",
		"If you have any thoughts relating to in which and how to use payday loans online, you can get hold of us at the web site.",
		"Here's more information about payday loans online check out our own site.",
		// Comment-spam signatures.
		"Have a look at my homepage: payday loans online.",
		"Feel free to surf to my website; payday loans online.",
		"Also visit my web page: payday loans online.",
		// A noun before the site word, the site the speaker's.
		"For more information on payday loans online look at our Facebook page.",
		"For more information on payday loans online look at the home page.",
	} {
		t.Run(cta[:30], func(t *testing.T) {
			want := body1 + "\n\n" + body2
			out, r := clean(t, body1+"\n\n"+body2+"\n\n"+cta)
			if out != want {
				t.Errorf("got %q\nwant %q", out, want)
			}
			if r.Score < 0.5 {
				t.Errorf("score %v for a call to action", r.Score)
			}
		})
	}
}

// The sentence is removed wherever it was dropped, with the white space that
// came with it.
func TestTemplatePlacement(t *testing.T) {
	cta := "Here is more info in regards to best CBD gummies visit our webpage."
	for _, tc := range []struct{ name, in, want string }{
		{"own paragraph", body1 + "\n\n" + cta + "\n\n" + body2, body1 + "\n\n" + body2},
		{"first paragraph", cta + "\n\n" + body1, body1},
		{"end of paragraph", body1 + " " + cta + "\n\n" + body2, body1 + "\n\n" + body2},
		{"start of paragraph", cta + " " + body1, body1},
		{"middle of paragraph", "The council met on Tuesday. " + cta + " Members argued for hours.", "The council met on Tuesday. Members argued for hours."},
		{"after a false boundary", "The ministers met in Ankara on Nov. " + cta + " 14 in the first contact since the war.", "The ministers met in Ankara on Nov. 14 in the first contact since the war."},
		{"after a parenthesis", "He said so in his book (page 34) " + cta + "\n\n" + body2, "He said so in his book (page 34)\n\n" + body2},
		// A rule or a bracket the call ran into is the author's, and
		// stays: the sentence starts after it.
		{"after a rule", body1 + "\n-----------------------------\nVisit our website for cheap flights to Paris.\n\n" + body2, body1 + "\n-----------------------------\n\n" + body2},
		{"on a rule's line", body1 + "\n----------------------------- Visit our website for cheap flights to Paris.\n\n" + body2, body1 + "\n-----------------------------\n\n" + body2},
		{"a rule's line ran into", body1 + "\n----------------------------- Book bridal dresses sale online through our site.\n\n" + body2, body1 + "\n-----------------------------\n\n" + body2},
		{"question after a rule", body1 + "\n-----END PGP SIGNATURE----- Need payday loans online? Get in touch today through our website.\n\n" + body2, body1 + "\n-----END PGP SIGNATURE-----\n\n" + body2},
		{"question after a colon", "Once upon a time, Roi wrote : Need payday loans online? Call us today through our site.\n\n" + body2, "Once upon a time, Roi wrote :\n\n" + body2},
		{"question after a bracket", "Bod wrote\n<snip> Have a question about payday loans online? Our experts can help on our website.\n\n" + body2, "Bod wrote\n<snip>\n\n" + body2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if out, _ := clean(t, tc.in); out != tc.want {
				t.Errorf("got %q\nwant %q", out, tc.want)
			}
		})
	}
}

// The template's keyword is removed where it was pushed into sentences: at
// a sentence's start, in its middle, at its end; whole or in part.
func TestKeywordInsertions(t *testing.T) {
	cta := "\n\nFor more information on Roofing Contractor Denver look at our web page."
	for _, tc := range []struct{ name, in, want string }{
		{"middle", "Members argued for Roofing Contractor Denver hours about the cost of road repairs.", "Members argued for hours about the cost of road repairs."},
		{"sentence start", "The vote was close. Roofing Contractor Denver The council met again on Monday.", "The vote was close. The council met again on Monday."},
		{"sentence end", "The council met again on Monday Roofing Contractor Denver. The vote was close.", "The council met again on Monday. The vote was close."},
		{"after a comma", "In the end, Roofing Contractor Denver the mayor said the vote would wait.", "In the end, the mayor said the vote would wait."},
		{"part of it", "Several residents spoke Roofing Contractor in favor of a new library on the east side.", "Several residents spoke in favor of a new library on the east side."},
		{"twice", "Members argued Contractor Denver for hours about the Roofing Contractor Denver cost of road repairs.", "Members argued for hours about the cost of road repairs."},
		{"in small letters", "Members argued roofing contractor for hours about the cost of road repairs.", "Members argued for hours about the cost of road repairs."},
		{"a piece at a sentence start", "The vote was close. Contractor Denver The council met again on Monday.", "The vote was close. The council met again on Monday."},
		{"the author's own words in small letters", "The roofing contractor said the repairs would take a week.", "The roofing contractor said the repairs would take a week."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, _ := clean(t, tc.in+cta)
			if out != tc.want {
				t.Errorf("got %q\nwant %q", out, tc.want)
			}
		})
	}
}

// Without a template, a product keyword is found where it breaks the
// grammar, repeated or said once; a phrase that sells nothing, said once,
// only raises the score.
func TestKeywordsWithoutTemplate(t *testing.T) {
	want := body1 + "\n\n" + body2
	for _, in := range []string{
		"The city council met on Tuesday to discuss buy instagram followers the new budget. Members argued for hours about the cost of road repairs and the pay of teachers.\n\n" +
			"In the end the mayor said the buy instagram followers vote would wait until next month. Several residents spoke in favor of a new library on the east side.",
		"The city council met on Tuesday to discuss buy instagram followers the new budget. Members argued for hours about the cost of road repairs and the pay of teachers.\n\n" + body2,
		body1 + "\n\nIn the end the mayor said Roofing Contractor Denver the vote would wait until next month. Several residents spoke in favor of a new library on the east side.",
		// Linked by a function word, and said twice.
		"The city council met on Tuesday to discuss the new budget. Members CBD oil for dogs argued for hours about the cost of road repairs and the pay of teachers.\n\n" +
			"In the end the mayor said the vote would CBD oil for dogs wait until next month. Several residents spoke in favor of a new library on the east side.",
		// Common words only, repeated.
		"The city council met on Tuesday to discuss the new budget. Members cheap car insurance argued for hours about the cost of road repairs and the pay of teachers.\n\n" +
			"In the end the mayor said the vote would cheap car insurance wait until next month. Several residents spoke in favor of a new library on the east side.",
		// One niche word and a place, said once.
		body1 + "\n\nIn the end the mayor said the vote would Teeth Whitening Miami wait until next month. Several residents spoke in favor of a new library on the east side.",
	} {
		out, r := clean(t, in)
		if out != want {
			t.Errorf("got %q\nwant %q", out, want)
		}
		if r.Score < 0.5 {
			t.Errorf("score %v", r.Score)
		}
	}
	once := "The city council met on Tuesday to discuss the Varian model Af new budget. Members argued for hours about the cost of road repairs and the pay of teachers.\n\n" + body2
	out, r := clean(t, once)
	if out != once {
		t.Errorf("a phrase that sells nothing, said once, was removed: %q", out)
	}
	if r.Score >= 0.5 {
		t.Errorf("score %v for a phrase said once", r.Score)
	}
}

// Text that resembles spam but is the author's stays, with a low score.
func TestLegitimateTextStays(t *testing.T) {
	for _, tc := range []struct{ name, in string }{
		{"press release with an address", "Acme Widgets today announced record sales for the third quarter. The company shipped more widgets than ever before.\n\nFor more information about Acme Widgets, visit our website at www.acme-widgets.example."},
		{"help page about its own policy", "We changed our refund policy in May. Refunds are now paid within ten days.\n\nIf you have any questions about this policy, you can contact us through our web site."},
		{"invitation without a keyword", "The museum opens a new wing in June. To learn more, visit our website."},
		{"an article about law firms in Turkey", "Law firms in Turkey have grown quickly. A lawyer in Istanbul said the largest firm in Turkey now employs two hundred lawyers.\n\nForeign firms in Turkey must work with a local partner, the lawyer said."},
		{"a repeated name", "The Peace Corps sent its first volunteers abroad in the summer. The Peace Corps chose teachers first.\n\nCongress gave the Peace Corps a budget the next year."},
		{"a repeated technical phrase", "The naval blockade began at dawn. Ships that tried to run the naval blockade were stopped and searched.\n\nA naval blockade is an act of war under international law."},
		{"company page without an address", "Northfield Tool Company employs about 1,500 people at its plants in Illinois and Ohio. For more information, visit our website."},
		{"notice about its own subject", "The county health department will hold free flu shot clinics in October. Residents with questions about the clinics can call the department. For more information about the clinics, please visit our website."},
		{"invitation to the office", "If you would like more information about the scholarship program, please contact us or visit our office on Main Street."},
		{"details on the text's topic", "The museum reopens on Friday. For more information on the exhibits, visit the website of the museum. For further details on the trail closures, visit our site before you go."},
		{"modern tech words", "The new smartphone ships with a faster chip and a larger battery. Reviewers said the smartphone camera beats last year's model, and early buyers praised the smartphone camera in low light. The company's cloud storage plan now includes two terabytes, and cloud storage prices fell."},
		{"modern health words", "Health officials reported that COVID vaccine uptake rose in March. Pharmacies said COVID vaccine appointments filled within hours, while hospital admissions fell for the third week. Doctors urged older adults to get a booster before winter."},
		{"a product review", "I bought this blender last month and love it. The blender crushes ice easily and the glass jar is easy to clean. My only complaint is the noise; the motor is loud at high speed. Customer support answered my email within a day."},
		{"crypto news", "Bitcoin price swings rattled crypto exchanges this week. Analysts said crypto exchanges saw record withdrawals after the Bitcoin price fell below thirty thousand dollars. Regulators in Europe are drafting new rules for stablecoin issuers."},
		{"machine learning", "Our team uses machine learning models to detect fraud. The machine learning pipeline retrains nightly on fresh transactions, and machine learning engineers review every alert that the model flags as high risk."},
		{"search engine optimization", "Search engine optimization helps small businesses reach customers. A good search engine ranking depends on useful content, fast pages and honest links, and search engine results change often."},
		{"questions about the notice's subject", "The county will offer free vaccines at the library in October. Vaccines are available to residents over sixty.\n\nIf you have any questions about vaccines, you can contact us at our web site."},
		// Repeated, rare and out of the tagger's grammar, but no product or
		// service: the author's own subject (as in Brown cj04 and cn11).
		{"an instrument's model named twice", "The absorption was detected by employing a Varian model Af broad line spectrometer and its electromagnet. One measurement at 40 Mc/sec was obtained with the Varian model Af unit alone."},
		{"a place named twice", "He was finally found in the Bates Hole region of Natrona County. Witnesses were willing to swear that he had been in Bates Hole the day of the killing."},
		{"a standard the writer discusses twice", "Hi all, I read the draft again. The Resource Description Framework spec says little about blank nodes, and the Resource Description Framework primer is no clearer. Can we ask the editors?"},
		// A word of a niche said once in prose is no keyword.
		{"a niche word beside a word English lacks", "Stiggs sneered at the weaseling hotel goon when he appeared at our door holding a single flower floating in a brandy glass."},
		{"niche words in prose", "The hundred followers declare that the city is safe. He rode a discredited taxi to the station, and the air conditioning was off."},
		{"a pointer to the author's own blog", "We drove the coast road for three days. The hotel in Monterey was lovely.\n\nYou can follow the trip on my blog - it has all the photos."},
		{"a pointer to the author's own page with a colon", "The club meets on Thursdays at the library. New members are welcome.\n\nAlso see my page: we post the minutes there."},
		{"a savings and loan named twice", "Deposits at Mount View Federal Savings and Loan Association rose in May. The president of Mount View Federal Savings and Loan Association said rates would hold."},
		{"an e-mail signature with the address on the next line", "Can you help?\n\nThanks,\n\nVickie Mills\nIS Training Analyst\n\nFor more information on Standard Life, visit our website\nhttp://www.standardlife.example/   The Standard Life Assurance Company is regulated."},
		{"a trade word before an acronym said once", "Radio Voice Decoder (RVD)\n\nRVDlib is a radio voice decoder. Supported formats:\n\n * DMR/TRBO: ETSI two slot TDMA standard. TRBO is a common\n   implementation of this standard.\n * P25: developed by APCO for public safety customers.\n * NXDN: a narrowband FDMA standard, close to dPMR in its 2400 baud mode.\n\nThis package contains rvdx, the command line interface.\n"},
		{"an acronym the text writes in small letters too", "\t* config/linux/arm/tls.h (cpu_disp): Make TLS slot read volatile.\n\t(cpu_disp, set_cpu_disp): Move to job's TLS slot.\n\t* core_i.h (ABC::abc_job): Renamed to ABC::abc_thread. More\n\t* startstop.cc: Adapted to job-to-thread renaming.\n\t* query.cc (_ABC_getJobId, _ABC_inJob): Renamed\n\t* config/generic/tls.cc (tls_init): New file.\n"},
		{"a Title Case name said once whose noun the text uses", "Passing keyword arguments to a function costs more than passing positional arguments. Now in functions converted with Argument Clinic this cost is much lower, and the arguments are parsed once."},
		// NEEDED-WHERE-IT-STANDS: a sentence left as "Port it to ." needs
		// the phrase; a spinner pushes its keyword into one that read well.
		{"a tool named in a changelog", "   - gh-92210: Port socket.__init__ to Argument Clinic.  Patch by Cinder.\n\n   - bpo-40676: Convert the csv module to use Argument Clinic for field_size_limit(), reader() and writer().\n\n   - gh-91400: Fix a crash in the parser when a file ends with a comment.\n"},
		{"a product of common words said once", "Not if their presence was as permanent as \"the world's leading risk and insurance services firm\", he concludes, and the firm agrees."},
		// A page or site a noun names is a document or the topic's site,
		// which technical text refers to all the time.
		{"a man page without its article", "This package provides the command line tools for the service.\n\nSee man page for details."},
		{"a man page dropped in a changelog", "  * Refresh patches\n  * Drop Debian-specific man page for getpcaps\n\n -- Christian Kastner <ckk@debian.org>"},
		{"a project's named web site", "Application Managers check the applicant's identity.\n\nPlease see Checklist for Application Managers(1) at the Debian web site.\n\n   ---------- Footnotes ----------\n"},
		{"an FAQ page", "The daemon reads its configuration at boot.\n\nCheck the FAQ page for common questions."},
		// A notice's own topic, new to its text but plain English, none of
		// the trade (plainTopic).
		{"a notice about opening hours", "The pool is closed for repairs until Friday. For more information about opening hours, visit our website."},
		{"a notice about shipping times", "Thank you for your order. If you have questions about shipping times, contact us at our website."},
		{"a notice about holiday orders", "Our bakery will close early on Christmas Eve. If you have questions about holiday orders, please contact us through our website."},
		{"a notice about swimming lessons", "The city pool reopens on Saturday. Learn more about swimming lessons on our website."},
		{"a notice about sign-ups", "The youth league starts in April. For information about team sign-ups, visit our website."},
		// A text about a trade names its product again and again, beside
		// other words of the trade (aboutItsTrade).
		{"a report on payday loans", "Regulators estimate that twelve million Americans take out payday loans each year. Critics argue that payday loans trap borrowers in debt, while lenders say they fill a gap left by banks. The new rules would cap the interest on payday loans at 36 percent."},
		{"a warning about essay services", "Students who use essay writing services risk expulsion, the university warned. The honor council found that four students had paid essay writing services for their term papers this year."},
		// A gerund after "by" says how, a clause (meansClause).
		{"a newsletter's reply button", "If you would like to view this mail properly please open it in the web browser on your PC.\n\n  At Cisco, we are always eager to hear your feedback. Please\nfeel free to contact us by clicking REPLY to this mail."},
		// A quantifier or determiner in the slot: the author's phrase.
		{"other patterns on the author's site", "Feel free to browse my website for other knitting patterns."},
		{"an info page", "The daemon reads its configuration at boot.\n\nSee the info page for grep for more details."},
		{"a man page and a section", "Prompts can hold escapes. For more information look at the man page bash(1) and search for PROMPTING."},
		// A phrase with a determiner or a quantifier in it is the writer's,
		// where anchor text is a bare phrase.
		{"a trip on the author's blog", "We got back from Portugal on Sunday and the kids are still tired.\n\nCheck my blog for some updates on the trip.\n\nCheers,\nAnna"},
		{"photos on the author's blog", "We got back from Portugal on Sunday and the kids are still tired.\n\nCheck out my blog for photos from the trip!"},
		{"more pictures on the author's blog", "The weather was great and we spent most days at the beach.\n\nSee my blog for more pictures."},
		{"a business's number to call", "The annual meeting will take place on March 3 in the main hall.\n\nCall us at 555-1234 for a free estimate."},
		{"registration details on a named page", "The annual meeting will take place on March 3 in the main hall.\n\nSee the web page of the conference for registration details."},
		{"a notice's own subject, inflected", "Ежегодное собрание состоится 3 марта в большом зале. Мы обсудим бюджет и выберем новое правление.\n\nПодробнее о собрании читайте на нашем сайте."},
		// A program and its comments.
		{"a C header's comments", "#define AT_SYMLINK_NOFOLLOW\t0x100   /* Do not follow symbolic links.  */\n#define AT_SYMLINK_FOLLOW\t0x400   /* Follow symbolic links.  */\n#define PROT_READ\t0x1\t\t/* Page can be read.  */"},
		{"a Python call", "    if dist.dependency_links:\n        find_links.extend(dist.dependency_links)\n    eggs_dir = os.path.realpath(dist.get_egg_cache_dir())"},
		{"a Perl loop", "    next unless @info;\n\n    # look at real name & aliases\n    foreach my $site ($info[0], split(/ /, $info[1])) {\n        # Extract domain"},
		{"a help center's answers", "The spring term starts on April 8.\n\nVisit our help center for answers to common questions."},
		{"an adverb after the site", "The spring term starts on April 8.\n\nPlease check our website regularly for updates."},
		{"a news story about a product of the trade", "Payday loans remain popular despite high interest rates. Regulators estimate that twelve million Americans take out payday loans each year. Critics argue that payday loans trap borrowers in debt, while lenders say they fill a gap left by banks. The new rules would cap the interest on payday loans at 36 percent."},
		{"a report on a product of the trade", "Many patients travel abroad for dental implants, where prices are lower. A clinic in Budapest told us that dental implants there cost half as much. Dentists at home warn that the follow-up care for dental implants is harder to arrange from abroad."},
		{"a notice's question line in French", "L'assemblée annuelle aura lieu le 3 mars dans la grande salle. Nous examinerons le budget et élirons le nouveau bureau.\n\nSi vous avez des questions sur l'inscription, vous pouvez nous contacter via notre site."},
		{"a product named with its version", "CGATS parser can now deal with very long strings\nAdded Projects for Visual Studio 2020\nTravis CI discontinued, GitHub actions used instead\n\nMD5 functions are now accessible through plug-in API.\nAdded support for Visual Studio 2019\nBug fixing.\n\nFixed several compiler warnings\nAdded support for Visual Studio 2015\nFixed for XCODE project"},
		// Package descriptions (Debian's): names after a preposition or an
		// article, a module's path, a question quoted, a title, a line
		// that goes on.
		{"a name after a preposition", "GIR bindings for Click package management library\n\nClick is a simplified packaging format that installs in a separate part of\nthe file system, suitable for third-party applications."},
		{"a name after an article", "This package provides an alternative fast-SHA256\nimplementation to the one provided by the Go crypto/sha256\npackage that supports midstate calculations."},
		{"a name after an article across a line", "Consequently, Silo facilitates the\ndevelopment of general purpose tools for processing scientific data.\nOne of the more popular tools that process Silo data files is the\nVisIt visualization tool."},
		{"a module's path", "For this reason, the module authors tend to\nsay things like \"customer\" or \"basket\" when they are referring to\n\"My::Site::User::Customer\" or \"My::Site::Shop::Basket\". They thought\nit would be nice if their classes knew what they would prefer to call\nthem."},
		{"a question quoted", "It listens to\nnetwork traffic on a named interface and displays a table of current bandwidth\nusage by pairs of hosts. Handy for answering the question \"Why is my Internet\nlink so slow?\"."},
		{"a program's title", "A fast link checker and web site maintenance tool\n\nLinklint is a full featured Perl program for checking HTML links."},
		{"a line that goes on", "Click è un pacchetto Python per creare belle interfacce a riga di comando\nin modo componibile con il minimo indispensabile di codice. Click sta per\n\"Command Line Interface Creation Kit\"."},
		{"an English verb in a Danish description", "Go alternativ hurtig SHA256-implementering\n\nDenne pakke tilbyder en alternativ hurtig-SHA256-implementering til den\ntilbudt af Go crypto/sha256-pakken, som understøtter midstate-beregninger.\n\nDenne pakke bruges af flere Tendermint-komponenter.\n"},
		{"a project's own call with a modal's object", "It is perfectly legal to use cryptographic\nproducts for authentication, rather than encryption purposes. If you\nlive in a country where use of cryptography even for authentication is\nforbidden then please contact us so we can make special arrangements.\n\nTo apply as a new member, you need an existing Debian Developer to\nsupport your application.\n"},
		{"a link's text in raw HTML", "<ul>\n<li><a class=\"url\" href=\"http://www.kbalertz.example/redir.aspx?kbnumber=Q290967\">Q290967 - WD2002: Cannot Place a Bullet in the Middle of a Sentence (Q290967)</a></li>\n\n<li><a class=\"url\" href=\"http://www.kbalertz.example/redir.aspx?kbnumber=Q201953\">Q201953 - WD2000: Macro to Find Automatic (Soft) Page Breaks (Q201953)</a></li>\n</ul>\n"},
		{"a name in backticks", "## 15.4.0 — 2023-12-12\n\n### Others\n\n- Drop `crypto` usage on web. ([#25411](https://github.com/expo/expo/pull/25411))\n"},
		{"a cross-reference in braces", "   Leech mode is often promised on banner sites, but rarely obtained.\n\n   :leech mode: n.\n\n   On FTP sites, a mode where one can download as many files as one wants. See {ratio site}, {banner\n   site}.\n"},
		{"a menu path's step", "Release notes - Invoicely Desktop 5.4.1\n\nFixed:\n- Invoices now print correctly\n- Crash when importing a CSV with an empty header row\n\nTo update, open Invoicely and choose Help > Check for Updates, or download it from our site."},
		{"an instruction's step", "How to turn on two-step verification\n\n1. Sign in to your PixelPlan account on the web.\n2. Click your profile picture, then go to Settings > Security.\n3. Scan the QR code with your authenticator app."},
		{"another language", "Todos los seres humanos nacen libres e iguales en dignidad y derechos. Para más información sobre derechos visite nuestra página."},
		{"empty", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, r := clean(t, tc.in)
			if out != tc.in {
				t.Errorf("changed legitimate text:\n got %q\nfrom %q\nedits %+v", out, tc.in, r.Edits)
			}
			if r.Score >= 0.5 {
				t.Errorf("score %v", r.Score)
			}
		})
	}
}

// Keywords and phrasings the development set does not have.
func TestUnseenKeywords(t *testing.T) {
	const want = "Health officials reported that vaccine uptake rose in March. Pharmacies said appointments filled within hours, while hospital admissions fell for the third week. Doctors urged older adults to get a booster before winter. The clinic on Main Street will stay open late on weekdays."
	for _, in := range []string{
		"Health officials reported that cheap flights to Paris vaccine uptake rose in March. Pharmacies said appointments filled within hours, while hospital admissions fell for the third week. Doctors urged older adults to get a booster before winter. The clinic on Main Street will stay open late on weekdays.\n\nIf you enjoyed this post and would like more details about cheap flights to Paris, visit our homepage.",
		"Health officials reported that vaccine uptake rose in March. Pharmacies said appointments SEO Agency London filled within hours, while hospital admissions fell for the third week. Doctors urged older adults to get a booster before winter. The clinic on Main Street SEO Agency London will stay open late on weekdays.",
		"Health officials reported that vaccine uptake rose in March. Pharmacies said appointments crypto trading bot filled within hours, while hospital admissions fell for the third week. Doctors urged older adults to get a booster before winter. The clinic crypto trading bot on Main Street will stay open late on weekdays.",
		"Health officials reported that vaccine uptake rose in March. Pharmacies said appointments filled within hours, while hospital admissions fell for the third week. Doctors urged older adults to get a booster before winter. The clinic on Main Street will stay open late on weekdays. Should you have any kind of questions concerning where and how to employ mold removal, you can e-mail us with our own web site.",
	} {
		if out, r := clean(t, in); out != want || r.Score < 0.5 {
			t.Errorf("score %.2f, got %q", r.Score, out)
		}
	}
}

// The question family's whole spintax, every combination of its slots,
// with the keyword inserted once more into the body: the call to action
// and the keyword go, the body stays.
func TestQuestionFamilySpintax(t *testing.T) {
	openers := []string{"If you have", "Should you have", "When you have", "In case you have", "In the event you have"}
	quantifiers := []string{"any", "almost any", "just about any", "any sort of"}
	nouns := []string{"questions", "inquiries", "concerns", "issues"}
	relations := []string{"about", "regarding", "relating to", "concerning", "pertaining to", "with regards to"}
	calls := []string{"contact us", "call us", "e-mail us", "get hold of us"}
	sites := []string{"web site", "web-page", "internet site", "site", "webpage"}
	want := body1 + "\n\n" + body2
	failed := 0
	for _, o := range openers {
		for _, q := range quantifiers {
			for _, n := range nouns {
				for _, r := range relations {
					for _, c := range calls {
						for _, s := range sites {
							cta := o + " " + q + " " + n + " " + r + " where and how to use mold removal, you can " + c + " at our " + s + "."
							in := body1 + "\n\n" + body2 + "\n\n" + cta
							if out, r := clean(t, in); out != want || r.Score < 0.5 {
								if failed++; failed <= 5 {
									t.Errorf("score %.2f for %q:\n got %q", r.Score, cta, out)
								}
							}
						}
					}
				}
			}
		}
	}
	if failed > 0 {
		t.Errorf("%d combinations of %d left", failed, len(openers)*len(quantifiers)*len(nouns)*len(relations)*len(calls)*len(sites))
	}
}

// spin expands one random choice of each {a|b|c} group of a spintax
// template (groups do not nest).
func spin(tpl string, r *rand.Rand) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(tpl, '{')
		if i < 0 {
			b.WriteString(tpl)
			return b.String()
		}
		j := strings.IndexByte(tpl[i:], '}') + i
		opts := strings.Split(tpl[i+1:j], "|")
		b.WriteString(tpl[:i])
		b.WriteString(opts[r.IntN(len(opts))])
		tpl = tpl[j+1:]
	}
}

// The sibling families, as spintax circulates them; a fixed sample of
// each family's combinations (the question family is covered whole above).
func TestSiblingFamiliesSpintax(t *testing.T) {
	families := []string{
		"{If you loved|If you liked|If you enjoyed|If you cherished|If you beloved} this {article|post|short article|write-up|informative article} and you would like to {get|receive|obtain|acquire} {more info|more information|more details|additional info|extra info} {about|regarding|concerning|relating to|with regards to|pertaining to} %KW%{,|} {please visit|kindly visit|please go to|i implore you to visit|kindly check out} our {own |}{web site|site|web-page|webpage|internet site|page}.",
		"{Here is|Here's} {more info|more information|more details|more} {about|regarding|in regards to|on|with regards to} %KW% {visit|check out|look at|take a look at|have a look at} our {own |}{web site|site|web-page|webpage|internet site|page}.",
		"{For more info|For more information|For more details|For more} {on|about|regarding|in regards to} %KW% {look at|check out|visit|take a look at|have a look at|look into} our {own |}{web site|site|web-page|webpage|internet site|page}.",
		"{Also visit|Feel free to surf to|Have a look at|Look at|Take a look at|Check out} my {website|web site|homepage|web-site|blog|page|webpage}{:|;|-} %KW%.",
	}
	want := body1 + "\n\n" + body2
	r := rand.New(rand.NewPCG(1, 2))
	for _, f := range families {
		failed := 0
		const n = 500
		for range n {
			cta := strings.Replace(spin(f, r), "%KW%", "cheap flights to Paris", 1)
			in := body1 + "\n\n" + body2 + "\n\n" + cta
			if out, res := clean(t, in); out != want || res.Score < 0.5 {
				if failed++; failed <= 3 {
					t.Errorf("score %.2f for %q:\n got %q", res.Score, cta, out)
				}
			}
		}
		if failed > 0 {
			t.Errorf("%d of %d left of family %.40q", failed, n, f)
		}
	}
}

// A keyword of a trade the niches lack, learned from the names of trades
// and from spam e-mail (commercial.txt), said three times.
func TestLearnedTradeKeyword(t *testing.T) {
	want := body1 + "\n\n" + body2
	in := "The city council met on Tuesday to discuss the new solar panel installation budget. Members argued for hours about the cost of road repairs solar panel installation and the pay of teachers.\n\n" +
		"In the end the mayor said the vote would wait solar panel installation until next month. Several residents spoke in favor of a new library on the east side."
	if out, r := clean(t, in); out != want || r.Score < 0.5 {
		t.Errorf("score %.2f, got %q", r.Score, out)
	}
	if !nicheWord("solar") && classOf["solar"]&clLearned == 0 {
		t.Error("solar is no learned word of trade")
	}
}

// A call to action in two sentences: the question names the keyword, the
// call sends the reader. Both go, or neither; a question of the author's
// before a call of the page's own stays.
func TestTwoSentenceCallToAction(t *testing.T) {
	// A name that ends the line before the question stays: "GMT" of a
	// header's date.
	in := body1 + "\n\nSent: Thu, 22 Aug 2002 10:04 GMT Shopping for cheap flights to Paris? We can help, browse our site now.\n\n" + body2
	if out, _ := clean(t, in); out != body1+"\n\nSent: Thu, 22 Aug 2002 10:04 GMT\n\n"+body2 {
		t.Errorf("got %q", out)
	}
	callsGo(t, []string{
		"Questions about cheap car insurance? Contact us through our website.",
		"Any questions about bad credit loans? Write to us via our site.",
		"Searching for cheap flights to Paris? Visit our website today.",
		// "Get in touch": no keyword after the verb, the question's.
		"Need payday loans online? Get in touch today through our website.",
	}, []string{
		body1 + " Was the budget fair? Contact us through our website.\n\n" + body2,
	})
}

// callsGo checks that each call to action, put between body1 and body2,
// goes whole with a spam score, and that each text of owns stays as it is.
func callsGo(t *testing.T, calls, owns []string) {
	t.Helper()
	want := body1 + "\n\n" + body2
	for _, cta := range calls {
		in := body1 + " " + cta + "\n\n" + body2
		if out, r := clean(t, in); out != want || r.Score < 0.5 {
			t.Errorf("score %.2f, got %q", r.Score, out)
		}
	}
	for _, own := range owns {
		if out, _ := clean(t, own); out != own {
			t.Errorf("the author's sentence went: %q", out)
		}
	}
}

// A store or shop on the web is a site a call sends the reader to; an
// offer ("the latest deals on") stands between the call's preposition and
// the keyword, and the reader's "your" and a time adverb ("now", "today")
// around it. A store that is not on the web, a sentence that sends nobody
// anywhere and a lone common word stay.
func TestOfferAndOnlineStore(t *testing.T) {
	callsGo(t, []string{
		"For the latest deals on cheap flights to Paris, visit our online store.",
		"For the latest deals on cheap flights to Paris, browse our website.",
		"Check out our online store for cheap flights to Paris.",
		// The reader's possessive and a time adverb around the keyword.
		"Get your cheap flights to Paris now at our online shop.",
		"Get your payday loans online today at our website.",
	}, []string{
		body1 + "\n\nGet your tickets now at our website.\n\n" + body2,
		body1 + "\n\n  * debian/rules: Drop workaround for the tests on ppc*\n\n" + body2,
		body1 + " Costco sells the same printer through its online store.\n\n" + body2,
	})
}

// A keyword led by a preposition: the family is the words after it, and
// the preposition goes with an occurrence only where the sentence reads on
// without the whole span, decided by the family's other occurrences (the
// slot of a call to action, the same preposition again) or, where the
// preposition opens a phrase, by the sentence model. Where the author's
// sentence needs it, it stays.
func TestLeadingPreposition(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"led in the slot",
			"The vote was close, for Denver Plumbing Services according to the clerk. " + body2 +
				"\n\nHere is more info in regards to for Denver Plumbing Services visit our webpage.",
			"The vote was close, according to the clerk. " + body2},
		{"led in the slot, a piece elsewhere",
			"The vote was close, with Seo Agency London according to the clerk. Members argued for hours about the Agency London cost of road repairs.\n\n" + body2 +
				"\n\nFor more details regarding with Seo Agency London, have a look at our site.",
			"The vote was close, according to the clerk. Members argued for hours about the cost of road repairs.\n\n" + body2},
		{"the same preposition twice, no template",
			"The city council met on Tuesday, with Botox Clinic Manchester according to the clerk. Members argued for hours about the cost of road repairs.\n\n" +
				"In the end the mayor said, with Botox Clinic Manchester as before, the vote would wait until next month. Several residents spoke in favor of a new library on the east side.",
			"The city council met on Tuesday, according to the clerk. Members argued for hours about the cost of road repairs.\n\n" +
				"In the end the mayor said, as before, the vote would wait until next month. Several residents spoke in favor of a new library on the east side."},
		{"once, opening a phrase",
			body1 + "\n\nThe vote was close, for Denver Plumbing Services according to the clerk. " + body2 +
				"\n\nFor more information on Denver Plumbing Services look at our web page.",
			body1 + "\n\nThe vote was close, according to the clerk. " + body2},
		{"once, after a word it does not pair with",
			body1 + "\n\nLater this play would be for Miami Roofing Contractor called Welcome To Our City. " + body2,
			body1 + "\n\nLater this play would be called Welcome To Our City. " + body2},
		{"the author's preposition",
			"The meeting was held in Denver Plumbing Services Ankara last week. " + body2 +
				"\n\nFor more information on Denver Plumbing Services look at our web page.",
			"The meeting was held in Ankara last week. " + body2},
		{"the author's particle",
			"The inspectors looked around Denver Plumbing Services for the leak. " + body2 +
				"\n\nFor more information on Denver Plumbing Services look at our web page.",
			"The inspectors looked around for the leak. " + body2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if out, _ := clean(t, tc.in); out != tc.want {
				t.Errorf("got  %q\nwant %q", out, tc.want)
			}
		})
	}
}

// Keywords of words only learned to be of trade (commercial.txt), no word
// of the niches, said twice: repetition counts where an occurrence is out
// of place, so the author's term used where the grammar wants it ("crown
// gall tissue", seven times in a Brown text) no longer sets their bar. A
// product is a noun phrase: a name ending in an adjective (a horse,
// "Garden Fresh", Brown ca11) is the author's.
func TestLearnedTradeKeywords(t *testing.T) {
	const host = "The city council met on Tuesday to discuss the new budget. Members argued for hours about the cost of road repairs and the pay of teachers. " +
		"In the end the mayor said the vote would wait until next month. Several residents spoke in favor of a new library on the east side."
	for _, tc := range []struct{ kw, a, b string }{
		{"luxury villa rental Bali", "discuss the new", "would wait until"},
		{"mold inspection Tampa", "argued for hours", "spoke in favor"},
		{"vegan protein powder", "discuss the new", "argued for hours"},
	} {
		in := host
		for _, at := range []string{tc.a, tc.b} {
			w := strings.SplitN(at, " ", 2)
			in = strings.Replace(in, at, w[0]+" "+tc.kw+" "+w[1], 1)
		}
		if out, r := clean(t, in); out != host || r.Score < 0.5 {
			t.Errorf("%q: score %.2f, got %q", tc.kw, r.Score, out)
		}
	}
	own := "Toying with her field in the early stages, Garden Fresh was asked for top speed only in the stretch. " +
		"Norman Small's Garden Fresh, a 3-year-old filly, downed promising colts. Culmone gets first win Garden Fresh, the result of a mating."
	if out, _ := clean(t, own); out != own {
		t.Errorf("a name ending in an adjective went: %q", out)
	}
}

// A keyword is a noun phrase: a finite verb ends its slot where the
// speaker's site follows ("Info about X can be found on our blog"), and a
// plural the corpus tags as a verb ("quotes", "loans") at its end after a
// noun makes no clause of it.
func TestSlotNounPhrase(t *testing.T) {
	for _, cta := range []string{
		"Info about payday loans online can be found on our blog.",
		"Information about HVAC repair Phoenix is available on my website.",
		"Follow my site for more on life insurance quotes.",
	} {
		want := body1 + "\n\n" + body2
		if out, _ := clean(t, body1+"\n\n"+body2+"\n\n"+cta); out != want {
			t.Errorf("%q: got %q", cta, out)
		}
	}
}

// A call to action whose keyword is capitalised ("CBD") has a start
// there too; the template's words before it, the topic opener among them
// ("über"), go with it: no "Wenn Sie irgendwelche Fragen über" left.
func TestStartBackOverOpener(t *testing.T) {
	in := body1 + " Wenn Sie irgendwelche Fragen über CBD oil for dogs haben, erreichen Sie uns über unserer Homepage. " + body2
	if out, _ := clean(t, in); out != body1+" "+body2 {
		t.Errorf("got %q", out)
	}
}

// A piece of a keyword made of function words alone ("on the" of "updates
// on the trip") is no keyword's: the author's sentences keep it.
func TestFunctionWordPieceStays(t *testing.T) {
	host := "The team drove on the road all night and slept in the car. Icons on the Desktop can be hidden in the Finder."
	for _, cta := range []string{
		"For more information on some updates on the trip look at our web page.",
		"Here is more info in regards to cheap hotels on the beach visit our webpage.",
	} {
		t.Run(cta[:30], func(t *testing.T) {
			out, _ := clean(t, host+"\n\n"+cta)
			if !strings.Contains(out, "drove on the road") || !strings.Contains(out, "Icons on the Desktop") {
				t.Errorf("got %q", out)
			}
		})
	}
}

// The classes have no rows for Italian, Portuguese, Dutch, Polish or
// Ukrainian: rows for them (54417ea, b7a92a6) caught calls in those
// languages but took authors' own calls in 21 of 225 documents of a helper's
// battery (lm-*, "Saiba mais sobre as inscrições no nosso site"), where a
// topic's words are as foreign to the English lexicon as a keyword's. An
// author's call in those languages stays.
func TestMoreLanguages(t *testing.T) {
	callsGo(t, nil, []string{
		"Dal 2 al 6 settembre via Garibaldi sarà chiusa al traffico per il rifacimento dell'asfalto. I residenti potranno accedere ai passi carrai dalle 19 alle 7. Visita il nostro sito per maggiori informazioni sui percorsi alternativi.",
		"O nosso clube tem abertas as inscrições para a escolinha de futebol, para crianças dos 5 aos 12 anos. Os treinos decorrem às terças e quintas ao fim da tarde. Saiba mais sobre as inscrições no nosso site.",
		"Onze camping is geopend van 1 april tot 31 oktober. Wij beschikken over ruime kampeerplaatsen, een verwarmd zwembad en een speeltuin. Bekijk onze website voor tarieven en beschikbaarheid.",
		"Urząd Gminy informuje, że od 1 lipca zmieniają się godziny pracy Urzędu Stanu Cywilnego. Więcej informacji o godzinach otwarcia na naszej stronie.",
		"Університет запрошує абітурієнтів на День відкритих дверей 15 березня. Ви зможете поспілкуватися з викладачами та студентами. Детальніше про вступну кампанію на нашому сайті.",
	})
}

func TestOwnCallsInOtherLanguagesStay(t *testing.T) {
	callsGo(t, nil, []string{
		"Il corso inizia lunedì. Scopri di più sul nostro sito.",
		"O LibreOffice é uma suíte de escritório livre. Saiba mais sobre o LibreOffice no nosso site.",
		"De bibliotheek is op zondag gesloten. Meer informatie over de openingstijden vindt u op onze website.",
		"Muzeum zostanie otwarte w maju. Odwiedź naszą stronę, aby dowiedzieć się więcej.",
		"Музей відкриється у травні. Відвідайте наш сайт, щоб дізнатися більше.",
		"Program działa na Linuksie.\n\nZamów katalog na naszej stronie.",
		"Die Bibliothek öffnet im Mai. Bestellen Sie Eintrittskarten auf unserer Webseite.",
		"The museum reopens in May. Order catalogs online at our web store.",
		"clique searching program\n\nCliquer searches for cliques in arbitrary weighted and unweighted graphs.",
		"Para más información, visite su sitio web o llame a su agente.",
	})
}

// A comment's praise before its call goes with it; the author's remark
// before a line that follows stays.
func TestPraiseBeforeCall(t *testing.T) {
	callsGo(t, []string{
		"Thanks for sharing! I also wrote about payday loans online on my blog.",
		"Great read! I wrote a post about cheap car insurance on my website.",
		// Led by an intensifier.
		"Very useful post! Everyone interested in payday loans online should visit my site.",
	}, []string{
		body1 + " Which is nice.\nI wrote a post about the budget on my website.\n\n" + body2,
	})
	// After a quote's mark the praise starts past it; the mark is the
	// quoted line's.
	in := body1 + "\n> Awesome write-up! Anyone looking for cheap car insurance should check out my blog.\n\n" + body2
	if out, _ := clean(t, in); out != body1+"\n>\n\n"+body2 {
		t.Errorf("got %q", out)
	}
}

// A call whose slot is its own offer ("to learn more", in any of the
// classes' languages) or a lone word in small letters names no keyword:
// the author's call stays.
func TestOfferOrLoneWordSlotStays(t *testing.T) {
	callsGo(t, nil, []string{
		"Музей откроется в мае. Заходите на наш сайт, чтобы узнать больше.",
		"El museo abre en mayo. Visite nuestro sitio para saber más.",
		"Das Museum öffnet im Mai. Besuchen Sie unsere Webseite, um mehr zu erfahren.",
		"Музей откроется в мае. Подробнее об экскурсиях на нашем сайте.",
		"The garden club meets monthly. Read more about composting on our blog.",
		// The offer's own conjunct holds no word of trade.
		"Ground-floor retail with large display windows on the busiest block. Open floor plan, rear loading access and storage.\n\nFor a tour, contact Big Sky Commercial Real Estate. Visit our website for floor plans and demographic information.",
	})
}

// Authors' own calls from a battery a helper wrote without seeing the code
// (2026-12-03): a date, a name, a clause begun or ended by a conjunction,
// the speaker's possessive, a weekday, an accented English word, an
// address with a path, a Dutch verb of finding: no keyword in any of them.
func TestOwnCallsOfTheBatteryStay(t *testing.T) {
	callsGo(t, nil, []string{
		"We're delighted to announce that Trattoria Lucca will be open on Mondays from next month. Our new autumn menu launches on 1 October; have a look at it on our website before you visit.",
		"Part-time kitchen porter wanted, evenings and weekends. No experience necessary, full training given. Pop in and ask for Dave, or apply through our website.",
		"This winter, thousands of families in our city will struggle to heat their homes. £25 can provide a warm blanket and a hot meal for a family in need. Please donate today through our website or by texting WARM to 70085.",
		"Best,\nPriya\n\nPriya Raman | UX Researcher\nRead my latest article on accessibility testing at priyaraman.design/blog",
		"The Harmony Singers are looking for new tenors and basses! No audition needed, just a love of singing. Rehearsals are on Monday evenings; find out more about us on our website.",
		"Hello friends of the farm!\nLambing season is in full swing, with 42 lambs born so far. Our farm shop now stocks fresh eggs again, and the café reopens on Easter weekend. See our website for café opening hours.",
		"Sehr geehrte Frau Schneider,\n\nIhre Bestellung Nr. 20931 wurde heute versandt. Die Sendungsverfolgung finden Sie in Ihrem Kundenkonto.\n\nInformationen zu Rücksendungen finden Sie auf unserer Webseite unter „Hilfe“.\n\nMit freundlichen Grüßen\nIhr Team von Holzwerk Bauer",
		"Требуется бухгалтер в строительную компанию, полный рабочий день, официальное трудоустройство. Подробнее о вакансии и о нашей компании — на нашем сайте.",
		"Гостиница «Волга» в центре Ярославля: уютные номера, завтрак включён. Узнайте о наших спа-программах и специальных предложениях на выходные на нашем сайте.",
		"Beste meneer De Vries,\n\nBedankt voor uw bestelling. Uw pakket is vandaag verzonden en wordt morgen bezorgd.\n\nMeer informatie over retourneren vindt u op onze website.\n\nMet vriendelijke groet,\nTeam Fietsenwinkel Van Dam",
	})
}

// A call that ran onto a line with no full stop, found a call because its
// keyword is found pushed in elsewhere, goes from the call's words: the
// line's own words before it stay ("Date: Not supplied", "... wrote:").
func TestCallRunOntoALineKeepsTheLine(t *testing.T) {
	in := "URL: http://boingboing.net/#85516136\nDate: Not supplied Achetez Airport Transfer Lisbon dès maintenant sur notre site.\n\n" +
		"Phone are being promoted as Airport Transfer Lisbon mobile \nblogging tools. Hack the Airport Transfer Lisbon Planet."
	out, _ := clean(t, in)
	if !strings.Contains(out, "Date: Not supplied") {
		t.Errorf("the line's words went: %q", out)
	}
}

// A lone word is no keyword, but a brand's name in its shape is: letters
// and digits mixed, or a capital after a small letter.
func TestLoneBrandName(t *testing.T) {
	callsGo(t, []string{
		"For more info about 1xBet visit our website.",
		"For more info about PokerStars visit our website.",
		// A keyword that a number or a question word begins.
		"For more info about 1 bedroom apartments Miami visit our website.",
		"For more info about how to lose weight fast visit our website.",
	}, []string{
		body1 + " For more info about Dave visit our website.\n\n" + body2,
	})
}

// An article that opens a place's name, capitalised before a capital (Las
// Vegas, El Paso, Los Angeles), is no determiner of the text's own: the
// slot holds the keyword (NAME-ARTICLE).
func TestNameArticleInSlot(t *testing.T) {
	callsGo(t, []string{
		"If you have any questions concerning where and how to use bail bonds Las Vegas, you can contact us at our own web page.",
		"For more information about dentist El Paso, check out our website.",
		"Here is more info in regards to plumber Los Angeles visit our webpage.",
	}, nil)
}

// A keyword's last word that the corpus tags a verb's third person
// ("deals") is a plural noun after a capitalised word or a plural ("Las
// Palmas deals", "pills deals"), no clause's verb: PLURAL-LAST.
func TestPluralLastInSlot(t *testing.T) {
	callsGo(t, []string{
		"Check out our site for the best weight loss pills deals.",
		"Check out our site for the best hotels Las Palmas deals.",
	}, nil)
}

// A piece of a keyword that a capitalised word of no keyword's continues
// is part of the author's name (PIECE-OF-A-NAME): the call goes, "the New
// York Philharmonic" stays whole.
func TestPieceOfAName(t *testing.T) {
	in := body1 + " He spent his best years with the New York Philharmonic. For more information about New York car accident lawyer, check out our website.\n\n" + body2
	want := body1 + " He spent his best years with the New York Philharmonic.\n\n" + body2
	if out, _ := clean(t, in); out != want {
		t.Errorf("got %q", out)
	}
}

// Where the speaker is found ("follow us on Instagram", "find us at the
// Old Mill") is the text's own: a call that sends the reader there names
// no keyword.
func TestWhereUsStays(t *testing.T) {
	callsGo(t, nil, []string{
		"The Old Mill now hosts weddings and private parties all year round. Find our menus, prices and photos on our website, or follow us on Instagram for daily specials.",
		"Our bakery opens at seven. Visit our website for the menu or find us on Facebook for weekly offers.",
	})
}

// A product or a sales word anywhere in a call's slot is a keyword's, an
// offer word at its end aside (a review's case): the call goes.
func TestOfferAfterAProductGoes(t *testing.T) {
	callsGo(t, []string{
		"Visit our website for cheap replica watches and pricing details.",
	}, nil)
}

// Rules of the keyword search without a call to action, each with a text
// it decides (the text with the keyword pushed in, and the author's).
func TestKeywordRules(t *testing.T) {
	for _, tc := range []struct{ rule, in, want string }{
		// FUNCTION-WORD-AFTER: the same function word after both
		// insertions is chance, not a longer phrase.
		{"FUNCTION-WORD-AFTER",
			"The city council met on Tuesday to discuss the new budget. Members argued buy cheap viagra in the hall for hours about the cost of road repairs and the pay of teachers.\n\n" +
				"In the end the mayor said the vote would wait until next month. Several residents spoke buy cheap viagra in favor of a new library on the east side.",
			"The city council met on Tuesday to discuss the new budget. Members argued in the hall for hours about the cost of road repairs and the pay of teachers.\n\n" +
				"In the end the mayor said the vote would wait until next month. Several residents spoke in favor of a new library on the east side."},
		// TRADE-TALKED-OF: a word of the trade English says in passing,
		// said once, does not make the text about the trade.
		{"TRADE-TALKED-OF",
			"The city council met on Tuesday to discuss the new budget. Members argued best CBD gummies for hours about the cost of road repairs and the diet of the town's schoolchildren.\n\n" +
				"In the end the mayor said the vote would wait best CBD gummies until next month. Several residents spoke in favor of a new library on the east side.",
			"The city council met on Tuesday to discuss the new budget. Members argued for hours about the cost of road repairs and the diet of the town's schoolchildren.\n\n" +
				"In the end the mayor said the vote would wait until next month. Several residents spoke in favor of a new library on the east side."},
		// INSIDE-AFTER-DASH: after a dash a sentence goes on.
		{"INSIDE-AFTER-DASH",
			"The city council met on Tuesday to discuss the new budget. Members argued -- best CBD gummies for hours about the cost of road repairs and the pay of teachers.\n\n" +
				"In the end the mayor said the vote would wait best CBD gummies until next month. Several residents spoke in favor of a new library on the east side.",
			"The city council met on Tuesday to discuss the new budget. Members argued -- for hours about the cost of road repairs and the pay of teachers.\n\n" +
				"In the end the mayor said the vote would wait until next month. Several residents spoke in favor of a new library on the east side."},
	} {
		t.Run(tc.rule, func(t *testing.T) {
			if out, _ := clean(t, tc.in); out != tc.want {
				t.Errorf("got  %q\nwant %q", out, tc.want)
			}
		})
	}
}

// Where a call's keyword ends and its words begin: "by" before a gerund
// that calls (BY-GERUND-CALLS), a particle before the preposition of the
// speaker's site (PARTICLE-BEFORE-SITE), a spinner's "the place and how
// to employ" for "where and how to use" (THE-PLACE-AND-HOW), and a plural
// after a word the corpus lacks ("vpn deals", UNKNOWN-BEFORE-PLURAL).
func TestSlotEnds(t *testing.T) {
	callsGo(t, []string{
		"Find out more about mold removal services by visiting our website.",
		"Read the complete guide on crypto trading signals over at our website.",
		"Should you have any inquiries about the place and how to employ water damage restoration, you are able to e mail us from our web site.",
		"Have a look at my web page: best vpn deals.",
	}, []string{
		"Learn more about the history of the mill by visiting our museum on Main Street.",
		"Questions about the place and how to register? Contact us at the office.",
	})
}

// A call quoted inside the author's sentence, every word of it within the
// quotation, is written about (QUOTED-CALL-MENTIONED); one that quotes
// only its keyword is a call.
func TestQuotedCallMentioned(t *testing.T) {
	callsGo(t, []string{
		`Visit our store for "best mattress deals" today.`,
	}, []string{
		`SEO spam is not aimed at you at all. Comments like "Very informative article, for best mattress deals visit our store" are written for search engine crawlers.`,
	})
}

// "contact us on our webpage about X": the speaker's site after the first
// opener is the call's place; the keyword follows the next
// (SITE-BEFORE-TOPIC).
func TestSiteBeforeTopic(t *testing.T) {
	callsGo(t, []string{
		"You can contact us on our webpage about dentist in Brooklyn.",
		"You could get hold of us on our web site about car rental Lisbon.",
	}, nil)
}

// A comment's signature in small letters after end punctuation starts a
// sentence of its own (SMALL-SIGNATURE).
func TestSmallSignature(t *testing.T) {
	callsGo(t, []string{
		"my homepage: hair transplant Turkey",
		"our web site - cheap car insurance quotes",
	}, nil)
}

// Anchor text put first, before a signature's mark that the call's words
// follow (KEYWORD-BEFORE-MARK), in small letters after end punctuation
// too; its anchor begins where its line's words do.
func TestKeywordBeforeMark(t *testing.T) {
	callsGo(t, []string{
		"emergency dentist Birmingham - learn more on our website.",
		"Dentist In Brooklyn - more information can be found in our home page.",
		"memory foam mattress - read more on our website.",
	}, []string{
		body1 + " Volunteer opportunities - contact us at the front desk.\n\n" + body2,
	})
}
