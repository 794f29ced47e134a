package extract

import "strings"

// Precision filters, round 5: shapes of a found attribution whose
// predictions rarely match an annotated one.

// claimPrec5Drop reports whether the draft d is one of the shapes of this
// file that rarely report speech, belief or stance.
func claimPrec5Drop(toks []claimTok, d claimDraft) bool {
	return claimPrec5ObjectSpeaker(toks, d)
}

// claimPrec5InvertVerbs are the stems of verbs of saying that may stand
// before their subject after a content ("…, wrote the senator", "…,
// noted Smith"), beyond claimPrec4AddresseeVerbs.
var claimPrec5InvertVerbs = []string{
	"not", "report", "quot", "observ", "declar", "stat", "comment", "conclud", "predict", "announc",
	"continu", "tweet", "post", "argu", "exclaim", "admit", "acknowledg", "claim", "emphasi", "offer",
	"suggest", "mus", "wonder", "counter", "retort", "rul", "cit",
}

// claimPrec5Inverts reports whether the lower-case verb form w may stand
// before its subject after what it reports.
func claimPrec5Inverts(w string) bool {
	if claimPrec4Addressee(w) {
		return true
	}
	for _, v := range claimPrec5InvertVerbs {
		if strings.HasPrefix(w, v) {
			return true
		}
	}
	return false
}

// claimPrec5ObjectSpeaker reports whether d reads "SUBJECT, VERB NP" as
// a content before an inverted "…, VERB SPEAKER": the words before the
// comma are the verb's subject and the noun phrase after it is its
// object ("Mike Murphy, a strategist, praised the efforts of a donor",
// "Clinton holds a lead with party leaders, called superdelegates",
// "…, and Jay Nixon, proposed federal legislation"). Only verbs of saying
// stand before their subject ("…, wrote the senator"); a quotation before
// the comma keeps its claim ("“…,” exhorted her introducer").
func claimPrec5ObjectSpeaker(toks []claimTok, d claimDraft) bool {
	k := claimPrec4TrailCueEnd(toks, d)
	if k < 1 || d.spkS != k+1 || d.spkE <= d.spkS || d.spkE > len(toks) {
		return false
	}
	c := k // the cue's first token
	for c > 0 && toks[c].start > d.cue[0] {
		c--
	}
	if c < 1 || toks[c].start != d.cue[0] || toks[c-1].text != "," {
		return false
	}
	v := c // the verb, after adverbs: "practically pleaded for"
	for v < k && toks[v].tag == "RB" {
		v++
	}
	if v < k && !(toks[k].tag == "IN" || toks[k].tag == "RP") || k-v > 1 {
		return false
	}
	switch toks[v].tag {
	case "VBD", "VBZ", "VBP", "VBN":
	default:
		return false // "…, according to", "…, in a poll"
	}
	if toks[v].quote != claimQuoteNone || claimPrec5Inverts(toks[v].lower) {
		return false
	}
	if c-2 >= 0 && (toks[c-2].quote != claimQuoteNone || toks[c-2].span >= 0) {
		return false // "“…,” exhorted her introducer": a quotation before the verb
	}
	return true
}
