package eval

import (
	"context"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/claimwire/claimwire/extract"
)

func ip(i int) *int       { return &i }
func sp(s string) *string { return &s }

func TestScoreClaims(t *testing.T) {
	// Tokens: Trump(0) said(1) the(2) deal(3) is(4) dead(5) and(6) Obama(7) agreed(8)
	text := "Trump said the deal is dead and Obama agreed"
	gold := []AttrDoc{{DocID: "d", Text: text, Quotes: []AttrQuote{
		{QuoteSegments: [][2]int{{11, 27}}, Speaker: sp("Trump"), SpeakerStart: ip(0), SpeakerEnd: ip(5), Cue: sp("said"), CueStart: ip(6), CueEnd: ip(10), Type: "indirect"},
		{QuoteSegments: [][2]int{{32, 37}}, Speaker: sp("President Obama"), SpeakerStart: ip(32), SpeakerEnd: ip(37), Cue: sp("agreed"), CueStart: ip(38), CueEnd: ip(44), Type: "direct"},
	}}}
	claim := func(s, e int, name string, mention *extract.Span, cue *extract.Span) extract.Claim {
		return extract.Claim{ArticleID: "d", Quote: extract.Quote{Start: s, End: e}, Speaker: extract.Speaker{Name: name, Mention: mention}, Cue: cue}
	}
	tests := []struct {
		name                           string
		preds                          []extract.Claim
		content, exact, e2e, spk, cueF float64
	}{
		{
			name: "exact with mention",
			preds: []extract.Claim{
				claim(11, 27, "x", &extract.Span{Start: 0, End: 5}, &extract.Span{Start: 6, End: 10}),
			},
			content: 2 * 1 * 0.5 / 1.5, exact: 2 * 1 * 0.5 / 1.5, e2e: 2 * 1 * 0.5 / 1.5, spk: 1, cueF: 2 * 1 * 0.5 / 1.5,
		},
		{
			name: "overlap J=0.75, wrong mention, name rule for capitalised gold",
			preds: []extract.Claim{
				claim(11, 23, "nobody", &extract.Span{Start: 44, End: 44}, nil),       // the deal is: 3/4 of gold
				claim(28, 37, "Barack Obama", nil, &extract.Span{Start: 38, End: 44}), // and Obama vs Obama: J=0.5
			},
			content: 1, exact: 0, e2e: 0.5, spk: 0.5, cueF: 2 * 1.0 * 0.5 / 1.5,
		},
		{
			name:  "other documents ignored, below half not matched",
			preds: []extract.Claim{claim(11, 14, "x", nil, nil), {ArticleID: "other", Quote: extract.Quote{Start: 0, End: 5}}},
		},
		{
			name: "segments replace start/end",
			preds: []extract.Claim{{ArticleID: "d", Quote: extract.Quote{Start: 0, End: 44, Segments: [][2]int{{11, 27}}},
				Speaker: extract.Speaker{Name: "Donald Trump"}}},
			content: 2 * 1 * 0.5 / 1.5, exact: 2 * 1 * 0.5 / 1.5, e2e: 2 * 1 * 0.5 / 1.5, spk: 1,
		},
	}
	near := func(a, b float64) bool { return math.Abs(a-b) < 1e-9 }
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := ScoreClaims(gold, tt.preds)
			if !near(r.Content.F1, tt.content) || !near(r.Exact.F1, tt.exact) || !near(r.E2E.F1, tt.e2e) || !near(r.SpeakerAcc, tt.spk) || !near(r.Cue.F1, tt.cueF) {
				t.Errorf("content %.4f exact %.4f e2e %.4f spk %.4f cue %.4f; want %.4f %.4f %.4f %.4f %.4f",
					r.Content.F1, r.Exact.F1, r.E2E.F1, r.SpeakerAcc, r.Cue.F1, tt.content, tt.exact, tt.e2e, tt.spk, tt.cueF)
			}
		})
	}
}

// TestClaimsDevFloor is a regression floor on PolNeAR dev, set a little
// below the measured figures. It skips when ../shared is absent.
func TestClaimsDevFloor(t *testing.T) {
	path := filepath.Join("..", "..", "shared", "eval", "attribution", "dev.jsonl")
	if _, err := os.Stat(path); err != nil {
		t.Skipf("PolNeAR dev data not found at %s: %v", path, err)
	}
	docs, err := ReadAttrDocs(path)
	if err != nil {
		t.Fatal(err)
	}
	preds, err := RunClaims(context.Background(), docs, extract.ClaimOptions{})
	if err != nil {
		t.Fatal(err)
	}
	r := ScoreClaims(docs, preds)
	t.Logf("E2E-F1 %.4f content-F1 %.4f speaker-acc %.4f n_gold %d n_pred %d", r.E2E.F1, r.Content.F1, r.SpeakerAcc, r.NGold, r.NPred)
	floors := []struct {
		name       string
		got, floor float64
	}{
		{"content-F1", r.Content.F1, 0.80},
		{"E2E-F1", r.E2E.F1, 0.765},
		{"speaker-acc", r.SpeakerAcc, 0.95},
		{"direct recall", r.ByType["direct"].ROverlap, 0.95},
	}
	for _, f := range floors {
		if f.got < f.floor {
			t.Errorf("%s = %.4f, below the floor %.3f", f.name, f.got, f.floor)
		}
	}
}
