package crawler

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"mime"
	"net"
	"net/http"
	"net/url"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/PuerkitoBio/goquery"
	"github.com/gocolly/colly/v2"
	"github.com/temoto/robotstxt"
)

// runMetaKey is the Colly context key holding a request's *runMeta.
const runMetaKey = "claimwire.meta"

// runContentTypeKey is the Colly context key holding the Content-Type as
// the server sent it (see Run's OnResponseHeaders callback).
const runContentTypeKey = "claimwire.content-type"

// runGlobalParallelism bounds the requests handed to Colly at once, over
// all hosts (see runFrontier).
const runGlobalParallelism = 16

// runMeta travels with one request through Colly's callbacks.
type runMeta struct {
	src       *crawlerSource
	url       string // normalised requested URL
	host      string // its host key (urlnormHostKey), set by the frontier
	depth     int
	candidate bool // may be an article
	// canonicalFailed marks a copy page queued again because its
	// canonical page is not an article: its canonical link is ignored.
	canonicalFailed bool
	prior           *Entry    // the crawl state's entry, once looked up; nil if none
	listed          time.Time // date a feed or sitemap gives the URL, if any
	done            sync.Once // frees the request's frontier slot
}

// run is the state of one Run: its client, collector, seen sets and counts.
type run struct {
	c      *Crawler
	ctx    context.Context
	cancel context.CancelCauseFunc
	handle func(context.Context, Page) error
	log    *slog.Logger

	archive   *warcArchive // nil without Config.WARCDir
	client    *http.Client
	transport *http.Transport
	limits    *limitsHosts
	robots    *robotsCache
	col       *colly.Collector
	state     State

	discover sync.WaitGroup

	front *runFrontier

	mu      sync.Mutex
	seen    map[string]uint8      // normalised URL -> seenQueued, seenArticle, seenNotArticle
	waiters map[string][]*runMeta // canonical URL -> copies waiting on it (canonical.go)
	handed  map[string]bool       // identities (canonical, final, requested) handed out
	stats   Stats
}

// Run crawls every source and calls handle for each article page, possibly
// from several goroutines at once. It returns when all is done or ctx is
// cancelled. A non-nil error from handle stops the crawl, and Run returns
// it. When the Config names a crawl state, Run holds its lock for the
// whole run (failing with an error wrapping ErrLocked if another live run
// holds it), sends conditional requests for known articles, and does not
// hand out articles whose content is unchanged since they were last handed
// out. With Config.WARCDir, every response is archived (warc.go); an
// archiving failure does not stop the crawl but is returned, joined to
// the run's error, when the run ends.
func (c *Crawler) Run(ctx context.Context, handle func(context.Context, Page) error) (_ Stats, err error) {
	start := time.Now()
	archive, err := warcOpen(c.cfg, c.log)
	if err != nil {
		return Stats{FailedByKind: map[string]int{}}, err
	}
	defer func() { err = errors.Join(err, archive.close()) }()
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	r := &run{
		c: c, ctx: ctx, cancel: cancel, handle: handle, log: c.log, archive: archive,
		seen: map[string]uint8{}, waiters: map[string][]*runMeta{}, handed: map[string]bool{},
		stats: Stats{FailedByKind: map[string]int{}},
	}
	r.limits = newLimitsHosts(c.hostPolicy)
	r.front = newRunFrontier(func(host string) int { _, par := c.hostPolicy(host); return par })
	breaker := newRetryBreaker(c.cfg.retryPolicy().BreakerFailures, c.cfg.retryPolicy().BreakerCooldown)
	r.client, r.transport = fetchNewClient(c.cfg, r.limits, breaker, archive, c.log)
	defer r.transport.CloseIdleConnections()
	r.robots = newRobotsCache(r.client, c.cfg.UserAgent, c.cfg.IgnoreRobots, r.onRobots)
	if ft, ok := r.client.Transport.(*fetchTransport); ok {
		ft.robots = r.robots.allowed
	}

	release, err := r.openState()
	if err != nil {
		return r.snapshot(start), err
	}
	defer release()

	r.col = r.newCollector()
	for i := range c.sources {
		src := &c.sources[i]
		r.discover.Add(1)
		go func() {
			defer r.discover.Done()
			r.discoverSource(src)
		}()
	}
	r.discover.Wait()
	r.col.Wait()
	for r.requeue() || r.releaseWaiters() { // safety nets, see their docs
		r.col.Wait()
	}

	stats := r.snapshot(start)
	if ctx.Err() != nil {
		return stats, context.Cause(ctx)
	}
	return stats, nil
}

