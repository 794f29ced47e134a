package review

import (
	"context"
	"errors"
	"fmt"

	"github.com/claimwire/claimwire/output"
)

// NewSQLiteStore returns a Store reading and writing st, claimwire's SQLite
// store (output.OpenStore): verdicts and speaker corrections are saved in
// the database, so they outlive the server. The caller keeps st and closes
// it after the server stops.
//
// The adapter only translates types and errors; the querying is output's:
// Filter.Query is a full-text search matching whole words and word
// prefixes of the quote, ignoring case and diacritics, and Filter.Outlet
// matches the article's site name or its host. Errors wrap both this
// package's sentinels (ErrNotFound, ErrInvalidVerdict) and output's, so
// errors.Is works with either.
//
// It is safe for concurrent use, as output.Store is.
func NewSQLiteStore(st *output.Store) Store {
	return sqliteStore{st: st}
}

// sqliteStore adapts *output.Store to Store.
type sqliteStore struct {
	st *output.Store
}

// sqliteFilter translates a review Filter into the store's, in the Store
// order (newest first).
func sqliteFilter(f Filter) output.ClaimFilter {
	return output.ClaimFilter{
		Speaker: f.Speaker,
		Outlet:  f.Outlet,
		From:    f.From,
		To:      f.To,
		Type:    f.Type,
		Verdict: f.Verdict,
		Query:   f.Query,
		// The contract says the UI searches quotes, not speaker names.
		QueryQuoteOnly: true,
		Offset:         f.Offset,
		Limit:          f.Limit,
		Order:          output.OrderNewest,
	}
}

// sqliteRow translates a stored claim row.
func sqliteRow(r output.ClaimRow) ClaimRow {
	row := ClaimRow{
		Claim:     r.Claim,
		Outlet:    r.Source.Outlet(),
		Title:     r.Source.Title,
		Published: r.Claim.Published,
	}
	if row.Published == "" {
		row.Published = r.Source.Published
	}
	if rv := r.Review; rv.Verdict != "" {
		row.Review = &Review{Verdict: rv.Verdict, Note: rv.Note, Reviewer: rv.Reviewer, Time: rv.ReviewedAt}
	}
	if rv := r.Review; rv.CorrectedSpeaker != "" {
		row.Correction = &SpeakerCorrection{Name: rv.CorrectedSpeaker, Reviewer: rv.CorrectedBy, Time: rv.CorrectedAt}
	}
	return row
}

// sqliteRows translates stored claim rows.
func sqliteRows(rs []output.ClaimRow) []ClaimRow {
	out := make([]ClaimRow, len(rs))
	for i, r := range rs {
		out[i] = sqliteRow(r)
	}
	return out
}

// sqliteError is an error from the store that also wraps the review
// sentinel it corresponds to, keeping the store's message.
type sqliteError struct {
	err      error
	sentinel error
}

func (e sqliteError) Error() string   { return e.err.Error() }
func (e sqliteError) Unwrap() []error { return []error{e.err, e.sentinel} }

// sqliteErr maps the store's sentinel errors in err to this package's; nil
// stays nil.
func sqliteErr(err error) error {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, output.ErrNotFound):
		return sqliteError{err: err, sentinel: ErrNotFound}
	case errors.Is(err, output.ErrInvalidVerdict):
		return sqliteError{err: err, sentinel: ErrInvalidVerdict}
	}
	return err
}

// ListClaims implements Store.
func (s sqliteStore) ListClaims(ctx context.Context, f Filter) ([]ClaimRow, int, error) {
	rs, total, err := s.st.ListClaims(ctx, sqliteFilter(f))
	if err != nil {
		return nil, 0, sqliteErr(err)
	}
	return sqliteRows(rs), total, nil
}

// GetClaim implements Store.
func (s sqliteStore) GetClaim(ctx context.Context, id string) (ClaimDetail, error) {
	d, err := s.st.GetClaim(ctx, id)
	if err != nil {
		return ClaimDetail{}, sqliteErr(err)
	}
	return ClaimDetail{ClaimRow: sqliteRow(d.ClaimRow), Article: d.Article}, nil
}

// Neighbors implements Store.
func (s sqliteStore) Neighbors(ctx context.Context, id string, f Filter) (prev, next string, err error) {
	prev, next, err = s.st.Neighbors(ctx, id, sqliteFilter(f))
	return prev, next, sqliteErr(err)
}

// SetVerdict implements Store.
func (s sqliteStore) SetVerdict(ctx context.Context, claimID, verdict, note, reviewer string) error {
	return sqliteErr(s.st.SetVerdict(ctx, claimID, verdict, note, reviewer))
}

// CorrectSpeaker implements Store.
func (s sqliteStore) CorrectSpeaker(ctx context.Context, claimID, name, reviewer string) error {
	return sqliteErr(s.st.CorrectSpeaker(ctx, claimID, name, reviewer))
}

// SpeakerClaims implements Store.
func (s sqliteStore) SpeakerClaims(ctx context.Context, name string) ([]ClaimRow, error) {
	rs, err := s.st.SpeakerClaims(ctx, name)
	if err != nil {
		return nil, fmt.Errorf("claims of speaker %q: %w", name, sqliteErr(err))
	}
	return sqliteRows(rs), nil
}
