package extract

import "strings"

// claimAttributeRules applies the attribution patterns to one cue c in the
// unit [ua, b), whose tokens before a are taken by an earlier claim
// (claimAttribute, claims_start.go, calls it and repairs the start):
//
//   - forward: SPEAKER CUE (that) CONTENT — "Trump claimed that …",
//     "Zelensky said on X …: “…”", "According to sources, CONTENT";
//   - backward: CONTENT, SPEAKER CUE — "“A,” he said.", and with a second
//     part, CONTENT, SPEAKER CUE, CONTENT — "The plan, he said, is dead.";
//   - inverted: CONTENT, CUE SPEAKER — "“A,” said Smith, “B.”";
//   - participle: …, CUE-ing CONTENT — "…, adding that …", whose speaker is
//     the subject of the sentence.
func claimAttributeRules(toks []claimTok, ua, a, b int, c claimCue) (claimDraft, bool) {
	if srclessHandles(c) {
		// Sourceless cues, cueRaising among them (claims_sourceless.go).
		return srclessAttribute(toks, ua, a, b, c)
	}
	// A cue inside parentheses attributes only within them: "(the server,
	// many Democrats say, damaged her)".
	if pa, pb := claimParenAround(toks, a, b, c); pa >= 0 {
		d, ok := claimAttribute(toks, pa+1, pa+1, pb, c)
		if ok && d.maxTok < b {
			d.maxTok = pb + 1
		}
		return d, ok
	}
	if c.kind >= cueOpenNounKind { // the shapes of cues_open.go
		return cueOpenAttribute(toks, a, b, c)
	}
	d := claimDraft{cue: [2]int{toks[c.start].start, toks[c.end-1].end}, hasCue: true, maxTok: b}
	prevIs := func(k int, s string) bool {
		return k-1 >= a && toks[k-1].text == s || s == "," && claimHeadlineQuoteComma(toks, a, k) // claims_headline.go
	}
	prevCloses := func(k int) bool {
		// The token before k is the last mark of a quotation.
		return k-1 >= a && toks[k-1].quote != claimQuoteNone && toks[k-1].span >= 0 && (k >= len(toks) || toks[k].span != toks[k-1].span)
	}
	if c.kind == cueAccording {
		ne, ok := spkChunkRight(toks, c.end, b)
		if !ok {
			ne, ok = claimTrailAccording(toks, a, b, c) // claims_trail.go
		}
		if !ok {
			return d, false
		}
		d.spkS, d.spkE, d.conf = c.end, ne, 0.8
		// "According to X, CONTENT" and "In 2015, according to X, CONTENT"
		// look forward; "CONTENT, according to X." ending its sentence
		// looks back, whatever the lead looks like.
		if c.start == a || (prevIs(c.start, ",") && claimAdverbialLead(toks, a, c.start) && claimWords(toks, ne, b) >= 2) {
			s := ne
			for s < b && toks[s].text == "," {
				s++
			}
			// "According to a diplomat, who spoke on condition of
			// anonymity, both sides …": the relative clause is about the
			// source.
			if s < b && s > ne && (toks[s].lower == "who" || toks[s].lower == "which") {
				for k := s + 1; k < b; k++ {
					if toks[k].text == "," && toks[k].span < 0 {
						s = k + 1
						break
					}
				}
			}
			seg, ok := claimSeg(toks, s, claimContentEnd(toks, s, b))
			if !ok || claimWords(toks, s, b) < 2 {
				return d, false
			}
			d.segs = [][2]int{seg}
			return d, true
		}
		seg, ok := claimSeg(toks, a, c.start)
		if !ok || claimWords(toks, a, c.start) < 2 || claimAsk3EarlierCue(toks, a, c.start) {
			return d, false
		}
		d.segs = [][2]int{seg}
		if ne < b && toks[ne].text == "," {
			if seg2, ok := claimSeg(toks, ne+1, b); ok && claimWords(toks, ne+1, b) >= 2 {
				d.segs = append(d.segs, seg2)
			}
		}
		return d, true
	}

	if c.kind == cueNoun {
		p := c.start - 1
		ps, pe := p, p+1 // "his", "their"
		switch {
		case p < a || toks[p].lower != "’s" && toks[p].lower != "'s" && toks[p].tag != "PRP$":
			ps, pe = 0, 0 // "the warning that …": no source
		case toks[p].tag != "PRP$":
			var ok bool
			if ps, pe, ok = spkChunkLeft(toks, a, p); !ok {
				return d, false
			}
		}
		s := c.end
		e := claimNounContentEnd(toks, s, b)
		// "Trump's claim that he opposed the war is false": a noun phrase
		// that is the sentence's subject leaves the main verb out.
		if st := min(c.start, max(ps, a)); claimAdverbialLead(toks, a, st) && s < e && toks[s].lower == "that" {
			if j := claimSecondFinite(toks, s+1, e); j > 0 {
				e = j
			}
		}
		seg, ok := claimSeg(toks, s, e)
		if !ok || claimWords(toks, s, e) < 3 {
			return d, false
		}
		d.spkS, d.spkE, d.segs, d.maxTok, d.conf = ps, pe, [][2]int{seg}, e, 0.5
		return d, true
	}
	speech := c.form.class == cueSpeech
	conf := 0.85
	if !speech {
		conf = 0.6
	}
	d.conf = conf

	// Participle opening the sentence: "Claiming the plan is dead, Trump
	// told Fox …", "Lamenting their luck, Mexicans often say …". The
	// speaker is the subject after the comma.
	if c.form.ing && toks[c.verb].lower == toks[c.start].lower && (c.start == a || c.start-1 == a && claimParticipleLeads[toks[a].lower] || claimIngLeadPrep(toks, a, c)) { // claims_ing.go
		if d2, ok := claimLeadingParticiple(toks, c, b, d); ok {
			return d2, true
		}
	}
	// "Trump has avoided directly criticizing Comey" (claims_chain.go).
	if d2, ok := claimChainGerundAttribute(toks, a, b, c, d); ok {
		return d2, true
	}
	// Absolute phrase: "with 30 percent of voters saying …": the noun
	// phrase after "with" is the source.
	if w := cueListedWithSubject(toks, a, c.verb); c.form.ing && w >= 0 && c.start > w+1 {
		return claimListedWithAttribute(toks, b, c, d, w)
	}
	// Participle: ", saying that …" takes the subject of the sentence;
	// so does a participle after a statement or letter: "issued a
	// statement calling the test a violation".
	if c.form.ing && !claimChainProgressive(toks, c) && (prevIs(c.start, ",") || cueListedCommaBefore(toks, a, c.start) || cueListedAndIng(toks, a, c.verb) || claimCoordIngAfter(toks, ua, c.verb) || c.start-1 >= a && claimParticiplePreps[toks[c.start-1].lower] || claimAfterMedium(toks, a, c.start)) {
		s := claimContentStart(toks, c, b)
		e := claimContentEnd(toks, s, b)
		e = claimCoordEnd(toks, c, s, e)
		e = claimChainSubCueEnd(toks, s, e) // claims_chain.go
		seg, ok := claimSeg(toks, s, e)
		if !ok || claimWords(toks, s, e) < 2 || !claimContentOK(toks, c, s) {
			return d, false
		}
		for k := ua; k < c.start; k++ {
			// The subject is that of the first finite verb: "In a statement
			// announcing the pick, the union called …, citing …".
			if (toks[k].tag == "VBD" || toks[k].tag == "VBZ" || toks[k].tag == "VBP" || toks[k].tag == "MD") && toks[k].span < 0 {
				j := claimVerbGroupStart(toks, ua+1, k) // "He recently pitched …"
				ls, le, ok := spkChunkLeft(toks, ua, j)
				if !ok && k-1 > ua && toks[k-1].text == "," {
					// "Dean, a former chairman, poked at …, tweeting".
					ls, le, ok = spkAppositiveLeft(toks, ua, k-1)
				}
				if !ok && j < k && j-1 > ua && toks[j-1].text == "," {
					// "Dean, a medical doctor, then appeared …".
					ls, le, ok = spkAppositiveLeft(toks, ua, j-1)
				}
				if !ok {
					ls, le, ok = claimChain3InfAside(toks, ua, j, k, c) // claims_chain3.go
				}
				if ok && spkValid(toks, ls, le, c.form.class) {
					d.spkS, d.spkE = ls, le
				}
				break
			}
		}
		if d.spkS == d.spkE {
			// A main verb the tagger misread, or a participle between the
			// subject and its verb (claims_coord.go).
			var cut int
			d.spkS, d.spkE, cut = claimCoordIngSubject(toks, ua, c)
			if cut > s && cut < e {
				e = cut
				seg, _ = claimSeg(toks, s, e)
			}
		}
		if d.spkS == d.spkE {
			return d, false
		}
		d.segs, d.maxTok, d.conf = [][2]int{seg}, e, conf-0.1
		return d, true
	}

	// Passive with its agent: "CONTENT was first reported by SOURCE"
	// (claims_relative.go).
	if by := claimPassiveBy(toks, c, b); by > 0 && c.start > a {
		return claimRelPassiveMain(toks, a, b, c, by, d, conf-0.1)
	}
	// Inversion at the start: "Said Ellis: “…”".
	if c.start == a && speech && !c.form.base && !c.form.ing {
		if re, ok := spkChunkRight(toks, c.end, b); ok && re+1 < b && toks[re].text == ":" {
			if seg, ok := claimSeg(toks, re+1, b); ok && claimWords(toks, re+1, b) >= 2 {
				d.spkS, d.spkE, d.segs = c.end, re, [][2]int{seg}
				return d, true
			}
		}
	}
	// "As stated in Davis' commentary, …", "As reported by the Times, …":
	// the source follows the participle.
	if c.start-1 == a && toks[a].lower == "as" && (toks[c.verb].tag == "VBN" || toks[c.verb].tag == "VBD") && c.end+1 < b &&
		(toks[c.end].lower == "in" || toks[c.end].lower == "by") {
		if re, ok := spkChunkRight(toks, c.end+1, b); ok && re+1 < b && toks[re].text == "," {
			e := claimContentEnd(toks, re+1, b)
			if seg, ok := claimSeg(toks, re+1, e); ok && claimWords(toks, re+1, e) >= 3 {
				d.spkS, d.spkE, d.segs, d.maxTok, d.conf = c.end+1, re, [][2]int{seg}, e, conf-0.1
				d.cue[1] = toks[c.end].end
				return d, true
			}
		}
	}
	// Infinitive: "He went on to rebut …", "Trump was prompted to say …".
	if c.start-1 > a && toks[c.start-1].lower == "to" {
		if ls, le, ok := spkChunkLeft(toks, a, c.start-1); ok && le == c.start-1 && ls-1 > a && toks[ls-1].lower == "for" {
			// "It is rare for a judge to criticize …": the subject follows "for".
			if d2, ok := claimInfSubject(toks, a, b, c, d); ok {
				return d2, true
			}
		}
		if d2, ok := claimInfinitive(toks, ua, a, b, c, d); ok {
			return d2, true
		}
		if d2, ok := claimListedControl(toks, a, b, c, d); ok {
			return d2, true
		}
		return claimInfSubject(toks, a, b, c, d)
	}
	// Reduced relative: "super PACs supporting Kasich", "a campaign
	// focused on issues of interest to women".
	if c.kind == cueVerb && c.start == c.verb && c.start-1 >= a && (strings.HasPrefix(toks[c.start-1].tag, "NN") || claimIng2QuantRelative(toks, a, c.start, c.form)) && toks[c.start-1].span < 0 &&
		(toks[c.verb].tag == "VBG" || toks[c.verb].tag == "VBN" && c.end > c.verb+1) {
		return claimReducedRelative(toks, a, b, c, d)
	}
	ls, le, lok := spkChunkLeft(toks, a, c.start)
	// A parenthetical adverbial between source and cue: "Ayotte's
	// campaign, for example, said …".
	if !lok && prevIs(c.start, ",") {
		if p := claimParentheticalStart(toks, a, c.start-1); p > a {
			if s2, e2, ok := spkChunkLeft(toks, a, p); ok && e2 == p {
				ls, le, lok = s2, e2, true
			}
		}
	}
	// "Clinton, clearly frustrated, responded …" (claims_chain.go).
	if !lok && prevIs(c.start, ",") {
		if p := claimChainAside(toks, a, c.start-1); p > a {
			if s2, e2, ok := spkChunkLeft(toks, a, p); ok && e2 == p {
				ls, le, lok = s2, e2, true
			}
		}
	}
	// Apposition: "Dmitry Peskov, the Kremlin spokesman, said".
	if !lok && prevIs(c.start, ",") {
		ls, le, lok = spkAppositiveLeft(toks, a, c.start-1)
	}
	// A share with its figure in apposition: "about two-thirds, 67
	// percent, say".
	if !lok && prevIs(c.start, ",") {
		ls, le, lok = claimSaidFigureApposition(toks, a, c.start-1)
	}
	// Shared subject: "I laughed and said, “…”" takes the subject of
	// the first verb.
	if !lok && prevIs(c.start, "and") && c.end+1 < b && (toks[c.end].lower == "that" || toks[c.end].text == ":" || toks[c.end].text == "," && claimOpens(toks, c.end+1)) {
		for k := a; k < c.start-1; k++ {
			if toks[k].span >= 0 || !(toks[k].tag == "VBD" || toks[k].tag == "VBZ" || toks[k].tag == "VBP") {
				continue
			}
			if s2, e2, ok := spkChunkLeft(toks, a, k); ok && e2 == k && claimAdverbialLead(toks, a, s2) {
				ls, le, lok = s2, e2, true
			}
			break
		}
	}
	// "Majorities of Democrats in five states going to the polls Tuesday
	// say …": a long subject with modifiers the chunker does not take.
	// "Ryan, the nation's highest-ranking Republican, on Tuesday called
	// …": a time adverbial between the source and its verb.
	if !lok || !spkValid(toks, ls, le, c.form.class) {
		if t := claimListedTimeBefore(toks, a, claimVerbGroupStart(toks, a, c.start)); t < c.start && t > a {
			if s2, e2, ok := spkChunkLeft(toks, a, t); ok && e2 == t && spkValid(toks, s2, e2, c.form.class) {
				// A chunk inside a longer subject leaves it to
				// claimListedLongSubject below.
				if _, _, whole := claimListedLongSubject(toks, a, c); claimAdverbialLead(toks, a, s2) || !whole {
					ls, le, lok = s2, e2, true
				}
			} else if toks[t-1].text == "," {
				if s2, e2, ok := spkAppositiveLeft(toks, a, t-1); ok {
					ls, le, lok = s2, e2, true
				}
			}
		}
	}
	// "The employee, a Republican who spoke on condition of anonymity,
	// said …": an apposition or relative clause with verbs of its own.
	if !lok || !spkValid(toks, ls, le, c.form.class) {
		if s2, e2, ok := claimListedRelativeApposition(toks, ua, c); ok {
			ls, le, lok = s2, e2, true
		} else if s2, e2, ok := claimChain3AsideSubject(toks, ua, c); ok {
			ls, le, lok = s2, e2, true // "Cruz, when asked …, responded" (claims_chain3.go)
		}
	}
	long := false
	if !lok || !spkValid(toks, ls, le, c.form.class) {
		if s2, e2, ok := claimListedLongSubject(toks, a, c); ok {
			ls, le, lok, long = s2, e2, true, true
		}
	}
	// "…, people close to the campaign say.", "…, the senator and
	// presidential candidate said." (claims_trail.go).
	if !lok || !spkValid(toks, ls, le, c.form.class) || ls > a && !prevIs(ls, ",") && !prevCloses(ls) {
		if s2, e2, ok := claimTrailSource(toks, a, b, c); ok && (!lok || s2 < ls && e2 >= le) {
			ls, le, lok, long = s2, e2, true, true
		}
	}
	// "The actor held an audition and asked actors to …": a cue verb
	// coordinated with an earlier finite verb shares its subject.
	if !lok {
		if s2, e2, ok := claimListedSharedSubject(toks, a, c); ok {
			ls, le, lok = s2, e2, true
		} else if s2, e2, ok := claimChainShared(toks, a, c); ok {
			ls, le, lok = s2, e2, true // "… but did not name any" (claims_chain.go)
		}
	}
	rel := false
	if !lok {
		ls, le, lok = claimRelativeSubject(toks, ua, a, c)
		rel = lok
	}
	if !lok || !rel && !long && !spkValid(toks, ls, le, c.form.class) {
		if s2, e2, ok := claimCoordSubject(toks, a, c); ok {
			ls, le, lok = s2, e2, true
		}
	}
	// "His ex-wife agreed, but also contended that …": any earlier verb
	// of the clause (claims_coord.go).
	if !lok {
		if s2, e2, ok := claimCoordShared(toks, ua, c); ok {
			ls, le, lok = s2, e2, true
		}
	}
	// "Experts who study the region said": the source is the noun with
	// its relative clause, not the clause's object.
	if lok {
		if s2, ok := spkRestrictiveSubject(toks, a, ls); ok {
			ls = s2
		}
	}
	// "…, said Dan Smith, a former aide.": a source far to the left
	// yields to the inverted source after the cue (claims_trail.go).
	if lok && claimTrailInverted(toks, a, b, le, c) {
		lok = false
	}
	valid := lok && (rel || long || spkValid(toks, ls, le, c.form.class) || claimSaidShare(toks, ls, le))
	if valid && c.end+1 == b && toks[c.end].text == ":" && claimAdverbialLead(toks, a, ls) {
		// "He said:" ending a paragraph: the next paragraph is the content.
		d.spkS, d.spkE, d.colonNext, d.conf = ls, le, true, conf
		return d, true
	}
	// Parenthetical: "The allure of simplicity, Mr. Furman argued, is a
	// chimera." The content is both halves around the source and cue.
	// A gerund may be the subject: "Bringing the show back, he said,
	// feels appropriate."
	gerund := toks[a].tag == "VBG" && c.end+1 < b && (toks[c.end+1].tag == "VBZ" || toks[c.end+1].tag == "VBD" || toks[c.end+1].tag == "MD")
	// A verb of believing can stand in the same places when nothing
	// follows it: "The plan, aides believe, will fail", "It will fail,
	// aides believe."
	aside := speech || claimSaidBeliefAside(toks, c, b)
	if valid && aside && ls > a+1 && prevIs(ls, ",") && c.end+1 < b && toks[c.end].text == "," && !claimOpens(toks, a) && (claimLeadIsContent(toks, a, ls) || gerund || claimParenthLead(toks, a, ls, c, b)) {
		e := claimContentEnd(toks, c.end+1, b)
		a := claimParenthFirstStart(toks, a, ls-1) // claims_parenth.go
		seg1, ok1 := claimSeg(toks, a, ls-1)
		seg2, ok2 := claimSeg(toks, c.end+1, e)
		if ok1 && ok2 && claimWords(toks, a, ls-1) >= 1 && claimWords(toks, c.end+1, e) >= 2 && !claimHasQuote(toks, a, ls) {
			d.spkS, d.spkE, d.segs, d.maxTok = ls, le, [][2]int{seg1, seg2}, e
			return d, true
		}
	}
	// The lead is quoted content when a quotation opens it; a quotation
	// inside an adverbial lead ("Walking in to chants of “Marco!,” the
	// senator said his …") is not.
	leadQuoted := false
	if lok {
		k := a
		for k < ls && !toks[k].word && toks[k].quote == claimQuoteNone {
			k++
		}
		leadQuoted = k < ls && toks[k].quote != claimQuoteNone
		for j := k; j < ls && !leadQuoted; j++ {
			leadQuoted = toks[j].quote != claimQuoteNone && claimLeadIsContent(toks, a, ls) && !claimSubordinators[toks[k].lower] && toks[k].tag != "VBG"
		}
	}
	thatNext := c.end < b && (toks[c.end].lower == "that" && !claimThatTime(toks, c.end+1, b) || toks[c.end].text == ":" ||
		(c.end+1 < b && toks[c.end].text == "," && claimOpens(toks, c.end+1) && !leadQuoted))
	afterConj := lok && ls > a && (toks[ls-1].tag == "CC" || toks[ls-1].tag == "IN" || toks[ls-1].tag == "WDT" || toks[ls-1].lower == "that" || toks[ls-1].text == ";")
	// With a clause after the cue and no quotation before the speaker,
	// the content follows the cue ("Trump, at the debate, cited …").
	longAfter := c.end < b && toks[c.end].text != "," && toks[c.end].text != ";" && !leadQuoted && claimWords(toks, c.end, b) >= 3 && !claimBackwardTold(toks, a, ls, c, b) &&
		!(lok && aside && claimTrailBack(toks, a, ls, b, c)) // "…, he said Friday on a radio show." (claims_trail.go)
	if valid && (thatNext || afterConj || longAfter || claimAdverbialLead(toks, a, ls) || claimChain3ParticipleClause(toks, a, ls)) {
		s := claimChainAfterAside(toks, c, claimContentStart(toks, c, b), b) // claims_chain.go
		e := claimContentEnd(toks, s, b)
		if q := claimQuoteAfterOf(toks, c, s, e); q > s {
			s = q // "says of Clinton, “If she gets the chance, …”"
		}
		e = claimObjectEnd(toks, c, s, e)
		// "spoke about X", "warned against X": the preposition belongs to
		// the cue, its object is the content.
		if s+1 < e && s == c.end && claimTopicPreps[toks[s].lower] && toks[s].tag == "IN" && !claimIsClause(toks, s+1) {
			s++
			d.cue[1] = toks[s-1].end
		}
		if q := claimQuoteAfterObject(toks, s, e); q > s && claimQuoteEnd(toks, q, e) < e {
			s = q
		}
		e = claimQuoteEnd(toks, s, e)
		if rel || toks[c.start-1].lower == "who" || toks[c.start-1].lower == "that" {
			e = claimBeforeMainCue(toks, s, e) // "others who want to ban abortion said …"
		}
		if (rel || toks[c.start-1].lower == "who" || toks[c.start-1].lower == "that") && !speech && s < e && !claimOpensClause(toks, s) &&
			!(claimCognitionVerbs[c.form.lemma] && claimIsClause(toks, s)) {
			e = claimBeforeFinite(toks, s, e) // "respondents who support Sanders are in college"
		}
		e = claimSubordinateEnd(toks, ua, s, e)
		e = claimCoordEnd(toks, c, s, e)
		e = claimNestEnd(toks, s, e) // claims_nest.go
		e = claimAsk3AccordingEnd(toks, s, e)
		e = claimChainSubCueEnd(toks, s, e) // claims_chain.go
		if (claimWords(toks, s, e) >= 2 || claimOneWordObject(toks, c, s, e)) && claimContentOK(toks, c, s) && !claimChainYields(toks, c, s, e) {
			seg, _ := claimSeg(toks, s, e)
			d.spkS, d.spkE, d.segs, d.maxTok = ls, le, [][2]int{seg}, e
			if toks[s].quote != claimQuoteNone {
				d.conf += 0.1
			}
			return d, true
		}
	}
	// "…, as police have said." closing the sentence: the content is the
	// clause before the comma.
	if valid && ls-2 > a && speech && toks[ls-1].lower == "as" && toks[ls-2].text == "," && claimWords(toks, c.end, b) == 0 {
		if seg, ok := claimSeg(toks, a, ls-2); ok && claimWords(toks, a, ls-2) >= 3 {
			d.spkS, d.spkE, d.segs, d.maxTok = ls, le, [][2]int{seg}, b
			return d, true
		}
	}
	leadOK := valid && ls > a && aside && (prevIs(ls, ",") || prevCloses(ls)) && claimLeadIsContent(toks, a, ls)
	if !leadOK && valid && ls > a && aside && prevIs(ls, ",") {
		// "While the world waits, the priority is X, aides say.": the
		// content is the main clause after the opening subordinate one.
		if m := claimLead2MainAfterSub(toks, a, ls); m > a {
			leadOK = true
		}
	}
	if leadOK {
		cut := ls
		if prevIs(ls, ",") {
			cut = ls - 1
		}
		// "Trump asserted that France had lost its identity: “France is
		// no longer France,” he claimed." The content is the quotation
		// after the colon; the clause before it is a claim of its own.
		for k := cut - 1; k > a; k-- {
			if toks[k].text == ":" && toks[k].span < 0 && claimOpens(toks, k+1) {
				a = k + 1
				break
			}
		}
		seg, ok := claimSeg(toks, a, cut)
		quoteLed := toks[a].quote != claimQuoteNone
		if !ok || (claimWords(toks, a, cut) < 2 && !quoteLed) || claimAsk3EarlierCue(toks, a, cut) {
			return d, false
		}
		d.spkS, d.spkE, d.segs, d.maxTok = ls, le, [][2]int{seg}, c.end
		d.quoteLed = quoteLed
		if d.quoteLed {
			d.conf += 0.1
		}
		// The second half: ", “B.”" right after the cue or after a short
		// phrase ("said during a rally in Kenansville, “B”").
		if k := claimSecondHalf(toks, c.end, b); k >= 0 && (!d.quoteLed || toks[k].quote != claimQuoteNone ||
			toks[k].tag == "CC" && k+1 < b && toks[k+1].quote != claimQuoteNone) {
			e := claimContentEnd(toks, k, b)
			if seg2, ok := claimSeg(toks, k, e); ok && claimWords(toks, k, e) >= 2 {
				d.segs = append(d.segs, seg2)
				d.quoteLed = false
				d.maxTok = e
			}
		}
		return d, true
	}
	if speech && !c.form.base && c.start > a && (prevIs(c.start, ",") || prevCloses(c.start)) && !claimAsk3Question(toks, c, b) && !claimChainProgressive(toks, c) {
		re, ok := spkChunkRight(toks, c.end, b)
		// The source ends the clause: "…, said Smith." not "…, said he voted".
		if !ok || re < b && (strings.HasPrefix(toks[re].tag, "VB") || toks[re].tag == "MD") {
			return d, false
		}
		cut := c.start
		if prevIs(c.start, ",") {
			cut--
		}
		seg, ok := claimSeg(toks, a, cut)
		if !ok || claimWords(toks, a, cut) < 2 {
			return d, false
		}
		// Later cues of the unit stay free: "…,” said Mr. Kamin, who
		// emphasized that …".
		d.spkS, d.spkE, d.segs, d.maxTok = c.end, re, [][2]int{seg}, re
		if re-c.end == 1 && spkIsTimeOrFiller(toks[c.end].lower) {
			// "The deal, announced Friday, …": a time word, not a
			// source; the report has none.
			d.spkE = d.spkS
		}
		d.quoteLed = toks[a].quote != claimQuoteNone
		if d.quoteLed {
			d.conf += 0.1
		}
		if re+1 < b && toks[re].text == "," && toks[re+1].quote != claimQuoteNone {
			if seg2, ok := claimSeg(toks, re+1, b); ok {
				d.segs = append(d.segs, seg2)
				d.quoteLed = false
			}
		} else if s2, e2, ok := claimParenthInvertedTail(toks, c, a, cut, re, b); ok { // claims_parenth.go
			if seg2, ok := claimSeg(toks, s2, e2); ok {
				d.segs = append(d.segs, seg2)
				d.maxTok = e2
			}
		}
		return d, true
	}
	return d, false
}

