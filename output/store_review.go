package output

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"
)

// Verdicts an analyst gives a claim.
const (
	VerdictSupported    = "supported"
	VerdictDisputed     = "disputed"
	VerdictFalse        = "false"
	VerdictNeedsContext = "needs_context"
	VerdictNotAClaim    = "not_a_claim"
)

// ErrInvalidVerdict is returned by SetVerdict for a verdict that is not one
// of the Verdict constants.
var ErrInvalidVerdict = errors.New("invalid verdict")

// Verdicts returns every verdict, in the order a review UI shows them.
func Verdicts() []string {
	return []string{VerdictSupported, VerdictDisputed, VerdictFalse, VerdictNeedsContext, VerdictNotAClaim}
}

// IsVerdict reports whether v is one of the verdicts.
func IsVerdict(v string) bool { return slices.Contains(Verdicts(), v) }

// SetVerdict records an analyst's verdict on a claim, with an optional
// note, replacing the claim's current verdict and adding it to the claim's
// history, both with the time. It returns an error wrapping
// ErrInvalidVerdict for an unknown verdict and ErrNotFound for an unknown
// claim.
func (s *Store) SetVerdict(ctx context.Context, claimID, verdict, note, reviewer string) error {
	if !IsVerdict(verdict) {
		return fmt.Errorf("verdict %q on claim %s: %w (want one of %s)", verdict, claimID, ErrInvalidVerdict, strings.Join(Verdicts(), ", "))
	}
	return s.review(ctx, claimID, func(tx *sql.Tx, now string) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO reviews(claim_id, verdict, note, reviewer, reviewed_at) VALUES (?, ?, ?, ?, ?)
			ON CONFLICT(claim_id) DO UPDATE SET verdict = excluded.verdict, note = excluded.note,
				reviewer = excluded.reviewer, reviewed_at = excluded.reviewed_at`,
			claimID, verdict, note, reviewer, now)
		if err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `INSERT INTO review_log(claim_id, action, value, note, reviewer, at) VALUES (?, 'verdict', ?, ?, ?, ?)`,
			claimID, verdict, note, reviewer, now)
		return err
	})
}

// CorrectSpeaker records that the claim's speaker is name, not the one
// extracted; the extracted speaker stays in the claim record. An empty name
// removes the correction. It returns an error wrapping ErrNotFound for an
// unknown claim.
func (s *Store) CorrectSpeaker(ctx context.Context, claimID, name, reviewer string) error {
	name = strings.Join(strings.Fields(name), " ")
	var corrected, key any
	if name != "" {
		corrected, key = name, speakerKey(name)
	}
	return s.review(ctx, claimID, func(tx *sql.Tx, now string) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO reviews(claim_id, corrected_speaker, corrected_key, corrected_by, corrected_at)
			VALUES (?, ?, ?, ?, ?)
			ON CONFLICT(claim_id) DO UPDATE SET corrected_speaker = excluded.corrected_speaker,
				corrected_key = excluded.corrected_key, corrected_by = excluded.corrected_by,
				corrected_at = excluded.corrected_at`,
			claimID, corrected, key, reviewer, now)
		if err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `INSERT INTO review_log(claim_id, action, value, reviewer, at) VALUES (?, 'speaker', ?, ?, ?)`,
			claimID, name, reviewer, now)
		return err
	})
}

// review runs one review change in a transaction after checking that the
// claim exists.
func (s *Store) review(ctx context.Context, claimID string, change func(tx *sql.Tx, now string) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("reviewing claim %s: %w", claimID, err)
	}
	defer tx.Rollback()
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM claims WHERE id = ?`, claimID).Scan(&n); err != nil {
		return fmt.Errorf("reviewing claim %s: %w", claimID, err)
	}
	if n == 0 {
		return fmt.Errorf("reviewing claim %s: %w", claimID, ErrNotFound)
	}
	if err := change(tx, formatTime(s.now())); err != nil {
		return fmt.Errorf("reviewing claim %s: %w", claimID, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("reviewing claim %s: %w", claimID, err)
	}
	return nil
}
