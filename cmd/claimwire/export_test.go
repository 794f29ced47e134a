package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"flag"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/claimwire/claimwire/extract"
	"github.com/claimwire/claimwire/output"
)

// exportFixture is a store with three articles whose quotes need CSV
// quoting, one reviewed claim and one corrected speaker.
type exportFixture struct {
	db     string
	claims map[string]extract.Claim // by quote text prefix
}

func newExportFixture(t *testing.T) exportFixture {
	t.Helper()
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "claimwire.db")
	s, err := output.OpenStore(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	fx := exportFixture{db: db, claims: map[string]extract.Claim{}}
	add := func(url, site, published, text string, quotes map[string]string) {
		a := extract.Article{SchemaVersion: extract.SchemaVersion, ID: extract.ArticleID(url), URL: url, CanonicalURL: url,
			Title: "T", Authors: []string{}, Published: published, Language: "en", SiteName: site, Text: text,
			Timexes: []extract.Timex{}, ContentHash: extract.ContentHash(text)}
		ri := extract.NewRuneIndex(text)
		var claims []extract.Claim
		for quote, speaker := range quotes {
			b := strings.Index(text, quote)
			sp := ri.Span(b, b+len(quote))
			q := extract.Quote{Text: sp.Text, Start: sp.Start, End: sp.End}
			c := extract.Claim{SchemaVersion: extract.SchemaVersion, ID: extract.ClaimID(a.ID, q), ArticleID: a.ID, URL: url,
				Published: published, Type: extract.ClaimDirect, Quote: q, Speaker: extract.Speaker{Name: speaker, Kind: extract.SpeakerPerson},
				Dates: []extract.Timex{}, Sentence: extract.Range{End: ri.Len()}, Confidence: 0.9, Extractor: extract.ExtractorVersion}
			claims = append(claims, c)
			fx.claims[quote[:5]] = c
		}
		slices.SortFunc(claims, func(x, y extract.Claim) int { return x.Quote.Start - y.Quote.Start })
		if err := s.Write(ctx, a, claims); err != nil {
			t.Fatal(err)
		}
	}
	add("https://news.example/1", "Example News", "2025-03-01T08:00:00Z",
		"“Taxes, duties and \"fees\" will fall,” said Ana Ruiz.",
		map[string]string{"Taxes, duties and \"fees\" will fall,": "Ana Ruiz"})
	add("https://news.example/2", "Example News", "2025-03-05",
		"“Line one\nline two,” said Ana Ruiz. “<script>alert(1)</script> is text,” said Ben Ode.",
		map[string]string{"Line one\nline two,": "Ana Ruiz", "<script>alert(1)</script> is text,": "Ben Ode"})
	add("https://other.test/3", "", "2025-04-01",
		"“=1+2 is not a formula,” said Cai Wen.",
		map[string]string{"=1+2 is not a formula,": "Cai Wen"})
	if err := s.SetVerdict(ctx, fx.claims["Taxes"].ID, output.VerdictDisputed, "see, \"the\" budget", "ana"); err != nil {
		t.Fatal(err)
	}
	if err := s.CorrectSpeaker(ctx, fx.claims["<scri"].ID, "Bea Ode", "ana"); err != nil {
		t.Fatal(err)
	}
	return fx
}

// readCSV parses an export, checking the BOM is there exactly when want.
func readCSV(t *testing.T, data []byte, wantBOM bool) [][]string {
	t.Helper()
	if got := bytes.HasPrefix(data, []byte("\uFEFF")); got != wantBOM {
		t.Fatalf("BOM present = %v, want %v", got, wantBOM)
	}
	rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\uFEFF")))).ReadAll()
	if err != nil {
		t.Fatalf("reading CSV: %v\n%s", err, data)
	}
	if len(rows) == 0 || !slices.Equal(rows[0], output.CSVColumns()) {
		t.Fatalf("header = %v", rows)
	}
	return rows
}

