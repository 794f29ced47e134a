package eval

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/claimwire/claimwire/extract"
)

// ArticleTruth is one page of the article-extraction benchmark's ground
// truth (truth.json).
type ArticleTruth struct {
	URL         string `json:"url"`
	ArticleBody string `json:"articleBody"`
}

// ArticlePageScore is one page's score under the article-extraction
// benchmark metric. TP, FP and FN are the page's shingle counts normalised
// so they sum to 1 (all 0 when both texts are empty).
type ArticlePageScore struct {
	ID         string
	URL        string
	TP, FP, FN float64
	// P and R are the page's precision and recall (step 4 of the metric).
	P, R float64
	// Exact is true when the token sequences of truth and prediction are
	// equal.
	Exact bool
	// Empty is true when the prediction has no tokens.
	Empty bool
	// Err is the cleaning error for the page, if any.
	Err error
}

// F1 is the page's own F1 (for ranking worst pages; the corpus F1 is not a
// mean of these).
func (s ArticlePageScore) F1() float64 { return f1(s.P, s.R) }

// ArticleSummary is the corpus score: precision is the mean P over pages
// with a non-empty prediction, recall the mean R over pages with a
// non-empty truth, F1 the harmonic mean of those two means.
type ArticleSummary struct {
	P, R, F1 float64
	Accuracy float64
	// Pages is the number of pages scored.
	Pages int
	// StdDev is the bootstrap standard deviation of F1 (1000 resamples,
	// fixed seed), as the benchmark prints it.
	StdDev float64
}

// shingleKey joins a shingle's tokens; \x00 never occurs in a \w token.
func shingleKey(toks []string) string { return strings.Join(toks, "\x00") }

// shingles returns the multiset of contiguous 4-token sequences of toks; a
// text of 1–3 tokens gives one shingle of all its tokens, an empty text none.
func shingles(toks []string) map[string]int {
	const n = 4
	m := make(map[string]int)
	if len(toks) == 0 {
		return m
	}
	if len(toks) < n {
		m[shingleKey(toks)]++
		return m
	}
	for i := 0; i+n <= len(toks); i++ {
		m[shingleKey(toks[i:i+n])]++
	}
	return m
}

// ScoreArticle scores one prediction against its truth with the benchmark
// metric (steps 1–4 and the accuracy test of step 6).
func ScoreArticle(truth, pred string) ArticlePageScore {
	tt, pt := TokenStrings(truth), TokenStrings(pred)
	ts, ps := shingles(tt), shingles(pt)
	var tp, fp, fn float64
	for k, nt := range ts {
		np := ps[k]
		tp += float64(min(nt, np))
		fn += float64(max(0, nt-np))
	}
	for k, np := range ps {
		fp += float64(max(0, np-ts[k]))
	}
	if s := tp + fp + fn; s > 0 {
		tp, fp, fn = tp/s, fp/s, fn/s
	}
	sc := ArticlePageScore{TP: tp, FP: fp, FN: fn, Exact: slices.Equal(tt, pt), Empty: len(pt) == 0}
	if fp == 0 && fn == 0 {
		sc.P, sc.R = 1, 1
	} else {
		if tp+fp > 0 {
			sc.P = tp / (tp + fp)
		}
		if tp+fn > 0 {
			sc.R = tp / (tp + fn)
		}
	}
	return sc
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// summarize computes the corpus means over the given pages.
func summarize(pages []ArticlePageScore) (p, r, acc float64) {
	var np, nr, nacc int
	for _, s := range pages {
		if s.TP+s.FP > 0 {
			p += s.P
			np++
		}
		if s.TP+s.FN > 0 {
			r += s.R
			nr++
		}
		if s.Exact {
			nacc++
		}
	}
	if np > 0 {
		p /= float64(np)
	}
	if nr > 0 {
		r /= float64(nr)
	}
	if len(pages) > 0 {
		acc = float64(nacc) / float64(len(pages))
	}
	return p, r, acc
}

// SummarizeArticles computes the corpus score (step 5 and 6) from per-page
// scores.
func SummarizeArticles(pages []ArticlePageScore) ArticleSummary {
	p, r, acc := summarize(pages)
	s := ArticleSummary{P: p, R: r, F1: f1(p, r), Accuracy: acc, Pages: len(pages)}
	s.StdDev = bootstrapF1(pages, 1000)
	return s
}

// bootstrapF1 is the standard deviation of the corpus F1 over n resamples
// of the pages with replacement, with a fixed-seed generator so the figure
// is reproducible.
func bootstrapF1(pages []ArticlePageScore, n int) float64 {
	if len(pages) == 0 {
		return 0
	}
	state := uint64(0x9E3779B97F4A7C15)
	next := func() uint64 { // splitmix64
		state += 0x9E3779B97F4A7C15
		z := state
		z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9
		z = (z ^ (z >> 27)) * 0x94D049BB133111EB
		return z ^ (z >> 31)
	}
	sample := make([]ArticlePageScore, len(pages))
	var sum, sum2 float64
	for range n {
		for i := range sample {
			sample[i] = pages[next()%uint64(len(pages))]
		}
		p, r, _ := summarize(sample)
		v := f1(p, r)
		sum += v
		sum2 += v * v
	}
	mean := sum / float64(n)
	return math.Sqrt(max(0, sum2/float64(n)-mean*mean))
}

// LoadArticleTruth reads truth.json from an articles data directory.
func LoadArticleTruth(dir string) (map[string]ArticleTruth, error) {
	path := filepath.Join(dir, "truth.json")
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading article truth: %w", err)
	}
	var m map[string]ArticleTruth
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("parsing %s: %w", path, err)
	}
	return m, nil
}

