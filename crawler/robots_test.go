package crawler

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/temoto/robotstxt"
)

func TestRobotsAllowed(t *testing.T) {
	tests := []struct {
		name   string
		status int
		body   string
		agent  string
		path   string
		want   error
	}{
		{"allowed", 200, "User-agent: *\nDisallow: /private/\n", "claimwire/0.1", "/news/a", nil},
		{"disallowed", 200, "User-agent: *\nDisallow: /private/\n", "claimwire/0.1", "/private/a", ErrRobotsDisallowed},
		{"query", 200, "User-agent: *\nDisallow: /*?print=\n", "claimwire/0.1", "/a?print=1", ErrRobotsDisallowed},
		{"own group", 200, "User-agent: claimwire\nDisallow: /\n\nUser-agent: *\nDisallow:\n", "claimwire/0.1 (+https://x)", "/a", ErrRobotsDisallowed},
		{"other group", 200, "User-agent: otherbot\nDisallow: /\n", "claimwire/0.1", "/a", nil},
		{"404 allows all", 404, "", "claimwire/0.1", "/a", nil},
		{"500 disallows all", 500, "", "claimwire/0.1", "/a", ErrRobotsDisallowed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				w.WriteHeader(tt.status)
				fmt.Fprint(w, tt.body)
			}))
			defer srv.Close()
			rc := newRobotsCache(srv.Client(), tt.agent, false, nil)
			u, _ := url.Parse(srv.URL + tt.path)
			if err := rc.allowed(context.Background(), u); !errors.Is(err, tt.want) {
				t.Errorf("allowed(%s) = %v, want %v", tt.path, err, tt.want)
			}
		})
	}
}

func TestRobotsCrawlDelayAndSitemaps(t *testing.T) {
	hits := 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits++
		fmt.Fprint(w, "User-agent: *\nCrawl-delay: 7\nSitemap: https://example.com/s1.xml\nSitemap: https://example.com/s2.xml.gz\n")
	}))
	defer srv.Close()
	limits := newLimitsHosts(func(string) (time.Duration, int) { return time.Second, 1 })
	var rc *robotsCache
	rc = newRobotsCache(srv.Client(), "claimwire/0.1", false, func(host string, data *robotstxt.RobotsData) {
		limits.raiseDelay(host, rc.crawlDelay(data))
	})
	u, _ := url.Parse(srv.URL + "/a")
	sm, err := rc.sitemaps(context.Background(), u)
	if err != nil || len(sm) != 2 {
		t.Fatalf("sitemaps = %v, %v", sm, err)
	}
	if err := rc.allowed(context.Background(), u); err != nil {
		t.Fatal(err)
	}
	if hits != 1 {
		t.Errorf("robots.txt fetched %d times, want 1", hits)
	}
	if d := limits.host(u.Host).delay; d != 7*time.Second {
		t.Errorf("host delay = %v, want the Crawl-delay 7s", d)
	}
}

func TestRunRobots(t *testing.T) {
	tests := []struct {
		name        string
		agent       string
		ignore      bool
		wantDraft   int
		wantSkipped int
	}{
		{"default agent", "", false, 0, 1},
		{"ignored", "", true, 1, 0},
		{"agent disallowed everywhere", "otherbot/2.0", false, 0, 7}, // start page, feed items, sitemap entries
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			site := newTestSite(t, nil)
			cfg := testConfig(Source{Name: "demo", StartURLs: []string{site.URL + "/"}, Sitemaps: []string{site.URL + "/sitemap-news.xml.gz"}})
			cfg.UserAgent, cfg.IgnoreRobots = tt.agent, tt.ignore
			_, stats, err := testCollect(t, cfg)
			if err != nil {
				t.Fatal(err)
			}
			if n := site.hitCount("/private/draft"); n != tt.wantDraft {
				t.Errorf("/private/draft fetched %d times, want %d", n, tt.wantDraft)
			}
			if tt.name != "agent disallowed everywhere" && stats.SkippedRobots != tt.wantSkipped {
				t.Errorf("SkippedRobots = %d, want %d", stats.SkippedRobots, tt.wantSkipped)
			}
			if tt.name == "agent disallowed everywhere" && (stats.Fetched != 0 || stats.SkippedRobots == 0) {
				t.Errorf("stats = %+v, want nothing fetched", stats)
			}
		})
	}
}

// TestRunRawBody checks pages are handed out undecoded, whatever charset
// the header or <meta> names: decoding is the cleaner's job.
func TestRunRawBody(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("testdata", "cp1252.html"))
	if err != nil {
		t.Fatal(err)
	}
	site := newTestSite(t, map[string]http.HandlerFunc{
		"/meta-only": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			w.Write(raw)
		},
		"/header": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=windows-1252")
			w.Write(raw)
		},
	})
	cfg := testConfig(Source{Name: "s", StartURLs: []string{site.URL + "/meta-only", site.URL + "/header"}, Sitemaps: []string{site.URL + "/sitemap-news.xml.gz"}, MaxDepth: -1})
	pages, _, err := testCollect(t, cfg)
	if err != nil {
		t.Fatal(err)
	}
	found := 0
	for _, p := range pages {
		switch p.URL {
		case site.URL + "/meta-only", site.URL + "/header":
			found++
			if !bytes.Equal(p.Body, raw) {
				t.Errorf("%s: body changed:\n%q\nwant\n%q", p.URL, p.Body, raw)
			}
		}
		if p.URL == site.URL+"/header" && p.Header.Get("Content-Type") != "text/html; charset=windows-1252" {
			t.Errorf("Content-Type = %q, want the server's", p.Header.Get("Content-Type"))
		}
	}
	if found != 2 {
		t.Errorf("found %d of the two windows-1252 pages", found)
	}
}
