package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/tag"
)

// claimRetagFunction are closed-class words that a Title Case headline
// capitalizes but a sentence writes in lower case.
var claimRetagFunction = map[string]bool{
	"a": true, "an": true, "the": true, "of": true, "in": true, "on": true, "for": true, "to": true, "and": true,
	"or": true, "but": true, "at": true, "by": true, "with": true, "as": true, "from": true, "into": true, "over": true,
	"about": true, "after": true, "before": true, "against": true, "is": true, "are": true, "was": true, "were": true,
	"be": true, "been": true, "has": true, "have": true, "had": true, "will": true, "would": true, "could": true,
	"should": true, "might": true, "can": true, "not": true, "his": true, "her": true, "their": true,
	"its": true, "he": true, "she": true, "they": true, "it": true, "we": true, "this": true, "that": true, "these": true,
	"those": true, "who": true, "what": true, "why": true, "how": true, "when": true, "just": true, "now": true,
	"does": true, "do": true, "did": true, "says": true, "said": true, "up": true, "out": true, "off": true,
}

// claimRetagWords records how an article writes its words (lower-cased
// keys): which occur in lower case, and which occur capitalized right
// after a lower-case word, so as a name inside a sentence rather than in
// a Title Case headline.
type claimRetagWords struct {
	lower, name map[string]bool
}

// claimRetagCommon returns a report of whether text writes a lower-case
// word as a common word: in lower case somewhere and never as a name
// inside a sentence. The word sets are built on the first call, which
// happens only for an article with a Title Case headline.
func claimRetagCommon(text string) func(string) bool {
	var ws *claimRetagWords
	return func(w string) bool {
		if ws == nil {
			ws = &claimRetagWords{lower: map[string]bool{}, name: map[string]bool{}}
			prevLower := false
			for _, f := range strings.FieldsFunc(text, func(r rune) bool {
				return !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' && r != '.' && r != ','
			}) {
				end := strings.TrimRight(f, ".,")
				word := strings.ToLower(strings.ReplaceAll(end, "’", "'"))
				r, _ := utf8.DecodeRuneInString(end)
				switch {
				case unicode.IsLower(r):
					ws.lower[word] = true
				case unicode.IsUpper(r) && prevLower:
					ws.name[word] = true
				}
				prevLower = unicode.IsLower(r) && len(end) == len(f)
			}
		}
		w = strings.ReplaceAll(w, "’", "'")
		return ws.lower[w] && !ws.name[w]
	}
}

// claimRetag tags the tokens of one sentence unit and repairs the tags
// of cue verbs that prose's tagger reads as nouns (claimRetagVerbs). A
// Title Case headline ("New Poll Shows Bump For Clinton") is also tagged
// as its sentence-cased copy ("New poll shows bump for Clinton"): every
// capitalized word but the first is written in lower case when the
// article writes it as a common word (isCommon), or it is a function
// word or a listed cue. The copy has the same tokens, so its
// tags map back one to one; the words it reads as verbs take its tags,
// the others keep the headline's own (names stay NNP).
func claimRetag(tagger *tag.Tagger, toks []claimTok, isCommon func(string) bool) {
	title := cueTitleCase(toks, 0, len(toks))
	defer func() {
		if !title {
			claimRetagName(toks)
		}
		claimRetagVerbs(toks, title)
		claimChainRetagPlural(toks)        // claims_chain.go
		claimChain2RetagVerbs(toks, title) // claims_chain2.go
	}()
	if !title || claimRetagAllCaps(toks) {
		claimTag(tagger, toks)
		return
	}
	lx := cueLexicon()
	cp := make([]claimTok, len(toks))
	copy(cp, toks)
	first := true
	for k := range cp {
		t := &cp[k]
		if !t.word || t.span >= 0 {
			continue
		}
		if first {
			first = false
			continue
		}
		if !t.upper {
			continue
		}
		_, isVerb := lx.verbs[t.lower]
		_, isLight := lx.light[t.lower]
		if claimRetagFunction[t.lower] || isVerb || isLight || isCommon(t.lower) {
			t.text = t.lower
		}
	}
	claimTag(tagger, cp)
	claimTag(tagger, toks)
	for k := range toks {
		if strings.HasPrefix(cp[k].tag, "VB") || cp[k].tag == "MD" {
			toks[k].tag = cp[k].tag
		}
	}
}

// claimRetagSubjects are the subject pronouns that open a clause.
var claimRetagSubjects = map[string]bool{"he": true, "she": true, "it": true, "they": true, "we": true, "i": true, "you": true}

