package extract

import (
	"net/url"
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageMeta is the metadata read from a page.
type pageMeta struct {
	title, siteName, section, description, image string
	canonical, language                          string
	published, modified                          string
	authors                                      []string
	// ldBody is JSON-LD articleBody, used as evidence and fallback.
	ldBody string
}

// metaScan is what one walk over the parsed page collects.
type metaScan struct {
	lang      string
	title     string
	h1        string
	meta      map[string]string
	canonical string
	// itemprop dates and authors, in document order.
	ipPublished, ipModified string
	ipAuthors               []string
	relAuthors              []string
	bylines                 []string
	timePub                 string // <time> marked as the publication time
	timeFirst               string // first <time datetime> outside boilerplate
	// dateText is the first date written in the text of an element whose
	// class names a date ("post-date", "published"), outside boilerplate.
	dateText string
}

// cleanDoc is a parsed page: the goquery document and its body.
type cleanDoc struct {
	root *html.Node
	body *html.Node
}

// metaKeys are the meta names and properties claimwire reads.
var metaKeys = map[string]bool{
	"og:title": true, "twitter:title": true, "og:site_name": true, "application-name": true,
	"og:description": true, "description": true, "twitter:description": true,
	"og:image": true, "og:image:url": true, "og:image:secure_url": true, "twitter:image": true, "twitter:image:src": true,
	"og:url": true, "og:locale": true, "content-language": true, "language": true, "dc.language": true,
	"article:published_time": true, "article:modified_time": true, "og:updated_time": true,
	"article:published": true, "article:modified": true,
	"article:section": true, "section": true, "parsely-section": true, "sailthru.section": true,
	"author": true, "article:author": true, "byl": true, "parsely-author": true, "sailthru.author": true,
	"dc.creator": true, "dcterms.creator": true, "citation_author": true, "twitter:creator": false,
	"parsely-pub-date": true, "sailthru.date": true, "dc.date": true, "dc.date.issued": true,
	"dcterms.date": true, "dcterms.created": true, "dcterms.issued": true, "dcterms.modified": true,
	"date": true, "pubdate": true, "publishdate": true, "publish-date": true, "publish_date": true,
	"article.published": true, "datepublished": true, "datemodified": true, "citation_publication_date": true,
	"citation_date": true, "last-modified": true, "lastmod": true, "og:article:published_time": true,
	"og:article:modified_time": true, "parsely-title": true, "headline": true, "dc.title": true,
	"original-source": false, "news_keywords": false, "cxenseparse:recs:publishtime": true,
	"article.created": true, "article.updated": true, "displaydate": true, "timestamp": true,
	"published_time": true, "modified_time": true, "og:published_time": true,
}

// scanMeta walks the page once and collects metadata evidence.
func scanMeta(root *html.Node, hints cleanHintCache) *metaScan {
	ms := &metaScan{meta: make(map[string]string, 32)}
	var walk func(n *html.Node, boiler bool)
	walk = func(n *html.Node, boiler bool) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			b := boiler
			switch c.DataAtom {
			case atom.Html:
				ms.lang = cleanAttr(c, "lang")
				if ms.lang == "" {
					ms.lang = cleanAttr(c, "xml:lang")
				}
			case atom.Title:
				if ms.title == "" && c.FirstChild != nil {
					ms.title = metaText(c)
				}
				continue
			case atom.Meta:
				metaRead(c, ms)
				continue
			case atom.Link:
				rel := strings.ToLower(cleanAttr(c, "rel"))
				if ms.canonical == "" && rel == "canonical" {
					ms.canonical = strings.TrimSpace(cleanAttr(c, "href"))
				}
				continue
			case atom.Script, atom.Style, atom.Svg, atom.Noscript, atom.Template:
				continue
			case atom.H1:
				if ms.h1 == "" && !boiler {
					ms.h1 = metaText(c)
				}
			case atom.Time:
				if dt := strings.TrimSpace(cleanAttr(c, "datetime")); dt != "" && !boiler {
					ci := cleanClassID(c)
					if ms.timePub == "" && (cleanHasAttr(c, "pubdate") || strings.Contains(ci, "publish") || strings.Contains(ci, "posted") || strings.EqualFold(cleanAttr(c, "itemprop"), "datePublished")) {
						ms.timePub = dt
					}
					if ms.timeFirst == "" {
						ms.timeFirst = dt
					}
				}
			case atom.Nav, atom.Aside, atom.Footer:
				b = true
			}
			h := hints.node(c)
			if !b && (h.strong || h.medium && !h.positive) && !h.byline {
				b = true
			}
			if ip := cleanAttr(c, "itemprop"); ip != "" && !b {
				metaItemprop(c, strings.ToLower(ip), ms)
			}
			if h.dated && !b && ms.dateText == "" {
				if t := metaText(c); len(t) <= 80 {
					ms.dateText = dateFromText(t)
				}
			}
			if !b {
				if strings.Contains(strings.ToLower(cleanAttr(c, "rel")), "author") {
					if t := metaText(c); t != "" {
						ms.relAuthors = append(ms.relAuthors, t)
					}
				} else if h.byline && len(ms.bylines) < 8 {
					if t := metaText(c); t != "" && len(t) < 200 {
						ms.bylines = append(ms.bylines, t)
					}
				}
			}
			walk(c, b)
		}
	}
	walk(root, false)
	return ms
}

