package extract

import "strings"

// Cue verbs that share a subject with an earlier verb.
//
// A cue verb coordinated with an earlier verb of its clause has no subject
// of its own: "His ex-wife agreed, but also contended that …", "The board
// rejected both objections and ordered that …", "demonstrators, who have
// taken to the streets and called for …". claimCoordShared finds the
// subject the two verbs share, whatever the first verb is; claimAttribute
// (claims_rules.go) then takes the content after the cue as for any
// subject.

// claimCoordShared finds the source of a cue verb after a coordinator
// ("and", "but", "yet", with a comma or dash before it and adverbs after
// it). The source is the subject of the last clause opened before the
// coordinator, where a clause opens at the start of the unit or after a
// semicolon, colon, coordinator or subordinator ("when", "after" …), but
// not after "that" or a relative pronoun: "He said Smith lied and called
// …" gives "He". A relative clause right before the coordinator gives its
// antecedent instead when the cue's tense agrees with the relative
// clause's verb and not with the main one ("It's funny to watch Romney,
// who campaigned … and sought …"), or when the clause has no subject of
// its own. ua is the unit's first token.
func claimCoordShared(toks []claimTok, ua int, c claimCue) (int, int, bool) {
	if c.kind != cueVerb || c.form.ing || c.form.class != cueSpeech && (c.end >= len(toks) || !claimIsClause(toks, c.end)) {
		// A verb of belief or stance coordinated with an earlier verb
		// attributes only a clause: "… and fear they will lose", not
		// "… and backed Smith".
		return 0, 0, false
	}
	k := c.start - 1
	for n := 0; n < 3 && k > ua && toks[k].span < 0 && toks[k].word && !claimCoordConj[toks[k].lower] && (strings.HasPrefix(toks[k].tag, "RB") || claimAuxiliaries[toks[k].lower]); n++ {
		k--
	}
	if k <= ua || toks[k].span >= 0 || !claimCoordConj[toks[k].lower] {
		return 0, 0, false
	}
	if f := claimCoordFirstWord(toks, ua, k); f < 0 || toks[f].quote != claimQuoteNone {
		// "“…,” said X, who … and called …": a quotation-led unit keeps
		// its speaker.
		return 0, 0, false
	}
	cs := ua
	for j := k - 1; j > ua; j-- {
		if toks[j].span < 0 && (toks[j].text == ";" || toks[j].text == ":") {
			cs = j + 1
			break
		}
	}
	// The main candidate: the subject of the last clause opened before k.
	ms, me, mg, mf := -1, -1, -1, -1
	for f := cs; f < k; f++ {
		if !claimCoordFinite(toks, cs, f) {
			continue
		}
		g := claimVerbGroupStart(toks, cs, f)
		for g < f && g > cs && toks[g].upper {
			g++ // "Theresa May said": the name is no auxiliary
		}
		if g-1 >= cs && (toks[g-1].lower == "who" || toks[g-1].lower == "which" || toks[g-1].lower == "that") {
			continue
		}
		s, e, ok := spkChunkLeft(toks, cs, g)
		if !ok || e != g {
			if g-1 > cs && toks[g-1].text == "," {
				s, e, ok = spkAppositiveLeft(toks, cs, g-1)
			}
		}
		if ok && (claimCoordOpens(toks, cs, s) || ms >= 0 && claimCoordExpletive(toks, ms, me, mf) && toks[s-1].lower == "that") {
			ms, me, mg, mf = s, e, g, f
		}
	}
	// The relative candidate: the nearest finite verb before k opens a
	// relative clause on its subject.
	rs, re, rg, rf := -1, -1, -1, -1
	for f := k - 1; f >= cs; f-- {
		if !claimCoordFinite(toks, cs, f) {
			continue
		}
		g := claimVerbGroupStart(toks, cs, f)
		if g-1 >= cs && toks[g-1].span < 0 && (toks[g-1].lower == "who" || toks[g-1].lower == "which") && !claimCoordComma(toks, f, k) {
			if s, e, ok := claimRelativeSubject(toks, ua, cs, claimCue{kind: cueVerb, start: g, end: f + 1, verb: f}); ok {
				rs, re, rg, rf = s, e, g, f
			}
		}
		break
	}
	if ms < 0 && rs < 0 {
		if s, e, ok := claimCoordMistagged(toks, cs, k, c); ok {
			return s, e, true
		}
	}
	ct := claimCoordTense(toks, k+1, c.verb)
	mOK := ms >= 0 && claimCoordGroupOK(toks, k+1, c.verb, mg, mf)
	rOK := rs >= 0 && claimCoordGroupOK(toks, k+1, c.verb, rg, rf)
	mAgree := mOK && claimCoordAgree(ct, claimCoordTense(toks, mg, mf))
	rAgree := rOK && claimCoordAgree(ct, claimCoordTense(toks, rg, rf))
	// ", who V1 … and CUE" with no comma closing the relative clause
	// before the coordinator: the cue is the relative clause's.
	nonRestrictive := rg-2 >= cs && toks[rg-2].text == ","
	switch {
	case rAgree && (!mOK || !mAgree || nonRestrictive):
		return rs, re, true
	case mAgree:
		return ms, me, true
	}
	return 0, 0, false
}

