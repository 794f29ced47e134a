package extract

import "strings"

// claimSameMarks reports whether two opening quotation marks are of the
// same kind, both straight or both typographic: a quotation run on over
// paragraphs reopens with the mark it opened with.
func claimSameMarks(a, b claimTok) bool {
	return (a.quote == claimQuoteAmbiguous) == (b.quote == claimQuoteAmbiguous)
}

// claimSplitAfterAttribution ends a quotation-led sentence after its
// attribution when a new clause with its own subject follows: in "“You
// winning?” she said, but Kevin was drifting off …" the quotation is
// hers and the rest is the writer's, with claims of its own.
func claimSplitAfterAttribution(p *claimPara) {
	toks := p.toks
	var ends []int
	a := 0
	for _, b := range p.ends {
		if k := claimAttributionBreak(toks, a, b); k > a {
			ends = append(ends, k)
		}
		ends = append(ends, b)
		a = b
	}
	p.ends = ends
}

// claimAttributionBreak returns where a new clause starts after the
// attribution of a quotation opening the unit [a, b), or -1.
func claimAttributionBreak(toks []claimTok, a, b int) int {
	if a >= b || !claimOpens(toks, a) {
		return -1
	}
	cl := a
	for cl+1 < b && toks[cl+1].span == toks[a].span {
		cl++
	}
	if cl+3 >= b || toks[cl].quote == claimQuoteNone {
		return -1
	}
	ce := claimAttributionAfter(toks, cl+1, b)
	if ce < 0 {
		return -1
	}
	for k := ce; k+2 < b; k++ {
		if toks[k].span >= 0 {
			return -1
		}
		if toks[k].text != "," {
			continue
		}
		if claimNewClause(toks, k+1, b) && toks[k+2].tag != "VBG" && toks[k+2].tag != "VBN" {
			return k + 1
		}
		// "“A,” she said, but despite the tone, “B,” said Kunin": a second
		// quotation with an attribution of its own.
		if toks[k+1].tag == "CC" {
			for j := k + 2; j < b; j++ {
				if claimOpens(toks, j) {
					c2 := j
					for c2+1 < b && toks[c2+1].span == toks[j].span {
						c2++
					}
					if toks[j-1].text == "," && claimAttributionAfter(toks, c2+1, b) >= 0 {
						return k + 1
					}
					break
				}
			}
		}
	}
	return -1
}

// claimAttributionAfter returns the end of a speech cue starting within
// four tokens of k ("“…,” she said", "“…,” said Kunin"), or -1.
func claimAttributionAfter(toks []claimTok, k, b int) int {
	cues := cueFind(toks, k, min(b, k+8))
	if len(cues) == 0 || cues[0].kind != cueVerb || cues[0].form.class != cueSpeech || cues[0].start-k > 4 {
		return -1
	}
	return cues[0].end
}

// claimAppositionHalf gives a quotation-led claim the second half of its
// quotation when an apposition stands between the source and it: "“This
// used to be Russia's back yard,” said Raffaello Pantucci, director of
// studies at the institute, “but it is increasingly …”". The words
// between are a noun phrase, maybe with a relative clause, but no new
// finite verb of their own.
func claimAppositionHalf(p *claimPara, d *claimDraft) {
	if !d.quoteLed || len(d.segs) != 1 || d.spkPara != d.para || d.spkE <= d.spkS {
		return
	}
	toks := p.toks
	b := d.unitB
	from := d.spkE
	for k := d.unitA; k < b; k++ {
		if toks[k].end == d.cue[1] {
			from = max(from, k+1)
			break
		}
	}
	relative := false
	for k := from; k < b; k++ {
		t := toks[k]
		switch {
		case t.quote != claimQuoteNone:
			if !claimOpens(toks, k) || k == from || toks[k-1].text != "," {
				return
			}
			cl := k
			for cl+1 < b && toks[cl+1].span == toks[k].span {
				cl++
			}
			if !claimClauseTail(toks, cl+1, b) {
				return
			}
			if seg, ok := claimSeg(toks, k, cl+1); ok && claimWords(toks, k, cl+1) >= 2 {
				d.segs = append(d.segs, seg)
				d.quoteLed = false
				d.maxTok = cl + 1
			}
			return
		case t.lower == "who" || t.lower == "which" || t.lower == "that":
			relative = true
		case !relative && (t.tag == "VBD" || t.tag == "VBZ" || t.tag == "VBP" || t.tag == "MD"):
			return
		case strings.HasPrefix(t.tag, "VB") && claimIsCueWord(t.lower):
			return // ", adding, “…”" is a claim of its own
		case t.text == "." || t.text == ";" || k-from > 30:
			return
		}
	}
}

