package review

import (
	"context"
	"fmt"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// The browser tests drive the UI in headless Chromium. They skip when no
// Chromium binary is found, unless CLAIMWIRE_REQUIRE_BROWSER=1 (as in CI),
// which makes a missing browser a failure. CLAIMWIRE_CHROMIUM names the
// binary when it is not on PATH. Screenshots of every page are saved in a
// directory under os.TempDir(); it is kept, and its path logged, when the
// test fails or CLAIMWIRE_KEEP_SCREENSHOTS=1, and removed otherwise.

// chromiumPath finds a Chromium binary, or returns "".
func chromiumPath() string {
	if p := os.Getenv("CLAIMWIRE_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// browserSession is one headless Chromium tab on a test server.
type browserSession struct {
	t       *testing.T
	ctx     context.Context
	baseURL string
	shots   string // screenshot directory

	mu         sync.Mutex
	dialogs    []string // messages of alert/confirm/prompt dialogs
	exceptions []string // uncaught JavaScript exceptions
}

// newBrowser starts Chromium with a fresh profile and a review server over
// the fixture corpus.
func newBrowser(t *testing.T) (*browserSession, *testServer) {
	t.Helper()
	path := chromiumPath()
	if path == "" {
		msg := "no Chromium binary found (looked for chromium, chromium-browser, google-chrome on PATH, and $CLAIMWIRE_CHROMIUM); install it with .ci/chromium.sh"
		if os.Getenv("CLAIMWIRE_REQUIRE_BROWSER") == "1" {
			t.Fatal(msg + ", or unset CLAIMWIRE_REQUIRE_BROWSER")
		}
		t.Skip(msg)
	}
	ts := newTestServer(t, Options{Reviewer: "browser-test"})
	srv := httptest.NewServer(ts.h)
	t.Cleanup(srv.Close)

	profile, err := os.MkdirTemp("", "claimwire-chromium-profile-")
	if err != nil {
		t.Fatal(err)
	}
	shots, err := os.MkdirTemp("", "claimwire-review-screenshots-")
	if err != nil {
		t.Fatal(err)
	}
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(path),
		chromedp.Flag("headless", true),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true),
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(profile),
		chromedp.WindowSize(1280, 900),
	)
	// A guard against a hung browser, not a timed assertion.
	ctx, cancelTimeout := context.WithTimeout(allocCtx, 2*time.Minute)
	ctx, cancelTab := chromedp.NewContext(ctx, chromedp.WithErrorf(t.Logf))
	t.Cleanup(func() {
		cancelTab()
		cancelTimeout()
		cancelAlloc()
		os.RemoveAll(profile)
		if t.Failed() || os.Getenv("CLAIMWIRE_KEEP_SCREENSHOTS") == "1" {
			t.Logf("screenshots kept in %s", shots)
			return
		}
		os.RemoveAll(shots)
	})
	b := &browserSession{t: t, ctx: ctx, baseURL: srv.URL, shots: shots}
	if err := chromedp.Do(ctx); err != nil { // starts the browser
		t.Fatalf("starting %s: %v", path, err)
	}
	// Subscribe before any page loads; the loops end with the context.
	dialogs := chromedp.Events(ctx, page.JavascriptDialogOpening)
	exceptions := chromedp.Events(ctx, runtime.ExceptionThrown)
	go func() {
		for ev, err := range dialogs {
			if err != nil {
				return
			}
			b.mu.Lock()
			b.dialogs = append(b.dialogs, ev.Message)
			b.mu.Unlock()
			chromedp.Call(ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: true})
		}
	}()
	go func() {
		for ev, err := range exceptions {
			if err != nil {
				return
			}
			msg := ev.ExceptionDetails.Text
			if ev.ExceptionDetails.Exception != nil {
				msg += " " + ev.ExceptionDetails.Exception.Description
			}
			b.mu.Lock()
			b.exceptions = append(b.exceptions, msg)
			b.mu.Unlock()
		}
	}()
	t.Logf("browser: %s", path)
	return b, ts
}

// run runs browser actions, failing the test with what on error.
func (b *browserSession) run(what string, actions ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	if err := chromedp.Do(b.ctx, actions...); err != nil {
		b.t.Fatalf("%s: %v", what, err)
	}
}

