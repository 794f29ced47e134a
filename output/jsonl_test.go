package output

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimwire/claimwire/extract"
)

func TestLineWriterWritesWholeUnescapedLines(t *testing.T) {
	var buf bytes.Buffer
	lw := NewLineWriter(&buf, "test")
	recs := []map[string]string{{"q": "<b>“Yes” & no</b>"}, {"q": "line\nbreak"}}
	for _, r := range recs {
		if err := lw.Write(r); err != nil {
			t.Fatal(err)
		}
	}
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	if len(lines) != 2 {
		t.Fatalf("got %d lines, want 2: %q", len(lines), buf.String())
	}
	if !strings.Contains(lines[0], `<b>“Yes” & no</b>`) {
		t.Errorf("HTML was escaped: %s", lines[0])
	}
	for i, l := range lines {
		var got map[string]string
		if err := json.Unmarshal([]byte(l), &got); err != nil {
			t.Fatalf("line %d does not parse: %v", i, err)
		}
		if got["q"] != recs[i]["q"] {
			t.Errorf("line %d: got %q, want %q", i, got["q"], recs[i]["q"])
		}
	}
	if lw.Lines() != 2 {
		t.Errorf("Lines() = %d, want 2", lw.Lines())
	}
}

func TestOpenLineFileRepairsPartialLastLine(t *testing.T) {
	tests := []struct {
		name, before, want string
	}{
		{"clean file", "{\"a\":1}\n{\"a\":2}\n", "{\"a\":1}\n{\"a\":2}\n{\"a\":3}\n"},
		{"partial last line", "{\"a\":1}\n{\"a\":2", "{\"a\":1}\n{\"a\":3}\n"},
		{"only a partial line", "{\"a\"", "{\"a\":3}\n"},
		{"empty", "", "{\"a\":3}\n"},
		{"long partial line", "{\"a\":1}\n" + strings.Repeat("x", 200<<10), "{\"a\":1}\n{\"a\":3}\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "sub", "x.jsonl")
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, []byte(tt.before), 0o644); err != nil {
				t.Fatal(err)
			}
			lw, err := OpenLineFile(path, Append, nil)
			if err != nil {
				t.Fatal(err)
			}
			if err := lw.Write(map[string]int{"a": 3}); err != nil {
				t.Fatal(err)
			}
			if err := lw.Close(); err != nil {
				t.Fatal(err)
			}
			got, _ := os.ReadFile(path)
			if string(got) != tt.want {
				t.Errorf("file = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestOpenLineFileTruncate(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.jsonl")
	os.WriteFile(path, []byte("{\"old\":true}\n"), 0o644)
	lw, err := OpenLineFile(path, Truncate, nil)
	if err != nil {
		t.Fatal(err)
	}
	lw.Write(map[string]bool{"new": true})
	lw.Close()
	got, _ := os.ReadFile(path)
	if string(got) != "{\"new\":true}\n" {
		t.Errorf("file = %q", got)
	}
}

func TestJSONLAppendIsIdempotent(t *testing.T) {
	dir := t.TempDir()
	a := sampleArticle()
	c := sampleClaim(a)
	countLines := func(name string) int {
		b, _ := os.ReadFile(filepath.Join(dir, name))
		return strings.Count(string(b), "\n")
	}
	write := func(a extract.Article, claims ...extract.Claim) {
		t.Helper()
		s, err := OpenJSONL(dir, Append, nil)
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Write(context.Background(), a, claims); err != nil {
			t.Fatal(err)
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
	}

	// A run killed after the article's line, before its claims' lines.
	write(a)
	if countLines("articles.jsonl") != 1 || countLines("claims.jsonl") != 0 {
		t.Fatal("setup failed")
	}
	// The next run writes the missing claim, not the article again.
	write(a, c)
	if n, m := countLines("articles.jsonl"), countLines("claims.jsonl"); n != 1 || m != 1 {
		t.Errorf("after re-run: %d article lines, %d claim lines; want 1, 1", n, m)
	}
	// The same records again add nothing, even with a new fetch time.
	again := a
	again.FetchedAt = "2025-04-23T00:00:00Z"
	write(again, c)
	if n, m := countLines("articles.jsonl"), countLines("claims.jsonl"); n != 1 || m != 1 {
		t.Errorf("after identical run: %d article lines, %d claim lines; want 1, 1", n, m)
	}
	// A changed claim record supersedes the old one with a new line.
	changed := c
	changed.Confidence = 0.5
	write(a, changed)
	if m := countLines("claims.jsonl"); m != 2 {
		t.Errorf("after a changed claim: %d claim lines, want 2", m)
	}
	// A changed text gives a new article line.
	edited := a
	edited.Text += " Updated."
	edited.ContentHash = extract.ContentHash(edited.Text)
	write(edited)
	if n := countLines("articles.jsonl"); n != 2 {
		t.Errorf("after an edit: %d article lines, want 2", n)
	}
}