// claimCoordOpens reports whether a subject starting at s opens a clause
// of the stretch that starts at cs: at its start or after an adverbial
// lead without a finite verb, right after a coordinator or a
// subordinator, or after a comma when a subordinator opens the stretch.
func claimCoordOpens(toks []claimTok, cs, s int) bool {
	if s <= cs {
		return true
	}
	p := toks[s-1]
	if p.span < 0 && (claimCoordConj[p.lower] || claimClauseSubordinators[p.lower]) {
		return true
	}
	if p.text == "," && p.span < 0 && claimClauseSubordinators[toks[cs].lower] {
		// "When terrorists strike, Obama and Clinton call them …".
		return true
	}
	return claimAdverbialLead(toks, cs, s) && !claimHasFinite(toks, cs, s)
}

// claimCoordTense classifies the first verb of the group [s, v]: 'p' past
// ("said", "had", "did"), 'n' present ("says", "is", "does"), 'h' perfect
// ("has", "have", which agree with either) and 0 when unknown (a modal, a
// bare participle).
func claimCoordTense(toks []claimTok, s, v int) byte {
	for k := s; k <= v; k++ {
		t := toks[k]
		switch t.lower {
		case "has", "have":
			return 'h'
		case "had", "was", "were", "did":
			return 'p'
		case "is", "are", "am", "does", "do":
			return 'n'
		}
		switch t.tag {
		case "VBD":
			return 'p'
		case "VBZ", "VBP":
			return 'n'
		case "MD":
			return 0
		}
		if strings.HasPrefix(t.tag, "VB") {
			return 0
		}
	}
	return 0
}

// claimCoordAgree reports whether two tenses may coordinate.
func claimCoordAgree(a, b byte) bool {
	return a == 0 || b == 0 || a == b || a == 'h' || b == 'h'
}

// claimCoordGroupOK reports whether the cue's verb group [s, v] can be
// coordinated with the earlier verb group [g, f]: it is finite itself, or
// it is a participle sharing the earlier group's "have" ("have taken … and
// called for") or a bare verb sharing its modal or "do", or a present
// plural ("worry … and fear").
func claimCoordGroupOK(toks []claimTok, s, v, g, f int) bool {
	if claimCoordFiniteGroup(toks, s, v) {
		return true
	}
	aux := ""
	for k := g; k < f; k++ {
		if claimAuxiliaries[toks[k].lower] {
			aux = toks[k].lower
			break
		}
	}
	switch toks[v].tag {
	case "VBN":
		return aux == "has" || aux == "have" || aux == "had"
	case "VB":
		return aux != "" && aux != "has" && aux != "have" && aux != "had" || toks[f].tag == "VBP"
	}
	return false
}

// claimCoordConj are the coordinators that join two verb phrases of one
// subject.
var claimCoordConj = map[string]bool{"and": true, "but": true, "yet": true}

// claimCoordFinite reports whether token f is a finite verb outside
// quotations; the tagger reads some past forms as VB ("He ate lunch"), so a
// bare verb right after a noun or pronoun counts too.
func claimCoordFinite(toks []claimTok, lo, f int) bool {
	t := toks[f]
	if t.span >= 0 {
		return false
	}
	if t.tag == "MD" && t.upper {
		return false // "Theresa May said"
	}
	if claimListedFinite(t.tag) {
		return true
	}
	return t.tag == "VB" && f-1 >= lo && (toks[f-1].tag == "PRP" || strings.HasPrefix(toks[f-1].tag, "NN"))
}

// claimCoordFiniteGroup reports whether the verb group [s, v] of a
// coordinated cue is finite: its first word is a finite verb or an
// auxiliary.
func claimCoordFiniteGroup(toks []claimTok, s, v int) bool {
	for k := s; k <= v; k++ {
		t := toks[k]
		if claimAuxiliaries[t.lower] && t.lower != "’s" && t.lower != "'s" || claimListedFinite(t.tag) {
			return true
		}
		if strings.HasPrefix(t.tag, "VB") {
			return false
		}
	}
	return false
}

