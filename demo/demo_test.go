package demo

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"net/url"
	"os"
	"path"
	"slices"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"github.com/temoto/robotstxt"
)

// crawlSite fetches every page reachable by <a href> from the start URLs,
// staying on the server, and returns the bodies by URL. It fails the test on
// any link that does not answer 200 with the Content-Type its path calls
// for.
func crawlSite(t *testing.T, s *Server) map[string]fetched {
	t.Helper()
	base, err := url.Parse(s.URL())
	if err != nil {
		t.Fatalf("parsing base %q: %v", s.URL(), err)
	}
	seen := map[string]fetched{}
	queue := slices.Clone(s.StartURLs())
	for len(queue) > 0 {
		u := queue[0]
		queue = queue[1:]
		if _, ok := seen[u]; ok {
			continue
		}
		f := get(t, u)
		seen[u] = f
		// Only an HTML page's <head> may name the production address (its
		// canonical URL: see siteRebase); links must all stay local.
		checked := f.body
		if i := bytes.Index(checked, []byte("</head>")); i >= 0 {
			checked = checked[i:]
		}
		if bytes.Contains(checked, []byte(siteProductionBase)) {
			t.Errorf("GET %s: body still names %s outside <head>", u, siteProductionBase)
		}
		wantType := "text/html; charset=utf-8"
		if strings.Contains(u, "/feeds/") {
			wantType = "application/rss+xml; charset=utf-8"
		}
		if ct := f.header.Get("Content-Type"); ct != wantType {
			t.Errorf("GET %s: Content-Type %q, want %q", u, ct, wantType)
		}
		if wantType != "text/html; charset=utf-8" {
			continue
		}
		doc := parseHTML(t, u, f.body)
		pageURL, _ := url.Parse(u)
		doc.Find("a[href]").Each(func(_ int, a *goquery.Selection) {
			href, _ := a.Attr("href")
			ref, err := pageURL.Parse(href)
			if err != nil {
				t.Errorf("%s: bad link %q: %v", u, href, err)
				return
			}
			if ref.Scheme != "http" && ref.Scheme != "https" {
				return // mailto:, javascript:
			}
			if ref.Host != base.Host {
				if !strings.HasSuffix(ref.Hostname(), ".example") {
					t.Errorf("%s: link %q leaves the server for a host that may resolve", u, href)
				}
				return
			}
			ref.Fragment = ""
			if _, ok := seen[ref.String()]; !ok {
				queue = append(queue, ref.String())
			}
		})
	}
	return seen
}

func TestServerListensOnLoopback(t *testing.T) {
	s := startTestServer(t)
	u, err := url.Parse(s.URL())
	if err != nil {
		t.Fatalf("URL %q: %v", s.URL(), err)
	}
	if u.Scheme != "http" || u.Hostname() != "127.0.0.1" || u.Port() == "" || u.Port() == "0" || u.Path != "" {
		t.Errorf("URL() = %q, want http://127.0.0.1:<port>", s.URL())
	}
	for _, list := range [][]string{s.StartURLs(), s.Feeds(), s.Sitemaps()} {
		if len(list) == 0 {
			t.Errorf("empty entry point list")
		}
		for _, e := range list {
			if !strings.HasPrefix(e, s.URL()+"/") {
				t.Errorf("entry point %q is not on %s", e, s.URL())
			}
		}
	}
}

func TestEveryLinkedPageAnswers(t *testing.T) {
	s := startTestServer(t)
	pages := crawlSite(t, s)
	var articles, authors, tags int
	searchLinked := false
	for u := range pages {
		p := strings.TrimPrefix(u, s.URL())
		switch {
		case strings.Contains(p, "/2025/04/") && strings.HasSuffix(p, ".html") && !strings.Contains(p, "?"):
			articles++
		case strings.HasPrefix(p, "/authors/"):
			authors++
		case strings.HasPrefix(p, "/tags/"):
			tags++
		case strings.HasPrefix(p, "/search"):
			searchLinked = true
			if !strings.Contains(string(pages[u].body), "SEARCH-PAGE-MARKER") {
				t.Errorf("%s: search page lacks its marker", u)
			}
		}
	}
	t.Logf("%d pages reachable by links: %d articles, %d author pages, %d tag pages", len(pages), articles, authors, tags)
	if articles < 11 {
		t.Errorf("%d article pages linked, want at least 11", articles)
	}
	if authors == 0 || tags == 0 {
		t.Errorf("author pages %d, tag pages %d: want non-article pages linked", authors, tags)
	}
	if !searchLinked {
		t.Errorf("no link to the robots-disallowed /search")
	}
}

