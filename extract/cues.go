package extract

import "strings"

// claimCueKind tells the shapes of cue apart.
type claimCueKind int

const (
	// cueVerb is a reporting or belief verb ("said", "has repeatedly stated").
	cueVerb claimCueKind = iota + 1
	// cueAccording is "according to".
	cueAccording
	// cueNoun is a noun of saying or believing with its possessor before
	// and a that-clause after ("Trump's claim that …").
	cueNoun
	// cueRaising is a sourceless cue that splits its content around
	// itself: "Rubio is expected to announce", "the plan seems to work".
	cueRaising
	// cueOpenNounKind is a noun of stance with its preposition, found by
	// shape in cues_open.go ("their criticism of").
	cueOpenNounKind
	// cueOpenFromKind is a stance received from a source, found by shape
	// in cues_open.go ("has drawn criticism from").
	cueOpenFromKind
	// cueOpenNounFromKind is a stance noun with its source after "from",
	// found by shape in cues_open.go ("complaints from X that").
	cueOpenNounFromKind
	// cueOpenNounThatKind is an unlisted noun after a possessor and
	// before a that-clause, found by shape in cues_open.go.
	cueOpenNounThatKind
)

// cueRaisingWords are the verbs of cueRaising; the participles need a
// form of "be" before them.
var cueRaisingWords = map[string]bool{
	"seem": true, "seems": true, "seemed": true, "appear": true, "appears": true, "appeared": true,
	"expected": true, "thought": true, "believed": true, "considered": true, "reported": true, "rumored": true,
	"projected": true,
}

// cueNouns are the nouns of cueNoun.
var cueNouns = map[string]bool{
	"claim": true, "claims": true, "statement": true, "assertion": true, "argument": true, "belief": true, "view": true,
	"promise": true, "pledge": true, "warning": true, "suggestion": true, "insistence": true, "contention": true,
	"allegation": true, "allegations": true, "charge": true, "assurance": true, "admission": true, "announcement": true,
	"prediction": true, "comment": true, "comments": true, "remark": true, "remarks": true, "fear": true, "fears": true,
	"hope": true, "accusation": true, "accusations": true, "assessment": true, "conclusion": true,
	"contentions": true, "insinuation": true, "suggestions": true, "position": true, "threat": true,
	"vow": true, "demand": true, "call": true, "proposal": true, "plan": true, "idea": true, "theory": true,
}

// cueNounsBare are the nouns of cueNoun that report without a possessor.
var cueNounsBare = map[string]bool{
	"statement": true, "concern": true, "suggestion": true, "assertion": true, "doubt": true, "claims": true,
	"warning": true, "fear": true, "fears": true, "complaints": true, "complaint": true, "assumption": true,
	"allegation": true, "insistence": true, "contention": true, "assurance": true, "accusation": true,
}

// claimCue is a cue found in a unit: tokens [start, end) of its paragraph,
// verb the index of its verb (or of "according").
type claimCue struct {
	kind       claimCueKind
	start, end int
	verb       int
	form       cueVerbForm
}

// cueBeForms are forms of "be" that make a following participle passive.
var cueBeForms = map[string]bool{"is": true, "was": true, "were": true, "are": true, "be": true, "been": true, "being": true, "am": true, "'s": true, "’s": true}

// cueMediums are the nouns of "said in a statement" and its kin, which
// PolNeAR counts as part of the cue.
var cueMediums = map[string]bool{
	"statement": true, "interview": true, "email": true, "e-mail": true, "letter": true, "tweet": true,
	"post": true, "op-ed": true, "address": true, "appearance": true, "remarks": true, "briefing": true, "conference": true, "speech": true, "release": true, "memo": true, "filing": true, "essay": true,
}

