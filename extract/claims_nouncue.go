package extract

import "strings"

// Noun cues that name a person by the side they take, predicated of a
// subject: "Clinton is an outspoken supporter of Roe v. Wade", "he has
// been a dogged defender of the law". The content is the object of the
// preposition; the source is the subject of "be". Found by srclessNoun
// (claims_sourceless_nouns.go), built by srclessNounAttribute.

// claimNounCueAgents maps each noun naming a partisan to the
// prepositions that introduce what it takes a side on.
var claimNounCueAgents = map[string]map[string]bool{
	"supporter": {"of": true}, "critic": {"of": true}, "proponent": {"of": true}, "advocate": {"of": true, "for": true},
	"defender": {"of": true}, "backer": {"of": true}, "booster": {"of": true}, "opponent": {"of": true}, "detractor": {"of": true},
}

// claimNounCueAgentLinks are the verbs that predicate a partisan noun of
// their subject besides the forms of "be".
var claimNounCueAgentLinks = map[string]bool{"remains": true, "remained": true, "became": true, "become": true, "becomes": true}

// claimNounCueAgent finds a partisan noun at i: "a", "an" or "the", up
// to three adjectives, adverbs or nouns, the noun and its preposition
// before a noun phrase, after a form of "be" (or "remains", "became").
// The cue runs from the verb group to the preposition. (After a comma,
// "Brewer, an early supporter of Trump, calls …", the apposition is
// annotated in two of five cases on PolNeAR train: left out.)
func claimNounCueAgent(toks []claimTok, a, b, i int) (claimCue, bool) {
	t := toks[i]
	preps := claimNounCueAgents[t.lower]
	if preps == nil || t.tag != "NN" || i+2 >= b || !preps[toks[i+1].lower] || toks[i+1].span >= 0 {
		return claimCue{}, false
	}
	n := toks[i+2]
	if !srclessNPStart(n) && n.tag != "PRP" && n.tag != "VBG" || n.span >= 0 && n.quote == claimQuoteNone {
		return claimCue{}, false
	}
	st := i
	for st-1 >= a && st > i-3 && toks[st-1].span < 0 && (strings.HasPrefix(toks[st-1].tag, "JJ") || toks[st-1].tag == "RB" || toks[st-1].tag == "VBN" || toks[st-1].tag == "NN" && !toks[st-1].upper) {
		st--
	}
	if st-1 < a || toks[st-1].span >= 0 {
		return claimCue{}, false
	}
	switch toks[st-1].lower {
	case "a", "an", "the":
		st--
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
// c: the subject before its verb group.
func claimNounCueAgentSource(toks []claimTok, a int, c claimCue) (int, int, bool) {
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
