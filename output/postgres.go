package output

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strconv"
	"strings"
	"time"

	"github.com/claimwire/claimwire/extract"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
)

// Defaults of the Postgres sink.
const (
	// pgBatchArticles is how many articles one transaction writes.
	pgBatchArticles = 64
	// pgAttempts is how many times a batch is tried before the sink
	// gives up; the waits between tries double from pgBackoff
	// (0.25+0.5+1+2+4 s, about 8 s in all).
	pgAttempts = 6
	pgBackoff  = 250 * time.Millisecond
	// pgConnectTimeout bounds each connection attempt when the URL does
	// not set connect_timeout.
	pgConnectTimeout = 5 * time.Second
)

// UnreachableError is returned when no connection to the PostgreSQL server
// can be made at all: it is not running, or the URL names the wrong host
// or port.
type UnreachableError struct {
	// Addr is the server's host:port (or socket directory) from the URL.
	Addr string
	Err  error
}

func (e *UnreachableError) Error() string {
	return fmt.Sprintf("cannot reach PostgreSQL at %s: %v — is it running? set CLAIMWIRE_POSTGRES_URL to its URL", e.Addr, e.Err)
}

// Unwrap returns the connection error.
func (e *UnreachableError) Unwrap() error { return e.Err }

// Postgres is the sink that writes articles, claims and speakers to a
// PostgreSQL database, applying the same rules as the SQLite store: rows
// are upserted by stable id (INSERT … ON CONFLICT … DO UPDATE, skipping
// rows whose record did not change), and a re-extracted article's claims
// whose ids did not survive are deleted.
//
// Write buffers articles and writes them 64 at a time, each batch in one
// transaction of two pipelined round trips. A batch that fails because the
// server went away is retried with backoff (six tries over about 8 s),
// then Write (or Flush or Close) fails with an error naming the server;
// the records stay buffered, so a later Flush or Close can still write
// them. Reviews are not sent: they live in the SQLite store.
// Run the JSONL sink before this one: it holds every record the pipeline
// produced even when PostgreSQL is lost.
//
// Write and Flush must be called from one goroutine at a time.
type Postgres struct {
	pool *pgxpool.Pool
	addr string
	buf  []pgArticle
	// batch, attempts and backoff are the defaults above; tests shorten
	// them.
	batch    int
	attempts int
	backoff  time.Duration
}

// pgArticle is one buffered article with its encoded records.
type pgArticle struct {
	a         extract.Article
	record    string
	claims    []extract.Claim
	claimJSON []string
	ids       []string
}

// OpenPostgres connects to the PostgreSQL database at url (a postgres://
// URL or a key=value connection string) and applies the migrations it
// lacks. When the server cannot be reached the error is an
// *UnreachableError naming its address.
func OpenPostgres(ctx context.Context, url string) (*Postgres, error) {
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		// pgx redacts the password in its parse errors.
		return nil, fmt.Errorf("parsing the PostgreSQL URL: %w", err)
	}
	if cfg.ConnConfig.ConnectTimeout == 0 {
		cfg.ConnConfig.ConnectTimeout = pgConnectTimeout
	}
	addr := pgAddr(cfg.ConnConfig.Config)
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("connecting to PostgreSQL at %s: %w", addr, err)
	}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, pgConnectError(addr, err)
	}
	if err := migratePostgres(ctx, pool); err != nil {
		pool.Close()
		return nil, fmt.Errorf("migrating PostgreSQL at %s: %w", addr, err)
	}
	return &Postgres{pool: pool, addr: addr, batch: pgBatchArticles, attempts: pgAttempts, backoff: pgBackoff}, nil
}

// pgAddr is host:port of the first server in cfg, for messages.
func pgAddr(cfg pgconn.Config) string {
	if strings.HasPrefix(cfg.Host, "/") {
		return cfg.Host
	}
	return net.JoinHostPort(cfg.Host, strconv.Itoa(int(cfg.Port)))
}

// pgConnectError says why a first connection failed: an error from the
// server (bad password, no such database) as it is, anything else as
// unreachable.
func pgConnectError(addr string, err error) error {
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) {
		return fmt.Errorf("connecting to PostgreSQL at %s: %w", addr, err)
	}
	return &UnreachableError{Addr: addr, Err: err}
}

