package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// evalTestData writes a tiny articles data set: truth.json and two pages.
func evalTestData(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	truth := `{"p1":{"url":"https://example.com/1","articleBody":"The council voted on Tuesday to expand the park, ending a long debate."},
"p2":{"url":"https://example.com/2","articleBody":"Ferries will run every twenty minutes at peak times from June."}}`
	if err := os.WriteFile(filepath.Join(dir, "truth.json"), []byte(truth), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(filepath.Join(dir, "html"), 0o755); err != nil {
		t.Fatal(err)
	}
	pages := map[string]string{
		"p1": `<html><body><nav><a href="/">Home</a></nav><article><p>The council voted on Tuesday to expand the park, ending a long debate.</p></article></body></html>`,
		"p2": `<html><body><article><p>Ferries will run every twenty minutes at peak times from June.</p></article></body></html>`,
	}
	for id, body := range pages {
		if err := os.WriteFile(filepath.Join(dir, "html", id+".html"), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestEvalArticlesCmd(t *testing.T) {
	dir := evalTestData(t)
	var out, errOut bytes.Buffer
	if err := evalArticlesCmd(context.Background(), []string{"--data", dir, "--worst", "1"}, &out, &errOut); err != nil {
		t.Fatalf("err = %v; stderr %s", err, errOut.String())
	}
	if !strings.Contains(out.String(), "F1 1.0000 P 1.0000 R 1.0000 n=2") || !strings.Contains(out.String(), "worst 1 pages") {
		t.Errorf("output:\n%s", out.String())
	}
}

func TestEvalArticlesCmdRecords(t *testing.T) {
	dir := evalTestData(t)
	rec := filepath.Join(t.TempDir(), "articles.jsonl")
	lines := `{"source_file":"/x/html/p1.html.gz","text":"The council voted on Tuesday to expand the park, ending a long debate."}` + "\n"
	if err := os.WriteFile(rec, []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := evalArticlesCmd(context.Background(), []string{"--data", dir, "--records", rec}, &out, &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	// p2 has no record: an empty prediction, left out of precision.
	if !strings.Contains(out.String(), "F1 0.6667 P 1.0000 R 0.5000 n=2") {
		t.Errorf("output:\n%s", out.String())
	}
}

func TestEvalArticlesCmdErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
	}{
		{"unknown flag", []string{"--nope"}},
		{"stray argument", []string{"extra"}},
		{"missing data", []string{"--data", filepath.Join(t.TempDir(), "absent")}},
		{"missing records", []string{"--data", evalTestData(t), "--records", filepath.Join(t.TempDir(), "absent.jsonl")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := evalArticlesCmd(context.Background(), tt.args, &bytes.Buffer{}, &bytes.Buffer{}); err == nil {
				t.Error("no error")
			}
		})
	}
	if err := evalArticlesCmd(context.Background(), []string{"-h"}, &bytes.Buffer{}, &bytes.Buffer{}); !errors.Is(err, flag.ErrHelp) {
		t.Errorf("-h: err = %v, want flag.ErrHelp", err)
	}
}

func TestBenchCleanCmd(t *testing.T) {
	dir := evalTestData(t)
	var out bytes.Buffer
	if err := benchCleanCmd(context.Background(), []string{"--data", dir, "--rounds", "2"}, &out, &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "pages/s") || !strings.Contains(out.String(), "allocs/page") {
		t.Errorf("output:\n%s", out.String())
	}
	if err := benchCleanCmd(context.Background(), []string{"--data", dir, "--rounds", "0"}, &out, &bytes.Buffer{}); err == nil {
		t.Error("no error for --rounds 0")
	}
}
