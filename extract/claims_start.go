package extract

import (
	"slices"
	"strings"
)

// This file holds repairs of where a claim's content starts, applied to
// every draft claimAttribute returns (hook: claimAttribute wraps
// claimAttributeRules, claims_rules.go).

// claimAttribute applies the attribution patterns (claimAttributeRules)
// to one cue c in the unit [ua, b), whose tokens before a are taken by an
// earlier claim, then moves the content's start where the clause around
// the source puts it (claimStartFix).
func claimAttribute(toks []claimTok, ua, a, b int, c claimCue) (claimDraft, bool) {
	d, ok := claimAttributeRules(toks, ua, a, b, c)
	if ok {
		claimStartFix(toks, max(ua, a), c, &d)
	}
	return d, ok
}

// claimStartFix moves the start of draft d's content.
//
// A free relative "what SOURCE CUE X" ("ending what he calls corruption
// in politics", "what aides described as a reset") is one noun phrase:
// PolNeAR's content is "what" and X, so the content runs from "what" on.
// It is one segment over the source and cue: on train and dev that
// matched more attributions than the two segments PolNeAR writes.
//
// A sourceless cue's subject cut at a preposition ("Clinton's strategy of
// yoking herself to | Obama did not appear to pay") takes the noun phrase
// before the preposition back to the clause's start, and one cut after
// "whose" takes the pronoun (claimStartSubject); not for a reduced
// relative ("contests known as …") or a noun cue, whose content is the
// noun phrase they follow.
//
// A clause-opening "According to" source runs to its comma: the content
// starts after it (claimStartAccording).
func claimStartFix(toks []claimTok, a int, c claimCue, d *claimDraft) {
	if w := claimStartWhat(toks, a, *d); w >= 0 {
		d.segs = [][2]int{{toks[w].start, d.segs[len(d.segs)-1][1]}}
	}
	if n := claimStartSubject(toks, a, *d); n >= 0 && c.kind != cueAroundReduced && c.kind != cueAroundNoun {
		d.segs[0][0] = toks[n].start
	}
	if n := claimStartAccording(toks, a, c, *d); n >= 0 {
		d.segs[0][0] = toks[n].start
	}
}

// claimStartAccording returns where the content of a clause-opening
// "According to SOURCE, CONTENT" starts when the source's chunk ended
// before the comma ("According to early results of exit polls | conducted
// for the networks, Clinton led …"): after that comma, when no quotation
// lies before it and three words or more follow it; -1 otherwise.
func claimStartAccording(toks []claimTok, a int, c claimCue, d claimDraft) int {
	if len(d.segs) != 1 || c.start != a || c.end-c.start != 2 || toks[c.start].lower != "according" || toks[c.start+1].lower != "to" {
		return -1
	}
	s := c.end
	for s < len(toks) && toks[s].start < d.segs[0][0] {
		if toks[s].text == "," {
			return -1
		}
		s++
	}
	if s >= len(toks) || strings.HasPrefix(toks[s].tag, "NNP") {
		return -1 // the source's name runs on: "According to Diane | Blair, a friend, …"
	}
	for k := s; k < len(toks) && k < s+25 && toks[k].end <= d.segs[0][1]; k++ {
		t := toks[k]
		if t.quote != claimQuoteNone || t.span >= 0 || t.text == ";" || t.text == ":" || t.text == "." {
			return -1
		}
		if t.text == "," && !srclessDigitGroup(toks, k) {
			if claimStartWordsBefore(toks, k+1, d.segs[0][1]) < 3 || claimStartApposition(toks, k+1, d.segs[0][1]) {
				return -1
			}
			return k + 1
		}
	}
	return -1
}

// claimStartWordsBefore counts the word tokens from k that end by end.
func claimStartWordsBefore(toks []claimTok, k, end int) int {
	n := 0
	for ; k < len(toks) && toks[k].end <= end; k++ {
		if toks[k].word {
			n++
		}
	}
	return n
}

// claimStartStops are words that open a clause of their own: a subject
// that runs back over one of them is no noun phrase.
var claimStartStops = map[string]bool{
	"that": true, "which": true, "who": true, "whom": true, "whose": true, "what": true, "when": true, "where": true,
	"if": true, "because": true, "while": true, "although": true, "though": true, "since": true, "after": true,
	"before": true, "unless": true, "until": true, "whether": true, "as": true, "than": true,
}

