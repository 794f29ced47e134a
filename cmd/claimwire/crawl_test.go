package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/claimwire/claimwire/crawler"
	"github.com/claimwire/claimwire/demo"
	"github.com/claimwire/claimwire/extract"
	"github.com/claimwire/claimwire/output"
)

// writeConfig writes a sources.yaml for one source and returns its path.
func writeConfig(t *testing.T, dir, body string) string {
	t.Helper()
	path := filepath.Join(dir, "sources.yaml")
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func demoConfig(t *testing.T, dir string) string {
	t.Helper()
	srv, err := demo.Start(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { srv.Close() })
	return writeConfig(t, dir, fmt.Sprintf(`user_agent: "claimwire-test/1.0 (+https://example.org/contact)"
delay: 0s
allow_private_networks: true
sources:
  - name: ledger
    start_urls: [%q]
    feeds: [%q]
    sitemaps: [%q]
    max_depth: 2
`, srv.URL()+"/", srv.Feeds()[0], srv.Sitemaps()[0]))
}

// lineCount counts the lines of a file (0 when it does not exist).
func lineCount(t *testing.T, path string) int {
	t.Helper()
	b, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		return 0
	}
	if err != nil {
		t.Fatal(err)
	}
	return strings.Count(string(b), "\n")
}

func TestCrawlConfigErrors(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name, yaml string
		want       []string
	}{
		{"unknown key", "delay: 1s\nsources:\n  - name: a\n    start_urls: [\"https://example.org/\"]\n    max_dept: 2\n", []string{"line 5", "max_dept"}},
		{"bad duration", "delay: soon\nsources:\n  - name: a\n    start_urls: [\"https://example.org/\"]\n", []string{"line 1", "soon"}},
		{"no sources", "delay: 1s\n", []string{"source"}},
		{"bad pattern", "sources:\n  - name: a\n    start_urls: [\"https://example.org/\"]\n    article_url_patterns: [\"(\"]\n", []string{"article_url_patterns"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := writeConfig(t, t.TempDir(), tt.yaml)
			code, _, stderr := runCLI(t, "crawl", "--config", cfg, "--out", filepath.Join(dir, "out"))
			if code != exitUsage {
				t.Errorf("exit %d, want %d; stderr %s", code, exitUsage, stderr)
			}
			for _, w := range tt.want {
				if !strings.Contains(stderr, w) {
					t.Errorf("error %q does not mention %q", stderr, w)
				}
			}
		})
	}
	if code, _, stderr := runCLI(t, "crawl", "--config", filepath.Join(dir, "missing.yaml")); code != exitUsage {
		t.Errorf("missing config: exit %d (%s)", code, stderr)
	}
	if code, _, _ := runCLI(t, "crawl"); code != exitUsage {
		t.Errorf("no --config: exit %d", code)
	}
}

func TestCrawlIsIncremental(t *testing.T) {
	dir := t.TempDir()
	cfg := demoConfig(t, dir)
	out := filepath.Join(dir, "out")
	code, stdout, stderr := runCLI(t, "crawl", "--config", cfg, "--out", out)
	if code != exitOK {
		t.Fatalf("first crawl: exit %d\n%s\n%s", code, stdout, stderr)
	}
	arts := lineCount(t, filepath.Join(out, "articles.jsonl"))
	claims := lineCount(t, filepath.Join(out, "claims.jsonl"))
	if arts < 11 || claims < 30 {
		t.Fatalf("first crawl wrote %d articles, %d claims", arts, claims)
	}
	code, stdout, stderr = runCLI(t, "crawl", "--config", cfg, "--out", out)
	if code != exitOK {
		t.Fatalf("second crawl: exit %d\n%s\n%s", code, stdout, stderr)
	}
	if a, c := lineCount(t, filepath.Join(out, "articles.jsonl")), lineCount(t, filepath.Join(out, "claims.jsonl")); a != arts || c != claims {
		t.Errorf("second crawl changed the records: %d→%d articles, %d→%d claims", arts, a, claims, c)
	}
	runs := readJSONL[crawlRunRecord](t, filepath.Join(out, "runs.jsonl"), "")
	if len(runs) != 2 {
		t.Fatalf("runs.jsonl has %d lines, want 2", len(runs))
	}
	if runs[0].Extract.Articles < 11 || runs[1].Extract.Articles != 0 {
		t.Errorf("articles per run: %d then %d, want all then none", runs[0].Extract.Articles, runs[1].Extract.Articles)
	}
	if runs[1].Crawl.NotModified < 11 {
		t.Errorf("second run: %d pages not modified, want every article", runs[1].Crawl.NotModified)
	}
	if _, err := os.Stat(filepath.Join(out, "state.db")); err != nil {
		t.Errorf("no crawl state: %v", err)
	}
}

