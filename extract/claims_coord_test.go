package extract

import "testing"

// TestClaimsCoord covers cue verbs coordinated with an earlier verb of
// the same subject (claims_coord.go): after a verb that is no cue, with
// an auxiliary of its own or adverbs before it; after a first verb
// misread as a noun; after a cue whose
// content is quoted; inside a relative clause; and a restrictive case
// where the main subject is kept; a participle coordinated with an
// earlier participle after a preposition or in an absolute phrase; a
// participle whose main verb the tagger misreads or whose subject stands
// before a parenthetical adverbial; a participle phrase set off between
// a subject and its verb.
func TestClaimsCoord(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []claimWant
	}{
		{
			name: "a cue with its own auxiliary after a verb that is no cue",
			text: "The short ruling gave no reasons and did not say how the judges had voted.",
			want: []claimWant{{quote: "how the judges had voted", typ: ClaimIndirect, cue: "did not say", name: "The short ruling", kind: SpeakerUnknown, mention: "The short ruling"}},
		},
		{
			name: "after a first verb the tagger reads as a noun",
			text: "The governor often questions the board's spending and has called for an audit of its accounts.",
			// claims_retag.go makes "questions" a verb and so a cue of its own.
			want: []claimWant{
				{quote: "the board's spending", typ: ClaimIndirect, cue: "often questions", name: "The governor", kind: SpeakerAnonymous, mention: "The governor"},
				{quote: "an audit of its accounts", typ: ClaimIndirect, cue: "has called for", name: "The governor", kind: SpeakerAnonymous, mention: "The governor"},
			},
		},
		{
			name: "a cue after and with adverbs",
			text: "The chief economist of the bank stayed silent for weeks and only later conceded that the forecast had been wrong.",
			want: []claimWant{{quote: "that the forecast had been wrong", typ: ClaimIndirect, cue: "later conceded", name: "The chief economist of the bank", kind: SpeakerAnonymous, mention: "The chief economist of the bank"}},
		},
		{
			name: "the subject of the clause, not the object of the cue before",
			text: "The senator summed up the plan as “reckless,” mocked its author and said it would never pass.",
			want: []claimWant{
				{quote: "The senator summed up the plan as “reckless,”", typ: ClaimMixed, cue: "mocked", name: "its author", kind: SpeakerUnknown, mention: "its author"},
				{quote: "it would never pass", typ: ClaimIndirect, cue: "said", name: "The senator", kind: SpeakerAnonymous, mention: "The senator"},
			},
		},
		{
			name: "a non-restrictive relative clause keeps its antecedent",
			text: "It was odd to see the minister, who opposed the bill last year and demanded its repeal.",
			want: []claimWant{
				{quote: "the minister", typ: ClaimIndirect, cue: "was odd to see", name: "It", kind: SpeakerOrganization, mention: "It"},
				{quote: "the bill", typ: ClaimIndirect, cue: "opposed", name: "the minister", kind: SpeakerAnonymous, mention: "who"},
				{quote: "its repeal", typ: ClaimIndirect, cue: "demanded", name: "the minister", kind: SpeakerAnonymous, mention: "the minister, who"},
			},
		},
		{
			name: "a participle after and coordinated with a participle after by",
			text: "The coach began by thanking the fans and urging them to stay calm.",
			want: []claimWant{{quote: "them to stay calm", typ: ClaimIndirect, cue: "urging", name: "The coach", kind: SpeakerUnknown, mention: "The coach"}},
		},
		{
			name: "a participle after and in an absolute phrase with each",
			text: "The two rivals clashed on Tuesday, each praising their own record and saying the other would raise taxes.",
			want: []claimWant{{quote: "the other would raise taxes", typ: ClaimIndirect, cue: "saying", name: "The two rivals", kind: SpeakerAnonymous, mention: "The two rivals"}},
		},
		{
			name: "a participle after a main verb the tagger reads as a participle",
			text: "The Herald intervened in April, arguing that the trial should be public.",
			want: []claimWant{{quote: "that the trial should be public", typ: ClaimIndirect, cue: "arguing", name: "Herald", kind: SpeakerOrganization, mention: "The Herald"}},
		},
		{
			name: "a participle after a subject with a parenthetical adverbial",
			text: "The senator, meanwhile, was making a pitch to young voters, insisting that the loans would be forgiven.",
			want: []claimWant{{quote: "that the loans would be forgiven", typ: ClaimIndirect, cue: "insisting", name: "The senator", kind: SpeakerAnonymous, mention: "The senator"}},
		},
		{
			name: "a participle phrase between the subject and its verb",
			text: "The Herald, citing court records, reported that the firm had lost money.",
			want: []claimWant{
				{quote: "court records", typ: ClaimIndirect, cue: "citing", name: "Herald", kind: SpeakerOrganization, mention: "The Herald"},
				{quote: "that the firm had lost money", typ: ClaimIndirect, cue: "reported", name: "Herald", kind: SpeakerOrganization, mention: "The Herald"},
			},
		},
		{
			// The participle is no cue of the mayor's; the finite verb after
			// the aside is (claimChain3AsideSubject, claims_chain3.go).
			name: "a participle of reaction between the subject and its verb",
			text: "The mayor, responding to the protests, agreed to meet the strikers.",
			want: []claimWant{{quote: "to meet the strikers", typ: ClaimIndirect, cue: "agreed", name: "The mayor", kind: SpeakerAnonymous, mention: "The mayor"}},
		},
		{
			name: "all but is no coordinator",
			text: "The mayor spoke for an hour, all but begging the council to approve the plan.",
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { claimCheck(t, tt.text, tt.want) })
	}
}

