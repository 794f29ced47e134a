package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/claimwire/claimwire/eval"
	"github.com/claimwire/claimwire/extract"
)

// evalTimexCmd runs "claimwire eval timex": it tags the TimeBank documents
// (or reads predicted records) and prints the TempEval-3 metrics of
// ../shared/eval/README.md "timex/".
func evalTimexCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("eval timex", flag.ContinueOnError)
	fs.SetOutput(stderr)
	data := fs.String("data", "../shared/eval/timex/timebank.jsonl", "TimeBank JSONL file (gold)")
	nErrors := fs.Int("errors", 0, "print up to `N` misses and N false alarms with context")
	records := fs.String("records", "", "score these article records (JSONL with id and timexes) instead of running the tagger")
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "usage: claimwire eval timex [--data FILE] [--errors N] [--records FILE.jsonl]\n\n"+
			"Scores temporal expressions against TempEval-3 TimeBank: value F1, relaxed and\n"+
			"strict extent F1, value and type accuracy, per-type breakdown.\n\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return fmt.Errorf("eval timex: unexpected arguments %q", fs.Args())
	}
	docs, err := eval.LoadTimexDocs(*data)
	if err != nil {
		return fmt.Errorf("eval timex: %w", err)
	}
	var preds map[string][]extract.Timex
	if *records != "" {
		preds, err = eval.LoadTimexRecords(*records)
	} else {
		preds, err = eval.RunTimexes(ctx, docs)
	}
	if err != nil {
		return fmt.Errorf("eval timex: %w", err)
	}
	s := eval.ScoreTimexes(docs, preds)
	fmt.Fprintf(stdout, "value-F1 %.4f relaxed-F1 %.4f strict-F1 %.4f\n", s.Value.F1(), s.Relaxed.F1(), s.Strict.F1())
	fmt.Fprintf(stdout, "value-acc %.4f type-acc %.4f type-F1 %.4f docs %d gold %d pred %d\n",
		s.ValueAccuracy(), s.TypeAccuracy(), s.Type.F1(), s.Docs, s.Strict.NGold, s.Strict.NPred)
	fmt.Fprintf(stdout, "relaxed P %.4f R %.4f; strict P %.4f R %.4f; value P %.4f R %.4f\n",
		s.Relaxed.P(), s.Relaxed.R(), s.Strict.P(), s.Strict.R(), s.Value.P(), s.Value.R())
	types := make([]string, 0, len(s.ByType))
	for t := range s.ByType {
		types = append(types, t)
	}
	slices.Sort(types)
	fmt.Fprintf(stdout, "%-9s %6s %6s %8s %8s %8s\n", "type", "gold", "pred", "rel-R", "val-acc", "type-acc")
	for _, t := range types {
		b := s.ByType[t]
		fmt.Fprintf(stdout, "%-9s %6d %6d %8.4f %8.4f %8.4f\n", t, b.NGold, b.NPred,
			evalTimexFrac(b.Relaxed, b.NGold), evalTimexFrac(b.ValueTP, b.Relaxed), evalTimexFrac(b.TypeTP, b.Relaxed))
	}
	if *nErrors > 0 {
		texts := make(map[string]string, len(docs))
		for _, d := range docs {
			texts[d.DocID] = d.Text
		}
		fmt.Fprintf(stdout, "\n# misses (gold without a correct match): %d\n", len(s.Misses))
		for _, m := range s.Misses[:min(*nErrors, len(s.Misses))] {
			g := m.Gold
			pv := "-"
			if m.Pred != nil {
				pv = fmt.Sprintf("%q %s %s", m.Pred.Text, m.Pred.Type, m.Pred.Value)
			}
			fmt.Fprintf(stdout, "%s gold %q %s %s | pred %s | %s\n", m.DocID, g.Text, g.Type, g.Value, pv, evalTimexContext(texts[m.DocID], g.Start, g.End))
		}
		fmt.Fprintf(stdout, "\n# false alarms (predictions without a match): %d\n", len(s.FalseAlarms))
		for _, m := range s.FalseAlarms[:min(*nErrors, len(s.FalseAlarms))] {
			p := m.Pred
			fmt.Fprintf(stdout, "%s pred %q %s %s | %s\n", m.DocID, p.Text, p.Type, p.Value, evalTimexContext(texts[m.DocID], p.Start, p.End))
		}
	}
	return nil
}

func evalTimexFrac(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// evalTimexContext shows the code point range [s, e) of text in brackets with
// some words around it, on one line.
func evalTimexContext(text string, s, e int) string {
	r := []rune(text)
	if s < 0 || e > len(r) || s > e {
		return ""
	}
	a, b := max(s-60, 0), min(e+60, len(r))
	out := string(r[a:s]) + "[" + string(r[s:e]) + "]" + string(r[e:b])
	out = strings.Join(strings.Fields(out), " ")
	if !utf8.ValidString(out) {
		return ""
	}
	return out
}
