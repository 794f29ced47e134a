package extract

import "strings"

// This file holds the attributions without a source whose content lies
// around their cue, as PolNeAR annotates them: the writer reports an
// impression, a reputation or a report without naming whose it is. Each
// shape was kept only when its marginal precision on PolNeAR train was at
// least 0.5 and dev did not go down (numbers in the commit messages).
//
//   - a linking verb of impression with its complement: "Trump seemed
//     frustrated", "the plan seems like a fair compromise" (content:
//     subject, then complement); with an expletive subject, "it appears
//     that …" (content: the clause after the cue);
//   - the raising verbs of cueRaising, "the House is expected to pass
//     …", "was said to be furious" (content: subject, then the
//     infinitive);
//   - an agentless passive of speech, stance or judgement: "he is seen as
//     a moderate", "Boeing has been criticized for its policies" (content:
//     subject, then complement);
//   - a reduced relative clause: "the contests known as Super Tuesday",
//     "a contractor accused of spying" (content: noun phrase, then
//     complement);
//   - "reportedly" inside a clause: "the FBI is reportedly preparing …"
//     (content: the clause without the adverb).
//
// Measured and left out (train precision below 0.5 or dev down): "it is
// unclear whether …" (0.38: PolNeAR annotates about half of them), "look"
// and "sound", "allegedly"/"apparently"/"seemingly", "called"/"titled"
// after a noun. Agentless passives of a report or a release ("the deal
// was announced") are in claims_naming.go. Nouns of
// speech and stance without a possessor ("questions about", "opposition
// to") are in claims_sourceless_nouns.go.

// The cue kinds of this file continue claimCueKind.
const (
	// cueAround splits its content around the cue: subject, then
	// complement.
	cueAround claimCueKind = iota + 100
	// cueAroundClause takes the clause after the cue as its content: "it
	// seems that …".
	cueAroundClause
	// cueAroundAdverb is a hedging adverb; its content is its clause
	// without it.
	cueAroundAdverb
	// cueAroundReduced is a participle in a reduced relative clause:
	// "contests known as …"; content: the noun phrase, then the
	// complement.
	cueAroundReduced
)

// srclessLinkVerbs are the forms of the linking verbs of impression.
// "look" and "sound" were measured and left out: PolNeAR annotates "the
// race looks close" less often than not (train precision 0.40).
var srclessLinkVerbs = map[string]bool{
	"seem": true, "seems": true, "seemed": true, "appear": true, "appears": true, "appeared": true,
}

// srclessPassives are the participles of speech, stance and judgement
// whose agentless passive attributes without a source, each with the
// words that may follow it: a preposition that joins the cue ("is known
// for", "was charged with"), or srclessNP when a noun phrase complement
// may follow directly ("is considered a threat", "was dubbed the …").
var srclessPassives = map[string]map[string]bool{
	"known": {"as": true, "for": true}, "seen": {"as": true}, "considered": {srclessNP: true, "as": true},
	"regarded": {"as": true}, "viewed": {"as": true}, "described": {"as": true}, "deemed": {srclessNP: true},
	"dubbed": {srclessNP: true}, "labeled": {"as": true, srclessNP: true}, "labelled": {"as": true, srclessNP: true},
	"branded": {"as": true, srclessNP: true}, "billed": {"as": true}, "touted": {"as": true}, "hailed": {"as": true},
	"called": {srclessNP: true}, "defined": {"as": true}, "rated": {"as": true}, "charged": {"with": true},
	"accused": {"of": true}, "criticized": {"for": true}, "criticised": {"for": true}, "blamed": {"for": true},
	"praised": {"for": true}, "declared": {srclessNP: true}, "perceived": {"as": true}, "portrayed": {"as": true},
	"characterized": {"as": true}, "thought": {"of": true}, "suspected": {"of": true},
}

