package crawler

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/temoto/robotstxt"
)

// robotsMaxCrawlDelay caps a robots.txt Crawl-delay: a host asking for more
// is still crawled, at this pace (a larger value would stall a cron run).
const robotsMaxCrawlDelay = 60 * time.Second

// robotsMaxBytes is the most of a robots.txt we read (RFC 9309 asks crawlers
// to parse at least 500 KiB).
const robotsMaxBytes = 512 << 10

// robotsCache fetches and parses each host's robots.txt once per run and
// answers whether a URL may be fetched. Per RFC 9309, a 4xx robots.txt
// allows everything and a 5xx disallows everything. A robots.txt that
// cannot be fetched at all (network error, blocked address) makes the
// host's URLs fail with that error. Safe for concurrent use.
type robotsCache struct {
	client *http.Client
	agent  string // product token matched against User-agent lines
	ua     string // full User-Agent header
	ignore bool
	onLoad func(host string, data *robotstxt.RobotsData)

	mu    sync.Mutex
	hosts map[string]*robotsEntry
}

type robotsEntry struct {
	ready chan struct{}
	data  *robotstxt.RobotsData
	err   error
}

func newRobotsCache(client *http.Client, userAgent string, ignore bool, onLoad func(string, *robotstxt.RobotsData)) *robotsCache {
	agent, _, _ := strings.Cut(userAgent, "/")
	agent = strings.TrimSpace(agent)
	if f := strings.Fields(agent); len(f) > 0 {
		agent = f[0]
	}
	return &robotsCache{client: client, agent: agent, ua: userAgent, ignore: ignore, onLoad: onLoad, hosts: map[string]*robotsEntry{}}
}

// get returns the parsed robots.txt of u's host, fetching it on first use.
func (r *robotsCache) get(ctx context.Context, u *url.URL) (*robotstxt.RobotsData, error) {
	key := u.Scheme + "://" + urlnormHostKey(u)
	r.mu.Lock()
	e, ok := r.hosts[key]
	if !ok {
		e = &robotsEntry{ready: make(chan struct{})}
		r.hosts[key] = e
	}
	r.mu.Unlock()
	if ok {
		select {
		case <-e.ready:
			return e.data, e.err
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	e.data, e.err = r.fetch(ctx, key+"/robots.txt")
	if e.err == nil && r.onLoad != nil {
		r.onLoad(urlnormHostKey(u), e.data)
	}
	close(e.ready)
	return e.data, e.err
}

func (r *robotsCache) fetch(ctx context.Context, robotsURL string) (*robotstxt.RobotsData, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, robotsURL, nil)
	if err != nil {
		return nil, fmt.Errorf("fetching %s: %w", robotsURL, err)
	}
	req.Header.Set("User-Agent", r.ua)
	resp, err := r.client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("fetching %s: %w", robotsURL, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, robotsMaxBytes))
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", robotsURL, err)
	}
	data, err := robotstxt.FromStatusAndBytes(resp.StatusCode, body)
	if err != nil {
		// An unparsable robots.txt is treated as empty: allow all.
		data, _ = robotstxt.FromStatusAndBytes(http.StatusNotFound, nil)
	}
	return data, nil
}

// allowed returns nil when robots.txt lets our agent fetch u, an error
// wrapping ErrRobotsDisallowed when it does not, or the error that kept
// robots.txt from being read.
func (r *robotsCache) allowed(ctx context.Context, u *url.URL) error {
	if r.ignore {
		return nil
	}
	data, err := r.get(ctx, u)
	if err != nil {
		return err
	}
	p := u.EscapedPath()
	if p == "" {
		p = "/"
	}
	if u.RawQuery != "" {
		p += "?" + u.RawQuery
	}
	if !data.TestAgent(p, r.agent) {
		return fmt.Errorf("fetching %s: %w", u, ErrRobotsDisallowed)
	}
	return nil
}

// crawlDelay returns the Crawl-delay robots.txt sets for our agent, capped
// at robotsMaxCrawlDelay.
func (r *robotsCache) crawlDelay(data *robotstxt.RobotsData) time.Duration {
	g := data.FindGroup(r.agent)
	if g == nil {
		return 0
	}
	return min(g.CrawlDelay, robotsMaxCrawlDelay)
}

// sitemaps returns the Sitemap URLs listed in u's host's robots.txt.
func (r *robotsCache) sitemaps(ctx context.Context, u *url.URL) ([]string, error) {
	data, err := r.get(ctx, u)
	if err != nil {
		return nil, err
	}
	return data.Sitemaps, nil
}
