package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/claimwire/claimwire/demo"
	"github.com/claimwire/claimwire/extract"
)

// warcTestIDs reads the article and claim ids an output directory holds.
func warcTestIDs(t *testing.T, out string) (articles, claims []string) {
	t.Helper()
	for _, a := range readJSONL[extract.Article](t, filepath.Join(out, "articles.jsonl"), "") {
		articles = append(articles, a.ID)
	}
	for _, c := range readJSONL[extract.Claim](t, filepath.Join(out, "claims.jsonl"), "") {
		claims = append(claims, c.ID)
	}
	slices.Sort(articles)
	slices.Sort(claims)
	return slices.Compact(articles), slices.Compact(claims)
}

// warcTestLines returns the sorted lines of a file.
func warcTestLines(t *testing.T, path string) []string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	slices.Sort(lines)
	return lines
}

// warcTestCrawl crawls the demo outlet with --warc, stops the outlet, and
// returns the output and WARC directories.
func warcTestCrawl(t *testing.T, extra ...string) (out, warcDir string) {
	t.Helper()
	dir := t.TempDir()
	srv, err := demo.Start(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	cfg := writeConfig(t, dir, fmt.Sprintf(`user_agent: "claimwire-test/1.0 (+https://example.org/contact)"
delay: 0s
allow_private_networks: true
sources:
  - name: ledger
    start_urls: [%q]
    feeds: [%q]
    sitemaps: [%q]
    max_depth: 2
`, srv.URL()+"/", srv.Feeds()[0], srv.Sitemaps()[0]))
	out, warcDir = filepath.Join(dir, "out"), filepath.Join(dir, "warc")
	args := append([]string{"crawl", "--config", cfg, "--out", out, "--no-store", "--warc", warcDir}, extra...)
	code, stdout, stderr := runCLI(t, args...)
	srv.Close() // what follows must not need the network
	if code != exitOK {
		t.Fatalf("crawl: exit %d\n%s\n%s", code, stdout, stderr)
	}
	return out, warcDir
}

func TestExtractWARCMatchesCrawl(t *testing.T) {
	out, warcDir := warcTestCrawl(t)
	arts, claims := warcTestIDs(t, out)
	if len(arts) < 11 || len(claims) < 30 {
		t.Fatalf("crawl wrote %d articles, %d claims", len(arts), len(claims))
	}
	files, _ := filepath.Glob(filepath.Join(warcDir, "*"))
	if len(files) != 1 || !strings.HasSuffix(files[0], ".warc.gz") {
		t.Fatalf("WARC directory holds %v, want one .warc.gz", files)
	}
	again := filepath.Join(t.TempDir(), "again")
	code, stdout, stderr := runCLI(t, "extract", "--warc", "--no-store", "--out", again, warcDir)
	if code != exitOK {
		t.Fatalf("extract --warc: exit %d\n%s\n%s", code, stdout, stderr)
	}
	arts2, claims2 := warcTestIDs(t, again)
	if !slices.Equal(arts, arts2) {
		t.Errorf("article ids differ: crawl %d %v, extract --warc %d %v", len(arts), arts, len(arts2), arts2)
	}
	if !slices.Equal(claims, claims2) {
		t.Errorf("claim ids differ: crawl %d, extract --warc %d", len(claims), len(claims2))
	}
	// Not only the ids: the records are the same, fetch times included.
	for _, name := range []string{"articles.jsonl", "claims.jsonl"} {
		if a, b := warcTestLines(t, filepath.Join(out, name)), warcTestLines(t, filepath.Join(again, name)); !slices.Equal(a, b) {
			t.Errorf("%s: the crawl's and extract --warc's records differ", name)
		}
	}

	// --all-pages also cleans the section and home pages the crawl read
	// only for their links: a superset of the articles.
	all := filepath.Join(t.TempDir(), "all")
	code, stdout, stderr = runCLI(t, "extract", "--warc", "--all-pages", "--no-store", "--out", all, warcDir)
	if code != exitOK {
		t.Fatalf("extract --warc --all-pages: exit %d\n%s\n%s", code, stdout, stderr)
	}
	arts3, _ := warcTestIDs(t, all)
	for _, id := range arts {
		if _, ok := slices.BinarySearch(arts3, id); !ok {
			t.Errorf("article %s of the crawl missing from extract --warc --all-pages", id)
		}
	}
	if len(arts3) <= len(arts) {
		t.Errorf("--all-pages gave %d articles, the crawl %d: want more", len(arts3), len(arts))
	}
}

func TestExtractWARCOpenLeftover(t *testing.T) {
	_, warcDir := warcTestCrawl(t, "--warc-max-bytes", "20000")
	files, _ := filepath.Glob(filepath.Join(warcDir, "*.warc.gz"))
	if len(files) < 2 {
		t.Fatalf("%d WARC files with a 20 kB limit, want several", len(files))
	}
	slices.Sort(files)
	whole := filepath.Join(t.TempDir(), "whole")
	if code, stdout, stderr := runCLI(t, "extract", "--warc", "--no-store", "--out", whole, warcDir); code != exitOK {
		t.Fatalf("extract --warc: exit %d\n%s\n%s", code, stdout, stderr)
	}
	wholeArts, _ := warcTestIDs(t, whole)

	// Leave the last file as a killed run would: unfinished and cut short
	// (inside its last record, so the cut never falls between records).
	last := files[len(files)-1]
	data, err := os.ReadFile(last)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(last+".open", data[:len(data)-1], 0o644); err != nil {
		t.Fatal(err)
	}
	os.Remove(last)
	cut := filepath.Join(t.TempDir(), "cut")
	code, stdout, stderr := runCLI(t, "extract", "--warc", "--no-store", "--out", cut, warcDir)
	if code != exitOK {
		t.Fatalf("extract --warc with an .open leftover: exit %d\n%s\n%s", code, stdout, stderr)
	}
	if !strings.Contains(stderr, "unfinished WARC file") {
		t.Errorf("no warning about the cut file: %s", stderr)
	}
	cutArts, _ := warcTestIDs(t, cut)
	if len(cutArts) == 0 || len(cutArts) > len(wholeArts) {
		t.Errorf("%d articles from the cut archive, %d from the whole one", len(cutArts), len(wholeArts))
	}
	for _, id := range cutArts {
		if _, ok := slices.BinarySearch(wholeArts, id); !ok {
			t.Errorf("article %s from the cut archive is not in the whole one", id)
		}
	}

	// A finished file cut short is an error: exit 1, the rest still read.
	bad := filepath.Join(t.TempDir(), "bad.warc.gz")
	os.WriteFile(bad, data[:len(data)-1], 0o644)
	if code, _, stderr := runCLI(t, "extract", "--warc", "--no-store", "--out", filepath.Join(t.TempDir(), "o"), bad, files[0]); code != exitFailed {
		t.Errorf("truncated finished file: exit %d, want %d\n%s", code, exitFailed, stderr)
	}
}

func TestExtractWARCUsage(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"no WARC files", []string{"extract", "--warc", dir}, "no .warc"},
		{"with --docs", []string{"extract", "--warc", "--docs", "x.jsonl"}, "--warc"},
		{"with --url", []string{"extract", "--warc", "--url", "http://x", "a.warc.gz"}, "--warc"},
		{"all pages without --warc", []string{"extract", "--all-pages", "a.html"}, "--all-pages"},
		{"bad size", []string{"crawl", "--config", "x.yaml", "--warc", dir, "--warc-max-bytes", "0"}, "--warc-max-bytes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := runCLI(t, tt.args...)
			if code != exitUsage || !strings.Contains(stderr, tt.want) {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, stderr, exitUsage, tt.want)
			}
		})
	}
}