// claimStartSubject returns where a sourceless draft's subject starts:
// at a "whose" right before it, which stands for the owner as "what"
// does for a free relative; or, when the content before its cue starts
// right after a preposition (or the "than" of "more than" + number), at
// the start of the words before that preposition back to a comma, dash,
// colon, quotation or the unit's free start a, when they hold no finite
// verb and no clause opener. It returns -1 when neither applies.
func claimStartSubject(toks []claimTok, a int, d claimDraft) int {
	if !d.hasCue || d.spkS < d.spkE || len(d.segs) == 0 || d.segs[0][0] >= d.cue[0] {
		return -1
	}
	s := a
	for s < len(toks) && toks[s].start < d.segs[0][0] {
		s++
	}
	p := s - 1
	if s < len(toks) && p >= a && toks[s].start == d.segs[0][0] && toks[p].lower == "whose" && toks[p].span < 0 {
		return p // "…, whose | government was widely criticized": the pronoun stands for the owner
	}
	if s >= len(toks) || toks[s].start != d.segs[0][0] || p-1 < a || !(toks[p].tag == "IN" || toks[p].tag == "TO") || claimStartStops[toks[p].lower] && toks[p].lower != "as" && !claimStartQuantThan(toks, p) || toks[p].span >= 0 {
		return -1
	}
	n := p
	for j := p - 1; j >= a && j >= p-25; j-- {
		t := toks[j]
		if t.text == "," && srclessDigitGroup(toks, j) {
			n = j // "More than 1,200 emails from …"
			continue
		}
		if t.text == "," || t.text == ";" || t.text == ":" || t.text == "(" || t.text == ")" || claimContentDash(toks, j) || t.quote != claimQuoteNone {
			break
		}
		if t.tag == "VBD" || t.tag == "VBZ" || t.tag == "VBP" || t.tag == "MD" || t.tag == "WDT" || t.tag == "WP" || t.tag == "WRB" || t.tag == "EX" || claimStartStops[t.lower] && !claimStartQuantThan(toks, j) {
			return -1
		}
		if j == p-25 {
			return -1 // too long for a noun phrase
		}
		n = j
	}
	if n >= p || !toks[n].word || toks[n].tag == "IN" || toks[n].tag == "TO" || toks[n].tag == "RB" || toks[n].tag == "CC" {
		return -1
	}
	return n
}

// claimStartWhat returns the index of the "what" that opens a free
// relative clause right before draft d's source, or -1. The source must
// stand in the unit (from ua) right before the cue, and the content must
// follow the cue.
func claimStartWhat(toks []claimTok, ua int, d claimDraft) int {
	if !claimStart2BeforeSource(toks, ua, d, "what") {
		return -1
	}
	return d.spkS - 1
}

// claimStart2BeforeSource reports whether the word right before draft d's
// source, in the unit from ua, is one of words, outside a quotation, with
// the source right before the cue and the content after the cue.
func claimStart2BeforeSource(toks []claimTok, ua int, d claimDraft, words ...string) bool {
	if !d.hasCue || len(d.segs) == 0 || d.spkS >= d.spkE || d.spkS-1 < ua {
		return false
	}
	w := d.spkS - 1
	if !slices.Contains(words, toks[w].lower) || toks[w].span >= 0 || toks[d.spkE-1].end > d.cue[0] || d.segs[0][0] < d.cue[1] {
		return false
	}
	// The source and the cue are next to each other: nothing but the
	// cue's adverbs and auxiliaries between them.
	for k := d.spkE; k < len(toks) && toks[k].start < d.cue[0]; k++ {
		if !toks[k].word {
			return false
		}
	}
	return true
}

