package extract

import "testing"

// TestClaimsTrail covers a source and cue trailing the clause they report
// (claims_trail.go): long sources, "according to" with a long noun phrase,
// and adjuncts after the cue.
func TestClaimsTrail(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []claimWant
	}{
		{
			name: "according to a noun phrase with an adjective phrase",
			text: "The county had 94 reported burglaries last year, according to the latest figures available from the sheriff.",
			want: []claimWant{{quote: "The county had 94 reported burglaries last year", typ: ClaimIndirect, cue: "according to", name: "the latest figures", kind: SpeakerUnknown, mention: "the latest figures"}},
		},
		{
			name: "according to coordinated adjectives",
			text: "The mayor lost the runoff narrowly, according to complete but unofficial results.",
			want: []claimWant{{quote: "The mayor lost the runoff narrowly", typ: ClaimIndirect, cue: "according to", name: "complete but unofficial results", kind: SpeakerUnknown, mention: "complete but unofficial results"}},
		},
		{
			name: "time and place after the cue",
			text: "The shipyard will hire 300 workers next spring, she said Tuesday morning on a local radio show.",
			want: []claimWant{{quote: "The shipyard will hire 300 workers next spring", typ: ClaimIndirect, cue: "said", name: "she", kind: SpeakerPerson, mention: "she"}},
		},
		{
			name: "medium and addressee after the cue",
			text: "The archive has been moved to a secure vault, the head archivist wrote in a memo to the trustees.",
			want: []claimWant{{quote: "The archive has been moved to a secure vault", typ: ClaimIndirect, cue: "wrote in a memo", name: "the head archivist", kind: SpeakerUnknown, mention: "the head archivist"}},
		},
		{
			name: "occasion after the cue",
			text: "The levee needs urgent repairs, Morales said during a town hall meeting in the flooded district.",
			want: []claimWant{{quote: "The levee needs urgent repairs", typ: ClaimIndirect, cue: "said", name: "Morales", kind: SpeakerPerson, mention: "Morales"}},
		},
		{
			name: "coordinated titles as a trailing source after a quotation",
			text: "\"The bridge will reopen in May,\" the state senator and former county prosecutor said in a statement.",
			want: []claimWant{{quote: "\"The bridge will reopen in May,\"", typ: ClaimDirect, cue: "said in a statement", name: "the state senator and former county prosecutor", kind: SpeakerUnknown, mention: "the state senator and former county prosecutor"}},
		},
		{
			name: "outlet with a descriptor and no determiner",
			text: "Officials delayed the vote twice, Brazilian newspaper Folha Diaria reports.",
			want: []claimWant{{quote: "Officials delayed the vote twice", typ: ClaimIndirect, cue: "reports", name: "Folha Diaria", kind: SpeakerPerson, role: "Brazilian newspaper", mention: "Brazilian newspaper Folha Diaria"}},
		},
		{
			name: "analysis with a prepositional phrase and an adverb",
			text: "Rents rose 9 percent last year, a Tribune analysis of newly released census data shows.",
			want: []claimWant{{quote: "Rents rose 9 percent last year", typ: ClaimIndirect, cue: "shows", name: "a Tribune analysis of newly released census data", kind: SpeakerUnknown, mention: "a Tribune analysis of newly released census data"}},
		},
		{
			name: "a comma in a number does not open a trailing source",
			text: "Turnout reached 80,000 voters, about 10,000 more than most party officials expected.",
			want: nil,
		},
		{
			name: "pronoun coordinated with a noun as the source",
			text: "The guard pushed a photographer out of the hall, she and another witness said.",
			want: []claimWant{{quote: "The guard pushed a photographer out of the hall", typ: ClaimIndirect, cue: "said", name: "she and another witness", kind: SpeakerAnonymous, mention: "she and another witness"}},
		},
		{
			name: "according to after a dash",
			text: "The county had 94 burglaries last year — most of them in the spring — according to the latest figures available from the sheriff.",
			want: []claimWant{{quote: "The county had 94 burglaries last year — most of them in the spring", typ: ClaimIndirect, cue: "according to", name: "the latest figures", kind: SpeakerUnknown, mention: "the latest figures"}},
		},
		{
			name: "inverted source with an apposition after an earlier subject",
			text: "In the river town, the old paper mill is still running, but it is under pressure from cheaper imports, said the company's chief executive, Ann Brody.",
			want: []claimWant{{quote: "In the river town, the old paper mill is still running, but it is under pressure from cheaper imports", typ: ClaimIndirect, cue: "said", name: "the company's chief executive", kind: SpeakerAnonymous, mention: "the company's chief executive"}},
		},
		{
			name: "addressee and time after a trailing told",
			text: "The deal is dead, the senator told a local radio station on Tuesday.",
			want: []claimWant{{quote: "The deal is dead", typ: ClaimIndirect, cue: "told", name: "the senator", kind: SpeakerAnonymous, mention: "the senator"}},
		},
		{
			name: "infinitive after the cue stays forward",
			text: "After months of talks, the two unions vowed to end the strike before winter.",
			want: []claimWant{{quote: "to end the strike before winter", typ: ClaimIndirect, cue: "vowed", name: "the two unions", kind: SpeakerAnonymous, mention: "the two unions"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			claimCheck(t, tt.text, tt.want)
		})
	}
}
