package eval

import (
	"bufio"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/claimwire/claimwire/extract"
)

// TimexDoc is one document of the TempEval-3 TimeBank set
// (timex/timebank.jsonl): its text, creation time and gold TIMEX3s.
type TimexDoc struct {
	DocID string      `json:"doc_id"`
	DCT   string      `json:"dct"`
	Text  string      `json:"text"`
	Timex []GoldTimex `json:"timex"`
}

// GoldTimex is one gold TIMEX3 annotation, offsets in code points.
type GoldTimex struct {
	TID   string `json:"tid"`
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Type  string `json:"type"`
	Value string `json:"value"`
}

// TimexRecord is a predicted article record as scored: its id and its
// timexes. An extract.Article record decodes into it.
type TimexRecord struct {
	ID      string          `json:"id"`
	Text    string          `json:"text,omitempty"`
	Timexes []extract.Timex `json:"timexes"`
}

// ErrNoTimexDocs is returned when a data file holds no documents.
var ErrNoTimexDocs = errors.New("no documents")

// LoadTimexDocs reads a timebank.jsonl file.
func LoadTimexDocs(path string) ([]TimexDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("loading timex docs: %w", err)
	}
	defer f.Close()
	docs, err := ReadTimexDocs(f)
	if err != nil {
		return nil, fmt.Errorf("loading timex docs %s: %w", path, err)
	}
	return docs, nil
}

// ReadTimexDocs decodes timex documents, one JSON object per line.
func ReadTimexDocs(r io.Reader) ([]TimexDoc, error) {
	var docs []TimexDoc
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
	line := 0
	for sc.Scan() {
		line++
		b := sc.Bytes()
		if len(strings.TrimSpace(string(b))) == 0 {
			continue
		}
		var d TimexDoc
		if err := json.Unmarshal(b, &d); err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		docs = append(docs, d)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(docs) == 0 {
		return nil, ErrNoTimexDocs
	}
	return docs, nil
}

// LoadTimexRecords reads predicted article records (JSONL) keyed by id.
func LoadTimexRecords(path string) (map[string][]extract.Timex, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("loading timex records: %w", err)
	}
	defer f.Close()
	out := map[string][]extract.Timex{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
	line := 0
	for sc.Scan() {
		line++
		if len(strings.TrimSpace(sc.Text())) == 0 {
			continue
		}
		var rec TimexRecord
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return nil, fmt.Errorf("loading timex records %s line %d: %w", path, line, err)
		}
		out[rec.ID] = append(out[rec.ID], rec.Timexes...)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("loading timex records %s: %w", path, err)
	}
	return out, nil
}

// ParseDCT parses a document creation time as the data writes it
// ("1998-01-08", "1998-01-08T18:30", "1998-01-08T18:30:00").
func ParseDCT(s string) (time.Time, error) {
	for _, layout := range []string{"2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02", time.RFC3339} {
		if t, err := time.Parse(layout, strings.TrimSpace(s)); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("parsing dct %q: unknown layout", s)
}

// RunTimexes tags every document with extract.Timexes against its DCT
// (unknown when it does not parse) and returns the predictions by doc id.
func RunTimexes(ctx context.Context, docs []TimexDoc) (map[string][]extract.Timex, error) {
	out := make(map[string][]extract.Timex, len(docs))
	for _, d := range docs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		dct, _ := ParseDCT(d.DCT)
		out[d.DocID] = extract.Timexes(d.Text, dct)
	}
	return out, nil
}

// TimexPRF is precision, recall and F1 over counts.
type TimexPRF struct {
	TP, NPred, NGold int
}

// P is TP / NPred (0 when NPred is 0).
func (p TimexPRF) P() float64 { return timexRatio(p.TP, p.NPred) }

// R is TP / NGold (0 when NGold is 0).
func (p TimexPRF) R() float64 { return timexRatio(p.TP, p.NGold) }

// F1 is the harmonic mean of P and R (0 when both are 0).
func (p TimexPRF) F1() float64 {
	pr, rc := p.P(), p.R()
	if pr+rc == 0 {
		return 0
	}
	return 2 * pr * rc / (pr + rc)
}

func timexRatio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// TimexTypeScore is the breakdown for one gold TIMEX3 type.
type TimexTypeScore struct {
	NGold, NPred, Relaxed, ValueTP, TypeTP int
}

// TimexMiss is one scoring error: a gold timex not matched or matched with
// a wrong value (Gold set), or a prediction without a match (Gold nil).
type TimexMiss struct {
	DocID string
	Gold  *GoldTimex
	Pred  *extract.Timex
}