// cueFind returns the cues among tokens [a, b) of a unit, outside
// quotations, in text order.
func cueFind(toks []claimTok, a, b int) []claimCue {
	lx := cueLexicon()
	var out []claimCue
	title := cueTitleCase(toks, a, b)
	for i := a; i < b; i++ {
		t := toks[i]
		if t.span >= 0 || !t.word {
			continue
		}
		if t.lower == "according" && i+1 < b && toks[i+1].lower == "to" && toks[i+1].span < 0 {
			out = append(out, claimCue{kind: cueAccording, start: i, end: i + 2, verb: i})
			i++
			continue
		}
		if cueRaisingWords[t.lower] && i+1 < b && toks[i+1].lower == "to" && i > a {
			st := i
			for st-1 > a && (lx.adverbs[toks[st-1].lower] || toks[st-1].tag == "RB" || cueBeForms[toks[st-1].lower] || toks[st-1].tag == "MD") {
				st--
			}
			passive := !strings.HasPrefix(t.lower, "seem") && !strings.HasPrefix(t.lower, "appear")
			if !passive || st < i && cueBeForms[toks[i-1].lower] || st < i-1 && cueBeForms[toks[i-2].lower] {
				out = append(out, claimCue{kind: cueRaising, start: st, end: i + 1, verb: i})
				continue
			}
		}
		if c, ok := srclessFind(toks, a, b, i); ok {
			out = append(out, c) // claims_sourceless.go
			i = c.end - 1
			continue
		}
		if cueNouns[t.lower] && strings.HasPrefix(t.tag, "NN") && i+1 < b && (toks[i+1].lower == "that" || toks[i+1].lower == "to") && i-1 >= a {
			// "Trump’s claim that", "his earlier promise to".
			st := i
			for st-1 > a && strings.HasPrefix(toks[st-1].tag, "JJ") || st-1 > a && toks[st-1].tag == "RB" {
				st--
			}
			if p := toks[st-1]; p.lower == "’s" || p.lower == "'s" || p.tag == "PRP$" {
				out = append(out, claimCue{kind: cueNoun, start: st, end: i + 1, verb: i})
				continue
			}
			// Without a possessor only the nouns that report on their own
			// and a that-clause with a subject and a verb: "the warning
			// that the dam could fail" (no source).
			if cueNounsBare[t.lower] && toks[i+1].lower == "that" && claimSubjectVerb(toks, i+2, b) {
				out = append(out, claimCue{kind: cueNoun, start: st, end: i + 1, verb: i})
				continue
			}
		}
		if c, ok := cueAdjective(toks, a, b, i); ok {
			out = append(out, c)
			i = c.end - 1
			continue
		}
		if c, ok := cueLight(toks, a, b, i); ok {
			out = append(out, c)
			i = c.end - 1
			continue
		}
		if c, ok := cueOpenFind(toks, a, b, i); ok {
			out = append(out, c)
			i = c.end - 1
			continue
		}
		if c, ok := claimRelPassiveFind(toks, a, b, i); ok {
			out = append(out, c) // "is well liked by" (claims_relative.go)
			continue
		}
		vf, ok := lx.verbs[t.lower]
		if !ok {
			vf, ok = cuePhrasalOnly(toks, b, i)
		}
		// In a Title Case headline the tagger reads verbs as names:
		// "Sanders Vows To Eliminate …" has its verb after a name.
		headline := ok && title && t.upper && i > a && toks[i-1].upper && !vf.ing && (!vf.base || cueHeadlinePlural(toks, a, i))
		if !ok || (!headline && !cueIsVerbUse(toks, a, i, vf)) {
			continue
		}
		if !headline && t.upper && i > a && toks[i-1].upper && toks[i-1].word {
			continue // part of a name: "United States"
		}
		c := claimCue{kind: cueVerb, start: i, end: i + 1, verb: i, form: vf}
		// Auxiliaries and adverbs before the verb belong to the cue.
		for c.start-1 >= a {
			p := toks[c.start-1]
			lyAdverb := p.tag == "RB" && strings.HasSuffix(p.lower, "ly") && len(p.lower) > 4
			// The tagger reads some adverbs as adjectives ("it further wrote").
			adjAdverb := p.tag == "JJ" && c.start == i && i-2 >= a && (toks[i-2].tag == "PRP" || strings.HasPrefix(toks[i-2].tag, "NN"))
			neg := claimSaidNegClitic[p.lower] && p.span < 0
			if neg || claimChainBeen(toks, a, c.start, vf) {
				c.start--
				continue
			}
			if c.start-2 >= a && p.lower == "but" && toks[c.start-2].lower == "all" && toks[c.start-2].span < 0 {
				c.start -= 2 // "all but begged": an adverb (claims_chain.go)
				continue
			}
			if q := claimChainAuxAside(toks, a, c.start); q >= 0 {
				c.start = q // "has, however, revealed"
				continue
			}
			if p.span >= 0 || !(lx.adverbs[p.lower] || lyAdverb) || (p.tag != "" && !strings.HasPrefix(p.tag, "RB") && !strings.HasPrefix(p.tag, "VB") && p.tag != "MD" && !adjAdverb) {
				break
			}
			c.start--
		}
		if cueItParticle(toks, b, c.end, vf) {
			c.end += 2 // "made it clear"
		}
		// "spoke Tuesday about", "called on Monday for": a time or
		// manner stretch before the particle (cues_timegap.go).
		if e := cueTimeGapParticle(toks, b, c.end, vf, ""); e > 0 {
			c.end = e
			if c.end < b && toks[c.end].span < 0 && lx.phrasalPreps[[2]string{vf.lemma, toks[c.end-1].lower}][toks[c.end].lower] {
				c.end++
			}
		} else if c.end < b && (lx.phrasal[vf.lemma][toks[c.end].lower] || claimSaidParticles[vf.lemma][toks[c.end].lower]) && toks[c.end].span < 0 {
			c.end++
			// "lashed out at", "backed away from": a second preposition
			// the lexicon pairs with the particle.
			if c.end < b && toks[c.end].span < 0 && lx.phrasalPreps[[2]string{vf.lemma, toks[c.end-1].lower}][toks[c.end].lower] {
				c.end++
			} else if e := cueTimeGapParticle(toks, b, c.end, vf, toks[c.end-1].lower); e > 0 {
				c.end = e // "spoke out Tuesday about" (cues_timegap.go)
			}
		}
		// "was quoted as saying".
		if t.lower == "quoted" && i+2 < b && toks[i+1].lower == "as" && toks[i+2].lower == "saying" {
			c.end = i + 3
		}
		// "said in a statement", "said in an interview with CNN".
		if vf.class == cueSpeech && c.end+2 < b && toks[c.end].lower == "in" {
			for k := c.end + 1; k < b && k <= c.end+4; k++ {
				if cueMediums[toks[k].lower] {
					c.end = k + 1
					break
				}
				if !toks[k].word || strings.HasPrefix(toks[k].tag, "VB") {
					break
				}
			}
		}
		out = append(out, c)
		i = c.end - 1
	}
	return out
}

