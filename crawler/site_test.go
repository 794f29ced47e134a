package crawler

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"
)

// testSite is a small local news outlet served from testdata/site, with
// per-path hit counters. extra handlers override or add paths.
type testSite struct {
	*httptest.Server
	mu   sync.Mutex
	hits map[string]int
}

// testSitePaths maps URL paths to fixture files and content types.
var testSitePaths = map[string][2]string{
	"/robots.txt":           {"robots.txt", "text/plain"},
	"/":                     {"home.html", "text/html; charset=utf-8"},
	"/news/budget-vote":     {"budget-vote.html", "text/html; charset=utf-8"},
	"/news/budget-vote-amp": {"budget-vote-amp.html", "text/html; charset=utf-8"},
	"/news/road-repairs":    {"road-repairs.html", "text/html; charset=utf-8"},
	"/news/libraries":       {"libraries.html", "text/html"},
	"/news/mayor-signs":     {"mayor-signs.html", "text/html; charset=utf-8"},
	"/news/tram-line":       {"tram-line.html", "text/html; charset=utf-8"},
	"/tag/council":          {"tag.html", "text/html; charset=utf-8"},
	"/about":                {"about.html", "text/html; charset=utf-8"},
	"/private/draft":        {"draft.html", "text/html; charset=utf-8"},
	"/feed.rss":             {"feed.rss", "application/rss+xml"},
	"/atom.xml":             {"atom.xml", "application/atom+xml"},
	"/sitemap_index.xml":    {"sitemap_index.xml", "application/xml"},
	"/sitemap-news.xml.gz":  {"sitemap-news.xml", "application/gzip"},
}

func newTestSite(t *testing.T, extra map[string]http.HandlerFunc) *testSite {
	t.Helper()
	s := &testSite{hits: map[string]int{}}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.hits[r.URL.Path]++
		s.mu.Unlock()
		if h, ok := extra[r.URL.Path]; ok {
			h(w, r)
			return
		}
		f, ok := testSitePaths[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		body := testFixture(t, "site/"+f[0], "http://"+r.Host) // not s.URL: no race with its assignment
		if strings.HasSuffix(r.URL.Path, ".gz") {
			body = testGzip(t, body)
		}
		w.Header().Set("Content-Type", f[1])
		if strings.HasSuffix(f[0], ".html") { // articles answer conditional requests
			etag := fmt.Sprintf(`"%x"`, sha256.Sum256(body))
			w.Header().Set("ETag", etag)
			if r.Header.Get("If-None-Match") == etag {
				w.WriteHeader(http.StatusNotModified)
				return
			}
		}
		_, _ = w.Write(body)
	}))
	t.Cleanup(s.Close)
	return s
}

func (s *testSite) hitCount(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits[path]
}

// testFixture reads testdata/name with {{BASE}} replaced by base.
func testFixture(t *testing.T, name, base string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatalf("reading fixture: %v", err)
	}
	return bytes.ReplaceAll(b, []byte("{{BASE}}"), []byte(base))
}

func testGzip(t *testing.T, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	if _, err := zw.Write(b); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// testConfig is a fast config for a local site: private networks allowed,
// no delay, quick retries, no circuit breaker.
func testConfig(sources ...Source) Config {
	return Config{
		AllowPrivateNetworks: true,
		Timeout:              5 * time.Second,
		Sources:              sources,
		retry:                &retryPolicy{MaxRetries: 2, Base: time.Millisecond, Max: 5 * time.Millisecond, MaxRetryAfter: 2 * time.Second},
	}
}

// testCollect runs a crawler and returns the pages handed out, sorted by URL.
func testCollect(t *testing.T, cfg Config) ([]Page, Stats, error) {
	t.Helper()
	c, err := New(cfg)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	var mu sync.Mutex
	var pages []Page
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	stats, err := c.Run(ctx, func(_ context.Context, p Page) error {
		mu.Lock()
		defer mu.Unlock()
		pages = append(pages, p)
		return nil
	})
	slices.SortFunc(pages, func(a, b Page) int { return strings.Compare(a.URL, b.URL) })
	return pages, stats, err
}

func testPageURLs(pages []Page, base string) []string {
	var out []string
	for _, p := range pages {
		out = append(out, strings.TrimPrefix(p.URL, base))
	}
	return out
}

func testDoc(t *testing.T, html string) *goquery.Selection {
	t.Helper()
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(html))
	if err != nil {
		t.Fatal(err)
	}
	return doc.Selection
}
