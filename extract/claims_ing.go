package extract

import "strings"

// claimIngRelativeSource reports whether the noun phrase [s, e) before a
// reduced-relative participle cue may be its source. Besides the sources
// spkValid takes, a stance participle ("laws restricting …", "ads
// attacking …", "placards supporting …") takes any common noun head: a
// document, a group or a measure holds the stance it is named for.
func claimIngRelativeSource(toks []claimTok, s, e int, c claimCue) bool {
	if spkValid(toks, s, e, c.form.class) {
		return true
	}
	if !c.form.ing || c.form.class != cueBelief || s >= e {
		return false
	}
	head := toks[e-1]
	return head.word && strings.HasPrefix(head.tag, "NN") && !spkIsTimeOrFiller(head.lower) && !spkNoSourceWord(head)
}

// claimIngQuantHead reports whether token k is a pronoun-like quantity
// head a reduced relative can modify: "those supporting …", "anyone
// questioning …", "others backing …".
func claimIngQuantHead(toks []claimTok, k int) bool {
	switch toks[k].lower {
	case "those", "others", "anyone", "anybody", "everyone", "everybody", "someone", "somebody", "many", "some", "few", "several", "most", "none":
		return toks[k].span < 0
	}
	return false
}

// claimIngSpeechAfterNoun reports whether a speech participle at i right
// after a noun is a reduced relative cue: "calls saying shots had been
// fired", "ledgers showing he was paid".
func claimIngSpeechAfterNoun(toks []claimTok, a, i int, vf cueVerbForm) bool {
	if !vf.ing || i+1 >= len(toks) || !claimOpensClause(toks, i+1) {
		return false
	}
	// Not after a time ("after many painful years learning how …") nor
	// after a capitalised word the tagger reads as a common noun, a
	// headline's verb ("Clinton Keeps saying …").
	p := toks[i-1]
	if claimIngNounForms[toks[i].lower] || spkIsTimeOrFiller(strings.TrimSuffix(p.lower, "s")) || spkTimeWords[p.lower] || claimIngTimeNouns[strings.TrimSuffix(p.lower, "s")] {
		return false
	}
	return !(p.upper && (p.tag == "NN" || p.tag == "NNS"))
}

// claimIngNounForms are -ing forms that after a noun are mostly nouns
// themselves: "a court ruling that …", "a public hearing that …".
var claimIngNounForms = map[string]bool{"ruling": true, "hearing": true, "briefing": true, "filing": true, "meeting": true, "reading": true}

// claimIngTimeNouns are spans of time a participle after which tells how
// the time was spent, not who holds a view: "years learning how …".
var claimIngTimeNouns = map[string]bool{"hour": true, "minute": true, "decade": true, "weekend": true, "second": true, "moment": true, "night": true}

// claimIngSeqPreps are the prepositions of time before a participle cue
// that starts an act of its own after the main clause's: "called her son
// a hero before explaining why …", "has vowed to win …, while
// acknowledging that …".
var claimIngSeqPreps = map[string]bool{"before": true, "while": true, "after": true}

// claimIngCutAtParticiple ends draft d's last content segment before a
// later participle cue of cues introduced by a preposition of
// claimIngSeqPreps inside it, so that the participle takes its own
// content and the main clause's subject. It reports whether it cut.
func claimIngCutAtParticiple(toks []claimTok, d *claimDraft, cues []claimCue, c claimCue) bool {
	if len(d.segs) == 0 {
		return false
	}
	seg := d.segs[len(d.segs)-1]
	for k := c.end; k < len(toks) && toks[k].start <= seg[0]; k++ {
		if toks[k].start == seg[0] && toks[k].lower == "to" {
			return false // an infinitive keeps its adjunct: "sought to address … while skewering …"
		}
	}
	for _, c2 := range cues {
		p := c2.start - 1
		seq := p >= 1 && (claimIngSeqPreps[toks[p].lower] || toks[p].lower == "and" && claimIngEarlierParticiple(toks, cues, c, p))
		if c2.start <= c.end || !c2.form.ing || c2.kind != cueVerb || c2.form.class != cueSpeech || !seq || toks[p].span >= 0 {
			continue
		}
		if toks[p].start <= seg[0] || toks[p].start >= seg[1] || toks[p-1].lower == "that" {
			// "as saying that after slamming into …": the participle
			// belongs to the clause it opens.
			continue
		}
		k := claimCutBefore(toks, 0, p)
		for k > 0 && !toks[k-1].word && toks[k-1].quote == claimQuoteNone {
			k--
		}
		if k <= 0 || toks[k-1].end <= seg[0] || claimWords(toks, 0, k) == 0 {
			return false
		}
		d.segs[len(d.segs)-1][1] = toks[k-1].end
		d.maxTok = p
		return true
	}
	return false
}