// value runs one browser action that returns a value.
func value[T any](b *browserSession, what string, a chromedp.Action[T]) T {
	b.t.Helper()
	v, err := chromedp.Run(b.ctx, a)
	if err != nil {
		b.t.Fatalf("%s: %v", what, err)
	}
	return v
}

// screenshot saves the whole page as name.png and logs its path.
func (b *browserSession) screenshot(name string) {
	b.t.Helper()
	png := value(b, "screenshot "+name, chromedp.FullScreenshot(100))
	path := filepath.Join(b.shots, name+".png")
	if err := os.WriteFile(path, png, 0o644); err != nil {
		b.t.Fatal(err)
	}
	b.t.Logf("screenshot: %s", path)
}

// text returns the text content of the first node matching sel.
func (b *browserSession) text(sel string) string {
	b.t.Helper()
	return strings.TrimSpace(value(b, "reading "+sel, chromedp.Text(chromedp.CSS(sel), chromedp.NodeVisible)))
}

// navigate runs actions that lead to another page (a click, a key) and
// waits until the browser is on a new, fully loaded page: the location has
// changed and the deferred app script has run. Waiting for an element is not
// enough, since the old page may show the same one, and a key pressed
// before app.js attached its handlers is lost.
func (b *browserSession) navigate(what string, actions ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	before := b.location()
	b.run(what, actions...)
	b.waitLoaded(what, before)
}

// waitLoaded waits until the location differs from before (any location
// when before is "") and the document has finished loading.
func (b *browserSession) waitLoaded(what, before string) {
	b.t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		loc := b.location()
		state := value(b, what+": reading the load state", chromedp.Evaluate[string](`document.readyState`))
		if (before == "" || loc != before) && state == "complete" {
			return
		}
		if time.Now().After(deadline) {
			b.t.Fatalf("%s: still on %s (%s) after 30s", what, loc, state)
		}
		time.Sleep(25 * time.Millisecond)
	}
}

func (b *browserSession) location() string {
	b.t.Helper()
	return value(b, "reading the location", chromedp.Location())
}

// checkClean fails the test on any dialog or script error seen so far.
func (b *browserSession) checkClean() {
	b.t.Helper()
	b.mu.Lock()
	defer b.mu.Unlock()
	if len(b.dialogs) > 0 {
		b.t.Errorf("dialogs opened: %q", b.dialogs)
	}
	if len(b.exceptions) > 0 {
		b.t.Errorf("script errors: %q", b.exceptions)
	}
}

