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
				{quote: "the idea", typ: ClaimIndirect, cue: "will scoff at", name: "the critics", kind: SpeakerAnonymous, mention: "the critics"},
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
		{
			name: "infinitive content ends before a second verb phrase of the source",
			text: "The senator has vowed to keep the program and visited the plant on Monday.",
			want: []claimWant{
				{quote: "to keep the program", typ: ClaimIndirect, cue: "has vowed", name: "The senator", kind: SpeakerAnonymous, mention: "The senator"},
			},
		},
		{
			name: "a clause content keeps its coordinated verb",
			text: "The mayor said the plan works and costs less than the old one.",
			want: []claimWant{
				{quote: "the plan works and costs less than the old one", typ: ClaimIndirect, cue: "said", name: "The mayor", kind: SpeakerAnonymous, mention: "The mayor"},
			},
		},
		{
			name: "a relative clause in the content keeps its verb",
			text: "The union has backed a plan that cuts fees and raises wages.",
			want: []claimWant{
				{quote: "a plan that cuts fees and raises wages", typ: ClaimIndirect, cue: "has backed", name: "union", kind: SpeakerOrganization, mention: "The union"},
			},
		},
		{
			name: "coordinate clause with its own source and cue",
			text: "The governor has pushed for a new bridge — a favorite of commuters — while the mayor has criticized the plan as too costly.",
			want: []claimWant{
				{quote: "a new bridge — a favorite of commuters", typ: ClaimIndirect, cue: "has pushed for", name: "The governor", kind: SpeakerAnonymous, mention: "The governor"},
				{quote: "the plan as too costly", typ: ClaimIndirect, cue: "has criticized", name: "the mayor", kind: SpeakerAnonymous, mention: "the mayor"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			claimCheck(t, tt.text, tt.want)
		})
	}
}
