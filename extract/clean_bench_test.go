package extract

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// cleanEvalDir is the shared article-extraction data, beside the clone.
const cleanEvalDir = "../../shared/eval/articles"

// loadEvalPages reads the shared benchmark pages, or skips the test.
func loadEvalPages(tb testing.TB) []Page {
	tb.Helper()
	files, _ := filepath.Glob(filepath.Join(cleanEvalDir, "html", "*.html.gz"))
	if len(files) == 0 {
		tb.Skip("shared eval data not found at " + cleanEvalDir)
	}
	pages := make([]Page, 0, len(files))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		zr, err := gzip.NewReader(bytes.NewReader(b))
		if err != nil {
			tb.Fatal(err)
		}
		body, err := io.ReadAll(zr)
		if err != nil {
			tb.Fatal(err)
		}
		pages = append(pages, Page{Body: body, SourceFile: f})
	}
	return pages
}

// BenchmarkClean cleans every shared benchmark page per iteration, parse
// included, and reports pages/s.
func BenchmarkClean(b *testing.B) {
	pages := loadEvalPages(b)
	var n int
	for _, p := range pages {
		n += len(p.Body)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, p := range pages {
			_, _ = Clean(p, CleanOptions{})
		}
	}
	b.ReportMetric(float64(b.N*len(pages))/b.Elapsed().Seconds(), "pages/s")
}
