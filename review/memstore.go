package review

import (
	"cmp"
	"context"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/claimwire/claimwire/extract"
)

// MemStore is a Store held in memory: the records it was built from, plus
// the verdicts and speaker corrections given since. Nothing is written to
// disk, so reviews are lost when the process ends.
//
// A MemStore is safe for concurrent use.
type MemStore struct {
	articles map[string]extract.Article
	// rows are in the Store order; byID indexes them.
	rows []memRow
	byID map[string]int
	now  func() time.Time

	mu          sync.RWMutex
	reviews     map[string]Review
	corrections map[string]SpeakerCorrection
}

// memRow is a claim with what filtering and sorting need, computed once.
type memRow struct {
	row ClaimRow
	// day is the publication date "2006-01-02", or "" when unknown.
	day     string
	at      time.Time
	hasTime bool
	quote   string // lower-case quote text
	outlet  string // lower-case outlet
}

// NewMemStore builds a store over articles and their claims. A claim whose
// article is missing is kept, with its outlet taken from its URL. A claim
// id given twice keeps its first record.
func NewMemStore(articles []extract.Article, claims []extract.Claim) *MemStore {
	s := &MemStore{
		articles:    make(map[string]extract.Article, len(articles)),
		byID:        make(map[string]int, len(claims)),
		now:         time.Now,
		reviews:     make(map[string]Review),
		corrections: make(map[string]SpeakerCorrection),
	}
	for _, a := range articles {
		s.articles[a.ID] = a
	}
	seen := make(map[string]bool, len(claims))
	for _, c := range claims {
		if seen[c.ID] {
			continue
		}
		seen[c.ID] = true
		a, ok := s.articles[c.ArticleID]
		r := ClaimRow{Claim: c, Published: c.Published}
		if ok {
			r.Title = a.Title
			r.Outlet = a.SiteName
			if r.Published == "" {
				r.Published = a.Published
			}
			if r.Outlet == "" {
				r.Outlet = memHost(a.URL)
			}
		}
		if r.Outlet == "" {
			r.Outlet = memHost(c.URL)
		}
		m := memRow{row: r, quote: strings.ToLower(c.Quote.Text), outlet: strings.ToLower(r.Outlet)}
		m.at, m.hasTime = parsePublished(r.Published)
		if m.hasTime {
			m.day = m.at.Format(time.DateOnly)
		}
		s.rows = append(s.rows, m)
	}
	slices.SortStableFunc(s.rows, memCompare)
	for i, m := range s.rows {
		s.byID[m.row.Claim.ID] = i
	}
	return s
}

// memCompare orders rows newest first, undated last, then by article and
// position in the article.
func memCompare(a, b memRow) int {
	if a.hasTime != b.hasTime {
		if a.hasTime {
			return -1
		}
		return 1
	}
	if c := b.at.Compare(a.at); c != 0 {
		return c
	}
	return cmp.Or(
		cmp.Compare(a.row.Claim.ArticleID, b.row.Claim.ArticleID),
		cmp.Compare(a.row.Claim.Quote.Start, b.row.Claim.Quote.Start),
		cmp.Compare(a.row.Claim.ID, b.row.Claim.ID),
	)
}

// memHost returns the host of a URL, without "www.".
func memHost(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(u.Hostname(), "www.")
}

// parsePublished parses a record's published field: RFC 3339 or a date.
func parsePublished(s string) (time.Time, bool) {
	return extract.Article{Published: s}.PublishedTime()
}

// withReview returns row i with its current review and correction. The
// caller holds s.mu.
func (s *MemStore) withReview(i int) ClaimRow {
	r := s.rows[i].row
	if v, ok := s.reviews[r.Claim.ID]; ok {
		r.Review = &v
	}
	if c, ok := s.corrections[r.Claim.ID]; ok {
		r.Correction = &c
	}
	return r
}

