package extract

// Time words and manner adverbs inside a phrasal cue: "spoke out Tuesday
// about …", "weighed in Friday on …", "lashed out again at …", "spoke at
// length about …". The cue finder (cueFind, cuePhrasalOnly in cues.go)
// expects a verb's particle or preposition right after it; these helpers
// let it pass a short time or manner stretch first, so the content starts
// after the preposition and the stretch joins the cue.

// cueTimeGapMax is the longest stretch, in tokens, between a verb (or its
// particle) and the preposition its phrasal entry needs.
const cueTimeGapMax = 4

// cueTimeGapAdverbs are manner and frequency adverbs that stand between a
// verb and its preposition ("railed again against", "spoke publicly
// about").
var cueTimeGapAdverbs = map[string]bool{
	"again": true, "repeatedly": true, "publicly": true, "privately": true, "openly": true, "strongly": true,
	"sharply": true, "forcefully": true, "angrily": true, "loudly": true, "directly": true, "briefly": true,
	"frequently": true, "often": true, "twice": true, "recently": true, "passionately": true, "bluntly": true,
	"vehemently": true, "harshly": true, "explicitly": true, "specifically": true, "extensively": true, "candidly": true,
	"emotionally": true, "fondly": true, "warmly": true, "glowingly": true, "approvingly": true, "critically": true,
	"once": true, "already": true, "previously": true, "later": true, "earlier": true, "today": true, "yesterday": true,
	"tonight": true, "still": true,
}

// cueTimeGapLeads open a time phrase closed by a time noun or weekday:
// "last week", "earlier this month", "on Tuesday", "this morning".
var cueTimeGapLeads = map[string]bool{
	"last": true, "this": true, "next": true, "earlier": true, "late": true, "on": true, "early": true, "that": true,
}

// cueTimeGapIdioms are two-word manner phrases: "at length", "in detail".
var cueTimeGapIdioms = map[[2]string]bool{
	{"at", "length"}: true, {"in", "detail"}: true, {"in", "public"}: true, {"in", "private"}: true,
	{"once", "again"}: true, {"yet", "again"}: true, {"at", "times"}: true,
}

// cueTimeGapDay reports whether token t names a day or month: a weekday,
// or a capitalised month name.
func cueTimeGapDay(t claimTok) bool {
	if _, ok := timexWeekdayNames[t.lower]; ok {
		return true
	}
	_, ok := timexMonthNames[t.lower]
	return ok && t.upper && t.lower != "may"
}

// cueTimeGapUnit returns the end of one time or manner unit starting at
// k, or k when none starts there.
func cueTimeGapUnit(toks []claimTok, b, k int) int {
	if k >= b || toks[k].span >= 0 || !toks[k].word {
		return k
	}
	t := toks[k]
	if k+1 < b && toks[k+1].span < 0 && cueTimeGapIdioms[[2]string{t.lower, toks[k+1].lower}] {
		return k + 2
	}
	if cueTimeGapLeads[t.lower] {
		j := k + 1
		if j < b && (toks[j].lower == "this" || toks[j].lower == "last" || toks[j].lower == "next") && t.lower == "earlier" {
			j++ // "earlier this week"
		}
		if j < b && toks[j].span < 0 && (claimBoundTimeNouns[toks[j].lower] || cueTimeGapDay(toks[j])) {
			return j + 1
		}
	}
	if cueTimeGapDay(t) {
		j := k + 1
		if j < b && toks[j].span < 0 && claimBoundTimeNouns[toks[j].lower] && toks[j].lower != "time" {
			j++ // "Tuesday night"
		}
		return j
	}
	if cueTimeGapAdverbs[t.lower] && t.lower != "once" { // "once" alone is a conjunction
		return k + 1
	}
	if cueTimeGapLy(t) {
		return k + 1 // "focused squarely on", "spoke favorably of"
	}
	return k
}

