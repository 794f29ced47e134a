package extract

import (
	"strings"
	"unicode"
)

// This file holds the noun-phrase helpers of the speaker chunker
// (speakers.go): quantifier heads, relative pronouns, reduced relative
// clauses, dash appositions and names broken by mojibake.

// spkQuantHeads are words that head a subject on their own ("many
// said", "a third said", "most of them said", "those surveyed said").
var spkQuantHeads = map[string]bool{
	"many": true, "most": true, "some": true, "several": true, "few": true, "another": true, "each": true,
	"both": true, "all": true, "others": true, "none": true, "half": true, "one": true, "two": true, "three": true,
	"third": true, "thirds": true, "quarter": true, "majority": true, "minority": true, "plurality": true,
	"those": true, "everyone": true, "everybody": true, "nobody": true, "someone": true, "somebody": true,
	"anyone": true, "anybody": true, "either": true, "neither": true, "more": true, "fewer": true,
	// Hyphenated fractions ("two-thirds favor", "about three-quarters
	// support").
	"one-third": true, "two-thirds": true, "one-quarter": true, "three-quarters": true, "one-half": true,
	"three-fourths": true, "one-fourth": true, "one-fifth": true, "two-fifths": true, "three-fifths": true, "four-fifths": true,
}

// spkRelPronouns are the relative pronouns that stand for their
// antecedent as a source ("a group that endorsed", "most of whom said").
var spkRelPronouns = map[string]bool{"who": true, "which": true, "that": true, "whom": true}

// spkAuxiliaries are auxiliaries that may stand before a floating
// quantifier ("have both argued").
var spkAuxiliaries = map[string]bool{
	"have": true, "has": true, "had": true, "will": true, "would": true, "can": true, "could": true, "may": true,
	"might": true, "should": true, "must": true, "do": true, "did": true, "does": true,
}

// spkPostAdverbs are adverbs that may follow a subject's head ("voters
// overall said", "officials here say", "politicians and voters alike").
var spkPostAdverbs = map[string]bool{
	"overall": true, "alike": true, "here": true, "there": true, "nationwide": true, "statewide": true,
	"worldwide": true, "everywhere": true, "together": true,
}

// spkSurveyVerbs are participles of a reduced relative clause after a
// subject ("those surveyed said", "voters polled said").
var spkSurveyVerbs = map[string]bool{
	"surveyed": true, "polled": true, "interviewed": true, "questioned": true, "asked": true, "contacted": true,
	"sampled": true, "quoted": true, "consulted": true, "queried": true,
}

// spkPostPreps are prepositions that open a post-modifier of a subject
// ("officers with no direct knowledge of the case", "Republicans like
// Ryan", "those on the left").
var spkPostPreps = map[string]bool{
	"of": true, "for": true, "at": true, "from": true, "in": true, "with": true, "on": true, "among": true,
	"across": true, "within": true, "around": true, "near": true, "like": true, "by": true, "inside": true,
	"outside": true, "behind": true,
}

// spkContractedAux reports whether token k is a contracted auxiliary
// glued to the pronoun before it ("he’s sought", "We’ve seen").
func spkContractedAux(toks []claimTok, k int) bool {
	if k < 1 || toks[k-1].end != toks[k].start {
		return false
	}
	switch strings.ReplaceAll(toks[k].lower, "’", "'") {
	case "'ve", "'d", "'ll", "'re", "'m":
		return true
	case "'s":
		_, pron := spkPronouns[toks[k-1].lower]
		return pron || toks[k-1].lower == "who" || toks[k-1].lower == "that" || toks[k].tag == "VBZ"
	}
	return false
}

// spkIsDash reports whether a token is a dash that can bracket an
// apposition ("John McCain -- who lost in 2008 -- said").
func spkIsDash(t claimTok) bool {
	switch t.text {
	case "--", "—", "–", "―", "-":
		return t.span < 0
	}
	return false
}

// spkMojibake reports whether a token holds characters that only occur
// in text decoded with the wrong charset ("FranÃ§ois"), or combining
// marks that split a word.
func spkMojibake(t claimTok) bool {
	for _, r := range t.text {
		if r == 'Ã' || r == 'Â' || r >= 0x80 && r <= 0xBF && r != '«' && r != '»' && r != '·' || unicode.Is(unicode.Mn, r) {
			return true
		}
	}
	return false
}

// spkMojibakeGroup returns the first token of the glued run (tokens with
// no space between them) that contains token k, when that run is one
// word broken by mojibake; otherwise k.
func spkMojibakeGroup(toks []claimTok, a, k int) int {
	if s, _, moji := spkGlued(toks, a, k); moji {
		return s
	}
	return k
}

