package extract

import (
	"bytes"
	"io"
)

// cleanRawTags are the elements whose content is never article text and
// which cleanRawSegments removes before parsing. Script and style bodies are
// often more than half of a page's bytes; dropping them before the HTML
// parser sees them roughly halves parse time.
var cleanRawTags = [][]byte{[]byte("script"), []byte("style"), []byte("svg"), []byte("noscript")}

// cleanSegReader reads the kept segments of a body without copying them
// into one buffer.
type cleanSegReader struct {
	b    []byte
	segs [][2]int
}

func (r *cleanSegReader) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) && len(r.segs) > 0 {
		s := &r.segs[0]
		k := copy(p[n:], r.b[s[0]:s[1]])
		n += k
		s[0] += k
		if s[0] >= s[1] {
			r.segs = r.segs[1:]
		}
	}
	if n == 0 && len(r.segs) == 0 {
		return 0, io.EOF
	}
	return n, nil
}

// cleanRawSegments removes comments and script, style, svg and noscript
// elements from an HTML document with a byte scan: it returns the
// [start, end) byte ranges of b to keep, and the bodies of JSON-LD scripts
// (type application/ld+json) separately, since they carry metadata. It
// never reads inside a removed element for anything else: dates in
// scripts are not evidence. An element left open at the end of the input
// runs to the end, as in a browser.
func cleanRawSegments(b []byte) (segs [][2]int, ld [][]byte) {
	return cleanRawSegmentsOpt(b, true, true)
}

// cleanRawSegmentsOpt is cleanRawSegments; stripAttrs also drops the
// attributes the cleaner does not use (see cleanScanTag), and dropSpace
// the white space next to block start tags (see clean_space.go).
func cleanRawSegmentsOpt(b []byte, stripAttrs, dropSpace bool) (segs [][2]int, ld [][]byte) {
	i, last := 0, 0
	var drop [][2]int
	// The end of the last tag seen (-1 when unknown), and whether it was
	// a block start tag (see clean_space.go).
	prevEnd, prevBlock := -1, false
	var fmtState cleanSpaceState
	for i < len(b) {
		j := bytes.IndexByte(b[i:], '<')
		if j < 0 {
			break
		}
		i += j
		rest := b[i:]
		if len(rest) < 2 {
			break
		}
		// The white space before this '<' goes if the markup here is a
		// tag that reaches the parser (checked below, before cutting).
		st := cleanSpaceTagAt(rest)
		gap := dropSpace && fmtState.clear() && prevEnd >= last && prevEnd < i &&
			(prevBlock || st.blockStart()) && cleanAllHTMLSpace(b[prevEnd:i])
		gapEnd := prevEnd
		prevEnd, prevBlock = -1, false
		if rest[1] == '/' && len(rest) > 2 && (rest[2]|0x20) >= 'a' && (rest[2]|0x20) <= 'z' {
			// An end tag: always passed to the parser.
			if gap {
				segs = cleanAddSeg(segs, last, gapEnd)
				last = i
			}
			fmtState.see(st)
			if gt := bytes.IndexByte(rest, '>'); gt >= 0 {
				prevEnd = i + gt + 1
			}
			i++
			continue
		}
		// Only <!--, <s…, <n… and <f… can start something to drop; other
		// start tags only lose attributes.
		switch rest[1] | 0x20 {
		case '!' | 0x20, 's', 'n', 'f':
		default:
			if c := rest[1] | 0x20; stripAttrs && c >= 'a' && c <= 'z' {
				i, last, segs = cleanStartTag(b, i, last, segs, &drop, gap, gapEnd)
				fmtState.see(st)
				if b[i-1] == '>' {
					prevEnd, prevBlock = i, st.blockStart()
				}
				continue
			}
			i++
			continue
		}
		if bytes.HasPrefix(rest, []byte("<!--")) {
			k := bytes.Index(rest[2:], []byte("-->"))
			end := len(b)
			if k >= 0 {
				end = i + 2 + k + 3
			}
			segs = cleanAddSeg(segs, last, i)
			i, last = end, end
			continue
		}
		tag := cleanRawTagAt(rest)
		if tag == nil {
			if end, ok := cleanFurnitureEnd(b, i); ok {
				// Collect JSON-LD inside the furniture before dropping it.
				// (Scanning from after the '<' so the element itself is not
				// seen again.)
				_, inner := cleanRawSegmentsOpt(b[i+1:end], false, false)
				ld = append(ld, inner...)
				segs = cleanAddSeg(segs, last, i)
				i, last = end, end
				continue
			}
			if c := rest[1] | 0x20; stripAttrs && c >= 'a' && c <= 'z' {
				i, last, segs = cleanStartTag(b, i, last, segs, &drop, gap, gapEnd)
				fmtState.see(st)
				if b[i-1] == '>' {
					prevEnd, prevBlock = i, st.blockStart()
				}
				continue
			}
			i++
			continue
		}
		// End of the start tag.
		gt := bytes.IndexByte(rest, '>')
		if gt < 0 {
			segs = cleanAddSeg(segs, last, i)
			last = len(b)
			break
		}
		openTag := rest[:gt+1]
		bodyStart := i + gt + 1
		end, bodyEnd := len(b), len(b)
		if gt == 0 || rest[gt-1] != '/' || tag[1] != 'v' { // <svg/> is self-closing
			if k := cleanIndexEndTag(b[bodyStart:], tag); k >= 0 {
				bodyEnd = bodyStart + k
				if e := bytes.IndexByte(b[bodyEnd:], '>'); e >= 0 {
					end = bodyEnd + e + 1
				}
			}
		} else {
			end, bodyEnd = bodyStart, bodyStart
		}
		if tag[0] == 's' && tag[1] == 'c' && cleanIsLDJSON(openTag) {
			ld = append(ld, b[bodyStart:bodyEnd])
		}
		segs = cleanAddSeg(segs, last, i)
		i, last = end, end
	}
	segs = cleanAddSeg(segs, last, len(b))
	return segs, ld
}

