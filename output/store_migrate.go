package output

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"
	"time"
)

// migrationFS holds the numbered SQL migrations of the SQLite store
// (migrations/sqlite) and of the Postgres sink (migrations/postgres). A file
// is named NNNN_what.sql; files run in version order, each once.
//
//go:embed migrations/sqlite/*.sql migrations/postgres/*.sql
var migrationFS embed.FS

// migration is one numbered SQL file.
type migration struct {
	version int
	name    string
	sql     string
}

// loadMigrations reads the migrations in dir of migrationFS, sorted by
// version.
func loadMigrations(dir string) ([]migration, error) {
	entries, err := fs.ReadDir(migrationFS, dir)
	if err != nil {
		return nil, fmt.Errorf("reading migrations %s: %w", dir, err)
	}
	var out []migration
	seen := map[int]string{}
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".sql") {
			continue
		}
		num, _, ok := strings.Cut(name, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v <= 0 {
			return nil, fmt.Errorf("migration %s/%s: name must start with a positive number and '_'", dir, name)
		}
		if prev, dup := seen[v]; dup {
			return nil, fmt.Errorf("migrations %s and %s in %s share version %d", prev, name, dir, v)
		}
		seen[v] = name
		body, err := migrationFS.ReadFile(path.Join(dir, name))
		if err != nil {
			return nil, fmt.Errorf("reading migration %s: %w", name, err)
		}
		out = append(out, migration{version: v, name: name, sql: string(body)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].version < out[j].version })
	return out, nil
}

// migrateSQLite applies the SQLite migrations not yet recorded in
// schema_migrations, each in its own transaction together with its
// schema_migrations row, so a failed migration leaves no trace. The store's
// transactions begin IMMEDIATE, so two processes opening the same new file
// at once apply each migration once.
func migrateSQLite(ctx context.Context, db *sql.DB) error {
	migs, err := loadMigrations("migrations/sqlite")
	if err != nil {
		return err
	}
	if _, err := db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version    INTEGER PRIMARY KEY,
		name       TEXT NOT NULL,
		applied_at TEXT NOT NULL)`); err != nil {
		return fmt.Errorf("creating schema_migrations: %w", err)
	}
	var newest int
	if err := db.QueryRowContext(ctx, `SELECT COALESCE(max(version), 0) FROM schema_migrations`).Scan(&newest); err != nil {
		return fmt.Errorf("reading schema_migrations: %w", err)
	}
	if err := checkSchemaVersion(newest, migs); err != nil {
		return err
	}
	for _, m := range migs {
		if err := applySQLiteMigration(ctx, db, m); err != nil {
			return err
		}
	}
	return nil
}

// ErrNewerSchema is returned when a database was migrated by a newer
// claimwire than this one: its schema has migrations this binary lacks.
var ErrNewerSchema = errors.New("the database was written by a newer claimwire")

// checkSchemaVersion fails when a database's newest applied migration is
// newer than the newest this binary has.
func checkSchemaVersion(applied int, migs []migration) error {
	known := 0
	if len(migs) > 0 {
		known = migs[len(migs)-1].version
	}
	if applied > known {
		return fmt.Errorf("%w (schema version %d, this claimwire knows up to %d): upgrade claimwire", ErrNewerSchema, applied, known)
	}
	return nil
}

func applySQLiteMigration(ctx context.Context, db *sql.DB, m migration) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("migration %s: %w", m.name, err)
	}
	defer tx.Rollback()
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM schema_migrations WHERE version = ?`, m.version).Scan(&n); err != nil {
		return fmt.Errorf("migration %s: %w", m.name, err)
	}
	if n > 0 {
		return nil
	}
	if _, err := tx.ExecContext(ctx, m.sql); err != nil {
		return fmt.Errorf("migration %s: %w", m.name, err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations(version, name, applied_at) VALUES (?, ?, ?)`,
		m.version, m.name, formatTime(time.Now())); err != nil {
		return fmt.Errorf("migration %s: %w", m.name, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("migration %s: %w", m.name, err)
	}
	return nil
}

// formatTime writes t as RFC 3339 in UTC with the precision the store
// keeps everywhere.
func formatTime(t time.Time) string {
	return t.UTC().Format(time.RFC3339Nano)
}

// parseStoreTime reads a time written by formatTime; the zero time when s
// is empty or not a time.
func parseStoreTime(s string) time.Time {
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return time.Time{}
	}
	return t
}
