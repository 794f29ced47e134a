package main

import (
	"context"
	"errors"
	"log/slog"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/claimwire/claimwire/crawler"
	"github.com/claimwire/claimwire/extract"
	"github.com/claimwire/claimwire/pipeline"
)

// isWARCFile reports whether name is a WARC file: .warc or .warc.gz,
// finished or still ".open".
func isWARCFile(name string) bool {
	n := strings.TrimSuffix(strings.ToLower(name), ".open")
	return strings.HasSuffix(n, ".warc") || strings.HasSuffix(n, ".warc.gz")
}

// findWARCs expands the PATH arguments of `extract --warc` into WARC
// files: files are taken as given, directories searched recursively. They
// are sorted by base name, newest first for the crawler's names
// (claimwire-TIMESTAMP-SERIAL-HOST), so that when several runs archived
// an article its newest copy is the one extracted (the pipeline keeps the
// first copy of an article id).
func findWARCs(paths []string) ([]string, error) {
	out, err := findFiles(paths, isWARCFile)
	if err != nil {
		return nil, err
	}
	slices.SortStableFunc(out, func(a, b string) int {
		if c := strings.Compare(filepath.Base(b), filepath.Base(a)); c != 0 {
			return c
		}
		return strings.Compare(a, b)
	})
	return slices.Compact(out), nil
}

// readWARCs sends the archived HTML pages of each WARC file to docs, as
// the crawler handed them to the pipeline. When the files carry the
// crawler's article marks, only the marked pages are sent (the crawl's
// articles, not the section pages it read for links), with the fetch
// time the crawl gave them, unless allPages.
// A file that cannot be read becomes a failed document; an unfinished
// ".open" file cut inside a record (a killed crawl) only gets a warning,
// since the records before the cut were read.
func readWARCs(ctx context.Context, files []string, allPages bool, docs chan<- pipeline.Doc, logger *slog.Logger) error {
	var marks map[string]time.Time
	if !allPages {
		// Errors show again, per file, when the pages are read below.
		marks, _ = crawler.WARCArticleURLs(ctx, files...)
		if ctx.Err() != nil {
			return nil
		}
		if len(marks) == 0 {
			logger.Info("the WARC files mark no articles (not written by claimwire crawl?): extracting every HTML page")
		}
	}
	skipped := 0
	for _, path := range files {
		err := crawler.ReadWARC(ctx, path, func(p crawler.Page) error {
			page := warcPage(p)
			if len(marks) > 0 {
				at, ok := marks[p.FinalURL]
				if !ok {
					skipped++
					return nil
				}
				page.FetchedAt = at // the crawl's fetch time, not the response's
			}
			select {
			case docs <- pipeline.Doc{Page: page}:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
		switch {
		case err == nil:
		case ctx.Err() != nil:
			return nil
		case errors.Is(err, crawler.ErrWARCTruncated) && strings.HasSuffix(path, ".open"):
			logger.Warn("unfinished WARC file read up to its last whole record", "file", path, "err", err)
		default:
			select {
			case docs <- pipeline.Doc{Err: err, Name: path}:
			case <-ctx.Done():
				return nil
			}
		}
	}
	if skipped > 0 {
		logger.Info("archived HTML pages the crawl did not take as articles skipped (see --all-pages)", "pages", skipped)
	}
	return nil
}

// warcPage is the cleaner's input for an archived page, built as the
// crawl pipeline builds it from a fetched page (pipeline.Crawl), so that
// re-extraction gives the crawl's article and claim ids.
func warcPage(p crawler.Page) *extract.Page {
	u := p.FinalURL
	if u == "" {
		u = p.URL
	}
	return &extract.Page{URL: u, ContentType: p.Header.Get("Content-Type"), Body: p.Body, FetchedAt: p.FetchedAt}
}
