package extract

import "strings"

// This file holds the rules for where a claim's content starts and ends
// around its cue.

// claimIngCues are the participles that open a second attribution of the
// same source (", adding that ...") and so end the first one's content.
var claimIngCues = map[string]bool{
	"saying": true, "adding": true, "noting": true, "explaining": true, "arguing": true, "insisting": true,
	"telling": true, "calling": true, "claiming": true, "suggesting": true, "warning": true, "writing": true,
	"asking": true, "acknowledging": true, "declaring": true, "citing": true, "stressing": true, "recalling": true,
}

// claimContentEnd returns where a forward content starting at s ends: the
// unit end, or a comma before a participle opening a new attribution.
//
// It also ends before a new clause with its own source and cue: "…, and
// encouraged Americans …" (same source) or "…, but they pointed out …".
func claimContentEnd(toks []claimTok, s, b int) int {
	lx := cueLexicon()
	for k := s; k+1 < b; k++ {
		if toks[k].span >= 0 {
			// ",” though voters …": a comma closing a quotation ends the
			// content as one outside it would, after the mark.
			if k > s+2 && toks[k-1].text == "," && claimClosesQuote(toks, k) && toks[k+1].span < 0 && (claimQuoteCommaBreak(toks, k+1, b) || cueAsQuoteBreak(toks, k, b)) {
				return k + 1
			}
			continue
		}
		// A long aside in parentheses is the writer's: "… her server (the
		// existence of which, many Democrats say, …)".
		if toks[k].text == "(" && k > s+2 && toks[k].span < 0 {
			n := 0
			for j := k + 1; j < b && toks[j].text != ")"; j++ {
				if toks[j].word {
					n++
				}
			}
			if n >= 6 {
				return k
			}
		}
		if toks[k].text == "," && k > s && (claimIngCues[toks[k+1].lower] || lx.verbs[toks[k+1].lower].ing && toks[k+1].tag == "VBG" && toks[k+1].span < 0) {
			return k
		}
		// "Mr. Obama, who understood that a push would be fruitless, told
		// his advisers …": a listed verb right after a comma is the main
		// clause's.
		if toks[k].text == "," && k > s+2 && toks[k+1].span < 0 && (toks[k+1].tag == "VBD" || toks[k+1].tag == "VBZ") {
			if vf, ok := lx.verbs[toks[k+1].lower]; ok && !vf.ing && !vf.base {
				return k
			}
		}
		if k > s+2 && k+2 < b && claimContentDash(toks, k) && (claimSubjectVerb(toks, k+1, b) || claimContentDashTail(toks, k+1, b)) && !claimContentDashAfter(toks, k+1, b) && !claimContentDashAfter(toks, s, k) {
			return k // "… - it has also exposed his weaknesses"; not a pair of dashes around an aside
		}
		if k > s+2 && toks[k].text == "," && claimContentAbsolute(toks, k+1, b) {
			return k
		}
		if k > s+2 && toks[k].text == "," && claimContentParticiple(toks, s, k, b) {
			return k
		}
		if k > s && (toks[k].text == ";" || toks[k].text == "," && (toks[k+1].lower == "compared" || toks[k+1].lower == "often")) {
			return k
		}
		if k > s+2 && toks[k].text == "," && k+2 < b && (toks[k+1].lower == "and" || toks[k+1].lower == "but") && claimClauseSubordinators[toks[k+2].lower] && toks[k+2].span < 0 && claimCommaAfter(toks, k+3, b) {
			return k // "…, and when pressed on why …, she replied"
		}
		if k > s+1 && toks[k].text == "," && claimNewClause(toks, k+1, b) && !claimContentContrast(toks, s, k, b) {
			return k
		}
		if k > s+2 && toks[k].text == "," && claimTrailingComment(toks, s, k, b) {
			return k
		}
		if k > s+2 && toks[k].text == "," && claimTrailingAdverbial(toks, s, k, b) {
			return k
		}
		if k > s+2 && toks[k].text == "," && (toks[k+1].lower == "which" || toks[k+1].lower == "who") && !claimCommaAfter(toks, k+2, b) {
			return k // a closing relative clause: "…, which …."
		}
		vf, ok := lx.verbs[toks[k].lower]
		if !ok || k < s+3 || !(toks[k].tag == "VBD" || toks[k].tag == "VBZ" || toks[k].tag == "VBP") {
			continue
		}
		if toks[k-1].lower == "and" && toks[k-1].span < 0 && !(vf.class != cueSpeech && claimContentOwnSubject(toks, s, k-1)) {
			return claimCutBefore(toks, s, k-1)
		}
		if toks[k-1].tag == "RB" && k-2 > s && toks[k-2].lower == "and" && toks[k-2].span < 0 && vf.class == cueSpeech {
			return claimCutBefore(toks, s, k-2) // "… and repeatedly says, “…”"
		}
		ls, le, ok := spkChunkLeft(toks, s, k)
		if ok && le == k && ls > s+2 && spkValid(toks, ls, le, vf.class) && claimClauseBreak[toks[ls-1].lower] && !(toks[ls-2].text == "," && claimContentContrast(toks, s, ls-2, b)) {
			return claimCutBefore(toks, s, ls-1)
		}
		// "… of the regional centers The S.E.C. said it would …": a
		// capitalised determiner inside a sentence starts a new one whose
		// period is missing.
		if ok && le == k {
			for m := max(ls, s+3); m < k; m++ {
				if toks[m].tag == "DT" && toks[m].upper && toks[m-1].word && !toks[m-1].upper && toks[m-1].span < 0 {
					return m
				}
			}
		}
		if ok && le == k && ls > s+2 && toks[ls-1].lower == "what" && vf.class == cueSpeech && k+1 < b && (cueBeForms[toks[k+1].lower] || toks[k+1].lower == "as") {
			// "…, amounting to what the senators said was …": the
			// source's own claim ends the content at the clause before it.
			for j := ls - 2; j > s+2; j-- {
				if toks[j].text == "," && toks[j].span < 0 && toks[j+1].start > toks[j].end {
					return j
				}
			}
		}
	}
	return b
}

