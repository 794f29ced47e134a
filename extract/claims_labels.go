package extract

import "strings"

// claimDashes are the dashes that attribute a quotation to the name after
// it ("“…” ― Jane Roe").
var claimDashes = map[string]bool{"―": true, "—": true, "–": true, "--": true, "-": true}

// claimNotSpeakers are capitalised words that label a paragraph with a
// colon without being its source ("UPDATE:", "Photo:", "Editor's note:").
var claimNotSpeakers = map[string]bool{
	"update": true, "updated": true, "note": true, "editor": true, "related": true, "watch": true, "read": true,
	"photo": true, "photos": true, "video": true, "image": true, "credit": true, "correction": true, "advertisement": true,
	"breaking": true, "exclusive": true, "listen": true, "see": true, "also": true, "more": true, "source": true,
	"getty": true, "q": true, "a": true, "question": true, "answer": true, "warning": true, "disclaimer": true,
	"transcript": true, "excerpt": true, "full": true, "story": true, "here": true, "click": true, "follow": true,
	"subscribe": true, "caption": true, "tags": true, "topics": true, "share": true, "summary": true, "abstract": true,
	"text": true, "ap": true, "reuters": true, "p.m.": true, "a.m.": true, "and": true, "the": true, "but": true,
}

// claimLabelDrafts finds the attributions of a paragraph that carry no
// cue verb: a speaker label before a colon at the paragraph's start
// ("PENCE: Well, look…", "Poll: Voters abandon…"), and a quotation
// followed by a dash and a name ("“…” ― Jane Roe").
func claimLabelDrafts(p *claimPara, pi int) (drafts []claimDraft, whole bool) {
	toks := p.toks
	n := len(toks)
	// Label: [quote mark] Name{1,3} ":" content.
	k := 0
	if k < n && toks[k].quote != claimQuoteNone {
		k++
	}
	k = claimHeadlineLabelLead(toks, k) // "EXCLUSIVE – Jane Roe: …" (claims_headline.go)
	s := k
	for k < n && k-s < 4 && toks[k].word && toks[k].upper && (!claimNotSpeakers[toks[k].lower] || claimHeadlineLabelWord(toks, s, k)) {
		k++
	}
	allCaps := false
	if k > s {
		label := p.text[toks[s].start:toks[k-1].end]
		allCaps = strings.ToUpper(label) == label
	}
	if k > s && (k-s <= 2 || allCaps || claimLabelName(toks, s, k)) && k < n-3 && toks[k].text == ":" && claimWords(toks, k+1, n) >= 3 &&
		!claimHeadlineTeaser(toks, s, k) && !claimHeadlineNameList(toks, k+1, n) { // claims_headline.go
		if seg, ok := claimSeg(toks, k+1, n); ok {
			drafts = append(drafts, claimDraft{
				para: pi, unitA: 0, unitB: n, segs: [][2]int{seg}, cue: [2]int{toks[k].start, toks[k].end}, hasCue: true,
				spkS: s, spkE: k, spkPara: pi, conf: 0.6, maxTok: n,
			})
			return drafts, true
		}
	}
	if d, ok := claimHeadlineQuoteLabel(p, pi, s); ok { // claims_headline.go
		return append(drafts, d), true
	}
	if d, ok := claimLabelAddressee(p, pi, s, claimHeadlineAddresseeSplit(toks, s, k)); ok { // claims_headline.go
		return append(drafts, d), false
	}
	// Dash: a quotation, a dash, a name at the end of the line.
	for d := 1; d+1 < n; d++ {
		if !claimDashes[toks[d].text] || toks[d-1].span < 0 || toks[d-1].quote == claimQuoteNone {
			continue
		}
		qs := p.spans[toks[d-1].span]
		e := d + 1
		for e < n && e-d <= 4 && toks[e].word && toks[e].upper && !strings.Contains(p.textBetween(toks, e-1, e), "\n") {
			e++
		}
		lineEnd := e == n || (e+1 == n && toks[e].text == ".") || strings.Contains(p.textBetween(toks, e-1, e), "\n") || toks[e].quote == claimQuoteOpen
		if e == d+1 || !lineEnd {
			continue
		}
		seg, ok := claimSeg(toks, qs.open, qs.close+1)
		if !ok {
			continue
		}
		drafts = append(drafts, claimDraft{
			para: pi, unitA: qs.open, unitB: e, segs: [][2]int{seg}, cue: [2]int{toks[d].start, toks[d].end}, hasCue: true,
			spkS: d + 1, spkE: e, spkPara: pi, conf: 0.7, maxTok: e,
		})
	}
	return drafts, false
}

