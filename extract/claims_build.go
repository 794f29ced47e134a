package extract

import (
	"strings"
	"unicode/utf8"
)

// claimBuild turns a draft into a Claim: code point offsets, speaker
// resolution, type, dates and confidence.
func claimBuild(text string, ri *RuneIndex, paras []*claimPara, d claimDraft, res *spkResolver, a Article) Claim {
	p := paras[d.para]
	d.segs = claimBoundTrim(p, d)
	d.segs = claimStart2Lead(p.toks, d) // claims_start.go
	q := Quote{Start: ri.CP(d.segs[0][0]), End: ri.CP(d.segs[len(d.segs)-1][1])}
	q.Text = ri.Slice(q.Start, q.End)
	if len(d.segs) > 1 {
		for _, s := range d.segs {
			q.Segments = append(q.Segments, [2]int{ri.CP(s[0]), ri.CP(s[1])})
		}
	}
	c := Claim{
		SchemaVersion: SchemaVersion,
		ID:            ClaimID(a.ID, q),
		ArticleID:     a.ID,
		Published:     a.Published,
		Type:          claimType(text, d.segs),
		Quote:         q,
		Extractor:     ExtractorVersion,
		Confidence:    d.conf,
		Speaker:       Speaker{Kind: SpeakerUnknown},
	}
	if d.hasCue {
		sp := ri.Span(d.cue[0], d.cue[1])
		c.Cue = &sp
	}
	if d.spkE > d.spkS {
		st := paras[d.spkPara].toks
		c.Speaker = res.resolve(st, d.spkS, d.spkE)
		m := ri.Span(st[d.spkS].start, st[d.spkE-1].end)
		c.Speaker.Mention = &m
		res.add(c.Speaker, st[d.spkS].start)
		if c.Speaker.Kind == SpeakerUnknown {
			c.Confidence -= 0.1
		}
	}
	s0, s1 := p.toks[d.unitA].start, p.toks[d.unitB-1].end
	s0, s1 = min(s0, d.segs[0][0]), max(s1, d.segs[len(d.segs)-1][1])
	c.Sentence = Range{Start: ri.CP(s0), End: ri.CP(s1)}
	c.Dates = []Timex{}
	for _, t := range a.Timexes {
		if t.Start < c.Sentence.End && t.End > c.Sentence.Start {
			c.Dates = append(c.Dates, t)
		}
	}
	c.Confidence = max(0, min(1, c.Confidence))
	return c
}

// claimType is direct when every segment is enclosed by one pair of double
// quotation marks, mixed when the content holds double quotation marks
// otherwise, and indirect when it holds none.
func claimType(text string, segs [][2]int) string {
	all, any := true, false
	for _, s := range segs {
		t := strings.TrimRight(strings.TrimSpace(text[s[0]:s[1]]), ".,;:—- ")
		// A quotation running on over paragraphs reopens at each one.
		for _, m := range []string{"“", "\"", "«", "„"} {
			t = strings.ReplaceAll(t, "\n\n"+m, "\n\n")
		}
		n := claimCountQuotes(t)
		any = any || n > 0
		if n != 2 || !claimStartsQuote(t) || !claimEndsQuote(t) {
			all = false
		}
	}
	switch {
	case all:
		return ClaimDirect
	case any:
		return ClaimMixed
	}
	return ClaimIndirect
}

func claimCountQuotes(s string) int {
	n := strings.Count(s, "''") + strings.Count(s, "``")
	for _, r := range s {
		if claimIsDoubleQuote(r) {
			n++
		}
	}
	return n
}

func claimStartsQuote(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return claimIsDoubleQuote(r) || strings.HasPrefix(s, "''") || strings.HasPrefix(s, "``")
}

func claimEndsQuote(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return claimIsDoubleQuote(r) || strings.HasSuffix(s, "''")
}