// rssFeed is the part of an RSS 2.0 feed the tests read.
type rssFeed struct {
	XMLName xml.Name `xml:"rss"`
	Version string   `xml:"version,attr"`
	Channel struct {
		Title string `xml:"title"`
		// Links holds both the RSS <link> and the <atom:link rel="self">:
		// encoding/xml cannot tell same-named elements apart by namespace
		// reliably when one of them has no namespace.
		Links []struct {
			XMLName xml.Name
			Href    string `xml:"href,attr"`
			Rel     string `xml:"rel,attr"`
			Text    string `xml:",chardata"`
		} `xml:"link"`
		Items []struct {
			Title   string `xml:"title"`
			Link    string `xml:"link"`
			GUID    string `xml:"guid"`
			PubDate string `xml:"pubDate"`
		} `xml:"item"`
	} `xml:"channel"`
}

// sitemapURLSet is the part of a sitemap the tests read.
type sitemapURLSet struct {
	XMLName xml.Name `xml:"http://www.sitemaps.org/schemas/sitemap/0.9 urlset"`
	URLs    []struct {
		Loc     string `xml:"loc"`
		LastMod string `xml:"lastmod"`
	} `xml:"url"`
}

// onServer reports whether u is an absolute URL on the server.
func onServer(s *Server, u string) bool {
	return strings.HasPrefix(u, s.URL()+"/")
}

func TestFeedsParse(t *testing.T) {
	s := startTestServer(t)
	for _, feedURL := range s.Feeds() {
		t.Run(path.Base(feedURL), func(t *testing.T) {
			f := get(t, feedURL)
			if ct := f.header.Get("Content-Type"); ct != "application/rss+xml; charset=utf-8" {
				t.Errorf("Content-Type %q, want application/rss+xml; charset=utf-8", ct)
			}
			var feed rssFeed
			if err := xml.Unmarshal(f.body, &feed); err != nil {
				t.Fatalf("parsing %s: %v", feedURL, err)
			}
			if feed.Version != "2.0" || feed.Channel.Title == "" {
				t.Errorf("version %q title %q, want an RSS 2.0 channel with a title", feed.Version, feed.Channel.Title)
			}
			var self, link string
			for _, l := range feed.Channel.Links {
				switch l.XMLName.Space {
				case "http://www.w3.org/2005/Atom":
					if l.Rel == "self" {
						self = l.Href
					}
				default:
					link = l.Text
				}
			}
			if self != feedURL {
				t.Errorf("atom:link self = %q, want %q", self, feedURL)
			}
			if !onServer(s, link) {
				t.Errorf("channel link %q not on the server", link)
			}
			if len(feed.Channel.Items) < 3 {
				t.Errorf("%d items, want at least 3", len(feed.Channel.Items))
			}
			for _, it := range feed.Channel.Items {
				if !onServer(s, it.Link) || it.GUID != it.Link {
					t.Errorf("item %q: link %q guid %q, want the same absolute URL on the server", it.Title, it.Link, it.GUID)
				}
				if it.PubDate == "" {
					t.Errorf("item %q has no pubDate", it.Title)
				}
				get(t, it.Link)
			}
		})
	}
}

