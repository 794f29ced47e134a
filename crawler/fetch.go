package crawler

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/cookiejar"
	"net/netip"
	"net/url"
	"time"
)

// fetchMaxRedirects is how many redirects one fetch follows (Go's default).
const fetchMaxRedirects = 10

// fetchLimitKey is the request context key overriding the body size limit
// for one request (sitemaps may be 50 MB uncompressed, more than a page).
type fetchLimitKey struct{}

// fetchWithLimit returns ctx carrying a body size limit for its requests.
func fetchWithLimit(ctx context.Context, limit int64) context.Context {
	return context.WithValue(ctx, fetchLimitKey{}, limit)
}

// fetchTransport is the http.RoundTripper under every request of a run:
// Colly's page fetches, robots.txt, feeds and sitemaps. Around the base
// transport it applies, in order: the host's circuit breaker, per-host
// politeness (limitsHosts), a per-attempt timeout that also covers reading
// the body, retries (Retry-After on 429/503, backoff with jitter on other
// 5xx and network errors), and the body size limit, which fails with
// ErrTruncated instead of truncating silently as Colly's MaxBodySize does.
// The politeness slot is held until the body is closed.
type fetchTransport struct {
	base     http.RoundTripper
	limits   *limitsHosts
	breaker  *retryBreaker
	retry    retryPolicy
	timeout  time.Duration
	maxBytes int64
	log      *slog.Logger
	// robots, when set, vets every request but those for robots.txt
	// itself, so redirect targets obey robots.txt too. It runs before the
	// host slot is taken: checking in CheckRedirect would fetch robots.txt
	// while the redirecting response still holds its host's slot.
	robots func(context.Context, *url.URL) error
}

// RoundTrip implements http.RoundTripper.
func (t *fetchTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	ctx := req.Context()
	host := urlnormHostKey(req.URL)
	limit := t.maxBytes
	if v, ok := ctx.Value(fetchLimitKey{}).(int64); ok {
		limit = v
	}
	if t.robots != nil && req.URL.Path != "/robots.txt" {
		if err := t.robots(ctx, req.URL); err != nil {
			return nil, err
		}
	}
	for attempt := 0; ; attempt++ {
		release, err := t.limits.acquire(ctx, host)
		if err != nil {
			return nil, fmt.Errorf("fetching %s: waiting for host slot: %w", req.URL, err)
		}
		// The breaker is asked after the wait for a slot, so requests queued
		// behind failing ones fail fast once it opens.
		if err := t.breaker.allow(host, time.Now()); err != nil {
			release()
			return nil, fmt.Errorf("fetching %s: %w", req.URL, err)
		}
		actx, cancel := context.WithCancel(ctx)
		if t.timeout > 0 {
			actx, cancel = context.WithTimeout(ctx, t.timeout)
		}
		resp, err := t.base.RoundTrip(req.Clone(actx))
		if err != nil {
			cancel()
			release()
			if ctx.Err() != nil {
				return nil, fmt.Errorf("fetching %s: %w", req.URL, ctx.Err())
			}
			if errors.Is(err, ErrBlockedAddress) {
				return nil, err
			}
			t.breaker.record(host, false, time.Now())
			if retryableError(err) && attempt < t.retry.MaxRetries {
				wait := t.retry.backoff(attempt)
				t.log.Debug("retrying after network error", "url", req.URL.String(), "attempt", attempt+1, "wait", wait, "err", err)
				if err := retrySleep(ctx, wait); err != nil {
					return nil, fmt.Errorf("fetching %s: %w", req.URL, err)
				}
				continue
			}
			return nil, err
		}
		if resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500 {
			now := time.Now()
			// A 429 shows the host alive, only busy: Retry-After paces it,
			// and it clears the breaker (and any half-open probe).
			t.breaker.record(host, resp.StatusCode == http.StatusTooManyRequests, now)
			wait, hasRA := retryAfter(resp.Header, now)
			hasRA = hasRA && (resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode == http.StatusServiceUnavailable)
			if attempt < t.retry.MaxRetries && (!hasRA || wait <= t.retry.MaxRetryAfter) {
				_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
				resp.Body.Close()
				cancel()
				release()
				if hasRA {
					t.limits.pause(host, now.Add(wait))
				} else {
					wait = t.retry.backoff(attempt)
					if err := retrySleep(ctx, wait); err != nil {
						return nil, fmt.Errorf("fetching %s: %w", req.URL, err)
					}
				}
				t.log.Debug("retrying after status", "url", req.URL.String(), "status", resp.StatusCode, "attempt", attempt+1, "wait", wait)
				continue
			}
		} else {
			t.breaker.record(host, true, time.Now())
		}
		if limit > 0 && resp.ContentLength > limit {
			resp.Body.Close()
			cancel()
			release()
			return nil, fmt.Errorf("fetching %s: Content-Length %d > %d: %w", req.URL, resp.ContentLength, limit, ErrTruncated)
		}
		resp.Body = &fetchBody{rc: resp.Body, limit: limit, url: req.URL.String(), done: func() { cancel(); release() }}
		return resp, nil
	}
}