// claimIsCueWord reports whether w is a verb form of the cue lexicon.
func claimIsCueWord(w string) bool {
	_, ok := cueLexicon().verbs[w]
	return ok || claimIngCues[w]
}

// claimColonPara is the fallback for a paragraph whose last sentence
// ends in a colon before a paragraph that opens with a quotation: "When
// Wallace died, President Clinton released the following statement:"
// then "“Hillary and I offer our condolences …”". The source is the
// subject of the clause before the colon; the draft takes the next
// paragraph as its content (colonNext).
func claimColonPara(paras []*claimPara, pi, a, b int) (claimDraft, bool) {
	var d claimDraft
	p := paras[pi]
	toks := p.toks
	if b != len(toks) || b-a < 3 || toks[b-1].text != ":" || pi+1 >= len(paras) || !claimOpens(paras[pi+1].toks, 0) {
		return d, false
	}
	if claimHasQuote(toks, a, b) {
		return d, false
	}
	// The quoted paragraph must not carry its own attribution ("“Here
	// comes Big Daddy,” she said.").
	if np := paras[pi+1]; cueFind(np.toks, 0, np.ends[0]) != nil {
		return d, false
	}
	if toks[a].tag == "" {
		// Sentences without a cue word are not tagged up front.
		tagger, err := claimTagger()
		if err != nil {
			return d, false
		}
		claimTag(tagger, toks[a:b])
	}
	vs, ls, le, ok := claimVerbSubject(toks, a, b-1)
	if !ok {
		return d, false
	}
	d = claimDraft{cue: [2]int{toks[vs].start, toks[b-1].end}, hasCue: true, spkS: ls, spkE: le, conf: 0.5, maxTok: b, colonNext: true}
	return d, true
}

// claimDashLine attributes a paragraph that is one quotation to the name
// on a dash line right after it, as in a list of quotes:
// "“The idea that I would dismantle health care is not accurate.”" then
// "- Sanders." or "—President Obama, tweeting after the speech."
func claimDashLine(paras []*claimPara, pi int) (claimDraft, bool) {
	var d claimDraft
	if pi+1 >= len(paras) {
		return d, false
	}
	p, np := paras[pi], paras[pi+1]
	if len(p.spans) != 1 || !claimQuoteOnly(p.toks, 0, len(p.toks)) || p.spans[0].unclosed || len(np.toks) < 2 || !claimDashes[np.toks[0].text] {
		return d, false
	}
	e := 1
	for e < len(np.toks) && e <= 5 && np.toks[e].word && np.toks[e].upper {
		e++
	}
	if e == 1 || e-1 > 5 || e < len(np.toks) && np.toks[e].text != "," && np.toks[e].text != "." {
		return d, false
	}
	seg, ok := claimSeg(p.toks, 0, len(p.toks))
	if !ok {
		return d, false
	}
	d = claimDraft{para: pi, unitA: 0, unitB: len(p.toks), segs: [][2]int{seg}, cue: [2]int{np.toks[0].start, np.toks[0].end}, hasCue: true,
		spkS: 1, spkE: e, spkPara: pi + 1, conf: 0.6, maxTok: len(p.toks)}
	return d, true
}

