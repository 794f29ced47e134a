package extract

import (
	"strings"
	"sync"
)

// Cues outside the word lists, found by their shape (cueOpenFind, called
// by cueFind for every token):
//
//   - a verb no lexicon holds before a complement clause: "has calculated
//     that the plan fails", "wondered whether …", "fired back that …",
//     also with a person as object ("reassured donors that …");
//   - a noun of stance or speech with its preposition after a possessor:
//     "their criticism of the plan", "Trump's attacks on the judge";
//   - a stance received from a source: "The plan has drawn criticism from
//     rivals", and a stance noun with its source and what it says:
//     "complaints from his counterpart that …";
//   - an unlisted noun after a possessor before a that-clause: "Stumpf's
//     repeated emphasis that …";
//   - a stance held with its source after "of" or "among" ("Clinton has
//     the support of women"), or held among a source after a possessor
//     ("her support among minorities": the possessor is the content);
//   - a verb that takes a side ("voted against the bill", "came out in
//     favor of the tax", "she was against it") or gives its support ("threw
//     his support behind Cruz");
//   - questions about an embedded question, without a possessor
//     ("questions about whether he knew");
//   - a point of view or a plan opening its sentence ("In their view, …",
//     "Under her plan, …").
//
// The source of a verb is its subject, found by the shared rules of
// claimAttribute; the other shapes have kinds of their own, attributed
// here (cueOpenAttribute). Only shapes and words whose marginal precision
// on PolNeAR train was at least 0.45 are kept.

// cueOpenStop returns every form of the verbs of open_stop_verbs.txt,
// which never make an open cue.
var cueOpenStop = sync.OnceValue(func() map[string]cueVerbForm {
	m := map[string]cueVerbForm{}
	cueAddVerbs(m, "open_stop_verbs.txt", cueBelief)
	return m
})

// cueOpenNouns maps each noun of open_nouns.txt to the prepositions
// that make it a cue.
var cueOpenNouns = sync.OnceValue(func() map[string]map[string]bool { return cueReadWordSets("open_nouns.txt") })

// cueOpenFromNouns maps each noun of open_from_nouns.txt to the
// prepositions that introduce its source: "from", and for the nouns whose
// line lists more, those too ("the support of", "backing among").
var cueOpenFromNouns = sync.OnceValue(func() map[string]map[string]bool {
	m := map[string]map[string]bool{}
	for _, l := range cueReadLines("open_from_nouns.txt") {
		f := strings.Fields(l)
		if len(f) == 0 {
			continue
		}
		m[f[0]] = map[string]bool{"from": true}
		for _, p := range f[1:] {
			m[f[0]][p] = true
		}
	}
	return m
})

// cueOpenFromVerbs returns every form of the verbs of open_from_verbs.txt.
var cueOpenFromVerbs = sync.OnceValue(func() map[string]cueVerbForm {
	m := map[string]cueVerbForm{}
	cueAddVerbs(m, "open_from_verbs.txt", cueBelief)
	return m
})

// cueOpenWh are the words that open an embedded question after a verb.
var cueOpenWh = map[string]bool{"whether": true, "if": true, "why": true, "how": true}

// cueOpenTrigger reports whether token k may belong to an open cue, so
// that its sentence is tagged: a word opening an embedded question, or a
// noun of open_nouns.txt with its preposition after a possessor and at
// most two other words, in a sentence that does not end in a colon.
func cueOpenTrigger(toks []claimTok, k int) bool {
	w := toks[k].lower
	if cueOpenWh[w] {
		return true
	}
	if preps := cueOpenFromNouns()[w]; preps != nil && k+1 < len(toks) && (preps[toks[k+1].lower] || cueOpenFromBare(toks, k, k+1, len(toks))) {
		return true // "has the support of", "has drawn criticism for"
	}
	if k > 0 && cueOpenSidePrep(toks, k, len(toks)) > 0 {
		return true // "voted against", "came out in favor of"
	}
	preps := cueOpenNouns()[w]
	if preps == nil || k+1 >= len(toks) || !preps[toks[k+1].lower] {
		return false
	}
	if cueOpenQuestionWh(toks, k, len(toks)) {
		return true // "questions about whether …"
	}
	poss := false
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		poss = poss || cueOpenPossessives[toks[j].lower]
	}
	if !poss {
		return false
	}
	// A sentence ending in a colon introduces what follows (cueOpenNoun).
	for j := k + 2; j < len(toks); j++ {
		switch toks[j].text {
		case ".", "?", "!":
			return true
		case ":":
			return false
		}
	}
	return true
}

// cueOpenPossessives are the possessive pronouns and clitics.
var cueOpenPossessives = map[string]bool{
	"his": true, "her": true, "their": true, "its": true, "our": true, "my": true, "your": true, "'s": true, "’s": true,
}

