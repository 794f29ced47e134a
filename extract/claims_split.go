package extract

import (
	"strings"
	"unicode"
)

// This file splits a draft whose content runs on over a second
// attribution. PolNeAR gives each token one role in one attribution, so
// one content spanning two of them matches at most one.

// claimSplitDrafts returns the drafts with each one whose cue stands in
// an adverbial clause opening its sentence split at the main clause
// (claimSplitLead), the main clause's own drafts following the draft they
// came from; noun phrase contents cut before a second verb phrase of
// their source (claimSplitNPCut); an object content split at "by" and a
// gerund cue (claimNestBy); and contents split at each coordinate
// clause with its own source and cue (claimSplitClause), so that a list
// of parallel clauses ("200 have said A, 39 have said B and 160 have not
// announced C") gives one draft per clause.
func claimSplitDrafts(paras []*claimPara, drafts []claimDraft, opts ClaimOptions) []claimDraft {
	out := make([]claimDraft, 0, len(drafts))
	for i, d := range drafts {
		if ds, ok := claimSplitLead(paras[d.para], d, opts); ok {
			out = append(out, ds[0])
			for _, nd := range ds[1:] {
				if !claimSplitOverlaps(drafts, i, nd) {
					out = append(out, nd) // not found already by another draft
				}
			}
			continue
		}
		d = claimSplitNPCut(paras[d.para], d)
		if first, second, ok := claimNestBy(paras[d.para], d); ok {
			out = append(out, first)
			d = second
		}
		// A list of parallel clauses splits once per clause.
		for n := 0; n < 8; n++ {
			first, second, ok := claimSplitClause(paras[d.para], d, opts)
			if !ok {
				break
			}
			out = append(out, first)
			d = second
		}
		out = append(out, d)
	}
	return out
}

// claimSplitOverlaps reports whether the content of nd overlaps that of
// a draft other than drafts[skip].
func claimSplitOverlaps(drafts []claimDraft, skip int, nd claimDraft) bool {
	for i, d := range drafts {
		if i == skip {
			continue
		}
		for _, a := range d.segs {
			for _, b := range nd.segs {
				if a[0] < b[1] && b[0] < a[1] {
					return true
				}
			}
		}
	}
	return false
}

// claimSplitClauseConj open a coordinate clause with its own subject.
var claimSplitClauseConj = map[string]bool{"and": true, "but": true, "while": true, "whereas": true, ";": true}

// claimSplitClause splits a forward content at a coordinate clause with
// its own source and a finite cue of speech ("has pushed for a single
// payer system, while Clinton has slammed his proposal as vague"): the
// first content ends before the conjunction and the second clause is
// attributed from its own source on. So are "as", "when" and "after"
// opening such a clause (claimSplitSubordinate). The first content needs
// two words ("call him competent, after 55 percent said so", "declined to
// comment and aides later said …"). A comma opens such a clause too
// when its cue repeats the verb of the content's own cue ("200 have said
// A, 39 have said B"); a subject the chunker ran over the conjunction
// ("the mayor and 60 percent said") starts after it when it counts or
// the verb repeats (claimSplitChunkConj). A content opening with a
// subordinate clause is left whole, since its comma is no clause break.
func claimSplitClause(p *claimPara, d claimDraft, opts ClaimOptions) (claimDraft, claimDraft, bool) {
	if !d.hasCue || len(d.segs) != 1 || d.cue[1] > d.segs[0][0] {
		return d, d, false
	}
	toks := p.toks
	if !strings.ContainsFunc(p.text[d.cue[0]:d.cue[1]], unicode.IsLetter) {
		return d, d, false // a colon after a label introduces all that follows
	}
	s, e := claimSplitTokens(toks, d.unitA, d.unitB, d.segs[0])
	if s < 0 || claimSubordinators[toks[s].lower] || s+1 < e && toks[s].lower == "that" && claimSubordinators[toks[s+1].lower] {
		return d, d, false
	}
	outerLemma := ""
	cues := cueFind(toks, d.unitA, d.unitB)
	for _, c := range cues {
		if c.kind == cueVerb && toks[c.start].start == d.cue[0] {
			outerLemma = c.form.lemma
		}
	}
	for _, c := range cues {
		if c.start <= s+2 || c.end >= e || c.kind != cueVerb || c.form.class != cueSpeech {
			continue
		}
		vt := toks[c.verb].tag
		if !(vt == "VBD" || vt == "VBZ" || vt == "VBN" && c.verb > c.start) {
			continue
		}
		ls, le, ok := spkChunkLeft(toks, s, c.start)
		if ok && le == c.start {
			ls = claimSplitChunkConj(toks, ls, le, outerLemma == c.form.lemma)
		} else if outerLemma == c.form.lemma {
			ls, le, ok = claimSplitParallelSubject(toks, s, c.start)
		}
		if !ok || le != c.start || ls-1 <= s+1 || toks[ls-1].span >= 0 || !claimSplitConjBefore(toks, s, ls, outerLemma == c.form.lemma) || !spkValid(toks, ls, le, c.form.class) {
			continue
		}
		j := claimSplitCutAt(toks, s, ls)
		seg1, ok := claimSeg(toks, s, j)
		if !ok || claimWords(toks, s, j) < 2 {
			continue
		}
		nd, ok := claimAttribute(toks, d.unitA, ls, e, c)
		if !ok || len(nd.segs) == 0 || nd.segs[0][0] < toks[c.end-1].end || nd.spkS != ls {
			continue
		}
		first := d
		first.segs = [][2]int{seg1}
		nd.para, nd.unitA, nd.unitB, nd.spkPara = d.para, d.unitA, d.unitB, d.para
		return first, nd, true
	}
	return d, d, false
}

