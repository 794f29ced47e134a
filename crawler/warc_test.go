package crawler

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/nlnwa/gowarc/v3"
)

// warcTestRec is one record read back from a test archive.
type warcTestRec struct {
	file, typ, id, target, truncated, digest string
	concurrent                               []string
	status                                   int
	header                                   http.Header
	payload                                  []byte
	offset, size                             int64
}

// warcTestFiles lists the WARC files in dir, failing on leftovers.
func warcTestFiles(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var files []string
	name := regexp.MustCompile(`^claimwire-\d{14}-\d{5}-[A-Za-z0-9._]+\.warc\.gz$`)
	for _, e := range entries {
		if !name.MatchString(e.Name()) {
			t.Errorf("unexpected file %s in the WARC directory", e.Name())
			continue
		}
		files = append(files, filepath.Join(dir, e.Name()))
	}
	if len(files) == 0 {
		t.Fatalf("no WARC files in %s", dir)
	}
	return files
}

// warcTestRead reads every record of a WARC file with gowarc's strict
// validation (syntax, fields, block and payload digests).
func warcTestRead(t *testing.T, path string) []warcTestRec {
	t.Helper()
	r, err := gowarc.NewWarcFileReader(path, 0, gowarc.WithStrictValidation())
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	var out []warcTestRec
	for rec, err := range r.Records() {
		if err != nil {
			t.Fatalf("%s: record %d: %v", filepath.Base(path), len(out), err)
		}
		wr := rec.WarcRecord
		h := wr.WarcHeader()
		tr := warcTestRec{
			file: filepath.Base(path), typ: wr.Type().String(), id: h.Get(gowarc.WarcRecordID),
			target: h.Get(gowarc.WarcTargetURI), truncated: h.Get(gowarc.WarcTruncated),
			digest: h.Get(gowarc.WarcPayloadDigest), concurrent: h.GetAll(gowarc.WarcConcurrentTo),
			offset: rec.Offset, size: rec.Size,
		}
		if h.Get(gowarc.WarcDate) == "" || tr.id == "" {
			t.Errorf("%s record %s lacks WARC-Date or WARC-Record-ID", tr.typ, tr.id)
		}
		if b, ok := wr.Block().(gowarc.HttpResponseBlock); ok {
			tr.status, tr.header = b.HttpStatusCode(), *b.HttpHeader()
			pr, err := b.PayloadBytes()
			if err != nil {
				t.Fatal(err)
			}
			if tr.payload, err = io.ReadAll(pr); err != nil {
				t.Fatal(err)
			}
		}
		out = append(out, tr)
		rec.Close()
	}
	return out
}

// warcTestSite is the test outlet with pages that exercise the archive: an
// oversize page, a gzip-encoded one, a 503 then 200, a redirect.
func warcTestSite(t *testing.T) *testSite {
	t.Helper()
	var mu sync.Mutex
	flaky := 0
	huge := "<html><body><p>" + strings.Repeat("All work and no play. ", 8000) + "</p></body></html>"
	return newTestSite(t, map[string]http.HandlerFunc{
		"/news/huge": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			io.WriteString(w, huge)
		},
		"/news/gz": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			if !strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
				t.Errorf("/news/gz asked without Accept-Encoding: gzip")
			}
			w.Header().Set("Content-Encoding", "gzip")
			w.Write(testGzip(t, []byte("<html><body><p>Compressed marker page.</p></body></html>")))
		},
		"/flaky": func(w http.ResponseWriter, r *http.Request) {
			mu.Lock()
			flaky++
			n := flaky
			mu.Unlock()
			if n == 1 {
				http.Error(w, "busy", http.StatusServiceUnavailable)
				return
			}
			w.Header().Set("Content-Type", "text/html")
			io.WriteString(w, "<html><body><p>Up again.</p></body></html>")
		},
		"/old": func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, "/about", http.StatusMovedPermanently)
		},
	})
}

func warcTestConfig(site *testSite, dir string) Config {
	cfg := testConfig(Source{
		Name:      "demo",
		StartURLs: []string{site.URL + "/", site.URL + "/news/huge", site.URL + "/news/gz", site.URL + "/flaky", site.URL + "/old"},
		Feeds:     []string{site.URL + "/feed.rss", site.URL + "/atom.xml"},
	})
	cfg.MaxPageBytes = 64 << 10
	cfg.WARCDir = dir
	return cfg
}