// claimIngLeadPrep reports whether participle cue c follows a
// preposition of claimParticipleLeads that opens its unit after a short
// lead without a verb: "One month after announcing …, Rubio …", "And in
// explaining …, Clinton …", "Now, after arguing that …, his team …",
// "Since announcing …, Johnson …".
func claimIngLeadPrep(toks []claimTok, a int, c claimCue) bool {
	p := c.start - 1
	if !c.form.ing || c.start != c.verb || p < a || !claimParticipleLeads[toks[p].lower] || toks[p].span >= 0 || p-a > 4 {
		return false
	}
	for k := a; k < p; k++ {
		t := toks[k]
		if !t.word && t.text != "," || t.span >= 0 || strings.HasPrefix(t.tag, "VB") || t.tag == "MD" || t.tag == "PRP" || t.tag == "WDT" || t.tag == "WP" {
			return false
		}
	}
	return true
}

// claimIngEarlierParticiple reports whether cue c is a participle or a
// participle cue of cues lies between c and token p, so that a
// participle after "and" at p is coordinated with it: "urging voters to
// … and promising to …", "a response saying … and suggesting that …".
func claimIngEarlierParticiple(toks []claimTok, cues []claimCue, c claimCue, p int) bool {
	if c.form.ing {
		return true
	}
	for _, c3 := range cues {
		if c3.start > c.end && c3.end < p && c3.form.ing && c3.kind == cueVerb {
			return true
		}
	}
	return false
}

// claimIng2WithQuantity reports whether [s, e) is a quantity of people
// the spkChunkRight chunker does not take as a subject of an absolute
// phrase after "with": "with many saying …", "with three in 10 saying
// …", "with nearly 140 House members blasting …", "with 42% preferring
// …", "with many of those over 45 supporting …". It has a number or a
// quantifier and otherwise only nouns, adjectives and the words of
// claimIng2QuantWords.
func claimIng2WithQuantity(toks []claimTok, s, e int) bool {
	if e <= s || e-s > 8 {
		return false
	}
	quant := false
	for k := s; k < e; k++ {
		t := toks[k]
		switch {
		case t.span >= 0:
			return false
		case t.tag == "CD" || spkQuantHeads[t.lower] || t.lower == "percent":
			quant = true
		case t.text == "%" || claimIng2QuantWords[t.lower]:
		case k > s && (strings.HasPrefix(t.tag, "NN") || t.tag == "JJ"):
		default:
			return false
		}
	}
	return quant
}

// claimIng2QuantWords may stand around a number or quantifier: "about",
// "nearly", "more than", "in", "of those".
var claimIng2QuantWords = map[string]bool{
	"a": true, "an": true, "the": true, "about": true, "nearly": true, "almost": true, "roughly": true, "around": true, "some": true, "more": true, "than": true, "fewer": true, "less": true,
	"over": true, "under": true, "only": true, "just": true, "in": true, "of": true, "those": true, "them": true, "us": true, "these": true, "their": true, "its": true, "out": true,
}

// claimIng2WithFirst reports whether draft d of cue c keeps its content:
// not when the content opens with an absolute phrase whose participle is
// a cue of cues after a comma ("Republicans were quick to chime in, with
// X tweeting that …"; cueListedWithSubject). That phrase is its own
// source's claim, and the draft is dropped so that the participle takes
// it. An absolute phrase later in a content stays in it, as a poll's
// figures do ("showed X leading, with 40 percent supporting him").
func claimIng2WithFirst(toks []claimTok, a int, d claimDraft, cues []claimCue, c claimCue) bool {
	if len(d.segs) == 0 {
		return true
	}
	seg := d.segs[len(d.segs)-1]
	for _, c2 := range cues {
		if c2.start <= c.end || !c2.form.ing || c2.kind != cueVerb || toks[c2.start].start >= seg[1] {
			continue
		}
		if w := cueListedWithSubject(toks, a, c2.verb); w >= 0 && toks[w].start == seg[0] {
			return false
		}
	}
	return true
}

// claimIng2QuantRelative reports whether participle cue word i is a
// reduced relative after a pronoun-like quantity head
// (claimIngQuantHead, "one", "another"): "those supporting deportation",
// "others defending the law", "including one soliciting his views".
func claimIng2QuantRelative(toks []claimTok, a, i int, vf cueVerbForm) bool {
	if !vf.ing || i-1 < a || i+1 >= len(toks) || !toks[i+1].word && toks[i+1].span < 0 || toks[i].tag != "VBG" && toks[i].tag != "NN" {
		return false // not "those responding, …": the object follows
	}
	k := i - 1
	return claimIngQuantHead(toks, k) || toks[k].span < 0 && (toks[k].lower == "one" || toks[k].lower == "another" || toks[k].lower == "ones" && k-1 >= a && toks[k-1].lower == "the")
}

