package spam

import (
	_ "embed"
	"encoding/binary"
	"strings"
	"sync"

	"github.com/unspin/unspin/internal/inplace"
	"github.com/unspin/unspin/internal/lexicon"
)

// A call to action is written in a small closed vocabulary: who speaks
// ("our", "my", "us"), where the reader is sent (a site, a page, a blog),
// what they are asked to do (visit, contact), what they are offered (more
// information, answers to their questions). Each class below is a closed
// grammatical class, listed in English, German, Spanish, French and Russian;
// the sentence model (model.go) weighs which of them a sentence holds, and
// the keyword slot is found between them. No class holds a keyword, and
// none was fitted to samples: they are what such sentences must be written
// in.

// class is a set of role bits of one word form.
type class uint64

const (
	clSelf    class = 1 << iota // determiner of the speaker's own site: our, my, unsere, nuestro, notre, наш
	clUs                        // the speaker as object: us, uns, nous, нами
	clSite                      // a site, page or blog
	clSiteMod                   // the first half of "web site", "internet site"
	clContact                   // getting in touch: contact, call, e-mail
	clCTA                       // what the reader is asked to do: visit, check, look, click
	clStrong                    // a verb that sends the reader somewhere whatever its context: visit, click
	clInfo                      // what is offered: information, details, facts
	clMore                      // more, additional, further
	clAsk                       // questions, concerns, inquiries
	clAny                       // any, some (before questions)
	clCond                      // if, should, when, in case
	clPraise                    // liked, loved, enjoyed (this article)
	clWork                      // article, post, write-up: what the spammer praises
	clPlease                    // please, kindly, generously
	clHere                      // here (is more)
	clUse                       // use, utilize, employ (where and how to use X)
	clHow                       // the how-clause between a topic preposition and the keyword
	clYou                       // the reader: you, Sie, usted, vous, вы
	clDet                       // a determiner before a site that is not the speaker's: the, this
	clThis                      // this (article)
	clNear                      // near (me): a place qualifier of a keyword
	clMe                        // me
	clFor                       // for (more)
	// What link spam sells (niches.go), looked up with the roles.
	clNiche      // a niche word or its plural
	clPairFirst  // the first word of a niche pair ("weight" of "weight loss")
	clPairSecond // the second word of a niche pair, or its plural
	clSales      // a sales word ("best", "cheap", "online")
	clLearned    // a learned word of trade (commercial.txt, tradeBar) or its plural
	clOpens      // the first word of a topic opener (topicOpeners)
	clLink       // a word linking a product keyword's words (linkWords)
	clLead       // a word that may stand before an imperative's verb (leadWords)
)

// Facts of a form kept with its classes in a document's tokens (facts), so
// that the tests asked of every word read no lexicon entry.
const (
	clMayShape  class = 1 << (40 + iota) // formMayShape
	clFunction                           // functionLex
	clUnshaped                           // wordInfo.unshaped, kept for the lexicon's forms only (tokens.unshaped)
	clShortForm                          // the form has at most maxCachedAbbrev bytes
)

// Facts of a token's spelling, kept with its classes in the view's slice
// (tokens.readTokens): read once, where the sentence rules ask them of
// every token again and again.
const (
	clCapital class = 1 << (50 + iota) // it starts with an upper-case letter
	clEnd                              // '.', '!' or '?'
	clOpener                           // an opening quote or bracket (isOpener)
	clCloser                           // a closing quote or bracket (isCloser)
)

// roles are the bits of the template's classes, the trade's aside.
const roles = clNiche - 1