func TestWARCArchive(t *testing.T) {
	site := warcTestSite(t)
	dir := filepath.Join(t.TempDir(), "warc")
	pages, stats, err := testCollect(t, warcTestConfig(site, dir))
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	if stats.Articles == 0 || stats.FailedByKind["truncated"] != 1 {
		t.Fatalf("stats: %+v", stats)
	}
	files := warcTestFiles(t, dir)
	if len(files) != 1 {
		t.Errorf("%d files, want 1 below the default size limit", len(files))
	}
	recs := warcTestRead(t, files[0])
	if len(recs) == 0 || recs[0].typ != "warcinfo" {
		t.Fatalf("first record is not warcinfo: %+v", recs[:min(1, len(recs))])
	}
	byID := map[string]warcTestRec{}
	for _, r := range recs {
		byID[r.id] = r
	}
	responses := map[string][]warcTestRec{} // by path
	marks := 0
	for _, r := range recs[1:] {
		if r.typ == "metadata" { // article marks, see TestWARCArticleURLs
			marks++
			continue
		}
		if r.typ != "request" && r.typ != "response" {
			t.Errorf("record type %s", r.typ)
			continue
		}
		if len(r.concurrent) != 1 {
			t.Errorf("%s %s: WARC-Concurrent-To %v, want one", r.typ, r.target, r.concurrent)
			continue
		}
		other, ok := byID[r.concurrent[0]]
		if !ok || other.target != r.target || other.typ == r.typ || len(other.concurrent) != 1 || other.concurrent[0] != r.id {
			t.Errorf("%s %s: not paired with its %s", r.typ, r.target, map[string]string{"request": "response", "response": "request"}[r.typ])
		}
		if r.typ != "response" {
			continue
		}
		sum := sha256.Sum256(r.payload)
		if !strings.EqualFold(r.digest, "sha256:"+hex.EncodeToString(sum[:])) {
			t.Errorf("response %s: payload digest %q does not match its payload", r.target, r.digest)
		}
		p := strings.TrimPrefix(r.target, site.URL)
		responses[p] = append(responses[p], r)
	}
	if marks != len(pages) {
		t.Errorf("%d article marks for %d articles", marks, len(pages))
	}
	statuses := func(p string) []int {
		var s []int
		for _, r := range responses[p] {
			s = append(s, r.status)
		}
		return s
	}
	for p, want := range map[string][]int{
		"/robots.txt": {200}, "/feed.rss": {200}, "/atom.xml": {200}, "/sitemap_index.xml": {200},
		"/": {200}, "/news/budget-vote": {200}, "/flaky": {503, 200}, "/old": {301}, "/news/huge": {200},
	} {
		if got := statuses(p); !slices.Equal(got, want) {
			t.Errorf("responses for %s: statuses %v, want %v", p, got, want)
		}
	}
	if !slices.Contains(statuses("/about"), 200) { // the redirect's target (also linked from the home page)
		t.Errorf("responses for /about: %v, want a 200", statuses("/about"))
	}
	if r := responses["/news/huge"]; len(r) == 1 && (r[0].truncated != "length" || len(r[0].payload) > 64<<10+1) {
		t.Errorf("oversize page: WARC-Truncated %q, %d bytes recorded", r[0].truncated, len(r[0].payload))
	}
	if r := responses["/news/gz"]; len(r) != 1 || !bytes.Contains(r[0].payload, []byte("Compressed marker")) || r[0].truncated != "" {
		t.Errorf("gzip page not recorded decoded and whole: %+v", r)
	}
	if len(responses["/private/draft"]) != 0 {
		t.Errorf("a page robots.txt disallows was fetched")
	}
	for _, pg := range pages {
		r := responses[strings.TrimPrefix(pg.FinalURL, site.URL)]
		if len(r) == 0 || !bytes.Equal(r[len(r)-1].payload, pg.Body) {
			t.Errorf("page %s: archived body differs from the handed-out one", pg.FinalURL)
		}
	}
}

