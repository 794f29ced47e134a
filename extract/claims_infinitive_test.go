package extract

import "testing"

// TestClaimsInfinitive covers intentions stated with a to-infinitive
// (claimInfIntention in claims_rules.go): the subject is the source, the
// verb group the cue and the infinitive phrase the content.
func TestClaimsInfinitive(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []claimWant
	}{
		{
			name: "plan read as a noun after a plural subject",
			text: "The county commissioners plan to close two libraries next spring.",
			want: []claimWant{{quote: "to close two libraries next spring", typ: ClaimIndirect, cue: "plan", name: "The county commissioners", kind: SpeakerUnknown, mention: "The county commissioners"}},
		},
		{
			name: "vote with an adverbial lead",
			text: "In 2010, the council voted to raise the parking fees.",
			want: []claimWant{{quote: "to raise the parking fees", typ: ClaimIndirect, cue: "voted", name: "council", kind: SpeakerOrganization, mention: "the council"}},
		},
		{
			name: "vow",
			text: "The union vowed to fight the layoffs in court.",
			want: []claimWant{{quote: "to fight the layoffs in court", typ: ClaimIndirect, cue: "vowed", name: "union", kind: SpeakerOrganization, mention: "The union"}},
		},
		{
			name: "headline with a subject before to",
			text: "Union leaders to endorse the governor.",
			want: []claimWant{{quote: "the governor", typ: ClaimIndirect, cue: "to endorse", name: "Union leaders", kind: SpeakerUnknown, mention: "Union leaders"}},
		},
		{
			name: "subject after for",
			text: "It is rare for a sitting judge to criticize the president in public.",
			want: []claimWant{{quote: "the president in public", typ: ClaimIndirect, cue: "to criticize", name: "a sitting judge", kind: SpeakerAnonymous, mention: "a sitting judge"}},
		},
		{
			name: "infinitive phrase as a subject ends before the main verb",
			text: "The first senator to endorse him was Smith.",
			want: []claimWant{{quote: "him", typ: ClaimIndirect, cue: "to endorse", name: "The first senator", kind: SpeakerAnonymous, mention: "The first senator"}},
		},
		{
			name: "possessed noun of refusing as the subject ends before the main verb",
			text: "His refusal to tackle the housing problem made the recession longer.",
			want: []claimWant{{quote: "to tackle the housing problem", typ: ClaimIndirect, cue: "refusal", name: "His", kind: SpeakerPerson, mention: "His"}},
		},
		{
			name: "verb outside the cue lexicon still gets its sentence tagged",
			text: "The governor looks to build on her momentum in Ohio.",
			want: []claimWant{{quote: "to build on her momentum in Ohio", typ: ClaimIndirect, cue: "looks", name: "The governor", kind: SpeakerAnonymous, mention: "The governor"}},
		},
		{
			name: "try is an effort, not a stated intention",
			text: "The governor tried to calm the crowd.",
			want: nil,
		},
		{
			name: "look to be is no intention",
			text: "The mayor looks to be in trouble.",
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			claimCheck(t, tt.text, tt.want)
		})
	}
}
