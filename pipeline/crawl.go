package pipeline

import (
	"context"
	"sync"

	"github.com/claimwire/claimwire/crawler"
	"github.com/claimwire/claimwire/extract"
)

// Crawl runs the crawler and the extraction stages together: every article
// page cr hands out is cleaned, its claims extracted and written to the
// sinks, while the crawl goes on. It returns the crawler's statistics and
// the pipeline's summary. A failing sink stops the crawl.
func Crawl(ctx context.Context, cr *crawler.Crawler, sinks []Sink, opts Options) (crawler.Stats, Summary, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	docs := make(chan Doc)
	var (
		wg       sync.WaitGroup
		stats    crawler.Stats
		crawlErr error
	)
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer close(docs)
		stats, crawlErr = cr.Run(ctx, func(ctx context.Context, p crawler.Page) error {
			// Wait until the page's records are written before the crawler
			// records the page as fetched: a run killed in between fetches
			// it again instead of losing it.
			done := make(chan error, 1)
			select {
			case docs <- Doc{Page: pageFromCrawl(p), Ack: func(err error) { done <- err }}:
			case <-ctx.Done():
				return ctx.Err()
			}
			select {
			case err := <-done:
				return err
			case <-ctx.Done():
				return ctx.Err()
			}
		})
	}()
	sum, runErr := Run(ctx, docs, sinks, opts)
	cancel() // a sink error stops the crawl; after a normal end this is a no-op
	wg.Wait()
	if runErr != nil {
		return stats, sum, runErr
	}
	return stats, sum, crawlErr
}

// pageFromCrawl turns a fetched page into the cleaner's input. The final
// URL (after redirects) is the page's address.
func pageFromCrawl(p crawler.Page) *extract.Page {
	u := p.FinalURL
	if u == "" {
		u = p.URL
	}
	return &extract.Page{URL: u, ContentType: p.Header.Get("Content-Type"), Body: p.Body, FetchedAt: p.FetchedAt}
}
