package extract

import "testing"

// TestClaimsEndShort covers contents that must not end too early
// (claims_endshort.go): an alternative after ", or" stays in the content,
// a new clause after it does not.
func TestClaimsEndShort(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []claimWant
	}{
		{
			name: "alternative noun phrase inside a that-clause",
			text: "The union rejected the claim that the new contract, or any later deal, would cut pensions.",
			want: []claimWant{{quote: "the claim that the new contract, or any later deal, would cut pensions", typ: ClaimIndirect, cue: "rejected", name: "union", kind: SpeakerOrganization, mention: "The union"}},
		},
		{
			name: "alternative infinitive",
			text: "The governor does not want the strike to spread, or to drag into winter.",
			want: []claimWant{{quote: "the strike to spread, or to drag into winter", typ: ClaimIndirect, cue: "does not want", name: "The governor", kind: SpeakerAnonymous, mention: "The governor"}},
		},
		{
			name: "alternative adverbial",
			text: "The study mentions the river cleanup only in passing, or not at all.",
			want: []claimWant{{quote: "the river cleanup only in passing, or not at all", typ: ClaimIndirect, cue: "mentions", name: "The study", kind: SpeakerUnknown, mention: "The study"}},
		},
		{
			name: "a new clause after or is not the content's",
			text: "The brochure describes the resort as quiet, or the neighbors think it is.",
			want: []claimWant{{quote: "the resort as quiet", typ: ClaimIndirect, cue: "describes", name: "The brochure", kind: SpeakerUnknown, mention: "The brochure"}},
		},
		{
			name: "comma inside a number",
			text: "The mayor is even thinking about using the 67,000-seat stadium for the rally.",
			want: []claimWant{{quote: "using the 67,000-seat stadium for the rally", typ: ClaimIndirect, cue: "is even thinking about", name: "The mayor", kind: SpeakerAnonymous, mention: "The mayor"}},
		},
		{
			name: "comma between a day and a year",
			text: "The report failed to mention the Sept. 11, 2012 attack on the consulate.",
			want: []claimWant{{quote: "the Sept. 11, 2012 attack on the consulate", typ: ClaimIndirect, cue: "failed to mention", name: "The report", kind: SpeakerUnknown, mention: "The report"}},
		},
		{
			name: "comma after a date's year",
			text: "The senator invoked the Sept. 11, 2001, terrorist attacks in her answer.",
			want: []claimWant{{quote: "the Sept. 11, 2001, terrorist attacks in her answer", typ: ClaimIndirect, cue: "invoked", name: "The senator", kind: SpeakerAnonymous, mention: "The senator"}},
		},
		{
			name: "list of noun phrases after the object",
			text: "The senator pronounced his support for new trade deals, higher taxes on banks and efforts to cut tuition.",
			want: []claimWant{{quote: "his support for new trade deals, higher taxes on banks and efforts to cut tuition", typ: ClaimIndirect, cue: "pronounced", name: "The senator", kind: SpeakerAnonymous, mention: "The senator"}},
		},
		{
			name: "an apposition with a participle is no list",
			text: "The mayor cited the Head Start program, the preschool run by schools and churches.",
			want: []claimWant{{quote: "the Head Start program", typ: ClaimIndirect, cue: "cited", name: "The mayor", kind: SpeakerAnonymous, mention: "The mayor"}},
		},
		{
			name: "contact relative clause after the object",
			text: "Mr. Lee sent a clear message about the intensity he is bringing to the new season.",
			want: []claimWant{{quote: "the intensity he is bringing to the new season", typ: ClaimIndirect, cue: "clear message about", name: "Lee", kind: SpeakerPerson, mention: "Mr. Lee"}},
		},
		{
			name: "relative clause with a pronoun subject",
			text: "The mayor could easily guess the rival he had in mind.",
			want: []claimWant{{quote: "the rival he had in mind", typ: ClaimIndirect, cue: "could easily guess", name: "The mayor", kind: SpeakerAnonymous, mention: "The mayor"}},
		},
		{
			name: "not just … but",
			text: "The plan is suddenly promising not just a few new parks here and there, but a whole green belt around the city.",
			want: []claimWant{{quote: "not just a few new parks here and there, but a whole green belt around the city", typ: ClaimIndirect, cue: "is suddenly promising", name: "The plan", kind: SpeakerUnknown, mention: "The plan"}},
		},
		{
			name: "not only because … but also because",
			text: "The mayor said the council could lose not only because it raised taxes but also because it closed the library.",
			want: []claimWant{{quote: "the council could lose not only because it raised taxes but also because it closed the library", typ: ClaimIndirect, cue: "said", name: "The mayor", kind: SpeakerAnonymous, mention: "The mayor"}},
		},
		{
			name: "aside between dashes before an infinitive",
			text: "The accord calls on all nations - rich and poor - to limit emissions of carbon dioxide.",
			want: []claimWant{{quote: "all nations - rich and poor - to limit emissions of carbon dioxide", typ: ClaimIndirect, cue: "calls on", name: "The accord", kind: SpeakerUnknown, mention: "The accord"}},
		},
		{
			name: "aside between dashes before a prepositional phrase",
			text: "The governor is now talking about taxes - his weakest issue - in a new way.",
			want: []claimWant{{quote: "taxes - his weakest issue - in a new way", typ: ClaimIndirect, cue: "is now talking about", name: "The governor", kind: SpeakerAnonymous, mention: "The governor"}},
		},
		{
			name: "list whose items repeat the cue's preposition",
			text: "Farmers are angry at the banks, at the weather and at the new tariffs.",
			want: []claimWant{{quote: "the banks, at the weather and at the new tariffs", typ: ClaimIndirect, cue: "are angry at", name: "Farmers", kind: SpeakerPerson, mention: "Farmers"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			claimCheck(t, tt.text, tt.want)
		})
	}
}

