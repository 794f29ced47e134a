package extract

import "strings"

// Noun cues whose source is the subject of the verb before them:
//
//   - a noun naming a person by the side they take, predicated of a
//     subject: "Clinton is an outspoken supporter of Roe v. Wade", "he has
//     been a dogged defender of the law";
//   - an attack delivered by the subject: "Trump unleashed a harsh attack
//     on Carson", "she escalated her attacks on his record" when "her" is
//     read as an object pronoun (a possessive is cueOpenNoun's; a bare
//     plural right after the verb, "launched attacks on the base", is left
//     out).
//
// The content is the object of the preposition. Found by srclessNoun
// (claims_sourceless_nouns.go), built by srclessNounAttribute.

// claimNounCueAgents maps each noun naming a partisan to the
// prepositions that introduce what it takes a side on.
var claimNounCueAgents = map[string]map[string]bool{
	"supporter": {"of": true}, "critic": {"of": true}, "proponent": {"of": true}, "advocate": {"of": true, "for": true},
	"defender": {"of": true}, "backer": {"of": true}, "booster": {"of": true}, "opponent": {"of": true}, "detractor": {"of": true},
	"supporters": {"of": true}, "critics": {"of": true}, "proponents": {"of": true}, "advocates": {"of": true, "for": true},
	"defenders": {"of": true}, "backers": {"of": true}, "boosters": {"of": true}, "opponents": {"of": true}, "detractors": {"of": true},
}

// claimNounCueAgentLinks are the verbs that predicate a partisan noun of
// their subject besides the forms of "be".
var claimNounCueAgentLinks = map[string]bool{"remains": true, "remained": true, "became": true, "become": true, "becomes": true}

// claimNounCueAgent finds a partisan noun at i: "a", "an" or "the" (or
// nothing before a plural: "were strong supporters of"), up
// to four adjectives, adverbs or nouns (joined by "and" or commas), the noun and its preposition
// before a noun phrase, after a form of "be" (or "remains", "became").
// The cue runs from the verb group to the preposition. (After a comma,
// "Brewer, an early supporter of Trump, calls …", the apposition is
// annotated in two of five cases on PolNeAR train: left out.)
func claimNounCueAgent(toks []claimTok, a, b, i int) (claimCue, bool) {
	t := toks[i]
	preps := claimNounCueAgents[t.lower]
	if preps == nil || t.tag != "NN" && t.tag != "NNS" || i+2 >= b || !preps[toks[i+1].lower] || toks[i+1].span >= 0 {
		return claimCue{}, false
	}
	n := toks[i+2]
	if !srclessNPStart(n) && n.tag != "PRP" && n.tag != "VBG" || n.span >= 0 && n.quote == claimQuoteNone {
		return claimCue{}, false
	}
	st := i
	for st-1 >= a && st > i-5 && toks[st-1].span < 0 && (strings.HasPrefix(toks[st-1].tag, "JJ") || toks[st-1].tag == "RB" || toks[st-1].tag == "VBN" || toks[st-1].tag == "NN" && !toks[st-1].upper ||
		st < i && (toks[st-1].lower == "and" || toks[st-1].text == ",")) {
		st--
	}
	if st-1 < a || toks[st-1].span >= 0 {
		return claimCue{}, false
	}
	switch d := toks[st-1].lower; {
	case d == "a" || d == "an" || d == "the":
		st--
	case t.tag == "NNS" && (cueBeForms[d] || claimNounCueAgentLinks[d]):
		// "were strong supporters of": a plural needs no determiner.
	default:
		return claimCue{}, false
	}
	if st-2 < a {
		return claimCue{}, false
	}
	p := toks[st-1]
	if p.span >= 0 || !(cueBeForms[p.lower] && p.lower != "being" || claimNounCueAgentLinks[p.lower]) {
		return claimCue{}, false
	}
	return claimCue{kind: cueAroundNoun, start: claimVerbGroupStart(toks, a, st-1), end: i + 2, verb: i}, true
}

// claimNounCueAgentSource returns the source of the partisan noun cue
// c: the subject before its verb group, or the name before an
// apposition that ends right before it. With none the draft keeps no
// source.
func claimNounCueAgentSource(toks []claimTok, a int, c claimCue) (int, int, bool) {
	if p := c.start - 1; p-1 > a && toks[p].text == "," {
		return spkAppositiveLeft(toks, a, p) // "Clinton, a member of the committee, has been a supporter of"
	}
	ls, le, ok := spkChunkLeft(toks, a, c.start)
	if !ok || le != c.start || !spkValid(toks, ls, le, cueBelief) {
		return 0, 0, false
	}
	return ls, le, true
}

// claimNounCueTimeNouns are the nouns that end a time adverbial opening
// a clause: "Earlier this week", "Last month".
var claimNounCueTimeNouns = map[string]bool{"week": true, "month": true, "year": true, "weekend": true, "morning": true, "night": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true}

// claimNounCueSkipTime returns where the subject [s, e) starts once a
// time adverbial opening it is left out ("Earlier this week Trump"
// starts at "Trump"), or s when none is there or nothing would remain.
func claimNounCueSkipTime(toks []claimTok, s, e int) int {
	k := s
	for k < e && spkTimeWords[toks[k].lower] {
		k++
	}
	if k == s || k >= e || !claimNounCueTimeNouns[toks[k-1].lower] {
		return s
	}
	return k
}

