// Package review is the analysts' web UI: a claims list with filters and
// paging, a claim page with the quote highlighted in its article, a speaker
// page with a chart of their claims over time, verdicts, speaker
// corrections and exports. It reads and writes through the small Store
// interface defined here, which the SQLite store (output/) and MemStore
// implement.
//
// Files:
//   - store.go: the Store interface, Filter, ClaimRow, Review, verdicts.
//   - memstore.go: MemStore, the in-memory Store.
//   - sqlite.go: NewSQLiteStore, the Store over output's SQLite store.
//   - server.go: NewServer, routes, security headers, CSRF check.
//   - auth.go: the access token, loopback checks.
//   - filter.go: the list filter as query parameters.
//   - handlers.go: list, claim, verdict, speaker correction, speaker pages.
//   - highlight.go: paragraphs and marks for quote, cue and speaker.
//   - chart.go: claims per day/week/month as SVG bars.
//   - export.go: CSV and JSONL download of the filtered list.
//   - templates.go, templates/*.html, static/: pages, CSS and JavaScript,
//     embedded in the binary (no build step, no CDN).
//   - storetest/: the Store contract as a test suite, for MemStore and the
//     SQLite adapter alike.
//
// # Security
//
// Pages are html/template output, so every text from the web (quotes,
// titles, names, notes) is escaped. Responses carry a
// Content-Security-Policy that runs only /static/app.js: no inline script,
// no other origin. Every POST must carry the server's CSRF token, a random
// value made by NewServer and put in each form, or it is refused with 403.
// Without Options.Token the server answers only requests addressed to a
// loopback host name; with it, every request needs the token.
//
// # Offsets
//
// Claim offsets are Unicode code points into the article text (see
// extract.Span). The highlighter works on the text as []rune, so quotes in
// texts with “curly quotes”, accents or Cyrillic are marked exactly.
//
// # Keyboard
//
// j and k move to the next and previous claim (on the list, they move the
// selection, and o or Enter opens it); 1–5 give the verdicts in the order of
// Verdicts(); / focuses the search box; u goes back to the list. The header
// shows these keys on every page.
//
// # Tests
//
// Handler tests use httptest. The browser tests (browser_test.go) drive
// headless Chromium through chromedp: they skip when no Chromium binary is
// found, unless CLAIMWIRE_REQUIRE_BROWSER=1. They screenshot every page and
// keep the screenshots (logging their directory) when a test fails or
// CLAIMWIRE_KEEP_SCREENSHOTS=1. To run them locally on Debian:
//
//	sudo .ci/chromium.sh
//	CLAIMWIRE_REQUIRE_BROWSER=1 go test ./review/ -run Browser -v
//
// The handler tests run on MemStore and again on the SQLite store
// (TestServerOnSQLite); CLAIMWIRE_REVIEW_STORE=sqlite runs all of them,
// the browser tests included, on the SQLite store.
//
// # Concurrency
//
// The handler returned by NewServer is safe for concurrent use as long as
// its Store is; MemStore and the SQLite store are.
package review
