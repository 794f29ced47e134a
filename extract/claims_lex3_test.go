package extract

import "testing"

// TestClaimsLex3 covers cue words added to the lexicon in round lex3:
// phrasal cues ("touched on", "cheered for", "cheered on", "squabbled over", "pressed
// for", "pulled support for") and the stance verb "promote".
func TestClaimsLex3(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []claimWant
	}{
		{
			name: "touched on",
			text: "The mayor touched on the housing shortage.",
			want: []claimWant{{quote: "the housing shortage", typ: ClaimIndirect, cue: "touched on", name: "The mayor", kind: SpeakerAnonymous, mention: "The mayor"}},
		},
		{
			name: "cheered for",
			text: "Fans cheered for the new coach.",
			want: []claimWant{{quote: "the new coach", typ: ClaimIndirect, cue: "cheered for", name: "Fans", kind: SpeakerAnonymous, mention: "Fans"}},
		},
		{
			name: "cheered on",
			text: "Supporters cheered on the striking workers.",
			want: []claimWant{{quote: "the striking workers", typ: ClaimIndirect, cue: "cheered on", name: "Supporters", kind: SpeakerAnonymous, mention: "Supporters"}},
		},
		{
			name: "squabbled over",
			text: "The two parties squabbled over the budget.",
			want: []claimWant{{quote: "the budget", typ: ClaimIndirect, cue: "squabbled over", name: "The two parties", kind: SpeakerAnonymous, mention: "The two parties"}},
		},
		{
			name: "pressed for",
			text: "Union leaders pressed for higher wages.",
			want: []claimWant{{quote: "higher wages", typ: ClaimIndirect, cue: "pressed for", name: "Union leaders", kind: SpeakerUnknown, mention: "Union leaders"}},
		},
		{
			name: "pulled support for",
			text: "The donor pulled support for the candidate.",
			want: []claimWant{{quote: "the candidate", typ: ClaimIndirect, cue: "pulled support for", name: "The donor", kind: SpeakerUnknown, mention: "The donor"}},
		},
		{
			name: "promoted",
			text: "The senator promoted the new trade deal.",
			want: []claimWant{{quote: "the new trade deal", typ: ClaimIndirect, cue: "promoted", name: "The senator", kind: SpeakerAnonymous, mention: "The senator"}},
		},
		{
			name: "pressing alone is no cue",
			text: "Workers pressed the grapes.",
			want: []claimWant{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			claimCheck(t, tt.text, tt.want)
		})
	}
}
