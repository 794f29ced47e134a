// Package storetest checks that an implementation of review.Store behaves
// as the review UI expects: filters, order, paging, neighbours, verdicts,
// speaker corrections. MemStore runs it; so should the SQLite adapter:
//
//	func TestReviewStore(t *testing.T) {
//		storetest.Run(t, func(t *testing.T, as []extract.Article, cs []extract.Claim) review.Store {
//			db := openTestDB(t) // a fresh store holding as and cs, without reviews
//			...
//			return adapter{db}
//		})
//	}
//
// The corpus is invented (made-up outlets and people) and holds accents
// and Cyrillic, so that case-insensitive matching must work beyond ASCII.
package storetest

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/claimwire/claimwire/extract"
	"github.com/claimwire/claimwire/review"
)

// Open returns a fresh store holding articles and claims, without reviews
// or corrections.
type Open func(t *testing.T, articles []extract.Article, claims []extract.Claim) review.Store

// Corpus is the test data Run gives to Open.
type Corpus struct {
	Articles []extract.Article
	Claims   []extract.Claim
}

// NewCorpus builds the corpus: 7 articles on 6 days and one undated, 10
// claims.
func NewCorpus() Corpus {
	var c Corpus
	add := func(key, site, published, text string, claims ...[3]string) {
		a := extract.Article{
			SchemaVersion: extract.SchemaVersion, ID: extract.ArticleID(key), URL: "https://" + key,
			CanonicalURL: "https://" + key, Title: "Title of " + key, Published: published,
			SiteName: site, Text: text, ContentHash: extract.ContentHash(text),
		}
		c.Articles = append(c.Articles, a)
		ri := extract.NewRuneIndex(text)
		for _, cl := range claims { // {type, speaker, quote}
			b := strings.Index(text, cl[2])
			if b < 0 {
				panic(fmt.Sprintf("storetest: %q not in %q", cl[2], text)) // a bug in this file
			}
			q := extract.Quote{Text: cl[2], Start: ri.CP(b), End: ri.CP(b + len(cl[2]))}
			c.Claims = append(c.Claims, extract.Claim{
				SchemaVersion: extract.SchemaVersion, ID: extract.ClaimID(a.ID, q), ArticleID: a.ID, URL: a.URL,
				Published: published, Type: cl[0], Quote: q, Confidence: 0.7, Extractor: extract.ExtractorVersion,
				Speaker: extract.Speaker{Name: cl[1], Kind: extract.SpeakerPerson},
			})
		}
	}
	const d, i = extract.ClaimDirect, extract.ClaimIndirect
	add("north.example/a", "North Gazette", "2025-04-01T09:00:00+02:00",
		"“Rents are rising fast,” said Élodie Marchand. Officials said the budget was balanced.",
		[3]string{d, "Élodie Marchand", "Rents are rising fast,"}, [3]string{i, "officials", "the budget was balanced"})
	add("north.example/b", "North Gazette", "2025-04-03",
		"“Ремонт начнётся в мае,” сказал Пётр Иванов.",
		[3]string{d, "Пётр Иванов", "Ремонт начнётся в мае,"})
	add("south.example/c", "South Courier", "2025-04-03T18:00:00Z",
		"Élodie Marchand said rents would rise again. “We need more homes,” she added.",
		[3]string{i, "Élodie Marchand", "rents would rise again"}, [3]string{d, "Élodie Marchand", "We need more homes,"})
	add("south.example/d", "South Courier", "2025-04-10",
		"“The bridge is safe,” said Tom Reyes.",
		[3]string{d, "Tom Reyes", "The bridge is safe,"})
	add("south.example/e", "South Courier", "2025-04-20",
		"“Homes first,” said Élodie Marchand.",
		[3]string{d, "Élodie Marchand", "Homes first,"})
	add("west.example/f", "West Post", "2025-05-02",
		"“ПЁТР is my name,” the man said.",
		[3]string{d, "ПЁТР ИВАНОВ", "ПЁТР is my name,"})
	add("west.example/g", "West Post", "",
		"“No date here,” said Tom Reyes.",
		[3]string{d, "Tom Reyes", "No date here,"})
	return c
}

