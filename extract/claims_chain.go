package extract

import "strings"

// Cues inside a verb chain: a listed cue verb whose auxiliaries, adverbs,
// asides or catenative verbs stand between it and its subject ("has been
// pushing", "will be urging", "continued to insist", "has avoided
// directly criticizing", "Clinton, clearly frustrated, responded"), and
// the tag repairs and content bounds that such chains need.

// claimChainBeen reports whether the token before k is the "been" of a
// perfect progressive whose participle is the cue verb form vf, with a
// perfect auxiliary before it ("has been pushing", "had long been
// saying", "’ve been talking"), or the "be" of a progressive after a
// modal ("will be urging"): the auxiliary loop of cueFind then takes it
// into the cue, so that the subject is found before the auxiliary.
func claimChainBeen(toks []claimTok, a, k int, vf cueVerbForm) bool {
	if !vf.ing || k-2 < a || toks[k-1].lower != "been" && toks[k-1].lower != "be" || toks[k-1].span >= 0 {
		return false
	}
	j := k - 2
	for j > a && toks[j].tag == "RB" && toks[j].span < 0 {
		j-- // "has not been", "have long been"
	}
	if toks[k-1].lower == "be" {
		// "will be making the case": a modal before "be".
		if toks[j].tag != "MD" {
			return false
		}
	} else if !claimChainPerfect[toks[j].lower] {
		return false
	}
	// "a reporter who has been asking …": a relative clause's progressive
	// runs on into the main clause; leave it to the relative rules.
	return j-1 < a || !claimChainRelatives[toks[j-1].lower]
}

// claimChainRelatives are the relative pronouns that open a clause.
var claimChainRelatives = map[string]bool{"who": true, "which": true, "that": true}

// claimChainPerfect are the perfect auxiliaries before "been".
var claimChainPerfect = map[string]bool{
	"has": true, "have": true, "had": true, "’s": true, "'s": true, "’ve": true, "'ve": true, "’d": true, "'d": true,
}

// claimChainYields reports whether a perfect progressive cue ("has been
// criticizing") has no object (its content [s, e) opens with a
// preposition) or has in its content a listed cue verb of its own
// ("… Trump for embracing debt", "… a spymaster who wrote about"): the
// later cue's claim is the one annotated, so the chain cue gives way.
func claimChainYields(toks []claimTok, c claimCue, s, e int) bool {
	if c.verb-1 < c.start || toks[c.verb-1].lower != "been" && toks[c.verb-1].lower != "be" {
		return false
	}
	if t := toks[s]; t.tag == "IN" && t.lower != "that" && t.lower != "whether" && t.lower != "if" {
		// "words he has been repeating for decades", "an answer he might
		// have been expecting from Pence": the object is a gap before
		// the subject.
		return true
	}
	lx := cueLexicon()
	for k := s; k < e; k++ {
		if _, ok := lx.verbs[toks[k].lower]; ok && toks[k].span < 0 && strings.HasPrefix(toks[k].tag, "VB") {
			return true
		}
	}
	return false
}

// claimChainLeadOK reports whether the subject at ls of a verb chain
// ending in an infinitive cue ("Sanders continued to portray her as …")
// opens a clause after a lead that is no content of the cue: a comma
// closing a leading clause ("…, Sanders continued to …") or a
// subordinator ("as Republicans continue to warn that …").
//
// Not an expletive subject with an adjective ("…, it's fair to say
// that …": the writer's aside) nor the anonymity formula ("…, they were
// not authorized to discuss the case"), whose infinitive reports nothing.
func claimChainLeadOK(toks []claimTok, a, ls, to int) bool {
	if ls-1 < a || toks[ls-1].span >= 0 {
		return false
	}
	if (toks[ls].lower == "it" || toks[ls].lower == "there") && to-1 > ls && toks[to-1].tag == "JJ" {
		return false
	}
	for k := ls; k < to; k++ {
		if claimChainNotPermitted[toks[k].lower] {
			return false
		}
	}
	p := toks[ls-1]
	return p.text == "," || claimChainSubordinators[p.lower]
}

