package crawler

import "errors"

// Sentinel errors. Errors returned or counted by the crawler wrap one of
// these when it applies; test for them with errors.Is.
var (
	// ErrBadURL is returned for URLs that are not absolute http(s) URLs.
	ErrBadURL = errors.New("bad URL")
	// ErrBadConfig wraps every configuration validation error.
	ErrBadConfig = errors.New("bad crawler config")
	// ErrTruncated means a response body was larger than Config.MaxPageBytes;
	// the page is counted as failed and never handed out.
	ErrTruncated = errors.New("response body exceeds size limit")
	// ErrBlockedAddress means a request would have connected to a loopback,
	// private, link-local, metadata or otherwise non-public address while
	// Config.AllowPrivateNetworks is false.
	ErrBlockedAddress = errors.New("blocked non-public address")
	// ErrRobotsDisallowed means robots.txt forbids the URL for our user agent.
	ErrRobotsDisallowed = errors.New("disallowed by robots.txt")
	// ErrTooManyRedirects means a fetch followed more redirects than allowed.
	ErrTooManyRedirects = errors.New("too many redirects")
	// ErrRedirectLoop means a redirect chain came back to a URL it had visited.
	ErrRedirectLoop = errors.New("redirect loop")
	// ErrCircuitOpen means a host failed too often in a row and is rested
	// for a while; requests to it fail fast until then.
	ErrCircuitOpen = errors.New("host circuit breaker open")
	// ErrHTTPStatus wraps failures caused by an HTTP error status.
	ErrHTTPStatus = errors.New("HTTP error status")
	// ErrLocked means another run holds the crawl state's lock.
	ErrLocked = errors.New("crawl state is locked by another run")
)
