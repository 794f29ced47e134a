package extract

import "testing"

// TestClaimsEndLong covers contents that would run past their
// attribution (claims_endlong.go): closing appositions of a clause
// content and adjuncts of the cue's clause after a noun phrase object.
func TestClaimsEndLong(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []claimWant
	}{
		{
			name: "apposition with 'one that' after a clause",
			text: "The mayor said the bridge would reopen in the spring, one that will likely dominate the council's agenda.",
			want: []claimWant{{quote: "the bridge would reopen in the spring", typ: ClaimIndirect, cue: "said", name: "The mayor", kind: SpeakerAnonymous, mention: "The mayor"}},
		},
		{
			name: "amount compared after a clause",
			text: "Most voters said the plan was too costly, about the same number who said so last year.",
			want: []claimWant{{quote: "the plan was too costly", typ: ClaimIndirect, cue: "said", name: "Most voters", kind: SpeakerAnonymous, mention: "Most voters"}},
		},
		{
			name: "amount above another after a clause",
			text: "The bakery said its profit rose to $2 per share, well above the $1 a share that bankers expected.",
			want: []claimWant{{quote: "its profit rose to $2 per share", typ: ClaimIndirect, cue: "said", name: "The bakery", kind: SpeakerUnknown, mention: "The bakery"}},
		},
		{
			name: "amount compared after a noun phrase object with a number",
			text: "The bakery reported a profit of $2 per share, well above the $1 a share that bankers expected.",
			want: []claimWant{{quote: "a profit of $2 per share", typ: ClaimIndirect, cue: "reported", name: "The bakery", kind: SpeakerUnknown, mention: "The bakery"}},
		},
		{
			name: "apposition with a reduced relative clause",
			text: "The inspectors said the dam should be closed for repairs, a recommendation the county board adopted.",
			want: []claimWant{{quote: "the dam should be closed for repairs", typ: ClaimIndirect, cue: "said", name: "The inspectors", kind: SpeakerUnknown, mention: "The inspectors"}},
		},
		{
			name: "a new clause after the comma stays",
			text: "The teacher said the school had been quiet for years, a new principal changed that in June.",
			want: []claimWant{{quote: "the school had been quiet for years, a new principal changed that in June", typ: ClaimIndirect, cue: "said", name: "The teacher", kind: SpeakerUnknown, mention: "The teacher"}},
		},
		{
			name: "a stretch of time after a noun phrase object",
			text: "The governor has played down the proposal in recent weeks.",
			want: []claimWant{{quote: "the proposal", typ: ClaimIndirect, cue: "has played down", name: "The governor", kind: SpeakerAnonymous, mention: "The governor"}},
		},
		{
			name: "a platform after a name object",
			text: "The senator mocked Smith on Twitter.",
			want: []claimWant{{quote: "Smith", typ: ClaimIndirect, cue: "mocked", name: "The senator", kind: SpeakerAnonymous, mention: "The senator"}},
		},
		{
			name: "a platform before a complement stays",
			text: "The senator thanked the volunteers on Twitter for their help.",
			want: []claimWant{{quote: "the volunteers on Twitter for their help", typ: ClaimIndirect, cue: "thanked", name: "The senator", kind: SpeakerAnonymous, mention: "The senator"}},
		},
		{
			name: "a leading subordinate clause holding the cue",
			text: "While the mayor has said that the plan is sound, there is growing anger in the council.",
			want: []claimWant{{quote: "that the plan is sound", typ: ClaimIndirect, cue: "has said", name: "the mayor", kind: SpeakerAnonymous, mention: "the mayor"}},
		},
		{
			name: "a length of time before the subordinator",
			text: "Years after the governor claimed that the deficit was gone, the state borrowed again.",
			want: []claimWant{{quote: "that the deficit was gone", typ: ClaimIndirect, cue: "claimed", name: "the governor", kind: SpeakerAnonymous, mention: "the governor"}},
		},
		{
			name: "a sentence adverb before the subordinator",
			text: "However, while the club says it is close to its goal, it is not receiving help from sponsors.",
			want: []claimWant{{quote: "it is close to its goal", typ: ClaimIndirect, cue: "says", name: "club", kind: SpeakerOrganization, mention: "the club"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			claimCheck(t, tt.text, tt.want)
		})
	}
}

