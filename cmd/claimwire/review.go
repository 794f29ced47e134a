package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"time"

	"github.com/claimwire/claimwire/extract"
	"github.com/claimwire/claimwire/output"
	"github.com/claimwire/claimwire/review"
)

const reviewDescription = `Serve the analysts' review UI in a web browser: the claims list with
filters, each claim highlighted in its article, speakers' claims over time,
verdicts (supported, disputed, false, needs context, not a claim), speaker
corrections, and CSV/JSONL export of the filtered list.

--db PATH (default out/claimwire.db, the store 'claimwire demo', 'extract'
and 'crawl' write) reviews the claims in that SQLite store; verdicts and
corrections are saved in it as they are given, and kept when the claims are
re-extracted. The store must exist: run 'claimwire demo' or 'claimwire
crawl' first.

--from DIR instead reads DIR/articles.jsonl and DIR/claims.jsonl, as written
by 'claimwire extract' or 'claimwire demo'. Verdicts and corrections given
then are kept in memory until the server stops: export them from the list
first. --db and --from cannot be given together.

The server listens on 127.0.0.1:8080 by default. Any other address needs
--token (or $CLAIMWIRE_REVIEW_TOKEN): every request must then carry it, as a
cookie set by opening the printed URL with ?token=, or as the header
'Authorization: Bearer TOKEN'. Stop the server with Ctrl-C.`

// reviewTokenEnv names the environment variable that gives the token when
// --token is not given, so it need not appear in the process list.
const reviewTokenEnv = "CLAIMWIRE_REVIEW_TOKEN"

func reviewCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var from, db, addr, token, reviewer string
	fs := newFlagSet("review", "claimwire review [--db PATH | --from DIR] [--addr 127.0.0.1:8080] [--token T] [--reviewer NAME]", reviewDescription, stderr)
	fs.StringVar(&db, "db", filepath.Join("out", "claimwire.db"), "review the SQLite store at `PATH`; verdicts are saved in it")
	fs.StringVar(&from, "from", "", "review `DIR`/articles.jsonl and DIR/claims.jsonl instead, verdicts kept in memory")
	fs.StringVar(&addr, "addr", "127.0.0.1:8080", "listen on `HOST:PORT`; anything but loopback needs --token")
	fs.StringVar(&token, "token", "", "access `TOKEN` every request must carry (default $"+reviewTokenEnv+")")
	fs.StringVar(&reviewer, "reviewer", "", "reviewer `NAME` the forms start with (default $USER)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("unexpected argument %q", fs.Arg(0))
	}
	if flagGiven(fs, "from") && flagGiven(fs, "db") {
		return usagef("give either --db PATH (the SQLite store) or --from DIR (JSONL files), not both")
	}
	if flagGiven(fs, "from") && from == "" {
		return usagef("--from needs a DIR holding articles.jsonl and claims.jsonl")
	}
	if from == "" && db == "" {
		return usagef("--db needs the PATH of a store written by claimwire demo, extract or crawl")
	}
	if token == "" {
		token = os.Getenv(reviewTokenEnv)
	}
	if reviewer == "" {
		reviewer = os.Getenv("USER")
	}
	if _, _, err := net.SplitHostPort(addr); err != nil {
		return usagef("--addr %q is not HOST:PORT", addr)
	}
	if !review.LoopbackAddr(addr) && token == "" {
		return usagef("--addr %s is reachable from other machines: give --token (or set $%s) so that only people with it can use the UI", addr, reviewTokenEnv)
	}

	var src reviewSource
	var err error
	if from != "" {
		src, err = openReviewJSONL(from)
	} else {
		src, err = openReviewDB(ctx, db)
	}
	if err != nil {
		return err
	}
	err = serveReview(ctx, src, addr, token, reviewer, stdout, stderr)
	if src.close != nil {
		err = errors.Join(err, src.close())
	}
	return err
}

// reviewSource is what the review server runs on: the store, what to tell
// the user about it at start-up, and how to close it.
type reviewSource struct {
	store review.Store
	// about says what is being reviewed; kept says where verdicts go.
	about, kept string
	close       func() error
}