// TestClaimCoordShared checks the subject claimCoordShared picks on
// tagged sentences, and that it declines a quotation-led unit.
func TestClaimCoordShared(t *testing.T) {
	tagger, err := claimTagger()
	if err != nil {
		t.Fatalf("tagger: %v", err)
	}
	tests := []struct {
		name, text, cue, want string
	}{
		{"main subject", "Mr. Lee met the strikers on Monday and has said that he will not cut their pay.", "has said", "Mr. Lee"},
		{"last coordinated clause", "The judge set a date, but the lawyers objected and argued that they needed more time.", "argued", "the lawyers"},
		{"not the subject of a that-clause", "Ms. Ruiz said the deal was dead and predicted that talks would fail.", "predicted", "Ms. Ruiz"},
		{"a relative clause without a closing comma", "Farmers watched the envoy, who toured the valley and promised that the dam would be built.", "promised", "the envoy, who"},
		{"the clause after an expletive it", "It is odd that the mayor demands openness from others, yet insists that his own records are private.", "insists", "the mayor"},
		{"after a leading subordinate clause", "When the storm hit, the two governors met in the capital and declared that schools would close.", "declared", "the two governors"},
		{"a capitalised modal is a name", "Prime Minister Ana May said on Monday that talks would resume and suggested that a deal was near.", "suggested", "Prime Minister Ana May"},
		{"a quotation-led unit", "“We will win,” said the coach, who smiled and claimed that his team was ready.", "claimed", ""},
		{"no coordinator", "The board met on Monday, then announced that the fees would rise.", "announced", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			paras := claimBuildParas(tt.text, tagger)
			p := paras[0]
			got := ""
			for _, c := range cueFind(p.toks, 0, len(p.toks)) {
				if tt.text[p.toks[c.start].start:p.toks[c.end-1].end] != tt.cue {
					continue
				}
				if s, e, ok := claimCoordShared(p.toks, 0, c); ok {
					got = tt.text[p.toks[s].start:p.toks[e-1].end]
				}
			}
			if got != tt.want {
				t.Errorf("subject = %q, want %q", got, tt.want)
			}
		})
	}
}
