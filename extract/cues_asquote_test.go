package extract

import "testing"

// TestClaimsAsQuote covers characterizations with a quotation after
// "as" (cues_asquote.go): the verb group is the cue whatever the verb,
// the content is the object through the closing quotation mark, and a
// participle or a main verb after the mark's comma is no part of it.
func TestClaimsAsQuote(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []claimWant
	}{
		{
			name: "progressive with adverb takes the whole verb group",
			text: "The senator has been steadily attacking the governor as a “career politician.”",
			want: []claimWant{{quote: "the governor as a “career politician.”", typ: ClaimMixed, cue: "has been steadily attacking", name: "The senator", kind: SpeakerAnonymous, mention: "The senator"}},
		},
		{
			name: "content ends at the quotation before a participle",
			text: "The mayor openly admires the old police chief as a “true reformer,” praising his record on crime.",
			want: []claimWant{
				{quote: "the old police chief as a “true reformer,”", typ: ClaimMixed, cue: "openly admires", name: "The mayor", kind: SpeakerAnonymous, mention: "The mayor"},
				{quote: "his record on crime", typ: ClaimIndirect, cue: "praising", name: "The mayor", kind: SpeakerAnonymous, mention: "The mayor"},
			},
		},
		{
			name: "object with a relative clause runs through the quotation",
			text: "The coach often praises the owner, who pays him well, as “a real gentleman.”",
			want: []claimWant{{quote: "the owner, who pays him well, as “a real gentleman.”", typ: ClaimMixed, cue: "often praises", name: "The coach", kind: SpeakerUnknown, mention: "The coach"}},
		},
		{
			name: "progressive after an adverbial between commas keeps its subject",
			text: "The union leader, in particular, has been steadily attacking the board as a “gang of cowards.”",
			want: []claimWant{{quote: "the board as a “gang of cowards.”", typ: ClaimMixed, cue: "has been steadily attacking", name: "The union leader", kind: SpeakerAnonymous, mention: "The union leader"}},
		},
		{
			name: "perfect participle clause shares the main subject",
			text: "The mayor misread the builder, having praised him as an “honest man.”",
			want: []claimWant{{quote: "him as an “honest man.”", typ: ClaimMixed, cue: "having praised", name: "The mayor", kind: SpeakerAnonymous, mention: "The mayor"}},
		},
		{
			name: "no quotation after as makes no cue",
			text: "The firm rated the bonds as safe.",
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			claimCheck(t, tt.text, tt.want)
		})
	}
}
