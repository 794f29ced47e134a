package extract

import "testing"

// TestClaimsHeadline covers attributions in Title Case headline lines
// and their colon labels (claims_headline.go).
func TestClaimsHeadline(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []claimWant
	}{
		{
			name: "a teaser label names no source",
			text: "Wow: Senator Slams Governor Over Budget Cuts.",
			want: []claimWant{{quote: "Governor", typ: ClaimIndirect, cue: "Slams", name: "Senator", kind: SpeakerAnonymous, mention: "Senator"}},
		},
		{
			name: "a list of names after a place label",
			text: "Ohio: Jane Roe, John Doe, Ann Poe, Tom Fry and Bill Low.",
			want: nil,
		},
		{
			name: "a name label keeps its statement",
			text: "Jane Roe: The Budget Will Pass This Spring.",
			want: []claimWant{{quote: "The Budget Will Pass This Spring", typ: ClaimIndirect, cue: ":", name: "Jane Roe", kind: SpeakerPerson, mention: "Jane Roe"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			claimCheck(t, tt.text, tt.want)
		})
	}
}
