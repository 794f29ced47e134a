package crawler

import (
	"fmt"
	"net/http"
	"slices"
	"testing"
)

// testCanonicalPage serves an article (og:type=article) naming canonical.
func testCanonicalPage(canonical string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, `<html><head><meta property="og:type" content="article"><link rel="canonical" href="%s"></head><body><p>%s</p></body></html>`, canonical, r.URL.Path)
	}
}

func TestRunCanonical(t *testing.T) {
	tests := []struct {
		name      string
		starts    []string
		want      []string
		wantDups  int
		wantFetch map[string]int
	}{
		{"copy found alone", []string{"/news/budget-vote-amp"}, []string{"/news/budget-vote"}, 1,
			map[string]int{"/news/budget-vote": 1, "/news/budget-vote-amp": 1}},
		{"canonical found first", []string{"/news/budget-vote", "/news/budget-vote-amp"}, []string{"/news/budget-vote"}, 1, nil},
		{"canonical is a section page", []string{"/news/orphan-1", "/news/orphan-2"}, []string{"/news/orphan-1", "/news/orphan-2"}, 0,
			map[string]int{"/section/politics": 1}},
		{"canonical is missing", []string{"/news/lost"}, []string{"/news/lost"}, 0, map[string]int{"/news/gone": 1, "/news/lost": 2}},
		{"chain", []string{"/news/chain-a"}, []string{"/news/budget-vote"}, 2, nil},
		{"pointing at each other", []string{"/news/ping"}, []string{"/news/ping", "/news/pong"}, 0, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			site := newTestSite(t, map[string]http.HandlerFunc{
				"/robots.txt":    func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "User-agent: *\nDisallow:\n") },
				"/news/orphan-1": testCanonicalPage("/section/politics"),
				"/news/orphan-2": testCanonicalPage("/section/politics"),
				"/section/politics": func(w http.ResponseWriter, r *http.Request) {
					fmt.Fprint(w, `<html><body><a href="/news/orphan-1">One</a></body></html>`)
				},
				"/news/lost":    testCanonicalPage("/news/gone"),
				"/news/chain-a": testCanonicalPage("/news/budget-vote-amp"),
				"/news/ping":    testCanonicalPage("/news/pong"),
				"/news/pong":    testCanonicalPage("/news/ping"),
			})
			var starts []string
			for _, s := range tt.starts {
				starts = append(starts, site.URL+s)
			}
			cfg := testConfig(Source{Name: "s", StartURLs: starts, Sitemaps: []string{site.URL + "/none"}, MaxDepth: -1})
			pages, stats, err := testCollect(t, cfg)
			if err != nil {
				t.Fatal(err)
			}
			if got := testPageURLs(pages, site.URL); !slices.Equal(got, tt.want) {
				t.Errorf("handed out %v, want %v", got, tt.want)
			}
			if stats.Duplicates != tt.wantDups {
				t.Errorf("Duplicates = %d, want %d", stats.Duplicates, tt.wantDups)
			}
			for p, n := range tt.wantFetch {
				if got := site.hitCount(p); got != n {
					t.Errorf("%s fetched %d times, want %d", p, got, n)
				}
			}
		})
	}
}
