package extract

import "testing"

// TestClaimsHeadline covers attributions in Title Case headline lines
// and their colon labels (claims_headline.go).
func TestClaimsHeadline(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []claimWant
	}{
		{
			name: "a teaser label names no source",
			text: "Wow: Senator Slams Governor Over Budget Cuts.",
			want: []claimWant{{quote: "Governor", typ: ClaimIndirect, cue: "Slams", name: "Senator", kind: SpeakerAnonymous, mention: "Senator"}},
		},
		{
			name: "a list of names after a place label",
			text: "Ohio: Jane Roe, John Doe, Ann Poe, Tom Fry and Bill Low.",
			want: nil,
		},
		{
			name: "a name label keeps its statement",
			text: "Jane Roe: The Budget Will Pass This Spring.",
			want: []claimWant{{quote: "The Budget Will Pass This Spring", typ: ClaimIndirect, cue: ":", name: "Jane Roe", kind: SpeakerPerson, mention: "Jane Roe"}},
		},
		{
			name: "an object ends before a dash and a teaser",
			text: "Mayor Just Said Something Odd About The Stadium – It Might Surprise You.",
			want: []claimWant{{quote: "Something Odd About The Stadium", typ: ClaimIndirect, cue: "Said", name: "Mayor", kind: SpeakerAnonymous, mention: "Mayor"}},
		},
		{
			name: "an object ends before 'And' and a clause",
			text: "The Council Just Announced Its New Budget And One Thing Was Missing.",
			want: []claimWant{{quote: "Its New Budget", typ: ClaimIndirect, cue: "Announced", name: "Council", kind: SpeakerOrganization, mention: "The Council"}},
		},
		{
			name: "an object ends before an adjunct holding a clause",
			text: "The Governor Responded To The Senator’s Attack With A Joke That Had The Crowd Laughing.",
			want: []claimWant{{quote: "The Senator’s Attack", typ: ClaimIndirect, cue: "Responded To", name: "The Governor", kind: SpeakerAnonymous, mention: "The Governor"}},
		},
		{
			name: "a second verb after 'And' shares the subject",
			text: "Senator Backs Governor And Denounces Mayor.",
			want: []claimWant{
				{quote: "Governor", typ: ClaimIndirect, cue: "Backs", name: "Senator", kind: SpeakerAnonymous, mention: "Senator"},
				{quote: "Mayor", typ: ClaimIndirect, cue: "Denounces", name: "Senator", kind: SpeakerAnonymous, mention: "Senator"},
			},
		},
		{
			name: "a statement after a colon label keeps its adjunct",
			text: "Poll: Voters Abandon The Mayor Over Budget Cuts.",
			want: []claimWant{{quote: "Voters Abandon The Mayor Over Budget Cuts", typ: ClaimIndirect, cue: ":", name: "Poll", kind: SpeakerUnknown, mention: "Poll"}},
		},
		{
			name: "a Title Case label names its source before 'To'",
			text: "Jane Roe To Farmers: Prices Will Rise Next Year.",
			want: []claimWant{{quote: "Prices Will Rise Next Year", typ: ClaimIndirect, cue: ":", name: "Jane Roe", kind: SpeakerPerson, mention: "Jane Roe"}},
		},
		{
			name: "a trailing source after a single-quoted comma",
			text: "Guns Are ‘A Crisis,’ Dean Says.",
			want: []claimWant{{quote: "Guns Are ‘A Crisis", typ: ClaimIndirect, cue: "Says", name: "Dean", kind: SpeakerPerson, mention: "Dean"}},
		},
		{
			name: "a trailing source after a single-quoted clause in prose",
			text: "‘The plan is legal,’ the board found.",
			want: []claimWant{{quote: "The plan is legal", typ: ClaimIndirect, cue: "found", name: "board", kind: SpeakerOrganization, mention: "the board"}},
		},
		{
			name: "a notice word and a dash before a name label",
			text: "EXCLUSIVE – Jane Roe: Don’t Trust The Voting Machines.",
			want: []claimWant{{quote: "Don’t Trust The Voting Machines", typ: ClaimIndirect, cue: ":", name: "Jane Roe", kind: SpeakerPerson, mention: "Jane Roe"}},
		},
		{
			name: "a longer headline before a colon and a quotation",
			text: "Jane Roe Hammers Bank Chief: “You Should Resign Now.”",
			want: []claimWant{{quote: "“You Should Resign Now.”", typ: ClaimDirect, cue: ":", name: "Jane Roe Hammers Bank Chief", kind: SpeakerAnonymous, mention: "Jane Roe Hammers Bank Chief"}},
		},
		{
			name: "an organisation label ending in 'Watch'",
			text: "Budget Watch: The City Hid Its Deficit For Years.",
			want: []claimWant{{quote: "The City Hid Its Deficit For Years", typ: ClaimIndirect, cue: ":", name: "Budget Watch", kind: SpeakerPerson, mention: "Budget Watch"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			claimCheck(t, tt.text, tt.want)
		})
	}
}
