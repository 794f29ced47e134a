package demo

import (
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
)

// startTestServer starts a demo outlet that is closed when the test ends.
func startTestServer(t *testing.T) *Server {
	t.Helper()
	s, err := Start(t.Context())
	if err != nil {
		t.Fatalf("Start: %v", err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return s
}

// fetched is one response read in full.
type fetched struct {
	status int
	header http.Header
	body   []byte
}

// fetch sends one request with client and reads the whole response.
func fetch(t *testing.T, client *http.Client, method, url string, header http.Header) fetched {
	t.Helper()
	req, err := http.NewRequestWithContext(t.Context(), method, url, nil)
	if err != nil {
		t.Fatalf("new request %s %s: %v", method, url, err)
	}
	for k, v := range header {
		req.Header[k] = v
	}
	resp, err := client.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, url, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("reading %s: %v", url, err)
	}
	return fetched{status: resp.StatusCode, header: resp.Header, body: body}
}

// get fetches url and fails the test unless it answers 200.
func get(t *testing.T, url string) fetched {
	t.Helper()
	f := fetch(t, http.DefaultClient, http.MethodGet, url, nil)
	if f.status != http.StatusOK {
		t.Fatalf("GET %s: status %d, want 200", url, f.status)
	}
	return f
}

// noRedirect is a client that returns redirects instead of following them.
var noRedirect = &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error {
	return http.ErrUseLastResponse
}}

// parseHTML parses a page with goquery.
func parseHTML(t *testing.T, url string, body []byte) *goquery.Document {
	t.Helper()
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(string(body)))
	if err != nil {
		t.Fatalf("parsing %s: %v", url, err)
	}
	return doc
}

// articleBodySelector finds the body paragraphs in the outlet's three
// article templates (modern CMS, WordPress, legacy layout).
const articleBodySelector = "article.story .story-body > p:not(.read-more), .entry-content > p, #story .text > p"

// articleParagraphs returns the normalised text of an article page's body
// paragraphs.
func articleParagraphs(doc *goquery.Document) []string {
	var paras []string
	doc.Find(articleBodySelector).Each(func(_ int, s *goquery.Selection) {
		paras = append(paras, normSpace(s.Text()))
	})
	return paras
}

// normSpace collapses runs of white space into one space.
func normSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