// cueOpenVerb finds an open verb cue at i: a verb that no lexicon holds,
// an optional particle, and a complement clause — "that" with a subject
// and a verb of its own, or whether/if/why/how with a clause or an
// infinitive. The verb is finite, a participle after a form of "be" or
// "have", a progressive, a participle after a comma or a preposition
// ("after determining that") or after a plural noun before an embedded
// question ("the candidates debating whether"), or a bare verb after a
// modal.
func cueOpenVerb(toks []claimTok, a, b, i int) (claimCue, bool) {
	t := toks[i]
	if i == a || t.span >= 0 || !t.word || t.upper || len(t.lower) < 3 || strings.ContainsAny(t.lower, "'’") {
		return claimCue{}, false
	}
	lx := cueLexicon()
	if _, ok := lx.verbs[t.lower]; ok {
		return claimCue{}, false
	}
	if _, ok := lx.light[t.lower]; ok {
		return claimCue{}, false
	}
	if _, ok := cueOpenStop()[t.lower]; ok {
		return claimCue{}, false
	}
	j := i + 1
	for j < b && j <= i+2 && toks[j].span < 0 && (toks[j].tag == "RP" || toks[j].tag == "RB" && !cueOpenNotParticle[toks[j].lower]) {
		j++
	}
	if j+1 < b {
		// A person as object: "reassured donors that …", "alerted him
		// that …".
		if k := cueOpenObject(toks, j, b); k > j && k+1 < b && toks[k].lower == "that" {
			j = k
		}
	}
	if j+1 >= b || toks[j].span >= 0 || !cueOpenComplement(toks, j, b) {
		return claimCue{}, false
	}
	form, ok := cueOpenVerbForm(toks, a, i)
	if !ok {
		return claimCue{}, false
	}
	c := claimCue{kind: cueVerb, start: i, end: j, verb: i, form: form}
	c.start = claimVerbGroupStart(toks, a, c.start)
	if c.start > a && toks[c.start-1].lower == "it" && c.start < i {
		return claimCue{}, false // "it is fitting that …": an expletive subject
	}
	return c, true
}

// cueOpenVerbForm tells whether the word at i is used as a verb that can
// report, from its tag and the word before it, and returns its form.
func cueOpenVerbForm(toks []claimTok, a, i int) (cueVerbForm, bool) {
	t := toks[i]
	form := cueVerbForm{lemma: t.lower, class: cueBelief}
	p := i - 1
	for p > a && toks[p].tag == "RB" {
		p--
	}
	prev := toks[p]
	switch t.tag {
	case "VBD", "VBZ", "VBP", "VBN":
		return form, true
	case "NNS", "NN":
		// "he figures that …": after a subject pronoun the tagger's noun
		// in -s is a verb.
		return form, strings.HasSuffix(t.lower, "s") && prev.tag == "PRP" && cueOpenSubjectPronouns[prev.lower]
	case "VBG":
		form.ing = true
		// "the candidates debating whether …": a reduced relative.
		nounWh := (prev.tag == "NNS" || prev.tag == "NNP" || prev.tag == "NNPS") && i+1 < len(toks) && cueOpenWh[toks[i+1].lower]
		return form, cueBeForms[prev.lower] || prev.text == "," || claimParticiplePreps[prev.lower] || nounWh
	case "VB":
		form.base = true
		return form, prev.tag == "MD" || prev.lower == "not" || prev.lower == "n’t" || prev.lower == "n't"
	}
	return form, false
}

// cueOpenNotParticle are adverbs that join "that" into a conjunction
// ("so that", "now that") rather than modify the verb.
var cueOpenNotParticle = map[string]bool{"so": true, "now": true, "such": true, "except": true, "given": true, "provided": true, "just": true}

// cueOpenComplement reports whether token j opens a complement clause:
// "that" followed by a clause, or whether/if/why/how followed by one or
// by "to".
func cueOpenComplement(toks []claimTok, j, b int) bool {
	w := toks[j].lower
	switch {
	case w == "that":
		return !claimThatTime(toks, j+1, b) && cueOpenClause(toks, j+1, b)
	case w == "whether":
		return true
	case cueOpenWh[w]:
		return toks[j+1].lower == "to" || cueOpenClause(toks, j+1, b)
	}
	return false
}

// cueOpenClause reports whether the tokens from k open a clause with a
// subject of its own (a noun phrase, a gerund, or a fronted phrase: "that
// for most voters, the tax …") and a finite verb within twenty tokens,
// before a semicolon, colon, full stop or another "that". A singular noun
// right after "that" not followed by a verb makes "that" a determiner
// ("adopted that approach").
func cueOpenClause(toks []claimTok, k, b int) bool {
	if k >= b {
		return false
	}
	switch f := toks[k]; {
	case f.quote != claimQuoteNone:
		return true
	case f.tag == "NN" && k+1 < b && !cueOpenFiniteTag(toks[k+1].tag) && !strings.HasPrefix(toks[k+1].tag, "NN"):
		return false
	case !(strings.HasPrefix(f.tag, "NN") || f.tag == "DT" || f.tag == "PRP" || f.tag == "PRP$" || f.tag == "JJ" || f.tag == "JJS" || f.tag == "CD" || f.tag == "EX" || f.tag == "RB" || f.tag == "VBG" || f.tag == "IN" && f.lower != "that"):
		return false
	}
	for j := k + 1; j < b && j <= k+20; j++ {
		t := toks[j]
		if cueOpenFiniteTag(t.tag) {
			return true
		}
		// A subjunctive after its subject: "ordered that the banks
		// decouple", "moved that he be nominated".
		if t.tag == "VB" && (strings.HasPrefix(toks[j-1].tag, "NN") || toks[j-1].tag == "PRP") {
			return true
		}
		if t.span >= 0 && t.quote == claimQuoteNone || t.text == ";" || t.text == "." || t.text == ":" || t.lower == "that" {
			return false
		}
	}
	return false
}