func metaRead(n *html.Node, ms *metaScan) {
	var key, content string
	hasContent := false
	for _, a := range n.Attr {
		switch a.Key {
		case "name", "property", "itemprop", "http-equiv":
			if key == "" || !metaKeys[key] {
				key = strings.ToLower(strings.TrimSpace(a.Val))
			}
		case "content":
			content, hasContent = strings.TrimSpace(a.Val), true
		}
	}
	if !hasContent || key == "" || content == "" || !metaKeys[key] {
		return
	}
	if _, ok := ms.meta[key]; !ok {
		ms.meta[key] = content
	}
}

func metaItemprop(n *html.Node, ip string, ms *metaScan) {
	val := func() string {
		for _, k := range []string{"content", "datetime"} {
			if v := strings.TrimSpace(cleanAttr(n, k)); v != "" {
				return v
			}
		}
		return metaText(n)
	}
	for _, p := range strings.Fields(ip) {
		switch p {
		case "datepublished", "datecreated":
			if ms.ipPublished == "" {
				ms.ipPublished = val()
			}
		case "datemodified":
			if ms.ipModified == "" {
				ms.ipModified = val()
			}
		case "author", "creator":
			if n.DataAtom == atom.Meta || n.DataAtom == atom.Link {
				continue
			}
			name := ""
			metaFindItemprop(n, "name", &name)
			if name == "" {
				name = strings.TrimSpace(cleanAttr(n, "content"))
			}
			if name == "" {
				name = metaText(n)
			}
			if name != "" && len(name) < 200 {
				ms.ipAuthors = append(ms.ipAuthors, name)
			}
		}
	}
}

func metaFindItemprop(n *html.Node, want string, out *string) {
	for c := n.FirstChild; c != nil && *out == ""; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if strings.EqualFold(cleanAttr(c, "itemprop"), want) {
			if v := strings.TrimSpace(cleanAttr(c, "content")); v != "" {
				*out = v
			} else {
				*out = metaText(c)
			}
			return
		}
		metaFindItemprop(c, want, out)
	}
}

// metaText is the collapsed text of n.
func metaText(n *html.Node) string {
	var sb strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				sb.WriteString(c.Data)
				sb.WriteByte(' ')
			case html.ElementNode:
				if !cleanDropTags[c.DataAtom] {
					walk(c)
				}
			}
		}
	}
	if n.Type == html.TextNode {
		return strings.Join(strings.Fields(n.Data), " ")
	}
	walk(n)
	return strings.Join(strings.Fields(sb.String()), " ")
}