// sitemapArticles fetches and parses the sitemap and returns its article
// URLs.
func sitemapArticles(t *testing.T, s *Server) []string {
	t.Helper()
	f := get(t, s.Sitemaps()[0])
	if ct := f.header.Get("Content-Type"); ct != "application/xml; charset=utf-8" {
		t.Errorf("sitemap Content-Type %q, want application/xml; charset=utf-8", ct)
	}
	var set sitemapURLSet
	if err := xml.Unmarshal(f.body, &set); err != nil {
		t.Fatalf("parsing sitemap: %v", err)
	}
	var articles []string
	for _, u := range set.URLs {
		if !onServer(s, u.Loc) {
			t.Errorf("sitemap loc %q not an absolute URL on the server", u.Loc)
		}
		if u.LastMod == "" {
			t.Errorf("sitemap loc %q has no lastmod", u.Loc)
		}
		if strings.Contains(u.Loc, "/2025/04/") {
			articles = append(articles, u.Loc)
		}
	}
	return articles
}

func TestSitemapParses(t *testing.T) {
	s := startTestServer(t)
	articles := sitemapArticles(t, s)
	if len(articles) < 11 {
		t.Errorf("sitemap lists %d articles, want at least 11", len(articles))
	}
	for _, u := range articles {
		get(t, u)
	}
}

func TestRobotsDisallowsSearch(t *testing.T) {
	s := startTestServer(t)
	f := get(t, s.URL()+"/robots.txt")
	if ct := f.header.Get("Content-Type"); ct != "text/plain; charset=utf-8" {
		t.Errorf("Content-Type %q, want text/plain; charset=utf-8", ct)
	}
	robots, err := robotstxt.FromBytes(f.body)
	if err != nil {
		t.Fatalf("parsing robots.txt: %v", err)
	}
	tests := []struct {
		agent, path string
		allowed     bool
	}{
		{"claimwire/0.1", "/", true},
		{"claimwire/0.1", "/world/2025/04/us-europe-ukraine-london-peace-talks.html", true},
		{"claimwire/0.1", "/search", false},
		{"claimwire/0.1", "/search?q=ceasefire", false},
		{"Mozilla/5.0 (compatible; SomeBot/1.0)", "/search?q=", false},
		{"GPTBot", "/world/", false},
	}
	for _, tt := range tests {
		t.Run(tt.agent+" "+tt.path, func(t *testing.T) {
			if got := robots.TestAgent(tt.path, tt.agent); got != tt.allowed {
				t.Errorf("TestAgent(%q, %q) = %v, want %v", tt.path, tt.agent, got, tt.allowed)
			}
		})
	}
	if want := s.Sitemaps()[0]; !slices.Contains(robots.Sitemaps, want) {
		t.Errorf("robots.txt sitemaps %q, want %q", robots.Sitemaps, want)
	}
	// The disallowed page exists: only robots.txt keeps a crawler out.
	get(t, s.URL()+"/search?q=ceasefire")
}

