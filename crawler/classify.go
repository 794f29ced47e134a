package crawler

import (
	"encoding/json"
	"strings"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
)

// classifyArticleTypes are the schema.org types whose JSON-LD marks a page
// as one article (not a list of them).
var classifyArticleTypes = map[string]bool{
	"article": true, "newsarticle": true, "reportagenewsarticle": true, "analysisnewsarticle": true,
	"opinionnewsarticle": true, "backgroundnewsarticle": true, "reviewnewsarticle": true,
	"askpublicnewsarticle": true, "blogposting": true, "liveblogposting": true, "report": true,
}

// Paragraph evidence thresholds. A <p> counts when it has at least
// classifyMinParagraph code points of text and less than half of that text
// inside links (teaser lists on section pages are mostly link text). A page
// is an article by text when it has classifyMinParagraphs such paragraphs
// holding classifyMinText code points in all: three real paragraphs of a
// short news story pass, a section page of one-line teasers does not.
const (
	classifyMinParagraph  = 80
	classifyMinParagraphs = 3
	classifyMinText       = 500
)

// classifyFurniture matches the containers whose paragraphs are page
// furniture rather than a story's text.
const classifyFurniture = `nav, header, footer, aside, form, dialog, [role=dialog], [role=navigation], [role=contentinfo], ` +
	`[class*=cookie], [id*=cookie], [class*=consent], [id*=consent], [class*=banner], [class*=newsletter], ` +
	`[class*=comment], [id*=comment], [class*=teaser], [class*=promo], [class*=related], [class*=footer], [id*=footer]`

// classifyEvidence decides, for a page no URL pattern classified, whether
// it is an article: JSON-LD with an article @type, og:type=article, or
// enough paragraph text. reason names the evidence found ("jsonld",
// "og:type", "text") or is empty.
func classifyEvidence(doc *goquery.Selection) (ok bool, reason string) {
	found := false
	doc.Find(`script[type="application/ld+json"]`).EachWithBreak(func(_ int, s *goquery.Selection) bool {
		var v any
		if json.Unmarshal([]byte(s.Text()), &v) == nil && classifyJSONLDArticle(v, 0) {
			found = true
		}
		return !found
	})
	if found {
		return true, "jsonld"
	}
	if og, _ := doc.Find(`meta[property="og:type"]`).First().Attr("content"); strings.EqualFold(strings.TrimSpace(og), "article") {
		return true, "og:type"
	}
	// Count long, mostly unlinked paragraphs per parent element, leaving out
	// page furniture (cookie banners, footers, teaser lists, comments): a
	// story's paragraphs stand side by side in one container, boilerplate
	// paragraphs are scattered over the page.
	type tally struct{ n, total int }
	perParent := map[*html.Node]*tally{}
	doc.Find("p").Each(func(_ int, p *goquery.Selection) {
		text := strings.TrimSpace(p.Text())
		l := utf8.RuneCountInString(text)
		if l < classifyMinParagraph || p.Closest(classifyFurniture).Length() > 0 {
			return
		}
		linked := 0
		p.Find("a").Each(func(_ int, a *goquery.Selection) { linked += utf8.RuneCountInString(a.Text()) })
		if linked*2 >= l {
			return
		}
		parent := p.Nodes[0].Parent
		t := perParent[parent]
		if t == nil {
			t = &tally{}
			perParent[parent] = t
		}
		t.n++
		t.total += l
	})
	for _, t := range perParent {
		if t.n >= classifyMinParagraphs && t.total >= classifyMinText {
			return true, "text"
		}
	}
	return false, ""
}

// classifyJSONLDArticle walks decoded JSON-LD (objects, arrays, @graph)
// looking for a node whose @type is an article type.
func classifyJSONLDArticle(v any, depth int) bool {
	if depth > 8 {
		return false
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			if classifyJSONLDArticle(e, depth+1) {
				return true
			}
		}
	case map[string]any:
		switch t := x["@type"].(type) {
		case string:
			if classifyArticleTypes[strings.ToLower(t)] {
				return true
			}
		case []any:
			for _, e := range t {
				if s, ok := e.(string); ok && classifyArticleTypes[strings.ToLower(s)] {
					return true
				}
			}
		}
		if g, ok := x["@graph"]; ok {
			return classifyJSONLDArticle(g, depth+1)
		}
	}
	return false
}
