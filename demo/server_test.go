package demo

import (
	"context"
	"errors"
	"io/fs"
	"net/http"
	"strings"
	"testing"
	"time"
)

func TestRoutes(t *testing.T) {
	s := startTestServer(t)
	tests := []struct {
		name, method, path string
		status             int
		contentType        string
		location           string
	}{
		{"home", "GET", "/", 200, "text/html; charset=utf-8", ""},
		{"section", "GET", "/world/", 200, "text/html; charset=utf-8", ""},
		{"section without slash", "GET", "/world", 301, "", "/world/"},
		{"index.html", "GET", "/world/index.html", 301, "", "/world/"},
		{"root index.html", "GET", "/index.html", 301, "", "/"},
		{"dot segments", "GET", "/world/../robots.txt", 301, "", "/robots.txt"},
		{"article", "GET", seedPath, 200, "text/html; charset=utf-8", ""},
		{"article with query", "GET", seedPath + "?share=twitter", 200, "text/html; charset=utf-8", ""},
		{"extensionless page", "GET", "/search?q=x", 200, "text/html; charset=utf-8", ""},
		{"rss", "GET", "/feeds/world.xml", 200, "application/rss+xml; charset=utf-8", ""},
		{"sitemap", "GET", "/sitemap.xml", 200, "application/xml; charset=utf-8", ""},
		{"robots", "GET", "/robots.txt", 200, "text/plain; charset=utf-8", ""},
		{"image", "GET", "/assets/img/story-card.png", 200, "image/png", ""},
		{"stylesheet", "GET", "/assets/site.css", 200, "text/css; charset=utf-8", ""},
		{"head", "HEAD", "/", 200, "text/html; charset=utf-8", ""},
		{"missing page", "GET", "/world/2025/04/no-such-story.html", 404, "text/html; charset=utf-8", ""},
		{"missing directory", "GET", "/nope/", 404, "text/html; charset=utf-8", ""},
		{"the 404 page itself", "GET", "/404.html", 404, "text/html; charset=utf-8", ""},
		{"post", "POST", "/", 405, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := fetch(t, noRedirect, tt.method, s.URL()+tt.path, nil)
			if f.status != tt.status {
				t.Fatalf("%s %s: status %d, want %d", tt.method, tt.path, f.status, tt.status)
			}
			if tt.contentType != "" {
				if ct := f.header.Get("Content-Type"); ct != tt.contentType {
					t.Errorf("Content-Type %q, want %q", ct, tt.contentType)
				}
			}
			if tt.location != "" {
				if loc := f.header.Get("Location"); loc != tt.location {
					t.Errorf("Location %q, want %q", loc, tt.location)
				}
			}
			if tt.method == "HEAD" && len(f.body) != 0 {
				t.Errorf("HEAD returned %d body bytes", len(f.body))
			}
		})
	}
}

func TestConditionalRequests(t *testing.T) {
	s := startTestServer(t)
	for _, p := range []string{"/", seedPath, "/feeds/world.xml", "/sitemap.xml", "/robots.txt"} {
		t.Run(p, func(t *testing.T) {
			f := get(t, s.URL()+p)
			etag, lastMod := f.header.Get("ETag"), f.header.Get("Last-Modified")
			if !strings.HasPrefix(etag, `"`) || lastMod == "" {
				t.Fatalf("ETag %q Last-Modified %q, want both", etag, lastMod)
			}
			if got := fetch(t, http.DefaultClient, "GET", s.URL()+p, http.Header{"If-None-Match": {etag}}); got.status != http.StatusNotModified {
				t.Errorf("If-None-Match %s: status %d, want 304", etag, got.status)
			}
			if got := fetch(t, http.DefaultClient, "GET", s.URL()+p, http.Header{"If-Modified-Since": {lastMod}}); got.status != http.StatusNotModified {
				t.Errorf("If-Modified-Since %s: status %d, want 304", lastMod, got.status)
			}
			if got := fetch(t, http.DefaultClient, "GET", s.URL()+p, http.Header{"If-None-Match": {`"stale"`}}); got.status != http.StatusOK {
				t.Errorf("stale If-None-Match: status %d, want 200", got.status)
			}
		})
	}
}

func TestETagsDifferByPage(t *testing.T) {
	s := startTestServer(t)
	a := get(t, s.URL()+"/").header.Get("ETag")
	b := get(t, s.URL()+seedPath).header.Get("ETag")
	if a == b {
		t.Errorf("home and article share ETag %s", a)
	}
}

func TestCloseStopsServing(t *testing.T) {
	s, err := Start(t.Context())
	if err != nil {
		t.Fatalf("Start: %v", err)
	}
	get(t, s.URL()+"/")
	if err := s.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	if err := s.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
	if resp, err := http.Get(s.URL() + "/"); err == nil {
		resp.Body.Close()
		t.Errorf("GET after Close succeeded with status %d", resp.StatusCode)
	}
}

func TestContextDoneStopsServer(t *testing.T) {
	ctx, cancel := context.WithCancel(t.Context())
	s, err := Start(ctx)
	if err != nil {
		t.Fatalf("Start: %v", err)
	}
	get(t, s.URL()+"/")
	cancel()
	// A guard against a hang, not a timing assertion.
	select {
	case <-s.served:
	case <-time.After(30 * time.Second):
		t.Fatal("server still serving 30s after its context was cancelled")
	}
	if err := s.Close(); err != nil {
		t.Errorf("Close after cancel: %v", err)
	}
	if resp, err := http.Get(s.URL() + "/"); err == nil {
		resp.Body.Close()
		t.Errorf("GET after cancel succeeded with status %d", resp.StatusCode)
	}
}

func TestStartWithDoneContext(t *testing.T) {
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	s, err := Start(ctx)
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Start(cancelled ctx) = %v, %v; want context.Canceled", s, err)
	}
}

func TestSiteFiles(t *testing.T) {
	fsys := Site()
	for _, name := range []string{"index.html", "robots.txt", "sitemap.xml", "feeds/world.xml", "404.html", strings.TrimPrefix(seedPath, "/")} {
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			t.Errorf("Site(): %v", err)
			continue
		}
		if name != "404.html" && !strings.Contains(string(b), siteProductionBase) {
			t.Errorf("Site() %s does not name the production base %s", name, siteProductionBase)
		}
	}
	// Every embedded file must be servable.
	if _, err := renderSite(fsys, "http://127.0.0.1:1"); err != nil {
		t.Errorf("renderSite: %v", err)
	}
}
