package output

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/claimwire/claimwire/pipeline"
)

// The store and the Postgres sink are pipeline sinks.
var (
	_ pipeline.Sink = (*Store)(nil)
	_ pipeline.Sink = (*Postgres)(nil)
)

// TestStoreInPipeline runs the pipeline twice over the same texts into
// JSONL and the store, as `claimwire extract` does: the second run leaves
// the same row counts, and the store's claims are the claims.jsonl lines
// byte for byte (however many claims the extractor finds).
func TestStoreInPipeline(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	store, err := OpenStore(ctx, filepath.Join(dir, "claimwire.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	corpus := fixtureCorpus(t)

	var counts []Counts
	for run := range 2 {
		jsonl, err := OpenJSONL(dir, Truncate, nil)
		if err != nil {
			t.Fatal(err)
		}
		runID, err := store.StartRun(ctx, "extract")
		if err != nil {
			t.Fatal(err)
		}
		docs := make(chan pipeline.Doc)
		go func() {
			defer close(docs)
			for _, d := range corpus {
				a := d.Article
				docs <- pipeline.Doc{Article: &a}
			}
		}()
		sum, err := pipeline.Run(ctx, docs, []pipeline.Sink{jsonl, store}, pipeline.Options{Workers: 2})
		if err != nil {
			t.Fatalf("run %d: %v", run, err)
		}
		if err := jsonl.Close(); err != nil {
			t.Fatal(err)
		}
		if err := store.FinishRun(ctx, runID, []byte(`{}`)); err != nil {
			t.Fatal(err)
		}
		if sum.Articles != len(corpus) {
			t.Fatalf("run %d: %d articles, want %d", run, sum.Articles, len(corpus))
		}
		c, err := store.Counts(ctx)
		if err != nil {
			t.Fatal(err)
		}
		c.Runs = 0
		counts = append(counts, c)
		if c.Articles != len(corpus) || c.Claims != sum.Claims {
			t.Errorf("run %d: store holds %+v, the run wrote %d articles and %d claims", run, c, sum.Articles, sum.Claims)
		}
	}
	if counts[0] != counts[1] {
		t.Errorf("counts after the second run %+v differ from the first %+v", counts[1], counts[0])
	}

	want, err := os.ReadFile(filepath.Join(dir, "claims.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	var got bytes.Buffer
	if _, err := WriteClaimsJSONL(ctx, store, ClaimFilter{}, &got); err != nil {
		t.Fatal(err)
	}
	wantLines, gotLines := strings.SplitAfter(string(want), "\n"), strings.SplitAfter(got.String(), "\n")
	slices.Sort(wantLines)
	slices.Sort(gotLines)
	if !slices.Equal(gotLines, wantLines) {
		t.Errorf("the store's claims differ from claims.jsonl:\n got %q\nwant %q", gotLines, wantLines)
	}
}
