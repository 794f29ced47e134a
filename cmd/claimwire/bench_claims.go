package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"time"

	"github.com/jdkato/prose/v3"

	"github.com/claimwire/claimwire/eval"
	"github.com/claimwire/claimwire/extract"
)

// benchClaimsCmd implements "claimwire bench claims": articles/s and
// tokens/s of extract.Claims over the PolNeAR texts, side by side in the
// same run with prose v3's full pipeline (prose.NewDocument with all
// defaults) over the same texts.
func benchClaimsCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("bench claims", flag.ContinueOnError)
	fs.SetOutput(stderr)
	data := fs.String("data", "../shared/eval/attribution/dev.jsonl", "PolNeAR JSONL `file` whose texts are timed")
	rounds := fs.Int("rounds", 3, "time each side over the texts `N` times and keep the fastest")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: claimwire bench claims [--data FILE] [--rounds N]\n\n"+
			"Times extract.Claims and prose v3's full pipeline over the same texts.\n\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return fmt.Errorf("bench claims: unexpected arguments %q", fs.Args())
	}
	docs, err := eval.ReadAttrDocs(*data)
	if err != nil {
		return fmt.Errorf("bench claims: %w", err)
	}
	arts := make([]extract.Article, len(docs))
	ntok := 0
	for i, d := range docs {
		arts[i] = extract.Article{ID: d.DocID, Text: d.Text, Published: d.PublicationDate}
		ntok += len(eval.Tokens(d.Text))
	}
	// Warm up both sides: model loading is not steady state.
	if _, err := extract.Claims(arts[0], extract.ClaimOptions{}); err != nil {
		return fmt.Errorf("bench claims: %w", err)
	}
	if _, err := prose.NewDocument(arts[0].Text); err != nil {
		return fmt.Errorf("bench claims: prose: %w", err)
	}
	best := func(run func() error) (time.Duration, error) {
		var min time.Duration
		for r := 0; r < max(1, *rounds); r++ {
			if err := ctx.Err(); err != nil {
				return 0, err
			}
			t0 := time.Now()
			if err := run(); err != nil {
				return 0, err
			}
			if d := time.Since(t0); r == 0 || d < min {
				min = d
			}
		}
		return min, nil
	}
	nclaims := 0
	ours, err := best(func() error {
		nclaims = 0
		for _, a := range arts {
			cs, err := extract.Claims(a, extract.ClaimOptions{})
			if err != nil {
				return err
			}
			nclaims += len(cs)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("bench claims: %w", err)
	}
	theirs, err := best(func() error {
		for _, a := range arts {
			if _, err := prose.NewDocument(a.Text); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("bench claims: prose: %w", err)
	}
	line := func(name string, d time.Duration) {
		s := d.Seconds()
		fmt.Fprintf(stdout, "%-28s %8.1f articles/s %10.0f tokens/s  (%d articles, %d tokens, %v)\n",
			name, float64(len(arts))/s, float64(ntok)/s, len(arts), ntok, d.Round(time.Millisecond))
	}
	line("extract.Claims", ours)
	line("prose.NewDocument (full)", theirs)
	fmt.Fprintf(stdout, "speed-up %.2fx (claims found: %d)\n", theirs.Seconds()/ours.Seconds(), nclaims)
	return nil
}
