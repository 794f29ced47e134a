package crawler

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestHelperCrawlProcess is not a test: TestRunKilled runs the test binary
// again with CRAWLER_TEST_HELPER set, and this function then crawls the
// site it is given, printing each article and hanging on the second.
func TestHelperCrawlProcess(t *testing.T) {
	if os.Getenv("CRAWLER_TEST_HELPER") != "1" {
		t.Skip("helper process for TestRunKilled")
	}
	site, state := os.Getenv("CRAWLER_TEST_SITE"), os.Getenv("CRAWLER_TEST_STATE")
	cfg := testConfig(Source{Name: "demo", StartURLs: []string{site + "/"}, Feeds: []string{site + "/feed.rss"}})
	cfg.State = state
	cfg.ParallelismPerHost = 1
	c, err := New(cfg)
	if err != nil {
		fmt.Println("error:", err)
		os.Exit(1)
	}
	n := 0
	_, err = c.Run(context.Background(), func(_ context.Context, p Page) error {
		n++
		fmt.Println("article:", p.URL)
		if n == 2 {
			select {} // wait for kill -9
		}
		return nil
	})
	fmt.Println("error:", err)
	os.Exit(1)
}

// TestRunKilled kills a crawling process with SIGKILL while it hands out
// its second article, then crawls again over the same state: the dead
// run's lock is taken over at once, the state file is intact, and every
// article comes out (the one being handled when the process died again).
// Whether the first article was recorded before the kill is a race, so
// the test does not say whether it comes out again.
func TestRunKilled(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a subprocess")
	}
	site := newTestSite(t, nil)
	state := filepath.Join(t.TempDir(), "state.db")
	first := killHelperAfter(t, 2, "TestHelperCrawlProcess", "CRAWLER_TEST_HELPER=1", "CRAWLER_TEST_SITE="+site.URL, "CRAWLER_TEST_STATE="+state)

	cfg := testConfig(Source{Name: "demo", StartURLs: []string{site.URL + "/"}, Feeds: []string{site.URL + "/feed.rss"}})
	cfg.State = state
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	c, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var second []string
	stats, err := c.Run(ctx, func(_ context.Context, p Page) error {
		mu.Lock()
		defer mu.Unlock()
		second = append(second, p.URL)
		return nil
	})
	if errors.Is(err, ErrLocked) {
		t.Fatalf("re-run after kill -9: %v (dead owner's lock not taken over)", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	all := slices.Concat(first, second)
	slices.Sort(all)
	all = slices.Compact(all)
	want := []string{"/news/budget-vote", "/news/libraries", "/news/mayor-signs", "/news/road-repairs", "/news/tram-line"}
	if got := testPageURLs(pagesOf(all), site.URL); !slices.Equal(got, want) {
		t.Errorf("articles over both runs = %v, want %v", got, want)
	}
	if !slices.Contains(second, first[1]) {
		t.Errorf("the article being handled at the kill (%s) was not handed out again: %v", first[1], second)
	}
	if stats.Articles != len(second) {
		t.Errorf("stats.Articles = %d, handed %d", stats.Articles, len(second))
	}
}

func pagesOf(urls []string) []Page {
	pages := make([]Page, len(urls))
	for i, u := range urls {
		pages[i] = Page{URL: u}
	}
	return pages
}

// killHelperAfter runs the test helper process named helper with env added
// to this process's environment, reads the "article: URL" lines it prints,
// and kills it with SIGKILL after n of them. It returns the URLs read.
func killHelperAfter(t *testing.T, n int, helper string, env ...string) []string {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^"+helper+"$")
	cmd.Env = append(os.Environ(), env...)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var handed []string
	lines := bufio.NewScanner(out)
	for len(handed) < n && lines.Scan() {
		if u, ok := strings.CutPrefix(lines.Text(), "article: "); ok {
			handed = append(handed, u)
		} else if strings.HasPrefix(lines.Text(), "error:") {
			t.Fatalf("helper: %s", lines.Text())
		}
	}
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	_ = cmd.Wait()
	if len(handed) != n {
		t.Fatalf("helper handed out %v before being killed, want %d articles", handed, n)
	}
	return handed
}