// cueOpenFiniteTag reports the tags of a finite verb or a modal.
func cueOpenFiniteTag(tag string) bool {
	return tag == "VBD" || tag == "VBZ" || tag == "VBP" || tag == "MD"
}

// cueOpenFind returns the open cue at i, if any, trying the shapes in
// turn: a stance noun with its preposition, a received stance, a stance
// held among a source, a stance noun with its source, an unlisted noun
// before a that-clause, a point of view opening the sentence, a verb
// taking a side, a stance given, an unlisted verb before a complement
// clause.
func cueOpenFind(toks []claimTok, a, b, i int) (claimCue, bool) {
	for _, find := range cueOpenFinders {
		if c, ok := find(toks, a, b, i); ok {
			return c, true
		}
	}
	return claimCue{}, false
}

// cueOpenFinders are the shapes cueOpenFind tries, in its order.
var cueOpenFinders = []func(toks []claimTok, a, b, i int) (claimCue, bool){
	cueOpenNoun, cueOpenFrom, cueOpenAmong, cueOpenNounFrom, cueOpenNounThat,
	cueOpenInView, cueOpenSide, cueOpenLend, cueOpenVerb, cueOpenAsQuote,
}

// cueOpenSideVerbs maps every form of the verbs of open_against_verbs.txt
// to the particles that may follow it.
var cueOpenSideVerbs = sync.OnceValues(func() (map[string]cueVerbForm, map[string]map[string]bool) {
	forms, parts := map[string]cueVerbForm{}, map[string]map[string]bool{}
	for _, l := range cueReadLines("open_against_verbs.txt") {
		v, ps, _ := strings.Cut(l, "|")
		f := strings.Fields(v)
		if len(f) == 0 {
			continue
		}
		base := f[0]
		cueAddVerbForms(forms, f, cueBelief)
		parts[base] = map[string]bool{}
		for _, p := range strings.Fields(ps) {
			parts[base][p] = true
		}
	}
	return forms, parts
})

// cueOpenSide finds a verb that takes a side at i: a verb of
// open_against_verbs.txt used as a verb (cueOpenVerbForm), a particle of
// its line, and "against", "in favor of" or "in support of" before a
// noun phrase — "voted against the bill", "came out in favor of the tax".
// The cue runs from the verb group through the preposition; the shared
// rules of claimAttribute find the subject and the content after it.
func cueOpenSide(toks []claimTok, a, b, i int) (claimCue, bool) {
	t := toks[i]
	forms, parts := cueOpenSideVerbs()
	vf, ok := forms[t.lower]
	if cueOpenSideBe[t.lower] {
		vf, ok = cueVerbForm{lemma: "be", class: cueBelief}, true // "she was against it"
	}
	if !ok || i == a || t.span >= 0 || !strings.HasPrefix(t.tag, "VB") {
		return claimCue{}, false
	}
	form, ok := cueOpenVerbForm(toks, a, i)
	if !ok {
		return claimCue{}, false
	}
	form.lemma = vf.lemma
	j := i + 1
	for j < b && j <= i+2 && toks[j].span < 0 && parts[vf.lemma][toks[j].lower] {
		j++
	}
	e := cueOpenSidePrep(toks, j, b)
	if e < 0 {
		e = cueTimeGapSide(toks, j, b) // "voted Tuesday against" (cues_timegap.go)
	}
	if e < 0 || e >= b || toks[e].span >= 0 || !cueOpenSideObject(toks[e]) {
		return claimCue{}, false
	}
	c := claimCue{kind: cueVerb, start: claimVerbGroupStart(toks, a, i), end: e, verb: i, form: form}
	return c, true
}

// cueOpenSideBe are the finite forms of "be", which take a side with
// "against" after them.
var cueOpenSideBe = map[string]bool{"is": true, "are": true, "was": true, "were": true, "am": true}

// cueOpenSidePrep returns the end of "against", "in favor of" or "in
// support of" at j, or -1.
func cueOpenSidePrep(toks []claimTok, j, b int) int {
	switch {
	case j < b && toks[j].lower == "against" && toks[j].span < 0:
		return j + 1
	case j+2 < b && toks[j].lower == "in" && (toks[j+1].lower == "favor" || toks[j+1].lower == "favour" || toks[j+1].lower == "support") && toks[j+2].lower == "of" && toks[j+2].span < 0:
		return j + 3
	}
	return -1
}

// cueOpenSideObject reports whether a token can open the noun phrase
// after "against": a determiner, a noun, an adjective, a number, a
// pronoun or a gerund.
func cueOpenSideObject(t claimTok) bool {
	return t.quote != claimQuoteNone || strings.HasPrefix(t.tag, "NN") || strings.HasPrefix(t.tag, "JJ") || strings.HasPrefix(t.tag, "PRP") ||
		t.tag == "DT" || t.tag == "CD" || t.tag == "VBG"
}

// cueOpenObjectPronouns are the object pronouns that can stand for the
// person told.
var cueOpenObjectPronouns = map[string]bool{"him": true, "her": true, "them": true, "us": true, "me": true, "you": true}

