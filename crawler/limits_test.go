package crawler

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
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
	for i := 1; i < len(starts); i++ {
		if gap := starts[i].Sub(starts[i-1]); gap < delay {
			t.Errorf("gap %d = %v, want >= %v", i, gap, delay)
		}
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
