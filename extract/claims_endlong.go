package extract

import "strings"

// This file ends contents that run past their attribution: a clause
// content does not take a closing apposition that comments on the whole
// clause ("said the party was hostile, about the same number who …"),
// and a short noun phrase object does not take a stretch of time or the
// platform of its cue's clause ("played down the idea in recent weeks",
// "mocked Trump on Twitter").

// claimEndLongCut returns where the forward content [s, e) of draft d
// ends before a tail that belongs to the cue's clause or to the writer,
// or -1.
func claimEndLongCut(toks []claimTok, d claimDraft, s, e int) int {
	if k := claimEndLongApposition(toks, s, e); k > s {
		return k
	}
	if k := claimEndLongObjectAdjunct(toks, s, e); k > s {
		return k
	}
	if k := claimEndLongLeadingSub(toks, d, s, e); k > s {
		return k
	}
	if k := claimEndLong2AsideClose(toks, d, s, e); k > s {
		return k
	}
	if k := claimEndLong2InfSubject(toks, s, e); k > s {
		return k
	}
	if k := claimEndLong2QuoteComma(toks, s, e); k > s {
		return k
	}
	if k := claimEndLong2TitleTail(toks, d, s, e); k > s {
		return k
	}
	if k := claimEndLong2NameWho(toks, s, e); k > s {
		return k
	}
	if k := claimEndLong2Purpose(toks, s, e); k > s {
		return k
	}
	return -1
}

// claimEndLongLeadingSub returns the comma that closes a leading
// subordinate clause holding the cue, before the main clause: in "While
// the mayor has said that the plan is sound, there is growing anger in
// the council" the content stops before ", there is". It returns -1 when
// the unit does not open with a subordinator or no subject and finite
// verb follow a comma in the content.
func claimEndLongLeadingSub(toks []claimTok, d claimDraft, s, e int) int {
	a := d.unitA
	if a >= 0 && a+2 < s && toks[a].tag == "RB" && toks[a+1].text == "," {
		a += 2 // "However, while …"
	}
	sub := -1
	for j := a; j >= 0 && j < s && j <= a+5; j++ {
		if toks[j].span >= 0 {
			return -1
		}
		// The subordinator opens the unit, after a conjunction, an adverb
		// or a length of time ("Years after …"), or is "when" after a
		// time ("At a time when …").
		if claimClauseSubordinators[toks[j].lower] && (j == a || j == a+1 && (toks[a].tag == "CC" || toks[a].tag == "RB" || claimEndLongSpanNouns[toks[a].lower]) || toks[j].lower == "when") {
			sub = j
			break
		}
		if toks[j].text == "," {
			return -1
		}
	}
	if sub < 0 {
		return -1
	}
	for j := sub + 1; j < s; j++ {
		if toks[j].text == "," || toks[j].span >= 0 {
			return -1 // the subordinate clause closed before the cue
		}
	}
	for k := s + 2; k+2 < e; k++ {
		if toks[k].span >= 0 {
			continue
		}
		if toks[k].text == "," && (claimSubjectVerb(toks, k+1, e) || toks[k+1].tag == "EX" && k+2 < e && strings.HasPrefix(toks[k+2].tag, "VB")) {
			return k
		}
	}
	return -1
}

// claimEndLongObjectAdjunct returns where a short noun phrase object [s,
// e) of its cue ends before an adjunct of the cue's clause: a stretch of
// time ("played down the idea in recent weeks") or a network or platform
// it was said on ("mocked Trump on Twitter"). (Cutting before a count of
// times, "said “CNN” five times", was measured and loses: the count is
// as often part of the content.) It returns -1 when the content is a clause, the
// noun phrase is long, or a relative clause or an "as" predicate follows
// the adjunct ("posted a comment on Twitter that …").
func claimEndLongObjectAdjunct(toks []claimTok, s, e int) int {
	for k := s + 1; k < e && k <= s+8; k++ {
		t := toks[k]
		if t.span >= 0 {
			continue
		}
		var ok bool
		switch {
		case claimEndLongSpanAt(toks, k, e):
			ok = true
		case claimEndLongPlatformAt(toks, k, e):
			ok = true
		}
		if !ok {
			continue
		}
		if !claimEndLongShortObject(toks, s, k) || claimEndLongRelTail(toks, k, e) || claimEndLongEarlierCut(toks, s, k) {
			return -1
		}
		return k
	}
	return -1
}