// srclessPassivesMore are further participles of judgement, measured
// apart (train Δtp +10 / Δn_pred +14). "questioned",
// "celebrated", "dismissed", "derided" and "lambasted" were measured and
// left out: PolNeAR seldom annotates them without a source.
var srclessPassivesMore = map[string]map[string]bool{
	"remembered": {"as": true, "for": true},
	"identified": {"as": true}, "recognized": {"as": true, "for": true}, "challenged": {"over": true, "on": true, "about": true}, "condemned": {"as": true, "for": true}, "mocked": {"as": true, "for": true},
	"blasted": {"as": true, "for": true}, "slammed": {"as": true, "for": true},
	"denounced": {"as": true, "for": true}, "ridiculed": {"as": true, "for": true}, "attacked": {"as": true, "for": true},
	"credited": {"with": true}, "treated": {"as": true}, "mentioned": {"as": true}, "interpreted": {"as": true},
	"painted": {"as": true}, "cast": {"as": true}, "framed": {"as": true}, "pegged": {"as": true}, "touted": {"as": true},
	"panned": {"as": true, "for": true}, "faulted": {"for": true}, "lauded": {"as": true, "for": true}, "assailed": {"as": true, "for": true},
}

// srclessRaisingPassives are the participles that, passive and before
// "to", attribute like cueRaising: "was said to be furious", and the
// passives of purpose "was intended/meant to" (train Δtp +8 / Δn_pred +11
// with their reduced relatives; "designed to" was measured and left out:
// 0.35).
var srclessRaisingPassives = map[string]bool{"said": true, "known": true, "alleged": true, "rumoured": true, "intended": true, "meant": true}

// srclessNP marks in srclessPassives a participle that takes a noun
// phrase complement.
const srclessNP = ""

// srclessNegatedFacts are the participles whose negated passive ("has
// not been charged with") states a fact rather than reports a view.
var srclessNegatedFacts = map[string]bool{"charged": true, "accused": true, "suspected": true}

// srclessAdverbs are the hedging adverbs that attribute their clause to
// an unnamed source. ("allegedly", "apparently" and "seemingly" are
// left out: PolNeAR annotates them rarely, train precision 0.41.)
var srclessAdverbs = map[string]bool{"reportedly": true}

// srclessTrigger reports whether a lower-case word can start a cue of
// this file, so that its sentence gets POS tags.
func srclessTrigger(w string) bool {
	_, pass := srclessPassives[w]
	_, pass2 := srclessPassivesMore[w]
	pass = pass || pass2
	_, report := claimNamingReports[w]
	report = report || claimNamingParticiples[w]
	return srclessLinkVerbs[w] || pass || report || srclessRelatives[w] != nil || srclessAdverbs[w] || srclessNounTrigger(w) || w == "about"
}

// srclessFind returns the cue of this file starting at token i of the
// unit [a, b), if any.
func srclessFind(toks []claimTok, a, b, i int) (claimCue, bool) {
	t := toks[i]
	if t.span >= 0 || !t.word {
		return claimCue{}, false
	}
	switch {
	case srclessLinkVerbs[t.lower]:
		return srclessLink(toks, a, b, i)
	case cueBeForms[t.lower]:
		if c, ok := srclessPassive(toks, a, b, i); ok {
			return c, true
		}
		return claimNamingPassive(toks, a, b, i) // claims_naming.go
	case srclessRelatives[t.lower] != nil:
		return srclessReduced(toks, a, b, i)
	case srclessAdverbs[t.lower]:
		return srclessAdverb(toks, a, b, i)
	case srclessNounTrigger(t.lower) || srclessOpenAboutAt(toks, b, i):
		return srclessNoun(toks, a, b, i)
	case claimNamingParticiples[t.lower]:
		return claimNamingFind(toks, a, b, i) // claims_naming.go
	}
	return claimCue{}, false
}