// claimStart2Lead returns draft d's segments with the relative pronoun
// that opens its clause before them (claimStart2Relative; with "that",
// its antecedent noun phrase too, claimStart2Head), the head noun phrase
// of a contact clause (claimStart2Contact), or a free relative cut at
// its end (claimStart2WhatEnd); else d's segments. It runs when the
// claim is built (hook in claimBuild, claims_build.go), after the
// content's end has been trimmed, since the end rules work on a content
// of one segment.
func claimStart2Lead(toks []claimTok, d claimDraft) [][2]int {
	if d.spkPara != d.para {
		return d.segs
	}
	if w := claimStart2Relative(toks, d.unitA, d); w >= 0 {
		f := w
		if toks[w].lower == "that" {
			f = claimStart2Head(toks, d.unitA, w)
		}
		return append([][2]int{{toks[f].start, toks[w].end}}, d.segs...)
	}
	if segs, ok := claimStart2Contact(toks, d); ok {
		return segs
	}
	if e, ok := claimStart2WhatEnd(toks, d); ok {
		return [][2]int{{d.segs[0][0], toks[e-1].end}}
	}
	return d.segs
}

// claimStart2WhatEnd returns where a free relative's content ("what
// SOURCE CUE X", one segment from claimStartWhat) ends when the sentence
// runs on past it: before the main verb that follows the clause ("what
// former employees have called a “fraudulent scheme” | took an uglier
// turn") or at a colon, semicolon or dash. A finite verb right after the
// cue is the clause's own ("what analysts said was a sign of …"). ok is
// false when the content is no such free relative or nothing is cut.
func claimStart2WhatEnd(toks []claimTok, d claimDraft) (int, bool) {
	if !d.hasCue || len(d.segs) != 1 || d.spkS >= d.spkE || d.spkS-1 < d.unitA || toks[d.spkS-1].lower != "what" || toks[d.spkS-1].start != d.segs[0][0] {
		return 0, false
	}
	k := d.spkE
	for k < len(toks) && toks[k].start < d.cue[1] {
		k++
	}
	for k < len(toks) && toks[k].span < 0 && (toks[k].tag == "VBD" || toks[k].tag == "VBZ" || toks[k].tag == "VBP" || toks[k].tag == "MD" || toks[k].tag == "RB" || strings.HasPrefix(toks[k].tag, "VB")) {
		k++ // the clause's own verb group: "what he said | was a sign"
	}
	s := k
	// After a verb of naming the clause ends with its noun phrase, so a
	// finite verb is the sentence's; after a verb of saying it may be
	// the verb of a clause with its own subject ("what Trump says his
	// plan would do").
	naming := s < len(toks) && toks[s].lower == "as" || claimStart2Naming[strings.ToLower(toks[s-1].text)]
	for ; k < len(toks) && toks[k].end <= d.segs[0][1]; k++ {
		t := toks[k]
		if t.span >= 0 {
			continue
		}
		if t.tag == "WDT" || t.tag == "WP" || t.lower == "that" {
			naming = false // "a series of postings that | called for …": a relative clause's verb
		}
		if k > s && (t.text == ":" || t.text == ";" || claimContentDash(toks, k) || naming && (t.tag == "VBD" || t.tag == "VBZ" || t.tag == "VBP" || t.tag == "MD")) {
			if k-1 >= s && toks[k-1].text == "," {
				k--
			}
			if k <= s {
				return 0, false
			}
			return k, true
		}
	}
	return 0, false
}

