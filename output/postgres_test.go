package output

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"net"
	"net/url"
	"os"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/claimwire/claimwire/extract"
	"github.com/jackc/pgx/v5"
)

// pgTestURL returns the URL of a fresh, empty schema in the test server
// named by CLAIMWIRE_TEST_POSTGRES_URL, dropped when the test ends, or
// skips the test when the variable is not set.
func pgTestURL(t testing.TB) string {
	t.Helper()
	base := os.Getenv("CLAIMWIRE_TEST_POSTGRES_URL")
	if base == "" {
		t.Skip("CLAIMWIRE_TEST_POSTGRES_URL not set: no PostgreSQL server to test against (eval \"$(.ci/postgres.sh)\" sets one up)")
	}
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		t.Fatalf("connecting to CLAIMWIRE_TEST_POSTGRES_URL: %v", err)
	}
	defer conn.Close(ctx)
	var b [6]byte
	rand.Read(b[:])
	schema := "cw_test_" + hex.EncodeToString(b[:])
	if _, err := conn.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
		t.Fatalf("creating schema %s: %v", schema, err)
	}
	t.Cleanup(func() {
		conn, err := pgx.Connect(context.Background(), base)
		if err != nil {
			t.Errorf("dropping schema %s: %v", schema, err)
			return
		}
		defer conn.Close(context.Background())
		if _, err := conn.Exec(context.Background(), "DROP SCHEMA "+schema+" CASCADE"); err != nil {
			t.Errorf("dropping schema %s: %v", schema, err)
		}
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("CLAIMWIRE_TEST_POSTGRES_URL must be a postgres:// URL: %v", err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

// openTestPostgres opens the sink on a fresh schema.
func openTestPostgres(t *testing.T, u string) *Postgres {
	t.Helper()
	p, err := OpenPostgres(context.Background(), u)
	if err != nil {
		t.Fatalf("OpenPostgres: %v", err)
	}
	return p
}

// pgCounts counts the rows of the sink's tables through a connection of
// its own.
func pgCounts(t *testing.T, u string) Counts {
	t.Helper()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	var c Counts
	if err := conn.QueryRow(ctx, `SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM claims),
		(SELECT count(*) FROM speakers)`).Scan(&c.Articles, &c.Claims, &c.Speakers); err != nil {
		t.Fatal(err)
	}
	return c
}

func TestPostgresUnreachable(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close() // nothing listens there now
	_, err = OpenPostgres(context.Background(), "postgres://cw:s3cretpw@"+addr+"/claimwire?sslmode=disable&connect_timeout=3")
	var ue *UnreachableError
	if !errors.As(err, &ue) {
		t.Fatalf("error = %v, want an *UnreachableError", err)
	}
	msg := err.Error()
	for _, want := range []string{"cannot reach PostgreSQL at " + addr, "is it running?", "CLAIMWIRE_POSTGRES_URL"} {
		if !strings.Contains(msg, want) {
			t.Errorf("error %q does not say %q", msg, want)
		}
	}
	if strings.Contains(msg, "s3cretpw") {
		t.Errorf("error %q shows the password", msg)
	}
	if _, err := OpenPostgres(context.Background(), "postgres://%zz"); err == nil || errors.As(err, &ue) {
		t.Errorf("a malformed URL gave %v, want a parse error", err)
	}
}

func TestPostgresWriteTwiceSameCounts(t *testing.T) {
	u := pgTestURL(t)
	docs := fixtureCorpus(t)
	for run := range 2 {
		p := openTestPostgres(t, u) // the second open finds the migrations applied
		p.batch = 3                 // several batches, one partial
		writeCorpus(t, p, docs)
		if err := p.Close(); err != nil {
			t.Fatalf("run %d: Close: %v", run, err)
		}
		if got, want := pgCounts(t, u), (Counts{Articles: 4, Claims: 6, Speakers: 4}); got != want {
			t.Errorf("after run %d: counts = %+v, want %+v", run, got, want)
		}
	}

	// The stored records are the records written.
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	want := docs[1].Claims[1]
	var raw []byte
	var speakerName string
	if err := conn.QueryRow(ctx, `SELECT c.record::text, s.name FROM claims c JOIN speakers s ON s.id = c.speaker_id WHERE c.id = $1`,
		want.ID).Scan(&raw, &speakerName); err != nil {
		t.Fatal(err)
	}
	var got extract.Claim
	if err := json.Unmarshal(raw, &got); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) || speakerName != want.Speaker.Name {
		t.Errorf("stored claim = %+v (speaker %q)\nwant %+v", got, speakerName, want)
	}
}

func TestPostgresSupersede(t *testing.T) {
	u := pgTestURL(t)
	const story = "https://example.com/story"
	a1, c1 := fixtureArticle(t, story, "Ex", "2025-01-01", "“One,” said Ann Lee. “Two,” said Bob Roe.",
		fixtureQuote{Quote: "One,", Speaker: "Ann Lee"}, fixtureQuote{Quote: "Two,", Speaker: "Bob Roe"})
	a2, c2 := fixtureArticle(t, story, "Ex", "2025-01-01", "“One,” said Ann Lee. “Four,” said Dee Fox later.",
		fixtureQuote{Quote: "One,", Speaker: "Ann Lee"}, fixtureQuote{Quote: "Four,", Speaker: "Dee Fox"})

	p := openTestPostgres(t, u)
	writeCorpus(t, p, []fixtureDoc{{a1, c1}})
	if err := p.Flush(context.Background()); err != nil {
		t.Fatal(err)
	}
	writeCorpus(t, p, []fixtureDoc{{a2, c2}})
	if err := p.Close(); err != nil {
		t.Fatal(err)
	}
	if got, want := pgCounts(t, u), (Counts{Articles: 1, Claims: 2, Speakers: 2}); got != want {
		t.Errorf("counts = %+v, want %+v (Bob Roe's claim and speaker gone)", got, want)
	}
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	rows, _ := conn.Query(ctx, `SELECT id FROM claims ORDER BY seq`)
	ids, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{c2[0].ID, c2[1].ID}; !reflect.DeepEqual(ids, want) {
		t.Errorf("claim ids = %v, want %v", ids, want)
	}
	var hash string
	if err := conn.QueryRow(ctx, `SELECT content_hash FROM articles`).Scan(&hash); err != nil || hash != a2.ContentHash {
		t.Errorf("content_hash = %q (%v), want the new one", hash, err)
	}

	// The same article twice in one batch: the later copy wins.
	p = openTestPostgres(t, u)
	writeCorpus(t, p, []fixtureDoc{{a2, c2}, {a1, c1}})
	if err := p.Close(); err != nil {
		t.Fatal(err)
	}
	if got, want := pgCounts(t, u), (Counts{Articles: 1, Claims: 2, Speakers: 2}); got != want {
		t.Errorf("after the old version again: counts = %+v, want %+v", got, want)
	}
}

// tcpProxy forwards connections to a target address until stopped; it
// stands in for a PostgreSQL server that goes away and comes back.
type tcpProxy struct {
	target, addr string
	mu           sync.Mutex
	ln           net.Listener
	conns        []net.Conn
}

func (p *tcpProxy) start(t *testing.T) {
	t.Helper()
	addr := p.addr
	if addr == "" {
		addr = "127.0.0.1:0"
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		t.Fatalf("proxy listen: %v", err)
	}
	p.mu.Lock()
	p.ln, p.addr = ln, ln.Addr().String()
	p.mu.Unlock()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			up, err := net.Dial("tcp", p.target)
			if err != nil {
				c.Close()
				continue
			}
			p.mu.Lock()
			p.conns = append(p.conns, c, up)
			p.mu.Unlock()
			go func() { io.Copy(up, c); up.Close() }()
			go func() { io.Copy(c, up); c.Close() }()
		}
	}()
}

