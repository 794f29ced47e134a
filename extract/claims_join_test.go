package extract

import "testing"

// TestClaimsJoin covers one speaker's attribution carried on over a
// second sentence (claims_quotes.go, claimJoinLoneQuote): a quotation
// that makes up the sentence after a claim in the same paragraph joins
// that claim as a second segment, a short one too; a quotation in the
// next paragraph, an exclamation of two words, and one after an
// unattributed sentence stay apart.
func TestClaimsJoin(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []claimWant
	}{
		{
			name: "an indirect claim then a quotation",
			text: "The new museum would make visitors face hard truths about the past, the director said. “But it will also show them what the country can still become.”",
			want: []claimWant{{
				quote: "The new museum would make visitors face hard truths about the past, the director said. “But it will also show them what the country can still become.”",
				segs:  []string{"The new museum would make visitors face hard truths about the past", "“But it will also show them what the country can still become.”"},
				typ:   ClaimMixed, cue: "said", name: "the director", kind: SpeakerAnonymous, mention: "the director",
			}},
		},
		{
			name: "a forward claim with a quotation then a quotation",
			text: "The mayor said the budget was “a promise kept to every family in this city.” “We will not raise a single tax while I am still in office here.”",
			want: []claimWant{{
				quote: "the budget was “a promise kept to every family in this city.” “We will not raise a single tax while I am still in office here.”",
				segs:  []string{"the budget was “a promise kept to every family in this city.”", "“We will not raise a single tax while I am still in office here.”"},
				typ:   ClaimMixed, cue: "said", name: "The mayor", kind: SpeakerAnonymous, mention: "The mayor",
			}},
		},
		{
			name: "a quotation in the next paragraph stays a claim of its own",
			text: "The new museum would make visitors face hard truths about the past, the director said.\n\n“But it will also show them what the country can still become.”",
			want: []claimWant{
				{quote: "The new museum would make visitors face hard truths about the past", typ: ClaimIndirect, cue: "said", name: "the director", kind: SpeakerAnonymous, mention: "the director"},
				{quote: "“But it will also show them what the country can still become.”", typ: ClaimDirect, name: "the director", kind: SpeakerAnonymous, mention: "the director"},
			},
		},
		{
			name: "a short quotation joins too",
			text: "The new museum would make visitors face hard truths about the past, the director said. “That is not easy.”",
			want: []claimWant{{
				quote: "The new museum would make visitors face hard truths about the past, the director said. “That is not easy.”",
				segs:  []string{"The new museum would make visitors face hard truths about the past", "“That is not easy.”"},
				typ:   ClaimMixed, cue: "said", name: "the director", kind: SpeakerAnonymous, mention: "the director",
			}},
		},
		{
			name: "an exclamation of two words is not joined",
			text: "The new museum would make visitors face hard truths about the past, the director said. “Not bad.”",
			want: []claimWant{
				{quote: "The new museum would make visitors face hard truths about the past", typ: ClaimIndirect, cue: "said", name: "the director", kind: SpeakerAnonymous, mention: "the director"},
			},
		},
		{
			name: "a sentence of the writer's between keeps them apart",
			text: "The new museum would make visitors face hard truths about the past, the director said. The building opened in May. “But it will also show them what the country can still become.”",
			want: []claimWant{
				{quote: "The new museum would make visitors face hard truths about the past", typ: ClaimIndirect, cue: "said", name: "the director", kind: SpeakerAnonymous, mention: "the director"},
				{quote: "“But it will also show them what the country can still become.”", typ: ClaimDirect, name: "the director", kind: SpeakerAnonymous, mention: "the director"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			claimCheck(t, tt.text, tt.want)
		})
	}
}