// openState opens and locks the crawl state, if configured, and returns
// the function that unlocks and closes it.
func (r *run) openState() (func(), error) {
	cfg := r.c.cfg
	r.state = cfg.Store
	closeState := func() {}
	if r.state == nil && cfg.State != "" {
		st, err := OpenSQLiteState(r.ctx, cfg.State)
		if err != nil {
			return nil, err
		}
		r.state = st
		closeState = func() { st.Close() }
	}
	if r.state == nil {
		return func() {}, nil
	}
	host, _ := os.Hostname()
	owner := fmt.Sprintf("%s:%d:%d", host, os.Getpid(), time.Now().UnixNano())
	if err := r.state.Lock(r.ctx, owner); err != nil {
		closeState()
		return nil, err
	}
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() { // refresh the lock so it never looks stale while we run
		defer close(done)
		t := time.NewTicker(stateLockRefresh)
		defer t.Stop()
		for {
			select {
			case <-stop:
				return
			case <-t.C:
				if err := r.state.Lock(r.ctx, owner); err != nil {
					r.log.Error("refreshing crawl state lock", "err", err)
				}
			}
		}
	}()
	return func() {
		close(stop)
		<-done
		if err := r.state.Unlock(context.WithoutCancel(r.ctx), owner); err != nil {
			r.log.Error("unlocking crawl state", "err", err)
		}
		closeState()
	}, nil
}

// newCollector builds the run's Colly collector: asynchronous, on the run's
// context and HTTP client, with Colly's own robots.txt handling, body
// limit and revisit filter off because the run does them itself.
func (r *run) newCollector() *colly.Collector {
	col := colly.NewCollector(
		colly.Async(true),
		colly.StdlibContext(r.ctx),
		colly.UserAgent(r.c.cfg.UserAgent),
		colly.AllowURLRevisit(),
		colly.IgnoreRobotsTxt(),
	)
	col.MaxBodySize = 0
	col.SetClient(r.client)
	// Colly converts bodies to UTF-8 when Content-Type names a charset. The
	// pipeline wants raw bytes (the cleaner weighs header, <meta> and
	// content), so the charset is hidden from Colly here and the header
	// restored in the Page.
	col.OnResponseHeaders(func(resp *colly.Response) {
		ct := resp.Headers.Get("Content-Type")
		if ct == "" {
			return
		}
		resp.Ctx.Put(runContentTypeKey, ct)
		mt, _, err := mime.ParseMediaType(ct)
		if err != nil {
			mt, _, _ = strings.Cut(ct, ";")
			if strings.Contains(strings.ToLower(mt), "charset") {
				mt = "application/octet-stream"
			}
		}
		resp.Headers.Set("Content-Type", strings.TrimSpace(mt))
	})
	col.OnResponse(func(resp *colly.Response) {
		r.mu.Lock()
		r.stats.Fetched++
		r.mu.Unlock()
		if ct := resp.Ctx.Get(runContentTypeKey); ct != "" {
			resp.Headers.Set("Content-Type", ct)
		}
	})
	col.OnError(func(resp *colly.Response, err error) {
		r.onError(resp, err)
		r.finish(resp.Ctx)
	})
	col.OnHTML("html", r.onPage)
	col.OnScraped(func(resp *colly.Response) { r.finish(resp.Ctx) })
	return col
}

// onRobots applies a freshly read robots.txt's Crawl-delay to its host.
func (r *run) onRobots(host string, data *robotstxt.RobotsData) {
	if d := r.robots.crawlDelay(data); d > 0 {
		r.limits.raiseDelay(host, d)
		r.log.Debug("robots.txt crawl-delay", "host", host, "delay", d)
	}
}

// enqueue queues raw for fetching if it is in the source's domains, may be
// an article or lies within link depth, was not queued before, and
// robots.txt allows it.
func (r *run) enqueue(src *crawlerSource, raw string, depth int) {
	r.enqueueURL(src, raw, depth, time.Time{})
}

// enqueueURL is enqueue with the date a feed or sitemap gives the URL
// (zero if none).
func (r *run) enqueueURL(src *crawlerSource, raw string, depth int, listed time.Time) {
	if r.ctx.Err() != nil {
		return
	}
	n, err := NormalizeURL(raw)
	if err != nil {
		return // mailto:, javascript:, malformed links
	}
	u, _ := url.Parse(n)
	if !urlnormHostAllowed(u.Host, src.allowed) {
		return
	}
	candidate := src.candidate(n)
	if !candidate && depth >= src.MaxDepth {
		return
	}
	r.mu.Lock()
	if r.seen[n] != 0 {
		r.mu.Unlock()
		return
	}
	r.seen[n] = seenQueued
	r.stats.Discovered++
	r.mu.Unlock()

	if err := r.robots.allowed(r.ctx, u); err != nil {
		if errors.Is(err, ErrRobotsDisallowed) {
			r.mu.Lock()
			r.stats.SkippedRobots++
			r.mu.Unlock()
			r.log.Debug("robots.txt disallows", "url", n)
			r.resolve(n, false)
			return
		}
		r.fail(n, err)
		r.resolve(n, false)
		return
	}
	r.push(&runMeta{src: src, url: n, depth: depth, candidate: candidate, listed: listed})
}