// cueOpenObject returns the end of a person object starting at j — an
// object pronoun, a name of up to three words, or a short noun phrase
// whose head names people ("donors", "his supporters") — or j when there
// is none.
func cueOpenObject(toks []claimTok, j, b int) int {
	if cueOpenObjectPronouns[toks[j].lower] {
		return j + 1
	}
	k := j
	for k < b && k < j+4 && toks[k].span < 0 && (toks[k].tag == "DT" || toks[k].tag == "PRP$" || toks[k].tag == "JJ" || strings.HasPrefix(toks[k].tag, "NN")) {
		k++
	}
	if k == j || k >= b {
		return j
	}
	h := toks[k-1]
	if h.tag == "NNP" || h.tag == "NNPS" || spkPeopleNouns[h.lower] || h.tag == "NNS" && spkPersonNoun(h.lower) {
		return k
	}
	return j
}

// cueOpenNoun finds a noun cue at i: a noun of open_nouns.txt, in the
// noun's reading, and one of its prepositions — "his criticism of", "the
// governor's fierce criticism of". The cue runs from
// the noun (with its adjectives) through the preposition.
func cueOpenNoun(toks []claimTok, a, b, i int) (claimCue, bool) {
	t := toks[i]
	preps := cueOpenNouns()[t.lower]
	if preps == nil || t.span >= 0 || !strings.HasPrefix(t.tag, "NN") || i+2 >= b || !preps[toks[i+1].lower] || toks[i+1].span >= 0 || toks[i+1].upper {
		return claimCue{}, false // "Attacks On …" is a headline
	}
	if toks[b-1].text == ":" {
		return claimCue{}, false // the sentence introduces what follows the colon
	}
	st := i
	for st-1 >= a && (strings.HasPrefix(toks[st-1].tag, "JJ") || toks[st-1].tag == "RB" && strings.HasSuffix(toks[st-1].lower, "ly")) && toks[st-1].span < 0 {
		st--
	}
	poss := st-1 >= a && (toks[st-1].tag == "PRP$" || toks[st-1].lower == "’s" || toks[st-1].lower == "'s")
	if !poss && !cueOpenQuestionWh(toks, i, b) {
		// Without a possessor the noun is as often the writer's ("the
		// questions about her emails") as a source's.
		return claimCue{}, false
	}
	return claimCue{kind: cueOpenNounKind, start: st, end: i + 2, verb: i, form: cueVerbForm{lemma: t.lower, class: cueBelief}}, true
}

// cueOpenNounAttribute attributes a noun cue: the content is the object
// of the preposition, up to the end of its noun phrase (through a
// relative clause); the source is the possessor before the noun
// ("Trump's", "their"), or the subject of the clause for a possessive
// pronoun after a verb ("Cruz rebooted his attacks on").
func cueOpenNounAttribute(toks []claimTok, a, b int, c claimCue) (claimDraft, bool) {
	d := claimDraft{cue: [2]int{toks[c.start].start, toks[c.end-1].end}, hasCue: true, maxTok: b, conf: 0.5}
	if p := c.start - 1; p >= a {
		switch {
		case toks[p].tag == "PRP$":
			d.spkS, d.spkE = p, p+1
			// "Cruz rebooted his attacks on …": the possessive stands for
			// the subject of the verb it follows.
			if ss, se, ok := cueOpenClauseSubject(toks, a, p); ok {
				d.spkS, d.spkE = ss, se
			}
		case toks[p].lower == "’s" || toks[p].lower == "'s":
			ps := cueOpenPossessor(toks, a, p)
			if ps == p {
				return d, false
			}
			d.spkS, d.spkE = ps, p
		}
	}
	s := c.end
	e := claimNounCueEnd(toks, s, cueOpenNPEnd(toks, s, b))
	if toks[c.end-1].text == "," {
		// "In their view, Democrats could win": the rest of the sentence.
		d.cue[1] = toks[c.end-2].end
		e = claimContentEnd(toks, s, b)
	}
	if cueOpenQuestionWh(toks, c.verb, b) {
		e = claimNounContentEnd(toks, s, b) // "questions about whether he met the standard"
		st := c.start
		for st-1 >= a && (toks[st-1].tag == "DT" || toks[st-1].tag == "PRP$") {
			st--
		}
		if j := claimSecondFinite(toks, s+1, e); j > 0 && claimAdverbialLead(toks, a, st) {
			e = j // "the question of whether he knew has loomed over …"
		}
	}
	seg, ok := claimSeg(toks, s, e)
	if !ok {
		return d, false
	}
	d.segs, d.maxTok = [][2]int{seg}, e
	return d, true
}

// cueOpenQuestionWh reports whether the noun at i is "question" or
// "questions" with its preposition and an embedded question after it:
// "questions about whether …", "the question of how …". Such a noun
// makes a cue without a possessor.
func cueOpenQuestionWh(toks []claimTok, i, b int) bool {
	w := toks[i].lower
	return (w == "question" || w == "questions") && i+2 < b && cueOpenQuestionWords[toks[i+2].lower] && toks[i+2].span < 0
}

// cueOpenQuestionWords open an embedded question after a noun.
var cueOpenQuestionWords = map[string]bool{"whether": true, "how": true, "why": true, "what": true, "who": true, "when": true}

