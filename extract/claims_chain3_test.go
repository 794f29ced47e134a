package extract

import "testing"

// TestClaimsChain3 covers the cues claims_chain3.go recovers: a finite
// cue verb whose subject stands before a long aside in commas, and an
// infinitive cue after a catenative coordinated with an earlier verb,
// and a participle opening its sentence after a short lead.
func TestClaimsChain3(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []claimWant
	}{
		{
			name: "aside opened by a prepositional phrase",
			text: "The city council, in a long effort to calm the unions, has said it would raise wages next year.",
			want: []claimWant{{quote: "it would raise wages next year", typ: ClaimIndirect, cue: "has said", name: "city council", kind: SpeakerOrganization, mention: "The city council"}},
		},
		{
			name: "a sentence adverb is no subject; a that-clause's subject is",
			text: "However, the paper said that the editor, a veteran, told staff that the policy was wrong.",
			want: []claimWant{
				{quote: "that the editor, a veteran", typ: ClaimIndirect, cue: "said", name: "the paper", kind: SpeakerUnknown, mention: "the paper"},
				{quote: "that the policy was wrong", typ: ClaimIndirect, cue: "told", name: "the editor", kind: SpeakerAnonymous, mention: "the editor"},
			},
		},
		{
			name: "aside opened by a wh-word",
			text: "The futures markets, where traders bet on the outcome, show the governor even more likely to win.",
			want: []claimWant{{quote: "the governor even more likely to win", typ: ClaimIndirect, cue: "show", name: "The futures markets", kind: SpeakerUnknown, mention: "The futures markets"}},
		},
		{
			name: "aside with a question of its own",
			text: "The senator, when asked what went wrong in the primary, responded that the polls had misled everyone.",
			want: []claimWant{
				{quote: "what went wrong in the primary", typ: ClaimIndirect, cue: "asked", name: "", kind: SpeakerUnknown, mention: ""},
				{quote: "that the polls had misled everyone", typ: ClaimIndirect, cue: "responded", name: "The senator", kind: SpeakerAnonymous, mention: "The senator"},
			},
		},
		{
			name: "aside opened by a participle",
			text: "A projection by the consulting firm, prepared for the retail federation, predicted that many workers would see their wages cut.",
			want: []claimWant{{quote: "that many workers would see their wages cut", typ: ClaimIndirect, cue: "predicted", name: "A projection by the consulting firm", kind: SpeakerUnknown, mention: "A projection by the consulting firm"}},
		},
		{
			name: "aside set off by dashes with verbs of its own",
			text: "Still, the mayor - who met with aides and discussed a path ahead with his family on the flight home - has vowed to fight on.",
			want: []claimWant{
				{quote: "a path ahead with his family on the flight home", typ: ClaimIndirect, cue: "discussed", name: "the mayor", kind: SpeakerAnonymous, mention: "who"},
				{quote: "to fight on", typ: ClaimIndirect, cue: "has vowed", name: "the mayor", kind: SpeakerAnonymous, mention: "the mayor"},
			},
		},
		{
			name: "opening participle after a coordinator and a subordinator",
			text: "But after denouncing the new tax plan at every stop, the senator has not outlined a plan of her own.",
			want: []claimWant{
				{quote: "the new tax plan at every stop", typ: ClaimIndirect, cue: "denouncing", name: "the senator", kind: SpeakerAnonymous, mention: "the senator"},
				{quote: "a plan of her own", typ: ClaimIndirect, cue: "has not outlined", name: "the senator", kind: SpeakerAnonymous, mention: "the senator"},
			},
		},
		{
			name: "opening participle after a span of time",
			text: "Two weeks after endorsing the governor, the mayor changed his mind.",
			want: []claimWant{{quote: "the governor", typ: ClaimIndirect, cue: "endorsing", name: "the mayor", kind: SpeakerAnonymous, mention: "the mayor"}},
		},
		{
			name: "infinitive cue after a long aside in commas",
			text: "The governor, while clearly hoping to end the feud over the budget, was more eager to talk about the new stadium.",
			want: []claimWant{{quote: "the new stadium", typ: ClaimIndirect, cue: "was more eager to talk about", name: "The governor", kind: SpeakerAnonymous, mention: "The governor"}},
		},
		{
			name: "participle takes the subject of a main verb after a long aside",
			text: "The mayor, particularly in the last days of the campaign, has preached unity, claiming he alone could heal the city.",
			want: []claimWant{{quote: "he alone could heal the city", typ: ClaimIndirect, cue: "claiming", name: "The mayor", kind: SpeakerAnonymous, mention: "The mayor"}},
		},
		{
			name: "gerund chain after a long aside in commas",
			text: "The union, after a long meeting with its lawyers on Friday, stopped short of fully endorsing the mayor's plan.",
			want: []claimWant{{quote: "the mayor's plan", typ: ClaimIndirect, cue: "stopped short of fully endorsing", name: "union", kind: SpeakerOrganization, mention: "The union"}},
		},
		{
			name: "content after the cue when a long participle clause leads",
			text: "Campaigning against the governor in the fall of 2012, the mayor barely mentioned taxes.",
			want: []claimWant{{quote: "taxes", typ: ClaimIndirect, cue: "barely mentioned", name: "the mayor", kind: SpeakerAnonymous, mention: "the mayor"}},
		},
		{
			name: "a lone so after a verb of belief",
			text: "The mayor doesn't think so.",
			want: []claimWant{{quote: "so", typ: ClaimIndirect, cue: "doesn't think", name: "The mayor", kind: SpeakerAnonymous, mention: "The mayor"}},
		},
		{
			name: "catenative after and shares the first verb's subject",
			text: "In a short reply, the governor mentioned the audit twice and seemed to blame the council for the delay.",
			want: []claimWant{
				{quote: "the audit twice", typ: ClaimIndirect, cue: "mentioned", name: "the governor", kind: SpeakerAnonymous, mention: "the governor"},
				{quote: "the council for the delay", typ: ClaimIndirect, cue: "seemed to blame", name: "the governor", kind: SpeakerAnonymous, mention: "the governor"},
			},
		},
		{
			name: "a verb with its own object before the infinitive is no catenative",
			text: "The mayor sent aides to the hearing and directed staff to praise the plan.",
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			claimCheck(t, tt.text, tt.want)
		})
	}
}