func TestCrawlLockedExitsThree(t *testing.T) {
	dir := t.TempDir()
	cfg := demoConfig(t, dir)
	out := filepath.Join(dir, "out")
	os.MkdirAll(out, 0o755)
	st, err := crawler.OpenSQLiteState(context.Background(), filepath.Join(out, "state.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	host, _ := os.Hostname()
	owner := fmt.Sprintf("%s:%d:%d", host, os.Getpid(), time.Now().UnixNano()) // a live process: this one
	if err := st.Lock(context.Background(), owner); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runCLI(t, "crawl", "--config", cfg, "--out", out)
	if code != exitLocked {
		t.Errorf("exit %d, want %d; %s", code, exitLocked, stderr)
	}
	if lineCount(t, filepath.Join(out, "articles.jsonl")) != 0 {
		t.Error("a locked-out run wrote records")
	}
}

func TestCrawlDryRunFetchesNothing(t *testing.T) {
	dir := t.TempDir()
	cfg := demoConfig(t, dir)
	out := filepath.Join(dir, "out")
	code, stdout, stderr := runCLI(t, "crawl", "--dry-run", "--config", cfg, "--out", out)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, "/2025/04/") || !strings.Contains(stderr, "would be fetched") {
		t.Errorf("dry run listed:\n%s\n%s", stdout, stderr)
	}
	if lineCount(t, filepath.Join(out, "articles.jsonl")) != 0 {
		t.Error("dry run wrote records")
	}
}

// slowOutlet serves n article pages listed in a sitemap, each after a
// short delay, so that a crawl of it can be killed half way.
func slowOutlet(t *testing.T, n int) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "User-agent: *\nAllow: /\n")
	})
	mux.HandleFunc("/sitemap.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/xml")
		fmt.Fprint(w, `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`)
		for i := range n {
			fmt.Fprintf(w, "<url><loc>http://%s/news/story-%04d.html</loc></url>", r.Host, i)
		}
		fmt.Fprint(w, "</urlset>")
	})
	mux.HandleFunc("/news/", func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(20 * time.Millisecond)
		var i int
		if _, err := fmt.Sscanf(r.URL.Path, "/news/story-%04d.html", &i); err != nil {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, `<html><head><title>Story %[1]d</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Story %[1]d","datePublished":"2025-04-22T10:00:00Z"}</script></head>
<body><article><h1>Story %[1]d</h1>
<p>The harbour authority in district %[1]d approved a new ferry timetable on Monday after months of complaints from commuters.</p>
<p>“We listened to every passenger who wrote to us,” said harbour master Ilse Varga. “The new timetable adds %[1]d crossings a week.”</p>
<p>Varga said the changes would take effect next month and that fares would not rise this year.</p>
</article></body></html>`, i)
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

// TestCrawlKillAndRerun kills a real claimwire process with SIGKILL in the
// middle of a crawl, runs it again, and checks that nothing was lost or
// duplicated and that every file is whole.
func TestCrawlKillAndRerun(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and crawls for a few seconds")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "claimwire")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	const pages = 120
	srv := slowOutlet(t, pages)
	cfg := writeConfig(t, dir, fmt.Sprintf(`user_agent: "claimwire-test/1.0 (+https://example.org/contact)"
delay: 0s
parallelism_per_host: 2
allow_private_networks: true
sources:
  - name: slow
    sitemaps: [%q]
`, srv.URL+"/sitemap.xml"))
	out := filepath.Join(dir, "out")
	articles := filepath.Join(out, "articles.jsonl")

	cmd := exec.Command(bin, "crawl", "-q", "--config", cfg, "--out", out)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(60 * time.Second)
	for lineCount(t, articles) < 15 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
	killedAt := lineCount(t, articles)
	if killedAt >= pages {
		t.Fatalf("the crawl finished (%d articles) before it could be killed", killedAt)
	}
	t.Logf("killed after %d of %d articles", killedAt, pages)

	rerun := exec.Command(bin, "crawl", "-q", "--config", cfg, "--out", out)
	if b, err := rerun.CombinedOutput(); err != nil {
		t.Fatalf("re-run: %v\n%s", err, b)
	}

	// Every line of every file is a whole record, each article and each
	// claim once.
	arts := readJSONL[extract.Article](t, articles, output.ArticleSchema)
	claims := readJSONL[extract.Claim](t, filepath.Join(out, "claims.jsonl"), output.ClaimSchema)
	seen := map[string]bool{}
	for _, a := range arts {
		if seen[a.ID] {
			t.Errorf("article %s (%s) written twice", a.ID, a.URL)
		}
		seen[a.ID] = true
	}
	if len(seen) != pages {
		t.Errorf("%d distinct articles, want %d", len(seen), pages)
	}
	seenClaims := map[string]bool{}
	for _, c := range claims {
		if seenClaims[c.ID] {
			t.Errorf("claim %s written twice", c.ID)
		}
		seenClaims[c.ID] = true
		if !seen[c.ArticleID] {
			t.Errorf("claim %s of unknown article %s", c.ID, c.ArticleID)
		}
	}
	perArticle := map[string]int{}
	for _, c := range claims {
		perArticle[c.ArticleID]++
	}
	for id := range seen {
		if perArticle[id] == 0 {
			t.Errorf("article %s has no claims: lost in the kill", id)
		}
	}
	st, err := output.OpenStore(context.Background(), filepath.Join(out, "claimwire.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	counts, err := st.Counts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if counts.Articles != pages || counts.Claims != len(seenClaims) {
		t.Errorf("store holds %d articles and %d claims, want %d and %d", counts.Articles, counts.Claims, pages, len(seenClaims))
	}
	// runs.jsonl has the completed run (the killed one never wrote its line).
	f, _ := os.Open(filepath.Join(out, "runs.jsonl"))
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		var r crawlRunRecord
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Errorf("runs.jsonl: %v", err)
		}
		n++
	}
	if n != 1 {
		t.Errorf("runs.jsonl has %d runs, want 1", n)
	}
}

