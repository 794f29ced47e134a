package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file holds the noun-phrase helpers of the speaker chunker
// (speakers.go): quantifier heads, relative pronouns, reduced relative
// clauses, dash appositions and names broken by mojibake.

// spkQuantHeads are words that head a subject on their own ("many
// said", "a third said", "most of them said", "those surveyed said").
var spkQuantHeads = map[string]bool{
	"many": true, "most": true, "some": true, "several": true, "few": true, "another": true, "each": true,
	"both": true, "all": true, "others": true, "none": true, "half": true, "one": true, "two": true, "three": true,
	"third": true, "thirds": true, "quarter": true, "majority": true, "minority": true, "plurality": true,
	"those": true, "everyone": true, "everybody": true, "nobody": true, "someone": true, "somebody": true,
	"anyone": true, "anybody": true, "either": true, "neither": true, "more": true, "fewer": true,
}

// spkRelPronouns are the relative pronouns that stand for their
// antecedent as a source ("a group that endorsed", "most of whom said").
var spkRelPronouns = map[string]bool{"who": true, "which": true, "that": true, "whom": true}

// spkAuxiliaries are auxiliaries that may stand before a floating
// quantifier ("have both argued").
var spkAuxiliaries = map[string]bool{
	"have": true, "has": true, "had": true, "will": true, "would": true, "can": true, "could": true, "may": true,
	"might": true, "should": true, "must": true, "do": true, "did": true, "does": true,
}

// spkPostAdverbs are adverbs that may follow a subject's head ("voters
// overall said", "officials here say", "politicians and voters alike").
var spkPostAdverbs = map[string]bool{
	"overall": true, "alike": true, "here": true, "there": true, "nationwide": true, "statewide": true,
	"worldwide": true, "everywhere": true, "together": true,
}

// spkSurveyVerbs are participles of a reduced relative clause after a
// subject ("those surveyed said", "voters polled said").
var spkSurveyVerbs = map[string]bool{
	"surveyed": true, "polled": true, "interviewed": true, "questioned": true, "asked": true, "contacted": true,
	"sampled": true, "quoted": true, "consulted": true, "queried": true,
}

// spkPostPreps are prepositions that open a post-modifier of a subject
// ("officers with no direct knowledge of the case", "Republicans like
// Ryan", "those on the left").
var spkPostPreps = map[string]bool{
	"of": true, "for": true, "at": true, "from": true, "in": true, "with": true, "on": true, "among": true,
	"across": true, "within": true, "around": true, "near": true, "like": true, "by": true, "inside": true,
	"outside": true, "behind": true,
}

// spkContractedAux reports whether token k is a contracted auxiliary
// glued to the pronoun before it ("he’s sought", "We’ve seen").
func spkContractedAux(toks []claimTok, k int) bool {
	if k < 1 || toks[k-1].end != toks[k].start {
		return false
	}
	switch strings.ReplaceAll(toks[k].lower, "’", "'") {
	case "'ve", "'d", "'ll", "'re", "'m":
		return true
	case "'s":
		_, pron := spkPronouns[toks[k-1].lower]
		return pron || toks[k-1].lower == "who" || toks[k-1].lower == "that" || toks[k].tag == "VBZ"
	}
	return false
}

// spkIsDash reports whether a token is a dash that can bracket an
// apposition ("John McCain -- who lost in 2008 -- said").
func spkIsDash(t claimTok) bool {
	switch t.text {
	case "--", "—", "–", "―", "-":
		return t.span < 0
	}
	return false
}

// spkMojibake reports whether a token holds characters that only occur
// in text decoded with the wrong charset ("FranÃ§ois"), or combining
// marks that split a word.
func spkMojibake(t claimTok) bool {
	for _, r := range t.text {
		if r == 'Ã' || r == 'Â' || r >= 0x80 && r <= 0xBF && r != '«' && r != '»' && r != '·' || unicode.Is(unicode.Mn, r) {
			return true
		}
	}
	return false
}

// spkMojibakeGroup returns the first token of the glued run (tokens with
// no space between them) that contains token k, when that run is one
// word broken by mojibake; otherwise k.
func spkMojibakeGroup(toks []claimTok, a, k int) int {
	if s, _, moji := spkGlued(toks, a, k); moji {
		return s
	}
	return k
}

// spkGlued returns the glued run [s, e) of tokens around token k, from
// a on, and whether it is a word broken by mojibake.
func spkGlued(toks []claimTok, a, k int) (int, int, bool) {
	s, e := k, k+1
	for s-1 >= a && toks[s-1].end == toks[s].start && toks[s-1].span < 0 && toks[s-1].text != "(" {
		s--
	}
	for e < len(toks) && toks[e-1].end == toks[e].start && toks[e].span < 0 && toks[e].text != ")" && toks[e].text != "," && toks[e].text != "." {
		e++
	}
	if e-s < 2 {
		return s, e, false
	}
	for i := s; i < e; i++ {
		if spkMojibake(toks[i]) {
			return s, e, true
		}
	}
	return s, e, false
}

