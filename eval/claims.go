package eval

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/claimwire/claimwire/extract"
)

// AttrDoc is one PolNeAR document of ../shared/eval/attribution/*.jsonl.
type AttrDoc struct {
	DocID           string      `json:"doc_id"`
	Publisher       string      `json:"publisher"`
	PublicationDate string      `json:"publication_date"`
	Title           string      `json:"title"`
	Text            string      `json:"text"`
	Quotes          []AttrQuote `json:"quotes"`
}

// AttrQuote is one gold attribution.
type AttrQuote struct {
	ID            string   `json:"id"`
	Quote         string   `json:"quote"`
	QuoteStart    int      `json:"quote_start"`
	QuoteEnd      int      `json:"quote_end"`
	QuoteSegments [][2]int `json:"quote_segments"`
	Speaker       *string  `json:"speaker"`
	SpeakerStart  *int     `json:"speaker_start"`
	SpeakerEnd    *int     `json:"speaker_end"`
	Cue           *string  `json:"cue"`
	CueStart      *int     `json:"cue_start"`
	CueEnd        *int     `json:"cue_end"`
	Type          string   `json:"type"`
}

// ReadAttrDocs reads a PolNeAR JSONL file.
func ReadAttrDocs(path string) ([]AttrDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("reading attribution data %s: %w", path, err)
	}
	defer f.Close()
	var docs []AttrDoc
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for n := 1; sc.Scan(); n++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var d AttrDoc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			return nil, fmt.Errorf("reading attribution data %s line %d: %w", path, n, err)
		}
		docs = append(docs, d)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading attribution data %s: %w", path, err)
	}
	return docs, nil
}

// ArticleOf builds the Article that the runner gives Claims for a gold
// document: its text, id, publication date and timexes.
func ArticleOf(d AttrDoc) extract.Article {
	pub, _ := time.Parse("2006-01-02", d.PublicationDate)
	return extract.Article{
		SchemaVersion: extract.SchemaVersion,
		ID:            d.DocID,
		Text:          d.Text,
		Published:     d.PublicationDate,
		Timexes:       extract.Timexes(d.Text, pub),
	}
}

// RunClaims runs extract.Claims over every document, in order. It stops
// when ctx is done.
func RunClaims(ctx context.Context, docs []AttrDoc, opts extract.ClaimOptions) ([]extract.Claim, error) {
	var all []extract.Claim
	for _, d := range docs {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("running claims: %w", err)
		}
		cs, err := extract.Claims(ArticleOf(d), opts)
		if err != nil {
			return nil, fmt.Errorf("running claims on %s: %w", d.DocID, err)
		}
		all = append(all, cs...)
	}
	return all, nil
}

// PRF is precision, recall and F1 with their counts.
type PRF struct {
	TP, NPred, NGold int
	P, R, F1         float64
}

func newPRF(tp, npred, ngold int) PRF {
	p, r := ratio(tp, npred), ratio(tp, ngold)
	f := 0.0
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return PRF{TP: tp, NPred: npred, NGold: ngold, P: p, R: r, F1: f}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// TypeRecall is recall broken down by one gold type.
type TypeRecall struct {
	NGold                 int
	Overlap, Exact, E2E   int
	ROverlap, RExact, RE2 float64
}

// ClaimsReport is the attribution metric of ../shared/eval/README.md.
type ClaimsReport struct {
	NGold, NPred        int
	Content, Exact, E2E PRF
	Cue                 PRF
	// SpeakerAcc is over overlap matches whose gold has a speaker span.
	SpeakerAcc                 float64
	SpeakerCorrect, SpeakerN   int
	ByType                     map[string]*TypeRecall
	Matches                    []Match
	UnmatchedGold, FalseAlarms []Match
}

// Match is one gold attribution and the prediction kept for it (either
// may be absent), for error listings.
type Match struct {
	Doc     string
	Gold    *AttrQuote
	Pred    *extract.Claim
	J       float64
	Speaker bool
}

type tokSet map[int]bool

// coveredTokens returns the indices of the tokens covered by any range.
func coveredTokens(toks []Token, ranges [][2]int) tokSet {
	s := tokSet{}
	for i, t := range toks {
		for _, r := range ranges {
			if t.Start < r[1] && r[0] < t.End {
				s[i] = true
				break
			}
		}
	}
	return s
}

func jaccard(a, b tokSet) float64 {
	inter := 0
	for k := range a {
		if b[k] {
			inter++
		}
	}
	union := len(a) + len(b) - inter
	return ratio(inter, union)
}

func sameSet(a, b tokSet) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if !b[k] {
			return false
		}
	}
	return true
}