// claimEndLongEarlierCut reports whether the content [s, k) opens with
// a time or holds an adjunct that claimBoundAdjunctCut ends it at.
func claimEndLongEarlierCut(toks []claimTok, s, k int) bool {
	if spkTimeWords[toks[s].lower] || spkIsDate(toks[s]) || toks[s].tag == "RB" {
		return true
	}
	for j := s + 1; j < k; j++ {
		if toks[j].span < 0 && (claimBoundAdjunctAt(toks, j, k) || claimBoundTimeAt(toks, j, k)) {
			return true
		}
	}
	return false
}

// claimEndLongShortObject reports whether [s, k) is a short noun phrase
// (a short quotation among it): no clause opener, no finite verb, at
// most six words.
func claimEndLongShortObject(toks []claimTok, s, k int) bool {
	if claimWords(toks, s, k) > 6 || toks[s].tag == "IN" || toks[s].tag == "TO" {
		return false
	}
	if toks[s].span < 0 && claimOpensClause(toks, s) {
		return false
	}
	for j := s; j < k; j++ {
		if toks[j].span >= 0 {
			continue
		}
		switch toks[j].tag {
		case "VBD", "VBZ", "VBP", "MD", "WDT", "WP":
			return false
		}
	}
	return true
}

// claimEndLongRelTail reports whether the tail [k, e) after an adjunct
// holds a relative clause, a comma or an "as", "about" or "for"
// complement that may belong to the object: "a comment on Twitter in August that
// compared …", "his antics on Twitter as a sign …", "thanked the mayor
// on Twitter for her help".
func claimEndLongRelTail(toks []claimTok, k, e int) bool {
	if e < len(toks) && toks[e].text == "," && toks[e].span < 0 {
		return true // the content was cut at a comma that a list or modifier may follow
	}
	for j := k; j < e; j++ {
		switch toks[j].lower {
		case "that", "which", "who", "whom", "as", "about", "for":
			return true
		case ",":
			if toks[j].span < 0 {
				return true // "…, including …"
			}
		}
	}
	return false
}

// claimEndLongSpanNouns are the units of a stretch of time.
var claimEndLongSpanNouns = map[string]bool{"hours": true, "minutes": true, "days": true, "weeks": true, "months": true, "years": true, "decades": true}

// claimEndLongSpanAt reports whether a stretch of time opens at k: "in
// recent weeks", "in coming months", "over the past two years", "for the
// last few days".
func claimEndLongSpanAt(toks []claimTok, k, e int) bool {
	switch toks[k].lower {
	case "in", "over", "during", "for":
	default:
		return false
	}
	j := k + 1
	if j < e && toks[j].lower == "the" {
		j++
	}
	if j >= e {
		return false
	}
	switch toks[j].lower {
	case "recent", "coming", "past", "last", "next", "previous":
	default:
		return false
	}
	j++
	if j < e && (toks[j].tag == "CD" || toks[j].lower == "few" || toks[j].lower == "several") {
		j++
	}
	return j < e && claimEndLongSpanNouns[toks[j].lower]
}

// claimEndLongPlatforms are networks and platforms a thing is said on.
var claimEndLongPlatforms = map[string]bool{
	"twitter": true, "facebook": true, "instagram": true, "youtube": true, "snapchat": true, "reddit": true,
	"tiktok": true, "msnbc": true, "cnn": true, "fox": true, "cbs": true, "nbc": true, "abc": true, "npr": true,
	"cnbc": true, "c-span": true, "pbs": true, "bbc": true, "television": true, "tv": true, "radio": true,
}