// claimNounCueAttacks maps the nouns of a verbal attack to the
// prepositions that name its target.
var claimNounCueAttacks = map[string]map[string]bool{
	"attack": {"on": true, "against": true}, "attacks": {"on": true, "against": true},
	"criticism": {"of": true, "on": true}, "broadside": {"on": true, "against": true, "at": true}, "broadsides": {"on": true, "against": true, "at": true},
	"tirade": {"on": true, "against": true}, "tirades": {"on": true, "against": true}, "assault": {"on": true}, "barrage": {"on": true, "against": true},
	"salvo": {"on": true, "against": true, "at": true}, "swipe": {"at": true}, "swipes": {"at": true}, "jab": {"at": true}, "jabs": {"at": true},
}

// claimNounCueLaunch are the verbs by which a subject delivers an
// attack ("unleashed a harsh attack on", "mounted a public attack on",
// "stepped up his criticism of"); "up" may follow them.
var claimNounCueLaunch = map[string]bool{
	"launch": true, "launched": true, "launches": true, "launching": true, "unleash": true, "unleashed": true, "unleashes": true, "unleashing": true,
	"mount": true, "mounted": true, "mounts": true, "mounting": true, "level": true, "leveled": true, "levelled": true, "levels": true, "leveling": true,
	"lob": true, "lobbed": true, "lobs": true, "lobbing": true, "escalate": true, "escalated": true, "escalates": true, "escalating": true,
	"intensify": true, "intensified": true, "intensifies": true, "intensifying": true, "sharpen": true, "sharpened": true, "sharpens": true, "sharpening": true,
	"renew": true, "renewed": true, "renews": true, "renewing": true, "continue": true, "continued": true, "continues": true, "continuing": true,
	"step": true, "stepped": true, "steps": true, "stepping": true, "keep": true, "kept": true, "keeps": true, "keeping": true,
	"ramp": true, "ramped": true, "ramps": true, "ramping": true, "heap": true, "heaped": true, "heaps": true, "heaping": true,
	"deliver": true, "delivered": true, "delivers": true, "delivering": true, "resume": true, "resumed": true, "resumes": true, "resuming": true,
	"make": true, "made": true, "makes": true, "making": true, "turn": true, "turned": true, "turns": true, "turning": true,
	"direct": true, "directed": true, "directs": true, "directing": true, "aim": true, "aimed": true, "aims": true, "aiming": true,
	"take": true, "took": true, "takes": true, "taking": true,
}

// claimNounCueAttack finds an attack delivered by the subject of a verb
// of claimNounCueLaunch: the verb (and "up"), up to four determiners,
// possessives, adjectives, adverbs or commas, a noun of
// claimNounCueAttacks and its preposition before a noun phrase. The cue
// runs from the verb group to the preposition.
func claimNounCueAttack(toks []claimTok, a, b, i int) (claimCue, bool) {
	t := toks[i]
	preps := claimNounCueAttacks[t.lower]
	if preps == nil || !strings.HasPrefix(t.tag, "NN") || i+2 >= b || !preps[toks[i+1].lower] || toks[i+1].span >= 0 || toks[i+1].upper {
		return claimCue{}, false
	}
	n := toks[i+2]
	if !srclessNPStart(n) && n.tag != "PRP" || n.span >= 0 && n.quote == claimQuoteNone {
		return claimCue{}, false
	}
	k := i - 1
	for k >= a && k >= i-5 && toks[k].span < 0 && (toks[k].tag == "DT" || toks[k].tag == "PRP$" || strings.HasPrefix(toks[k].tag, "JJ") ||
		toks[k].tag == "RB" || (toks[k].tag == "VBN" || toks[k].tag == "VBG") && k < i-1 && k > i-4 || toks[k].lower == "her" || toks[k].text == "," || toks[k].tag == "NN" && !toks[k].upper) {
		k--
	}
	if k >= a && toks[k].lower == "up" {
		k--
	}
	if k < a || k == i-1 || toks[k].span >= 0 || !strings.HasPrefix(toks[k].tag, "VB") || !claimNounCueLaunch[toks[k].lower] {
		return claimCue{}, false
	}
	for j := k + 1; j < i; j++ {
		if toks[j].tag == "PRP$" {
			return claimCue{}, false // "stepped up his attacks on": cueOpenNoun (cues_open.go)
		}
	}
	return claimCue{kind: cueAroundNoun, start: claimVerbGroupStart(toks, a, k), end: i + 2, verb: i}, true
}

// claimNounCueAttackSource returns the subject of the verb that
// delivers the attack of cue c: the clause's subject or the noun phrase
// right before the verb group.
func claimNounCueAttackSource(toks []claimTok, a int, c claimCue) (int, int, bool) {
	if ss, se, ok := cueOpenClauseSubject(toks, a, c.start+1); ok {
		return ss, se, true
	}
	ls, le, ok := spkChunkLeft(toks, a, c.start)
	if !ok || le != c.start || !spkValid(toks, ls, le, cueBelief) {
		return 0, 0, false
	}
	return ls, le, true
}

// claimNounCueEnd cuts the object [s, e) of a noun cue when it is a name
// followed by "with" and a determiner or a possessive, an adjunct of the
// sentence's verb rather than a part of the object: "his criticism of
// Judge Curiel with the above statement" has "Judge Curiel". (Measured
// on PolNeAR train per preposition: after, before, during, at, in, on,
// amid, following, since, by, for, from after a name, and every
// preposition after any short noun phrase, changed nothing or lost;
// cutting before a relative clause lost 4.)
func claimNounCueEnd(toks []claimTok, s, e int) int {
	k := s
	for k < e && toks[k].tag == "NNP" && toks[k].span < 0 {
		k++
	}
	if k == s || k+1 >= e || toks[k].lower != "with" || toks[k].span >= 0 {
		return e
	}
	if n := toks[k+1]; n.tag == "DT" || n.tag == "PRP$" {
		return k
	}
	return e
}
