package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestEvalTimexCmd(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "tb.jsonl")
	doc := `{"doc_id": "d1", "dct": "2025-04-22", "text": "He said on Monday that talks last week failed.", "timex": [` +
		`{"tid": "t1", "text": "Monday", "start": 11, "end": 17, "type": "DATE", "value": "2025-04-21"},` +
		`{"tid": "t2", "text": "last week", "start": 29, "end": 38, "type": "DATE", "value": "2025-W16"}]}` + "\n"
	if err := os.WriteFile(data, []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	records := filepath.Join(dir, "rec.jsonl")
	rec := `{"id": "d1", "text": "x", "timexes": [{"text": "Monday", "start": 11, "end": 17, "type": "DATE", "value": "2025-04-28"}]}` + "\n"
	if err := os.WriteFile(records, []byte(rec), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		args    []string
		wantErr bool
		want    []string
	}{
		{"tagger", []string{"--data", data, "--errors", "5"}, false,
			[]string{"value-F1 1.0000 relaxed-F1 1.0000 strict-F1 1.0000", "DATE", "# misses (gold without a correct match): 0"}},
		{"records", []string{"--data", data, "--records", records, "--errors", "1"}, false,
			[]string{"value-F1 0.0000 relaxed-F1 0.6667 strict-F1 0.6667", `gold "Monday" DATE 2025-04-21 | pred "Monday" DATE 2025-04-28`}},
		{"missing data", []string{"--data", filepath.Join(dir, "none.jsonl")}, true, nil},
		{"bad flag", []string{"--nope"}, true, nil},
		{"extra argument", []string{"--data", data, "extra"}, true, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			err := evalTimexCmd(context.Background(), tc.args, &out, &errOut)
			if (err != nil) != tc.wantErr {
				t.Fatalf("err = %v, wantErr %v; stderr %s", err, tc.wantErr, errOut.String())
			}
			for _, w := range tc.want {
				if !strings.Contains(out.String(), w) {
					t.Errorf("output lacks %q:\n%s", w, out.String())
				}
			}
		})
	}
}
