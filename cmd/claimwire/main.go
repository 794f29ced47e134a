// Command claimwire crawls news sources, cleans article pages and extracts
// claims: who said what, and when.
//
// Run `claimwire help` for the commands. Each command is in its own file:
// demo.go, extract.go, eval.go (and eval_*.go), bench.go (and bench_*.go).
//
// Exit codes: 0 success; 1 the run finished but some inputs failed, or it
// could not run; 2 a usage or configuration error; 3 (crawl) another run
// holds the crawl state's lock.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"syscall"

	"github.com/claimwire/claimwire/crawler"
)

// Exit codes.
const (
	exitOK      = 0
	exitFailed  = 1
	exitUsage   = 2
	exitLocked  = 3
	versionText = "claimwire 0.1.0"
)

// usageError is a mistake in how a command was called: exit code 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return usageError{fmt.Sprintf(format, args...)} }

// partialError reports a run that finished with some failed inputs.
type partialError struct{ failed, total int }

func (e partialError) Error() string {
	return fmt.Sprintf("%d of %d documents failed (see the warnings above)", e.failed, e.total)
}

type command struct {
	name, summary string
	run           func(ctx context.Context, args []string, stdout, stderr io.Writer) error
}

func commands() []command {
	return []command{
		{"demo", "crawl the embedded demo outlet and extract its claims (no network needed)", demoCmd},
		{"crawl", "crawl the sources of a config file incrementally (for cron)", crawlCmd},
		{"extract", "clean HTML files or given texts and extract claims, without crawling", extractCmd},
		{"review", "serve the analysts' review UI over the claims store", reviewCmd},
		{"export", "export claims from the store as JSONL or CSV", exportCmd},
		{"eval", "measure quality on the shared evaluation data (articles, claims, timex)", evalCmd},
		{"bench", "measure speed (clean, claims)", benchCmd},
		{"version", "print the version", func(_ context.Context, _ []string, stdout, _ io.Writer) error {
			fmt.Fprintln(stdout, versionText)
			return nil
		}},
	}
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run executes one command line and returns its exit code.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" || args[0] == "-help" {
		if len(args) > 1 {
			return run(ctx, []string{args[1], "--help"}, stdout, stderr)
		}
		mainUsage(stdout)
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	for _, c := range commands() {
		if c.name != args[0] {
			continue
		}
		err := c.run(ctx, args[1:], stdout, stderr)
		return exitCode(err, c.name, stderr)
	}
	fmt.Fprintf(stderr, "claimwire: unknown command %q; run 'claimwire help' for the list\n", args[0])
	return exitUsage
}

// exitCode reports err on stderr and maps it to an exit code.
func exitCode(err error, name string, stderr io.Writer) int {
	var ue usageError
	var pe partialError
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, flag.ErrHelp):
		return exitOK
	case errors.Is(err, crawler.ErrLocked):
		fmt.Fprintf(stderr, "claimwire %s: %v; if no other run is going, it ends by itself or its lock goes stale\n", name, err)
		return exitLocked
	case errors.Is(err, crawler.ErrBadConfig), errors.Is(err, fs.ErrNotExist) && name == "crawl":
		fmt.Fprintf(stderr, "claimwire %s: %v\n", name, err)
		return exitUsage
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "claimwire %s: %v\nRun 'claimwire %s --help' for usage.\n", name, err, name)
		return exitUsage
	case errors.As(err, &pe):
		fmt.Fprintf(stderr, "claimwire %s: %v\n", name, err)
		return exitFailed
	case errors.Is(err, context.Canceled):
		fmt.Fprintf(stderr, "claimwire %s: interrupted; every record written so far is complete\n", name)
		return exitFailed
	default:
		fmt.Fprintf(stderr, "claimwire %s: %v\n", name, err)
		return exitFailed
	}
}

func mainUsage(w io.Writer) {
	fmt.Fprint(w, `claimwire crawls news sources, cleans article pages and extracts claims:
who said what, and when.

Usage:
  claimwire <command> [flags] [arguments]

Commands:
`)
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-9s %s\n", c.name, c.summary)
	}
	fmt.Fprint(w, `
Run 'claimwire <command> --help' for a command's flags.

Start with 'claimwire demo': it serves a small embedded news site on
127.0.0.1, crawls it and writes out/articles.jsonl and out/claims.jsonl.
`)
}

// newFlagSet returns a flag set whose usage text prints synopsis, the
// description and the flags, and which reports errors instead of exiting.
func newFlagSet(name, synopsis, description string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: %s\n\n%s\n", synopsis, description)
		hasFlags := false
		fs.VisitAll(func(*flag.Flag) { hasFlags = true })
		if hasFlags {
			fmt.Fprintln(fs.Output(), "\nFlags:")
			fs.PrintDefaults()
		}
	}
	return fs
}

// parseFlags parses args and turns a flag error into a usage error.
func parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return usageError{err.Error()}
	}
	return nil
}