func TestArticlePages(t *testing.T) {
	s := startTestServer(t)
	articles := sitemapArticles(t, s)
	var withJSONLD, withOG, withTime int
	for _, u := range articles {
		t.Run(strings.TrimPrefix(u, s.URL()), func(t *testing.T) {
			f := get(t, u)
			doc := parseHTML(t, u, f.body)
			if h1 := normSpace(doc.Find("h1").First().Text()); h1 == "" {
				t.Errorf("no headline")
			}
			paras := articleParagraphs(doc)
			if len(paras) < 5 {
				t.Fatalf("%d body paragraphs, want at least 5", len(paras))
			}
			words := 0
			for _, p := range paras {
				if p == "" {
					t.Errorf("empty body paragraph")
				}
				words += len(strings.Fields(p))
				if strings.Contains(p, "Advertisement") || strings.Contains(p, "wpml.org") || strings.Contains(p, "Read more") {
					t.Errorf("boilerplate in body paragraph %q", p)
				}
			}
			if words < 200 {
				t.Errorf("%d words in the body, want at least 200", words)
			}
			if n := doc.Find(".comment, .reader-comment").Length(); n < 2 {
				t.Errorf("%d reader comments, want at least 2", n)
			}
			if doc.Find(".cookie-banner, #cookie-notice, #cookiebar").Length() == 0 {
				t.Errorf("no cookie banner")
			}
			var canonical string
			doc.Find(`link[rel="canonical"]`).Each(func(_ int, l *goquery.Selection) { canonical, _ = l.Attr("href") })
			// The <head> names the article's public address, whatever the
			// port: see siteRebase.
			public := siteProductionBase + strings.TrimPrefix(u, s.URL())
			if canonical != "" && canonical != public {
				t.Errorf("canonical %q, want %q", canonical, public)
			}
			doc.Find(`script[type="application/ld+json"]`).Each(func(_ int, sc *goquery.Selection) {
				if !json.Valid([]byte(sc.Text())) {
					t.Errorf("invalid JSON-LD")
				}
				if strings.Contains(sc.Text(), "NewsArticle") {
					withJSONLD++
					if !strings.Contains(sc.Text(), `"url": "`+public+`"`) {
						t.Errorf("JSON-LD url is not %s", public)
					}
				}
			})
			if og, ok := doc.Find(`meta[property="og:url"]`).Attr("content"); ok {
				withOG++
				if og != public {
					t.Errorf("og:url %q, want %q", og, public)
				}
			}
			if doc.Find(".story-meta time[datetime], .entry-meta time[datetime]").Length() > 0 {
				withTime++
			}
		})
	}
	t.Logf("%d articles: %d with JSON-LD NewsArticle, %d with OpenGraph, %d with <time datetime>", len(articles), withJSONLD, withOG, withTime)
	if withJSONLD == 0 || withJSONLD == len(articles) || withOG == 0 || withOG == len(articles) || withTime == 0 || withTime == len(articles) {
		t.Errorf("JSON-LD, OpenGraph and <time> should each be on some articles but not all")
	}
}

// seedPath is the URL path of the seed wire article.
const seedPath = "/world/2025/04/us-europe-ukraine-london-peace-talks.html"

// wpmlBanner is the development-site banner text the seed page carries.
const wpmlBanner = "This site is registered on wpml.org as a development site. Switch to a production site key to remove this banner."

func TestSeedArticle(t *testing.T) {
	s := startTestServer(t)
	f := get(t, s.URL()+seedPath)
	doc := parseHTML(t, seedPath, f.body)
	if got := normSpace(doc.Find(".otgs-development-site-front-end").Text()); got != wpmlBanner {
		t.Errorf("WPML banner = %q, want %q", got, wpmlBanner)
	}
	if doc.Find("article .otgs-development-site-front-end").Length() != 0 {
		t.Errorf("WPML banner inside the article element")
	}
	if !strings.Contains(string(f.body), `"datePublished": "2025-04-22T09:30:00+00:00"`) {
		t.Errorf("seed page lacks datePublished 2025-04-22T09:30:00+00:00")
	}

	raw, err := os.ReadFile("../../shared/eval/seed/article.txt")
	if err != nil {
		t.Skipf("seed text not available (../../shared/eval is absent outside the workspace): %v", err)
	}
	lines := strings.Split(strings.TrimRight(string(raw), "\n"), "\n")
	var want []string
	for _, l := range lines[1 : len(lines)-1] {
		if strings.TrimSpace(l) != "" {
			want = append(want, l)
		}
	}
	if got := normSpace(doc.Find("h1").First().Text()); got != lines[0] {
		t.Errorf("headline = %q, want %q", got, lines[0])
	}
	if got := strings.TrimSpace(lines[len(lines)-1]); got != wpmlBanner {
		t.Errorf("seed's last line %q is not the banner text the page carries", got)
	}
	// Paragraph text must be verbatim: compare the raw text, not normalised.
	var got []string
	doc.Find(articleBodySelector).Each(func(_ int, p *goquery.Selection) { got = append(got, p.Text()) })
	if !slices.Equal(got, want) {
		t.Errorf("seed body differs from the seed text:\n got %d paragraphs %q\nwant %d paragraphs %q", len(got), got, len(want), want)
	}
}