// spkDashApposition chunks the subject before a dash-bracketed
// apposition that ends at the dash j: "Kall -- co-editor of a book --
// said". It returns the subject phrase.
func spkDashApposition(toks []claimTok, a, j int) (int, int, bool) {
	for p := j - 1; p > a && j-p < 40; p-- {
		t := toks[p]
		if t.span >= 0 || t.text == ";" || t.text == "." {
			return 0, 0, false
		}
		if t.text != toks[j].text {
			continue
		}
		if p+1 >= j-1 {
			return 0, 0, false
		}
		s, e, ok := spkChunkLeft(toks, a, p)
		if !ok || e != p && !(e == p+1 && toks[p].lower == "who") {
			return 0, 0, false
		}
		return s, e, true
	}
	return 0, 0, false
}

// spkQuantOf extends a head "them", "whom" or "those" after "of" to its
// quantifier: "most of them", "two of whom", "31 percent of those". It
// returns the start of the quantifier phrase, or -1.
func spkQuantOf(toks []claimTok, a, j int) int {
	if j-2 < a || toks[j-1].lower != "of" {
		return -1
	}
	q := toks[j-2]
	if spkQuantHeads[q.lower] || q.tag == "CD" || strings.HasPrefix(q.tag, "NN") && !q.upper {
		k := j - 2
		for k-1 >= a && (toks[k-1].lower == "a" || toks[k-1].lower == "the" || toks[k-1].tag == "CD" || toks[k-1].lower == "as" && k-2 >= a && toks[k-2].lower == "many") {
			k--
		}
		return k
	}
	return -1
}

// spkAntecedent finds the antecedent of a mention that is only a
// relative pronoun ("who", "that") or a quantifier of one ("most of
// whom"): the noun phrase before it, across a comma, dash, parenthesis or
// conjunction ("generals and admirals, most of whom"; "Cruz (who").
func spkAntecedent(toks []claimTok, s, e int) (int, int, bool) {
	if !spkRelPronouns[toks[e-1].lower] || toks[e-1].lower == "which" && e-s > 1 {
		return 0, 0, false
	}
	p := s
	if e-s > 1 {
		if q := spkQuantOf(toks, 0, e-1); q != s || toks[e-1].lower != "whom" {
			return 0, 0, false
		}
	}
	for p > 0 && p > s-3 && (toks[p-1].text == "," || toks[p-1].text == "(" || spkIsDash(toks[p-1]) || toks[p-1].lower == "and" || toks[p-1].lower == "but") {
		p--
	}
	if p == 0 || p == s && e-s == 1 && !spkQuantHeads[toks[p-1].lower] && !strings.HasPrefix(toks[p-1].tag, "NN") {
		return 0, 0, false
	}
	as, ae, ok := spkChunkLeft(toks, max(0, p-16), p)
	if !ok || ae != p || spkRelPronouns[toks[ae-1].lower] {
		return 0, 0, false
	}
	return as, ae, true
}

// spkAppositionAdverbs are adverbs that open an apposition ("Lewandowski,
// now a paid commentator, said").
var spkAppositionAdverbs = map[string]bool{"now": true, "also": true, "then": true, "once": true, "himself": true, "herself": true}

// spkAppositionOpener reports whether token k opens a non-restrictive
// clause or phrase after a common-noun subject: a relative pronoun,
// "including", "like", a participle or an adverb such as "now".
func spkAppositionOpener(toks []claimTok, k int) bool {
	t := toks[k]
	switch t.lower {
	case "who", "whose", "which", "including", "like", "such", "especially", "many", "most", "some", "all", "both":
		return true
	}
	return t.tag == "VBN" || spkAppositionAdverbs[t.lower]
}

// spkInApposition reports whether the clause from token k closes with a
// comma followed by a reporting verb within a few words: "…, who asked
// not to be named, said …".
func spkInApposition(toks []claimTok, k int) bool {
	for i := k; i < len(toks) && i < k+14; i++ {
		t := toks[i]
		if t.span >= 0 || t.text == "." || t.text == ";" || t.text == ":" {
			return false
		}
		if t.text == "," && i+1 < len(toks) {
			vf, ok := cueLexicon().verbs[toks[i+1].lower]
			return ok && vf.class == cueSpeech && !vf.ing && !vf.base
		}
	}
	return false
}