// claimRetagInfVerbs are the cue verbs that take a bare infinitive
// ("plans to run", "hopes to win"); a plural noun before "to" and a verb
// is usually the noun of an infinitive of purpose ("attacks to renew").
var claimRetagInfVerbs = map[string]bool{
	"plan": true, "hope": true, "claim": true, "promise": true, "vow": true, "pledge": true, "threaten": true,
	"seek": true, "want": true, "refuse": true, "decline": true, "intend": true, "expect": true, "agree": true,
	"offer": true, "aim": true, "vote": true, "wish": true, "decide": true, "propose": true, "demand": true,
	"fear": true, "prefer": true, "need": true, "swear": true,
}

// claimRetagObjects are object pronouns, which follow a verb but never a
// plural noun: "and tells them why".
var claimRetagObjects = map[string]bool{
	"him": true, "them": true, "us": true, "me": true, "himself": true, "herself": true, "themselves": true, "itself": true,
}

// claimRetagTimeWords are nouns of time that follow a plural noun
// without making it a verb ("the attacks this week", "posts Sunday").
var claimRetagTimeWords = map[string]bool{
	"this": true, "last": true, "next": true, "monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true, "today": true, "yesterday": true, "tonight": true,
}

// claimRetagVerbs re-tags as VBZ each listed third-person cue form
// ("notes", "shows", "claims") that the tagger reads as a noun where
// only a verb can stand: after a subject (a noun or a subject pronoun)
// and before the start of its complement.
func claimRetagVerbs(toks []claimTok, title bool) {
	lx := cueLexicon()
	for i := range toks {
		t := toks[i]
		if !t.word || t.span >= 0 || !strings.HasPrefix(t.tag, "NN") {
			continue
		}
		vf, ok := lx.verbs[t.lower]
		if ok && vf.base && !title && claimRetagPluralVerb(toks, i) {
			toks[i].tag = "VBP"
			continue
		}
		if !ok || vf.base || vf.ing || t.lower == "states" || !strings.HasSuffix(t.lower, "s") {
			continue
		}
		if claimRetagSubjectBefore(toks, i, title) && claimRetagComplementAfter(toks, i, vf, title) {
			toks[i].tag = "VBZ"
		}
	}
}

// claimRetagPluralVerb reports whether the bare cue form at i stands
// between a plural subject and a clause or possessive that only a verb
// takes: "the Germans announce they …", "They state their goal …".
func claimRetagPluralVerb(toks []claimTok, i int) bool {
	if i == 0 || i+1 >= len(toks) || toks[i-1].span >= 0 {
		return false
	}
	p, n := toks[i-1], toks[i+1]
	if !(p.tag == "NNS" || p.tag == "NNPS" || p.lower == "they" || p.lower == "we") || i >= 2 && (toks[i-2].tag == "POS" || toks[i-2].tag == "PRP$") {
		return false
	}
	if n.lower == "that" {
		return i+2 < len(toks) && claimRetagSubjects[toks[i+2].lower]
	}
	return claimRetagSubjects[n.lower] || n.tag == "PRP$"
}

// claimRetagSubjectBefore reports whether the word before i can end the
// subject of a verb at i: a noun or "he", "she", "it"; in a Title Case
// headline also a colon ("Clinton Wades In: Urges Britain to …").
func claimRetagSubjectBefore(toks []claimTok, i int, title bool) bool {
	if i == 0 {
		return false
	}
	p := toks[i-1]
	if p.span >= 0 {
		return false
	}
	// "Sanders often questions", "and tells them": an adverb after a
	// subject, or a second verb after "and" before an object pronoun.
	if p.tag == "RB" && strings.HasSuffix(p.lower, "ly") || p.lower == "often" || p.lower == "also" {
		return i >= 2 && (strings.HasPrefix(toks[i-2].tag, "NN") || toks[i-2].lower == "he" || toks[i-2].lower == "she")
	}
	if p.lower == "and" {
		return i+1 < len(toks) && claimRetagObjects[toks[i+1].lower]
	}
	if title && p.text == ":" {
		return true
	}
	if p.lower == "he" || p.lower == "she" || p.lower == "it" {
		return true
	}
	if !strings.HasPrefix(p.tag, "NN") || !p.word {
		return false
	}
	// "the company's reports", "his reports": not after a possessive.
	if i >= 2 && (toks[i-2].tag == "POS" || toks[i-2].tag == "PRP$") && p.tag != "NNP" {
		return false
	}
	return true
}