// claimClauseBreak are the tokens that open a coordinate clause.
var claimClauseBreak = map[string]bool{",": true, ";": true, "but": true, "and": true, "yet": true, "while": true, "whereas": true, "—": true, "―": true, "–": true, "--": true, "though": true, "although": true}

// claimCutBefore backs up over a comma before a conjunction at k.
func claimCutBefore(toks []claimTok, s, k int) int {
	for k > s && claimClauseBreak[toks[k-1].lower] {
		k--
	}
	return k
}

// claimObjectLemmas are verbs whose object comes before the content
// ("told reporters that").
var claimObjectLemmas = map[string]bool{"tell": true, "ask": true, "inform": true, "assure": true, "remind": true, "warn": true, "urge": true, "advise": true, "promise": true}

// claimContentTitleObject extends an object noun phrase ending at e over
// a possessive and the quoted title it owns: "told ABC's “Good Morning
// America” the talks …" has the show as its addressee.
func claimContentTitleObject(toks []claimTok, e, b int) int {
	if e+1 >= b || toks[e].lower != "'s" && toks[e].lower != "’s" || toks[e+1].span < 0 || toks[e+1].quote == claimQuoteNone {
		return e
	}
	sp := toks[e+1].span
	k := e + 1
	for k < b && toks[k].span == sp {
		k++
	}
	return k
}

