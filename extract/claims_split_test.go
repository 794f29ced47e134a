package extract

import "testing"

// TestClaimsSplit covers contents cut where a second attribution starts
// (claims_split.go).
func TestClaimsSplit(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []claimWant
	}{
		{
			name: "cue in an opening although-clause ends at the main clause",
			text: "Although the senator says she supports the plan, the committee delayed the vote again.",
			want: []claimWant{
				{quote: "she supports the plan", typ: ClaimIndirect, cue: "says", name: "the senator", kind: SpeakerAnonymous, mention: "the senator"},
			},
		},
		{
			name: "even though, and the main clause has a cue of its own",
			text: "Even though the critics will scoff at the idea, we can see real growth if taxes fall.",
			want: []claimWant{
				{quote: "at the idea", typ: ClaimIndirect, cue: "will scoff", name: "the critics", kind: SpeakerAnonymous, mention: "the critics"},
				{quote: "real growth if taxes fall", typ: ClaimIndirect, cue: "can see", name: "we", kind: SpeakerUnknown, mention: "we"},
			},
		},
		{
			name: "comma closing a quotation before the main clause",
			text: "After the coach said the team looked “tired and slow,” the owner said he would wait.",
			want: []claimWant{
				{quote: "the team looked “tired and slow,”", typ: ClaimMixed, cue: "said", name: "the coach", kind: SpeakerUnknown, mention: "the coach"},
				{quote: "he would wait", typ: ClaimIndirect, cue: "said", name: "the owner", kind: SpeakerUnknown, mention: "the owner"},
			},
		},
		{
			name: "cue in the main clause after the lead is not split",
			text: "Although turnout fell, the mayor said the vote was a success, and the council agreed.",
			want: []claimWant{
				{quote: "the vote was a success", typ: ClaimIndirect, cue: "said", name: "the mayor", kind: SpeakerAnonymous, mention: "the mayor"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			claimCheck(t, tt.text, tt.want)
		})
	}
}