// claimMergeAttribution retries a sentence that is one quotation without
// a cue together with the next sentence when that one attributes it:
// "“Who do they think they are?” Trump said of Apple in February, when
// the company …" and "“…!” Scott's niece, state Del. Marcia Price,
// shouted to the crowd." split after the quotation because the
// attribution runs long. When one of the joined unit's drafts has the
// quotation as its content, it returns them all and the joined unit's
// end; otherwise nil and -1.
func claimMergeAttribution(text string, p *claimPara, pi, ui int, opts ClaimOptions) ([]claimDraft, int) {
	if ui+1 >= len(p.ends) {
		return nil, -1
	}
	a := 0
	if ui > 0 {
		a = p.ends[ui-1]
	}
	b, c := p.ends[ui], p.ends[ui+1]
	toks := p.toks
	if !claimQuoteOnly(toks, a, b) {
		return nil, -1
	}
	last := toks[b-1]
	for k := b - 1; k > a && toks[k].quote != claimQuoteNone; k-- {
		last = toks[k-1]
	}
	if last.text != "?" && last.text != "!" && last.text != "," {
		return nil, -1
	}
	cues := cueFind(toks, b, c)
	if len(cues) == 0 || cues[0].kind != cueVerb || cues[0].form.class != cueSpeech || cues[0].form.base || cues[0].form.ing {
		return nil, -1
	}
	// No quotation of its own, but a nickname in the source may be
	// quoted: Marcia “Cia” Price.
	for k := b; k < c; k++ {
		if claimOpens(toks, k) && (k > cues[0].start || claimWords(toks, k, p.spans[toks[k].span].close) > 2) {
			return nil, -1
		}
	}
	if toks[b].tag == "" {
		return nil, -1
	}
	out := claimUnit(text, p, pi, a, c, opts)
	for _, d := range out {
		if len(d.segs) > 0 && d.segs[0][0] <= toks[a].end && d.segs[0][1] <= toks[b-1].end {
			return out, c
		}
	}
	return nil, -1
}

// claimRestQuote runs the verb-quotation fallback over the rest of a
// sentence after the claims found in it, when a quotation lies there:
// in "Worried about young voters, Democratic leaders …, and President
// Obama is rolling out a new message: “It's about me.”" a belief cue takes
// the first clause and the quotation is left.
func claimRestQuote(toks []claimTok, found []claimDraft, b int) (claimDraft, bool) {
	last := 0
	for _, d := range found {
		last = max(last, claimDraftTaken(toks, d, b))
	}
	if last <= 0 || last+3 >= b || !claimHasQuote(toks, last, b) {
		return claimDraft{}, false
	}
	if d, ok := claimParticipleQuote(toks, found[len(found)-1], last, b); ok {
		return d, true
	}
	return claimVerbQuote(toks, last, b)
}

// claimDraftTaken returns the token index up to which draft d takes
// the unit ending at b. A rule that leaves its maxTok at the unit's end
// ("she stated, “…,” adding, “…”") takes only up to the end of its
// content, cue and source, so that the rest can still be attributed.
func claimDraftTaken(toks []claimTok, d claimDraft, b int) int {
	if d.maxTok < b || len(d.segs) == 0 {
		return d.maxTok
	}
	end := max(d.segs[len(d.segs)-1][1], d.cue[1])
	k := 0
	for k < b && toks[k].start < end {
		k++
	}
	if d.spkPara == d.para {
		k = max(k, d.spkE)
	}
	return k
}

// claimParticipleQuote finds ", adding, “…”" after a claim in [k, b): a
// participle of saying after a comma, then a whole quotation that ends
// the sentence. Its source is the source of the claim before it:
// "“…,” Graham said on MSNBC's “Morning Joe,” adding, “…”".
func claimParticipleQuote(toks []claimTok, prev claimDraft, k, b int) (claimDraft, bool) {
	var d claimDraft
	if prev.spkE <= prev.spkS {
		return d, false
	}
	// k may be the participle itself: a claim ending in its quotation
	// ("“…,”") takes the tokens up to the mark, and "adding" is next.
	for v := max(k, 2); v+2 < b; v++ {
		t := toks[v]
		if t.span >= 0 || !(claimIngCues[t.lower] || t.tag == "VBG" && claimIsCueWord(t.lower)) {
			continue
		}
		p := toks[v-1]
		prep := claimParticiplePreps[p.lower] && p.span < 0
		if p.text != "," && !prep && !(p.quote != claimQuoteNone && v >= 2 && toks[v-2].text == ",") {
			continue
		}
		q := v + 1
		if prep && q+1 < b && (toks[q].tag == "PRP" || toks[q].tag == "NNP" || toks[q].lower == "her") && (toks[q+1].text == "," || toks[q+1].text == ":") {
			// "before asking her, “…”": the one asked, then the quotation.
			q++
		}
		if toks[q].text == "," || toks[q].text == ":" {
			q++
		} else if prep {
			continue
		}
		if q < b && toks[q].word && claimHasQuote(toks, q, b) {
			// ", saying the city embodied the “bravery …”": a clause
			// with quoted words.
			e := claimContentEnd(toks, q, b)
			if claimWords(toks, q, e) < 3 || !claimHasQuote(toks, q, e) {
				continue
			}
			seg, ok := claimSeg(toks, q, e)
			if !ok {
				continue
			}
			d = claimDraft{cue: [2]int{t.start, t.end}, hasCue: true, spkS: prev.spkS, spkE: prev.spkE, spkPara: prev.spkPara, conf: 0.6, maxTok: e, segs: [][2]int{seg}}
			return d, true
		}
		if q >= b || !claimOpens(toks, q) {
			continue
		}
		cl := q
		for cl+1 < b && toks[cl+1].span == toks[q].span {
			cl++
		}
		if cl == q || !claimClauseTail(toks, cl+1, b) || claimWords(toks, q, cl) < 2 {
			continue
		}
		seg, ok := claimSeg(toks, q, cl+1)
		if !ok {
			continue
		}
		d = claimDraft{cue: [2]int{t.start, t.end}, hasCue: true, spkS: prev.spkS, spkE: prev.spkE, spkPara: prev.spkPara, conf: 0.6, maxTok: cl + 1, segs: [][2]int{seg}}
		return d, true
	}
	return d, false
}