// cueOpenNPEnd returns the end of the noun phrase starting at s: before a
// comma, a colon, a semicolon, a dash, a closing parenthesis or a finite
// verb of the sentence; a relative clause ("a bill that passed") runs on
// to its own end.
func cueOpenNPEnd(toks []claimTok, s, b int) int {
	rel := false
	for k := s; k < b; k++ {
		t := toks[k]
		if t.span >= 0 {
			continue
		}
		switch t.text {
		case ",", ";", ":", "—", "--", "–", ")", ".", "?", "!":
			return k
		}
		if k > s && (t.tag == "WDT" || t.tag == "WP" || t.lower == "that" && t.tag != "DT") {
			rel = true
			continue
		}
		// "by scheduling …": a participle phrase of the sentence.
		if k > s && t.tag == "IN" && k+1 < b && toks[k+1].tag == "VBG" {
			return k
		}
		// "… and said", "… and he": a second verb phrase or clause; a
		// spaced hyphen is a dash.
		if k > s && k+1 < b && (t.tag == "CC" && (strings.HasPrefix(toks[k+1].tag, "VB") || toks[k+1].tag == "MD" || toks[k+1].tag == "PRP") ||
			t.text == "-" && t.start > toks[k-1].end && toks[k+1].start > t.end) {
			return k
		}
		if cueOpenFiniteTag(t.tag) {
			if rel {
				rel = false
				continue
			}
			return k
		}
	}
	return b
}

// cueOpenPossessor returns the start of the possessor ending at the
// clitic p: a name or a short noun phrase ("Sen. Graham", "the
// council"), never reaching back over a preposition ("the reasons behind
// the NRA's" has "the NRA").
func cueOpenPossessor(toks []claimTok, a, p int) int {
	k := p
	for k-1 >= a && k > p-5 && toks[k-1].span < 0 && (strings.HasPrefix(toks[k-1].tag, "NN") || toks[k-1].tag == "JJ" && toks[k-1].upper || toks[k-1].text == ".") {
		k--
	}
	if k < p && k-1 >= a && toks[k-1].tag == "DT" && toks[k-1].span < 0 {
		k--
	}
	return k
}

// cueOpenClauseSubject returns the subject of the first finite verb
// among tokens [a, p), when the clause has one and nothing but its verb
// phrase stands between it and p.
func cueOpenClauseSubject(toks []claimTok, a, p int) (int, int, bool) {
	for k := a; k < p; k++ {
		t := toks[k]
		if t.span >= 0 || t.text == "," || t.tag == "CC" || t.tag == "WDT" || t.tag == "WP" || t.lower == "that" {
			return 0, 0, false
		}
		if !cueOpenFiniteTag(t.tag) {
			continue
		}
		j := claimVerbGroupStart(toks, a, k)
		ls, le, ok := spkChunkLeft(toks, a, j)
		if !ok || le != j || !spkValid(toks, ls, le, cueBelief) {
			return 0, 0, false
		}
		return ls, le, true
	}
	return 0, 0, false
}

// cueOpenSubjectPronouns are the third-person subject pronouns.
var cueOpenSubjectPronouns = map[string]bool{"he": true, "she": true, "it": true}

// cueOpenFrom finds a received stance at the verb i: a verb of
// open_from_verbs.txt (finite, a participle, or a progressive), an object
// of up to four determiners, adjectives, adverbs or numbers and a noun of
// open_from_nouns.txt, then "from" — "has drawn sharp criticism from",
// "received even stronger support from". The cue runs from the verb
// group to the noun; the content is the verb's subject (a noun phrase
// right before the verb group) and the source
// follows "from" (cueOpenFromAttribute).
func cueOpenFrom(toks []claimTok, a, b, i int) (claimCue, bool) {
	t := toks[i]
	vf, ok := cueOpenFromVerbs()[t.lower]
	if cueOpenHave[t.lower] {
		vf, ok = cueVerbForm{lemma: "have", class: cueBelief}, true // "has the support of"
	}
	if !ok || i == a || t.span >= 0 || !strings.HasPrefix(t.tag, "VB") || vf.base && t.tag != "VBP" {
		return claimCue{}, false // "to win support from" has no subject of its own
	}
	if vf.ing && !cueBeForms[toks[i-1].lower] {
		return claimCue{}, false // "…, drawing boos from the crowd" has the sentence's subject
	}
	for j := i + 1; j+2 < b && j <= i+5; j++ {
		w := toks[j]
		if w.span >= 0 {
			return claimCue{}, false
		}
		if preps := cueOpenFromNouns()[w.lower]; preps != nil && strings.HasPrefix(w.tag, "NN") {
			k := j + 1
			if toks[k].lower == "even" {
				k++
			}
			if k+1 >= b || !preps[toks[k].lower] && (cueOpenHave[t.lower] || !cueOpenFromBare(toks, j, k, b)) || toks[k].span >= 0 {
				return claimCue{}, false
			}
			c := claimCue{kind: cueOpenFromKind, start: i, end: j + 1, verb: i, form: cueVerbForm{lemma: w.lower, class: cueBelief}}
			c.start = claimVerbGroupStart(toks, a, c.start)
			return c, true
		}
		switch {
		case w.tag == "DT", w.tag == "JJ", w.tag == "JJR", w.tag == "JJS", w.tag == "RB", w.tag == "RBR", w.tag == "CD":
		case j == i+1 && w.lower == "up" && vf.lemma == "pick": // "picked up the endorsement of"
		default:
			return claimCue{}, false
		}
	}
	return claimCue{}, false
}