// srclessLink finds "SUBJECT seems ADJ", "it appears that …": a linking
// verb not followed by "to" (cueRaising), whose complement is an
// adjective, a participle, a noun phrase, "like …" or a clause.
func srclessLink(toks []claimTok, a, b, i int) (claimCue, bool) {
	t := toks[i]
	if i == a || i+1 >= b || !strings.HasPrefix(t.tag, "VB") || t.tag == "VBG" {
		return claimCue{}, false
	}
	if _, ok := cueLight(toks, a, b, i); ok {
		return claimCue{}, false // "sounded the alarm about"
	}
	st := claimVerbGroupStart(toks, a+1, i)
	end := i + 1
	switch {
	case toks[end].lower == "like":
		end++ // "looks like a tossup"
	case toks[end].lower == "as" && end+1 < b && (toks[end+1].lower == "if" || toks[end+1].lower == "though"):
		end += 2
	}
	if end >= b {
		return claimCue{}, false
	}
	if st-1 >= a && toks[st-1].lower == "it" {
		// Not "As improbable as it may seem, …".
		aside := toks[end].text == "," && end+3 < b && toks[end+1].tag == "RB" && toks[end+2].text == "," && toks[end+3].lower == "that" // "It appears, though, that"
		if !toks[end].word && !aside || st-2 >= a && (toks[st-2].lower == "as" || toks[st-2].tag == "WRB" || toks[st-2].tag == "WP") {
			return claimCue{}, false
		}
		return claimCue{kind: cueAroundClause, start: st, end: end, verb: i}, true
	}
	if end == i+1 && !srclessComplementStart(toks, end, b, strings.HasPrefix(t.lower, "seem") || strings.HasPrefix(t.lower, "appear")) {
		return claimCue{}, false
	}
	return claimCue{kind: cueAround, start: st, end: end, verb: i}, true
}

// srclessComplementStart reports whether the tokens at k open the
// complement of a linking verb: an adjective or participle, possibly
// after an adverb, or a determiner opening a noun phrase.
func srclessComplementStart(toks []claimTok, k, b int, np bool) bool {
	for k < b && toks[k].tag == "RB" && k+1 < b {
		k++
	}
	tg := toks[k].tag
	switch {
	case strings.HasPrefix(tg, "JJ"), tg == "VBN":
		return true
	case np && tg == "DT" && toks[k].lower != "that" && toks[k].lower != "no":
		return true // "seemed a distant memory", not "sounded a note"
	}
	return false
}

// srclessPassive finds an agentless passive of srclessPassives at the
// form of "be" at i: "is widely seen as", "has been criticized for".
func srclessPassive(toks []claimTok, a, b, i int) (claimCue, bool) {
	j := i + 1
	for j < b && toks[j].span < 0 && (toks[j].tag == "RB" || toks[j].lower == "being" || toks[j].lower == "been") && j <= i+3 {
		j++
	}
	if j >= b || toks[j].span >= 0 {
		return claimCue{}, false
	}
	preps, ok := srclessPassives[toks[j].lower]
	if !ok {
		preps, ok = srclessPassivesMore[toks[j].lower]
	}
	ok = ok || srclessRaisingPassives[toks[j].lower]
	if !ok || toks[j].tag != "VBN" && toks[j].tag != "VBD" && toks[j].tag != "JJ" {
		return claimCue{}, false
	}
	// A passive with its agent names the source (claimPassiveBy).
	for k := j + 1; k < b && k <= j+6; k++ {
		if toks[k].lower == "by" {
			return claimCue{}, false
		}
		if toks[k].text == "," || toks[k].text == "." {
			break
		}
	}
	end := j + 1
	if end < b && toks[end].lower == "to" && srclessRaisingPassives[toks[j].lower] {
		// "was said to be furious": content around the cue as cueRaising.
		return claimCue{kind: cueRaising, start: claimVerbGroupStart(toks, a+1, i), end: end, verb: j}, true
	}
	if preps == nil {
		return claimCue{}, false
	}
	switch {
	case end >= b:
		return claimCue{}, false
	case preps[toks[end].lower]:
		end++
	case !preps[srclessNP] || !srclessNPStart(toks[end]):
		return claimCue{}, false
	}
	if end >= b {
		return claimCue{}, false
	}
	st := claimVerbGroupStart(toks, a+1, i)
	if srclessNegatedFacts[toks[j].lower] {
		for k := st; k < j; k++ {
			if toks[k].lower == "not" || toks[k].lower == "never" || toks[k].lower == "n't" || toks[k].lower == "n’t" {
				return claimCue{}, false
			}
		}
	}
	return claimCue{kind: cueAround, start: st, end: end, verb: j}, true
}

// srclessNPStart reports whether a token can open a noun phrase
// complement: a determiner, adjective, noun, number, possessive or
// quotation mark.
func srclessNPStart(t claimTok) bool {
	tg := t.tag
	return t.quote == claimQuoteOpen || tg == "DT" && t.lower != "that" || tg == "PRP$" || tg == "CD" || strings.HasPrefix(tg, "JJ") ||
		strings.HasPrefix(tg, "NN") && !spkTimeWords[t.lower]
}