// fetchBody enforces the size limit while the body is read and frees the
// request's politeness slot and timeout when it is closed.
type fetchBody struct {
	rc    io.ReadCloser
	limit int64
	n     int64
	url   string
	done  func()
}

func (b *fetchBody) Read(p []byte) (int, error) {
	if b.limit <= 0 {
		return b.rc.Read(p)
	}
	if room := b.limit - b.n + 1; int64(len(p)) > room {
		p = p[:room]
	}
	n, err := b.rc.Read(p)
	b.n += int64(n)
	if b.n > b.limit {
		return n - int(b.n-b.limit), fmt.Errorf("reading %s: more than %d bytes: %w", b.url, b.limit, ErrTruncated)
	}
	return n, err
}

func (b *fetchBody) Close() error {
	err := b.rc.Close()
	b.done()
	return err
}

// fetchCheckRedirect stops redirect chains longer than fetchMaxRedirects
// with ErrTooManyRedirects and chains that come back to a URL a second
// time with ErrRedirectLoop. One return is allowed: sites redirect to set a
// cookie and back.
func fetchCheckRedirect(req *http.Request, via []*http.Request) error {
	if len(via) >= fetchMaxRedirects {
		return fmt.Errorf("redirect to %s after %d redirects: %w", req.URL, len(via), ErrTooManyRedirects)
	}
	seen := 0
	for _, v := range via {
		if v.URL.String() == req.URL.String() {
			seen++
		}
	}
	if seen >= 2 {
		return fmt.Errorf("redirect to %s: %w", req.URL, ErrRedirectLoop)
	}
	return nil
}

// fetchNewClient builds the HTTP client of one run. Proxies from the
// environment are not used, so that the address guard sees the real
// destination. With an archive, every response is recorded in it
// (warcTransport, under the retries and the body size limit).
func fetchNewClient(cfg Config, limits *limitsHosts, breaker *retryBreaker, archive *warcArchive, log *slog.Logger) (*http.Client, *http.Transport) {
	dialer := &net.Dialer{Timeout: cfg.Timeout, KeepAlive: 30 * time.Second}
	if !cfg.AllowPrivateNetworks {
		dialer.Control = guardControl(cfg.guardAllow)
	}
	base := &http.Transport{
		Proxy:                 nil,
		DialContext:           dialer.DialContext,
		ForceAttemptHTTP2:     true,
		MaxIdleConns:          100,
		MaxIdleConnsPerHost:   8,
		IdleConnTimeout:       90 * time.Second,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: cfg.Timeout,
		ExpectContinueTimeout: time.Second,
	}
	var rt http.RoundTripper = base
	if archive != nil {
		rt = &warcTransport{base: base, archive: archive}
	}
	jar, _ := cookiejar.New(nil) // never fails with nil options
	client := &http.Client{
		Transport: &fetchTransport{
			base: rt, limits: limits, breaker: breaker, retry: cfg.retryPolicy(),
			timeout: cfg.Timeout, maxBytes: cfg.MaxPageBytes, log: log,
		},
		CheckRedirect: fetchCheckRedirect,
		Jar:           jar,
	}
	return client, base
}

// guardAllowFunc is the type of Config's test hook letting single
// addresses past the address guard.
type guardAllowFunc = func(netip.AddrPort) bool

// fetchGet fetches u with client and returns its body, failing with an
// error wrapping ErrHTTPStatus for non-2xx answers. limit > 0 overrides
// the run's body size limit for this request.
func fetchGet(ctx context.Context, client *http.Client, userAgent, u string, limit int64) ([]byte, error) {
	if limit > 0 {
		ctx = fetchWithLimit(ctx, limit)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, fmt.Errorf("fetching %s: %w: %v", u, ErrBadURL, err)
	}
	req.Header.Set("User-Agent", userAgent)
	resp, err := client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("fetching %s: %w", u, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, fmt.Errorf("fetching %s: status %d: %w", u, resp.StatusCode, fetchStatusError(resp.StatusCode))
	}
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", u, err)
	}
	return body, nil
}

// fetchStatusError is the error for an HTTP status, wrapping ErrHTTPStatus.
func fetchStatusError(status int) error {
	return &StatusError{Code: status}
}

// StatusError is the error for an HTTP error status; it wraps ErrHTTPStatus.
type StatusError struct {
	// Code is the HTTP status code.
	Code int
}

func (e *StatusError) Error() string {
	return fmt.Sprintf("HTTP %d %s", e.Code, http.StatusText(e.Code))
}

// Unwrap returns ErrHTTPStatus.
func (e *StatusError) Unwrap() error { return ErrHTTPStatus }
