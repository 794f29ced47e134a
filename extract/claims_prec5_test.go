package extract

import "testing"

// TestClaimsPrec5 covers shapes dropped by claims_prec5.go (no claim) and
// near misses that must still give their claim.
func TestClaimsPrec5(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []claimWant
	}{
		{
			name: "a subject set off by commas before a verb and its object",
			text: "The senator, elected in 2009 after a long campaign, proposed a national insurance system.",
			// The subject before the aside is the source (claims_chain3.go),
			// never the object after the verb.
			want: []claimWant{{quote: "a national insurance system", typ: ClaimIndirect, cue: "proposed", name: "The senator", kind: SpeakerAnonymous, mention: "The senator"}},
		},
		{
			name: "a naming participle after a comma",
			text: "The mayor holds a lead with party leaders and elected officials, called superdelegates.",
		},
		{
			name: "a verb with a particle and its object after a subject set off by commas",
			text: "On Tuesday, his wife, Jane, called for an open primary process.",
			want: []claimWant{{quote: "an open primary process", typ: ClaimIndirect, cue: "called for", name: "his wife", kind: SpeakerUnknown, mention: "his wife"}},
		},
		{
			name: "near miss: an inverted verb of saying",
			text: "The rally was loud, continued the mayor.",
			want: []claimWant{{quote: "The rally was loud", typ: ClaimIndirect, cue: "continued", name: "the mayor", kind: SpeakerAnonymous, mention: "the mayor"}},
		},
		{
			name: "near miss: an inverted say",
			text: "The plan is too costly, argued the mayor.",
			want: []claimWant{{quote: "The plan is too costly", typ: ClaimIndirect, cue: "argued", name: "the mayor", kind: SpeakerAnonymous, mention: "the mayor"}},
		},
		{
			name: "find with a small clause: an object and an adjective",
			text: "Garcia found it difficult to raise money in 2012.",
			want: []claimWant{{quote: "it difficult to raise money in 2012", typ: ClaimIndirect, cue: "found", name: "Garcia", kind: SpeakerPerson, mention: "Garcia"}},
		},
		{
			name: "find with a small clause after an adverb",
			text: "The survey found both candidates largely unknown among voters.",
			want: []claimWant{{quote: "both candidates largely unknown among voters", typ: ClaimIndirect, cue: "found", name: "The survey", kind: SpeakerUnknown, mention: "The survey"}},
		},
		{
			name: "find with a quantity word before its object",
			text: "The ministers found little support for the plan.",
			want: []claimWant{{quote: "little support for the plan", typ: ClaimIndirect, cue: "found", name: "The ministers", kind: SpeakerUnknown, mention: "The ministers"}},
		},
		{
			name: "near miss: find with an indefinite object",
			text: "Garcia found a way to raise money.",
		},
		{
			name: "near miss: find with a reflexive",
			text: "Lee found himself in trouble.",
		},
		{
			name: "decline with a request as its object",
			text: "Garcia declined an interview request from the newspaper.",
			want: []claimWant{{quote: "an interview request from the newspaper", typ: ClaimIndirect, cue: "declined", name: "Garcia", kind: SpeakerPerson, mention: "Garcia"}},
		},
		{
			name: "near miss: decline with an amount",
			text: "Sales declined 40 percent in the first quarter.",
		},
		{
			name: "near miss: decline with a manner",
			text: "Sales have declined slightly from 58 percent.",
		},
		{
			name: "a sourceless stance noun before a one-word name",
			text: "The editorials were not endorsements of Garcia.",
			want: []claimWant{{quote: "Garcia", typ: ClaimIndirect, cue: "endorsements of", kind: SpeakerUnknown}},
		},
		{
			name: "near miss: a sourceless stance noun before a one-word common noun",
			text: "Lee has a record of support for charters.",
		},
		{
			name: "near miss: a capitalised stance noun inside a name",
			text: "The Foundation for Defense of Democracies released a report.",
		},
		{
			name: "decide before a negated infinitive",
			text: "Garcia decided not to run for a third term.",
			want: []claimWant{{quote: "not to run for a third term", typ: ClaimIndirect, cue: "decided", name: "Garcia", kind: SpeakerPerson, mention: "Garcia"}},
		},
		{
			name: "continue before a that-clause",
			text: "Garcia continued that the costs were low.",
			want: []claimWant{{quote: "that the costs were low", typ: ClaimIndirect, cue: "continued", name: "Garcia", kind: SpeakerPerson, mention: "Garcia"}},
		},
		{
			name: "near miss: continue before a gerund that is no saying",
			text: "Garcia continued campaigning in Ohio.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			claimCheck(t, tt.text, tt.want)
		})
	}
}
