package review

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/claimwire/claimwire/extract"
)

// exportBatch is how many claims an export reads from the store at once.
const exportBatch = 500

// exportRecord is one line of the JSONL export: the extracted claim as
// written to claims.jsonl, with what analysts said about it.
type exportRecord struct {
	Claim             extract.Claim      `json:"claim"`
	Outlet            string             `json:"outlet"`
	Title             string             `json:"title"`
	Review            *Review            `json:"review"`
	SpeakerCorrection *SpeakerCorrection `json:"speaker_correction"`
}

// exportCSVHeader names the CSV export's columns.
func exportCSVHeader() []string {
	return []string{
		"claim_id", "article_id", "url", "outlet", "published", "type",
		"speaker", "speaker_kind", "speaker_role", "corrected_speaker",
		"quote", "confidence", "verdict", "note", "reviewer", "reviewed_at",
	}
}

// exportEach calls fn for every claim matching the request's filter, in
// list order, reading the store in batches. It stops at fn's first error.
func (s *server) exportEach(r *http.Request, fn func(ClaimRow) error) error {
	f, _ := parseFilterForm(r.URL.Query()).filter()
	for f.Offset = 0; ; f.Offset += exportBatch {
		f.Limit = exportBatch
		rows, total, err := s.store.ListClaims(r.Context(), f)
		if err != nil {
			return err
		}
		for _, row := range rows {
			if err := fn(row); err != nil {
				return err
			}
		}
		if len(rows) == 0 || f.Offset+len(rows) >= total {
			return nil
		}
	}
}

func attachment(w http.ResponseWriter, contentType, name string) {
	w.Header().Set("Content-Type", contentType)
	w.Header().Set("Content-Disposition", fmt.Sprintf("attachment; filename=%q", name))
}

// handleExportCSV streams the filtered claims as RFC 4180 CSV; ?bom=1
// starts it with a UTF-8 byte order mark for spreadsheets that need one.
func (s *server) handleExportCSV(w http.ResponseWriter, r *http.Request) {
	attachment(w, "text/csv; charset=utf-8", "claimwire-claims.csv")
	if r.URL.Query().Get("bom") == "1" {
		w.Write([]byte("\ufeff"))
	}
	cw := csv.NewWriter(w)
	cw.Write(exportCSVHeader())
	err := s.exportEach(r, func(row ClaimRow) error {
		c := row.Claim
		rec := []string{
			c.ID, c.ArticleID, c.URL, row.Outlet, row.Published, c.Type,
			c.Speaker.Name, c.Speaker.Kind, "", "",
			c.Quote.Text, fmt.Sprintf("%.3f", c.Confidence), "", "", "", "",
		}
		if c.Speaker.Role != nil {
			rec[8] = *c.Speaker.Role
		}
		if row.Correction != nil {
			rec[9] = row.Correction.Name
		}
		if rv := row.Review; rv != nil {
			rec[12], rec[13], rec[14], rec[15] = rv.Verdict, rv.Note, rv.Reviewer, rv.Time.UTC().Format(time.RFC3339)
		}
		for i := range rec {
			rec[i] = csvSafe(rec[i])
		}
		return cw.Write(rec)
	})
	cw.Flush()
	if err == nil {
		err = cw.Error()
	}
	if err != nil {
		// The status line is gone; the truncated file is all we can give.
		s.logger.Error("exporting CSV", "url", r.URL.String(), "err", err)
	}
}

// csvSafe defuses a cell that a spreadsheet would run as a formula (one
// starting with =, +, -, @, tab or carriage return) by starting it with an
// apostrophe, as OWASP recommends for CSV injection.
func csvSafe(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// handleExportJSONL streams the filtered claims as JSON lines.
func (s *server) handleExportJSONL(w http.ResponseWriter, r *http.Request) {
	attachment(w, "application/x-ndjson; charset=utf-8", "claimwire-claims.jsonl")
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	err := s.exportEach(r, func(row ClaimRow) error {
		return enc.Encode(exportRecord{
			Claim: row.Claim, Outlet: row.Outlet, Title: row.Title,
			Review: row.Review, SpeakerCorrection: row.Correction,
		})
	})
	if err != nil {
		s.logger.Error("exporting JSONL", "url", r.URL.String(), "err", err)
	}
}
