package extract

import (
	"bytes"
	"encoding/json"
	"strings"
)

// ldArticle is what claimwire reads from a page's JSON-LD: the first
// article-like object's fields, and the page's site name.
type ldArticle struct {
	found       bool
	headline    string
	authors     []string
	orgAuthors  []string
	published   string
	modified    string
	body        string
	section     string
	description string
	image       string
	url         string
	language    string
	publisher   string
	siteName    string
}

// ldArticleTypes are the schema.org types whose fields describe the page's
// article.
var ldArticleTypes = map[string]bool{
	"article": true, "newsarticle": true, "blogposting": true, "reportagenewsarticle": true,
	"analysisnewsarticle": true, "opinionnewsarticle": true, "reviewnewsarticle": true,
	"backgroundnewsarticle": true, "scholarlyarticle": true, "techarticle": true,
	"socialmediaposting": true, "liveblogposting": true, "report": true, "posting": true,
	"discussionforumposting": true, "advertisercontentarticle": true, "satiricalarticle": true,
	"medicalscholarlyarticle": true, "creativework": true,
}

// ldWebPageTypes describe the page rather than the article; their dates
// and names are used when no article object exists.
var ldWebPageTypes = map[string]bool{
	"webpage": true, "itempage": true, "collectionpage": true, "aboutpage": true,
	"profilepage": true, "qapage": true, "faqpage": true, "medicalwebpage": true,
}

// parseJSONLD reads the JSON-LD blocks of a page. Objects are visited in
// document order, including @graph members, arrays and nested
// mainEntity/mainEntityOfPage objects; the first article-like object
// wins, a WebPage object fills what is missing.
func parseJSONLD(blocks [][]byte) ldArticle {
	var art, page ldArticle
	for _, b := range blocks {
		b = bytes.TrimSpace(b)
		b = bytes.TrimPrefix(b, []byte("<![CDATA["))
		b = bytes.TrimSuffix(b, []byte("]]>"))
		if len(b) == 0 {
			continue
		}
		var v any
		if err := json.Unmarshal(b, &v); err != nil {
			// Raw line breaks inside strings are the commonest defect.
			fixed := bytes.Map(func(r rune) rune {
				if r == '\n' || r == '\r' || r == '\t' {
					return ' '
				}
				return r
			}, b)
			if json.Unmarshal(fixed, &v) != nil {
				continue
			}
		}
		ldWalk(v, &art, &page, 0)
	}
	if !art.found {
		return page
	}
	// Fill gaps from the web page object.
	if art.published == "" {
		art.published = page.published
	}
	if art.modified == "" {
		art.modified = page.modified
	}
	if art.siteName == "" {
		art.siteName = page.siteName
	}
	if art.language == "" {
		art.language = page.language
	}
	if art.publisher == "" {
		art.publisher = page.publisher
	}
	return art
}

func ldWalk(v any, art, page *ldArticle, depth int) {
	if depth > 8 {
		return
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			ldWalk(e, art, page, depth+1)
		}
	case map[string]any:
		types := ldTypes(x["@type"])
		isArt, isPage, isSite := false, false, false
		for _, t := range types {
			switch {
			case ldArticleTypes[t]:
				isArt = true
			case ldWebPageTypes[t]:
				isPage = true
			case t == "website":
				isSite = true
			}
		}
		switch {
		case isArt && !art.found:
			ldFill(x, art)
		case isPage && !page.found:
			ldFill(x, page)
		case isSite:
			if n := ldString(x["name"]); n != "" && art.siteName == "" {
				art.siteName = n
				page.siteName = n
			}
		}
		if g, ok := x["@graph"]; ok {
			ldWalk(g, art, page, depth+1)
		}
		for _, k := range []string{"mainEntity", "mainEntityOfPage", "hasPart"} {
			if m, ok := x[k].(map[string]any); ok {
				ldWalk(m, art, page, depth+1)
			}
		}
	}
}

