package demo

import (
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/gocolly/colly/v2"
)

// TestCollyCrawlRespectsRobots crawls the outlet with Colly, as claimwire's
// crawler does, robots.txt respected: every article is reached by links and
// the disallowed /search page never is.
func TestCollyCrawlRespectsRobots(t *testing.T) {
	s := startTestServer(t)
	base, err := url.Parse(s.URL())
	if err != nil {
		t.Fatalf("parsing %s: %v", s.URL(), err)
	}
	c := colly.NewCollector(colly.AllowedDomains(base.Hostname()), colly.UserAgent("claimwire-test/0.1"))
	c.IgnoreRobotsTxt = false
	var (
		mu        sync.Mutex
		visited   []string
		blocked   []string
		visitErrs []error
	)
	c.OnHTML("a[href]", func(e *colly.HTMLElement) {
		abs := e.Request.AbsoluteURL(e.Attr("href"))
		if !strings.HasPrefix(abs, "http://") && !strings.HasPrefix(abs, "https://") {
			return // fragment-only, mailto: and javascript: links
		}
		err := e.Request.Visit(abs)
		mu.Lock()
		defer mu.Unlock()
		switch {
		case errors.Is(err, colly.ErrRobotsTxtBlocked):
			blocked = append(blocked, abs)
		case err == nil,
			errors.Is(err, colly.ErrForbiddenDomain),
			errors.Is(err, colly.ErrMissingURL):
		default:
			var already *colly.AlreadyVisitedError
			if !errors.As(err, &already) {
				visitErrs = append(visitErrs, fmt.Errorf("link %q on %s: %w", e.Attr("href"), e.Request.URL, err))
			}
		}
	})
	c.OnResponse(func(r *colly.Response) {
		mu.Lock()
		defer mu.Unlock()
		visited = append(visited, r.Request.URL.String())
	})
	for _, u := range s.StartURLs() {
		var already *colly.AlreadyVisitedError
		if err := c.Visit(u); err != nil && !errors.As(err, &already) {
			t.Fatalf("visiting %s: %v", u, err)
		}
	}
	c.Wait()
	for _, err := range visitErrs {
		t.Errorf("visit: %v", err)
	}
	for _, u := range visited {
		if strings.Contains(u, "/search") {
			t.Errorf("crawled the robots-disallowed %s", u)
		}
	}
	if len(blocked) == 0 {
		t.Errorf("robots.txt blocked no link; the outlet links /search on every page")
	}
	for _, a := range sitemapArticles(t, s) {
		if !slices.Contains(visited, a) {
			t.Errorf("article %s not reached by the crawl", a)
		}
	}
	t.Logf("colly visited %d URLs; robots.txt blocked %d links", len(visited), len(blocked))
}
