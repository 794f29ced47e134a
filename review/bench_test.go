package review

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/claimwire/claimwire/extract"
)

// benchStore builds a store of n synthetic claims, 5 per article, spread
// over a year and 50 speakers.
func benchStore(n int) *MemStore {
	var as []extract.Article
	var cs []extract.Claim
	for i := 0; i < n; i += 5 {
		day := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i%365).Format(time.DateOnly)
		text := ""
		for j := range 5 {
			text += fmt.Sprintf("“Statement %d about the harbour and the budget,” said Speaker %d.\n\n", i+j, (i+j)%50)
		}
		a := extract.Article{ID: fmt.Sprintf("a%06d", i), URL: fmt.Sprintf("https://news%d.example/%d", i%7, i),
			SiteName: fmt.Sprintf("Outlet %d", i%7), Published: day, Text: text}
		as = append(as, a)
		ri := extract.NewRuneIndex(text)
		for j := range 5 {
			q := fmt.Sprintf("Statement %d about the harbour and the budget,", i+j)
			b := strings.Index(text, q)
			cs = append(cs, extract.Claim{ID: fmt.Sprintf("c%06d", i+j), ArticleID: a.ID, URL: a.URL, Published: day,
				Type: extract.ClaimDirect, Quote: extract.Quote{Text: q, Start: ri.CP(b), End: ri.CP(b + len(q))},
				Speaker: extract.Speaker{Name: fmt.Sprintf("Speaker %d", (i+j)%50), Kind: extract.SpeakerPerson}})
		}
	}
	return NewMemStore(as, cs)
}

// BenchmarkMemStoreFilter measures one filtered, paged ListClaims over
// 10,000 claims (a full scan: MemStore has no index).
func BenchmarkMemStoreFilter(b *testing.B) {
	st := benchStore(10000)
	f := Filter{Speaker: "speaker 1", Query: "harbour", Verdict: FilterUnreviewed, Limit: 50}
	ctx := context.Background()
	for b.Loop() {
		if _, _, err := st.ListClaims(ctx, f); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkListPage measures rendering the claims list page (50 rows) over
// 10,000 claims, through the whole handler.
func BenchmarkListPage(b *testing.B) {
	h := NewServer(benchStore(10000), Options{})
	for b.Loop() {
		req := httptest.NewRequest(http.MethodGet, "/?outlet=outlet+3", nil)
		req.Host = "127.0.0.1"
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK {
			b.Fatal(rec.Code)
		}
	}
}

// BenchmarkClaimPage measures rendering one claim page with its article.
func BenchmarkClaimPage(b *testing.B) {
	h := NewServer(benchStore(10000), Options{})
	for b.Loop() {
		req := httptest.NewRequest(http.MethodGet, "/claims/c005002?speaker=speaker+2", nil)
		req.Host = "127.0.0.1"
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK {
			b.Fatal(rec.Code)
		}
	}
}

func TestBenchStoreOffsets(t *testing.T) {
	st := benchStore(20)
	d, err := st.GetClaim(context.Background(), "c000013")
	if err != nil {
		t.Fatal(err)
	}
	if !quoteMatches(d.Article.Text, d.Claim) {
		t.Error("benchmark claims have wrong offsets")
	}
}
