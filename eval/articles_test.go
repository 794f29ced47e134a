package eval

import (
	"context"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimwire/claimwire/extract"
)

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

// TestScoreArticle checks the per-page metric on hand-made cases.
func TestScoreArticle(t *testing.T) {
	tests := []struct {
		name        string
		truth, pred string
		p, r        float64
		exact       bool
	}{
		{"identical", "a b c d e", "a b c d e", 1, 1, true},
		{"identical modulo punctuation and spacing", "a, b\n\nc d e!", "a b c  d e", 1, 1, true},
		{"both empty", "", "", 1, 1, true},
		{"empty prediction", "a b c d e", "", 0, 0, false},
		{"empty truth", "", "a b c d e", 0, 0, false},
		// truth shingles: abcd, bcde; pred: abcd, bcde, cdef → tp 2, fp 1.
		{"one extra token", "a b c d e", "a b c d e f", 2.0 / 3, 1, false},
		// pred shingles: abcd; truth: abcd, bcde → tp 1, fn 1.
		{"one missing token", "a b c d e", "a b c d", 1, 0.5, false},
		// short texts give one shingle of all their tokens.
		{"short equal", "a b", "a b", 1, 1, true},
		{"short different", "a b", "a c", 0, 0, false},
		// case is kept.
		{"case matters", "A b c d", "a b c d", 0, 0, false},
		// repeated shingles count as a multiset.
		{"repeats", "a b c d a b c d", "a b c d", 1, 0.2, false},
		// \w is Unicode: accented letters and CJK are word characters.
		{"unicode tokens", "café naïve 東京 x", "café naïve 東京 x", 1, 1, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := ScoreArticle(tt.truth, tt.pred)
			if !near(s.P, tt.p) || !near(s.R, tt.r) || s.Exact != tt.exact {
				t.Errorf("P=%v R=%v exact=%v, want P=%v R=%v exact=%v", s.P, s.R, s.Exact, tt.p, tt.r, tt.exact)
			}
			if sum := s.TP + s.FP + s.FN; sum != 0 && !near(sum, 1) {
				t.Errorf("normalised counts sum to %v", sum)
			}
		})
	}
}

// TestSummarizeArticles checks the corpus means: empty predictions are
// left out of precision but count in recall, and F1 is of the means.
func TestSummarizeArticles(t *testing.T) {
	pages := []ArticlePageScore{
		ScoreArticle("a b c d e", "a b c d e"),   // P 1, R 1
		ScoreArticle("a b c d e", "a b c d"),     // P 1, R .5
		ScoreArticle("a b c d e", ""),            // empty: out of P, R 0
		ScoreArticle("a b c d e", "a b c d e f"), // P 2/3, R 1
	}
	s := SummarizeArticles(pages)
	wantP := (1 + 1 + 2.0/3) / 3
	wantR := (1 + 0.5 + 0 + 1) / 4
	if !near(s.P, wantP) || !near(s.R, wantR) {
		t.Errorf("P=%v R=%v, want %v %v", s.P, s.R, wantP, wantR)
	}
	if !near(s.F1, 2*wantP*wantR/(wantP+wantR)) {
		t.Errorf("F1 = %v", s.F1)
	}
	if !near(s.Accuracy, 0.25) || s.Pages != 4 {
		t.Errorf("Accuracy=%v Pages=%d", s.Accuracy, s.Pages)
	}
	if s.StdDev <= 0 {
		t.Errorf("StdDev = %v, want > 0", s.StdDev)
	}
	if z := SummarizeArticles(nil); z.F1 != 0 || z.Pages != 0 {
		t.Errorf("empty summary = %+v", z)
	}
}

// TestReadArticleRecords checks that records are keyed by source file or id.
func TestReadArticleRecords(t *testing.T) {
	in := `{"id":"abc","text":"one"}
{"id":"ignored","source_file":"/x/html/def.html.gz","text":"two"}
{"source_file":"ghi.html","text":"three"}
`
	got, err := ReadArticleRecords(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"abc": "one", "def": "two", "ghi": "three"}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("record %s = %q, want %q", k, got[k], v)
		}
	}
	if _, err := ReadArticleRecords(strings.NewReader("{bad")); err == nil {
		t.Error("no error for a malformed line")
	}
}

// TestScoreArticlesMissing checks that a page without a prediction is an
// empty prediction.
func TestScoreArticlesMissing(t *testing.T) {
	truth := map[string]ArticleTruth{"p1": {URL: "u1", ArticleBody: "a b c d"}, "p2": {URL: "u2", ArticleBody: "e f g h"}}
	s := ScoreArticles(truth, map[string]string{"p1": "a b c d"})
	if len(s) != 2 || s[0].ID != "p1" || !s[1].Empty || s[1].URL != "u2" {
		t.Errorf("scores = %+v", s)
	}
}

// articlesDir is the shared benchmark data, beside the clone.
var articlesDir = filepath.Join("..", "..", "shared", "eval", "articles")

// TestArticlesRegressionFloor runs the cleaner on the shared benchmark and
// fails if quality drops below a floor set a little under the measured
// figures (F1 0.984, P 0.980, R 0.989 when set).
func TestArticlesRegressionFloor(t *testing.T) {
	if _, err := os.Stat(filepath.Join(articlesDir, "truth.json")); err != nil {
		t.Skipf("shared eval data not found at %s", articlesDir)
	}
	scores, err := RunArticles(context.Background(), articlesDir, extract.CleanOptions{})
	if err != nil {
		t.Fatal(err)
	}
	s := SummarizeArticles(scores)
	t.Logf("F1 %.4f P %.4f R %.4f accuracy %.4f n=%d", s.F1, s.P, s.R, s.Accuracy, s.Pages)
	if s.F1 < 0.978 || s.P < 0.972 || s.R < 0.983 {
		t.Errorf("below the floor (F1 0.978, P 0.972, R 0.983): F1 %.4f P %.4f R %.4f", s.F1, s.P, s.R)
	}
}
