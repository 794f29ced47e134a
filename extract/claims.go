package extract

import (
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/jdkato/prose/v3/tag"
)

// ClaimOptions configures Claims. The zero value gives the defaults.
type ClaimOptions struct {
	// NoBeliefs leaves out attributions of belief, intention and
	// knowledge ("X believes", "X wants to"), keeping speech and writing.
	NoBeliefs bool
	// MinConfidence drops claims whose confidence is below it.
	MinConfidence float64
}

// claimTagger is prose's averaged-perceptron POS tagger, loaded once and
// shared: prose documents it as safe for concurrent use.
var claimTagger = sync.OnceValues(func() (*tag.Tagger, error) { return tag.New() })

// claimPara is one paragraph: its tokens, quotations and sentence ends.
type claimPara struct {
	start, end int
	toks       []claimTok
	spans      []claimQuoteSpan
	ends       []int
	text       string // the whole article text
}

// textBetween returns the text between tokens i and j (i < j).
func (p *claimPara) textBetween(toks []claimTok, i, j int) string {
	return p.text[toks[i].end:toks[j].start]
}

// claimDraft is a claim before its speaker is resolved. Token indices
// are into the paragraph para; content segments are byte ranges.
type claimDraft struct {
	para       int
	unitA      int
	unitB      int
	segs       [][2]int
	cue        [2]int
	hasCue     bool
	spkS, spkE int // speaker phrase tokens; spkS == spkE when none
	spkPara    int
	conf       float64
	// quoteLed is true when the content is a quotation before its cue, so
	// that quotations right after the unit continue it.
	quoteLed bool
	// maxTok is the token index up to which the unit is taken.
	maxTok int
	// colonNext is true when the cue ends its paragraph with a colon and
	// the content is the next paragraph.
	colonNext bool
}

