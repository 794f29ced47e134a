package extract

import (
	"strings"
)

// spkPronouns are the personal pronouns that can name a source, with the
// kind of referent they look for.
var spkPronouns = map[string]string{
	"he": SpeakerPerson, "she": SpeakerPerson, "i": SpeakerPerson,
	"they": "", "we": "", "it": SpeakerOrganization, "you": SpeakerPerson,
}

// spkTimeWords are words of a time adverbial that may stand between a
// subject and its verb ("The council on Wednesday approved").
var spkTimeWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"yesterday": true, "today": true, "tonight": true, "on": true, "last": true, "this": true, "week": true, "earlier": true,
	"morning": true, "afternoon": true, "evening": true, "night": true, "late": true, "month": true, "year": true,
	"just": true, "weekend": true, "next": true,
}

func spkIsNounTag(tag string) bool {
	return strings.HasPrefix(tag, "NN") || tag == "PRP" || tag == "CD"
}

// spkNPToken reports whether token k may be part of a speaker noun phrase.
func spkNPToken(toks []claimTok, k int) bool {
	t := toks[k]
	if t.span >= 0 {
		return false
	}
	if !t.word {
		return t.text == "-" || t.text == "&" || t.lower == "’s" || t.lower == "'s"
	}
	switch {
	case strings.HasPrefix(t.tag, "NN"), strings.HasPrefix(t.tag, "JJ"), t.tag == "DT", t.tag == "PRP$", t.tag == "POS", t.tag == "CD", t.tag == "NNP":
		return t.lower != "that" || t.tag != "DT"
	case t.upper && !strings.HasPrefix(t.tag, "VB") && t.tag != "IN" && t.tag != "CC" && t.tag != "PRP" && !strings.HasPrefix(t.tag, "W") && t.tag != "RB" && !claimSubordinators[t.lower]:
		return true
	case (t.tag == "VBN" || t.tag == "VBG" || t.tag == "VBD" && strings.HasSuffix(t.lower, "ed")) && k+1 < len(toks) && spkIsNounTag(toks[k+1].tag):
		// "informed sources", "retired general", but not the verb of
		// "the bill angered farmers".
		return k == 0 || !(strings.HasPrefix(toks[k-1].tag, "NN") || toks[k-1].tag == "PRP")
	}
	return false
}