func TestWARCRotation(t *testing.T) {
	site := warcTestSite(t)
	dir := filepath.Join(t.TempDir(), "warc")
	cfg := warcTestConfig(site, dir)
	cfg.WARCMaxBytes = 8 << 10
	if _, _, err := testCollect(t, cfg); err != nil {
		t.Fatalf("Run: %v", err)
	}
	files := warcTestFiles(t, dir)
	if len(files) < 3 {
		t.Fatalf("%d files with an 8 KiB limit, want several", len(files))
	}
	serials := map[string]bool{}
	requests, responses := 0, 0
	for _, f := range files {
		serials[strings.Split(filepath.Base(f), "-")[2]] = true
		recs := warcTestRead(t, f)
		if recs[0].typ != "warcinfo" {
			t.Errorf("%s does not begin with warcinfo", filepath.Base(f))
		}
		for _, r := range recs {
			switch r.typ {
			case "request":
				requests++
			case "response":
				responses++
			}
		}
	}
	if len(serials) != len(files) {
		t.Errorf("serials %v not distinct over %d files", serials, len(files))
	}
	if requests != responses || responses < 15 {
		t.Errorf("%d requests, %d responses over the files", requests, responses)
	}
}

func TestWARCSecondRunRecords304(t *testing.T) {
	site := warcTestSite(t)
	dir := filepath.Join(t.TempDir(), "warc")
	cfg := warcTestConfig(site, dir)
	cfg.State = filepath.Join(t.TempDir(), "state.db")
	if _, _, err := testCollect(t, cfg); err != nil {
		t.Fatalf("first Run: %v", err)
	}
	first := len(warcTestFiles(t, dir))
	if _, stats, err := testCollect(t, cfg); err != nil || stats.NotModified == 0 {
		t.Fatalf("second Run: %v, %+v", err, stats)
	}
	files := warcTestFiles(t, dir)
	if len(files) != first+1 {
		t.Fatalf("%d files after two runs, want %d (one more)", len(files), first+1)
	}
	n304 := 0
	for _, f := range files {
		for _, r := range warcTestRead(t, f) {
			if r.status == http.StatusNotModified {
				n304++
			}
		}
	}
	if n304 == 0 {
		t.Error("no 304 response archived by the second run")
	}
}

// warcTestPages reads the pages of a WARC file with ReadWARC.
func warcTestPages(t *testing.T, path string) ([]Page, error) {
	t.Helper()
	var pages []Page
	err := ReadWARC(context.Background(), path, func(p Page) error {
		pages = append(pages, p)
		return nil
	})
	return pages, err
}

func TestReadWARC(t *testing.T) {
	site := warcTestSite(t)
	dir := filepath.Join(t.TempDir(), "warc")
	crawled, _, err := testCollect(t, warcTestConfig(site, dir))
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	file := warcTestFiles(t, dir)[0]
	pages, err := warcTestPages(t, file)
	if err != nil {
		t.Fatalf("ReadWARC: %v", err)
	}
	byURL := map[string]Page{}
	for _, p := range pages {
		if p.Status != 200 || p.FetchedAt.IsZero() || !strings.HasPrefix(p.Header.Get("Content-Type"), "text/html") {
			t.Errorf("page %s: status %d, fetched %v, type %q", p.FinalURL, p.Status, p.FetchedAt, p.Header.Get("Content-Type"))
		}
		byURL[p.FinalURL] = p
	}
	for _, path := range []string{"/news/huge", "/robots.txt", "/feed.rss", "/old"} {
		if _, ok := byURL[site.URL+path]; ok {
			t.Errorf("ReadWARC handed out %s", path)
		}
	}
	if p, ok := byURL[site.URL+"/flaky"]; !ok || !bytes.Contains(p.Body, []byte("Up again")) {
		t.Errorf("/flaky: the 200 after the 503 not handed out")
	}
	for _, c := range crawled {
		p, ok := byURL[c.FinalURL]
		switch {
		case !ok:
			t.Errorf("crawled page %s not read back", c.FinalURL)
		case !bytes.Equal(p.Body, c.Body) || p.Header.Get("Content-Type") != c.Header.Get("Content-Type") || p.URL != c.URL:
			t.Errorf("page %s read back differs: URL %s vs %s, type %q vs %q", c.FinalURL, p.URL, c.URL, p.Header.Get("Content-Type"), c.Header.Get("Content-Type"))
		}
	}

	t.Run("uncompressed", func(t *testing.T) {
		plain := filepath.Join(t.TempDir(), "x.warc")
		f, err := os.Open(file)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		zr, err := gzip.NewReader(f) // multistream: the members concatenate into a plain WARC file
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(zr)
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(plain, b, 0o644)
		got, err := warcTestPages(t, plain)
		if err != nil || len(got) != len(pages) {
			t.Fatalf("plain WARC: %d pages, %v; want %d", len(got), err, len(pages))
		}
	})

	t.Run("stop", func(t *testing.T) {
		stop := errors.New("stop")
		n := 0
		err := ReadWARC(context.Background(), file, func(Page) error { n++; return stop })
		if !errors.Is(err, stop) || n != 1 {
			t.Errorf("fn error: got %v after %d pages", err, n)
		}
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		if err := ReadWARC(ctx, file, func(Page) error { return nil }); !errors.Is(err, context.Canceled) {
			t.Errorf("cancelled: %v", err)
		}
		if err := ReadWARC(context.Background(), filepath.Join(dir, "missing.warc.gz"), func(Page) error { return nil }); err == nil || !strings.Contains(err.Error(), "missing.warc.gz") {
			t.Errorf("missing file: %v", err)
		}
	})
}