// srclessAdverb finds a hedging adverb inside a clause: after its subject
// or an auxiliary, before a verb that is not itself a cue ("reportedly
// said" is the verb's cue).
func srclessAdverb(toks []claimTok, a, b, i int) (claimCue, bool) {
	if i+1 >= b || i == a && toks[i+1].text != "," {
		return claimCue{}, false
	}
	if _, ok := cueLexicon().verbs[toks[i+1].lower]; ok {
		return claimCue{}, false
	}
	return claimCue{kind: cueAroundAdverb, start: i, end: i + 1, verb: i}, true
}

// srclessHandles reports whether srclessAttribute builds the draft of
// cue c: the kinds of this file and cueRaising ("seems to", "is expected
// to"), whose content is also split around the cue.
func srclessHandles(c claimCue) bool {
	return c.kind == cueAround || c.kind == cueAroundClause || c.kind == cueAroundAdverb || c.kind == cueAroundReduced || c.kind == cueRaising || c.kind == cueAroundNoun || c.kind == claimNamingPassiveCue
}

// srclessAttribute builds the draft of a cue of this file in the unit
// [ua, b) whose tokens before a are taken: no speaker, content around
// the cue.
func srclessAttribute(toks []claimTok, ua, a, b int, c claimCue) (claimDraft, bool) {
	d := claimDraft{cue: [2]int{toks[c.start].start, toks[c.end-1].end}, hasCue: true, maxTok: b, conf: 0.4}
	switch c.kind {
	case cueAroundReduced:
		return srclessReducedAttribute(toks, a, b, c, d)
	case cueAroundNoun:
		return srclessNounAttribute(toks, a, b, c, d)
	case claimNamingPassiveCue:
		return claimNamingPassiveAttribute(toks, a, b, c, d)
	case cueAroundClause:
		s := c.end
		for s < b && (toks[s].text == "," || toks[s].tag == "RB") && s < c.end+3 {
			s++ // "It appears, though, that …"
		}
		e := srclessComplementEnd(toks, s, b, true)
		seg, ok := claimSeg(toks, s, e)
		if !ok || claimWords(toks, s, e) < 2 {
			return d, false
		}
		d.segs, d.maxTok = [][2]int{seg}, e
		return d, true
	case cueAroundAdverb:
		if c.start == a {
			// "Reportedly, he made …".
			s := c.end
			for s < b && toks[s].text == "," {
				s++
			}
			e := srclessComplementEnd(toks, s, b, true)
			seg, ok := claimSeg(toks, s, e)
			if !ok || claimWords(toks, s, e) < 3 {
				return d, false
			}
			d.segs, d.maxTok = [][2]int{seg}, e
			return d, true
		}
		// "The club is reportedly spending …": the auxiliaries before the
		// adverb join the subject's segment.
		vs := claimVerbGroupStart(toks, a, c.start)
		ss, se, ok := srclessSubject(toks, a, vs, false)
		if !ok || toks[ss].tag == "WDT" || toks[ss].tag == "WP" {
			return d, false
		}
		if se == vs {
			se = c.start
		}
		e := srclessComplementEnd(toks, c.end, b, false)
		seg1, ok1 := claimSeg(toks, ss, se)
		seg2, ok2 := claimSeg(toks, c.end, e)
		if !ok1 || !ok2 || claimWords(toks, c.end, e) < 2 {
			return d, false
		}
		d.segs, d.maxTok = [][2]int{seg1, seg2}, e
		return d, true
	}
	// "She appeared to imply that …" is the writer's impression too: the
	// verb after "to" is part of its content, as PolNeAR marks it more
	// often than not (train Δtp +13 / Δn_pred +15 over leaving it to
	// claimInfinitive).
	ss, se, ok := srclessSubject(toks, a, c.start, false)
	if !ok {
		ss, se, ok = srclessCoordSubject(toks, a, c.start)
	}
	if !ok && c.start-1 >= a && toks[c.start-1].lower == "it" && (c.kind == cueAround || c.kind == cueRaising) && toks[c.end].lower != "that" {
		// "it is considered a threat": a referring "it", not an
		// expletive before a clause.
		ss, se, ok = c.start-1, c.start, true
	}
	if !ok {
		return d, false
	}
	e := srclessComplementEnd(toks, c.end, b, false)
	if srclessInAside(toks, a, ss, e, b) {
		return d, false
	}
	return srclessAround(toks, d, ss, se, c.end, e)
}