// predRanges are the content ranges of a predicted claim: its segments,
// else [start, end).
func predRanges(c extract.Claim) [][2]int {
	if len(c.Quote.Segments) > 0 {
		return c.Quote.Segments
	}
	return [][2]int{{c.Quote.Start, c.Quote.End}}
}

// ScoreClaims computes the metric over gold documents and predicted
// claims (claims for other documents are ignored).
func ScoreClaims(docs []AttrDoc, preds []extract.Claim) ClaimsReport {
	byDoc := map[string][]extract.Claim{}
	for _, c := range preds {
		byDoc[c.ArticleID] = append(byDoc[c.ArticleID], c)
	}
	rep := ClaimsReport{ByType: map[string]*TypeRecall{}}
	var overlap, exact, e2e, cueTP, predCues, goldCues int
	for di := range docs {
		d := &docs[di]
		toks := Tokens(d.Text)
		ps := byDoc[d.DocID]
		rep.NGold += len(d.Quotes)
		rep.NPred += len(ps)
		gs := make([]tokSet, len(d.Quotes))
		for i, q := range d.Quotes {
			gs[i] = coveredTokens(toks, q.QuoteSegments)
			tr := rep.ByType[q.Type]
			if tr == nil {
				tr = &TypeRecall{}
				rep.ByType[q.Type] = tr
			}
			tr.NGold++
			if q.Cue != nil && q.CueStart != nil {
				goldCues++
			}
		}
		pss := make([]tokSet, len(ps))
		for j, c := range ps {
			pss[j] = coveredTokens(toks, predRanges(c))
			if c.Cue != nil {
				predCues++
			}
		}
		type pair struct {
			g, p int
			j    float64
		}
		var pairs []pair
		for i := range gs {
			for j := range pss {
				inter := false
				for k := range gs[i] {
					if pss[j][k] {
						inter = true
						break
					}
				}
				if inter {
					pairs = append(pairs, pair{i, j, jaccard(gs[i], pss[j])})
				}
			}
		}
		sort.SliceStable(pairs, func(a, b int) bool {
			if pairs[a].j != pairs[b].j {
				return pairs[a].j > pairs[b].j
			}
			if pairs[a].g != pairs[b].g {
				return pairs[a].g < pairs[b].g
			}
			return pairs[a].p < pairs[b].p
		})
		gUsed, pUsed := map[int]bool{}, map[int]bool{}
		for _, pr := range pairs {
			if gUsed[pr.g] || pUsed[pr.p] {
				continue
			}
			gUsed[pr.g], pUsed[pr.p] = true, true
			if pr.j < 0.5 {
				continue
			}
			g := &d.Quotes[pr.g]
			c := &ps[pr.p]
			overlap++
			tr := rep.ByType[g.Type]
			tr.Overlap++
			if pr.j == 1 {
				exact++
				tr.Exact++
			}
			spk := true
			if g.SpeakerStart != nil && g.SpeakerEnd != nil && g.Speaker != nil {
				spk = speakerCorrect(d.Text, toks, g, c)
				rep.SpeakerN++
				if spk {
					rep.SpeakerCorrect++
				}
			}
			if spk {
				e2e++
				tr.E2E++
			}
			if g.Cue != nil && g.CueStart != nil && c.Cue != nil && cueMatch(toks, g, c) {
				cueTP++
			}
			rep.Matches = append(rep.Matches, Match{Doc: d.DocID, Gold: g, Pred: c, J: pr.j, Speaker: spk})
		}
		for i := range d.Quotes {
			if !gUsed[i] || !matchedOK(rep.Matches, d.DocID, &d.Quotes[i]) {
				rep.UnmatchedGold = append(rep.UnmatchedGold, Match{Doc: d.DocID, Gold: &d.Quotes[i]})
			}
		}
		for j := range ps {
			if !pUsed[j] || !predOK(rep.Matches, &ps[j]) {
				rep.FalseAlarms = append(rep.FalseAlarms, Match{Doc: d.DocID, Pred: &ps[j]})
			}
		}
	}
	rep.Content = newPRF(overlap, rep.NPred, rep.NGold)
	rep.Exact = newPRF(exact, rep.NPred, rep.NGold)
	rep.E2E = newPRF(e2e, rep.NPred, rep.NGold)
	rep.Cue = PRF{TP: cueTP, NPred: predCues, NGold: goldCues}
	rep.Cue = newPRF(cueTP, predCues, goldCues)
	rep.SpeakerAcc = ratio(rep.SpeakerCorrect, rep.SpeakerN)
	for _, tr := range rep.ByType {
		tr.ROverlap, tr.RExact, tr.RE2 = ratio(tr.Overlap, tr.NGold), ratio(tr.Exact, tr.NGold), ratio(tr.E2E, tr.NGold)
	}
	return rep
}