// spkOccupational reports whether a word is an occupational noun that
// titles a name ("hydrologist", "economist", "technician"), from the
// titles lexicon or its suffix.
func spkOccupational(w string) bool {
	if cueLexicon().titles[w] {
		return true
	}
	for _, suf := range []string{"ologist", "ist", "ician", "yst", "grapher", "eer"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+3 {
			return true
		}
	}
	return false
}

// thing reports whether a one-word name is used in the text as a place or
// company rather than a person: never the last word of a longer
// capitalised name, and written after "in", "at", "from" or "of", or
// before ", which" or a further capitalised word ("Nimbus Cloud").
func (r *spkResolver) thing(w string) bool {
	if _, ok := r.byShort(w, SpeakerPerson); ok {
		return false
	}
	for _, pre := range []string{" in ", " at ", " from ", " of ", " In ", " At "} {
		i := strings.Index(r.text, pre+w)
		if i < 0 {
			continue
		}
		after := r.text[i+len(pre)+len(w):]
		if after == "" || !unicode.IsLetter([]rune(after)[0]) {
			return true
		}
	}
	return strings.Contains(r.text, w+", which")
}

// spkOrgOf reports whether the phrase [s, e) names a body with "of": an
// organisation noun, then "of" and a capitalised word ("the Bank of
// Estavia", "the Ministry of Health", "Council of Northern States").
func spkOrgOf(toks []claimTok, s, e int) bool {
	for k := s + 1; k+1 < e; k++ {
		if toks[k].lower == "of" && toks[k+1].upper && cueLexicon().orgs[toks[k-1].lower] && toks[k-1].upper {
			return true
		}
	}
	return false
}

// spkShortQuoteStart returns the index of the opening mark of the short
// quotation (at most six words, a title or nickname) that holds token k,
// or -1 when k is in no such quotation within [a, k].
func spkShortQuoteStart(toks []claimTok, a, k int) int {
	sp := toks[k].span
	if sp < 0 {
		return -1
	}
	words := 0
	if toks[k].word {
		words++
	}
	for i := k - 1; i >= a; i-- {
		if toks[i].span != sp {
			return -1
		}
		if toks[i].word {
			words++
		}
		if words > 6 {
			return -1
		}
		if toks[i].quote != claimQuoteNone {
			if words == 0 {
				return -1
			}
			return i
		}
	}
	return -1
}

// spkLowerArticle lower-cases a leading indefinite article of an unnamed
// source ("A company spokeswoman" → "a company spokeswoman"), so that the
// name does not depend on where the mention stands in its sentence.
func spkLowerArticle(name string) string {
	for _, art := range []string{"A ", "An "} {
		if strings.HasPrefix(name, art) {
			return strings.ToLower(art[:1]) + name[1:]
		}
	}
	return name
}

// spkAnonHead returns the head noun of an unnamed source's name: the last
// word before a post-modifier ("a senior doctor at one of the hospitals"
// → "doctor").
func spkAnonHead(name string) string {
	words := strings.Fields(strings.ToLower(name))
	for i, w := range words {
		if i > 0 && (spkPostPreps[w] || w == "familiar" || w == "close" || w == "who") {
			return words[i-1]
		}
	}
	if len(words) == 0 {
		return ""
	}
	return words[len(words)-1]
}

// byAnonHead finds the most recent unnamed source before byte offset at
// whose head noun is noun.
func (r *spkResolver) byAnonHead(noun string, at int) (spkEntity, bool) {
	for i := len(r.entities) - 1; i >= 0; i-- {
		e := r.entities[i]
		if e.at < at && e.kind == SpeakerAnonymous && e.head == noun && !strings.HasPrefix(e.name, "the ") {
			return e, true
		}
	}
	return spkEntity{}, false
}

// byOrgNoun finds the most recent organisation before byte offset at,
// among the speakers and the names in the text, whose name holds the
// noun ("the bank" → "Bank of Estavia").
func (r *spkResolver) byOrgNoun(noun string, at int) (spkEntity, bool) {
	best := spkEntity{at: -1}
	for _, list := range [][]spkEntity{r.entities, r.names} {
		for _, e := range list {
			if e.kind != SpeakerOrganization || e.at >= at || e.at <= best.at || strings.HasPrefix(strings.ToLower(e.name), "the ") {
				continue
			}
			for w := range strings.FieldsSeq(strings.ToLower(e.name)) {
				if w == noun && e.name != noun {
					best = e
					break
				}
			}
		}
	}
	if best.at < 0 && spkCompanyNouns[noun] {
		// "the company" after "Veltra Motors said": the last body that spoke.
		for i := len(r.entities) - 1; i >= 0; i-- {
			if e := r.entities[i]; e.kind == SpeakerOrganization && e.at < at && spkHasUpper(e.name) {
				return e, true
			}
		}
	}
	return best, best.at >= 0
}

