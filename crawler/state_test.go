package crawler

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"
)

func testState(t *testing.T) *SQLiteState {
	t.Helper()
	st, err := OpenSQLiteState(context.Background(), filepath.Join(t.TempDir(), "state.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func TestSQLiteStateRecord(t *testing.T) {
	ctx := context.Background()
	st := testState(t)
	if _, ok, err := st.Lookup(ctx, "https://e.com/a"); ok || err != nil {
		t.Fatalf("Lookup(unknown) = %v, %v", ok, err)
	}
	first := time.Date(2025, 4, 21, 10, 0, 0, 123, time.UTC)
	e := Entry{URL: "https://e.com/a", Status: 200, ETag: `"x"`, LastModified: "Mon, 21 Apr 2025 10:00:00 GMT",
		ContentHash: "abc", Article: true, FirstSeen: first, LastSeen: first.Add(time.Hour), Failures: 0}
	if err := st.Record(ctx, e); err != nil {
		t.Fatal(err)
	}
	got, ok, err := st.Lookup(ctx, e.URL)
	if !ok || err != nil || got.ETag != e.ETag || got.LastModified != e.LastModified || got.ContentHash != "abc" ||
		!got.Article || !got.FirstSeen.Equal(first) || !got.LastSeen.Equal(e.LastSeen) || got.Status != 200 {
		t.Fatalf("Lookup = %+v, %v, %v; want %+v", got, ok, err, e)
	}
	e.Status, e.Failures, e.LastError = 500, 2, "boom"
	if err := st.Record(ctx, e); err != nil {
		t.Fatal(err)
	}
	if got, _, _ := st.Lookup(ctx, e.URL); got.Failures != 2 || got.LastError != "boom" || got.Status != 500 {
		t.Errorf("after update: %+v", got)
	}
}

func TestSQLiteStateLock(t *testing.T) {
	ctx := context.Background()
	host, _ := os.Hostname()
	st := testState(t)
	now := time.Now()
	live := fmt.Sprintf("%s:%d:1", host, os.Getpid())
	if err := st.lock(ctx, live, now); err != nil {
		t.Fatalf("first lock: %v", err)
	}
	if err := st.lock(ctx, live, now.Add(time.Second)); err != nil {
		t.Errorf("refresh by owner: %v", err)
	}
	if err := st.lock(ctx, "other:1:1", now.Add(time.Minute)); !errors.Is(err, ErrLocked) {
		t.Errorf("second owner: %v, want ErrLocked", err)
	}
	if err := st.lock(ctx, "other:1:1", now.Add(stateLockStale+2*time.Second)); err != nil {
		t.Errorf("stale lock not taken over: %v", err)
	}
	if err := st.Unlock(ctx, live); err != nil {
		t.Fatal(err)
	}
	if err := st.lock(ctx, live, now.Add(stateLockStale+3*time.Second)); !errors.Is(err, ErrLocked) {
		t.Errorf("unlock by a non-owner released the lock: %v", err)
	}
	if err := st.Unlock(ctx, "other:1:1"); err != nil {
		t.Fatal(err)
	}
	if err := st.Lock(ctx, live); err != nil {
		t.Errorf("lock after unlock: %v", err)
	}
}

// TestSQLiteStateDeadOwner: a lock held by a process of this host that no
// longer exists (kill -9) is taken over at once, without waiting.
func TestSQLiteStateDeadOwner(t *testing.T) {
	ctx := context.Background()
	cmd := exec.Command("true")
	if err := cmd.Run(); err != nil {
		t.Skipf("cannot start a process to get a dead pid: %v", err)
	}
	host, _ := os.Hostname()
	dead := fmt.Sprintf("%s:%d:1", host, cmd.Process.Pid)
	st := testState(t)
	if err := st.Lock(ctx, dead); err != nil {
		t.Fatal(err)
	}
	if err := st.Lock(ctx, fmt.Sprintf("%s:%d:2", host, os.Getpid())); err != nil {
		t.Errorf("dead owner's lock not taken over: %v", err)
	}
}

// TestRunIncremental crawls the demo outlet twice over one state file: the
// second run gets 304 for every unchanged article and hands out only the
// article that changed, once.
func TestRunIncremental(t *testing.T) {
	var version atomic.Int32
	version.Store(1)
	site := newTestSite(t, map[string]http.HandlerFunc{
		"/news/changing": func(w http.ResponseWriter, r *http.Request) {
			// no validators: the content hash tells whether it changed
			fmt.Fprintf(w, `<html><head><meta property="og:type" content="article"></head><body><p>Version %d</p></body></html>`, version.Load())
		},
		"/news/last-modified": func(w http.ResponseWriter, r *http.Request) {
			const lm = "Mon, 21 Apr 2025 10:00:00 GMT"
			if r.Header.Get("If-Modified-Since") == lm {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("Last-Modified", lm)
			fmt.Fprint(w, `<html><head><meta property="og:type" content="article"></head><body><p>Dated</p></body></html>`)
		},
		"/news/stable": func(w http.ResponseWriter, r *http.Request) {
			fmt.Fprint(w, `<html><head><meta property="og:type" content="article"></head><body><p>Same</p></body></html>`)
		},
	})
	cfg := testConfig(Source{Name: "demo", StartURLs: []string{site.URL + "/", site.URL + "/news/changing", site.URL + "/news/stable", site.URL + "/news/last-modified"},
		Feeds: []string{site.URL + "/feed.rss"}})
	cfg.State = filepath.Join(t.TempDir(), "state.db")

	pages, stats, err := testCollect(t, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if len(pages) != 8 || stats.NotModified != 0 {
		t.Fatalf("first run: %d pages %v, NotModified %d; want 8, 0", len(pages), testPageURLs(pages, site.URL), stats.NotModified)
	}

	version.Store(2)
	pages, stats, err = testCollect(t, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if got := testPageURLs(pages, site.URL); len(got) != 1 || got[0] != "/news/changing" {
		t.Errorf("second run handed out %v, want only /news/changing", got)
	}
	if stats.NotModified != 7 {
		t.Errorf("second run NotModified = %d, want 7 (2 by listing date, 3 by ETag 304, 1 by Last-Modified 304, /news/stable by hash)", stats.NotModified)
	}
	for _, p := range []string{"/news/mayor-signs", "/news/tram-line"} {
		if n := site.hitCount(p); n != 1 {
			t.Errorf("%s fetched %d times in two runs, want 1: its feed or sitemap date precedes the first fetch", p, n)
		}
	}
	if n := site.hitCount("/news/budget-vote"); n != 2 {
		t.Errorf("/news/budget-vote (undated) fetched %d times in two runs, want 2 (the second a conditional request)", n)
	}
	if n := site.hitCount("/news/last-modified"); n != 2 {
		t.Errorf("/news/last-modified fetched %d times in two runs, want 2", n)
	}
	if n := site.hitCount("/feed.rss"); n != 2 {
		t.Errorf("feed read %d times in two runs, want 2", n)
	}
	if n := site.hitCount("/sitemap_index.xml"); n != 2 {
		t.Errorf("sitemap index read %d times in two runs, want 2", n)
	}

	pages, stats, err = testCollect(t, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if len(pages) != 0 || stats.NotModified != 8 {
		t.Errorf("third run: %v, NotModified %d; want nothing, 8", testPageURLs(pages, site.URL), stats.NotModified)
	}
}

func TestRunLocked(t *testing.T) {
	site := newTestSite(t, nil)
	cfg := testConfig(Source{Name: "demo", StartURLs: []string{site.URL + "/"}})
	cfg.State = filepath.Join(t.TempDir(), "state.db")
	st, err := OpenSQLiteState(context.Background(), cfg.State)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	host, _ := os.Hostname()
	if err := st.Lock(context.Background(), fmt.Sprintf("%s:%d:0", host, os.Getpid())); err != nil {
		t.Fatal(err)
	}
	_, _, err = testCollect(t, cfg)
	if !errors.Is(err, ErrLocked) {
		t.Errorf("Run with the lock held: %v, want ErrLocked", err)
	}
	if len(site.hits) != 0 {
		t.Errorf("locked run fetched %v", site.hits)
	}
}
