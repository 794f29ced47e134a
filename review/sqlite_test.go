package review_test

import (
	"context"
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/claimwire/claimwire/extract"
	"github.com/claimwire/claimwire/output"
	"github.com/claimwire/claimwire/review"
	"github.com/claimwire/claimwire/review/storetest"
)

// openSQLite opens a fresh SQLite store in a temporary directory holding
// articles and claims, closed when the test ends.
func openSQLite(t *testing.T, articles []extract.Article, claims []extract.Claim) *output.Store {
	t.Helper()
	ctx := context.Background()
	st, err := output.OpenStore(ctx, filepath.Join(t.TempDir(), "claimwire.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := st.Close(); err != nil {
			t.Error(err)
		}
	})
	byArticle := make(map[string][]extract.Claim)
	for _, c := range claims {
		byArticle[c.ArticleID] = append(byArticle[c.ArticleID], c)
	}
	for _, a := range articles {
		if err := st.Write(ctx, a, byArticle[a.ID]); err != nil {
			t.Fatal(err)
		}
	}
	return st
}

func TestSQLiteStoreContract(t *testing.T) {
	storetest.Run(t, func(t *testing.T, articles []extract.Article, claims []extract.Claim) review.Store {
		return review.NewSQLiteStore(openSQLite(t, articles, claims))
	})
}

// TestSQLiteStoreMatchesMemStore gives both stores the contract corpus with
// each article's claims in reverse order (the store must order them by
// position, not by the order they were written in), the same reviews and
// corrections, and compares what they return.
func TestSQLiteStoreMatchesMemStore(t *testing.T) {
	ctx := context.Background()
	c := storetest.NewCorpus()
	claims := slices.Clone(c.Claims)
	slices.Reverse(claims)
	mem := review.NewMemStore(c.Articles, claims)
	sql := review.NewSQLiteStore(openSQLite(t, c.Articles, claims))
	for _, st := range []review.Store{mem, sql} {
		if err := st.SetVerdict(ctx, c.Claims[0].ID, review.VerdictDisputed, "", "ana"); err != nil {
			t.Fatal(err)
		}
		if err := st.CorrectSpeaker(ctx, c.Claims[1].ID, "Tom Reyes", "ana"); err != nil {
			t.Fatal(err)
		}
	}
	day := func(s string) time.Time {
		d, _ := time.Parse(time.DateOnly, s)
		return d
	}
	filters := []struct {
		name string
		f    review.Filter
	}{
		{"all", review.Filter{}},
		{"a page", review.Filter{Offset: 2, Limit: 3}},
		{"speaker", review.Filter{Speaker: "reyes"}},
		{"speaker, Cyrillic", review.Filter{Speaker: "ПЁТР"}},
		{"outlet", review.Filter{Outlet: "west post"}},
		{"dates", review.Filter{From: day("2025-04-02"), To: day("2025-04-19")}},
		{"type", review.Filter{Type: extract.ClaimDirect}},
		{"reviewed", review.Filter{Verdict: review.FilterReviewed}},
		{"unreviewed", review.Filter{Verdict: review.FilterUnreviewed}},
		{"verdict", review.Filter{Verdict: review.VerdictDisputed}},
		{"query, two words", review.Filter{Query: "rents are"}},
		{"query, Cyrillic capitals", review.Filter{Query: "ПЁТР"}},
		{"query does not search speaker names", review.Filter{Query: "reyes"}},
		{"query, markup", review.Filter{Query: "bridge"}},
	}
	for _, tt := range filters {
		t.Run(tt.name, func(t *testing.T) {
			want, wantTotal, err := mem.ListClaims(ctx, tt.f)
			if err != nil {
				t.Fatal(err)
			}
			got, total, err := sql.ListClaims(ctx, tt.f)
			if err != nil {
				t.Fatal(err)
			}
			if total != wantTotal || !slices.Equal(sqliteIDs(got), sqliteIDs(want)) {
				t.Fatalf("total %d, ids %q\nMemStore: total %d, ids %q", total, sqliteIDs(got), wantTotal, sqliteIDs(want))
			}
			for i := range got {
				g, w := got[i], want[i]
				if g.Outlet != w.Outlet || g.Title != w.Title || g.Published != w.Published || g.Speaker() != w.Speaker() ||
					(g.Review == nil) != (w.Review == nil) || (g.Correction == nil) != (w.Correction == nil) {
					t.Errorf("row %s:\n got %+v\nwant %+v", g.Claim.ID, g, w)
				}
			}
			for _, cl := range c.Claims {
				wp, wn, err := mem.Neighbors(ctx, cl.ID, tt.f)
				if err != nil {
					t.Fatal(err)
				}
				gp, gn, err := sql.Neighbors(ctx, cl.ID, tt.f)
				if err != nil {
					t.Fatal(err)
				}
				if gp != wp || gn != wn {
					t.Errorf("neighbours of %s: (%s, %s), MemStore (%s, %s)", cl.ID, gp, gn, wp, wn)
				}
			}
		})
	}
	for _, name := range []string{"Tom Reyes", "officials", "пётр иванов", "élodie marchand", "nobody"} {
		t.Run("speaker claims of "+name, func(t *testing.T) {
			want, err := mem.SpeakerClaims(ctx, name)
			if err != nil {
				t.Fatal(err)
			}
			got, err := sql.SpeakerClaims(ctx, name)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(sqliteIDs(got), sqliteIDs(want)) {
				t.Errorf("got %q\nMemStore %q", sqliteIDs(got), sqliteIDs(want))
			}
		})
	}
}

// TestSQLiteStoreErrors checks that the adapter's errors match both the
// review and the output sentinels and keep the store's message.
func TestSQLiteStoreErrors(t *testing.T) {
	ctx := context.Background()
	c := storetest.NewCorpus()
	st := review.NewSQLiteStore(openSQLite(t, c.Articles, c.Claims))
	tests := []struct {
		name         string
		err          error
		review, outp error
	}{
		{"get unknown", func() error { _, err := st.GetClaim(ctx, "nope"); return err }(), review.ErrNotFound, output.ErrNotFound},
		{"neighbours of unknown", func() error { _, _, err := st.Neighbors(ctx, "nope", review.Filter{}); return err }(), review.ErrNotFound, output.ErrNotFound},
		{"verdict on unknown", st.SetVerdict(ctx, "nope", review.VerdictFalse, "", "ana"), review.ErrNotFound, output.ErrNotFound},
		{"correct unknown", st.CorrectSpeaker(ctx, "nope", "X", "ana"), review.ErrNotFound, output.ErrNotFound},
		{"bad verdict", st.SetVerdict(ctx, c.Claims[0].ID, "maybe", "", "ana"), review.ErrInvalidVerdict, output.ErrInvalidVerdict},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !errors.Is(tt.err, tt.review) || !errors.Is(tt.err, tt.outp) {
				t.Fatalf("error %v, want it to match %v in both packages", tt.err, tt.review)
			}
			if !strings.Contains(tt.err.Error(), "nope") && !strings.Contains(tt.err.Error(), "maybe") {
				t.Errorf("error %q does not name its input", tt.err)
			}
		})
	}
}

// sqliteIDs returns the claim ids of rows.
func sqliteIDs(rows []review.ClaimRow) []string {
	ids := make([]string, len(rows))
	for i, r := range rows {
		ids[i] = r.Claim.ID
	}
	return ids
}