// claimTrimColonLead starts a content at its quotation when a label and
// a colon or dash lead it and the cue follows the quotation: in "His
// final assessment: “It's not quite optimistic,” he said." and "Biden
// suggested Trump admired brutal leaders - “He would have loved
// Stalin,” Biden said - and …" what was said is the quotation.
func claimTrimColonLead(p *claimPara, d *claimDraft) {
	if len(d.segs) == 0 || !d.hasCue {
		return
	}
	if claimTitleLeadForward(p, d) || claimObjectThenQuote(p, d) {
		return
	}
	toks := p.toks
	s0 := d.segs[0]
	first := -1
	for k := d.unitA; k < d.unitB && toks[k].start < s0[1]; k++ {
		if toks[k].start < s0[0] {
			continue
		}
		if first < 0 {
			first = k
		}
		if toks[k].quote != claimQuoteNone {
			// "One message said: “…,” according to …" keeps its inner
			// attribution: the lead has a cue of its own.
			if claimOpens(toks, k) && k > first+1 && (toks[k-1].text == ":" || claimDashes[toks[k-1].text]) && d.cue[0] > toks[p.spans[toks[k].span].close].end && !claimCueEndsAt(toks, first, k-1) {
				d.segs[0][0] = toks[k].start
			}
			return
		}
	}
}

// claimCueEndsAt reports whether a cue of tokens [a, k) ends right at k
// ("said" before the colon of "One message said: “…”").
func claimCueEndsAt(toks []claimTok, a, k int) bool {
	for _, c := range cueFind(toks, a, k) {
		if c.end == k {
			return true
		}
	}
	return false
}

// claimTitleLeadForward turns a claim whose content is an adverbial
// lead ending in a quoted title ("Wednesday on Fox News’s “Hannity,”
// Newt Gingrich said if …") into the forward claim it is: the content is
// the clause after the cue. It reports whether it changed d.
func claimTitleLeadForward(p *claimPara, d *claimDraft) bool {
	toks := p.toks
	if len(d.segs) != 1 || d.segs[0][1] > d.cue[0] {
		return false
	}
	cl, c := -1, -1 // the last token of the content; the cue's last token
	for k := d.unitA; k < d.unitB; k++ {
		if toks[k].end <= d.segs[0][1] {
			cl = k
		}
		if toks[k].end <= d.cue[1] {
			c = k
		}
	}
	if cl < 0 || c < 0 || toks[cl].span < 0 || toks[cl].quote == claimQuoteNone {
		return false
	}
	q := p.spans[toks[cl].span].open
	if q <= d.unitA || toks[q].start <= d.segs[0][0] || cl-1 <= q || toks[cl-1].text != "," || !claimTitleQuote(toks, q, cl) {
		return false
	}
	// The title is named by what precedes it: "on Fox News's", "CBS's".
	if pt := toks[q-1]; pt.tag != "POS" && pt.tag != "IN" && !pt.upper {
		return false
	}
	s := c + 1
	if s >= d.unitB || !toks[s].word || claimHasQuote(toks, d.unitA, q) {
		return false
	}
	e := claimContentEnd(toks, s, d.unitB)
	if claimWords(toks, s, e) < 4 {
		return false
	}
	seg, ok := claimSeg(toks, s, e)
	if !ok {
		return false
	}
	d.segs, d.maxTok = [][2]int{seg}, e
	return true
}