// claimStart2Contact returns the segments of a content whose cue stands
// in a relative clause without a pronoun right after its head noun
// phrase, with the gap in an infinitive or as the subject of a clause
// after the cue: "The things he wants | to accomplish appeal to voters",
// "a gift he knew | would lift me". PolNeAR's content is the head noun
// phrase, then the rest of the clause after the cue, which ends before the
// main verb of the sentence or at a comma, semicolon or colon. The head
// phrase opens with a determiner or possessive and follows no verb but a
// form of "be" ("told the crowd | he wants to …" is a clause of its own);
// its last word is a common noun. ok is false when the shape does not
// hold.
func claimStart2Contact(toks []claimTok, d claimDraft) ([][2]int, bool) {
	if !d.hasCue || len(d.segs) != 1 || d.spkS >= d.spkE || d.spkS-1 < d.unitA || toks[d.spkE-1].end > d.cue[0] || d.segs[0][0] < d.cue[1] {
		return nil, false
	}
	h := d.spkS - 1
	if toks[h].span >= 0 || toks[h].tag != "NN" && toks[h].tag != "NNS" || strings.HasPrefix(toks[d.spkS].tag, "VB") {
		return nil, false
	}
	for k := d.spkE; k < len(toks) && toks[k].start < d.cue[0]; k++ {
		if !claimStart2Aux(toks[k]) {
			return nil, false
		}
	}
	n := -1 // the head phrase's determiner
	for j := h - 1; j >= d.unitA && j >= h-6; j-- {
		t := toks[j]
		if t.tag == "DT" || t.tag == "PRP$" {
			n = j
			break
		}
		if t.span >= 0 || !(t.tag == "JJ" || t.tag == "NN" || t.tag == "NNS" || t.tag == "NNP" || t.tag == "CD" || t.tag == "POS" || t.tag == "VBN" || t.tag == "JJR" || t.tag == "JJS") {
			return nil, false
		}
	}
	if n < 0 {
		return nil, false
	}
	if p := n - 1; p >= d.unitA {
		switch t := toks[p]; {
		case strings.HasPrefix(t.tag, "VB") && !claimStart2Be[t.lower]:
			return nil, false
		case t.tag == "MD" || t.tag == "PRP" || t.tag == "WP" || t.tag == "WDT":
			return nil, false
		}
	}
	s := claimStart2TokAt(toks, d.segs[0][0])
	if s < 0 || toks[s].span >= 0 {
		return nil, false
	}
	k := s
	switch t := toks[s]; {
	case t.tag == "TO" && s+1 < len(toks) && toks[s+1].tag == "VB":
		k = s + 2
	case (t.tag == "VBD" || t.tag == "VBZ" || t.tag == "VBP" || t.tag == "MD") && n-1 >= d.unitA && claimStart2Be[toks[n-1].lower]:
		// "It was a gift he knew | would lift me": after "be" the phrase
		// is a predicate, so the verb is the clause's; a subject ("The
		// only regret he acknowledged | was …") takes the sentence's verb.
		for k = s + 1; k < len(toks) && (strings.HasPrefix(toks[k].tag, "VB") || toks[k].tag == "RB"); k++ {
		}
	default:
		return nil, false
	}
	e := s
	for ; k < len(toks) && toks[k].end <= d.segs[0][1]; k++ {
		t := toks[k]
		if t.span < 0 && (t.text == "," || t.text == ";" || t.text == ":" || t.tag == "VBD" || t.tag == "VBZ" || t.tag == "VBP" || t.tag == "MD" || claimStart2Finite[t.lower]) {
			break
		}
	}
	e = k
	if e <= s {
		return nil, false
	}
	return [][2]int{{toks[n].start, toks[h].end}, {toks[s].start, toks[e-1].end}}, true
}

// claimStart2Finite are finite forms of "have" and "be", which the tagger
// may read as base forms after an infinitive ("to bridge have/VB …").
var claimStart2Finite = map[string]bool{"has": true, "have": true, "had": true, "is": true, "are": true, "was": true, "were": true}

// claimStart2Naming are verb forms of naming, whose object is a noun
// phrase.
var claimStart2Naming = map[string]bool{
	"call": true, "calls": true, "called": true, "calling": true, "dub": true, "dubs": true, "dubbed": true,
	"label": true, "labels": true, "labeled": true, "labelled": true, "term": true, "terms": true, "termed": true,
	"brand": true, "brands": true, "branded": true, "describe": true, "describes": true, "described": true,
	"characterize": true, "characterizes": true, "characterized": true, "deem": true, "deems": true, "deemed": true,
}

// claimStart2Be are the forms of "be" a head noun phrase may follow.
var claimStart2Be = map[string]bool{"is": true, "was": true, "are": true, "were": true, "be": true, "been": true, "’s": true, "'s": true}