// cueOpenFromBare reports whether the received stance noun at j is one
// of blame (its line in open_from_nouns.txt lists no preposition but
// "from") with no source after it: the clause ends at k, or what the
// stance is about follows ("has drawn criticism for its cost").
func cueOpenFromBare(toks []claimTok, j, k, b int) bool {
	if len(cueOpenFromNouns()[toks[j].lower]) != 1 || k >= b || toks[k].span >= 0 {
		return false
	}
	switch toks[k].text {
	case ".", ",", ";", "—", "for", "over":
		return true
	}
	return false
}

// cueOpenHave are the finite forms of "have", which hold a stance as
// the verbs of open_from_verbs.txt receive one: "Clinton has the support
// of women".
var cueOpenHave = map[string]bool{"has": true, "have": true, "had": true}

// cueOpenFromAttribute attributes a received stance: the source is the
// noun phrase after "from", the content the subject before the verb
// group.
func cueOpenFromAttribute(toks []claimTok, a, b int, c claimCue) (claimDraft, bool) {
	d := claimDraft{cue: [2]int{toks[c.start].start, toks[c.end-1].end}, hasCue: true, conf: 0.5}
	if strings.HasPrefix(toks[c.verb].tag, "NN") {
		return cueOpenAmongAttribute(toks, a, b, c, d)
	}
	k := c.end
	if toks[k].lower == "even" {
		k++
	}
	bare := !cueOpenFromNouns()[toks[c.end-1].lower][toks[k].lower]
	re, ok := spkChunkRight(toks, k+1, b)
	if bare {
		re, ok = k, true // "has drawn sharp criticism for …": no source
	}
	if !ok {
		return d, false
	}
	s, e, ok := spkChunkLeft(toks, a, c.start)
	if p := c.start - 1; p > a && toks[p].tag == "WP" {
		s, e, ok = p, c.start, true // "Pence, who has strong support among …": the relative pronoun
	}
	if !ok || e != c.start {
		return d, false
	}
	// The subject's head may come before a prepositional modifier:
	// "Trump's comments on everything from Muslims to NATO have drawn …".
	for n := 0; n < 3 && s-1 > a && s < e-1 && (toks[s-1].tag == "IN" || toks[s-1].tag == "TO") && !claimSubordinators[toks[s-1].lower] && toks[s-1].lower != "that"; n++ {
		s2, e2, ok := spkChunkLeft(toks, a, s-1)
		if !ok || e2 != s-1 {
			break
		}
		s = s2
	}
	if s-1 > a && toks[s-1].lower == "that" && toks[s-1].tag != "WDT" {
		return d, false // "assumed that Clarke had the backing of …" lies in another claim's content
	}
	s = claimNounCueSkipTime(toks, s, e) // "Earlier this week Trump secured …"
	seg, ok := claimSeg(toks, s, e)
	if !ok {
		return d, false
	}
	d.spkS, d.spkE, d.segs, d.maxTok = k+1, re, [][2]int{seg}, re
	if bare {
		d.spkS, d.spkE = 0, 0
	}
	// What the stance is about may follow the source: "is taking heat
	// from Cruz over his vote".
	if re+1 < b && cueOpenAboutPreps[toks[re].lower] && toks[re].span < 0 {
		ce := cueOpenNPEnd(toks, re+1, b)
		if seg2, ok := claimSeg(toks, re, ce); ok && ce > re+1 {
			d.segs, d.maxTok = append(d.segs, seg2), ce
		}
	}
	return d, true
}

// cueOpenAttribute attributes the cues of cues_open.go that the shared
// rules of claimAttribute do not cover.
func cueOpenAttribute(toks []claimTok, a, b int, c claimCue) (claimDraft, bool) {
	switch c.kind {
	case cueOpenFromKind:
		return cueOpenFromAttribute(toks, a, b, c)
	case cueOpenNounFromKind:
		return cueOpenNounFromAttribute(toks, a, b, c)
	case cueOpenNounThatKind:
		return cueOpenNounThatAttribute(toks, a, b, c)
	}
	return cueOpenNounAttribute(toks, a, b, c)
}

// cueOpenAboutPreps open what a received stance is about, after its
// source.
var cueOpenAboutPreps = map[string]bool{"over": true, "about": true, "for": true}

// cueOpenNounFrom finds a stance noun with its source after "from" and
// what it says after the source: "complaints from his counterpart that
// …", "dire warnings from experts about the virus". The cue is the noun
// with its adjectives.
func cueOpenNounFrom(toks []claimTok, a, b, i int) (claimCue, bool) {
	t := toks[i]
	if t.span >= 0 || cueOpenFromNouns()[t.lower] == nil || !strings.HasPrefix(t.tag, "NN") || i+3 >= b || toks[i+1].lower != "from" || toks[i+1].span >= 0 {
		return claimCue{}, false
	}
	re, ok := spkChunkRight(toks, i+2, b)
	if !ok || re+1 >= b || !cueOpenSaysPreps[toks[re].lower] || toks[re].span >= 0 {
		return claimCue{}, false
	}
	if toks[re].lower == "that" && !cueOpenClause(toks, re+1, b) {
		return claimCue{}, false
	}
	st := i
	for st-1 >= a && strings.HasPrefix(toks[st-1].tag, "JJ") && toks[st-1].span < 0 {
		st--
	}
	return claimCue{kind: cueOpenNounFromKind, start: st, end: i + 1, verb: i, form: cueVerbForm{lemma: t.lower, class: cueBelief}}, true
}