// claimLabelFunctionWords are words that a headline capitalises but a
// name with its title never holds ("Big Win For Bernie:").
var claimLabelFunctionWords = map[string]bool{
	"a": true, "an": true, "the": true, "of": true, "for": true, "over": true, "in": true, "on": true, "to": true,
	"at": true, "by": true, "with": true, "from": true, "and": true, "or": true, "vs": true, "vs.": true, "is": true,
	"are": true, "as": true, "after": true, "before": true, "into": true, "about": true, "why": true, "how": true,
	"what": true, "who": true, "when": true, "where": true, "my": true, "your": true, "our": true, "this": true,
	"that": true, "not": true, "no": true, "new": true, "big": true, "daily": true, "weekly": true, "news": true,
}

// claimLabelName reports whether a label of three or four capitalised
// words before a colon reads as a name with its title ("Former Senator
// Jane Roe:", "Dr. John Doe:"): a tagged label ends in a proper noun,
// and no word is one a headline capitalises but a name lacks.
func claimLabelName(toks []claimTok, s, e int) bool {
	if e-s > 4 || toks[e-1].tag != "" && toks[e-1].tag != "NNP" {
		return false
	}
	for k := s; k < e; k++ {
		if claimLabelFunctionWords[toks[k].lower] {
			return false
		}
	}
	return true
}

// claimLabelAddressee finds a headline label naming its source and the
// one addressed or the topic before the colon: "Jane Roe to Farmers:
// Prices Will Rise", "Jane Roe on the Budget: ‘We Will Cut It.’". Only
// the first paragraph, a title, is read so; the capitalised words
// [s, k) before "to" or "on" are the source.
func claimLabelAddressee(p *claimPara, pi, s, k int) (claimDraft, bool) {
	toks := p.toks
	n := len(toks)
	if pi != 0 || k == s || k-s > 4 || k >= n || toks[k].lower != "to" && toks[k].lower != "on" {
		return claimDraft{}, false
	}
	c := k + 1
	for c < n && c <= k+10 && toks[c].text != ":" {
		if !toks[c].word && toks[c].text != "’s" && toks[c].text != "'s" || toks[c].span >= 0 {
			return claimDraft{}, false
		}
		c++
	}
	if c == k+1 || c >= n-3 || toks[c].text != ":" || claimWords(toks, c+1, n) < 3 {
		return claimDraft{}, false
	}
	return claimLabelColonDraft(toks, pi, s, k, c, n)
}

// claimLabelColonDraft is the draft of a label line of n tokens whose
// source is [s, e) and whose colon at c is the cue: the content is the
// rest of the line.
func claimLabelColonDraft(toks []claimTok, pi, s, e, c, n int) (claimDraft, bool) {
	seg, ok := claimSeg(toks, c+1, n)
	if !ok {
		return claimDraft{}, false
	}
	return claimDraft{
		para: pi, unitA: 0, unitB: n, segs: [][2]int{seg}, cue: [2]int{toks[c].start, toks[c].end}, hasCue: true,
		spkS: s, spkE: e, spkPara: pi, conf: 0.5, maxTok: n,
	}, true
}