// claimChainSubordinators open an adverbial clause whose subject follows.
var claimChainSubordinators = map[string]bool{
	"as": true, "while": true, "when": true, "because": true, "though": true, "although": true, "if": true,
	"since": true, "after": true, "before": true, "until": true, "once": true, "whereas": true, "unless": true,
}

// claimChainNotPermitted are the participles of the anonymity formula
// ("were not authorized to discuss").
var claimChainNotPermitted = map[string]bool{"authorized": true, "permitted": true, "allowed": true, "cleared": true}

// claimChainProgressive reports whether the cue c is a finite
// progressive or perfect verb group opening with its auxiliary ("is
// supporting", "has been quietly pushing for"): after a comma it is the
// main verb of an apposed subject ("Dottie Deans, the party chairwoman,
// is supporting …"), not a participle clause.
func claimChainProgressive(toks []claimTok, c claimCue) bool {
	if c.start >= c.verb {
		return false
	}
	w := toks[c.start].lower
	return (cueBeForms[w] || claimAuxiliaries[w]) && w != "being" && w != "been"
}

// claimChainAside returns the comma opening a short aside of adverbs and
// an adjective or participle that ends at the comma at k, between a
// subject and its verb ("Clinton, clearly frustrated, responded", "Mr.
// Trump, almost unilaterally, decided"), or -1.
func claimChainAside(toks []claimTok, a, k int) int {
	for p := k - 1; p > a && k-p <= 4; p-- {
		t := toks[p]
		if t.span >= 0 {
			return -1
		}
		if t.text == "," {
			if p+1 == k {
				return -1
			}
			return p
		}
		if !strings.HasPrefix(t.tag, "RB") && t.tag != "JJ" && t.tag != "VBN" {
			return -1
		}
	}
	return -1
}

// claimChainRetagPlural re-tags as NNS a lower-case plural noun the
// tagger reads as a verb (VBZ) right before a finite verb or modal, past
// adverbs: "Public polls show …", "strategists think that …", "advocates
// hailed …". A third-person verb is never directly followed by another
// finite verb, so the -s word is the subject.
func claimChainRetagPlural(toks []claimTok) {
	for i := 0; i+1 < len(toks); i++ {
		t := toks[i]
		if t.tag != "VBZ" || t.upper || t.span >= 0 || !t.word || len(t.lower) < 4 || !strings.HasSuffix(t.lower, "s") || strings.HasSuffix(t.lower, "ss") {
			continue
		}
		if _, listed := cueLexicon().verbs[t.lower]; listed || claimAuxiliaries[t.lower] || claimChainVBZKeep[t.lower] {
			continue // "Clinton hopes …", "A poll shows …": the cue itself
		}
		if i > 0 {
			p := toks[i-1]
			if !(p.tag == "DT" || p.tag == "CD" || p.tag == "PRP$" || p.tag == "POS" || strings.HasPrefix(p.tag, "JJ") || strings.HasPrefix(p.tag, "NN") || p.text == ",") {
				continue
			}
		}
		j := i + 1
		for j < len(toks) && toks[j].tag == "RB" && toks[j].span < 0 && j-i <= 2 {
			j++
		}
		if j < len(toks) && toks[j].span < 0 && (toks[j].tag == "VBP" || toks[j].tag == "VBD" || toks[j].tag == "MD") {
			toks[i].tag = "NNS"
		}
	}
}

// claimChainVBZKeep are -s verbs that do precede a verb form the tagger
// may read as finite ("gets used", "seems", "keeps").
var claimChainVBZKeep = map[string]bool{
	"gets": true, "seems": true, "appears": true, "keeps": true, "helps": true, "lets": true, "makes": true, "goes": true, "comes": true,
}