// readMetadata combines the evidence in priority order: JSON-LD, then
// OpenGraph and other meta tags, then microdata and <time> elements,
// then the URL.
func readMetadata(doc *cleanDoc, ldBlocks [][]byte, pageURL string, hints cleanHintCache) *pageMeta {
	ms := scanMeta(doc.root, hints)
	ld := parseJSONLD(ldBlocks)
	m := &pageMeta{ldBody: ld.body}
	base, _ := url.Parse(pageURL)

	// Canonical URL.
	for _, c := range []string{ms.canonical, ms.meta["og:url"]} {
		if u := metaResolve(base, c); u != "" {
			m.canonical = u
			break
		}
	}
	if m.canonical == "" {
		m.canonical = pageURL
	}
	// A fragment ("#comments") names a place in the page, not the page.
	if i := strings.IndexByte(m.canonical, '#'); i >= 0 {
		m.canonical = m.canonical[:i]
	}

	// Site name.
	m.siteName = metaFirst(ms.meta["og:site_name"], ld.siteName, ld.publisher, ms.meta["application-name"])
	if m.siteName == "" {
		// Last resort: the site's host name ("nytimes.com").
		if u, err := url.Parse(m.canonical); err == nil {
			m.siteName = strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
		}
	}

	// Title.
	raw := metaFirst(ms.meta["og:title"], ld.headline, ms.meta["twitter:title"], ms.meta["parsely-title"], ms.meta["headline"], ms.title, ms.h1)
	m.title = metaCleanTitle(raw, m.siteName, ms.h1)

	// Description, section, image.
	m.description = metaFirst(ms.meta["og:description"], ms.meta["description"], ms.meta["twitter:description"], ld.description)
	m.section = metaFirst(ms.meta["article:section"], ld.section, ms.meta["parsely-section"], ms.meta["sailthru.section"], ms.meta["section"])
	m.image = metaResolve(base, metaFirst(ms.meta["og:image"], ms.meta["og:image:url"], ms.meta["og:image:secure_url"], ms.meta["twitter:image"], ms.meta["twitter:image:src"], ld.image))

	// Language.
	m.language = metaLang(metaFirst(ms.lang, ms.meta["content-language"], ms.meta["dc.language"], ms.meta["language"], ld.language, ms.meta["og:locale"]))

	// Dates.
	pubCands := []string{
		ld.published, ms.meta["article:published_time"], ms.meta["og:article:published_time"],
		ms.meta["article:published"], ms.meta["og:published_time"], ms.meta["published_time"],
		ms.meta["datepublished"], ms.ipPublished, ms.meta["parsely-pub-date"], ms.meta["sailthru.date"],
		ms.meta["dc.date.issued"], ms.meta["dcterms.issued"], ms.meta["dc.date"], ms.meta["dcterms.date"],
		ms.meta["dcterms.created"], ms.meta["citation_publication_date"], ms.meta["citation_date"],
		ms.meta["pubdate"], ms.meta["publishdate"], ms.meta["publish-date"], ms.meta["publish_date"],
		ms.meta["article.published"], ms.meta["article.created"], ms.meta["cxenseparse:recs:publishtime"],
		ms.meta["displaydate"], ms.meta["date"], ms.timePub, ms.timeFirst, ms.dateText,
	}
	for _, c := range pubCands {
		if d := normDate(c); d != "" {
			m.published = d
			break
		}
	}
	if m.published == "" {
		m.published = dateFromURL(pageURL)
	}
	for _, c := range []string{ld.modified, ms.meta["article:modified_time"], ms.meta["og:article:modified_time"], ms.meta["article:modified"], ms.meta["og:updated_time"], ms.meta["modified_time"], ms.meta["datemodified"], ms.ipModified, ms.meta["dcterms.modified"], ms.meta["article.updated"], ms.meta["last-modified"], ms.meta["lastmod"]} {
		if d := normDate(c); d != "" {
			m.modified = d
			break
		}
	}

	// Authors: JSON-LD people, then microdata, meta tags, rel=author,
	// bylines; organisations only when no person is named.
	m.authors = []string{}
	sources := [][]string{ld.authors, ms.ipAuthors,
		{ms.meta["author"]}, {ms.meta["parsely-author"]}, {ms.meta["sailthru.author"]}, {ms.meta["byl"]},
		{ms.meta["dc.creator"]}, {ms.meta["dcterms.creator"]}, {ms.meta["citation_author"]}, {ms.meta["article:author"]},
		ms.relAuthors, ms.bylines}
	for _, src := range sources {
		var names []string
		for _, s := range src {
			names = append(names, splitAuthors(s)...)
		}
		if len(names) > 0 {
			m.authors = dedupeNames(names)
			break
		}
	}
	if len(m.authors) == 0 && len(ld.orgAuthors) > 0 {
		m.authors = dedupeNames(ld.orgAuthors)
	}
	return m
}

func metaFirst(vals ...string) string {
	for _, v := range vals {
		if v = strings.TrimSpace(v); v != "" {
			return strings.Join(strings.Fields(html.UnescapeString(v)), " ")
		}
	}
	return ""
}