func matchedOK(ms []Match, doc string, g *AttrQuote) bool {
	for i := len(ms) - 1; i >= 0 && ms[i].Doc == doc; i-- {
		if ms[i].Gold == g {
			return true
		}
	}
	return false
}

func predOK(ms []Match, c *extract.Claim) bool {
	for i := len(ms) - 1; i >= 0; i-- {
		if ms[i].Pred == c {
			return true
		}
		if ms[i].Doc != c.ArticleID {
			return false
		}
	}
	return false
}

// speakerCorrect is rule 4 of the metric.
func speakerCorrect(text string, toks []Token, g *AttrQuote, c *extract.Claim) bool {
	if c.Speaker.Mention != nil {
		m := c.Speaker.Mention
		for _, t := range toks {
			if t.Start < *g.SpeakerEnd && *g.SpeakerStart < t.End && t.Start < m.End && m.Start < t.End {
				return true
			}
		}
	}
	gt := TokenStrings(*g.Speaker)
	if len(gt) == 0 {
		return false
	}
	first := []rune(gt[0])
	if !unicode.IsUpper(first[0]) {
		return false
	}
	last := strings.ToLower(gt[len(gt)-1])
	for _, w := range TokenStrings(strings.ToLower(c.Speaker.Name)) {
		if w == last {
			return true
		}
	}
	return false
}

// cueMatch is rule 6: same covered token set, or for a gold cue without
// tokens (":"), equal spans after trimming white space.
func cueMatch(toks []Token, g *AttrQuote, c *extract.Claim) bool {
	gs := coveredTokens(toks, [][2]int{{*g.CueStart, *g.CueEnd}})
	if len(TokenStrings(*g.Cue)) == 0 {
		return strings.TrimSpace(*g.Cue) == strings.TrimSpace(c.Cue.Text)
	}
	return sameSet(gs, coveredTokens(toks, [][2]int{{c.Cue.Start, c.Cue.End}}))
}

// WriteClaimsReport prints the report: the headline line
// "E2E-F1 content-F1 speaker-acc n_gold n_pred", then the other metrics
// and the per-type recall.
func WriteClaimsReport(w io.Writer, r ClaimsReport) {
	fmt.Fprintf(w, "E2E-F1 %.4f content-F1 %.4f speaker-acc %.4f n_gold %d n_pred %d\n", r.E2E.F1, r.Content.F1, r.SpeakerAcc, r.NGold, r.NPred)
	fmt.Fprintf(w, "content overlap P %.4f R %.4f F1 %.4f (tp %d)\n", r.Content.P, r.Content.R, r.Content.F1, r.Content.TP)
	fmt.Fprintf(w, "content exact   P %.4f R %.4f F1 %.4f (tp %d)\n", r.Exact.P, r.Exact.R, r.Exact.F1, r.Exact.TP)
	fmt.Fprintf(w, "end-to-end      P %.4f R %.4f F1 %.4f (tp %d)\n", r.E2E.P, r.E2E.R, r.E2E.F1, r.E2E.TP)
	fmt.Fprintf(w, "cue exact       P %.4f R %.4f F1 %.4f (tp %d / pred %d / gold %d)\n", r.Cue.P, r.Cue.R, r.Cue.F1, r.Cue.TP, r.Cue.NPred, r.Cue.NGold)
	fmt.Fprintf(w, "speaker-acc     %.4f (%d / %d)\n", r.SpeakerAcc, r.SpeakerCorrect, r.SpeakerN)
	types := make([]string, 0, len(r.ByType))
	for t := range r.ByType {
		types = append(types, t)
	}
	sort.Strings(types)
	for _, t := range types {
		tr := r.ByType[t]
		fmt.Fprintf(w, "recall %-8s n %4d overlap %.4f exact %.4f e2e %.4f\n", t, tr.NGold, tr.ROverlap, tr.RExact, tr.RE2)
	}
}