// Claims finds the attributions in an article — direct quotations,
// indirect and mixed speech, "according to", beliefs and stances — and
// returns one Claim per attribution, sorted by quote start. It never
// returns nil claims and never panics: an internal failure is returned as
// an error naming the article.
//
// # Rules
//
// Every line of a.Text is a paragraph. Quotation marks (straight, curly,
// „ « » and doubled apostrophes, nested and mistyped ones) are paired per
// paragraph (quotes.go); a quotation left open at a paragraph's end runs on
// into a next paragraph that reopens with the same mark. Sentences never
// split inside a quotation, nor before a short attribution ("“Why?” she
// asked.") (claims_text.go). A cue (cues.go) is a reporting, belief or
// stance verb from the embedded lexicons with its auxiliaries, adverbs and
// particle ("has repeatedly stated", "called for"), in any form: finite,
// participle (", saying …", "Bemoaning …, Trump accused …", "a statement
// calling …"), infinitive ("went on to rebut"), passive with its agent
// ("was first reported by"), or in a relative clause ("…, who said");
// "according to"; a reporting noun ("Trump's claim that", "the warning
// that"); a light verb with a reporting noun ("raised questions about");
// an adjective of belief after "be" ("are hopeful that"); a colon after a
// label or a subject; a dash before a name (claims_labels.go); cues no
// list holds, found by shape (cues_open.go): an unlisted verb before a
// that-clause or an embedded question ("has calculated that", "wondered
// whether"), a stance noun with its preposition after a possessor
// ("their criticism of"), a stance received from a source ("has drawn
// criticism from rivals"); and, without a source, a linking or raising
// verb ("seemed frustrated", "is expected to"), an agentless passive of
// judgement ("is seen as"), a reduced relative ("known as") or
// "reportedly", whose content lies around the cue (claims_sourceless.go).
// prose's POS tagger runs only on sentences holding a candidate cue word
// or a quotation mark. The speaker is a noun phrase chunked next to the cue,
// through appositions, quantities, relative clauses and parentheses
// (speakers.go, speakers_chunk.go); the content is the rest of the clause
// on the side away from the speaker (claims_rules.go), ended before a new
// clause with its own subject, a second cue of the same source ("…, and
// has called for …") or the writer's adjuncts (claims_content.go).
// "“A,” he said. “B.”" gives one claim with two segments, but "“A,” he
// said, adding that B. “C.”" gives C to the addition. Contents over
// several sentences (claims_quotes.go): what a colon after a cue
// introduces runs to the end of its paragraph ("The mayor added:" and the
// next paragraph); a quotation runs on over paragraphs that reopen it,
// up to a speaker label of a transcript or a quotation with its own
// attribution; an unquoted trailing or interposed attribution ("…, he
// said.") takes only its own sentence, as PolNeAR does. A content that
// runs on over a second attribution is split (claims_split.go): a cue in
// an opening adverbial clause ("Although he says …, he …") ends at the
// main clause, a noun phrase content before a second verb phrase of its
// source, and a content before a coordinate clause with its own source
// and cue. Speakers are
// resolved within the article in text order (speakers_resolve.go):
// pronouns to the most recent compatible speaker, surnames to the first
// full name, "the spokesman" and "the ministry" to the one person or body
// they describe; organisations, countries and news outlets are
// SpeakerOrganization, unnamed sources SpeakerAnonymous.
//
// # Quality
//
// On PolNeAR dev (84 articles, 2,192 attributions; claimwire eval claims):
// content F1 0.803 (P 0.855, R 0.757), exact F1 0.666, end-to-end F1
// 0.769, speaker accuracy 0.956, recall on direct quotations 0.975 (mixed
// 0.897, indirect 0.683); on train (840 articles), content F1 0.764 and
// end-to-end F1 0.725. PolNeAR annotates every attribution of speech,
// belief, intention and stance; a fifth of dev's attributions have a cue
// that no word list holds and no general shape finds ("unleashed",
// "is steering clear of criticizing"), and those are most of what is
// missed.
//
// Fallbacks for a sentence no cue rule attributes (claims_fallback.go): a
// quotation-led sentence whose attribution uses an unlisted verb ("“…,”
// Trump barked"), a whole quotation after an unlisted verb ("a man yelled
// “Stay there!”"), a that-clause after an unlisted verb ("prosecutors
// determined that …"), a question put to a source ("Asked whether …"), and
// a lone quotation of eight or more words, which continues the source of
// the last claim in the same or previous paragraph.
//
// # Performance and concurrency
//
// 10–25× faster than prose.NewDocument with all defaults over the same
// texts in the same run (claimwire bench claims; the spread is the load of
// a shared machine): roughly 100–270k tokens/s on one core. Claims keeps no state between calls; the
// tagger and lexicons are loaded once and are safe for concurrent use.
func Claims(a Article, opts ClaimOptions) (claims []Claim, err error) {
	claims = []Claim{}
	defer func() {
		if r := recover(); r != nil {
			claims, err = []Claim{}, fmt.Errorf("claims %s: internal error: %v", a.ID, r)
		}
	}()
	tagger, terr := claimTagger()
	if terr != nil {
		return claims, fmt.Errorf("claims %s: loading tagger: %w", a.ID, terr)
	}
	text := a.Text
	paras := claimBuildParas(text, tagger)
	drafts := claimFindDrafts(text, paras, opts)
	// Speakers are resolved in text order, so that a pronoun finds the
	// sources named before it even when a later cue was matched first.
	sort.SliceStable(drafts, func(i, j int) bool { return claimDraftAt(drafts[i]) < claimDraftAt(drafts[j]) })
	ri := NewRuneIndex(text)
	res := &spkResolver{text: text, names: spkScanNames(text, paras)}
	url := a.CanonicalURL
	if url == "" {
		url = a.URL
	}
	for _, d := range drafts {
		c := claimBuild(text, ri, paras, d, res, a)
		c.URL = url
		if c.Confidence < opts.MinConfidence {
			continue
		}
		claims = append(claims, c)
	}
	sort.SliceStable(claims, func(i, j int) bool { return claims[i].Quote.Start < claims[j].Quote.Start })
	return claimDedup(claims), nil
}