// claimRetagComplementAfter reports whether the words after i start what
// follows a reporting verb and cannot follow a plural noun: a
// that-clause with its subject, a subject pronoun, a determiner, a name
// after a common noun, a quotation or colon, "to" with a bare verb, the
// verb's particle ("refers to", "hints at"), or the end of a sentence
// whose content came first ("…, a new analysis shows.").
func claimRetagComplementAfter(toks []claimTok, i int, vf cueVerbForm, title bool) bool {
	if i+1 >= len(toks) {
		return claimRetagTrailing(toks, i)
	}
	n := toks[i+1]
	var n2 claimTok
	if i+2 < len(toks) {
		n2 = toks[i+2]
	}
	switch {
	case n.quote == claimQuoteOpen || n.text == ":":
		return true
	case n.lower == "that":
		return n2.word && !strings.HasPrefix(n2.tag, "VB") && n2.tag != "MD"
	case claimRetagSubjects[n.lower] || claimRetagObjects[n.lower]:
		// Not before the pronoun's own cue: "business ventures, she added".
		_, cue := cueLexicon().verbs[n2.lower]
		return !(claimRetagSubjects[n.lower] && cue && !strings.HasSuffix(n2.lower, "ing"))
	case claimRetagTimeWords[n.lower]:
		return false
	case n.tag == "DT" || n.tag == "PRP$":
		return n.lower != "that"
	case n.tag == "NNP" || n.tag == "NNPS" || n.upper && strings.HasPrefix(n.tag, "VB"):
		return strings.HasPrefix(toks[i-1].tag, "NN") && toks[i-1].tag != "NNP" && toks[i-1].tag != "NNPS" || title || toks[i-1].lower == "he" || toks[i-1].lower == "she"
	case n.lower == "to":
		// "plans to run"; "talks to Kelly" (the tagger reads some names
		// as verbs); "refers to the islands".
		return n2.tag == "VB" && (n2.upper || claimRetagInfVerbs[vf.lemma]) || cueLexicon().phrasal[vf.lemma]["to"] && toks[i-1].tag == "NNP"
	case n.text == "." || n.text == "!" || n.text == ";":
		return claimRetagTrailing(toks, i)
	}
	return cueLexicon().phrasal[vf.lemma][n.lower] && (toks[i-1].tag == "NNP" || toks[i-1].lower == "he" || toks[i-1].lower == "she")
}

// claimRetagTrailing reports whether the verb at i ends its sentence
// after a subject that follows a comma: "…, a new poll of voters shows."
// The subject may hold nouns, adjectives, determiners, prepositions and
// participles but no finite verb.
func claimRetagTrailing(toks []claimTok, i int) bool {
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		t := toks[k]
		if t.text == "," || k > 0 && toks[k-1].text == "," && t.quote != claimQuoteNone && t.quote != claimQuoteOpen {
			return k < i-1 // "…,’ the board finds."
		}
		if t.span >= 0 {
			return false
		}
		switch t.tag {
		case "VBD", "VBZ", "VBP", "MD", "WDT", "WP", "CC":
			return false
		}
		if !t.word && t.text != "-" && t.text != "’s" && t.text != "'s" {
			return false
		}
	}
	return false
}

// claimRetagAllCaps reports whether a third of the words of the unit, and
// at least three, are written in capitals ("IOWA POLLS NOT WRONG"): such
// a line is a label or a kicker, which a sentence-cased copy does not
// help the tagger read.
func claimRetagAllCaps(toks []claimTok) bool {
	words, caps := 0, 0
	for _, t := range toks {
		if !t.word || t.span >= 0 {
			continue
		}
		words++
		if len(t.text) > 1 && strings.ToUpper(t.text) == t.text && strings.ToLower(t.text) != t.text {
			caps++
		}
	}
	return caps >= 3 && caps*3 >= words
}

// claimRetagNameClosed are capitalized words that open a sentence as a
// function word or a sentence adverb, never as a name: pronouns,
// determiners, conjunctions, prepositions and the common adverbs.
var claimRetagNameClosed = map[string]bool{
	"i": true, "you": true, "he": true, "she": true, "it": true, "we": true, "they": true, "this": true, "that": true,
	"these": true, "those": true, "there": true, "here": true, "who": true, "what": true, "which": true, "when": true,
	"where": true, "why": true, "how": true, "a": true, "an": true, "the": true, "some": true, "many": true,
	"most": true, "few": true, "all": true, "both": true, "each": true, "every": true, "several": true, "no": true,
	"none": true, "one": true, "others": true, "another": true, "such": true, "and": true, "but": true, "or": true,
	"nor": true, "so": true, "yet": true, "for": true, "if": true, "because": true, "although": true, "though": true,
	"while": true, "as": true, "since": true, "unless": true, "until": true, "in": true, "on": true, "at": true,
	"by": true, "with": true, "from": true, "after": true, "before": true, "during": true, "of": true, "to": true,
	"however": true, "still": true, "meanwhile": true, "then": true, "now": true, "also": true, "later": true,
	"instead": true, "indeed": true, "moreover": true, "thus": true, "hence": true, "therefore": true,
	"again": true, "once": true, "often": true, "even": true, "only": true, "just": true, "never": true,
	"always": true, "perhaps": true, "maybe": true, "finally": true, "first": true, "last": true, "next": true,
	"earlier": true, "recently": true, "previously": true, "separately": true, "similarly": true, "likewise": true,
	"nevertheless": true, "nonetheless": true, "otherwise": true, "besides": true, "further": true, "furthermore": true,
	"not": true, "nobody": true, "everyone": true, "someone": true, "anyone": true, "nothing": true, "everything": true,
	"something": true, "whoever": true, "whatever": true, "officials": true, "critics": true, "experts": true,
	"analysts": true, "supporters": true, "opponents": true, "sources": true, "police": true, "authorities": true,
	"observers": true, "democrats": true, "republicans": true, "voters": true, "people": true, "having": true,
	"being": true, "neither": true, "either": true, "other": true, "current": true, "new": true, "former": true,
	"republican": true, "democratic": true, "conservative": true, "liberal": true, "federal": true, "national": true,
}

