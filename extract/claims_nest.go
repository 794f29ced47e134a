package extract

import "strings"

// This file ends a forward content where a second attribution begins
// inside it. PolNeAR gives each token one role in one attribution, so a
// content running over a second one matches at most one of them; the cut
// content frees the rest of the sentence for the later cues of claimUnit.
//
// Measured and rejected (train content tp/n_pred): cutting a clause
// content before "and" + a finite verb in the cue's tense but not the
// content's ("denies that it was … and goes …": +1/+5, dev -1); cutting an
// object or infinitive content before "and" + any subject and finite verb
// (-10 train: "said the plan and the bill were …", "the pride he takes");
// the pronoun rule below for clause contents too (-3: "said X and he
// would …" is one content in PolNeAR); ending a two-word object before
// ", V-ing" ("clarified the matter, treating …": +1/+3).

// claimNestEnd returns where the forward content [s, e) ends: before a
// closing apposition with a relative clause of its own source and cue
// (claimNestAppos), or before a coordinate clause with a nominative
// pronoun subject after a content without a finite verb
// (claimNestClause); else e.
func claimNestEnd(toks []claimTok, s, e int) int {
	if k := claimNestAppos(toks, s, e); k < e {
		return k
	}
	return claimNestClause(toks, s, e)
}

// claimNestAppos returns where a content [s, e) ends before a closing
// apposition that sums it up in a noun and a relative clause with its
// own source and verb, whose object the noun is ("…, a point the senator
// also acknowledged to reporters", "…, stances that he has since
// disavowed"): PolNeAR attributes the noun to the relative clause's
// source. Else it returns e.
func claimNestAppos(toks []claimTok, s, e int) int {
	lx := cueLexicon()
	for k := s + 3; k+3 < e; k++ {
		if toks[k].text != "," || toks[k].span >= 0 {
			continue
		}
		j := k + 1
		if toks[j].tag == "DT" || toks[j].tag == "PRP$" {
			j++
		}
		h := j
		for j < e && j < h+4 && (toks[j].tag == "JJ" || strings.HasPrefix(toks[j].tag, "NN") && toks[j].tag != "NNP") && toks[j].span < 0 {
			j++
		}
		if j == h || !strings.HasPrefix(toks[j-1].tag, "NN") || j >= e {
			continue
		}
		if toks[j].lower == "that" || toks[j].lower == "which" {
			j++
		}
		// The relative clause's subject and its verb, which must close the
		// content or stand before a preposition, adverb or comma: its
		// object is the noun.
		v := j
		for v < e && v < j+5 && toks[v].span < 0 && (spkIsNounTag(toks[v].tag) || toks[v].tag == "PRP" || toks[v].tag == "DT" || toks[v].tag == "JJ") {
			v++
		}
		if v == j {
			continue
		}
		for v < e && (toks[v].tag == "RB" || claimAuxiliaries[toks[v].lower]) && toks[v].span < 0 {
			v++
		}
		if v >= e || toks[v].span >= 0 || !strings.HasPrefix(toks[v].tag, "VB") || toks[v].tag == "VBG" {
			continue
		}
		if _, ok := lx.verbs[toks[v].lower]; !ok {
			continue
		}
		if n := v + 1; n < e && !(toks[n].tag == "IN" || toks[n].tag == "TO" || toks[n].tag == "RB" || toks[n].text == "," || toks[n].text == ".") {
			continue
		}
		return k
	}
	return e
}

// claimNestClause returns where a content [s, e) without a finite verb
// of its own ends before "and" or "but" and a clause whose subject is a
// nominative pronoun ("decided not to run and she performed well"), or
// e. The part before the conjunction must hold a preposition or a verb
// form, the mark of an infinitive or a complement rather than a bare
// noun phrase.
func claimNestClause(toks []claimTok, s, e int) int {
	rich := false
	for k := s; k+2 < e; k++ {
		t := toks[k]
		if t.span >= 0 {
			continue
		}
		switch t.tag {
		case "VBD", "VBZ", "VBP", "MD":
			return e
		case "IN", "TO", "VB", "VBG", "VBN":
			if t.lower != "that" {
				rich = true
			}
		}
		if claimSplitClauseWords[t.lower] {
			return e
		}
		if !rich || k < s+2 || t.lower != "and" && t.lower != "but" {
			continue
		}
		if claimNestPronounClause(toks, k+1, e) {
			return claimCutBefore(toks, s, k)
		}
	}
	return e
}

