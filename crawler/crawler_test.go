package crawler

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

func TestRunDemoSite(t *testing.T) {
	site := newTestSite(t, nil)
	cfg := testConfig(Source{
		Name:      "demo",
		StartURLs: []string{site.URL + "/"},
		Feeds:     []string{site.URL + "/feed.rss", site.URL + "/atom.xml"},
	})
	pages, stats, err := testCollect(t, cfg)
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	got := testPageURLs(pages, site.URL)
	want := []string{"/news/budget-vote", "/news/libraries", "/news/mayor-signs", "/news/road-repairs", "/news/tram-line"}
	if !slices.Equal(got, want) {
		t.Errorf("articles = %v, want %v", got, want)
	}
	if stats.Articles != len(want) {
		t.Errorf("stats.Articles = %d, want %d", stats.Articles, len(want))
	}
	if stats.SkippedRobots != 1 {
		t.Errorf("stats.SkippedRobots = %d, want 1 (/private/draft)", stats.SkippedRobots)
	}
	if stats.Duplicates != 1 {
		t.Errorf("stats.Duplicates = %d, want 1 (the AMP copy)", stats.Duplicates)
	}
	if stats.Feeds != 2 || stats.Sitemaps != 2 {
		t.Errorf("stats feeds, sitemaps = %d, %d, want 2, 2", stats.Feeds, stats.Sitemaps)
	}
	if n := site.hitCount("/private/draft"); n != 0 {
		t.Errorf("/private/draft fetched %d times despite robots.txt", n)
	}
	if n := site.hitCount("/news/road-repairs"); n != 1 {
		t.Errorf("/news/road-repairs fetched %d times, want 1 (tracking params and fragments normalised)", n)
	}
	if n := site.hitCount("/robots.txt"); n != 1 {
		t.Errorf("/robots.txt fetched %d times, want 1", n)
	}
	for _, p := range pages {
		if p.Source != "demo" || p.Status != 200 || len(p.Body) == 0 || p.FetchedAt.IsZero() {
			t.Errorf("page %s: incomplete %+v", p.URL, p.Header)
		}
		if strings.HasSuffix(p.URL, "/news/budget-vote") && p.Canonical != p.URL {
			t.Errorf("budget-vote canonical = %q", p.Canonical)
		}
	}
	if len(stats.FailedByKind) != 0 {
		t.Errorf("failures: %v", stats.FailedByKind)
	}
}

func TestRunArticlePatterns(t *testing.T) {
	site := newTestSite(t, nil)
	cfg := testConfig(Source{
		Name:               "demo",
		StartURLs:          []string{site.URL + "/"},
		ArticleURLPatterns: []string{`/news/[a-z-]+$`},
		ExcludeURLPatterns: []string{`-amp$`},
		MaxDepth:           1,
		Sitemaps:           []string{site.URL + "/none.xml", site.URL + "/about"},
		Feeds:              []string{site.URL + "/about"},
	})
	pages, stats, err := testCollect(t, cfg)
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	got := testPageURLs(pages, site.URL)
	want := []string{"/news/budget-vote", "/news/road-repairs"}
	if !slices.Equal(got, want) {
		t.Errorf("articles = %v, want %v", got, want)
	}
	if k := stats.FailedByKind; k["http_404"] != 1 || k["parse"] != 2 || len(k) != 2 {
		t.Errorf("FailedByKind = %v, want one http_404 for the missing sitemap, two parse for HTML as feed and sitemap", k)
	}
}

func TestNewValidates(t *testing.T) {
	ok := Source{Name: "a", StartURLs: []string{"https://example.com/"}}
	tests := []struct {
		name string
		cfg  Config
		want string
	}{
		{"no sources", Config{}, "no sources"},
		{"bad regexp", Config{Sources: []Source{{Name: "a", StartURLs: ok.StartURLs, ArticleURLPatterns: []string{"("}}}}, "article_url_patterns"},
		{"bad exclude", Config{Sources: []Source{{Name: "a", StartURLs: ok.StartURLs, ExcludeURLPatterns: []string{"[z-a]"}}}}, "exclude_url_patterns"},
		{"no name", Config{Sources: []Source{{StartURLs: ok.StartURLs}}}, "name is empty"},
		{"nothing to crawl", Config{Sources: []Source{{Name: "a"}}}, "no start_urls"},
		{"relative url", Config{Sources: []Source{{Name: "a", Feeds: []string{"/feed"}}}}, "feeds"},
		{"duplicate name", Config{Sources: []Source{ok, ok}}, "duplicate name"},
		{"bad domain", Config{Sources: []Source{{Name: "a", StartURLs: ok.StartURLs, AllowedDomains: []string{"https://x"}}}}, "allowed_domains"},
		{"negative delay", Config{Delay: -1, Sources: []Source{ok}}, "delay"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := New(tt.cfg)
			if !errors.Is(err, ErrBadConfig) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("New: %v, want ErrBadConfig mentioning %q", err, tt.want)
			}
		})
	}
}

