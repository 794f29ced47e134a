package demo

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

// BenchmarkRenderSite measures the work Start does before serving: reading
// every embedded file and substituting the base URL.
func BenchmarkRenderSite(b *testing.B) {
	fsys := Site()
	var bytes int64
	if site, err := renderSite(fsys, "http://127.0.0.1:12345"); err == nil {
		for _, p := range site.pages {
			bytes += int64(len(p.body))
		}
	}
	b.SetBytes(bytes)
	for b.Loop() {
		if _, err := renderSite(fsys, "http://127.0.0.1:12345"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkServeArticle measures serving the seed article through the
// handler, without the network.
func BenchmarkServeArticle(b *testing.B) {
	site, err := renderSite(Site(), "http://127.0.0.1:12345")
	if err != nil {
		b.Fatal(err)
	}
	req := httptest.NewRequest(http.MethodGet, seedPath, nil)
	b.SetBytes(int64(len(site.pages[seedPath[1:]].body)))
	for b.Loop() {
		w := httptest.NewRecorder()
		site.ServeHTTP(w, req)
		if w.Code != http.StatusOK {
			b.Fatalf("status %d", w.Code)
		}
	}
}