// claimContentStart returns where the content after a cue begins: after
// the object of "told" and after prepositional phrases ending in "that"
// ("said in a television address on Monday that"), or after a colon.
func claimContentStart(toks []claimTok, c claimCue, b int) int {
	j := c.end
	if k := claimObjectThat(toks, c, b); k > j {
		return k
	}
	switch {
	case j+1 < b && claimObjectLemmas[c.form.lemma] && claimObjectPronouns[toks[j].lower] && toks[j+1].tag != "CC" && toks[j+1].text != "." && toks[j+1].lower != "to" && !strings.HasPrefix(toks[j+1].tag, "NN") && !strings.HasPrefix(toks[j+1].tag, "JJ"):
		j++ // "told them he would win"
	case j < b && claimObjectLemmas[c.form.lemma] && toks[j].lower != "that" && toks[j].span < 0:
		// The object is skipped only when something follows it: "promised
		// a veto and attempted …" has the object as its content.
		if e, ok := spkChunkRight(toks, j, b); ok {
			e = claimContentTitleObject(toks, e, b)
			// "told reporters the plan …": a second noun phrase after a
			// noun starts the content.
			for k := j + 1; k < e; k++ {
				if (toks[k].tag == "DT" || toks[k].tag == "PRP" || toks[k].tag == "PRP$") && spkIsNounTag(toks[k-1].tag) {
					e = k
					break
				}
			}
			// "warned it could …": a noun phrase before a verb is the
			// content's subject, not the cue's object.
			// "urges her husband to come out": the object belongs to the
			// content of an infinitive.
			finite := e < b && (toks[e].tag == "MD" || toks[e].tag == "VBD" || toks[e].tag == "VBZ" || toks[e].tag == "VBP" || toks[e].lower == "to")
			if e < b && !finite && (toks[e].tag != "CC" && toks[e].text != "," && toks[e].text != "." || toks[e].text == "," && e+1 < b && claimOpens(toks, e+1)) {
				j = e
			}
		}
	}
	// "said on X after speaking with Y on Monday: “…”".
	for k := j; k < b && k < j+25; k++ {
		t := toks[k]
		if t.text == ":" && k+1 < b && toks[k+1].quote != claimQuoteNone {
			return k + 1
		}
		if t.text == "," || t.quote != claimQuoteNone || t.lower == "that" || t.tag == "VBZ" || t.tag == "VBP" || t.tag == "MD" {
			break // "said she has the quality for the job: “…”" is a clause
		}
	}
	if j < b && (toks[j].tag == "IN" || toks[j].tag == "TO" && toks[j].lower == "to" || toks[j].tag == "RB" || spkTimeWords[toks[j].lower] || toks[j].text == ",") && toks[j].lower != "that" {
		for k := j; k < b && k < j+14; k++ {
			t := toks[k]
			if t.lower == "that" && t.span < 0 {
				if k > j && k+1 < b && (toks[k+1].tag == "VBD" || toks[k+1].tag == "VBZ") && strings.HasPrefix(toks[k-1].tag, "NN") {
					// "told the crowd that gathered …": a relative clause.
					break
				}
				return k
			}
			if t.text == ":" {
				return k + 1
			}
			if t.text == "," && k > j && toks[j].text == "," && k+1 < b && toks[k+1].lower == "that" {
				continue // "insists, most recently in an interview, that …"
			}
			if t.text == "," && k > j {
				if m := claimContentPlaceThat(toks, k, b); m > k {
					return m // "said in Buffalo, New York, that …"
				}
			}
			if x := claimBound3TitleEnd(toks, k, b); x > k {
				k = x - 1 // "said on ABC's ''This Week'' on Sunday that …": a quoted title
				continue
			}
			if strings.HasPrefix(t.tag, "VB") || t.quote != claimQuoteNone || t.text == "," && k > j {
				break
			}
		}
	}
	for j < b && (toks[j].text == ":" || toks[j].text == "," || toks[j].text == "—" || toks[j].text == "--") {
		j++
	}
	// "said Monday the plan …", "said on Tuesday it …": the date belongs
	// to the cue's clause, not to the content.
	k := j
	for k < b && k < j+4 && (spkTimeWords[toks[k].lower] || spkIsDate(toks[k])) && toks[k].span < 0 && !(k+1 < b && (toks[k+1].lower == "'s" || toks[k+1].lower == "’s")) {
		k++
	}
	if k > j && k < b && claimWords(toks, k, b) >= 3 && (toks[k-1].upper || !spkIsNounTag(toks[k].tag) || toks[k].tag == "PRP" || toks[k].tag == "DT") {
		for k < b && toks[k].text == "," {
			k++
		}
		j = k
	}
	if k := claimContentLightNoun(toks, j, b); k > j {
		j = k
	}
	return j
}

// claimContentLightNouns are nouns of attitude that, with their verb, make
// a cue ("expressed concern about", "showed no sign of", "offered his
// thoughts on"): the content is the preposition's object.
var claimContentLightNouns = map[string]bool{
	"concern": true, "sign": true, "signs": true, "thoughts": true, "opinion": true,
	"words": true, "interest": true, "understanding": true, "discomfort": true,
	"optimism": true, "pessimism": true, "skepticism": true, "doubts": true,
	"frustration": true, "dismay": true, "displeasure": true, "disdain": true,
	"reservations": true, "misgivings": true, "sympathy": true, "admiration": true,
	"statements": true,
}

// claimContentLightDets may come before a light noun: "his thoughts on",
// "some kind words about", "no sign of".
var claimContentLightDets = map[string]bool{
	"a": true, "an": true, "the": true, "his": true, "her": true, "their": true, "its": true,
	"our": true, "my": true, "your": true, "some": true, "no": true, "little": true, "any": true,
	"kind": true, "strong": true, "deep": true, "serious": true, "growing": true, "usual": true,
}

// claimContentLightPreps link a light noun to the content.
var claimContentLightPreps = map[string]bool{"of": true, "about": true, "on": true, "with": true, "for": true, "over": true, "at": true}