// cueHeadlinePlural reports whether the bare cue verb at i of a Title
// Case headline follows a plural noun that is not its first word:
// "Hedge Funds Support Hillary Clinton", "Wyoming Republicans Back …".
func cueHeadlinePlural(toks []claimTok, a, i int) bool {
	p := toks[i-1]
	if strings.ToUpper(toks[i].text) == toks[i].text {
		return false // an all-caps "ASK" or "FAVOR" is a label
	}
	return i-1 > a && p.word && p.span < 0 && (p.tag == "NNS" || p.tag == "NNPS" || strings.HasSuffix(p.lower, "s") && !strings.HasSuffix(p.lower, "ss")) &&
		i+1 < len(toks) && toks[i+1].word && toks[i+1].upper
}

// cuePhrasalOnly returns the form of the verb at i when it is a verb of
// phrasal_cues.txt that is a cue only with its particle ("laid out",
// "vied for") and that particle follows it, with its preposition when
// the pair needs one ("opened up about").
func cuePhrasalOnly(toks []claimTok, b, i int) (cueVerbForm, bool) {
	lx := cueLexicon()
	vf, ok := lx.particleVerbs[toks[i].lower]
	if ok && cueItParticle(toks, b, i+1, vf) {
		return vf, true // "made it clear that …"
	}
	if ok && cueTimeGapPhrasalOnly(toks, b, i, vf) {
		return vf, true // "voted twice for" (cues_timegap.go)
	}
	if !ok || i+1 >= b || toks[i+1].span >= 0 || !lx.phrasal[vf.lemma][toks[i+1].lower] {
		return cueVerbForm{}, false
	}
	// "opened up about": some pairs are cues only with their preposition.
	if key := [2]string{vf.lemma, toks[i+1].lower}; lx.phrasalNeedPrep[key] &&
		(i+2 >= b || toks[i+2].span >= 0 || !lx.phrasalPreps[key][toks[i+2].lower]) {
		return cueVerbForm{}, false
	}
	return vf, true
}