func ldFill(x map[string]any, a *ldArticle) {
	a.found = true
	a.headline = ldString(x["headline"])
	if a.headline == "" {
		a.headline = ldString(x["name"])
	}
	a.published = ldString(x["datePublished"])
	if a.published == "" {
		a.published = ldString(x["dateCreated"])
	}
	a.modified = ldString(x["dateModified"])
	a.body = ldString(x["articleBody"])
	if a.body == "" {
		a.body = ldString(x["text"])
	}
	a.section = ldString(x["articleSection"])
	a.description = ldString(x["description"])
	a.image = ldURL(x["image"])
	if a.image == "" {
		a.image = ldURL(x["thumbnailUrl"])
	}
	a.url = ldString(x["url"])
	if a.url == "" {
		if m, ok := x["mainEntityOfPage"].(map[string]any); ok {
			a.url = ldString(m["@id"])
		} else {
			a.url = ldString(x["mainEntityOfPage"])
		}
	}
	a.language = ldString(x["inLanguage"])
	if p, ok := x["publisher"].(map[string]any); ok {
		a.publisher = ldString(p["name"])
	}
	a.authors, a.orgAuthors = ldAuthors(x["author"])
	if len(a.authors) == 0 && len(a.orgAuthors) == 0 {
		a.authors, a.orgAuthors = ldAuthors(x["creator"])
	}
}

// ldTypes returns the lower-cased @type values of an object.
func ldTypes(v any) []string {
	switch x := v.(type) {
	case string:
		return []string{strings.ToLower(ldStripContext(x))}
	case []any:
		var out []string
		for _, e := range x {
			if s, ok := e.(string); ok {
				out = append(out, strings.ToLower(ldStripContext(s)))
			}
		}
		return out
	}
	return nil
}

func ldStripContext(s string) string {
	if i := strings.LastIndexAny(s, "/:"); i >= 0 {
		return s[i+1:]
	}
	return s
}

// ldString returns a string value, the first string of an array, or the
// name/@value of an object.
func ldString(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x)
	case float64:
		return ""
	case []any:
		var parts []string
		for _, e := range x {
			if s := ldString(e); s != "" {
				parts = append(parts, s)
			}
		}
		if len(parts) > 0 {
			return parts[0]
		}
	case map[string]any:
		if s := ldString(x["@value"]); s != "" {
			return s
		}
		return ldString(x["name"])
	}
	return ""
}

// ldURL returns the URL of an image-like value: a string, an ImageObject
// (url or contentUrl) or the first of an array.
func ldURL(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x)
	case []any:
		for _, e := range x {
			if s := ldURL(e); s != "" {
				return s
			}
		}
	case map[string]any:
		if s := ldString(x["url"]); s != "" {
			return s
		}
		if s := ldString(x["contentUrl"]); s != "" {
			return s
		}
		return ldString(x["@id"])
	}
	return ""
}

// ldAuthors returns person names and organisation names of an author
// value: a string, a Person/Organization object, or an array of them.
func ldAuthors(v any) (people, orgs []string) {
	switch x := v.(type) {
	case string:
		if s := strings.TrimSpace(x); s != "" && !strings.Contains(s, "://") {
			people = append(people, s)
		}
	case []any:
		for _, e := range x {
			p, o := ldAuthors(e)
			people = append(people, p...)
			orgs = append(orgs, o...)
		}
	case map[string]any:
		name := ldString(x["name"])
		if name == "" {
			given, family := ldString(x["givenName"]), ldString(x["familyName"])
			name = strings.TrimSpace(given + " " + family)
		}
		if name == "" || strings.Contains(name, "://") {
			return nil, nil
		}
		isOrg := false
		for _, t := range ldTypes(x["@type"]) {
			if t == "organization" || t == "newsmediaorganization" || t == "corporation" {
				isOrg = true
			}
		}
		if isOrg {
			orgs = append(orgs, name)
		} else {
			people = append(people, name)
		}
	}
	return people, orgs
}
