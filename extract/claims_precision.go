package extract

import "strings"

// Precision filters: shapes of a found attribution that rarely report
// speech, belief or stance, and are dropped.

// claimPrecSpeakOK reports whether a cue of "speak" at c reports what was
// said: "spoke about the war", "spoke highly of her", "spoke as if …".
// Other uses tell when, where or how someone spoke ("spoke briefly",
// "spoke hours after", "spoke on condition of anonymity").
func claimPrecSpeakOK(toks []claimTok, c claimCue) bool {
	k := c.verb + 1
	for k < len(toks) && toks[k].tag == "RB" && strings.HasSuffix(toks[k].lower, "ly") && toks[k].lower != "only" {
		k++
	}
	if k >= len(toks) {
		return false
	}
	switch toks[k].lower {
	case "about", "of", "as", "out":
		return true
	}
	return false
}

// claimPrecPollDrop reports whether d is a poll finding with its poll
// after it that reads as a standing, not a report: "Trump has a lead in
// the polls", "she trails in national polling". Only a single poll named
// with an indefinite article or a name ("in a CNN poll", "in Monday's
// Quinnipiac survey") reports a finding.
func claimPrecPollDrop(toks []claimTok, d claimDraft) bool {
	if !d.hasCue || len(d.segs) == 0 || d.segs[0][0] > d.cue[0] || d.spkE <= d.spkS || d.spkE > len(toks) {
		return false
	}
	k := d.spkS - 1
	if k < 0 || toks[k].lower != "in" || toks[k].start != d.cue[0] || !claimPollWords[toks[d.spkE-1].lower] {
		return false
	}
	last := toks[d.spkE-1].lower
	if last != "poll" && last != "survey" {
		return true // "in the polls", "in polling"
	}
	first := toks[d.spkS].lower
	return first == "the" // "in the poll": a poll already named
}
