package extract

import "strings"

// Cues hidden behind a long aside, a coordination or a lead: a finite
// cue verb whose subject stands before a long aside set off by commas
// ("Ted Cruz, when asked what was wrong, responded that …", "The Obama
// administration, in a far-reaching effort to …, has said …"), an
// infinitive cue after a catenative verb coordinated with an earlier
// verb of the same subject ("Cruz mentioned CNN five times and seemed
// to blame the network"), and a participle opening its sentence after
// a short lead ("But after denouncing …, she …"); and a forward content
// after a long opening participle clause ("Campaigning against Romney in
// 2012, he barely mentioned climate change"); a lone "so" as a content
// ("He doesn't think so").

// claimChain3AsideMax is the longest aside, in tokens, that
// claimChain3AsideSubject passes between a subject and its verb.
const claimChain3AsideMax = 30

// claimChain3AsideSubject finds the subject of a finite cue verb group
// right after a comma that closes an aside which is no plain
// apposition: a clause, a participle or prepositional phrase, or an
// apposition with verbs or commas of its own ("Mr. Trump, asked about X,
// had said", "The markets, where traders invest, show …", "A projection
// by the firm, prepared for the federation, predicted …"). The subject
// is the noun phrase that opens the unit (or follows an adverbial lead
// and its comma) and ends at the aside's opening comma, tried from the
// nearest comma back. Quotations, colons, semicolons, parentheses and
// dashes end the search; an aside between dashes may open with any word
// (claimChain3DashAside).
func claimChain3AsideSubject(toks []claimTok, ua int, c claimCue) (int, int, bool) {
	comma := c.start - 1
	if c.kind != cueVerb || c.form.ing || comma <= ua || toks[comma].text != "," && !claimDashes[toks[comma].text] || toks[comma].span >= 0 {
		return 0, 0, false
	}
	if !claimListedAdverbsOnly(toks, c.start, c.verb) {
		return 0, 0, false
	}
	v := toks[c.verb]
	if !claimListedFinite(v.tag) && !(c.start < c.verb && (claimAuxiliaries[toks[c.start].lower] || toks[c.start].tag == "MD")) {
		return 0, 0, false
	}
	if claimDashes[toks[comma].text] {
		return claimChain3DashAside(toks, ua, comma, c)
	}
	for o := comma - 1; o > ua && comma-o <= claimChain3AsideMax; o-- {
		t := toks[o]
		if t.span >= 0 || t.quote != claimQuoteNone || t.text == ";" || t.text == ":" || t.text == "." || claimDashes[t.text] || t.text == "(" || t.text == ")" {
			return 0, 0, false
		}
		if t.text != "," || o+1 >= comma {
			continue
		}
		s, e, ok := spkChunkLeft(toks, ua, o)
		if !ok || e != o || !spkValid(toks, s, e, c.form.class) || e-s == 1 && strings.HasPrefix(toks[s].tag, "RB") {
			continue // "However, …": a sentence adverb is no subject
		}
		// The subject opens the clause, or a that-clause: "reported that
		// the editor, Jane Roe, conveyed that …".
		if s > ua && !(toks[s-1].text == "," && claimAdverbialLead(toks, ua, s) || s-1 == ua && toks[ua].tag == "CC" || toks[s-1].lower == "that" && toks[s-1].tag == "IN") {
			continue
		}
		return s, e, true
	}
	return 0, 0, false
}

// claimChain3InfShared finds the subject of the verb governing an
// infinitive cue when that verb follows "and" or "but" and is
// coordinated with the first finite verb of its clause: "Cruz mentioned
// CNN five times and seemed to blame the network", "They urged the party
// to unite and tried to make the case that …". j is the start of the
// governing verb group.
func claimChain3InfShared(toks []claimTok, ua, j int, c claimCue) (int, int, bool) {
	// A catenative right before "to" ("seemed to blame"), not a verb with
	// an object of its own ("directed staff to focus on").
	v := c.start - 2
	if v < j || !claimListedFinite(toks[v].tag) || toks[v].tag == "MD" || claimVerbGroupStart(toks, ua, v) != j {
		return 0, 0, false
	}
	conj := j - 1
	if conj <= ua || toks[conj].span >= 0 || toks[conj].lower != "and" && toks[conj].lower != "but" {
		return 0, 0, false
	}
	end := conj
	if toks[end-1].text == "," {
		end--
	}
	first, s, e, ok := claimSharedClauseSubject(toks, ua, end, toks[conj].lower == "but")
	if !ok || toks[first].tag == "MD" || !spkValid(toks, s, e, c.form.class) || claimChainRelatives[toks[e-1].lower] {
		return 0, 0, false
	}
	return s, e, true
}

// claimChain3DashAside finds the subject before an aside set off by
// dashes that closes at the dash at k right before the cue verb group
// ("Sanders — now that he has drawn even — has to show that …").
func claimChain3DashAside(toks []claimTok, ua, k int, c claimCue) (int, int, bool) {
	for o := k - 1; o > ua && k-o <= claimChain3AsideMax; o-- {
		t := toks[o]
		if t.span >= 0 || t.quote != claimQuoteNone || t.text == ";" || t.text == ":" || t.text == "." {
			return 0, 0, false
		}
		if !claimDashes[t.text] {
			continue
		}
		if o+1 >= k {
			return 0, 0, false
		}
		s, e, ok := spkChunkLeft(toks, ua, o)
		if !ok || e != o || !spkValid(toks, s, e, c.form.class) {
			return 0, 0, false
		}
		if s > ua && !(toks[s-1].text == "," && claimAdverbialLead(toks, ua, s) || s-1 == ua && toks[ua].tag == "CC") {
			return 0, 0, false
		}
		return s, e, true
	}
	return 0, 0, false
}

// claimChain3InfAside finds the subject of the finite verb group [j, v]
// governing an infinitive or gerund cue (claimChainGerundAttribute), or
// before a participle cue, across a long aside in commas before it
// ("Clinton, while apparently feeling the need to …, was more eager to
// talk about Trump", "Rubio, particularly in the closing days, has
// preached unity, claiming …"), as claimChain3AsideSubject does for a
// finite cue.
func claimChain3InfAside(toks []claimTok, ua, j, v int, c claimCue) (int, int, bool) {
	c2 := c
	c2.kind, c2.start, c2.verb = cueVerb, j, v
	c2.form.ing = false
	return claimChain3AsideSubject(toks, ua, c2)
}

// claimChain3ParticipleClause reports whether tokens [a, ls) before a
// subject are an opening participle clause and its comma ("Campaigning
// against Romney in 2012, he barely mentioned …"): no content of the
// cue after the subject, however long.
func claimChain3ParticipleClause(toks []claimTok, a, ls int) bool {
	if ls-2 <= a || toks[ls-1].text != "," || toks[ls-1].span >= 0 || toks[a].tag != "VBG" && toks[a].tag != "VBN" {
		return false
	}
	for k := a; k < ls-1; k++ {
		t := toks[k]
		if t.span >= 0 || t.quote != claimQuoteNone || t.text == "," || t.text == ";" || t.text == ":" || claimListedFinite(t.tag) {
			return false
		}
	}
	return true
}

// claimChain3So reports whether the content [s, e) of a verb cue is a
// lone "so" right after it, standing for a clause said or believed
// before ("He doesn't think so", "she said so").
func claimChain3So(toks []claimTok, c claimCue, s, e int) bool {
	s, e = claimTrim(toks, s, e)
	return c.kind == cueVerb && s == c.end && e == s+1 && toks[s].lower == "so" && toks[s].span < 0
}
