// Package pipeline joins claimwire's stages: documents in (crawled pages,
// files, given texts) → extract.Clean → extract.Claims → sinks out. It runs
// a bounded pool of workers, keeps the output in input order, drops a
// second copy of an article already written in the run, and counts what
// happened in a Summary.
//
// A document can carry an Ack, called once its records are written to
// every sink: Crawl makes the crawler wait for it before recording a page as
// done, so a run killed at any moment fetches again what it had not
// written, and loses nothing.
//
// Files:
//   - pipeline.go: Doc, Sink, Options, Run and Process.
//   - crawl.go: Crawl, which feeds a crawler's pages through Run.
//   - summary.go: Summary and its counters.
package pipeline

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime"
	"time"

	"github.com/claimwire/claimwire/extract"
)

// Sink receives each processed article with its claims. The pipeline calls
// Write from one goroutine at a time, in input order.
type Sink interface {
	Write(ctx context.Context, a extract.Article, claims []extract.Claim) error
	Close() error
}

// Doc is one unit of work: an HTML page to clean, or an article whose text
// is already known (cleaning is then skipped and the text kept byte for
// byte).
type Doc struct {
	// Page is the page to clean; nil when Article is set.
	Page *extract.Page
	// Article is an article with its text given; nil when Page is set.
	Article *extract.Article
	// ID, Title and Published, when set, override what cleaning Page
	// finds (as given on a line of `claimwire extract --docs`). A given
	// publication time also re-anchors the article's timexes.
	ID, Title, Published string
	// Err, when set, is why the document could not be read; the pipeline
	// counts it as failed. Name then says which input it was.
	Err  error
	Name string
	// Ack, when set, is called once the document's records have been
	// written to every sink (nil), or the document failed or was dropped
	// (its error, or nil for a duplicate). A crawler waits for it before
	// it records the page as done, so that a run killed in between fetches
	// the page again rather than losing it.
	Ack func(error)
}

// name says which input a Doc is, for errors and logs.
func (d Doc) name() string {
	switch {
	case d.Name != "":
		return d.Name
	case d.Page != nil && d.Page.URL != "":
		return d.Page.URL
	case d.Page != nil:
		return d.Page.SourceFile
	case d.Article != nil:
		return d.Article.ID
	}
	return "(empty document)"
}

// Options configures Run. The zero value runs one worker per CPU with the
// default cleaning and claim options and no logging.
type Options struct {
	// Workers is the number of documents processed at once; 0 means
	// runtime.GOMAXPROCS(0).
	Workers int
	Clean   extract.CleanOptions
	Claims  extract.ClaimOptions
	Logger  *slog.Logger
	// Progress, when set, is called after each document with the summary
	// so far, from the goroutine that called Run.
	Progress func(Summary)
}

// Process runs the extraction stages on one document: Clean (unless the
// text is given), then Claims. It is what each worker of Run does.
func Process(ctx context.Context, d Doc, opts Options) (extract.Article, []extract.Claim, error) {
	if err := ctx.Err(); err != nil {
		return extract.Article{}, nil, err
	}
	var a extract.Article
	switch {
	case d.Err != nil:
		return extract.Article{}, nil, &StageError{Stage: "read", Input: d.name(), Err: d.Err}
	case d.Page != nil:
		var err error
		a, err = extract.Clean(*d.Page, opts.Clean)
		if err != nil {
			return extract.Article{}, nil, &StageError{Stage: "clean", Input: d.name(), Err: err}
		}
		applyOverrides(&a, d)
	case d.Article != nil:
		a = *d.Article
	default:
		return extract.Article{}, nil, &StageError{Stage: "read", Input: d.name(), Err: errors.New("document has neither a page nor a text")}
	}
	claims, err := extract.Claims(a, opts.Claims)
	if err != nil {
		return a, nil, &StageError{Stage: "claims", Input: d.name(), Err: err}
	}
	normalize(&a, claims)
	return a, claims, nil
}