// claimEndLongPlatformAt reports whether "on", "to" or "via" and a
// network or platform open at k: "on Twitter", "to CNN", "on MSNBC’s
// show".
func claimEndLongPlatformAt(toks []claimTok, k, e int) bool {
	switch toks[k].lower {
	case "on", "to", "via":
	default:
		return false
	}
	return k+1 < e && claimEndLongPlatforms[toks[k+1].lower] && toks[k+1].span < 0
}

// claimEndLongSummaryHeads open an apposition that sums up the clause
// before it: "…, a move that …", "…, one that …".
var claimEndLongSummaryHeads = map[string]bool{"a": true, "an": true, "another": true, "one": true}

// claimEndLongAmountAt reports whether a comparison of an amount with
// another opens at k: "about the same number who …", "less than half of
// …", "well above the $1.11 a share that …", "nearly 20 points".
func claimEndLongAmountAt(toks []claimTok, k, e int) bool {
	if k+1 >= e {
		return false
	}
	n := toks[k+1]
	switch toks[k].lower {
	case "less", "more":
		return n.lower == "than"
	case "well":
		return n.lower == "above" || n.lower == "below" || n.lower == "over" || n.lower == "under"
	case "about", "roughly", "nearly", "almost":
		return n.tag == "CD" || n.lower == "the" || n.lower == "half"
	}
	return claimEndLong2AmountAt(toks, k, e)
}

// claimEndLong2AmountAt reports whether a change or ratio of an amount
// opens at k: "down sharply from …", "up four points from …", "double
// the number who …", "higher than any fee he …".
func claimEndLong2AmountAt(toks []claimTok, k, e int) bool {
	n := toks[k+1]
	switch toks[k].lower {
	case "up", "down":
		for j := k + 1; j < e && j <= k+4; j++ {
			if toks[j].lower == "from" {
				return true
			}
			if !(toks[j].tag == "RB" || toks[j].tag == "CD" || toks[j].lower == "percent" || toks[j].lower == "points" || toks[j].lower == "%") {
				return false
			}
		}
	case "double", "triple", "twice", "half":
		return n.lower == "the"
	case "higher", "lower", "fewer", "greater", "larger", "smaller":
		return n.lower == "than"
	}
	return false
}

// claimEndLongApposition returns the comma before a closing apposition
// of a clause content [s, e): a noun phrase with a relative clause or a
// comparison that comments on the clause ("said she should face no
// charges, a recommendation the attorney general adopted"), or an amount
// compared with another. It returns -1 when the content is no clause, the
// tail opens a clause of its own ("…, a boss invited her to lunch"), is a
// bare noun phrase ("…, a threefold increase since 1960") or stands after
// a name it may describe.
func claimEndLongApposition(toks []claimTok, s, e int) int {
	if claimHasQuote(toks, s, e) {
		return -1
	}
	for k := e - 3; k > s+3; k-- {
		t := toks[k]
		if t.text != "," || t.span >= 0 {
			continue
		}
		n := toks[k+1]
		rel, amount := false, false
		switch {
		case claimEndLongSummaryHeads[n.lower]:
			if n.lower != "one" && (toks[k-1].tag == "NNP" || toks[k-1].tag == "NNPS") {
				return -1
			}
			rel = n.lower != "one"
		case claimEndLongAmountAt(toks, k+1, e):
			amount = claimEndLongHasNumber(toks, s, k)
		default:
			continue
		}
		if claimWords(toks, s, k) < 4 || !claimHasFinite(toks, s, k) && !amount {
			return -1
		}
		ok, hasRel := claimEndLongNPTail(toks, k+1, e)
		if !ok || rel && !hasRel {
			return -1
		}
		return k
	}
	return -1
}

// claimEndLongHasNumber reports whether the tokens [s, k) hold a number
// an amount comparison may measure: "reported a profit of $2 a share,
// well above …".
func claimEndLongHasNumber(toks []claimTok, s, k int) bool {
	for j := s; j < k; j++ {
		if toks[j].tag == "CD" && toks[j].span < 0 {
			return true
		}
	}
	return false
}

