package review

import (
	"crypto/rand"
	"embed"
	"errors"
	"io/fs"
	"log/slog"
	"net/http"
	"strings"
)

//go:embed templates/*.html static/*
var embedded embed.FS

// Options configure a review server.
type Options struct {
	// Token, when not empty, is required on every request: as an
	// "Authorization: Bearer" header, or as the cookie set by the first
	// request carrying ?token=. The command line requires one when the
	// server listens on anything but loopback. When Token is empty the
	// server only answers requests addressed to a loopback host name, so a
	// web page cannot reach it through DNS rebinding.
	Token string
	// Reviewer is the reviewer name forms start with, until an analyst
	// types another (kept in a cookie).
	Reviewer string
	// PageSize is the number of claims per list page (default 50).
	PageSize int
	// Logger receives errors from the store; nil discards them.
	Logger *slog.Logger
}

// server holds what the handlers share. It has no mutable state: the store
// is safe for concurrent use and the rest is set once.
type server struct {
	store  Store
	opts   Options
	csrf   string
	pages  pageTemplates
	logger *slog.Logger
}

// NewServer returns the review UI over store as an http.Handler: the
// claims list at /, claim pages at /claims/{id}, speaker pages at
// /speaker?name=, exports at /export.csv and /export.jsonl, and the
// embedded CSS and JavaScript under /static/.
//
// Every response carries a Content-Security-Policy that allows only the
// server's own script and style files. Every POST must carry the server's
// CSRF token (a random value made by NewServer, put in each form) or it is
// refused with 403.
func NewServer(store Store, opts Options) http.Handler {
	if opts.PageSize <= 0 {
		opts.PageSize = 50
	}
	s := &server{
		store:  store,
		opts:   opts,
		csrf:   rand.Text(),
		pages:  loadTemplates(),
		logger: opts.Logger,
	}
	if s.logger == nil {
		s.logger = slog.New(slog.DiscardHandler)
	}
	static, err := fs.Sub(embedded, "static")
	if err != nil { // cannot happen: the directory is embedded
		panic(err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", s.handleList)
	mux.HandleFunc("GET /claims/{id}", s.handleClaim)
	mux.HandleFunc("POST /claims/{id}/verdict", s.checkCSRF(s.handleVerdict))
	mux.HandleFunc("POST /claims/{id}/speaker", s.checkCSRF(s.handleSpeakerCorrection))
	mux.HandleFunc("GET /speaker", s.handleSpeaker)
	mux.HandleFunc("GET /export.csv", s.handleExportCSV)
	mux.HandleFunc("GET /export.jsonl", s.handleExportJSONL)
	mux.Handle("GET /static/", http.StripPrefix("/static/", http.FileServerFS(static)))
	// Any other POST is refused like a POST without a token: 403 before 404,
	// so nothing is learnt about routes without the token.
	mux.HandleFunc("POST /", s.checkCSRF(http.NotFound))
	return s.secure(mux)
}

// contentSecurityPolicy allows scripts, styles and images only from the
// server itself (no inline scripts), forms only to it, and no framing.
const contentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

// secure wraps next with the security headers, the host check (no token)
// and the token check (token).
func (s *server) secure(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", contentSecurityPolicy)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Referrer-Policy", "same-origin")
		h.Set("Cache-Control", "no-store")
		if s.opts.Token == "" {
			if !isLoopbackHost(r.Host) {
				http.Error(w, "This review server answers only on a loopback address (127.0.0.1, ::1, localhost).", http.StatusMisdirectedRequest)
				return
			}
			next.ServeHTTP(w, r)
			return
		}
		if !s.authorize(w, r) {
			return
		}
		next.ServeHTTP(w, r)
	})
}

// errForbidden is the message of a refused POST.
var errForbidden = errors.New("forbidden: missing or wrong form token; reload the page and try again")

// checkCSRF wraps a POST handler: the form must carry the server's CSRF
// token, and a cross-origin Origin header is refused.
func (s *server) checkCSRF(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		r.Body = http.MaxBytesReader(w, r.Body, 64<<10)
		if err := r.ParseForm(); err != nil {
			http.Error(w, "bad form: "+err.Error(), http.StatusBadRequest)
			return
		}
		// The token is the defence; a foreign Origin is refused as well.
		// "null" (privacy settings, no-referrer policies) says nothing.
		if origin := r.Header.Get("Origin"); origin != "" && origin != "null" && !sameOrigin(origin, r.Host) {
			http.Error(w, errForbidden.Error(), http.StatusForbidden)
			return
		}
		if !equalSecret(r.PostForm.Get("csrf"), s.csrf) {
			http.Error(w, errForbidden.Error(), http.StatusForbidden)
			return
		}
		next(w, r)
	}
}

// sameOrigin reports whether an Origin header names host.
func sameOrigin(origin, host string) bool {
	for _, scheme := range []string{"http://", "https://"} {
		if rest, ok := strings.CutPrefix(origin, scheme); ok {
			return strings.EqualFold(rest, host)
		}
	}
	return false
}