// claimBuildParas tokenizes the text, pairs quotations, splits sentences
// and tags the sentences that hold a cue candidate or a quotation.
func claimBuildParas(text string, tagger *tag.Tagger) []*claimPara {
	lx := cueLexicon()
	isCommon := claimRetagCommon(text) // claims_retag.go
	var paras []*claimPara
	for _, pr := range claimParagraphs(text) {
		p := &claimPara{start: pr[0], end: pr[1], toks: claimTokenize(text, pr[0], pr[1]), text: text}
		if len(p.toks) == 0 {
			continue // only characters the tokenizer drops ("\u200b")
		}
		p.spans = claimFindQuotes(text, p.toks)
		p.ends = claimSentenceEnds(p.toks)
		a := 0
		for _, b := range p.ends {
			need := false
			for k := a; k < b && !need; k++ {
				_, isVerb := lx.verbs[p.toks[k].lower]
				_, isLight := lx.light[p.toks[k].lower]
				_, isAdj := cueAdjectives[p.toks[k].lower]
				_, isPart := lx.particleVerbs[p.toks[k].lower]
				need = isVerb || isLight || isAdj || isPart || srclessTrigger(p.toks[k].lower) || claimRelPassiveTrigger(p.toks[k].lower) || p.toks[k].lower == "according" || p.toks[k].lower == "that" || claimInfTrigger(p.toks[k].lower) || cueOpenTrigger(p.toks, k) || p.toks[k].quote != claimQuoteNone
			}
			if need {
				claimRetag(tagger, p.toks[a:b], isCommon)
			}
			a = b
		}
		paras = append(paras, p)
	}
	return paras
}

// claimTag tags tokens with prose's tagger, showing it Penn Treebank
// spellings of quotation marks and apostrophes.
func claimTag(tagger *tag.Tagger, toks []claimTok) {
	pt := make([]tag.Token, len(toks))
	for i, t := range toks {
		w := t.text
		switch {
		case t.quote == claimQuoteOpen:
			w = "``"
		case t.quote != claimQuoteNone:
			w = "''"
		default:
			w = strings.ReplaceAll(w, "’", "'")
		}
		pt[i].Text = w
	}
	tagger.TagTokens(pt)
	for i := range toks {
		toks[i].tag = pt[i].Tag
	}
}

// claimFindDrafts runs the attribution rules over every unit.
func claimFindDrafts(text string, paras []*claimPara, opts ClaimOptions) []claimDraft {
	var drafts []claimDraft
	consumed := map[[2]int]bool{} // {para, unit start} taken by an earlier claim
	for _, p := range paras {
		claimSplitAfterAttribution(p)
	}
	for pi, p := range paras {
		if d, ok := claimDashLine(paras, pi); ok && !consumed[[2]int{pi, 0}] {
			drafts = append(drafts, d)
			consumed[[2]int{pi + 1, 0}] = true
			continue
		}
		if !consumed[[2]int{pi, 0}] {
			labels, whole := claimLabelDrafts(p, pi)
			drafts = append(drafts, labels...)
			if whole {
				// A speaker's turn in a transcript quoted paragraph by
				// paragraph runs on over the paragraphs that reopen the
				// quotation.
				claimExtendQuotes(paras, &drafts[len(drafts)-1], len(p.ends)-1, consumed, false)
				claimMultiTurnRest(paras, pi, &drafts[len(drafts)-1], consumed)
				continue
			}
		}
		a := 0
		for ui, b := range p.ends {
			if !consumed[[2]int{pi, a}] {
				found := claimUnit(text, p, pi, a, b, opts)
				uiLast := ui // the last unit the drafts take
				if len(found) == 0 {
					if merged, c := claimMergeAttribution(text, p, pi, ui, opts); c > b {
						found = merged
						uiLast = ui + 1
						consumed[[2]int{pi, b}] = true
					} else if claimJoinLoneQuote(paras, pi, a, b, drafts) {
						// "…, he said. “B.”": B carries on the claim before (claims_quotes.go).
					} else if d, ok := claimUnitFallback(paras, pi, a, b, drafts); ok {
						d.para, d.unitA, d.unitB = pi, a, b
						found = append(found, d)
					}
				} else if d, ok := claimRestQuote(p.toks, found, b); ok {
					d.para, d.unitA, d.unitB, d.spkPara = pi, a, b, pi
					found = append(found, d)
				} else if d, ok := claimMultiGoingOn(p.toks, found, pi, a, b); ok {
					d.para, d.unitA, d.unitB = pi, a, b
					found = append(found, d)
				}
				found = claimMultiSplitAdding(p, found)
				heir := claimMultiHeir(p, found)
				for fi, d := range found {
					if claimPrecDrop(p.toks, d) || claimPrec4Drop(p.toks, d) && !claimPrec5StanceName(p.toks, d) || claimPrec5Drop(p.toks, d) {
						continue // "as the mayor predicted in 2012" (claims_precision.go, claims_prec4.go, claims_prec5.go)
					}
					if d.colonNext {
						if pi+1 >= len(paras) || b != len(p.toks) {
							continue
						}
						np := paras[pi+1]
						seg, ok := claimSeg(np.toks, 0, np.ends[0])
						if !ok || claimMultiNotContent(np) {
							continue
						}
						if len(np.spans) > 0 && np.spans[0].open == 0 {
							seg[1] = np.toks[np.spans[0].close].end
						}
						d.segs = [][2]int{seg}
						consumed[[2]int{pi + 1, 0}] = true
						d.para = pi + 1
						d.unitA, d.unitB = 0, np.ends[0]
					}
					drafts = append(drafts, d)
					n := len(drafts) - 1
					claimTrimColonLead(paras[d.para], &drafts[n])
					claimAppositionHalf(paras[d.para], &drafts[n])
					led := d.quoteLed
					if heir >= 0 {
						led = fi == heir
					}
					claimExtendQuotes(paras, &drafts[n], uiLast, consumed, led)
					claimMultiColonRest(paras[drafts[n].para], &drafts[n], consumed)
					claimMultiQuoteRest(paras[drafts[n].para], &drafts[n], consumed)
				}
			}
			a = b
		}
	}
	return claimSplitDrafts(paras, drafts, opts) // claims_split.go
}

