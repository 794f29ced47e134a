package extract

import "strings"

// Precision filters, round 4: shapes of a found attribution whose
// predictions rarely match an annotated one.

// claimPrec4Drop reports whether the draft d is one of the shapes of this
// file that rarely report speech, belief or stance.
func claimPrec4Drop(toks []claimTok, d claimDraft) bool {
	return claimPrec4BareTopic(toks, d) || claimPrec4SubjectRelative(toks, d) || claimPrec4FoundObject(toks, d) || claimPrec4TrailObject(toks, d)
}

// claimPrec4BareTopic reports whether d has no source and a cue ending in
// a preposition before a content of one word: "criticism of Nafta",
// "speculation about conflicts", "was asked about it". The word names a
// topic; what was said about it is not in the content.
func claimPrec4BareTopic(toks []claimTok, d claimDraft) bool {
	if d.spkS != d.spkE {
		return false
	}
	s, e, ok := claimPrecContentToks(toks, d)
	if !ok || s == 0 || toks[s].start < d.cue[1] {
		return false
	}
	last := -1
	for k := s - 1; k >= 0; k-- {
		if toks[k].end == d.cue[1] {
			last = k
			break
		}
		if toks[k].end < d.cue[1] {
			break
		}
	}
	if last < 0 || !(toks[last].tag == "IN" || toks[last].tag == "TO") {
		return false
	}
	words := 0
	for k := s; k < e; k++ {
		if toks[k].quote != claimQuoteNone {
			return false
		}
		if toks[k].word {
			words++
		}
	}
	return words == 1
}

// claimPrec4SubjectRelative reports whether d's cue opens a restrictive
// "who" clause inside the subject of a finite verb right after the
// content: "the groups who wrote to her on Thursday say …", "Americans
// who dislike the messy intricacies of democracy are more likely …". The
// clause tells which people the subject is; it reports nothing of its
// own. A clause set off by a comma ("Rubio, who supported the bill, …")
// keeps its claim.
func claimPrec4SubjectRelative(toks []claimTok, d claimDraft) bool {
	if d.spkE <= d.spkS || d.spkE > len(toks) {
		return false
	}
	r := toks[d.spkE-1]
	if r.lower != "who" || r.end > d.cue[0] {
		return false
	}
	if w := d.spkE - 2; w >= 0 && !toks[w].word {
		return false // "Rubio, who supported the bill when it …": a clause aside, not a definition
	}
	s, e, ok := claimPrecContentToks(toks, d)
	if !ok || toks[s].start < d.cue[1] || e >= len(toks) {
		return false
	}
	if d.spkE < len(toks) && toks[d.spkE].start != d.cue[0] {
		return false // the relative pronoun is right before the cue
	}
	if toks[s].lower == "to" && s+1 < e && toks[s+1].tag == "VB" {
		return false // "others who want to ban abortion said …": an intention
	}
	name := true
	for k := s; k < e; k++ {
		if toks[k].word && !toks[k].upper {
			name = false
		}
	}
	if name {
		return false // "the respondents who support Sanders are …": a stance toward a person
	}
	switch toks[e].tag {
	case "VBD", "VBZ", "VBP", "MD":
		return toks[e].word && toks[e].quote == claimQuoteNone
	}
	return false
}

// claimPrec4TrailCueEnd returns the index of the last token of d's cue
// when the content ends before the cue, else -1.
func claimPrec4TrailCueEnd(toks []claimTok, d claimDraft) int {
	if !d.hasCue || len(d.segs) == 0 || d.segs[len(d.segs)-1][1] > d.cue[0] {
		return -1
	}
	for i, t := range toks {
		if t.end == d.cue[1] {
			return i
		}
	}
	return -1
}

// claimPrec4FindForms are the forms of "find".
var claimPrec4FindForms = map[string]bool{"find": true, "finds": true, "found": true, "finding": true}

// claimPrec4FoundObject reports whether d's cue is "find" after its
// content with an object of its own: "Throughout the debate, Clinton
// found ways to …", "…, leaders found little unity". Only a "found" that
// closes its clause or takes "that" ("…, the poll found.") reports a
// finding about the words before it.
func claimPrec4FoundObject(toks []claimTok, d claimDraft) bool {
	k := claimPrec4TrailCueEnd(toks, d)
	if k < 0 || k+1 >= len(toks) || !claimPrec4FindForms[toks[k].lower] {
		return false
	}
	n := toks[k+1]
	if !n.word || n.quote != claimQuoteNone || n.lower == "that" || spkTimeWords[n.lower] {
		return false
	}
	switch n.tag {
	case "IN", "TO", "CC", "WDT", "WRB", "WP":
		return false
	}
	return true
}