// claimEndLongNPTail reports whether the tokens [a, e) are a noun phrase
// with at most a relative clause or a comparison (ok), and whether one of
// those follows its head (rel): no finite verb, or a first finite verb
// after a relative pronoun or right after a subject of its own that
// follows the head noun ("a plan the billionaire has modified").
func claimEndLongNPTail(toks []claimTok, a, e int) (ok, rel bool) {
	head := -1
	for j := a; j < e; j++ {
		t := toks[j]
		if t.text == "," || t.text == ";" || t.text == ":" || t.text == "-" || t.text == "–" || t.text == "—" {
			return false, false
		}
		if head >= 0 && (t.tag == "WDT" || t.tag == "WP" || t.lower == "that" || t.lower == "than") {
			return true, true
		}
		switch t.tag {
		case "VBD", "VBZ", "VBP", "MD":
			return false, false
		case "NN", "NNS", "CD":
			if head < 0 {
				head = j
				for head+1 < e && strings.HasPrefix(toks[head+1].tag, "NN") && toks[head+1].tag != "NNP" {
					head++
				}
				j = head
				if m := head + 1; m < e {
					switch toks[m].tag {
					case "DT", "PRP", "NNP", "NNPS":
						// "a plan the billionaire has modified"
						for x := m + 1; x < e && x <= m+5; x++ {
							switch toks[x].tag {
							case "VBD", "VBZ", "VBP", "MD":
								return true, true
							}
						}
					}
				}
			}
		}
	}
	return head >= 0, false
}

// claimEndLong2CueTok returns the index of the first token of draft d's
// cue, or -1.
func claimEndLong2CueTok(toks []claimTok, d claimDraft) int {
	for k := d.unitA; k < d.unitB; k++ {
		if toks[k].start >= d.cue[0] {
			if toks[k].end <= d.cue[1] {
				return k
			}
			return -1
		}
	}
	return -1
}

// claimEndLong2InAside reports whether draft d's cue opens an aside set
// off by a comma after the subject of its sentence: a relative clause
// ("Mr. Smith, who has said …, was …") or a participle ("Mr. Smith,
// suggesting …, was …").
func claimEndLong2InAside(toks []claimTok, d claimDraft) bool {
	c := claimEndLong2CueTok(toks, d)
	if c < 0 {
		return false
	}
	j := c - 1
	for n := 0; n < 4 && j > d.unitA && toks[j].text != ","; n++ {
		t := toks[j]
		if t.span >= 0 || !(t.lower == "who" || t.lower == "which" || t.tag == "RB" || t.tag == "MD" || claimAuxiliaries[t.lower]) {
			return false
		}
		j--
	}
	if j <= d.unitA || toks[j].text != "," || toks[j].span >= 0 {
		return false
	}
	n := toks[j+1]
	if !(n.lower == "who" || n.lower == "which" || j+1 == c && toks[c].tag == "VBG" && toks[c].lower != "according") {
		return false
	}
	p := toks[j-1]
	return spkIsNounTag(p.tag) || p.tag == "PRP" || p.text == ")"
}

// claimEndLong2AsideClose returns the comma that closes an aside holding
// the cue, before the verb of the sentence's subject: in "Mr. Smith,
// suggesting the city sell the land, was tepid about the plan" the
// content ends before ", was". It returns -1 when the cue opens no aside
// or no comma and finite verb follow in the content [s, e).
func claimEndLong2AsideClose(toks []claimTok, d claimDraft, s, e int) int {
	if !claimEndLong2InAside(toks, d) {
		return -1
	}
	for k := s + 2; k+1 < e; k++ {
		if toks[k].text != "," || toks[k].span >= 0 {
			continue
		}
		j := k + 1
		for j < e && toks[j].tag == "RB" && toks[j].span < 0 {
			j++
		}
		if j < e && toks[j].span < 0 {
			switch toks[j].tag {
			case "VBD", "VBZ", "VBP", "MD":
				return k
			}
		}
		return -1 // a comma inside the content: "the two men, and Mr. Cruz in particular, must …"
	}
	return -1
}

