package main

import (
	"context"
	"fmt"
	"io"
)

func benchUsage(w io.Writer) {
	fmt.Fprint(w, `Usage: claimwire bench <stage> [flags]

Measure the speed of one stage on the shared evaluation data, on one core.

Stages:
  clean   pages/s and allocations per page of extract.Clean, parse included
  claims  articles/s and tokens/s of extract.Claims, beside prose v3's full pipeline

Run 'claimwire bench <stage> --help' for a stage's flags.
`)
}

func benchCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		benchUsage(stderr)
		return usagef("name a stage: clean or claims")
	}
	switch args[0] {
	case "clean":
		return benchCleanCmd(ctx, args[1:], stdout, stderr)
	case "claims":
		return benchClaimsCmd(ctx, args[1:], stdout, stderr)
	case "-h", "--help", "-help", "help":
		benchUsage(stdout)
		return nil
	}
	return usagef("unknown stage %q: use clean or claims", args[0])
}
