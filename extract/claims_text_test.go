package extract

import (
	"strings"
	"testing"
)

// TestClaimTokenizeAbbrevs covers the periods that abbreviations keep,
// so that they end no sentence.
func TestClaimTokenizeAbbrevs(t *testing.T) {
	tests := []struct {
		text string
		want string // token texts joined by "|"
	}{
		{"Sen. Ward spoke.", "Sen.|Ward|spoke|."},
		{"then-Sen. Ward spoke.", "then-Sen.|Ward|spoke|."},
		{"the ex-Gov. said so.", "the|ex-Gov.|said|so|."},
		{"in Smith v. Jones today.", "in|Smith|v.|Jones|today|."},
		{"a well-known fact.", "a|well-known|fact|."},
		{"they re-ran it.", "they|re-ran|it|."},
		{"He was seriously-ill. Then he rested.", "He|was|seriously-ill|.|Then|he|rested|."},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			var got []string
			for _, tok := range claimTokenize(tt.text, 0, len(tt.text)) {
				got = append(got, tok.text)
			}
			if g := strings.Join(got, "|"); g != tt.want {
				t.Errorf("claimTokenize(%q) = %s, want %s", tt.text, g, tt.want)
			}
		})
	}
}
