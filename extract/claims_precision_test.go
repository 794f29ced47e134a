package extract

import "testing"

// TestClaimsPrecision covers shapes dropped by claims_precision.go (no
// claim) and near misses that must still give their claim.
func TestClaimsPrecision(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []claimWant
	}{
		{
			name: "spoke with a manner adverb and a place reports nothing",
			text: "The mayor spoke briefly at the ceremony on Tuesday.",
		},
		{
			name: "spoke on condition of anonymity hides a source",
			text: "A city official, who spoke on condition of anonymity, said the budget was short.",
			want: []claimWant{{quote: "the budget was short", typ: ClaimIndirect, cue: "said", name: "a city official", kind: SpeakerAnonymous, mention: "A city official"}},
		},
		{
			name: "near miss: spoke about a topic",
			text: "The mayor spoke about the flooding at the ceremony.",
			want: []claimWant{{quote: "the flooding at the ceremony", typ: ClaimIndirect, cue: "spoke about", name: "The mayor", kind: SpeakerAnonymous, mention: "The mayor"}},
		},
		{
			name: "near miss: spoke highly of someone",
			text: "The governor spoke highly of her predecessor.",
			want: []claimWant{{quote: "her predecessor", typ: ClaimIndirect, cue: "spoke highly of", name: "The governor", kind: SpeakerAnonymous, mention: "The governor"}},
		},
		{
			name: "a lead in the polls is a standing",
			text: "Garcia holds a narrow lead in the polls ahead of the vote.",
		},
		{
			name: "trailing in national polling is a standing",
			text: "Garcia trails Lee in national polling by four points.",
		},
		{
			name: "near miss: a finding of one named poll",
			text: "Garcia led Lee by 12 points in a Channel 5 poll.",
			want: []claimWant{{quote: "Garcia led Lee by 12 points", typ: ClaimIndirect, cue: "in", name: "a Channel 5 poll", kind: SpeakerUnknown, mention: "a Channel 5 poll"}},
		},
		{
			name: "a participle naming a new thing is no stance",
			text: "A new group called Voters First is raising money for ads.",
		},
		{
			name: "near miss: a definite subject calling something a name",
			text: "The letter called the mayor a liar.",
			want: []claimWant{{quote: "the mayor a liar", typ: ClaimIndirect, cue: "called", name: "The letter", kind: SpeakerUnknown, mention: "The letter"}},
		},
		{
			name: "a telephone call with a time after its object",
			text: "The president called Garcia on Tuesday.",
		},
		{
			name: "a telephone call with an infinitive of purpose",
			text: "Garcia called him to offer congratulations.",
		},
		{
			name: "near miss: called with a quoted second complement",
			text: "Garcia called him “reckless.”",
			want: []claimWant{{quote: "him “reckless.”", typ: ClaimMixed, cue: "called", name: "Garcia", kind: SpeakerPerson, mention: "Garcia"}},
		},
		{
			name: "compared with a figure after a claim states no second claim",
			text: "Some 40 percent of voters said they approved of the mayor, compared with 35 percent in May.",
			want: []claimWant{{quote: "they approved of the mayor", typ: ClaimIndirect, cue: "said", name: "Some 40 percent of voters", kind: SpeakerUnknown, mention: "Some 40 percent of voters"}},
		},
		{
			name: "a yes/no question to the reader about a thing",
			text: "Do you support the new tax plan?",
		},
		{
			name: "near miss: a question about a clause",
			text: "Do you think the new tax plan will pass?",
			want: []claimWant{{quote: "the new tax plan will pass", typ: ClaimIndirect, cue: "think", name: "you", kind: SpeakerPerson, mention: "you"}},
		},
		{
			name: "a content that is only a short circumstance",
			text: "The bill passed easily, as the mayor predicted in 2012.",
		},
		{
			name: "near miss: a circumstance before a that-clause",
			text: "Garcia wrote in a letter that the bridge needed repairs.",
			want: []claimWant{{quote: "that the bridge needed repairs", typ: ClaimIndirect, cue: "wrote in a letter", name: "Garcia", kind: SpeakerPerson, mention: "Garcia"}},
		},
		{
			name: "near miss: a phrasal cue takes its preposition",
			text: "Garcia hinted at a run for governor.",
			want: []claimWant{{quote: "a run for governor", typ: ClaimIndirect, cue: "hinted at", name: "Garcia", kind: SpeakerPerson, mention: "Garcia"}},
		},
		{
			name: "an editor's note attributes nothing",
			text: "Editor’s note: The mayor has repeatedly said that the bridge is safe.",
		},
		{
			name: "a correction attributes nothing",
			text: "Correction: An earlier version of this article said the bridge opened in 1990.",
		},
		{
			name: "near miss: the same sentence as news",
			text: "The mayor has repeatedly said that the bridge is safe.",
			want: []claimWant{{quote: "that the bridge is safe", typ: ClaimIndirect, cue: "has repeatedly said", name: "The mayor", kind: SpeakerAnonymous, mention: "The mayor"}},
		},
		{
			name: "regarding is a preposition",
			text: "Regarding the budget, the council met on Monday.",
		},
		{
			name: "reflecting after a comma gives a cause",
			text: "Turnout rose sharply, reflecting the anger of many voters.",
		},
		{
			name: "near miss: regarding inside another cue's content",
			text: "The mayor wrote a letter regarding the bridge.",
			want: []claimWant{{quote: "a letter regarding the bridge", typ: ClaimIndirect, cue: "wrote", name: "The mayor", kind: SpeakerAnonymous, mention: "The mayor"}},
		},
		{
			name: "continue before an infinitive is an aspect verb",
			text: "Even after the vote, Garcia continued to oppose the bridge.",
			want: []claimWant{{quote: "the bridge", typ: ClaimIndirect, cue: "continued to oppose", name: "Garcia", kind: SpeakerPerson, mention: "Garcia"}},
		},
		{
			name: "near miss: continued closing a quotation",
			text: "“We will win,” she continued.",
			want: []claimWant{{quote: "“We will win,”", typ: ClaimDirect, cue: "continued", name: "she", kind: SpeakerPerson, mention: "she"}},
		},
		{
			name: "near miss: reflected on a topic",
			text: "The mayor reflected on her years in office.",
			want: []claimWant{{quote: "her years in office", typ: ClaimIndirect, cue: "reflected on", name: "The mayor", kind: SpeakerAnonymous, mention: "The mayor"}},
		},
		{
			name: "hearing a person is perception",
			text: "I hear you.",
		},
		{
			name: "hearing a person at a place is perception",
			text: "Garcia could not hear them at the rally.",
		},
		{
			name: "advising a client is a job, not advice",
			text: "Garcia, who advises the mayor, said the bridge was unsafe.",
			want: []claimWant{{quote: "the bridge was unsafe", typ: ClaimIndirect, cue: "said", name: "Garcia", kind: SpeakerPerson, mention: "Garcia"}},
		},
		{
			name: "near miss: advice with an infinitive",
			text: "Lee advised the governor to veto the bill.",
			want: []claimWant{{quote: "the governor to veto the bill", typ: ClaimIndirect, cue: "advised", name: "Lee", kind: SpeakerPerson, mention: "Lee"}},
		},
		{
			name: "the agent of a passive participle is no content",
			text: "The tax cut proposed by the mayor passed easily.",
		},
		{
			name: "near miss: by with a gerund",
			text: "Garcia concluded by saying that the bridge is safe.",
			want: []claimWant{{quote: "by saying that the bridge is safe", typ: ClaimIndirect, cue: "concluded", name: "Garcia", kind: SpeakerPerson, mention: "Garcia"}},
		},
		{
			name: "a content of adverbs only",
			text: "The governor weighed in as well.",
		},
		{
			name: "a manner adverb with a circumstance",
			text: "The mayor testified voluntarily in 2019.",
		},
		{
			name: "near miss: a demonstrative object",
			text: "The mayor has ruled that out.",
			want: []claimWant{{quote: "that out", typ: ClaimIndirect, cue: "has ruled", name: "The mayor", kind: SpeakerAnonymous, mention: "The mayor"}},
		},
		{
			name: "that said concedes",
			text: "That said, the bridge will need repairs within a decade.",
		},
		{
			name: "near miss: a cue after that said",
			text: "That said, the mayor argued that the bridge was safe.",
			want: []claimWant{{quote: "that the bridge was safe", typ: ClaimIndirect, cue: "argued", name: "the mayor", kind: SpeakerAnonymous, mention: "the mayor"}},
		},
		{
			name: "a content that is only a time",
			text: "The mayor apologized last year.",
		},
		{
			name: "a time with a number",
			text: "The mayor declared two days later.",
		},
		{
			name: "near miss: a time before a that-clause",
			text: "The mayor said last year that the bridge was safe.",
			want: []claimWant{{quote: "that the bridge was safe", typ: ClaimIndirect, cue: "said", name: "The mayor", kind: SpeakerAnonymous, mention: "The mayor"}},
		},
		{
			name: "near miss: a noun after a time",
			text: "The mayor recalled last summer's floods.",
			want: []claimWant{{quote: "last summer's floods", typ: ClaimIndirect, cue: "recalled", name: "The mayor", kind: SpeakerAnonymous, mention: "The mayor"}},
		},
		{
			name: "a passive subject through a relative who",
			text: "The race tightened, and Ortiz, who ran a quiet campaign, was quickly dismissed by the party.",
		},
		{
			name: "near miss: a passive subject with no relative",
			text: "The proposal was quickly dismissed by the party.",
			want: []claimWant{{quote: "The proposal", typ: ClaimIndirect, cue: "was quickly dismissed", name: "party", kind: SpeakerOrganization, mention: "the party"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			claimCheck(t, tt.text, tt.want)
		})
	}
}

