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
		case spkIsDash(p) && j-3 > a:
			j--
		case spkIsNounTag(p.tag) || p.upper || spkRelPronouns[p.lower]:
			j--
		case (strings.HasPrefix(p.tag, "VB") || p.tag == "MD") && cueBeForms[p.lower] || spkAuxiliaries[p.lower]:
			if j-2 >= a {
				j -= 2
			}
		}
	}
	// "figures — whose party … — both suggested": the apposition
	// before a floating quantifier.
	if j != end-1 && j-2 > a && spkIsDash(toks[j]) {
		return spkDashApposition(toks, a, j)
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
	// "a third of voters or less want": the mention keeps the hedge
	// after the head.
	if j-2 >= a && (toks[j].lower == "less" || toks[j].lower == "more" || toks[j].lower == "fewer") && toks[j-1].lower == "or" && strings.HasPrefix(toks[j-2].tag, "NNS") {
		if tail < 0 {
			tail = j + 1
		}
		j -= 2
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
	if k, ok := spkShareLeft(toks, a, j); ok {
		return k, j + 1, true // "six in 10 say", "one in five"
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
	if k, ok := spkCloseToPronoun(toks, a, j); ok && who < 0 {
		return k, j + 1, true // "a source close to him said"
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
		// "officials on and off the island", "residents in and around
		// the city": two coordinated prepositions share one object.
		if (spkPostPreps[pt.lower] || pt.lower == "off") && pt.tag != "CC" && p-3 >= a && (toks[p-1].lower == "and" || toks[p-1].lower == "or") &&
			(toks[p-2].tag == "IN" || toks[p-2].tag == "RP") && strings.HasPrefix(toks[p-3].tag, "NN") && toks[p-3].span < 0 {
			k = p - 3
			continue
		}
		// "Clinton and Trump", "state and local leaders".
		if pt.lower == "and" && p-1 >= a && (toks[p-1].upper && toks[k].upper || spkAndOther(toks, a, p, k) ||
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
				if s3, _, ok := spkChunkLeft(toks, a, p); ok && !toks[p-1].upper && !spkNamedBefore(toks, a, s3) {
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
	if found && be+2 < comma && toks[be].text == "," && toks[be+1].lower == "who" && toks[be+2].text == "," {
		// "Bruce Turry, who, like other members, said": "who" is the
		// cue's subject; the mention runs to it, as in "Turry, who
		// said". ("An official, who asked not to be named, said" keeps
		// the name alone.)
		be += 2
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

// spkNamedBefore reports whether the phrase starting at token s is itself
// an apposition after a comma to a name ("Vian, the editor of the
// newspaper, L'Osservatore Romano, said": the paper is no source).
func spkNamedBefore(toks []claimTok, a, s int) bool {
	if s-2 < a || toks[s-1].text != "," {
		return false
	}
	_, e, ok := spkChunkLeft(toks, a, s-1)
	return ok && e == s-1 && (toks[e-1].tag == "NNP" || toks[e-1].tag == "NNPS")
}
