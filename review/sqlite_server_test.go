package review

import (
	"context"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"testing"

	"github.com/claimwire/claimwire/extract"
	"github.com/claimwire/claimwire/output"
)

// testStoreEnv names the environment variable that makes newTestServer
// serve from the SQLite store: CLAIMWIRE_REVIEW_STORE=sqlite runs every
// handler and browser test on it, e.g.
//
//	CLAIMWIRE_REVIEW_STORE=sqlite go test ./review/ -run Browser -v
const testStoreEnv = "CLAIMWIRE_REVIEW_STORE"

// newSQLiteTestStore returns a Store over a fresh SQLite file in a
// temporary directory holding articles and claims, closed when the test
// ends.
func newSQLiteTestStore(t testing.TB, articles []extract.Article, claims []extract.Claim) Store {
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
	return NewSQLiteStore(st)
}

// TestServerOnSQLite runs the handler tests again with the server on the
// SQLite store instead of MemStore. The browser tests run on it when
// $CLAIMWIRE_REVIEW_STORE is "sqlite" (they are slow to run twice).
func TestServerOnSQLite(t *testing.T) {
	t.Setenv(testStoreEnv, "sqlite")
	tests := []struct {
		name string
		run  func(*testing.T)
	}{
		{"list filters", TestListFilters},
		{"list paging", TestListPaging},
		{"verdict post", TestVerdictPost},
		{"verdict advances", TestVerdictAdvancesToNextClaim},
		{"speaker correction", TestSpeakerCorrection},
		{"escaping", TestEscaping},
		{"non-ASCII highlight", TestClaimPageHighlightsNonASCII},
		{"neighbours", TestClaimPageNeighbours},
		{"speaker page", TestSpeakerPage},
		{"export", TestExport},
	}
	for _, tt := range tests {
		t.Run(tt.name, tt.run)
	}
}

// benchSQLiteStore is benchStore's corpus in a SQLite store.
func benchSQLiteStore(b *testing.B, n int) Store {
	mem := benchStore(n)
	as := make([]extract.Article, 0, len(mem.articles))
	for _, a := range mem.articles {
		as = append(as, a)
	}
	cs := make([]extract.Claim, len(mem.rows))
	for i, r := range mem.rows {
		cs[i] = r.row.Claim
	}
	return newSQLiteTestStore(b, as, cs)
}

// BenchmarkSQLiteStoreFilter is BenchmarkMemStoreFilter on the SQLite
// store: one filtered, paged ListClaims over 10,000 claims.
func BenchmarkSQLiteStoreFilter(b *testing.B) {
	st := benchSQLiteStore(b, 10000)
	f := Filter{Speaker: "speaker 1", Query: "harbour", Verdict: FilterUnreviewed, Limit: 50}
	ctx := context.Background()
	for b.Loop() {
		if _, _, err := st.ListClaims(ctx, f); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSQLiteListPage is BenchmarkListPage on the SQLite store.
func BenchmarkSQLiteListPage(b *testing.B) {
	benchSQLitePage(b, "/?outlet=outlet+3")
}

// BenchmarkSQLiteClaimPage is BenchmarkClaimPage on the SQLite store; the
// page's previous/next links cost a window query over the filtered list.
func BenchmarkSQLiteClaimPage(b *testing.B) {
	benchSQLitePage(b, "/claims/c005002?speaker=speaker+2")
}

func benchSQLitePage(b *testing.B, target string) {
	h := NewServer(benchSQLiteStore(b, 10000), Options{})
	for b.Loop() {
		req := httptest.NewRequest(http.MethodGet, target, nil)
		req.Host = "127.0.0.1"
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK {
			b.Fatal(rec.Code)
		}
	}
}
