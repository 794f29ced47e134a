package crawler

import (
	"errors"
	"fmt"
	"net/http"
	"sync/atomic"
	"testing"
	"time"
)

func TestRetryAfter(t *testing.T) {
	now := time.Date(2025, 4, 21, 10, 0, 0, 0, time.UTC)
	tests := []struct {
		name   string
		header string
		want   time.Duration
		ok     bool
	}{
		{"absent", "", 0, false},
		{"seconds", "120", 2 * time.Minute, true},
		{"zero", "0", 0, true},
		{"negative", "-5", 0, true},
		{"date", "Mon, 21 Apr 2025 10:00:30 GMT", 30 * time.Second, true},
		{"past date", "Mon, 21 Apr 2025 09:00:00 GMT", 0, true},
		{"garbage", "soon", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := http.Header{}
			if tt.header != "" {
				h.Set("Retry-After", tt.header)
			}
			got, ok := retryAfter(h, now)
			if got != tt.want || ok != tt.ok {
				t.Errorf("retryAfter(%q) = %v, %v, want %v, %v", tt.header, got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestRetryBackoff(t *testing.T) {
	p := retryPolicy{Base: 100 * time.Millisecond, Max: time.Second}
	for attempt, full := range []time.Duration{100, 200, 400, 800, 1000, 1000} {
		full *= time.Millisecond
		if attempt >= 4 {
			full = time.Second
		}
		for range 50 {
			if d := p.backoff(attempt); d < full/2 || d > full {
				t.Fatalf("backoff(%d) = %v, want in [%v, %v]", attempt, d, full/2, full)
			}
		}
	}
}

func TestRetryBreaker(t *testing.T) {
	now := time.Date(2025, 4, 21, 10, 0, 0, 0, time.UTC)
	b := newRetryBreaker(2, time.Minute)
	b.record("h", false, now)
	if err := b.allow("h", now); err != nil {
		t.Fatalf("after one failure: %v", err)
	}
	b.record("h", false, now)
	if err := b.allow("h", now); !errors.Is(err, ErrCircuitOpen) {
		t.Fatalf("after two failures: %v, want ErrCircuitOpen", err)
	}
	if err := b.allow("other", now); err != nil {
		t.Errorf("other host: %v", err)
	}
	later := now.Add(2 * time.Minute)
	if err := b.allow("h", later); err != nil {
		t.Fatalf("after cooldown, the probe: %v", err)
	}
	if err := b.allow("h", later); !errors.Is(err, ErrCircuitOpen) {
		t.Errorf("second request while probing: %v, want ErrCircuitOpen", err)
	}
	b.record("h", true, later)
	if err := b.allow("h", later); err != nil {
		t.Errorf("after a successful probe: %v", err)
	}
}

func TestRunRetries(t *testing.T) {
	var flaky, rateLimited atomic.Int32
	site := newTestSite(t, map[string]http.HandlerFunc{
		"/robots.txt": func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "User-agent: *\nDisallow:\n") },
		"/flaky": func(w http.ResponseWriter, r *http.Request) {
			if flaky.Add(1) <= 2 {
				http.Error(w, "oops", http.StatusBadGateway)
				return
			}
			fmt.Fprint(w, testArticleHTML)
		},
		"/rate-limited": func(w http.ResponseWriter, r *http.Request) {
			if rateLimited.Add(1) == 1 {
				w.Header().Set("Retry-After", "1")
				http.Error(w, "slow down", http.StatusTooManyRequests)
				return
			}
			fmt.Fprint(w, testArticleHTML)
		},
		"/go-away": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Retry-After", "3600")
			http.Error(w, "closed", http.StatusServiceUnavailable)
		},
		"/down": func(w http.ResponseWriter, r *http.Request) { http.Error(w, "down", http.StatusServiceUnavailable) },
	})
	cfg := testConfig(Source{Name: "s", ArticleURLPatterns: []string{"."}, MaxDepth: -1,
		StartURLs: []string{site.URL + "/flaky", site.URL + "/rate-limited", site.URL + "/go-away", site.URL + "/down"}})
	pages, stats, err := testCollect(t, cfg)
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	got := testPageURLs(pages, site.URL)
	if len(got) != 2 || got[0] != "/flaky" || got[1] != "/rate-limited" {
		t.Errorf("handed out %v, want [/flaky /rate-limited]", got)
	}
	if n := site.hitCount("/flaky"); n != 3 {
		t.Errorf("/flaky hit %d times, want 3 (two 502s, then 200)", n)
	}
	if n := site.hitCount("/rate-limited"); n != 2 {
		t.Errorf("/rate-limited hit %d times, want 2", n)
	}
	if n := site.hitCount("/go-away"); n != 1 {
		t.Errorf("/go-away hit %d times, want 1 (Retry-After beyond MaxRetryAfter)", n)
	}
	if n := site.hitCount("/down"); n != 3 {
		t.Errorf("/down hit %d times, want 3 (1 + MaxRetries)", n)
	}
	if stats.FailedByKind["http_503"] != 2 {
		t.Errorf("FailedByKind = %v, want two http_503", stats.FailedByKind)
	}
}

func TestRunCircuitBreaker(t *testing.T) {
	site := newTestSite(t, map[string]http.HandlerFunc{
		"/robots.txt": func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "User-agent: *\nDisallow:\n") },
	})
	var starts []string
	for i := range 6 {
		starts = append(starts, fmt.Sprintf("%s/err/%d", site.URL, i))
	}
	site.Config.Handler = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		site.mu.Lock()
		site.hits[r.URL.Path]++
		site.mu.Unlock()
		if r.URL.Path == "/robots.txt" {
			fmt.Fprint(w, "User-agent: *\nDisallow:\n")
			return
		}
		http.Error(w, "broken", http.StatusInternalServerError)
	})
	cfg := testConfig(Source{Name: "s", StartURLs: starts, ArticleURLPatterns: []string{"."}, MaxDepth: -1})
	cfg.ParallelismPerHost = 1
	cfg.retry.BreakerFailures, cfg.retry.BreakerCooldown = 2, time.Minute
	_, stats, err := testCollect(t, cfg)
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	if k := stats.FailedByKind; k["circuit_open"] < 4 || k["http_500"]+k["circuit_open"] != 6 {
		t.Errorf("FailedByKind = %v, want at least 4 circuit_open, the rest http_500", k)
	}
	total := 0
	for i := range 6 {
		total += site.hitCount(fmt.Sprintf("/err/%d", i))
	}
	if total > 3 {
		t.Errorf("error pages hit %d times, want at most 3 (the breaker opens after 2 failed attempts)", total)
	}
}
