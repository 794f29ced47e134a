package review

import (
	"crypto/sha256"
	"crypto/subtle"
	"net"
	"net/http"
	"strings"
)

// tokenCookie holds the access token in the browser once ?token= was given.
const tokenCookie = "claimwire_token"

// authorize checks the access token on a request. A correct ?token= sets
// the cookie and redirects to the same URL without it, so the token leaves
// the address bar and history. It writes a 401 and returns false when the
// request is not authorized.
func (s *server) authorize(w http.ResponseWriter, r *http.Request) bool {
	if q := r.URL.Query(); q.Has("token") {
		if !equalSecret(q.Get("token"), s.opts.Token) {
			unauthorized(w)
			return false
		}
		http.SetCookie(w, &http.Cookie{
			Name: tokenCookie, Value: s.opts.Token, Path: "/",
			HttpOnly: true, SameSite: http.SameSiteStrictMode, Secure: r.TLS != nil,
		})
		q.Del("token")
		// One leading slash only: "//host" would leave the server.
		http.Redirect(w, r, withQuery("/"+strings.TrimLeft(r.URL.Path, "/"), q.Encode()), http.StatusSeeOther)
		return false
	}
	if bearer, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer "); ok && equalSecret(strings.TrimSpace(bearer), s.opts.Token) {
		return true
	}
	if c, err := r.Cookie(tokenCookie); err == nil && equalSecret(c.Value, s.opts.Token) {
		return true
	}
	unauthorized(w)
	return false
}

func unauthorized(w http.ResponseWriter) {
	w.Header().Set("WWW-Authenticate", `Bearer realm="claimwire review"`)
	http.Error(w, "unauthorized: open the URL with ?token=… that `claimwire review` printed, or send Authorization: Bearer", http.StatusUnauthorized)
}

// equalSecret compares a given secret with the expected one in constant
// time (hashing first, so the length is not leaked either). An empty
// expected secret never matches.
func equalSecret(given, want string) bool {
	if want == "" {
		return false
	}
	g, w := sha256.Sum256([]byte(given)), sha256.Sum256([]byte(want))
	return subtle.ConstantTimeCompare(g[:], w[:]) == 1
}

// isLoopbackHost reports whether a Host header (host or host:port) names
// the loopback interface.
func isLoopbackHost(hostport string) bool {
	host := hostport
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		host = h
	}
	host = strings.TrimSuffix(strings.Trim(host, "[]"), ".")
	if strings.EqualFold(host, "localhost") || strings.HasSuffix(strings.ToLower(host), ".localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// LoopbackAddr reports whether a listen address such as "127.0.0.1:8080"
// binds only to the loopback interface. An empty host (":8080") binds to
// every interface and is not loopback.
func LoopbackAddr(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil || host == "" {
		return false
	}
	return isLoopbackHost(host)
}