// claimObjectThenQuote moves the content of a forward claim that took
// only the short object of its cue ("says of Clinton", "responds to
// Mills with") to the whole quotation after it: in "The businessman says
// of Clinton, “If she gets the chance, …”" what was said is the
// quotation. It reports whether it changed d.
func claimObjectThenQuote(p *claimPara, d *claimDraft) bool {
	toks := p.toks
	if len(d.segs) != 1 || d.segs[0][0] < d.cue[1] {
		return false
	}
	s, e := -1, -1 // the content's first token and the token after it
	for k := d.unitA; k < d.unitB; k++ {
		if s < 0 && toks[k].start >= d.segs[0][0] {
			s = k
		}
		if toks[k].end <= d.segs[0][1] {
			e = k + 1
		}
	}
	if s < 0 || e <= s || e-s > 4 || claimHasQuote(toks, s, e) {
		return false
	}
	// Only the cue's object lies between the cue and the content.
	if s > d.unitA && toks[s-1].end != d.cue[1] {
		return false
	}
	q := e
	if q < d.unitB && (toks[q].text == "," || toks[q].text == ":") {
		q++
	}
	if q >= d.unitB || !claimOpens(toks, q) || toks[q].span < 0 {
		return false
	}
	cl := p.spans[toks[q].span].close
	if cl >= d.unitB || claimWords(toks, q, cl) < 3 || !claimWholeUtterance(toks, q, cl) || !claimClauseTail(toks, cl+1, d.unitB) {
		return false
	}
	seg, ok := claimSeg(toks, q, cl+1)
	if !ok {
		return false
	}
	d.segs, d.maxTok = [][2]int{seg}, cl+1
	return true
}

// claimMultiHeir returns which of the drafts found in one unit takes the
// quotation-only sentences after it, or -1 to leave that to the
// quotation-led draft: in "“A,” Lee said, adding that B. “C.”" the
// quotation C continues what Lee added, not what Lee said. The heir is
// the last draft when the unit opens with a quotation-led draft and the
// last one is a later cue of the same source that goes on speaking
// ("adding", "going on to", "continuing", "explaining"); after a cue
// that only names what is talked about ("referring to", "citing") the
// quotation is still the first draft's.
func claimMultiHeir(p *claimPara, found []claimDraft) int {
	if len(found) < 2 || !found[0].quoteLed {
		return -1
	}
	f, l := found[0], found[len(found)-1]
	if l.spkE <= l.spkS || l.spkS != f.spkS || l.spkE != f.spkE || l.spkPara != f.spkPara || !l.hasCue || l.cue[0] <= f.cue[1] || len(l.segs) == 0 {
		return -1
	}
	for k := found[0].unitA; k < found[0].unitB; k++ {
		if t := p.toks[k]; t.start >= l.cue[0] && t.end <= l.cue[1] && claimMultiGoOnVerbs[t.lower] {
			return len(found) - 1
		}
	}
	return -1
}

// claimMultiGoOnVerbs are the verb forms of a cue that adds to what its
// source said before, or explains it: the quotation after it continues
// that cue.
var claimMultiGoOnVerbs = map[string]bool{
	"adding": true, "added": true, "adds": true, "add": true, "going": true, "went": true, "goes": true,
	"continuing": true, "continued": true, "continues": true, "remarking": true, "explaining": true,
}

