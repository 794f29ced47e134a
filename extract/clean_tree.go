package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// cleanInfo is what the cleaner knows about one element after the stats
// pass. Lengths count bytes of text with white space runs counted once.
type cleanInfo struct {
	text    int // all text below the element
	link    int // text inside <a> elements
	ptext   int // text inside paragraph units
	ownText int // inline text directly in this element (not in child blocks)
	score   float64
	paras   int32 // paragraph units below
	commas  int32 // commas (and their CJK forms) below
	lis     int32 // <li> elements below
	weight  int32 // class/id weight
	scored  bool
	isPara  bool
}

// cleanTree holds the per-call state of the main text extraction: one
// cleanInfo per element. It is built and used by one Clean call only.
type cleanTree struct {
	info map[*html.Node]*cleanInfo
	// pool backs the cleanInfo values to save allocations.
	pool []cleanInfo
	// hints caches class/id hints.
	hints cleanHintCache
}

func newCleanTree(sizeHint int) *cleanTree {
	return &cleanTree{info: make(map[*html.Node]*cleanInfo, sizeHint), pool: make([]cleanInfo, 0, sizeHint), hints: cleanHintCache{}}
}

func (t *cleanTree) get(n *html.Node) *cleanInfo {
	if ci := t.info[n]; ci != nil {
		return ci
	}
	if len(t.pool) == cap(t.pool) {
		t.pool = make([]cleanInfo, 0, max(64, cap(t.pool)))
	}
	t.pool = append(t.pool, cleanInfo{})
	ci := &t.pool[len(t.pool)-1]
	t.info[n] = ci
	return ci
}

// cleanCountElems counts the elements below n that stats gives a
// cleanInfo: n itself and its element descendants outside dropped
// elements. It sizes the per-call tables exactly.
func cleanCountElems(n *html.Node) int {
	count := 1
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && !cleanDropTags[c.DataAtom] {
			count += cleanCountElems(c)
		}
	}
	return count
}

// cleanBlockTags are the elements that start a new block of text when
// rendered.
var cleanBlockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.Header: true, atom.Footer: true, atom.Aside: true, atom.Nav: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Ul: true, atom.Ol: true, atom.Li: true, atom.Dl: true, atom.Dt: true, atom.Dd: true,
	atom.Blockquote: true, atom.Pre: true, atom.Table: true, atom.Tr: true, atom.Td: true,
	atom.Th: true, atom.Thead: true, atom.Tbody: true, atom.Tfoot: true, atom.Caption: true,
	atom.Figure: true, atom.Figcaption: true, atom.Hr: true, atom.Br: true, atom.Address: true,
	atom.Details: true, atom.Summary: true, atom.Center: true, atom.Form: true,
	atom.Fieldset: true, atom.Body: true, atom.Html: true, atom.Menu: true, atom.Hgroup: true,
	atom.Picture: false, atom.Legend: true, atom.Option: true, atom.Select: true,
}

// cleanDropTags are elements whose content is never article text.
var cleanDropTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Button: true, atom.Select: true, atom.Input: true, atom.Textarea: true,
	atom.Option: true, atom.Iframe: true, atom.Object: true, atom.Embed: true,
	atom.Canvas: true, atom.Video: true, atom.Audio: true, atom.Map: true,
	atom.Dialog: true, atom.Svg: true, atom.Math: false, atom.Head: true,
	atom.Title: true, atom.Link: true, atom.Meta: true, atom.Label: true,
}

// cleanIsSpace reports whether c is HTML white space.
func cleanIsSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'
}

// cleanTextLenClass sorts bytes for cleanTextLen: 0 plain, 1 white space,
// 2 comma, 3 a lead byte of no-break space, "，" or "、".
var cleanTextLenClass = func() *[256]uint8 {
	var t [256]uint8
	for _, c := range []byte(" \n\t\r\f") {
		t[c] = 1
	}
	t[','] = 2
	t[0xC2], t[0xEF], t[0xE3] = 3, 3, 3
	return &t
}()

// cleanTextLen counts the bytes of s with white space runs counted as one
// and leading/trailing space dropped, and its commas.
func cleanTextLen(s string) (n, commas int) {
	space := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch cleanTextLenClass[c] {
		case 0:
			space = false
			n++
			continue
		case 2:
			commas++
		case 3:
			if c == 0xC2 && i+1 < len(s) && s[i+1] == 0xA0 { // no-break space
				i++
				if !space {
					n++
					space = true
				}
				continue
			}
			if c == 0xEF && i+2 < len(s) && s[i+1] == 0xBC && s[i+2] == 0x8C || // ，
				c == 0xE3 && i+2 < len(s) && s[i+1] == 0x80 && s[i+2] == 0x81 { // 、
				commas++
			}
		case 1:
			if !space {
				n++
				space = true
			}
			continue
		}
		space = false
		n++
	}
	if space && n > 0 {
		n--
	}
	return n, commas
}

// cleanAttr returns the value of attribute key of n.
func cleanAttr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// cleanHasAttr reports whether n has attribute key.
func cleanHasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

// cleanClassID returns the lower-cased class and id of n, space separated.
func cleanClassID(n *html.Node) string {
	var c, id string
	for _, a := range n.Attr {
		switch a.Key {
		case "class":
			c = a.Val
		case "id":
			id = a.Val
		}
	}
	if c == "" && id == "" {
		return ""
	}
	return strings.ToLower(c + " " + id)
}

// stats computes cleanInfo for n and its descendants, skipping removed
// nodes (which are detached already). inLink is true inside an <a>.
func (t *cleanTree) stats(n *html.Node, inLink bool) (text, link, commas int) {
	switch n.Type {
	case html.TextNode:
		l, c := cleanTextLen(n.Data)
		if inLink {
			return l, l, c
		}
		return l, 0, c
	case html.ElementNode, html.DocumentNode:
	default:
		return 0, 0, 0
	}
	if n.Type == html.ElementNode && cleanDropTags[n.DataAtom] {
		return 0, 0, 0
	}
	ci := t.get(n)
	*ci = cleanInfo{}
	if n.DataAtom == atom.A {
		inLink = true
	}
	block := n.Type == html.ElementNode && cleanBlockTags[n.DataAtom]
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		tl, ll, cc := t.stats(c, inLink)
		ci.text += tl
		ci.link += ll
		ci.commas += int32(cc)
		if c.Type == html.ElementNode {
			if cci := t.info[c]; cci != nil {
				ci.ptext += cci.ptext
				ci.paras += cci.paras
				ci.lis += cci.lis
				if !cleanBlockTags[c.DataAtom] {
					ci.ownText += cci.ownText
				}
			} else if !cleanDropTags[c.DataAtom] && !cleanBlockTags[c.DataAtom] {
				ci.ownText += tl
			}
		} else if c.Type == html.TextNode {
			ci.ownText += tl
		}
	}
	if !block {
		// An inline element's own text counts as the parent block's.
		return ci.text, ci.link, int(ci.commas)
	}
	if n.DataAtom == atom.Li {
		ci.lis++
	}
	// A paragraph unit is a block with enough inline text of its own.
	if block && ci.ownText >= 25 && n.DataAtom != atom.Body && n.DataAtom != atom.Html {
		ci.isPara = true
		ci.paras++
		ci.ptext += ci.ownText
	}
	return ci.text, ci.link, int(ci.commas)
}

// linkDensity is the share of an element's text inside links.
func (ci *cleanInfo) linkDensity() float64 {
	if ci.text == 0 {
		return 0
	}
	return float64(ci.link) / float64(ci.text)
}