// classWords lists each class's forms, lower-cased.
var classWords = map[class]string{
	clSelf: "our my ours unser unsere unserer unseren unserem unseres mein meine meiner meinen meinem meines " +
		"nuestro nuestra nuestros nuestras mi mis notre nos mon ma mes " +
		"наш наша наше наши нашем нашей нашего нашу нашим нашими наших мой моя моё мое мои моем моём моей моего мою моим",
	clUs: "us uns nous nosotros nos нас нами нам contáctenos llámenos escríbanos contactarnos escribirnos",
	clSite: "site sites website websites web-site webpage webpages web-page homepage home-page blog weblog web-blog " +
		"blog-post page portal webspace site's internet-site link links webseite webseiten internetseite internetseiten seite " +
		"sitio página portail " +
		"сайт сайте сайта сайту сайтом веб-сайт веб-сайте веб-сайта блог блоге блога страница странице страницу портал портале " +
		"online-shop onlineshop webshop online-store tienda-online boutique-en-ligne интернет-магазин интернет-магазине интернет-магазина",
	clSiteMod: "web internet online home",
	clContact: "contact contacting call email e-mail mail reach message phone ring write touch hold " +
		"kontaktieren kontakt erreichen schreiben anrufen " +
		"contactar contactarnos contáctenos contacte contacta contactenos llamar llámenos llamenos escribir escríbanos " +
		"contacter joindre écrire appeler " +
		"связаться свяжитесь пишите напишите позвоните звоните обращайтесь",
	clCTA: "visit see check look go stop browse drop head click swing come view surf explore review read hop pop " +
		"follow navigate take have get find learn discover " +
		"besuchen besuche schauen klicken sehen finden erfahren stöbern " +
		"visite visita visitar visítenos visitenos consulte consulta mira haga haz " +
		"visitez visiter consultez cliquez rendez-vous découvrez " +
		"посетите посетить заходите зайдите загляните перейдите смотрите читайте узнайте кликните",
	clStrong: "visit visiting click browse surf besuchen besuche klicken visite visita visitar visítenos visitez cliquez " +
		"посетите посетить заходите зайдите загляните перейдите кликните",
	clInfo: "info information informations details detail data facts particulars tips advice help guidance knowledge material stuff " +
		"informationen infos información detalles détails информация информации информацию подробности " +
		"hinweise auskünfte renseignements datos",
	clMore: "more additional further extra added much even mehr weitere weiteren zusätzliche más plus больше подробнее дополнительная дополнительной",
	clAsk: "questions question inquiries inquiry enquiries enquiry queries query concerns issues thoughts doubts problems " +
		"fragen frage preguntas pregunta dudas duda interrogations вопросы вопрос вопросов",
	clAny:    "any some virtually just almost nearly kind sort type irgendwelche alguna algún des какие-либо",
	clCond:   "if should when whenever case event wenn falls si если",
	clPraise: "liked loved enjoyed cherished adored appreciated beloved treasured like love enjoy",
	clWork:   "article post posting write-up writeup short informative report content piece story blog-post",
	clPlease: "please kindly generously simply bitte favor plaît пожалуйста implore",
	clHere:   "here here's hier aquí voici вот",
	clUse:    "use utilize utilise employ make work implement apply handle operate usar utilizar verwenden nutzen utiliser использовать",
	clHow: "where how exactly wherever ways way place places what which by and also as well along together addition with to the in of make " +
		"best tips on you can could one just ideal possible able",
	clYou:  "you your you'd you'll sie ihnen usted tú vous вы вас",
	clDet:  "the this a that der die das dem den ce cette le la les el este esta",
	clThis: "this",
	clNear: "near nearby",
	clMe:   "me",
	clFor:  "for für para pour для",
}

