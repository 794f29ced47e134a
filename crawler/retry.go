package crawler

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"
)

// retryPolicy says how a failed request is retried. Only idempotent GETs
// are retried, so a retry never repeats a side effect.
type retryPolicy struct {
	// MaxRetries is how many times a request is retried after its first try.
	MaxRetries int
	// Base is the first backoff; each further retry doubles it, up to Max.
	Base, Max time.Duration
	// MaxRetryAfter is the longest Retry-After we wait for; a host asking
	// for longer fails the request instead of stalling the run.
	MaxRetryAfter time.Duration
	// BreakerFailures consecutive failed attempts (5xx answers and network
	// errors, retries included; a 429 counts as a sign of life) open a
	// host's circuit breaker for BreakerCooldown.
	BreakerFailures int
	BreakerCooldown time.Duration
}

// retryDefaultPolicy is the policy of a Config that sets none: three retries
// from 500ms (so about 0.5s, 1s, 2s with jitter), Retry-After honoured up
// to two minutes, and a host rested for a minute after ten failed attempts
// in a row (two or three URLs failing through all their retries).
func retryDefaultPolicy() retryPolicy {
	return retryPolicy{
		MaxRetries: 3, Base: 500 * time.Millisecond, Max: 30 * time.Second,
		MaxRetryAfter: 2 * time.Minute, BreakerFailures: 10, BreakerCooldown: time.Minute,
	}
}

// backoff returns the wait before retry number attempt (0-based): the
// exponential delay with "equal jitter", uniformly in [d/2, d], so that
// clients that failed together do not come back together.
func (p retryPolicy) backoff(attempt int) time.Duration {
	d := p.Base
	for range attempt {
		d *= 2
		if d >= p.Max {
			d = p.Max
			break
		}
	}
	if d <= 1 {
		return d
	}
	return d/2 + rand.N(d/2+1)
}

// retryAfter parses a Retry-After header, in seconds or as an HTTP date,
// relative to now. ok is false when the header is absent or unparsable.
func retryAfter(h http.Header, now time.Time) (wait time.Duration, ok bool) {
	v := strings.TrimSpace(h.Get("Retry-After"))
	if v == "" {
		return 0, false
	}
	if secs, err := strconv.Atoi(v); err == nil {
		return time.Duration(max(secs, 0)) * time.Second, true
	}
	if t, err := http.ParseTime(v); err == nil {
		return max(t.Sub(now), 0), true
	}
	return 0, false
}

// retrySleep waits for d or until ctx ends.
func retrySleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// retryableError reports whether a transport error may go away on retry.
// The address guard, an open breaker and cancellation are final.
func retryableError(err error) bool {
	return !errors.Is(err, ErrBlockedAddress) && !errors.Is(err, ErrCircuitOpen) &&
		!errors.Is(err, context.Canceled) && !errors.Is(err, ErrTruncated)
}

// retryBreaker is a per-host circuit breaker: after n consecutive failures
// a host is rested for the cooldown, during which its requests fail with
// ErrCircuitOpen; then one request is let through (half-open) and its
// outcome closes or re-opens the breaker. Safe for concurrent use.
type retryBreaker struct {
	n        int
	cooldown time.Duration
	mu       sync.Mutex
	hosts    map[string]*retryBreakerHost
}

type retryBreakerHost struct {
	failures  int
	openUntil time.Time
	probing   bool
}

func newRetryBreaker(n int, cooldown time.Duration) *retryBreaker {
	return &retryBreaker{n: n, cooldown: cooldown, hosts: map[string]*retryBreakerHost{}}
}

func (b *retryBreaker) get(host string) *retryBreakerHost {
	h, ok := b.hosts[host]
	if !ok {
		h = &retryBreakerHost{}
		b.hosts[host] = h
	}
	return h
}

// allow returns ErrCircuitOpen (wrapped, naming host) while host is rested.
func (b *retryBreaker) allow(host string, now time.Time) error {
	if b.n <= 0 {
		return nil
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	h := b.get(host)
	if h.failures < b.n {
		return nil
	}
	if now.Before(h.openUntil) || h.probing {
		return fmt.Errorf("host %s after %d failures: %w", host, h.failures, ErrCircuitOpen)
	}
	h.probing = true
	return nil
}

func (b *retryBreaker) record(host string, ok bool, now time.Time) {
	if b.n <= 0 {
		return
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	h := b.get(host)
	h.probing = false
	if ok {
		h.failures = 0
		return
	}
	h.failures++
	if h.failures >= b.n {
		h.openUntil = now.Add(b.cooldown)
	}
}