// applyOverrides puts the metadata given with a page over what cleaning
// found.
func applyOverrides(a *extract.Article, d Doc) {
	if d.ID != "" {
		a.ID = d.ID
	}
	if d.Title != "" {
		a.Title = d.Title
	}
	if d.Published != "" && d.Published != a.Published {
		a.Published = d.Published
		pub, _ := a.PublishedTime()
		a.Timexes = extract.Timexes(a.Text, pub)
	}
}

// normalize makes every list field an empty list rather than null, as the
// record schema requires.
func normalize(a *extract.Article, claims []extract.Claim) {
	if a.Authors == nil {
		a.Authors = []string{}
	}
	if a.Timexes == nil {
		a.Timexes = []extract.Timex{}
	}
	for i := range claims {
		if claims[i].Dates == nil {
			claims[i].Dates = []extract.Timex{}
		}
	}
}

// StageError is a document that failed in one stage. Err is the cause,
// reachable with errors.Is and errors.As.
type StageError struct {
	Stage string // "read", "clean" or "claims"
	Input string // URL or file name
	Err   error
}

func (e *StageError) Error() string { return fmt.Sprintf("%s %s: %v", e.Stage, e.Input, e.Err) }

// Unwrap returns the cause.
func (e *StageError) Unwrap() error { return e.Err }

type job struct {
	seq int
	doc Doc
}

// ack tells the document's sender how it ended; a document that failed
// in extraction is done all the same (nil), since fetching it again would
// fail the same way.
func (r result) ack(err error) {
	if r.doc.Ack != nil {
		r.doc.Ack(err)
	}
}

type result struct {
	seq    int
	doc    Doc
	art    extract.Article
	claims []extract.Claim
	err    error
}

// Run processes every document from docs until the channel is closed or
// ctx is done, and writes each article with its claims to every sink, in
// the order the documents arrived. A document that fails is logged and
// counted, and the run goes on; a sink that fails stops the run with its
// error. Run does not close the sinks.
func Run(ctx context.Context, docs <-chan Doc, sinks []Sink, opts Options) (Summary, error) {
	start := time.Now()
	logger := opts.Logger
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	jobs := make(chan job)
	results := make(chan result, workers)
	go func() {
		defer close(jobs)
		seq := 0
		for {
			select {
			case <-ctx.Done():
				return
			case d, ok := <-docs:
				if !ok {
					return
				}
				select {
				case jobs <- job{seq: seq, doc: d}:
					seq++
				case <-ctx.Done():
					return
				}
			}
		}
	}()
	done := make(chan struct{})
	for range workers {
		go func() {
			defer func() { done <- struct{}{} }()
			for j := range jobs {
				a, claims, err := Process(ctx, j.doc, opts)
				results <- result{seq: j.seq, doc: j.doc, art: a, claims: claims, err: err}
			}
		}()
	}
	go func() {
		for range workers {
			<-done
		}
		close(results)
	}()

	sum := newSummary()
	seen := map[string]bool{}
	pending := map[int]result{}
	next := 0
	var sinkErr error
	for r := range results {
		pending[r.seq] = r
		for {
			r, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			if sinkErr != nil {
				r.ack(sinkErr)
				continue // drain the workers
			}
			sum.Docs++
			switch {
			case r.err != nil:
				if ctx.Err() != nil && errors.Is(r.err, ctx.Err()) {
					r.ack(r.err)
					continue
				}
				sum.fail(r.err)
				logger.Warn("document failed", "input", r.doc.name(), "err", r.err)
			case seen[r.art.ID]:
				sum.Duplicates++
				logger.Info("duplicate article skipped", "input", r.doc.name(), "id", r.art.ID)
			default:
				seen[r.art.ID] = true
				for _, s := range sinks {
					if err := s.Write(ctx, r.art, r.claims); err != nil {
						sinkErr = fmt.Errorf("writing article %s: %w", r.art.ID, err)
						cancel()
						break
					}
				}
				if sinkErr == nil {
					sum.add(r.art, r.claims)
				}
			}
			r.ack(sinkErr)
			if opts.Progress != nil {
				opts.Progress(sum.snapshot(time.Since(start)))
			}
		}
	}
	out := sum.snapshot(time.Since(start))
	if sinkErr != nil {
		return out, sinkErr
	}
	return out, context.Cause(ctx)
}
