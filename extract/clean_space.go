package extract

// Two thirds of the text nodes of a news page are white space between
// tags, most of it indentation next to block elements. The renderer
// flushes a paragraph at every block element, so white space next to one
// never reaches the text, and the stats count it as nothing; the prescan
// drops the white space next to block start tags so the parser does not
// build those nodes. White space that can separate words (between inline
// elements, or between end tags that may be stray and ignored by the
// parser) is kept, and so is all white space while a formatting element
// may be open: the parser reopens it there ("reconstructs the active
// formatting elements"), and a following block would land inside it.

// cleanSpaceTag is what the prescan knows about the tag at a '<'.
type cleanSpaceTag struct {
	end   bool // an end tag
	block bool // see cleanSpaceClass
	scope bool // see cleanSpaceClass
	fmt   int8 // formatting element: its counter index + 1; 0 if none
}

// blockStart reports whether the tag is the start tag of a block.
func (t cleanSpaceTag) blockStart() bool { return t.block && !t.end }

// cleanSpaceClass classifies a lower-case tag name. block: the block
// elements whose start tag always makes an element in a body (so not
// html, body, form, select or the table parts, which the parser ignores
// in some places) and at which the renderer starts a new paragraph.
// scope: the elements that bound the default scope in which a formatting
// end tag closes its element. fmt: the formatting elements.
func cleanSpaceClass(name string) (block, scope bool, fmt int8) {
	switch name {
	case "p", "div", "section", "article", "main", "header", "footer", "aside", "nav",
		"h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd",
		"blockquote", "pre", "figure", "figcaption", "hr", "br", "address",
		"details", "summary", "center", "fieldset", "menu", "hgroup", "legend":
		return true, false, 0
	case "table":
		return true, true, 0
	case "td", "th", "caption", "applet", "object", "marquee", "template", "math", "svg":
		return false, true, 0
	case "a":
		return false, false, 1
	case "b":
		return false, false, 2
	case "big":
		return false, false, 3
	case "code":
		return false, false, 4
	case "em":
		return false, false, 5
	case "font":
		return false, false, 6
	case "i":
		return false, false, 7
	case "nobr":
		return false, false, 8
	case "s":
		return false, false, 9
	case "small":
		return false, false, 10
	case "strike":
		return false, false, 11
	case "strong":
		return false, false, 12
	case "tt":
		return false, false, 13
	case "u":
		return false, false, 14
	}
	return false, false, 0
}

// cleanSpaceTagAt classifies the markup at rest[0] == '<'; anything that
// is not a tag, or a tag not named in cleanSpaceClass, is the zero value
// (apart from end).
func cleanSpaceTagAt(rest []byte) cleanSpaceTag {
	var t cleanSpaceTag
	i := 1
	if len(rest) > 1 && rest[1] == '/' {
		i, t.end = 2, true
	}
	var buf [12]byte
	n := 0
	for ; i < len(rest); i++ {
		c := rest[i]
		if cleanIsHTMLSpace(c) || c == '>' || c == '/' {
			break
		}
		switch {
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c >= 'a' && c <= 'z' || n > 0 && c >= '1' && c <= '6':
		default:
			return t
		}
		if n == len(buf) {
			return t
		}
		buf[n] = c
		n++
	}
	if i == len(rest) || n == 0 {
		return t
	}
	t.block, t.scope, t.fmt = cleanSpaceClass(string(buf[:n]))
	return t
}

// cleanSpaceState tracks, conservatively, whether a formatting element may
// be open at the scan position: per element, start tags minus end tags,
// never below zero; an end tag inside a scope boundary does not count
// (there it may leave the element open).
type cleanSpaceState struct {
	open   [14]int32
	nOpen  int // elements with open > 0
	scopes int // scope boundary start tags minus end tags, never below zero
}

// see updates the state with a tag that reaches the parser.
func (s *cleanSpaceState) see(t cleanSpaceTag) {
	switch {
	case t.scope && !t.end:
		s.scopes++
	case t.scope:
		s.scopes = max(0, s.scopes-1)
	case t.fmt > 0 && !t.end:
		k := t.fmt - 1
		if s.open[k] == 0 {
			s.nOpen++
		}
		s.open[k]++
	case t.fmt > 0:
		k := t.fmt - 1
		if s.open[k] > 0 && s.scopes == 0 {
			s.open[k]--
			if s.open[k] == 0 {
				s.nOpen--
			}
		}
	}
}

// clear reports whether no formatting element can be open.
func (s *cleanSpaceState) clear() bool { return s.nOpen == 0 }

// cleanAllHTMLSpace reports whether b is all HTML white space.
func cleanAllHTMLSpace(b []byte) bool {
	for _, c := range b {
		if !cleanIsHTMLSpace(c) {
			return false
		}
	}
	return true
}