// cueItParticle reports whether an object "it" and an adjective particle
// of the verb's phrasal_cues.txt line follow at k, before a that-clause
// or a clause: "made it clear that …", "made it plain he would …".
func cueItParticle(toks []claimTok, b, k int, vf cueVerbForm) bool {
	if k+2 >= b || toks[k].lower != "it" || toks[k+1].span >= 0 || !cueItParticles[toks[k+1].lower] {
		return false
	}
	return cueLexicon().phrasal[vf.lemma][toks[k+1].lower]
}

// cueItParticles are the adjective particles of cueItParticle.
var cueItParticles = map[string]bool{"clear": true, "plain": true}

// cueIsVerbUse reports whether the cue word at i is used as a finite or
// participial verb of attribution, using the POS tag and its neighbours.
func cueIsVerbUse(toks []claimTok, a, i int, vf cueVerbForm) bool {
	t := toks[i]
	tag := t.tag
	if claimPrecNaming(toks, a, i) || claimPrecNotCue(toks, a, i) {
		return false // "a group called …", "regarding" (claims_precision.go)
	}
	// "tweeting, “…”", "Hillary Clinton asking, “…”": a participle
	// introducing a quotation after a comma.
	ingQuote := vf.ing && i+2 < len(toks) && toks[i+1].text == "," && claimOpens(toks, i+2)
	if ingQuote && i-1 >= a && (toks[i-1].text == "," || toks[i-1].tag == "NNP" || toks[i-1].tag == "PRP") {
		return true
	}
	if !strings.HasPrefix(tag, "VB") {
		// The tagger reads some uses as nouns ("The Post reports that");
		// "said" and "told" are verbs wherever they stand.
		nextThat := i+1 < len(toks) && (toks[i+1].lower == "that" || toks[i+1].text == ":")
		prevName := i-1 >= a && (toks[i-1].tag == "NNP" || toks[i-1].tag == "PRP" || toks[i-1].tag == "NNPS")
		nextEnd := i+1 < len(toks) && (toks[i+1].text == "." || toks[i+1].text == "," || toks[i+1].text == ":")
		prevNoun := i-1 >= a && (strings.HasPrefix(toks[i-1].tag, "NN") || toks[i-1].tag == "PRP")
		if t.lower != "said" && t.lower != "told" && t.lower != "says" && !(nextThat && prevName && (tag == "NNS" || tag == "NN")) &&
			!(nextEnd && prevNoun && vf.class == cueSpeech && !vf.base && !vf.ing) && !claimSaidPluralBase(toks, a, i, vf) &&
			!claimIng3WithNounIng(toks, a, i, vf) {
			return false
		}
	}
	prev := ""
	for k := i - 1; k >= a; k-- {
		if toks[k].word && cueLexicon().adverbs[toks[k].lower] && strings.HasPrefix(toks[k].tag, "RB") {
			continue
		}
		prev = toks[k].lower
		break
	}
	// Infinitives and passives ("wants to say", "was told") do not name
	// their source before the verb.
	if prev == "to" {
		// An infinitive after a verb or adjective of its own clause
		// ("went on to rebut", "was quick to point out") is attributed to
		// that clause's subject (claimInfinitive).
		return claimInfinitiveUse(toks, a, i)
	}
	// "he’s argued", "she's sought": the clitic is "has" after a personal
	// pronoun, not "is".
	hasClitic := (prev == "’s" || prev == "'s") && i-2 >= a && (toks[i-2].lower == "he" || toks[i-2].lower == "she" || claimChainWhoHas(toks, i, vf))
	if (tag == "VBN" || tag == "VBD") && cueBeForms[prev] && t.lower != "quoted" && !hasClitic {
		// Only a passive with its agent names a source: "was first
		// reported by The Washington Post".
		for k := i + 1; k < len(toks) && k <= i+5; k++ {
			if toks[k].lower == "by" {
				return true
			}
			if toks[k].text == "," || toks[k].text == "." || strings.HasPrefix(toks[k].tag, "VB") {
				return false
			}
		}
		return false
	}
	if vf.base && vf.lemma == "find" {
		return false // "to find", "find out": rarely a report
	}
	if (tag == "VBN" || tag == "VBD") && !claimSaidMediumSubjectVerbs[vf.lemma] && i-1 >= a && claimMediumNouns[toks[i-1].lower] && i+1 < len(toks) && (spkTimeWords[toks[i+1].lower] || toks[i+1].text == "," || toks[i+1].lower == "in" || toks[i+1].lower == "on") {
		return false // "In a Facebook message posted Friday, Cruz said …"
	}
	if vf.ing {
		// Only ", saying ..." and "is saying": not "the saying".
		// Also a participle opening the sentence ("Claiming …, Trump
		// told …") and one after a statement or letter ("issued a
		// statement calling …").
		if cueListedParticiple(toks, a, i) || claimChainGerundVerb(toks, a, i) >= 0 {
			return true
		}
		return prev == "," || cueBeForms[prev] || prev == "been" || claimParticiplePreps[prev] || prev == "and" && i-2 >= a && toks[i-2].text == "," ||
			i == a && t.upper || claimAfterMedium(toks, a, i) || claimIngLeadPrep(toks, a, claimCue{start: i, verb: i, form: vf}) ||
			i-1 >= a && strings.HasPrefix(toks[i-1].tag, "NN") && (vf.class == cueBelief || claimIngSpeechAfterNoun(toks, a, i, vf)) || // "super PACs supporting Kasich" (claims_ing.go)
			claimIng2QuantRelative(toks, a, i, vf) || claimIng2PeopleRelative(toks, a, i, vf) // "those supporting deportation", "voters urging …" (claims_ing.go)
	}
	if tag == "VBN" && i-1 >= a && strings.HasPrefix(toks[i-1].tag, "NN") && i+1 < len(toks) && cueLexicon().phrasal[vf.lemma][toks[i+1].lower] {
		return true // "a campaign focused on issues"
	}
	return true
}

