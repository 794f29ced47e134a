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