// TestCrawlChangedArticleSupersedes edits one article between two crawls:
// the second run writes that article once more (its new records supersede
// the old lines with the same id), writes nothing for the others, and the
// store keeps one row per article with the new text.
func TestCrawlChangedArticleSupersedes(t *testing.T) {
	var edited atomic.Bool
	page := func(i int) string {
		extra := ""
		if i == 1 && edited.Load() {
			extra = `<p>Update: “We will review the timetable again in June,” Varga said on Tuesday.</p>`
		}
		return fmt.Sprintf(`<html><head><title>Story %[1]d</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Story %[1]d","datePublished":"2025-04-22T10:00:00Z"}</script></head>
<body><article><h1>Story %[1]d</h1>
<p>The harbour authority in district %[1]d approved a new ferry timetable on Monday after months of complaints.</p>
<p>“We listened to every passenger who wrote to us,” said harbour master Ilse Varga of district %[1]d.</p>%[2]s
</article></body></html>`, i, extra)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/sitemap.xml", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`)
		for i := range 3 {
			fmt.Fprintf(w, "<url><loc>http://%s/news/%d.html</loc></url>", r.Host, i)
		}
		fmt.Fprint(w, "</urlset>")
	})
	mux.HandleFunc("/news/", func(w http.ResponseWriter, r *http.Request) {
		var i int
		fmt.Sscanf(r.URL.Path, "/news/%d.html", &i)
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, page(i))
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	dir := t.TempDir()
	cfg := writeConfig(t, dir, fmt.Sprintf("delay: 0s\nallow_private_networks: true\nsources:\n  - name: s\n    sitemaps: [%q]\n", srv.URL+"/sitemap.xml"))
	out := filepath.Join(dir, "out")
	crawl := func() {
		t.Helper()
		if code, stdout, stderr := runCLI(t, "crawl", "-q", "--config", cfg, "--out", out); code != exitOK {
			t.Fatalf("crawl exit %d\n%s\n%s", code, stdout, stderr)
		}
	}
	crawl()
	edited.Store(true)
	crawl()
	arts := readJSONL[extract.Article](t, filepath.Join(out, "articles.jsonl"), output.ArticleSchema)
	if len(arts) != 4 {
		t.Fatalf("%d article lines, want 3 then 1 for the edit", len(arts))
	}
	last := arts[3]
	if !strings.Contains(last.Text, "review the timetable again") || !strings.HasSuffix(last.URL, "/news/1.html") {
		t.Errorf("the last line is not the edited article: %s %s", last.URL, last.Text)
	}
	for _, a := range arts[:3] {
		if strings.HasSuffix(a.URL, "/news/1.html") && a.ID != last.ID {
			t.Errorf("the edited article changed id: %s then %s", a.ID, last.ID)
		}
	}
	claims := readJSONL[extract.Claim](t, filepath.Join(out, "claims.jsonl"), output.ClaimSchema)
	newClaims := 0
	for _, c := range claims {
		if strings.Contains(c.Quote.Text, "review the timetable again") {
			newClaims++
		}
	}
	if newClaims != 1 {
		t.Errorf("the edit's quote is in %d claim lines, want 1", newClaims)
	}
	st, err := output.OpenStore(context.Background(), filepath.Join(out, "claimwire.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	counts, _ := st.Counts(context.Background())
	if counts.Articles != 3 {
		t.Errorf("store holds %d articles, want 3", counts.Articles)
	}
	d, _, err := st.ListClaims(context.Background(), output.ClaimFilter{Query: "timetable June"})
	if err != nil || len(d) != 1 {
		t.Errorf("store search for the edit's quote: %d rows, %v", len(d), err)
	}
}