// spkChunkLeft finds the speaker noun phrase that ends right before token
// end (a cue), within [a, end). It returns the phrase [start, stop) and ok.
// Pronouns stand alone; "X, who said" uses X; a time adverbial between
// subject and verb is skipped.
func spkChunkLeft(toks []claimTok, a, end int) (int, int, bool) {
	if end <= a || end > len(toks) {
		return 0, 0, false
	}
	j := end - 1
	// A contracted auxiliary: "he’s sought", "We’ve seen".
	if j-1 >= a && spkContractedAux(toks, j) {
		j--
	}
	// A dash apposition: "Kall -- co-editor of a book -- said".
	if j-2 > a && spkIsDash(toks[j]) {
		return spkDashApposition(toks, a, j)
	}
	// An apposition ending in a quoted title: "Joe Scarborough, host of
	// “Morning Joe,” suggested".
	if j-2 > a && toks[j].quote != claimQuoteNone && toks[j-1].text == "," && toks[j-1].span == toks[j].span {
		if o := spkShortQuoteStart(toks, a, j); o > a && o-1 > a && toks[o-1].span < 0 {
			return spkAppositiveLeft(toks, a, j)
		}
		return 0, 0, false
	}
	// Skip "on Monday", "earlier", "last week" between subject and verb.
	for k := j; k >= a && k >= end-4; k-- {
		if !spkTimeWords[toks[k].lower] {
			break
		}
		switch toks[k].lower {
		case "on", "earlier", "yesterday", "today", "last", "this", "just", "next":
			if k-1 >= a && (spkIsNounTag(toks[k-1].tag) || toks[k-1].upper) && !spkTimeWords[toks[k-1].lower] {
				j = k - 1
			}
		}
	}
	// A floating quantifier: "Merkley, Brown and Menendez all
	// suggested", "Cruz and Rubio have both urged", "who both back".
	if j-1 >= a && (toks[j].lower == "all" || toks[j].lower == "both" || toks[j].lower == "each") {
		switch p := toks[j-1]; {
		case spkIsNounTag(p.tag) || p.upper || spkRelPronouns[p.lower]:
			j--
		case (strings.HasPrefix(p.tag, "VB") || p.tag == "MD") && cueBeForms[p.lower] || spkAuxiliaries[p.lower]:
			if j-2 >= a {
				j -= 2
			}
		}
	}
	if j-1 >= a && spkReflexives[toks[j].lower] {
		j--
	}
	// "voters overall said", "officials here say": the mention keeps
	// these words after the head.
	tail := -1
	if j-1 >= a && (spkPostAdverbs[toks[j].lower] || spkSurveyVerbs[toks[j].lower]) {
		tail = j + 1
	}
	if j-1 >= a && spkPostAdverbs[toks[j].lower] && toks[j].tag != "EX" && (strings.HasPrefix(toks[j-1].tag, "NN") || spkQuantHeads[toks[j-1].lower]) {
		j--
	}
	// A reduced relative clause: "those surveyed said", "all the experts
	// I interviewed said".
	if j-1 >= a && (toks[j].tag == "VBN" || toks[j].tag == "VBD") && spkSurveyVerbs[toks[j].lower] {
		switch {
		case strings.HasPrefix(toks[j-1].tag, "NN") || spkQuantHeads[toks[j-1].lower]:
			j--
		case j-2 >= a && toks[j-1].tag == "PRP" && spkPronouns[toks[j-1].lower] != SpeakerOrganization &&
			(strings.HasPrefix(toks[j-2].tag, "NN") || spkQuantHeads[toks[j-2].lower]):
			j -= 2
		}
	}
	// "A court document filed Thursday", "a poll released in late
	// August": the head is before the date.
	if j >= a && spkIsDate(toks[j]) {
		k := j
		for k-1 >= a && (spkIsDate(toks[k-1]) || toks[k-1].lower == "late" || toks[k-1].lower == "early" || toks[k-1].lower == "mid" || toks[k-1].text == ",") {
			k--
		}
		if k-1 >= a && (toks[k-1].lower == "in" || toks[k-1].lower == "on" || toks[k-1].lower == "last" || toks[k-1].lower == "this") {
			k--
		}
		if k-1 >= a && (toks[k-1].lower == "earlier" || toks[k-1].lower == "later") {
			k--
		}
		if k-1 >= a && (toks[k-1].tag == "VBN" || toks[k-1].tag == "VBD" && strings.HasSuffix(toks[k-1].lower, "ed")) {
			k--
		}
		if k < j && k-1 >= a && (strings.HasPrefix(toks[k-1].tag, "NN") || toks[k-1].tag == "PRP" || toks[k-1].lower == "who" || toks[k-1].lower == "which") {
			// "McConnell, who in 2010 said".
			j = k - 1
		}
	}
	if j < a {
		return 0, 0, false
	}
	who := -1
	if spkRelPronouns[toks[j].lower] && toks[j].span < 0 && (toks[j].lower != "that" || toks[j].tag == "WDT" || toks[j].tag == "IN") {
		// "most of whom said", "many of whom say".
		if q := spkQuantOf(toks, a, j); q >= 0 && toks[j].lower == "whom" {
			return q, j + 1, true
		}
		if toks[j].lower == "whom" || j-1 < a {
			return 0, 0, false
		}
		who = j
		j--
		if toks[j].text == "," && j-1 >= a {
			if spkInApposition(toks, end) {
				// "An official, who asked not to be named, said": the
				// relative clause is no attribution of its own.
				return 0, 0, false
			}
			j--
		}
		p := toks[j]
		ante := spkIsNounTag(p.tag) && p.tag != "CD" && p.lower != "that" || p.upper && p.word && p.tag != "IN" || spkQuantHeads[p.lower] || p.text == ")"
		if toks[who].lower == "that" && !(strings.HasPrefix(p.tag, "NN") || p.tag == "CD") {
			// "that" relates only to a noun: "so that", "said that".
			return 0, 0, false
		}
		if !ante {
			// "and who believe", "(who enthusiastically endorses": the
			// relative pronoun alone.
			if toks[who].lower == "that" {
				return 0, 0, false
			}
			return who, who + 1, true
		}
	}
	t := toks[j]
	if t.span >= 0 {
		return 0, 0, false
	}
	if _, ok := spkPronouns[t.lower]; ok && t.tag == "PRP" {
		return j, j + 1, true
	}
	// "most of them said", "31 percent of those surveyed".
	if (t.lower == "them" || t.lower == "those" || t.lower == "us") && who < 0 {
		if q := spkQuantOf(toks, a, j); q >= 0 {
			k := q
			if toks[q].tag == "CD" || strings.HasPrefix(toks[q].tag, "NN") {
				k = spkChunkWalk(toks, a, q, q)
			}
			return k, j + 1, true
		}
		if t.lower != "those" {
			return 0, 0, false
		}
	}
	mg := spkMojibakeGroup(toks, a, j)
	if t.text != ")" && mg == j && !spkQuantHeads[t.lower] && !spkAgeNoun(t) && (!(spkIsNounTag(t.tag) || (t.upper && t.word)) || t.tag == "PRP") {
		return 0, 0, false
	}
	k := mg
	// A parenthesis after a name: "Mike Pence (R-IN) said".
	if toks[j].text == ")" {
		for k = j - 1; k > a && toks[k].text != "("; k-- {
		}
		if k <= a || j-k > 12 {
			return 0, 0, false
		}
		j = k - 1
		if !(spkIsNounTag(toks[j].tag) || toks[j].upper) {
			return 0, 0, false
		}
		k = j
	}
	k = spkChunkWalk(toks, a, j, k)
	if who >= 0 && toks[who].lower == "which" && k-1 >= a && spkTimePreps[toks[k-1].lower] {
		// "the order established after World War II, which opposes":
		// the object of a time preposition is no source.
		return 0, 0, false
	}
	if who >= 0 && toks[who].lower == "that" && k-1 >= a && (strings.HasPrefix(toks[k-1].tag, "VB") || toks[k-1].tag == "TO") {
		// "Trump released a video that said": the object of a verb is
		// no source of its own.
		return 0, 0, false
	}
	if who >= 0 {
		// The mention runs to the relative pronoun: "an architect who".
		return k, who + 1, true
	}
	if tail > j+1 {
		return k, tail, true
	}
	return k, j + 1, true
}

