package crawler

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"
)

const testArticleHTML = `<!doctype html><html><head><title>A</title></head><body><p>Article text.</p></body></html>`

func TestRunFetchSafety(t *testing.T) {
	big := strings.Repeat("x", 2048)
	extra := map[string]http.HandlerFunc{
		"/ok": func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, testArticleHTML) },
		"/big": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprint(w, "<html><body>"+big+"</body></html>")
		},
		"/big-chunked": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			for range 8 { // no Content-Length: the limit must catch it while reading
				fmt.Fprint(w, big[:512])
				w.(http.Flusher).Flush()
			}
		},
		"/exact": func(w http.ResponseWriter, r *http.Request) {
			page := testArticleHTML + strings.Repeat(" ", 1024-len(testArticleHTML))
			fmt.Fprint(w, page) // exactly MaxPageBytes: accepted
		},
		"/loop-a": func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop-b", http.StatusFound) },
		"/loop-b": func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop-a", http.StatusFound) },
		"/chain": func(w http.ResponseWriter, r *http.Request) {
			n := len(r.URL.RawQuery)
			http.Redirect(w, r, "/chain?"+strings.Repeat("n", n+1), http.StatusMovedPermanently)
		},
		"/moved":      func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/ok", http.StatusMovedPermanently) },
		"/robots.txt": func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "User-agent: *\nDisallow:\n") },
		"/gzip": func(w http.ResponseWriter, r *http.Request) {
			var buf bytes.Buffer
			zw := gzip.NewWriter(&buf)
			fmt.Fprint(zw, strings.Replace(testArticleHTML, "Article", "Zipped article", 1))
			zw.Close()
			w.Header().Set("Content-Encoding", "gzip")
			w.Header().Set("Content-Type", "text/html")
			w.Write(buf.Bytes())
		},
		"/slow": func(w http.ResponseWriter, r *http.Request) {
			select {
			case <-time.After(5 * time.Second):
			case <-r.Context().Done():
			}
		},
	}
	site := newTestSite(t, extra)
	var starts []string
	for _, p := range []string{"/ok", "/big", "/big-chunked", "/exact", "/loop-a", "/chain", "/moved", "/gzip", "/slow", "/missing"} {
		starts = append(starts, site.URL+p)
	}
	cfg := testConfig(Source{Name: "s", StartURLs: starts, ArticleURLPatterns: []string{"."}, MaxDepth: -1})
	cfg.MaxPageBytes = 1024
	cfg.Timeout = 300 * time.Millisecond
	pages, stats, err := testCollect(t, cfg)
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	got := map[string]Page{}
	for _, p := range pages {
		got[strings.TrimPrefix(p.URL, site.URL)] = p
	}
	okPages := 0
	for _, p := range pages {
		if p.FinalURL == site.URL+"/ok" {
			okPages++
		}
	}
	if okPages != 1 {
		t.Errorf("/ok (also reached by redirect from /moved) handed out %d times, want 1", okPages)
	}
	for _, want := range []string{"/exact", "/gzip"} {
		if _, ok := got[want]; !ok {
			t.Errorf("%s not handed out; got %v", want, testPageURLs(pages, site.URL))
		}
	}
	if p, ok := got["/gzip"]; ok && !bytes.Contains(p.Body, []byte("Zipped article")) {
		t.Errorf("/gzip body not decompressed: %q", p.Body)
	}
	if len(pages) != 3 {
		t.Errorf("handed out %v, want /ok (or /moved, which lands on it), /exact, /gzip", testPageURLs(pages, site.URL))
	}
	wantKinds := map[string]int{"truncated": 2, "redirect_loop": 1, "too_many_redirects": 1, "timeout": 1, "http_404": 1}
	for kind, n := range wantKinds {
		if stats.FailedByKind[kind] != n {
			t.Errorf("FailedByKind[%s] = %d, want %d (all: %v)", kind, stats.FailedByKind[kind], n, stats.FailedByKind)
		}
	}
	if stats.Failed != 6 {
		t.Errorf("Failed = %d, want 6", stats.Failed)
	}
}

func TestFetchBodyLimit(t *testing.T) {
	tests := []struct {
		name  string
		body  string
		limit int64
		err   error
	}{
		{"under", "abc", 4, nil},
		{"exact", "abcd", 4, nil},
		{"over by one", "abcde", 4, ErrTruncated},
		{"no limit", "abcdefgh", 0, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := &fetchBody{rc: ioNopCloser{strings.NewReader(tt.body)}, limit: tt.limit, done: func() {}}
			var buf bytes.Buffer
			_, err := buf.ReadFrom(b)
			if !errors.Is(err, tt.err) {
				t.Fatalf("err = %v, want %v", err, tt.err)
			}
			if tt.err == nil && buf.String() != tt.body {
				t.Errorf("read %q, want %q", buf.String(), tt.body)
			}
			if tt.err != nil && int64(buf.Len()) > tt.limit {
				t.Errorf("read %d bytes past the limit %d", buf.Len(), tt.limit)
			}
		})
	}
}

type ioNopCloser struct{ *strings.Reader }

func (ioNopCloser) Close() error { return nil }

func TestFetchCheckRedirect(t *testing.T) {
	req := func(u string) *http.Request {
		pu, _ := url.Parse(u)
		return &http.Request{URL: pu}
	}
	var via []*http.Request
	for i := range fetchMaxRedirects {
		via = append(via, req(fmt.Sprintf("https://e.com/%d", i)))
	}
	if err := fetchCheckRedirect(req("https://e.com/x"), via); !errors.Is(err, ErrTooManyRedirects) {
		t.Errorf("11th redirect: %v, want ErrTooManyRedirects", err)
	}
	cookieDance := []*http.Request{req("https://e.com/a"), req("https://e.com/set-cookie")}
	if err := fetchCheckRedirect(req("https://e.com/a"), cookieDance); err != nil {
		t.Errorf("one return to the start is allowed: %v", err)
	}
	loop := []*http.Request{req("https://e.com/a"), req("https://e.com/b"), req("https://e.com/a"), req("https://e.com/b")}
	if err := fetchCheckRedirect(req("https://e.com/a"), loop); !errors.Is(err, ErrRedirectLoop) {
		t.Errorf("loop: %v, want ErrRedirectLoop", err)
	}
}

func TestFetchGetStatus(t *testing.T) {
	site := newTestSite(t, nil)
	c, err := New(testConfig(Source{Name: "s", StartURLs: []string{site.URL}}))
	if err != nil {
		t.Fatal(err)
	}
	limits := newLimitsHosts(c.hostPolicy)
	client, _ := fetchNewClient(c.cfg, limits, newRetryBreaker(0, 0), nil, c.log)
	_, err = fetchGet(context.Background(), client, "test", site.URL+"/missing", 0)
	var se *StatusError
	if !errors.As(err, &se) || se.Code != 404 || !errors.Is(err, ErrHTTPStatus) {
		t.Errorf("fetchGet 404: %v, want *StatusError 404 wrapping ErrHTTPStatus", err)
	}
}