// classOf maps a lower-cased word to its classes and trade roles: one
// lookup per token.
var classOf = func() map[string]class {
	m := map[string]class{}
	for c, ws := range classWords {
		for _, w := range strings.Fields(ws) {
			m[w] |= c
		}
	}
	for w := range nicheWords {
		a, b, pair := strings.Cut(w, " ")
		if !pair {
			m[w] |= clNiche
			if stem(w+"s") == w {
				m[w+"s"] |= clNiche
			}
			continue
		}
		m[a] |= clPairFirst
		m[b] |= clPairSecond
		if stem(b+"s") == b {
			m[b+"s"] |= clPairSecond
		}
	}
	for w, v := range tradeScores {
		if v >= tradeBar {
			m[w] |= clLearned
			if stem(w+"s") == w {
				m[w+"s"] |= clLearned
			}
		}
	}
	for _, op := range topicOpeners {
		m[op[0]] |= clOpens
	}
	for w := range linkWords {
		m[w] |= clLink
	}
	for w := range leadWords {
		m[w] |= clLead
	}
	m["near"] |= clPairFirst
	m["me"] |= clPairSecond
	for w := range salesWords {
		m[w] |= clSales
	}
	return m
}()

// clsKeys holds, for each of the lexicon's IDs, the form's classes with
// the facts kept beside them and its key: the table every word of a
// document is read from (clsKeyOf), one cache line a word. It is made
// ahead (clskeys.bin, from makeClsKey: go test ./internal/pass/spam -run
// TestClsKeysFile -update) and read when the pass reads its first
// document: working out its 78,787 entries there cost every run ten
// milliseconds, more than cleaning a megabyte of fortunes, and working
// each out the first time a document holds it cost a run over the Brown
// articles more than that, form by form out of cache.
var (
	tablesOnce sync.Once
	clsKeys    []clsKey
)

//go:embed clskeys.bin
var clsKeysFile string

// loadTables makes clsKeys and the tags' numbers. Call it as
// tablesOnce.Do(loadTables) before clsKeyOf.
func loadTables() {
	clsKeys = readClsKeys(clsKeysFile, lexicon.IDs())
	numberTags()
}

// readClsKeys reads n entries from file (clsKeysBytes's), or works them
// out where file holds another number of them (a lexicon made anew
// without the file: TestClsKeysFile fails then).
func readClsKeys(file string, n int) []clsKey {
	if len(file) == 16*n {
		// (Where the machine reads the file as the table, it is the table.)
		if t := inplace.Slice[clsKey](file, n); t != nil {
			return t
		}
	}
	t := make([]clsKey, n)
	if len(file) != 16*n {
		for id := range lexicon.ID(n) {
			t[id] = makeClsKey(id)
		}
		return t
	}
	for id := range t {
		r := file[16*id:]
		t[id] = clsKey{class(u64(r)), wordKey(u64(r[8:]))}
	}
	return t
}

// clsKeysBytes is the file readClsKeys reads: each entry's classes and key,
// eight bytes each, little-endian, in the order of the IDs.
func clsKeysBytes(t []clsKey) []byte {
	b := make([]byte, 0, 16*len(t))
	for _, ck := range t {
		b = binary.LittleEndian.AppendUint64(b, uint64(ck.cls))
		b = binary.LittleEndian.AppendUint64(b, uint64(ck.key))
	}
	return b
}

func u64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// clsKeyOf returns the classes and key of the lexicon's form id.
func clsKeyOf(id lexicon.ID) clsKey { return clsKeys[id] }

// makeClsKey works out clsKeys[id] (punctuation's, all zero, for 0).
func makeClsKey(id lexicon.ID) clsKey {
	if id <= 0 {
		return clsKey{}
	}
	form := id.Form()
	w := wordInfo{form: form, lex: id.Stats(), cls: classOf[form]}
	w.shape = formMayShape(w.cls, w.lex, form)
	w.fn = functionLex(w.lex)
	w.key = keyOf(stem(form))
	c := w.facts()
	if w.unshapedForm() {
		c |= clUnshaped
	}
	return clsKey{c, w.key}
}

type clsKey struct {
	cls class
	key wordKey
}

type wordInfo struct {
	form  string // the lower-cased form
	lex   *lexicon.Stats
	cls   class
	key   wordKey // keyOf(stem(form)): the document counts words by it
	shape bool    // formMayShape
	fn    bool    // functionLex
}