// spkGlued returns the glued run [s, e) of tokens around token k, from
// a on, and whether it is a word broken by mojibake.
func spkGlued(toks []claimTok, a, k int) (int, int, bool) {
	s, e := k, k+1
	for s-1 >= a && toks[s-1].end == toks[s].start && toks[s-1].span < 0 && toks[s-1].text != "(" {
		s--
	}
	for e < len(toks) && toks[e-1].end == toks[e].start && toks[e].span < 0 && toks[e].text != ")" && toks[e].text != "," && toks[e].text != "." {
		e++
	}
	if e-s < 2 {
		return s, e, false
	}
	for i := s; i < e; i++ {
		if spkMojibake(toks[i]) {
			return s, e, true
		}
	}
	return s, e, false
}

// spkDashApposition chunks the subject before a dash-bracketed
// apposition that ends at the dash j: "Kall -- co-editor of a book --
// said". It returns the subject phrase.
func spkDashApposition(toks []claimTok, a, j int) (int, int, bool) {
	for p := j - 1; p > a && j-p < 40; p-- {
		t := toks[p]
		if t.span >= 0 || t.text == ";" || t.text == "." {
			return 0, 0, false
		}
		if t.text != toks[j].text {
			continue
		}
		if p+1 >= j-1 {
			return 0, 0, false
		}
		s, e, ok := spkChunkLeft(toks, a, p)
		if !ok || e != p {
			return 0, 0, false
		}
		return s, e, true
	}
	return 0, 0, false
}

// spkQuantOf extends a head "them", "whom" or "those" after "of" to its
// quantifier: "most of them", "two of whom", "31 percent of those". It
// returns the start of the quantifier phrase, or -1.
func spkQuantOf(toks []claimTok, a, j int) int {
	if j-2 < a || toks[j-1].lower != "of" {
		return -1
	}
	q := toks[j-2]
	if spkQuantHeads[q.lower] || q.tag == "CD" || strings.HasPrefix(q.tag, "NN") && !q.upper {
		k := j - 2
		for k-1 >= a && (toks[k-1].lower == "a" || toks[k-1].lower == "the" || toks[k-1].tag == "CD" || toks[k-1].lower == "as" && k-2 >= a && toks[k-2].lower == "many") {
			k--
		}
		return k
	}
	return -1
}

// spkAppositionAdverbs are adverbs that open an apposition ("Lewandowski,
// now a paid commentator, said").
var spkAppositionAdverbs = map[string]bool{"now": true, "also": true, "then": true, "once": true, "himself": true, "herself": true}

// spkAppositionOpener reports whether token k opens a non-restrictive
// clause or phrase after a common-noun subject: a relative pronoun,
// "including", "like", a participle or an adverb such as "now".
func spkAppositionOpener(toks []claimTok, k int) bool {
	t := toks[k]
	switch t.lower {
	case "who", "whose", "which", "including", "like", "such", "especially", "many", "most", "some", "all", "both":
		return true
	}
	return t.tag == "VBN" || spkAppositionAdverbs[t.lower]
}

// spkInApposition reports whether the clause from token k closes with a
// comma followed by a reporting verb within a few words: "…, who asked
// not to be named, said …".
func spkInApposition(toks []claimTok, k int) bool {
	for i := k; i < len(toks) && i < k+14; i++ {
		t := toks[i]
		if t.span >= 0 || t.text == "." || t.text == ";" || t.text == ":" {
			return false
		}
		if t.text == "," && i+1 < len(toks) {
			vf, ok := cueLexicon().verbs[toks[i+1].lower]
			return ok && vf.class == cueSpeech && !vf.ing && !vf.base
		}
	}
	return false
}

// spkShortQuoteStart returns the index of the opening mark of the short
// quotation (at most six words, a title or nickname) that holds token k,
// or -1 when k is in no such quotation within [a, k].
func spkShortQuoteStart(toks []claimTok, a, k int) int {
	sp := toks[k].span
	if sp < 0 {
		return -1
	}
	words := 0
	if toks[k].word {
		words++
	}
	for i := k - 1; i >= a; i-- {
		if toks[i].span != sp {
			return -1
		}
		if toks[i].word {
			words++
		}
		if words > 6 {
			return -1
		}
		if toks[i].quote != claimQuoteNone {
			if words == 0 {
				return -1
			}
			return i
		}
	}
	return -1
}

