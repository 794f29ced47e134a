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