// openReviewDB opens the SQLite store at path for review. A missing file is
// an error (wrapping fs.ErrNotExist) that says how to make one: opening it
// would create an empty store.
func openReviewDB(ctx context.Context, path string) (reviewSource, error) {
	fi, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return reviewSource{}, fmt.Errorf("no store at %s (%w): run 'claimwire demo' or 'claimwire crawl' first to make one, or give --db PATH or --from DIR", path, fs.ErrNotExist)
	}
	if err != nil {
		return reviewSource{}, fmt.Errorf("opening store %s: %w", path, err)
	}
	if fi.IsDir() {
		return reviewSource{}, fmt.Errorf("opening store %s: it is a directory; give --db the claimwire.db file in it", path)
	}
	st, err := output.OpenStore(ctx, path)
	if err != nil {
		return reviewSource{}, err
	}
	n, err := st.Counts(ctx)
	if err != nil {
		return reviewSource{}, errors.Join(err, st.Close())
	}
	return reviewSource{
		store: review.NewSQLiteStore(st),
		about: fmt.Sprintf("Reviewing %d claims from %d articles in %s (%d already reviewed)", n.Claims, n.Articles, path, n.Reviews),
		kept:  fmt.Sprintf("Verdicts and speaker corrections are saved in %s as you give them.", path),
		close: st.Close,
	}, nil
}

// openReviewJSONL loads DIR/articles.jsonl and DIR/claims.jsonl into memory
// for review.
func openReviewJSONL(dir string) (reviewSource, error) {
	articles, claims, err := loadReviewRecords(dir)
	if err != nil {
		return reviewSource{}, err
	}
	return reviewSource{
		store: review.NewMemStore(articles, claims),
		about: fmt.Sprintf("Reviewing %d claims from %d articles in %s", len(claims), len(articles), dir),
		kept:  "Verdicts are kept in memory until the server stops (Ctrl-C); export them from the list first.",
	}, nil
}

// serveReview serves the review UI over src on addr until ctx is done.
func serveReview(ctx context.Context, src reviewSource, addr, token, reviewer string, stdout, stderr io.Writer) error {
	logger := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	handler := review.NewServer(src.store, review.Options{Token: token, Reviewer: reviewer, Logger: logger})

	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("listening on %s: %w", addr, err)
	}
	srv := &http.Server{
		Handler:           handler,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		IdleTimeout:       2 * time.Minute,
		BaseContext:       func(net.Listener) context.Context { return ctx },
		ErrorLog:          slog.NewLogLogger(logger.Handler(), slog.LevelWarn),
	}
	open := "http://" + ln.Addr().String() + "/"
	if token != "" {
		open += "?token=" + url.QueryEscape(token)
	}
	fmt.Fprintln(stdout, src.about)
	fmt.Fprintf(stdout, "Open %s\n", open)
	fmt.Fprintln(stdout, src.kept)

	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	select {
	case err := <-served:
		return fmt.Errorf("serving on %s: %w", addr, err)
	case <-ctx.Done():
	}
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil {
		return fmt.Errorf("stopping the server on %s: %w", addr, err)
	}
	<-served
	fmt.Fprintln(stdout, "Stopped.")
	return nil
}

// loadReviewRecords reads DIR/articles.jsonl and DIR/claims.jsonl.
func loadReviewRecords(dir string) ([]extract.Article, []extract.Claim, error) {
	articles, err := readRecordLines[extract.Article](filepath.Join(dir, "articles.jsonl"))
	if err != nil {
		return nil, nil, err
	}
	claims, err := readRecordLines[extract.Claim](filepath.Join(dir, "claims.jsonl"))
	if err != nil {
		return nil, nil, err
	}
	return articles, claims, nil
}

// readRecordLines decodes a JSONL file, one record per non-empty line,
// naming the file and line of the first bad one.
func readRecordLines[T any](path string) ([]T, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("reading records: %w", err)
	}
	defer f.Close()
	var out []T
	r := bufio.NewReaderSize(f, 1<<20)
	for line := 1; ; line++ {
		b, err := r.ReadBytes('\n')
		if len(b) > 0 && len(bytes.TrimSpace(b)) > 0 {
			var v T
			if jerr := json.Unmarshal(b, &v); jerr != nil {
				return nil, fmt.Errorf("reading %s line %d: %w", path, line, jerr)
			}
			out = append(out, v)
		}
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("reading %s: %w", path, err)
		}
	}
}
