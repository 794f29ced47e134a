package output

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"

	"github.com/claimwire/claimwire/extract"
)

// Pseudo-verdicts accepted by ClaimFilter.Verdict besides the verdicts.
const (
	// FilterUnreviewed selects claims without a verdict.
	FilterUnreviewed = "unreviewed"
	// FilterReviewed selects claims with any verdict.
	FilterReviewed = "reviewed"
)

// ClaimOrder is the order ListClaims returns claims in.
type ClaimOrder string

// Claim orders. Every order ends with article id and position in the
// article, so paging is stable.
const (
	// OrderNewest puts the most recently published first (the default);
	// claims without a publication time come last.
	OrderNewest ClaimOrder = "newest"
	// OrderOldest puts the earliest published first; claims without a
	// publication time come last.
	OrderOldest ClaimOrder = "oldest"
	// OrderSpeaker sorts by speaker name (the corrected one when an
	// analyst gave it), then newest first.
	OrderSpeaker ClaimOrder = "speaker"
	// OrderConfidence puts the most confident claims first.
	OrderConfidence ClaimOrder = "confidence"
)

// ClaimFilter selects claims for ListClaims and exports. Zero fields do not
// filter.
type ClaimFilter struct {
	// Speaker keeps claims whose speaker name contains it, ignoring case
	// and spacing; the analyst's corrected name counts instead of the
	// extracted one when there is one.
	Speaker string
	// Outlet keeps claims whose article's site name or host contains it,
	// ignoring case ("example news", "example.com", or a URL on the host).
	Outlet string
	// ArticleID keeps the claims of one article.
	ArticleID string
	// Since and Until bound the claim's publication time: Since <= t <
	// Until. Claims without a publication time are left out when either
	// is set.
	Since, Until time.Time
	// From and To bound the claim's publication day, both inclusive, as
	// dates in the record's own time zone (only their year, month and day
	// count). Claims without a date are left out when either is set.
	From, To time.Time
	// Type is a claim type: direct, indirect or mixed.
	Type string
	// Verdict is a verdict (see Verdicts), FilterUnreviewed or
	// FilterReviewed.
	Verdict string
	// Query is a full-text search over quote text and speaker names: every
	// word must occur, as a word or a word prefix; case and diacritics are
	// ignored. Operators are not interpreted.
	Query string
	// QueryQuoteOnly makes Query search the quote text alone, leaving
	// speaker names out (the review UI's "search quotes").
	QueryQuoteOnly bool
	// Limit and Offset page the results; Limit 0 means no limit.
	Limit, Offset int
	// Order is OrderNewest when empty.
	Order ClaimOrder

	// speakerExact makes Speaker match the whole name (SpeakerClaims).
	speakerExact bool
}

// ArticleInfo is what a claim row carries about its article.
type ArticleInfo struct {
	ID           string
	Title        string
	URL          string
	CanonicalURL string
	SiteName     string
	// Host is the lower-case host of the article's URL, without "www.".
	Host      string
	Published string
}

// Outlet names the article's outlet: its site name, or its host.
func (a ArticleInfo) Outlet() string {
	if a.SiteName != "" {
		return a.SiteName
	}
	return a.Host
}

// Review is an analyst's current verdict on a claim and speaker
// correction. The zero Review means unreviewed.
type Review struct {
	// Verdict is one of the Verdict constants, "" when none was given.
	Verdict    string
	Note       string
	Reviewer   string
	ReviewedAt time.Time
	// CorrectedSpeaker is the analyst's speaker for the claim, "" when
	// the extracted speaker stands.
	CorrectedSpeaker string
	CorrectedBy      string
	CorrectedAt      time.Time
}

// ClaimRow is one stored claim with its article's metadata and its review.
type ClaimRow struct {
	Claim extract.Claim
	// Source is the article the claim was extracted from.
	Source ArticleInfo
	Review Review
	// Record is the claim's record JSON exactly as written to claims.jsonl
	// (without the newline).
	Record json.RawMessage
}

// Speaker returns who said it: the analyst's correction when there is
// one, else the extracted speaker's name.
func (r ClaimRow) Speaker() string {
	if r.Review.CorrectedSpeaker != "" {
		return r.Review.CorrectedSpeaker
	}
	return r.Claim.Speaker.Name
}