// claimChainSubCueEnd ends a content [s, e) before an adverbial clause
// whose own subject reports with a listed cue verb and its complement:
// "mentioning him in every speech as she praises his record", "…
// denouncing the regime after Trump said he is open to a deal". That
// clause is an attribution of its own. A parenthetical "as he said"
// with nothing after the verb stays in the content.
func claimChainSubCueEnd(toks []claimTok, s, e int) int {
	lx := cueLexicon()
	for k := s + 1; k+2 < e; k++ {
		t := toks[k]
		if t.span >= 0 || !claimChainCutSubs[t.lower] || t.tag != "IN" && t.tag != "WRB" {
			continue
		}
		if claimChainAsAside(toks, s, k) {
			continue
		}
		ne, ok := spkChunkRight(toks, k+1, e)
		if !ok {
			continue
		}
		v := ne
		for v < e && toks[v].span < 0 && (toks[v].tag == "RB" || claimAuxiliaries[toks[v].lower]) {
			v++
		}
		if v+1 >= e || toks[v].span >= 0 || toks[v].upper {
			continue
		}
		if _, listed := lx.verbs[toks[v].lower]; !listed || !strings.HasPrefix(toks[v].tag, "VB") || toks[v].tag == "VBG" && v == ne {
			continue
		}
		if n := toks[v+1]; !n.word && n.quote == claimQuoteNone {
			continue // "…, as he said, …"
		}
		end := k
		for end > s && !toks[end-1].word && toks[end-1].quote == claimQuoteNone {
			end--
		}
		if claimWords(toks, s, end) >= 2 {
			return end
		}
		return e
	}
	return e
}

// claimChainCutSubs open the adverbial clauses of claimChainSubCueEnd:
// PolNeAR keeps "because …", "if …" and "when …" clauses in the content
// they qualify, but not an "as …" clause of accompanying speech.
var claimChainCutSubs = map[string]bool{"as": true}

// claimChainAsAside reports whether "as" at k is no clause of its own
// after the content: the second "as" of a comparison ("as wealthy as Mr.
// Trump claims"), or a concessive "even as" or a dashed aside inside the
// content ("Trump — even as he says … — has proposed").
func claimChainAsAside(toks []claimTok, s, k int) bool {
	for j := k - 1; j >= s && j >= k-3; j-- {
		if toks[j].lower == "as" {
			return true
		}
	}
	p := toks[k-1]
	if p.lower == "even" || p.lower == "just" || claimDashes[p.text] || k-2 >= s && claimDashes[toks[k-2].text] {
		return true
	}
	// The first "as" of a comparison: "three times as many voters said X
	// as said Y", "as much as he says".
	if n := toks[k+1]; claimChainAsDegree[n.lower] || strings.HasPrefix(n.tag, "JJ") || n.tag == "RB" {
		for j := k + 2; j < len(toks) && j <= k+12; j++ {
			if toks[j].lower == "as" {
				return true
			}
		}
	}
	return false
}

// claimChainAsDegree are the quantity words of an "as … as" comparison.
var claimChainAsDegree = map[string]bool{"many": true, "much": true, "few": true, "little": true}

// claimChainShared finds the subject of a finite cue verb group after
// "but" (or ", but") coordinated with the first finite verb or modal of
// its clause: "He would warn voters … but did not name any", "Zimmerman
// shot and killed Martin in 2012, but claimed self-defense". The rules
// are those of claimListedSharedSubject, which takes "and".
func claimChainShared(toks []claimTok, a int, c claimCue) (int, int, bool) {
	v := toks[c.verb]
	if c.kind != cueVerb || c.form.ing || !claimListedAdverbsOnly(toks, c.start, c.verb) {
		return 0, 0, false
	}
	if !claimListedFinite(v.tag) && !(c.start < c.verb && claimAuxiliaries[toks[c.start].lower]) {
		return 0, 0, false
	}
	conj := c.start - 1
	if conj <= a || toks[conj].lower != "but" || toks[conj].span >= 0 {
		return 0, 0, false
	}
	if toks[conj-1].lower == "all" {
		return 0, 0, false // "all but begged": an adverb, not a coordinator
	}
	end := conj
	if toks[end-1].text == "," {
		end--
	}
	_, s, e, ok := claimSharedClauseSubject(toks, a, end, true)
	if !ok || !spkValid(toks, s, e, c.form.class) {
		return 0, 0, false
	}
	return s, e, true
}