// claimContentOK rejects forward contents that are not said content:
// "did not respond to a request", "asked for comment".
func claimContentOK(toks []claimTok, c claimCue, s int) bool {
	l := toks[s].lower
	if l == "and" || l == "or" || l == "but" || l == "nor" {
		return false // "what she wants and …": the verb has no content
	}
	if l == "earlier" || l == "yesterday" || l == "today" || l == "tonight" || l == "later" || l == "from" {
		// "indicated earlier this week", "reported from Washington".
		n := 0
		for k := s; k < len(toks) && toks[k].text != "." && toks[k].text != ","; k++ {
			n++
		}
		if n <= 4 {
			return false
		}
	}
	if c.form.lemma == "point" && c.end-c.start == 1 {
		return false // "percentage points": only "pointed out/to" cue
	}
	if c.form.lemma == "add" && l == "to" {
		return false // "adding to her run of victories"
	}
	if (c.form.lemma == "ask" || c.form.lemma == "request" || c.form.lemma == "demand" || c.form.lemma == "speak") && s+2 < len(toks) &&
		(l == "not" && toks[s+1].lower == "to" && toks[s+2].lower == "be" || l == "anonymity" || l == "for" && toks[s+1].lower == "anonymity" || l == "on" && toks[s+1].lower == "condition") {
		return false // "who asked not to be named": how a source is hidden, not what it said
	}
	if claimClauseOnly[c.form.lemma] && !claimIsClause(toks, s) && !claimSaidStudyFinds(toks, c) && !claimPrec5FindSmallClause(toks, c, s) {
		return false // "He found sanctuary", "Mrs. Clinton sees similar benefits"
	}
	// Uses that rarely report anything: "speaking at a rally", "maintained
	// subsidiaries", "is known as", "compared with 33 percent".
	switch v := toks[c.verb].lower; {
	case v == "speaking" && l != "about" && l != "of" && l != "out":
		return false
	case c.form.lemma == "maintain" && l != "that" && toks[s].quote == claimQuoteNone:
		return false
	case v == "known":
		return false
	case claimPrecYouQuestion(toks, c, s):
		return false // "Do you support the plan?" (claims_precision.go)
	case claimPrecPhoneCall(toks, c, s):
		return false // "Obama called Lee on Tuesday" (claims_precision.go)
	case c.form.lemma == "speak" && !claimPrecSpeakOK(toks, c):
		return false // "spoke briefly", "spoke on condition of anonymity" (claims_precision.go)
	case v == "compared" && (toks[c.verb+1].lower == "with" || toks[c.verb+1].lower == "to"):
		return false
	case c.form.lemma == "call" && c.end-c.verb == 1 && (l == "into" || l == "in" || l == "up" || l == "off" || l == "back"):
		return false // "called into a radio program"
	case c.form.lemma == "show" && l == "up":
		return false // "showed up at the debate"
	case c.form.lemma == "decline" && l != "to" && toks[s].quote == claimQuoteNone && !claimPrec5DeclineObject(toks, c, s): // claims_prec5.go
		return false // "has declined slightly from 58 percent"
	case c.form.lemma == "assume" && !claimIsClause(toks, s):
		return false // "assumed a newly created role"
	}
	switch c.form.lemma {
	case "reply", "return":
		// "did not reply to a request for comment".
		for k := s; k < len(toks) && k < s+6; k++ {
			if toks[k].lower == "request" || toks[k].lower == "requests" || toks[k].lower == "calls" || toks[k].lower == "messages" || toks[k].lower == "inquiries" {
				return false
			}
		}
	case "continue":
		// "“…,” he continued" is a cue; "talks are continuing" is not.
		return toks[s].quote != claimQuoteNone || toks[s-1].text == ":" || claimPrec5ContinueSaying(toks, s) // claims_prec5.go
	case "state", "show", "plan", "post", "claim", "charge", "question", "counter", "object", "estimate":
		// Also nouns: "the battleground states in …" is no cue.
		if !strings.HasPrefix(toks[c.verb].tag, "VB") || toks[c.verb].tag == "VBZ" && c.form.lemma == "state" {
			return l == "that" || toks[s].quote != claimQuoteNone || toks[s-1].text == ":"
		}
	}
	switch c.form.lemma {
	case "sing", "chant", "respond", "reply", "comment", "continue", "object", "testify", "speak", "learn", "question", "report", "charge", "counter", "post", "publish", "rule", "lie", "joke", "complain", "boast", "brag", "muse", "plead", "reason", "protest", "elaborate", "find", "show", "read":
		return !claimPlacePreps[l]
	}
	return true
}

