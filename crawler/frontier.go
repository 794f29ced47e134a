package crawler

import (
	"fmt"
	"net/http"

	"github.com/gocolly/colly/v2"
)

// pump hands queued requests to Colly while fewer than
// runGlobalParallelism are in flight. It runs after every enqueue and
// every finished request, so the queue drains as requests end.
func (r *run) pump() {
	for {
		r.fmu.Lock()
		if r.ctx.Err() != nil {
			r.queue = nil
		}
		if r.inflight >= runGlobalParallelism || len(r.queue) == 0 {
			r.fmu.Unlock()
			return
		}
		meta := r.queue[0]
		r.queue[0] = nil
		r.queue = r.queue[1:]
		r.inflight++
		r.fmu.Unlock()
		hdr, ok := r.prepare(meta)
		if !ok {
			r.resolve(meta.url, true) // known, unchanged
			r.fmu.Lock()
			r.inflight--
			r.fmu.Unlock()
			continue
		}
		if r.c.cfg.DryRun {
			if err := r.handle(r.ctx, Page{URL: meta.url, Source: meta.src.Name, Depth: meta.depth}); err != nil {
				r.cancel(fmt.Errorf("listing %s: %w", meta.url, err))
			}
			r.fmu.Lock()
			r.inflight--
			r.fmu.Unlock()
			continue
		}
		cctx := colly.NewContext()
		cctx.Put(runMetaKey, meta)
		if err := r.col.Request(http.MethodGet, meta.url, nil, cctx, hdr); err != nil {
			r.fail(meta.url, err)
			r.resolve(meta.url, false)
			meta.done.Do(func() {
				r.fmu.Lock()
				r.inflight--
				r.fmu.Unlock()
			})
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
		r.fmu.Lock()
		r.inflight--
		r.fmu.Unlock()
		r.pump()
	})
}

// requeue is the safety net for a request that ended without calling back
// (Colly drops a response whose charset conversion fails without a
// callback): once Colly is idle, nothing is in flight, so a non-empty
// queue is restarted. It reports whether it restarted anything.
func (r *run) requeue() bool {
	r.fmu.Lock()
	stuck := len(r.queue) > 0 && r.ctx.Err() == nil
	if stuck {
		r.log.Warn("frontier stalled; restarting", "queued", len(r.queue), "inflight", r.inflight)
		r.inflight = 0
	}
	r.fmu.Unlock()
	if stuck {
		r.pump()
	}
	return stuck
}