// ReviewEvent is one verdict or speaker correction in a claim's history.
type ReviewEvent struct {
	// Action is "verdict" or "speaker".
	Action string
	// Value is the verdict, or the corrected speaker name ("" clears it).
	Value    string
	Note     string
	Reviewer string
	At       time.Time
}

// ClaimDetail is one claim with its whole article and its review history.
type ClaimDetail struct {
	ClaimRow
	// Article is the full article record, text included; offsets in the
	// claim point into Article.Text.
	Article extract.Article
	// History lists every verdict and correction, oldest first.
	History []ReviewEvent
}

// Counts is how many rows the store holds.
type Counts struct {
	Articles int
	Claims   int
	Speakers int
	// Reviews counts claims with a verdict or a speaker correction;
	// OrphanedReviews those among them whose claim was superseded.
	Reviews         int
	OrphanedReviews int
	// Runs grows by one with every StartRun; the other counts are what
	// re-running the same input must leave unchanged.
	Runs int
}

// claimColumns are the columns scanClaimRow scans.
const claimColumns = `c.record, a.id, a.title, a.url, a.canonical_url, a.site_name, a.host, a.published,
	r.verdict, r.note, r.reviewer, r.reviewed_at, r.corrected_speaker, r.corrected_by, r.corrected_at`

// claimFrom joins every claim with its article and its review, if any.
const claimFrom = ` FROM claims c JOIN articles a ON a.id = c.article_id LEFT JOIN reviews r ON r.claim_id = c.id`

type rowScanner interface{ Scan(dest ...any) error }

func scanClaimRow(sc rowScanner) (ClaimRow, error) {
	var (
		row                                        ClaimRow
		record                                     string
		verdict, note, reviewer, reviewedAt        sql.NullString
		correctedSpeaker, correctedBy, correctedAt sql.NullString
	)
	err := sc.Scan(&record, &row.Source.ID, &row.Source.Title, &row.Source.URL, &row.Source.CanonicalURL,
		&row.Source.SiteName, &row.Source.Host, &row.Source.Published,
		&verdict, &note, &reviewer, &reviewedAt, &correctedSpeaker, &correctedBy, &correctedAt)
	if err != nil {
		return ClaimRow{}, err
	}
	if err := json.Unmarshal([]byte(record), &row.Claim); err != nil {
		return ClaimRow{}, fmt.Errorf("decoding a stored claim record: %w", err)
	}
	row.Record = json.RawMessage(record)
	row.Review = Review{
		Verdict:          verdict.String,
		Note:             note.String,
		Reviewer:         reviewer.String,
		ReviewedAt:       parseStoreTime(reviewedAt.String),
		CorrectedSpeaker: correctedSpeaker.String,
		CorrectedBy:      correctedBy.String,
		CorrectedAt:      parseStoreTime(correctedAt.String),
	}
	return row, nil
}

// claimNeedsArticles reports whether claimWhere(f) refers to the
// articles table (a).
func claimNeedsArticles(f ClaimFilter) bool { return strings.TrimSpace(f.Outlet) != "" }

// claimNeedsReviews reports whether claimWhere(f) refers to the reviews
// table (r).
func claimNeedsReviews(f ClaimFilter) bool { return speakerKey(f.Speaker) != "" || f.Verdict != "" }

