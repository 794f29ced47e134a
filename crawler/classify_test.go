package crawler

import (
	"testing"
)

func TestClassifyEvidence(t *testing.T) {
	long := "<p>The council voted on Tuesday to approve the new budget for the coming year, after a long debate.</p>"
	body := long + long + long + long + long + long
	tests := []struct {
		name, html string
		want       string
	}{
		{"jsonld", `<script type="application/ld+json">{"@type":"NewsArticle"}</script>`, "jsonld"},
		{"jsonld graph", `<script type="application/ld+json">{"@graph":[{"@type":"Organization"},{"@type":["ReportageNewsArticle"]}]}</script>`, "jsonld"},
		{"jsonld list", `<script type="application/ld+json">[{"@type":"BreadcrumbList"},{"@type":"BlogPosting"}]</script>`, "jsonld"},
		{"jsonld collection", `<script type="application/ld+json">{"@type":"CollectionPage"}</script>`, ""},
		{"og", `<meta property="og:type" content="Article">`, "og:type"},
		{"og website", `<meta property="og:type" content="website">`, ""},
		{"text", body, "text"},
		{"teasers", "<p><a href=/a>" + long + "</a></p><p><a href=/b>" + long + "</a></p><p><a href=/c>" + long + "</a></p><p><a href=/d>" + long + "</a></p>", ""},
		{"short", "<p>Hello.</p>", ""},
		{"broken json", `<script type="application/ld+json">{"@type":</script>`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := testDoc(t, "<html><head></head><body>"+tt.html+"</body></html>")
			ok, reason := classifyEvidence(doc)
			if reason != tt.want || ok != (tt.want != "") {
				t.Errorf("classifyEvidence = %v, %q, want %q", ok, reason, tt.want)
			}
		})
	}
}