// TestClaimsEndLong2 covers the second round of contents that would run
// past their attribution (claims_endlong.go, claimEndLong2*).
func TestClaimsEndLong2(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []claimWant
	}{
		{
			name: "a participle aside closes before the subject's verb",
			text: "The mayor, suggesting the city sell the old depot, was cool about the stadium plan.",
			want: []claimWant{{quote: "the city sell the old depot", typ: ClaimIndirect, cue: "suggesting", name: "The mayor", kind: SpeakerAnonymous, mention: "The mayor"}},
		},
		{
			name: "a rise from an earlier amount after a clause",
			text: "The dealers said they sold 400 boats in the spring, up 12 percent from a year earlier.",
			want: []claimWant{{quote: "they sold 400 boats in the spring", typ: ClaimIndirect, cue: "said", name: "The dealers", kind: SpeakerUnknown, mention: "The dealers"}},
		},
		{
			name: "a ratio of another amount after a clause",
			text: "Most parents said the school was safe, double the share in May.",
			want: []claimWant{{quote: "the school was safe", typ: ClaimIndirect, cue: "said", name: "Most parents", kind: SpeakerAnonymous, mention: "Most parents"}},
		},
		{
			name: "an infinitive content before the verb of its subject",
			text: "The mayor's plan to help them rebuild is costly.",
			want: []claimWant{{quote: "to help them rebuild", typ: ClaimIndirect, cue: "plan", name: "The mayor", kind: SpeakerAnonymous, mention: "The mayor"}},
		},
		{
			name: "a quotation closed by a comma before the main clause",
			text: "Conceding that the plan was “not perfect,” the mayor had a good week.",
			want: []claimWant{{quote: "that the plan was “not perfect,”", typ: ClaimMixed, cue: "Conceding", name: "the mayor", kind: SpeakerAnonymous, mention: "the mayor"}},
		},
		{
			name: "a quotation closed by a comma before an apposition",
			text: "The senator called the bill “a disgrace,” a remark that angered his colleagues.",
			want: []claimWant{{quote: "the bill “a disgrace,”", typ: ClaimMixed, cue: "called", name: "The senator", kind: SpeakerAnonymous, mention: "The senator"}},
		},
		{
			name: "a quotation closed by a comma before a relative clause",
			text: "The critics attacked the rule known as a “safe harbor,” in which firms avoid any penalty.",
			want: []claimWant{{quote: "the rule known as a “safe harbor,”", typ: ClaimMixed, cue: "attacked", name: "The critics", kind: SpeakerAnonymous, mention: "The critics"}},
		},
		{
			name: "a closing who clause after a short object",
			text: "The mayor praised the candidate, who is running in the spring primary.",
			want: []claimWant{{quote: "the candidate", typ: ClaimIndirect, cue: "praised", name: "The mayor", kind: SpeakerAnonymous, mention: "The mayor"}},
		},
		{
			name: "a who clause inside a clause content stays",
			text: "The aide said that Smith, who is running in the primary, would win.",
			want: []claimWant{{quote: "that Smith, who is running in the primary, would win", typ: ClaimIndirect, cue: "said", name: "The aide", kind: SpeakerAnonymous, mention: "The aide"}},
		},
		{
			name: "a purpose adjunct after a noun phrase object",
			text: "The mayor pledged her vote to Smith in an effort to end the race.",
			want: []claimWant{{quote: "her vote to Smith", typ: ClaimIndirect, cue: "pledged", name: "The mayor", kind: SpeakerAnonymous, mention: "The mayor"}},
		},
		{
			name: "a purpose adjunct after a clause stays",
			text: "The aide said the mayor was staying quiet in order to calm the council.",
			want: []claimWant{{quote: "the mayor was staying quiet in order to calm the council", typ: ClaimIndirect, cue: "said", name: "The aide", kind: SpeakerAnonymous, mention: "The aide"}},
		},
		{
			name: "a headline adjunct after the object",
			text: "Senator Backs Governor Smith Amid Budget Fight",
			want: []claimWant{{quote: "Governor Smith", typ: ClaimIndirect, cue: "Backs", name: "Senator", kind: SpeakerAnonymous, mention: "Senator"}},
		},
		{
			name: "a headline's second verb after the object",
			text: "Mayor Jones Endorses Smith And Attacks Brown",
			want: []claimWant{
				{quote: "Smith", typ: ClaimIndirect, cue: "Endorses", name: "Jones", kind: SpeakerPerson, role: "Mayor", mention: "Mayor Jones"},
				{quote: "Brown", typ: ClaimIndirect, cue: "Attacks", name: "Jones", kind: SpeakerPerson, role: "Mayor", mention: "Mayor Jones"}, // claimHeadlineCoordCut
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			claimCheck(t, tt.text, tt.want)
		})
	}
}