// claimMultiColonRest lets a claim whose unquoted content follows the
// colon closing its cue ("The mayor added: It is a disgrace. She knows
// nothing about it.") run on to the end of its paragraph: what a colon
// introduces is all that follows it. The sentences taken are consumed.
func claimMultiColonRest(p *claimPara, d *claimDraft, consumed map[[2]int]bool) {
	if !d.hasCue || len(d.segs) != 1 || d.unitB >= len(p.toks) {
		return
	}
	toks := p.toks
	s := -1
	for k := d.unitA; k < d.unitB; k++ {
		if toks[k].start == d.segs[0][0] {
			s = k
			break
		}
	}
	// The colon ends the cue's paragraph and the content is the next
	// one ("Limbaugh added:"), or it stands between cue and content.
	next := d.colonNext && s == 0
	if s < 0 || toks[s].quote != claimQuoteNone || !next && (s < 2 || toks[s-1].text != ":" || toks[s-1].span >= 0 || d.cue[1] > toks[s-1].end || d.cue[1] < toks[s-2].end) {
		return
	}
	// The content must run to the end of its own sentence.
	if _, e := claimTrim(toks, d.unitA, d.unitB); e <= 0 || d.segs[0][1] < toks[e-1].end {
		return
	}
	// The following sentences are taken up to one that quotes someone
	// ("“…,” Rubio said.").
	a := d.unitB
	for _, b := range p.ends {
		if b <= a {
			continue
		}
		if claimHasQuote(toks, a, b) {
			break
		}
		_, e := claimTrim(toks, a, b)
		if e <= a {
			break
		}
		d.segs[0][1] = toks[e-1].end
		consumed[[2]int{d.para, a}] = true
		d.unitB, d.maxTok = b, b
		a = b
	}
}

// claimMultiLabelLine reports whether a paragraph opens with a speaker
// label ("“WALLACE: Governor, …"): in a transcript quoted paragraph by
// paragraph, each label starts a new speaker's turn, so a quotation run
// on from the paragraph before ends there.
func claimMultiLabelLine(p *claimPara) bool {
	_, whole := claimLabelDrafts(p, 0)
	return whole
}

// claimMultiLeadQuote reports whether a sentence [a, b) continues a
// quotation-led claim with a quotation after a short adverbial lead:
// "Now, “within the business community there is support.”" The lead is
// at most claimMultiLeadWords words closed by a comma, the quotation
// ends the sentence and no cue stands in it.
func claimMultiLeadQuote(p *claimPara, a, b int) bool {
	toks := p.toks
	q := -1
	for k := a; k < b && k-a <= claimMultiLeadWords+1; k++ {
		if toks[k].quote != claimQuoteNone {
			if claimOpens(toks, k) && k > a && toks[k-1].text == "," {
				q = k
			}
			break
		}
	}
	if q < 0 || claimWords(toks, a, q) == 0 || claimWords(toks, a, q) > claimMultiLeadWords {
		return false
	}
	return claimQuoteOnly(toks, q, b) && cueFind(toks, a, b) == nil
}

// claimMultiLeadWords is the longest lead, in words, before a quotation
// that continues a quotation-led claim.
const claimMultiLeadWords = 4

// claimMultiOwnAttribution reports whether a paragraph opens with a
// closed quotation followed by its own attribution ("“…,” added Rep.
// Jim Clyburn."): a quotation left open at the end of the paragraph
// before does not run on into it.
func claimMultiOwnAttribution(p *claimPara) bool {
	if len(p.spans) == 0 || p.spans[0].open != 0 || p.spans[0].unclosed {
		return false
	}
	return claimAttributionAfter(p.toks, p.spans[0].close+1, len(p.toks)) >= 0
}

// claimMultiQuoteRest lets a claim whose content ends inside a quotation
// that closes after the content's sentence take the quotation to its
// close: in "Trump said: “I think statehood is a tough thing for D.C. I
// don't have a position on it yet.”" the sentence ends after "D.C." but
// the quotation, and what Trump said, goes on. The sentences taken are
// consumed.
func claimMultiQuoteRest(p *claimPara, d *claimDraft, consumed map[[2]int]bool) {
	if len(d.segs) == 0 || d.unitB >= len(p.toks) {
		return
	}
	toks := p.toks
	last := d.segs[len(d.segs)-1]
	k := -1 // the content's last token
	for j := d.unitA; j < d.unitB; j++ {
		if toks[j].end <= last[1] && toks[j].start >= last[0] {
			k = j
		}
	}
	if k < 0 || toks[k].span < 0 {
		return
	}
	// The quotation must close after the unit and after the content, and
	// the content must not start inside a quotation opened in an earlier
	// unit.
	sp := p.spans[toks[k].span]
	if sp.close < d.unitB || toks[sp.close].end <= last[1] || toks[sp.open].start < last[0] && sp.open < d.unitA {
		return
	}
	end := sp.close + 1
	d.segs[len(d.segs)-1][1] = toks[sp.close].end
	a := d.unitB
	for _, b := range p.ends {
		if b <= a {
			continue
		}
		if toks[a].start >= toks[sp.close].end {
			break
		}
		consumed[[2]int{d.para, a}] = true
		d.unitB, d.maxTok = b, max(d.maxTok, end)
		a = b
	}
}

