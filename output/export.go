package output

import (
	"bufio"
	"context"
	"database/sql"
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
	rec := make([]string, len(CSVColumns()))
	cols := make([]sql.NullString, len(rec))
	ptrs := make([]any, len(rec))
	for i := range cols {
		ptrs[i] = &cols[i]
	}
	err := s.eachRow(ctx, f, csvSelect, func(rows *sql.Rows) error {
		if err := rows.Scan(ptrs...); err != nil {
			return fmt.Errorf("reading claims from %s: %w", s.path, err)
		}
		for i, c := range cols {
			rec[i] = c.String
		}
		if t := rec[csvReviewedAt]; t != "" {
			rec[csvReviewedAt] = parseStoreTime(t).Format(time.RFC3339)
		}
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

// csvSelect reads the CSV columns straight from the store's columns, in
// CSVColumns order, without decoding records: the outlet is the site
// name, else the host; the URL the canonical URL, else the URL.
const csvSelect = `c.id, c.article_id, COALESCE(NULLIF(a.canonical_url, ''), a.url),
	COALESCE(NULLIF(a.site_name, ''), a.host), c.published, c.type, c.speaker_name, c.speaker_kind,
	c.role, c.cue, c.quote, r.verdict, r.note, r.reviewer, r.reviewed_at, r.corrected_speaker`

// csvReviewedAt is the index of reviewed_at in CSVColumns.
const csvReviewedAt = 14

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
	var rec sql.RawBytes
	err := s.eachRow(ctx, f, `c.record`, func(rows *sql.Rows) error {
		if err := rows.Scan(&rec); err != nil {
			return fmt.Errorf("reading claims from %s: %w", s.path, err)
		}
		bw.Write(rec)
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