// spkTimePreps are prepositions of time, whose object is an event or a
// period, never a source.
var spkTimePreps = map[string]bool{"after": true, "before": true, "since": true, "during": true, "until": true, "following": true}

// spkAgeNoun reports whether a token is an age used as a noun ("the
// 46-year-old said"), which the tagger reads as an adjective.
func spkAgeNoun(t claimTok) bool {
	return strings.HasSuffix(t.lower, "-year-old") || strings.HasSuffix(t.lower, "-year-olds")
}

// spkCloseToPronoun returns the start of a subject whose post-modifier
// ends in the pronoun at j: "a source close to him", "those familiar
// with her thinking" has its own head, "people close to them". The
// pronoun is an object after "close to" or "familiar with".
func spkCloseToPronoun(toks []claimTok, a, j int) (int, bool) {
	if j-3 < a || toks[j-1].span >= 0 || toks[j-2].span >= 0 {
		return 0, false
	}
	switch toks[j].lower {
	case "him", "her", "them", "us", "me":
	default:
		return 0, false
	}
	prep, adj := toks[j-1].lower, toks[j-2].lower
	if !(prep == "to" && adj == "close" || prep == "with" && adj == "familiar") {
		return 0, false
	}
	h := toks[j-3]
	if h.span >= 0 || !(strings.HasPrefix(h.tag, "NN") && !h.upper || spkQuantHeads[h.lower]) {
		return 0, false
	}
	return spkChunkWalk(toks, a, j, j), true
}

// spkAndOther reports whether the "and" at p joins a named or common
// noun phrase to "other …" or "others", which always coordinate one
// phrase: "tallies by the agency and other trackers".
func spkAndOther(toks []claimTok, a, p, k int) bool {
	return p-1 >= a && toks[p-1].word && toks[p-1].span < 0 && (spkIsNounTag(toks[p-1].tag) || toks[p-1].upper) &&
		(toks[k].lower == "other" || toks[k].lower == "others") && k == p+1
}

// spkShareWords are spelled-out numbers that open a share ("six in 10").
var spkShareWords = map[string]bool{
	"one": true, "two": true, "three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true, "nine": true, "ten": true,
}

// spkShareLeft returns the start of a share "N in M" that ends at token
// j ("six in 10", "4 in 10", "about one in five"), which the date rules
// would otherwise read as "in 10".
func spkShareLeft(toks []claimTok, a, j int) (int, bool) {
	if j-2 < a || toks[j-1].lower != "in" || toks[j-1].span >= 0 || toks[j-2].span >= 0 {
		return 0, false
	}
	m, n := toks[j], toks[j-2]
	if !(m.tag == "CD" || spkShareWords[m.lower]) || !(n.tag == "CD" || spkShareWords[n.lower]) {
		return 0, false
	}
	k := j - 2
	for k-1 >= a && toks[k-1].span < 0 && (toks[k-1].lower == "about" || toks[k-1].lower == "nearly" || toks[k-1].lower == "roughly" ||
		toks[k-1].lower == "almost" || toks[k-1].lower == "only" || toks[k-1].lower == "just") {
		k--
	}
	return k, true
}

// spkRestrictiveSubject returns the start of a subject whose restrictive
// relative clause ends right before the chunk [ls, …): in "Experts who
// study the region said" the chunk left of the cue is "the region", the
// relative clause's object, and the source is "Experts who study the
// region". The relative clause has one verb (an adverb may precede it),
// its pronoun follows a noun without a comma, and it lies after a.
func spkRestrictiveSubject(toks []claimTok, a, ls int) (int, bool) {
	v := ls - 1
	if v-1 <= a || toks[v].span >= 0 || !strings.HasPrefix(toks[v].tag, "VB") || toks[v].tag == "VBG" || toks[v].tag == "VBN" {
		return 0, false
	}
	r := v - 1
	if toks[r].tag == "RB" && r-1 > a {
		r--
	}
	if toks[r].lower != "who" && toks[r].lower != "that" || toks[r].span >= 0 {
		return 0, false
	}
	p := toks[r-1]
	if p.span >= 0 || !(spkIsNounTag(p.tag) && p.tag != "CD" || spkQuantHeads[p.lower] && toks[r].lower == "who") {
		return 0, false
	}
	if spkQuantHeads[p.lower] && (r-2 < a || !toks[r-2].word) {
		return r - 1, true // "Those who watched the debate said"
	}
	s, e, ok := spkChunkLeft(toks, a, r)
	if !ok || e != r {
		return 0, false
	}
	return s, true
}
