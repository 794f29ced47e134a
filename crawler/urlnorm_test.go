package crawler

import (
	"errors"
	"testing"
)

func TestNormalizeURL(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"lower scheme and host", "HTTPS://Example.COM/News/A", "https://example.com/News/A"},
		{"default https port", "https://example.com:443/a", "https://example.com/a"},
		{"default http port", "http://example.com:80/a", "http://example.com/a"},
		{"other port kept", "http://example.com:8080/a", "http://example.com:8080/a"},
		{"fragment", "https://example.com/a#comments", "https://example.com/a"},
		{"trailing slash", "https://example.com/news/a/", "https://example.com/news/a"},
		{"root keeps slash", "https://example.com", "https://example.com/"},
		{"root slash", "https://example.com/", "https://example.com/"},
		{"utm params", "https://example.com/a?utm_source=x&utm_Medium=y&id=3", "https://example.com/a?id=3"},
		{"click ids", "https://example.com/a?fbclid=1&gclid=2&msclkid=3", "https://example.com/a"},
		{"sorted query", "https://example.com/a?b=2&a=1&c=3", "https://example.com/a?a=1&b=2&c=3"},
		{"repeated keys keep order", "https://example.com/a?x=2&a=1&x=1", "https://example.com/a?a=1&x=2&x=1"},
		{"empty query", "https://example.com/a?", "https://example.com/a"},
		{"dot segments", "https://example.com/a/./b/../c", "https://example.com/a/c"},
		{"double slash", "https://example.com//a//b", "https://example.com/a/b"},
		{"trailing dot host", "https://example.com./a", "https://example.com/a"},
		{"escaped path kept", "https://example.com/a%20b", "https://example.com/a%20b"},
		{"ipv6 default port", "http://[::1]:80/a", "http://[::1]/a"},
		{"ipv6 port", "http://[::1]:8080/a", "http://[::1]:8080/a"},
		{"spaces trimmed", "  https://example.com/a \n", "https://example.com/a"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := NormalizeURL(tt.in)
			if err != nil {
				t.Fatalf("NormalizeURL(%q): %v", tt.in, err)
			}
			if got != tt.want {
				t.Errorf("NormalizeURL(%q) = %q, want %q", tt.in, got, tt.want)
			}
			again, err := NormalizeURL(got)
			if err != nil || again != got {
				t.Errorf("not idempotent: %q -> %q (%v)", got, again, err)
			}
		})
	}
}

func TestNormalizeURLRejects(t *testing.T) {
	for _, in := range []string{"/relative", "mailto:a@b.c", "javascript:void(0)", "ftp://example.com/", "http://", "http://[::1", ""} {
		t.Run(in, func(t *testing.T) {
			if _, err := NormalizeURL(in); !errors.Is(err, ErrBadURL) {
				t.Errorf("NormalizeURL(%q) error = %v, want ErrBadURL", in, err)
			}
		})
	}
}

func TestHostAllowed(t *testing.T) {
	patterns := []string{"example.com", "*.news.example.org"}
	tests := []struct {
		host string
		want bool
	}{
		{"example.com", true},
		{"EXAMPLE.com", true},
		{"example.com:8080", true},
		{"www.example.com", false},
		{"a.news.example.org", true},
		{"a.b.news.example.org", true},
		{"news.example.org", false},
		{"evilnews.example.org", false},
		{"example.com.evil.net", false},
	}
	for _, tt := range tests {
		t.Run(tt.host, func(t *testing.T) {
			if got := urlnormHostAllowed(tt.host, patterns); got != tt.want {
				t.Errorf("urlnormHostAllowed(%q) = %v, want %v", tt.host, got, tt.want)
			}
		})
	}
}

func FuzzNormalizeURL(f *testing.F) {
	for _, s := range []string{"https://example.com/a?utm_source=x#f", "http://[::1]:80/", "https://Ex.com:443//a/../b/?b=1&a=2"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		got, err := NormalizeURL(in)
		if err != nil {
			return
		}
		again, err := NormalizeURL(got)
		if err != nil || again != got {
			t.Errorf("not idempotent: %q -> %q -> %q (%v)", in, got, again, err)
		}
	})
}