// claimSplitNPCut ends a forward content without a clause of its own
// before a second verb phrase of the cue's subject (claimSplitCut).
func claimSplitNPCut(p *claimPara, d claimDraft) claimDraft {
	if !d.hasCue || len(d.segs) != 1 || d.cue[1] > d.segs[0][0] {
		return d
	}
	s, e := claimSplitTokens(p.toks, d.unitA, d.unitB, d.segs[0])
	if s < 0 {
		return d
	}
	if k := claimSplitCut(p.toks, s, e, claimSplitOuterTag(p.toks, d)); k < e {
		if seg, ok := claimSeg(p.toks, s, k); ok {
			d.segs = [][2]int{seg}
		}
	}
	return d
}

// claimSplitCut returns where a forward content [s, e) without a finite
// verb or a relative or that-clause of its own ends, or e: before "and"
// or "but" and a finite verb that agrees with the cue's verb, which
// cannot continue a noun phrase or an infinitive and so is a second verb
// phrase of the cue's subject ("has vowed to keep the law and celebrated
// the ruling", "describes himself as a moderate and has said …"). outer
// is the POS tag of the cue's verb.
func claimSplitCut(toks []claimTok, s, e int, outer string) int {
	for k := s + 2; k+1 < e; k++ {
		t := toks[k]
		if t.span >= 0 {
			continue
		}
		if claimHasFinite(toks, s, k) || claimSplitClauseWords[t.lower] {
			return e
		}
		if t.lower != "and" && t.lower != "but" {
			continue
		}
		j := k + 1
		for j < e && toks[j].tag == "RB" && toks[j].span < 0 {
			j++
		}
		if j < e && toks[j].span < 0 && claimSplitAgrees(outer, toks[j].tag) {
			return claimCutBefore(toks, s, k)
		}
	}
	return e
}

// claimSplitClauseWords open a clause inside a content.
var claimSplitClauseWords = map[string]bool{"that": true, "who": true, "which": true, "whom": true, "whose": true}

// claimSplitAgrees reports whether a verb tagged tag after "and" can
// share the subject of a cue whose verb is tagged outer: a past form
// after a past or perfect cue, a present form after a present or perfect
// one; any finite form after a participle cue.
func claimSplitAgrees(outer, tag string) bool {
	switch tag {
	case "VBD":
		return outer == "VBD" || outer == "VBN" || outer == "VBG"
	case "VBZ":
		return outer == "VBZ" || outer == "VBN" || outer == "VBG"
	}
	return false
}

// claimSplitOuterTag returns the POS tag of the last verb of draft d's
// cue, or "".
func claimSplitOuterTag(toks []claimTok, d claimDraft) string {
	tag := ""
	for k := d.unitA; k < d.unitB; k++ {
		if toks[k].start >= d.cue[0] && toks[k].end <= d.cue[1] && strings.HasPrefix(toks[k].tag, "VB") {
			tag = toks[k].tag
		}
	}
	return tag
}

