package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/claimwire/claimwire/eval"
	"github.com/claimwire/claimwire/extract"
)

// evalClaimsCmd implements "claimwire eval claims": it runs Claims over
// the PolNeAR documents and prints the attribution metric.
func evalClaimsCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("eval claims", flag.ContinueOnError)
	fs.SetOutput(stderr)
	data := fs.String("data", "../shared/eval/attribution/dev.jsonl", "PolNeAR JSONL `file` to score against")
	nErr := fs.Int("errors", 0, "print up to `N` misses and N false alarms in context")
	records := fs.String("records", "", "also write the predicted claims to this JSONL `file`")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: claimwire eval claims [--data FILE] [--errors N] [--records FILE.jsonl]\n\n"+
			"Runs the claim extractor over PolNeAR documents and prints\n"+
			"E2E-F1 content-F1 speaker-acc n_gold n_pred, the other metrics and recall by type.\n\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return fmt.Errorf("eval claims: unexpected arguments %q", fs.Args())
	}
	docs, err := eval.ReadAttrDocs(*data)
	if err != nil {
		return fmt.Errorf("eval claims: %w", err)
	}
	preds, err := eval.RunClaims(ctx, docs, extract.ClaimOptions{})
	if err != nil {
		return fmt.Errorf("eval claims: %w", err)
	}
	if *records != "" {
		if err := writeClaimRecords(*records, preds); err != nil {
			return fmt.Errorf("eval claims: %w", err)
		}
	}
	rep := eval.ScoreClaims(docs, preds)
	eval.WriteClaimsReport(stdout, rep)
	if *nErr > 0 {
		writeClaimErrors(stdout, docs, rep, *nErr)
	}
	return nil
}

func writeClaimRecords(path string, cs []extract.Claim) (err error) {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("writing records %s: %w", path, err)
	}
	defer func() {
		if cerr := f.Close(); cerr != nil && err == nil {
			err = fmt.Errorf("writing records %s: %w", path, cerr)
		}
	}()
	enc := json.NewEncoder(f)
	for _, c := range cs {
		if err := enc.Encode(c); err != nil {
			return fmt.Errorf("writing records %s: %w", path, err)
		}
	}
	return nil
}

// writeClaimErrors prints misses and false alarms with their context,
// the content in [[ ]], the gold or predicted speaker and cue.
func writeClaimErrors(w io.Writer, docs []eval.AttrDoc, rep eval.ClaimsReport, n int) {
	texts := map[string][]rune{}
	for _, d := range docs {
		texts[d.DocID] = []rune(d.Text)
	}
	show := func(doc string, segs [][2]int) string {
		t := texts[doc]
		if len(segs) == 0 {
			return ""
		}
		s, e := segs[0][0], segs[len(segs)-1][1]
		lo, hi := max(0, s-80), min(len(t), e+50)
		var b strings.Builder
		b.WriteString(string(t[lo:s]))
		for i, sg := range segs {
			if i > 0 {
				b.WriteString(string(t[segs[i-1][1]:sg[0]]))
			}
			b.WriteString("[[" + string(t[sg[0]:sg[1]]) + "]]")
		}
		b.WriteString(string(t[e:hi]))
		return strings.ReplaceAll(b.String(), "\n", "¶")
	}
	str := func(p *string) string {
		if p == nil {
			return "-"
		}
		return *p
	}
	fmt.Fprintf(w, "\n== misses (%d)\n", len(rep.UnmatchedGold))
	for i, m := range rep.UnmatchedGold {
		if i >= n {
			break
		}
		fmt.Fprintf(w, "- %s %s spk=%q cue=%q\n  %s\n", m.Doc, m.Gold.Type, str(m.Gold.Speaker), str(m.Gold.Cue), show(m.Doc, m.Gold.QuoteSegments))
	}
	fmt.Fprintf(w, "\n== false alarms (%d)\n", len(rep.FalseAlarms))
	for i, m := range rep.FalseAlarms {
		if i >= n {
			break
		}
		segs := m.Pred.Quote.Segments
		if len(segs) == 0 {
			segs = [][2]int{{m.Pred.Quote.Start, m.Pred.Quote.End}}
		}
		cue := "-"
		if m.Pred.Cue != nil {
			cue = m.Pred.Cue.Text
		}
		fmt.Fprintf(w, "+ %s %s spk=%q cue=%q\n  %s\n", m.Doc, m.Pred.Type, m.Pred.Speaker.Name, cue, show(m.Doc, segs))
	}
	fmt.Fprintf(w, "\n== wrong speakers\n")
	k := 0
	for _, m := range rep.Matches {
		if m.Speaker || k >= n {
			continue
		}
		k++
		mention := "-"
		if m.Pred.Speaker.Mention != nil {
			mention = m.Pred.Speaker.Mention.Text
		}
		fmt.Fprintf(w, "* %s gold=%q pred=%q (%s)\n  %s\n", m.Doc, str(m.Gold.Speaker), mention, m.Pred.Speaker.Name, show(m.Doc, m.Gold.QuoteSegments))
	}
}