// claimEndLong2InfSubject returns where an infinitive content [s, e)
// ends before the finite verb of a sentence whose subject holds the cue:
// in "His proposal to make firms stay or pay is good policy" and "Those
// who hope to succeed differ from …" the verb follows the infinitive's
// own verb, so it has no subject inside the content. It returns -1 when
// the content is no infinitive, holds a clause opener or a subject of its
// own, or no finite verb follows a verb.
func claimEndLong2InfSubject(toks []claimTok, s, e int) int {
	if s+2 >= e || toks[s].lower != "to" || toks[s+1].tag != "VB" {
		return -1
	}
	for k := s + 2; k < e; k++ {
		t := toks[k]
		if t.span >= 0 || !t.word || claimSplitClauseWords[t.lower] || t.tag == "WRB" || claimClauseSubordinators[t.lower] || t.lower == "if" || t.lower == "whether" {
			return -1
		}
		switch t.tag {
		case "VBD", "VBZ", "MD":
			p := toks[k-1].tag
			if (p == "VB" || p == "VBG" || p == "RP") && !claimBoundSubjectBefore(toks, s, k) && !cueBeForms[toks[k-1].lower] {
				return k
			}
			return -1
		case "VBP":
			return -1
		}
	}
	return -1
}

// claimEndLong2QuoteComma returns the end of a quotation closed by a
// comma inside its marks when what follows belongs to the writer: a main
// clause after a leading one ("Conceding that she is “not a natural
// politician,” Clinton had a good night"), an apposition commenting on
// the clause ("…,” a nod to …", "…,” another moment …") or a relative
// or contrast clause ("…,” in which …", "…,” while …"). It returns -1
// when no such quotation closes in the content [s, e).
func claimEndLong2QuoteComma(toks []claimTok, s, e int) int {
	for k := s + 2; k+2 < e; k++ {
		if !claimClosesQuote(toks, k) || toks[k-1].text != "," || toks[k+1].span >= 0 {
			continue
		}
		n := toks[k+1]
		switch {
		case n.lower == "in" && toks[k+2].lower == "which":
			return k + 1
		case n.lower == "a" || n.lower == "an" || n.lower == "another":
			if ok, _ := claimEndLongNPTail(toks, k+1, e); ok && !claimEndLong2QuotedTitle(toks, k) {
				return k + 1
			}
		case claimEndLong2MainClause(toks, k+1, e) && !claimEndLong2InnerLead(toks, s, k):
			return k + 1
		}
	}
	return -1
}

// claimEndLong2QuotedTitle reports whether the quotation closing at k
// opens with a capitalised word, a title an apposition may describe:
// "“The Sopranos,” a show that …".
func claimEndLong2QuotedTitle(toks []claimTok, k int) bool {
	j := k - 1
	for j > 0 && toks[j-1].span == toks[k].span {
		j--
	}
	for ; j < k; j++ {
		if toks[j].word {
			return toks[j].upper
		}
	}
	return false
}

// claimEndLong2InnerLead reports whether the content [s, k) opens with
// a leading clause or phrase of its own, whose comma the main clause of
// the content follows: "that, because …,” it is …", "that by refusing to
// say “…,” Democrats are …".
func claimEndLong2InnerLead(toks []claimTok, s, k int) bool {
	for j := s; j < k; j++ {
		t := toks[j]
		if t.span >= 0 {
			continue
		}
		if t.text == "," || t.tag == "IN" && t.lower != "that" && t.lower != "of" || claimClauseSubordinators[t.lower] {
			return true
		}
	}
	return false
}

// claimEndLong2MainClause reports whether a subject and a finite verb
// that is no verb of saying open the tokens from k: "Clinton had a good
// night", not "he said".
func claimEndLong2MainClause(toks []claimTok, k, e int) bool {
	if !claimSubjectVerb(toks, k, e) {
		return false
	}
	lx := cueLexicon()
	for j := k; j < e && j <= k+4; j++ {
		switch toks[j].tag {
		case "VBD", "VBZ", "VBP", "MD":
			_, listed := lx.verbs[toks[j].lower]
			return !listed
		}
	}
	return false
}