// claimContentLightNoun returns where the content starts after a light
// noun and its preposition at j ("expressed concern about Trump" has the
// content "Trump"), or -1.
func claimContentLightNoun(toks []claimTok, j, b int) int {
	k := j
	for k < b && k < j+3 && claimContentLightDets[toks[k].lower] {
		k++
	}
	if k+2 < b && claimContentLightNouns[toks[k].lower] && claimContentLightPreps[toks[k+1].lower] && toks[k].span < 0 && toks[k+2].word {
		return k + 2
	}
	return -1
}

// claimContentPlaceThat returns the index of "that" when the comma at k
// opens the second part of a place name that a comma and "that" close
// ("said in Buffalo, New York, that …"), or -1.
func claimContentPlaceThat(toks []claimTok, k, b int) int {
	m := k + 1
	for m < b && m <= k+3 && toks[m].upper && toks[m].word {
		m++
	}
	if m > k+1 && m+1 < b && toks[m].text == "," && toks[m+1].lower == "that" && toks[m+1].span < 0 {
		return m + 1
	}
	return -1
}

// claimAdverbialLead reports whether tokens [a, s) before a subject are an
// introductory adverbial ("During his campaign,", "On Friday,", "But")
// rather than a content.
func claimAdverbialLead(toks []claimTok, a, s int) bool {
	if s <= a {
		return true
	}
	e := s
	for e > a && !toks[e-1].word && toks[e-1].quote == claimQuoteNone {
		e--
	}
	if e <= a {
		return true
	}
	for k := a; k < e; k++ {
		if toks[k].quote != claimQuoteNone {
			return false
		}
	}
	w := claimWords(toks, a, e)
	first := toks[a]
	if claimSubordinators[first.lower] {
		commas := 0
		for k := a; k < e; k++ {
			if toks[k].text == "," {
				commas++
			}
		}
		return commas == 0
	}
	if w <= 2 || (first.tag == "IN" || first.tag == "RB" || first.tag == "CC") && w <= 6 {
		return true
	}
	for k := a; k < e; k++ {
		if strings.HasPrefix(toks[k].tag, "VB") || toks[k].tag == "MD" {
			return w <= 5 && strings.HasPrefix(toks[k].tag, "VBG")
		}
	}
	// Without a verb the lead is no clause, so not a content.
	return true
}

// claimSeg builds a content segment from tokens [s, e), trimmed.
func claimSeg(toks []claimTok, s, e int) ([2]int, bool) {
	s, e = claimTrim(toks, s, e)
	if s >= e || claimWords(toks, s, e) == 0 {
		return [2]int{}, false
	}
	return [2]int{toks[s].start, toks[e-1].end}, true
}

// claimSubordinators open an adverbial clause that can precede a subject
// ("Although Trump did not set a deadline, Rubio said …").
var claimSubordinators = map[string]bool{
	"although": true, "though": true, "while": true, "because": true, "if": true, "when": true, "after": true,
	"before": true, "as": true, "since": true, "unless": true, "until": true, "once": true, "whereas": true,
	"during": true, "despite": true, "in": true, "on": true, "at": true, "for": true, "with": true,
}

// claimNewClause reports whether tokens from k open an independent clause
// after a comma: a conjunction, then a subject and a finite verb ("…, and
// the ACLU has already sued", "…, though voters are more likely").
func claimNewClause(toks []claimTok, k, b int) bool {
	if k >= b || !(toks[k].lower == "and" || toks[k].lower == "but" || toks[k].lower == "though" || toks[k].lower == "while" || toks[k].lower == "although" || toks[k].lower == "whereas" || toks[k].lower == "so") {
		return false
	}
	if k+1 < b && toks[k+1].lower == "that" && (toks[k].lower == "and" || toks[k].lower == "but") {
		return false // "…, but that he would not support …": a second clause of the same cue
	}
	if claimBound3NoSubjectLead(toks, k+1, b) {
		return false
	}
	for j := k + 1; j < b && j <= k+10; j++ {
		t := toks[j]
		if t.span >= 0 || t.text == "," || t.tag == "WRB" || t.tag == "WP" || t.tag == "WDT" {
			return false
		}
		switch t.tag {
		case "VBD", "VBZ", "VBP", "MD":
			if j == k+1 {
				return false // "and said …": same subject, same claim
			}
			p := toks[j-1]
			return p.tag == "PRP" || strings.HasPrefix(p.tag, "NN") || p.tag == "CD" || p.tag == "RB" && j-2 > k && (strings.HasPrefix(toks[j-2].tag, "NN") || toks[j-2].tag == "PRP")
		}
	}
	return false
}

