// Package eval computes claimwire's quality metrics on the shared
// evaluation data sets (article cleaning, claims, temporal expressions),
// exactly as ../shared/eval/README.md defines them.
package eval

import "regexp"

// tokenRE matches a token: Python's Unicode \w+ (Go's \w is ASCII-only).
var tokenRE = regexp.MustCompile(`[\p{L}\p{N}_]+`)

// Token is a \w+ token of a text, located by code point offsets.
type Token struct {
	Text       string
	Start, End int
}

// Tokens returns the \w+ tokens of text with code point offsets.
func Tokens(text string) []Token {
	locs := tokenRE.FindAllStringIndex(text, -1)
	toks := make([]Token, 0, len(locs))
	cp, last := 0, 0
	for _, l := range locs {
		cp += runeCount(text[last:l[0]])
		start := cp
		cp += runeCount(text[l[0]:l[1]])
		last = l[1]
		toks = append(toks, Token{Text: text[l[0]:l[1]], Start: start, End: cp})
	}
	return toks
}

// TokenStrings returns just the token texts of text.
func TokenStrings(text string) []string {
	return tokenRE.FindAllString(text, -1)
}

func runeCount(s string) int {
	n := 0
	for range s {
		n++
	}
	return n
}