// spkChunkWalk extends a noun phrase whose head is token j leftwards from
// token k (its current start) and returns the phrase start.
func spkChunkWalk(toks []claimTok, a, j, k int) int {
	for k-1 >= a && j-k < 14 {
		p := k - 1
		if g := spkMojibakeGroup(toks, a, p); g < p {
			k = g
			continue
		}
		if spkNPToken(toks, p) {
			k = p
			continue
		}
		pt := toks[p]
		// "a spokesperson for the council", "Secretary of State".
		if spkPostPreps[pt.lower] && pt.lower != "like" && p-1 >= a && spkNPToken(toks, p-1) && (spkIsNounTag(toks[p-1].tag) || spkQuantHeads[toks[p-1].lower] && toks[p-1].lower != "those") {
			k = p
			continue
		}
		// "Many people involved in the negotiations", "a union
		// representing flight attendants".
		if (pt.tag == "VBN" || pt.tag == "VBG") && p-1 >= a && strings.HasPrefix(toks[p-1].tag, "NN") && toks[p-1].span < 0 {
			k = p
			continue
		}
		// "people familiar with the matter", "a source close to the
		// campaign".
		if (pt.lower == "with" || pt.lower == "to") && p-2 >= a && (toks[p-1].lower == "familiar" || toks[p-1].lower == "close") &&
			(strings.HasPrefix(toks[p-2].tag, "NN") || spkQuantHeads[toks[p-2].lower]) {
			k = p - 2
			continue
		}
		// "Clinton and Trump", "state and local leaders".
		if pt.lower == "and" && p-1 >= a && (toks[p-1].upper && toks[k].upper ||
			spkNPToken(toks, p-1) && strings.HasPrefix(toks[p-1].tag, "NN") && toks[p-1].tag != "NNP" && !toks[k].upper) {
			k = p
			continue
		}
		break
	}
	// A phrase never starts with a preposition, conjunction or participle.
	for k < j && (toks[k].tag == "IN" || toks[k].tag == "CC" || toks[k].text == "-" || toks[k].tag == "VBN" && !spkNPToken(toks, k)) {
		k++
	}
	return k
}

// spkChunkRight finds the speaker noun phrase starting at token start
// ("said Smith", "said the spokesman", "said he"), within [start, b).
func spkChunkRight(toks []claimTok, start, b int) (int, bool) {
	if start >= b {
		return 0, false
	}
	t := toks[start]
	if _, ok := spkPronouns[t.lower]; ok && t.tag == "PRP" {
		return start + 1, true
	}
	k := start
	for k < b && k-start < 12 {
		if spkNPToken(toks, k) {
			k++
			continue
		}
		if (toks[k].lower == "of" || toks[k].lower == "for" || toks[k].lower == "at" || toks[k].lower == "with") && k+1 < b && k > start && spkNPToken(toks, k+1) {
			k++
			continue
		}
		// "a diplomat briefed on the talks" with the participle read as a noun.
		if k-2 >= start && k+1 < b && (toks[k].lower == "on" || toks[k].lower == "in" || toks[k].lower == "with" || toks[k].lower == "to") &&
			strings.HasSuffix(toks[k-1].lower, "ed") && strings.HasPrefix(toks[k-2].tag, "NN") && !toks[k-2].upper && spkNPToken(toks, k+1) {
			k++
			continue
		}
		// "a person familiar with the talks", "a source close to the
		// campaign", "a diplomat briefed on the preparations".
		if k > start && k+2 < b && strings.HasPrefix(toks[k-1].tag, "NN") && !toks[k-1].upper && !strings.HasSuffix(toks[k-1].lower, "ed") &&
			((toks[k].lower == "familiar" || toks[k].lower == "close") && (toks[k+1].lower == "with" || toks[k+1].lower == "to") ||
				(toks[k].tag == "VBN" || strings.HasSuffix(toks[k].lower, "ed")) && (toks[k+1].lower == "on" || toks[k+1].lower == "in" || toks[k+1].lower == "with" || toks[k+1].lower == "to")) &&
			spkNPToken(toks, k+2) {
			k += 2
			continue
		}
		break
	}
	for k > start && !(spkIsNounTag(toks[k-1].tag) || toks[k-1].upper || spkAgeNoun(toks[k-1])) {
		k--
	}
	if k == start {
		return 0, false
	}
	return k, true
}