func TestReadWARCTruncated(t *testing.T) {
	site := warcTestSite(t)
	dir := filepath.Join(t.TempDir(), "warc")
	if _, _, err := testCollect(t, warcTestConfig(site, dir)); err != nil {
		t.Fatalf("Run: %v", err)
	}
	file := warcTestFiles(t, dir)[0]
	full, err := warcTestPages(t, file)
	if err != nil {
		t.Fatal(err)
	}
	// Cut the file inside the record of the last page ReadWARC hands out.
	last := full[len(full)-1]
	var cut int64 = -1
	for _, r := range warcTestRead(t, file) {
		if r.typ == "response" && r.target == last.FinalURL && r.status == 200 {
			cut = r.offset + r.size/2
		}
	}
	if cut < 0 {
		t.Fatal("last page's record not found")
	}
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	open := filepath.Join(t.TempDir(), filepath.Base(file)+".open")
	os.WriteFile(open, data[:cut], 0o644)
	got, err := warcTestPages(t, open)
	if !errors.Is(err, ErrWARCTruncated) {
		t.Errorf("ReadWARC on a truncated file: %v, want ErrWARCTruncated", err)
	}
	if len(got) != len(full)-1 {
		t.Fatalf("truncated file gave %d pages, want the %d whole ones", len(got), len(full)-1)
	}
	for i := range got {
		if got[i].FinalURL != full[i].FinalURL || !bytes.Equal(got[i].Body, full[i].Body) {
			t.Errorf("page %d: %s differs from %s", i, got[i].FinalURL, full[i].FinalURL)
		}
	}

	// A cut inside any record, whatever its type, is a truncation: a cut
	// request or metadata record, or one or two bytes of the next gzip
	// member, must not read as a shorter, whole file.
	t.Run("every record", func(t *testing.T) {
		for i, r := range warcTestRead(t, file) {
			for _, at := range []int64{r.offset + 1, r.offset + 2, r.offset + r.size/2, r.offset + r.size - 1} {
				path := filepath.Join(t.TempDir(), fmt.Sprintf("cut-%d-%d.warc.gz", i, at))
				os.WriteFile(path, data[:at], 0o644)
				if _, err := warcTestPages(t, path); !errors.Is(err, ErrWARCTruncated) {
					t.Errorf("cut at byte %d inside record %d (%s, %d bytes at %d): %v, want ErrWARCTruncated", at, i, r.typ, r.size, r.offset, err)
				}
			}
		}
	})

	t.Run("uncompressed", func(t *testing.T) {
		zr, err := gzip.NewReader(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		plain, err := io.ReadAll(zr)
		if err != nil {
			t.Fatal(err)
		}
		// The last page's body sits near the end of its record: cut in it.
		i := bytes.LastIndex(plain, last.Body[:len(last.Body)/2])
		if i < 0 {
			t.Fatal("last page body not found in the plain WARC")
		}
		path := filepath.Join(t.TempDir(), "x.warc.open")
		os.WriteFile(path, plain[:i+len(last.Body)/2], 0o644)
		got, err := warcTestPages(t, path)
		if !errors.Is(err, ErrWARCTruncated) || len(got) != len(full)-1 {
			t.Errorf("truncated plain WARC: %d pages, %v; want %d and ErrWARCTruncated", len(got), err, len(full)-1)
		}
	})
}

func TestWARCArticleURLs(t *testing.T) {
	site := warcTestSite(t)
	dir := filepath.Join(t.TempDir(), "warc")
	cfg := warcTestConfig(site, dir)
	cfg.WARCMaxBytes = 8 << 10 // marks and their responses may land in different files
	crawled, _, err := testCollect(t, cfg)
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	files := warcTestFiles(t, dir)
	marks, err := WARCArticleURLs(context.Background(), files...)
	if err != nil {
		t.Fatalf("WARCArticleURLs: %v", err)
	}
	var want, got []string
	for _, p := range crawled {
		want = append(want, p.FinalURL)
		if at := marks[p.FinalURL]; !at.Equal(p.FetchedAt) {
			t.Errorf("%s: marked as fetched at %v, handed out with %v", p.FinalURL, at, p.FetchedAt)
		}
	}
	for u := range marks {
		got = append(got, u)
	}
	slices.Sort(want)
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Errorf("marked articles %v, want the crawled %v", got, want)
	}
	// Every mark is a metadata record naming the page.
	for _, f := range files {
		for _, r := range warcTestRead(t, f) {
			if _, ok := marks[r.target]; r.typ == "metadata" && !ok {
				t.Errorf("metadata record for %s is not a mark", r.target)
			}
		}
	}
	if _, err := WARCArticleURLs(context.Background(), filepath.Join(dir, "missing.warc.gz")); err == nil {
		t.Error("no error for a missing file")
	}
}