// claimUnitFallback tries, in order, the finders for a unit [a, b) of
// paragraph pi that no cue rule attributes (claims_fallback.go). Their
// speaker is in paragraph pi, except for a lone quotation's and a
// "went on to" claim's, which take it from an earlier claim.
func claimUnitFallback(paras []*claimPara, pi, a, b int, drafts []claimDraft) (claimDraft, bool) {
	toks := paras[pi].toks
	if d, ok := claimLoneQuote(toks, a, b, pi, drafts); ok {
		return d, true
	}
	for _, find := range []func() (claimDraft, bool){
		func() (claimDraft, bool) { return claimVerbQuote(toks, a, b) },
		func() (claimDraft, bool) { return claimColonPara(paras, pi, a, b) },
		func() (claimDraft, bool) { return claimVerbObjectQuote(toks, a, b) },
		func() (claimDraft, bool) { return claimTrailingAttribution(toks, a, b) },
		func() (claimDraft, bool) { return claimAsPutIt(toks, a, b) },
	} {
		if d, ok := find(); ok {
			d.spkPara = pi
			return d, true
		}
	}
	return claimMultiGoingOn(toks, nil, pi, a, b)
}

// claimExtendQuotes lets a quotation-led claim ("“A,” he said.") take the
// quotation-only sentences that follow it in its paragraph ("“B.”"), and
// lets any claim whose content ends in an unclosed quotation run on over
// the paragraphs that continue it.
func claimExtendQuotes(paras []*claimPara, d *claimDraft, ui int, consumed map[[2]int]bool, led bool) {
	p := paras[d.para]
	a := -1
	if led {
		a = d.unitB
		for _, b := range p.ends[ui+1:] {
			// "But “B.”": a conjunction may lead the continuation.
			c := a
			if p.toks[c].tag == "CC" && c+1 < b && claimOpens(p.toks, c+1) {
				c++
			}
			s, e := claimTrim(p.toks, c, b)
			if claimMultiLeadQuote(p, c, b) {
				// "Now, “B.”": the lead and the quotation continue it.
				d.segs = append(d.segs, [2]int{p.toks[s].start, p.toks[e-1].end})
				consumed[[2]int{d.para, a}] = true
				a = b
				continue
			}
			if !claimQuoteOnly(p.toks, c, b) {
				// "“B” or to control …": a quotation leading the sentence
				// with a short tail, or a dash after it, still continues
				// the speaker.
				if !claimOpens(p.toks, c) || cueFind(p.toks, c, b) != nil {
					break
				}
				sp := p.spans[p.toks[c].span]
				dash := sp.close+1 < b && claimDashes[p.toks[sp.close+1].text]
				if !dash && claimWords(p.toks, sp.open, sp.close+1)*10 < claimWords(p.toks, c, b)*6 {
					break
				}
				s, e = sp.open, sp.close+1
				d.segs = append(d.segs, [2]int{p.toks[s].start, p.toks[e-1].end})
				consumed[[2]int{d.para, a}] = true
				a = b
				break
			}
			if s >= e {
				break
			}
			d.segs = append(d.segs, [2]int{p.toks[s].start, p.toks[e-1].end})
			consumed[[2]int{d.para, a}] = true
			a = b
		}
	}
	// "“A,” he said." closing a paragraph, and the next paragraph is one
	// quotation without a cue: it continues the same speaker.
	if led && a == len(p.toks) && d.para+1 < len(paras) {
		np := paras[d.para+1]
		if _, dashed := claimDashLine(paras, d.para+1); !dashed && len(np.spans) > 0 && claimQuoteOnly(np.toks, 0, len(np.toks)) && !np.spans[0].unclosed {
			if s, e := claimTrim(np.toks, 0, len(np.toks)); s < e {
				d.segs = append(d.segs, [2]int{np.toks[s].start, np.toks[e-1].end})
				consumed[[2]int{d.para + 1, 0}] = true
			}
		}
	}
	// Run-on quotation: the content ends in an unclosed quotation at the
	// paragraph's end and the next paragraph opens with a quotation mark.
	last := d.segs[len(d.segs)-1]
	pi := d.para
	for {
		p := paras[pi]
		if len(p.spans) == 0 || !p.spans[len(p.spans)-1].unclosed || last[1] < claimMultiLastWordEnd(p) || pi+1 >= len(paras) {
			return
		}
		np := paras[pi+1]
		if len(np.spans) == 0 || np.spans[0].open != 0 || !claimSameMarks(p.toks[p.spans[len(p.spans)-1].open], np.toks[0]) || claimMultiLabelLine(np) || claimMultiOwnAttribution(np) {
			return
		}
		end := np.toks[np.spans[0].close].end
		if np.spans[0].unclosed {
			end = np.toks[len(np.toks)-1].end
		}
		d.segs[len(d.segs)-1][1] = end
		last = d.segs[len(d.segs)-1]
		// Every sentence of the run-on paragraph inside the quotation is taken.
		a := 0
		for _, b := range np.ends {
			if np.toks[a].start < end {
				consumed[[2]int{pi + 1, a}] = true
			}
			a = b
		}
		pi++
	}
}