// claimSecondHalf returns where a second content half starts after a cue
// ending at k: after a comma directly following the cue, or after a short
// verbless phrase and a comma when a quotation opens there; -1 if none.
func claimSecondHalf(toks []claimTok, k, b int) int {
	if k+1 < b && toks[k].text == "," {
		if vf, ok := cueLexicon().verbs[toks[k+1].lower]; ok && vf.ing || claimIngCues[toks[k+1].lower] {
			return -1 // ", adding that …" is a claim of its own
		}
		return k + 1
	}
	for j := k; j < b && j < k+14; j++ {
		t := toks[j]
		if t.tag == "VBD" || t.tag == "VBZ" || t.tag == "VBP" || t.text == "." || t.quote != claimQuoteNone && t.text != "," {
			return -1
		}
		if t.text == "," && j+1 < b && claimOpens(toks, j+1) {
			return j + 1
		}
	}
	return -1
}

// claimOpens reports whether token k is the opening mark of a quotation.
func claimOpens(toks []claimTok, k int) bool {
	return toks[k].quote != claimQuoteNone && toks[k].span >= 0 && (k == 0 || toks[k-1].span != toks[k].span)
}

// claimObjectEnd ends a content early. When a stance or belief verb takes
// a noun phrase ("offered some advice to Clinton, as …"), the content is
// that phrase: it ends at the first comma or subordinate clause. Any
// content ends before ", but he …", a new clause with its own subject.
func claimObjectEnd(toks []claimTok, c claimCue, s, e int) int {
	if s >= e {
		return e
	}
	first := toks[s]
	_, pron := spkPronouns[first.lower]
	var clause bool
	if c.form.class == cueBelief || claimNPObjectCue(toks, c) {
		// "endorsed Hillary Clinton for president, …" has a name as its
		// object; "believes Clinton will win" a clause.
		clause = claimIsClause(toks, s) || pron && first.tag == "PRP" && claimHasFinite(toks, s, min(e, s+4))
	} else {
		clause = first.lower == "that" || first.lower == "to" || first.lower == "whether" || first.lower == "if" || pron ||
			first.quote != claimQuoteNone || first.upper && first.tag == "NNP"
	}
	asq := cueAsQuoteAt(toks, s, e) // cues_asquote.go
	for k := s + 1; k < e; k++ {
		t := toks[k]
		if t.span >= 0 {
			continue
		}
		if t.lower == "but" && k+1 < e {
			if _, ok := spkPronouns[toks[k+1].lower]; ok || toks[k+1].tag == "NNP" || toks[k+1].tag == "DT" {
				return claimCutBefore(toks, s, k)
			}
			// "…, but in the course of their report they could not resist …".
			for j := k + 1; j+1 < e && j <= k+10; j++ {
				if toks[j].span >= 0 {
					break
				}
				if toks[j].tag == "PRP" && toks[j].lower != "it" && (toks[j+1].tag == "MD" || toks[j+1].tag == "VBD" || toks[j+1].tag == "VBZ" || toks[j+1].tag == "VBP") {
					return claimCutBefore(toks, s, k)
				}
			}
		}
		// A spaced hyphen is a dash: "likened the rules to “…” - a charge".
		spacedHyphen := t.text == "-" && t.start > toks[k-1].end && k+1 < len(toks) && toks[k+1].start > t.end
		if (c.form.class == cueBelief || claimNPObjectCue(toks, c)) && !clause && k > asq && (t.text == "," && !claimEndShortNumberComma(toks, k) || t.text == "—" || t.text == "--" || t.text == "―" || spacedHyphen || t.lower == "because" || t.lower == "after" || t.lower == "when" || t.lower == "while" ||
			claimCircumstance(toks, k, e)) {
			return k
		}
	}
	return e
}

// claimLeadIsContent reports whether the tokens [a, s) before a speaker
// can be the content of "CONTENT, SPEAKER said": a quotation, or a clause
// with a finite verb that is not a subordinate clause ("When Congress cut
// funding, Mexico said …" is not).
func claimLeadIsContent(toks []claimTok, a, s int) bool {
	// "X is axing its show, and on Monday, CBS said …": a lead that ends in
	// a conjunction and a short adverbial is a clause of its own.
	e := s
	for e > a && !toks[e-1].word {
		e--
	}
	for k := e - 1; k > a && k >= e-5; k-- {
		if toks[k].span >= 0 || toks[k].tag == "VBD" || toks[k].tag == "VBZ" || toks[k].tag == "VBP" || toks[k].tag == "MD" {
			break
		}
		if (toks[k].lower == "and" || toks[k].lower == "but") && toks[k].tag == "CC" && !claimListedNPAnd(toks, k, e) && !claimLead2VerbAfter(toks, k+1, e) {
			return false
		}
	}
	// "…, when asked about Trump, Obama said …": a question clause makes
	// the lead adverbial.
	for k := a; k < s; k++ {
		if claimContentQuestioned[toks[k].lower] && toks[k].span < 0 && (k == a || toks[k-1].lower == "when" || toks[k-1].lower == "after" || toks[k-1].lower == "if") {
			return false
		}
	}
	for k := a; k < s; k++ {
		if toks[k].quote != claimQuoteNone {
			return true
		}
	}
	k := a
	for k < s && (toks[k].tag == "CC" || !toks[k].word) {
		k++
	}
	if k < s && (claimSubordinators[toks[k].lower] || toks[k].tag == "VBG" || toks[k].tag == "VBN") {
		return false
	}
	return true
}