// TestClaimsPrecision3 covers cue words in a sense that reports nothing —
// a sum, an idiom, a comparison, a noun compound — and the close
// neighbours that keep their claim.
func TestClaimsPrecision3(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []claimWant
	}{
		{
			name: "add up to is a sum",
			text: "The pledges add up to more than $2 million.",
		},
		{
			name: "added with an amount is a sum",
			text: "The state added about 4,000 jobs in May.",
		},
		{
			name: "near miss: added with a that-clause",
			text: "The mayor added that the budget was short.",
			want: []claimWant{{quote: "that the budget was short", typ: ClaimIndirect, cue: "added", name: "The mayor", kind: SpeakerAnonymous, mention: "The mayor"}},
		},
		{
			name: "time will tell is an idiom",
			text: "Only time will tell whether the plan works.",
		},
		{
			name: "near miss: a source will tell",
			text: "The mayor will tell voters that the plan works.",
			want: []claimWant{{quote: "that the plan works", typ: ClaimIndirect, cue: "will tell", name: "The mayor", kind: SpeakerAnonymous, mention: "The mayor"}},
		},
		{
			name: "begs the question raises one, with no source",
			text: "The delay begs the question of who approved the plan.",
			want: []claimWant{{quote: "who approved the plan", typ: ClaimIndirect, cue: "question of", kind: SpeakerUnknown}},
		},
		{
			name: "near miss: begged someone to act",
			text: "The tenants begged the council to delay the vote.",
			want: []claimWant{{quote: "the council to delay the vote", typ: ClaimIndirect, cue: "begged", name: "The tenants", kind: SpeakerUnknown, mention: "The tenants"}},
		},
		{
			name: "as we know it compares",
			text: "The town as we know it will vanish.",
		},
		{
			name: "near miss: we know it will",
			text: "We know it will rain.",
			want: []claimWant{{quote: "it will rain", typ: ClaimIndirect, cue: "know", name: "We", kind: SpeakerUnknown, mention: "We"}},
		},
		{
			name: "named after an indefinite noun names it",
			text: "A retired teacher named Ana Ruiz opened the shop.",
		},
		{
			name: "near miss: a source named someone to a post",
			text: "The board named Ana Ruiz as its new chair.",
			want: []claimWant{{quote: "Ana Ruiz as its new chair", typ: ClaimIndirect, cue: "named", name: "board", kind: SpeakerOrganization, mention: "The board"}},
		},
		{
			name: "speaking to reporters after a quotation tells to whom",
			text: "\u201cWe will win,\u201d said the manager, speaking to reporters after the vote.",
			want: []claimWant{{quote: "\u201cWe will win,\u201d", typ: ClaimDirect, cue: "said", name: "the manager", kind: SpeakerAnonymous, mention: "the manager"}},
		},
		{
			name: "speaking on the condition of anonymity hides a source",
			text: "\u201cIt is coming,\u201d said a strategist, speaking on the condition of anonymity to offer an assessment.",
			want: []claimWant{{quote: "\u201cIt is coming,\u201d", typ: ClaimDirect, cue: "said", name: "a strategist", kind: SpeakerAnonymous, mention: "a strategist"}},
		},
		{
			name: "spoke anonymously tells how",
			text: "The mayor spoke anonymously because of the lawsuit.",
		},
		{
			name: "near miss: spoke out against a plan",
			text: "The mayor spoke out against the plan.",
			want: []claimWant{{quote: "the plan", typ: ClaimIndirect, cue: "spoke out against", name: "The mayor", kind: SpeakerAnonymous, mention: "The mayor"}},
		},
		{
			name: "cast with a ballot is a vote",
			text: "The county's voters cast their ballots on Tuesday.",
		},
		{
			name: "votes cast counts votes",
			text: "Lee won 73 percent of the votes cast in the county.",
		},
		{
			name: "near miss: cast herself as something",
			text: "Garcia cast herself as a champion of workers.",
			want: []claimWant{{quote: "herself as a champion of workers", typ: ClaimIndirect, cue: "cast", name: "Garcia", kind: SpeakerPerson, mention: "Garcia"}},
		},
		{
			name: "seeking the nomination runs for office",
			text: "Garcia, who is also seeking the Democratic nomination, spoke first.",
		},
		{
			name: "not seeking reelection runs for no office",
			text: "Lee would not seek reelection.",
		},
		{
			name: "near miss: seeking to act",
			text: "Lee sought to calm his supporters.",
			want: []claimWant{{quote: "to calm his supporters", typ: ClaimIndirect, cue: "sought", name: "Lee", kind: SpeakerPerson, mention: "Lee"}},
		},
		{
			name: "a participle before its noun modifies it",
			text: "In the territory, 60 pledged delegates were at stake.",
		},
		{
			name: "a participle after a quantifier modifies its noun",
			text: "Several supposed alternatives have been tried.",
		},
		{
			name: "near miss: a verb after a floating both",
			text: "The mayors have both supported the plan.",
			want: []claimWant{{quote: "the plan", typ: ClaimIndirect, cue: "supported", name: "The mayors", kind: SpeakerUnknown, mention: "The mayors"}},
		},
		{
			name: "talking points is a noun",
			text: "The aides prepared talking points for the debate.",
		},
		{
			name: "near miss: talking about a topic",
			text: "The mayor was talking about the flood.",
			want: []claimWant{{quote: "the flood", typ: ClaimIndirect, cue: "was talking about", name: "The mayor", kind: SpeakerAnonymous, mention: "The mayor"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			claimCheck(t, tt.text, tt.want)
		})
	}
}
