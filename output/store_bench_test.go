package output

import (
	"context"
	"fmt"
	"io"
	"strings"
	"testing"
)

// benchArticle builds article n of a synthetic corpus: claimsPer quotes by
// speakers drawn from a pool of 200, published over 300 days.
func benchArticle(b testing.TB, n, claimsPer int) fixtureDoc {
	var text strings.Builder
	quotes := make([]fixtureQuote, claimsPer)
	for i := range claimsPer {
		q := fmt.Sprintf("Quote %d of article %d says the budget for region %d must change,", i, n, (n+i)%37)
		speaker := fmt.Sprintf("Speaker%d Surname%d", (n*7+i)%200, (n*7+i)%200)
		fmt.Fprintf(&text, "“%s” said %s, the minister. ", q, speaker)
		quotes[i] = fixtureQuote{Quote: q, Speaker: speaker, Role: "minister", Cue: "said"}
	}
	pub := fmt.Sprintf("2025-%02d-%02dT09:00:00Z", 1+(n/28)%10, 1+n%28)
	a, c := fixtureArticle(b, fmt.Sprintf("https://bench%d.test/news/%d", n%5, n), fmt.Sprintf("Bench %d", n%5), pub, text.String(), quotes...)
	return fixtureDoc{a, c}
}

// benchStore is a store holding articles × 10 claims.
func benchStore(b *testing.B, articles int) *Store {
	b.Helper()
	s := openTestStore(b)
	for n := range articles {
		d := benchArticle(b, n, 10)
		if err := s.Write(context.Background(), d.Article, d.Claims); err != nil {
			b.Fatal(err)
		}
	}
	return s
}

// BenchmarkStoreWrite writes new articles of 10 claims each, one
// transaction per article, into a growing store.
func BenchmarkStoreWrite(b *testing.B) {
	s := openTestStore(b)
	docs := make([]fixtureDoc, 512)
	for i := range docs {
		docs[i] = benchArticle(b, i, 10)
	}
	ctx := context.Background()
	n := 0
	for b.Loop() {
		d := docs[n%len(docs)]
		if n >= len(docs) { // a fresh id, so every write is an insert
			d = benchArticle(b, n, 10)
		}
		if err := s.Write(ctx, d.Article, d.Claims); err != nil {
			b.Fatal(err)
		}
		n++
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*10), "ns/claim")
}

// BenchmarkStoreRewriteUnchanged writes the same article again, the case
// of re-running a crawl over unchanged pages.
func BenchmarkStoreRewriteUnchanged(b *testing.B) {
	s := openTestStore(b)
	d := benchArticle(b, 1, 10)
	ctx := context.Background()
	for b.Loop() {
		if err := s.Write(ctx, d.Article, d.Claims); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkListClaims pages through a store of 2,000 articles (20,000
// claims) as the review UI does.
func BenchmarkListClaims(b *testing.B) {
	s := benchStore(b, 2000)
	ctx := context.Background()
	for _, tt := range []struct {
		name string
		f    ClaimFilter
	}{
		{"newest page", ClaimFilter{Limit: 50}},
		{"deep page", ClaimFilter{Limit: 50, Offset: 15000}},
		{"speaker", ClaimFilter{Speaker: "speaker17 surname17", Limit: 50}},
		{"outlet", ClaimFilter{Outlet: "bench3.test", Limit: 50}},
		{"search", ClaimFilter{Query: "region 12", Limit: 50}},
		{"unreviewed", ClaimFilter{Verdict: FilterUnreviewed, Limit: 50}},
	} {
		b.Run(tt.name, func(b *testing.B) {
			for b.Loop() {
				if _, _, err := s.ListClaims(ctx, tt.f); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	b.Run("neighbors", func(b *testing.B) {
		rows, _, _ := s.ListClaims(ctx, ClaimFilter{Limit: 1, Offset: 10000})
		for b.Loop() {
			if _, _, err := s.Neighbors(ctx, rows[0].Claim.ID, ClaimFilter{}); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkExportCSV streams 20,000 claims to CSV.
func BenchmarkExportCSV(b *testing.B) {
	s := benchStore(b, 2000)
	ctx := context.Background()
	for b.Loop() {
		n, err := WriteClaimsCSV(ctx, s, ClaimFilter{}, io.Discard, CSVOptions{BOM: true, FormulaGuard: true})
		if err != nil || n != 20000 {
			b.Fatal(n, err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*20000), "ns/claim")
}

// BenchmarkPostgresWrite writes new articles of 10 claims each through the
// Postgres sink, 64 articles per transaction.
func BenchmarkPostgresWrite(b *testing.B) {
	u := pgTestURL(b)
	p, err := OpenPostgres(context.Background(), u)
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	n := 0
	for b.Loop() {
		d := benchArticle(b, n, 10)
		if err := p.Write(ctx, d.Article, d.Claims); err != nil {
			b.Fatal(err)
		}
		n++
	}
	if err := p.Close(); err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*10), "ns/claim")
}

// BenchmarkExportJSONL streams 20,000 claim records.
func BenchmarkExportJSONL(b *testing.B) {
	s := benchStore(b, 2000)
	ctx := context.Background()
	for b.Loop() {
		n, err := WriteClaimsJSONL(ctx, s, ClaimFilter{}, io.Discard)
		if err != nil || n != 20000 {
			b.Fatal(n, err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*20000), "ns/claim")
}
