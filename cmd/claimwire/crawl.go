package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/claimwire/claimwire/crawler"
	"github.com/claimwire/claimwire/output"
	"github.com/claimwire/claimwire/pipeline"
)

const crawlDescription = `Crawl the sources of a YAML config and extract the claims of every new or
changed article. Made for cron: each run reads the feeds and sitemaps again,
sends conditional requests for pages it has seen (the crawl state, by default
OUT/state.db, remembers ETags, Last-Modified and content hashes), appends new
records to OUT/articles.jsonl and OUT/claims.jsonl, upserts them into the
store, and appends its summary to OUT/runs.jsonl. Two runs over one state
never overlap: the second exits with code 3. A run killed at any moment
leaves whole records only, and the next run carries on.

With --warc DIR, every HTTP response the run receives (pages, feeds,
sitemaps, robots.txt, redirects, 304s and error pages) is archived with its
request as WARC/1.1 records in DIR, in gzip files named
claimwire-TIMESTAMP-SERIAL-HOST.warc.gz that rotate at --warc-max-bytes. A
file being written ends in .open until it is complete. claimwire extract
--warc re-processes such an archive without the network.

A changed article is written again under the same id: in the JSONL files the
last record for an id supersedes the earlier ones; the store keeps only the
newest.

Exit codes: 0 success; 1 more than --max-failure-rate of the fetched pages
failed (records for the others are written); 2 a usage or config error; 3
another run holds the crawl state's lock.

See README.md for a sample sources.yaml and a cron line.`

// crawlRunRecord is one line of OUT/runs.jsonl.
type crawlRunRecord struct {
	StartedAt  string           `json:"started_at"`
	FinishedAt string           `json:"finished_at"`
	Config     string           `json:"config"`
	Crawl      crawler.Stats    `json:"crawl"`
	Extract    pipeline.Summary `json:"extract"`
	ExitCode   int              `json:"exit_code"`
	Error      string           `json:"error,omitempty"`
}

func crawlCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var (
		rf         runFlags
		configPath string
		dryRun     bool
		maxFail    float64
		warcDir    string
		warcMax    int64
	)
	fs := newFlagSet("crawl", "claimwire crawl --config sources.yaml [flags]", crawlDescription, stderr)
	rf.register(fs, false)
	fs.StringVar(&configPath, "config", "", "the crawl config `FILE` (YAML)")
	fs.BoolVar(&dryRun, "dry-run", false, "read robots.txt, feeds and sitemaps and list the pages that would be fetched, without fetching them")
	fs.Float64Var(&maxFail, "max-failure-rate", 0.5, "exit with code 1 when more than this share of fetches and extractions failed")
	fs.StringVar(&warcDir, "warc", "", "archive every HTTP response with its request as WARC records in gzip files in `DIR` (see claimwire extract --warc)")
	fs.Int64Var(&warcMax, "warc-max-bytes", crawler.DefaultWARCMaxBytes, "start a new WARC file when the current one reaches this many `bytes`")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if err := rf.validate(); err != nil {
		return err
	}
	if configPath == "" {
		return usagef("give --config FILE (see README.md for a sample sources.yaml)")
	}
	if fs.NArg() > 0 {
		return usagef("unexpected argument %q", fs.Arg(0))
	}
	if rf.out == "-" {
		return usagef("crawl writes files: give --out DIR, not -")
	}
	if warcMax <= 0 {
		return usagef("--warc-max-bytes must be positive")
	}
	cfg, err := crawler.LoadConfig(configPath)
	if err != nil {
		return err // ErrBadConfig and unreadable files exit with code 2
	}
	applyCrawlOut(&cfg, &rf, flagGiven(fs, "out"))
	cfg.WARCDir, cfg.WARCMaxBytes = warcDir, warcMax
	logger := rf.logger(stderr)
	cfg.Logger = logger
	if err := os.MkdirAll(filepath.Dir(cfg.State), 0o755); err != nil {
		return fmt.Errorf("creating the directory of the crawl state %s: %w", cfg.State, err)
	}

	if dryRun {
		cfg.DryRun = true
		cr, err := crawler.New(cfg)
		if err != nil {
			return err
		}
		stats, err := cr.Run(ctx, func(_ context.Context, p crawler.Page) error {
			_, werr := fmt.Fprintf(stdout, "%s\t%s\t%d\n", p.URL, p.Source, p.Depth)
			return werr
		})
		fmt.Fprintf(stderr, "dry run: %d URLs would be fetched, %d skipped by robots.txt, %d feeds and %d sitemaps read\n",
			stats.Discovered, stats.SkippedRobots, stats.Feeds, stats.Sitemaps)
		return err
	}

	started := time.Now()
	rf.appendOut = true // a crawl adds to what earlier runs wrote
	cr, err := crawler.New(cfg)
	if err != nil {
		return err
	}
	sinks, err := rf.openSinks(ctx, "crawl", stdout, logger)
	if err != nil {
		return err
	}
	stats, sum, runErr := pipeline.Crawl(ctx, cr, sinks.sinks, pipeline.Options{
		Workers: rf.workers, Logger: logger, Progress: rf.progress(stderr),
	})
	runErr = errors.Join(runErr, sinks.close(&sum))
	if errors.Is(runErr, crawler.ErrLocked) {
		return runErr
	}
	if runErr == nil {
		runErr = crawlFailureRate(stats, sum, maxFail)
	}
	rec := crawlRunRecord{
		StartedAt: started.UTC().Format(time.RFC3339), FinishedAt: time.Now().UTC().Format(time.RFC3339),
		Config: configPath, Crawl: stats, Extract: sum, ExitCode: exitCode(runErr, "crawl", io.Discard),
	}
	if runErr != nil {
		rec.Error = runErr.Error()
	}
	if err := appendRunRecord(filepath.Join(rf.out, "runs.jsonl"), rec); err != nil {
		runErr = errors.Join(runErr, err)
	}
	if !rf.quiet {
		fmt.Fprintf(stdout, "Crawled %d sources: %d URLs discovered, %d fetched, %d not modified, %d skipped by robots.txt, %d duplicates, %d failed",
			len(cfg.Sources), stats.Discovered, stats.Fetched, stats.NotModified, stats.SkippedRobots, stats.Duplicates, stats.Failed)
		for kind, n := range stats.FailedByKind {
			fmt.Fprintf(stdout, " [%s %d]", kind, n)
		}
		fmt.Fprintln(stdout)
		if n := sinks.jsonlSkipped(); n > 0 {
			fmt.Fprintf(stdout, "%d articles were already in the JSONL files with the same text and were not written again\n", n)
		}
	}
	rf.printSummary(stdout, sum)
	return runErr
}

// applyCrawlOut settles the output directory (--out, else the config's
// out, else ./out) and the state file (the config's state, else
// OUT/state.db).
func applyCrawlOut(cfg *crawler.Config, rf *runFlags, outFlagGiven bool) {
	derivedState := cfg.Out != "" && cfg.State == filepath.Join(cfg.Out, "state.db")
	switch {
	case outFlagGiven:
	case cfg.Out != "":
		rf.out = cfg.Out
	}
	cfg.Out = rf.out
	if cfg.State == "" || derivedState {
		cfg.State = filepath.Join(rf.out, "state.db")
	}
}

// flagGiven reports whether the flag name was set on the command line.
func flagGiven(fs *flag.FlagSet, name string) bool {
	given := false
	fs.Visit(func(f *flag.Flag) { given = given || f.Name == name })
	return given
}

// crawlFailureRate fails a run in which too many fetches or extractions
// failed.
func crawlFailureRate(stats crawler.Stats, sum pipeline.Summary, max float64) error {
	failed := stats.Failed + sum.Failed
	total := stats.Fetched + stats.Failed + stats.NotModified
	if total == 0 || float64(failed)/float64(total) <= max {
		return nil
	}
	return partialError{failed: failed, total: total}
}

// appendRunRecord appends one run's summary to runs.jsonl.
func appendRunRecord(path string, rec crawlRunRecord) error {
	lw, err := output.OpenLineFile(path, output.Append, nil)
	if err != nil {
		return err
	}
	if err := lw.Write(rec); err != nil {
		lw.Close()
		return err
	}
	return lw.Close()
}