// claimMultiTailQuote returns where the quotation starts that ends the
// content of a trailing attribution d in the unit [a, …) with its cue
// at c, when a clause with a speech cue of its own leads it after a
// comma: "She said fathers would not be eligible, and when pressed on
// why, “It's meant to benefit the mother,” the official replied."
// Otherwise -1.
func claimMultiTailQuote(p *claimPara, a, c int, d claimDraft) int {
	toks := p.toks
	if len(d.segs) != 1 || d.segs[0][0] != toks[a].start {
		return -1
	}
	k := -1 // the content's last token
	for j := a; j < c; j++ {
		if toks[j].end <= d.segs[0][1] {
			k = j
		}
	}
	if k < 0 || toks[k].span < 0 || toks[k].quote == claimQuoteNone {
		return -1
	}
	q := p.spans[toks[k].span].open
	if q <= a+3 || toks[q-1].text != "," || claimWords(toks, q, k) < 2 || claimHasQuote(toks, a, q) {
		return -1
	}
	for _, cc := range cueFind(toks, a, q-1) {
		if cc.kind == cueVerb && cc.form.class == cueSpeech && !cc.form.base {
			return q
		}
	}
	return -1
}

// claimMultiNotContent reports whether a paragraph after one ending in a
// colon is no content of that colon but the start of a list or a new
// section: markup ("<tweet …>"), a time or number ("6:01 p.m.", "1.
// FIREWORKS FLY …"), a heading in capitals, or a line of at most three
// words ("Hillary Clinton.").
func claimMultiNotContent(p *claimPara) bool {
	toks := p.toks
	if len(toks) == 0 || toks[0].text == "<" || toks[0].text == "•" || toks[0].word && toks[0].text[0] >= '0' && toks[0].text[0] <= '9' {
		return true
	}
	if claimWords(toks, 0, len(toks)) <= 3 {
		return true
	}
	text := p.text[p.start:p.end]
	return strings.ToUpper(text) == text
}

// claimMultiLastWordEnd returns the byte offset where the last word of a
// paragraph ends: a content trimmed of the punctuation after it ("… out
// of this country?'") still reaches the paragraph's end.
func claimMultiLastWordEnd(p *claimPara) int {
	for k := len(p.toks) - 1; k >= 0; k-- {
		if p.toks[k].word {
			return p.toks[k].end
		}
	}
	return p.end
}

// claimMultiSplitAdding splits a two-part content whose second part is
// introduced by a participle of adding ("…, Spicer said, adding, “They
// need to talk.”", "…, he said, adding that …") into two claims of the
// same source, the second with the participle as its cue: the addition
// is an attribution of its own.
func claimMultiSplitAdding(p *claimPara, found []claimDraft) []claimDraft {
	var out []claimDraft
	for _, d := range found {
		out = append(out, d)
		if len(d.segs) != 2 || d.spkE <= d.spkS {
			continue
		}
		toks := p.toks
		k := -1 // the second part's first token
		for j := d.unitA; j < d.unitB; j++ {
			if toks[j].start == d.segs[1][0] {
				k = j
				break
			}
		}
		if k < 0 {
			continue
		}
		v, s := -1, k
		switch {
		case claimMultiAddingForms[toks[k].lower]:
			v, s = k, k+1
		case k-2 >= d.unitA && claimMultiAddingForms[toks[k-2].lower] && (toks[k-1].text == "," || toks[k-1].text == ":"):
			v = k - 2
		case k-1 >= d.unitA && claimMultiAddingForms[toks[k-1].lower]:
			v = k - 1
		}
		if v < 0 || s >= d.unitB {
			continue
		}
		seg2 := [2]int{toks[s].start, d.segs[1][1]}
		if toks[s].text == "," && s+1 < d.unitB {
			seg2[0] = toks[s+1].start
		}
		out[len(out)-1].segs = d.segs[:1]
		out[len(out)-1].quoteLed = false
		add := d
		add.segs = [][2]int{seg2}
		add.cue = [2]int{toks[v].start, toks[v].end}
		add.hasCue, add.quoteLed = true, false
		out = append(out, add)
	}
	return out
}