// claimWhere builds the WHERE clause and arguments of f. Only the outlet
// filter refers to articles (a), and only the speaker and verdict filters
// to reviews (r): claimNeedsArticles and claimNeedsReviews say so, and must
// change with them.
func claimWhere(f ClaimFilter) (string, []any, error) {
	var conds []string
	var args []any
	if key := speakerKey(f.Speaker); key != "" {
		if f.speakerExact {
			conds = append(conds, `((r.corrected_key IS NULL AND c.speaker_key = ?) OR r.corrected_key = ?)`)
			args = append(args, key, key)
		} else {
			// Through the small speakers table, so that the claims
			// index on speaker_id finds the rows.
			conds = append(conds, `((r.corrected_key IS NULL AND c.speaker_id IN (SELECT id FROM speakers WHERE instr(key, ?) > 0))
				OR instr(r.corrected_key, ?) > 0)`)
			args = append(args, key, key)
		}
	}
	if o := strings.TrimSpace(f.Outlet); o != "" {
		conds = append(conds, `(instr(a.site_key, ?) > 0 OR instr(a.host, ?) > 0)`)
		args = append(args, speakerKey(o), hostKey(o))
	}
	if f.ArticleID != "" {
		conds = append(conds, `c.article_id = ?`)
		args = append(args, f.ArticleID)
	}
	if !f.Since.IsZero() {
		conds = append(conds, `c.published_utc >= ?`)
		args = append(args, f.Since.UTC().Format(time.RFC3339))
	}
	if !f.Until.IsZero() {
		conds = append(conds, `c.published_utc < ?`)
		args = append(args, f.Until.UTC().Format(time.RFC3339))
	}
	if !f.From.IsZero() {
		conds = append(conds, `c.published_day >= ?`)
		args = append(args, f.From.Format(time.DateOnly))
	}
	if !f.To.IsZero() {
		conds = append(conds, `c.published_day <= ?`)
		args = append(args, f.To.Format(time.DateOnly))
	}
	if f.Type != "" {
		switch f.Type {
		case extract.ClaimDirect, extract.ClaimIndirect, extract.ClaimMixed:
		default:
			return "", nil, fmt.Errorf("claim type %q: %w", f.Type, ErrInvalidFilter)
		}
		conds = append(conds, `c.type = ?`)
		args = append(args, f.Type)
	}
	switch {
	case f.Verdict == "":
	case f.Verdict == FilterUnreviewed:
		conds = append(conds, `r.verdict IS NULL`)
	case f.Verdict == FilterReviewed:
		conds = append(conds, `r.verdict IS NOT NULL`)
	case IsVerdict(f.Verdict):
		conds = append(conds, `r.verdict = ?`)
		args = append(args, f.Verdict)
	default:
		return "", nil, fmt.Errorf("verdict %q: %w", f.Verdict, ErrInvalidFilter)
	}
	if q := ftsQuery(f.Query); q != "" {
		if f.QueryQuoteOnly {
			q = "quote : (" + q + ")"
		}
		conds = append(conds, `c.rowid IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH ?)`)
		args = append(args, q)
	}
	if len(conds) == 0 {
		return "", nil, nil
	}
	return " WHERE " + strings.Join(conds, " AND "), args, nil
}

// ErrInvalidFilter is returned for a ClaimFilter with an unknown type,
// verdict or order.
var ErrInvalidFilter = errors.New("invalid filter")

// claimOrderBy returns the ORDER BY clause of o.
func claimOrderBy(o ClaimOrder) (string, error) {
	const tail = `, c.article_id, c.quote_start, c.seq`
	switch o {
	case "", OrderNewest: // NULLs sort last in descending order
		return ` ORDER BY c.published_utc DESC` + tail, nil
	case OrderOldest:
		return ` ORDER BY c.published_utc IS NULL, c.published_utc` + tail, nil
	case OrderSpeaker:
		return ` ORDER BY COALESCE(r.corrected_key, c.speaker_key), c.published_utc DESC` + tail, nil
	case OrderConfidence:
		return ` ORDER BY c.confidence DESC, c.published_utc DESC` + tail, nil
	}
	return "", fmt.Errorf("order %q: %w", o, ErrInvalidFilter)
}

// ftsQuery turns what a user typed into an FTS5 query: each word becomes a
// quoted prefix term, so punctuation and FTS5 operators are taken as text.
func ftsQuery(s string) string {
	words := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) })
	terms := make([]string, 0, len(words))
	for _, w := range words {
		terms = append(terms, `"`+w+`"*`)
	}
	return strings.Join(terms, " ")
}

// ListClaims returns the claims f selects, one page of them, and how many
// claims f selects in all.
func (s *Store) ListClaims(ctx context.Context, f ClaimFilter) ([]ClaimRow, int, error) {
	where, args, err := claimWhere(f)
	if err != nil {
		return nil, 0, fmt.Errorf("listing claims: %w", err)
	}
	// Count with only the joins the filter needs: every claim has its
	// article and at most one review, so leaving a join out does not
	// change the count.
	from := `SELECT count(*) FROM claims c`
	if claimNeedsArticles(f) {
		from += ` JOIN articles a ON a.id = c.article_id`
	}
	if claimNeedsReviews(f) {
		from += ` LEFT JOIN reviews r ON r.claim_id = c.id`
	}
	var total int
	if err := s.db.QueryRowContext(ctx, from+where, args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("counting claims in %s: %w", s.path, err)
	}
	var out []ClaimRow
	err = s.EachClaim(ctx, f, func(r ClaimRow) error {
		out = append(out, r)
		return nil
	})
	if err != nil {
		return nil, 0, err
	}
	return out, total, nil
}