// prepare looks meta's URL up in the crawl state just before it is
// fetched (so queued URLs hold no state) and returns the request headers,
// conditional ones for known articles. ok is false when the URL need not be
// fetched: a feed or sitemap dates it before our last fetch.
func (r *run) prepare(meta *runMeta) (hdr http.Header, ok bool) {
	hdr = http.Header{}
	hdr.Set("User-Agent", r.c.cfg.UserAgent)
	if r.state == nil {
		return hdr, true
	}
	e, found, err := r.state.Lookup(r.ctx, meta.url)
	if err != nil {
		r.log.Warn("looking up crawl state", "url", meta.url, "err", err)
	}
	if !found {
		return hdr, true
	}
	meta.prior = &e
	if !e.Article || !meta.candidate { // hubs are always re-read for their links
		return hdr, true
	}
	if !meta.listed.IsZero() && !e.LastSeen.IsZero() && !meta.listed.After(e.LastSeen) {
		r.mu.Lock()
		r.stats.NotModified++
		r.mu.Unlock()
		return nil, false
	}
	if e.ETag != "" {
		hdr.Set("If-None-Match", e.ETag)
	}
	if e.LastModified != "" {
		hdr.Set("If-Modified-Since", e.LastModified)
	}
	return hdr, true
}

// onError counts a failed or 304 response.
func (r *run) onError(resp *colly.Response, err error) {
	meta, _ := resp.Ctx.GetAny(runMetaKey).(*runMeta)
	u := resp.Request.URL.String()
	if meta != nil {
		u = meta.url
	}
	if resp.StatusCode == http.StatusNotModified && meta != nil {
		r.mu.Lock()
		r.stats.NotModified++
		r.mu.Unlock()
		r.resolve(meta.url, true)
		if meta.prior != nil { // a 304 to an unconditional request has nothing to refresh
			e := *meta.prior
			e.Status, e.LastSeen, e.Failures, e.LastError = http.StatusNotModified, time.Now().UTC(), 0, ""
			r.record(e)
		}
		return
	}
	if resp.StatusCode >= 203 {
		err = fmt.Errorf("fetching %s: %w", u, fetchStatusError(resp.StatusCode))
	}
	if meta != nil {
		r.resolve(meta.url, false)
	}
	if errors.Is(err, ErrRobotsDisallowed) { // a redirect into a disallowed path
		r.mu.Lock()
		r.stats.SkippedRobots++
		r.mu.Unlock()
		return
	}
	r.fail(u, err)
	if meta != nil && r.state != nil {
		e := Entry{URL: meta.url, FirstSeen: time.Now().UTC()}
		if meta.prior != nil {
			e = *meta.prior
		}
		e.Status, e.Failures, e.LastError = resp.StatusCode, e.Failures+1, err.Error()
		r.record(e)
	}
}