// claimQuoteEnd ends a content that opens with a whole quoted utterance
// at the quotation's close: in "says, “Don't do it,” until shots are
// heard" the words after the quotation are the writer's. A quotation is
// whole when punctuation ends it inside its marks; a quoted fragment
// ("said “the plan” is dead") keeps the rest of the clause.
func claimQuoteEnd(toks []claimTok, s, e int) int {
	if s >= e || !claimOpens(toks, s) {
		return e
	}
	cl := s
	for k := s + 1; k < e && toks[k].span == toks[s].span; k++ {
		cl = k
	}
	if cl <= s+1 || cl+1 >= e || claimWords(toks, cl+1, e) == 0 {
		return e
	}
	switch toks[cl-1].text {
	case ",", ".", "?", "!":
		return cl + 1
	}
	return e
}

// claimQuoteAfterObject moves the start of a forward content past a short
// object or prepositional phrase to a quotation after a comma: "wrote to
// his Twitter followers, “It's time,” and shared a link" says the
// quotation. It returns s unchanged when no such quotation follows.
func claimQuoteAfterObject(toks []claimTok, s, e int) int {
	for k := s; k+1 < e && k < s+12; k++ {
		t := toks[k]
		if t.span >= 0 || t.tag == "VBD" || t.tag == "VBZ" || t.tag == "VBP" || t.tag == "MD" || t.lower == "that" {
			return s
		}
		if t.text == "," && k > s && claimOpens(toks, k+1) {
			return k + 1
		}
	}
	return s
}

// claimCommaAfter reports whether a comma outside quotations lies in
// tokens [k, b).
func claimCommaAfter(toks []claimTok, k, b int) bool {
	for ; k < b; k++ {
		if toks[k].text == "," && toks[k].span < 0 {
			return true
		}
	}
	return false
}

// claimObjectPronouns are the object forms of personal pronouns.
var claimObjectPronouns = map[string]bool{"him": true, "her": true, "them": true, "us": true, "me": true}

// claimClosesQuote reports whether token k is the closing mark of a
// quotation.
func claimClosesQuote(toks []claimTok, k int) bool {
	return toks[k].quote != claimQuoteNone && toks[k].span >= 0 && k > 0 && toks[k-1].span == toks[k].span && (k+1 >= len(toks) || toks[k+1].span != toks[k].span)
}

// claimQuoteCommaBreak reports whether the tokens from k, after a comma
// that closes a quotation, open what ends a content after a plain comma:
// a new clause with its own subject or a participle of saying.
func claimQuoteCommaBreak(toks []claimTok, k, b int) bool {
	if claimIngCues[toks[k].lower] || (toks[k].lower == "which" || toks[k].lower == "who") && !claimCommaAfter(toks, k+1, b) {
		return true
	}
	return claimNewClause(toks, k, b)
}

// claimObjectThat returns the "that" opening the content after the
// object of a cue like "told" when only the object and its modifiers lie
// between ("told The Post and Courier newspaper of Charleston on Saturday
// that he …", "is telling customers at a breakfast spot that “…”"), or -1.
// A "that" before a verb is a relative pronoun ("told the crowd that
// gathered").
func claimObjectThat(toks []claimTok, c claimCue, b int) int {
	if !claimObjectLemmas[c.form.lemma] || c.end >= b || toks[c.end].lower == "that" {
		return -1
	}
	for k := c.end; k+1 < b && k < c.end+20; k++ {
		t := toks[k]
		if t.span >= 0 || t.text == "." || t.text == ";" || t.text == ":" || strings.HasPrefix(t.tag, "W") || t.tag == "MD" {
			return -1
		}
		if t.lower == "that" {
			switch toks[k+1].tag {
			case "VBD", "VBZ", "VBP", "MD", "VB", "VBN", "VBG":
				return -1
			}
			return k
		}
		switch t.tag {
		case "VBD", "VBZ", "VBP", "VB", "VBG":
			return -1
		}
	}
	return -1
}

