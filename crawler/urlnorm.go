package crawler

import (
	"fmt"
	"net"
	"net/url"
	"path"
	"sort"
	"strings"
)

// urlnormTrackingParams are query parameters that only track where a reader
// came from; they never select content, so NormalizeURL drops them. Keys
// starting with "utm_" are dropped as well.
var urlnormTrackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "dclid": true, "gbraid": true, "wbraid": true,
	"msclkid": true, "yclid": true, "twclid": true, "ttclid": true, "li_fat_id": true,
	"mc_cid": true, "mc_eid": true, "_ga": true, "_gl": true, "igshid": true,
	"_hsenc": true, "_hsmi": true, "mkt_tok": true, "oly_anon_id": true, "oly_enc_id": true,
	"vero_id": true, "ncid": true, "cmpid": true, "ocid": true,
}

// NormalizeURL returns the identity form of an absolute http(s) URL: scheme
// and host lower-cased, default ports removed, fragment removed, dot segments
// resolved, a trailing slash removed (except for the root path), tracking
// parameters (utm_*, fbclid, gclid and the others in urlnormTrackingParams)
// removed and the remaining query sorted by key. Two URLs that differ only
// in these ways name the same page. It returns ErrBadURL for relative URLs,
// other schemes and unparsable input.
func NormalizeURL(raw string) (string, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return "", fmt.Errorf("normalising %q: %w: %v", raw, ErrBadURL, err)
	}
	u.Scheme = strings.ToLower(u.Scheme)
	if u.Scheme != "http" && u.Scheme != "https" {
		return "", fmt.Errorf("normalising %q: %w: scheme must be http or https", raw, ErrBadURL)
	}
	if u.Host == "" {
		return "", fmt.Errorf("normalising %q: %w: no host", raw, ErrBadURL)
	}
	host, port := u.Hostname(), u.Port()
	host = strings.TrimRight(strings.ToLower(host), ".")
	if host == "" {
		return "", fmt.Errorf("normalising %q: %w: no host", raw, ErrBadURL)
	}
	if (u.Scheme == "http" && port == "80") || (u.Scheme == "https" && port == "443") {
		port = ""
	}
	if port != "" {
		u.Host = net.JoinHostPort(host, port)
	} else if strings.Contains(host, ":") {
		u.Host = "[" + host + "]"
	} else {
		u.Host = host
	}
	u.Fragment, u.RawFragment = "", ""
	p := u.Path
	if strings.Contains(p, "/.") || strings.Contains(p, "//") {
		p = path.Clean(p)
	}
	if len(p) > 1 {
		p = strings.TrimRight(p, "/")
	}
	if p == "" {
		p = "/"
	}
	if p != u.Path {
		u.Path, u.RawPath = p, ""
	}
	u.RawQuery = urlnormQuery(u.RawQuery)
	u.ForceQuery = false
	return u.String(), nil
}

// urlnormQuery drops tracking parameters and sorts the rest by key, keeping
// the relative order of repeated keys. Unparsable pairs are kept verbatim.
func urlnormQuery(raw string) string {
	if raw == "" {
		return ""
	}
	type pair struct{ key, raw string }
	var kept []pair
	for part := range strings.SplitSeq(raw, "&") {
		if part == "" {
			continue
		}
		k, _, _ := strings.Cut(part, "=")
		key, err := url.QueryUnescape(k)
		if err != nil {
			key = k
		}
		lk := strings.ToLower(key)
		if strings.HasPrefix(lk, "utm_") || urlnormTrackingParams[lk] {
			continue
		}
		kept = append(kept, pair{key, part})
	}
	sort.SliceStable(kept, func(i, j int) bool { return kept[i].key < kept[j].key })
	parts := make([]string, len(kept))
	for i, p := range kept {
		parts[i] = p.raw
	}
	return strings.Join(parts, "&")
}

// urlnormHostAllowed reports whether host matches one of the domain patterns:
// an exact host name, or "*.example.com" for any subdomain of example.com
// (not example.com itself). Matching ignores case and a port.
func urlnormHostAllowed(host string, patterns []string) bool {
	host = strings.TrimSuffix(strings.ToLower(host), ".")
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	for _, p := range patterns {
		p = strings.ToLower(p)
		if rest, ok := strings.CutPrefix(p, "*."); ok {
			if strings.HasSuffix(host, "."+rest) {
				return true
			}
			continue
		}
		if host == p {
			return true
		}
	}
	return false
}

// urlnormHostKey is the key per-host politeness and robots.txt use: the
// lower-cased host with its port, if any.
func urlnormHostKey(u *url.URL) string {
	return strings.ToLower(u.Host)
}