// BenchmarkRunWARC crawls the generated outlet of BenchmarkRun (links,
// 500 articles, delays off) without and with the WARC archive, and
// reports articles/s, the peak live heap, the archive's size per article (all responses of
// the run, gzip-compressed, over the articles) and the rate at which
// ReadWARC reads the archived HTML pages back (articles and section pages).
func BenchmarkRunWARC(b *testing.B) {
	const n = 500
	srv := benchOutlet(b, n)
	for _, archive := range []bool{false, true} {
		b.Run(map[bool]string{false: "off", true: "on"}[archive], func(b *testing.B) {
			var total, read time.Duration
			var bytes int64
			var readPages int
			var peak uint64
			for range b.N {
				cfg := testConfig(Source{Name: "bench", StartURLs: []string{srv.URL + "/"}, MaxDepth: 2})
				cfg.ParallelismPerHost = 4
				if archive {
					cfg.WARCDir = b.TempDir()
				}
				c, err := New(cfg)
				if err != nil {
					b.Fatal(err)
				}
				runtime.GC()
				stop := make(chan struct{})
				done := make(chan struct{})
				go func() { // sample the live heap during the run
					defer close(done)
					var ms runtime.MemStats
					tick := time.NewTicker(5 * time.Millisecond)
					defer tick.Stop()
					for {
						runtime.ReadMemStats(&ms)
						peak = max(peak, ms.HeapAlloc)
						select {
						case <-stop:
							return
						case <-tick.C:
						}
					}
				}()
				start := time.Now()
				stats, err := c.Run(context.Background(), func(context.Context, Page) error { return nil })
				total += time.Since(start)
				close(stop)
				<-done
				if err != nil || stats.Articles != n {
					b.Fatalf("Run: %v, %d articles", err, stats.Articles)
				}
				if !archive {
					continue
				}
				files, _ := filepath.Glob(filepath.Join(cfg.WARCDir, "*.warc.gz"))
				start = time.Now()
				pages := 0
				for _, f := range files {
					st, _ := os.Stat(f)
					bytes += st.Size()
					if err := ReadWARC(context.Background(), f, func(Page) error { pages++; return nil }); err != nil {
						b.Fatal(err)
					}
				}
				read += time.Since(start)
				readPages += pages
				if pages < n {
					b.Fatalf("read back %d pages, want at least %d", pages, n)
				}
			}
			b.ReportMetric(float64(n*b.N)/total.Seconds(), "articles/s")
			b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
			if archive {
				b.ReportMetric(float64(bytes)/float64(n*b.N)/1024, "warc-KB/article")
				b.ReportMetric(float64(readPages)/read.Seconds(), "read-pages/s")
			}
		})
	}
}