// claimTrailingComment reports whether the comma at k, after a clause
// [s, k) with a finite verb, opens a verbless noun phrase that runs to the
// unit's end b, perhaps with a relative clause: the writer's comment on
// the content ("…, a swipe at the recent disturbances", "…, the first
// such loss in years", "… with NATO, the military alliance that includes
// the United States").
func claimTrailingComment(toks []claimTok, s, k, b int) bool {
	if k+2 >= b || !(toks[k+1].lower == "a" || toks[k+1].lower == "an" || toks[k+1].lower == "the") {
		return false
	}
	if !claimHasFinite(toks, s, k) && !claimBoundNPApposition(toks, s, k, b) || claimHasQuote(toks, k+1, b) {
		return false
	}
	// A relative clause may modify the noun: "…, the existing military
	// alliance that includes the United States".
	f := b
	for j := k + 1; j < b; j++ {
		if toks[j].tag == "WDT" || toks[j].tag == "WP" || toks[j].lower == "that" {
			f = j
			break
		}
	}
	if f < k+3 || claimHasFinite(toks, k+1, f) {
		return false
	}
	for j := f; j < b && toks[k-1].tag != "NNP"; j++ {
		if toks[j].tag == "CC" {
			return false // a list: "tax fairness, the closure of loopholes that … and for relief"
		}
	}
	for j := k + 1; j < f; j++ {
		if toks[j].tag == "CC" || toks[j].text == "," {
			return false
		}
	}
	return true
}

// claimTrailingAdverbials open an adverbial clause of the writer's after a
// comma: "…, when the Senate reconvenes", "…, where he trailed Clinton".
var claimTrailingAdverbials = map[string]bool{"where": true}

// claimTrailingAdverbial reports whether the comma at k, after a content
// [s, k) ending in a singular noun, opens an adverbial clause with its own
// subject and verb ("in the state, where 18 electoral votes are up").
func claimTrailingAdverbial(toks []claimTok, s, k, b int) bool {
	if k+3 >= b || !claimTrailingAdverbials[toks[k+1].lower] || !strings.HasPrefix(toks[k-1].tag, "NN") || toks[k-1].tag == "NNS" {
		return false
	}
	j := k + 2
	for j < b && toks[j].tag == "CD" {
		j++ // "…, where 18 electoral votes are up for grabs"
	}
	return claimSubjectVerb(toks, j, b)
}

// claimContentParticiple reports whether the comma at k, after a content
// [s, k) that is no finite clause (a noun phrase or an infinitive), opens
// a participle clause of the writer's: "…, dealing a blow to the
// governor", "…, implicitly putting his name on the line". A list of
// participles ("of covering up, delaying, and withholding") and a
// participle between commas before the content's verb ("the records,
// numbering 1,000 pages, be released") stay.
func claimContentParticiple(toks []claimTok, s, k, b int) bool {
	if claimHasFinite(toks, s, k) || toks[k-1].tag == "VBG" || toks[k-1].tag == "RP" {
		return false
	}
	j := k + 1
	if j < b && toks[j].tag == "RB" && toks[j].span < 0 {
		j++
	}
	if j+1 >= b || toks[j].tag != "VBG" || toks[j].span >= 0 || toks[j].lower == "including" {
		return false
	}
	for m := j + 1; m+1 < b; m++ {
		if toks[m].text == "," && toks[m].span < 0 {
			n := toks[m+1].tag
			return !(strings.HasPrefix(n, "VB") && n != "VBG" || n == "MD")
		}
	}
	return true
}

// claimContentQuestioned are the participles of a question put to a
// source: "when asked about Trump, Obama said …", "when pressed on why …,
// she replied, “…”" make the lead before the source adverbial.
var claimContentQuestioned = map[string]bool{"asked": true, "pressed": true, "questioned": true, "challenged": true}

// claimContentAbsolute reports whether the tokens from k, after a comma,
// open an absolute phrase of the writer's: "…, with RealClearPolitics
// showing her ahead 3 points", "…, with Republicans exhibiting more
// dissatisfaction". Shares of a poll ("…, with 13 percent supporting
// another candidate") stay.
func claimContentAbsolute(toks []claimTok, k, b int) bool {
	if k >= b || toks[k].lower != "with" || toks[k].span >= 0 {
		return false
	}
	for j := k + 1; j < b && j <= k+6; j++ {
		t := toks[j]
		if t.span >= 0 || !t.word {
			return false
		}
		if t.tag == "VBG" {
			return j > k+1 && spkIsNounTag(toks[j-1].tag)
		}
		if !(spkIsNounTag(t.tag) || t.tag == "DT" || t.tag == "JJ" || t.tag == "PRP$" || t.tag == "POS") || t.lower == "percent" {
			return false
		}
	}
	return false
}

