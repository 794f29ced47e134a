package extract

import "strings"

// claims_headline.go: attributions in Title Case headline lines and the
// colon labels that open them.

// claimHeadlineTeasers are the words of a headline's teaser label before
// a colon ("Wow: …", "BOOM: …", "Just Leaked: …", "Contributing: …"):
// the label names no source; the attribution, if any, is the headline's
// own ("Wow: Jane Roe Just Said …").
var claimHeadlineTeasers = map[string]bool{
	"wow": true, "boom": true, "bombshell": true, "revealed": true, "leaked": true, "contributing": true,
	"whoa": true, "omg": true, "yikes": true, "ouch": true, "oops": true, "shocking": true, "huge": true,
	"paid": true, "unbelievable": true, "incredible": true, "hilarious": true, "awkward": true, "epic": true,
}

// claimHeadlineTeaser reports whether the label [s, e) before a colon
// holds a teaser word.
func claimHeadlineTeaser(toks []claimTok, s, e int) bool {
	for k := s; k < e; k++ {
		if claimHeadlineTeasers[toks[k].lower] {
			return true
		}
	}
	return false
}

// claimHeadlineNameList reports whether the content [s, e) after a label
// is a list of names and no statement ("Iowa: Jane Roe, John Doe, Ann
// Poe, …"): at least three commas, and every word capitalised but "and"
// or an initial.
func claimHeadlineNameList(toks []claimTok, s, e int) bool {
	commas := 0
	for k := s; k < e; k++ {
		t := toks[k]
		switch {
		case t.text == ",":
			commas++
		case t.word && !t.upper && t.lower != "and":
			return false
		case !t.word && t.text != "." && t.text != "-" && t.text != "’" && t.text != "'":
			return false
		}
	}
	return commas >= 3
}

// claimHeadlineDashes close a headline's first part before its teaser
// ("… About Jane Roe – It Might Surprise You").
var claimHeadlineDashes = map[string]bool{"–": true, "—": true, "-": true, "--": true}

// claimHeadlineObjectEnd returns where the object content [s, e) of a
// verb cue in a Title Case headline ends when a second part follows it:
// a dash ("Just Said Something About Jane Roe – It Might Surprise You"),
// "And" or "But" and a clause ("Announced Its Pick And One Thing Was
// Obvious"), or a capitalised adjunct preposition before a clause
// ("Responded To The Attack With 1 Line That Had …"). The object before
// the break has no finite verb. It returns -1 outside headlines, for
// colon labels and when no break follows.
func claimHeadlineObjectEnd(toks []claimTok, d claimDraft, s, e int) int {
	if !cueTitleCase(toks, d.unitA, d.unitB) || !d.hasCue || claimHeadlineColonCue(toks, d, s) {
		return -1
	}
	for k := s + 1; k+1 < e; k++ {
		t := toks[k]
		if t.span >= 0 {
			continue
		}
		brk := claimHeadlineDashes[t.text] ||
			t.upper && (t.lower == "and" || t.lower == "but") && claimHasFinite(toks, k+1, min(e, k+6)) ||
			t.upper && claimEndLong2TitlePreps[t.lower] && claimHasFinite(toks, k+1, e)
		if !brk {
			continue
		}
		if claimHasFinite(toks, s, k) {
			return -1
		}
		return k
	}
	return -1
}

// claimHeadlineColonCue reports whether the cue of draft d, whose
// content starts at s, is the colon just before it.
func claimHeadlineColonCue(toks []claimTok, d claimDraft, s int) bool {
	return s > 0 && toks[s-1].text == ":" && toks[s-1].start == d.cue[0]
}

// claimHeadlineCoordCut ends the object content of draft d, found for
// cue c in a Title Case headline unit [a, b), before "And" or a comma
// and a second verb cue of the same subject ("Backs Jane Roe And
// Denounces John Doe", "Aims Insult At Roe, Slams Doe Instead"), so that
// the second cue takes its own object and shares the subject. The object
// has no finite verb.
func claimHeadlineCoordCut(toks []claimTok, d *claimDraft, cues []claimCue, c claimCue, a, b int) {
	if len(d.segs) != 1 || d.segs[0][0] < toks[c.end-1].end || !cueTitleCase(toks, a, b) {
		return
	}
	s, e := claimBoundTokens(toks, d.segs[0])
	if s < 0 {
		return
	}
	for _, c2 := range cues {
		j := c2.start - 1
		if c2.kind != cueVerb || j <= s || j >= e || !toks[c2.start].upper || toks[c2.start].span >= 0 || !strings.HasSuffix(toks[c2.start].lower, "s") {
			continue
		}
		if toks[j].text != "," && !(toks[j].upper && toks[j].lower == "and") || claimHasFinite(toks, s, j) {
			continue
		}
		if seg, ok := claimSeg(toks, s, j); ok {
			d.segs[0] = seg
			d.maxTok = j
		}
		return
	}
}

