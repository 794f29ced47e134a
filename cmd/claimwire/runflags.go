package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"time"

	"github.com/claimwire/claimwire/output"
	"github.com/claimwire/claimwire/pipeline"
)

// runFlags are the flags shared by the commands that run the pipeline.
type runFlags struct {
	out       string
	db        string
	noStore   bool
	postgres  string
	workers   int
	appendOut bool
	logFormat string
	verbose   bool
	quiet     bool
}

// register adds the shared flags to fs; --append only where a run may
// start its files afresh (a crawl always appends).
func (rf *runFlags) register(fs *flag.FlagSet, withAppend bool) {
	fs.StringVar(&rf.out, "out", "out", "output `DIR` for articles.jsonl and claims.jsonl; '-' writes claims JSONL to stdout")
	fs.StringVar(&rf.db, "db", "", "SQLite store `PATH` the records are also upserted into (default DIR/claimwire.db)")
	fs.BoolVar(&rf.noStore, "no-store", false, "do not write the SQLite store")
	fs.StringVar(&rf.postgres, "postgres", "", "also upsert the records into PostgreSQL at `URL` (default $"+postgresEnv+")")
	fs.IntVar(&rf.workers, "workers", 0, "documents processed at once (0 = one per CPU)")
	if withAppend {
		fs.BoolVar(&rf.appendOut, "append", false, "append to existing JSONL files instead of starting them afresh (records already there are not written again)")
	}
	fs.StringVar(&rf.logFormat, "log-format", "text", "log format on stderr: text or json")
	fs.BoolVar(&rf.verbose, "v", false, "verbose: log every document")
	fs.BoolVar(&rf.quiet, "q", false, "quiet: no progress line and no summary")
}

func (rf *runFlags) validate() error {
	if rf.logFormat != "text" && rf.logFormat != "json" {
		return usagef("--log-format must be text or json, not %q", rf.logFormat)
	}
	if rf.workers < 0 {
		return usagef("--workers must be 0 or more, not %d", rf.workers)
	}
	return nil
}

func (rf *runFlags) logger(stderr io.Writer) *slog.Logger {
	level := slog.LevelWarn
	if rf.verbose {
		level = slog.LevelInfo
	}
	opts := &slog.HandlerOptions{Level: level}
	if rf.logFormat == "json" {
		return slog.New(slog.NewJSONHandler(stderr, opts))
	}
	return slog.New(slog.NewTextHandler(stderr, opts))
}

// postgresEnv names the environment variable that gives --postgres.
const postgresEnv = "CLAIMWIRE_POSTGRES_URL"

// storePath is the SQLite store the run writes, or "" for none.
func (rf *runFlags) storePath() string {
	switch {
	case rf.noStore:
		return ""
	case rf.db != "":
		return rf.db
	case rf.out == "-":
		return ""
	}
	return filepath.Join(rf.out, "claimwire.db")
}

// sinkSet is the outputs of one run, in the order they are written: the
// JSONL files first, so that they are complete whatever a database does,
// then the SQLite store, then PostgreSQL.
type sinkSet struct {
	sinks  []pipeline.Sink
	jsonl  *output.JSONL
	store  *output.Store
	runID  int64
	closes []func() error
}

// openSinks opens the JSONL outputs named by --out and the stores named by
// --db and --postgres, and records the start of a run of the given kind in
// the SQLite store.
func (rf *runFlags) openSinks(ctx context.Context, kind string, stdout io.Writer, logger *slog.Logger) (*sinkSet, error) {
	set := &sinkSet{}
	if rf.out == "-" {
		s := &output.JSONL{Claims: output.NewLineWriter(stdout, "stdout")}
		set.add(s)
	} else {
		mode := output.Truncate
		if rf.appendOut {
			mode = output.Append
		}
		s, err := output.OpenJSONL(rf.out, mode, logger)
		if err != nil {
			return nil, err
		}
		set.add(s)
		set.jsonl = s
	}
	if path := rf.storePath(); path != "" {
		st, err := output.OpenStore(ctx, path)
		if err != nil {
			set.close(nil)
			return nil, err
		}
		set.add(st)
		set.store = st
		if set.runID, err = st.StartRun(ctx, kind); err != nil {
			set.close(nil)
			return nil, err
		}
	}
	pgURL := rf.postgres
	if pgURL == "" {
		pgURL = os.Getenv(postgresEnv)
	}
	if pgURL != "" {
		pg, err := output.OpenPostgres(ctx, pgURL)
		if err != nil {
			set.close(nil)
			return nil, err
		}
		set.add(pg)
	}
	return set, nil
}

