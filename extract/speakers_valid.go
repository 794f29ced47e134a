package extract

import "strings"

// This file holds spkValid: which noun phrases can be the source of a
// cue, and the word lists it uses.

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
	if spkShareOfTen(toks, s, e) {
		return true // "about 4 in 10 want", "one in five believe"
	}
	if spkIsTimeOrFiller(head.lower) {
		return false
	}
	if e-s == 1 && spkNoSourceWord(head) {
		return false // "As stated in", "And openly lie", "Having said that"
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
		spkPeopleNouns[hl+"s"] || lx.anonymous[sing] || lx.titles[sing] || lx.orgs[sing] || spkPersonNoun(hl) || spkDocumentNouns[sing] || spkPeople2Noun(hl)
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

// spkNoSourceWord reports whether a lone token can never be a source:
// a conjunction, preposition or gerund, which the tagger may read as a
// subject when it opens a sentence capitalised.
func spkNoSourceWord(t claimTok) bool {
	if _, ok := spkPronouns[t.lower]; ok {
		return false
	}
	switch t.lower {
	case "that", "this", "these", "those", "who", "which", "whom":
		return false
	}
	switch t.tag {
	case "IN", "CC", "TO", "WRB", "MD":
		return true
	}
	if strings.HasSuffix(t.lower, "ing") && (t.tag == "VBG" || t.upper) && !strings.HasPrefix(t.tag, "NNP") {
		return true
	}
	return spkFunctionWord(t.lower)
}

// spkShareOfTen reports whether the phrase [s, e) ends in a share of a
// group given as "N in M" ("4 in 10", "one in five", "3 out of 4"),
// which stands for that many people.
func spkShareOfTen(toks []claimTok, s, e int) bool {
	if e-s < 3 || toks[e-1].tag != "CD" {
		return false
	}
	k := e - 2
	if toks[k].lower == "of" && k-1 > s && toks[k-1].lower == "out" {
		k--
	} else if toks[k].lower != "in" {
		return false
	}
	return toks[k-1].tag == "CD"
}

// spkPeople2Nouns are singular common nouns for people by their role
// (political, legal, security and government staff) and for collective
// bodies of people, which can hold a belief or take a stance
// ("superdelegates believe", "the plaintiffs want", "his staff
// supports"). spkPeople2Noun also accepts their plurals.
var spkPeople2Nouns = func() map[string]bool {
	m := map[string]bool{}
	for _, g := range [][]string{
		// Political roles.
		{"delegate", "superdelegate", "nominee", "contender", "frontrunner", "front-runner", "incumbent", "challenger",
			"hopeful", "constituent", "elector", "operative", "pundit", "insider", "loyalist", "moderate", "hardliner",
			"hard-liner", "progressive", "populist", "centrist", "independent", "establishment", "elite", "faithful",
			"caucusgoer", "boss", "elder", "runner"},
		// Parties to a lawsuit and the law.
		{"plaintiff", "defendant", "petitioner", "appellant", "attorney", "lawyer", "juror", "witness", "litigant",
			"complainant", "accuser", "victim", "suspect"},
		// Security and government staff.
		{"staff", "staffer", "agent", "officer", "trooper", "troop", "soldier", "cop", "detective", "inspector",
			"investigator", "auditor", "spy", "diplomat", "negotiator", "envoy", "bureaucrat", "clerk"},
		// Collective bodies of people.
		{"faction", "camp", "circle", "wing", "caucus", "bloc", "panel", "board", "commission", "committee", "electorate",
			"leadership", "management", "membership", "clergy", "firm", "agency", "outlet", "network", "newsroom", "lobby",
			"industry", "community", "delegation", "troupe", "band"},
	} {
		for _, w := range g {
			m[w] = true
		}
	}
	return m
}()

// spkPeople2Texts are published texts, broadcasts and court filings that
// PolNeAR counts as the source of a stance ("the website claims", "the
// lawsuit seeks", "the course teaches"), besides spkDocumentNouns.
var spkPeople2Texts = map[string]bool{
	"website": true, "site": true, "blog": true, "page": true, "newsletter": true, "column": true, "op-ed": true,
	"essay": true, "story": true, "account": true, "transcript": true, "release": true, "segment": true, "show": true,
	"program": true, "programme": true, "broadcast": true, "commercial": true, "spot": true, "material": true,
	"course": true, "textbook": true, "manual": true, "guide": true, "handbook": true, "survey": true, "petition": true,
	"manifesto": true, "brief": true, "filing": true, "complaint": true, "lawsuit": true, "suit": true,
}

// spkPeople2Noun reports whether the lower-cased head noun w, singular or
// plural, is one of spkPeople2Nouns ("agents", "agencies", "bosses") or
// spkPeople2Texts ("websites").
func spkPeople2Noun(w string) bool {
	if spkPeople2Texts[w] || spkPeople2Texts[strings.TrimSuffix(w, "s")] {
		return true
	}
	if spkPeople2Nouns[w] || spkPeople2Nouns[strings.TrimSuffix(w, "s")] || spkPeople2Nouns[strings.TrimSuffix(w, "es")] {
		return true
	}
	if stem, ok := strings.CutSuffix(w, "ies"); ok {
		return spkPeople2Nouns[stem+"y"]
	}
	return false
}