// srclessNPPreps are the prepositions that may join a noun phrase's
// post-modifier inside a subject: "the politician with the outsized
// personality", "a broader swath of voters".
var srclessNPPreps = map[string]bool{"of": true, "with": true, "in": true, "for": true, "from": true, "on": true, "at": true, "about": true, "between": true, "among": true, "to": true, "over": true, "against": true, "under": true}

// srclessSubject returns the subject [s, e) ending before token end: a
// relative pronoun right before the verb group, or a noun phrase with its
// post-modifiers and a relative clause, apposition or prepositional aside
// between commas ("The central bank, which has held rates near zero, is
// expected"); after a participle aside ("The statistics, purported to be
// gathered by …, appear") only the head. It does not look before token a.
func srclessSubject(toks []claimTok, a, end int, ofOnly bool) (int, int, bool) {
	k, e := end-1, end
	if k < a {
		return 0, 0, false
	}
	if l := toks[k].lower; l == "who" || l == "which" || l == "that" && toks[k].tag == "WDT" || l == "what" && toks[k].tag == "WP" || l == "there" && toks[k].tag == "EX" {
		return k, e, true
	}
	comma := toks[k].text == "," && toks[k].span < 0
	quoteComma := k-1 > a && claimClosesQuote(toks, k) && toks[k-1].text == "," // "…, host of “Last Week Tonight,” appeared"
	if comma || quoteComma {
		j := k - 1
		for j > a && !(toks[j].text == "," && toks[j].span < 0) {
			j--
		}
		if j <= a || toks[j].text != "," {
			return 0, 0, false
		}
		switch n := toks[j+1]; {
		case n.lower == "which" || n.lower == "who" || n.tag == "DT" || n.tag == "NNP" || n.tag == "IN" || n.tag == "RB" || n.tag == "PRP$":
		case n.tag == "VBN" || n.tag == "VBG":
			e = j
		default:
			return 0, 0, false
		}
		k = j - 1
	}
	// "A majority of statements (54%) were rated as …": a parenthesis
	// closing the subject.
	if toks[k].text == ")" && toks[k].span < 0 {
		for j := k - 1; j > a && j >= k-8; j-- {
			if toks[j].text == "(" {
				k = j - 1
				break
			}
		}
		if k < a || toks[k].text == ")" {
			return 0, 0, false
		}
	}
	head := k
	s := k + 1
	for k >= a {
		t := toks[k]
		tg := t.tag
		np := strings.HasPrefix(tg, "NN") || strings.HasPrefix(tg, "JJ") || tg == "DT" || tg == "PDT" || tg == "CD" ||
			tg == "PRP$" || tg == "POS" || t.lower == "’s" || t.lower == "'s" || tg == "HYPH" || t.text == "-" ||
			t.span >= 0 && t.quote == claimQuoteNone
		switch {
		case srclessYear(t):
			np = false
		case t.text == ",":
			np = srclessDigitGroup(toks, k) // "1,996 were identified"
		case tg == "PRP":
			if s == head+1 && t.lower != "it" && t.lower != "them" && t.lower != "him" && t.lower != "her" && t.lower != "us" && t.lower != "me" {
				return k, e, true
			}
			np = false
		case ofOnly && (tg == "IN" || tg == "TO"):
			np = t.lower == "of" && k-1 >= a && (strings.HasPrefix(toks[k-1].tag, "NN") || srclessQuantOf(toks[k-1], t)) && s <= head
		case srclessNPPreps[t.lower] && tg == "IN" || tg == "TO":
			// Inside the noun phrase only after a noun.
			np = k-1 >= a && (strings.HasPrefix(toks[k-1].tag, "NN") || toks[k-1].tag == "CD" || srclessQuantOf(toks[k-1], t)) && s <= head
		case (t.lower == "and" || t.lower == "&") && tg == "CC":
			np = k-1 >= a && strings.HasPrefix(toks[k-1].tag, "NN") && s <= head && strings.HasPrefix(toks[k+1].tag, "NN")
		case tg == "VBG" || tg == "VBN":
			np = s <= head && strings.HasPrefix(toks[k+1].tag, "NN") && k-1 >= a && (toks[k-1].tag == "DT" || strings.HasPrefix(toks[k-1].tag, "JJ")) ||
				tg == "VBG" && s <= head && k-1 >= a && toks[k-1].lower == "of" // "the idea of reinstating the law"
		case t.quote != claimQuoteNone && t.span >= 0:
			np = true
		}
		if !np {
			break
		}
		s = k
		k--
	}
	// Trim what cannot open a noun phrase.
	for s <= head && (toks[s].tag == "IN" || toks[s].tag == "TO" || toks[s].tag == "CC" || toks[s].tag == "POS") {
		s++
	}
	if s > head || claimWords(toks, s, head+1) == 0 {
		return 0, 0, false
	}
	// The head must be a noun, a number or a pronoun, a demonstrative
	// standing alone ("This seems like a fair idea") or a floating
	// quantifier after one ("The two both seemed").
	h := head
	for h > s && !toks[h].word {
		h--
	}
	if h > s && (toks[h].lower == "both" || toks[h].lower == "all") {
		h--
	}
	demonstrative := h == s && (toks[h].lower == "this" || toks[h].lower == "that" || toks[h].lower == "these" || toks[h].lower == "those")
	if !(strings.HasPrefix(toks[h].tag, "NN") || toks[h].tag == "CD" || toks[h].tag == "PRP" || demonstrative) {
		return 0, 0, false
	}
	return s, e, true
}

