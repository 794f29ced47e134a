package review

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"
)

func TestMemStoreNeighbors(t *testing.T) {
	fx := newCorpus(t)
	st := NewMemStore(fx.articles, fx.claims)
	ctx := context.Background()
	all, _, _ := st.ListClaims(ctx, Filter{})
	ids := make([]string, len(all))
	for i, r := range all {
		ids[i] = r.Claim.ID
	}
	unreviewed := Filter{Verdict: FilterUnreviewed}
	tests := []struct {
		name       string
		id         string
		f          Filter
		prev, next string
	}{
		{"first", ids[0], Filter{}, "", ids[1]},
		{"middle", ids[4], Filter{}, ids[3], ids[5]},
		{"last", ids[len(ids)-1], Filter{}, ids[len(ids)-2], ""},
		{"outside the filter: where it would sort", ids[4], Filter{Speaker: "hart"}, "", ids[len(ids)-1]},
		{"paging ignored", ids[4], Filter{Offset: 100, Limit: 1}, ids[3], ids[5]},
		{"unreviewed, before the verdict", ids[4], unreviewed, ids[3], ids[5]},
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
	// Reviewing a claim takes it out of the unreviewed list; its
	// neighbours stay the same, so "next" keeps working.
	if err := st.SetVerdict(ctx, ids[4], VerdictFalse, "", "x"); err != nil {
		t.Fatal(err)
	}
	if prev, next, _ := st.Neighbors(ctx, ids[4], unreviewed); prev != ids[3] || next != ids[5] {
		t.Errorf("after the verdict: (%s, %s)", prev, next)
	}
	if _, _, err := st.Neighbors(ctx, "nope", Filter{}); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown id: %v", err)
	}
}

func TestMemStoreErrors(t *testing.T) {
	fx := newCorpus(t)
	st := NewMemStore(fx.articles, fx.claims)
	ctx := context.Background()
	if err := st.SetVerdict(ctx, fx.port.ID, "maybe", "", ""); !errors.Is(err, ErrInvalidVerdict) {
		t.Errorf("bad verdict: %v", err)
	}
	if err := st.SetVerdict(ctx, "nope", VerdictFalse, "", ""); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown claim: %v", err)
	}
	if err := st.CorrectSpeaker(ctx, "nope", "X", ""); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown claim: %v", err)
	}
	if _, err := st.GetClaim(ctx, "nope"); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown claim: %v", err)
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if _, _, err := st.ListClaims(cancelled, Filter{}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled context: %v", err)
	}
}

func TestMemStoreKeepsLatestReviewAndTime(t *testing.T) {
	fx := newCorpus(t)
	st := NewMemStore(fx.articles, fx.claims)
	now := time.Date(2025, 5, 1, 10, 0, 0, 0, time.FixedZone("CEST", 7200))
	st.now = func() time.Time { return now }
	ctx := context.Background()
	st.SetVerdict(ctx, fx.port.ID, VerdictFalse, "first", "a")
	st.SetVerdict(ctx, fx.port.ID, VerdictSupported, "second", "b")
	d, _ := st.GetClaim(ctx, fx.port.ID)
	if d.Review.Verdict != VerdictSupported || d.Review.Note != "second" || d.Review.Reviewer != "b" || !d.Review.Time.Equal(now) || d.Review.Time.Location() != time.UTC {
		t.Errorf("review %+v", d.Review)
	}
	if d.Article.Text == "" || d.Outlet != "Harbour Daily" {
		t.Errorf("detail lacks its article: %q", d.Outlet)
	}
}

func TestMemStoreDuplicateAndOrphanClaims(t *testing.T) {
	fx := newCorpus(t)
	orphan := fx.script
	orphan.ID, orphan.ArticleID, orphan.URL, orphan.Published = "orphan", "missing", "https://www.orphan.example/x", ""
	st := NewMemStore(fx.articles, append(fx.claims, fx.port, orphan))
	rows, total, _ := st.ListClaims(context.Background(), Filter{})
	if total != len(fx.claims)+1 {
		t.Fatalf("total %d, want %d (duplicate dropped, orphan kept)", total, len(fx.claims)+1)
	}
	last := rows[len(rows)-1]
	if last.Claim.ID != "orphan" || last.Outlet != "orphan.example" {
		t.Errorf("undated orphan should sort last with its URL host as outlet: %+v", last)
	}
}

// TestMemStoreConcurrent is for the race detector: readers and writers at
// once.
func TestMemStoreConcurrent(t *testing.T) {
	fx := newCorpus(t)
	st := NewMemStore(fx.articles, fx.claims)
	ctx := context.Background()
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Go(func() {
			for j := range 50 {
				c := fx.claims[(i+j)%len(fx.claims)]
				st.SetVerdict(ctx, c.ID, Verdicts()[j%5], fmt.Sprint(j), "r")
				st.CorrectSpeaker(ctx, c.ID, fmt.Sprint("S", j%3), "r")
				st.ListClaims(ctx, Filter{Verdict: FilterReviewed, Speaker: "s1"})
				st.SpeakerClaims(ctx, "S2")
				st.Neighbors(ctx, c.ID, Filter{Verdict: VerdictFalse})
				st.GetClaim(ctx, c.ID)
			}
		})
	}
	wg.Wait()
	_, total, _ := st.ListClaims(ctx, Filter{Verdict: FilterReviewed})
	if total != len(fx.claims) {
		t.Errorf("%d reviewed, want all %d", total, len(fx.claims))
	}
}