// cleanFurnitureTags are elements that are page furniture when they hold
// no paragraphs: menus of links (nav), link-list footers, form selects.
// Navigation is a fifth of a news page's elements; dropping it before
// parsing saves that much parse time. The cleaner would remove them anyway
// (see cleanBoiler); one that holds a <p> or <article> is left to it.
var cleanFurnitureTags = [][]byte{[]byte("nav"), []byte("footer"), []byte("select")}

// cleanFurnitureEnd reports whether b[i:] starts with a furniture element
// without paragraphs, and returns the offset just past its end tag
// (matching nested elements of the same name).
func cleanFurnitureEnd(b []byte, i int) (int, bool) {
	rest := b[i:]
	var tag []byte
	for _, t := range cleanFurnitureTags {
		n := len(t) + 1
		if len(rest) > n && bytes.EqualFold(rest[1:n], t) && cleanIsTagDelim(rest[n]) {
			tag = t
			break
		}
	}
	if tag == nil {
		return 0, false
	}
	depth := 0
	for k := i; k < len(b); {
		j := bytes.IndexByte(b[k:], '<')
		if j < 0 {
			return 0, false
		}
		k += j
		r := b[k:]
		n := len(tag) + 1
		switch {
		case len(r) > n && bytes.EqualFold(r[1:n], tag) && cleanIsTagDelim(r[n]):
			depth++
		case len(r) > n+1 && r[1] == '/' && bytes.EqualFold(r[2:n+1], tag) && cleanIsTagDelim(r[n+1]):
			depth--
			if depth == 0 {
				e := bytes.IndexByte(r, '>')
				if e < 0 {
					return 0, false
				}
				return k + e + 1, true
			}
		case len(r) > 2 && (r[1] == 'p' || r[1] == 'P') && cleanIsTagDelim(r[2]),
			len(r) > 8 && bytes.EqualFold(r[1:8], []byte("article")) && cleanIsTagDelim(r[8]):
			return 0, false
		}
		k++
	}
	return 0, false
}

func cleanIsTagDelim(c byte) bool {
	switch c {
	case '>', '/', ' ', '\t', '\n', '\r', '\f':
		return true
	}
	return false
}

// cleanStartTag is cleanStripAttrs, which it calls; with gap it first
// drops the white space b[gapEnd:i] before the tag, unless the tag is
// left unclosed at the end of the input (the parser then drops the tag
// and the white space would join the text before it).
func cleanStartTag(b []byte, i, last int, segs [][2]int, drop *[][2]int, gap bool, gapEnd int) (int, int, [][2]int) {
	if !gap {
		return cleanStripAttrs(b, i, last, segs, drop)
	}
	n, l := len(segs), last
	segs = cleanAddSeg(segs, last, gapEnd)
	var next int
	next, last, segs = cleanStripAttrs(b, i, i, segs, drop)
	if next == i+1 { // unclosed: keep the white space
		return next, l, segs[:n]
	}
	return next, last, segs
}

// cleanStripAttrs handles the start tag at b[i]: the kept bytes before
// it are closed into segs, its unused attributes are skipped, and the
// contents of <title> and <textarea> (text, not markup) are passed
// through untouched. It returns the next scan position and the start of
// the pending kept range.
func cleanStripAttrs(b []byte, i, last int, segs [][2]int, drop *[][2]int) (int, int, [][2]int) {
	end, name, d, ok := cleanScanTag(b, i, (*drop)[:0])
	*drop = d
	if !ok {
		return i + 1, last, segs
	}
	for _, r := range d {
		segs = cleanAddSeg(segs, last, r[0])
		last = r[1]
	}
	if bytes.EqualFold(name, []byte("title")) || bytes.EqualFold(name, []byte("textarea")) {
		if k := cleanIndexEndTag(b[end:], bytes.ToLower(name)); k >= 0 {
			end += k
		} else {
			end = len(b)
		}
	}
	return end, last, segs
}

func cleanAddSeg(segs [][2]int, from, to int) [][2]int {
	if to > from {
		segs = append(segs, [2]int{from, to})
	}
	return segs
}

// cleanRawTagAt returns the raw tag name if rest starts with its start tag.
func cleanRawTagAt(rest []byte) []byte {
	for _, t := range cleanRawTags {
		n := len(t) + 1
		if len(rest) <= n || !bytes.EqualFold(rest[1:n], t) {
			continue
		}
		switch rest[n] {
		case '>', '/', ' ', '\t', '\n', '\r', '\f':
			return t
		}
	}
	return nil
}

// cleanIndexEndTag finds "</tag" (any case) in b.
func cleanIndexEndTag(b, tag []byte) int {
	for k := 0; ; {
		j := bytes.Index(b[k:], []byte("</"))
		if j < 0 {
			return -1
		}
		k += j
		if n := k + 2 + len(tag); n <= len(b) && bytes.EqualFold(b[k+2:n], tag) {
			return k
		}
		k += 2
	}
}

// cleanIsLDJSON reports whether a script start tag has type
// application/ld+json.
func cleanIsLDJSON(openTag []byte) bool {
	return bytes.Contains(bytes.ToLower(openTag), []byte("ld+json"))
}