// srclessSubordinators end a complement: the clause after them is the
// writer's ("… seemed frustrated when asked about …").
var srclessSubordinators = map[string]bool{
	"when": true, "while": true, "because": true, "although": true, "though": true, "after": true, "before": true,
	"since": true, "despite": true, "even": true, "following": true, "until": true, "unless": true, "whereas": true,
}

// srclessPrepSubordinators are the subordinators that are also
// prepositions of time: they end an infinitive complement only before a
// clause ("is expected to come before the deadline" keeps its phrase).
var srclessPrepSubordinators = map[string]bool{"before": true, "until": true}

// srclessComplementEnd returns where the complement starting at s ends:
// at a comma, dash, semicolon or colon outside quotations, at a
// subordinator or a new clause, or where claimContentEnd ends it. A
// clause content (clause true) keeps its commas.
func srclessComplementEnd(toks []claimTok, s, b int, clause bool) int {
	e := claimContentEnd(toks, s, b)
	if s+2 < e && toks[s].lower == "so" && strings.HasPrefix(toks[s+1].tag, "JJ") && toks[s+2].lower == "that" {
		return s + 2 // "seemed so stark that it prompted …"
	}
	for k := s + 1; k < e; k++ {
		t := toks[k]
		if t.span >= 0 && !(t.text == "," && !clause && k+1 < e && claimClosesQuote(toks, k+1)) {
			continue
		}
		switch {
		case t.text == ";" || t.text == ":" || claimDashes[t.text] || t.text == "--":
			return k
		case t.text == "," && !clause && !srclessDigitGroup(toks, k):
			if k+1 < e && toks[k+1].tag == "VBG" && toks[s].lower == "to" {
				continue // "seemed to overstay his welcome, revealing …"
			}
			return k
		case t.lower == "that" && k-1 > s && strings.HasPrefix(toks[k-1].tag, "VB"):
			clause = true // "are expected to show that Cruz, who …, did"
		case t.lower == "so" && k+1 < e && strings.HasPrefix(toks[k+1].tag, "JJ") && k+2 < e && toks[k+2].lower == "that":
			return k + 2 // "seemed so stark that it prompted …"
		case srclessSubordinators[t.lower] && t.tag != "RB" && !(k == s+1 && toks[s].lower == "that") && !(srclessPrepSubordinators[t.lower] && toks[s].lower == "to" && !claimSubjectVerb(toks, k+1, e)):
			return k // but "that when the party meets, …" is one clause
		case t.lower == "as" && k > s+1 && claimSubjectVerb(toks, k+1, e):
			return k // "looked crushed as she left the court"
		case t.lower == "and" || t.lower == "but":
			if claimHasFinite(toks, s, k) && claimSubjectVerb(toks, k+1, e) {
				return k
			}
		}
	}
	return e
}

