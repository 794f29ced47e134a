package extract

import (
	"unicode/utf8"
)

// RuneIndex converts byte offsets in one text into code point offsets and
// back. It is the one place where claimwire turns prose's and regexp's byte
// offsets into the code point offsets that records carry: build one per text
// and convert every offset through it.
//
// A RuneIndex is immutable once built and safe for concurrent use.
type RuneIndex struct {
	text string
	// byteAt[i] is the byte offset of code point i; byteAt[n] == len(text).
	byteAt []int
	// ascii is true when every byte is ASCII and offsets are equal.
	ascii bool
}

// NewRuneIndex builds the index for text.
func NewRuneIndex(text string) *RuneIndex {
	ri := &RuneIndex{text: text, ascii: true}
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			ri.ascii = false
			break
		}
	}
	if ri.ascii {
		return ri
	}
	ri.byteAt = make([]int, 0, len(text)+1)
	for i := range text {
		ri.byteAt = append(ri.byteAt, i)
	}
	ri.byteAt = append(ri.byteAt, len(text))
	return ri
}

// Len returns the length of the text in code points.
func (ri *RuneIndex) Len() int {
	if ri.ascii {
		return len(ri.text)
	}
	return len(ri.byteAt) - 1
}

// CP returns the code point offset of byte offset b. A b inside a
// multi-byte character maps to that character's start; b is clamped to
// [0, len(text)].
func (ri *RuneIndex) CP(b int) int {
	if b <= 0 {
		return 0
	}
	if b >= len(ri.text) {
		return ri.Len()
	}
	if ri.ascii {
		return b
	}
	// Binary search for the last code point starting at or before b.
	lo, hi := 0, len(ri.byteAt)-1
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if ri.byteAt[mid] <= b {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo
}

// Byte returns the byte offset of code point offset c, clamped to the text.
func (ri *RuneIndex) Byte(c int) int {
	if c <= 0 {
		return 0
	}
	if c >= ri.Len() {
		return len(ri.text)
	}
	if ri.ascii {
		return c
	}
	return ri.byteAt[c]
}

// Span returns the Span for the byte range [b0, b1) of the text.
func (ri *RuneIndex) Span(b0, b1 int) Span {
	if b1 < b0 {
		b1 = b0
	}
	return Span{Text: ri.text[clampByte(b0, len(ri.text)):clampByte(b1, len(ri.text))], Start: ri.CP(b0), End: ri.CP(b1)}
}

// Slice returns the text of code point range [c0, c1).
func (ri *RuneIndex) Slice(c0, c1 int) string {
	b0, b1 := ri.Byte(c0), ri.Byte(c1)
	if b1 < b0 {
		return ""
	}
	return ri.text[b0:b1]
}

func clampByte(b, n int) int {
	if b < 0 {
		return 0
	}
	if b > n {
		return n
	}
	return b
}
