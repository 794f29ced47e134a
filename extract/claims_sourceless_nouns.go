package extract

import (
	"strings"
	"sync"
)

// Nouns of speech, stance and belief without a possessor, which PolNeAR
// annotates as attributions without a source: "Clinton faced questions
// about her emails", "Opposition to the deal has grown", "rumors that the
// firm was for sale". The content is the object of the preposition up to
// the end of its noun phrase, or the that-clause. With a possessor
// ("their opposition to") the noun is a cue of cues_open.go, whose source
// is the possessor. A noun no list holds makes a cue before "about" and
// a topic ("rumblings about her nomination"). When the noun is the
// object of a verb that voices it ("Jones gave a speech about …"), the
// verb's subject is the source; a stance received ("faced questions
// about") keeps none.

// cueAroundNoun is a noun of srcless_nouns.txt with its preposition or
// "that"; its content follows it.
const cueAroundNoun claimCueKind = iota + 110

// srclessNouns maps each noun of srcless_nouns.txt to the words that
// make it a cue after it: prepositions and "that".
var srclessNouns = sync.OnceValue(func() map[string]map[string]bool { return cueReadWordSets("srcless_nouns.txt") })

// srclessOpenAbout stands for the prepositions of a noun no list holds:
// "about" alone, which names what is said or thought ("harsh words
// about immigrants", "rumblings about her nomination").
var srclessOpenAbout = map[string]bool{"about": true}

// srclessOpenAboutAt reports whether the noun at i, in no list, is
// followed by "about" and a topic rather than a quantity ("finishes
// about 4 p.m.").
func srclessOpenAboutAt(toks []claimTok, b, i int) bool {
	t := toks[i]
	if i+2 >= b || toks[i+1].lower != "about" || t.tag != "NN" && t.tag != "NNS" || t.upper {
		return false
	}
	n := toks[i+2]
	return n.tag != "CD" && n.text != "$" && !spkTimeWords[n.lower]
}

// srclessNounTrigger reports whether w is a noun of srcless_nouns.txt.
func srclessNounTrigger(w string) bool {
	return srclessNouns()[w] != nil || claimNounCueAgents[w] != nil || claimNounCueAttacks[w] != nil
}

// srclessNoun finds a noun cue at i: a noun of srcless_nouns.txt in its
// noun reading, with no possessor before it (nor before its adjectives),
// followed by one of its prepositions and a noun phrase, "to" and a bare
// verb ("calls to boycott"), or "that" and a clause with a subject and a
// verb. A sentence that ends in a colon introduces what follows and
// makes no cue.
func srclessNoun(toks []claimTok, a, b, i int) (claimCue, bool) {
	t := toks[i]
	if claimNounCueAgents[t.lower] != nil {
		return claimNounCueAgent(toks, a, b, i) // claims_nouncue.go
	}
	if claimNounCueAttacks[t.lower] != nil {
		if c, ok := claimNounCueAttack(toks, a, b, i); ok {
			return c, true // claims_nouncue.go
		}
	}
	preps := srclessNouns()[t.lower]
	if preps == nil && srclessOpenAboutAt(toks, b, i) {
		preps = srclessOpenAbout
	}
	if preps == nil || !strings.HasPrefix(t.tag, "NN") || i+2 >= b {
		return claimCue{}, false
	}
	n := toks[i+1]
	if n.span >= 0 || n.upper || !preps[n.lower] || toks[b-1].text == ":" {
		return claimCue{}, false
	}
	if cueOpenQuestionWh(toks, i, b) {
		return claimCue{}, false // "the question of who …": cues_open.go ends it before the main verb
	}
	switch {
	case n.lower == "that":
		if !claimSubjectVerb(toks, i+2, b) {
			return claimCue{}, false
		}
	case n.lower == "to" && toks[i+2].tag == "VB":
	case toks[i+2].span >= 0 && toks[i+2].quote == claimQuoteNone:
		return claimCue{}, false
	case !srclessNPStart(toks[i+2]) && toks[i+2].tag != "PRP" && toks[i+2].tag != "VBG" && toks[i+2].tag != "WP" && toks[i+2].tag != "WRB" && toks[i+2].lower != "whether":
		return claimCue{}, false
	}
	st := i
	for st-1 >= a && toks[st-1].span < 0 && (strings.HasPrefix(toks[st-1].tag, "JJ") || toks[st-1].tag == "RB" && strings.HasSuffix(toks[st-1].lower, "ly")) {
		st--
	}
	if st-1 >= a {
		switch p := toks[st-1]; {
		case p.tag == "PRP$" || p.lower == "’s" || p.lower == "'s":
			return claimCue{}, false // the possessor is a source (cues_open.go)
		case st == i && (p.tag == "PRP" || p.tag == "NNP" || p.tag == "NNPS" || p.tag == "WDT" || p.tag == "WP"):
			return claimCue{}, false // a verb misread: "The Post reports that …"
		}
	}
	return claimCue{kind: cueAroundNoun, start: st, end: i + 2, verb: i}, true
}

