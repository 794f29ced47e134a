package extract

import "testing"

// TestClaimsStart covers where a content starts (claims_start.go): a free
// relative "what SOURCE CUE X" is content from "what" on, and a sourceless
// cue's subject runs back over a preposition to the clause's start, and a
// clause-opening "According to" source runs to its comma.
func TestClaimsStart(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []claimWant
	}{
		{
			name: "free relative with described as",
			text: "The storm caused what forecasters described as the worst flooding in decades.",
			want: []claimWant{{quote: "what forecasters described as the worst flooding in decades", typ: ClaimIndirect, cue: "described", name: "forecasters", kind: SpeakerUnknown, mention: "forecasters"}},
		},
		{
			name: "free relative with a quotation",
			text: "The company built what its founder called “a factory for ideas.”",
			want: []claimWant{{quote: "what its founder called “a factory for ideas.”", typ: ClaimMixed, cue: "called", name: "its founder", kind: SpeakerAnonymous, mention: "its founder"}},
		},
		{
			name: "free relative with a clause after said",
			text: "The town lost what the mayor said was its last bank.",
			want: []claimWant{{quote: "what the mayor said was its last bank", typ: ClaimIndirect, cue: "said", name: "the mayor", kind: SpeakerAnonymous, mention: "the mayor"}},
		},
		{
			name: "an outer cue keeps the free relative as its content",
			text: "The council voted against what the mayor called a reckless giveaway.",
			want: []claimWant{{quote: "what the mayor called a reckless giveaway", typ: ClaimIndirect, cue: "voted against", name: "council", kind: SpeakerOrganization, mention: "The council"}},
		},
		{
			name: "what as a subject is no free relative before the source",
			text: "What matters now, the mayor said, is the budget.",
			want: []claimWant{{quote: "What matters now, the mayor said, is the budget", segs: []string{"What matters now", "is the budget"}, typ: ClaimIndirect, cue: "said", name: "the mayor", kind: SpeakerAnonymous, mention: "the mayor"}},
		},
		{
			name: "sourceless subject with a gerund and a preposition",
			text: "The mayor's habit of comparing himself to Lincoln did not seem to help his campaign.",
			want: []claimWant{{quote: "The mayor's habit of comparing himself to Lincoln did not seem to help his campaign", segs: []string{"The mayor's habit of comparing himself to Lincoln", "to help his campaign"}, typ: ClaimIndirect, cue: "did not seem", kind: SpeakerUnknown}},
		},
		{
			name: "sourceless subject with a participle and a preposition",
			text: "Some of the farmers selling to the cooperative seemed to know little about the new rules.",
			want: []claimWant{{quote: "Some of the farmers selling to the cooperative seemed to know little about the new rules", segs: []string{"Some of the farmers selling to the cooperative", "to know little about the new rules"}, typ: ClaimIndirect, cue: "seemed", kind: SpeakerUnknown}},
		},
		{
			name: "sourceless subject with an infinitive and a preposition",
			text: "The town's plan to partner with the county is considered a model for the region.",
			want: []claimWant{{quote: "The town's plan to partner with the county is considered a model for the region", segs: []string{"The town's plan to partner with the county", "a model for the region"}, typ: ClaimIndirect, cue: "is considered", kind: SpeakerUnknown}},
		},
		{
			name: "a finite verb before the preposition keeps the subject short",
			text: "Security experts have linked the breach to a group that appears to work for the army.",
			want: []claimWant{{quote: "that appears to work for the army", segs: []string{"that", "to work for the army"}, typ: ClaimIndirect, cue: "appears", kind: SpeakerUnknown}},
		},
		{
			name: "sourceless subject over a number's comma and a time preposition",
			text: "More than 1,200 letters from the archive during the war have now been deemed secret.",
			want: []claimWant{{quote: "More than 1,200 letters from the archive during the war have now been deemed secret", segs: []string{"More than 1,200 letters from the archive during the war", "secret"}, typ: ClaimIndirect, cue: "have now been deemed", kind: SpeakerUnknown}},
		},
		{
			name: "sourceless subject over as before a noun",
			text: "The senator's changing explanations for his use of a state car as governor appear to worry voters.",
			want: []claimWant{{quote: "The senator's changing explanations for his use of a state car as governor appear to worry voters", segs: []string{"The senator's changing explanations for his use of a state car as governor", "to worry voters"}, typ: ClaimIndirect, cue: "appear", kind: SpeakerUnknown}},
		},
		{
			name: "sourceless subject after more than and a number",
			text: "Many of the party's staff of more than 100 are expected to leave for other states.",
			want: []claimWant{{quote: "Many of the party's staff of more than 100 are expected to leave for other states", segs: []string{"Many of the party's staff of more than 100", "to leave for other states"}, typ: ClaimIndirect, cue: "are expected", kind: SpeakerUnknown}},
		},
		{
			name: "according to a source with a participle phrase",
			text: "According to early results of exit polls conducted for the networks by a research firm, most voters in the state favored the governor.",
			want: []claimWant{{quote: "most voters in the state favored the governor", typ: ClaimIndirect, cue: "According to", name: "early results of exit polls", kind: SpeakerUnknown, mention: "early results of exit polls"}},
		},
		{
			name: "according to a source with a prepositional phrase",
			text: "According to the officer in charge of the base that night, the scene in the film is untrue.",
			want: []claimWant{{quote: "the scene in the film is untrue", typ: ClaimIndirect, cue: "According to", name: "the officer", kind: SpeakerAnonymous, mention: "the officer"}},
		},
		{
			name: "according to a source with an apposition is left to the apposition rule",
			text: "According to records from Diane D. Blair, a close friend of the senator who died in 2000, the senator had called him a liar.",
			want: []claimWant{{quote: "the senator had called him a liar", typ: ClaimIndirect, cue: "According to", name: "records", kind: SpeakerUnknown, mention: "records"}},
		},
		{
			name: "sourceless subject after whose",
			text: "The minister, whose government was widely criticized for corruption, resigned on Monday.",
			want: []claimWant{{quote: "whose government was widely criticized for corruption", segs: []string{"whose government", "corruption"}, typ: ClaimIndirect, cue: "was widely criticized for", kind: SpeakerUnknown}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			claimCheck(t, tt.text, tt.want)
		})
	}
}

