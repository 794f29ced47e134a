package review

import (
	"context"
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
func newSQLiteTestStore(t *testing.T, articles []extract.Article, claims []extract.Claim) Store {
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
