package extract

import "strings"

// Precision filters, round 5: shapes of a found attribution whose
// predictions rarely match an annotated one (claimPrec5Drop), and
// sub-shapes of a rejected cue use that do report (claimPrec5FindSmallClause
// and claimPrec5DeclineObject, called from claimContentOK).

// claimPrec5Drop reports whether the draft d is one of the shapes of this
// file that rarely report speech, belief or stance.
func claimPrec5Drop(toks []claimTok, d claimDraft) bool {
	return claimPrec5ObjectSpeaker(toks, d)
}

// claimPrec5InvertVerbs are the stems of verbs of saying that may stand
// before their subject after a content ("…, wrote the senator", "…,
// noted Smith"), beyond claimPrec4AddresseeVerbs.
var claimPrec5InvertVerbs = []string{
	"not", "report", "quot", "observ", "declar", "stat", "comment", "conclud", "predict", "announc",
	"continu", "tweet", "post", "argu", "exclaim", "admit", "acknowledg", "claim", "emphasi", "offer",
	"suggest", "mus", "wonder", "counter", "retort", "rul", "cit",
}

// claimPrec5Inverts reports whether the lower-case verb form w may stand
// before its subject after what it reports.
func claimPrec5Inverts(w string) bool {
	return claimPrec4Addressee(w) || claimPrec4HasStem(w, claimPrec5InvertVerbs)
}

// claimPrec5ObjectSpeaker reports whether d reads "SUBJECT, VERB NP" as
// a content before an inverted "…, VERB SPEAKER": the words before the
// comma are the verb's subject and the noun phrase after it is its
// object ("Mike Murphy, a strategist, praised the efforts of a donor",
// "Clinton holds a lead with party leaders, called superdelegates",
// "…, and Jay Nixon, proposed federal legislation"). Only verbs of saying
// stand before their subject ("…, wrote the senator"); a quotation before
// the comma keeps its claim ("“…,” exhorted her introducer").
func claimPrec5ObjectSpeaker(toks []claimTok, d claimDraft) bool {
	k := claimPrec4TrailCueEnd(toks, d)
	if k < 1 || d.spkS != k+1 || d.spkE <= d.spkS || d.spkE > len(toks) {
		return false
	}
	c := k // the cue's first token
	for c > 0 && toks[c].start > d.cue[0] {
		c--
	}
	if c < 1 || toks[c].start != d.cue[0] || toks[c-1].text != "," {
		return false
	}
	v := c // the verb, after adverbs: "practically pleaded for"
	for v < k && toks[v].tag == "RB" {
		v++
	}
	if v < k && !(toks[k].tag == "IN" || toks[k].tag == "RP") || k-v > 1 {
		return false
	}
	switch toks[v].tag {
	case "VBD", "VBZ", "VBP", "VBN":
	default:
		return false // "…, according to", "…, in a poll"
	}
	if toks[v].quote != claimQuoteNone || claimPrec5Inverts(toks[v].lower) {
		return false
	}
	if c-2 >= 0 && (toks[c-2].quote != claimQuoteNone || toks[c-2].span >= 0) {
		return false // "“…,” exhorted her introducer": a quotation before the verb
	}
	return true
}

// claimPrec5ObjectPronouns are the object pronouns that may open the
// small clause after "find" ("found it difficult", "is finding them
// reluctant").
var claimPrec5ObjectPronouns = map[string]bool{"it": true, "them": true, "him": true, "her": true, "us": true, "me": true}

// claimPrec5FindAmounts are the quantity words before a noun that make
// a finding a judgement ("found little support", "found no evidence").
var claimPrec5FindAmounts = map[string]bool{
	"no": true, "little": true, "scant": true, "considerable": true, "broad": true, "widespread": true,
	"overwhelming": true, "strong": true, "growing": true, "much": true, "substantial": true,
}