// claimSplitSubordinators open an adverbial clause that can hold a cue
// before the main clause ("Although he says …, he …"). "As" is left out:
// "As the Times reported, …" attributes the main clause.
var claimSplitSubordinators = map[string]bool{
	"although": true, "though": true, "while": true, "because": true, "if": true, "when": true, "after": true,
	"before": true, "since": true, "unless": true, "until": true, "once": true, "whereas": true,
}

// claimSplitLead splits a draft whose cue stands in an adverbial clause
// opening its sentence: in "Although he says he loves China, he also
// accuses it of stealing jobs" the content of "says" ends at the comma
// before the main clause, whose own attributions are found as in a unit
// of their own. It returns the cut draft followed by the main clause's
// drafts.
func claimSplitLead(p *claimPara, d claimDraft, opts ClaimOptions) ([]claimDraft, bool) {
	if !d.hasCue || len(d.segs) != 1 || d.unitB <= d.unitA {
		return nil, false
	}
	toks := p.toks
	a, b := d.unitA, d.unitB
	for a < b && !toks[a].word {
		a++
	}
	if a+2 >= b {
		return nil, false
	}
	sub := a
	if toks[a].lower == "even" { // "Even though", "Even as"
		sub = a + 1
	}
	if !claimSplitSubordinators[toks[sub].lower] || toks[sub].span >= 0 {
		return nil, false
	}
	s, e := claimSplitTokens(toks, d.unitA, d.unitB, d.segs[0])
	if s < 0 || d.cue[0] < toks[sub].end || d.cue[1] > d.segs[0][0] {
		return nil, false // not a forward content of a cue after the subordinator
	}
	for k := sub + 1; k < s; k++ {
		if toks[k].text == "," && toks[k].span < 0 {
			return nil, false // the cue is in the main clause
		}
	}
	for k := s + 2; k+2 < e; k++ {
		// The comma may close a quotation: "After Scalia said they might
		// do better at “less advanced schools,” Trump said: …".
		if toks[k].text == "," && toks[k].span >= 0 && claimClosesQuote(toks, k+1) {
			k++
		} else if toks[k].text != "," || toks[k].span >= 0 {
			continue
		}
		if !claimSubjectVerb(toks, k+1, b) {
			continue
		}
		seg, ok := claimSeg(toks, s, k+1)
		if !ok || claimWords(toks, s, k) < 2 {
			return nil, false
		}
		first := d
		first.segs = [][2]int{seg}
		out := []claimDraft{first}
		for _, nd := range claimUnit(p.text, p, d.para, k+1, b, opts) {
			nd.unitA = d.unitA // the sentence is the whole unit
			out = append(out, nd)
		}
		return out, true
	}
	return nil, false
}

// claimSplitTokens returns the tokens [s, e) of the byte range seg within
// the unit [a, b), or -1, -1 when seg does not start and end on tokens of
// the unit.
func claimSplitTokens(toks []claimTok, a, b int, seg [2]int) (int, int) {
	s, e := -1, -1
	for k := a; k < b; k++ {
		if s < 0 && toks[k].start >= seg[0] {
			s = k
		}
		if toks[k].end <= seg[1] {
			e = k + 1
		}
	}
	if s < 0 || e <= s || toks[s].start != seg[0] || toks[e-1].end != seg[1] {
		return -1, -1
	}
	return s, e
}

// claimSplitQuantifiers open the subject of a parallel clause in a
// tally ("…, and others have said …").
var claimSplitQuantifiers = map[string]bool{
	"others": true, "some": true, "many": true, "most": true, "few": true, "several": true, "none": true, "all": true, "half": true,
}

// claimSplitChunkConj returns where the subject of a coordinate clause
// starts within a speaker chunk [ls, le) that the chunker ran over its
// conjunction ("the mayor and 60 percent" before "said"): after the last
// conjunction of claimSplitClauseConj in it (or comma, when parallel),
// or ls. Unless the cue repeats the content's own, the subject must
// count ("60 percent", "others"): "the shootings and protests demands"
// is one subject.
func claimSplitChunkConj(toks []claimTok, ls, le int, parallel bool) int {
	for m := le - 2; m > ls; m-- {
		if toks[m].span < 0 && (claimSplitClauseConj[toks[m].lower] || parallel && toks[m].text == ",") {
			if parallel || toks[m+1].tag == "CD" || claimSplitQuantifiers[toks[m+1].lower] {
				return m + 1
			}
			return ls
		}
	}
	return ls
}