// cueTitleCase reports whether the unit [a, b) is a Title Case headline:
// most of its words start with a capital letter.
func cueTitleCase(toks []claimTok, a, b int) bool {
	words, upper := 0, 0
	for k := a; k < b; k++ {
		if toks[k].word && toks[k].span < 0 {
			words++
			if toks[k].upper {
				upper++
			}
		}
	}
	return words >= 4 && upper*10 >= words*7
}

// claimInfinitiveUse reports whether the cue verb at i, after "to", can
// be attributed through the verb governing the infinitive: the word
// before "to" is a verb, an adjective or the particle of "went on".
func claimInfinitiveUse(toks []claimTok, a, i int) bool {
	to := i - 1
	for to > a && toks[to].lower != "to" {
		to--
	}
	if to-1 < a {
		return false
	}
	if q := claimChain2InfQuoteSkip(toks, to-1, a); q >= 0 { // claims_chain2.go
		to = q + 1
	}
	p := toks[to-1]
	return strings.HasPrefix(p.tag, "VB") || p.tag == "JJ" || p.lower == "on" || p.tag == "RB" || strings.HasPrefix(p.tag, "NN")
}

// cueLightPreps are the prepositions that close a light-verb cue.
var cueLightPreps = map[string]bool{"of": true, "about": true, "on": true, "at": true, "against": true, "for": true, "to": true, "over": true, "that": true}

// cueLight finds a light-verb cue at i: a light verb, up to three
// determiners, adjectives or adverbs, an attribution noun and a
// preposition or "that" ("made these same allegations against", "raised
// new questions about", "cast doubt on"). The cue's form has the noun as
// its lemma and counts as a stance.
func cueLight(toks []claimTok, a, b, i int) (claimCue, bool) {
	lx := cueLexicon()
	t := toks[i]
	vf, ok := lx.light[t.lower]
	if !ok || !strings.HasPrefix(t.tag, "VB") || vf.ing && (i == a || toks[i-1].text != ",") {
		return claimCue{}, false
	}
	for j := i + 1; j < b && j <= i+5; j++ {
		w := toks[j]
		if w.span >= 0 {
			return claimCue{}, false
		}
		if lx.attrNouns[w.lower] && strings.HasPrefix(w.tag, "NN") {
			if j+1 >= b || !cueLightPreps[toks[j+1].lower] {
				return claimCue{}, false
			}
			c := claimCue{kind: cueVerb, start: i, end: j + 2, verb: i, form: cueVerbForm{lemma: w.lower, class: cueBelief}}
			if toks[j+1].lower == "that" {
				c.end = j + 1 // the that-clause is the content
			}
			c.start = claimVerbGroupStart(toks, a, c.start)
			return c, true
		}
		switch w.tag {
		case "DT", "JJ", "JJR", "JJS", "RB", "PRP$", "CD":
		default:
			return claimCue{}, false
		}
	}
	return claimCue{}, false
}

