package main

import (
	"cmp"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"

	"github.com/claimwire/claimwire/eval"
	"github.com/claimwire/claimwire/extract"
)

// evalArticlesCmd runs `claimwire eval articles`: it cleans every page of
// the article-extraction data set (or reads existing article records) and
// prints the benchmark's F1, precision, recall and accuracy.
func evalArticlesCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("eval articles", flag.ContinueOnError)
	fs.SetOutput(stderr)
	data := fs.String("data", "../shared/eval/articles", "articles data `dir` (truth.json and html/)")
	worst := fs.Int("worst", 0, "list the `N` worst pages by F1")
	records := fs.String("records", "", "score this articles.jsonl `file` instead of running the cleaner")
	maxBytes := fs.Int("max-bytes", 0, "cleaner input bound in bytes (0: default)")
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: claimwire eval articles [--data DIR] [--worst N] [--records FILE.jsonl]\n\n"+
			"Scores the article cleaner on the article-extraction benchmark pages with the\n"+
			"benchmark's metric (4-token shingles, per-page normalised, F1 of mean P and R).\n\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return fmt.Errorf("eval articles: unexpected arguments %q", fs.Args())
	}
	var scores []eval.ArticlePageScore
	if *records != "" {
		truth, err := eval.LoadArticleTruth(*data)
		if err != nil {
			return fmt.Errorf("eval articles: %w", err)
		}
		f, err := os.Open(*records)
		if err != nil {
			return fmt.Errorf("eval articles: %w", err)
		}
		defer f.Close()
		preds, err := eval.ReadArticleRecords(f)
		if err != nil {
			return fmt.Errorf("eval articles: %s: %w", *records, err)
		}
		scores = eval.ScoreArticles(truth, preds)
	} else {
		var err error
		scores, err = eval.RunArticles(ctx, *data, extract.CleanOptions{MaxBytes: *maxBytes})
		if err != nil {
			return fmt.Errorf("eval articles: %w", err)
		}
	}
	s := eval.SummarizeArticles(scores)
	fmt.Fprintf(stdout, "F1 %.4f P %.4f R %.4f n=%d\n", s.F1, s.P, s.R, s.Pages)
	fmt.Fprintf(stdout, "accuracy %.4f  bootstrap-std %.4f\n", s.Accuracy, s.StdDev)
	for _, sc := range scores {
		if sc.Err != nil && !errors.Is(sc.Err, extract.ErrNoContent) {
			fmt.Fprintf(stderr, "error: %s: %v\n", sc.ID, sc.Err)
		}
	}
	if *worst > 0 {
		ranked := slices.Clone(scores)
		slices.SortStableFunc(ranked, func(a, b eval.ArticlePageScore) int { return cmp.Compare(a.F1(), b.F1()) })
		fmt.Fprintf(stdout, "\nworst %d pages:\n%-12s  %6s %6s %6s  %s\n", min(*worst, len(ranked)), "id", "P", "R", "F1", "url")
		for _, sc := range ranked[:min(*worst, len(ranked))] {
			fmt.Fprintf(stdout, "%-12s  %6.3f %6.3f %6.3f  %s\n", sc.ID[:min(12, len(sc.ID))], sc.P, sc.R, sc.F1(), sc.URL)
		}
	}
	return nil
}
