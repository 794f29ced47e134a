package crawler

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// benchOutlet serves a generated outlet of n articles: a home page linking
// to sections of 50 articles each, and a sitemap listing every article.
func benchOutlet(b *testing.B, n int) *httptest.Server {
	b.Helper()
	para := "<p>" + strings.Repeat("The council voted on Tuesday to approve the new budget. ", 8) + "</p>\n"
	body := strings.Repeat(para, 10) // ~4.5 KB of text per article
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p := r.URL.Path
		switch {
		case p == "/robots.txt":
			fmt.Fprint(w, "User-agent: *\nDisallow:\n")
		case p == "/":
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprint(w, "<html><body>")
			for s := 0; s*50 < n; s++ {
				fmt.Fprintf(w, `<a href="/section/%d">Section %d</a>`, s, s)
			}
			fmt.Fprint(w, "</body></html>")
		case strings.HasPrefix(p, "/section/"):
			s, _ := strconv.Atoi(strings.TrimPrefix(p, "/section/"))
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprint(w, "<html><body><ul>")
			for i := s * 50; i < min(n, (s+1)*50); i++ {
				fmt.Fprintf(w, `<li><a href="/news/%d?utm_source=section">Story %d</a></li>`, i, i)
			}
			fmt.Fprint(w, "</ul></body></html>")
		case p == "/sitemap.xml":
			fmt.Fprint(w, `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`)
			for i := range n {
				fmt.Fprintf(w, "<url><loc>http://%s/news/%d</loc></url>", r.Host, i)
			}
			fmt.Fprint(w, "</urlset>")
		case strings.HasPrefix(p, "/news/"):
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprintf(w, `<html><head><title>Story</title><link rel="canonical" href="%s">`+
				`<script type="application/ld+json">{"@type":"NewsArticle"}</script></head><body><article>%s</article>`+
				`<a href="/">Home</a></body></html>`, p, body)
		default:
			http.NotFound(w, r)
		}
	}))
	b.Cleanup(srv.Close)
	return srv
}

// BenchmarkRun crawls generated outlets of 500 and 2,000 articles with
// politeness delays off (4 requests per host), found by links or by one
// sitemap, and reports articles/s and the peak live heap sampled during
// the run.
func BenchmarkRun(b *testing.B) {
	for _, discovery := range []string{"links", "sitemap"} {
		for _, n := range benchSizes {
			b.Run(fmt.Sprintf("%s/%d", discovery, n), func(b *testing.B) {
				srv := benchOutlet(b, n)
				src := Source{Name: "bench", StartURLs: []string{srv.URL + "/"}, MaxDepth: 2}
				if discovery == "sitemap" {
					src = Source{Name: "bench", Sitemaps: []string{srv.URL + "/sitemap.xml"}}
				}
				cfg := testConfig(src)
				cfg.ParallelismPerHost = 4
				c, err := New(cfg)
				if err != nil {
					b.Fatal(err)
				}
				var peak atomic.Uint64
				var total time.Duration
				b.ResetTimer()
				for range b.N {
					runtime.GC()
					stop := make(chan struct{})
					done := make(chan struct{})
					go func() {
						defer close(done)
						var ms runtime.MemStats
						t := time.NewTicker(5 * time.Millisecond)
						defer t.Stop()
						for {
							runtime.ReadMemStats(&ms)
							if ms.HeapAlloc > peak.Load() {
								peak.Store(ms.HeapAlloc)
							}
							select {
							case <-stop:
								return
							case <-t.C:
							}
						}
					}()
					start := time.Now()
					stats, err := c.Run(context.Background(), func(context.Context, Page) error { return nil })
					total += time.Since(start)
					close(stop)
					<-done
					if err != nil || stats.Articles != n {
						b.Fatalf("Run: %v, %d articles, want %d (stats %+v)", err, stats.Articles, n, stats)
					}
				}
				b.ReportMetric(float64(n*b.N)/total.Seconds(), "articles/s")
				b.ReportMetric(float64(peak.Load())/(1<<20), "peak-heap-MB")
			})
		}
	}
}

// benchSizes are the outlet sizes BenchmarkRun crawls.
var benchSizes = []int{500, 2000}
