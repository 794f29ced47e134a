package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/claimwire/claimwire/extract"
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
		{"no input", nil, "give --from DIR"},
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
	ctx, cancel := context.WithCancel(context.Background())
	var out lockedBuffer
	done := make(chan error, 1)
	go func() { done <- reviewCmd(ctx, args, &out, io.Discard) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("review stopped with %v", err)
		}
		if !strings.Contains(out.String(), "Stopped.") {
			t.Error("no stop message")
		}
	})
	openLine := regexp.MustCompile(`Open (http://\S+)`)
	for range 500 {
		if m := openLine.FindStringSubmatch(out.String()); m != nil {
			return m[1]
		}
		select {
		case err := <-done:
			t.Fatalf("review ended early: %v\n%s", err, out.String())
		case <-time.After(10 * time.Millisecond):
		}
	}
	t.Fatalf("review printed no URL:\n%s", out.String())
	return ""
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
