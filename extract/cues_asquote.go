package extract

// cueOpenAsQuote finds a verb at i that casts its object in quoted words:
// "admires Putin as a “strong leader,”", "has been pounding Trump as a
// “con artist”", "rated 32% of the claims as “false”". The quotation
// after "as" makes the characterization an attribution whatever the verb;
// the cue is the verb group (with a particle such as "to" in "refers to"),
// and the shared rules of claimAttribute find the subject and the content
// (the object through the quotation).
func cueOpenAsQuote(toks []claimTok, a, b, i int) (claimCue, bool) {
	t := toks[i]
	if i == a || t.span >= 0 || !t.word || t.upper || len(t.lower) < 3 {
		return claimCue{}, false
	}
	if _, ok := cueOpenStop()[t.lower]; ok {
		return claimCue{}, false
	}
	if cueBeForms[t.lower] || cueAsQuoteNot[t.lower] {
		return claimCue{}, false
	}
	form, ok := cueOpenVerbForm(toks, a, i)
	if !ok {
		return claimCue{}, false
	}
	end := i + 1
	if end < b && (toks[end].tag == "RP" || toks[end].lower == "to") {
		end++ // "refers to", "singled out"
	}
	// The object: a few words, no clause break, then "as", an optional
	// article and an opening quotation mark.
	for j := end; j < b && j <= end+12; j++ {
		tj := toks[j]
		if tj.span >= 0 {
			return claimCue{}, false
		}
		switch tj.text {
		case ".", ";", ":", "?", "!", "—", "--":
			return claimCue{}, false
		}
		if tj.lower == "that" || tj.lower == "and" || tj.lower == "but" {
			return claimCue{}, false
		}
		if tj.lower != "as" || j == end {
			continue
		}
		q := j + 1
		if q < b && (toks[q].lower == "a" || toks[q].lower == "an" || toks[q].lower == "the") {
			q++
		}
		if q < b && toks[q].span >= 0 && toks[q].quote != claimQuoteNone {
			c := claimCue{kind: cueVerb, start: i, end: end, verb: i, form: form}
			c.start = claimVerbGroupStart(toks, a, c.start)
			return c, true
		}
		return claimCue{}, false
	}
	return claimCue{}, false
}

// cueAsQuoteNot are verbs whose "NP as …" is no characterization: "such
// as", "known as" (claims_sourceless.go), "serve as".
var cueAsQuoteNot = map[string]bool{
	"such": true, "known": true, "serve": true, "serves": true, "served": true, "serving": true,
	"act": true, "acts": true, "acted": true, "acting": true, "work": true, "works": true, "worked": true, "working": true,
}