// cueOpenSaysPreps open what a stance noun says after its source.
var cueOpenSaysPreps = map[string]bool{"that": true, "about": true, "over": true}

// cueOpenNounFromAttribute attributes a stance noun with its source: the
// source follows "from", the content follows the source.
func cueOpenNounFromAttribute(toks []claimTok, a, b int, c claimCue) (claimDraft, bool) {
	d := claimDraft{cue: [2]int{toks[c.start].start, toks[c.end-1].end}, hasCue: true, conf: 0.5}
	re, ok := spkChunkRight(toks, c.end+1, b)
	if !ok || re+1 >= b {
		return d, false
	}
	s := re
	if toks[s].lower != "that" {
		s++ // "about Zika": the preposition is no content
	}
	e := claimContentEnd(toks, s, b)
	if toks[re].lower != "that" {
		e = cueOpenNPEnd(toks, s, b)
	}
	seg, ok := claimSeg(toks, s, e)
	if !ok {
		return d, false
	}
	d.spkS, d.spkE, d.segs, d.maxTok = c.end+1, re, [][2]int{seg}, e
	return d, true
}

// cueOpenNounThat finds a noun no list holds, after a possessor and
// before a that-clause with its own subject and verb: "Clinton's
// acknowledgment that …", "his lingering sense that …", and a possessive
// object of a verb of telling ("told their neighbors that …").
func cueOpenNounThat(toks []claimTok, a, b, i int) (claimCue, bool) {
	t := toks[i]
	if t.span >= 0 || (t.tag != "NN" && t.tag != "NNS") || i+2 >= b || toks[i+1].lower != "that" || cueNouns[t.lower] || !cueOpenClause(toks, i+2, b) {
		return claimCue{}, false
	}
	st := i
	for st-1 > a && (strings.HasPrefix(toks[st-1].tag, "JJ") || toks[st-1].tag == "RB" || toks[st-1].tag == "VBN") && toks[st-1].span < 0 {
		st-- // "repeated", "long-held"
	}
	if st-1 < a || !cueOpenPossessives[toks[st-1].lower] || toks[st-1].tag != "PRP$" && toks[st-1].tag != "POS" && !strings.HasSuffix(toks[st-1].lower, "s") {
		return claimCue{}, false
	}
	return claimCue{kind: cueOpenNounThatKind, start: st, end: i + 1, verb: i, form: cueVerbForm{lemma: t.lower, class: cueBelief}}, true
}

// cueOpenNounThatAttribute attributes a noun before a that-clause: the
// source is the possessor, or the subject of the clause for a possessive
// pronoun after a verb ("he told their neighbors that …", "Trump is
// pressing his attack that …"); the content is the that-clause, up to a
// comma, or up to the main verb when the noun phrase is the subject.
func cueOpenNounThatAttribute(toks []claimTok, a, b int, c claimCue) (claimDraft, bool) {
	d := claimDraft{cue: [2]int{toks[c.start].start, toks[c.end-1].end}, hasCue: true, conf: 0.5}
	p := c.start - 1
	ps, pe := p, p+1
	if toks[p].tag == "PRP$" {
		if ss, se, ok := cueOpenClauseSubject(toks, a, p); ok {
			ps, pe = ss, se
		}
	} else {
		ps, pe = cueOpenPossessor(toks, a, p), p
		if ps == p {
			return d, false
		}
	}
	s := c.end
	e := claimNounContentEnd(toks, s, b)
	if claimAdverbialLead(toks, a, min(ps, c.start)) {
		if j := claimSecondFinite(toks, s+1, e); j > 0 {
			e = j // "Trump's boast that he won is false"
		}
	}
	seg, ok := claimSeg(toks, s, e)
	if !ok || claimWords(toks, s, e) < 3 {
		return d, false
	}
	d.spkS, d.spkE, d.segs, d.maxTok = ps, pe, [][2]int{seg}, e
	return d, true
}

// cueOpenLendVerbs returns every form of the verbs of
// open_lend_verbs.txt.
var cueOpenLendVerbs = sync.OnceValue(func() map[string]cueVerbForm {
	m := map[string]cueVerbForm{}
	cueAddVerbs(m, "open_lend_verbs.txt", cueBelief)
	return m
})

// cueOpenLendNouns are the nouns of a stance given: "threw his support
// behind", "put her weight behind".
var cueOpenLendNouns = map[string]bool{"support": true, "weight": true, "backing": true, "endorsement": true}

// cueOpenLend finds a stance given at the verb i: a verb of
// open_lend_verbs.txt used as a verb, a possessive pronoun, at most two
// adjectives or adverbs, a noun of cueOpenLendNouns, then "behind" or
// "to" before a noun phrase — "has thrown his full support behind the
// mayor". The cue runs from the verb group through the preposition; the
// shared rules of claimAttribute find the subject and the content.
func cueOpenLend(toks []claimTok, a, b, i int) (claimCue, bool) {
	t := toks[i]
	vf, ok := cueOpenLendVerbs()[t.lower]
	if !ok || i == a || t.span >= 0 || !strings.HasPrefix(t.tag, "VB") || i+3 >= b || toks[i+1].tag != "PRP$" {
		return claimCue{}, false
	}
	form, ok := cueOpenVerbForm(toks, a, i)
	if !ok {
		return claimCue{}, false
	}
	form.lemma = vf.lemma
	j := i + 2
	for j < b && j <= i+3 && (strings.HasPrefix(toks[j].tag, "JJ") || toks[j].tag == "RB") {
		j++
	}
	if j+2 >= b || !cueOpenLendNouns[toks[j].lower] || toks[j+1].lower != "behind" && toks[j+1].lower != "to" || toks[j+1].span >= 0 || !cueOpenSideObject(toks[j+2]) {
		return claimCue{}, false
	}
	return claimCue{kind: cueVerb, start: claimVerbGroupStart(toks, a, i), end: j + 2, verb: i, form: form}, true
}