// ScoreArticles scores predictions (page id → extracted text) against the
// truth; a page without a prediction is an empty prediction. Pages are
// returned in id order.
func ScoreArticles(truth map[string]ArticleTruth, preds map[string]string) []ArticlePageScore {
	ids := make([]string, 0, len(truth))
	for id := range truth {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	out := make([]ArticlePageScore, 0, len(ids))
	for _, id := range ids {
		s := ScoreArticle(truth[id].ArticleBody, preds[id])
		s.ID, s.URL = id, truth[id].URL
		out = append(out, s)
	}
	return out
}

// ArticlePage is one benchmark page read from disk: its id, URL and the
// decompressed HTML.
type ArticlePage struct {
	ID   string
	Path string
	URL  string
	Body []byte
}

// LoadArticlePages reads every page of the truth from dir/html (gzip or
// plain .html), in id order.
func LoadArticlePages(dir string, truth map[string]ArticleTruth) ([]ArticlePage, error) {
	ids := make([]string, 0, len(truth))
	for id := range truth {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	pages := make([]ArticlePage, 0, len(ids))
	for _, id := range ids {
		base := filepath.Join(dir, "html", id)
		body, path, err := readPage(base)
		if err != nil {
			return nil, err
		}
		pages = append(pages, ArticlePage{ID: id, Path: path, URL: truth[id].URL, Body: body})
	}
	return pages, nil
}

func readPage(base string) ([]byte, string, error) {
	if b, err := os.ReadFile(base + ".html.gz"); err == nil {
		zr, err := gzip.NewReader(bytes.NewReader(b))
		if err != nil {
			return nil, "", fmt.Errorf("reading %s.html.gz: %w", base, err)
		}
		body, err := io.ReadAll(zr)
		if err != nil {
			return nil, "", fmt.Errorf("reading %s.html.gz: %w", base, err)
		}
		return body, base + ".html.gz", nil
	} else if !errors.Is(err, os.ErrNotExist) {
		return nil, "", fmt.Errorf("reading %s.html.gz: %w", base, err)
	}
	b, err := os.ReadFile(base + ".html")
	if err != nil {
		return nil, "", fmt.Errorf("reading page: %w", err)
	}
	return b, base + ".html", nil
}

// RunArticles cleans every page of the articles data set in dir with
// extract.Clean and opts, and scores the results. A page the cleaner fails
// on is an empty prediction; its error is kept in the page score.
func RunArticles(ctx context.Context, dir string, opts extract.CleanOptions) ([]ArticlePageScore, error) {
	truth, err := LoadArticleTruth(dir)
	if err != nil {
		return nil, err
	}
	pages, err := LoadArticlePages(dir, truth)
	if err != nil {
		return nil, err
	}
	preds := make(map[string]string, len(pages))
	errs := make(map[string]error)
	for _, pg := range pages {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("scoring articles in %s: %w", dir, err)
		}
		a, err := extract.Clean(extract.Page{URL: pg.URL, Body: pg.Body, SourceFile: pg.Path}, opts)
		if err != nil {
			errs[pg.ID] = err
			continue
		}
		preds[pg.ID] = a.Text
	}
	scores := ScoreArticles(truth, preds)
	for i := range scores {
		scores[i].Err = errs[scores[i].ID]
	}
	return scores, nil
}

// ArticleRecordID returns the page id of an article record: its id field
// when that names a page, else the base name of source_file minus
// .html.gz / .html.
func ArticleRecordID(id, sourceFile string) string {
	if sourceFile != "" {
		base := filepath.Base(sourceFile)
		base = strings.TrimSuffix(base, ".gz")
		base = strings.TrimSuffix(base, ".html")
		return base
	}
	return id
}

// ReadArticleRecords reads article records (JSON lines with text and
// source_file or id) into page id → text.
func ReadArticleRecords(r io.Reader) (map[string]string, error) {
	dec := json.NewDecoder(r)
	out := make(map[string]string)
	for {
		var rec struct {
			ID         string `json:"id"`
			SourceFile string `json:"source_file"`
			Text       string `json:"text"`
		}
		if err := dec.Decode(&rec); err == io.EOF {
			return out, nil
		} else if err != nil {
			return nil, fmt.Errorf("reading article records: %w", err)
		}
		out[ArticleRecordID(rec.ID, rec.SourceFile)] = rec.Text
	}
}
