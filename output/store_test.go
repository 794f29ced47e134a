package output

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/claimwire/claimwire/extract"
)

func TestOpenStoreMigratesOnce(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "sub dir", "odd?name#1%.db")
	for i := range 2 {
		s, err := OpenStore(ctx, path)
		if err != nil {
			t.Fatalf("open %d: %v", i, err)
		}
		var n int
		if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM schema_migrations`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		migs, _ := loadMigrations("migrations/sqlite")
		if n != len(migs) {
			t.Errorf("open %d: %d rows in schema_migrations, want %d", i, n, len(migs))
		}
		var mode string
		if err := s.db.QueryRowContext(ctx, `PRAGMA journal_mode`).Scan(&mode); err != nil {
			t.Fatal(err)
		}
		if mode != "wal" {
			t.Errorf("journal_mode = %q, want wal", mode)
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := os.Stat(path); err != nil {
		t.Errorf("the store is not at the path given: %v", err)
	}
}

func TestStoreWriteTwiceSameCounts(t *testing.T) {
	ctx := context.Background()
	s := openTestStore(t)
	docs := fixtureCorpus(t)
	writeCorpus(t, s, docs)
	first, err := s.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := Counts{Articles: 4, Claims: 6, Speakers: 4}
	if first != want {
		t.Fatalf("counts after one run = %+v, want %+v", first, want)
	}
	writeCorpus(t, s, docs)
	second, err := s.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if second != first {
		t.Errorf("counts after the same run again = %+v, want %+v", second, first)
	}
}

func TestStoreRecordsMatchJSONL(t *testing.T) {
	ctx := context.Background()
	s := openTestStore(t)
	docs := fixtureCorpus(t)
	writeCorpus(t, s, docs)

	var want bytes.Buffer
	lw := NewLineWriter(&want, "claims")
	for _, d := range docs {
		for _, c := range d.Claims {
			if err := lw.Write(c); err != nil {
				t.Fatal(err)
			}
		}
	}
	wantLines := map[string]string{}
	for _, line := range strings.SplitAfter(want.String(), "\n") {
		if line == "" {
			continue
		}
		var c struct{ ID string }
		if err := json.Unmarshal([]byte(line), &c); err != nil {
			t.Fatal(err)
		}
		wantLines[c.ID] = strings.TrimSuffix(line, "\n")
	}
	rows, _, err := s.ListClaims(ctx, ClaimFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		if got := string(r.Record); got != wantLines[r.Claim.ID] {
			t.Errorf("claim %s record\n got %s\nwant %s", r.Claim.ID, got, wantLines[r.Claim.ID])
		}
		if err := Validate(ClaimSchema, r.Record); err != nil {
			t.Errorf("stored record does not validate: %v", err)
		}
	}
}

func TestStoreSupersede(t *testing.T) {
	ctx := context.Background()
	s := openTestStore(t)
	const url = "https://example.com/story"
	v1 := "“One,” said Ann Lee. “Two,” said Bob Roe. “Three,” said Cy Doe."
	a1, c1 := fixtureArticle(t, url, "Ex", "2025-01-01", v1,
		fixtureQuote{Quote: "One,", Speaker: "Ann Lee"},
		fixtureQuote{Quote: "Two,", Speaker: "Bob Roe"},
		fixtureQuote{Quote: "Three,", Speaker: "Cy Doe"})
	writeCorpus(t, s, []fixtureDoc{{a1, c1}})
	// Reviews on "One" (will survive) and "Two" (will vanish).
	if err := s.SetVerdict(ctx, c1[0].ID, VerdictSupported, "checked", "ana"); err != nil {
		t.Fatal(err)
	}
	if err := s.SetVerdict(ctx, c1[1].ID, VerdictFalse, "", "ana"); err != nil {
		t.Fatal(err)
	}

	// Re-extracted: "One" keeps its span (same id); "Two" and "Three" go;
	// a new claim "Four" appears.
	v2 := "“One,” said Ann Lee. “Four,” said Dee Fox, correcting earlier reports."
	a2, c2 := fixtureArticle(t, url, "Ex", "2025-01-01", v2,
		fixtureQuote{Quote: "One,", Speaker: "Ann Lee"},
		fixtureQuote{Quote: "Four,", Speaker: "Dee Fox"})
	if a2.ID != a1.ID || a2.ContentHash == a1.ContentHash || c2[0].ID != c1[0].ID {
		t.Fatal("fixture: want the same article id, a new content hash and a surviving first claim")
	}
	writeCorpus(t, s, []fixtureDoc{{a2, c2}})

	rows, total, err := s.ListClaims(ctx, ClaimFilter{ArticleID: a1.ID})
	if err != nil {
		t.Fatal(err)
	}
	if total != 2 || !slices.Equal(claimIDs(rows), []string{c2[0].ID, c2[1].ID}) {
		t.Fatalf("claims after re-extraction = %v (total %d), want %v", claimIDs(rows), total, []string{c2[0].ID, c2[1].ID})
	}
	if rows[0].Review.Verdict != VerdictSupported || rows[0].Review.Note != "checked" {
		t.Errorf("surviving claim lost its review: %+v", rows[0].Review)
	}
	got, err := s.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := Counts{Articles: 1, Claims: 2, Speakers: 2, Reviews: 1, OrphanedReviews: 1}
	if got != want {
		t.Errorf("counts = %+v, want %+v (speakers without claims pruned, the vanished claim's review orphaned)", got, want)
	}
	d, err := s.GetClaim(ctx, c2[1].ID)
	if err != nil {
		t.Fatal(err)
	}
	if d.Article.Text != v2 {
		t.Errorf("GetClaim article text = %q, want the new text", d.Article.Text)
	}

	// The old text comes back: the orphaned review revives.
	writeCorpus(t, s, []fixtureDoc{{a1, c1}})
	got, _ = s.Counts(ctx)
	if want := (Counts{Articles: 1, Claims: 3, Speakers: 3, Reviews: 2}); got != want {
		t.Errorf("counts after reverting = %+v, want %+v", got, want)
	}
	d, err = s.GetClaim(ctx, c1[1].ID)
	if err != nil {
		t.Fatal(err)
	}
	if d.Review.Verdict != VerdictFalse {
		t.Errorf("revived claim's verdict = %q, want %q", d.Review.Verdict, VerdictFalse)
	}
}

func TestStoreRejectsForeignClaim(t *testing.T) {
	s := openTestStore(t)
	a, c := fixtureArticle(t, "https://example.com/x", "Ex", "", "“Hi,” said Al.", fixtureQuote{Quote: "Hi,", Speaker: "Al"})
	c[0].ArticleID = "someone-else"
	if err := s.Write(context.Background(), a, c); err == nil {
		t.Error("Write accepted a claim of another article")
	}
}

func TestListClaimsFilters(t *testing.T) {
	ctx := context.Background()
	s := openTestStore(t)
	docs := fixtureCorpus(t)
	writeCorpus(t, s, docs)
	id := func(doc, claim int) string { return docs[doc].Claims[claim].ID }
	if err := s.SetVerdict(ctx, id(0, 0), VerdictDisputed, "", "ana"); err != nil {
		t.Fatal(err)
	}
	if err := s.SetVerdict(ctx, id(2, 1), VerdictSupported, "", "bo"); err != nil {
		t.Fatal(err)
	}
	if err := s.CorrectSpeaker(ctx, id(1, 1), "Ivan Petrov", "bo"); err != nil {
		t.Fatal(err)
	}
	day := func(s string) time.Time {
		t, _ := time.Parse("2006-01-02", s)
		return t
	}
	tests := []struct {
		name   string
		filter ClaimFilter
		want   []string
		total  int // 0: len(want)
	}{
		{"all newest first, undated last", ClaimFilter{}, []string{id(2, 0), id(2, 1), id(1, 0), id(1, 1), id(0, 0), id(3, 0)}, 0},
		{"oldest first", ClaimFilter{Order: OrderOldest}, []string{id(0, 0), id(1, 0), id(1, 1), id(2, 0), id(2, 1), id(3, 0)}, 0},
		{"speaker ignores case and spacing", ClaimFilter{Speaker: "  maria   LOPEZ "}, []string{id(1, 0), id(0, 0)}, 0},
		{"speaker with diacritics", ClaimFilter{Speaker: "josé müller"}, []string{id(2, 0), id(2, 1)}, 0},
		{"corrected speaker matches", ClaimFilter{Speaker: "ivan petrov"}, []string{id(1, 1)}, 0},
		{"extracted speaker no longer matches once corrected", ClaimFilter{Speaker: "Critics"}, nil, 0},
		{"outlet by site name", ClaimFilter{Outlet: "example news"}, []string{id(1, 0), id(1, 1), id(0, 0)}, 0},
		{"outlet by host with www", ClaimFilter{Outlet: "www.example.com"}, []string{id(1, 0), id(1, 1), id(0, 0)}, 0},
		{"outlet by URL", ClaimFilter{Outlet: "https://daily.test/"}, []string{id(2, 0), id(2, 1), id(3, 0)}, 0},
		{"since", ClaimFilter{Since: day("2025-04-22")}, []string{id(2, 0), id(2, 1)}, 0},
		{"since is inclusive, time zones count", ClaimFilter{Since: time.Date(2025, 4, 21, 8, 30, 0, 0, time.UTC)}, []string{id(2, 0), id(2, 1), id(1, 0), id(1, 1)}, 0},
		{"until is exclusive", ClaimFilter{Until: day("2025-05-02")}, []string{id(1, 0), id(1, 1), id(0, 0)}, 0},
		{"type", ClaimFilter{Type: extract.ClaimIndirect}, []string{id(2, 0), id(1, 1)}, 0},
		{"verdict", ClaimFilter{Verdict: VerdictDisputed}, []string{id(0, 0)}, 0},
		{"reviewed", ClaimFilter{Verdict: FilterReviewed}, []string{id(2, 1), id(0, 0)}, 0},
		{"unreviewed", ClaimFilter{Verdict: FilterUnreviewed}, []string{id(2, 0), id(1, 0), id(1, 1), id(3, 0)}, 0},
		{"search a word", ClaimFilter{Query: "taxes"}, []string{id(0, 0)}, 0},
		{"search is a prefix search without diacritics", ClaimFilter{Query: "sanction mull"}, []string{id(2, 0)}, 0},
		{"search takes operators as text", ClaimFilter{Query: `"budget (balanced*" -`}, []string{id(1, 0)}, 0},
		{"search markup", ClaimFilter{Query: "<script>"}, []string{id(1, 1)}, 0},
		{"search nothing matches", ClaimFilter{Query: "zebra"}, nil, 0},
		{"search punctuation only is no filter", ClaimFilter{Query: "*"}, []string{id(2, 0), id(2, 1), id(1, 0), id(1, 1), id(0, 0), id(3, 0)}, 0},
		{"paging", ClaimFilter{Limit: 2, Offset: 1}, []string{id(2, 1), id(1, 0)}, 6},
		{"paging past the end", ClaimFilter{Limit: 2, Offset: 10}, nil, 6},
		{"combined", ClaimFilter{Outlet: "Example News", Type: extract.ClaimDirect, Verdict: FilterUnreviewed}, []string{id(1, 0)}, 0},
		{"confidence order", ClaimFilter{Order: OrderConfidence, Limit: 1}, []string{id(2, 0)}, 6},
		{"speaker order", ClaimFilter{Order: OrderSpeaker, Limit: 2}, []string{id(3, 0), id(1, 1)}, 6},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows, total, err := s.ListClaims(ctx, tt.filter)
			if err != nil {
				t.Fatal(err)
			}
			if got := claimIDs(rows); !slices.Equal(got, tt.want) && !(len(got) == 0 && len(tt.want) == 0) {
				t.Errorf("ids = %v\nwant %v", got, tt.want)
			}
			wantTotal := tt.total
			if wantTotal == 0 {
				wantTotal = len(tt.want)
			}
			if total != wantTotal {
				t.Errorf("total = %d, want %d", total, wantTotal)
			}
		})
	}
	for _, f := range []ClaimFilter{{Verdict: "maybe"}, {Type: "rumour"}, {Order: "random"}} {
		if _, _, err := s.ListClaims(ctx, f); !errors.Is(err, ErrInvalidFilter) {
			t.Errorf("ListClaims(%+v) error = %v, want ErrInvalidFilter", f, err)
		}
	}
}

func TestStoreReviews(t *testing.T) {
	ctx := context.Background()
	s := openTestStore(t)
	docs := fixtureCorpus(t)
	writeCorpus(t, s, docs)
	now := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	s.now = func() time.Time { return now }
	id := docs[1].Claims[0].ID

	if err := s.SetVerdict(ctx, id, "true", "", "ana"); !errors.Is(err, ErrInvalidVerdict) {
		t.Errorf("invalid verdict error = %v, want ErrInvalidVerdict", err)
	}
	if err := s.SetVerdict(ctx, "nope", VerdictFalse, "", "ana"); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown claim error = %v, want ErrNotFound", err)
	}
	if err := s.CorrectSpeaker(ctx, "nope", "X", "ana"); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown claim correction error = %v, want ErrNotFound", err)
	}
	if _, err := s.GetClaim(ctx, "nope"); !errors.Is(err, ErrNotFound) {
		t.Errorf("GetClaim unknown error = %v, want ErrNotFound", err)
	}
	if err := s.SetVerdict(ctx, id, VerdictNeedsContext, "which budget?", "ana"); err != nil {
		t.Fatal(err)
	}
	now = now.Add(time.Hour)
	if err := s.SetVerdict(ctx, id, VerdictSupported, "", "bo"); err != nil {
		t.Fatal(err)
	}
	if err := s.CorrectSpeaker(ctx, id, " Mária  López ", "bo"); err != nil {
		t.Fatal(err)
	}
	d, err := s.GetClaim(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	wantReview := Review{Verdict: VerdictSupported, Reviewer: "bo", ReviewedAt: now,
		CorrectedSpeaker: "Mária López", CorrectedBy: "bo", CorrectedAt: now}
	if d.Review != wantReview {
		t.Errorf("review = %+v\nwant %+v", d.Review, wantReview)
	}
	if d.Speaker() != "Mária López" || d.Claim.Speaker.Name != "Maria Lopez" {
		t.Errorf("Speaker() = %q, extracted = %q; want the correction beside the extracted name", d.Speaker(), d.Claim.Speaker.Name)
	}
	if len(d.History) != 3 || d.History[0].Value != VerdictNeedsContext || d.History[0].Note != "which budget?" ||
		d.History[2].Action != "speaker" || d.History[2].Value != "Mária López" {
		t.Errorf("history = %+v", d.History)
	}
	if got := d.Article.Text; got != docs[1].Article.Text {
		t.Errorf("article text = %q", got)
	}
	if err := s.CorrectSpeaker(ctx, id, "", "bo"); err != nil {
		t.Fatal(err)
	}
	d, _ = s.GetClaim(ctx, id)
	if d.Review.CorrectedSpeaker != "" || d.Speaker() != "Maria Lopez" {
		t.Errorf("clearing the correction left %q", d.Review.CorrectedSpeaker)
	}

	rows, err := s.SpeakerClaims(ctx, "maria lopez")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := claimIDs(rows), []string{docs[0].Claims[0].ID, id}; !slices.Equal(got, want) {
		t.Errorf("SpeakerClaims = %v, want oldest first %v", got, want)
	}
}

func TestStoreRuns(t *testing.T) {
	ctx := context.Background()
	s := openTestStore(t)
	run, err := s.StartRun(ctx, "extract")
	if err != nil {
		t.Fatal(err)
	}
	docs := fixtureCorpus(t)
	writeCorpus(t, s, docs[:1])
	if err := s.FinishRun(ctx, run, []byte(`{"articles":1}`)); err != nil {
		t.Fatal(err)
	}
	var tagged int64
	if err := s.db.QueryRowContext(ctx, `SELECT run_id FROM claims WHERE id = ?`, docs[0].Claims[0].ID).Scan(&tagged); err != nil {
		t.Fatal(err)
	}
	if tagged != run {
		t.Errorf("claim run_id = %d, want %d", tagged, run)
	}
	var kind, summary string
	var finished *string
	if err := s.db.QueryRowContext(ctx, `SELECT kind, summary, finished_at FROM runs WHERE id = ?`, run).Scan(&kind, &summary, &finished); err != nil {
		t.Fatal(err)
	}
	if kind != "extract" || summary != `{"articles":1}` || finished == nil {
		t.Errorf("run row = %q %q %v", kind, summary, finished)
	}
	if err := s.FinishRun(ctx, run+100, nil); !errors.Is(err, ErrNotFound) {
		t.Errorf("FinishRun unknown error = %v, want ErrNotFound", err)
	}
	if err := s.FinishRun(ctx, run, []byte("{")); err == nil {
		t.Error("FinishRun accepted invalid JSON")
	}
}

// TestStoreConcurrentWriters opens the same file twice, as a crawl and
// the review UI would, and writes from both at once: busy_timeout and
// IMMEDIATE transactions must make both succeed.
func TestStoreConcurrentWriters(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "claimwire.db")
	s1, err := OpenStore(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s1.Close()
	s2, err := OpenStore(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	docs := fixtureCorpus(t)
	writeCorpus(t, s1, docs)
	var wg sync.WaitGroup
	errs := make(chan error, 100)
	wg.Go(func() {
		for range 20 {
			for _, d := range docs {
				if err := s1.Write(ctx, d.Article, d.Claims); err != nil {
					errs <- err
				}
			}
		}
	})
	wg.Go(func() {
		for i := range 40 {
			v := Verdicts()[i%len(Verdicts())]
			if err := s2.SetVerdict(ctx, docs[i%len(docs)].Claims[0].ID, v, "", "ana"); err != nil {
				errs <- err
			}
		}
	})
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

func TestListClaimsContainsAndDays(t *testing.T) {
	ctx := context.Background()
	s := openTestStore(t)
	docs := fixtureCorpus(t)
	// Late evening west of UTC: the next day in UTC, this day where it was
	// published.
	late, lateClaims := fixtureArticle(t, "https://late.test/x", "Late Édition", "2025-04-21T23:30:00-05:00",
		"“Night,” said Owl Grey.", fixtureQuote{Quote: "Night,", Speaker: "Owl Grey"})
	docs = append(docs, fixtureDoc{late, lateClaims})
	writeCorpus(t, s, docs)
	id := func(doc, claim int) string { return docs[doc].Claims[claim].ID }
	day := func(s string) time.Time {
		t, _ := time.Parse(time.DateOnly, s)
		return t
	}
	tests := []struct {
		name   string
		filter ClaimFilter
		want   []string
	}{
		{"speaker part", ClaimFilter{Speaker: "LOPEZ"}, []string{id(1, 0), id(0, 0)}},
		{"speaker part with diacritics", ClaimFilter{Speaker: "müll"}, []string{id(2, 0), id(2, 1)}},
		{"outlet part of the site name", ClaimFilter{Outlet: "édition"}, []string{id(4, 0)}},
		{"outlet part of the host", ClaimFilter{Outlet: "daily"}, []string{id(2, 0), id(2, 1), id(3, 0)}},
		{"day range is inclusive in the record's zone", ClaimFilter{From: day("2025-04-21"), To: day("2025-04-21")}, []string{id(4, 0), id(1, 0), id(1, 1)}},
		{"from only", ClaimFilter{From: day("2025-04-22")}, []string{id(2, 0), id(2, 1)}},
		{"to only", ClaimFilter{To: day("2025-04-20")}, []string{id(0, 0)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows, total, err := s.ListClaims(ctx, tt.filter)
			if err != nil {
				t.Fatal(err)
			}
			if got := claimIDs(rows); !slices.Equal(got, tt.want) || total != len(tt.want) {
				t.Errorf("ids = %v (total %d)\nwant %v", got, total, tt.want)
			}
		})
	}
	// SpeakerClaims wants the whole name.
	if rows, err := s.SpeakerClaims(ctx, "Lopez"); err != nil || len(rows) != 0 {
		t.Errorf("SpeakerClaims(part of a name) = %d rows, %v; want none", len(rows), err)
	}
}

func TestStoreNeighbors(t *testing.T) {
	ctx := context.Background()
	s := openTestStore(t)
	docs := fixtureCorpus(t)
	writeCorpus(t, s, docs)
	all, _, err := s.ListClaims(ctx, ClaimFilter{})
	if err != nil {
		t.Fatal(err)
	}
	ids := claimIDs(all)
	for i, id := range ids {
		prev, next, err := s.Neighbors(ctx, id, ClaimFilter{Limit: 1, Offset: 3})
		if err != nil {
			t.Fatal(err)
		}
		wantPrev, wantNext := "", ""
		if i > 0 {
			wantPrev = ids[i-1]
		}
		if i+1 < len(ids) {
			wantNext = ids[i+1]
		}
		if prev != wantPrev || next != wantNext {
			t.Errorf("Neighbors(#%d) = %q, %q; want %q, %q", i, prev, next, wantPrev, wantNext)
		}
	}
	// A verdict takes ids[2] out of the unreviewed list: its neighbours
	// are still the unreviewed claims on either side.
	if err := s.SetVerdict(ctx, ids[2], VerdictSupported, "", "ana"); err != nil {
		t.Fatal(err)
	}
	prev, next, err := s.Neighbors(ctx, ids[2], ClaimFilter{Verdict: FilterUnreviewed})
	if err != nil || prev != ids[1] || next != ids[3] {
		t.Errorf("Neighbors of a claim outside the filter = %q, %q, %v; want %q, %q", prev, next, err, ids[1], ids[3])
	}
	if _, _, err := s.Neighbors(ctx, "nope", ClaimFilter{}); !errors.Is(err, ErrNotFound) {
		t.Errorf("Neighbors(unknown) error = %v, want ErrNotFound", err)
	}
}

// TestStoreSpeakerChangeOnSurvivingClaim re-extracts an article whose
// claim keeps its id but gets another speaker: the old speaker, named by
// no claim any more, goes.
func TestStoreSpeakerChangeOnSurvivingClaim(t *testing.T) {
	ctx := context.Background()
	s := openTestStore(t)
	text := "“Yes,” he said, Al Bee told us."
	a, c1 := fixtureArticle(t, "https://example.com/s", "Ex", "", text, fixtureQuote{Quote: "Yes,", Speaker: "Al Bee"})
	_, c2 := fixtureArticle(t, "https://example.com/s", "Ex", "", text, fixtureQuote{Quote: "Yes,", Speaker: "Cy Dee"})
	writeCorpus(t, s, []fixtureDoc{{a, c1}})
	writeCorpus(t, s, []fixtureDoc{{a, c2}})
	got, err := s.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if want := (Counts{Articles: 1, Claims: 1, Speakers: 1}); got != want {
		t.Errorf("counts = %+v, want %+v", got, want)
	}
	rows, _, _ := s.ListClaims(ctx, ClaimFilter{Speaker: "al bee"})
	if len(rows) != 0 {
		t.Errorf("the old speaker still finds %d claims", len(rows))
	}
}

func TestOpenStoreRefuses(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	garbage := filepath.Join(dir, "garbage.db")
	if err := os.WriteFile(garbage, bytes.Repeat([]byte("not a database "), 100), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := OpenStore(ctx, garbage); err == nil || !strings.Contains(err.Error(), garbage) {
		t.Errorf("opening a file that is not a database: %v, want an error naming it", err)
	}

	newer := filepath.Join(dir, "newer.db")
	s, err := OpenStore(ctx, newer)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.ExecContext(ctx, `INSERT INTO schema_migrations(version, name, applied_at) VALUES (9999, '9999_future.sql', '')`); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if _, err := OpenStore(ctx, newer); !errors.Is(err, ErrNewerSchema) {
		t.Errorf("opening a store from a newer claimwire: %v, want ErrNewerSchema", err)
	}
}
