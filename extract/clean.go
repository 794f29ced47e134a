package extract

// TEMPORARY: replaced by the cleaner (issue 3 work). Kept minimal so the
// package builds while the stages are written in parallel.

import (
	"bytes"
	"strings"

	"github.com/PuerkitoBio/goquery"
)

// CleanOptions configures Clean.
type CleanOptions struct{}

// Clean turns a page into an Article.
func Clean(p Page, opts CleanOptions) (Article, error) {
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(p.Body))
	if err != nil {
		return Article{}, err
	}
	var paras []string
	doc.Find("article p").Each(func(_ int, s *goquery.Selection) {
		if t := strings.TrimSpace(s.Text()); t != "" {
			paras = append(paras, t)
		}
	})
	a := Article{SchemaVersion: SchemaVersion, URL: p.URL, CanonicalURL: p.URL, Title: strings.TrimSpace(doc.Find("title").Text()), Authors: []string{}, Text: strings.Join(paras, "\n\n")}
	return a, nil
}
