package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"io/fs"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/claimwire/claimwire/extract"
	"github.com/claimwire/claimwire/output"
)

// lockedBuffer is a bytes.Buffer safe for a writer and a reader in two
// goroutines.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// writeReviewDir writes one article with one claim as JSONL files.
func writeReviewDir(t *testing.T) (dir string, c extract.Claim) {
	t.Helper()
	text := "“Prices will fall in März,” said Dora Ønsted."
	a := extract.Article{SchemaVersion: 1, ID: extract.ArticleID("x.example/1"), URL: "https://x.example/1",
		Title: "Prices", Published: "2025-04-21", SiteName: "X Daily", Text: text}
	ri := extract.NewRuneIndex(text)
	b0 := strings.Index(text, "Prices will")
	b1 := strings.Index(text, "März,") + len("März,")
	q := extract.Quote{Text: text[b0:b1], Start: ri.CP(b0), End: ri.CP(b1)}
	c = extract.Claim{SchemaVersion: 1, ID: extract.ClaimID(a.ID, q), ArticleID: a.ID, URL: a.URL, Published: a.Published,
		Type: extract.ClaimDirect, Quote: q, Speaker: extract.Speaker{Name: "Dora Ønsted", Kind: extract.SpeakerPerson}}
	dir = t.TempDir()
	for name, v := range map[string]any{"articles.jsonl": a, "claims.jsonl": c} {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir, c
}

func TestReviewUsageErrors(t *testing.T) {
	dir, _ := writeReviewDir(t)
	t.Setenv(reviewTokenEnv, "")
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"both --db and --from", []string{"--from", dir, "--db", filepath.Join(dir, "claimwire.db")}, "not both"},
		{"empty --db", []string{"--db", ""}, "--db needs the PATH"},
		{"empty --from", []string{"--from", ""}, "--from needs a DIR"},
		{"stray argument", []string{"--from", dir, "extra"}, "unexpected argument"},
		{"all interfaces without token", []string{"--from", dir, "--addr", ":8080"}, "give --token"},
		{"public address without token", []string{"--from", dir, "--addr", "0.0.0.0:8080"}, "give --token"},
		{"bad address", []string{"--from", dir, "--addr", "8080"}, "not HOST:PORT"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := reviewCmd(context.Background(), tt.args, io.Discard, io.Discard)
			var ue usageError
			if !errors.As(err, &ue) || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error %v, want a usage error with %q", err, tt.want)
			}
		})
	}
	err := reviewCmd(context.Background(), []string{"--from", t.TempDir()}, io.Discard, io.Discard)
	if !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing files: error %v, want one wrapping os.ErrNotExist", err)
	}
	bad := t.TempDir()
	os.WriteFile(filepath.Join(bad, "articles.jsonl"), []byte("{}\n{oops\n"), 0o644)
	err = reviewCmd(context.Background(), []string{"--from", bad}, io.Discard, io.Discard)
	if err == nil || !strings.Contains(err.Error(), "articles.jsonl line 2") {
		t.Errorf("bad line: error %v, want it to name the file and line", err)
	}
}

// startReview runs reviewCmd until the test ends and returns the URL it
// prints.
func startReview(t *testing.T, args ...string) string {
	t.Helper()
	base, stop := startReviewStoppable(t, args...)
	t.Cleanup(func() { stop() })
	return base
}

// startReviewStoppable runs reviewCmd and returns the URL it prints and a
// function that stops it (once) and returns what it printed.
func startReviewStoppable(t *testing.T, args ...string) (base string, stop func() string) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	var out lockedBuffer
	done := make(chan error, 1)
	go func() { done <- reviewCmd(ctx, args, &out, io.Discard) }()
	stop = sync.OnceValue(func() string {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("review stopped with %v", err)
		}
		if !strings.Contains(out.String(), "Stopped.") {
			t.Error("no stop message")
		}
		return out.String()
	})
	openLine := regexp.MustCompile(`Open (http://\S+)`)
	for range 500 {
		if m := openLine.FindStringSubmatch(out.String()); m != nil {
			return m[1], stop
		}
		select {
		case err := <-done:
			cancel()
			t.Fatalf("review ended early: %v\n%s", err, out.String())
		case <-time.After(10 * time.Millisecond):
		}
	}
	cancel()
	t.Fatalf("review printed no URL:\n%s", out.String())
	return "", nil
}

func TestReviewServes(t *testing.T) {
	dir, c := writeReviewDir(t)
	t.Setenv(reviewTokenEnv, "")
	base := startReview(t, "--from", dir, "--addr", "127.0.0.1:0", "--reviewer", "tester")
	res, err := http.Get(base + "claims/" + c.ID)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != http.StatusOK {
		t.Fatalf("status %d", res.StatusCode)
	}
	for _, want := range []string{`<mark class="quote">Prices will fall in März,</mark>`, "Dora Ønsted", `value="tester"`} {
		if !strings.Contains(string(body), want) {
			t.Errorf("claim page lacks %q", want)
		}
	}
}

func TestReviewTokenFromEnvironment(t *testing.T) {
	dir, _ := writeReviewDir(t)
	t.Setenv(reviewTokenEnv, "env-secret")
	withToken := startReview(t, "--from", dir, "--addr", "127.0.0.1:0")
	if !strings.HasSuffix(withToken, "/?token=env-secret") {
		t.Fatalf("printed URL %q does not carry the token", withToken)
	}
	bare := strings.TrimSuffix(withToken, "?token=env-secret")
	res, err := http.Get(bare)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusUnauthorized {
		t.Errorf("without the token: status %d, want 401", res.StatusCode)
	}
	req, _ := http.NewRequest(http.MethodGet, bare, nil)
	req.Header.Set("Authorization", "Bearer env-secret")
	res, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusOK {
		t.Errorf("with the token: status %d, want 200", res.StatusCode)
	}
}