// matching returns the indexes of the rows matching f, in order. The caller
// holds s.mu.
func (s *MemStore) matching(f Filter) []int {
	speaker := strings.ToLower(strings.TrimSpace(f.Speaker))
	outlet := strings.ToLower(strings.TrimSpace(f.Outlet))
	query := strings.ToLower(strings.TrimSpace(f.Query))
	var from, to string
	if !f.From.IsZero() {
		from = f.From.Format(time.DateOnly)
	}
	if !f.To.IsZero() {
		to = f.To.Format(time.DateOnly)
	}
	var out []int
	for i, m := range s.rows {
		id := m.row.Claim.ID
		if f.Type != "" && m.row.Claim.Type != f.Type {
			continue
		}
		if (from != "" || to != "") && m.day == "" {
			continue
		}
		if (from != "" && m.day < from) || (to != "" && m.day > to) {
			continue
		}
		if outlet != "" && !strings.Contains(m.outlet, outlet) {
			continue
		}
		if query != "" && !strings.Contains(m.quote, query) {
			continue
		}
		if f.Verdict != "" {
			rv, ok := s.reviews[id]
			switch f.Verdict {
			case FilterUnreviewed:
				if ok {
					continue
				}
			case FilterReviewed:
				if !ok {
					continue
				}
			default:
				if !ok || rv.Verdict != f.Verdict {
					continue
				}
			}
		}
		if speaker != "" {
			name := m.row.Claim.Speaker.Name
			if c, ok := s.corrections[id]; ok {
				name = c.Name
			}
			if !strings.Contains(strings.ToLower(name), speaker) {
				continue
			}
		}
		out = append(out, i)
	}
	return out
}

// ListClaims implements Store.
func (s *MemStore) ListClaims(ctx context.Context, f Filter) ([]ClaimRow, int, error) {
	if err := ctx.Err(); err != nil {
		return nil, 0, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	idx := s.matching(f)
	lo := min(max(f.Offset, 0), len(idx))
	hi := len(idx)
	if f.Limit > 0 {
		hi = min(lo+f.Limit, len(idx))
	}
	rows := make([]ClaimRow, 0, hi-lo)
	for _, i := range idx[lo:hi] {
		rows = append(rows, s.withReview(i))
	}
	return rows, len(idx), nil
}

// GetClaim implements Store.
func (s *MemStore) GetClaim(ctx context.Context, id string) (ClaimDetail, error) {
	if err := ctx.Err(); err != nil {
		return ClaimDetail{}, err
	}
	i, ok := s.byID[id]
	if !ok {
		return ClaimDetail{}, fmt.Errorf("claim %q: %w", id, ErrNotFound)
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	r := s.withReview(i)
	return ClaimDetail{ClaimRow: r, Article: s.articles[r.Claim.ArticleID]}, nil
}

// Neighbors implements Store.
func (s *MemStore) Neighbors(ctx context.Context, id string, f Filter) (prev, next string, err error) {
	if err := ctx.Err(); err != nil {
		return "", "", err
	}
	pos, ok := s.byID[id]
	if !ok {
		return "", "", fmt.Errorf("claim %q: %w", id, ErrNotFound)
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	for _, i := range s.matching(f) {
		switch {
		case i < pos:
			prev = s.rows[i].row.Claim.ID
		case i > pos:
			return prev, s.rows[i].row.Claim.ID, nil
		}
	}
	return prev, "", nil
}

// SetVerdict implements Store.
func (s *MemStore) SetVerdict(ctx context.Context, claimID, verdict, note, reviewer string) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if !ValidVerdict(verdict) {
		return fmt.Errorf("verdict %q on claim %q: %w", verdict, claimID, ErrInvalidVerdict)
	}
	if _, ok := s.byID[claimID]; !ok {
		return fmt.Errorf("claim %q: %w", claimID, ErrNotFound)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.reviews[claimID] = Review{Verdict: verdict, Note: note, Reviewer: reviewer, Time: s.now().UTC()}
	return nil
}

// CorrectSpeaker implements Store.
func (s *MemStore) CorrectSpeaker(ctx context.Context, claimID, name, reviewer string) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if _, ok := s.byID[claimID]; !ok {
		return fmt.Errorf("claim %q: %w", claimID, ErrNotFound)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	name = strings.TrimSpace(name)
	if name == "" {
		delete(s.corrections, claimID)
		return nil
	}
	s.corrections[claimID] = SpeakerCorrection{Name: name, Reviewer: reviewer, Time: s.now().UTC()}
	return nil
}

// SpeakerClaims implements Store.
func (s *MemStore) SpeakerClaims(ctx context.Context, name string) ([]ClaimRow, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	name = strings.TrimSpace(name)
	s.mu.RLock()
	defer s.mu.RUnlock()
	var idx []int
	for i := range s.rows {
		if strings.EqualFold(s.withReview(i).Speaker(), name) {
			idx = append(idx, i)
		}
	}
	// s.rows is newest first; keep article order within a time, undated last.
	slices.SortStableFunc(idx, func(a, b int) int {
		ra, rb := s.rows[a], s.rows[b]
		if ra.hasTime != rb.hasTime {
			if ra.hasTime {
				return -1
			}
			return 1
		}
		return ra.at.Compare(rb.at)
	})
	out := make([]ClaimRow, 0, len(idx))
	for _, i := range idx {
		out = append(out, s.withReview(i))
	}
	return out, nil
}