// claimLead2MainAfterSub returns the start of the main clause in a lead
// [a, s) that opens with a subordinate clause ("Although the bill passed,
// the vote was close, …"), or -1: the first comma outside quotations
// after which a subject and a finite verb follow within a few words.
func claimLead2MainAfterSub(toks []claimTok, a, s int) int {
	k := a
	for k < s && (toks[k].tag == "CC" || !toks[k].word) {
		k++
	}
	if k >= s || !claimClauseSubordinators[toks[k].lower] || toks[k].quote != claimQuoteNone {
		return -1
	}
	for j := k + 1; j+2 < s; j++ {
		if toks[j].text != "," || toks[j].span >= 0 {
			continue
		}
		m := j + 1
		if toks[m].tag == "CC" || claimSubordinators[toks[m].lower] || claimParentheticals[toks[m].lower] || !toks[m].word || toks[m].tag == "VBG" || toks[m].tag == "VBN" {
			continue
		}
		for f := m + 1; f < s && f <= m+8; f++ {
			if toks[f].text == "," {
				break
			}
			if t := toks[f].tag; t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD" {
				if claimLeadIsContent(toks, m, s) && claimWords(toks, m, s) >= 4 {
					return m
				}
				return -1
			}
		}
	}
	return -1
}

// claimLead2VerbAfter reports whether a verb phrase follows a conjunction
// at k: "…, and remain in jail, the group says" coordinates verbs.
func claimLead2VerbAfter(toks []claimTok, k, e int) bool {
	for k < e && (toks[k].tag == "RB" || !toks[k].word) {
		k++
	}
	return k < e && (toks[k].tag == "VB" || toks[k].tag == "VBN")
}

// claimClauseOnly are cue verbs that report only with a clause after them
// ("found that …", "decided to …"); with a plain object they describe.
var claimClauseOnly = map[string]bool{
	"find": true, "decide": true,
}

// claimIsClause reports whether the content starting at s is a clause: it
// opens with that, to, a wh-word, if or whether, or has a finite verb in
// its first words.
func claimIsClause(toks []claimTok, s int) bool {
	switch l := toks[s].lower; {
	case l == "that" || l == "to" || l == "if" || l == "whether" || strings.HasPrefix(toks[s].tag, "W"):
		return true
	case toks[s].quote != claimQuoteNone || s > 0 && toks[s-1].text == ":":
		return true
	}
	for k := s; k < len(toks) && k < s+8; k++ {
		if toks[k].text == "," || toks[k].text == "." {
			break
		}
		switch toks[k].tag {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		}
	}
	return false
}

// claimNPObjectCue reports cues whose content is a noun phrase object
// rather than a clause: a verb with its particle ("referring to his
// daughter, who …", "called for a ban") and verbs of praise and blame.
func claimNPObjectCue(toks []claimTok, c claimCue) bool {
	if c.end-c.verb == 2 && toks[c.end-1].tag != "VBG" {
		return true
	}
	switch c.form.lemma {
	case "describe", "cite", "praise", "criticize", "criticise", "attack", "blast", "slam", "endorse", "reject",
		"defend", "mention", "dismiss", "blame", "question", "condemn", "applaud", "welcome", "highlight", "tout", "decry":
		return true
	}
	return false
}

// claimThatTime reports whether token k, after "that", is a time noun:
// "said that night" is no that-clause.
func claimThatTime(toks []claimTok, k, b int) bool {
	if k >= b {
		return false
	}
	switch toks[k].lower {
	case "night", "day", "morning", "afternoon", "evening", "week", "weekend", "month", "year", "time":
		return true
	}
	return false
}

// claimHasQuote reports whether tokens [a, b) hold a quotation mark.
func claimHasQuote(toks []claimTok, a, b int) bool {
	for k := a; k < b; k++ {
		if toks[k].quote != claimQuoteNone {
			return true
		}
	}
	return false
}

// claimParentheticals open a parenthetical adverbial set off by commas.
var claimParentheticals = map[string]bool{
	"for": true, "meanwhile": true, "however": true, "too": true, "though": true, "in": true, "instead": true,
	"moreover": true, "meantime": true, "likewise": true, "similarly": true, "nonetheless": true,
	"nevertheless": true, "separately": true, "also": true, "then": true, "later": true, "earlier": true,
	"today": true, "yesterday": true, "monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true, "on": true, "at": true, "last": true, "this": true,
}

// claimParentheticalStart returns the comma opening a short parenthetical
// adverbial that ends at the comma at k (", for example,"), or -1.
func claimParentheticalStart(toks []claimTok, a, k int) int {
	for p := k - 1; p > a && k-p <= 5; p-- {
		if toks[p].span >= 0 {
			return -1
		}
		if toks[p].text == "," {
			if p+1 < k && claimParentheticals[toks[p+1].lower] {
				return p
			}
			return -1
		}
	}
	return -1
}

// claimCircumstance reports whether token k opens a phrase of place or
// medium that belongs to the cue's clause: "in an interview", "at a
// rally".
func claimCircumstance(toks []claimTok, k, e int) bool {
	t := toks[k]
	if (t.lower != "in" && t.lower != "on" && t.lower != "at") || k+1 >= e {
		return false
	}
	n := toks[k+1]
	if n.tag == "DT" || n.tag == "PRP$" {
		for j := k + 2; j < e && j <= k+4; j++ {
			if cueMediums[toks[j].lower] || toks[j].lower == "rally" || toks[j].lower == "debate" || toks[j].lower == "event" || toks[j].lower == "meeting" {
				return true
			}
		}
	}
	return false
}

// claimTopicPreps are prepositions that join a cue to its topic.
var claimTopicPreps = map[string]bool{"about": true, "of": true, "for": true, "on": true, "against": true, "over": true, "with": true}

// claimOneWordObject reports whether a one-word forward content is the
// object of a stance or praise-and-blame cue: "Cruz has endorsed Trump",
// "he does not defend it". Speech cues need more ("said Monday" is no
// content).
func claimOneWordObject(toks []claimTok, c claimCue, s, e int) bool {
	if claimSaidYesNo(toks, c, s, e) {
		return true
	}
	if claimListedProContent(toks, c, s, e) || claimChain3So(toks, c, s, e) {
		return true
	}
	if c.form.class == cueSpeech && !claimNPObjectCue(toks, c) {
		return false
	}
	s, e = claimTrim(toks, s, e)
	if e != s+1 || toks[s].span >= 0 {
		return false
	}
	switch toks[s].tag {
	case "NNP", "NNPS", "NN", "NNS", "PRP":
	default:
		return false
	}
	if spkTimeWords[toks[s].lower] || spkIsDate(toks[s]) {
		return false
	}
	return true
}

// claimSubordinateEnd ends a content that lies in an introductory
// subordinate clause at the comma before the main clause: in "Although
// Trump has admitted using the tax code, he does not defend it" the
// content of "has admitted" stops before ", he".
func claimSubordinateEnd(toks []claimTok, ua, s, e int) int {
	k := ua
	for k < s && !toks[k].word {
		k++
	}
	if k >= s || !claimSubordinators[toks[k].lower] || toks[k].tag == "IN" && !claimClauseSubordinators[toks[k].lower] {
		return e
	}
	for j := s + 1; j+2 < e; j++ {
		if toks[j].span >= 0 || toks[j].text != "," {
			continue
		}
		if claimSubjectVerb(toks, j+1, e) || claimLongSubjectVerb(toks, j+1, e) {
			return j
		}
	}
	return e
}

// claimLongSubjectVerb reports whether tokens from k open a main clause
// with a longer subject: a noun phrase with a title, a parenthesis or a
// participle phrase before a finite verb ("Michigan Attorney General Bill
// Schuette (R) asked", "eerie video credited to Reuters showed").
func claimLongSubjectVerb(toks []claimTok, k, e int) bool {
	if k >= e || !(strings.HasPrefix(toks[k].tag, "NN") || toks[k].tag == "DT" || toks[k].tag == "JJ" || toks[k].tag == "PRP$") {
		return false
	}
	for j := k; j < e && j <= k+9; j++ {
		t := toks[j]
		if t.span >= 0 || t.text == "," || t.text == ";" || t.tag == "CC" || t.tag == "WDT" || t.tag == "WP" {
			return false
		}
		switch t.tag {
		case "VBD", "VBZ", "VBP", "MD":
			return j > k+1 && (strings.HasPrefix(toks[j-1].tag, "NN") || toks[j-1].text == ")" || toks[j-1].tag == "RB")
		}
	}
	return false
}

// claimClauseSubordinators are the subordinators that take a clause.
var claimClauseSubordinators = map[string]bool{
	"although": true, "though": true, "while": true, "because": true, "if": true, "when": true, "after": true,
	"before": true, "as": true, "since": true, "unless": true, "until": true, "once": true, "whereas": true,
}

// claimSubjectVerb reports whether tokens from k open a clause: a short
// subject (a pronoun or a noun phrase of up to four words) and a finite
// verb.
func claimSubjectVerb(toks []claimTok, k, e int) bool {
	for j := k; j < e && j <= k+4; j++ {
		t := toks[j]
		if t.span >= 0 || !t.word {
			return false
		}
		switch t.tag {
		case "VBD", "VBZ", "VBP", "MD":
			return j > k
		case "PRP", "DT", "NNP", "NNPS", "NN", "NNS", "JJ", "PRP$", "POS", "RB":
		default:
			return false
		}
	}
	return false
}

// claimCoordEnd ends a content before a second verb phrase of the cue's
// subject: "has sharply criticized the deals and called for tariffs"
// (a perfect participle like the cue's own), "has promised a veto and
// attempted to make the case" (any verb in the cue's form, after a noun
// phrase object, which cannot hold a verb of its own).
func claimCoordEnd(toks []claimTok, c claimCue, s, e int) int {
	vt := toks[c.verb].tag
	if s >= e || !strings.HasPrefix(vt, "VB") {
		return e
	}
	// np: the content opens as a noun phrase ("a veto", "the deals").
	np := false
	switch toks[s].tag {
	case "DT", "PRP$", "JJ", "NN", "NNS", "NNP", "NNPS", "CD":
		np = toks[s].lower != "that"
	}
	for k := s + 1; k+1 < e; k++ {
		if toks[k].span >= 0 || !claimCoordinators[toks[k].lower] || toks[k].lower == "or" {
			continue
		}
		j := k + 1
		for j < e && toks[j].tag == "RB" {
			j++
		}
		aux := j
		for j < e && claimAuxiliaries[toks[j].lower] && toks[j].lower != "’s" && toks[j].lower != "'s" || j < e && j > aux && toks[j].tag == "RB" {
			j++
		}
		if j >= e || toks[j].span >= 0 {
			continue
		}
		vf, isCue := cueLexicon().verbs[toks[j].lower]
		same := toks[j].tag == vt || vt == "VBN" && toks[j].tag == "VBD" || vt == "VBD" && toks[j].tag == "VBN" && !cueBeForms[toks[k-1].lower] ||
			vt == "VBP" && toks[j].tag == "VB" && j == aux // "fear that … and warn that …"
		if same && (np && !claimHasFinite(toks, s, k) || isCue) {
			return claimCutBefore(toks, s, k)
		}
		// "…, and has called for …", "… but noted that …": a second
		// listed cue with its own auxiliary or tense is a new claim of the
		// same source.
		if isCue && !vf.ing && (j > aux && toks[j].tag == "VBN" || toks[k-1].text == "," || toks[k].lower == "but") &&
			(toks[j].tag == "VBD" || toks[j].tag == "VBZ" || toks[j].tag == "VBP" || toks[j].tag == "VBN" && j > aux) {
			return claimCutBefore(toks, s, k)
		}
	}
	return e
}

// claimHasFinite reports whether tokens [s, e) hold a finite verb outside
// quotations.
func claimHasFinite(toks []claimTok, s, e int) bool {
	for k := s; k < e; k++ {
		switch toks[k].tag {
		case "VBD", "VBZ", "VBP", "MD":
			if toks[k].span < 0 {
				return true
			}
		}
	}
	return false
}

// claimCoordinators join a cue's verb phrase to an earlier one of the same
// subject.
var claimCoordinators = map[string]bool{"and": true, "but": true, "yet": true, "or": true}

// claimAuxiliaries may stand between a subject and its verb.
var claimAuxiliaries = map[string]bool{
	"has": true, "have": true, "had": true, "is": true, "are": true, "was": true, "were": true, "will": true,
	"would": true, "could": true, "can": true, "may": true, "might": true, "should": true, "must": true,
	"did": true, "does": true, "do": true, "’s": true, "'s": true,
}

