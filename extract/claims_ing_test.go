package extract

import "testing"

// TestClaimsIng covers cues that open with an -ing participle without a
// comma before them (claims_ing.go): a reduced relative whose head is a
// thing or group holding a stance ("billboards opposing …"); a speech
// participle after a noun before a clause ("calls saying that …"), but
// not a noun in -ing.
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
		{
			name: "a speech participle after a noun before a that-clause",
			text: "The police got calls saying that shots had been fired.",
			want: []claimWant{{quote: "that shots had been fired", typ: ClaimIndirect, cue: "saying", name: "calls", kind: SpeakerUnknown, mention: "calls"}},
		},
		{
			name: "a noun in -ing after a noun is no cue",
			text: "The court ruling that the board appealed was sent back.",
			want: []claimWant{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { claimCheck(t, tt.text, tt.want) })
	}
}
