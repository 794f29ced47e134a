package crawler

import (
	"fmt"
	"net/url"
)

// discoverSource queues a source's start URLs, feed items and sitemap entries.
func (r *run) discoverSource(src *crawlerSource) {
	for _, u := range src.StartURLs {
		r.enqueue(src, u, 0)
	}
	for _, f := range src.Feeds {
		r.readFeed(src, f)
	}
	sitemaps := src.Sitemaps
	if len(sitemaps) == 0 {
		seenHost := map[string]bool{}
		for _, s := range src.StartURLs {
			u, err := url.Parse(s)
			if err != nil || seenHost[u.Host] {
				continue
			}
			seenHost[u.Host] = true
			list, err := r.robots.sitemaps(r.ctx, u)
			if err != nil {
				r.log.Debug("no robots.txt sitemaps", "url", s, "err", err)
				continue
			}
			sitemaps = append(sitemaps, list...)
		}
	}
	seen := map[string]bool{}
	for _, s := range sitemaps {
		r.readSitemap(src, s, 0, seen)
	}
}

// fetchListing fetches a feed or sitemap after checking robots.txt.
func (r *run) fetchListing(raw string, limit int64) ([]byte, *url.URL, bool) {
	n, err := NormalizeURL(raw)
	if err != nil {
		r.fail(raw, err)
		return nil, nil, false
	}
	u, _ := url.Parse(n)
	if err := r.robots.allowed(r.ctx, u); err != nil {
		r.fail(n, err)
		return nil, nil, false
	}
	body, err := fetchGet(r.ctx, r.client, r.c.cfg.UserAgent, raw, limit)
	if err != nil {
		r.fail(n, err)
		return nil, nil, false
	}
	base, _ := url.Parse(raw)
	return body, base, true
}

func (r *run) readFeed(src *crawlerSource, feedURL string) {
	body, base, ok := r.fetchListing(feedURL, 0)
	if !ok {
		return
	}
	entries, err := feedsParse(body)
	if err != nil {
		r.fail(feedURL, fmt.Errorf("reading feed %s: %w", feedURL, err))
		return
	}
	r.mu.Lock()
	r.stats.Feeds++
	r.mu.Unlock()
	for _, e := range entries {
		if ref, err := base.Parse(e.URL); err == nil {
			r.enqueueURL(src, ref.String(), 1, e.Published)
		}
	}
}

func (r *run) readSitemap(src *crawlerSource, smURL string, nesting int, seen map[string]bool) {
	if seen[smURL] || nesting > sitemapsMaxNesting || r.ctx.Err() != nil {
		return
	}
	seen[smURL] = true
	body, base, ok := r.fetchListing(smURL, sitemapsMaxBytes)
	if !ok {
		return
	}
	pages, children, err := sitemapsParse(body)
	if err != nil {
		r.fail(smURL, fmt.Errorf("reading sitemap %s: %w", smURL, err))
		return
	}
	r.mu.Lock()
	r.stats.Sitemaps++
	r.mu.Unlock()
	for _, p := range pages {
		if ref, err := base.Parse(p.URL); err == nil {
			r.enqueueURL(src, ref.String(), 1, p.Published)
		}
	}
	for _, child := range children {
		if ref, err := base.Parse(child); err == nil {
			r.readSitemap(src, ref.String(), nesting+1, seen)
		}
	}
}