// claimCoordSubject finds the subject of a cue whose verb phrase is
// coordinated with an earlier one: "The nominee also outlined his plan
// and vowed to …", "Trump demands accountability, yet refuses to …". The
// subject is that of the nearest earlier finite verb of the same form.
func claimCoordSubject(toks []claimTok, a int, c claimCue) (int, int, bool) {
	if c.kind != cueVerb || c.start-2 < a || !claimCoordinators[toks[c.start-1].lower] {
		return 0, 0, false
	}
	vt := toks[c.verb].tag
	past := vt == "VBD" || vt == "VBN"
	for k := c.start - 2; k >= a; k-- {
		t := toks[k]
		if t.span >= 0 {
			continue
		}
		if t.text == ";" || t.text == ":" || t.text == "—" {
			return 0, 0, false
		}
		// The tagger reads some past forms as VB ("He ate lunch"): a bare
		// verb right after a noun or pronoun counts as finite.
		bare := t.tag == "VB" && k-1 >= a && (toks[k-1].tag == "PRP" || strings.HasPrefix(toks[k-1].tag, "NN"))
		if !(t.tag == vt || bare || past && (t.tag == "VBD" || t.tag == "VBN")) || t.tag == "VBN" && k-1 >= a && cueBeForms[toks[k-1].lower] {
			continue
		}
		j := claimVerbGroupStart(toks, a, k)
		s, e, ok := spkChunkLeft(toks, a, j)
		if (!ok || e != j) && j-1 > a && toks[j-1].text == "," {
			// "Tom Reed, a former mayor, became a delegate and said …".
			if s2, e2, ok2 := spkAppositiveLeft(toks, a, j-1); ok2 && claimAdverbialLead(toks, a, s2) {
				return s2, e2, true
			}
		}
		if !ok || e != j {
			return 0, 0, false
		}
		if !claimAdverbialLead(toks, a, s) && !(s-1 >= a && (toks[s-1].lower == "that" || claimClauseSubordinators[toks[s-1].lower])) {
			return 0, 0, false
		}
		return s, e, true
	}
	return 0, 0, false
}

// claimLeadingParticiple attributes a participle clause that opens its
// sentence to the subject of the main clause after it: "Bemoaning the
// “phony system,” Trump accused Holt …".
func claimLeadingParticiple(toks []claimTok, c claimCue, b int, d claimDraft) (claimDraft, bool) {
	k := -1
	for j := c.end; j < b; j++ {
		if toks[j].text == "," && toks[j].span < 0 {
			k = j
			break
		}
		if toks[j].text == "," && j+1 < b && toks[j+1].span == toks[j].span && toks[j+1].quote != claimQuoteNone {
			// ",”" closing a quotation: the comma belongs to the sentence.
			k = j + 1
			break
		}
	}
	if k < 0 || k+2 >= b {
		return d, false
	}
	re, ok := spkChunkRight(toks, k+1, b)
	if !ok || re >= b {
		return d, false
	}
	j := re
	for j < b && toks[j].tag == "RB" {
		j++
	}
	if j >= b || !(toks[j].tag == "VBD" || toks[j].tag == "VBZ" || toks[j].tag == "VBP" || toks[j].tag == "MD") {
		return d, false
	}
	if !spkValid(toks, k+1, re, c.form.class) {
		return d, false
	}
	s := claimContentStart(toks, c, k)
	if s >= k || !claimContentOK(toks, c, s) {
		return d, false
	}
	end := k
	if toks[k].text != "," {
		end = k + 1
	}
	seg, ok := claimSeg(toks, s, end)
	if !ok || claimWords(toks, s, end) < 2 {
		return d, false
	}
	d.spkS, d.spkE, d.segs, d.maxTok, d.conf = k+1, re, [][2]int{seg}, k+1, d.conf-0.1
	return d, true
}

// claimMediumNouns are the things a source issues that a participle after
// them reports: "a statement calling", "a letter urging".
var claimMediumNouns = map[string]bool{
	"statement": true, "letter": true, "paper": true, "ad": true, "advertisement": true, "video": true,
	"message": true, "memo": true, "report": true, "release": true, "resolution": true, "petition": true,
	"tweet": true, "post": true, "op-ed": true, "editorial": true, "column": true, "note": true, "email": true,
	"filing": true, "lawsuit": true, "complaint": true, "brief": true, "motion": true, "order": true, "ruling": true,
	"speech": true, "address": true, "comments": true, "remarks": true, "interview": true, "appearance": true,
	"conference": true, "briefing": true, "hearing": true, "announcement": true,
}

// claimAfterMedium reports whether the participle at k follows a noun
// phrase headed by a medium noun, perhaps with a prepositional phrase:
// "sent a letter to the board urging …".
func claimAfterMedium(toks []claimTok, a, k int) bool {
	for j := k - 1; j >= a && j >= k-9; j-- {
		t := toks[j]
		if t.span >= 0 {
			return false
		}
		if claimMediumNouns[t.lower] && strings.HasPrefix(t.tag, "NN") {
			return true
		}
		switch t.tag {
		case "DT", "NN", "NNS", "NNP", "NNPS", "IN", "JJ", "PRP$", "POS", "CD", "TO":
		default:
			return false
		}
	}
	return false
}

// claimRelativeSubject finds the source of a cue in a relative clause
// whose pronoun is its subject: "some who warned …", "a super PAC that
// intends to …". The source runs from the antecedent to the pronoun; when
// no antecedent can be chunked it is the pronoun alone.
func claimRelativeSubject(toks []claimTok, ua, a int, c claimCue) (int, int, bool) {
	p := c.start - 1
	if c.kind != cueVerb || p < a || toks[p].span >= 0 {
		return 0, 0, false
	}
	switch toks[p].lower {
	case "who", "which", "whom":
	case "that":
		if p-1 < a || !strings.HasPrefix(toks[p-1].tag, "NN") {
			return 0, 0, false
		}
	default:
		return 0, 0, false
	}
	end := p
	if end-1 >= a && toks[end-1].text == "," {
		end--
	}
	// The antecedent may be the source of an earlier claim of the unit:
	// "…,” said Mr. Kamin, who emphasized …".
	if s, e, ok := spkChunkLeft(toks, ua, end); ok && e == end {
		return s, c.start, true
	}
	if end-1 >= a && toks[end-1].word && (toks[end-1].tag == "DT" || spkIsNounTag(toks[end-1].tag)) {
		return end - 1, c.start, true // "some who"
	}
	return p, c.start, true
}

// claimInfinitive attributes a cue verb in an infinitive to the subject of
// the finite verb that governs it: "He went on to rebut many of the
// points", "Mr. Trump was prompted to say, “…”", "Axelrod is quick to
// point out flaws". The cue runs from the governing verb when it is near.
func claimInfinitive(toks []claimTok, ua, a, b int, c claimCue, d claimDraft) (claimDraft, bool) {
	to := c.start - 1
	v := -1
	for k := to - 1; k >= a && k >= to-claimChainInfReach; k-- {
		t := toks[k]
		if t.span >= 0 {
			if q := claimChain2InfQuoteSkip(toks, k, a); q >= 0 { // claims_chain2.go
				k = q + 1
				continue
			}
		}
		if t.span >= 0 || t.text == "," || t.lower == "that" || t.tag == "WDT" || t.tag == "WP" {
			break
		}
		if t.tag == "VBD" || t.tag == "VBZ" || t.tag == "VBP" || t.tag == "MD" {
			v = k
			break
		}
	}
	if v < 0 {
		return d, false
	}
	if vf, ok := cueLexicon().verbs[toks[v].lower]; ok && !claimAspectVerbs[vf.lemma] {
		return d, false // "wants to say": the infinitive is the content of "wants"
	}
	j := claimVerbGroupStart(toks, a, v)
	ls, le, ok := spkChunkLeft(toks, a, j)
	if !ok || le != j && !claimChainParenTag(toks, le, j) || !spkValid(toks, ls, le, c.form.class) || to-v > 8 && claimChainExpletive[toks[ls].lower] || !claimAdverbialLead(toks, a, ls) && !(ls-1 >= a && claimCoordinators[toks[ls-1].lower]) && !claimChainLeadOK(toks, a, ls, to) {
		if ls, le, ok = claimChain2InfRelative(toks, ua, j, c); !ok { // claims_chain2.go
			if ls, le, ok = claimChain3InfShared(toks, ua, j, c); !ok { // claims_chain3.go
				if ls, le, ok = claimChain3InfAside(toks, ua, j, v, c); !ok {
					return d, false
				}
			}
		}
	}
	s, e := claimVerbContent(toks, c, b)
	seg, ok := claimObjectSeg(toks, c, s, e)
	if !ok {
		return d, false
	}
	if to-v <= 4 {
		d.cue[0] = toks[v].start
	}
	d.spkS, d.spkE, d.segs, d.maxTok, d.conf = ls, le, [][2]int{seg}, e, d.conf-0.15
	return d, true
}

// claimBeforeFinite ends a noun phrase content before the first finite
// verb outside quotations: the verb belongs to the main clause.
func claimBeforeFinite(toks []claimTok, s, e int) int {
	for k := s + 1; k < e; k++ {
		if toks[k].span >= 0 {
			continue
		}
		switch toks[k].tag {
		case "VBD", "VBZ", "VBP", "MD":
			return claimCutBefore(toks, s, k)
		case "VBN":
			// The tagger reads some past forms as participles ("Paul
			// paid a combined $176,000").
			if strings.HasPrefix(toks[k-1].tag, "NN") && k+1 < e && (toks[k+1].tag == "DT" || toks[k+1].tag == "PRP$") {
				return claimCutBefore(toks, s, k)
			}
		}
	}
	return e
}

// claimReducedRelative attributes a participle cue right after a noun to
// the noun phrase it modifies: "Outside groups supporting New Jersey Gov.
// Chris Christie also have spent heavily", "a policy institute focused on
// national security". The content is the participle's object, up to the
// main clause's verb.
func claimReducedRelative(toks []claimTok, a, b int, c claimCue, d claimDraft) (claimDraft, bool) {
	ls, le, ok := spkChunkLeft(toks, a, c.start)
	if claimIng2QuantRelative(toks, a, c.start, c.form) { // claims_ing.go
		ls, le, ok = claimIng2QuantSource(toks, a, c.start), c.start, true
	} else if !ok || le != c.start || !claimIngRelativeSource(toks, ls, le, c) { // claims_ing.go
		return d, false
	}
	s := claimContentStart(toks, c, b)
	if s < b && s == c.end && claimTopicPreps[toks[s].lower] && toks[s].tag == "IN" && !claimIsClause(toks, s+1) {
		s++
		d.cue[1] = toks[s-1].end
	}
	e := claimContentEnd(toks, s, b)
	e = claimObjectEnd(toks, c, s, e)
	if s < e && !claimOpensClause(toks, s) {
		e = claimBeforeFinite(toks, s, e)
	}
	e = claimQuoteEnd(toks, s, e)
	seg, ok := claimObjectSeg(toks, c, s, e)
	if !ok {
		return d, false
	}
	d.spkS, d.spkE, d.segs, d.maxTok, d.conf = ls, le, [][2]int{seg}, e, d.conf-0.15
	return d, true
}

// claimOpensClause reports whether a content starting at s opens with a
// clause marker: that, to, if, whether, a wh-word, a quotation, a colon or
// a subject pronoun.
func claimOpensClause(toks []claimTok, s int) bool {
	switch l := toks[s].lower; {
	case l == "that" || l == "to" || l == "if" || l == "whether" || strings.HasPrefix(toks[s].tag, "W") || toks[s].tag == "PRP":
		return true
	case toks[s].quote != claimQuoteNone || s > 0 && toks[s-1].text == ":":
		return true
	}
	return false
}

// claimPassiveBy returns the index of the "by" of a passive cue's agent
// ("was first reported by", "has been called a charlatan by"), or -1:
// the cue holds a form of "be" before its participle and "by" follows
// within a short complement.
func claimPassiveBy(toks []claimTok, c claimCue, b int) int {
	if c.kind != cueVerb || !(toks[c.verb].tag == "VBN" || toks[c.verb].tag == "VBD") {
		return -1
	}
	passive := false
	for k := c.verb - 1; k >= 0 && k >= c.verb-4 && (claimAuxiliaries[toks[k].lower] || cueBeForms[toks[k].lower] || toks[k].tag == "RB") && toks[k].span < 0; k-- {
		passive = passive || cueBeForms[toks[k].lower]
	}
	if !passive {
		return -1
	}
	for k := c.end; k < b && k <= c.end+5; k++ {
		t := toks[k]
		if t.span >= 0 && k > c.end || t.text == "," || t.text == "." || strings.HasPrefix(t.tag, "VB") {
			return -1
		}
		if t.lower == "by" {
			return k
		}
	}
	return -1
}

// claimSubjectStart returns where the subject ending at e starts when an
// introductory adverbial and a comma come before it ("In 2015, the plan
// was endorsed by …"), or a when there is none.
func claimSubjectStart(toks []claimTok, a, e int) int {
	for k := e - 1; k > a; k-- {
		if toks[k].text == "," && toks[k].span < 0 {
			if claimAdverbialLead(toks, a, k) {
				return k + 1
			}
			return a
		}
	}
	return a
}