// srclessWh are the words that open an embedded question after a noun
// and its preposition.
var srclessWh = map[string]bool{"whether": true, "if": true, "how": true, "what": true, "who": true, "why": true, "when": true, "where": true, "which": true}

// srclessNounAttribute builds the draft of a noun cue: the noun phrase
// after its preposition, through a relative clause, or the that-clause
// (with its "that") up to a comma: "Despite complaints that the fee is
// unfair, the council …".
func srclessNounAttribute(toks []claimTok, a, b int, c claimCue, d claimDraft) (claimDraft, bool) {
	s, e := c.end, 0
	if toks[c.end-1].lower == "that" {
		s = c.end - 1
		e = srclessComplementEnd(toks, s, b, false)
	} else if srclessWh[toks[s].lower] {
		// "the question of whether he can win": a clause.
		e = srclessComplementEnd(toks, s, b, false)
	} else {
		e = claimNounCueEnd(toks, s, cueOpenNPEnd(toks, s, b))
	}
	seg, ok := claimSeg(toks, s, e)
	if !ok || claimWords(toks, c.end, e) == 0 {
		return d, false
	}
	d.segs, d.maxTok = [][2]int{seg}, e
	if claimNounCueAgents[toks[c.verb].lower] != nil || claimNounCueAttacks[toks[c.verb].lower] != nil && c.start < c.verb && claimNounCueLaunch[toks[c.start].lower] {
		src := claimNounCueAgentSource
		if claimNounCueAttacks[toks[c.verb].lower] != nil {
			src = claimNounCueAttackSource
		}
		if ss, se, ok := src(toks, a, c); ok {
			d.spkS, d.spkE = ss, se
		}
		return d, true
	}
	if ss, se, ok := srclessNounSource(toks, a, c.start); ok {
		d.spkS, d.spkE = ss, se
	}
	return d, true
}

// srclessNounReceived are the verbs whose object noun is a stance
// received or stirred, not voiced, by their subject: "Clinton faced
// questions about …", "the ruling sparked debate over …".
var srclessNounReceived = map[string]bool{
	"face": true, "faces": true, "faced": true, "facing": true, "draw": true, "draws": true, "drew": true, "drawn": true, "drawing": true,
	"receive": true, "receives": true, "received": true, "receiving": true, "get": true, "gets": true, "got": true, "getting": true, "gotten": true,
	"attract": true, "attracts": true, "attracted": true, "attracting": true, "earn": true, "earns": true, "earned": true, "earning": true,
	"endure": true, "endured": true, "enduring": true, "prompt": true, "prompted": true, "prompting": true, "spark": true, "sparked": true, "sparking": true,
	"fuel": true, "fueled": true, "fuelled": true, "fueling": true, "stir": true, "stirred": true, "stirring": true, "trigger": true, "triggered": true,
	"triggering": true, "renew": true, "renewed": true, "renews": true, "provoke": true, "provoked": true, "provoking": true, "invite": true, "invited": true,
	"inviting": true,
}

// srclessNounSource returns the subject of the clause whose verb takes
// the noun cue starting at st as its object ("Trump had harsh words
// about …" is Trump's): the verb right before the cue and up to three
// determiners and modifiers, neither a form of "be" nor one of
// srclessNounReceived; the subject is the clause's (cueOpenClauseSubject)
// or, for a finite verb, the noun phrase right before its verb group.
func srclessNounSource(toks []claimTok, a, st int) (int, int, bool) {
	k := st - 1
	for k >= a && k >= st-3 && toks[k].span < 0 && (toks[k].tag == "DT" || toks[k].tag == "PDT" || toks[k].tag == "CD" ||
		strings.HasPrefix(toks[k].tag, "JJ") || toks[k].tag == "RB" || toks[k].tag == "NN") {
		k--
	}
	if k < a || !strings.HasPrefix(toks[k].tag, "VB") || cueBeForms[toks[k].lower] || srclessNounReceived[toks[k].lower] {
		return 0, 0, false
	}
	if ss, se, ok := cueOpenClauseSubject(toks, a, k+1); ok {
		return ss, se, true
	}
	if !cueOpenFiniteTag(toks[k].tag) {
		return 0, 0, false
	}
	j := claimVerbGroupStart(toks, a, k)
	ls, le, ok := spkChunkLeft(toks, a, j)
	if !ok || le != j || !spkValid(toks, ls, le, cueBelief) {
		return 0, 0, false
	}
	return ls, le, true
}
