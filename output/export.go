package output

import (
	"bufio"
	"context"
	"encoding/csv"
	"fmt"
	"io"

	"strings"
	"time"
)

// CSVColumns returns the header of the claims CSV export, one column per
// field, in order.
func CSVColumns() []string {
	return []string{"claim_id", "article_id", "url", "outlet", "published", "type", "speaker", "speaker_kind",
		"role", "cue", "quote", "verdict", "note", "reviewer", "reviewed_at", "corrected_speaker"}
}

// CSVOptions configures WriteClaimsCSV.
type CSVOptions struct {
	// BOM starts the file with a UTF-8 byte order mark, which spreadsheet
	// programs need to read it as UTF-8 rather than a legacy code page.
	BOM bool
	// FormulaGuard puts an apostrophe before any cell that starts with =,
	// +, -, @, a tab or a carriage return, so that a spreadsheet shows it
	// as text instead of running it as a formula (quotes come from the
	// web: "=HYPERLINK(…)" is an attack). It changes those cells' values;
	// leave it off for programs that read the CSV.
	FormulaGuard bool
}

// WriteClaimsCSV writes the claims f selects to w as CSV (RFC 4180: a
// header line, CRLF line ends, fields with commas, quotes or line breaks
// in double quotes, quotes doubled), one row per claim with the columns of
// CSVColumns. Rows are streamed from the store as they are read. It returns
// how many claims it wrote.
func WriteClaimsCSV(ctx context.Context, s *Store, f ClaimFilter, w io.Writer, opts CSVOptions) (int, error) {
	bw := bufio.NewWriter(w)
	if opts.BOM {
		bw.WriteString("\uFEFF")
	}
	cw := csv.NewWriter(bw)
	cw.UseCRLF = true
	if err := cw.Write(CSVColumns()); err != nil {
		return 0, fmt.Errorf("writing CSV: %w", err)
	}
	n := 0
	err := s.EachClaim(ctx, f, func(r ClaimRow) error {
		rec := csvRecord(r)
		if opts.FormulaGuard {
			for i, v := range rec {
				rec[i] = guardFormula(v)
			}
		}
		if err := cw.Write(rec); err != nil {
			return fmt.Errorf("writing CSV: %w", err)
		}
		n++
		return nil
	})
	if err != nil {
		return n, err
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return n, fmt.Errorf("writing CSV: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return n, fmt.Errorf("writing CSV: %w", err)
	}
	return n, nil
}

// csvRecord is the CSV row of one claim, in CSVColumns order.
func csvRecord(r ClaimRow) []string {
	c := r.Claim
	var role, cue string
	if c.Speaker.Role != nil {
		role = *c.Speaker.Role
	}
	if c.Cue != nil {
		cue = c.Cue.Text
	}
	url := r.Source.CanonicalURL
	if url == "" {
		url = c.URL
	}
	var reviewedAt string
	if !r.Review.ReviewedAt.IsZero() {
		reviewedAt = r.Review.ReviewedAt.UTC().Format(time.RFC3339)
	}
	return []string{c.ID, c.ArticleID, url, r.Source.Outlet(), c.Published, c.Type, c.Speaker.Name, c.Speaker.Kind,
		role, cue, c.Quote.Text, r.Review.Verdict, r.Review.Note, r.Review.Reviewer, reviewedAt, r.Review.CorrectedSpeaker}
}

// guardFormula prefixes an apostrophe to a cell a spreadsheet would read
// as a formula.
func guardFormula(v string) string {
	if v != "" && strings.ContainsRune("=+-@\t\r", rune(v[0])) {
		return "'" + v
	}
	return v
}

// WriteClaimsJSONL writes the claim records f selects to w, one per line,
// byte for byte as claimwire wrote them to claims.jsonl. Rows are streamed
// from the store as they are read. It returns how many it wrote.
func WriteClaimsJSONL(ctx context.Context, s *Store, f ClaimFilter, w io.Writer) (int, error) {
	bw := bufio.NewWriter(w)
	n := 0
	err := s.EachClaim(ctx, f, func(r ClaimRow) error {
		bw.Write(r.Record)
		if err := bw.WriteByte('\n'); err != nil {
			return fmt.Errorf("writing JSONL: %w", err)
		}
		n++
		return nil
	})
	if err != nil {
		return n, err
	}
	if err := bw.Flush(); err != nil {
		return n, fmt.Errorf("writing JSONL: %w", err)
	}
	return n, nil
}
