package review_test

import (
	"testing"

	"github.com/claimwire/claimwire/extract"
	"github.com/claimwire/claimwire/review"
	"github.com/claimwire/claimwire/review/storetest"
)

func TestMemStoreContract(t *testing.T) {
	storetest.Run(t, func(_ *testing.T, articles []extract.Article, claims []extract.Claim) review.Store {
		return review.NewMemStore(articles, claims)
	})
}
