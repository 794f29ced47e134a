package extract

import "testing"

// TestClaimsChain2 covers the cues claims_chain2.go recovers: purpose
// infinitives whose main-clause subject stands before a relative clause
// or whose main verb is followed by a short quoted title.
func TestClaimsChain2(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []claimWant
	}{
		{
			name: "purpose infinitive after a relative clause in commas",
			text: "The union, which has backed the mayor, used the hearing to urge lawmakers to fund the schools.",
			want: []claimWant{
				{quote: "the mayor", typ: ClaimIndirect, cue: "has backed", name: "union", kind: SpeakerOrganization, mention: "The union, which"},
				{quote: "lawmakers to fund the schools", typ: ClaimIndirect, cue: "used the hearing to urge", name: "union", kind: SpeakerOrganization, mention: "The union"},
			},
		},
		{
			name: "purpose infinitive after a quoted title",
			text: "Her lawyer appeared on “Morning Edition” to defend her.",
			want: []claimWant{{quote: "her", typ: ClaimIndirect, cue: "defend", name: "Her lawyer", kind: SpeakerAnonymous, mention: "Her lawyer"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			claimCheck(t, tt.text, tt.want)
		})
	}
}
