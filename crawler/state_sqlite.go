package crawler

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"strconv"
	"strings"
	"syscall"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// SQLiteState is the embedded crawl State: one SQLite file in WAL mode,
// written by modernc.org/sqlite (pure Go). Safe for concurrent use.
type SQLiteState struct {
	db   *sql.DB
	path string
}

const stateSchema = `
CREATE TABLE IF NOT EXISTS urls (
	url           TEXT PRIMARY KEY,
	status        INTEGER NOT NULL DEFAULT 0,
	etag          TEXT NOT NULL DEFAULT '',
	last_modified TEXT NOT NULL DEFAULT '',
	content_hash  TEXT NOT NULL DEFAULT '',
	article       INTEGER NOT NULL DEFAULT 0,
	first_seen    TEXT NOT NULL DEFAULT '',
	last_seen     TEXT NOT NULL DEFAULT '',
	failures      INTEGER NOT NULL DEFAULT 0,
	last_error    TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS run_lock (
	id        INTEGER PRIMARY KEY CHECK (id = 1),
	owner     TEXT NOT NULL,
	heartbeat INTEGER NOT NULL
);`

// OpenSQLiteState opens (creating if needed) the crawl state file at path.
func OpenSQLiteState(ctx context.Context, path string) (*SQLiteState, error) {
	dsn := "file:" + (&url.URL{Path: path}).EscapedPath() +
		"?_pragma=journal_mode(WAL)&_pragma=busy_timeout(10000)&_pragma=synchronous(NORMAL)"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("opening crawl state %s: %w", path, err)
	}
	if _, err := db.ExecContext(ctx, stateSchema); err != nil {
		db.Close()
		return nil, fmt.Errorf("opening crawl state %s: %w", path, err)
	}
	return &SQLiteState{db: db, path: path}, nil
}

// Close closes the database.
func (s *SQLiteState) Close() error { return s.db.Close() }

// Lookup implements State.
func (s *SQLiteState) Lookup(ctx context.Context, u string) (Entry, bool, error) {
	var e Entry
	var article int
	var first, last string
	err := s.db.QueryRowContext(ctx, `SELECT url, status, etag, last_modified, content_hash, article,
		first_seen, last_seen, failures, last_error FROM urls WHERE url = ?`, u).
		Scan(&e.URL, &e.Status, &e.ETag, &e.LastModified, &e.ContentHash, &article, &first, &last, &e.Failures, &e.LastError)
	if errors.Is(err, sql.ErrNoRows) {
		return Entry{}, false, nil
	}
	if err != nil {
		return Entry{}, false, fmt.Errorf("looking up %s in %s: %w", u, s.path, err)
	}
	e.Article = article != 0
	e.FirstSeen, _ = time.Parse(time.RFC3339Nano, first)
	e.LastSeen, _ = time.Parse(time.RFC3339Nano, last)
	return e, true, nil
}

// Record implements State.
func (s *SQLiteState) Record(ctx context.Context, e Entry) error {
	article := 0
	if e.Article {
		article = 1
	}
	_, err := s.db.ExecContext(ctx, `INSERT INTO urls (url, status, etag, last_modified, content_hash,
		article, first_seen, last_seen, failures, last_error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT(url) DO UPDATE SET status = excluded.status, etag = excluded.etag,
		last_modified = excluded.last_modified, content_hash = excluded.content_hash,
		article = excluded.article, first_seen = excluded.first_seen, last_seen = excluded.last_seen,
		failures = excluded.failures, last_error = excluded.last_error`,
		e.URL, e.Status, e.ETag, e.LastModified, e.ContentHash, article,
		stateTime(e.FirstSeen), stateTime(e.LastSeen), e.Failures, e.LastError)
	if err != nil {
		return fmt.Errorf("recording %s in %s: %w", e.URL, s.path, err)
	}
	return nil
}

func stateTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339Nano)
}

// Lock implements State. The lock is a row with its owner and a heartbeat;
// it is stale when the heartbeat is older than stateLockStale, or at once
// when the owner ran on this machine and its process is gone (a run killed
// with kill -9 is taken over by the next run without waiting). Owners
// written by Run look like "host:pid:nanos".
func (s *SQLiteState) Lock(ctx context.Context, owner string) error {
	return s.lock(ctx, owner, time.Now())
}

func (s *SQLiteState) lock(ctx context.Context, owner string, now time.Time) error {
	res, err := s.db.ExecContext(ctx, `INSERT INTO run_lock (id, owner, heartbeat) VALUES (1, ?, ?)
		ON CONFLICT(id) DO UPDATE SET owner = excluded.owner, heartbeat = excluded.heartbeat
		WHERE run_lock.owner = excluded.owner OR run_lock.heartbeat < ?`,
		owner, now.UnixNano(), now.Add(-stateLockStale).UnixNano())
	if err != nil {
		return fmt.Errorf("locking %s: %w", s.path, err)
	}
	if n, _ := res.RowsAffected(); n > 0 {
		return nil
	}
	var holder string
	var beat int64
	if err := s.db.QueryRowContext(ctx, `SELECT owner, heartbeat FROM run_lock WHERE id = 1`).Scan(&holder, &beat); err != nil {
		return fmt.Errorf("locking %s: %w", s.path, err)
	}
	if stateOwnerDead(holder) {
		res, err := s.db.ExecContext(ctx, `UPDATE run_lock SET owner = ?, heartbeat = ? WHERE id = 1 AND owner = ?`,
			owner, now.UnixNano(), holder)
		if err != nil {
			return fmt.Errorf("locking %s: %w", s.path, err)
		}
		if n, _ := res.RowsAffected(); n > 0 {
			return nil
		}
	}
	return fmt.Errorf("locking %s: held by %s since %s: %w", s.path, holder,
		time.Unix(0, beat).UTC().Format(time.RFC3339), ErrLocked)
}

// Unlock implements State.
func (s *SQLiteState) Unlock(ctx context.Context, owner string) error {
	if _, err := s.db.ExecContext(ctx, `DELETE FROM run_lock WHERE id = 1 AND owner = ?`, owner); err != nil {
		return fmt.Errorf("unlocking %s: %w", s.path, err)
	}
	return nil
}

// stateOwnerDead reports whether a "host:pid:..." owner ran on this host in
// a process that no longer exists.
func stateOwnerDead(owner string) bool {
	parts := strings.Split(owner, ":")
	if len(parts) < 2 {
		return false
	}
	host, _ := os.Hostname()
	pid, err := strconv.Atoi(parts[len(parts)-2])
	if err != nil || pid <= 0 || strings.Join(parts[:len(parts)-2], ":") != host {
		return false
	}
	return errors.Is(syscall.Kill(pid, 0), syscall.ESRCH)
}
