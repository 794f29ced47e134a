package eval

import (
	"context"
	"errors"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimwire/claimwire/extract"
)

func timexNear(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

// TestScoreTimexes checks the metric on tiny hand-made cases.
func TestScoreTimexes(t *testing.T) {
	text := "On Monday, last week and in 2014, talks lasted four years."
	// Monday [3,9), last week [11,20), 2014 [28,32), four years [47,57)
	gold := []GoldTimex{
		{Text: "Monday", Start: 3, End: 9, Type: "DATE", Value: "2025-04-21"},
		{Text: "last week", Start: 11, End: 20, Type: "DATE", Value: "2025-W16"},
		{Text: "2014", Start: 28, End: 32, Type: "DATE", Value: "2014"},
		{Text: "four years", Start: 47, End: 57, Type: "DURATION", Value: "P4Y"},
	}
	docs := []TimexDoc{{DocID: "d1", DCT: "2025-04-22", Text: text, Timex: gold}}
	tests := []struct {
		name string
		pred []extract.Timex
		// strict TP, relaxed TP, value TP, type TP
		strict, relaxed, value, typ int
		misses, alarms              int
	}{
		{"perfect", []extract.Timex{
			{Text: "Monday", Start: 3, End: 9, Type: "DATE", Value: "2025-04-21"},
			{Text: "last week", Start: 11, End: 20, Type: "DATE", Value: "2025-W16"},
			{Text: "2014", Start: 28, End: 32, Type: "DATE", Value: "2014"},
			{Text: "four years", Start: 47, End: 57, Type: "DURATION", Value: "P4Y"},
		}, 4, 4, 4, 4, 0, 0},
		{"empty prediction", nil, 0, 0, 0, 0, 4, 0},
		{"relaxed only, value case and space insensitive", []extract.Timex{
			{Text: "on Monday", Start: 0, End: 9, Type: "date", Value: " 2025-04-21 "},
			{Text: "week", Start: 16, End: 20, Type: "DATE", Value: "2025-w16"},
		}, 0, 2, 2, 2, 2, 0},
		{"wrong value and type, one false alarm", []extract.Timex{
			{Text: "Monday", Start: 3, End: 9, Type: "DATE", Value: "2025-04-28"},
			{Text: "talks", Start: 34, End: 39, Type: "DATE", Value: "PRESENT_REF"},
			{Text: "four years", Start: 47, End: 57, Type: "DATE", Value: "P4Y"},
		}, 2, 2, 1, 1, 3, 1},
		{"span predicted twice matches once", []extract.Timex{
			{Text: "2014", Start: 28, End: 32, Type: "DATE", Value: "2014"},
			{Text: "2014", Start: 28, End: 32, Type: "DATE", Value: "2014"},
		}, 1, 1, 1, 1, 3, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := ScoreTimexes(docs, map[string][]extract.Timex{"d1": tc.pred, "other": {{Start: 0, End: 1}}})
			if s.Strict.TP != tc.strict || s.Relaxed.TP != tc.relaxed || s.Value.TP != tc.value || s.Type.TP != tc.typ {
				t.Errorf("TP strict/relaxed/value/type = %d/%d/%d/%d, want %d/%d/%d/%d",
					s.Strict.TP, s.Relaxed.TP, s.Value.TP, s.Type.TP, tc.strict, tc.relaxed, tc.value, tc.typ)
			}
			if s.Strict.NGold != 4 || s.Strict.NPred != len(tc.pred) || s.Value.NPred != len(tc.pred) {
				t.Errorf("n_gold %d n_pred %d, want 4 and %d", s.Strict.NGold, s.Strict.NPred, len(tc.pred))
			}
			if len(s.Misses) != tc.misses || len(s.FalseAlarms) != tc.alarms {
				t.Errorf("misses %d alarms %d, want %d and %d", len(s.Misses), len(s.FalseAlarms), tc.misses, tc.alarms)
			}
		})
	}
}

// TestScoreTimexesGreedyOrder checks the relaxed matching order: shared
// length first, then closeness, then gold and prediction order.
func TestScoreTimexesGreedyOrder(t *testing.T) {
	docs := []TimexDoc{{DocID: "d", Text: strings.Repeat("x", 40), Timex: []GoldTimex{
		{Start: 0, End: 10, Type: "DATE", Value: "A"},
		{Start: 10, End: 20, Type: "DATE", Value: "B"},
	}}}
	// The prediction [5,20) shares 5 with gold 0 and 10 with gold 1: it
	// goes to gold 1; the prediction [0,6) then matches gold 0.
	pred := []extract.Timex{{Start: 5, End: 20, Type: "DATE", Value: "B"}, {Start: 0, End: 6, Type: "DATE", Value: "A"}}
	s := ScoreTimexes(docs, map[string][]extract.Timex{"d": pred})
	if s.Relaxed.TP != 2 || s.Value.TP != 2 {
		t.Fatalf("relaxed %d value %d, want 2 and 2", s.Relaxed.TP, s.Value.TP)
	}
	// Ties on shared length go to the closer pair: [2,6) shares 2 code
	// points with [0,4) (distance 4) and with [4,7) (distance 3).
	docs[0].Timex = []GoldTimex{{Start: 0, End: 4, Value: "A"}, {Start: 4, End: 7, Value: "B"}}
	pred = []extract.Timex{{Start: 2, End: 6, Value: "B"}}
	s = ScoreTimexes(docs, map[string][]extract.Timex{"d": pred})
	if s.Relaxed.TP != 1 || s.Value.TP != 1 || len(s.Misses) != 1 || s.Misses[0].Gold.Value != "A" {
		t.Fatalf("relaxed %d value %d misses %+v", s.Relaxed.TP, s.Value.TP, s.Misses)
	}
	// Equal shared length and distance: the first gold wins.
	docs[0].Timex = []GoldTimex{{Start: 0, End: 4, Value: "A"}, {Start: 4, End: 8, Value: "B"}}
	s = ScoreTimexes(docs, map[string][]extract.Timex{"d": pred})
	if s.Value.TP != 0 || len(s.Misses) != 2 {
		t.Fatalf("value %d misses %d, want 0 and 2", s.Value.TP, len(s.Misses))
	}
}

