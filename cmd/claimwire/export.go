package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/claimwire/claimwire/extract"
	"github.com/claimwire/claimwire/output"
)

const exportDescription = `Export claims from the store, streaming, as JSONL or CSV.

JSONL lines are the claim records exactly as claims.jsonl has them. CSV has a
header and one row per claim with these columns:

  ` + "claim_id, article_id, url, outlet, published, type, speaker, speaker_kind,\n  role, cue, quote, verdict, note, reviewer, reviewed_at, corrected_speaker" + `

quoted as RFC 4180 says (CRLF line ends). For spreadsheets, add --bom so the
file opens as UTF-8; cells that would run as formulas (starting with = + - @)
get a leading apostrophe unless --formula-guard=false.

--since and --until take a date (2025-04-21), a time (2025-04-21T09:00:00Z)
or an age (36h, 7d: that long before now), and bound the claims' publication
time: since <= published < until. --verdict takes a verdict (supported,
disputed, false, needs_context, not_a_claim), "reviewed" or "unreviewed".
--speaker and --outlet match part of a name; --speaker matches the analyst's
corrected speaker instead of the extracted one when there is one.

Without --format, the format follows the --out file's extension (.csv), else
JSONL. --out writes the file whole or not at all.`

func exportCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var (
		db, format, since, until, out, order string
		bom, formulaGuard                    bool
		filter                               output.ClaimFilter
	)
	fs := newFlagSet("export", "claimwire export [--db PATH] [--format jsonl|csv] [filters] [--out FILE]", exportDescription, stderr)
	fs.StringVar(&db, "db", filepath.Join("out", "claimwire.db"), "read the store at `PATH`")
	fs.StringVar(&format, "format", "", "output format: jsonl or csv (default: from --out's extension, else jsonl)")
	fs.StringVar(&since, "since", "", "only claims published at or after `T`")
	fs.StringVar(&until, "until", "", "only claims published before `T`")
	fs.StringVar(&filter.Speaker, "speaker", "", "only claims whose speaker's name contains `NAME` (case and spacing ignored)")
	fs.StringVar(&filter.Outlet, "outlet", "", "only claims from outlets whose site name or host contains `O` (or a URL on the host)")
	fs.StringVar(&filter.Verdict, "verdict", "", "only claims with verdict `V` (or reviewed, unreviewed)")
	fs.StringVar(&filter.Type, "type", "", "only claims of `TYPE` direct, indirect or mixed")
	fs.StringVar(&filter.Query, "search", "", "only claims whose quote or speaker contains all `WORDS`")
	fs.StringVar(&order, "order", string(output.OrderOldest), "order: oldest, newest, speaker or confidence")
	fs.BoolVar(&bom, "bom", false, "CSV: start with a UTF-8 byte order mark, for spreadsheets")
	fs.BoolVar(&formulaGuard, "formula-guard", true, "CSV: prefix cells starting with = + - @ with ' so spreadsheets do not run them")
	fs.StringVar(&out, "out", "", "write to `FILE` instead of stdout")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("unexpected argument %q", fs.Arg(0))
	}
	if format == "" {
		format = "jsonl"
		if strings.EqualFold(filepath.Ext(out), ".csv") {
			format = "csv"
		}
	}
	if format != "jsonl" && format != "csv" {
		return usagef("--format must be jsonl or csv, not %q", format)
	}
	if bom && format != "csv" {
		return usagef("--bom goes with --format csv")
	}
	now := time.Now()
	var err error
	if filter.Since, err = parseExportTime(since, now); err != nil {
		return usagef("--since: %v", err)
	}
	if filter.Until, err = parseExportTime(until, now); err != nil {
		return usagef("--until: %v", err)
	}
	filter.Order = output.ClaimOrder(order)
	switch filter.Order {
	case output.OrderOldest, output.OrderNewest, output.OrderSpeaker, output.OrderConfidence:
	default:
		return usagef("--order must be oldest, newest, speaker or confidence, not %q", order)
	}
	if v := filter.Verdict; v != "" && v != output.FilterReviewed && v != output.FilterUnreviewed && !output.IsVerdict(v) {
		return usagef("--verdict must be one of %s, reviewed or unreviewed, not %q", strings.Join(output.Verdicts(), ", "), v)
	}
	switch filter.Type {
	case "", extract.ClaimDirect, extract.ClaimIndirect, extract.ClaimMixed:
	default:
		return usagef("--type must be direct, indirect or mixed, not %q", filter.Type)
	}

	if _, err := os.Stat(db); err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return fmt.Errorf("no store at %s: run claimwire demo, extract or crawl first, or give --db", db)
		}
		return fmt.Errorf("opening store %s: %w", db, err)
	}
	store, err := output.OpenStore(ctx, db)
	if err != nil {
		return err
	}
	defer store.Close()

	write := func(w io.Writer) (int, error) {
		if format == "csv" {
			return output.WriteClaimsCSV(ctx, store, filter, w, output.CSVOptions{BOM: bom, FormulaGuard: formulaGuard})
		}
		return output.WriteClaimsJSONL(ctx, store, filter, w)
	}
	if out == "" || out == "-" {
		_, err := write(stdout)
		return err
	}
	n, err := writeFileAtomic(out, write)
	if err != nil {
		return err
	}
	fmt.Fprintf(stderr, "Exported %d claims to %s\n", n, out)
	return nil
}

// writeFileAtomic writes path through a temporary file in the same
// directory, renamed over path only when write succeeds, so that a failed
// or interrupted export leaves no partial file.
func writeFileAtomic(path string, write func(io.Writer) (int, error)) (int, error) {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return 0, fmt.Errorf("writing %s: %w", path, err)
	}
	defer os.Remove(f.Name()) // after a successful rename there is nothing to remove
	n, err := write(f)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(f.Name(), 0o644)
	}
	if err == nil {
		err = os.Rename(f.Name(), path)
	}
	if err != nil {
		return n, fmt.Errorf("writing %s: %w", path, err)
	}
	return n, nil
}

// parseExportTime reads a --since or --until value: a date, a date and
// time (RFC 3339, or without a zone for UTC), or an age before now ("36h",
// "7d"). The zero time for "".
func parseExportTime(s string, now time.Time) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, nil
	}
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	if days, ok := strings.CutSuffix(s, "d"); ok {
		if n, err := strconv.Atoi(days); err == nil && n >= 0 {
			return now.AddDate(0, 0, -n), nil
		}
	}
	if d, err := time.ParseDuration(s); err == nil && d >= 0 {
		return now.Add(-d), nil
	}
	return time.Time{}, fmt.Errorf("%q is not a date (2025-04-21), a time (2025-04-21T09:00:00Z) or an age (36h, 7d)", s)
}
