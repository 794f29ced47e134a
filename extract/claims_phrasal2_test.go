package extract

import "testing"

// TestClaimsPhrasal2 covers idiomatic multi-word cues of speech, stance
// and response: the whole idiom is the cue, its subject the source and
// the object after its particle the content.
func TestClaimsPhrasal2(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []claimWant
	}{
		{
			name: "no response to a request for comment",
			text: "Jones did not immediately respond to requests for comment.",
			want: []claimWant{{quote: "requests for comment", typ: ClaimIndirect, cue: "did not immediately respond to", name: "Jones", kind: SpeakerPerson, mention: "Jones"}},
		},
		{
			name: "a verb of lavishing scorn",
			text: "The minister poured cold water on the proposal.",
			want: []claimWant{{quote: "the proposal", typ: ClaimIndirect, cue: "poured cold water on", name: "The minister", kind: SpeakerAnonymous, mention: "The minister"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			claimCheck(t, tt.text, tt.want)
		})
	}
}