func TestExportCSV(t *testing.T) {
	fx := newExportFixture(t)
	out := filepath.Join(t.TempDir(), "claims.csv") // the extension picks CSV
	var stdout, stderr bytes.Buffer
	err := exportCmd(context.Background(), []string{"--db", fx.db, "--bom", "--out", out}, &stdout, &stderr)
	if err != nil {
		t.Fatalf("export: %v\n%s", err, stderr.String())
	}
	if stdout.Len() != 0 || !strings.Contains(stderr.String(), "Exported 4 claims to "+out) {
		t.Errorf("stdout %q, stderr %q", stdout.String(), stderr.String())
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	rows := readCSV(t, data, true)
	if len(rows) != 5 {
		t.Fatalf("%d rows, want a header and 4 claims", len(rows))
	}
	col := func(row []string, name string) string { return row[slices.Index(output.CSVColumns(), name)] }
	// Oldest first by default.
	wantQuotes := []string{"Taxes, duties and \"fees\" will fall,", "Line one\nline two,", "<script>alert(1)</script> is text,", "'=1+2 is not a formula,"}
	for i, want := range wantQuotes {
		if got := col(rows[i+1], "quote"); got != want {
			t.Errorf("row %d quote = %q, want %q", i+1, got, want)
		}
	}
	if got := col(rows[1], "verdict") + "|" + col(rows[1], "note") + "|" + col(rows[1], "reviewer"); got != "disputed|see, \"the\" budget|ana" {
		t.Errorf("review columns = %q", got)
	}
	if got := col(rows[3], "speaker") + "|" + col(rows[3], "corrected_speaker"); got != "Ben Ode|Bea Ode" {
		t.Errorf("speaker columns = %q", got)
	}
	if got := col(rows[4], "outlet"); got != "other.test" {
		t.Errorf("outlet without a site name = %q, want the host", got)
	}
	if left, _ := filepath.Glob(filepath.Join(filepath.Dir(out), ".*.tmp")); len(left) > 0 {
		t.Errorf("temporary files left behind: %v", left)
	}
}

func TestExportFilters(t *testing.T) {
	fx := newExportFixture(t)
	tests := []struct {
		name string
		args []string
		want []string // quote prefixes, in order
	}{
		{"speaker", []string{"--speaker", "ana ruiz"}, []string{"Taxes", "Line "}},
		{"corrected speaker", []string{"--speaker", "Bea Ode"}, []string{"<scri"}},
		{"outlet host", []string{"--outlet", "other.test"}, []string{"=1+2 "}},
		{"outlet name", []string{"--outlet", "Example News", "--order", "newest"}, []string{"Line ", "<scri", "Taxes"}},
		{"since", []string{"--since", "2025-03-05"}, []string{"Line ", "<scri", "=1+2 "}},
		{"since and until", []string{"--since", "2025-03-02", "--until", "2025-04-01T00:00:00Z"}, []string{"Line ", "<scri"}},
		{"verdict", []string{"--verdict", "disputed"}, []string{"Taxes"}},
		{"unreviewed", []string{"--verdict", "unreviewed"}, []string{"Line ", "<scri", "=1+2 "}},
		{"search", []string{"--search", "formula"}, []string{"=1+2 "}},
		{"age in days from now", []string{"--since", "1d"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			args := append([]string{"--db", fx.db, "--format", "csv"}, tt.args...)
			if err := exportCmd(context.Background(), args, &stdout, &stderr); err != nil {
				t.Fatalf("export: %v", err)
			}
			rows := readCSV(t, stdout.Bytes(), false)
			var got []string
			for _, r := range rows[1:] {
				got = append(got, strings.TrimPrefix(r[slices.Index(output.CSVColumns(), "quote")], "'")[:5])
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("quotes = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestExportJSONL(t *testing.T) {
	fx := newExportFixture(t)
	var stdout, stderr bytes.Buffer
	if err := exportCmd(context.Background(), []string{"--db", fx.db, "--format", "jsonl", "--speaker", "Ana Ruiz"}, &stdout, &stderr); err != nil {
		t.Fatal(err)
	}
	var want bytes.Buffer
	lw := output.NewLineWriter(&want, "claims")
	lw.Write(fx.claims["Taxes"])
	lw.Write(fx.claims["Line "])
	if stdout.String() != want.String() {
		t.Errorf("JSONL export\n got %s\nwant %s", stdout.String(), want.String())
	}
	for _, line := range strings.Split(strings.TrimSpace(stdout.String()), "\n") {
		if err := output.Validate(output.ClaimSchema, []byte(line)); err != nil {
			t.Error(err)
		}
	}
}

func TestExportFormulaGuardOff(t *testing.T) {
	fx := newExportFixture(t)
	var stdout bytes.Buffer
	if err := exportCmd(context.Background(), []string{"--db", fx.db, "--format", "csv", "--formula-guard=false", "--outlet", "other.test"}, &stdout, io.Discard); err != nil {
		t.Fatal(err)
	}
	rows := readCSV(t, stdout.Bytes(), false)
	if got := rows[1][slices.Index(output.CSVColumns(), "quote")]; got != "=1+2 is not a formula," {
		t.Errorf("quote = %q, want it unchanged", got)
	}
}

func TestExportErrors(t *testing.T) {
	fx := newExportFixture(t)
	tests := []struct {
		name  string
		args  []string
		usage bool
		want  string
	}{
		{"bad format", []string{"--format", "xml"}, true, "--format must be jsonl or csv"},
		{"bom with jsonl", []string{"--format", "jsonl", "--bom"}, true, "--bom goes with --format csv"},
		{"bad since", []string{"--since", "last tuesday"}, true, "--since"},
		{"bad verdict", []string{"--verdict", "true"}, true, "--verdict must be one of"},
		{"bad type", []string{"--type", "rumour"}, true, "--type must be"},
		{"bad order", []string{"--order", "random"}, true, "--order must be"},
		{"argument", []string{"extra"}, true, "unexpected argument"},
		{"unknown flag", []string{"--nope"}, true, "nope"},
		{"no store", []string{"--db", filepath.Join(t.TempDir(), "missing.db")}, false, "no store at"},
		{"unwritable out", []string{"--out", filepath.Join(t.TempDir(), "no", "dir", "x.csv")}, false, "writing"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{"--db", fx.db}, tt.args...)
			err := exportCmd(context.Background(), args, io.Discard, io.Discard)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error = %v, want one saying %q", err, tt.want)
			}
			var ue usageError
			if errors.As(err, &ue) != tt.usage {
				t.Errorf("usage error = %v, want %v", !tt.usage, tt.usage)
			}
			wantCode := exitFailed
			if tt.usage {
				wantCode = exitUsage
			}
			if code := exitCode(err, "export", io.Discard); code != wantCode {
				t.Errorf("exit code = %d, want %d", code, wantCode)
			}
		})
	}
	if err := exportCmd(context.Background(), []string{"--help"}, io.Discard, io.Discard); !errors.Is(err, flag.ErrHelp) {
		t.Errorf("--help error = %v, want flag.ErrHelp", err)
	}
}

func TestParseExportTime(t *testing.T) {
	now := time.Date(2026, 1, 10, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		in   string
		want time.Time
	}{
		{"", time.Time{}},
		{"2025-04-21", time.Date(2025, 4, 21, 0, 0, 0, 0, time.UTC)},
		{"2025-04-21T09:30:00+02:00", time.Date(2025, 4, 21, 7, 30, 0, 0, time.UTC)},
		{"2025-04-21T09:30", time.Date(2025, 4, 21, 9, 30, 0, 0, time.UTC)},
		{"7d", time.Date(2026, 1, 3, 12, 0, 0, 0, time.UTC)},
		{"36h", time.Date(2026, 1, 9, 0, 0, 0, 0, time.UTC)},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := parseExportTime(tt.in, now)
			if err != nil || !got.Equal(tt.want) {
				t.Errorf("parseExportTime(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
			}
		})
	}
	for _, bad := range []string{"yesterday", "-3d", "-1h", "2025-13-01"} {
		if _, err := parseExportTime(bad, now); err == nil {
			t.Errorf("parseExportTime(%q) accepted it", bad)
		}
	}
}