// claimParticipleLeads are the prepositions that may open a sentence
// before a participle clause: "After saying her foot was swollen, she …".
var claimParticipleLeads = map[string]bool{"after": true, "before": true, "while": true, "by": true, "upon": true, "when": true, "in": true, "since": true}

// claimParticiplePreps are the words after which a participle cue takes
// the sentence's subject: "…, despite admitting that …", "aside from
// saying …", "began by saying …".
var claimParticiplePreps = map[string]bool{
	"by": true, "while": true, "before": true, "after": true, "despite": true, "from": true, "for": true,
	"without": true, "when": true, "in": true, "upon": true, "than": true, "besides": true,
}

// claimSecondFinite returns the index of the finite verb that follows the
// verb phrase of the clause starting at s (the main clause's verb after a
// subject clause), or -1.
func claimSecondFinite(toks []claimTok, s, e int) int {
	first := false
	for k := s; k < e; k++ {
		t := toks[k]
		if t.span >= 0 {
			continue
		}
		finite := t.tag == "VBD" || t.tag == "VBZ" || t.tag == "VBP" || t.tag == "MD"
		if !finite {
			continue
		}
		if !first {
			first = true
			continue
		}
		p := toks[k-1]
		if p.tag == "CC" || p.tag == "WDT" || p.tag == "WP" || p.tag == "MD" || p.lower == "that" || p.text == "," || p.tag == "PRP" || p.tag == "RB" {
			continue // a coordinate, relative or object clause of its own
		}
		return k
	}
	return -1
}

// claimBackwardTold reports whether "CLAUSE, SOURCE told OBJECT …" puts
// its content before the source: a clause with a finite verb ends in a
// comma before the source, and after the cue's object comes no clause of
// its own, only an adverbial ("This is not about me, Obama told his
// advisers as he labored …").
func claimBackwardTold(toks []claimTok, a, ls int, c claimCue, b int) bool {
	if ls-2 <= a || toks[ls-1].text != "," || !claimObjectLemmas[c.form.lemma] || !claimHasFinite(toks, a, ls-1) {
		return false
	}
	e, ok := spkChunkRight(toks, c.end, b)
	if !ok {
		return false
	}
	if e >= b || !toks[e].word {
		return true
	}
	return claimClauseSubordinators[toks[e].lower] || claimParticiplePreps[toks[e].lower]
}

// claimParenAround returns the parentheses around cue c inside the unit
// [a, b) when the unit holds more than them, or -1, -1.
func claimParenAround(toks []claimTok, a, b int, c claimCue) (int, int) {
	pa := -1
	for k := c.start - 1; k >= a; k-- {
		if toks[k].text == ")" {
			return -1, -1
		}
		if toks[k].text == "(" {
			pa = k
			break
		}
	}
	if pa < 0 {
		return -1, -1
	}
	for k := c.end; k < b; k++ {
		if toks[k].text == "(" {
			return -1, -1
		}
		if toks[k].text == ")" {
			if pa == a && k == b-1 {
				return -1, -1 // the parentheses are the whole unit
			}
			return pa, k
		}
	}
	return -1, -1
}

// claimBeforeMainCue ends the content of a cue in a restrictive relative
// clause before the main clause's cue verb, which has no subject of its
// own: "Hawkins and others who want to ban abortion said …".
func claimBeforeMainCue(toks []claimTok, s, e int) int {
	for k := s + 1; k < e; k++ {
		t := toks[k]
		if t.span >= 0 || !(t.tag == "VBD" || t.tag == "VBZ" || t.tag == "VBP") {
			continue
		}
		vf, ok := cueLexicon().verbs[t.lower]
		if !ok || vf.ing {
			continue
		}
		p := toks[k-1]
		if p.tag == "PRP" || p.tag == "WP" || p.tag == "WDT" || p.lower == "that" || p.tag == "CC" || p.text == "," || p.tag == "MD" || p.tag == "RB" {
			continue
		}
		return k
	}
	return e
}

// claimCognitionVerbs take a bare clause as their object ("believes the
// tax is unfair"), unlike verbs of stance ("support Sanders").
var claimCognitionVerbs = map[string]bool{
	"believe": true, "think": true, "know": true, "feel": true, "doubt": true, "suspect": true, "hope": true,
	"expect": true, "fear": true, "worry": true, "assume": true, "understand": true, "realize": true,
	"realise": true, "imagine": true, "reckon": true, "presume": true, "suppose": true, "anticipate": true,
	"wish": true, "recognize": true, "recognise": true, "remember": true, "surmise": true, "deem": true,
}

// claimAspectVerbs govern an infinitive without being its content:
// "continues to insist", "went on to say".
var claimAspectVerbs = map[string]bool{"go": true, "continue": true, "begin": true, "start": true, "keep": true, "try": true, "attempt": true, "proceed": true}

// claimPlacePreps open a phrase of place, time, manner or addressee after
// a verb that reports only with an object or clause ("spoke from the East
// Room", "responded to a request").
var claimPlacePreps = map[string]bool{
	"to": true, "for": true, "on": true, "about": true, "with": true, "in": true, "at": true, "by": true,
	"from": true, "over": true, "during": true, "after": true, "before": true, "outside": true, "inside": true,
	"near": true, "alongside": true, "under": true, "through": true, "throughout": true,
}

// claimQuoteAfterOf returns where a quotation starts after "said of X,"
// ("The businessman says of Clinton, “If she gets the chance, …”"): what
// was said is the quotation, X is its topic. It returns s when there is
// none.
func claimQuoteAfterOf(toks []claimTok, c claimCue, s, e int) int {
	if c.end-1 <= c.verb || toks[c.end-1].lower != "of" {
		return s
	}
	for k := s; k+1 < e && k <= s+6; k++ {
		if toks[k].span >= 0 || strings.HasPrefix(toks[k].tag, "VB") {
			return s
		}
		if toks[k].text == "," || toks[k].text == ":" {
			if claimOpens(toks, k+1) {
				return k + 1
			}
			return s
		}
	}
	return s
}

// claimVerbGroupStart returns where the verb group ending with the verb
// at j starts: the adverbs and auxiliaries before it, outside quotations
// and not before token lo ("has repeatedly stated", "He recently
// pitched").
func claimVerbGroupStart(toks []claimTok, lo, j int) int {
	for j-1 >= lo && (toks[j-1].tag == "RB" || claimAuxiliaries[toks[j-1].lower]) && toks[j-1].span < 0 {
		j--
	}
	return j
}

// claimSaidYesNo reports whether the content [s, e) of a verb of saying
// is a bare "yes" or "no" answer: "most voters said yes".
func claimSaidYesNo(toks []claimTok, c claimCue, s, e int) bool {
	s, e = claimTrim(toks, s, e)
	if c.kind != cueVerb || c.form.lemma != "say" || e != s+1 || toks[s].span >= 0 || s != c.end {
		return false
	}
	return toks[s].lower == "yes" || toks[s].lower == "no"
}

// claimSaidFigureApposition finds the subject of a cue after a figure in
// apposition that ends at the comma at index comma: "about two-thirds,
// 67 percent, say", "just over half, or 52%, support". It returns the
// noun phrase before the figure.
func claimSaidFigureApposition(toks []claimTok, a, comma int) (int, int, bool) {
	num := false
	p := comma - 1
	for ; p > a && comma-p <= 5; p-- {
		t := toks[p]
		if t.span >= 0 {
			return 0, 0, false
		}
		if t.text == "," {
			break
		}
		switch {
		case t.tag == "CD":
			num = true
		case t.lower == "percent" || t.text == "%" || t.lower == "or" || t.lower == "about" || t.lower == "nearly" || t.lower == "roughly" || t.lower == "some":
		default:
			return 0, 0, false
		}
	}
	if !num || p <= a || toks[p].text != "," {
		return 0, 0, false
	}
	s, e, ok := spkChunkLeft(toks, a, p)
	if !ok || e != p || !claimAdverbialLead(toks, a, s) {
		return 0, 0, false
	}
	return s, e, true
}

// claimSaidShare reports whether the subject [s, e) is a share written
// "N in M" with its noun ("4 in 10 voters"), which names the people
// polled.
func claimSaidShare(toks []claimTok, s, e int) bool {
	if e-s < 4 || toks[s].tag != "CD" || toks[s+1].lower != "in" || toks[s+2].tag != "CD" {
		return false
	}
	for k := s; k < e; k++ {
		if toks[k].span >= 0 || !toks[k].word {
			return false
		}
	}
	return true
}

// claimSaidBeliefAside reports whether a cue of believing ("believe",
// "think", "fear") or of evidence ("…, records show.") stands as an aside: its verb is followed only by a
// comma, a dash or the end of the sentence.
func claimSaidBeliefAside(toks []claimTok, c claimCue, b int) bool {
	if c.kind != cueVerb || !(claimCognitionVerbs[c.form.lemma] || claimSaidAsideBase[c.form.lemma]) || c.form.ing {
		return false
	}
	if c.end >= b {
		return true
	}
	n := toks[c.end]
	return n.span < 0 && (n.text == "," || n.text == "." || n.text == "—" || n.text == "–" || n.text == "--")
}

// claimSaidStudyNouns are the nouns of inquiries whose findings are
// reported with a plain object: "the survey found Smith leading".
var claimSaidStudyNouns = map[string]bool{
	"survey": true, "poll": true, "study": true, "report": true, "paper": true, "analysis": true, "review": true,
	"investigation": true, "audit": true, "research": true, "researchers": true, "probe": true, "inquiry": true,
	"surveys": true, "polls": true, "studies": true, "reports": true,
}

// claimSaidStudyFinds reports whether the cue is "found" right after an
// inquiry noun: "The April survey found Smith leading Jones".
func claimSaidStudyFinds(toks []claimTok, c claimCue) bool {
	return c.form.lemma == "find" && c.start == c.verb && c.start-1 >= 0 && claimSaidStudyNouns[toks[c.start-1].lower] &&
		toks[c.verb].tag == "VBD" || claimListedStudySubject(toks, c)
}

// claimListedStudySubject reports whether the cue is "found" or "finds"
// after a subject headed by an inquiry noun with its modifiers: "A 2014
// study by the university found 31 incidents", "The 50-state poll finds
// Trump faring better".
func claimListedStudySubject(toks []claimTok, c claimCue) bool {
	if c.form.lemma != "find" || !(toks[c.verb].tag == "VBD" || toks[c.verb].tag == "VBZ") {
		return false
	}
	for k := c.start - 1; k >= 0 && k >= c.start-9; k-- {
		t := toks[k]
		if t.span >= 0 || strings.HasPrefix(t.tag, "VB") || t.tag == "MD" || !t.word && t.text != "-" {
			return false
		}
		if claimSaidStudyNouns[t.lower] && strings.HasPrefix(t.tag, "NN") {
			return true
		}
	}
	return false
}

// claimNounContentEnd ends the content of a noun cue that starts at s:
// the end of its clause or its first comma outside quotations ("the
// warning that the dam could fail, which …").
func claimNounContentEnd(toks []claimTok, s, b int) int {
	e := claimContentEnd(toks, s, b)
	for k := s + 1; k < e; k++ {
		if toks[k].text == "," && toks[k].span < 0 {
			return k
		}
	}
	return e
}

// claimListedFinite reports whether a tag is that of a finite verb.
func claimListedFinite(tag string) bool {
	return tag == "VBD" || tag == "VBZ" || tag == "VBP" || tag == "MD"
}

// claimListedSharedSubject finds the subject of a finite cue verb right
// after "and" that is coordinated with the first finite verb of its
// clause: "The actor held an audition and asked actors to …", "He
// survived prison and says torture is wrong". The first verb's subject must open
// the clause, and every finite verb between them must itself follow a
// comma or a coordinator, so that no relative or object clause of its
// own intervenes.
func claimListedSharedSubject(toks []claimTok, a int, c claimCue) (int, int, bool) {
	v := toks[c.verb]
	if c.kind != cueVerb || c.form.ing || c.verb != c.start && !claimListedAdverbsOnly(toks, c.start, c.verb) || !claimListedFinite(v.tag) || v.tag == "MD" {
		return 0, 0, false
	}
	and := c.start - 1
	if and <= a || toks[and].lower != "and" || toks[and].span >= 0 {
		return 0, 0, false
	}
	first, s, e, ok := claimSharedClauseSubject(toks, a, and, false)
	if !ok || toks[first].tag == "MD" {
		return 0, 0, false
	}
	return s, e, true
}