// claimEndLong2TitlePreps open an adjunct of the cue's clause after the
// object in a Title Case headline: "Endorses Ryan With Trump’s Blessing",
// "Blasts Trump Over Deportation Idea".
var claimEndLong2TitlePreps = map[string]bool{
	"with": true, "over": true, "after": true, "amid": true, "despite": true, "during": true, "before": true, "following": true, "via": true,
}

// claimEndLong2TitleTail returns where the object content [s, e) of a
// cue in a Title Case headline ends: before a capitalised preposition of
// claimEndLong2TitlePreps, or before "And" and a second verb ("Backs
// Trump And Denounces Clinton"). It returns -1 outside headlines or when
// neither follows the object.
func claimEndLong2TitleTail(toks []claimTok, d claimDraft, s, e int) int {
	if !cueTitleCase(toks, d.unitA, d.unitB) || claimHasFinite(toks, s, e) {
		return -1
	}
	lx := cueLexicon()
	for k := s + 1; k+1 < e; k++ {
		t := toks[k]
		if t.span >= 0 || !t.upper {
			continue
		}
		if claimEndLong2TitlePreps[t.lower] {
			return k
		}
		if t.lower == "and" {
			if _, ok := lx.verbs[toks[k+1].lower]; ok || strings.HasPrefix(toks[k+1].tag, "VB") {
				return k
			}
		}
	}
	return -1
}

// claimEndLong2NameWho returns the comma before a non-restrictive "who"
// clause after a short object content [s, e) that names a person: the
// clause describes the person for the reader ("praised the candidate,
// who is running in Tuesday's primary"). It returns -1 when the content
// has a verb or more than five words before the comma.
func claimEndLong2NameWho(toks []claimTok, s, e int) int {
	for k := s + 1; k+2 < e && k <= s+6; k++ {
		t := toks[k]
		if t.span >= 0 {
			continue
		}
		if strings.HasPrefix(t.tag, "VB") || t.tag == "MD" || t.tag == "IN" || t.tag == "TO" || t.tag == "WDT" || t.tag == "WP" {
			return -1
		}
		if t.text == "," {
			if toks[k+1].lower == "who" && toks[k+1].span < 0 && claimWords(toks, s, k) <= 5 && !claimOpensClause(toks, s) && !claimCommaAfter(toks, k+2, e) && !claimHasQuote(toks, k, e) {
				return k
			}
			return -1
		}
	}
	return -1
}

// claimEndLong2Purposes are the openings of a purpose adjunct of the
// cue's clause: "in order to", "in an effort to", "in a bid to", "so as
// to".
var claimEndLong2Purposes = [][]string{
	{"in", "order", "to"}, {"in", "an", "effort", "to"}, {"in", "an", "apparent", "effort", "to"}, {"in", "a", "bid", "to"},
	{"in", "an", "attempt", "to"}, {"in", "an", "apparent", "attempt", "to"}, {"so", "as", "to"}, {"so", "as", "not", "to"},
}

// claimEndLong2Purpose returns where a noun phrase content [s, e) ends
// before a purpose adjunct of its cue's clause: "reminded reporters about
// the rule in order to show …". It returns -1 when none opens in it or a
// verb comes before it, whose purpose it may be.
func claimEndLong2Purpose(toks []claimTok, s, e int) int {
	for k := s + 1; k < e; k++ {
		if toks[k].span >= 0 {
			continue
		}
		if strings.HasPrefix(toks[k].tag, "VB") || toks[k].tag == "MD" {
			return -1 // the purpose may be the verb's: "accused him of trying to hide it so as not to …"
		}
		for _, p := range claimEndLong2Purposes {
			if claimWordsAt(toks, k, e, p) {
				return claimCutBefore(toks, s, k)
			}
		}
	}
	return -1
}
