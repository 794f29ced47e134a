package output

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"time"
	"unicode"

	"github.com/claimwire/claimwire/extract"

	_ "modernc.org/sqlite" // registers the "sqlite" database/sql driver
)

// ErrNotFound is returned when a claim or run asked for by id is not in
// the store.
var ErrNotFound = errors.New("not found")

// storeBusyTimeout is how long a store connection waits for another
// writer's lock before failing with SQLITE_BUSY.
const storeBusyTimeout = 10 * time.Second

// Store is claimwire's embedded SQLite database: the articles and claims of
// every run, upserted by their stable ids, the speakers they name, the runs
// that wrote them, and the analysts' reviews. It is a pipeline sink (Write,
// Close) and the read API of the review UI and of exports.
//
// The file is in WAL mode, so readers (the review UI, an export) never
// block the writer. Every transaction begins IMMEDIATE and waits up to ten
// seconds for another process's write lock.
//
// A Store is safe for concurrent use; Write is meant to be called from one
// goroutine at a time (as the pipeline does), which keeps each article's
// supersede step atomic and ordered.
type Store struct {
	db   *sql.DB
	path string
	// run is the id of the run started by StartRun and not yet finished,
	// tagged on every row Write upserts; 0 when none.
	run atomic.Int64
	// now is the clock for review and row times; tests replace it.
	now func() time.Time
	// stmtSpeaker and stmtClaim are the statements Write runs per claim,
	// prepared once (parsing them was a third of the cost of a write).
	stmtSpeaker, stmtClaim *sql.Stmt
}

// OpenStore opens (creating when needed) the SQLite store at path, with its
// directory, and brings its schema up to date by running the embedded
// migrations not yet applied.
func OpenStore(ctx context.Context, path string) (*Store, error) {
	if path == "" {
		return nil, errors.New("opening store: empty path")
	}
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("opening store %s: %w", path, err)
		}
	}
	db, err := sql.Open("sqlite", storeDSN(path))
	if err != nil {
		return nil, fmt.Errorf("opening store %s: %w", path, err)
	}
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("opening store %s: %w", path, err)
	}
	if err := migrateSQLite(ctx, db); err != nil {
		db.Close()
		return nil, fmt.Errorf("migrating store %s: %w", path, err)
	}
	s := &Store{db: db, path: path, now: time.Now}
	if s.stmtSpeaker, err = db.PrepareContext(ctx, storeSpeakerSQL); err == nil {
		s.stmtClaim, err = db.PrepareContext(ctx, storeClaimSQL)
	}
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("opening store %s: %w", path, err)
	}
	return s, nil
}

// storeDSN builds the modernc DSN for path as a SQLite URI, so that a path
// with '?', '#' or '%' in it names the right file.
func storeDSN(path string) string {
	u := url.URL{Path: filepath.ToSlash(path)}
	q := url.Values{}
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", storeBusyTimeout.Milliseconds()))
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "synchronous(NORMAL)")
	q.Add("_pragma", "foreign_keys(1)")
	q.Set("_txlock", "immediate")
	return "file:" + u.EscapedPath() + "?" + q.Encode()
}

// Path returns the file the store was opened from.
func (s *Store) Path() string { return s.path }

// Close closes the database.
func (s *Store) Close() error {
	s.stmtSpeaker.Close()
	s.stmtClaim.Close()
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("closing store %s: %w", s.path, err)
	}
	return nil
}

// StartRun records the start of a run of the given kind ("crawl",
// "extract", "demo"...) and returns its id. Until FinishRun, every article
// and claim Write upserts is tagged with this run.
func (s *Store) StartRun(ctx context.Context, kind string) (runID int64, err error) {
	err = s.db.QueryRowContext(ctx, `INSERT INTO runs(kind, started_at) VALUES (?, ?) RETURNING id`,
		kind, formatTime(s.now())).Scan(&runID)
	if err != nil {
		return 0, fmt.Errorf("starting a %s run in %s: %w", kind, s.path, err)
	}
	s.run.Store(runID)
	return runID, nil
}