// TestClaimsEndShort2 covers the second round of contents that must not
// end too early (claims_endshort2.go): a content cut at the comma that
// opens a short aside runs on after the aside when the sentence goes on
// with the content's own clause.
func TestClaimsEndShort2(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []claimWant
	}{
		{
			name: "participle aside in a bare clause's subject",
			text: "The union hoped the meeting, requested by the mayor, would end the strike.",
			want: []claimWant{{quote: "the meeting, requested by the mayor, would end the strike", typ: ClaimIndirect, cue: "hoped", name: "union", kind: SpeakerOrganization, mention: "The union"}},
		},
		{
			name: "long participle aside",
			text: "The union hoped the new contract, drafted over many long months by lawyers for both the city and the workers, would end the strike.",
			want: []claimWant{{quote: "the new contract, drafted over many long months by lawyers for both the city and the workers, would end the strike", typ: ClaimIndirect, cue: "hoped", name: "union", kind: SpeakerOrganization, mention: "The union"}},
		},
		{
			name: "relative aside in a whether-clause's subject",
			text: "Reporters asked whether the plan, which critics called reckless, had failed.",
			want: []claimWant{{quote: "whether the plan, which critics called reckless, had failed", typ: ClaimIndirect, cue: "asked", name: "Reporters", kind: SpeakerPerson, mention: "Reporters"}},
		},
		{
			name: "apposition before an as-complement",
			text: "The coach regularly cited Baker, a former captain of the team, as someone who would lead the club.",
			want: []claimWant{{quote: "Baker, a former captain of the team, as someone who would lead the club", typ: ClaimIndirect, cue: "regularly cited", name: "The coach", kind: SpeakerUnknown, mention: "The coach"}},
		},
		{
			name: "prepositional aside before an infinitive",
			text: "The judge ordered the city office, along with the county clerk, to release the records.",
			want: []claimWant{{quote: "the city office, along with the county clerk, to release the records", typ: ClaimIndirect, cue: "ordered", name: "The judge", kind: SpeakerAnonymous, mention: "The judge"}},
		},
		{
			name: "participle aside before a for-complement",
			text: "The council wants the old harbor, rebuilt by the navy in 1950, for a new ferry terminal.",
			want: []claimWant{{quote: "the old harbor, rebuilt by the navy in 1950, for a new ferry terminal", typ: ClaimIndirect, cue: "wants", name: "council", kind: SpeakerOrganization, mention: "The council"}},
		},
		{
			name: "a subject with a relative clause and an aside before a trailing source",
			text: "A fan who backs Baker, the former captain, lives near the stadium, the club said.",
			want: []claimWant{{quote: "A fan who backs Baker, the former captain, lives near the stadium", typ: ClaimIndirect, cue: "said", name: "club", kind: SpeakerOrganization, mention: "the club"}},
		},
		{
			name: "contrasting noun phrase after , but",
			text: "The audit found gains in math scores, but no evidence of a gain in reading.",
			want: []claimWant{{quote: "gains in math scores, but no evidence of a gain in reading", typ: ClaimIndirect, cue: "found", name: "The audit", kind: SpeakerUnknown, mention: "The audit"}},
		},
		{
			name: "participle after , but also",
			text: "The coach described Baker as sharing that trait, but also being tempered by age.",
			want: []claimWant{{quote: "Baker as sharing that trait, but also being tempered by age", typ: ClaimIndirect, cue: "described", name: "The coach", kind: SpeakerUnknown, mention: "The coach"}},
		},
		{
			name: "a clause after , but is not the content's",
			text: "The mayor said the budget was tight, but the council would find the money.",
			want: []claimWant{{quote: "the budget was tight", typ: ClaimIndirect, cue: "said", name: "The mayor", kind: SpeakerAnonymous, mention: "The mayor"}},
		},
		{
			name: "an adverbial after , but only is not the content's",
			text: "The mayor backed Lee in early June, but only after a long debate.",
			want: []claimWant{{quote: "Lee", typ: ClaimIndirect, cue: "backed", name: "The mayor", kind: SpeakerAnonymous, mention: "The mayor"}},
		},
		{
			name: "second object after , and repeating the preposition",
			text: "The bishop has understood the power of prayer, and of a public stage open to any leader.",
			want: []claimWant{{quote: "the power of prayer, and of a public stage open to any leader", typ: ClaimIndirect, cue: "has understood", name: "The bishop", kind: SpeakerAnonymous, mention: "The bishop"}},
		},
		{
			name: "second object after , and especially",
			text: "The senator recalled his long friendship with the union, and especially its late president.",
			want: []claimWant{{quote: "his long friendship with the union, and especially its late president", typ: ClaimIndirect, cue: "recalled", name: "The senator", kind: SpeakerAnonymous, mention: "The senator"}},
		},
		{
			name: "a clause after , and both is not the content's",
			text: "Critics warned against her running a negative campaign, and both parties ignored them.",
			want: []claimWant{
				{quote: "running a negative campaign", typ: ClaimIndirect, cue: "warned against", name: "Critics", kind: SpeakerAnonymous, mention: "Critics"},
				{quote: "them", typ: ClaimIndirect, cue: "ignored", name: "both parties", kind: SpeakerAnonymous, mention: "both parties"},
			},
		},
		{
			name: "list of gerund phrases",
			text: "The senator supports cutting taxes by closing loopholes, freezing hiring and selling public land.",
			want: []claimWant{{quote: "cutting taxes by closing loopholes, freezing hiring and selling public land", typ: ClaimIndirect, cue: "supports", name: "The senator", kind: SpeakerAnonymous, mention: "The senator"}},
		},
		{
			name: "list of infinitive phrases",
			text: "The governor wants to raise the wage, expand transit, and fund schools.",
			want: []claimWant{{quote: "to raise the wage, expand transit, and fund schools", typ: ClaimIndirect, cue: "wants", name: "The governor", kind: SpeakerAnonymous, mention: "The governor"}},
		},
		{
			name: "comma between two adjectives before their noun",
			text: "The governor portrayed him as a generous, honest business owner who would fight for them.",
			want: []claimWant{{quote: "him as a generous, honest business owner who would fight for them", typ: ClaimIndirect, cue: "portrayed", name: "The governor", kind: SpeakerAnonymous, mention: "The governor"}},
		},
		{
			name: "comma after an -ing adjective read as a noun",
			text: "The mayor could have cited the council’s shocking, reckless decision from last year.",
			want: []claimWant{{quote: "the council’s shocking, reckless decision from last year", typ: ClaimIndirect, cue: "could have cited", name: "The mayor", kind: SpeakerAnonymous, mention: "The mayor"}},
		},
		{
			name: "that-clause with an adverbial before its subject",
			text: "The report disclosed that after the meeting, the mayor called the builder again.",
			want: []claimWant{{quote: "that after the meeting, the mayor called the builder again", typ: ClaimIndirect, cue: "disclosed", name: "The report", kind: SpeakerUnknown, mention: "The report"}},
		},
		{
			name: "that as a determiner opens no clause",
			text: "The judge called that action unconstitutional, but the ruling was overturned.",
			want: []claimWant{{quote: "that action unconstitutional", typ: ClaimIndirect, cue: "called", name: "The judge", kind: SpeakerAnonymous, mention: "The judge"}},
		},
		{
			name: "an adverbial aside before as is no complement",
			text: "The mayor defended her record, in 2009, as governor she signed a bill.",
			want: []claimWant{{quote: "her record", typ: ClaimIndirect, cue: "defended", name: "The mayor", kind: SpeakerAnonymous, mention: "The mayor"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			claimCheck(t, tt.text, tt.want)
		})
	}
}