// EachClaim calls fn for each claim f selects, in order, reading the rows
// as it goes rather than all at once. An error from fn stops the walk and
// is returned.
func (s *Store) EachClaim(ctx context.Context, f ClaimFilter, fn func(ClaimRow) error) error {
	return s.eachRow(ctx, f, claimColumns, func(rows *sql.Rows) error {
		row, err := scanClaimRow(rows)
		if err != nil {
			return fmt.Errorf("listing claims in %s: %w", s.path, err)
		}
		return fn(row)
	})
}

// eachRow runs the claim query of f selecting columns (over claims c,
// articles a and reviews r) and calls scan on each row, in order.
func (s *Store) eachRow(ctx context.Context, f ClaimFilter, columns string, scan func(*sql.Rows) error) error {
	where, args, err := claimWhere(f)
	if err != nil {
		return fmt.Errorf("listing claims: %w", err)
	}
	order, err := claimOrderBy(f.Order)
	if err != nil {
		return fmt.Errorf("listing claims: %w", err)
	}
	q := `SELECT ` + columns + claimFrom + where + order
	if f.Limit > 0 || f.Offset > 0 {
		// Page over the narrow sort keys first, then read the wide rows
		// of that page only: sorting whole rows (records, article
		// metadata) for every page was the cost of a list.
		limit := f.Limit
		if limit <= 0 {
			limit = -1
		}
		q = `SELECT ` + columns + claimFrom + ` WHERE c.rowid IN (SELECT c.rowid` + claimFrom + where + order +
			` LIMIT ? OFFSET ?)` + order
		args = append(args, limit, max(f.Offset, 0))
	}
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return fmt.Errorf("listing claims in %s: %w", s.path, err)
	}
	defer rows.Close()
	for rows.Next() {
		if err := scan(rows); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("listing claims in %s: %w", s.path, err)
	}
	return nil
}

// Neighbors returns the ids of the claims just before and just after id
// in the list f selects, in f's order ("" at either end); f's Limit and
// Offset are ignored. When id itself is not selected by f (a verdict just
// took it out of an "unreviewed" list), its neighbours are the selected
// claims on either side of where it sorts. It returns an error wrapping
// ErrNotFound when id is not in the store.
func (s *Store) Neighbors(ctx context.Context, id string, f ClaimFilter) (prev, next string, err error) {
	where, args, err := claimWhere(f)
	if err != nil {
		return "", "", fmt.Errorf("finding the neighbours of claim %s: %w", id, err)
	}
	order, err := claimOrderBy(f.Order)
	if err != nil {
		return "", "", fmt.Errorf("finding the neighbours of claim %s: %w", id, err)
	}
	var rowid int64
	err = s.db.QueryRowContext(ctx, `SELECT rowid FROM claims WHERE id = ?`, id).Scan(&rowid)
	if errors.Is(err, sql.ErrNoRows) {
		return "", "", fmt.Errorf("claim %s: %w", id, ErrNotFound)
	}
	if err != nil {
		return "", "", fmt.Errorf("finding the neighbours of claim %s in %s: %w", id, s.path, err)
	}
	if where != "" {
		where = " WHERE (" + strings.TrimPrefix(where, " WHERE ") + ") OR c.rowid = ?"
		args = append(args, rowid)
	}
	from := `SELECT c.rowid FROM claims c`
	if claimNeedsArticles(f) {
		from += ` JOIN articles a ON a.id = c.article_id`
	}
	if claimNeedsReviews(f) || f.Order == OrderSpeaker {
		from += ` LEFT JOIN reviews r ON r.claim_id = c.id`
	}
	// Walk the rowids in order (for the default orders the order's index
	// covers them) up to id's and one past it: cheaper in SQLite than
	// lag() and lead() over the whole list.
	rows, err := s.db.QueryContext(ctx, from+where+order, args...)
	if err != nil {
		return "", "", fmt.Errorf("finding the neighbours of claim %s in %s: %w", id, s.path, err)
	}
	var before, after int64
	found := false
	for rows.Next() {
		var cur int64
		if err := rows.Scan(&cur); err != nil {
			rows.Close()
			return "", "", fmt.Errorf("finding the neighbours of claim %s in %s: %w", id, s.path, err)
		}
		if found {
			after = cur
			break
		}
		if cur == rowid {
			found = true
			continue
		}
		before = cur
	}
	if err := errors.Join(rows.Err(), rows.Close()); err != nil {
		return "", "", fmt.Errorf("finding the neighbours of claim %s in %s: %w", id, s.path, err)
	}
	idOf := func(rowid int64) (string, error) {
		if rowid == 0 {
			return "", nil
		}
		var id string
		err := s.db.QueryRowContext(ctx, `SELECT id FROM claims WHERE rowid = ?`, rowid).Scan(&id)
		return id, err
	}
	if prev, err = idOf(before); err == nil {
		next, err = idOf(after)
	}
	if err != nil {
		return "", "", fmt.Errorf("finding the neighbours of claim %s in %s: %w", id, s.path, err)
	}
	return prev, next, nil
}