func TestBrowserReviewFlow(t *testing.T) {
	b, ts := newBrowser(t)

	b.run("loading the list", chromedp.Navigate(b.baseURL+"/"), chromedp.WaitVisible(chromedp.ID("claims")))
	b.waitLoaded("loading the list", "")
	if got := b.text("#count"); got != fmt.Sprintf("Claims 1–%d of %d", len(ts.fx.claims), len(ts.fx.claims)) {
		t.Errorf("count line %q", got)
	}
	b.screenshot("01-list")

	b.navigate("filtering by speaker",
		chromedp.SendKeys(chromedp.ID("f-speaker"), "Петрова"),
		chromedp.Click(chromedp.ID("f-apply")),
	)
	b.run("waiting for the filtered list", chromedp.WaitVisible(chromedp.ID("claims")))
	if got := b.text("#count"); got != "Claims 1–2 of 2" {
		t.Errorf("after filtering, count line %q", got)
	}
	if loc := b.location(); !strings.Contains(loc, "speaker=") {
		t.Errorf("location %q has no speaker filter", loc)
	}
	b.screenshot("02-list-filtered")

	// Open the first claim, newest first within the article: the indirect
	// one, then move to the next with j and back with k.
	b.navigate("opening a claim", chromedp.Click(chromedp.CSS("a.open")))
	b.run("waiting for the claim page", chromedp.WaitVisible(chromedp.ID("verdict-form")))
	first := b.location()
	if got := b.text("mark.quote"); got != ts.fx.mayor.Quote.Text {
		t.Errorf("highlighted quote %q, want %q", got, ts.fx.mayor.Quote.Text)
	}
	b.screenshot("03-claim")
	b.navigate("pressing j", chromedp.KeyEvent("j"))
	b.run("waiting for the next claim", chromedp.WaitVisible(chromedp.ID("prev")))
	if loc := b.location(); loc == first || !strings.Contains(loc, ts.fx.mayorRu.ID) {
		t.Errorf("j went to %q, want claim %s", loc, ts.fx.mayorRu.ID)
	}
	b.navigate("pressing k", chromedp.KeyEvent("k"))
	b.run("waiting for the previous claim", chromedp.WaitVisible(chromedp.ID("next")))
	if loc := b.location(); loc != first {
		t.Errorf("k went to %q, want back to %q", loc, first)
	}

	// Give a verdict with a note using the keyboard: 2 is "disputed".
	b.run("typing a note", chromedp.SendKeys(chromedp.ID("note"), "Council minutes say June."))
	b.run("leaving the note field", chromedp.Blur(chromedp.ID("note")))
	b.run("pressing 2", chromedp.KeyEvent("2"), chromedp.WaitVisible(chromedp.CSS(".flash")))
	if got := b.text("#verdict-badge"); got != "Disputed" {
		t.Errorf("verdict badge %q after pressing 2", got)
	}
	b.screenshot("04-claim-verdict-saved")

	b.run("reloading", chromedp.Reload(), chromedp.WaitVisible(chromedp.ID("verdict-form")))
	b.waitLoaded("reloading", "")
	if got := b.text("#verdict-badge"); got != "Disputed" {
		t.Errorf("after reload, verdict badge %q", got)
	}
	if got := b.text("#current-verdict .note"); got != "Council minutes say June." {
		t.Errorf("after reload, note %q", got)
	}
	flashes := value(b, "counting flashes", chromedp.Evaluate[int](`document.querySelectorAll(".flash").length`))
	if flashes != 0 {
		t.Error("the saved message is shown again after a reload")
	}
	d, err := ts.store.GetClaim(context.Background(), ts.fx.mayor.ID)
	if err != nil {
		t.Fatal(err)
	}
	if d.Review == nil || d.Review.Verdict != VerdictDisputed || d.Review.Reviewer != "browser-test" {
		t.Errorf("stored review %+v", d.Review)
	}
	b.screenshot("05-claim-after-reload")

	// The split quote with accents: every segment highlighted.
	b.run("opening the split quote", chromedp.Navigate(b.baseURL+"/claims/"+ts.fx.port.ID), chromedp.WaitVisible(chromedp.ID("verdict-form")))
	b.waitLoaded("opening the split quote", "")
	marks := value(b, "reading marks", chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll("#quote mark.quote")).map(m => m.textContent)`))
	if want := []string{"We cannot reopen the terminals before the cranes are inspected,", "Safety comes first — always."}; strings.Join(marks, "|") != strings.Join(want, "|") {
		t.Errorf("quote marks %q, want %q", marks, want)
	}
	b.screenshot("06-claim-split-quote")

	b.navigate("opening the speaker page", chromedp.Click(chromedp.CSS("#speaker a")))
	b.run("waiting for the chart", chromedp.WaitVisible(chromedp.ID("chart")))
	bars := value(b, "counting bars", chromedp.Evaluate[int](`document.querySelectorAll("#chart rect").length`))
	if bars == 0 {
		t.Error("the speaker chart has no bars")
	}
	b.screenshot("07-speaker")
	b.checkClean()
}

func TestBrowserScriptQuoteIsText(t *testing.T) {
	b, ts := newBrowser(t)
	const quote = "<script>alert(1)</script> is not a claim,"

	b.run("opening the claim", chromedp.Navigate(b.baseURL+"/claims/"+ts.fx.script.ID), chromedp.WaitVisible(chromedp.ID("verdict-form")))
	if got := b.text("#quote mark.quote"); got != quote {
		t.Errorf("highlighted quote %q, want %q", got, quote)
	}
	scripts := value(b, "counting scripts", chromedp.Evaluate[int](`document.querySelectorAll("script").length`))
	if scripts != 1 {
		t.Errorf("%d script elements on the page, want only app.js", scripts)
	}
	b.screenshot("08-script-quote-claim")

	b.run("searching the list", chromedp.Navigate(b.baseURL+"/?q=alert"), chromedp.WaitVisible(chromedp.ID("claims")))
	if got := b.text("td.c-quote a"); got != "“"+quote+"”" {
		t.Errorf("list shows %q", got)
	}
	b.screenshot("09-script-quote-list")
	b.checkClean()
}