// cueAdjective finds an adjective cue at i: a form of "be" (or "remain",
// "seem"), an optional adverb, an adjective of cueAdjectives and its
// preposition.
func cueAdjective(toks []claimTok, a, b, i int) (claimCue, bool) {
	t := toks[i]
	if t.span >= 0 || !(cueBeForms[t.lower] && t.lower != "being" && t.lower != "be" || t.lower == "remain" || t.lower == "remains" || t.lower == "remained") {
		return claimCue{}, false
	}
	j := i + 1
	for j < b && toks[j].tag == "RB" && toks[j].span < 0 && j <= i+2 {
		j++
	}
	if j+1 >= b || toks[j].span >= 0 {
		return claimCue{}, false
	}
	preps, ok := cueAdjectives[toks[j].lower]
	if !ok || !preps[toks[j+1].lower] {
		return claimCue{}, false
	}
	c := claimCue{kind: cueVerb, start: i, end: j + 2, verb: i, form: cueVerbForm{lemma: toks[j].lower, class: cueBelief}}
	if toks[j+1].lower == "that" || toks[j+1].lower == "to" {
		c.end = j + 1 // the clause is the content
	}
	c.start = claimVerbGroupStart(toks, a, c.start)
	return c, true
}

// claimSaidPluralDeterminers open a noun phrase that can be the object of
// a bare verb: "voters support a ban", "most say the".
var claimSaidPluralDeterminers = map[string]bool{
	"a": true, "an": true, "the": true, "this": true, "that": true, "these": true, "those": true,
	"his": true, "her": true, "their": true, "its": true, "our": true, "my": true, "your": true,
	"some": true, "more": true, "any": true, "no": true, "him": true, "them": true, "it": true,
}

// claimSaidPluralBase reports whether a bare cue verb the tagger read as
// a noun is the verb of a plural subject: "students polled support
// Clinton", "about three-quarters support a ban", "did most Republicans
// support deportation". The word before is a plural noun or a past
// participle after one, and the word after opens an object (a
// determiner, a name, a pronoun, "that", an adverb or a gerund), not a
// noun of a compound ("voters support group") or a preposition.
func claimSaidPluralBase(toks []claimTok, a, i int, vf cueVerbForm) bool {
	if !vf.base || i-1 < a || i+1 >= len(toks) || toks[i].upper {
		return false
	}
	p, n := toks[i-1], toks[i+1]
	plural := p.tag == "NNS" || p.tag == "NNPS" || spkQuantHeads[p.lower] && p.lower != "one" && p.lower != "another" && p.lower != "each"
	if !plural && (p.tag == "VBD" || p.tag == "VBN") && strings.HasSuffix(p.lower, "ed") && i-2 >= a {
		plural = toks[i-2].tag == "NNS" || toks[i-2].tag == "NNPS" // "students polled support"
	}
	// A share: "64 percent call him", "six in 10 say".
	if !plural && i-2 >= a && (p.lower == "percent" || p.text == "%") && toks[i-2].tag == "CD" {
		plural = true
	}
	if !plural && i-3 >= a && p.tag == "CD" && toks[i-2].lower == "in" && (toks[i-3].tag == "CD" || claimSaidNumberWords[toks[i-3].lower]) {
		plural = true
	}
	if !plural || n.span >= 0 && n.quote == claimQuoteNone {
		return false
	}
	// "…, new reports show." closing a sentence.
	end := (n.text == "." || n.text == ",") && claimSaidAsideBase[vf.lemma]
	return end || claimSaidPluralDeterminers[n.lower] || claimSaidSubjectPronouns[n.lower] || n.tag == "NNP" && n.upper || n.tag == "VBG" || n.tag == "CD" ||
		n.tag == "RB" && strings.HasSuffix(n.lower, "ly") || claimSaidPluralLead(toks, a, i)
}

