package extract

import "strings"

// Cues hidden behind a long aside or a coordination: a finite cue verb
// whose subject stands before an aside set off by commas that is no
// noun-phrase apposition ("Ted Cruz, when asked what was wrong,
// responded that …", "The Obama administration, in a far-reaching
// effort to …, has said …").

// claimChain3AsideMax is the longest aside, in tokens, that
// claimChain3AsideSubject passes between a subject and its verb.
const claimChain3AsideMax = 30

// claimChain3AsideSubject finds the subject of a finite cue verb group
// right after a comma that closes an aside opened by a preposition, a
// subordinator, a wh-word, an adverb or a participle ("Mr. Trump, asked
// about X, had said", "The markets, where traders invest, show …"): the
// subject is the noun phrase that opens the unit (or follows an
// adverbial lead) and ends at the aside's opening comma. The aside may
// hold commas of its own; quotations, colons, semicolons and dashes end
// the search.
func claimChain3AsideSubject(toks []claimTok, ua int, c claimCue) (int, int, bool) {
	comma := c.start - 1
	if c.kind != cueVerb || c.form.ing || comma <= ua || toks[comma].text != "," || toks[comma].span >= 0 {
		return 0, 0, false
	}
	if !claimListedAdverbsOnly(toks, c.start, c.verb) {
		return 0, 0, false
	}
	v := toks[c.verb]
	if !claimListedFinite(v.tag) && !(c.start < c.verb && (claimAuxiliaries[toks[c.start].lower] || toks[c.start].tag == "MD")) {
		return 0, 0, false
	}
	for o := comma - 1; o > ua && comma-o <= claimChain3AsideMax; o-- {
		t := toks[o]
		if t.span >= 0 || t.quote != claimQuoteNone || t.text == ";" || t.text == ":" || t.text == "." || claimDashes[t.text] || t.text == "(" || t.text == ")" {
			return 0, 0, false
		}
		if t.text != "," || o+1 >= comma {
			continue
		}
		if !claimChain3AsideOpens(toks[o+1]) {
			continue
		}
		s, e, ok := spkChunkLeft(toks, ua, o)
		if !ok || e != o || !spkValid(toks, s, e, c.form.class) {
			continue
		}
		if s > ua && !(toks[s-1].text == "," && claimAdverbialLead(toks, ua, s) || s-1 == ua && toks[ua].tag == "CC") {
			continue
		}
		return s, e, true
	}
	return 0, 0, false
}

// claimChain3AsideOpens reports whether an aside between a subject and
// its verb may open with t: a preposition or subordinator, a wh-word,
// "to" ("to his credit"), an adverb, a participle or an adjective ("long
// dismissive of …").
func claimChain3AsideOpens(t claimTok) bool {
	if t.span >= 0 || !t.word {
		return false
	}
	switch t.tag {
	case "IN", "TO", "WRB", "WDT", "WP", "WP$", "VBN", "VBG", "JJ":
		return true
	}
	return strings.HasPrefix(t.tag, "RB")
}
