package crawler

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestLimitsDelay checks request starts to one host are spaced by its delay
// (a lower bound, which scheduling can only lengthen) and that another
// host is not held back by it.
func TestLimitsDelay(t *testing.T) {
	const delay = 40 * time.Millisecond
	l := newLimitsHosts(func(host string) (time.Duration, int) {
		if host == "slow" {
			return delay, 4
		}
		return 0, 4
	})
	ctx := context.Background()
	var starts []time.Time
	for range 3 {
		release, err := l.acquire(ctx, "slow")
		if err != nil {
			t.Fatal(err)
		}
		starts = append(starts, time.Now())
		release()
	}
	// Each start is read a moment after the limiter's own clock reading;
	// half a delay of slack over the span absorbs that.
	if span := starts[2].Sub(starts[0]); span < 2*delay-delay/2 {
		t.Errorf("3 starts spanned %v, want >= %v", span, 2*delay-delay/2)
	}
	l.raiseDelay("slow", time.Hour)
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := l.acquire(cctx, "slow"); !errors.Is(err, context.Canceled) {
		t.Errorf("acquire with a cancelled context: %v", err)
	}
}

func TestLimitsParallelism(t *testing.T) {
	l := newLimitsHosts(func(string) (time.Duration, int) { return 0, 2 })
	ctx := context.Background()
	r1, _ := l.acquire(ctx, "h")
	r2, _ := l.acquire(ctx, "h")
	tctx, cancel := context.WithTimeout(ctx, 20*time.Millisecond)
	defer cancel()
	if _, err := l.acquire(tctx, "h"); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("third slot on a host of 2: %v, want to wait", err)
	}
	r3, err := l.acquire(ctx, "other")
	if err != nil {
		t.Fatalf("other host: %v", err)
	}
	r1()
	r1() // releasing twice frees one slot only
	if r4, err := l.acquire(ctx, "h"); err != nil {
		t.Errorf("slot after release: %v", err)
	} else {
		r4()
	}
	r2()
	r3()
}

// TestRunPerHostParallelism crawls two local hosts at once and checks that
// neither ever sees more than ParallelismPerHost requests in flight while
// the two are crawled side by side (Colly's LimitRule cannot do this).
func TestRunPerHostParallelism(t *testing.T) {
	type counter struct {
		mu       sync.Mutex
		cur, max int
	}
	var global counter
	newHost := func() (*httptest.Server, *counter) {
		c := &counter{}
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.URL.Path == "/robots.txt" {
				fmt.Fprint(w, "User-agent: *\nDisallow:\n")
				return
			}
			for _, k := range []*counter{c, &global} {
				k.mu.Lock()
				k.cur++
				k.max = max(k.max, k.cur)
				k.mu.Unlock()
			}
			time.Sleep(30 * time.Millisecond)
			for _, k := range []*counter{c, &global} {
				k.mu.Lock()
				k.cur--
				k.mu.Unlock()
			}
			fmt.Fprint(w, testArticleHTML)
		}))
		t.Cleanup(srv.Close)
		return srv, c
	}
	a, ca := newHost()
	b, cb := newHost()
	var sources []Source
	for _, srv := range []*httptest.Server{a, b} {
		var starts []string
		for i := range 8 {
			starts = append(starts, fmt.Sprintf("%s/p/%d", srv.URL, i))
		}
		sources = append(sources, Source{Name: srv.URL, StartURLs: starts, ArticleURLPatterns: []string{"/p/"}, MaxDepth: -1})
	}
	cfg := testConfig(sources...)
	cfg.ParallelismPerHost = 2
	pages, _, err := testCollect(t, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if len(pages) != 16 {
		t.Errorf("handed out %d pages, want 16", len(pages))
	}
	if ca.max > 2 || cb.max > 2 {
		t.Errorf("max in flight per host = %d, %d, want <= 2", ca.max, cb.max)
	}
	if global.max < 3 {
		t.Errorf("max in flight over both hosts = %d: hosts were not crawled side by side", global.max)
	}
}