// claimPrec4AddresseeVerbs are the stems of speech verbs whose object is
// the person spoken to ("…, he told reporters", "…, she warned the
// board"), and "say", whose next word is a time or the speaker ("…,
// said Tuesday", "…, said the mayor").
var claimPrec4AddresseeVerbs = []string{
	"say", "said", "tell", "told", "ask", "inform", "remind", "assur", "warn", "urg", "brief",
	"email", "e-mail", "text", "writ", "wrote", "notif", "advis", "caution", "reassur", "promis",
	"explain", "assert", "insist", "add", "answer", "repl", "respond", "recall", "quip", "joke",
}

// claimPrec4Addressee reports whether the lower-case verb form w is one
// of claimPrec4AddresseeVerbs.
func claimPrec4Addressee(w string) bool {
	return claimPrec4HasStem(w, claimPrec4AddresseeVerbs)
}

// claimPrec4HasStem reports whether the word w begins with one of stems.
func claimPrec4HasStem(w string, stems []string) bool {
	for _, v := range stems {
		if strings.HasPrefix(w, v) {
			return true
		}
	}
	return false
}

// claimPrec4TrailObject reports whether d's content ends before its cue
// verb and the verb has an object of its own (a determiner, possessive,
// name or bare noun phrase): "The plan would cut costs, Garcia praised
// the report", "Among voters, Lee kept strong leads", "…, the group published a study". The
// words before such a verb are not what it reports. Speech verbs that
// take an addressee ("…, he told reporters"), a medium ("…, said in a
// statement"), a time word or a speaker after the cue keep the claim.
func claimPrec4TrailObject(toks []claimTok, d claimDraft) bool {
	k := claimPrec4TrailCueEnd(toks, d)
	if k < 0 || k+1 >= len(toks) || d.spkS > k {
		return false
	}
	if d.spkE > d.spkS && d.spkE <= len(toks) {
		switch toks[d.spkE-1].lower {
		case "who", "which", "that":
			return false // "…,” said Rath, a leader who had endorsed Kasich: the quotation is the source's
		}
	}
	for i := 1; i < k; i++ {
		if toks[i].start >= d.segs[0][0] && toks[i].end <= d.segs[len(d.segs)-1][1] && toks[i].quote != claimQuoteNone {
			if toks[i-1].tag == "IN" && toks[i].span >= 0 {
				return false // "Later on “This Week,” Sanders questioned …": a quoted title, and the content is after the verb
			}
			break
		}
	}
	if !claimPrec4OpensSentence(toks, d.segs[0][0]) {
		return false // "Later on “This Week,” Sanders questioned …": a title inside the sentence
	}
	switch toks[k].tag {
	case "VB", "VBD", "VBZ", "VBP", "VBN", "VBG":
	default:
		return false
	}
	if claimPrec4Addressee(toks[k].lower) {
		return false
	}
	n := toks[k+1]
	if !n.word || n.quote != claimQuoteNone || spkTimeWords[n.lower] || cueMediums[n.lower] {
		return false
	}
	switch {
	case n.tag == "DT" || n.tag == "PRP$" || n.tag == "PDT":
		if n.lower == "that" || n.lower == "this" && k+2 < len(toks) && !toks[k+2].word {
			return false
		}
	case n.tag == "NNP" || n.tag == "NNPS":
	case n.tag == "NN" || n.tag == "NNS" || n.tag == "JJ" || n.tag == "CD":
	default:
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+4; j++ {
		if cueMediums[toks[j].lower] || spkTimeWords[toks[j].lower] || claimPrec4TimeNouns[toks[j].lower] {
			return false
		}
		if !toks[j].word {
			break
		}
	}
	return true
}

// claimPrec4TimeNouns are nouns of time that follow a cue as an adverb
// ("…, she tweeted the day after", "…, he wrote the next morning").
var claimPrec4TimeNouns = map[string]bool{
	"day": true, "days": true, "night": true, "morning": true, "afternoon": true, "evening": true,
	"week": true, "weekend": true, "month": true, "year": true, "time": true, "hour": true, "hours": true,
}

// claimPrec4OpensSentence reports whether the token starting at rune
// offset at opens its sentence: only quotation marks or brackets stand
// between it and the paragraph start or a sentence-final mark.
func claimPrec4OpensSentence(toks []claimTok, at int) bool {
	s := -1
	for i, t := range toks {
		if t.start >= at {
			s = i
			break
		}
	}
	if s < 0 {
		return false
	}
	for k := s - 1; k >= 0; k-- {
		switch toks[k].text {
		case ".", "!", "?", ":", ";":
			return true
		}
		if toks[k].word || toks[k].quote == claimQuoteNone && toks[k].text != "(" && toks[k].text != "[" && toks[k].text != "—" {
			return false
		}
	}
	return true
}
