package crawler

import (
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
)

func TestClassifyEvidenceIgnoresFurniture(t *testing.T) {
	long := func(s string) string { return strings.Repeat(s+" ", 12) }
	story := "<article><p>" + long("The council voted on the budget.") + "</p><p>" + long("Opposition members walked out.") +
		"</p><p>" + long("The mayor said the plan would pass.") + "</p></article>"
	furniture := `<div class="cookie-banner"><p>` + long("We and our partners store cookies.") + `</p></div>` +
		`<footer><p>` + long("The Ledger is published by Ledger Media.") + `</p></footer>` +
		`<div class="newsletter"><p>` + long("Sign up for our morning briefing.") + `</p></div>` +
		`<section class="comments"><p>` + long("Great article, thanks for writing.") + `</p></section>`
	scattered := `<div><p>` + long("First stray paragraph of text.") + `</p></div><div><p>` + long("Second stray paragraph.") +
		`</p></div><div><p>` + long("Third stray paragraph of text.") + `</p></div>`
	tests := []struct {
		name, head, body string
		want             bool
		reason           string
	}{
		{"json-ld news article", `<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":["NewsArticle"]}]}</script>`, "<p>short</p>", true, "jsonld"},
		{"og:type article", `<meta property="og:type" content="Article">`, "<p>short</p>", true, "og:type"},
		{"three story paragraphs", "", story, true, "text"},
		{"boilerplate paragraphs only", `<meta property="og:type" content="website">`, furniture, false, ""},
		{"scattered paragraphs", "", scattered, false, ""},
		{"teaser list", "", `<ul><li><p class="teaser-standfirst">` + long("A teaser for a story.") + `</p></li><li><p class="teaser-standfirst">` + long("Another teaser.") + `</p></li><li><p class="teaser-standfirst">` + long("A third teaser.") + `</p></li></ul>`, false, ""},
		{"linked paragraphs", "", "<div><p><a href=x>" + long("link text") + "</a></p><p><a href=y>" + long("link text") + "</a></p><p><a href=z>" + long("link text") + "</a></p></div>", false, ""},
		{"organisation json-ld", `<script type="application/ld+json">{"@type":"NewsMediaOrganization"}</script>`, "<p>short</p>", false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := goquery.NewDocumentFromReader(strings.NewReader("<html><head>" + tt.head + "</head><body>" + tt.body + "</body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			ok, reason := classifyEvidence(doc.Selection)
			if ok != tt.want || reason != tt.reason {
				t.Errorf("classifyEvidence = %v, %q; want %v, %q", ok, reason, tt.want, tt.reason)
			}
		})
	}
}