// stop closes the listener and cuts every open connection.
func (p *tcpProxy) stop() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.ln.Close()
	for _, c := range p.conns {
		c.Close()
	}
	p.conns = nil
}

func TestPostgresServerGoesAway(t *testing.T) {
	u := pgTestURL(t)
	pu, _ := url.Parse(u)
	proxy := &tcpProxy{target: pu.Host}
	proxy.start(t)
	defer proxy.stop()
	via := *pu
	via.Host = proxy.addr

	p := openTestPostgres(t, via.String())
	p.batch, p.attempts, p.backoff = 2, 3, 10*time.Millisecond
	docs := fixtureCorpus(t)
	writeCorpus(t, p, docs[:2]) // one full batch, written

	proxy.stop() // the server goes away mid-run
	ctx := context.Background()
	if err := p.Write(ctx, docs[2].Article, docs[2].Claims); err != nil {
		t.Fatalf("a buffered write failed: %v", err)
	}
	err := p.Write(ctx, docs[3].Article, docs[3].Claims) // fills the batch: flush fails
	if err == nil {
		t.Fatal("Write succeeded with the server gone")
	}
	if !strings.Contains(err.Error(), proxy.addr) || !strings.Contains(err.Error(), "attempt 3 of 3") {
		t.Errorf("error %q does not name the server and the attempts", err)
	}
	if got := pgCounts(t, u); got.Articles != 2 {
		t.Errorf("articles stored while the server was gone = %d, want 2", got.Articles)
	}

	proxy.start(t) // it comes back on the same address
	if err := p.Close(); err != nil {
		t.Fatalf("Close after the server came back: %v", err)
	}
	if got, want := pgCounts(t, u), (Counts{Articles: 4, Claims: 6, Speakers: 4}); got != want {
		t.Errorf("counts = %+v, want %+v: records were lost", got, want)
	}
}