// claimSplitConjBefore reports whether a conjunction that opens a
// coordinate clause stands before token ls: one of
// claimSplitClauseConj, or a comma when the clause's cue repeats the
// verb of the content's own cue, as in a list of parallel clauses
// ("200 have said they back Smith, 39 have said they back Jones").
func claimSplitConjBefore(toks []claimTok, s, ls int, parallel bool) bool {
	t := toks[ls-1]
	if claimSplitSubordinate(toks, s, ls) {
		return true
	}
	return claimSplitClauseConj[t.lower] || parallel && t.text == ","
}

// claimSplitSubConj are the subordinators of time and manner whose
// clause, with its own source and cue, is a second attribution at the
// end of a content ("spelled out its concerns as it commented on …",
// "call him competent, after 55 percent said so").
var claimSplitSubConj = map[string]bool{"as": true, "when": true, "after": true}

// claimSplitSubLeads may stand before a subordinator of claimSplitSubConj.
var claimSplitSubLeads = map[string]bool{"even": true, "just": true, "right": true}

// claimSplitSubordinate reports whether token ls-1 is a subordinator of
// claimSplitSubConj opening a clause with its own subject at ls, at the
// end of the content starting at s. The content before it must be a
// clause closed by a comma or colon, or have no finite verb: in "said he
// was frustrated when he called" the when-clause is part of what was
// said. The subject must start with a pronoun, determiner, name or
// number ("voting as independents" is a preposition's object), and "as"
// must not close a comparison ("as wealthy as Trump claims").
func claimSplitSubordinate(toks []claimTok, s, ls int) bool {
	k := ls - 1
	if k <= s || toks[k].span >= 0 || !claimSplitSubConj[toks[k].lower] {
		return false
	}
	switch toks[ls].tag {
	case "PRP", "DT", "NNP", "NNPS", "CD", "PRP$":
	default:
		return false
	}
	if k-1 > s && claimSplitSubLeads[toks[k-1].lower] {
		k--
	}
	p := toks[k-1]
	if toks[ls-1].lower == "as" {
		switch p.tag {
		case "JJ", "JJR", "RB", "RBR":
			return false
		}
		for m := max(s, k-4); m < k; m++ {
			if toks[m].lower == "as" || toks[m].lower == "so" || toks[m].lower == "such" {
				return false
			}
		}
	}
	if p.span < 0 && (p.text == "," || p.text == ":") {
		return true
	}
	return !claimHasFinite(toks, s, k) && toks[s].lower != "that" && !strings.HasPrefix(toks[s].tag, "W")
}

// claimSplitCutAt returns where the first content starting at s ends
// before a coordinate clause whose subject starts at ls: before the
// conjunction or subordinator, an adverb leading it ("even as") and a
// comma.
func claimSplitCutAt(toks []claimTok, s, ls int) int {
	k := ls
	if k-1 > s && claimSplitSubConj[toks[k-1].lower] {
		k--
		if k-1 > s && claimSplitSubLeads[toks[k-1].lower] {
			k--
		}
	}
	return claimCutBefore(toks, s, k)
}

// claimSplitParallelSubject returns a short noun phrase [ls, c) right
// after a comma or conjunction before a cue at c, which the chunker may
// read as an apposition ("Smith, 39, …"): in a list of parallel clauses
// it is the subject of the cue ("…, 39 have said …").
func claimSplitParallelSubject(toks []claimTok, s, c int) (int, int, bool) {
	ls := c
	for ls-1 > s && c-ls < 4 && toks[ls-1].span < 0 {
		switch toks[ls-1].tag {
		case "CD", "NN", "NNS", "DT", "JJ":
			ls--
			continue
		}
		break
	}
	if ls == c || ls-1 <= s || toks[ls-1].text != "," && !claimSplitClauseConj[toks[ls-1].lower] {
		return 0, 0, false
	}
	return ls, c, true
}
