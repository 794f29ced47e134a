package crawler

import (
	"context"
	"sync"
	"time"
)

// limitsPolicy gives a host's politeness settings: the minimum time between
// the starts of two requests to it and how many may be in flight at once.
type limitsPolicy func(host string) (delay time.Duration, parallelism int)

// limitsHosts enforces per-host politeness for every request of one run:
// a semaphore bounds in-flight requests per host, and a schedule spaces the
// starts of requests by the host's delay. Colly's LimitRule cannot do this:
// its parallelism is shared by every host its glob matches. Safe for
// concurrent use.
type limitsHosts struct {
	policy limitsPolicy
	mu     sync.Mutex
	hosts  map[string]*limitsHost
}

type limitsHost struct {
	sem chan struct{}

	mu    sync.Mutex
	delay time.Duration
	next  time.Time // earliest start of the next request
}

func newLimitsHosts(policy limitsPolicy) *limitsHosts {
	return &limitsHosts{policy: policy, hosts: map[string]*limitsHost{}}
}

func (l *limitsHosts) host(host string) *limitsHost {
	l.mu.Lock()
	defer l.mu.Unlock()
	h, ok := l.hosts[host]
	if !ok {
		delay, par := l.policy(host)
		h = &limitsHost{sem: make(chan struct{}, max(par, 1)), delay: delay}
		l.hosts[host] = h
	}
	return h
}

// acquire waits for a request slot on host and for the host's delay to pass,
// and returns the function that frees the slot. It returns ctx's error if
// ctx ends first.
func (l *limitsHosts) acquire(ctx context.Context, host string) (release func(), err error) {
	h := l.host(host)
	select {
	case h.sem <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	var once sync.Once
	release = func() { once.Do(func() { <-h.sem }) }

	h.mu.Lock()
	now := time.Now()
	start := now
	if h.next.After(now) {
		start = h.next
	}
	h.next = start.Add(h.delay)
	h.mu.Unlock()
	if wait := start.Sub(now); wait > 0 {
		t := time.NewTimer(wait)
		defer t.Stop()
		select {
		case <-t.C:
		case <-ctx.Done():
			release()
			return nil, ctx.Err()
		}
	}
	return release, nil
}

// raiseDelay makes host's delay at least d (robots.txt Crawl-delay).
func (l *limitsHosts) raiseDelay(host string, d time.Duration) {
	h := l.host(host)
	h.mu.Lock()
	h.delay = max(h.delay, d)
	h.mu.Unlock()
}

// pause keeps every request to host from starting before until (a
// Retry-After from the host).
func (l *limitsHosts) pause(host string, until time.Time) {
	h := l.host(host)
	h.mu.Lock()
	if until.After(h.next) {
		h.next = until
	}
	h.mu.Unlock()
}
