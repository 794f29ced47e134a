package extract

import "testing"

// TestClaimsParenth covers a speaker set off by commas after an adverbial
// lead (claims_parenth.go): the lead is part of the content whether it is
// a subordinate clause or a prepositional phrase; a participle lead, a
// question lead, a quotation after the cue and a subordinate clause after
// the cue leave it out; an inverted "said X," between a subject and its
// predicate takes the predicate as second part (claimParenthInvertedTail); a one-word lead counts, and a lead after ", and"
// following a finite verb starts at the coordinated clause
// (claimParenthFirstStart).
func TestClaimsParenth(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []claimWant
	}{
		{
			name: "a conditional clause before the speaker",
			text: "If the deal fails, the mayor said, the city will raise taxes.",
			want: []claimWant{{quote: "If the deal fails, the mayor said, the city will raise taxes", segs: []string{"If the deal fails", "the city will raise taxes"}, typ: ClaimIndirect, cue: "said", name: "the mayor", kind: SpeakerAnonymous, mention: "the mayor"}},
		},
		{
			name: "a prepositional phrase before the speaker",
			text: "In a merger, the chairman said, the old brand would survive.",
			want: []claimWant{{quote: "In a merger, the chairman said, the old brand would survive", segs: []string{"In a merger", "the old brand would survive"}, typ: ClaimIndirect, cue: "said", name: "the chairman", kind: SpeakerAnonymous, mention: "the chairman"}},
		},
		{
			name: "a participle lead is about the speaker",
			text: "Holding up a book, the senator said, the law was written in haste.",
			want: []claimWant{{quote: "the law was written in haste", typ: ClaimIndirect, cue: "said", name: "the senator", kind: SpeakerAnonymous, mention: "the senator"}},
		},
		{
			name: "a subordinate clause after the cue",
			text: "In the early years, the chairman said, when money was short, the firm borrowed heavily.",
			want: []claimWant{{quote: "when money was short, the firm borrowed heavily", typ: ClaimIndirect, cue: "said", name: "the chairman", kind: SpeakerAnonymous, mention: "the chairman"}},
		},
		{
			name: "an inverted source between subject and predicate",
			text: "The plan, said Doyle, would cost too much.",
			want: []claimWant{{quote: "The plan, said Doyle, would cost too much", segs: []string{"The plan", "would cost too much"}, typ: ClaimIndirect, cue: "said", name: "Doyle", kind: SpeakerPerson, mention: "Doyle"}},
		},
		{
			name: "an inverted source with an apposition",
			text: "Any fair reading of the deal, said Michael Brown, an expert on trade at the institute, would show that it failed.",
			want: []claimWant{{quote: "Any fair reading of the deal, said Michael Brown, an expert on trade at the institute, would show that it failed", segs: []string{"Any fair reading of the deal", "would show that it failed"}, typ: ClaimIndirect, cue: "said", name: "Michael Brown", kind: SpeakerPerson, mention: "Michael Brown"}},
		},
		{
			name: "a one-word subject before the speaker",
			text: "Time, the senator added, was on their side.",
			want: []claimWant{{quote: "Time, the senator added, was on their side", segs: []string{"Time", "was on their side"}, typ: ClaimIndirect, cue: "added", name: "the senator", kind: SpeakerAnonymous, mention: "the senator"}},
		},
		{
			name: "the clause after a coordinator before the speaker",
			text: "The council met that night - and the budget, the mayor said, had been hard to pass.",
			want: []claimWant{{quote: "the budget, the mayor said, had been hard to pass", segs: []string{"the budget", "had been hard to pass"}, typ: ClaimIndirect, cue: "said", name: "the mayor", kind: SpeakerAnonymous, mention: "the mayor"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { claimCheck(t, tt.text, tt.want) })
	}
}
