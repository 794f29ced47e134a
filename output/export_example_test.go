package output_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"log"
	"os"
	"path/filepath"

	"github.com/claimwire/claimwire/extract"
	"github.com/claimwire/claimwire/output"
)

// Store an article with one claim, give the claim a verdict, and export the
// reviewed claims as CSV.
func ExampleWriteClaimsCSV() {
	ctx := context.Background()
	dir, err := os.MkdirTemp("", "claimwire-example")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	store, err := output.OpenStore(ctx, filepath.Join(dir, "claimwire.db"))
	if err != nil {
		log.Fatal(err)
	}
	defer store.Close()

	text := `"Rates will stay low, for now," said Jo Park.`
	a := extract.Article{SchemaVersion: 1, ID: extract.ArticleID("https://example.com/a"), URL: "https://example.com/a",
		SiteName: "Example", Published: "2025-04-21", Text: text, ContentHash: extract.ContentHash(text)}
	q := extract.Quote{Text: "Rates will stay low, for now,", Start: 1, End: 30}
	c := extract.Claim{SchemaVersion: 1, ID: extract.ClaimID(a.ID, q), ArticleID: a.ID, URL: a.URL, Published: a.Published,
		Type: extract.ClaimDirect, Quote: q, Speaker: extract.Speaker{Name: "Jo Park", Kind: extract.SpeakerPerson}}
	if err := store.Write(ctx, a, []extract.Claim{c}); err != nil {
		log.Fatal(err)
	}
	if err := store.SetVerdict(ctx, c.ID, output.VerdictNeedsContext, `which "rates"?`, "ana"); err != nil {
		log.Fatal(err)
	}
	var buf bytes.Buffer
	filter := output.ClaimFilter{Verdict: output.FilterReviewed}
	if _, err := output.WriteClaimsCSV(ctx, store, filter, &buf, output.CSVOptions{}); err != nil {
		log.Fatal(err)
	}
	// Reading it back gives the fields as they were, commas and quotes
	// included.
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		log.Fatal(err)
	}
	for _, col := range []int{6, 10, 11, 12} {
		fmt.Printf("%s: %s\n", rows[0][col], rows[1][col])
	}
	// Output:
	// speaker: Jo Park
	// quote: Rates will stay low, for now,
	// verdict: needs_context
	// note: which "rates"?
}