// claimMultiAddingForms are the participles that add a second claim to a
// first one of the same source.
var claimMultiAddingForms = map[string]bool{"adding": true}

// claimMultiTurnRest lets a speaker's turn in a transcript ("TAPPER: And
// obviously, …") take the unlabelled paragraphs after it when the next
// labelled turn follows them: "Specifically, I've heard from …" between
// two labels is still Tapper speaking. It stops at a paragraph with a
// quotation mark or in parentheses ("(BEGIN VIDEO CLIP.)"), or after
// claimMultiTurnMax paragraphs.
func claimMultiTurnRest(paras []*claimPara, pi int, d *claimDraft, consumed map[[2]int]bool) {
	// A short label line ("Cruz: Just hang on.") heads a section, not a
	// turn.
	if d.para != pi || len(d.segs) != 1 || claimWords(paras[pi].toks, 0, len(paras[pi].toks)) < claimMultiTurnMinWords {
		return
	}
	j := pi + 1
	for j < len(paras) && j-pi <= claimMultiTurnMax && !claimMultiLabelLine(paras[j]) {
		np := paras[j]
		if len(np.toks) == 0 || np.toks[0].text == "(" || claimHasQuote(np.toks, 0, len(np.toks)) {
			return
		}
		j++
	}
	if j == pi+1 || j >= len(paras) || !claimMultiLabelLine(paras[j]) {
		return
	}
	segs := d.segs
	for k := pi + 1; k < j; k++ {
		np := paras[k]
		seg, ok := claimSeg(np.toks, 0, len(np.toks))
		if !ok {
			return
		}
		segs = append(segs, seg)
	}
	d.segs = segs
	for k := pi + 1; k < j; k++ {
		a := 0
		for _, b := range paras[k].ends {
			consumed[[2]int{k, a}] = true
			a = b
		}
	}
}

// claimMultiTurnMax is the most unlabelled paragraphs a transcript turn
// takes; claimMultiTurnMinWords the fewest words of its labelled line.
const (
	claimMultiTurnMax      = 3
	claimMultiTurnMinWords = 8
)

// claimJoinLoneQuote adds the quotation that makes up unit [a, b) of
// paragraph pi to the content of the claim before it when that claim's
// content ends in the sentence right before, in the same paragraph: in
// "The museum would face hard truths, he said. “It will also show what
// the country can be.”" the quotation carries on what he said, as one
// attribution in two segments, rather than a claim of its own. The
// quotation may be shorter than a lone quotation (claimLoneQuote) needs,
// as the claim before vouches for it, but not shorter than
// claimJoinMinWords. It reports whether it joined.
func claimJoinLoneQuote(paras []*claimPara, pi, a, b int, drafts []claimDraft) bool {
	p := paras[pi]
	if len(drafts) == 0 || a == 0 || !claimQuoteOnly(p.toks, a, b) || claimWords(p.toks, a, b) < claimJoinMinWords {
		return false
	}
	prev := &drafts[len(drafts)-1]
	if prev.para != pi || prev.spkS == prev.spkE || len(prev.segs) == 0 {
		return false
	}
	// The unit before [a, b) starts at the last unit end before a.
	before := 0
	for _, e := range p.ends {
		if e >= a {
			break
		}
		before = e
	}
	last := prev.segs[len(prev.segs)-1][1]
	if last <= p.toks[before].start || last > p.toks[a].start {
		return false
	}
	seg, ok := claimSeg(p.toks, a, b)
	if !ok {
		return false
	}
	prev.segs = append(prev.segs, seg)
	return true
}

// claimJoinMinWords is the least number of words of a quotation that
// claimJoinLoneQuote joins to the claim before it ("“That is not
// acceptable.”"); shorter ones are mostly exclamations.
const claimJoinMinWords = 3