// GetClaim returns one claim with its article and review history, or an
// error wrapping ErrNotFound.
func (s *Store) GetClaim(ctx context.Context, id string) (ClaimDetail, error) {
	row, err := scanClaimRow(s.db.QueryRowContext(ctx, `SELECT `+claimColumns+claimFrom+` WHERE c.id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return ClaimDetail{}, fmt.Errorf("claim %s: %w", id, ErrNotFound)
	}
	if err != nil {
		return ClaimDetail{}, fmt.Errorf("reading claim %s: %w", id, err)
	}
	d := ClaimDetail{ClaimRow: row}
	var artJSON string
	if err := s.db.QueryRowContext(ctx, `SELECT record FROM articles WHERE id = ?`, row.Claim.ArticleID).Scan(&artJSON); err != nil {
		return ClaimDetail{}, fmt.Errorf("reading the article of claim %s: %w", id, err)
	}
	if err := json.Unmarshal([]byte(artJSON), &d.Article); err != nil {
		return ClaimDetail{}, fmt.Errorf("decoding the article of claim %s: %w", id, err)
	}
	d.History, err = s.reviewHistory(ctx, id)
	if err != nil {
		return ClaimDetail{}, err
	}
	return d, nil
}

func (s *Store) reviewHistory(ctx context.Context, id string) ([]ReviewEvent, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT action, value, note, reviewer, at FROM review_log WHERE claim_id = ? ORDER BY id`, id)
	if err != nil {
		return nil, fmt.Errorf("reading the review history of claim %s: %w", id, err)
	}
	defer rows.Close()
	var out []ReviewEvent
	for rows.Next() {
		var e ReviewEvent
		var at string
		if err := rows.Scan(&e.Action, &e.Value, &e.Note, &e.Reviewer, &at); err != nil {
			return nil, fmt.Errorf("reading the review history of claim %s: %w", id, err)
		}
		e.At = parseStoreTime(at)
		out = append(out, e)
	}
	return out, rows.Err()
}

// SpeakerClaims returns every claim by the named speaker (matched as
// ClaimFilter.Speaker does), oldest first, for a chart over time.
func (s *Store) SpeakerClaims(ctx context.Context, name string) ([]ClaimRow, error) {
	if speakerKey(name) == "" {
		return nil, nil
	}
	var out []ClaimRow
	err := s.EachClaim(ctx, ClaimFilter{Speaker: name, Order: OrderOldest, speakerExact: true}, func(r ClaimRow) error {
		out = append(out, r)
		return nil
	})
	return out, err
}

// Counts returns how many articles, claims, speakers, reviews and runs the
// store holds.
func (s *Store) Counts(ctx context.Context) (Counts, error) {
	var c Counts
	err := s.db.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM articles),
		(SELECT count(*) FROM claims),
		(SELECT count(*) FROM speakers),
		(SELECT count(*) FROM reviews WHERE orphaned_at IS NULL AND (verdict IS NOT NULL OR corrected_key IS NOT NULL)),
		(SELECT count(*) FROM reviews WHERE orphaned_at IS NOT NULL AND (verdict IS NOT NULL OR corrected_key IS NOT NULL)),
		(SELECT count(*) FROM runs)`).Scan(&c.Articles, &c.Claims, &c.Speakers, &c.Reviews, &c.OrphanedReviews, &c.Runs)
	if err != nil {
		return Counts{}, fmt.Errorf("counting rows in %s: %w", s.path, err)
	}
	return c, nil
}
