package review

import (
	"context"
	"errors"
	"slices"
	"time"

	"github.com/claimwire/claimwire/extract"
)

// Verdicts an analyst can give a claim, as stored in Review.Verdict.
const (
	VerdictSupported    = "supported"
	VerdictDisputed     = "disputed"
	VerdictFalse        = "false"
	VerdictNeedsContext = "needs_context"
	VerdictNotAClaim    = "not_a_claim"
)

// Verdict filter values that are not verdicts themselves, for
// Filter.Verdict.
const (
	// FilterUnreviewed selects claims without a verdict.
	FilterUnreviewed = "unreviewed"
	// FilterReviewed selects claims with any verdict.
	FilterReviewed = "reviewed"
)

// Verdicts returns the verdicts in the order the UI shows them; keys 1–5
// select them in that order.
func Verdicts() []string {
	return []string{VerdictSupported, VerdictDisputed, VerdictFalse, VerdictNeedsContext, VerdictNotAClaim}
}

// ValidVerdict reports whether v is one of Verdicts().
func ValidVerdict(v string) bool {
	return slices.Contains(Verdicts(), v)
}

// ErrNotFound is returned by a Store when a claim id is unknown.
var ErrNotFound = errors.New("not found")

// ErrInvalidVerdict is returned by Store.SetVerdict for a verdict that is
// not one of Verdicts.
var ErrInvalidVerdict = errors.New("invalid verdict")

// Store is what the review UI needs from claimwire's store. The SQLite
// store in output/ satisfies it through a small adapter; MemStore is the
// in-memory implementation used by tests and by `claimwire review --from`.
//
// Claims are ordered newest article first (by the claim's published time,
// falling back to its article's), then by article id, then by position in
// the article (Quote.Start). ListClaims, Neighbors and the export all use
// that order.
//
// Implementations must be safe for concurrent use.
type Store interface {
	// ListClaims returns the page [f.Offset, f.Offset+f.Limit) of the claims
	// matching f, and how many match in all.
	ListClaims(ctx context.Context, f Filter) (rows []ClaimRow, total int, err error)
	// GetClaim returns one claim with its article; ErrNotFound (wrapped)
	// when id is unknown.
	GetClaim(ctx context.Context, id string) (ClaimDetail, error)
	// Neighbors returns the ids of the claims before and after id among the
	// claims matching f (f.Offset and f.Limit are ignored), "" at either
	// end. When id itself does not match f (it was just given a verdict
	// that takes it out of an "unreviewed" list), its neighbours are the
	// matching claims on either side of where it would sort.
	Neighbors(ctx context.Context, id string, f Filter) (prev, next string, err error)
	// SetVerdict records an analyst's verdict on a claim, replacing any
	// earlier one, with the current time. It returns ErrInvalidVerdict or
	// ErrNotFound (wrapped) for a bad verdict or id.
	SetVerdict(ctx context.Context, claimID, verdict, note, reviewer string) error
	// CorrectSpeaker records the analyst's speaker name next to the
	// extracted one, which is kept. An empty name removes the correction.
	CorrectSpeaker(ctx context.Context, claimID, name, reviewer string) error
	// SpeakerClaims returns the claims whose speaker is name (the corrected
	// speaker where there is one, else the extracted one; compared without
	// regard to case), oldest first.
	SpeakerClaims(ctx context.Context, name string) ([]ClaimRow, error)
}

// Filter selects claims for ListClaims. Zero fields select everything.
type Filter struct {
	// Speaker matches claims whose speaker (corrected, else extracted)
	// contains it, without regard to case.
	Speaker string
	// Outlet matches claims whose article's site name (or URL host, when
	// the site name is empty) contains it, without regard to case.
	Outlet string
	// From and To bound the claim's publication day, inclusive, as dates
	// in the record's own time zone; claims without a date are left out
	// when either is set. The zero time leaves that end open.
	From, To time.Time
	// Type is a claim type (extract.ClaimDirect...), or "" for all.
	Type string
	// Verdict is a verdict, FilterUnreviewed, FilterReviewed, or "" for all.
	Verdict string
	// Query matches claims whose quote text contains it, without regard to
	// case. A full-text store may match words instead of substrings.
	Query string
	// Offset and Limit select a page; Limit 0 means no limit.
	Offset, Limit int
}

// Review is an analyst's verdict on a claim.
type Review struct {
	Verdict  string    `json:"verdict"`
	Note     string    `json:"note,omitempty"`
	Reviewer string    `json:"reviewer"`
	Time     time.Time `json:"time"`
}

// SpeakerCorrection is the speaker an analyst says a claim is really
// attributed to. It is stored next to the extracted speaker, never over it.
type SpeakerCorrection struct {
	Name     string    `json:"name"`
	Reviewer string    `json:"reviewer"`
	Time     time.Time `json:"time"`
}

// ClaimRow is a claim as the list shows it: the extracted record, where it
// was published, and what analysts said about it.
type ClaimRow struct {
	Claim extract.Claim
	// Outlet is the article's site name, or its URL host.
	Outlet string
	// Title is the article's title.
	Title string
	// Published is the claim's published time, or its article's when the
	// claim has none (RFC 3339 or a date; may be empty).
	Published string
	// Review is the latest verdict; nil when unreviewed.
	Review *Review
	// Correction is the analyst's speaker; nil when none.
	Correction *SpeakerCorrection
}

// Speaker returns the name the claim is attributed to: the analyst's
// correction when there is one, else the extracted speaker's name.
func (r ClaimRow) Speaker() string {
	if r.Correction != nil && r.Correction.Name != "" {
		return r.Correction.Name
	}
	return r.Claim.Speaker.Name
}

// ClaimDetail is one claim with the article it was extracted from.
type ClaimDetail struct {
	ClaimRow
	Article extract.Article
}
