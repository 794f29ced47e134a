package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Class and id hints. A hint matches as a substring of the lower-cased
// class and id when it is long enough to be unambiguous, or as a whole
// token (split at non-letters) when it is short ("ad", "nav", "tags").
// They encode the naming habits of CMS themes (WordPress, Drupal, Arc,
// newspaper templates) and readability's unlikely-candidate list.
var (
	// cleanStrongSubstr marks blocks that are boilerplate wherever they
	// are: comments, related and recommended lists, share bars, newsletter
	// and subscription boxes, consent banners, ad slots.
	cleanStrongSubstr = []string{
		"comment", "related", "recommend", "newsletter", "subscri", "cookie",
		"consent", "gdpr", "outbrain", "taboola", "disqus", "sharing", "share-",
		"-share", "sharebar", "social", "advert", "sponsor", "promo",
		"paywall", "breadcrumb", "sidebar", "trending", "most-popular",
		"mostpopular", "most-read", "mostread", "more-stories", "morestories",
		"read-next", "readnext", "up-next", "upnext", "you-may-like",
		"youmaylike", "also-like", "navbar", "navigation", "site-header",
		"site-footer", "footer", "pagination", "development-site",
		"author-bio", "authorbio", "about-author", "about-the-author",
		"jp-relatedposts", "post-navigation", "nav-links", "widget",
		"ad-slot", "adslot", "ad-container", "adcontainer", "ad-wrapper",
		"adwrapper", "ad-unit", "adunit", "more-from", "morefrom",
		"further-reading", "see-also", "seealso", "top-stories",
		"topstories", "latest-news", "latestnews", "also-read", "alsoread",
		"recirc", "follow-us", "followus",
	}
	// cleanMediumSubstr marks furniture that themes also use as state
	// classes on content ("modal-enabled", "entry-content-read-more"):
	// boilerplate unless a positive hint is present too.
	cleanMediumSubstr = []string{
		"popup", "modal", "signup", "sign-up", "readmore", "read-more",
		"masthead", "skip-link", "screen-reader", "sr-only",
		"visually-hidden", "visuallyhidden", "print-only", "toolbar",
		"dropdown", "slideshow", "carousel", "gallery-", "video-player",
		"videoplayer", "playlist", "dfp", "banner", "alert", "donate",
		"tooltip", "login", "signin", "sign-in", "register", "teaser",
		"credit",
	}
	// cleanStrongToken are short strong hints matched as whole tokens.
	cleanStrongToken = []string{
		"ad", "ads", "nav", "menu", "share", "shares", "tags", "tag",
		"hidden", "print", "skip", "rss", "related", "aside", "social",
		"subnav", "topics", "keywords", "categories", "byline", "bio",
		"credit", "credits", "copyright", "disclaimer",
	}
	// cleanWeakSubstr marks blocks that are usually boilerplate but that
	// some themes put around the article: they are removed only when they
	// hold a small share of the page's paragraph text.
	cleanWeakSubstr = []string{
		"header", "meta", "caption", "author", "date", "timestamp",
		"byline", "dateline", "tools", "utility", "actions", "sponsor",
		"hide", "collapsed", "overlay", "lightbox",
	}
	// cleanPositive marks article containers.
	cleanPositive = []string{
		"article", "body", "content", "entry", "main", "post", "story",
		"text", "blog", "hentry", "prose", "rich-text", "richtext",
	}
)

// cleanHintSet is what the class and id of an element say about it:
// strong hints are boilerplate even next to a positive hint, medium ones
// only without one, weak ones only for blocks with little text.
type cleanHintSet struct {
	strong, medium, weak, positive bool
	// embed marks embedded posts (tweets, Instagram) that articles quote.
	embed bool
	// comment marks comment threads.
	comment bool
	// byline marks bylines and author boxes.
	byline bool
	// dated marks elements that show a date ("post-date", "published").
	dated bool
	// quote marks pull quotes and block quotes.
	quote bool
}

func (h cleanHintSet) or(o cleanHintSet) cleanHintSet {
	return cleanHintSet{
		strong: h.strong || o.strong, medium: h.medium || o.medium, weak: h.weak || o.weak,
		positive: h.positive || o.positive, embed: h.embed || o.embed,
		comment: h.comment || o.comment, byline: h.byline || o.byline,
		dated: h.dated || o.dated, quote: h.quote || o.quote,
	}
}