// TestClaimsStart2 covers the relative pronoun that opens a content
// (claimStart2Relative): the pronoun is the content's first segment, the
// rest of the clause after the cue its second.
func TestClaimsStart2(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []claimWant
	}{
		{
			name: "which before the source and a finite verb",
			text: "The council passed the new budget, which the mayor has repeatedly said was a mistake.",
			want: []claimWant{{quote: "which the mayor has repeatedly said was a mistake", segs: []string{"which", "was a mistake"}, typ: ClaimIndirect, cue: "has repeatedly said", name: "the mayor", kind: SpeakerAnonymous, mention: "the mayor"}},
		},
		{
			name: "who before the source and a quotation",
			text: "Voters turned to Mr. Hale, who the governor described as “the quiet fixer.”",
			want: []claimWant{{quote: "who the governor described as “the quiet fixer.”", segs: []string{"who", "as “the quiet fixer.”"}, typ: ClaimMixed, cue: "described", name: "the governor", kind: SpeakerAnonymous, mention: "the governor"}},
		},
		{
			name: "a comma-set relative clause ends at its comma",
			text: "The new fees, which officials said will take effect next month, will not apply to students.",
			want: []claimWant{{quote: "which officials said will take effect next month", segs: []string{"which", "will take effect next month"}, typ: ClaimIndirect, cue: "said", name: "officials", kind: SpeakerAnonymous, mention: "officials"}},
		},
		{
			name: "that after a noun before a finite verb takes the noun phrase with it",
			text: "The town saw a boom that economists say will last for years.",
			want: []claimWant{{quote: "a boom that economists say will last for years", segs: []string{"a boom that", "will last for years"}, typ: ClaimIndirect, cue: "say", name: "economists", kind: SpeakerUnknown, mention: "economists"}},
		},
		{
			name: "that opening a noun's complement clause is no relative pronoun",
			text: "It was a sign that the mayor said the plan would pass.",
			want: []claimWant{{quote: "the plan would pass", typ: ClaimIndirect, cue: "said", name: "the mayor", kind: SpeakerAnonymous, mention: "the mayor"}},
		},
		{
			name: "a contact clause with an infinitive ends before the main verb",
			text: "The reforms she hopes to pass have stalled in the Senate.",
			want: []claimWant{{quote: "The reforms she hopes to pass", segs: []string{"The reforms", "to pass"}, typ: ClaimIndirect, cue: "hopes", name: "she", kind: SpeakerPerson, mention: "she"}},
		},
		{
			name: "a contact clause after be with the gap as a subject",
			text: "It was a plan she knew would fail in the Senate.",
			want: []claimWant{{quote: "a plan she knew would fail in the Senate", segs: []string{"a plan", "would fail in the Senate"}, typ: ClaimIndirect, cue: "knew", name: "she", kind: SpeakerPerson, mention: "she"}},
		},
		{
			name: "a noun phrase after a verb opens no contact clause",
			text: "The mayor told the crowd she wants to win the race.",
			want: []claimWant{{quote: "she wants to win the race", typ: ClaimIndirect, cue: "told", name: "The mayor", kind: SpeakerAnonymous, mention: "The mayor"}},
		},
		{
			name: "a free relative after a verb of naming ends before the main verb",
			text: "The lawsuit over what former workers have called a “fraudulent scheme” took an even uglier turn on Monday.",
			want: []claimWant{{quote: "what former workers have called a “fraudulent scheme”", typ: ClaimMixed, cue: "have called", name: "former workers", kind: SpeakerUnknown, mention: "former workers"}},
		},
		{
			name: "a free relative ends at a colon",
			text: "The plan falls short of what scientists think is necessary: an end to coal by 2030.",
			want: []claimWant{{quote: "what scientists think is necessary", typ: ClaimIndirect, cue: "think", name: "scientists", kind: SpeakerUnknown, mention: "scientists"}},
		},
		{
			name: "which after a preposition is no part of the content",
			text: "She gave a speech in which she said the plan would pass.",
			want: []claimWant{{quote: "the plan would pass", typ: ClaimIndirect, cue: "said", name: "she", kind: SpeakerPerson, mention: "she"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			claimCheck(t, tt.text, tt.want)
		})
	}
}