// claimIng2QuantSource returns the start of the source before a reduced
// relative on a quantity head at i-1: the head itself, or "the ones".
func claimIng2QuantSource(toks []claimTok, a, i int) int {
	if toks[i-1].lower == "ones" {
		return i - 2
	}
	return i - 1
}

// claimIng2WithSubject reports whether [s, e) may be the subject of a
// participle in an absolute phrase after "with" that spkChunkRight does
// not take: a quantity (claimIng2WithQuantity) or a noun phrase of
// nouns, names and modifiers joined by "and", "of", "from" or a
// possessive, ending in a noun: "with Fox News and NBC News calling …",
// "with the campaign of the former senator from Pennsylvania saying …".
func claimIng2WithSubject(toks []claimTok, s, e int) bool {
	if claimIng2WithQuantity(toks, s, e) {
		return true
	}
	if e <= s || e-s > 12 || !strings.HasPrefix(toks[e-1].tag, "NN") {
		return false
	}
	for k := s; k < e; k++ {
		t := toks[k]
		switch {
		case t.span >= 0:
			return false
		case strings.HasPrefix(t.tag, "NN") || t.tag == "JJ" || t.tag == "CD" || t.tag == "POS" || t.tag == "PRP$" || t.tag == "DT" || t.lower == "’s" || t.lower == "'s":
		case k > s && (t.lower == "and" || t.lower == "of" || t.lower == "from"):
		case k > s && t.text == "." && toks[k-1].upper:
		default:
			return false
		}
	}
	return true
}

// claimIng2WithLead reports whether "with" at w opens an absolute phrase
// whose participle starts at v though no comma or dash comes before it:
// when its subject is a quantity ("liberals with about three in 10
// saying …", "ads with both outlets reminding …"), which a reduced
// relative after "with" rarely has. ("and with X saying" gained nothing.)
func claimIng2WithLead(toks []claimTok, w, v int) bool {
	return w >= 1 && toks[w-1].span < 0 && claimIng2WithQuantity(toks, w+1, v)
}

// claimIng2PeopleRelative reports whether participle cue word i right
// after a noun for a group of people or a source (spkPeopleNouns) and
// before its object is a reduced relative: "delegates urging a rules
// change", "supporters calling for a recount", "a group demanding …". A group of people holds what its
// participle says, as a stance participle's document does.
func claimIng2PeopleRelative(toks []claimTok, a, i int, vf cueVerbForm) bool {
	if !vf.ing || i-1 < a || i+1 >= len(toks) || !toks[i+1].word && toks[i+1].span < 0 || toks[i].tag != "VBG" {
		return false
	}
	p := toks[i-1]
	return p.span < 0 && strings.HasPrefix(p.tag, "NN") && spkPeopleNouns[p.lower]
}

// claimIng2CutAtQuantWith ends draft d's last content segment before an
// absolute phrase after "with" with no comma before it whose subject is
// a quantity (claimIng2WithLead): "described themselves as liberals with
// about three in 10 saying …" keeps "themselves as liberals". After a
// comma the phrase stays in the content, as a poll's figures do.
func claimIng2CutAtQuantWith(toks []claimTok, a int, d *claimDraft, cues []claimCue, c claimCue) {
	if len(d.segs) == 0 {
		return
	}
	seg := d.segs[len(d.segs)-1]
	for _, c2 := range cues {
		if c2.start <= c.end || !c2.form.ing || c2.kind != cueVerb || toks[c2.start].start >= seg[1] {
			continue
		}
		w := cueListedWithSubject(toks, a, c2.verb)
		if w <= a || toks[w].start <= seg[0] || !toks[w-1].word || !claimIng2WithLead(toks, w, c2.verb) {
			continue
		}
		d.segs[len(d.segs)-1][1] = toks[w-1].end
		d.maxTok = w
		return
	}
}

// claimIng3WithNounIng reports whether participle cue word i, which the
// tagger read as a noun after a common noun ("with the governor
// tweeting/NN that …"), closes the subject of an absolute phrase after
// "with" (cueListedWithSubject) and so is a verb.
func claimIng3WithNounIng(toks []claimTok, a, i int, vf cueVerbForm) bool {
	return vf.ing && strings.HasPrefix(toks[i].tag, "NN") && i+1 < len(toks) && toks[i+1].span < 0 && toks[i+1].word &&
		cueListedWithSubject(toks, a, i) >= 0
}

// claimIng3PronounHead reports whether the word at k before the -ing
// participle at i is a pronoun the participle modifies as a reduced
// relative ("those supporting deportation", "anyone seeking asylum"),
// not a determiner of a noun the participle modifies ("the expected
// outcome"), which claimPrecPrenominal rules out.
func claimIng3PronounHead(toks []claimTok, k, i int) bool {
	if toks[i].tag != "VBG" || !claimIngQuantHead(toks, k) {
		return false
	}
	switch toks[k].lower {
	case "many", "some", "few", "several", "most":
		return false // also determiners: "some supporting evidence"
	}
	return true
}
