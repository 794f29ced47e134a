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
		{
			name: "parallel clauses of a tally split at each comma and conjunction",
			text: "Of the delegates, 200 have publicly said they support Smith, 39 have said they support Jones and 160 have not announced their choice.",
			want: []claimWant{
				{quote: "they support Smith", typ: ClaimIndirect, cue: "have publicly said", name: "200", kind: SpeakerUnknown, mention: "200"},
				{quote: "they support Jones", typ: ClaimIndirect, cue: "have said", name: "39", kind: SpeakerUnknown, mention: "39"},
				{quote: "their choice", typ: ClaimIndirect, cue: "have not announced", name: "160", kind: SpeakerUnknown, mention: "160"},
			},
		},
		{
			name: "a repeated cue after and with its own subject is a clause of its own",
			text: "Many delegates have said they will skip the convention and others have said they are not interested in speaking.",
			want: []claimWant{
				{quote: "they will skip the convention", typ: ClaimIndirect, cue: "have said", name: "Many delegates", kind: SpeakerAnonymous, mention: "Many delegates"},
				{quote: "they are not interested in speaking", typ: ClaimIndirect, cue: "have said", name: "others", kind: SpeakerAnonymous, mention: "others"},
			},
		},
		{
			name: "coordinated subjects of a different cue stay in the content",
			text: "The mayor said the recent floods and protests demand that the council act now.",
			want: []claimWant{
				{quote: "the recent floods and protests demand that the council act now", typ: ClaimIndirect, cue: "said", name: "The mayor", kind: SpeakerAnonymous, mention: "The mayor"},
			},
		},
		{
			name: "an infinitive content ends before a clause with a pronoun subject",
			text: "Warren decided not to enter the race and she performed well in the first debate.",
			want: []claimWant{
				{quote: "not to enter the race", typ: ClaimIndirect, cue: "decided", name: "Warren", kind: SpeakerPerson, mention: "Warren"},
			},
		},
		{
			name: "a clause content keeps a coordinated clause with a pronoun subject",
			text: "The mayor said the plan works and he will vote for it.",
			want: []claimWant{
				{quote: "the plan works and he will vote for it", typ: ClaimIndirect, cue: "said", name: "The mayor", kind: SpeakerAnonymous, mention: "The mayor"},
			},
		},
		{
			name: "an as-clause with its own source and cue ends an object content",
			text: "The senator praised the new transit bill as he promised to defend the program.",
			want: []claimWant{
				{quote: "the new transit bill", typ: ClaimIndirect, cue: "praised", name: "The senator", kind: SpeakerAnonymous, mention: "The senator"},
				{quote: "to defend the program", typ: ClaimIndirect, cue: "promised", name: "he", kind: SpeakerPerson, mention: "he"},
			},
		},
		{
			name: "a when-clause with its own cue ends a content without a verb",
			text: "She was talking about the city budget when she told reporters, “We cannot wait.”",
			want: []claimWant{
				{quote: "the city budget", typ: ClaimIndirect, cue: "was talking about", name: "She", kind: SpeakerPerson, mention: "She"},
				{quote: "“We cannot wait.”", typ: ClaimDirect, cue: "told", name: "She", kind: SpeakerPerson, mention: "she"},
			},
		},
		{
			name: "a when-clause inside a reported clause stays",
			text: "The mayor said he was frustrated when he called the company.",
			want: []claimWant{
				{quote: "he was frustrated when he called the company", typ: ClaimIndirect, cue: "said", name: "The mayor", kind: SpeakerAnonymous, mention: "The mayor"},
			},
		},
		{
			name: "as closing a comparison is no clause break",
			text: "The report found that three times as many voters said the economy was better as said it was worse.",
			want: []claimWant{
				{quote: "that three times as many voters said the economy was better as said it was worse", typ: ClaimIndirect, cue: "found", name: "The report", kind: SpeakerUnknown, mention: "The report"},
			},
		},
		{
			name: "a closing apposition with its own source and cue ends the content",
			text: "The aide told reporters that the talks went well and both sides listened, a point the senator also acknowledged to the press.",
			want: []claimWant{
				{quote: "that the talks went well and both sides listened", typ: ClaimIndirect, cue: "told", name: "The aide", kind: SpeakerAnonymous, mention: "The aide"},
				{quote: "a point", typ: ClaimIndirect, cue: "also acknowledged", name: "the senator", kind: SpeakerAnonymous, mention: "the senator"},
			},
		},
		{
			name: "a two-word object before an after-clause with its own source",
			text: "Most voters call him competent, after 55 percent said so in December.",
			want: []claimWant{
				{quote: "him competent", typ: ClaimIndirect, cue: "call", name: "Most voters", kind: SpeakerAnonymous, mention: "Most voters"},
				{quote: "so", typ: ClaimIndirect, cue: "said", name: "55 percent", kind: SpeakerUnknown, mention: "55 percent"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			claimCheck(t, tt.text, tt.want)
		})
	}
}

