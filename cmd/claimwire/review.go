package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"time"

	"github.com/claimwire/claimwire/extract"
	"github.com/claimwire/claimwire/review"
)

const reviewDescription = `Serve the analysts' review UI in a web browser: the claims list with
filters, each claim highlighted in its article, speakers' claims over time,
verdicts (supported, disputed, false, needs context, not a claim), speaker
corrections, and CSV/JSONL export of the filtered list.

--from DIR reads DIR/articles.jsonl and DIR/claims.jsonl, as written by
'claimwire extract' or 'claimwire demo'. Verdicts and corrections given then
are kept in memory until the server stops: export them from the list first.

The server listens on 127.0.0.1:8080 by default. Any other address needs
--token (or $CLAIMWIRE_REVIEW_TOKEN): every request must then carry it, as a
cookie set by opening the printed URL with ?token=, or as the header
'Authorization: Bearer TOKEN'. Stop the server with Ctrl-C.`

// reviewTokenEnv names the environment variable that gives the token when
// --token is not given, so it need not appear in the process list.
const reviewTokenEnv = "CLAIMWIRE_REVIEW_TOKEN"

func reviewCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var from, addr, token, reviewer string
	fs := newFlagSet("review", "claimwire review --from DIR [--addr 127.0.0.1:8080] [--token T] [--reviewer NAME]", reviewDescription, stderr)
	fs.StringVar(&from, "from", "", "read `DIR`/articles.jsonl and DIR/claims.jsonl")
	fs.StringVar(&addr, "addr", "127.0.0.1:8080", "listen on `HOST:PORT`; anything but loopback needs --token")
	fs.StringVar(&token, "token", "", "access `TOKEN` every request must carry (default $"+reviewTokenEnv+")")
	fs.StringVar(&reviewer, "reviewer", "", "reviewer `NAME` the forms start with (default $USER)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("unexpected argument %q", fs.Arg(0))
	}
	if from == "" {
		return usagef("give --from DIR, the directory holding articles.jsonl and claims.jsonl")
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

	articles, claims, err := loadReviewRecords(from)
	if err != nil {
		return err
	}
	logger := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	handler := review.NewServer(review.NewMemStore(articles, claims), review.Options{Token: token, Reviewer: reviewer, Logger: logger})

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
	fmt.Fprintf(stdout, "Reviewing %d claims from %d articles in %s\n", len(claims), len(articles), from)
	fmt.Fprintf(stdout, "Open %s\n", open)
	fmt.Fprintln(stdout, "Verdicts are kept in memory until the server stops (Ctrl-C); export them from the list first.")

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