// Write buffers the article and its claims and writes the buffer when it
// holds a full batch.
func (p *Postgres) Write(ctx context.Context, a extract.Article, claims []extract.Claim) error {
	if a.ID == "" {
		return errors.New("writing an article without an id to PostgreSQL")
	}
	rec, err := recordJSON(a)
	if err != nil {
		return fmt.Errorf("encoding article %s: %w", a.ID, err)
	}
	pa := pgArticle{a: a, record: rec, claims: claims, claimJSON: make([]string, len(claims)), ids: make([]string, len(claims))}
	for i, c := range claims {
		if c.ArticleID != a.ID {
			return fmt.Errorf("writing article %s: claim %s belongs to article %q", a.ID, c.ID, c.ArticleID)
		}
		if pa.claimJSON[i], err = recordJSON(c); err != nil {
			return fmt.Errorf("encoding claim %s: %w", c.ID, err)
		}
		pa.ids[i] = c.ID
	}
	// A second copy of an article in the buffer replaces the first, so a
	// batch never upserts one id twice.
	for i := range p.buf {
		if p.buf[i].a.ID == a.ID {
			p.buf = append(p.buf[:i], p.buf[i+1:]...)
			break
		}
	}
	p.buf = append(p.buf, pa)
	if len(p.buf) >= p.batch {
		return p.Flush(ctx)
	}
	return nil
}

// Flush writes every buffered article, retrying with backoff while the
// server is unreachable. On failure the articles stay buffered.
func (p *Postgres) Flush(ctx context.Context) error {
	if len(p.buf) == 0 {
		return nil
	}
	wait := p.backoff
	for attempt := 1; ; attempt++ {
		err := p.writeBatch(ctx, p.buf)
		if err == nil {
			p.buf = p.buf[:0]
			return nil
		}
		if ctx.Err() != nil || !pgRetryable(err) || attempt >= p.attempts {
			return fmt.Errorf("writing %d articles to PostgreSQL at %s (attempt %d of %d): %w", len(p.buf), p.addr, attempt, p.attempts, err)
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("writing %d articles to PostgreSQL at %s: %w", len(p.buf), p.addr, context.Cause(ctx))
		case <-time.After(wait):
		}
		wait *= 2
	}
}

// Close writes what is still buffered (with a fresh context, so that an
// interrupted run still stores every record it handed over) and closes the
// connections.
func (p *Postgres) Close() error {
	err := p.Flush(context.Background())
	p.pool.Close()
	return err
}

// pgRetryable reports whether a failed batch may succeed if tried again:
// the connection failed or was cut, or the server is shutting down,
// starting, or out of connections. SQL errors are final.
func pgRetryable(err error) bool {
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) {
		switch {
		case strings.HasPrefix(pgErr.Code, "08"), // connection exception
			pgErr.Code == "57P01", pgErr.Code == "57P02", pgErr.Code == "57P03", // shutdown, crash, starting
			pgErr.Code == "53300",                        // too many connections
			pgErr.Code == "40001", pgErr.Code == "40P01": // serialization failure, deadlock
			return true
		}
		return false
	}
	return true
}

