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
		{
			name: "distancing oneself from something",
			text: "The governor quickly distanced himself from the remarks.",
			want: []claimWant{{quote: "the remarks", typ: ClaimIndirect, cue: "quickly distanced himself from", name: "The governor", kind: SpeakerAnonymous, mention: "The governor"}},
		},
		{
			name: "lining up behind someone",
			text: "Most of the delegates lined up behind the nominee.",
			want: []claimWant{{quote: "the nominee", typ: ClaimIndirect, cue: "lined up behind", name: "Most of the delegates", kind: SpeakerAnonymous, mention: "Most of the delegates"}},
		},
		{
			name: "turning attention to something",
			text: "The mayor turned her attention to the budget.",
			want: []claimWant{{quote: "the budget", typ: ClaimIndirect, cue: "turned her attention to", name: "The mayor", kind: SpeakerAnonymous, mention: "The mayor"}},
		},
		{
			name: "paying attention with a modal",
			text: "Investors will pay close attention to the jobs report.",
			want: []claimWant{{quote: "the jobs report", typ: ClaimIndirect, cue: "will pay close attention to", name: "Investors", kind: SpeakerAnonymous, mention: "Investors"}},
		},
		{
			name: "taking a hard look",
			text: "The report took a hard look at the program.",
			want: []claimWant{{quote: "the program", typ: ClaimIndirect, cue: "took a hard look at", name: "The report", kind: SpeakerUnknown, mention: "The report"}},
		},
		{
			name: "taking credit for something",
			text: "The mayor took credit for the drop in crime.",
			want: []claimWant{{quote: "the drop in crime", typ: ClaimIndirect, cue: "took credit for", name: "The mayor", kind: SpeakerAnonymous, mention: "The mayor"}},
		},
		{
			name: "shifting focus to something",
			text: "The senator shifted his focus to the economy.",
			want: []claimWant{{quote: "the economy", typ: ClaimIndirect, cue: "shifted his focus to", name: "The senator", kind: SpeakerAnonymous, mention: "The senator"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			claimCheck(t, tt.text, tt.want)
		})
	}
}