// TestHelperWARCProcess is not a test: TestWARCKilled runs the test
// binary again with CRAWLER_TEST_WARC_HELPER set, and this function then
// crawls the site it is given into a WARC directory, printing each
// article and hanging on the second.
func TestHelperWARCProcess(t *testing.T) {
	if os.Getenv("CRAWLER_TEST_WARC_HELPER") != "1" {
		t.Skip("helper process for TestWARCKilled")
	}
	site := os.Getenv("CRAWLER_TEST_SITE")
	cfg := testConfig(Source{Name: "demo", StartURLs: []string{site + "/"}, Feeds: []string{site + "/feed.rss"}})
	cfg.WARCDir = os.Getenv("CRAWLER_TEST_WARC")
	cfg.State = os.Getenv("CRAWLER_TEST_STATE")
	cfg.ParallelismPerHost = 1
	c, err := New(cfg)
	if err != nil {
		fmt.Println("error:", err)
		os.Exit(1)
	}
	n := 0
	_, err = c.Run(context.Background(), func(_ context.Context, p Page) error {
		n++
		fmt.Println("article:", p.URL, p.FinalURL)
		if n == 2 {
			select {} // wait for kill -9
		}
		return nil
	})
	fmt.Println("error:", err)
	os.Exit(1)
}

// TestWARCKilled kills a crawl writing a WARC archive with SIGKILL while
// it hands out its second article: the archive is left as one ".open"
// file that ReadWARC reads; every article the crawl state records as
// handed out (so not fetched again) is marked in it, with its response;
// and a second run writes a file of its own beside it.
func TestWARCKilled(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a subprocess")
	}
	site := newTestSite(t, nil)
	dir := filepath.Join(t.TempDir(), "warc")
	state := filepath.Join(t.TempDir(), "state.db")
	handed := killHelperAfter(t, 2, "TestHelperWARCProcess", "CRAWLER_TEST_WARC_HELPER=1", "CRAWLER_TEST_SITE="+site.URL, "CRAWLER_TEST_WARC="+dir, "CRAWLER_TEST_STATE="+state)
	left, _ := filepath.Glob(filepath.Join(dir, "*"))
	if len(left) != 1 || !strings.HasSuffix(left[0], ".warc.gz.open") {
		t.Fatalf("killed run left %v, want one .warc.gz.open file", left)
	}
	pages, err := warcTestPages(t, left[0])
	if err != nil && !errors.Is(err, ErrWARCTruncated) {
		t.Fatalf("ReadWARC on the killed run's file: %v", err)
	}
	marks, _ := WARCArticleURLs(context.Background(), left[0])
	for u := range marks {
		if !slices.ContainsFunc(pages, func(p Page) bool { return p.FinalURL == u }) {
			t.Errorf("article %s is marked but its response is not in the archive", u)
		}
	}
	st, err := OpenSQLiteState(context.Background(), state)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	for _, h := range handed {
		u, final, _ := strings.Cut(h, " ")
		e, found, err := st.Lookup(context.Background(), u)
		if err != nil {
			t.Fatal(err)
		}
		if _, marked := marks[final]; found && e.Article && !marked {
			t.Errorf("article %s is recorded as handed out but not marked in the archive", u)
		}
	}

	cfg := testConfig(Source{Name: "demo", StartURLs: []string{site.URL + "/"}, Feeds: []string{site.URL + "/feed.rss"}})
	cfg.WARCDir = dir
	if _, _, err := testCollect(t, cfg); err != nil {
		t.Fatalf("re-run: %v", err)
	}
	after, _ := filepath.Glob(filepath.Join(dir, "*"))
	if len(after) != 2 || !slices.Contains(after, left[0]) {
		t.Errorf("after the re-run the directory holds %v, want the .open file and one new file", after)
	}
}