func TestClaimsNest2(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []claimWant
	}{
		{
			name: "by and a gerund cue after a noun phrase object splits",
			text: "The mayor defended her budget by citing a report from the treasury.",
			want: []claimWant{
				{quote: "her budget", typ: ClaimIndirect, cue: "defended", name: "The mayor", kind: SpeakerAnonymous, mention: "The mayor"},
				{quote: "a report from the treasury", typ: ClaimIndirect, cue: "citing", name: "The mayor", kind: SpeakerAnonymous, mention: "The mayor"},
			},
		},
		{
			name: "by and a phrasal gerund cue with a that-clause",
			text: "The coach dismissed the complaints by pointing out that the team had won five games.",
			want: []claimWant{
				{quote: "the complaints", typ: ClaimIndirect, cue: "dismissed", name: "The coach", kind: SpeakerUnknown, mention: "The coach"},
				{quote: "that the team had won five games", typ: ClaimIndirect, cue: "pointing out", name: "The coach", kind: SpeakerUnknown, mention: "The coach"},
			},
		},
		{
			name: "a comma after a closing quotation and a gerund cue splits",
			text: "The mayor said the plan “would be finished by spring,” referring to the new bridge.",
			want: []claimWant{
				{quote: "the plan “would be finished by spring,”", typ: ClaimMixed, cue: "said", name: "The mayor", kind: SpeakerAnonymous, mention: "The mayor"},
				{quote: "the new bridge", typ: ClaimIndirect, cue: "referring to", name: "The mayor", kind: SpeakerAnonymous, mention: "The mayor"},
			},
		},
		{
			name: "a comma and a gerund cue after an object splits",
			text: "The mayor praised the plan, citing a report from the treasury.",
			want: []claimWant{
				{quote: "the plan", typ: ClaimIndirect, cue: "praised", name: "The mayor", kind: SpeakerAnonymous, mention: "The mayor"},
				{quote: "a report from the treasury", typ: ClaimIndirect, cue: "citing", name: "The mayor", kind: SpeakerAnonymous, mention: "The mayor"},
			},
		},
		{
			name: "a comma gerund cue after a that-clause closing a quotation splits",
			text: "The aide said that the deal was “dead,” citing a report from the treasury.",
			want: []claimWant{
				{quote: "that the deal was “dead,”", typ: ClaimMixed, cue: "said", name: "The aide", kind: SpeakerAnonymous, mention: "The aide"},
				{quote: "a report from the treasury", typ: ClaimIndirect, cue: "citing", name: "The aide", kind: SpeakerAnonymous, mention: "The aide"},
			},
		},
		{
			name: "a by-phrase after an infinitive in the cue stays whole",
			text: "The senator tried to explain the vote by citing a report from the treasury.",
			want: []claimWant{
				{quote: "the vote by citing a report from the treasury", typ: ClaimIndirect, cue: "tried to explain", name: "The senator", kind: SpeakerAnonymous, mention: "The senator"},
			},
		},
		{
			name: "a by-phrase after an object and its infinitive stays whole",
			text: "The governor urged the council to pass the bill by citing a report from the treasury.",
			want: []claimWant{
				{quote: "the council to pass the bill by citing a report from the treasury", typ: ClaimIndirect, cue: "urged", name: "The governor", kind: SpeakerAnonymous, mention: "The governor"},
			},
		},
		{
			name: "a by-phrase in a that-clause stays whole",
			text: "She told reporters that the plan would fail by citing a report.",
			want: []claimWant{
				{quote: "that the plan would fail by citing a report", typ: ClaimIndirect, cue: "told", name: "She", kind: SpeakerPerson, mention: "She"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			claimCheck(t, tt.text, tt.want)
		})
	}
}