// srclessInAside reports whether the clause from the subject at ss to the
// complement's end at e is a relative clause or apposition between commas
// before its head's verb: "Mr. Cruz, whose finish was widely seen as a
// disappointment, said …". Its words then belong to that head (often a
// source), not to an attribution of their own.
func srclessInAside(toks []claimTok, a, ss, e, b int) bool {
	rel := toks[ss].tag == "WDT" || toks[ss].tag == "WP" || ss-1 >= a && toks[ss-1].tag == "WP$"
	if !rel || e >= b || toks[e].text != "," && !claimDashes[toks[e].text] {
		return false
	}
	for k := e + 1; k < b && k <= e+3; k++ {
		switch tg := toks[k].tag; {
		case tg == "RB" || toks[k].lower == "both" || toks[k].lower == "all":
			continue
		case tg == "VBD" || tg == "VBZ" || tg == "VBP" || tg == "MD":
			_, cue := cueLexicon().verbs[toks[k].lower]
			return cue
		}
		return false
	}
	return false
}

// srclessYear reports whether a token is a year ("2013"), which ends a
// subject read leftwards: "In 2013 fellow doctors seemed eager".
func srclessYear(t claimTok) bool {
	if len(t.text) != 4 || t.tag != "CD" {
		return false
	}
	return (t.text[:2] == "19" || t.text[:2] == "20") && strings.Trim(t.text, "0123456789") == ""
}

// srclessRelatives are the participles that name or judge the noun they
// follow in a reduced relative clause ("a group called …", "contests
// known as Super Tuesday", "a community known to be supportive of …",
// "a contractor accused of spying"), with the
// words that may follow them as in srclessPassives, and those of
// expectation and purpose ("rules intended to protect renters"); a noun
// phrase "called" and its kin are left out: PolNeAR rarely annotates a name
// given to a group or a place.
var srclessRelatives = map[string]map[string]bool{
	"known": {"as": true, "for": true, "to": true}, "accused": {"of": true}, "charged": {"with": true}, "suspected": {"of": true},
	"expected": {"to": true}, "intended": {"to": true}, "meant": {"to": true},
}

// srclessPurpose are the participles of expectation and purpose among
// srclessRelatives, which are as often finite verbs after a name.
var srclessPurpose = map[string]bool{"expected": true, "intended": true, "meant": true}

// srclessReduced finds a reduced relative clause of srclessRelatives at
// the participle i: after a noun (its noun phrase takes no prepositional
// modifier but "of"), or after a comma or dash that follows
// one ("the resort, now called …"), with optional adverbs before it.
func srclessReduced(toks []claimTok, a, b, i int) (claimCue, bool) {
	st := i
	for st-1 > a && toks[st-1].tag == "RB" && st > i-2 && toks[st-1].span < 0 {
		st--
	}
	if st-1 < a || i+1 >= b {
		return claimCue{}, false
	}
	p := toks[st-1]
	if p.span >= 0 && p.quote == claimQuoteNone {
		return claimCue{}, false
	}
	noun := strings.HasPrefix(p.tag, "NN") || p.quote != claimQuoteNone && p.span >= 0
	aside := (p.text == "," || claimDashes[p.text]) && st-2 >= a && strings.HasPrefix(toks[st-2].tag, "NN")
	if !noun && !aside {
		return claimCue{}, false
	}
	if srclessPurpose[toks[i].lower] && (toks[i].tag != "VBN" || p.tag == "NNP" || p.tag == "NNPS") {
		return claimCue{}, false // a finite verb: "Smith expected to win"
	}
	preps := srclessRelatives[toks[i].lower]
	n := toks[i+1]
	end := i + 1
	switch {
	case n.lower == "to" && (i+2 >= b || toks[i+2].tag != "VB"):
		return claimCue{}, false // "known to its followers as"
	case preps[n.lower]:
		end++
	default:
		return claimCue{}, false
	}
	if end >= b {
		return claimCue{}, false
	}
	return claimCue{kind: cueAroundReduced, start: st, end: end, verb: i}, true
}

