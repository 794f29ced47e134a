package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimwire/claimwire/extract"
	"github.com/claimwire/claimwire/output"
)

// runCLI runs one command line in-process and returns its exit code and
// output.
func runCLI(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(context.Background(), args, &out, &errb)
	return code, out.String(), errb.String()
}

// readJSONL reads a JSONL file, validating every line against schema.
func readJSONL[T any](t *testing.T, path, schema string) []T {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []T
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		if schema != "" {
			if err := output.Validate(schema, sc.Bytes()); err != nil {
				t.Fatalf("%s: %v\n%s", path, err, sc.Bytes())
			}
		}
		var v T
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		out = append(out, v)
	}
	return out
}

func TestExtractUsageErrors(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"no input", []string{"extract"}, "give at least one PATH"},
		{"missing file", []string{"extract", filepath.Join(dir, "nope.html")}, "cannot read"},
		{"both inputs", []string{"extract", "--docs", "x.jsonl", "a.html"}, "either PATHs or --docs"},
		{"url with two files", []string{"extract", "--url", "http://x", "a.html", "b.html"}, "exactly one file"},
		{"unknown flag", []string{"extract", "--nope"}, "flag provided but not defined"},
		{"empty directory", []string{"extract", dir}, "no .html"},
		{"bad log format", []string{"extract", "--log-format", "xml", "a.html"}, "--log-format"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := runCLI(t, tt.args...)
			if code != exitUsage {
				t.Errorf("exit %d, want %d", code, exitUsage)
			}
			if !strings.Contains(stderr, tt.want) {
				t.Errorf("stderr %q does not say %q", stderr, tt.want)
			}
		})
	}
}

func TestExtractDocsKeepsTextAndIDs(t *testing.T) {
	dir := t.TempDir()
	text := "“We will not stop,” Maria Lindqvist said on Monday.\n\n  Odd   spacing\tkept. "
	docs := filepath.Join(dir, "docs.jsonl")
	lines := []map[string]any{
		{"id": "doc-1", "url": "https://example.com/1", "published": "2025-04-22", "text": text},
		{"id": "doc-2", "text": "Second document."},
	}
	var buf bytes.Buffer
	for _, l := range lines {
		b, _ := json.Marshal(l)
		buf.Write(b)
		buf.WriteByte('\n')
	}
	os.WriteFile(docs, buf.Bytes(), 0o644)
	out := filepath.Join(dir, "out")
	code, _, stderr := runCLI(t, "extract", "-q", "--docs", docs, "--out", out)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	arts := readJSONL[extract.Article](t, filepath.Join(out, "articles.jsonl"), output.ArticleSchema)
	if len(arts) != 2 || arts[0].ID != "doc-1" || arts[1].ID != "doc-2" {
		t.Fatalf("articles = %+v", arts)
	}
	if arts[0].Text != text {
		t.Errorf("text changed:\n got %q\nwant %q", arts[0].Text, text)
	}
	readJSONL[extract.Claim](t, filepath.Join(out, "claims.jsonl"), output.ClaimSchema)
}

func TestExtractDocsBadLineIsReportedAndOthersWritten(t *testing.T) {
	dir := t.TempDir()
	docs := filepath.Join(dir, "docs.jsonl")
	os.WriteFile(docs, []byte("{\"id\":\"ok\",\"text\":\"Fine.\"}\n{not json\n{\"id\":\"x\"}\n"), 0o644)
	out := filepath.Join(dir, "out")
	code, stdout, stderr := runCLI(t, "extract", "--docs", docs, "--out", out)
	if code != exitFailed {
		t.Fatalf("exit %d, want %d", code, exitFailed)
	}
	if !strings.Contains(stderr, "docs.jsonl:2") || !strings.Contains(stderr, "docs.jsonl:3") {
		t.Errorf("warnings do not name the bad lines:\n%s", stderr)
	}
	if !strings.Contains(stdout, "2 failed") {
		t.Errorf("summary does not count the failures:\n%s", stdout)
	}
	if !strings.Contains(stderr, "2 of 3 documents failed") {
		t.Errorf("stderr = %q", stderr)
	}
	arts := readJSONL[extract.Article](t, filepath.Join(out, "articles.jsonl"), output.ArticleSchema)
	if len(arts) != 1 || arts[0].ID != "ok" {
		t.Errorf("articles = %+v", arts)
	}
}