// claimSharedClauseSubject finds, for a verb coordinated after tokens
// [a, end) of its clause, the first finite verb of the clause and that
// verb's subject [s, e), which must open the clause. Every later finite
// verb must follow a comma or a coordinator (with loose, also an
// auxiliary or a modal: "would warn … but did not name"), and no "that",
// wh-word or subordinator may open a clause of its own after the first
// verb ("… said that X arrived and asked": not a coordination).
func claimSharedClauseSubject(toks []claimTok, a, end int, loose bool) (first, s, e int, ok bool) {
	first = -1
	for k := a; k < end; k++ {
		t := toks[k]
		if t.span >= 0 || !claimListedFinite(t.tag) {
			continue
		}
		if first < 0 {
			first = k
			continue
		}
		p := toks[k-1]
		joins := func(q claimTok) bool {
			return q.text == "," || q.lower == "and" || loose && (claimAuxiliaries[q.lower] || q.tag == "MD")
		}
		if p.lower != "or" && !joins(p) && !(p.tag == "RB" && k-2 >= a && joins(toks[k-2])) {
			return 0, 0, 0, false
		}
	}
	if first < 0 {
		return 0, 0, 0, false
	}
	for k := first + 1; k < end; k++ {
		if toks[k].span < 0 && (toks[k].lower == "that" || toks[k].tag == "WDT" || toks[k].tag == "WP" || claimListedClauseOpeners[toks[k].lower]) {
			return 0, 0, 0, false
		}
	}
	j := claimVerbGroupStart(toks, a, first)
	s, e, ok = spkChunkLeft(toks, a, j)
	if !ok || e != j || !claimAdverbialLead(toks, a, s) {
		return 0, 0, 0, false
	}
	return first, s, e, true
}

// claimListedAdverbsOnly reports whether tokens [s, v) are all adverbs
// or auxiliaries of the cue's verb group.
func claimListedAdverbsOnly(toks []claimTok, s, v int) bool {
	for k := s; k < v; k++ {
		if !(strings.HasPrefix(toks[k].tag, "RB") || claimAuxiliaries[toks[k].lower] || claimSaidNegClitic[toks[k].lower]) {
			return false
		}
	}
	return true
}

// claimListedClauseOpeners are the conjunctions that open a clause of
// their own inside a sentence.
var claimListedClauseOpeners = map[string]bool{
	"although": true, "though": true, "because": true, "if": true, "when": true, "unless": true, "until": true,
	"whereas": true, "whether": true, "while": true, "where": true,
}

// claimListedSubjectOpeners are the tags that may open a noun phrase
// subject.
var claimListedSubjectOpeners = map[string]bool{
	"DT": true, "PDT": true, "CD": true, "JJ": true, "JJR": true, "JJS": true, "NN": true, "NNS": true, "NNP": true, "NNPS": true,
}

// claimListedLongSubject takes as the source of a finite cue verb the
// whole clause before it when the chunker finds no subject there and that
// stretch reads as one noun phrase with its modifiers: it opens the
// clause (or follows an adverbial lead and its comma), starts with a
// determiner, number, adjective or noun, ends in a noun, number or
// adverb, and holds no finite verb, comma, quotation, relative word or
// possessive (a possessed noun is rarely a source: "His bold agenda has
// pushed …"):
// "Majorities of Democrats in five states going to the polls Tuesday
// say …", "A 2014 study by the university's law school found …".
func claimListedLongSubject(toks []claimTok, a int, c claimCue) (int, int, bool) {
	if c.kind != cueVerb || c.form.ing || c.form.base && toks[c.verb].tag != "VBP" {
		return 0, 0, false
	}
	v := toks[c.verb].tag
	if !(v == "VBD" || v == "VBZ" || v == "VBP") && claimVerbGroupStart(toks, a, c.verb) == c.verb {
		return 0, 0, false
	}
	e := claimVerbGroupStart(toks, a, c.start)
	s := claimSubjectStart(toks, a, e)
	if e-s < 3 || e-s > 16 || !claimListedSubjectOpeners[toks[s].tag] {
		return 0, 0, false
	}
	nouns := 0
	for k := s; k < e; k++ {
		t := toks[k]
		if t.span >= 0 || !t.word && t.text != "-" && t.text != "%" && t.text != "$" || claimListedFinite(t.tag) ||
			t.tag == "WDT" || t.tag == "WP" || t.lower == "that" || t.tag == "PRP" && k > s || t.tag == "CC" && k == e-1 ||
			t.tag == "POS" || t.tag == "PRP$" || t.lower == "’s" || t.lower == "'s" {
			return 0, 0, false
		}
		if strings.HasPrefix(t.tag, "NN") {
			nouns++
		}
	}
	last := toks[e-1].tag
	if nouns == 0 || !(strings.HasPrefix(last, "NN") || last == "CD" || last == "RB") {
		return 0, 0, false
	}
	return s, e, true
}

// claimListedWithAttribute attributes a participle cue whose source is the
// noun phrase after "with" at w ("with some polls indicating that …");
// the content follows the cue as after any participle.
func claimListedWithAttribute(toks []claimTok, b int, c claimCue, d claimDraft, w int) (claimDraft, bool) {
	ve := c.start
	for ve > w+1 && strings.HasPrefix(toks[ve-1].tag, "RB") {
		ve--
	}
	s, e := claimVerbContent(toks, c, b)
	// "with X calling her a champion and Y hugging her": a second
	// absolute phrase after "and" is no part of the content.
	for k := s + 1; k+1 < e; k++ {
		if toks[k].span >= 0 || toks[k].lower != "and" {
			continue
		}
		if ne, ok := spkChunkRight(toks, k+1, e); ok && ne < e && toks[ne].tag == "VBG" {
			e = claimCutBefore(toks, s, k)
			break
		}
	}
	seg, ok := claimObjectSeg(toks, c, s, e)
	if !ok {
		return d, false
	}
	d.spkS, d.spkE, d.segs, d.maxTok, d.conf = w+1, ve, [][2]int{seg}, e, d.conf-0.1
	return d, true
}

// claimListedProWords stand for a whole content after a verb of saying:
// "neither side would say so", "he said that", "did not say when".
var claimListedProWords = map[string]bool{
	"so": true, "it": true, "that": true, "this": true, "when": true, "why": true, "how": true, "where": true, "what": true, "who": true,
}

// claimListedProContent reports whether the forward content [s, e) of a
// verb of saying is one pro-form of claimListedProWords right after the
// cue, closing the sentence or clause.
func claimListedProContent(toks []claimTok, c claimCue, s, e int) bool {
	s, e = claimTrim(toks, s, e)
	if c.kind != cueVerb || c.form.class != cueSpeech || e != s+1 || s != c.end || toks[s].span >= 0 || !claimListedProWords[toks[s].lower] {
		return false
	}
	return e >= len(toks) || toks[e].text == "." || toks[e].text == "," || toks[e].text == ";"
}

// claimListedControlVerbs make their object the subject of the
// infinitive after it: "This leads many experts to suspect that …",
// "allow Republicans to support Trump".
var claimListedControlVerbs = map[string]bool{
	"lead": true, "leads": true, "led": true, "leading": true, "allow": true, "allows": true, "allowed": true, "allowing": true,
	"prompt": true, "prompts": true, "prompted": true, "prompting": true, "force": true, "forces": true, "forced": true, "forcing": true,
	"cause": true, "causes": true, "caused": true, "causing": true, "encourage": true, "encourages": true, "encouraged": true, "encouraging": true,
	"persuade": true, "persuades": true, "persuaded": true, "persuading": true, "convince": true, "convinces": true, "convinced": true, "convincing": true,
	"inspire": true, "inspires": true, "inspired": true, "inspiring": true, "compel": true, "compels": true, "compelled": true, "compelling": true,
	"drive": true, "drives": true, "drove": true, "driving": true, "enable": true, "enables": true, "enabled": true, "enabling": true,
	"spur": true, "spurs": true, "spurred": true, "spurring": true, "push": true, "pushes": true, "pushed": true, "pushing": true,
}

// claimListedControl attributes a cue verb in an infinitive after the
// object of a verb of causing or allowing to that object: "This leads
// many cyber experts to suspect that …" (source "many cyber experts").
func claimListedControl(toks []claimTok, a, b int, c claimCue, d claimDraft) (claimDraft, bool) {
	to := c.start - 1
	ob, oe, ok := spkChunkLeft(toks, a, to)
	if !ok || oe != to || ob-1 < a || ob >= oe {
		return d, false
	}
	v := toks[ob-1]
	if v.span >= 0 || !claimListedControlVerbs[v.lower] || !strings.HasPrefix(v.tag, "VB") || !spkValid(toks, ob, oe, c.form.class) {
		return d, false
	}
	s, e := claimVerbContent(toks, c, b)
	seg, ok := claimObjectSeg(toks, c, s, e)
	if !ok {
		return d, false
	}
	d.spkS, d.spkE, d.segs, d.maxTok, d.conf = ob, oe, [][2]int{seg}, e, d.conf-0.15
	return d, true
}

// claimListedTimeBefore returns where a time adverbial ending at k starts
// ("on Tuesday", "last week", "earlier this month", "Friday"), or k when
// none ends there. The adverbial holds only time words, dates, month names
// and numbers.
func claimListedTimeBefore(toks []claimTok, a, k int) int {
	j := k
	for j-1 >= a && k-j < 4 {
		t := toks[j-1]
		if t.span >= 0 || !(spkTimeWords[t.lower] || spkIsDate(t) || t.tag == "CD" && j < k) {
			break
		}
		j--
	}
	// The adverbial needs a head time word, not only "on" or "this".
	for m := j; m < k; m++ {
		if l := toks[m].lower; l != "on" && l != "this" && l != "last" && l != "next" && l != "just" && l != "late" {
			return j
		}
	}
	return k
}

// claimListedRelativeApposition finds the source of a finite cue verb
// after a comma that closes a relative clause about it: "Sanders,
// meanwhile, who sits at zero endorsements, said …", "The employee, a
// registered Republican who spoke on condition of anonymity, said …",
// "Rep. Jared Huffman, a member of the caucus who wants Grayson removed,
// said …". The relative clause holds no comma; the source is the noun
// phrase that opens the unit before it or before its apposition.
func claimListedRelativeApposition(toks []claimTok, ua int, c claimCue) (int, int, bool) {
	comma := c.start - 1
	if c.kind != cueVerb || c.form.ing || comma <= ua || toks[comma].text != "," || toks[comma].span >= 0 {
		return 0, 0, false
	}
	w := -1
	for k := comma - 1; k > ua && comma-k <= 30; k-- {
		t := toks[k]
		if t.text == "," || t.text == "." || t.text == ";" || t.text == ":" {
			break
		}
		if t.span < 0 && (t.lower == "who" || t.lower == "which") {
			w = k
			break
		}
	}
	if w < 0 {
		return 0, 0, false
	}
	head := func(end int) (int, int, bool) {
		// "Sanders, meanwhile, who": a parenthetical adverb before.
		if p := claimParentheticalStart(toks, ua, end); p > ua {
			end = p
		}
		hs, he, ok := spkChunkLeft(toks, ua, end)
		if !ok || he != end || !claimAdverbialLead(toks, ua, hs) || !spkValid(toks, hs, he, c.form.class) {
			return 0, 0, false
		}
		return hs, he, true
	}
	if toks[w-1].text == "," {
		return head(w - 1)
	}
	// An apposition before the relative pronoun: "X, a member of … who".
	as, ae, ok := spkChunkLeft(toks, ua, w)
	if !ok || ae != w || as-1 <= ua || toks[as-1].text != "," {
		return 0, 0, false
	}
	return head(as - 1)
}

// claimListedNPAnd reports whether "and" at k joins two noun phrases
// ("fostered by Trump and other GOP hopefuls, the groups say") rather
// than opening a clause with a short adverbial ("…, and on Monday, CBS
// said"): no comma precedes it and a noun phrase without a preposition,
// adverb or time word runs from it to e.
func claimListedNPAnd(toks []claimTok, k, e int) bool {
	if k+1 >= e || toks[k-1].text == "," {
		return false
	}
	for j := k + 1; j < e; j++ {
		t := toks[j]
		if t.span >= 0 || !spkNPToken(toks, j) || t.tag == "IN" || strings.HasPrefix(t.tag, "RB") || spkTimeWords[t.lower] || spkIsDate(t) {
			return false
		}
	}
	return true
}