// claimQuoteOnly reports whether tokens [a, b) are one quotation and
// punctuation.
func claimQuoteOnly(toks []claimTok, a, b int) bool {
	if a >= b || toks[a].quote == claimQuoteNone || toks[a].span < 0 {
		return false
	}
	for k := a; k < b; k++ {
		if toks[k].span != toks[a].span && toks[k].word {
			return false
		}
	}
	return true
}

// claimTrim trims punctuation other than quotation marks from both ends
// of tokens [s, e).
func claimTrim(toks []claimTok, s, e int) (int, int) {
	for s < e && !toks[s].word && toks[s].quote == claimQuoteNone && toks[s].text != "(" && toks[s].text != "$" {
		s++
	}
	for e > s && !toks[e-1].word && toks[e-1].quote == claimQuoteNone && toks[e-1].text != ")" && toks[e-1].text != "%" {
		e--
	}
	return s, e
}

// claimWords counts the word tokens in [s, e).
func claimWords(toks []claimTok, s, e int) int {
	n := 0
	for k := s; k < e; k++ {
		if toks[k].word {
			n++
		}
	}
	return n
}

// claimUnit applies the attribution rules to one unit (sentence) [a, b).
func claimUnit(text string, p *claimPara, pi, a, b int, opts ClaimOptions) []claimDraft {
	toks := p.toks
	var out []claimDraft
	taken := a // tokens before taken belong to an earlier claim
	limit := b // tokens from limit on belong to a claim found first
	cues := cueFind(toks, a, b)
	var rels []claimDraft // relative clauses about their content (claims_relative.go)
	// A cue closing the sentence ("…, according to the FBI.", "…, he
	// said.") attributes all before it: try it first, so that cue words
	// inside that content do not take the sentence.
	for i := len(cues) - 1; i >= 0; i-- {
		c := cues[i]
		if opts.NoBeliefs && c.form.class == cueBelief {
			continue
		}
		if _, rel := claimRelAttribute(toks, a, b, c); rel {
			continue // "…, an idea the senator had proposed." (claims_relative.go)
		}
		d, ok := claimAttribute(toks, a, a, b, c)
		if !ok || len(d.segs) == 0 || d.segs[0][1] > toks[c.start].start || d.segs[0][0] > toks[a].end && !claimAfterColon(toks, a, d.segs[0][0]) {
			continue
		}
		d.para, d.unitA, d.unitB, d.spkPara = pi, a, b, pi
		taken = max(d.maxTok, c.end)
		if q := claimMultiTailQuote(p, a, c.start, d); q > a {
			// "She said A, and when pressed, “B,” X replied.": the
			// quotation is X's; the clause before it keeps its own cues.
			d.segs[0][0], d.quoteLed = toks[q].start, true
			limit, taken = q-1, a
		}
		out = append(out, d)
		if d.segs[0][0] > toks[a].end {
			// The content is a quotation after a colon: the clause before
			// the colon keeps its own cues ("Trump asserted that …: “…,”
			// he claimed.").
			for k := a; k < c.start; k++ {
				if toks[k].end > d.segs[0][0] {
					break
				}
				if toks[k].text == ":" {
					limit, taken = k, a
				}
			}
		}
		break
	}
	for _, c := range cues {
		if c.start < taken || c.start >= limit || (opts.NoBeliefs && c.form.class == cueBelief) {
			continue
		}
		if d, ok := claimRelAttribute(toks, taken, limit, c); ok {
			// "an offer the leadership rebuffed" (claims_relative.go): kept
			// apart so that the fallbacks below still try the unit.
			d.para, d.unitA, d.unitB, d.spkPara = pi, a, b, pi
			rels = append(rels, d)
			taken = d.maxTok
			continue
		}
		if claimRelVeto(toks, taken, limit, c) {
			continue
		}
		d, ok := claimAttribute(toks, a, taken, limit, c)
		if ok {
			claimIngCutAtParticiple(toks, &d, cues, c) // "… before explaining why …" (claims_ing.go)
			ok = claimIng2WithFirst(toks, a, d, cues, c)
			claimIng2CutAtQuantWith(toks, a, &d, cues, c)
			claimHeadlineCoordCut(toks, &d, cues, c, a, b) // "Backs X And Denounces Y" (claims_headline.go)
		}
		if k := claimByDrop(toks, c, d.maxTok, limit); ok && k > 0 {
			taken = k // claims_content.go: the "by" participle's claim replaces it
			continue
		}
		// "“…,” Blige sings to Clinton before asking her, “…”": a participle
		// whose sentence has no finite verb to give it a subject shares
		// the source of the claim before it.
		participle := c.form.ing && c.start-1 >= taken && (toks[c.start-1].text == "," || claimParticiplePreps[toks[c.start-1].lower])
		if !ok && len(out) > 0 && c.kind == cueVerb && (claimAfterBreak(toks, taken, c.start) || c.start == taken && taken > a || participle) {
			// "X said A and added B": B shares X.
			prev := out[len(out)-1]
			s := claimContentStart(toks, c, b)
			e := claimQuoteEnd(toks, s, claimContentEnd(toks, s, b))
			if seg, ok2 := claimSeg(toks, s, e); ok2 && (claimWords(toks, s, e) >= 2 || claimHeadlineOneWord(toks, a, b, s, e)) && !claimPrecComparison(toks, c) {
				d = claimDraft{cue: [2]int{toks[c.start].start, toks[c.end-1].end}, hasCue: true, segs: [][2]int{seg},
					spkS: prev.spkS, spkE: prev.spkE, conf: 0.7, maxTok: e}
				ok = true
			}
		}
		if !ok {
			continue
		}
		d.para, d.unitA, d.unitB, d.spkPara = pi, a, b, pi
		out = append(out, d)
		taken = d.maxTok
		if taken >= limit {
			break
		}
	}
	if d, ok := claimAskedQuestion(toks, a, b); ok {
		d.para, d.unitA, d.unitB, d.spkPara = pi, a, b, pi
		out = append(out, d)
	}
	if len(out) == 0 {
		if d, ok := claimColonQuote(toks, a, b); ok {
			d.para, d.unitA, d.unitB, d.spkPara = pi, a, b, pi
			out = append(out, d)
		} else if d, ok := claimQuoteTail(toks, a, b); ok {
			d.para, d.unitA, d.unitB, d.spkPara = pi, a, b, pi
			out = append(out, d)
		} else if d, ok := claimThatClause(toks, a, b); ok {
			d.para, d.unitA, d.unitB, d.spkPara = pi, a, b, pi
			out = append(out, d)
		} else if d, ok := claimInPoll(toks, a, b); ok && !claimPrecPollDrop(toks, d) {
			d.para, d.unitA, d.unitB, d.spkPara = pi, a, b, pi
			out = append(out, d)
		}
	}
	if len(out) == 0 {
		if d, ok := claimInfFallback(toks, taken, limit); ok {
			d.para, d.unitA, d.unitB, d.spkPara = pi, a, b, pi // claims_rules.go
			out = append(out, d)
		}
	}
	return claimRelAdd(out, rels)
}

