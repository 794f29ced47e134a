package extract

import "testing"

// TestClaimsPrec4 covers shapes dropped by claims_prec4.go (no claim) and
// near misses that must still give their claim.
func TestClaimsPrec4(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []claimWant
	}{
		{
			name: "a sourceless noun cue before a one-word topic",
			text: "Clinton has a longer record of support for charters.",
		},
		{
			name: "a sourceless noun cue before a one-word topic after a passive",
			text: "The board was gripped by speculation about layoffs.",
		},
		{
			name: "near miss: a sourceless noun cue before a longer content",
			text: "Support for the stadium plan has grown.",
			want: []claimWant{{quote: "the stadium plan", typ: ClaimIndirect, cue: "Support for", kind: SpeakerUnknown}},
		},
		{
			name: "near miss: a one-word content with its source",
			text: "Lee voiced support for Garcia.",
			want: []claimWant{{quote: "Garcia", typ: ClaimIndirect, cue: "voiced support for", name: "Lee", kind: SpeakerPerson, mention: "Lee"}},
		},
		{
			name: "a restrictive who clause inside the subject of the main verb",
			text: "Voters who dislike the new tax are more likely to stay home.",
		},
		{
			name: "a restrictive who clause before the main claim keeps only the main claim",
			text: "The groups who wrote to the mayor on Thursday say they are worried.",
			want: []claimWant{{quote: "they are worried", typ: ClaimIndirect, cue: "say", name: "The groups", kind: SpeakerUnknown, mention: "The groups who"}},
		},
		{
			name: "near miss: a who clause set off by a comma",
			text: "Garcia, who opposed the plan in 2007, is running again.",
			want: []claimWant{{quote: "the plan in 2007", typ: ClaimIndirect, cue: "opposed", name: "Garcia", kind: SpeakerPerson, mention: "Garcia, who"}},
		},
		{
			name: "found with an object of its own after an introductory phrase",
			text: "Throughout the debate, Garcia found ways to attack her rival.",
		},
		{
			name: "near miss: found closing its clause after the finding",
			text: "Most voters back the plan, the poll found.",
			want: []claimWant{{quote: "Most voters back the plan", typ: ClaimIndirect, cue: "found", name: "the poll", kind: SpeakerUnknown, mention: "the poll"}},
		},
		{
			name: "a trailing verb with its own object after an introductory phrase",
			text: "Among Republicans, Garcia and Lee maintained their lead in the polls.",
		},
		{
			name: "a trailing verb with a bare noun object after an introductory phrase",
			text: "Among Republicans, Garcia and Lee maintained strong leads in the polls.",
		},
		{
			name: "near miss: a quoted title after a preposition before the verb",
			text: "Later on “Meet the Press,” Senator Garcia questioned the mayor's honesty.",
			want: []claimWant{{quote: "the mayor's honesty", typ: ClaimIndirect, cue: "questioned", name: "Garcia", kind: SpeakerPerson, role: "Senator", mention: "Senator Garcia"}},
		},
		{
			name: "near miss: a trailing telling verb whose object is the addressee",
			text: "The plan is too costly, he told reporters.",
			want: []claimWant{{quote: "The plan is too costly", typ: ClaimIndirect, cue: "told", name: "he", kind: SpeakerPerson, mention: "he"}},
		},
		{
			name: "near miss: a trailing say with a medium",
			text: "The plan is too costly, the mayor said in a statement.",
			want: []claimWant{{quote: "The plan is too costly", typ: ClaimIndirect, cue: "said in a statement", name: "the mayor", kind: SpeakerAnonymous, mention: "the mayor"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			claimCheck(t, tt.text, tt.want)
		})
	}
}