// TestRunPoliteDelays checks, from the server's side, that request starts
// to a host are at least the delay apart, whether it comes from
// robots.txt's Crawl-delay or from the source (lower bounds only: a slow
// machine can only widen the gaps).
func TestRunPoliteDelays(t *testing.T) {
	tests := []struct {
		name        string
		robots      string
		sourceDelay time.Duration
		want        time.Duration
	}{
		{"crawl-delay", "User-agent: *\nCrawl-delay: 0.15\nDisallow:\n", 0, 150 * time.Millisecond},
		{"source delay", "User-agent: *\nDisallow:\n", 120 * time.Millisecond, 120 * time.Millisecond},
		{"larger wins", "User-agent: *\nCrawl-delay: 0.05\nDisallow:\n", 130 * time.Millisecond, 130 * time.Millisecond},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var mu sync.Mutex
			var starts []time.Time
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if r.URL.Path == "/robots.txt" {
					fmt.Fprint(w, tt.robots)
					return
				}
				mu.Lock()
				starts = append(starts, time.Now())
				mu.Unlock()
				fmt.Fprint(w, testArticleHTML)
			}))
			defer srv.Close()
			var urls []string
			for i := range 4 {
				urls = append(urls, fmt.Sprintf("%s/p/%d", srv.URL, i))
			}
			cfg := testConfig(Source{Name: "s", StartURLs: urls, ArticleURLPatterns: []string{"/p/"}, MaxDepth: -1, Delay: tt.sourceDelay})
			cfg.ParallelismPerHost = 4
			if _, _, err := testCollect(t, cfg); err != nil {
				t.Fatal(err)
			}
			if len(starts) != 4 {
				t.Fatalf("%d requests, want 4", len(starts))
			}
			// The server reads its clock a little after the client's limiter
			// let each request go; half a delay of slack over the whole span
			// absorbs that jitter, and without delays the span would be ~0.
			if span, min := starts[3].Sub(starts[0]), 3*tt.want-tt.want/2; span < min {
				t.Errorf("4 requests spanned %v, want >= %v (3 delays of %v)", span, min, tt.want)
			}
		})
	}
}

// TestRunNoHeadOfLineBlocking queues 30 URLs of a slow host (one request
// at a time) before 10 of a fast one: the fast host must not wait behind
// the slow host's queue.
func TestRunNoHeadOfLineBlocking(t *testing.T) {
	newHost := func(pause time.Duration) *httptest.Server {
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.URL.Path == "/robots.txt" {
				fmt.Fprint(w, "User-agent: *\nDisallow:\n")
				return
			}
			time.Sleep(pause)
			fmt.Fprint(w, testArticleHTML)
		}))
		t.Cleanup(srv.Close)
		return srv
	}
	slow, fast := newHost(30*time.Millisecond), newHost(0)
	var starts []string
	for i := range 30 {
		starts = append(starts, fmt.Sprintf("%s/p/%d", slow.URL, i))
	}
	for i := range 10 {
		starts = append(starts, fmt.Sprintf("%s/p/%d", fast.URL, i))
	}
	cfg := testConfig(Source{Name: "s", StartURLs: starts, ArticleURLPatterns: []string{"/p/"}, MaxDepth: -1})
	cfg.ParallelismPerHost = 1
	c, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var order []string
	if _, err := c.Run(context.Background(), func(_ context.Context, p Page) error {
		mu.Lock()
		defer mu.Unlock()
		order = append(order, p.URL)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if len(order) != 40 {
		t.Fatalf("handed out %d pages, want 40", len(order))
	}
	slowDone := 0
	for _, u := range order {
		if strings.HasPrefix(u, slow.URL) {
			slowDone++
		} else if slowDone > 10 {
			t.Fatalf("a fast-host page came out after %d slow-host pages: head-of-line blocking", slowDone)
		}
	}
}
