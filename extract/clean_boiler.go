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

// cleanTokens splits a class/id string into lower-case alphanumeric
// tokens.
func cleanTokens(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	})
}

// cleanHint classifies a class/id string: strong hints are boilerplate
// even next to a positive hint, medium ones only without one, weak ones
// only for blocks with little text.
func cleanHint(ci string) (strong, medium, weak, positive bool) {
	if ci == "" {
		return false, false, false, false
	}
	for _, h := range cleanStrongSubstr {
		if strings.Contains(ci, h) {
			strong = true
			break
		}
	}
	for _, h := range cleanMediumSubstr {
		if strings.Contains(ci, h) {
			medium = true
			break
		}
	}
	if !strong && !medium {
		for _, tok := range cleanTokens(ci) {
			for _, h := range cleanStrongToken {
				if tok == h {
					medium = true
					break
				}
			}
			if medium {
				break
			}
		}
	}
	for _, h := range cleanWeakSubstr {
		if strings.Contains(ci, h) {
			weak = true
			break
		}
	}
	for _, h := range cleanPositive {
		if strings.Contains(ci, h) {
			positive = true
			break
		}
	}
	return strong, medium, weak, positive
}

// cleanWeight is readability's class weight: +25 for a positive hint, -25
// for a boilerplate hint.
func cleanWeight(n *html.Node) int {
	ci := cleanClassID(n)
	if cleanIsEmbed(ci) {
		return 0
	}
	strong, medium, weak, positive := cleanHint(ci)
	w := 0
	if positive {
		w += 25
	}
	if strong || medium || weak {
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
func cleanBoiler(n *html.Node, share float64, ancestorOfBody bool) bool {
	if ancestorOfBody {
		return false
	}
	switch n.DataAtom {
	case atom.Html, atom.Body, atom.Main, atom.Article:
		// Semantic containers are judged by their content, except
		// comment threads marked up as articles.
		if n.DataAtom == atom.Article || n.DataAtom == atom.Main {
			if strings.Contains(cleanClassID(n), "comment") && share < 0.5 {
				return true
			}
		}
		return false
	case atom.Nav, atom.Aside, atom.Footer, atom.Menu:
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
	ci := cleanClassID(n)
	if ci == "" {
		return false
	}
	strong, medium, weak, positive := cleanHint(ci)
	if cleanIsEmbed(ci) {
		// Embedded posts (tweets, Instagram) quoted by the article are
		// article content, whatever "social" class wraps them.
		return false
	}
	switch {
	case strong && !positive:
		return share < 0.6
	case strong:
		return share < 0.3
	case medium && !positive:
		return share < 0.6
	case weak && !positive:
		return share < 0.2
	}
	return false
}

// cleanStyleHidden reports whether an inline style hides the element.
func cleanStyleHidden(st string) bool {
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
				if cleanBoiler(c, share, keep[c]) {
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

// cleanIsEmbed reports whether a class/id names an embedded post.
func cleanIsEmbed(ci string) bool {
	return strings.Contains(ci, "embed") || strings.Contains(ci, "tweet") || strings.Contains(ci, "instagram-media")
}
