package extract

import "testing"

// TestClaimsChain3 covers the cues claims_chain3.go recovers: a finite
// cue verb whose subject stands before a long aside in commas.
func TestClaimsChain3(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []claimWant
	}{
		{
			name: "aside opened by a prepositional phrase",
			text: "The city council, in a long effort to calm the unions, has said it would raise wages next year.",
			want: []claimWant{{quote: "it would raise wages next year", typ: ClaimIndirect, cue: "has said", name: "city council", kind: SpeakerOrganization, mention: "The city council"}},
		},
		{
			name: "aside opened by a wh-word",
			text: "The futures markets, where traders bet on the outcome, show the governor even more likely to win.",
			want: []claimWant{{quote: "the governor even more likely to win", typ: ClaimIndirect, cue: "show", name: "The futures markets", kind: SpeakerUnknown, mention: "The futures markets"}},
		},
		{
			name: "aside with a question of its own",
			text: "The senator, when asked what went wrong in the primary, responded that the polls had misled everyone.",
			want: []claimWant{
				{quote: "what went wrong in the primary", typ: ClaimIndirect, cue: "asked", name: "", kind: SpeakerUnknown, mention: ""},
				{quote: "that the polls had misled everyone", typ: ClaimIndirect, cue: "responded", name: "The senator", kind: SpeakerAnonymous, mention: "The senator"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			claimCheck(t, tt.text, tt.want)
		})
	}
}
