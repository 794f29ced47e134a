package demo

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"sync"
	"time"
)

// Server is the demo outlet served on 127.0.0.1. Its pages carry the
// server's own base URL wherever the embedded files name the outlet's
// production address, https://www.meridian-ledger.example. A Server is safe
// for concurrent use.
type Server struct {
	base string
	site *demoSite
	http *http.Server
	// served is closed when the HTTP server's Serve loop has returned.
	served    chan struct{}
	serveErr  error
	closeOnce sync.Once
	closeErr  error
	// stopWatch stops the goroutine that closes the server when the
	// context given to Start is done.
	stopWatch func() bool
}

// ErrNotLoopback is returned by StartAt for an address that is not a
// loopback IP: the demo outlet never listens beyond this machine.
var ErrNotLoopback = errors.New("the demo outlet serves on loopback addresses only")

// Start serves the embedded outlet on 127.0.0.1 on a free port until Close
// or ctx is done. Every page is rendered once, with the server's base URL,
// before Start returns, so a Server that started serves every page.
func Start(ctx context.Context) (*Server, error) {
	return StartAt(ctx, "127.0.0.1:0")
}

// StartAt is Start on a given loopback address such as "127.0.0.1:8081"
// (port 0 picks a free port). Serving on the same address twice gives the
// same URLs, so a page without a canonical link keeps its article id.
func StartAt(ctx context.Context, addr string) (*Server, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("starting demo outlet: %w", err)
	}
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, fmt.Errorf("starting demo outlet on %q: %w", addr, err)
	}
	if ip := net.ParseIP(host); ip == nil || !ip.IsLoopback() {
		return nil, fmt.Errorf("starting demo outlet on %q: %w", addr, ErrNotLoopback)
	}
	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("starting demo outlet on %s: %w", addr, err)
	}
	base := "http://" + ln.Addr().String()
	site, err := renderSite(Site(), base)
	if err != nil {
		_ = ln.Close()
		return nil, fmt.Errorf("starting demo outlet at %s: %w", base, err)
	}
	s := &Server{
		base:   base,
		site:   site,
		served: make(chan struct{}),
	}
	s.http = &http.Server{
		Handler:           site,
		ReadHeaderTimeout: 10 * time.Second,
	}
	go func() {
		defer close(s.served)
		if err := s.http.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			s.serveErr = err
		}
	}()
	s.stopWatch = context.AfterFunc(ctx, func() { _ = s.Close() })
	return s, nil
}

// URL returns the server's base URL without a trailing slash, e.g.
// "http://127.0.0.1:41234".
func (s *Server) URL() string { return s.base }

// Close stops the server at once, closing open connections, and waits until
// it has stopped. Calling it again returns the first call's result.
func (s *Server) Close() error {
	s.closeOnce.Do(func() {
		if s.stopWatch != nil {
			s.stopWatch()
		}
		err := s.http.Close()
		<-s.served
		if err == nil {
			err = s.serveErr
		}
		if err != nil {
			s.closeErr = fmt.Errorf("closing demo outlet at %s: %w", s.base, err)
		}
	})
	return s.closeErr
}

// StartURLs returns the pages a crawl of the outlet starts from: the home
// page and the World section front.
func (s *Server) StartURLs() []string {
	return []string{s.base + "/", s.base + "/world/"}
}

// Feeds returns the outlet's RSS 2.0 feeds: the World section feed and the
// feed of all latest stories.
func (s *Server) Feeds() []string {
	return []string{s.base + "/feeds/world.xml", s.base + "/feeds/latest.xml"}
}

// Sitemaps returns the outlet's sitemap, also named in its robots.txt.
func (s *Server) Sitemaps() []string {
	return []string{s.base + "/sitemap.xml"}
}
