package extract

import "bytes"

// The HTML tokenizer copies every attribute key and value it reads, and
// attributes the cleaner never looks at (data-*, src, srcset, alt, width,
// event handlers...) are most of a page's attributes. The prescan drops
// them before parsing: cleanScanTag reads a start tag exactly as
// golang.org/x/net/html's tokenizer does (readTagName, readTagAttrKey,
// readTagAttrVal) and reports the byte ranges of the attributes to drop, so
// the parser sees the same elements with fewer attributes.

// cleanKeepAttrs are the attributes the cleaner and the metadata reader
// use. href is kept on <link> and <base> only; style only when it may hide
// the element.
var cleanKeepAttrs = map[string]bool{
	"class": true, "id": true, "role": true, "itemprop": true, "hidden": true,
	"aria-hidden": true, "style": true, "rel": true, "href": true, "content": true,
	"name": true, "property": true, "http-equiv": true, "charset": true,
	"datetime": true, "lang": true, "xml:lang": true, "pubdate": true, "type": true,
}

func cleanIsHTMLSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f'
}

// cleanScanTag reads the start tag at b[i] ('<' followed by a letter). It
// returns the offset just past the tag's '>', the tag name and the
// [start, end) ranges of attributes to drop. ok is false when the tag is
// not closed before the end of b; the caller then keeps it as it is.
func cleanScanTag(b []byte, i int, drop [][2]int) (end int, name []byte, _ [][2]int, ok bool) {
	n := len(b)
	pos := i + 1
	for pos < n && !cleanIsHTMLSpace(b[pos]) && b[pos] != '/' && b[pos] != '>' {
		pos++
	}
	name = b[i+1 : pos]
	linkLike := len(name) == 4 && bytes.EqualFold(name, []byte("link")) || len(name) == 4 && bytes.EqualFold(name, []byte("base"))
	skipWS := func() {
		for pos < n && cleanIsHTMLSpace(b[pos]) {
			pos++
		}
	}
	for {
		skipWS()
		if pos >= n {
			return 0, name, drop, false
		}
		if b[pos] == '>' {
			return pos + 1, name, drop, true
		}
		// Attribute key: an '=' as its first byte belongs to it.
		ks := pos
		for pos < n {
			c := b[pos]
			if c == '=' && pos == ks {
				pos++
				continue
			}
			if cleanIsHTMLSpace(c) || c == '/' || c == '>' || c == '=' {
				break
			}
			pos++
		}
		ke := pos
		if pos >= n {
			return 0, name, drop, false
		}
		// Attribute value.
		ve := ke
		skipWS()
		if pos >= n {
			return 0, name, drop, false
		}
		switch c := b[pos]; {
		case c == '/':
			pos++ // self-closing marker, consumed as the tokenizer does
		case c != '=':
			// No value; reconsume.
		default:
			pos++
			skipWS()
			if pos >= n {
				return 0, name, drop, false
			}
			switch q := b[pos]; q {
			case '>':
				// Empty value.
			case '\'', '"':
				k := bytes.IndexByte(b[pos+1:], q)
				if k < 0 {
					return 0, name, drop, false
				}
				pos += 1 + k + 1
				ve = pos
			default:
				for pos < n && !cleanIsHTMLSpace(b[pos]) && b[pos] != '>' {
					pos++
				}
				if pos >= n {
					return 0, name, drop, false
				}
				ve = pos
			}
		}
		if ke > ks && !cleanKeepAttr(b[ks:ke], b[ke:ve], linkLike) {
			drop = append(drop, [2]int{ks, ve})
		}
	}
}

// cleanKeepAttr decides whether an attribute (key, and the raw "=value"
// part) is kept.
func cleanKeepAttr(key, rawVal []byte, linkLike bool) bool {
	var buf [16]byte
	if len(key) > len(buf) {
		return false
	}
	lk := buf[:len(key)]
	for i, c := range key {
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		lk[i] = c
	}
	switch string(lk) {
	case "href":
		return linkLike
	case "style":
		return bytes.Contains(bytes.ToLower(rawVal), []byte("none")) || bytes.Contains(bytes.ToLower(rawVal), []byte("hidden"))
	}
	return cleanKeepAttrs[string(lk)]
}