// jsonlSkipped is how many articles the JSONL files already held.
func (set *sinkSet) jsonlSkipped() int {
	if set.jsonl == nil {
		return 0
	}
	return set.jsonl.Skipped()
}

func (set *sinkSet) add(s pipeline.Sink) {
	set.sinks = append(set.sinks, s)
	set.closes = append(set.closes, s.Close)
}

// close finishes the run in the store with its summary (when given) and
// closes every sink, in order.
func (set *sinkSet) close(sum *pipeline.Summary) error {
	var errs []error
	if set.store != nil && set.runID != 0 && sum != nil {
		b, err := json.Marshal(sum)
		if err == nil {
			err = set.store.FinishRun(context.Background(), set.runID, b)
		}
		errs = append(errs, err)
	}
	for _, c := range set.closes {
		errs = append(errs, c())
	}
	return errors.Join(errs...)
}

// progress returns a pipeline progress callback that redraws one line on
// stderr, or nil when stderr is not a terminal or --q was given.
func (rf *runFlags) progress(stderr io.Writer) func(pipeline.Summary) {
	if rf.quiet || !isTerminal(stderr) {
		return nil
	}
	var last time.Time
	return func(s pipeline.Summary) {
		if time.Since(last) < 100*time.Millisecond {
			return
		}
		last = time.Now()
		fmt.Fprintf(stderr, "\r%d documents, %d articles, %d claims, %d failed ", s.Docs, s.Articles, s.Claims, s.Failed)
	}
}

// isTerminal reports whether w is a character device such as a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// printSummary prints what a run produced.
func (rf *runFlags) printSummary(w io.Writer, s pipeline.Summary) {
	if rf.quiet {
		return
	}
	if isTerminal(w) {
		fmt.Fprint(w, "\r\033[K")
	}
	fmt.Fprintf(w, "%d articles, %d claims from %d documents in %s", s.Articles, s.Claims, s.Docs, s.Duration.Round(time.Millisecond))
	if s.Duplicates > 0 {
		fmt.Fprintf(w, " (%d duplicates skipped)", s.Duplicates)
	}
	fmt.Fprintln(w)
	if s.Failed > 0 {
		fmt.Fprintf(w, "%d failed:\n", s.Failed)
		for kind, n := range s.FailedByKind {
			fmt.Fprintf(w, "  %4d  %s\n", n, kind)
		}
	}
	if top := s.TopSpeakers(8); len(top) > 0 {
		fmt.Fprintln(w, "Top speakers:")
		for _, sp := range top {
			fmt.Fprintf(w, "  %4d  %s\n", sp.Claims, sp.Name)
		}
	}
	if rf.out != "-" {
		fmt.Fprintf(w, "Wrote %s and %s\n", filepath.Join(rf.out, "articles.jsonl"), filepath.Join(rf.out, "claims.jsonl"))
	}
	if path := rf.storePath(); path != "" {
		fmt.Fprintf(w, "Stored in %s; review with: claimwire review --db %s\n", path, path)
	}
}

// finish turns a run's summary and error into the command's error.
func finish(s pipeline.Summary, err error, closeErr error) error {
	if err = errors.Join(err, closeErr); err != nil {
		return err
	}
	if s.Failed > 0 {
		return partialError{failed: s.Failed, total: s.Docs}
	}
	return nil
}