// spkCompanyNouns are organisation nouns that stand for a named company
// without repeating a word of its name.
var spkCompanyNouns = map[string]bool{"company": true, "firm": true, "carmaker": true, "automaker": true, "group": true, "business": true, "airline": true, "bank": true, "lender": true, "retailer": true, "insurer": true}

// spkHasUpper reports whether a name holds a capitalised word.
func spkHasUpper(name string) bool {
	for w := range strings.FieldsSeq(name) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// spkHasProperName reports whether tokens [s, e) hold a capitalised word
// other than at the start ("the Bank of Estavia", not "The bank").
func spkHasProperName(toks []claimTok, s, e int) bool {
	for k := s; k < e; k++ {
		if toks[k].upper && (k > s || toks[k].lower != "the") && !(k == s && spkSentenceStart(toks, k)) {
			return true
		}
	}
	return false
}

// spkSentenceStart reports whether token k opens a sentence.
func spkSentenceStart(toks []claimTok, k int) bool {
	return k == 0 || toks[k-1].text == "." || toks[k-1].quote != claimQuoteNone || toks[k-1].text == ":"
}

// spkPossessivePrefix returns where an organisation's name starts after a
// proper-noun possessive that only places it ("Kessaria’s disaster
// management authority"), or s when there is none.
func spkPossessivePrefix(toks []claimTok, s, h int) int {
	for k := s + 1; k+1 < h; k++ {
		if toks[k].lower == "’s" || toks[k].lower == "'s" {
			if !toks[k-1].upper {
				return s
			}
			for j := k + 1; j < h; j++ {
				if toks[j].upper {
					return s
				}
			}
			return k + 1
		}
	}
	return s
}

// spkScanOrgs collects the names of organisations in an article: runs of
// capitalised words, with "of", "for" and "and" inside, that hold an
// organisation noun ("Bank of Estavia", "Water Resources Agency").
func spkScanOrgs(text string, paras []*claimPara) []spkEntity {
	lx := cueLexicon()
	var out []spkEntity
	for _, p := range paras {
		toks := p.toks
		for i := 0; i < len(toks); i++ {
			if !toks[i].upper || !toks[i].word || toks[i].lower == "the" || i > 0 && toks[i-1].upper && toks[i-1].word && toks[i-1].lower != "the" {
				continue
			}
			j, org := i, false
			for j < len(toks) {
				t := toks[j]
				if t.upper && t.word {
					org = org || lx.orgs[t.lower]
					j++
					continue
				}
				if (t.lower == "of" || t.lower == "for" || t.lower == "and") && j+1 < len(toks) && toks[j+1].upper && toks[j+1].word && j > i {
					j++
					continue
				}
				break
			}
			if org && j-i >= 2 {
				out = append(out, spkEntity{name: text[toks[i].start:toks[j-1].end], kind: SpeakerOrganization, at: toks[i].start})
			}
			i = j
		}
	}
	return out
}

// fullOrgName returns the first longer capitalised name in the text that
// starts with the one-word name w ("Nimbus" → "Nimbus Cloud"), or w.
func (r *spkResolver) fullOrgName(w string) string {
	for i := 0; ; {
		j := strings.Index(r.text[i:], w+" ")
		if j < 0 {
			return w
		}
		j += i
		end := j + len(w)
		for {
			rest := r.text[end:]
			if !strings.HasPrefix(rest, " ") {
				break
			}
			word := strings.Fields(rest)
			if len(word) == 0 {
				break
			}
			first, _ := utf8.DecodeRuneInString(word[0])
			wd := strings.TrimRight(word[0], ".,;:’'s")
			if !unicode.IsUpper(first) || wd == "" || spkFunctionWord(strings.ToLower(wd)) {
				break
			}
			end += 1 + len(strings.TrimRight(word[0], ".,;:"))
			if strings.ContainsAny(word[0], ".,;:") {
				break
			}
		}
		if end > j+len(w) && (j == 0 || r.text[j-1] == ' ') {
			return strings.TrimSuffix(strings.TrimSuffix(r.text[j:end], "’s"), "'s")
		}
		i = j + len(w)
	}
}

// spkTimePreps are prepositions of time, whose object is an event or a
// period, never a source.
var spkTimePreps = map[string]bool{"after": true, "before": true, "since": true, "during": true, "until": true, "following": true}

// spkAgeNoun reports whether a token is an age used as a noun ("the
// 46-year-old said"), which the tagger reads as an adjective.
func spkAgeNoun(t claimTok) bool {
	return strings.HasSuffix(t.lower, "-year-old") || strings.HasSuffix(t.lower, "-year-olds")
}