// claimHeadlineOneWord reports whether the content [s, e) in unit [a, b)
// is a one-word object in a Title Case headline ("… And Denounces
// Clinton"), which a shared-subject cue may take.
func claimHeadlineOneWord(toks []claimTok, a, b, s, e int) bool {
	return claimWords(toks, s, e) == 1 && toks[s].upper && cueTitleCase(toks, a, b)
}

// claimHeadlineWholeLabel reports whether the content [s, e) of draft d
// follows a colon label in a Title Case headline ("Poll: Jane Roe Ties
// John Doe With …"): the statement runs to the line's end, and the trims
// of an object's adjuncts do not apply.
func claimHeadlineWholeLabel(toks []claimTok, d claimDraft, s int) bool {
	return claimHeadlineColonCue(toks, d, s) && cueTitleCase(toks, d.unitA, d.unitB)
}

// claimHeadlineAddresseeSplit returns the capitalised "To" or "On" inside
// the label words [s, k) of a Title Case headline ("Jane Roe To Farmers:
// …", "Jane Roe On The Budget: …"), where claimLabelAddressee splits
// source from addressee or topic, or k when there is none.
func claimHeadlineAddresseeSplit(toks []claimTok, s, k int) int {
	for j := s + 1; j < k; j++ {
		if toks[j].lower == "to" || toks[j].lower == "on" {
			return j
		}
	}
	return k
}

// claimHeadlineQuoteComma reports whether the tokens before k, at or
// after a, are a comma and a closing single quotation mark: headlines
// quote with single marks ("Guns Are ‘A Crisis,’ Jane Roe Says"), which
// claimQuoteOf leaves out, and the mark stands where a trailing source
// expects its comma.
func claimHeadlineQuoteComma(toks []claimTok, a, k int) bool {
	return k-2 >= a && toks[k-1].text == "’" && toks[k-2].text == ","
}

// claimHeadlineLabelLead returns where a colon label starts after a
// leading teaser or notice word and a dash ("EXCLUSIVE – Jane Roe: …",
// "Breaking — Jane Roe: …"), or k when none opens at k.
func claimHeadlineLabelLead(toks []claimTok, k int) int {
	if k+2 < len(toks) && toks[k].word && toks[k].upper && (claimNotSpeakers[toks[k].lower] || claimHeadlineTeasers[toks[k].lower]) && claimHeadlineDashes[toks[k+1].text] {
		return k + 2
	}
	return k
}

// claimHeadlineQuoteLabel finds a Title Case headline whose capitalised
// words [s, c) before a colon, up to eight, introduce a quotation ("Jane
// Roe Hammers Bank Chief: ‘You Should Resign.’"): the content is all
// after the colon and the words before it are its source, as in a
// label.
func claimHeadlineQuoteLabel(p *claimPara, pi, s int) (claimDraft, bool) {
	toks := p.toks
	n := len(toks)
	c := s
	for c < n && c-s <= 8 && toks[c].word && toks[c].upper && toks[c].span < 0 {
		c++
	}
	if c-s < 2 || c-s > 8 || c+3 >= n || toks[c].text != ":" || !cueTitleCase(toks, 0, n) {
		return claimDraft{}, false
	}
	if o := toks[c+1]; o.quote != claimQuoteOpen && o.text != "‘" {
		return claimDraft{}, false
	}
	if claimWords(toks, c+1, n) < 3 {
		return claimDraft{}, false
	}
	return claimLabelColonDraft(toks, pi, s, c, c, n)
}

// claimHeadlineOrgTails are label words of claimNotSpeakers that also
// close an organisation's name after another capitalised word
// ("Judicial Watch:", "Human Rights Watch:").
var claimHeadlineOrgTails = map[string]bool{"watch": true}

// claimHeadlineLabelWord reports whether token k continues a colon label
// begun at s despite being a notice word: an organisation's last word.
func claimHeadlineLabelWord(toks []claimTok, s, k int) bool {
	return k > s && claimHeadlineOrgTails[toks[k].lower] && k+1 < len(toks) && toks[k+1].text == ":"
}