// claimSaidNumberWords are the spelled-out numbers of a share ("six in
// 10", "one in five") that the tagger may read as names.
var claimSaidNumberWords = map[string]bool{
	"one": true, "two": true, "three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true, "nine": true,
}

// claimSaidSubjectPronouns open the clause after a bare verb of saying
// or thinking: "most say they", "six in 10 say he".
var claimSaidSubjectPronouns = map[string]bool{"he": true, "she": true, "they": true, "we": true, "i": true, "you": true}

// claimSaidPluralLead reports whether the plural subject before the bare
// cue verb at i opens its unit, past a quantifier or determiner
// ("Millennials support background checks", "Most voters oppose
// tax hikes"), and a noun follows the verb with no finite verb after it
// in the clause: a noun-noun compound there would leave the sentence
// without a verb.
func claimSaidPluralLead(toks []claimTok, a, i int) bool {
	n := toks[i+1]
	if !(n.tag == "NN" || n.tag == "NNS") || n.upper {
		return false
	}
	// A finite verb later in the clause is the subject's own: "voters
	// support groups in the county have grown".
	for j := i + 2; j < len(toks) && toks[j].span < 0; j++ {
		t := toks[j]
		if t.text == "." || t.text == ";" || t.text == "," || t.tag == "WDT" || t.tag == "WP" || t.lower == "that" {
			break
		}
		if t.tag == "VBP" || t.tag == "VBZ" || t.tag == "VBD" || t.tag == "MD" {
			return false
		}
	}
	k := i - 1
	for k-1 >= a && (toks[k-1].tag == "JJ" || toks[k-1].tag == "JJS" || toks[k-1].tag == "DT" || toks[k-1].tag == "CD") && toks[k-1].span < 0 {
		k--
	}
	return k == a || k-1 >= a && !toks[k-1].word && toks[k-1].text != "'" && toks[k-1].text != "’" && toks[k-1].span < 0
}

// claimSaidMediumSubjectVerbs are verbs whose subject is often a document
// ("the report said, citing …", "the memo warned, …"), unlike the verbs of
// sending in "a message posted Friday".
var claimSaidMediumSubjectVerbs = map[string]bool{
	"say": true, "write": true, "find": true, "conclude": true, "note": true, "state": true, "warn": true, "argue": true, "claim": true, "allege": true,
}

// claimSaidNegClitic are the spellings of the clitic "not" that the
// tokenizer splits off ("does|n’t think"); like "not" they belong to the
// cue.
// "cannot" is one token the tagger may misread ("cannot/NNS").
var claimSaidNegClitic = map[string]bool{"n't": true, "n’t": true, "cannot": true}

// claimSaidParticles are particles of cue verbs beyond the phrasal
// lexicon: "believe in".
var claimSaidParticles = map[string]map[string]bool{
	"believe": {"in": true},
}

// claimSaidAsideBase are the bare cue verbs that close a sentence after a
// plural subject: "…, new reports show."
var claimSaidAsideBase = map[string]bool{"show": true, "suggest": true, "indicate": true}

// cueListedParticiple reports whether a participle cue at i stands where
// only a verb stands: after a comma past adverbs or a closing quotation,
// coordinated with an earlier participle, in a progressive, with its own
// subject after "with", or before a complement clause.
func cueListedParticiple(toks []claimTok, a, i int) bool {
	return cueListedCommaBefore(toks, a, i) || cueListedAndIng(toks, a, i) || claimCoordIngAfter(toks, a, i) || cueListedBeBefore(toks, a, i) ||
		cueListedWithSubject(toks, a, i) >= 0 || cueListedClauseNext(toks, i)
}

// cueListedCommaBefore reports whether a participle cue at i follows a
// comma, past adverbs ("…, eventually saying", "…, instead seeking") and
// past a quotation closing on its comma ("“…expanded the party,” claiming
// …"), as American punctuation puts the comma inside the marks.
func cueListedCommaBefore(toks []claimTok, a, i int) bool {
	k := i - 1
	for n := 0; n < 2 && k >= a && toks[k].span < 0 && strings.HasPrefix(toks[k].tag, "RB") && toks[k].word; n++ {
		k--
	}
	if k < a {
		return false
	}
	if toks[k].text == "," && toks[k].span < 0 {
		return true
	}
	// A closing mark with a comma just inside it.
	return k-1 >= a && toks[k].quote != claimQuoteNone && toks[k].span >= 0 && !claimOpens(toks, k) &&
		toks[k-1].text == "," && toks[k-1].span == toks[k].span
}