// writeBatch writes arts in one transaction: first the articles and the
// deletion of their superseded claims, then speakers, claims and the
// speakers left without claims. Each step is one pipelined batch.
func (p *Postgres) writeBatch(ctx context.Context, arts []pgArticle) error {
	tx, err := p.pool.Begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback(context.Background())

	var b pgx.Batch
	for _, pa := range arts {
		a := pa.a
		b.Queue(`INSERT INTO articles (id, url, canonical_url, title, site_name, host, published, published_at,
				language, content_hash, text, record)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12::jsonb)
			ON CONFLICT (id) DO UPDATE SET url = excluded.url, canonical_url = excluded.canonical_url,
				title = excluded.title, site_name = excluded.site_name, host = excluded.host,
				published = excluded.published, published_at = excluded.published_at,
				language = excluded.language, content_hash = excluded.content_hash, text = excluded.text,
				record = excluded.record, updated_at = now()
			WHERE articles.record IS DISTINCT FROM excluded.record`,
			a.ID, a.URL, a.CanonicalURL, a.Title, a.SiteName, articleHost(a), a.Published, pgTime(a.Published),
			a.Language, a.ContentHash, a.Text, pa.record)
	}
	// The speakers these articles' claims named before: those left
	// without any claim afterwards are deleted at the end.
	artIDs := make([]string, len(arts))
	for i, pa := range arts {
		artIDs[i] = pa.a.ID
	}
	var oldSpeakers []int64
	b.Queue(`SELECT DISTINCT speaker_id FROM claims WHERE article_id = ANY($1::text[]) AND speaker_id IS NOT NULL`,
		artIDs).Query(func(rows pgx.Rows) error {
		var err error
		oldSpeakers, err = pgx.CollectRows(rows, pgx.RowTo[int64])
		return err
	})
	for _, pa := range arts {
		b.Queue(`DELETE FROM claims WHERE article_id = $1 AND NOT (id = ANY($2::text[]))`, pa.a.ID, pa.ids)
	}
	if err := tx.SendBatch(ctx, &b).Close(); err != nil {
		return err
	}

	b = pgx.Batch{}
	seen := map[string]bool{}
	for _, pa := range arts {
		for _, c := range pa.claims {
			key := speakerKey(c.Speaker.Name)
			if key == "" || seen[key] {
				continue
			}
			seen[key] = true
			b.Queue(`INSERT INTO speakers (key, name, kind) VALUES ($1, $2, $3)
				ON CONFLICT (key) DO UPDATE SET name = excluded.name, kind = excluded.kind
				WHERE (speakers.name, speakers.kind) IS DISTINCT FROM (excluded.name, excluded.kind)`,
				key, c.Speaker.Name, c.Speaker.Kind)
		}
	}
	for _, pa := range arts {
		for i, c := range pa.claims {
			var role, cue *string
			if c.Speaker.Role != nil {
				role = c.Speaker.Role
			}
			if c.Cue != nil {
				cue = &c.Cue.Text
			}
			key := speakerKey(c.Speaker.Name)
			pub := c.Published // for published_at; the article's when the claim has none
			if pub == "" {
				pub = pa.a.Published
			}
			b.Queue(`INSERT INTO claims (id, article_id, seq, type, quote, quote_start, quote_end, speaker_id,
					speaker_name, speaker_key, speaker_kind, role, cue, published, published_at,
					confidence, extractor, record)
				VALUES ($1, $2, $3, $4, $5, $6, $7, (SELECT id FROM speakers WHERE key = $9 AND $9 <> ''),
					$8, $9, $10, $11, $12, $13, $14, $15, $16, $17::jsonb)
				ON CONFLICT (id) DO UPDATE SET article_id = excluded.article_id, seq = excluded.seq,
					type = excluded.type, quote = excluded.quote, quote_start = excluded.quote_start,
					quote_end = excluded.quote_end, speaker_id = excluded.speaker_id,
					speaker_name = excluded.speaker_name, speaker_key = excluded.speaker_key,
					speaker_kind = excluded.speaker_kind, role = excluded.role, cue = excluded.cue,
					published = excluded.published, published_at = excluded.published_at,
					confidence = excluded.confidence, extractor = excluded.extractor,
					record = excluded.record, updated_at = now()
				WHERE claims.record IS DISTINCT FROM excluded.record OR claims.seq IS DISTINCT FROM excluded.seq`,
				c.ID, c.ArticleID, i, c.Type, c.Quote.Text, c.Quote.Start, c.Quote.End,
				c.Speaker.Name, key, c.Speaker.Kind, role, cue, c.Published, pgTime(pub),
				c.Confidence, c.Extractor, pa.claimJSON[i])
		}
	}
	if len(oldSpeakers) > 0 {
		b.Queue(`DELETE FROM speakers s WHERE s.id = ANY($1::bigint[])
			AND NOT EXISTS (SELECT 1 FROM claims c WHERE c.speaker_id = s.id)`, oldSpeakers)
	}
	if b.Len() > 0 {
		if err := tx.SendBatch(ctx, &b).Close(); err != nil {
			return err
		}
	}
	return tx.Commit(ctx)
}

// pgTime is a record's published time for a timestamptz column; nil when
// it does not parse.
func pgTime(published string) *time.Time {
	t, ok := extract.Article{Published: published}.PublishedTime()
	if !ok {
		return nil
	}
	return &t
}

// migratePostgres applies the Postgres migrations not yet recorded in
// schema_migrations, each in its own transaction holding an advisory lock,
// so concurrent sinks starting at once apply each migration once.
func migratePostgres(ctx context.Context, pool *pgxpool.Pool) error {
	migs, err := loadMigrations("migrations/postgres")
	if err != nil {
		return err
	}
	for _, m := range migs {
		if err := applyPostgresMigration(ctx, pool, m, migs); err != nil {
			return fmt.Errorf("migration %s: %w", m.name, err)
		}
	}
	return nil
}

// pgMigrationLock is the advisory lock key claimwire's migrations hold.
const pgMigrationLock = 0x636c61696d77 // "claimw"

func applyPostgresMigration(ctx context.Context, pool *pgxpool.Pool, m migration, all []migration) error {
	tx, err := pool.Begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback(context.Background())
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, int64(pgMigrationLock)); err != nil {
		return err
	}
	if _, err := tx.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version    integer PRIMARY KEY,
		name       text NOT NULL,
		applied_at timestamptz NOT NULL DEFAULT now())`); err != nil {
		return err
	}
	var done bool
	var newest int
	if err := tx.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM schema_migrations WHERE version = $1),
		COALESCE(max(version), 0) FROM schema_migrations`, m.version).Scan(&done, &newest); err != nil {
		return err
	}
	if err := checkSchemaVersion(newest, all); err != nil {
		return err
	}
	if done {
		return nil
	}
	if _, err := tx.Exec(ctx, m.sql); err != nil {
		return err
	}
	if _, err := tx.Exec(ctx, `INSERT INTO schema_migrations (version, name) VALUES ($1, $2)`, m.version, m.name); err != nil {
		return err
	}
	return tx.Commit(ctx)
}
