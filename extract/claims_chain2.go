package extract

import "strings"

// claimChain2InfRelative finds the subject of a purpose infinitive's
// main verb across a relative clause or apposition set off by commas:
// "The association, which has endorsed Trump, used the comments to urge
// …", "Trump, who spoke for an hour, used the rally to attack …". j is
// the start of the main verb group, right after the closing comma.
func claimChain2InfRelative(toks []claimTok, ua, j int, c claimCue) (int, int, bool) {
	if j-1 <= ua || toks[j-1].text != "," || toks[j-1].span >= 0 {
		return 0, 0, false
	}
	c2 := c
	c2.kind, c2.start = cueVerb, j
	c2.form.ing = false
	return claimListedRelativeApposition(toks, ua, c2)
}

// claimChain2InfQuoteMax is the longest quotation, in tokens with its
// marks, that claimChain2InfQuoteSkip passes over.
const claimChain2InfQuoteMax = 8

// claimChain2InfQuoteSkip returns the index of the token before a short
// quoted title that ends at k ("appeared on “Fox & Friends” to defend
// her"), so that the purpose infinitive's look-back passes over it; it
// returns -1 for a longer quotation or one that does not end at k.
func claimChain2InfQuoteSkip(toks []claimTok, k, lo int) int {
	sp := toks[k].span
	if sp < 0 || toks[k].quote == claimQuoteNone || toks[k].quote == claimQuoteOpen {
		return -1
	}
	s := k
	for s-1 >= lo && toks[s-1].span == sp {
		s--
	}
	if s-1 < lo || k-s+1 > claimChain2InfQuoteMax || toks[s].quote != claimQuoteOpen {
		return -1
	}
	return s - 1
}

// claimChain2WhWords open an embedded question, which follows a
// reporting verb but not a noun: "polling shows why …", "records show
// how …".
var claimChain2WhWords = map[string]bool{
	"why": true, "how": true, "what": true, "whether": true, "where": true, "when": true, "who": true,
}

// claimChain2RetagVerbs repairs listed cue forms that the tagger reads
// as nouns after their subject, beyond claimRetagVerbs: a third-person
// form ("shows", "suggests") or, after a plural subject, a bare form
// ("show", "support") before an embedded question ("national polling
// shows why …") or before a plain noun phrase object with no finite
// verb after it ("a majority of Republicans support deportation").
// Title Case headlines are left to claimRetag.
func claimChain2RetagVerbs(toks []claimTok, title bool) {
	if title {
		return
	}
	lx := cueLexicon()
	for i := 1; i+1 < len(toks); i++ {
		t := toks[i]
		if !t.word || t.span >= 0 || t.upper || t.tag != "NN" && t.tag != "NNS" {
			continue
		}
		vf, ok := lx.verbs[t.lower]
		if !ok || vf.ing {
			continue
		}
		n := toks[i+1]
		wh := n.span < 0 && (claimChain2WhWords[n.lower] || n.tag == "WRB")
		switch {
		case vf.base:
			if claimChain2PluralSubject(toks, i) && (wh || claimChain2NPObject(toks, i+1)) {
				toks[i].tag = "VBP"
			}
		case strings.HasSuffix(t.lower, "s") && t.lower != "states":
			np := claimChain2NPObject(toks, i+1)
			if claimRetagSubjectBefore(toks, i, false) && (wh || np) {
				toks[i].tag = "VBZ"
			}
		}
	}
}

// claimChain2PluralSubject reports whether the word before i ends a
// plural subject: a plural noun not in a possessive ("the party's
// members"), or "they", "we".
func claimChain2PluralSubject(toks []claimTok, i int) bool {
	p := toks[i-1]
	if p.span >= 0 {
		return false
	}
	if p.lower == "they" || p.lower == "we" {
		return true
	}
	if p.tag != "NNS" && p.tag != "NNPS" {
		return false
	}
	return i < 2 || toks[i-2].tag != "POS" && toks[i-2].tag != "PRP$"
}

// claimChain2NPObject reports whether a plain object noun phrase starts
// at k and no finite verb follows it in its clause, so that the word
// before k is the clause's verb: "Republicans support deportation",
// "Politicos call this …", but not "the jobs report shows".
func claimChain2NPObject(toks []claimTok, k int) bool {
	n := toks[k]
	if n.span >= 0 || !(n.tag == "DT" && n.lower != "that" || n.tag == "PRP$" || n.tag == "NN" || n.tag == "NNS" || n.tag == "JJ" || n.tag == "NNP" || n.tag == "CD" || claimRetagObjects[n.lower]) {
		return false
	}
	for j := k; j < len(toks) && j < k+10; j++ {
		t := toks[j]
		if t.text == "," || t.text == "." || t.text == ";" || t.text == ":" || t.tag == "IN" || t.tag == "WDT" || t.tag == "CC" {
			return true
		}
		switch t.tag {
		case "VBZ", "VBP", "VBD", "MD":
			return false
		}
	}
	return true
}