// onPage follows a fetched HTML page's links and hands it out if it is an
// article not handed out before.
func (r *run) onPage(e *colly.HTMLElement) {
	meta, _ := e.Request.Ctx.GetAny(runMetaKey).(*runMeta)
	if meta == nil || r.ctx.Err() != nil {
		return
	}
	now := time.Now().UTC()
	final, err := NormalizeURL(e.Request.URL.String())
	if err != nil {
		final = meta.url
	}
	canonical := ""
	if href, ok := e.DOM.Find(`link[rel="canonical"]`).First().Attr("href"); ok {
		if abs := e.Request.AbsoluteURL(strings.TrimSpace(href)); abs != "" {
			canonical, _ = NormalizeURL(abs)
		}
	}
	if canonical != "" {
		if cu, err := url.Parse(canonical); err != nil || cu.Path == "/" {
			canonical = "" // a site-wide canonical to the home page says nothing
		}
	}
	r.mu.Lock()
	if r.seen[final] == 0 {
		r.seen[final] = seenQueued
	}
	r.mu.Unlock()

	if meta.depth < meta.src.MaxDepth {
		e.DOM.Find("a[href]").Each(func(_ int, a *goquery.Selection) {
			if rel, _ := a.Attr("rel"); strings.Contains(rel, "nofollow") {
				return
			}
			href, _ := a.Attr("href")
			if abs := e.Request.AbsoluteURL(strings.TrimSpace(href)); abs != "" {
				r.enqueue(meta.src, abs, meta.depth+1)
			}
		})
	}

	resolve := func(article bool) {
		r.resolve(meta.url, article)
		if final != meta.url {
			r.resolve(final, article)
		}
	}
	if !meta.candidate || (final != meta.url && !meta.src.candidate(final)) {
		resolve(false)
		return
	}
	if len(meta.src.article) == 0 {
		if ok, _ := classifyEvidence(e.DOM); !ok {
			resolve(false)
			return
		}
	}
	wait, ignore := r.canonWait(meta, final, canonical)
	if ignore {
		canonical = ""
	}
	if wait { // resolved with its canonical page, see canonical.go
		return
	}
	ids := []string{meta.url, final, canonical}
	r.mu.Lock()
	dup := false
	for _, id := range ids {
		if id != "" && r.handed[id] {
			dup = true
		}
	}
	if !dup {
		for _, id := range ids {
			if id != "" {
				r.handed[id] = true
			}
		}
	} else {
		r.stats.Duplicates++
	}
	r.mu.Unlock()
	resolve(true)
	if canonical != "" {
		r.resolve(canonical, true)
	}
	if dup {
		return
	}

	body := e.Response.Body
	sum := sha256.Sum256(body)
	hash := hex.EncodeToString(sum[:])
	entry := Entry{URL: meta.url, FirstSeen: now}
	if meta.prior != nil {
		entry = *meta.prior
	}
	header := e.Response.Headers.Clone()
	entry.Status, entry.LastSeen, entry.Failures, entry.LastError = e.Response.StatusCode, now, 0, ""
	entry.ETag, entry.LastModified = header.Get("ETag"), header.Get("Last-Modified")
	if meta.prior != nil && meta.prior.Article && meta.prior.ContentHash == hash {
		r.mu.Lock()
		r.stats.NotModified++
		r.mu.Unlock()
		r.record(entry)
		return
	}
	page := Page{
		URL: meta.url, FinalURL: e.Request.URL.String(), Canonical: canonical,
		Status: e.Response.StatusCode, Header: header, Body: body,
		FetchedAt: now, Source: meta.src.Name, Depth: meta.depth,
	}
	marked := r.archive.markArticle(page) // written while the page is handled
	if err := r.handle(r.ctx, page); err != nil {
		marked()
		r.cancel(fmt.Errorf("handling %s: %w", meta.url, err))
		return
	}
	r.mu.Lock()
	r.stats.Articles++
	r.mu.Unlock()
	entry.Article, entry.ContentHash = true, hash
	marked()
	r.record(entry)
}

// record stores e in the crawl state, if any; a state error is logged, not
// fatal, since the worst outcome is a re-fetch next run.
func (r *run) record(e Entry) {
	if r.state == nil {
		return
	}
	if err := r.state.Record(context.WithoutCancel(r.ctx), e); err != nil {
		r.log.Warn("recording crawl state", "url", e.URL, "err", err)
	}
}

// fail counts a failure by kind and logs it.
func (r *run) fail(u string, err error) {
	if r.ctx.Err() != nil && errors.Is(err, context.Canceled) {
		return // the run is stopping: not the URL's fault
	}
	kind := runErrorKind(err)
	r.mu.Lock()
	r.stats.Failed++
	r.stats.FailedByKind[kind]++
	r.mu.Unlock()
	r.log.Info("fetch failed", "url", u, "kind", kind, "err", err)
}

func (r *run) snapshot(start time.Time) Stats {
	r.mu.Lock()
	defer r.mu.Unlock()
	s := r.stats
	s.FailedByKind = maps.Clone(r.stats.FailedByKind)
	s.Duration = time.Since(start)
	return s
}

// runErrorKind names the cause of a failure for Stats.FailedByKind.
func runErrorKind(err error) string {
	var se *StatusError
	var ne net.Error
	switch {
	case errors.As(err, &se):
		return fmt.Sprintf("http_%d", se.Code)
	case errors.Is(err, ErrTruncated):
		return "truncated"
	case errors.Is(err, ErrBlockedAddress):
		return "blocked_address"
	case errors.Is(err, ErrRedirectLoop):
		return "redirect_loop"
	case errors.Is(err, ErrTooManyRedirects):
		return "too_many_redirects"
	case errors.Is(err, ErrCircuitOpen):
		return "circuit_open"
	case errors.Is(err, ErrBadURL):
		return "bad_url"
	case errors.Is(err, context.DeadlineExceeded), errors.As(err, &ne) && ne.Timeout():
		return "timeout"
	case errors.As(err, &ne):
		return "network"
	case errors.Is(err, errListingParse):
		return "parse"
	}
	return "other"
}