// facts returns w's classes with the facts kept beside them.
func (w *wordInfo) facts() class {
	c := w.cls
	if w.shape {
		c |= clMayShape
	}
	if w.fn {
		c |= clFunction
	}
	if len(w.form) <= maxCachedAbbrev {
		c |= clShortForm
	}
	return c
}

// unshaped: keywordShapedAt rejects the word by its entry (clUnshaped): no
// noun or adjective by its entry, or, where Brown has not counted it, by
// its singular's.
func (w *wordInfo) unshaped() bool {
	if w.lex == nil || w.lex.Count == 0 {
		return wordCount(w.form) != 0 && !shapeTag(lexicon.Tag(w.form))
	}
	return !shapeTag(w.lex.Tag())
}

// unshapedForm is unshaped for a form of the lexicon, from its own entry:
// its Brown count is w.lex's (0 without one) and its tag w.lex's, so that
// only its singular is looked up, and only where Brown lacks the form.
func (w *wordInfo) unshapedForm() bool {
	if w.lex != nil && w.lex.Count != 0 {
		return !shapeTag(w.lex.Tag())
	}
	st := stem(w.form)
	if st == w.form || lexicon.Count(st) == 0 {
		return false
	}
	var tag string
	if w.lex != nil {
		tag = w.lex.Tag()
	}
	return !shapeTag(tag)
}

// infoOfForm completes the entry and classes of a lower-cased word.
func infoOfForm(lex *lexicon.Stats, cls class, lower string) wordInfo {
	return wordInfo{form: lower, lex: lex, cls: cls, key: keyOf(stem(lower)), shape: formMayShape(cls, lex, lower), fn: functionLex(lex)}
}

// topicOpeners introduce what a call to action is about: the keyword slot
// follows them ("more info in regards to X", "Fragen zu X", "sobre X").
var topicOpeners = [][]string{
	{"in", "regards", "to"}, {"with", "regards", "to"}, {"in", "regard", "to"}, {"with", "regard", "to"},
	{"relating", "to"}, {"related", "to"}, {"pertaining", "to"}, {"referring", "to"}, {"in", "relation", "to"},
	{"with", "respect", "to"}, {"in", "connection", "with"}, {"as", "regards"}, {"to", "do", "with"},
	{"associated", "with"}, {"regarding"}, {"concerning"}, {"about"}, {"on"}, {"re"}, {"for"},
	// Seeking or offering it: the slot follows the verb.
	{"interested", "in"}, {"looking", "for"}, {"searching", "for"}, {"offers"}, {"offer"}, {"provides"},
	{"provide"}, {"sells"}, {"sell"}, {"to", "buy"}, {"to", "get"}, {"to", "find"},
	{"zum", "thema"}, {"zu"}, {"über"}, {"bezüglich"}, {"betreffend"},
	{"acerca", "de"}, {"respecto", "a"}, {"relacionada", "con"}, {"relacionado", "con"}, {"sobre"},
	{"au", "sujet", "de"}, {"à", "propos", "de"}, {"concernant"}, {"sur"},
	{"по", "поводу"}, {"по", "теме"}, {"насчет"}, {"насчёт"}, {"относительно"}, {"о"}, {"об"}, {"про"},
	{"rund", "um"}, {"hinsichtlich"}, {"relatives", "à"}, {"relatif", "à"},
}

// openersByFirst lists the topic openers by their first word, in
// topicOpeners' order.
var openersByFirst = func() map[string][][]string {
	m := map[string][][]string{}
	for _, op := range topicOpeners {
		m[op[0]] = append(m[op[0]], op)
	}
	return m
}()

// fillers may stand between the parts of a how-clause ("where in addition
// to how", "where as well as the best way to use").
var howWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(classWords[clHow]) {
		m[w] = true
	}
	return m
}()

// signatureMarks part a signature's page from its keyword.
var signatureMarks = set(":", ";", "-", "–", "—", "|", "::", "--", "...")

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