// claimNestSubjects are the nominative pronouns, which open a clause of
// their own after "and": no object or coordinated noun phrase takes them.
var claimNestSubjects = map[string]bool{"he": true, "she": true, "they": true, "we": true, "i": true}

// claimNestPronounClause reports whether tokens from k open a clause
// with a nominative pronoun subject and a finite verb ("she performed
// well"), adverbs allowed between them.
func claimNestPronounClause(toks []claimTok, k, e int) bool {
	if k+1 >= e || !claimNestSubjects[toks[k].lower] || toks[k].span >= 0 {
		return false
	}
	j := k + 1
	for j < e && toks[j].tag == "RB" && toks[j].span < 0 {
		j++
	}
	if j >= e || toks[j].span >= 0 {
		return false
	}
	switch toks[j].tag {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	}
	return false
}

// claimNestBy splits a forward content without a finite verb of its own
// at "by" and a gerund cue of speech or belief ("defended his position by
// citing a poll"): the first content ends before "by" and the gerund
// gets a draft of its own with the outer draft's source, since PolNeAR
// annotates the means of saying as a second attribution. A comma, or a
// comma closing a quotation, before a gerund cue does the same ("said
// X, citing Y"), after a clause content too ("said that it was
// “dead,” citing …"). The first content needs two words and the gerund
// an object after it.
func claimNestBy(p *claimPara, d claimDraft) (claimDraft, claimDraft, bool) {
	if !d.hasCue || len(d.segs) != 1 || d.cue[1] > d.segs[0][0] {
		return d, d, false
	}
	toks := p.toks
	s, e := claimSplitTokens(toks, d.unitA, d.unitB, d.segs[0])
	if s < 0 {
		return d, d, false
	}
	object := !(toks[s].lower == "that" && toks[s].tag == "IN" || toks[s].tag == "TO" || strings.HasPrefix(toks[s].tag, "W") || claimNestInfCue(toks, d))
	for _, c := range cueFind(toks, d.unitA, d.unitB) {
		by := c.start - 1
		if c.kind != cueVerb || by <= s+1 || c.end >= e || !(toks[by].lower == "by" && toks[by].span < 0 || (toks[by].text == "," || toks[by-1].text == "," && toks[by].span >= 0)) || toks[c.verb].tag != "VBG" {
			continue
		}
		if toks[by].lower == "by" && (!object || claimHasFinite(toks, s, by) || claimNestObjInf(toks, s, by)) || claimWords(toks, s, by) < 2 {
			continue
		}
		cut := claimCutBefore(toks, s, by)
		if toks[by].span >= 0 {
			cut = by + 1 // the comma closes a quotation: keep its mark
		}
		seg1, ok1 := claimSeg(toks, s, cut)
		seg2, ok2 := claimSeg(toks, c.end, e)
		if !ok1 || !ok2 {
			continue
		}
		first, nd := d, d
		first.segs = [][2]int{seg1}
		nd.segs = [][2]int{seg2}
		nd.cue = [2]int{toks[c.start].start, toks[c.end-1].end}
		return first, nd, true
	}
	return d, d, false
}

// claimNestInfCue reports whether the cue of d holds an infinitive
// ("tried to explain"), whose verb a by-phrase in the content modifies.
func claimNestInfCue(toks []claimTok, d claimDraft) bool {
	for k := 0; k+1 < len(toks); k++ {
		if toks[k].start >= d.cue[0] && toks[k+1].end <= d.cue[1] && toks[k].lower == "to" && toks[k+1].tag == "VB" {
			return true
		}
	}
	return false
}

// claimNestObjInf reports whether [s, e) holds an object and its own
// infinitive ("the party to respond … by recognizing"), whose verb a
// following by-phrase modifies: a "to" outside quotations with no
// gerund before it, which would own the infinitive ("not allowing them
// to enter").
func claimNestObjInf(toks []claimTok, s, e int) bool {
	for k := s; k < e; k++ {
		if toks[k].span >= 0 {
			continue
		}
		switch toks[k].tag {
		case "VBG":
			return false
		case "TO":
			return true
		}
	}
	return false
}