// srclessReducedAttribute builds the draft of a reduced relative cue: the
// noun phrase before it, then its complement up to a comma, a relative
// pronoun or the main clause's verb.
func srclessReducedAttribute(toks []claimTok, a, b int, c claimCue, d claimDraft) (claimDraft, bool) {
	e0 := c.start
	if p := toks[e0-1]; p.text == "," || claimDashes[p.text] {
		e0--
	}
	ss, se, ok := srclessSubject(toks, a, e0, true)
	if !ok || toks[ss].tag == "WDT" || toks[ss].tag == "WP" || toks[ss].tag == "PRP" {
		return d, false
	}
	e := srclessComplementEnd(toks, c.end, b, false)
	e = claimBeforeFinite(toks, c.end, e)
	for k := c.end + 1; k < e; k++ {
		if l := toks[k].lower; (l == "that" || l == "which" || l == "who") && toks[k].span < 0 {
			e = k
			break
		}
	}
	// "the base chief known as Bob said": the noun phrase is a source.
	k := e
	for k < b && (toks[k].text == "," || toks[k].quote != claimQuoteNone || toks[k].tag == "RB" || claimAuxiliaries[toks[k].lower]) {
		k++
	}
	if _, cue := cueLexicon().verbs[toks[min(k, b-1)].lower]; k < b && cue && strings.HasPrefix(toks[k].tag, "VB") {
		return d, false
	}
	return srclessAround(toks, d, ss, se, c.end, e)
}

// srclessDigitGroup reports whether the comma at k separates digit
// groups of one number ("1,237").
func srclessDigitGroup(toks []claimTok, k int) bool {
	if k == 0 || k+1 >= len(toks) || toks[k-1].end != toks[k].start || toks[k+1].start != toks[k].end {
		return false
	}
	p, n := toks[k-1].text, toks[k+1].text
	return p != "" && n != "" && p[len(p)-1] >= '0' && p[len(p)-1] <= '9' && n[0] >= '0' && n[0] <= '9'
}

// srclessQuantOf reports whether p before the preposition t is a
// quantifier of a partitive: "most of", "some of", "all of".
func srclessQuantOf(p, t claimTok) bool {
	return t.lower == "of" && (p.tag == "JJS" || p.tag == "DT" && p.lower != "the" && p.lower != "a" && p.lower != "an")
}

// srclessCoordSubject finds the subject of a verb group coordinated with
// an earlier one ("She is moving to Los Angeles but is expected to
// continue …"): the subject of the nearest earlier finite verb.
func srclessCoordSubject(toks []claimTok, a, start int) (int, int, bool) {
	if start-2 < a || toks[start-1].tag != "CC" || toks[start-1].lower != "and" && toks[start-1].lower != "but" {
		return 0, 0, false
	}
	for k := start - 2; k >= a; k-- {
		t := toks[k]
		if t.span >= 0 {
			continue
		}
		if t.text == ";" || t.text == ":" || claimDashes[t.text] {
			return 0, 0, false
		}
		if t.tag == "VBD" || t.tag == "VBZ" || t.tag == "VBP" || t.tag == "MD" {
			// "The senator did not want …, but was treated as …": the
			// subject is the source of the first verb's own cue, and a
			// token has one role only.
			for v := k; v < start-1 && v <= k+3; v++ {
				if _, cue := cueLexicon().verbs[toks[v].lower]; cue && strings.HasPrefix(toks[v].tag, "VB") {
					return 0, 0, false
				}
			}
			j := claimVerbGroupStart(toks, a, k)
			s, _, ok := srclessSubject(toks, a, j, false)
			if !ok || toks[s].tag == "WDT" || toks[s].tag == "WP" {
				return 0, 0, false
			}
			return s, j, true
		}
	}
	return 0, 0, false
}

// srclessAround gives d the two segments of a content around its cue: the
// subject [ss, se) and the complement [cs, e).
func srclessAround(toks []claimTok, d claimDraft, ss, se, cs, e int) (claimDraft, bool) {
	seg1, ok1 := claimSeg(toks, ss, se)
	seg2, ok2 := claimSeg(toks, cs, e)
	if !ok1 || !ok2 {
		return d, false
	}
	d.segs, d.maxTok = [][2]int{seg1, seg2}, e
	return d, true
}