func TestTimexPRF(t *testing.T) {
	tests := []struct {
		name    string
		p       TimexPRF
		P, R, F float64
	}{
		{"zero denominators", TimexPRF{}, 0, 0, 0},
		{"half", TimexPRF{TP: 1, NPred: 2, NGold: 2}, 0.5, 0.5, 0.5},
		{"precise", TimexPRF{TP: 2, NPred: 2, NGold: 4}, 1, 0.5, 2.0 / 3},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if !timexNear(tc.p.P(), tc.P) || !timexNear(tc.p.R(), tc.R) || !timexNear(tc.p.F1(), tc.F) {
				t.Errorf("P/R/F1 = %v/%v/%v, want %v/%v/%v", tc.p.P(), tc.p.R(), tc.p.F1(), tc.P, tc.R, tc.F)
			}
		})
	}
}

func TestReadTimexDocs(t *testing.T) {
	in := `{"doc_id": "a", "dct": "1998-01-08", "text": "Today.", "timex": [{"tid": "t1", "text": "Today", "start": 0, "end": 5, "type": "DATE", "value": "1998-01-08", "anchorTimeID": "t0"}], "events": 1, "source": "TimeBank"}` + "\n\n"
	docs, err := ReadTimexDocs(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 || docs[0].Timex[0].Value != "1998-01-08" || docs[0].DCT != "1998-01-08" {
		t.Errorf("got %+v", docs)
	}
	if _, err := ReadTimexDocs(strings.NewReader("")); !errors.Is(err, ErrNoTimexDocs) {
		t.Errorf("empty input: err %v, want ErrNoTimexDocs", err)
	}
	if _, err := ReadTimexDocs(strings.NewReader("{")); err == nil {
		t.Error("bad JSON: no error")
	}
	if _, err := LoadTimexDocs(filepath.Join(t.TempDir(), "missing.jsonl")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file: err %v, want ErrNotExist", err)
	}
}

func TestParseDCT(t *testing.T) {
	for _, s := range []string{"1998-01-08", "1998-01-08T18:30", "1998-01-08T18:30:05"} {
		if d, err := ParseDCT(s); err != nil || d.Year() != 1998 || d.Day() != 8 {
			t.Errorf("ParseDCT(%q) = %v, %v", s, d, err)
		}
	}
	if _, err := ParseDCT("yesterday"); err == nil {
		t.Error("ParseDCT(yesterday): no error")
	}
}

// timexEvalPath is the TimeBank file beside the repository.
var timexEvalPath = filepath.Join("..", "..", "shared", "eval", "timex", "timebank.jsonl")

// TestTimexRegressionFloor runs the tagger on the TimeBank data and fails
// when the scores fall below a floor set a little under the measured
// figures (value F1 0.8687, relaxed F1 0.9557, strict F1 0.9051).
func TestTimexRegressionFloor(t *testing.T) {
	if _, err := os.Stat(timexEvalPath); err != nil {
		t.Skipf("TimeBank data not available (%v): the floor is checked where ../shared/eval exists", err)
	}
	docs, err := LoadTimexDocs(timexEvalPath)
	if err != nil {
		t.Fatal(err)
	}
	preds, err := RunTimexes(context.Background(), docs)
	if err != nil {
		t.Fatal(err)
	}
	s := ScoreTimexes(docs, preds)
	t.Logf("value-F1 %.4f relaxed-F1 %.4f strict-F1 %.4f", s.Value.F1(), s.Relaxed.F1(), s.Strict.F1())
	for _, c := range []struct {
		name       string
		got, floor float64
	}{
		{"value F1", s.Value.F1(), 0.86},
		{"relaxed F1", s.Relaxed.F1(), 0.945},
		{"strict F1", s.Strict.F1(), 0.895},
	} {
		if c.got < c.floor {
			t.Errorf("%s %.4f fell below the floor %.3f", c.name, c.got, c.floor)
		}
	}
}

func TestRunTimexesCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := RunTimexes(ctx, []TimexDoc{{DocID: "a", Text: "today"}})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err %v, want context.Canceled", err)
	}
}