// spkValid reports whether the phrase [s, e) can be the source of a cue of
// the given class. Belief verbs need a person-like source: a pronoun, a
// proper name, or a noun for people or bodies.
func spkValid(toks []claimTok, s, e int, class cueVerbClass) bool {
	// "an Arkansas poultry magnate who": "who" stands for a person.
	person := e-1 > s && (toks[e-1].lower == "who" || toks[e-1].lower == "whom") && !spkPlaceNouns[toks[e-2].lower]
	for e-1 > s && (toks[e-1].lower == "who" || toks[e-1].lower == "which" || toks[e-1].text == ",") {
		e--
	}
	if s >= e {
		return false
	}
	head := toks[e-1]
	if e-s == 1 && head.lower == "who" {
		// A relative pronoun alone stands for its antecedent: "and who
		// believe", "(who endorses".
		return true
	}
	if spkQuantHeads[head.lower] && head.tag != "RB" {
		return true // "many believe", "those who fear", "both think"
	}
	if spkIsTimeOrFiller(head.lower) {
		return false
	}
	if class != cueBelief {
		return true
	}
	lx := cueLexicon()
	if _, ok := spkPronouns[head.lower]; ok {
		return true
	}
	if head.upper && s == e-1 && !strings.HasPrefix(toks[s].tag, "NN") && !(s > 0 && toks[s-1].word && toks[s-1].tag != "CC") {
		// A lone sentence-initial capitalised word the tagger does not
		// read as a name ("Many believe"); inside a sentence the capital
		// marks a name ("reasons that Trump refuses").
		return false
	}
	// The head noun stands before a post-modifier: "Others in the
	// community".
	for k := s + 1; k < e-1; k++ {
		if spkPostPreps[toks[k].lower] && toks[k].tag == "IN" {
			head = toks[k-1]
			break
		}
	}
	hl := head.lower
	sing := strings.TrimSuffix(hl, "s")
	return person || head.upper || lx.anonymous[hl] || lx.titles[hl] || lx.orgs[hl] || spkPeopleNouns[hl] || spkQuantHeads[hl] ||
		spkPeopleNouns[hl+"s"] || lx.anonymous[sing] || lx.titles[sing] || lx.orgs[sing] || spkPersonNoun(hl) || spkDocumentNouns[sing]
}

// spkPlaceNouns are places, which "who" never stands for: in "people all
// over this country who think" the antecedent is further back.
var spkPlaceNouns = map[string]bool{
	"country": true, "state": true, "city": true, "world": true, "nation": true, "area": true, "region": true,
	"town": true, "district": true, "county": true, "place": true, "places": true, "countries": true, "states": true,
}

// spkDocumentNouns are documents and data that PolNeAR counts as the
// source of a belief or stance ("a Times article hailed", "the data
// suggest").
var spkDocumentNouns = map[string]bool{
	"article": true, "analysi": true, "data": true, "record": true, "memo": true, "letter": true, "statement": true,
	"ad": true, "video": true, "book": true, "editorial": true, "research": true, "finding": true, "number": true,
	"figure": true, "tally": true, "document": true, "email": true, "tweet": true, "post": true, "platform": true,
	"bill": true, "law": true, "plan": true, "proposal": true, "ruling": true, "evidence": true, "estimate": true,
}

