package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeAttrFixture writes a one-document attribution file in the PolNeAR
// JSONL shape, made up for the test.
func writeAttrFixture(t *testing.T) string {
	t.Helper()
	text := "“The bridge will reopen,” the mayor said. Critics said the plan was late."
	doc := map[string]any{
		"doc_id": "fixture", "publication_date": "2025-04-22", "text": text,
		"quotes": []map[string]any{{
			"id": "E1", "quote": "“The bridge will reopen,”", "quote_start": 0, "quote_end": 25,
			"quote_segments": [][2]int{{0, 25}}, "speaker": "the mayor", "speaker_start": 26, "speaker_end": 35,
			"cue": "said", "cue_start": 36, "cue_end": 40, "type": "direct",
		}},
	}
	b, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "attr.jsonl")
	if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestEvalClaimsCmd(t *testing.T) {
	data := writeAttrFixture(t)
	records := filepath.Join(t.TempDir(), "claims.jsonl")
	var out, errb bytes.Buffer
	if err := evalClaimsCmd(context.Background(), []string{"--data", data, "--errors", "5", "--records", records}, &out, &errb); err != nil {
		t.Fatalf("evalClaimsCmd: %v (stderr %s)", err, errb.String())
	}
	first := strings.SplitN(out.String(), "\n", 2)[0]
	if !strings.HasPrefix(first, "E2E-F1 ") || !strings.Contains(first, "n_gold 1 n_pred 2") {
		t.Errorf("headline = %q", first)
	}
	if !strings.Contains(out.String(), "== false alarms (1)") {
		t.Errorf("no false-alarm listing in\n%s", out.String())
	}
	b, err := os.ReadFile(records)
	if err != nil || strings.Count(string(b), "\n") != 2 {
		t.Errorf("records: %v, %q", err, b)
	}
}

func TestEvalClaimsCmdErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
	}{
		{"missing file", []string{"--data", filepath.Join(t.TempDir(), "none.jsonl")}},
		{"bad flag", []string{"--nope"}},
		{"stray argument", []string{"extra"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			if err := evalClaimsCmd(context.Background(), tt.args, &out, &errb); err == nil {
				t.Errorf("evalClaimsCmd(%q) succeeded", tt.args)
			}
		})
	}
}

func TestBenchClaimsCmd(t *testing.T) {
	var out, errb bytes.Buffer
	if err := benchClaimsCmd(context.Background(), []string{"--data", writeAttrFixture(t), "--rounds", "1"}, &out, &errb); err != nil {
		t.Fatalf("benchClaimsCmd: %v", err)
	}
	for _, want := range []string{"extract.Claims", "prose.NewDocument (full)", "speed-up"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
}
