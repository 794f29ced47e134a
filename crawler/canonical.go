package crawler

import "net/url"

// What a run knows of a URL, the values of run.seen.
const (
	seenQueued     uint8 = iota + 1 // queued or fetched, outcome unknown
	seenArticle                     // handed out, known unchanged, or a copy of one
	seenNotArticle                  // fetched (or refused) and not an article
)

// A copy page (AMP, print, tracking variants) names its article with
// <link rel=canonical>. So that an article comes out once, and under the
// same URL whichever copy was found first, a copy is not handed out while
// its canonical page is pending: it waits, and the canonical page is
// fetched. When the canonical page is resolved as an article, the copies
// waiting on it are duplicates; when it is not (it failed, or a CMS points
// every story at its section page), they are fetched again and handed out
// on their own, ignoring the canonical link. Two pages naming each other
// as canonical wait on each other until the run is otherwise done; then
// both are handed out (releaseWaiters).

// canonWait decides for an article page whose canonical URL differs from
// its own. It returns wait=true when the page must not be handed out now
// (a duplicate, or waiting for its canonical page), and ignore=true when
// the canonical link is to be disregarded (known not to be an article, or
// outside the source).
func (r *run) canonWait(meta *runMeta, final, canonical string) (wait, ignore bool) {
	if canonical == "" || canonical == final || canonical == meta.url {
		return false, false
	}
	if meta.canonicalFailed {
		return false, true
	}
	cu, err := url.Parse(canonical)
	if err != nil || !urlnormHostAllowed(cu.Host, meta.src.allowed) || !meta.src.candidate(canonical) {
		return false, false // dedup by it, but do not fetch it
	}
	r.mu.Lock()
	switch r.seen[canonical] {
	case seenArticle:
		r.stats.Duplicates++
		r.mu.Unlock()
		return true, false
	case seenNotArticle:
		r.mu.Unlock()
		return false, true
	case seenQueued:
		r.waiters[canonical] = append(r.waiters[canonical], meta)
		r.mu.Unlock()
		return true, false
	}
	r.seen[canonical] = seenQueued
	r.stats.Discovered++
	r.waiters[canonical] = append(r.waiters[canonical], meta)
	r.mu.Unlock()
	if err := r.robots.allowed(r.ctx, cu); err != nil {
		r.resolve(canonical, false)
		return true, false // resolve re-queued the copy
	}
	r.push(&runMeta{src: meta.src, url: canonical, depth: meta.depth, candidate: true})
	return true, false
}

// resolve records whether the page at u is an article and settles the
// copies waiting on it. The first resolution of a URL wins.
func (r *run) resolve(u string, article bool) {
	r.mu.Lock()
	if s := r.seen[u]; s == seenArticle || s == seenNotArticle {
		r.mu.Unlock()
		return
	}
	waiters := r.waiters[u]
	delete(r.waiters, u)
	if article {
		r.seen[u] = seenArticle
		r.stats.Duplicates += len(waiters)
	} else {
		r.seen[u] = seenNotArticle
	}
	r.mu.Unlock()
	for _, w := range waiters {
		if article {
			r.resolve(w.url, true) // copies of an article: settle their own copies
		} else {
			r.retryCopy(w)
		}
	}
}

// retryCopy queues a copy page again, to be handed out on its own.
func (r *run) retryCopy(w *runMeta) {
	r.push(&runMeta{src: w.src, url: w.url, depth: w.depth, candidate: w.candidate, listed: w.listed, canonicalFailed: true})
}

// releaseWaiters, once Colly is idle, re-queues copies still waiting on a
// canonical page that never resolved (it should not happen; this keeps a
// bug from losing articles). It reports whether it re-queued anything.
func (r *run) releaseWaiters() bool {
	r.mu.Lock()
	var stuck []*runMeta
	for u, ws := range r.waiters {
		stuck = append(stuck, ws...)
		delete(r.waiters, u)
		r.seen[u] = seenNotArticle
	}
	r.mu.Unlock()
	if r.ctx.Err() != nil {
		return false
	}
	if len(stuck) > 0 {
		r.log.Warn("copies left waiting for their canonical page; handing them out", "copies", len(stuck))
	}
	for _, w := range stuck {
		r.retryCopy(w)
	}
	return len(stuck) > 0
}