// spkPersonNoun reports whether a common noun names people by what they
// do ("developers", "the interviewer", "journalists", "historians").
func spkPersonNoun(w string) bool {
	w = strings.TrimSuffix(w, "s")
	if w == "son" || w == "children" || w == "people" || w == "side" || w == "rally" || w == "crowd" || w == "lady" {
		return true
	}
	for _, suf := range []string{"checker", "viewer", "writer", "maker", "holder", "owner", "lender", "developer", "leader", "member",
		"ist", "ian", "actor", "executive", "friend", "partisan", "thinker", "idealist", "radical", "trader", "lawmaker", "politician",
		"official", "lobbyist", "strategist", "consultant", "resident", "student", "teacher", "worker", "farmer", "parent",
		"regulator", "administrator", "advocate", "woman", "man", "father", "mother", "wife", "husband", "daughter",
		"companie", "company", "group", "union", "party", "partie", "backer", "watcher", "demonstrator", "prosecutor", "protester",
		"couple", "ladie", "generation", "chancellery"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// spkPeopleNouns are plural nouns for groups of people that hold beliefs.
var spkPeopleNouns = map[string]bool{
	"americans": true, "citizens": true, "democrats": true, "republicans": true, "conservatives": true, "liberals": true,
	"progressives": true, "women": true, "men": true, "voters": true, "leaders": true, "investors": true, "economists": true,
	"scientists": true, "researchers": true, "polls": true, "poll": true, "survey": true, "surveys": true, "majority": true,
	"respondents": true, "many": true, "most": true, "others": true, "both": true, "candidates": true, "students": true,
	"parents": true, "workers": true, "families": true, "evangelicals": true, "delegates": true, "members": true,
	"supporters": true, "critics": true, "opponents": true, "analysts": true, "experts": true, "observers": true,
	"activists": true, "protesters": true, "residents": true, "people": true, "aides": true, "advisers": true,
	"advisors": true, "allies": true, "rivals": true, "lawmakers": true, "legislators": true, "donors": true,
	"fans": true, "readers": true, "viewers": true, "participants": true, "several": true, "some": true,
	"half": true, "percent": true, "everyone": true, "nobody": true, "someone": true, "public": true,
	"audience": true, "crowd": true, "campaign": true, "administration": true, "government": true,
	"court": true, "judge": true, "jury": true, "report": true, "study": true, "group": true, "team": true,
}

func spkIsTimeOrFiller(w string) bool {
	switch w {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "week", "year", "month", "time", "day", "there", "this", "what", "which", "who":
		return true
	}
	return false
}

// spkEntity is one speaker resolved so far in an article, kept for
// resolving later pronouns, surnames and role descriptions.
type spkEntity struct {
	name, kind, role string
	at               int    // byte offset of its mention
	head             string // head noun of an anonymous source ("spokeswoman")
}

// spkResolver resolves mentions within one article. It is per call state,
// never shared.
type spkResolver struct {
	text     string
	entities []spkEntity
	names    []spkEntity // full person names seen in the text, in order
}

// spkNameWord reports whether a token can be part of a person's name.
func spkNameWord(t claimTok) bool {
	lx := cueLexicon()
	w := strings.TrimSuffix(t.lower, ".")
	return t.word && t.upper && !lx.titles[w] && !lx.honorifics[w] && !lx.orgs[w] && !lx.countries[w]
}

// resolve builds the Speaker for the mention tokens [s, e) of toks.
func (r *spkResolver) resolve(toks []claimTok, s, e int) Speaker {
	lx := cueLexicon()
	mention := r.text[toks[s].start:toks[e-1].end]
	relWhich := toks[e-1].lower == "which" // "which" never stands for a person
	if as, ae, ok := spkAntecedent(toks, s, e); ok {
		// "who", "most of whom": the name is the antecedent's.
		sp := r.resolve(toks, as, ae)
		sp.Name = strings.TrimSpace(sp.Name)
		return sp
	}
	for e-1 > s && (toks[e-1].lower == "who" || toks[e-1].lower == "which" || toks[e-1].lower == "that" || toks[e-1].text == ",") {
		e--
		mention = r.text[toks[s].start:toks[e-1].end]
	}
	// "those surveyed", "the experts I interviewed", "voters overall":
	// the head is before the reduced clause.
	for e-1 > s && (spkPostAdverbs[toks[e-1].lower] || spkSurveyVerbs[toks[e-1].lower]) {
		e--
		if e-1 > s && toks[e-1].tag == "PRP" {
			e--
		}
	}
	sp := Speaker{Kind: SpeakerUnknown, Name: mention}
	at := toks[s].start
	if e-s == 1 {
		if want, ok := spkPronouns[toks[s].lower]; ok {
			if ent, ok := r.recent(at, want); ok {
				sp.Name, sp.Kind = ent.name, ent.kind
				if ent.role != "" {
					role := ent.role
					sp.Role = &role
				}
			} else if want != "" {
				sp.Kind = want
			}
			return sp
		}
	}
	// The head part ends before a post-modifier ("a spokesperson for the
	// ministry"); "Secretary of State" keeps its "of".
	h := e
	for k := s + 1; k < e; k++ {
		l := toks[k].lower
		if l == "for" || l == "at" || l == "from" || l == "in" || l == "with" || l == "familiar" || (l == "of" && k+1 < e && !toks[k+1].upper) ||
			(toks[k].tag == "VBN" || strings.HasSuffix(toks[k].lower, "ed") && !toks[k].upper) && strings.HasPrefix(toks[k-1].tag, "NN") && k+1 < e && toks[k+1].tag == "IN" {
			h = k
			break
		}
	}
	// Leading determiners and possessives are not part of a role.
	rs := s
	for rs < h && (toks[rs].tag == "DT" || toks[rs].tag == "PRP$") {
		rs++
	}
	if rs >= h {
		rs = s
	}
	// The name is the trailing run of capitalised non-title words.
	ns := h
	for ns-1 >= rs {
		if g, _, moji := spkGlued(toks, rs, ns-1); moji && toks[g].upper {
			ns = g // "FranÃ§ois": one name word
			continue
		}
		if !spkNameWord(toks[ns-1]) {
			break
		}
		ns--
	}
	for ns < h && toks[ns].text == "-" {
		ns++
	}
	// "Hydrologist Marta Lindqvist" opening a sentence: an occupational
	// noun before a two-word name is a role, not a first name.
	if h-ns >= 3 && spkOccupational(toks[ns].lower) && (ns == 0 || !toks[ns-1].word) {
		ns++
	}
	headLower := strings.TrimSuffix(toks[h-1].lower, ".")
	phrase := r.text[toks[rs].start:toks[h-1].end]
	phraseLower := strings.ToLower(phrase)
	switch {
	case spkAgeNoun(toks[h-1]) && toks[s].lower == "the" && h == e:
		// "the 46-year-old": the person just named.
		if ent, ok := r.recent(at, SpeakerPerson); ok {
			sp.Name, sp.Kind = ent.name, ent.kind
		}
	case spkQuantHeads[headLower] || spkQuantHeads[toks[rs].lower] && !toks[h-1].upper:
		// "most of them", "those surveyed", "a third": unnamed people.
		sp.Kind = SpeakerAnonymous
	case lx.orgs[headLower] || lx.countries[headLower] || lx.countryLong[phraseLower] || lx.countryLong[strings.TrimPrefix(phraseLower, "the ")] ||
		spkOrgOf(toks, rs, h):
		// "the Bank of Estavia", "the Ministry of Health" are bodies.
		sp.Kind = SpeakerOrganization
		sp.Name = r.text[toks[rs].start:toks[e-1].end]
		if ent, ok := r.byShort(sp.Name, SpeakerOrganization); ok {
			sp.Name = ent.name
		}
		if ps := spkPossessivePrefix(toks, rs, h); ps == rs+2 && (lx.countries[toks[rs].lower] || r.thing(toks[rs].text)) {
			// "Kessaria’s disaster management authority": the body is
			// named without its country.
			sp.Name = r.text[toks[ps].start:toks[e-1].end]
		}
		if toks[s].lower == "the" && h == e && !spkHasProperName(toks, rs, h) && lx.orgs[headLower] {
			// "the bank", "the water agency": the body named before.
			if ent, ok := r.byOrgNoun(headLower, at); ok {
				sp.Name = ent.name
			}
		}
	case ns == rs && h-ns == 1 && lx.anonymous[headLower] && toks[ns].tag != "NNP":
		// "People familiar with the matter": a capitalised common noun
		// opening the sentence is no name.
		sp.Kind = SpeakerAnonymous
		sp.Name = spkLowerArticle(r.text[toks[s].start:toks[e-1].end])
	case ns < h && ns > rs && toks[ns-1].lower == "and":
		// "Smith and Jones": several people, named as written.
		sp.Kind = SpeakerPerson
		sp.Name = phrase
	case ns < h:
		sp.Kind = SpeakerPerson
		sp.Name = r.text[toks[ns].start:toks[h-1].end]
		if ns > rs {
			role := strings.TrimSpace(r.text[toks[rs].start:toks[ns-1].end])
			// Honorifics are not roles.
			if !lx.honorifics[strings.TrimSuffix(strings.ToLower(role), ".")] {
				sp.Role = &role
			}
		}
		if ns == h-1 || (ns > 0 && ns < h && lx.honorifics[strings.TrimSuffix(toks[ns-1].lower, ".")]) {
			if ent, ok := r.byShort(sp.Name, SpeakerPerson); ok {
				sp.Name = ent.name
				if sp.Role == nil && ent.role != "" {
					role := ent.role
					sp.Role = &role
				}
			}
		}
		if headLower == "campaign" || lx.orgs[headLower] {
			sp.Kind = SpeakerOrganization
		}
		if ns == h-1 && ns == rs && sp.Role == nil && sp.Name == toks[ns].text {
			if r.thing(sp.Name) || relWhich {
				// "Nimbus, which has …", "at Nimbus Cloud": a company or
				// place named once without a first name, by its full
				// name where the text gives one.
				sp.Kind = SpeakerOrganization
				sp.Name = r.fullOrgName(sp.Name)
			}
		} else if relWhich && sp.Role == nil {
			sp.Kind = SpeakerUnknown
		}
	case lx.anonymous[headLower] || lx.titles[headLower]:
		sp.Kind = SpeakerAnonymous
		sp.Name = spkLowerArticle(r.text[toks[s].start:toks[e-1].end])
		if toks[s].lower == "the" && h == e {
			if ent, ok := r.byRole(headLower, at); ok {
				sp.Name, sp.Kind = ent.name, ent.kind
				role := ent.role
				sp.Role = &role
			} else if ent, ok := r.byAnonHead(headLower, at); ok {
				// "the spokeswoman" after "a company spokeswoman said".
				sp.Name = ent.name
			}
		}
	}
	return sp
}

// recent returns the most recent entity before byte offset at of the
// wanted kind ("" for person or organisation).
func (r *spkResolver) recent(at int, want string) (spkEntity, bool) {
	for i := len(r.entities) - 1; i >= 0; i-- {
		e := r.entities[i]
		if e.at >= at {
			continue
		}
		if (want == "" && (e.kind == SpeakerPerson || e.kind == SpeakerOrganization)) || e.kind == want {
			return e, true
		}
	}
	if want == SpeakerPerson || want == "" {
		for i := len(r.names) - 1; i >= 0; i-- {
			if r.names[i].at < at && r.names[i].kind == SpeakerPerson {
				return r.names[i], true
			}
		}
	}
	return spkEntity{}, false
}

// byShort finds the first full name that ends with the short name.
func (r *spkResolver) byShort(short, kind string) (spkEntity, bool) {
	last := short
	if i := strings.LastIndexByte(short, ' '); i >= 0 {
		last = short[i+1:]
	}
	for _, list := range [][]spkEntity{r.entities, r.names} {
		for _, e := range list {
			if e.kind == kind && e.name != short && strings.HasSuffix(e.name, " "+last) {
				return e, true
			}
		}
	}
	return spkEntity{}, false
}

// byRole finds the one person whose role contains the noun among the
// speakers before byte offset at, or else among the full names written
// shortly before it.
func (r *spkResolver) byRole(noun string, at int) (spkEntity, bool) {
	one := func(list []spkEntity, from int) (spkEntity, bool) {
		var found spkEntity
		n := 0
		seen := map[string]bool{}
		for _, e := range list {
			if e.kind != SpeakerPerson || e.role == "" || seen[e.name] || e.at >= at || e.at < from {
				continue
			}
			for w := range strings.FieldsSeq(strings.ToLower(e.role)) {
				if w == noun {
					found = e
					n++
					seen[e.name] = true
					break
				}
			}
		}
		return found, n == 1
	}
	if e, ok := one(r.entities, 0); ok {
		return e, true
	}
	// A named person introduced just before ("Foreign Minister Katya
	// Dremel arrived … the minister told reporters") who has not spoken yet.
	return one(r.names, at-spkRoleWindow)
}

// spkRoleWindow is how far back, in bytes, a role description ("the
// minister") looks for a named person who has not spoken yet.
const spkRoleWindow = 400

// add records a resolved speaker.
func (r *spkResolver) add(sp Speaker, at int) {
	if sp.Kind != SpeakerPerson && sp.Kind != SpeakerOrganization && sp.Kind != SpeakerAnonymous {
		return
	}
	role := ""
	if sp.Role != nil {
		role = *sp.Role
	}
	head := ""
	if sp.Kind == SpeakerAnonymous {
		head = spkAnonHead(sp.Name)
	}
	r.entities = append(r.entities, spkEntity{name: sp.Name, kind: sp.Kind, role: role, at: at, head: head})
}

// spkScanNames collects the full person names of an article: runs of two
// or more capitalised name words, with the role words before them; then
// the organisation names (spkScanOrgs).
func spkScanNames(text string, paras []*claimPara) []spkEntity {
	var out []spkEntity
	for _, p := range paras {
		toks := p.toks
		for i := 0; i < len(toks); i++ {
			if !spkNameWord(toks[i]) || (i > 0 && spkNameWord(toks[i-1])) {
				continue
			}
			j := i
			for j < len(toks) && spkNameWord(toks[j]) {
				j++
			}
			// Skip sentence-initial words like "The" or "But".
			_, verb := cueLexicon().verbs[toks[i].lower]
			if j-i >= 2 && !spkFunctionWord(toks[i].lower) && !verb && j-i <= 4 {
				role := ""
				k := i
				hasTitle := false
				for k-1 >= 0 && i-k < 6 && toks[k-1].word && (toks[k-1].lower == "of" || !spkFunctionWord(toks[k-1].lower)) {
					tl := cueLexicon().titles[strings.TrimSuffix(toks[k-1].lower, ".")]
					if !tl && !toks[k-1].upper && toks[k-1].lower != "of" {
						break
					}
					hasTitle = hasTitle || tl
					k--
				}
				for k < i && toks[k].lower == "of" {
					k++
				}
				if !hasTitle {
					k = i
				}
				if k < i {
					role = text[toks[k].start:toks[i-1].end]
				}
				out = append(out, spkEntity{name: text[toks[i].start:toks[j-1].end], kind: SpeakerPerson, role: role, at: toks[i].start})
			}
			i = j
		}
	}
	// The organisations follow the persons; lookups check the kind.
	return append(out, spkScanOrgs(text, paras)...)
}

func spkFunctionWord(w string) bool {
	switch w {
	case "the", "but", "and", "a", "an", "in", "on", "at", "as", "if", "when", "while", "after", "before", "this", "that", "these", "those", "his", "her", "their", "our", "its", "for", "to", "of", "with", "by", "from", "during", "although", "though", "both", "all", "some", "many", "most", "more", "such", "so", "yet", "or", "nor", "it", "he", "she", "they", "we", "i", "you", "there", "here", "what", "who", "how", "why", "where", "then", "also", "not", "no", "mr", "mr.", "mrs.", "ms.":
		return true
	}
	return false
}

// spkAppositiveLeft finds a named speaker followed by an apposition that
// ends at the comma at index comma, before a cue: "Leonard Burman,
// director of the Tax Policy Center, said", "Trump, speaking to veterans,
// said", "Michael Mulgrew, president of the union, which represents
// teachers, said". It returns the name phrase.
func spkAppositiveLeft(toks []claimTok, a, comma int) (int, int, bool) {
	hops := 0
	bs, be, found := 0, 0, false
	for p := comma - 1; p > a && comma-p < 45; p-- {
		t := toks[p]
		if t.span >= 0 || t.quote != claimQuoteNone {
			// A short quoted title inside the apposition: "Washington,
			// star of television’s “Scandal,” thanked".
			o := spkShortQuoteStart(toks, a, p)
			if o < 0 {
				break
			}
			p = o
			continue
		}
		if t.text == ";" || t.text == "." && !(p+1 < len(toks) && (toks[p+1].text == "," || toks[p+1].text == ")")) {
			break
		}
		if t.text != "," {
			continue
		}
		hops++
		if hops > 4 {
			break
		}
		first := toks[p+1]
		if !(first.tag == "DT" || strings.HasPrefix(first.tag, "NN") || strings.HasPrefix(first.tag, "JJ") || first.tag == "VBG" ||
			first.tag == "PRP$" || first.tag == "CD" || first.lower == "who" || first.lower == "which" || first.upper || first.tag == "IN" ||
			spkReflexives[first.lower] || first.lower == "whose" || first.tag == "VBN" || spkAppositionAdverbs[first.lower]) {
			continue
		}
		// "A lawyer for the outlets, David Schulz, said": the name is inside.
		if hops == 1 {
			s2, e2, ok := spkChunkLeft(toks, a, comma)
			paren2 := ok && e2 < comma && toks[e2].text == "(" && toks[comma-1].text == ")"
			if ok && (e2 == comma || paren2) && s2 == p+1 && toks[e2-1].tag == "NNP" && (toks[s2].upper || toks[s2].tag == "DT" && e2-s2 >= 3 && toks[s2+1].upper) {
				if _, _, ok := spkChunkLeft(toks, a, p); ok && !toks[p-1].upper {
					return s2, e2, true
				}
			}
		}
		s1, e1, ok := spkChunkLeft(toks, a, p)
		if ok && found && s1-1 >= a && (toks[s1-1].tag == "IN" && toks[s1-1].lower != "of" || strings.HasPrefix(toks[s1-1].tag, "VB")) {
			// "In a panel discussion in Washington, Marc Morial, …",
			// "Speaking Tuesday in Berea, Gov. John Kasich, …": an
			// adverbial before the subject ends the chain.
			break
		}
		paren := e1 < p && toks[e1].text == "(" && toks[p-1].text == ")"
		if ok && (e1 == p || paren) && (toks[e1-1].tag == "NNP" || toks[e1-1].tag == "NNPS" || hops == 1 && toks[e1-1].upper) {
			// Keep going: the farthest name is the head of the chain
			// ("Sandra Inman, a supporter from Jackson, Miss., said").
			bs, be, found = s1, e1, true
		} else if ok && e1 == p && !found && spkAppositionOpener(toks, p+1) && (strings.HasPrefix(toks[e1-1].tag, "NN") || spkQuantHeads[toks[e1-1].lower]) &&
			claimAdverbialLead(toks, a, s1) {
			// A common noun whose apposition is a relative or participle
			// clause: "A White House official, who requested anonymity,
			// said", "Several candidates, including Trump, said".
			bs, be, found = s1, e1, true
		}
	}
	return bs, be, found
}

// spkReflexives are the reflexive pronouns that may follow a subject
// ("Ford itself said", "Tester, himself up for reelection, said").
var spkReflexives = map[string]bool{"itself": true, "himself": true, "herself": true, "themselves": true, "myself": true, "ourselves": true}

// spkMonths are month names, for dates after a subject.
var spkMonths = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
}

// spkIsDate reports whether a token is a weekday, month, year or day word.
func spkIsDate(t claimTok) bool {
	if spkMonths[t.lower] && t.upper || spkIsTimeOrFiller(t.lower) && t.lower != "there" && t.lower != "this" && t.lower != "what" && t.lower != "which" && t.lower != "who" {
		return true
	}
	if len(t.text) == 4 && t.text[0] >= '1' && t.text[0] <= '2' && t.tag == "CD" {
		return true // a year
	}
	return t.tag == "CD" && len(t.text) <= 2
}
