package extract

import "testing"

// TestClaimsIng covers cues that open with an -ing participle without a
// comma before them (claims_ing.go): a reduced relative whose head is a
// thing or group holding a stance ("billboards opposing …").
func TestClaimsIng(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []claimWant
	}{
		{
			name: "a stance participle after a thing that holds it",
			text: "Several billboards opposing the new stadium went up along the highway.",
			want: []claimWant{{quote: "the new stadium", typ: ClaimIndirect, cue: "opposing", name: "Several billboards", kind: SpeakerAnonymous, mention: "Several billboards"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { claimCheck(t, tt.text, tt.want) })
	}
}