// TimexScores are the TempEval-3 style metrics of README.md "timex/".
type TimexScores struct {
	Docs    int
	Strict  TimexPRF
	Relaxed TimexPRF
	// Value and Type: TP = relaxed matches with equal value (type).
	Value TimexPRF
	Type  TimexPRF
	// ByType is keyed by gold type for NGold/Relaxed/ValueTP/TypeTP and by
	// predicted type for NPred.
	ByType map[string]*TimexTypeScore
	// Misses are gold timexes without a correct relaxed match (wrong
	// value or no match); FalseAlarms are predictions without a match.
	Misses, FalseAlarms []TimexMiss
}

// ValueAccuracy is the share of relaxed matches with the right value.
func (s TimexScores) ValueAccuracy() float64 { return timexRatio(s.Value.TP, s.Relaxed.TP) }

// TypeAccuracy is the share of relaxed matches with the right type.
func (s TimexScores) TypeAccuracy() float64 { return timexRatio(s.Type.TP, s.Relaxed.TP) }

// ScoreTimexes computes the metrics of gold docs against predictions keyed
// by doc id; predictions for other ids are ignored and a doc without
// predictions counts as predicting nothing.
func ScoreTimexes(docs []TimexDoc, preds map[string][]extract.Timex) TimexScores {
	s := TimexScores{ByType: map[string]*TimexTypeScore{}}
	bt := func(t string) *TimexTypeScore {
		t = strings.ToUpper(strings.TrimSpace(t))
		if s.ByType[t] == nil {
			s.ByType[t] = &TimexTypeScore{}
		}
		return s.ByType[t]
	}
	for _, d := range docs {
		s.Docs++
		gold, pred := d.Timex, preds[d.DocID]
		n := len(gold)
		s.Strict.NGold += n
		s.Strict.NPred += len(pred)
		for i := range gold {
			bt(gold[i].Type).NGold++
		}
		for i := range pred {
			bt(pred[i].Type).NPred++
		}
		// Strict: identical spans, one to one.
		used := make([]bool, len(pred))
		for _, g := range gold {
			for j, p := range pred {
				if !used[j] && p.Start == g.Start && p.End == g.End {
					used[j] = true
					s.Strict.TP++
					break
				}
			}
		}
		// Relaxed: greedy by shared length, then closeness, then order.
		type pair struct{ gi, pi, shared, dist int }
		var pairs []pair
		for gi, g := range gold {
			for pi, p := range pred {
				sh := min(g.End, p.End) - max(g.Start, p.Start)
				if sh <= 0 {
					continue
				}
				pairs = append(pairs, pair{gi, pi, sh, timexAbs(g.Start-p.Start) + timexAbs(g.End-p.End)})
			}
		}
		slices.SortFunc(pairs, func(a, b pair) int {
			return cmp.Or(cmp.Compare(b.shared, a.shared), cmp.Compare(a.dist, b.dist), cmp.Compare(a.gi, b.gi), cmp.Compare(a.pi, b.pi))
		})
		gm, pm := make([]int, len(gold)), make([]int, len(pred))
		for i := range gm {
			gm[i] = -1
		}
		for i := range pm {
			pm[i] = -1
		}
		for _, p := range pairs {
			if gm[p.gi] >= 0 || pm[p.pi] >= 0 {
				continue
			}
			gm[p.gi], pm[p.pi] = p.pi, p.gi
		}
		for gi := range gold {
			g := &gold[gi]
			if gm[gi] < 0 {
				s.Misses = append(s.Misses, TimexMiss{DocID: d.DocID, Gold: g})
				continue
			}
			p := &pred[gm[gi]]
			s.Relaxed.TP++
			ts := bt(g.Type)
			ts.Relaxed++
			if strings.EqualFold(strings.TrimSpace(g.Value), strings.TrimSpace(p.Value)) {
				s.Value.TP++
				ts.ValueTP++
			} else {
				s.Misses = append(s.Misses, TimexMiss{DocID: d.DocID, Gold: g, Pred: p})
			}
			if strings.EqualFold(strings.TrimSpace(g.Type), strings.TrimSpace(p.Type)) {
				s.Type.TP++
				ts.TypeTP++
			}
		}
		for pi := range pred {
			if pm[pi] < 0 {
				s.FalseAlarms = append(s.FalseAlarms, TimexMiss{DocID: d.DocID, Pred: &pred[pi]})
			}
		}
	}
	s.Relaxed.NGold, s.Relaxed.NPred = s.Strict.NGold, s.Strict.NPred
	s.Value.NGold, s.Value.NPred = s.Strict.NGold, s.Strict.NPred
	s.Type.NGold, s.Type.NPred = s.Strict.NGold, s.Strict.NPred
	return s
}

func timexAbs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