// cueTimeGapEnd returns the end of a stretch of time and manner units
// starting at k, at most cueTimeGapMax tokens long, or k when none.
func cueTimeGapEnd(toks []claimTok, b, k int) int {
	j := k
	for j < b && j-k < cueTimeGapMax {
		e := cueTimeGapUnit(toks, b, j)
		if e == j || e-k > cueTimeGapMax {
			break
		}
		j = e
	}
	return j
}

// cueTimeGapParticle returns the index just past a particle or
// preposition of the cue verb vf that follows a time or manner stretch
// at k ("spoke Tuesday about", "called again for"), or -1 when none.
// After the verb's own particle (part set), a preposition paired with
// that particle or one of the verb's own particles qualifies: "spoke
// out Tuesday about", "lashed out again at".
func cueTimeGapParticle(toks []claimTok, b, k int, vf cueVerbForm, part string) int {
	lx := cueLexicon()
	g := cueTimeGapEnd(toks, b, k)
	if g == k || g >= b || toks[g].span >= 0 {
		return -1
	}
	w := toks[g].lower
	ok := lx.phrasal[vf.lemma][w] || claimSaidParticles[vf.lemma][w]
	if part != "" {
		ok = lx.phrasalPreps[[2]string{vf.lemma, part}][w] || lx.phrasal[vf.lemma][w] && w != part
	}
	if !ok || toks[g].tag != "IN" && toks[g].tag != "TO" && toks[g].tag != "RP" && toks[g].tag != "RB" {
		return -1
	}
	return g + 1
}

// cueTimeGapSpeakOK reports whether a cue of "speak" ends in "about" or
// "of" after a time or manner stretch ("spoke Tuesday about", "spoke at
// length about"), which claimPrecSpeakOK keeps like "spoke about".
func cueTimeGapSpeakOK(toks []claimTok, c claimCue) bool {
	if c.end-1 <= c.verb+1 || c.end > len(toks) {
		return false
	}
	switch toks[c.end-1].lower {
	case "about", "of":
		return cueTimeGapEnd(toks, c.end-1, c.verb+1) > c.verb+1 || toks[c.verb+1].lower == "out"
	}
	return false
}

// cueTimeGapPhrasalOnly reports whether a verb that is a cue only with
// its particle (vf, at i) has that particle after a time or manner
// stretch ("voted twice for", "opened up Tuesday about"), with the
// preposition its pair needs.
func cueTimeGapPhrasalOnly(toks []claimTok, b, i int, vf cueVerbForm) bool {
	lx := cueLexicon()
	if e := cueTimeGapParticle(toks, b, i+1, vf, ""); e > 0 {
		key := [2]string{vf.lemma, toks[e-1].lower}
		return !lx.phrasalNeedPrep[key] || e < b && toks[e].span < 0 && lx.phrasalPreps[key][toks[e].lower]
	}
	if i+2 >= b || toks[i+1].span >= 0 || !lx.phrasal[vf.lemma][toks[i+1].lower] {
		return false
	}
	part := toks[i+1].lower
	return lx.phrasalNeedPrep[[2]string{vf.lemma, part}] && cueTimeGapParticle(toks, b, i+2, vf, part) > 0
}

// cueTimeGapLy reports whether t is a manner adverb in -ly: tagged as an
// adverb, longer than four letters, and not "only", "early" or "likely".
func cueTimeGapLy(t claimTok) bool {
	switch t.lower {
	case "only", "early", "likely", "reportedly", "allegedly", "apparently":
		return false
	}
	return t.tag == "RB" && len(t.lower) > 4 && t.lower[len(t.lower)-2:] == "ly"
}

// cueTimeGapSide returns the end of "against", "in favor of" or "in
// support of" after a time or manner stretch at j, for a verb that takes
// a side (cueOpenSide: "voted Tuesday against", "came out publicly in
// favor of"), or -1.
func cueTimeGapSide(toks []claimTok, j, b int) int {
	g := cueTimeGapEnd(toks, b, j)
	if g == j {
		return -1
	}
	return cueOpenSidePrep(toks, g, b)
}