// claimChainAfterAside skips a short adverbial aside set off by commas
// right after the cue ("described, in fairly blistering terms, a set of
// practices", "also said, without evidence, that …"): the content starts
// after its closing comma. s is the content start found so far.
func claimChainAfterAside(toks []claimTok, c claimCue, s, b int) int {
	k := c.end
	if k >= b || toks[k].text != "," || toks[k].span >= 0 || s > k+1 {
		return s
	}
	for j := k + 1; j < b && j <= k+10; j++ {
		t := toks[j]
		if t.span >= 0 || t.quote != claimQuoteNone || t.text == ";" || t.text == ":" || t.text == "." {
			return s
		}
		if t.tag == "VBD" || t.tag == "VBZ" || t.tag == "VBP" || t.tag == "MD" || t.lower == "that" || t.tag == "WDT" || t.tag == "WP" {
			return s
		}
		if t.text == "," {
			if j == k+1 || claimWords(toks, j+1, b) < 2 {
				return s
			}
			first := toks[k+1]
			if first.tag != "IN" && !strings.HasPrefix(first.tag, "RB") {
				return s // "said, Smith, …": not an adverbial
			}
			return j + 1
		}
	}
	return s
}

// claimChainGerundVerbs are the verbs that take a gerund complement of
// their own subject ("avoids discussing", "kept asking", "began writing").
var claimChainGerundVerbs = map[string]bool{
	"avoid": true, "avoids": true, "avoided": true, "resist": true, "resists": true, "resisted": true,
	"keep": true, "keeps": true, "kept": true, "continue": true, "continues": true, "continued": true,
	"start": true, "starts": true, "started": true, "begin": true, "begins": true, "began": true, "begun": true,
	"stop": true, "stops": true, "stopped": true, "quit": true, "quits": true,
}

// claimChainGerundPreps are the phrases that end in a preposition before
// the gerund, keyed by preposition, with the word before it: "stopped
// short of calling", "is steering clear of criticizing", "refrained from
// endorsing", "ended up backing".
var claimChainGerundPreps = map[string]map[string]bool{
	"of":   {"short": true, "clear": true},
	"from": {"refrain": true, "refrains": true, "refrained": true, "refraining": true},
	"up":   {"end": true, "ends": true, "ended": true},
}

// claimChainGerundVerb returns the index of the verb whose gerund
// complement is the cue participle at i, past adverbs ("has avoided
// directly criticizing", "stopped short of calling"), or -1.
func claimChainGerundVerb(toks []claimTok, a, i int) int {
	k := i - 1
	for k > a && toks[k].tag == "RB" && toks[k].span < 0 {
		k--
	}
	if k < a || toks[k].span >= 0 {
		return -1
	}
	if m := claimChainGerundPreps[toks[k].lower]; m != nil {
		if k-1 < a || !m[toks[k-1].lower] {
			return -1
		}
		if toks[k].lower == "of" {
			k-- // "short", "clear": the verb is before it
		}
		k--
		if k < a || !strings.HasPrefix(toks[k].tag, "VB") && toks[k].lower != "refrained" && toks[k].lower != "ended" {
			if toks[k+1].lower == "refrain" || toks[k+1].lower == "refrains" || toks[k+1].lower == "refrained" || toks[k+1].lower == "end" || toks[k+1].lower == "ends" || toks[k+1].lower == "ended" {
				return k + 1
			}
			return -1
		}
		return k
	}
	if claimChainGerundVerbs[toks[k].lower] && strings.HasPrefix(toks[k].tag, "VB") {
		return k
	}
	// "spent more time mocking", "spent Tuesday looking past": a short
	// object of time between "spend" and the gerund.
	for j := k; j >= a && k-j < 3; j-- {
		t := toks[j]
		if claimChainSpend[t.lower] && strings.HasPrefix(t.tag, "VB") && j < k {
			return j
		}
		if t.span >= 0 || !(strings.HasPrefix(t.tag, "NN") || t.tag == "JJR" || t.tag == "DT" || t.tag == "CD" || t.tag == "JJ") {
			return -1
		}
	}
	return -1
}

// claimChainSpend are the forms of "spend", whose object of time takes a
// gerund of the subject.
var claimChainSpend = map[string]bool{"spend": true, "spends": true, "spent": true}