// claimStart2Relative returns the index of the relative pronoun that
// opens a relative clause right before draft d's source, whose cue's
// object or complement is the pronoun's gap ("the vote, which she has
// repeatedly said was a mistake", "Rubio, who he dubbed “the little
// senator”", "a finish that he said defied expectations"): PolNeAR's
// content starts with the pronoun, as it does with a free relative's
// "what". "which", "who" and "whom" qualify anywhere but after a
// preposition ("in which he said …": that pronoun is no part of the
// content); "that" only after a noun and before a content that opens with
// a finite verb, whose subject is the gap (else "the fact that he talks
// about X" is a noun's complement clause). The source must start with no
// verb and only adverbs and auxiliaries may stand between it and the cue.
// It returns -1 otherwise.
func claimStart2Relative(toks []claimTok, ua int, d claimDraft) int {
	if !claimStart2BeforeSource(toks, ua, d, "which", "who", "whom", "that") {
		return -1
	}
	w := d.spkS - 1
	if w-1 < 0 || strings.HasPrefix(toks[d.spkS].tag, "VB") {
		return -1
	}
	for k := d.spkE; k < len(toks) && toks[k].start < d.cue[0]; k++ {
		if !claimStart2Aux(toks[k]) {
			return -1
		}
	}
	switch p := toks[w-1]; {
	case p.tag == "IN" || p.tag == "TO":
		return -1
	case toks[w].lower == "that":
		if p.tag != "NN" && p.tag != "NNS" {
			return -1
		}
		s := claimStart2TokAt(toks, d.segs[0][0])
		if s < 0 || toks[s].span >= 0 {
			return -1
		}
		switch t := toks[s]; {
		case t.tag == "VBD" || t.tag == "VBZ" || t.tag == "VBP" || t.tag == "MD":
		case (t.tag == "VBN" || t.tag == "JJ") && strings.HasSuffix(t.lower, "ed"):
			// the tagger reads a past verb after the cue as a participle
			// or an adjective: "a finish that he said defied/JJ …"
		default:
			return -1
		}
	}
	return w
}

// claimStart2Head returns where the noun phrase ending right before the
// relative pronoun at w starts: at its determiner or possessive, up to
// six words back; w itself when there is none. PolNeAR takes the
// antecedent with "that" ("an explosion that the mayor described as …").
func claimStart2Head(toks []claimTok, ua, w int) int {
	for j := w - 1; j >= ua && j >= w-7; j-- {
		switch t := toks[j]; {
		case t.span >= 0:
			return w
		case t.tag == "DT" || t.tag == "PRP$":
			return j
		case !(t.tag == "JJ" || t.tag == "NN" || t.tag == "NNS" || t.tag == "NNP" || t.tag == "CD" || t.tag == "POS" || t.tag == "VBN" || t.tag == "JJR" || t.tag == "JJS"):
			return w
		}
	}
	return w
}

// claimStart2Aux reports whether t may stand between a source and its
// cue verb: an adverb or a form of "have", "be" or "do".
func claimStart2Aux(t claimTok) bool {
	if t.tag == "RB" || t.tag == "MD" {
		return true
	}
	switch t.lower {
	case "has", "have", "had", "is", "are", "was", "were", "be", "been", "do", "does", "did", "’s", "'s", "’ve", "'ve", "’d", "'d":
		return true
	}
	return false
}

// claimStart2TokAt returns the index of the token starting at byte
// offset at, or -1.
func claimStart2TokAt(toks []claimTok, at int) int {
	i, ok := slices.BinarySearchFunc(toks, at, func(t claimTok, at int) int { return t.start - at })
	if !ok {
		return -1
	}
	return i
}

// claimStartQuantThan reports whether token j is the "than" of a number's
// quantifier ("more than 1,200 emails"), which opens no clause.
func claimStartQuantThan(toks []claimTok, j int) bool {
	if toks[j].lower != "than" || j < 1 || j+1 >= len(toks) || toks[j+1].tag != "CD" {
		return false
	}
	switch toks[j-1].lower {
	case "more", "less", "fewer":
		return true
	}
	return false
}

// claimStartApposition reports whether the words from k, up to end, reach
// another comma before a finite verb: "…, a close friend of hers, the
// first lady had …" sets off an apposition, which other rules handle.
func claimStartApposition(toks []claimTok, k, end int) bool {
	rel := false // a relative clause inside the apposition: "…, a friend who died in 2000, …"
	for ; k < len(toks) && toks[k].end <= end; k++ {
		switch t := toks[k]; {
		case t.tag == "WP" || t.tag == "WDT":
			rel = true
		case !rel && (t.tag == "VBD" || t.tag == "VBZ" || t.tag == "VBP" || t.tag == "MD"):
			return false
		case t.text == "," && !srclessDigitGroup(toks, k):
			return true
		}
	}
	return false
}
