package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/url"
	"time"

	"github.com/claimwire/claimwire/crawler"
	"github.com/claimwire/claimwire/demo"
	"github.com/claimwire/claimwire/pipeline"
)

const demoDescription = `Run the whole pipeline on the embedded demo outlet, with no network and no
set-up: serve a small news site (home page, section page, RSS feed, sitemap,
robots.txt and a dozen article pages) on 127.0.0.1 on a free port, crawl it
with the real crawler (robots.txt respected), clean every article page,
extract its claims, and write DIR/articles.jsonl and DIR/claims.jsonl.`

// demoUserAgent is what the demo crawl sends; the outlet's robots.txt rules
// apply to it as to any crawler.
const demoUserAgent = "claimwire-demo/0.1 (+https://github.com/claimwire/claimwire)"

func demoCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var rf runFlags
	var addr string
	fs := newFlagSet("demo", "claimwire demo [--out DIR] [--addr 127.0.0.1:PORT]", demoDescription, stderr)
	rf.register(fs, true)
	fs.StringVar(&addr, "addr", "127.0.0.1:0", "loopback `ADDRESS` to serve the outlet on; port 0 picks a free port")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if err := rf.validate(); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("demo takes no arguments, got %q", fs.Args())
	}
	logger := rf.logger(stderr)
	stats, sum, err := runDemo(ctx, &rf, addr, stdout, stderr)
	if err != nil && sum.Docs == 0 {
		return err
	}
	out := stdout
	if rf.out == "-" {
		out = stderr
	}
	if !rf.quiet {
		fmt.Fprintf(out, "Crawled the demo outlet: %d URLs discovered, %d pages fetched, %d skipped by robots.txt, %d failed\n",
			stats.Discovered, stats.Fetched, stats.SkippedRobots, stats.Failed)
	}
	rf.printSummary(out, sum)
	logger.Info("demo finished", "articles", sum.Articles, "claims", sum.Claims)
	return finish(sum, err, nil)
}

// runDemo serves the outlet, crawls it and writes the records.
func runDemo(ctx context.Context, rf *runFlags, addr string, stdout, stderr io.Writer) (crawler.Stats, pipeline.Summary, error) {
	logger := rf.logger(stderr)
	srv, err := demo.StartAt(ctx, addr)
	if errors.Is(err, demo.ErrNotLoopback) {
		return crawler.Stats{}, pipeline.Summary{}, usagef("--addr %s: %v", addr, err)
	}
	if err != nil {
		return crawler.Stats{}, pipeline.Summary{}, err
	}
	defer srv.Close()
	base, err := url.Parse(srv.URL())
	if err != nil {
		return crawler.Stats{}, pipeline.Summary{}, err
	}
	cr, err := crawler.New(crawler.Config{
		UserAgent:            demoUserAgent,
		ParallelismPerHost:   4,
		Timeout:              10 * time.Second,
		AllowPrivateNetworks: true, // the outlet is on 127.0.0.1
		Logger:               logger,
		Sources: []crawler.Source{{
			Name:           "demo",
			StartURLs:      srv.StartURLs(),
			Feeds:          srv.Feeds(),
			Sitemaps:       srv.Sitemaps(),
			AllowedDomains: []string{base.Hostname()},
			MaxDepth:       2,
		}},
	})
	if err != nil {
		return crawler.Stats{}, pipeline.Summary{}, err
	}
	sinks, err := rf.openSinks(ctx, "demo", stdout, logger)
	if err != nil {
		return crawler.Stats{}, pipeline.Summary{}, err
	}
	stats, sum, err := pipeline.Crawl(ctx, cr, sinks.sinks, pipeline.Options{Workers: rf.workers, Logger: logger, Progress: rf.progress(stderr)})
	if cerr := sinks.close(&sum); err == nil {
		err = cerr
	}
	return stats, sum, err
}
