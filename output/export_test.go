package output

import (
	"bytes"
	"context"
	"encoding/csv"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// updateGolden rewrites the golden files under testdata/ instead of
// comparing with them: go test ./output/ -run Golden -update
var updateGolden = flag.Bool("update", false, "rewrite golden files in testdata/")

// checkGolden compares got with testdata/name, or rewrites it with -update.
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *updateGolden {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("reading golden file (run with -update to create it): %v", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file; run with -update if the change is intended\n got:\n%s\nwant:\n%s", name, got, want)
	}
}

// reviewedCorpus is the fixture corpus in a store, with reviews whose
// notes need quoting.
func reviewedCorpus(t *testing.T) (*Store, []fixtureDoc) {
	t.Helper()
	ctx := context.Background()
	s := openTestStore(t)
	s.now = func() time.Time { return time.Date(2026, 2, 3, 4, 5, 6, 0, time.UTC) }
	docs := fixtureCorpus(t)
	writeCorpus(t, s, docs)
	if err := s.SetVerdict(ctx, docs[1].Claims[0].ID, VerdictNeedsContext, "says \"balanced\", but\nwhich budget?", "ana, desk 2"); err != nil {
		t.Fatal(err)
	}
	if err := s.CorrectSpeaker(ctx, docs[1].Claims[1].ID, "Opposition MPs", "bo"); err != nil {
		t.Fatal(err)
	}
	return s, docs
}

func TestWriteClaimsCSVGolden(t *testing.T) {
	s, _ := reviewedCorpus(t)
	var buf bytes.Buffer
	n, err := WriteClaimsCSV(context.Background(), s, ClaimFilter{Order: OrderOldest}, &buf, CSVOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if n != 6 {
		t.Errorf("wrote %d claims, want 6", n)
	}
	checkGolden(t, "claims.csv", buf.Bytes())
}

func TestWriteClaimsCSVRoundTrip(t *testing.T) {
	s, docs := reviewedCorpus(t)
	tests := []struct {
		name string
		opts CSVOptions
	}{
		{"plain", CSVOptions{}},
		{"bom", CSVOptions{BOM: true}},
		{"formula guard", CSVOptions{FormulaGuard: true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			if _, err := WriteClaimsCSV(context.Background(), s, ClaimFilter{Order: OrderOldest}, &buf, tt.opts); err != nil {
				t.Fatal(err)
			}
			raw := buf.Bytes()
			hasBOM := bytes.HasPrefix(raw, []byte("\xEF\xBB\xBF"))
			if hasBOM != tt.opts.BOM {
				t.Errorf("BOM present = %v, want %v", hasBOM, tt.opts.BOM)
			}
			raw = bytes.TrimPrefix(raw, []byte("\xEF\xBB\xBF"))
			if !bytes.HasPrefix(raw, []byte(strings.Join(CSVColumns(), ",")+"\r\n")) {
				t.Errorf("header line = %q", raw[:min(len(raw), 200)])
			}
			rows, err := csv.NewReader(bytes.NewReader(raw)).ReadAll()
			if err != nil {
				t.Fatalf("reading the CSV back: %v", err)
			}
			if len(rows) != 7 {
				t.Fatalf("%d rows, want a header and 6 claims", len(rows))
			}
			byID := map[string][]string{}
			for _, r := range rows[1:] {
				if len(r) != len(CSVColumns()) {
					t.Fatalf("row has %d fields, want %d", len(r), len(CSVColumns()))
				}
				byID[r[0]] = r
			}
			col := func(id, name string) string { return byID[id][slices.Index(CSVColumns(), name)] }
			budget, critics := docs[1].Claims[0], docs[1].Claims[1]
			// Commas, doubled quotes and a line break survive.
			if got := col(budget.ID, "quote"); got != budget.Quote.Text {
				t.Errorf("quote = %q, want %q", got, budget.Quote.Text)
			}
			if got := col(budget.ID, "note"); got != "says \"balanced\", but\nwhich budget?" {
				t.Errorf("note = %q", got)
			}
			if got := col(budget.ID, "reviewer"); got != "ana, desk 2" {
				t.Errorf("reviewer = %q", got)
			}
			if got := col(budget.ID, "verdict") + " " + col(budget.ID, "reviewed_at"); got != "needs_context 2026-02-03T04:05:06Z" {
				t.Errorf("verdict and time = %q", got)
			}
			// Markup is data, written as is.
			if got := col(critics.ID, "quote"); got != critics.Quote.Text || !strings.Contains(got, "<script>alert(1)</script>") {
				t.Errorf("quote with markup = %q", got)
			}
			if got := col(critics.ID, "speaker") + " / " + col(critics.ID, "corrected_speaker"); got != "Critics / Opposition MPs" {
				t.Errorf("speaker / corrected = %q", got)
			}
			if got := col(docs[0].Claims[0].ID, "role"); got != "finance minister" {
				t.Errorf("role = %q", got)
			}
			if got := col(docs[0].Claims[0].ID, "outlet") + " " + col(docs[2].Claims[0].ID, "outlet"); got != "Example News daily.test" {
				t.Errorf("outlets = %q, want the site name, else the host", got)
			}
			formula := col(docs[3].Claims[0].ID, "quote")
			wantFormula := docs[3].Claims[0].Quote.Text
			if tt.opts.FormulaGuard {
				wantFormula = "'" + wantFormula
			}
			if formula != wantFormula {
				t.Errorf("formula-like quote = %q, want %q", formula, wantFormula)
			}
		})
	}
}

func TestWriteClaimsCSVFilters(t *testing.T) {
	s, docs := reviewedCorpus(t)
	tests := []struct {
		name   string
		filter ClaimFilter
		want   []string
	}{
		{"verdict", ClaimFilter{Verdict: VerdictNeedsContext}, []string{docs[1].Claims[0].ID}},
		{"speaker", ClaimFilter{Speaker: "josé müller", Order: OrderOldest}, []string{docs[2].Claims[0].ID, docs[2].Claims[1].ID}},
		{"outlet and since", ClaimFilter{Outlet: "example.com", Since: time.Date(2025, 4, 21, 0, 0, 0, 0, time.UTC), Order: OrderOldest},
			[]string{docs[1].Claims[0].ID, docs[1].Claims[1].ID}},
		{"nothing", ClaimFilter{Speaker: "nobody"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			n, err := WriteClaimsCSV(context.Background(), s, tt.filter, &buf, CSVOptions{})
			if err != nil {
				t.Fatal(err)
			}
			rows, err := csv.NewReader(&buf).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, r := range rows[1:] {
				got = append(got, r[0])
			}
			if !slices.Equal(got, tt.want) || n != len(tt.want) {
				t.Errorf("ids = %v (n=%d), want %v", got, n, tt.want)
			}
		})
	}
}

func TestWriteClaimsJSONLReproducesRecords(t *testing.T) {
	s, docs := reviewedCorpus(t)
	var want bytes.Buffer
	lw := NewLineWriter(&want, "claims")
	for _, d := range docs {
		for _, c := range d.Claims {
			lw.Write(c)
		}
	}
	wantLines := strings.SplitAfter(want.String(), "\n")
	var got bytes.Buffer
	n, err := WriteClaimsJSONL(context.Background(), s, ClaimFilter{Order: OrderOldest}, &got)
	if err != nil {
		t.Fatal(err)
	}
	gotLines := strings.SplitAfter(got.String(), "\n")
	if n != 6 || len(gotLines) != len(wantLines) {
		t.Fatalf("wrote %d records, %d lines; want 6", n, len(gotLines)-1)
	}
	// Same lines, byte for byte (the order is by publication time).
	slices.Sort(gotLines)
	slices.Sort(wantLines)
	if !slices.Equal(gotLines, wantLines) {
		t.Errorf("exported lines differ from claims.jsonl lines:\n got %q\nwant %q", gotLines, wantLines)
	}
	for _, line := range gotLines {
		if line == "" {
			continue
		}
		if err := Validate(ClaimSchema, []byte(line)); err != nil {
			t.Errorf("exported line does not validate: %v", err)
		}
	}
}

func TestCSVSelectMatchesColumns(t *testing.T) {
	if got := CSVColumns()[csvReviewedAt]; got != "reviewed_at" {
		t.Errorf("csvReviewedAt points at %q", got)
	}
	if got, want := strings.Count(csvSelect, ",")+1-4, len(CSVColumns()); got != want { // two COALESCE(NULLIF(x, ""), y) hold two commas each
		t.Errorf("csvSelect has %d columns, CSVColumns %d", got, want)
	}
}