func TestReviewMissingStore(t *testing.T) {
	t.Setenv(reviewTokenEnv, "")
	missing := filepath.Join(t.TempDir(), "sub", "claimwire.db")
	tests := []struct {
		name string
		args []string
		path string // the store the error must name, which must not be created
	}{
		{"given --db", []string{"--db", missing}, missing},
		{"default --db", nil, filepath.Join("out", "claimwire.db")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Chdir(t.TempDir())
			err := reviewCmd(context.Background(), append(tt.args, "--addr", "127.0.0.1:0"), io.Discard, io.Discard)
			if !errors.Is(err, fs.ErrNotExist) {
				t.Fatalf("error %v, want one wrapping fs.ErrNotExist", err)
			}
			for _, want := range []string{tt.path, "claimwire demo", "claimwire crawl"} {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("error %q does not mention %q", err, want)
				}
			}
			if _, err := os.Stat(filepath.Dir(tt.path)); !errors.Is(err, fs.ErrNotExist) {
				t.Errorf("the store's directory was created (stat: %v)", err)
			}
		})
	}
	if code, _, stderr := runCLI(t, "review", "--db", missing); code != exitFailed || !strings.Contains(stderr, "claimwire demo") {
		t.Errorf("exit %d, stderr %q; want %d and a hint to run claimwire demo", code, stderr, exitFailed)
	}
	if err := reviewCmd(context.Background(), []string{"--db", t.TempDir()}, io.Discard, io.Discard); err == nil || !strings.Contains(err.Error(), "is a directory") {
		t.Errorf("a directory as --db: error %v", err)
	}
}

// noRedirect is an HTTP client that returns redirects instead of following
// them.
var noRedirect = &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}

// reviewGet fetches url and returns its body, failing the test unless the
// status is 200.
func reviewGet(t *testing.T, url string) string {
	t.Helper()
	res, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	if res.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: status %d\n%s", url, res.StatusCode, body)
	}
	return string(body)
}

// TestReviewDBKeepsVerdicts runs the demo into a temporary directory,
// reviews its store, gives a verdict through the web form, stops the
// server and finds the verdict in the store and in a new server's pages.
func TestReviewDBKeepsVerdicts(t *testing.T) {
	t.Setenv(reviewTokenEnv, "")
	dir := t.TempDir()
	if code, stdout, stderr := runCLI(t, "demo", "-q", "--addr", freeLoopbackAddr(t), "--out", dir); code != exitOK {
		t.Fatalf("demo exit %d\n%s\n%s", code, stdout, stderr)
	}
	db := filepath.Join(dir, "claimwire.db")
	base, stop := startReviewStoppable(t, "--db", db, "--addr", "127.0.0.1:0", "--reviewer", "tester")

	ids := regexp.MustCompile(`<a class="open" href="/claims/([0-9a-f]+)`).FindAllStringSubmatch(reviewGet(t, base), -1)
	if len(ids) < 10 {
		t.Fatalf("the list shows %d claims, want the demo's (at least 10)", len(ids))
	}
	id := ids[len(ids)/2][1]
	m := regexp.MustCompile(`name="csrf" value="([^"]+)"`).FindStringSubmatch(reviewGet(t, base+"claims/"+id))
	if m == nil {
		t.Fatal("no CSRF token on the claim page")
	}
	form := url.Values{"verdict": {"needs_context"}, "note": {"check the date"}, "reviewer": {"Zoë"}, "csrf": {m[1]}}
	res, err := noRedirect.PostForm(base+"claims/"+id+"/verdict", form)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusSeeOther {
		t.Fatalf("verdict POST: status %d, want 303", res.StatusCode)
	}
	printed := stop()
	for _, want := range []string{"saved in " + db, "Reviewing ", " claims from ", "(0 already reviewed)"} {
		if !strings.Contains(printed, want) {
			t.Errorf("start-up lacks %q:\n%s", want, printed)
		}
	}
	if strings.Contains(printed, "in memory") {
		t.Errorf("start-up says verdicts are kept in memory:\n%s", printed)
	}

	st, err := output.OpenStore(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	d, err := st.GetClaim(context.Background(), id)
	st.Close()
	if err != nil {
		t.Fatal(err)
	}
	if r := d.Review; r.Verdict != output.VerdictNeedsContext || r.Note != "check the date" || r.Reviewer != "Zoë" || r.ReviewedAt.IsZero() {
		t.Errorf("stored review %+v", r)
	}

	base = startReview(t, "--db", db, "--addr", "127.0.0.1:0")
	reviewed := regexp.MustCompile(`<a class="open" href="/claims/([0-9a-f]+)`).FindAllStringSubmatch(reviewGet(t, base+"?verdict=reviewed"), -1)
	if len(reviewed) != 1 || reviewed[0][1] != id {
		t.Errorf("reviewed claims after a restart: %q, want [%s]", reviewed, id)
	}
	if page := reviewGet(t, base+"claims/"+id); !strings.Contains(page, "check the date") {
		t.Error("the claim page after a restart lacks the verdict's note")
	}
}
