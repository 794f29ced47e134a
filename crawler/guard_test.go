package crawler

import (
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"strconv"
	"testing"
	"time"
)

func TestGuardBlocked(t *testing.T) {
	tests := []struct {
		ip      string
		blocked bool
	}{
		{"127.0.0.1", true},
		{"127.255.0.9", true},
		{"::1", true},
		{"10.1.2.3", true},
		{"172.16.0.1", true},
		{"192.168.1.1", true},
		{"169.254.169.254", true}, // cloud metadata
		{"fd00:ec2::254", true},   // AWS IPv6 metadata
		{"fe80::1", true},
		{"0.0.0.0", true},
		{"::", true},
		{"100.64.0.1", true},
		{"224.0.0.1", true},
		{"255.255.255.255", true},
		{"::ffff:127.0.0.1", true},
		{"::ffff:10.0.0.1", true},
		{"64:ff9b::a00:1", true}, // NAT64 of 10.0.0.1
		{"93.184.216.34", false},
		{"8.8.8.8", false},
		{"2606:4700:4700::1111", false},
		{"64:ff9b::808:808", false}, // NAT64 of 8.8.8.8
	}
	for _, tt := range tests {
		t.Run(tt.ip, func(t *testing.T) {
			if got := guardBlocked(netip.MustParseAddr(tt.ip)); got != tt.blocked {
				t.Errorf("guardBlocked(%s) = %v, want %v", tt.ip, got, tt.blocked)
			}
		})
	}
}

func TestGuardDialer(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}))
	defer srv.Close()
	addr := srv.Listener.Addr().String()
	d := &net.Dialer{Timeout: time.Second, Control: guardControl(nil)}
	if _, err := d.Dial("tcp", addr); !errors.Is(err, ErrBlockedAddress) {
		t.Errorf("dialling %s: %v, want ErrBlockedAddress", addr, err)
	}
	// "localhost" resolves to a loopback address: checked after DNS.
	_, port, _ := net.SplitHostPort(addr)
	if _, err := d.Dial("tcp", "localhost:"+port); !errors.Is(err, ErrBlockedAddress) {
		t.Errorf("dialling localhost:%s: %v, want ErrBlockedAddress", port, err)
	}
	allowed := &net.Dialer{Timeout: time.Second, Control: guardControl(func(netip.AddrPort) bool { return true })}
	conn, err := allowed.Dial("tcp", addr)
	if err != nil {
		t.Fatalf("dialling with allow hook: %v", err)
	}
	conn.Close()
}

// TestRunGuardRedirect crawls an outlet (let through by the per-test allow
// hook) whose article redirects to another local server: the redirect must
// be refused by the guard, and the other server never reached.
func TestRunGuardRedirect(t *testing.T) {
	inner := newTestSite(t, nil)
	outer := newTestSite(t, map[string]http.HandlerFunc{
		"/robots.txt": func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "User-agent: *\nDisallow:\n") },
		"/ok":         func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, testArticleHTML) },
		"/jump": func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, inner.URL+"/news/budget-vote", http.StatusFound)
		},
	})
	outerURL, _ := url.Parse(outer.URL)
	outerPort, _ := strconv.Atoi(outerURL.Port())
	cfg := testConfig(Source{Name: "s", StartURLs: []string{outer.URL + "/ok", outer.URL + "/jump"}, ArticleURLPatterns: []string{"."}, MaxDepth: -1})
	cfg.AllowPrivateNetworks = false
	cfg.guardAllow = func(ap netip.AddrPort) bool { return int(ap.Port()) == outerPort }
	pages, stats, err := testCollect(t, cfg)
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	if got := testPageURLs(pages, outer.URL); len(got) != 1 || got[0] != "/ok" {
		t.Errorf("handed out %v, want [/ok]", got)
	}
	if stats.FailedByKind["blocked_address"] != 1 {
		t.Errorf("FailedByKind = %v, want one blocked_address", stats.FailedByKind)
	}
	if n := inner.hitCount("/news/budget-vote"); n != 0 {
		t.Errorf("redirect target reached %d times", n)
	}
}

// TestRunGuardDefault checks the guard is on by default: a crawl of a
// loopback outlet fetches nothing.
func TestRunGuardDefault(t *testing.T) {
	site := newTestSite(t, nil)
	cfg := testConfig(Source{Name: "s", StartURLs: []string{site.URL + "/"}, Feeds: []string{site.URL + "/feed.rss"}})
	cfg.AllowPrivateNetworks = false
	pages, stats, err := testCollect(t, cfg)
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	if len(pages) != 0 || stats.Fetched != 0 {
		t.Errorf("handed out %d pages, fetched %d, want none", len(pages), stats.Fetched)
	}
	if stats.FailedByKind["blocked_address"] == 0 {
		t.Errorf("FailedByKind = %v, want blocked_address", stats.FailedByKind)
	}
	site.mu.Lock()
	defer site.mu.Unlock()
	if len(site.hits) != 0 {
		t.Errorf("server hit: %v", site.hits)
	}
}