// FinishRun records the end of run id with its summary (any JSON value, or
// nil). It returns ErrNotFound for an unknown id.
func (s *Store) FinishRun(ctx context.Context, id int64, summaryJSON []byte) error {
	var summary any
	if summaryJSON != nil {
		if !json.Valid(summaryJSON) {
			return fmt.Errorf("finishing run %d: summary is not valid JSON", id)
		}
		summary = string(summaryJSON)
	}
	res, err := s.db.ExecContext(ctx, `UPDATE runs SET finished_at = ?, summary = ? WHERE id = ?`,
		formatTime(s.now()), summary, id)
	if err != nil {
		return fmt.Errorf("finishing run %d in %s: %w", id, s.path, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("finishing run %d: %w", id, ErrNotFound)
	}
	s.run.CompareAndSwap(id, 0)
	return nil
}

// Write upserts the article and its claims in one transaction. When the
// article is already stored, its claims whose ids are not among claims are
// deleted (a re-extracted article supersedes its old claims); claims whose
// ids survive are updated in place. Reviews are never deleted: the review
// of a deleted claim is marked orphaned and revives if that claim id is
// written again. Rows whose record did not change are left untouched, so
// writing the same records twice changes nothing.
func (s *Store) Write(ctx context.Context, a extract.Article, claims []extract.Claim) error {
	if a.ID == "" {
		return errors.New("storing an article without an id")
	}
	artJSON, err := recordJSON(a)
	if err != nil {
		return fmt.Errorf("storing article %s: %w", a.ID, err)
	}
	claimJSON := make([]string, len(claims))
	ids := make([]string, len(claims))
	for i, c := range claims {
		if c.ArticleID != a.ID {
			return fmt.Errorf("storing article %s: claim %s belongs to article %q", a.ID, c.ID, c.ArticleID)
		}
		if claimJSON[i], err = recordJSON(c); err != nil {
			return fmt.Errorf("storing claim %s: %w", c.ID, err)
		}
		ids[i] = c.ID
	}
	idsJSON, _ := json.Marshal(ids)

	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("storing article %s in %s: %w", a.ID, s.path, err)
	}
	defer tx.Rollback()
	if err := s.writeArticle(ctx, tx, a, artJSON, claims, claimJSON, string(idsJSON)); err != nil {
		return fmt.Errorf("storing article %s in %s: %w", a.ID, s.path, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("storing article %s in %s: %w", a.ID, s.path, err)
	}
	return nil
}

func (s *Store) writeArticle(ctx context.Context, tx *sql.Tx, a extract.Article, artJSON string,
	claims []extract.Claim, claimJSON []string, idsJSON string) error {
	now := formatTime(s.now())
	run := nullRun(s.run.Load())
	_, err := tx.ExecContext(ctx, `INSERT INTO articles(id, url, canonical_url, title, site_name, site_key, host,
		published, published_utc, language, content_hash, record, run_id, first_seen, updated_at)
	VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
	ON CONFLICT(id) DO UPDATE SET url = excluded.url, canonical_url = excluded.canonical_url,
		title = excluded.title, site_name = excluded.site_name, site_key = excluded.site_key, host = excluded.host,
		published = excluded.published, published_utc = excluded.published_utc,
		language = excluded.language, content_hash = excluded.content_hash,
		record = excluded.record, run_id = excluded.run_id, updated_at = excluded.updated_at
	WHERE articles.record IS NOT excluded.record`,
		a.ID, a.URL, a.CanonicalURL, a.Title, a.SiteName, speakerKey(a.SiteName), articleHost(a),
		a.Published, publishedUTC(a.Published), a.Language, a.ContentHash, artJSON, run, now, now)
	if err != nil {
		return err
	}

	// The speakers the article's claims named before this write: those
	// left without any claim afterwards are deleted at the end.
	var oldSpeakers []int64
	rows, err := tx.QueryContext(ctx, `SELECT DISTINCT speaker_id FROM claims
		WHERE article_id = ? AND speaker_id IS NOT NULL`, a.ID)
	if err != nil {
		return err
	}
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return err
		}
		oldSpeakers = append(oldSpeakers, id)
	}
	if err := errors.Join(rows.Err(), rows.Close()); err != nil {
		return err
	}
	// Supersede: the old claims of this article whose ids did not survive.
	if _, err := tx.ExecContext(ctx, `UPDATE reviews SET orphaned_at = ? WHERE orphaned_at IS NULL AND claim_id IN
		(SELECT id FROM claims WHERE article_id = ? AND id NOT IN (SELECT value FROM json_each(?)))`, now, a.ID, idsJSON); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM claims WHERE article_id = ? AND id NOT IN (SELECT value FROM json_each(?))`,
		a.ID, idsJSON); err != nil {
		return err
	}

	speakerStmt := tx.StmtContext(ctx, s.stmtSpeaker)
	defer speakerStmt.Close()
	claimStmt := tx.StmtContext(ctx, s.stmtClaim)
	defer claimStmt.Close()
	speakerIDs := map[string]any{} // by key, within this article
	for i, c := range claims {
		key := speakerKey(c.Speaker.Name)
		speakerID, ok := speakerIDs[key]
		if !ok {
			if speakerID, err = upsertSpeaker(ctx, speakerStmt, c.Speaker); err != nil {
				return err
			}
			speakerIDs[key] = speakerID
		}
		var role, cue any
		if c.Speaker.Role != nil {
			role = *c.Speaker.Role
		}
		if c.Cue != nil {
			cue = c.Cue.Text
		}
		pub := c.Published // for the date filters; the article's when the claim has none
		if pub == "" {
			pub = a.Published
		}
		_, err = claimStmt.ExecContext(ctx,
			c.ID, c.ArticleID, i, c.Type, c.Quote.Text, c.Quote.Start, c.Quote.End,
			speakerID, c.Speaker.Name, key, c.Speaker.Kind, role, cue,
			c.Published, publishedUTC(pub), publishedDay(pub), c.Confidence, c.Extractor, claimJSON[i], run, now)
		if err != nil {
			return fmt.Errorf("claim %s: %w", c.ID, err)
		}
	}
	if _, err := tx.ExecContext(ctx, `UPDATE reviews SET orphaned_at = NULL WHERE orphaned_at IS NOT NULL
		AND claim_id IN (SELECT value FROM json_each(?))`, idsJSON); err != nil {
		return err
	}

	// Speakers no claim names any more.
	if len(oldSpeakers) > 0 {
		ids, _ := json.Marshal(oldSpeakers)
		if _, err := tx.ExecContext(ctx, `DELETE FROM speakers WHERE id IN (SELECT value FROM json_each(?))
			AND NOT EXISTS (SELECT 1 FROM claims WHERE claims.speaker_id = speakers.id)`, string(ids)); err != nil {
			return err
		}
	}
	return nil
}

// upsertSpeaker returns the id of the speaker row for sp, creating or
// updating it with stmt (storeSpeakerSQL); nil when the claim names nobody.
func upsertSpeaker(ctx context.Context, stmt *sql.Stmt, sp extract.Speaker) (any, error) {
	key := speakerKey(sp.Name)
	if key == "" {
		return nil, nil
	}
	var id int64
	if err := stmt.QueryRowContext(ctx, key, sp.Name, sp.Kind).Scan(&id); err != nil {
		return nil, fmt.Errorf("speaker %q: %w", sp.Name, err)
	}
	return id, nil
}

// storeSpeakerSQL upserts a speaker by key and returns its id.
const storeSpeakerSQL = `INSERT INTO speakers(key, name, kind) VALUES (?, ?, ?)
	ON CONFLICT(key) DO UPDATE SET name = excluded.name, kind = excluded.kind
	RETURNING id`

// storeClaimSQL upserts a claim by id, leaving an unchanged row alone.
const storeClaimSQL = `INSERT INTO claims(id, article_id, seq, type, quote, quote_start, quote_end,
		speaker_id, speaker_name, speaker_key, speaker_kind, role, cue, published, published_utc,
		published_day, confidence, extractor, record, run_id, updated_at)
	VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
	ON CONFLICT(id) DO UPDATE SET article_id = excluded.article_id, seq = excluded.seq, type = excluded.type,
		quote = excluded.quote, quote_start = excluded.quote_start, quote_end = excluded.quote_end,
		speaker_id = excluded.speaker_id, speaker_name = excluded.speaker_name,
		speaker_key = excluded.speaker_key, speaker_kind = excluded.speaker_kind, role = excluded.role,
		cue = excluded.cue, published = excluded.published, published_utc = excluded.published_utc,
		published_day = excluded.published_day, confidence = excluded.confidence,
		extractor = excluded.extractor, record = excluded.record,
		run_id = excluded.run_id, updated_at = excluded.updated_at
	WHERE claims.record IS NOT excluded.record OR claims.seq IS NOT excluded.seq`

func nullRun(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}

// recordJSON encodes a record exactly as the JSONL writer does (no HTML
// escaping), without the trailing newline.
func recordJSON(v any) (string, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return "", err
	}
	return strings.TrimSuffix(buf.String(), "\n"), nil
}

// speakerKey folds a speaker name for matching: lower case, white space
// collapsed to single spaces, trimmed. "" for no name.
func speakerKey(name string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(name), unicode.IsSpace), " ")
}

// hostKey normalises an outlet given as a host or URL: the lower-case host
// without "www." and without a port.
func hostKey(s string) string {
	s = strings.TrimSpace(s)
	if strings.Contains(s, "://") {
		if u, err := url.Parse(s); err == nil {
			s = u.Hostname()
		}
	} else if h, _, ok := strings.Cut(s, "/"); ok {
		s = h
	}
	s = strings.ToLower(s)
	if h, _, ok := strings.Cut(s, ":"); ok && !strings.Contains(h, "[") {
		s = h
	}
	return strings.TrimPrefix(s, "www.")
}

// articleHost is the host an article's outlet filter matches.
func articleHost(a extract.Article) string {
	for _, raw := range []string{a.CanonicalURL, a.URL} {
		if u, err := url.Parse(raw); err == nil && u.Host != "" {
			return hostKey(u.Hostname())
		}
	}
	return ""
}

// publishedDay is the date of a record's published time in its own time
// zone; nil when it is empty or not a time.
func publishedDay(published string) any {
	t, ok := extract.Article{Published: published}.PublishedTime()
	if !ok {
		return nil
	}
	return t.Format(time.DateOnly)
}

// publishedUTC normalises a record's published time to UTC text for range
// filters; nil when it is empty or not a time.
func publishedUTC(published string) any {
	t, ok := extract.Article{Published: published}.PublishedTime()
	if !ok {
		return nil
	}
	return t.UTC().Format(time.RFC3339)
}
