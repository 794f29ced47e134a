package extract

import (
	"golang.org/x/net/html/atom"
)

// Two thirds of the text nodes of a news page are white space between
// tags, most of it indentation between block elements. The renderer
// flushes a paragraph at every block element, so white space next to one
// never reaches the text, and the stats count it as nothing; the prescan
// drops it so the parser does not build those nodes. White space that can
// separate words (between inline elements, or next to an end tag that may
// be stray and ignored by the parser) is kept.

// cleanTagKind is what the prescan knows about the tag at a '<'.
type cleanTagKind uint8

const (
	cleanTagOther      cleanTagKind = iota // anything else (inline, comment, text)
	cleanTagBlockStart                     // start tag of a cleanSpaceBlocks element
	cleanTagBlockEnd                       // end tag of a cleanSpaceBlocks element
	cleanTagFmtStart                       // start tag of a formatting element
	cleanTagFmtEnd                         // end tag of a formatting element
	cleanTagScopeStart                     // start tag of a cleanSpaceScopes element
	cleanTagScopeEnd                       // end tag of a cleanSpaceScopes element
)

// cleanSpaceFormatting are the HTML formatting elements. While one may be
// open, the parser reopens it ("reconstructs the active formatting
// elements") on any text, white space included, and a following block
// lands inside the reopened element; so white space is only dropped when
// none may be open. The value is the element's counter index.
var cleanSpaceFormatting = map[atom.Atom]int{
	atom.A: 0, atom.B: 1, atom.Big: 2, atom.Code: 3, atom.Em: 4, atom.Font: 5, atom.I: 6,
	atom.Nobr: 7, atom.S: 8, atom.Small: 9, atom.Strike: 10, atom.Strong: 11, atom.Tt: 12, atom.U: 13,
}

// cleanSpaceScopes are the elements that bound the default scope in which
// a formatting end tag closes its element; inside one an end tag may
// leave the element open.
var cleanSpaceScopes = map[atom.Atom]bool{
	atom.Table: true, atom.Td: true, atom.Th: true, atom.Caption: true,
	atom.Applet: true, atom.Object: true, atom.Marquee: true, atom.Template: true,
	atom.Math: true, atom.Svg: true,
}

// cleanSpaceState tracks, conservatively, whether a formatting element may
// be open at the scan position: per element, start tags minus end tags,
// never below zero; an end tag inside a scope boundary does not count.
type cleanSpaceState struct {
	open   [14]int32
	nOpen  int // elements with open > 0
	scopes int // scope boundary start tags minus end tags, never below zero
}

// see updates the state with a tag that reaches the parser.
func (s *cleanSpaceState) see(kind cleanTagKind, a atom.Atom) {
	switch kind {
	case cleanTagScopeStart, cleanTagBlockStart:
		if cleanSpaceScopes[a] { // <table> is a block too
			s.scopes++
		}
	case cleanTagScopeEnd, cleanTagBlockEnd:
		if cleanSpaceScopes[a] {
			s.scopes = max(0, s.scopes-1)
		}
	case cleanTagFmtStart:
		k := cleanSpaceFormatting[a]
		if s.open[k] == 0 {
			s.nOpen++
		}
		s.open[k]++
	case cleanTagFmtEnd:
		k := cleanSpaceFormatting[a]
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

// cleanSpaceBlocks are the block elements whose start tag always makes an
// element in a body (so not html, body, form, select or the table parts,
// which the parser ignores in some places) and at which the renderer
// starts a new paragraph.
var cleanSpaceBlocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.Header: true, atom.Footer: true, atom.Aside: true, atom.Nav: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Ul: true, atom.Ol: true, atom.Li: true, atom.Dl: true, atom.Dt: true, atom.Dd: true,
	atom.Blockquote: true, atom.Pre: true, atom.Table: true, atom.Figure: true,
	atom.Figcaption: true, atom.Hr: true, atom.Br: true, atom.Address: true,
	atom.Details: true, atom.Summary: true, atom.Center: true, atom.Fieldset: true,
	atom.Menu: true, atom.Hgroup: true, atom.Legend: true,
}

// cleanTagKindAt classifies the markup at rest[0] == '<' and returns the
// tag's atom (zero for cleanTagOther).
func cleanTagKindAt(rest []byte) (cleanTagKind, atom.Atom) {
	i, end := 1, false
	if len(rest) > 1 && rest[1] == '/' {
		i, end = 2, true
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
			return cleanTagOther, 0
		}
		if n == len(buf) {
			return cleanTagOther, 0
		}
		buf[n] = c
		n++
	}
	if i == len(rest) || n == 0 {
		return cleanTagOther, 0
	}
	a := atom.Lookup(buf[:n])
	switch {
	case cleanSpaceBlocks[a] && end:
		return cleanTagBlockEnd, a
	case cleanSpaceBlocks[a]:
		return cleanTagBlockStart, a
	case cleanSpaceScopes[a] && end:
		return cleanTagScopeEnd, a
	case cleanSpaceScopes[a]:
		return cleanTagScopeStart, a
	}
	if _, ok := cleanSpaceFormatting[a]; ok {
		if end {
			return cleanTagFmtEnd, a
		}
		return cleanTagFmtStart, a
	}
	return cleanTagOther, 0
}

// cleanSpaceGapDroppable reports whether white space between a tag of
// kind prev and one of kind next can be dropped: next to a block start
// tag. (Not between two block end tags: both may be stray, ignored by the
// parser, and the space would separate the words around them.)
func cleanSpaceGapDroppable(prev, next cleanTagKind) bool {
	return prev == cleanTagBlockStart || next == cleanTagBlockStart
}

// cleanAllHTMLSpace reports whether b is all HTML white space.
func cleanAllHTMLSpace(b []byte) bool {
	for _, c := range b {
		if !cleanIsHTMLSpace(c) {
			return false
		}
	}
	return true
}