// claimChainGerundAttribute attributes a cue participle complementing a
// verb of avoiding, continuing, starting or stopping to that verb's
// subject: "Trump has avoided directly criticizing Comey" (source Trump,
// cue "has avoided directly criticizing", content "Comey"). The verb
// group must be finite.
func claimChainGerundAttribute(toks []claimTok, a, b int, c claimCue, d claimDraft) (claimDraft, bool) {
	if c.kind != cueVerb || !c.form.ing {
		return d, false
	}
	v := claimChainGerundVerb(toks, a, c.verb)
	if v < 0 {
		return d, false
	}
	j := claimVerbGroupStart(toks, a, v)
	if !claimListedFinite(toks[v].tag) && !(j < v && (claimAuxiliaries[toks[j].lower] || toks[j].tag == "MD")) {
		return d, false
	}
	ls, le, ok := spkChunkLeft(toks, a, j)
	if !ok || le != j && !claimChainParenTag(toks, le, j) || !spkValid(toks, ls, le, c.form.class) || !claimAdverbialLead(toks, a, ls) && !(ls-1 >= a && claimCoordinators[toks[ls-1].lower]) && !claimChainLeadOK(toks, a, ls, j) {
		if ls, le, ok = claimChain3InfAside(toks, a, j, v, c); !ok { // claims_chain3.go
			return d, false
		}
	}
	s, e := claimVerbContent(toks, c, b)
	seg, ok := claimObjectSeg(toks, c, s, e)
	if !ok {
		return d, false
	}
	d.cue[0] = toks[j].start
	d.spkS, d.spkE, d.segs, d.maxTok = ls, le, [][2]int{seg}, e
	return d, true
}

// claimChainParenTag reports whether tokens [le, j) between a subject
// and its verb group are a short parenthesis, such as a party and state
// tag: "McAuliffe (D) tried to …", "Durbin (D-Ill.) began …".
func claimChainParenTag(toks []claimTok, le, j int) bool {
	if le >= j || j-le > 6 || toks[le].text != "(" || toks[j-1].text != ")" {
		return false
	}
	for k := le + 1; k < j-1; k++ {
		if toks[k].span >= 0 || toks[k].text == "(" || toks[k].text == ")" || strings.HasPrefix(toks[k].tag, "VB") && toks[k].tag != "VBN" {
			return false
		}
	}
	return true
}

// claimChainWhoHas reports whether the clitic "’s" between a relative
// "who" and the participle cue at i is "has": a that-clause or the
// verb's particle follows ("who’s called for …", "who’s said that …"),
// which a passive "who’s called a hero" does not take.
func claimChainWhoHas(toks []claimTok, i int, vf cueVerbForm) bool {
	if i-2 < 0 || toks[i-2].lower != "who" || i+1 >= len(toks) || toks[i+1].span >= 0 {
		return false
	}
	n := toks[i+1].lower
	return n == "that" || cueLexicon().phrasal[vf.lemma][n]
}

// claimChainAuxAside returns the index of an auxiliary before a short
// adverbial aside set off by commas that ends right before the verb at
// k ("has, however, revealed", "is, of course, making"), or -1.
func claimChainAuxAside(toks []claimTok, a, k int) int {
	if k-1 <= a || toks[k-1].text != "," || toks[k-1].span >= 0 {
		return -1
	}
	q := -1
	for p := k - 2; p > a && k-p <= 5; p-- {
		t := toks[p]
		if t.span >= 0 {
			return -1
		}
		if t.text == "," {
			q = p
			break
		}
		if !strings.HasPrefix(t.tag, "RB") && t.tag != "IN" && t.tag != "NN" && t.tag != "JJ" {
			return -1
		}
	}
	if q-1 < a || !claimAuxiliaries[toks[q-1].lower] || q+1 >= k-1 {
		return -1
	}
	return q - 1
}

// claimChainInfReach is how many tokens claimInfinitive looks back from
// "to" for the finite verb of a purpose infinitive ("appeared on Sunday
// news shows to tout …"); past 8 tokens the subject may not be an
// expletive (claimChainExpletive): "It is a chance for the party, after
// months of fighting, to offer …".
const claimChainInfReach = 10

// claimChainExpletive are the expletive subjects.
var claimChainExpletive = map[string]bool{"it": true, "there": true}