// claimIDs returns the ids of rows.
func claimIDs(rows []review.ClaimRow) []string {
	ids := make([]string, len(rows))
	for i, r := range rows {
		ids[i] = r.Claim.ID
	}
	return ids
}

// Run checks the store open returns against the Store contract. Each
// subtest opens its own store.
func Run(t *testing.T, open Open) {
	ctx := context.Background()
	c := NewCorpus()
	id := func(quote string) string {
		for _, cl := range c.Claims {
			if cl.Quote.Text == quote {
				return cl.ID
			}
		}
		t.Fatalf("storetest: no claim %q", quote)
		return ""
	}
	fresh := func(t *testing.T) review.Store { return open(t, c.Articles, c.Claims) }
	day := func(s string) time.Time {
		tm, err := time.Parse(time.DateOnly, s)
		if err != nil {
			t.Fatal(err)
		}
		return tm
	}

	// The Store order: newest first, undated last, article, position.
	order := []string{
		id("ПЁТР is my name,"),
		id("Homes first,"),
		id("The bridge is safe,"),
		id("rents would rise again"), id("We need more homes,"), // 2025-04-03T18:00Z
		id("Ремонт начнётся в мае,"), // 2025-04-03 (midnight UTC)
		id("Rents are rising fast,"), id("the budget was balanced"),
		id("No date here,"),
	}

	t.Run("order and paging", func(t *testing.T) {
		st := fresh(t)
		rows, total, err := st.ListClaims(ctx, review.Filter{})
		if err != nil {
			t.Fatal(err)
		}
		if total != len(order) || !slices.Equal(claimIDs(rows), order) {
			t.Fatalf("total %d, order\n%q\nwant\n%q", total, claimIDs(rows), order)
		}
		var paged []string
		for off := 0; off < total; off += 4 {
			rows, n, err := st.ListClaims(ctx, review.Filter{Offset: off, Limit: 4})
			if err != nil {
				t.Fatal(err)
			}
			if n != total {
				t.Errorf("offset %d: total %d, want %d", off, n, total)
			}
			paged = append(paged, claimIDs(rows)...)
		}
		if !slices.Equal(paged, order) {
			t.Errorf("pages give %q", paged)
		}
		if rows, n, _ := st.ListClaims(ctx, review.Filter{Offset: 100, Limit: 4}); len(rows) != 0 || n != total {
			t.Errorf("past the end: %d rows, total %d", len(rows), n)
		}
		if rows[0].Outlet != "West Post" || rows[0].Title != "Title of west.example/f" || rows[0].Published != "2025-05-02" {
			t.Errorf("row fields: outlet %q, title %q, published %q", rows[0].Outlet, rows[0].Title, rows[0].Published)
		}
	})

	t.Run("filters", func(t *testing.T) {
		st := fresh(t)
		if err := st.SetVerdict(ctx, id("Homes first,"), review.VerdictSupported, "", "ana"); err != nil {
			t.Fatal(err)
		}
		tests := []struct {
			name string
			f    review.Filter
			want []string
		}{
			{"speaker, any case, accents", review.Filter{Speaker: "élodie"}, []string{id("Homes first,"), id("rents would rise again"), id("We need more homes,"), id("Rents are rising fast,")}},
			{"speaker, Cyrillic case", review.Filter{Speaker: "пётр"}, []string{id("ПЁТР is my name,"), id("Ремонт начнётся в мае,")}},
			{"outlet", review.Filter{Outlet: "south"}, []string{id("Homes first,"), id("The bridge is safe,"), id("rents would rise again"), id("We need more homes,")}},
			{"from", review.Filter{From: day("2025-04-10")}, []string{id("ПЁТР is my name,"), id("Homes first,"), id("The bridge is safe,")}},
			{"to, inclusive", review.Filter{To: day("2025-04-03")}, []string{id("rents would rise again"), id("We need more homes,"), id("Ремонт начнётся в мае,"), id("Rents are rising fast,"), id("the budget was balanced")}},
			{"day in the record's zone", review.Filter{From: day("2025-04-01"), To: day("2025-04-01")}, []string{id("Rents are rising fast,"), id("the budget was balanced")}},
			{"type", review.Filter{Type: extract.ClaimIndirect}, []string{id("rents would rise again"), id("the budget was balanced")}},
			{"verdict", review.Filter{Verdict: review.VerdictSupported}, []string{id("Homes first,")}},
			{"reviewed", review.Filter{Verdict: review.FilterReviewed}, []string{id("Homes first,")}},
			{"unreviewed", review.Filter{Verdict: review.FilterUnreviewed, Outlet: "south"}, []string{id("The bridge is safe,"), id("rents would rise again"), id("We need more homes,")}},
			{"query, a word in any case", review.Filter{Query: "HOMES"}, []string{id("Homes first,"), id("We need more homes,")}},
			{"query, Cyrillic", review.Filter{Query: "ремонт"}, []string{id("Ремонт начнётся в мае,")}},
			{"all together", review.Filter{Speaker: "marchand", Outlet: "south", Type: extract.ClaimDirect, Verdict: review.FilterUnreviewed, Query: "homes"}, []string{id("We need more homes,")}},
			{"nothing", review.Filter{Speaker: "nobody"}, nil},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				rows, total, err := st.ListClaims(ctx, tt.f)
				if err != nil {
					t.Fatal(err)
				}
				if got := claimIDs(rows); total != len(tt.want) || !slices.Equal(got, tt.want) {
					t.Errorf("total %d, got %q\nwant %q", total, got, tt.want)
				}
			})
		}
	})

	t.Run("get claim", func(t *testing.T) {
		st := fresh(t)
		d, err := st.GetClaim(ctx, id("Ремонт начнётся в мае,"))
		if err != nil {
			t.Fatal(err)
		}
		if d.Article.Text != c.Articles[1].Text || d.Article.URL != c.Articles[1].URL || d.Claim.ID != c.Claims[2].ID || d.Claim.Quote.Start != c.Claims[2].Quote.Start || d.Outlet != "North Gazette" {
			t.Errorf("detail %+v", d)
		}
		if d.Review != nil || d.Correction != nil {
			t.Error("a fresh claim has a review or a correction")
		}
		if _, err := st.GetClaim(ctx, "no-such-id"); !errors.Is(err, review.ErrNotFound) {
			t.Errorf("unknown id: %v, want ErrNotFound", err)
		}
	})

	t.Run("verdicts", func(t *testing.T) {
		st := fresh(t)
		cid := id("The bridge is safe,")
		before := time.Now().Add(-time.Second)
		if err := st.SetVerdict(ctx, cid, review.VerdictFalse, "first", "ana"); err != nil {
			t.Fatal(err)
		}
		if err := st.SetVerdict(ctx, cid, review.VerdictNeedsContext, "second, with “quotes”", "Zoë"); err != nil {
			t.Fatal(err)
		}
		d, err := st.GetClaim(ctx, cid)
		if err != nil {
			t.Fatal(err)
		}
		r := d.Review
		if r == nil || r.Verdict != review.VerdictNeedsContext || r.Note != "second, with “quotes”" || r.Reviewer != "Zoë" || r.Time.Before(before) {
			t.Errorf("review %+v, want the latest with its time", r)
		}
		rows, _, _ := st.ListClaims(ctx, review.Filter{Verdict: review.VerdictNeedsContext})
		if len(rows) != 1 || rows[0].Review == nil || rows[0].Review.Note != r.Note {
			t.Errorf("listed rows do not carry the review: %+v", rows)
		}
		if err := st.SetVerdict(ctx, cid, "maybe", "", "ana"); !errors.Is(err, review.ErrInvalidVerdict) {
			t.Errorf("bad verdict: %v, want ErrInvalidVerdict", err)
		}
		if err := st.SetVerdict(ctx, "no-such-id", review.VerdictFalse, "", "ana"); !errors.Is(err, review.ErrNotFound) {
			t.Errorf("unknown id: %v, want ErrNotFound", err)
		}
	})

	t.Run("speaker corrections", func(t *testing.T) {
		st := fresh(t)
		cid := id("the budget was balanced")
		if err := st.CorrectSpeaker(ctx, cid, "Ana Lima", "bo"); err != nil {
			t.Fatal(err)
		}
		d, _ := st.GetClaim(ctx, cid)
		if d.Claim.Speaker.Name != "officials" || d.Correction == nil || d.Correction.Name != "Ana Lima" || d.Correction.Reviewer != "bo" || d.Speaker() != "Ana Lima" {
			t.Errorf("extracted %q, correction %+v", d.Claim.Speaker.Name, d.Correction)
		}
		if rows, _, _ := st.ListClaims(ctx, review.Filter{Speaker: "ana lima"}); !slices.Equal(claimIDs(rows), []string{cid}) {
			t.Errorf("filter by the corrected name: %q", claimIDs(rows))
		}
		if rows, _, _ := st.ListClaims(ctx, review.Filter{Speaker: "officials"}); len(rows) != 0 {
			t.Error("the corrected claim still matches the extracted name")
		}
		if rows, _ := st.SpeakerClaims(ctx, "ANA LIMA"); !slices.Equal(claimIDs(rows), []string{cid}) {
			t.Errorf("speaker claims of the corrected name: %q", claimIDs(rows))
		}
		if err := st.CorrectSpeaker(ctx, cid, "", "bo"); err != nil {
			t.Fatal(err)
		}
		if d, _ := st.GetClaim(ctx, cid); d.Correction != nil {
			t.Error("an empty name did not remove the correction")
		}
		if err := st.CorrectSpeaker(ctx, "no-such-id", "X", "bo"); !errors.Is(err, review.ErrNotFound) {
			t.Errorf("unknown id: %v, want ErrNotFound", err)
		}
	})

	t.Run("speaker claims oldest first", func(t *testing.T) {
		st := fresh(t)
		rows, err := st.SpeakerClaims(ctx, "élodie marchand")
		if err != nil {
			t.Fatal(err)
		}
		want := []string{id("Rents are rising fast,"), id("rents would rise again"), id("We need more homes,"), id("Homes first,")}
		if !slices.Equal(claimIDs(rows), want) {
			t.Errorf("got %q\nwant %q", claimIDs(rows), want)
		}
		if rows, _ := st.SpeakerClaims(ctx, "Élodie"); len(rows) != 0 {
			t.Error("SpeakerClaims matched part of a name")
		}
	})

	t.Run("neighbors", func(t *testing.T) {
		st := fresh(t)
		tests := []struct {
			name       string
			id         string
			f          review.Filter
			prev, next string
		}{
			{"first", order[0], review.Filter{}, "", order[1]},
			{"middle", order[3], review.Filter{}, order[2], order[4]},
			{"last", order[len(order)-1], review.Filter{}, order[len(order)-2], ""},
			{"within a filter", id("We need more homes,"), review.Filter{Speaker: "marchand"}, id("rents would rise again"), id("Rents are rising fast,")},
			{"outside the filter", id("The bridge is safe,"), review.Filter{Speaker: "marchand"}, id("Homes first,"), id("rents would rise again")},
			{"paging ignored", order[3], review.Filter{Offset: 5, Limit: 1}, order[2], order[4]},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				prev, next, err := st.Neighbors(ctx, tt.id, tt.f)
				if err != nil {
					t.Fatal(err)
				}
				if prev != tt.prev || next != tt.next {
					t.Errorf("got (%s, %s), want (%s, %s)", prev, next, tt.prev, tt.next)
				}
			})
		}
		if _, _, err := st.Neighbors(ctx, "no-such-id", review.Filter{}); !errors.Is(err, review.ErrNotFound) {
			t.Errorf("unknown id: %v, want ErrNotFound", err)
		}
	})
}