// cleanHintCache memoises hints per attribute value for one Clean call:
// pages repeat the same few class names on thousands of elements.
type cleanHintCache map[string]cleanHintSet

// node returns the hints of n's class and id.
func (c cleanHintCache) node(n *html.Node) cleanHintSet {
	var h cleanHintSet
	for _, a := range n.Attr {
		if (a.Key == "class" || a.Key == "id") && a.Val != "" {
			h = h.or(c.value(a.Val))
		}
	}
	return h
}

func (c cleanHintCache) value(v string) cleanHintSet {
	if h, ok := c[v]; ok {
		return h
	}
	h := cleanHint(v)
	c[v] = h
	return h
}

// Hint kinds, as bits in cleanHintTable entries.
const (
	hintStrong = 1 << iota
	hintMedium
	hintWeak
	hintPositive
	hintEmbed
	hintComment
	hintByline
	hintDated
	hintQuote
)

type cleanHintEntry struct {
	s    string
	kind uint16
}

// cleanHintTable indexes the substring hints by their first two bytes
// (each folded to one of 38 classes) so that cleanHint scans a value once
// instead of searching it for every hint. Built once; read-only.
var cleanHintTable = func() *[38 * 38][]cleanHintEntry {
	var t [38 * 38][]cleanHintEntry
	add := func(list []string, kind uint16) {
		for _, h := range list {
			k := cleanHintClass(h[0])*38 + cleanHintClass(h[1])
			t[k] = append(t[k], cleanHintEntry{h, kind})
		}
	}
	add(cleanStrongSubstr, hintStrong)
	add(cleanMediumSubstr, hintMedium)
	add(cleanWeakSubstr, hintWeak)
	add(cleanPositive, hintPositive)
	add([]string{"tweet", "instagram-media", "social-embed", "socialembed", "social-media-embed", "embed-social", "embedded-post", "embed-twitter", "twitter-embed", "embed-instagram", "instagram-embed"}, hintEmbed)
	add([]string{"comment"}, hintComment)
	add([]string{"byline", "author-name", "authorname"}, hintByline)
	add([]string{"date", "publish", "posted", "timestamp", "pubtime"}, hintDated)
	add([]string{"pullquote", "pull-quote", "pull_quote", "blockquote", "block-quote"}, hintQuote)
	return &t
}()

// cleanHintClass folds a byte to 0–37: letters (either case), digits,
// '-', other.
func cleanHintClass(c byte) int {
	switch {
	case c >= 'a' && c <= 'z':
		return int(c - 'a')
	case c >= 'A' && c <= 'Z':
		return int(c - 'A')
	case c >= '0' && c <= '9':
		return 26 + int(c-'0')
	case c == '-':
		return 36
	}
	return 37
}

// cleanHasPrefixFold reports whether s starts with the lower-case ASCII
// prefix, ignoring the case of s.
func cleanHasPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return false
		}
	}
	return true
}

// cleanHint classifies one class or id value, ignoring ASCII case.
func cleanHint(ci string) cleanHintSet {
	var kinds uint16
	for i := 0; i+1 < len(ci); i++ {
		for _, e := range cleanHintTable[cleanHintClass(ci[i])*38+cleanHintClass(ci[i+1])] {
			if kinds&e.kind == 0 && cleanHasPrefixFold(ci[i:], e.s) {
				kinds |= e.kind
			}
		}
	}
	h := cleanHintSet{
		strong: kinds&hintStrong != 0, medium: kinds&hintMedium != 0,
		weak: kinds&hintWeak != 0, positive: kinds&hintPositive != 0,
		embed: kinds&hintEmbed != 0, comment: kinds&hintComment != 0,
		byline: kinds&hintByline != 0, dated: kinds&hintDated != 0,
		quote: kinds&hintQuote != 0,
	}
	// Whole-token hints, without allocating the tokens (no hint token is
	// longer than buf).
	var buf [16]byte
	for i := 0; i < len(ci); {
		for i < len(ci) && !cleanIsAlnum(ci[i]) {
			i++
		}
		j := i
		for j < len(ci) && cleanIsAlnum(ci[j]) {
			j++
		}
		if j > i && j-i <= len(buf) {
			tok := buf[:j-i]
			for k := i; k < j; k++ {
				c := ci[k]
				if c >= 'A' && c <= 'Z' {
					c += 'a' - 'A'
				}
				tok[k-i] = c
			}
			if cleanStrongTokenSet[string(tok)] {
				h.medium = true
			}
			if string(tok) == "author" || string(tok) == "by" {
				h.byline = true
			}
		}
		i = j
	}
	return h
}

func cleanIsAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// cleanStrongTokenSet is cleanStrongToken as a set.
var cleanStrongTokenSet = func() map[string]bool {
	m := make(map[string]bool, len(cleanStrongToken))
	for _, t := range cleanStrongToken {
		m[t] = true
	}
	return m
}()

// weight is readability's class weight: +25 for a positive hint, -25
// for a boilerplate hint unless the element is an embedded post or a
// quote.
func (h cleanHintSet) weight() int {
	w := 0
	if h.positive {
		w += 25
	}
	if (h.strong || h.medium || h.weak) && !h.embed && !h.quote {
		w -= 25
	}
	return w
}

// cleanRoleStrong are ARIA roles of page furniture.
var cleanRoleStrong = map[string]bool{
	"navigation": true, "contentinfo": true, "complementary": true,
	"search": true, "dialog": true, "alertdialog": true, "menu": true,
	"menubar": true, "toolbar": true, "tablist": true, "banner": true,
	"alert": true, "marquee": true, "tooltip": true,
}

// cleanBoiler decides whether element n is boilerplate. share is the
// fraction of the page's paragraph text inside n; keep is true for the
// ancestors of an itemprop=articleBody element. Strong signals remove n
// unless it holds nearly all of the page's text (then it is a wrapper with
// an unlucky class name); weak signals only when it holds little.
func cleanBoiler(n *html.Node, h cleanHintSet, share float64, ancestorOfBody bool) bool {
	if ancestorOfBody {
		return false
	}
	switch n.DataAtom {
	case atom.Html, atom.Body, atom.Main, atom.Article:
		// Semantic containers are judged by their content, except
		// comment threads marked up as articles.
		if n.DataAtom == atom.Article || n.DataAtom == atom.Main {
			if h.comment && share < 0.5 {
				return true
			}
		}
		return false
	case atom.Aside:
		// Pull quotes are asides that belong to the article.
		return share < 0.6 && !h.quote
	case atom.Nav, atom.Footer, atom.Menu:
		return share < 0.6
	case atom.Header, atom.Form:
		return share < 0.3
	case atom.Figcaption:
		return true
	}
	if cleanHasAttr(n, "hidden") || cleanAttr(n, "aria-hidden") == "true" {
		return share < 0.3
	}
	if st := cleanAttr(n, "style"); st != "" && cleanStyleHidden(st) {
		return share < 0.3
	}
	if r := cleanAttr(n, "role"); r != "" && cleanRoleStrong[strings.ToLower(r)] {
		return share < 0.6
	}
	if h.embed || h.quote {
		// Pull quotes and embedded posts (tweets, Instagram) quoted by
		// the article are article content, whatever class wraps them.
		return false
	}
	switch {
	case h.strong && !h.positive:
		return share < 0.6
	case h.strong:
		return share < 0.3
	case h.medium && !h.positive:
		return share < 0.6
	case h.weak && !h.positive:
		return share < 0.2
	}
	return false
}

// cleanStyleHidden reports whether an inline style hides the element.
func cleanStyleHidden(st string) bool {
	if !strings.Contains(st, "none") && !strings.Contains(st, "hidden") && !strings.Contains(st, "NONE") && !strings.Contains(st, "HIDDEN") {
		return false
	}
	st = strings.ToLower(st)
	st = strings.ReplaceAll(st, " ", "")
	return strings.Contains(st, "display:none") || strings.Contains(st, "visibility:hidden")
}

// removeBoilerplate detaches boilerplate elements below n. total is the
// page's paragraph text length; keep holds the ancestors of the
// itemprop=articleBody element, if any.
func (t *cleanTree) removeBoilerplate(n *html.Node, total int, keep map[*html.Node]bool) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode {
			ci := t.info[c]
			if ci == nil || cleanDropTags[c.DataAtom] {
				n.RemoveChild(c)
			} else {
				share := 0.0
				if total > 0 {
					share = float64(ci.ptext) / float64(total)
				}
				if cleanBoiler(c, t.hints.node(c), share, keep[c]) {
					n.RemoveChild(c)
				} else {
					t.removeBoilerplate(c, total, keep)
				}
			}
		} else if c.Type == html.CommentNode {
			n.RemoveChild(c)
		}
		c = next
	}
}