// claimColonQuote is the fallback for a sentence without a known cue that
// introduces a quotation with a colon: "Rubio fired back forcefully: “…”",
// "She went on to say:" ending a paragraph before a quoted one. The source
// is the subject of the sentence's first verb; the cue runs from that verb
// to the colon.
func claimColonQuote(toks []claimTok, a, b int) (claimDraft, bool) {
	var d claimDraft
	k := -1
	for j := a; j < b; j++ {
		if toks[j].text == ":" && toks[j].span < 0 {
			k = j
			break
		}
	}
	if k < 0 || !(k+1 < b && claimOpens(toks, k+1) || k == b-1) {
		return d, false
	}
	// "When the senator died in 1998, President Roe released the
	// following statement:": the clause before the colon speaks, not a
	// leading clause set off by a comma.
	for j := k - 1; j > a; j-- {
		if toks[j].span >= 0 {
			break
		}
		if toks[j].text == "," {
			if d, ok := claimColonQuote(toks, j+1, b); ok {
				return d, true
			}
			break
		}
	}
	v := -1
	for j := a; j < k; j++ {
		if toks[j].span >= 0 {
			return d, false
		}
		if strings.HasPrefix(toks[j].tag, "VB") || toks[j].tag == "MD" {
			v = j
			break
		}
	}
	if v < 0 {
		return d, false
	}
	for v-1 >= a && cueLexicon().adverbs[toks[v-1].lower] {
		v--
	}
	ls, le, ok := spkChunkLeft(toks, a, v)
	if !ok || !spkValid(toks, ls, le, cueSpeech) || !claimAdverbialLead(toks, a, ls) {
		return d, false
	}
	d = claimDraft{cue: [2]int{toks[v].start, toks[k].end}, hasCue: true, spkS: ls, spkE: le, conf: 0.6, maxTok: b}
	if k == b-1 {
		d.colonNext = true
		return d, true
	}
	seg, ok := claimSeg(toks, k+1, b)
	if !ok {
		return d, false
	}
	d.segs = [][2]int{seg}
	return d, true
}

