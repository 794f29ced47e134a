package demo

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"
)

// expectedArticle is one entry of testdata/expected_articles.json: what a
// good cleaner makes of an article page.
type expectedArticle struct {
	Path           string   `json:"path"`
	Title          string   `json:"title"`
	Authors        []string `json:"authors"`
	Published      string   `json:"published"`
	Section        string   `json:"section"`
	SiteName       string   `json:"site_name"`
	Template       string   `json:"template"`
	JSONLD         bool     `json:"json_ld"`
	OpenGraph      bool     `json:"open_graph"`
	Paragraphs     int      `json:"paragraphs"`
	MustContain    []string `json:"must_contain"`
	MustNotContain []string `json:"must_not_contain"`
}

func TestExpectedArticles(t *testing.T) {
	s := startTestServer(t)
	b, err := os.ReadFile("testdata/expected_articles.json")
	if err != nil {
		t.Fatalf("reading expected articles: %v", err)
	}
	var want []expectedArticle
	dec := json.NewDecoder(strings.NewReader(string(b)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&want); err != nil {
		t.Fatalf("parsing testdata/expected_articles.json: %v", err)
	}
	listed := map[string]bool{}
	for _, u := range sitemapArticles(t, s) {
		listed[strings.TrimPrefix(u, s.URL())] = true
	}
	if len(want) != len(listed) {
		t.Errorf("%d expected articles, sitemap lists %d", len(want), len(listed))
	}
	for _, e := range want {
		t.Run(e.Path, func(t *testing.T) {
			if !listed[e.Path] {
				t.Errorf("not in the sitemap")
			}
			page := get(t, s.URL()+e.Path)
			doc := parseHTML(t, e.Path, page.body)
			if got := normSpace(doc.Find("h1").First().Text()); got != e.Title {
				t.Errorf("h1 %q, want title %q", got, e.Title)
			}
			paras := articleParagraphs(doc)
			if len(paras) != e.Paragraphs {
				t.Errorf("%d body paragraphs, want %d", len(paras), e.Paragraphs)
			}
			body := strings.Join(paras, "\n\n")
			whole := normSpace(doc.Text())
			for _, snip := range e.MustContain {
				if !strings.Contains(body, snip) {
					t.Errorf("body lacks %q", snip)
				}
			}
			for _, snip := range e.MustNotContain {
				if strings.Contains(body, snip) {
					t.Errorf("body contains boilerplate %q", snip)
				}
				if !strings.Contains(whole, snip) {
					t.Errorf("boilerplate snippet %q is not on the page, so it tests nothing", snip)
				}
			}
			for _, a := range e.Authors {
				if !strings.Contains(whole, a) {
					t.Errorf("author %q not on the page", a)
				}
			}
			layout := time.RFC3339
			if len(e.Published) == len("2006-01-02") {
				layout = time.DateOnly
			}
			pub, err := time.Parse(layout, e.Published)
			if err != nil {
				t.Fatalf("published %q: %v", e.Published, err)
			}
			if pub.Before(time.Date(2025, 4, 14, 0, 0, 0, 0, time.UTC)) || pub.After(time.Date(2025, 4, 26, 0, 0, 0, 0, time.UTC)) {
				t.Errorf("published %s outside 2025-04-14..25", e.Published)
			}
			if layout == time.RFC3339 && !strings.Contains(string(page.body), e.Published) {
				t.Errorf("published %s not in the page's markup", e.Published)
			}
			hasLD := strings.Contains(string(page.body), `"NewsArticle"`)
			hasOG := doc.Find(`meta[property="og:url"]`).Length() > 0
			if hasLD != e.JSONLD || hasOG != e.OpenGraph {
				t.Errorf("JSON-LD %v OpenGraph %v, want %v %v", hasLD, hasOG, e.JSONLD, e.OpenGraph)
			}
		})
	}
}