// claimContentDash reports whether token k is a dash: an em or en dash,
// a double hyphen, or a hyphen with spaces around it.
func claimContentDash(toks []claimTok, k int) bool {
	switch toks[k].text {
	case "—", "―", "–", "--":
		return true
	case "-":
		return k > 0 && k+1 < len(toks) && toks[k].start > toks[k-1].end && toks[k+1].start > toks[k].end
	}
	return false
}

// claimContentDashAfter reports whether a dash outside quotations lies in
// tokens [k, b).
func claimContentDashAfter(toks []claimTok, k, b int) bool {
	for ; k < b; k++ {
		if toks[k].span < 0 && claimContentDash(toks, k) {
			return true
		}
	}
	return false
}

// claimContentDashTail reports whether the tokens from k, after a lone
// dash, are the writer's: a noun phrase in apposition ("… — a move that
// would dilute their power") or a new clause after "and" or "but" ("… —
// and the Senate is holding talks").
func claimContentDashTail(toks []claimTok, k, b int) bool {
	switch toks[k].lower {
	case "a", "an", "the":
		return toks[k].span < 0
	case "and", "but":
		return claimNewClause(toks, k, b)
	case "though", "although":
		return toks[k].span < 0 // "… - though it is unclear whether …": the writer's concession
	}
	return false
}

// claimContentOwnSubject reports whether the content [s, k) is a clause
// with its own subject, a noun phrase or pronoun right before its first
// finite verb: in "say he posed a threat and refused to drop the gun" the
// second verb is the content subject's, not a new cue of the source.
func claimContentOwnSubject(toks []claimTok, s, k int) bool {
	if s < k && toks[s].lower == "that" {
		s++
	}
	for j := s; j < k && j < s+6; j++ {
		switch toks[j].tag {
		case "VBD", "VBZ", "VBP", "MD":
			return j > s && toks[j].span < 0 && (spkIsNounTag(toks[j-1].tag) || toks[j-1].tag == "PRP" || toks[j-1].tag == "RB" && j-1 > s)
		}
		if toks[j].text == "," || toks[j].span >= 0 {
			return false
		}
	}
	return false
}

// claimContentContrast reports whether the comma at k opens a "while"
// clause that sets figures against those of the content: "48 percent
// supported Mr. Trump, while 23 percent favored Mr. Cruz" reports both.
func claimContentContrast(toks []claimTok, s, k, b int) bool {
	if k+1 >= b || toks[k+1].lower != "while" && toks[k+1].lower != "whereas" {
		return false
	}
	num := func(a, e int) bool {
		for j := a; j < e; j++ {
			if toks[j].tag == "CD" && toks[j].span < 0 {
				return true
			}
		}
		return false
	}
	x := b
	for j := k + 2; j < b; j++ {
		if toks[j].text == "," && toks[j].span < 0 && !(j+1 < b && toks[j+1].tag == "CD") {
			x = j
			break
		}
	}
	return num(s, k) && num(k+2, x)
}

// claimBoundNPApposition reports whether a noun phrase or infinitive
// content [s, k) ends in a noun that the apposition after the comma at k
// describes, the writer's gloss: "referring to Jeffrey Feltman, a State
// Department official overseeing the region" has the content "Jeffrey
// Feltman", "denounced the media, the erstwhile arbiter of fact" has "the
// media". The apposition must close the unit without another comma, and
// the content must not open a finite clause ("that for groups like X, the
// rate …").
func claimBoundNPApposition(toks []claimTok, s, k, b int) bool {
	if !spkIsNounTag(toks[k-1].tag) || claimOpensClause(toks, s) && toks[s].lower != "to" || toks[s].tag == "IN" {
		return false
	}
	return !claimCommaAfter(toks, k+1, b)
}

// claimBound3NoSubjectLead reports whether the tokens from k, after the
// conjunction at k-1, continue the content rather than open a clause of
// their own: "rather", "not" or "whether" ("… - and whether he can win"),
// or anything after the "but" of "not only …, but …", "not because …, but
// because …".
func claimBound3NoSubjectLead(toks []claimTok, k, b int) bool {
	if k >= b || toks[k].span >= 0 {
		return false
	}
	switch toks[k].lower {
	case "rather", "not", "whether":
		return true
	}
	return k > 0 && toks[k-1].lower == "but" && claimBound3NotBefore(toks, k-1)
}