// claimAfterBreak reports whether only a conjunction or comma lies
// between the end of the previous claim at taken and a cue at k.
func claimAfterBreak(toks []claimTok, taken, k int) bool {
	if k <= taken || k-taken > 3 {
		return false
	}
	for j := taken; j < k; j++ {
		if !claimClauseBreak[toks[j].lower] && !cueLexicon().adverbs[toks[j].lower] {
			return false
		}
	}
	return true
}

// claimDedup drops a claim whose content overlaps an earlier claim's, so
// that each stretch of text is attributed once.
func claimDedup(claims []Claim) []Claim {
	out := claims[:0]
	var kept [][2]int
	for _, c := range claims {
		segs := c.Quote.Segments
		if len(segs) == 0 {
			segs = [][2]int{{c.Quote.Start, c.Quote.End}}
		}
		clash := false
		for _, s := range segs {
			for _, k := range kept {
				if s[0] < k[1] && k[0] < s[1] {
					clash = true
				}
			}
		}
		if clash {
			continue
		}
		kept = append(kept, segs...)
		out = append(out, c)
	}
	return out
}

// claimAfterColon reports whether byte offset at starts a quotation right
// after a colon in the unit starting at token a: "Trump asserted that …:
// “France is no longer France,” he claimed."
func claimAfterColon(toks []claimTok, a, at int) bool {
	for k := a + 1; k < len(toks); k++ {
		if toks[k].start == at {
			return toks[k-1].text == ":" && toks[k-1].span < 0
		}
		if toks[k].start > at {
			return false
		}
	}
	return false
}

// claimDraftAt is the byte offset where a draft's attribution starts: its
// cue or its first content segment, whichever comes first.
func claimDraftAt(d claimDraft) int {
	at := d.cue[0]
	if !d.hasCue || len(d.segs) > 0 && d.segs[0][0] < at {
		at = d.segs[0][0]
	}
	return at
}
