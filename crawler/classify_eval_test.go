package crawler

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/PuerkitoBio/goquery"
)

// classifyEvalDir holds the shared evaluation pages (see its README); it
// sits beside the clone and may be absent.
const classifyEvalDir = "../../shared/eval/articles/html"

// classifyEvalFloor is a regression floor a little below the measured
// recall, 0.989 (87 of 88 pages: 54 by JSON-LD, 30 by og:type, 3 by
// text), not a target to tune to.
const classifyEvalFloor = 0.95

// TestClassifyEvalRecall measures how many of the evaluation article pages
// the page-evidence rule recognises as articles. All of them are articles,
// so this is recall only; the section-page tests guard precision.
func TestClassifyEvalRecall(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(classifyEvalDir, "*.html.gz"))
	if len(files) == 0 {
		t.Skipf("no evaluation pages in %s", classifyEvalDir)
	}
	byReason := map[string]int{}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		zr, err := gzip.NewReader(bytes.NewReader(raw))
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		html, err := io.ReadAll(zr)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		doc, err := goquery.NewDocumentFromReader(bytes.NewReader(html))
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		_, reason := classifyEvidence(doc.Selection)
		if reason == "" {
			reason = "none"
		}
		byReason[reason]++
	}
	recall := 1 - float64(byReason["none"])/float64(len(files))
	t.Logf("article evidence on %d eval pages: recall %.3f; by evidence %v", len(files), recall, byReason)
	if recall < classifyEvalFloor {
		t.Errorf("recall %.3f below the floor %.2f", recall, classifyEvalFloor)
	}
}
