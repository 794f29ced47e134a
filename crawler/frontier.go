package crawler

import (
	"fmt"
	"net/http"
	"net/url"
	"sync"

	"github.com/gocolly/colly/v2"
)

// runFrontier is a run's queue of URLs waiting to be fetched, one FIFO
// per host, served round-robin. A request is handed to Colly only when
// fewer than runGlobalParallelism are in flight overall and fewer than its
// host's parallelism are in flight to that host, so a slow or rate-limited
// host never ties up the slots other hosts could use, and queued URLs stay
// small structs rather than goroutines. Safe for concurrent use.
type runFrontier struct {
	par func(host string) int

	mu       sync.Mutex
	hosts    map[string]*runFrontierHost
	order    []*runFrontierHost // round-robin order of hosts
	next     int                // index in order to try first
	inflight int
	queued   int
}

type runFrontierHost struct {
	queue    []*runMeta
	inflight int
	par      int
}

func newRunFrontier(par func(host string) int) *runFrontier {
	return &runFrontier{par: par, hosts: map[string]*runFrontierHost{}}
}

// add queues meta behind the other URLs of its host.
func (f *runFrontier) add(meta *runMeta) {
	if meta.host == "" {
		if u, err := url.Parse(meta.url); err == nil {
			meta.host = urlnormHostKey(u)
		}
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	h, ok := f.hosts[meta.host]
	if !ok {
		h = &runFrontierHost{par: max(f.par(meta.host), 1)}
		f.hosts[meta.host] = h
		f.order = append(f.order, h)
	}
	h.queue = append(h.queue, meta)
	f.queued++
}

// take removes and returns the next URL that may start now, counting it
// in flight; ok is false when none may.
func (f *runFrontier) take() (meta *runMeta, ok bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.inflight >= runGlobalParallelism || f.queued == 0 {
		return nil, false
	}
	for i := range f.order {
		h := f.order[(f.next+i)%len(f.order)]
		if len(h.queue) == 0 || h.inflight >= h.par {
			continue
		}
		meta = h.queue[0]
		h.queue[0] = nil
		h.queue = h.queue[1:]
		h.inflight++
		f.inflight++
		f.queued--
		f.next = (f.next + i + 1) % len(f.order)
		return meta, true
	}
	return nil, false
}

// done counts meta's request as ended.
func (f *runFrontier) done(meta *runMeta) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.inflight--
	if h := f.hosts[meta.host]; h != nil {
		h.inflight--
	}
}

// clear drops every queued URL (the run is stopping).
func (f *runFrontier) clear() {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, h := range f.order {
		h.queue = nil
	}
	f.queued = 0
}

// reset forgets what is in flight; see run.requeue. It returns the number
// of URLs still queued.
func (f *runFrontier) reset() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.inflight = 0
	for _, h := range f.order {
		h.inflight = 0
	}
	return f.queued
}

// push appends meta to the frontier and starts what can start.
func (r *run) push(meta *runMeta) {
	r.front.add(meta)
	r.pump()
}

// pump hands queued requests to Colly while the frontier allows. It runs
// after every enqueue and every finished request, so the queue drains as
// requests end.
func (r *run) pump() {
	for {
		if r.ctx.Err() != nil {
			r.front.clear()
			return
		}
		meta, ok := r.front.take()
		if !ok {
			return
		}
		hdr, ok := r.prepare(meta)
		if !ok {
			r.resolve(meta.url, true) // known, unchanged
			r.front.done(meta)
			continue
		}
		if r.c.cfg.DryRun {
			if err := r.handle(r.ctx, Page{URL: meta.url, Source: meta.src.Name, Depth: meta.depth}); err != nil {
				r.cancel(fmt.Errorf("listing %s: %w", meta.url, err))
			}
			r.front.done(meta)
			continue
		}
		cctx := colly.NewContext()
		cctx.Put(runMetaKey, meta)
		if err := r.col.Request(http.MethodGet, meta.url, nil, cctx, hdr); err != nil {
			r.fail(meta.url, err)
			r.resolve(meta.url, false)
			meta.done.Do(func() { r.front.done(meta) })
		}
	}
}

// finish frees the frontier slot of the request whose Colly context is
// cctx (once, though Colly may call both OnError and OnScraped) and
// hands out the next queued request.
func (r *run) finish(cctx *colly.Context) {
	meta, _ := cctx.GetAny(runMetaKey).(*runMeta)
	if meta == nil {
		return
	}
	meta.done.Do(func() {
		r.front.done(meta)
		r.pump()
	})
}

// requeue is the safety net for a request that ended without calling back
// (Colly drops a response whose charset conversion fails without a
// callback): once Colly is idle, nothing is in flight, so a non-empty
// queue is restarted. It reports whether it restarted anything.
func (r *run) requeue() bool {
	if r.ctx.Err() != nil {
		return false
	}
	queued := r.front.reset()
	if queued == 0 {
		return false
	}
	r.log.Warn("frontier stalled; restarting", "queued", queued)
	r.pump()
	return true
}