// claimInfIntentionVerbs are verbs of wanting, intending, promising and
// refusing whose to-infinitive is the intention they report ("The senator
// plans to run again", "Rebels vowed to fight on"), with their finite and
// base forms. Forms the tagger often reads as nouns ("plans", "vow") are
// taken only right after a subject and before "to" and a verb.
var claimInfIntentionVerbs = map[string]bool{
	"want": true, "wants": true, "wanted": true,
	"plan": true, "plans": true, "planned": true,
	"hope": true, "hopes": true, "hoped": true,
	"intend": true, "intends": true, "intended": true,
	"vow": true, "vows": true, "vowed": true,
	"pledge": true, "pledges": true, "pledged": true,
	"promise": true, "promises": true, "promised": true,
	"refuse": true, "refuses": true, "refused": true,
	"threaten": true, "threatens": true, "threatened": true,
	"seek": true, "seeks": true, "sought": true,
	"aim": true, "aims": true, "aimed": true,
	"attempt": true, "attempts": true, "attempted": true,
	"strive": true, "strives": true, "strove": true, "strived": true,
	"vote": true, "votes": true, "voted": true,
	"decide": true, "decides": true, "decided": true,
	"agree": true, "agrees": true, "agreed": true,
	"resolve": true, "resolves": true, "resolved": true,
	"wish": true, "wishes": true, "wished": true,
	"aspire": true, "aspires": true, "aspired": true,
	"expect": true, "expects": true, "expected": true,
	"look": true, "looks": true, "looked": true,
}

// claimInfIntention is the fallback for a sentence without another claim
// whose subject states an intention with a to-infinitive: "Democrats on
// the committee plan to release the transcripts", "In 1988, Congress voted
// to compensate the victims". The source is the subject, the cue the verb
// group, the content the infinitive phrase from "to".
func claimInfIntention(toks []claimTok, a, b int) (claimDraft, bool) {
	var d claimDraft
	for v := a + 1; v+2 < b; v++ {
		t := toks[v]
		if t.span >= 0 || !claimInfIntentionVerbs[t.lower] || toks[v+1].lower != "to" || toks[v+2].tag != "VB" {
			continue
		}
		if (t.lower == "look" || t.lower == "looks" || t.lower == "looked" || t.lower == "expect" || t.lower == "expects" || t.lower == "expected") && toks[v+2].lower == "be" {
			continue // "looks to be close", "is expected to be": no intention
		}
		if t.tag == "VBN" && v-1 >= a && (cueBeForms[toks[v-1].lower] || toks[v-1].tag == "RB" && v-2 >= a && cueBeForms[toks[v-2].lower]) {
			continue // "is expected to win": a passive
		}
		j := claimVerbGroupStart(toks, a, v)
		ls, le, ok := spkChunkLeft(toks, a, j)
		if !ok || le != j || !spkValid(toks, ls, le, cueBelief) || !claimAdverbialLead(toks, a, ls) {
			return d, false
		}
		s := v + 1
		e := claimContentEnd(toks, s, b)
		e = claimQuoteEnd(toks, s, e)
		seg, ok := claimSeg(toks, s, e)
		if !ok || claimWords(toks, s, e) < 3 {
			return d, false
		}
		d = claimDraft{cue: [2]int{toks[j].start, toks[v].end}, hasCue: true, segs: [][2]int{seg}, spkS: ls, spkE: le, conf: 0.45, maxTok: e}
		return d, true
	}
	return d, false
}

// claimInfSubject attributes a cue verb in an infinitive to the noun
// phrase right before "to" when that phrase is its subject: a headline
// with no finite verb ("Senator to endorse the governor", "Mayor, aides
// to discuss the budget") or after "for" ("a chance for the mayor to
// address the critics"). The cue runs from "to".
func claimInfSubject(toks []claimTok, a, b int, c claimCue, d claimDraft) (claimDraft, bool) {
	to := c.start - 1
	ls, le, ok := spkChunkLeft(toks, a, to)
	if !ok || le != to || ls >= le || !spkValid(toks, ls, le, c.form.class) {
		return d, false
	}
	for k := ls; k < le; k++ {
		if toks[k].lower == "’s" || toks[k].lower == "'s" {
			return d, false // "Trump’s refusal to endorse Ryan": a noun's complement
		}
	}
	forSubj := ls-1 >= a && toks[ls-1].lower == "for" && toks[ls-1].span < 0
	if forSubj && ls-2 >= a && (strings.HasPrefix(toks[ls-2].tag, "VB") || toks[ls-2].tag == "MD") {
		return d, false // "lobbied for the Americans to support …": the verb's content
	}
	if !forSubj {
		if !claimAdverbialLead(toks, a, ls) || ls > a && toks[a].tag == "IN" {
			return d, false // "In an attempt to clarify …, Clinton said"
		}
		for k := a; k < to; k++ {
			if t := toks[k]; t.span < 0 && (t.tag == "VBD" || t.tag == "VBZ" || t.tag == "VBP" || t.tag == "MD") {
				return d, false // "The mayor wants Smith to …": not a headline
			}
		}
	}
	s, e := claimVerbContent(toks, c, b)
	if s < b && s == c.end && (toks[s].tag == "VBZ" || toks[s].tag == "VBD" || toks[s].tag == "VBP" || toks[s].tag == "MD") {
		return d, false // "The right to protest is protected …": the sentence's verb, no object
	}
	if s < e && (!claimOpensClause(toks, s) || toks[s].tag == "PRP" && claimObjectPronouns[toks[s].lower]) {
		e = claimBeforeFinite(toks, s, e) // "The first to endorse him was …"
	}
	seg, ok := claimObjectSeg(toks, c, s, e)
	if !ok {
		return d, false
	}
	d.cue[0] = toks[to].start
	d.spkS, d.spkE, d.segs, d.maxTok, d.conf = ls, le, [][2]int{seg}, e, d.conf-0.2
	return d, true
}

// claimInfFallback is the fallback for a sentence without another claim
// that states an intention with a to-infinitive: after a verb of intending
// (claimInfIntention) or after a possessed noun of intending
// (claimInfNoun).
func claimInfFallback(toks []claimTok, a, b int) (claimDraft, bool) {
	if d, ok := claimInfIntention(toks, a, b); ok {
		return d, true
	}
	return claimInfNoun(toks, a, b)
}

// claimInfNouns are nouns of deciding, intending, promising and refusing
// whose to-infinitive is the intention of their possessor: "her decision
// to run", "Turkey’s refusal to acknowledge it".
var claimInfNouns = map[string]bool{
	"decision": true, "refusal": true, "reluctance": true, "unwillingness": true, "vow": true, "vows": true,
	"pledge": true, "pledges": true, "desire": true, "determination": true, "intention": true, "intentions": true,
}

// claimInfNoun attributes a possessed noun of intending with a
// to-infinitive to its possessor: "His refusal to tackle the housing
// problem made the recession longer" (source "His", cue "refusal",
// content "to tackle the housing problem"). The content ends before the
// main clause's verb.
func claimInfNoun(toks []claimTok, a, b int) (claimDraft, bool) {
	var d claimDraft
	for i := a + 1; i+2 < b; i++ {
		t := toks[i]
		if t.span >= 0 || !claimInfNouns[t.lower] || !strings.HasPrefix(t.tag, "NN") || toks[i+1].lower != "to" || toks[i+2].tag != "VB" {
			continue
		}
		st := i
		for st-1 > a && (strings.HasPrefix(toks[st-1].tag, "JJ") || toks[st-1].tag == "RB") {
			st--
		}
		p := st - 1
		ps, pe := p, p+1
		switch {
		case toks[p].tag == "PRP$":
		case toks[p].lower == "’s" || toks[p].lower == "'s":
			var ok bool
			if ps, pe, ok = spkChunkLeft(toks, a, p); !ok {
				continue
			}
		default:
			continue
		}
		s := i + 1
		e := claimContentEnd(toks, s, b)
		if claimAdverbialLead(toks, a, ps) {
			// The noun phrase is the subject: the main verb follows.
			e = claimBeforeFinite(toks, s, e)
		}
		e = claimQuoteEnd(toks, s, e)
		seg, ok := claimSeg(toks, s, e)
		if !ok || claimWords(toks, s, e) < 3 {
			continue
		}
		d = claimDraft{cue: [2]int{toks[st].start, toks[i].end}, hasCue: true, segs: [][2]int{seg}, spkS: ps, spkE: pe, conf: 0.4, maxTok: e}
		return d, true
	}
	return d, false
}

// claimInfTrigger reports whether a word may start an intention that
// claimInfFallback looks for, so that its sentence is tagged.
func claimInfTrigger(w string) bool {
	return claimInfIntentionVerbs[w] || claimInfNouns[w]
}

// claimVerbContent returns the content [s, e) of a verb cue taking a
// clause or an object: from claimContentStart to the clause's end, cut
// after an object (claimObjectEnd), at a quotation's close and before a
// coordinate clause with its own verb.
func claimVerbContent(toks []claimTok, c claimCue, b int) (s, e int) {
	s = claimContentStart(toks, c, b)
	e = claimContentEnd(toks, s, b)
	e = claimObjectEnd(toks, c, s, e)
	e = claimQuoteEnd(toks, s, e)
	e = claimCoordEnd(toks, c, s, e)
	return s, e
}

// claimAsk3QuestionWords are the words that open the question put with
// "asked": "asked about the bridge", "asked whether it would open".
var claimAsk3QuestionWords = map[string]bool{"about": true, "whether": true, "if": true, "why": true, "how": true, "what": true, "when": true, "where": true, "who": true}

// claimAsk3Question reports whether the cue c is "asked" opening a
// question: "The mayor smiled, asked about the bridge." is a question put
// to the sentence's subject (claimAskedQuestion), not an inverted "…,
// said X" whose source follows the cue.
func claimAsk3Question(toks []claimTok, c claimCue, b int) bool {
	if toks[c.verb].lower != "asked" {
		return false
	}
	if claimAsk3QuestionWords[toks[c.end-1].lower] {
		return true
	}
	return c.end < b && claimAsk3QuestionWords[toks[c.end].lower]
}

// claimAsk3EarlierCue reports whether the tokens [a, e) before a trailing
// cue ("…, according to Y.", "…, Y said.") hold an attribution of their
// own: a finite speech verb outside quotation marks with its subject
// right before it ("X says A, which B, according to Y"). The trailing cue
// then does not take the whole sentence; the earlier cue is tried first.
func claimAsk3EarlierCue(toks []claimTok, a, e int) bool {
	for _, c := range cueFind(toks, a, e) {
		if c.kind != cueVerb || c.form.class != cueSpeech || c.form.ing || c.start <= a || toks[c.start].span >= 0 {
			continue
		}
		if tg := toks[c.verb].tag; tg != "VBZ" && tg != "VBD" && tg != "VBP" {
			continue
		}
		if claimWords(toks, c.end, e) < 2 || !claimAsk3RelativeAfter(toks, c.end, e) {
			continue
		}
		ls, le, ok := spkChunkLeft(toks, a, c.start)
		if ok && le == c.start && (ls == a || toks[ls-1].text == ",") {
			return true
		}
		if toks[c.start-1].text == "," {
			if _, _, ok := spkAppositiveLeft(toks, a, c.start-1); ok {
				return true
			}
		}
	}
	return false
}

// claimAsk3RelativeAfter reports whether a relative clause set off by a
// comma (", which …", ", who …") follows in [s, e): the trailing source
// then vouches for that clause, not for the earlier attribution.
func claimAsk3RelativeAfter(toks []claimTok, s, e int) bool {
	for k := s; k+1 < e; k++ {
		if toks[k].text == "," && toks[k].span < 0 && (toks[k+1].lower == "which" || toks[k+1].lower == "who") {
			return true
		}
	}
	return false
}

// claimAsk3AccordingEnd cuts a forward content [s, e) before a closing
// ", according to SOURCE", which attributes the sentence, not the
// content: "X says A, which B, according to Y" gives X only "A, which B".
func claimAsk3AccordingEnd(toks []claimTok, s, e int) int {
	for k := s + 1; k+2 < e; k++ {
		if toks[k].text == "," && toks[k].span < 0 && toks[k+1].lower == "according" && toks[k+2].lower == "to" {
			if ne, ok := spkChunkRight(toks, k+3, e); ok && claimWords(toks, ne, e) == 0 {
				return k
			}
		}
	}
	return e
}

// claimObjectSeg returns the segment of a verb cue's content [s, e) when
// the content is one: two words or more, or a one-word object
// (claimOneWordObject), that claimContentOK accepts.
func claimObjectSeg(toks []claimTok, c claimCue, s, e int) ([2]int, bool) {
	if claimWords(toks, s, e) < 2 && !claimOneWordObject(toks, c, s, e) || !claimContentOK(toks, c, s) {
		return [2]int{}, false
	}
	return claimSeg(toks, s, e)
}