func TestRunHandleErrorStops(t *testing.T) {
	site := newTestSite(t, nil)
	c, err := New(testConfig(Source{Name: "demo", StartURLs: []string{site.URL + "/"}, Feeds: []string{site.URL + "/feed.rss"}}))
	if err != nil {
		t.Fatal(err)
	}
	errSink := errors.New("disk full")
	var calls atomic.Int32
	stats, err := c.Run(context.Background(), func(context.Context, Page) error {
		calls.Add(1)
		return errSink
	})
	if !errors.Is(err, errSink) {
		t.Fatalf("Run error = %v, want the handler's", err)
	}
	if stats.Articles != 0 {
		t.Errorf("Articles = %d, want 0 (none handled successfully)", stats.Articles)
	}
	if n := calls.Load(); n > runGlobalParallelism {
		t.Errorf("handler called %d times after failing", n)
	}
}

func TestRunCancel(t *testing.T) {
	release := make(chan struct{})
	defer close(release)
	site := newTestSite(t, map[string]http.HandlerFunc{
		"/robots.txt": func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "User-agent: *\nDisallow:\n") },
		"/hang": func(w http.ResponseWriter, r *http.Request) {
			select {
			case <-release:
			case <-r.Context().Done():
			}
		},
	})
	var starts []string
	for i := range 40 {
		starts = append(starts, fmt.Sprintf("%s/hang?n=%d", site.URL, i))
	}
	c, err := New(testConfig(Source{Name: "s", StartURLs: starts, ArticleURLPatterns: []string{"."}, MaxDepth: -1}))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		for site.hitCount("/hang") == 0 {
			time.Sleep(time.Millisecond)
		}
		cancel()
	}()
	stats, err := c.Run(ctx, func(context.Context, Page) error { return nil })
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Run error = %v, want context.Canceled", err)
	}
	if stats.Failed != 0 {
		t.Errorf("cancelled requests counted as failures: %v", stats.FailedByKind)
	}
	if n := site.hitCount("/hang"); n > 2*DefaultParallelismPerHost {
		t.Errorf("%d requests made after cancel", n)
	}
}

func TestRunRedirectIntoDisallowed(t *testing.T) {
	site := newTestSite(t, map[string]http.HandlerFunc{
		"/news/leak": func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/private/draft", http.StatusFound) },
	})
	cfg := testConfig(Source{Name: "s", StartURLs: []string{site.URL + "/news/leak"}, Sitemaps: []string{site.URL + "/none"}, MaxDepth: -1})
	pages, stats, err := testCollect(t, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if len(pages) != 0 || stats.SkippedRobots != 1 || site.hitCount("/private/draft") != 0 {
		t.Errorf("pages %v, SkippedRobots %d, draft hits %d; want none, 1, 0", testPageURLs(pages, site.URL), stats.SkippedRobots, site.hitCount("/private/draft"))
	}
}

func TestRunDryRun(t *testing.T) {
	site := newTestSite(t, nil)
	cfg := testConfig(Source{Name: "demo", StartURLs: []string{site.URL + "/"}, Feeds: []string{site.URL + "/feed.rss"}})
	cfg.DryRun = true
	pages, stats, err := testCollect(t, cfg)
	if err != nil {
		t.Fatal(err)
	}
	got := testPageURLs(pages, site.URL)
	want := []string{"/", "/news/budget-vote", "/news/mayor-signs", "/news/tram-line"}
	if !slices.Equal(got, want) {
		t.Errorf("listed %v, want %v", got, want)
	}
	if stats.Fetched != 0 || stats.Articles != 0 {
		t.Errorf("dry run fetched %d pages, %d articles", stats.Fetched, stats.Articles)
	}
	for _, p := range []string{"/", "/news/budget-vote", "/news/mayor-signs"} {
		if n := site.hitCount(p); n != 0 {
			t.Errorf("dry run fetched %s", p)
		}
	}
}
