package crawler

import (
	"context"
	"time"
)

// Entry is what the crawl state remembers about one URL between runs.
type Entry struct {
	// URL is the normalised URL (see NormalizeURL); it is the key.
	URL string
	// Status is the HTTP status of the last fetch (304 included), 0 if the
	// last attempt failed before an answer.
	Status int
	// ETag and LastModified are the validators of the last 200 answer; they
	// are sent back as If-None-Match / If-Modified-Since.
	ETag, LastModified string
	// ContentHash is the hex SHA-256 of the last body handed out.
	ContentHash string
	// Article is true when the URL was last handed out as an article.
	Article bool
	// FirstSeen and LastSeen are when the URL was first and last fetched
	// (or answered 304).
	FirstSeen, LastSeen time.Time
	// Failures counts consecutive failed fetches; a success resets it.
	Failures int
	// LastError is the last failure's message, empty after a success.
	LastError string
}

// State is the crawl state kept between runs: every URL seen with its
// validators, and the run lock. SQLiteState is the embedded
// implementation; a shared database can implement it for several crawler
// processes. Implementations must be safe for concurrent use.
type State interface {
	// Lookup returns the entry for a normalised URL; ok is false when the
	// URL was never recorded.
	Lookup(ctx context.Context, url string) (e Entry, ok bool, err error)
	// Record stores e, replacing any entry for e.URL.
	Record(ctx context.Context, e Entry) error
	// Lock takes the run lock for owner, taking over a stale lock (one
	// whose holder stopped refreshing it). It returns an error wrapping
	// ErrLocked when a live run holds it. The holder calls Lock again to
	// refresh the lock while it runs.
	Lock(ctx context.Context, owner string) error
	// Unlock releases the run lock if owner holds it.
	Unlock(ctx context.Context, owner string) error
}

// stateLockRefresh is how often a run refreshes its lock; stateLockStale,
// well above it, is how old a lock must be to be taken over.
const (
	stateLockRefresh = 30 * time.Second
	stateLockStale   = 3 * time.Minute
)