// claimCoordFirstWord returns the first token in [a, b) that is a word or
// a quotation mark, or -1.
func claimCoordFirstWord(toks []claimTok, a, b int) int {
	for k := a; k < b; k++ {
		if toks[k].word || toks[k].quote != claimQuoteNone {
			return k
		}
	}
	return -1
}

// claimCoordComma reports whether a comma outside quotations lies in
// (f, k).
func claimCoordComma(toks []claimTok, f, k int) bool {
	for j := f + 1; j < k; j++ {
		if toks[j].text == "," && toks[j].span < 0 {
			return true
		}
	}
	return false
}

// claimCoordIngAfter reports whether a participle at i follows "and" or
// "but" (past adverbs) and is coordinated with an earlier participle of
// its clause that follows a comma, a form of "be", a preposition or a
// quantifier after a comma: "began by crediting Trump and urging him to
// …", "…, each touting their experience and saying the other lacks …".
// Quotations and finite verbs may lie between the two (the first
// participle's own content), but no semicolon or colon.
func claimCoordIngAfter(toks []claimTok, a, i int) bool {
	k := i - 1
	for k > a && toks[k].span < 0 && strings.HasPrefix(toks[k].tag, "RB") && toks[k].word {
		k--
	}
	if k <= a || toks[k].span >= 0 || toks[k].lower != "and" && toks[k].lower != "but" || toks[k].lower == "but" && toks[k-1].lower == "all" {
		return false // "all but begging": no coordination
	}
	for j := k - 1; j > a; j-- {
		t := toks[j]
		if t.span >= 0 {
			continue
		}
		if t.text == ";" || t.text == ":" {
			return false
		}
		if t.tag != "VBG" {
			continue
		}
		p := j - 1
		for p > a && toks[p].span < 0 && strings.HasPrefix(toks[p].tag, "RB") && toks[p].word {
			p--
		}
		pt := toks[p]
		switch {
		case pt.span >= 0:
		case pt.text == "," || cueBeForms[pt.lower] || pt.lower == "been" || claimParticiplePreps[pt.lower]:
			return true
		case claimCoordQuantifiers[pt.lower] && p-1 >= a && toks[p-1].text == ",":
			return true
		}
	}
	return false
}

// claimCoordQuantifiers stand for the subject before a participle in an
// absolute phrase: "…, each touting …".
var claimCoordQuantifiers = map[string]bool{"each": true, "both": true, "all": true}

// claimCoordIngSubject finds the subject of a participle after a comma
// ("The Post intervened in April, arguing that …") when the tagger read
// the main verb as a participle or a noun ("intervened/VBN", "spoke/NN"),
// so that the unit [ua, c.start) holds no finite verb: the verb is the
// first past participle without an auxiliary, or a past form of a listed
// verb, right after a noun phrase that opens the unit. It also takes the
// subject before a parenthetical adverbial (", meanwhile,") that the
// participle rule's chunker stops at, and the subject before a participle
// phrase set off between it and its verb ("Salceda, citing data from the
// State Department, said …") unless a preposition follows the participle
// ("writing in the Times"), whose content then ends at the comma cut
// (-1 for no cut). s == e when no subject is found.
func claimCoordIngSubject(toks []claimTok, ua int, c claimCue) (s, e, cut int) {
	if !c.form.ing {
		return 0, 0, -1
	}
	if claimHasFinite(toks, ua, c.start) {
		// "Trump, meanwhile, was making a pitch …, refusing to …": a
		// parenthetical adverbial between the subject and its verb.
		for f := ua + 1; f < c.start; f++ {
			if toks[f].span >= 0 || !claimListedFinite(toks[f].tag) {
				continue
			}
			g := claimVerbGroupStart(toks, ua+1, f)
			if toks[g-1].text != "," {
				return 0, 0, -1
			}
			p := claimParentheticalStart(toks, ua, g-1)
			if p <= ua {
				return 0, 0, -1
			}
			s, e, ok := spkChunkLeft(toks, ua, p)
			if !ok || e != p || !claimAdverbialLead(toks, ua, s) || !spkValid(toks, s, e, c.form.class) {
				return 0, 0, -1
			}
			return s, e, -1
		}
		return 0, 0, -1
	}
	if c.start-1 > ua && toks[c.start-1].text == "," && c.end < len(toks) && toks[c.end].tag != "IN" && toks[c.end].tag != "TO" && !claimCoordReactions[c.form.lemma] {
		// "Salceda, citing data from the State Department, said …": the
		// participle stands between the subject and its verb.
		if s, e, ok := spkChunkLeft(toks, ua, c.start-1); ok && e == c.start-1 && claimAdverbialLead(toks, ua, s) && spkValid(toks, s, e, c.form.class) {
			if k := claimCoordVerbAfter(toks, c.end); k > 0 {
				return s, e, k
			}
		}
	}
	for v := ua + 1; v < c.start; v++ {
		t := toks[v]
		if t.span >= 0 || !t.word {
			continue
		}
		vf, listed := cueLexicon().verbs[t.lower]
		past := t.tag == "VBN" || listed && !vf.ing && !vf.base && strings.HasSuffix(t.lower, "ed") || listed && !vf.ing && !vf.base && !strings.HasSuffix(t.lower, "s")
		if !past || claimAuxiliaries[toks[v-1].lower] || cueBeForms[toks[v-1].lower] {
			continue
		}
		g := claimVerbGroupStart(toks, ua+1, v)
		s, e, ok := spkChunkLeft(toks, ua, g)
		if !ok || e != g || !claimAdverbialLead(toks, ua, s) || !spkValid(toks, s, e, c.form.class) {
			return 0, 0, -1
		}
		return s, e, -1
	}
	return 0, 0, -1
}