// cueOpenViewNouns are the nouns of a point of view that, after "In" and
// a possessor, open a sentence with what the possessor thinks: "In their
// view, …", "In Smith's assessment, …".
var cueOpenViewNouns = map[string]bool{
	"view": true, "opinion": true, "judgment": true, "judgement": true, "estimation": true, "assessment": true,
	"mind": true, "eyes": true, "reckoning": true, "analysis": true, "estimate": true, "words": true,
}

// cueOpenPlanNouns are the nouns of a plan that, after "Under" and a
// possessor, open a sentence with what the plan provides: "Under her
// plan, taxpayers would pay …".
var cueOpenPlanNouns = map[string]bool{"plan": true, "plans": true, "proposal": true, "proposals": true, "bill": true, "policy": true}

// cueOpenInView finds a point of view at i opening its sentence: "In"
// (or "Under" before a noun of cueOpenPlanNouns), a possessor (a possessive pronoun other than "its", or a name with its
// clitic), at most two adjectives, a noun of cueOpenViewNouns and a
// comma — "In her considered opinion, …". The cue runs from the noun's
// adjectives through the comma (kept out of the cue's text); the source
// is the possessor and the content the rest of the sentence
// (cueOpenNounAttribute). "In other words" has no possessor.
func cueOpenInView(toks []claimTok, a, b, i int) (claimCue, bool) {
	t := toks[i]
	if !cueOpenViewNouns[t.lower] && !cueOpenPlanNouns[t.lower] || t.span >= 0 || i+3 >= b || toks[i+1].text != "," {
		return claimCue{}, false
	}
	st := i
	for st-1 > a && st > i-2 && strings.HasPrefix(toks[st-1].tag, "JJ") {
		st--
	}
	p := st - 1
	switch {
	case p <= a:
		return claimCue{}, false
	case toks[p].tag == "PRP$" && toks[p].lower != "its":
		if p-1 != a {
			return claimCue{}, false
		}
	case toks[p].lower == "’s" || toks[p].lower == "'s":
		if ps := cueOpenPossessor(toks, a, p); ps-1 != a || ps == p {
			return claimCue{}, false
		}
	default:
		return claimCue{}, false
	}
	if !(toks[a].lower == "in" && cueOpenViewNouns[t.lower] || toks[a].lower == "under" && cueOpenPlanNouns[t.lower]) {
		return claimCue{}, false
	}
	return claimCue{kind: cueOpenNounKind, start: st, end: i + 2, verb: i, form: cueVerbForm{lemma: t.lower, class: cueBelief}}, true
}

// cueOpenAmong finds a stance held among a source at the noun i, after a
// possessor: "her broad support among minorities", "Clinton's deep
// backing among black voters". The noun is "support" or "backing", with
// at most three adjectives or adverbs before it. The cue runs from those
// words to the noun; the content is the possessor and the source follows
// "among" (cueOpenAmongAttribute). It is a cueOpenFromKind whose verb is
// the noun.
func cueOpenAmong(toks []claimTok, a, b, i int) (claimCue, bool) {
	t := toks[i]
	if t.lower != "support" && t.lower != "backing" || t.span >= 0 || !strings.HasPrefix(t.tag, "NN") || i+2 >= b || toks[i+1].lower != "among" || toks[i+1].span >= 0 {
		return claimCue{}, false
	}
	st := i
	for st-1 > a && st > i-3 && toks[st-1].span < 0 && (strings.HasPrefix(toks[st-1].tag, "JJ") || toks[st-1].tag == "RB") {
		st--
	}
	p := st - 1
	if p < a || !cueOpenPossessives[toks[p].lower] {
		return claimCue{}, false // "her" may be tagged PRP
	}
	return claimCue{kind: cueOpenFromKind, start: st, end: i + 1, verb: i, form: cueVerbForm{lemma: t.lower, class: cueBelief}}, true
}

// cueOpenAmongAttribute attributes a stance held among a source: the
// content is the possessor before the cue ("her", "Clinton"), the source
// the noun phrase after "among".
func cueOpenAmongAttribute(toks []claimTok, a, b int, c claimCue, d claimDraft) (claimDraft, bool) {
	re, ok := spkChunkRight(toks, c.end+1, b)
	if !ok {
		return d, false
	}
	p := c.start - 1
	s, e := p, p+1
	if toks[p].lower == "’s" || toks[p].lower == "'s" {
		s, e = cueOpenPossessor(toks, a, p), p
		if s == p {
			return d, false
		}
	}
	seg, ok := claimSeg(toks, s, e)
	if !ok {
		return d, false
	}
	d.spkS, d.spkE, d.segs, d.maxTok = c.end+1, re, [][2]int{seg}, re
	return d, true
}
