package extract

import "testing"

// TestClaimsIng covers cues that open with an -ing participle without a
// comma before them (claims_ing.go): a reduced relative whose head is a
// thing or group holding a stance ("billboards opposing …"); a speech
// participle after a noun before a clause ("calls saying that …"), but
// not a noun in -ing; a main clause's content that ends before a later
// act of its source ("… before explaining why …") or before a
// participle coordinated with an earlier one ("praising … and adding
// that …"); a participle after a
// preposition opening the sentence behind a short lead ("One month after
// announcing …, X …").
func TestClaimsIng(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []claimWant
	}{
		{
			name: "a stance participle after a thing that holds it",
			text: "Several billboards opposing the new stadium went up along the highway.",
			want: []claimWant{{quote: "the new stadium", typ: ClaimIndirect, cue: "opposing", name: "Several billboards", kind: SpeakerAnonymous, mention: "Several billboards"}},
		},
		{
			name: "a speech participle after a noun before a that-clause",
			text: "The police got calls saying that shots had been fired.",
			want: []claimWant{{quote: "that shots had been fired", typ: ClaimIndirect, cue: "saying", name: "calls", kind: SpeakerUnknown, mention: "calls"}},
		},
		{
			name: "a noun in -ing after a noun is no cue",
			text: "The court ruling that the board appealed was sent back.",
			want: []claimWant{},
		},
		{
			name: "a main clause's content ends before a later act in before + participle",
			text: "The mayor called the vote a disgrace before explaining why the council had failed.",
			want: []claimWant{
				{quote: "the vote a disgrace", typ: ClaimIndirect, cue: "called", name: "The mayor", kind: SpeakerAnonymous, mention: "The mayor"},
				{quote: "why the council had failed", typ: ClaimIndirect, cue: "explaining", name: "The mayor", kind: SpeakerAnonymous, mention: "The mayor"},
			},
		},
		{
			name: "an infinitive content keeps its while + participle",
			text: "The governor wants to cut taxes while claiming that the budget is balanced.",
			want: []claimWant{{quote: "to cut taxes while claiming that the budget is balanced", typ: ClaimIndirect, cue: "wants", name: "The governor", kind: SpeakerAnonymous, mention: "The governor"}},
		},
		{
			name: "a participle opening the clause after that stays in it",
			text: "Reporters quoted a witness as saying that after explaining the rules, the guard left.",
			want: []claimWant{{quote: "a witness as saying that after explaining the rules, the guard left", typ: ClaimIndirect, cue: "quoted", name: "Reporters", kind: SpeakerPerson, mention: "Reporters"}},
		},
		{
			name: "a participle after a preposition behind a short lead takes the main subject",
			text: "One month after announcing his support for the plan, the senator still believes that it will fail.",
			want: []claimWant{
				{quote: "his support for the plan", typ: ClaimIndirect, cue: "announcing", name: "the senator", kind: SpeakerAnonymous, mention: "the senator"},
				{quote: "that it will fail", typ: ClaimIndirect, cue: "still believes", name: "the senator", kind: SpeakerAnonymous, mention: "the senator"},
			},
		},
		{
			name: "a participle after since opening the sentence",
			text: "Since announcing her run in May, Smith has raised millions.",
			want: []claimWant{{quote: "her run", typ: ClaimIndirect, cue: "announcing", name: "Smith", kind: SpeakerPerson, mention: "Smith"}},
		},
		{
			name: "coordinated participles each take their own content",
			text: "The coach answered by praising the players and adding that the referee had been fair.",
			want: []claimWant{
				{quote: "the players", typ: ClaimIndirect, cue: "praising", name: "The coach", kind: SpeakerUnknown, mention: "The coach"},
				{quote: "that the referee had been fair", typ: ClaimIndirect, cue: "adding", name: "The coach", kind: SpeakerUnknown, mention: "The coach"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { claimCheck(t, tt.text, tt.want) })
	}
}

// TestClaimsIng2 covers the second round of participle cues
// (claims_ing.go, claimIng2*): an absolute phrase after "with" whose
// subject is a quantity of people ("with three in 10 saying …"); a
// content that opens with such a phrase is left to its participle; a
// reduced relative on a quantity head ("those describing themselves as
// …", "others defending …") or on a plural noun for people ("delegates
// urging …").
func TestClaimsIng2(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []claimWant
	}{
		{
			name: "an absolute phrase with a quantity as its subject",
			text: "Voters shrugged off the decision, with three in 10 saying a running mate would have no effect.",
			want: []claimWant{
				{quote: "the decision", typ: ClaimIndirect, cue: "shrugged off", name: "Voters", kind: SpeakerAnonymous, mention: "Voters"},
				{quote: "a running mate would have no effect", typ: ClaimIndirect, cue: "saying", name: "three in 10", kind: SpeakerAnonymous, mention: "three in 10"},
			},
		},
		{
			name: "an absolute phrase with a counted group as its subject",
			text: "The raids drew notice on Tuesday, with nearly 140 House members blasting the roundups.",
			want: []claimWant{{quote: "the roundups", typ: ClaimIndirect, cue: "blasting", name: "nearly 140 House members", kind: SpeakerAnonymous, mention: "nearly 140 House members"}},
		},
		{
			name: "an absolute phrase with coordinated names as its subject",
			text: "Sanders won Wisconsin on Tuesday, with Fox News and NBC News calling the race for the senator.",
			want: []claimWant{{quote: "the race for the senator", typ: ClaimIndirect, cue: "calling", name: "Fox News and NBC News", kind: SpeakerOrganization, mention: "Fox News and NBC News"}},
		},
		{
			name: "an absolute phrase with a quantity needs no comma before with and ends the content before it",
			text: "Voters described themselves as liberals with about three in 10 saying they are very liberal.",
			want: []claimWant{
				{quote: "themselves as liberals", typ: ClaimIndirect, cue: "described", name: "Voters", kind: SpeakerAnonymous, mention: "Voters"},
				{quote: "they are very liberal", typ: ClaimIndirect, cue: "saying", name: "about three in 10", kind: SpeakerAnonymous, mention: "about three in 10"},
			},
		},
		{
			name: "a content that opens with an absolute phrase is the participle's",
			text: "Republicans were quick to chime in, with Governor Smith tweeting that the plan was a disaster.",
			want: []claimWant{{quote: "that the plan was a disaster", typ: ClaimIndirect, cue: "tweeting", name: "Smith", kind: SpeakerPerson, role: "Governor", mention: "Governor Smith"}},
		},
		{
			name: "an absolute phrase later in a content stays in it",
			text: "The poll showed the mayor losing support, with 40 percent backing him before the debate.",
			want: []claimWant{{quote: "the mayor losing support, with 40 percent backing him before the debate", typ: ClaimIndirect, cue: "showed", name: "The poll", kind: SpeakerUnknown, mention: "The poll"}},
		},
		{
			name: "a reduced relative on those",
			text: "He leads among those describing themselves as very conservative.",
			want: []claimWant{{quote: "themselves as very conservative", typ: ClaimIndirect, cue: "describing", name: "those", kind: SpeakerAnonymous, mention: "those"}},
		},
		{
			name: "a reduced relative on others in a lead",
			text: "Like others defending the new law, the governor asked the court for quick action.",
			want: []claimWant{
				{quote: "the new law", typ: ClaimIndirect, cue: "defending", name: "others", kind: SpeakerAnonymous, mention: "others"},
				{quote: "the court for quick action", typ: ClaimIndirect, cue: "asked", name: "the governor", kind: SpeakerAnonymous, mention: "the governor"},
			},
		},
		{
			name: "a reduced relative on a plural noun for people",
			text: "Many lawmakers urging a new vote spoke on Monday.",
			want: []claimWant{{quote: "a new vote", typ: ClaimIndirect, cue: "urging", name: "Many lawmakers", kind: SpeakerAnonymous, mention: "Many lawmakers"}},
		},
		{
			name: "a reduced relative on a singular noun for a group",
			text: "A civil rights group demanding a boycott has sued the company.",
			want: []claimWant{{quote: "a boycott", typ: ClaimIndirect, cue: "demanding", name: "civil rights group", kind: SpeakerOrganization, mention: "A civil rights group"}},
		},
		{
			name: "a participle on those with no object is no cue",
			text: "Smith won 42 percent of those responding, while Jones received 38 percent.",
			want: []claimWant{},
		},
		{
			name: "a quantity after with that is no subject of a participle",
			text: "The council met with many residents living near the plant.",
			want: []claimWant{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { claimCheck(t, tt.text, tt.want) })
	}
}

// TestClaimsIng3 covers the third round of participle and question gaps:
// a time phrase between "asked" and its preposition, a reduced relative
// on "those" before a bare noun, and an absolute phrase after "with"
// whose participle is tagged as a noun.
func TestClaimsIng3(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []claimWant
	}{
		{
			name: "a time phrase between asked and about",
			text: "When asked last month about the plan, Smith said the plan was fine.",
			want: []claimWant{
				{quote: "the plan", typ: ClaimIndirect, cue: "asked", name: "", kind: SpeakerUnknown, mention: ""},
				{quote: "the plan was fine", typ: ClaimIndirect, cue: "said", name: "Smith", kind: SpeakerPerson, mention: "Smith"},
			},
		},
		{
			name: "a question ends at a colon before a quotation",
			text: "When asked last week about the inquiry: \u201cThat matter is being handled by the agents,\u201d the minister told reporters.",
			want: []claimWant{{quote: "the inquiry", typ: ClaimIndirect, cue: "asked", name: "", kind: SpeakerUnknown, mention: ""}},
		},
		{
			name: "a reduced relative on those before a one-word object and the main verb",
			text: "Those supporting deportation are a minority.",
			want: []claimWant{{quote: "deportation", typ: ClaimIndirect, cue: "supporting", name: "Those", kind: SpeakerAnonymous, mention: "Those"}},
		},
		{
			name: "a determiner before a participle and its noun is no reduced relative",
			text: "The expected outcome is a minority.",
			want: []claimWant{},
		},
		{
			name: "an absolute phrase whose participle the tagger reads as a noun",
			text: "The senator left the chamber, with the governor tweeting that the vote was rigged.",
			want: []claimWant{{quote: "that the vote was rigged", typ: ClaimIndirect, cue: "tweeting", name: "the governor", kind: SpeakerAnonymous, mention: "the governor"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { claimCheck(t, tt.text, tt.want) })
	}
}