// claimCoordMistagged finds the subject of a clause in [cs, k) whose
// only verb the tagger read as a noun or participle ("Sanders often
// questions/NNS Clinton's ties … and has called for …", "The ad hits/NNS
// Clinton … and claims …"): a word in -s or -ed right after a noun phrase
// that opens the clause, before an object, whose tense the cue's verb
// group shares.
func claimCoordMistagged(toks []claimTok, cs, k int, c claimCue) (int, int, bool) {
	if !claimCoordFiniteGroup(toks, k+1, c.verb) {
		return 0, 0, false
	}
	ct := claimCoordTense(toks, k+1, c.verb)
	for v := cs + 1; v+1 < k; v++ {
		t := toks[v]
		if t.span >= 0 || claimListedFinite(t.tag) {
			return 0, 0, false
		}
		var vt byte
		switch {
		case (t.tag == "NNS" || t.tag == "NN") && strings.HasSuffix(t.lower, "s") && !strings.HasSuffix(t.lower, "ss"):
			vt = 'n'
		case (t.tag == "VBN" || t.tag == "NN" || t.tag == "JJ") && strings.HasSuffix(t.lower, "ed"):
			vt = 'p'
		default:
			continue
		}
		if !claimCoordAgree(ct, vt) {
			continue
		}
		switch toks[v+1].tag {
		case "DT", "NNP", "NNPS", "PRP$", "PRP", "IN", "TO", ",":
		default:
			continue
		}
		g := claimVerbGroupStart(toks, cs, v)
		s, e, ok := spkChunkLeft(toks, cs, g)
		if ok && e == g && claimCoordOpens(toks, cs, s) {
			return s, e, true
		}
	}
	return 0, 0, false
}

// claimCoordReactions are participles that set off a circumstance, not a
// claim, between a subject and its verb: "Clinton, responding to a
// surging Sanders, agreed …".
var claimCoordReactions = map[string]bool{"respond": true, "vie": true, "react": true}

// claimCoordVerbAfter returns the first comma after token i when it is
// followed, past adverbs, by a finite verb, the end of a participle phrase
// set off between a subject and its verb; or -1.
func claimCoordVerbAfter(toks []claimTok, i int) int {
	for k := i; k+1 < len(toks); k++ {
		if toks[k].span >= 0 {
			continue
		}
		if toks[k].text == "." || toks[k].text == ";" {
			return -1
		}
		if toks[k].text != "," {
			continue
		}
		j := k + 1
		for j < len(toks) && strings.HasPrefix(toks[j].tag, "RB") {
			j++
		}
		if j < len(toks) && toks[j].span < 0 && claimListedFinite(toks[j].tag) {
			return k
		}
		return -1
	}
	return -1
}

// claimCoordExpletive reports whether the subject [s, e) of the verb at f
// is an expletive "it" before "be" ("It is astounding that Trump demands
// … yet refuses …"), so that the clause after "that" holds the
// coordination.
func claimCoordExpletive(toks []claimTok, s, e, f int) bool {
	return e == s+1 && toks[s].lower == "it" && (cueBeForms[toks[f].lower] || toks[f].lower == "seems" || toks[f].lower == "seemed")
}