// metaResolve makes ref absolute against base; "" for empty or
// unparsable references and non-HTTP schemes.
func metaResolve(base *url.URL, ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if base != nil && base.Scheme != "" {
		u = base.ResolveReference(u)
	}
	if u.Scheme != "" && u.Scheme != "http" && u.Scheme != "https" {
		return ""
	}
	if !u.IsAbs() && (base == nil || base.Scheme == "") {
		if strings.HasPrefix(ref, "//") {
			return "https:" + ref
		}
		if !strings.HasPrefix(ref, "http") {
			return ""
		}
	}
	return u.String()
}

// metaTitleSeps separate a headline from the site name in <title>.
var metaTitleSeps = []string{" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " « ", " » ", " / "}

// metaCleanTitle removes a site-name prefix or suffix from a title: the
// part equal to the site name, or else a short last part (at most three
// words) after a separator when the rest is longer; if the page's h1
// matches a part exactly, that part.
func metaCleanTitle(title, site, h1 string) string {
	title = strings.TrimSpace(title)
	if title == "" {
		return ""
	}
	for _, sep := range metaTitleSeps {
		if !strings.Contains(title, sep) {
			continue
		}
		parts := strings.Split(title, sep)
		if h1 != "" {
			for _, p := range parts {
				if strings.EqualFold(strings.TrimSpace(p), h1) {
					return strings.TrimSpace(p)
				}
			}
		}
		if site != "" {
			ls := strings.ToLower(site)
			if last := strings.ToLower(strings.TrimSpace(parts[len(parts)-1])); last == ls || strings.Contains(last, ls) || strings.Contains(ls, last) {
				return strings.TrimSpace(strings.Join(parts[:len(parts)-1], sep))
			}
			if first := strings.ToLower(strings.TrimSpace(parts[0])); first == ls {
				return strings.TrimSpace(strings.Join(parts[1:], sep))
			}
		}
		last := strings.TrimSpace(parts[len(parts)-1])
		rest := strings.TrimSpace(strings.Join(parts[:len(parts)-1], sep))
		if len(strings.Fields(last)) <= 3 && len(strings.Fields(rest)) >= 3 {
			return rest
		}
	}
	return title
}

// metaLang turns a language tag or locale ("en-US", "pt_BR") into its
// lower-case primary subtag.
func metaLang(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexAny(s, "-_,; "); i >= 0 {
		s = s[:i]
	}
	s = strings.ToLower(s)
	if len(s) < 2 || len(s) > 3 {
		return ""
	}
	for _, r := range s {
		if r < 'a' || r > 'z' {
			return ""
		}
	}
	return s
}

// dateLayouts are the date formats found in meta tags, JSON-LD and
// <time> elements, most specific first.
var dateLayouts = []struct {
	layout        string
	hasTime, zone bool
}{
	{time.RFC3339Nano, true, true},
	{"2006-01-02T15:04:05.999999999Z0700", true, true},
	{"2006-01-02T15:04Z07:00", true, true},
	{"2006-01-02T15:04Z0700", true, true},
	{"2006-01-02 15:04:05Z07:00", true, true},
	{"2006-01-02 15:04:05 Z07:00", true, true},
	{"2006-01-02 15:04:05 -0700", true, true},
	{"2006-01-02 15:04:05 -0700 MST", true, true},
	{time.RFC1123Z, true, true},
	{time.RFC1123, true, true},
	{"Mon, 2 Jan 2006 15:04:05 -0700", true, true},
	{"Mon, 2 Jan 2006 15:04:05 MST", true, true},
	{"2006-01-02T15:04:05.999999999", true, false},
	{"2006-01-02T15:04", true, false},
	{"2006-01-02 15:04:05", true, false},
	{"2006-01-02 15:04", true, false},
	{"2006/01/02 15:04:05", true, false},
	{"2006-01-02", false, false},
	{"2006/01/02", false, false},
	{"20060102", false, false},
	{"January 2, 2006", false, false},
	{"Jan 2, 2006", false, false},
	{"2 January 2006", false, false},
	{"2 Jan 2006", false, false},
	{"January 2, 2006 3:04 PM", true, false},
}

// normDate parses a date as pages write it and formats it for a record:
// RFC 3339 with the page's zone when a time is given, the local time
// without a zone ("2006-01-02T15:04:05") when the page gives a time but no
// zone (claiming UTC would shift it by hours), "YYYY-MM-DD" when only a
// date is known,
// "" when s is not a date. Years outside 1990–2100 are rejected.
func normDate(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 64 {
		return ""
	}
	if strings.HasSuffix(s, " UTC") || strings.HasSuffix(s, " GMT") {
		s = strings.TrimSpace(s[:len(s)-4]) + "Z"
		s = strings.Replace(s, " ", "T", 1)
	}
	for _, l := range dateLayouts {
		t, err := time.Parse(l.layout, s)
		if err != nil {
			continue
		}
		if t.Year() < 1990 || t.Year() > 2100 {
			return ""
		}
		switch {
		case !l.hasTime:
			return t.Format("2006-01-02")
		case !l.zone:
			return t.Format("2006-01-02T15:04:05")
		}
		return t.Format(time.RFC3339)
	}
	return ""
}

// dateURLRE finds a date in a URL path: /2019/11/19/, /2019-11-19,
// /20191119/.
var dateURLRE = regexp.MustCompile(`/((?:19|20)\d\d)[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?:[/\-_.]|$)`)

// dateTextRE finds an English date written out: "November 19, 2019",
// "Nov. 19 2019", "19 November 2019", or an ISO date.
var dateTextRE = regexp.MustCompile(`(?i)\b(?:(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)|(\d{1,2})(?:st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+((?:19|20)\d\d)|((?:19|20)\d\d)-(\d\d)-(\d\d))\b`)

// dateMonths maps a month abbreviation to its number.
var dateMonths = map[string]string{
	"jan": "01", "feb": "02", "mar": "03", "apr": "04", "may": "05", "jun": "06",
	"jul": "07", "aug": "08", "sep": "09", "oct": "10", "nov": "11", "dec": "12",
}

// dateFromText returns the first date written in a short text as
// "YYYY-MM-DD", or "". A text that starts with "Updated" is not a
// publication date.
func dateFromText(t string) string {
	lt := strings.ToLower(strings.TrimSpace(t))
	if strings.HasPrefix(lt, "updated") || strings.HasPrefix(lt, "last updated") || strings.HasPrefix(lt, "modified") {
		return ""
	}
	m := dateTextRE.FindStringSubmatch(t)
	if m == nil {
		return ""
	}
	var y, mo, d string
	switch {
	case m[1] != "":
		mo, d, y = dateMonths[strings.ToLower(m[1])], m[2], m[3]
	case m[5] != "":
		d, mo, y = m[4], dateMonths[strings.ToLower(m[5])], m[6]
	default:
		y, mo, d = m[7], m[8], m[9]
	}
	if len(d) == 1 {
		d = "0" + d
	}
	s := y + "-" + mo + "-" + d
	if _, err := time.Parse("2006-01-02", s); err != nil {
		return ""
	}
	return s
}

// dateFromURL returns the date in a URL path as "YYYY-MM-DD", or "".
func dateFromURL(u string) string {
	if m := dateURLRE.FindStringSubmatch(u); m != nil {
		d := m[1] + "-" + m[2] + "-" + m[3]
		if _, err := time.Parse("2006-01-02", d); err == nil {
			return d
		}
	}
	return ""
}

// authorNoiseRE matches what bylines glue to names: "By", "Written by",
// "Posted by", trailing dates, "Updated", roles after a pipe.
var (
	authorByRE    = regexp.MustCompile(`(?i)^\s*(?:(?:written|posted|reported|story|text|words|photos?)\s+)?(?:by|von|por|par|oleh|di|from)[:\s]+`)
	authorSplitRE = regexp.MustCompile(`\s*(?:,|;|\||&|\b(?:[Aa]nd|AND|und|e|y|et|dan)\b)\s*`)
	// authorDateTailRE matches a date glued after the names ("on
	// November 19, 2019").
	authorDateTailRE = regexp.MustCompile(`(?i)\s+(?:on|at)\s+[^|]*\d[^|]*$`)
	// authorLabelRE matches a label before a name ("Text:", "Autor:").
	authorLabelRE = regexp.MustCompile(`^[\p{L}]{2,10}:\s*`)
	// authorDomainRE matches an outlet written as a domain ("NJ.com").
	authorDomainRE = regexp.MustCompile(`\.(?:com|net|org|co|uk|in|de|fr|br|ru|info|news)\b`)
	// authorRoleNouns are the head nouns of job titles.
	authorRoleNouns = regexp.MustCompile(`(?i)\b(?:writer|reporter|editor|correspondent|columnist|contributor|journalist|producer|analyst|photographer|intern|staff)\b`)
	// authorNotNameRE matches parts of a byline that are never a name.
	authorNotNameRE = regexp.MustCompile(`(?i)\b(?:published|updated|posted|min read|follow|twitter|email|contact)\b`)
	authorDigitsRE  = regexp.MustCompile(`\d`)
)

// splitAuthors turns a byline or author field into bare names: no "By",
// no dates, no job titles; several names are split on commas and "and".
func splitAuthors(s string) []string {
	s = strings.Join(strings.Fields(html.UnescapeString(s)), " ")
	if s == "" || strings.Contains(s, "://") || strings.HasPrefix(s, "@") {
		return nil
	}
	s = authorByRE.ReplaceAllString(s, "")
	s = authorDateTailRE.ReplaceAllString(s, "")
	var out []string
	firstWords := 0
	for i, p := range authorSplitRE.Split(s, -1) {
		p = strings.TrimSpace(authorByRE.ReplaceAllString(p, ""))
		p = authorLabelRE.ReplaceAllString(p, "")
		p = strings.Trim(p, " .:-–—")
		if p == "" || authorDigitsRE.MatchString(p) || authorNotNameRE.MatchString(p) || authorIsRole(p) || authorDomainRE.MatchString(p) {
			continue
		}
		if i == 0 {
			firstWords = len(strings.Fields(p))
		} else if authorRoleNouns.MatchString(p) {
			// "Name, AP Auto Writer": a title after the name.
			continue
		} else if firstWords > 1 && len(strings.Fields(p)) == 1 {
			// "Victor Tangermann, Futurism": an outlet after the name.
			continue
		}
		w := strings.Fields(p)
		if len(w) > 5 || len(p) > 60 {
			continue
		}
		// A name's words start with capitals (or are in a script without
		// case), apart from particles such as "de" or "van".
		if !authorLooksLikeName(w) {
			continue
		}
		out = append(out, p)
	}
	return out
}

// authorRoleWords are the words of job titles and agency credits that
// bylines glue to names ("Senior Reporter", "Staff Writer", "Associated
// Press").
var authorRoleWords = map[string]bool{
	"reporter": true, "correspondent": true, "editor": true, "writer": true, "staff": true,
	"columnist": true, "contributor": true, "contributing": true, "journalist": true,
	"producer": true, "analyst": true, "chief": true, "senior": true, "bureau": true,
	"news": true, "desk": true, "associated": true, "press": true, "reuters": true,
	"afp": true, "ap": true, "the": true, "special": true, "to": true, "political": true,
	"national": true, "business": true, "sports": true, "deputy": true, "managing": true,
	"executive": true, "photographer": true, "host": true, "anchor": true, "intern": true,
	"guest": true, "freelance": true, "investigative": true, "digital": true, "of": true,
	"for": true, "and": true, "team": true, "agency": true,
}

// authorIsRole reports whether every word of a byline part is a job
// title or agency word: "Senior Reporter" is dropped, "Sam Writer" kept.
func authorIsRole(p string) bool {
	for _, w := range strings.Fields(strings.ToLower(p)) {
		if !authorRoleWords[strings.Trim(w, ".,:;()")] {
			return false
		}
	}
	return true
}

// authorParticles are lower-case words inside names.
var authorParticles = map[string]bool{
	"de": true, "da": true, "do": true, "dos": true, "das": true, "del": true, "della": true,
	"di": true, "du": true, "van": true, "von": true, "der": true, "den": true, "bin": true,
	"binti": true, "al": true, "el": true, "la": true, "le": true, "y": true, "e": true, "ibn": true,
}

func authorLooksLikeName(words []string) bool {
	for i, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLower(r) && (i == 0 || !authorParticles[w]) {
			return false
		}
	}
	return true
}

func dedupeNames(names []string) []string {
	seen := map[string]bool{}
	out := []string{}
	for _, n := range names {
		k := strings.ToLower(n)
		if n == "" || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, n)
	}
	return out
}
