package review

import (
	"github.com/claimwire/claimwire/extract"
)

// Mark classes for highlighted text, most important first: where ranges
// overlap, the more important class wins.
const (
	markQuote   = "quote"
	markCue     = "cue"
	markSpeaker = "speaker"
)

// hlPiece is a run of text drawn with one mark class ("" for plain text).
type hlPiece struct {
	Text  string
	Class string
}

// hlParagraph is one paragraph of an article split into pieces. Focus is
// true when the claim's quote touches it.
type hlParagraph struct {
	Pieces []hlPiece
	Focus  bool
}

// hlRange is a code point range [start, end) to mark with class.
type hlRange struct {
	start, end int
	class      string
}

// hlPriority ranks mark classes; higher wins where ranges overlap.
func hlPriority(class string) int {
	switch class {
	case markQuote:
		return 3
	case markCue:
		return 2
	case markSpeaker:
		return 1
	}
	return 0
}

// claimRanges returns the ranges to mark for a claim: each quote segment
// (or the whole quote when it has none), the cue and the speaker mention.
func claimRanges(c extract.Claim) []hlRange {
	var rs []hlRange
	if len(c.Quote.Segments) > 0 {
		for _, seg := range c.Quote.Segments {
			rs = append(rs, hlRange{seg[0], seg[1], markQuote})
		}
	} else {
		rs = append(rs, hlRange{c.Quote.Start, c.Quote.End, markQuote})
	}
	if c.Cue != nil {
		rs = append(rs, hlRange{c.Cue.Start, c.Cue.End, markCue})
	}
	if c.Speaker.Mention != nil {
		rs = append(rs, hlRange{c.Speaker.Mention.Start, c.Speaker.Mention.End, markSpeaker})
	}
	return rs
}

// quoteMatches reports whether the claim's quote offsets select its quote
// text in text, as the record contract promises: offsets are code points.
func quoteMatches(text string, c extract.Claim) bool {
	ri := extract.NewRuneIndex(text)
	q := c.Quote
	if q.Start < 0 || q.End < q.Start || q.End > ri.Len() {
		return false
	}
	return ri.Slice(q.Start, q.End) == q.Text
}

// highlightParagraphs splits text into paragraphs (separated by blank
// lines) and marks ranges in them. Offsets in ranges are code points into
// text; ranges outside the text are clipped. A paragraph is in focus when a
// markQuote range overlaps it.
func highlightParagraphs(text string, ranges []hlRange) []hlParagraph {
	rs := []rune(text)
	var out []hlParagraph
	for _, p := range paragraphBounds(rs) {
		out = append(out, markParagraph(rs, p[0], p[1], ranges))
	}
	return out
}

// paragraphBounds returns the [start, end) code point bounds of each
// paragraph of rs: runs of text between lines that are empty (or hold only
// white space). Line breaks inside a paragraph are kept.
func paragraphBounds(rs []rune) [][2]int {
	var out [][2]int
	start := -1 // start of the current paragraph, -1 between paragraphs
	lineStart := 0
	lastNonBlankEnd := 0
	blankLine := true
	for i := 0; i <= len(rs); i++ {
		if i < len(rs) && rs[i] != '\n' {
			if !isSpaceRune(rs[i]) {
				blankLine = false
			}
			continue
		}
		// rs[lineStart:i] is one line.
		if blankLine {
			if start >= 0 {
				out = append(out, [2]int{start, lastNonBlankEnd})
				start = -1
			}
		} else {
			if start < 0 {
				start = lineStart
			}
			lastNonBlankEnd = i
		}
		lineStart, blankLine = i+1, true
	}
	if start >= 0 {
		out = append(out, [2]int{start, lastNonBlankEnd})
	}
	return out
}

func isSpaceRune(r rune) bool {
	return r == ' ' || r == '\t' || r == '\r' || r == '\u00a0'
}

// markParagraph returns rs[p0:p1] as pieces marked by ranges.
func markParagraph(rs []rune, p0, p1 int, ranges []hlRange) hlParagraph {
	classes := make([]string, p1-p0)
	par := hlParagraph{}
	for _, r := range ranges {
		s, e := max(r.start, p0), min(r.end, p1)
		if s >= e {
			continue
		}
		if r.class == markQuote {
			par.Focus = true
		}
		for i := s; i < e; i++ {
			if hlPriority(r.class) > hlPriority(classes[i-p0]) {
				classes[i-p0] = r.class
			}
		}
	}
	for i := p0; i < p1; {
		j := i + 1
		for j < p1 && classes[j-p0] == classes[i-p0] {
			j++
		}
		par.Pieces = append(par.Pieces, hlPiece{Text: string(rs[i:j]), Class: classes[i-p0]})
		i = j
	}
	return par
}