func TestExtractReadsGzipAndDirectories(t *testing.T) {
	dir := t.TempDir()
	page := `<html><head><title>Budget vote</title></head><body><article><h1>Budget vote</h1>
<p>The city council approved the budget on Tuesday after a long debate about transport spending.</p>
<p>“This budget keeps the buses running,” said council leader Amara Osei, who proposed it.</p>
</article></body></html>`
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(page))
	zw.Close()
	os.MkdirAll(filepath.Join(dir, "in", "sub"), 0o755)
	os.WriteFile(filepath.Join(dir, "in", "a.html"), []byte(page), 0o644)
	os.WriteFile(filepath.Join(dir, "in", "sub", "b.html.gz"), gz.Bytes(), 0o644)
	os.WriteFile(filepath.Join(dir, "in", "notes.txt"), []byte("not a page"), 0o644)
	out := filepath.Join(dir, "out")
	code, _, stderr := runCLI(t, "extract", "-q", "--out", out, filepath.Join(dir, "in"))
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	arts := readJSONL[extract.Article](t, filepath.Join(out, "articles.jsonl"), output.ArticleSchema)
	// Both files hold the same page without a URL: distinct source files
	// give distinct articles.
	if len(arts) != 2 {
		t.Fatalf("got %d articles, want 2", len(arts))
	}
	for _, a := range arts {
		if !strings.Contains(a.Text, "buses running") || !strings.HasSuffix(a.SourceFile, ".html") && !strings.HasSuffix(a.SourceFile, ".html.gz") {
			t.Errorf("article from %s: text %q", a.SourceFile, a.Text)
		}
	}
}

func TestExtractToStdout(t *testing.T) {
	dir := t.TempDir()
	docs := filepath.Join(dir, "docs.jsonl")
	os.WriteFile(docs, []byte(`{"id":"d","text":"“Prices will fall,” the central bank said on Monday."}`+"\n"), 0o644)
	t.Chdir(dir)
	code, stdout, stderr := runCLI(t, "extract", "--docs", docs, "--out", "-")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, line := range strings.Split(strings.TrimSpace(stdout), "\n") {
		if line == "" {
			continue
		}
		if err := output.Validate(output.ClaimSchema, []byte(line)); err != nil {
			t.Errorf("stdout line is not a claim: %v\n%s", err, line)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "out")); err == nil {
		t.Error("--out - still wrote files under ./out")
	}
}

func TestHelpAndUnknownCommand(t *testing.T) {
	if code, stdout, _ := runCLI(t, "help"); code != exitOK || !strings.Contains(stdout, "extract") {
		t.Errorf("help: exit %d, %q", code, stdout)
	}
	if code, _, stderr := runCLI(t, "frobnicate"); code != exitUsage || !strings.Contains(stderr, "unknown command") {
		t.Errorf("unknown command: exit %d, %q", code, stderr)
	}
	if code, _, stderr := runCLI(t, "extract", "--help"); code != exitOK || !strings.Contains(stderr, "--docs") {
		t.Errorf("extract --help: exit %d, %q", code, stderr)
	}
}

func TestExtractDocsHTMLTakesGivenMetadata(t *testing.T) {
	dir := t.TempDir()
	page := `<html><head><title>Ferry timetable | Harbour Post</title></head><body><article>
<h1>Ferry timetable</h1>
<p>The harbour authority approved a new ferry timetable on Monday after months of complaints from commuters.</p>
<p>“We listened to every passenger who wrote to us,” said harbour master Ilse Varga, who drew up the plan.</p>
</article></body></html>`
	line, _ := json.Marshal(map[string]string{"id": "ferry-1", "url": "https://harbour.example/ferry", "published": "2025-04-23", "html": page})
	docs := filepath.Join(dir, "docs.jsonl")
	os.WriteFile(docs, append(line, '\n'), 0o644)
	out := filepath.Join(dir, "out")
	if code, _, stderr := runCLI(t, "extract", "-q", "--docs", docs, "--out", out); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	arts := readJSONL[extract.Article](t, filepath.Join(out, "articles.jsonl"), output.ArticleSchema)
	if len(arts) != 1 {
		t.Fatalf("%d articles", len(arts))
	}
	a := arts[0]
	if a.ID != "ferry-1" || a.Published != "2025-04-23" || a.URL != "https://harbour.example/ferry" {
		t.Errorf("article id %q, published %q, url %q", a.ID, a.Published, a.URL)
	}
	// "on Monday" is resolved against the given publication date (a
	// Wednesday): the Monday before it.
	found := false
	for _, tx := range a.Timexes {
		if tx.Text == "Monday" {
			found = true
			if tx.Value != "2025-04-21" {
				t.Errorf("Monday = %s, want 2025-04-21", tx.Value)
			}
		}
	}
	if !found {
		t.Errorf("no timex for Monday in %+v", a.Timexes)
	}
	claims := readJSONL[extract.Claim](t, filepath.Join(out, "claims.jsonl"), output.ClaimSchema)
	if len(claims) == 0 || claims[0].ArticleID != "ferry-1" || claims[0].Speaker.Name != "Ilse Varga" {
		t.Errorf("claims = %+v", claims)
	}
}