// claimRetagName re-tags as NNP a capitalized word that opens a clause
// (the unit's first word, or the first after a comma or a closing
// quotation mark) when the tagger reads it as an adverb, adjective or
// verb but a listed third-person or past cue form follows it, not
// followed by a comma: "Early described it as …", "Schilling describes
// himself as …". A following cue read as a plural noun becomes VBZ.
func claimRetagName(toks []claimTok) {
	lx := cueLexicon()
	first := true
	for i := 0; i+1 < len(toks); i++ {
		t := toks[i]
		open := first
		if t.word {
			first = false
		}
		if !t.word || !t.upper || t.span >= 0 || !open && !claimRetagNameAfterBreak(toks, i) {
			continue
		}
		if !claimRetagNameTag(t.tag) || claimRetagNameClosed[t.lower] || !claimRetagNameLetters(t.text) {
			continue
		}
		n := toks[i+1]
		vf, ok := lx.verbs[n.lower]
		if !ok || vf.base || vf.ing || n.span >= 0 || !(n.tag == "VBD" || n.tag == "VBN" || n.tag == "VBZ" || n.tag == "NNS" && strings.HasSuffix(n.lower, "s")) {
			continue
		}
		if i+2 < len(toks) && toks[i+2].text == "," {
			continue
		}
		// "Widely reported in May, …": a participle opens a clause with a
		// subject only before a verb's complement or "to" ("Fillmore sought to").
		if n.tag == "VBN" && !claimRetagNameComplement(toks, i+2) && !(i+2 < len(toks) && toks[i+2].lower == "to") {
			continue
		}
		// "Harsh comments", "Initial estimates": an adjective before a
		// plural noun; a noun-tagged cue needs a verb's complement after it.
		if n.tag == "NNS" && (strings.HasPrefix(t.tag, "JJ") || !claimRetagNameComplement(toks, i+2)) {
			continue
		}
		toks[i].tag = "NNP"
		if n.tag == "NNS" {
			toks[i+1].tag = "VBZ"
		}
	}
}

// claimRetagNameAfterBreak reports whether the word at i follows a comma
// or a closing quotation mark, outside any quotation.
func claimRetagNameAfterBreak(toks []claimTok, i int) bool {
	if i == 0 {
		return false
	}
	p := toks[i-1]
	return p.span < 0 && p.text == "," || p.quote == claimQuoteClose || p.quote == claimQuoteAmbiguous && i >= 2 && toks[i-2].text == ","
}

// claimRetagNameTag reports whether tag is one the tagger gives a name
// it does not know: an adverb, adjective or verb.
func claimRetagNameTag(tag string) bool {
	switch tag {
	case "RB", "RBR", "RBS", "JJ", "JJR", "JJS", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ":
		return true
	}
	return false
}

// claimRetagNameLetters reports whether w is a word of letters (with a
// hyphen or apostrophe) in Title case, not in capitals.
func claimRetagNameLetters(w string) bool {
	if len(w) < 2 || strings.ToUpper(w) == w {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' {
			return false
		}
	}
	return true
}

// claimRetagNameComplement reports whether the word at k starts what only
// a verb takes: a pronoun, "that", a determiner, a possessive or a
// quotation.
func claimRetagNameComplement(toks []claimTok, k int) bool {
	if k >= len(toks) {
		return false
	}
	n := toks[k]
	return claimRetagSubjects[n.lower] || claimRetagObjects[n.lower] || n.lower == "that" || n.tag == "DT" || n.tag == "PRP$" || n.quote == claimQuoteOpen
}