// claimPrec5FindSmallClause reports whether the content at s after a cue
// of "find" is a small clause: an object noun phrase and a predicate of
// its own, an adjective, a participle or "to be" ("found it difficult to
// …", "finds states shifting toward …", "found both men largely
// unknown", "found skating to be a salve"). Such a finding reports a
// judgement; "found ways to …", "found sanctuary" and a reflexive
// ("found himself …") do not. A "decide" before "not to" keeps its
// claim as well ("had decided not to make a bid").
func claimPrec5FindSmallClause(toks []claimTok, c claimCue, s int) bool {
	if c.form.lemma == "decide" && s+1 < len(toks) && toks[s].lower == "not" && toks[s+1].lower == "to" {
		return true // "decided not to run": a negated infinitive is a decision too
	}
	if c.form.lemma != "find" || s >= len(toks) || toks[s].quote != claimQuoteNone {
		return false
	}
	if claimPrec5FindAmounts[toks[s].lower] && s+1 < len(toks) && strings.HasPrefix(toks[s+1].tag, "NN") {
		return true // "found little unity on …", "found no fault with …": a judgement of how much
	}
	k := s
	switch t := toks[k]; {
	case claimPrec5ObjectPronouns[t.lower]:
		k++
	case t.tag == "DT" || t.tag == "PRP$" || t.tag == "CD" || strings.HasPrefix(t.tag, "NN") || t.tag == "JJ" || t.tag == "VBG":
		if t.lower == "that" || t.lower == "a" || t.lower == "an" {
			return false // "found a way to …": an indefinite object is what was found
		}
		n := 0
		for k < len(toks) && n < 4 && (toks[k].tag == "DT" || toks[k].tag == "PRP$" || toks[k].tag == "CD" || strings.HasPrefix(toks[k].tag, "NN") || n > 0 && toks[k].tag == "JJ" || n == 0) && toks[k].word {
			k++
			n++
		}
	default:
		return false
	}
	if k >= len(toks) || k == s {
		return false
	}
	for k < len(toks) && toks[k].tag == "RB" && strings.HasSuffix(toks[k].lower, "ly") {
		k++ // "found both men largely unknown"
	}
	if k >= len(toks) || toks[k].quote != claimQuoteNone {
		return false
	}
	switch n := toks[k]; {
	case n.lower == "to":
		return k+1 < len(toks) && toks[k+1].lower == "be"
	case n.tag == "JJ" || n.tag == "VBG":
		return true
	}
	return false
}

// claimPrec5DeclineObject reports whether the content at s after a cue
// of "decline" is what was declined, a request or a comment ("declined
// an interview request", "declined comment beyond its filings",
// "declined multiple requests"), not an amount or a manner ("declined 40
// percent", "has declined slightly from 58 percent").
func claimPrec5DeclineObject(toks []claimTok, c claimCue, s int) bool {
	if c.form.lemma != "decline" || s >= len(toks) || toks[s].quote != claimQuoteNone {
		return false
	}
	switch t := toks[s]; {
	case t.lower == "a" || t.lower == "an" || t.lower == "the" || t.lower == "multiple" || t.lower == "repeated" || t.lower == "several":
	case t.tag == "PRP$":
	case t.lower == "comment" || t.lower == "comments" || t.lower == "requests" || t.lower == "interviews" || t.lower == "invitations":
	default:
		return false
	}
	for k := s; k < len(toks) && k < s+4; k++ {
		if toks[k].tag == "CD" || toks[k].text == "%" || toks[k].lower == "percent" {
			return false
		}
	}
	return true
}

// claimPrec5StanceNouns are the nouns of taking sides that name their
// target after a preposition ("support for Garcia", "praise for Lee").
var claimPrec5StanceNouns = map[string]bool{
	"support": true, "supporters": true, "endorsement": true, "endorsements": true, "defense": true,
	"enthusiasm": true, "praise": true, "opposition": true,
}

// claimPrec5StanceName reports whether d is a sourceless stance noun
// and preposition before a one-word name or object pronoun ("express
// support for Garcia", "the unprompted defense of Lee", "opposition to
// them"): a stance toward a person, which claimPrec4BareTopic would drop
// as a bare topic. A capitalised noun is part of a name or headline
// ("Foundation for Defense of Democracies") and is not kept.
func claimPrec5StanceName(toks []claimTok, d claimDraft) bool {
	if d.spkS != d.spkE {
		return false
	}
	s, e, ok := claimPrecContentToks(toks, d)
	if !ok || e != s+1 || s < 2 || toks[s].quote != claimQuoteNone {
		return false
	}
	p, n := toks[s-1], toks[s-2]
	if p.end != d.cue[1] || !(p.tag == "IN" || p.tag == "TO") || n.upper || !claimPrec5StanceNouns[n.lower] {
		return false
	}
	w := toks[s]
	switch w.lower {
	case "him", "her", "them":
		return true
	}
	return w.upper && w.word && strings.HasPrefix(w.tag, "NNP")
}

// claimPrec5ContinueSaying reports whether the content at s after a cue
// of "continue" is a report: a that-clause ("She continued that …") or
// a gerund of saying, alone or after "by" ("continued mocking …",
// "continued by saying …"). "continued campaigning" and "continued his
// push" are no report.
func claimPrec5ContinueSaying(toks []claimTok, s int) bool {
	if s >= len(toks) || toks[s].quote != claimQuoteNone {
		return false
	}
	if toks[s].lower == "that" {
		return true
	}
	if toks[s].lower == "by" {
		s++
	}
	if s >= len(toks) {
		return false
	}
	vf, ok := cueLexicon().verbs[toks[s].lower]
	return ok && vf.ing && vf.lemma != "continue"
}
