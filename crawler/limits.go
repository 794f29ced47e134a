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
	sem chan struct{} // one token per request in flight
	// turn is a context-aware mutex held while a request waits for its
	// start time, so starts are spaced by delay as measured, whatever the
	// scheduler does.
	turn chan struct{}

	mu    sync.Mutex
	delay time.Duration
	last  time.Time // start of the previous request
	until time.Time // no start before this (Retry-After)
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
		h = &limitsHost{sem: make(chan struct{}, max(par, 1)), turn: make(chan struct{}, 1), delay: delay}
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

	select {
	case h.turn <- struct{}{}:
	case <-ctx.Done():
		release()
		return nil, ctx.Err()
	}
	defer func() { <-h.turn }()
	for {
		h.mu.Lock()
		start := h.last.Add(h.delay)
		if h.until.After(start) {
			start = h.until
		}
		wait := time.Until(start)
		if wait <= 0 {
			h.last = time.Now()
			h.mu.Unlock()
			return release, nil
		}
		h.mu.Unlock()
		// The delay may have been raised (Crawl-delay, Retry-After) while
		// waiting, so the start time is computed again after the wait.
		if err := retrySleep(ctx, wait); err != nil {
			release()
			return nil, err
		}
	}
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
	if until.After(h.until) {
		h.until = until
	}
	h.mu.Unlock()
}
