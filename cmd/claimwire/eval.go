package main

import (
	"context"
	"fmt"
	"io"
)

func evalUsage(w io.Writer) {
	fmt.Fprint(w, `Usage: claimwire eval <set> [flags]

Measure claimwire's quality on the shared evaluation data
(../shared/eval by default; see its README.md for the metrics).

Sets:
  articles  article cleaning: token-shingle P, R, F1 and accuracy on real pages
  claims    attribution: content, speaker, end-to-end and cue scores on PolNeAR
  timex     temporal expressions: extent and value scores on TimeBank

Run 'claimwire eval <set> --help' for a set's flags.
`)
}

func evalCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		evalUsage(stderr)
		return usagef("name a set: articles, claims or timex")
	}
	switch args[0] {
	case "articles":
		return evalArticlesCmd(ctx, args[1:], stdout, stderr)
	case "claims":
		return evalClaimsCmd(ctx, args[1:], stdout, stderr)
	case "timex":
		return evalTimexCmd(ctx, args[1:], stdout, stderr)
	case "-h", "--help", "-help", "help":
		evalUsage(stdout)
		return nil
	}
	return usagef("unknown set %q: use articles, claims or timex", args[0])
}