// cueListedAndIng reports whether a participle cue at i follows "and"
// or "but" and is coordinated with an earlier participle that itself
// follows a comma or a form of "be": "…, holding signs and chanting …", "is
// breaking her silence and talking up …". No finite verb lies between
// the two participles.
func cueListedAndIng(toks []claimTok, a, i int) bool {
	k := i - 1
	for k > a && toks[k].span < 0 && strings.HasPrefix(toks[k].tag, "RB") && toks[k].word {
		k--
	}
	if k <= a || toks[k].lower != "and" && toks[k].lower != "but" || toks[k].span >= 0 {
		return false
	}
	for j := k - 1; j >= a; j-- {
		t := toks[j]
		if t.span >= 0 {
			continue
		}
		if t.tag == "VBD" || t.tag == "VBZ" || t.tag == "VBP" || t.tag == "MD" || t.lower == "that" || t.tag == "WDT" || t.tag == "WP" {
			return false
		}
		if t.tag != "VBG" {
			continue
		}
		p := j - 1
		for p >= a && toks[p].span < 0 && strings.HasPrefix(toks[p].tag, "RB") && toks[p].word {
			p--
		}
		return p >= a && (cueBeForms[toks[p].lower] || cueListedCommaBefore(toks, a, j))
	}
	return false
}

// cueListedBeBefore reports whether a participle cue at i is progressive
// past any adverbs: "are increasingly admitting", "is now calling",
// "aren't planning", "has been aggressively pushing".
func cueListedBeBefore(toks []claimTok, a, i int) bool {
	k := i - 1
	for n := 0; n < 3 && k > a && toks[k].span < 0 && (strings.HasPrefix(toks[k].tag, "RB") || claimSaidNegClitic[toks[k].lower]); n++ {
		k--
	}
	return k >= a && k < i-1 && toks[k].span < 0 && (cueBeForms[toks[k].lower] && toks[k].lower != "being" || toks[k].lower == "been")
}

// cueListedWithSubject returns the index of "with" when a participle cue
// at i has its own subject in an absolute phrase after "with": "with 30
// percent of voters saying …", "with Sen. John McCain calling it …",
// "with Cruz recently promising …"; -1 if none. The noun phrase after
// "with" must end right where the participle's adverbs start, and
// "with" must open the sentence or follow a comma or dash.
func cueListedWithSubject(toks []claimTok, a, i int) int {
	v := i
	for v-1 > a && toks[v-1].span < 0 && strings.HasPrefix(toks[v-1].tag, "RB") && toks[v-1].word {
		v--
	}
	for w := v - 2; w >= a && w >= v-14; w-- {
		t := toks[w]
		if t.span >= 0 || !t.word && t.text != "-" && t.text != "%" || strings.HasPrefix(t.tag, "VB") || t.tag == "MD" {
			return -1
		}
		if t.lower != "with" {
			continue
		}
		// The phrase opens its clause: "…, with X saying", not "replaced
		// it with language calling for". claims_ing.go: claimIng2WithLead,
		// claimIng2WithSubject.
		lead := w == a || toks[w-1].span < 0 && (toks[w-1].text == "," || claimDashes[toks[w-1].text]) || claimIng2WithLead(toks, w, v)
		if e, ok := spkChunkRight(toks, w+1, v); (ok && e == v || claimIng2WithSubject(toks, w+1, v)) && lead {
			return w
		}
		return -1
	}
	return -1
}

// cueListedClauseNext reports whether a participle cue at i takes a
// finite complement clause right after it ("showing that …", "outlining
// how …", "deciding whether …"), which only a verb use does.
func cueListedClauseNext(toks []claimTok, i int) bool {
	if i+2 >= len(toks) || toks[i+1].span >= 0 {
		return false
	}
	switch n := toks[i+1]; n.lower {
	case "that":
		return n.tag == "IN" && claimSubjectVerb(toks, i+2, len(toks))
	case "whether", "how", "why":
		return toks[i+2].lower != "to" // "learning how to …" is rarely a report
	}
	return false
}