// claimBound3NotFocus are the words after "not" that open the first half
// of a correlative "not … but …": "not only", "not just", "not because".
var claimBound3NotFocus = map[string]bool{"only": true, "just": true, "because": true, "simply": true, "merely": true, "in": true, "for": true}

// claimBound3NotBefore reports whether a correlative "not only", "not
// just", "not because" … stands within the twenty tokens before the "but"
// at k, with no sentence break between.
func claimBound3NotBefore(toks []claimTok, k int) bool {
	for j := k - 2; j >= 0 && j >= k-20; j-- {
		switch toks[j].text {
		case ".", ";", "?", "!":
			return false
		}
		if toks[j].lower == "not" && claimBound3NotFocus[toks[j+1].lower] {
			return true
		}
	}
	return false
}

// claimBound3TitleEnd returns the token after a short quoted title that
// opens at k, a quotation of at most six words with no verb and no
// sentence punctuation (“Meet the Press”), or -1.
func claimBound3TitleEnd(toks []claimTok, k, b int) int {
	if k == 0 || k >= b || !claimOpens(toks, k) {
		return -1
	}
	if p := toks[k-1]; !(p.tag == "IN" || p.tag == "POS" || p.lower == "’s" || p.lower == "'s" || spkIsNounTag(p.tag)) {
		return -1 // "vowed to “take our fight” to the states that …"
	}
	n := 0
	for j := k + 1; j < b && j <= k+9; j++ {
		t := toks[j]
		if t.span != toks[k].span {
			return -1
		}
		if t.quote != claimQuoteNone {
			if n == 0 || n > 6 {
				return -1
			}
			return j + 1
		}
		if t.word {
			n++
		}
		if t.tag == "VBD" || t.tag == "VBZ" || t.tag == "VBP" || t.tag == "MD" || t.text == "." || t.text == "," || t.text == "!" || t.text == "?" {
			return -1
		}
	}
	return -1
}

// claimByCut reports whether the content starting at s, the object of
// its cue, ends at k before "by" and a listed cue participle: "answered
// the question by citing a poll": what the source did it by ("citing a
// poll") is its own claim.
func claimByCut(toks []claimTok, s, k, b int) bool {
	if k < s+2 || k+2 >= b || toks[k].lower != "by" || toks[k].span >= 0 || toks[k+1].span >= 0 {
		return false
	}
	if vf, ok := cueLexicon().verbs[toks[k+1].lower]; !ok || !vf.ing {
		return false
	}
	// Only a content that is the cue's object: in a clause ("said the
	// agency had grown by adding staff") the phrase belongs to its verb.
	for m := s; m < k; m++ {
		switch tg := toks[m].tag; {
		case tg == "VBD" || tg == "VBZ" || tg == "VBP" || tg == "MD" || tg == "WDT" || tg == "WRB" || tg == "WP":
			return false
		case m == s && (toks[m].lower == "that" || toks[m].lower == "to"):
			return false
		case tg == "TO" && m+1 < k && toks[m+1].tag == "VB":
			return false
		}
	}
	return true
}

// claimByResponseVerbs are verbs of responding, starting or ending whose
// "by" phrase is the act itself: "She answered the question by saying
// …" reports what she said, not what she answered.
var claimByResponseVerbs = map[string]bool{
	"respond": true, "responds": true, "responded": true, "responding": true,
	"reply": true, "replies": true, "replied": true, "replying": true,
	"answer": true, "answers": true, "answered": true, "answering": true,
	"react": true, "reacts": true, "reacted": true, "reacting": true,
	"retort": true, "retorts": true, "retorted": true,
	"begin": true, "begins": true, "began": true, "begun": true,
	"start": true, "starts": true, "started": true,
	"open": true, "opens": true, "opened": true,
	"close": true, "closes": true, "closed": true,
	"end": true, "ends": true, "ended": true,
	"show": true, "shows": true, "showed": true, "shown": true,
	"double": true, "doubles": true, "doubled": true,
}

// claimByDrop returns where the claim of cue c, whose content runs from
// the cue to e, gives way to a "by" and cue participle inside it, when c
// is a verb of responding: "answered a question on trade by asserting …"
// reports what was asserted, not what was answered. It returns -1 when
// the claim stands.
func claimByDrop(toks []claimTok, c claimCue, e, b int) int {
	if c.verb < 0 || c.verb >= len(toks) || !claimByResponseVerbs[toks[c.verb].lower] {
		return -1
	}
	for k := c.end; k < e; k++ {
		if claimByCut(toks, c.end, k, b) {
			return k
		}
	}
	return -1
}
