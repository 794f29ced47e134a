package extract

import "strings"

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
	if cueBeForms[t.lower] || cueAsQuoteNot[t.lower] || claimAuxiliaries[t.lower] {
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
		case ",":
			// "who hired him last spring, as “…”": the "as" belongs to
			// an outer verb.
			return claimCue{}, false
		}
		if tj.lower == "that" || tj.lower == "and" || tj.lower == "but" {
			return claimCue{}, false
		}
		// A verb before "as" heads the characterization itself ("has
		// been pounding Trump as …", "a campaign dubbing them as …").
		if j > end && strings.HasPrefix(tj.tag, "VB") && tj.tag != "VBN" {
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
			// "has been steadily pounding": the group takes "been" too.
			for c.start-1 > a && toks[c.start-1].span < 0 && (toks[c.start-1].tag == "RB" || claimAuxiliaries[toks[c.start-1].lower] || cueBeForms[toks[c.start-1].lower]) {
				c.start--
			}
			if c.start-1 > a && toks[c.start-1].lower == "having" && toks[c.start-1].span < 0 {
				c.start-- // ", having referred to him as “…”": a participle clause
				c.form.ing = true
			}
			for k := c.start; k < i; k++ {
				if claimAuxiliaries[toks[k].lower] || cueBeForms[toks[k].lower] {
					c.form.ing = false // a progressive is finite: "has been pounding"
				}
			}
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

// cueAsQuoteBreak reports whether the quotation closing at token k came
// right after "as" (with an article) and a participle follows its
// closing comma: "admires Putin as a “strong leader,” comparing him to
// Obama" ends the characterization at the mark. claimContentEnd calls it.
func cueAsQuoteBreak(toks []claimTok, k, b int) bool {
	if k+1 >= b || toks[k+1].span >= 0 || toks[k+1].lower == "including" {
		return false
	}
	switch toks[k+1].tag {
	case "VBG", "VBD", "VBZ", "VBP", "MD":
		// "…,” comparing him …"; "Trump, who has postured himself as
		// the “law and order candidate,” has taken …": the main verb.
	default:
		return false
	}
	o := k
	for o-1 >= 0 && toks[o-1].span == toks[k].span {
		o--
	}
	p := o - 1
	if p >= 0 && (toks[p].lower == "a" || toks[p].lower == "an" || toks[p].lower == "the") {
		p--
	}
	return p >= 0 && toks[p].lower == "as" && toks[p].span < 0
}

// cueAsQuoteAt returns the index of the "as" in [s, e) that a quotation
// follows (after an optional article), or -1: "the candidate, who is
// his friend, as “Mr. Trump,”". claimObjectEnd keeps the commas before it
// inside the content.
func cueAsQuoteAt(toks []claimTok, s, e int) int {
	for k := s + 1; k+1 < e && k <= s+25; k++ {
		t := toks[k]
		if t.span >= 0 {
			return -1
		}
		if t.text == "." || t.text == ";" || t.text == ":" {
			return -1
		}
		// "her condolences, addressing her as “Hillary”": a predicate of
		// its own after the comma.
		if t.text == "," {
			switch toks[k+1].tag {
			case "VBG", "VBD", "VBZ", "VBP", "MD":
				return -1
			}
		}
		if t.lower != "as" {
			continue
		}
		q := k + 1
		if q+1 < e && (toks[q].lower == "a" || toks[q].lower == "an" || toks[q].lower == "the") {
			q++
		}
		if toks[q].span >= 0 && toks[q].quote != claimQuoteNone {
			return k
		}
		return -1
	}
	return -1
}
