package crawler

import (
	"testing"
	"time"
)

func TestSitemapsParse(t *testing.T) {
	news := testFixture(t, "site/sitemap-news.xml", "B")
	index := testFixture(t, "site/sitemap_index.xml", "B")
	tests := []struct {
		name      string
		body      []byte
		pages     []string
		children  []string
		published time.Time
	}{
		{"google news", news, []string{"B/news/tram-line", "B/news/budget-vote/"}, nil, time.Date(2025, 4, 20, 6, 30, 0, 0, time.UTC)},
		{"gzip", testGzip(t, news), []string{"B/news/tram-line", "B/news/budget-vote/"}, nil, time.Date(2025, 4, 20, 6, 30, 0, 0, time.UTC)},
		{"index", index, nil, []string{"B/sitemap-news.xml.gz", "B/sitemap_index.xml"}, time.Time{}},
		{"no namespace", []byte(`<urlset><url><loc> https://e.com/a </loc><lastmod>2025-04-19</lastmod></url></urlset>`), []string{"https://e.com/a"}, nil, time.Date(2025, 4, 19, 0, 0, 0, 0, time.UTC)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pages, children, err := sitemapsParse(tt.body)
			if err != nil {
				t.Fatal(err)
			}
			if len(pages) != len(tt.pages) || len(children) != len(tt.children) {
				t.Fatalf("pages %+v children %v, want %v %v", pages, children, tt.pages, tt.children)
			}
			for i, p := range pages {
				if p.URL != tt.pages[i] {
					t.Errorf("page %d = %q, want %q", i, p.URL, tt.pages[i])
				}
			}
			for i, c := range children {
				if c != tt.children[i] {
					t.Errorf("child %d = %q, want %q", i, c, tt.children[i])
				}
			}
			if len(pages) > 0 && !pages[0].Published.Equal(tt.published) {
				t.Errorf("published = %v, want %v", pages[0].Published, tt.published)
			}
		})
	}
	for _, bad := range []string{"<html><body>no</body></html>", "not xml at all", "\x1f\x8bbroken gzip"} {
		if _, _, err := sitemapsParse([]byte(bad)); err == nil {
			t.Errorf("sitemapsParse(%q): no error", bad)
		}
	}
}

func FuzzSitemapsParse(f *testing.F) {
	f.Add([]byte(`<urlset><url><loc>https://e.com/a</loc><lastmod>2025-04-19</lastmod></url></urlset>`))
	f.Add([]byte(`<sitemapindex><sitemap><loc>https://e.com/s.xml.gz</loc></sitemap></sitemapindex>`))
	f.Add([]byte("\x1f\x8b"))
	f.Fuzz(func(t *testing.T, b []byte) {
		pages, children, err := sitemapsParse(b)
		if err != nil && (len(pages) > 0 || len(children) > 0) {
			t.Errorf("error %v with results", err)
		}
	})
}
