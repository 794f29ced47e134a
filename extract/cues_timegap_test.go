package extract

import "testing"

// TestClaimsCueTimeGap covers phrasal cues with a time word or manner
// adverb between the verb (or its particle) and the preposition
// (cues_timegap.go): the stretch joins the cue and the content starts
// after the preposition.
func TestClaimsCueTimeGap(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []claimWant
	}{
		{
			name: "weekday between particle and preposition",
			text: "The senator spoke out Tuesday about the new tax plan.",
			want: []claimWant{{quote: "the new tax plan", typ: ClaimIndirect, cue: "spoke out Tuesday about", name: "The senator", kind: SpeakerAnonymous, mention: "The senator"}},
		},
		{
			name: "adverb between particle and paired preposition",
			text: "The mayor lashed out again at the city council.",
			want: []claimWant{{quote: "the city council", typ: ClaimIndirect, cue: "lashed out again at", name: "The mayor", kind: SpeakerAnonymous, mention: "The mayor"}},
		},
		{
			name: "on and a weekday before the verb's particle",
			text: "Harris called on Monday for a full inquiry into the shooting.",
			want: []claimWant{{quote: "a full inquiry into the shooting", typ: ClaimIndirect, cue: "called on Monday for", name: "Harris", kind: SpeakerPerson, mention: "Harris"}},
		},
		{
			name: "at length before about keeps a speak cue",
			text: "The governor has spoken at length about her plan to cut taxes.",
			want: []claimWant{{quote: "her plan to cut taxes", typ: ClaimIndirect, cue: "has spoken at length about", name: "The governor", kind: SpeakerAnonymous, mention: "The governor"}},
		},
		{
			name: "weekday before about keeps a speak cue",
			text: "Jones spoke Tuesday about the new tax plan.",
			want: []claimWant{{quote: "the new tax plan", typ: ClaimIndirect, cue: "spoke Tuesday about", name: "Jones", kind: SpeakerPerson, mention: "Jones"}},
		},
		{
			name: "particle-only verb with a frequency adverb",
			text: "Voters in the county voted twice for Bill Clinton.",
			want: []claimWant{{quote: "Bill Clinton", typ: ClaimIndirect, cue: "voted twice for", name: "Voters in the county", kind: SpeakerAnonymous, mention: "Voters in the county"}},
		},
		{
			name: "particle that needs its preposition after a weekday",
			text: "Jones opened up Sunday about his years in prison.",
			want: []claimWant{{quote: "his years in prison", typ: ClaimIndirect, cue: "opened up Sunday about", name: "Jones", kind: SpeakerPerson, mention: "Jones"}},
		},
		{
			name: "any manner adverb in -ly before the particle",
			text: "The campaign has focused squarely on the economy.",
			want: []claimWant{{quote: "the economy", typ: ClaimIndirect, cue: "has focused squarely on", name: "campaign", kind: SpeakerOrganization, mention: "The campaign"}},
		},
		{
			name: "a verb taking a side with a weekday before against",
			text: "The union voted Tuesday against the new contract.",
			want: []claimWant{{quote: "the new contract", typ: ClaimIndirect, cue: "voted Tuesday against", name: "union", kind: SpeakerOrganization, mention: "The union"}},
		},
		{
			name: "a side-taking particle and an adverb before in favor of",
			text: "The bishops came out publicly in favor of the ban.",
			want: []claimWant{{quote: "the ban", typ: ClaimIndirect, cue: "came out publicly in favor of", name: "The bishops", kind: SpeakerUnknown, mention: "The bishops"}},
		},
		{
			name: "a preposition of place after the time is no cue",
			text: "Smith spoke Tuesday at a rally in Iowa.",
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			claimCheck(t, tt.text, tt.want)
		})
	}
}