func TestPostgresSpeakerChangeOnSurvivingClaim(t *testing.T) {
	u := pgTestURL(t)
	text := "“Yes,” he said, Al Bee told us."
	a, c1 := fixtureArticle(t, "https://example.com/s", "Ex", "", text, fixtureQuote{Quote: "Yes,", Speaker: "Al Bee"})
	_, c2 := fixtureArticle(t, "https://example.com/s", "Ex", "", text, fixtureQuote{Quote: "Yes,", Speaker: "Cy Dee"})
	p := openTestPostgres(t, u)
	writeCorpus(t, p, []fixtureDoc{{a, c1}})
	if err := p.Flush(context.Background()); err != nil {
		t.Fatal(err)
	}
	writeCorpus(t, p, []fixtureDoc{{a, c2}})
	if err := p.Close(); err != nil {
		t.Fatal(err)
	}
	if got, want := pgCounts(t, u), (Counts{Articles: 1, Claims: 1, Speakers: 1}); got != want {
		t.Errorf("counts = %+v, want %+v", got, want)
	}
}

// TestPostgresConcurrentOpen starts three sinks at once on an empty
// schema: the advisory lock makes each migration run once.
func TestPostgresConcurrentOpen(t *testing.T) {
	u := pgTestURL(t)
	var wg sync.WaitGroup
	errs := make(chan error, 3)
	for range 3 {
		wg.Go(func() {
			p, err := OpenPostgres(context.Background(), u)
			if err != nil {
				errs <- err
				return
			}
			errs <- p.Close()
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	var n int
	if err := conn.QueryRow(ctx, `SELECT count(*) FROM schema_migrations`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	if migs, _ := loadMigrations("migrations/postgres"); n != len(migs) {
		t.Errorf("%d rows in schema_migrations, want %d", n, len(migs))
	}
}

func TestPostgresRefusesNewerSchema(t *testing.T) {
	u := pgTestURL(t)
	p := openTestPostgres(t, u)
	if _, err := p.pool.Exec(context.Background(), `INSERT INTO schema_migrations (version, name) VALUES (9999, '9999_future.sql')`); err != nil {
		t.Fatal(err)
	}
	p.Close()
	if _, err := OpenPostgres(context.Background(), u); !errors.Is(err, ErrNewerSchema) {
		t.Errorf("opening a database from a newer claimwire: %v, want ErrNewerSchema", err)
	}
}
