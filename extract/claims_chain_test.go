package extract

import (
	"strings"
	"testing"
)

// TestClaimsChain covers listed cue verbs inside a verb chain
// (claims_chain.go): perfect progressives and the cues they give way to.
func TestClaimsChain(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []claimWant
	}{
		{
			name: "perfect progressive with an object",
			text: "The mayor has been pushing a new transit levy since the spring.",
			want: []claimWant{{quote: "a new transit levy", typ: ClaimIndirect, cue: "has been pushing", name: "The mayor", kind: SpeakerAnonymous, mention: "The mayor"}},
		},
		{
			name: "perfect progressive with a that-clause",
			text: "The union has been warning that the plant could close by March.",
			want: []claimWant{{quote: "that the plant could close by March", typ: ClaimIndirect, cue: "has been warning", name: "union", kind: SpeakerOrganization, mention: "The union"}},
		},
		{
			name: "a listed participle in the content takes the claim",
			text: "She has been criticizing the council for ignoring the flood maps.",
			want: []claimWant{{quote: "the flood maps", typ: ClaimIndirect, cue: "ignoring", name: "She", kind: SpeakerPerson, mention: "She"}},
		},
		{
			name: "a relative clause with its object gapped",
			text: "It was a speech he had been repeating for years.",
			want: nil,
		},
		{
			name: "catenative verb after a leading clause",
			text: "After the board agreed to meet twice a month, the mayor continued to insist that the budget was sound.",
			want: []claimWant{
				{quote: "to meet twice a month", typ: ClaimIndirect, cue: "agreed", name: "board", kind: SpeakerOrganization, mention: "the board"},
				{quote: "that the budget was sound", typ: ClaimIndirect, cue: "continued to insist", name: "the mayor", kind: SpeakerAnonymous, mention: "the mayor"},
			},
		},
		{
			name: "catenative verb after a subordinator",
			text: "The tunnel will close in May, as engineers continue to warn that the walls are cracking.",
			want: []claimWant{{quote: "that the walls are cracking", typ: ClaimIndirect, cue: "continue to warn", name: "engineers", kind: SpeakerUnknown, mention: "engineers"}},
		},
		{
			name: "expletive subject with an adjective after a leading clause",
			text: "By the time the last polls closed in the county, it was hard to imagine a comeback for the mayor.",
			want: nil,
		},
		{
			name: "anonymity formula after a leading clause",
			text: "By the time the last polls closed in the county, the aides were not authorized to discuss the count.",
			want: nil,
		},
		{
			name: "progressive after an apposition is the main verb",
			text: "Dana Ortiz, the chairwoman of the county party, is supporting the school levy.",
			want: []claimWant{{quote: "the school levy", typ: ClaimIndirect, cue: "is supporting", name: "Dana Ortiz", kind: SpeakerPerson, mention: "Dana Ortiz"}},
		},
		{
			name: "adverbial aside between subject and verb",
			text: "Mr. Lane, almost alone, decided to oppose the new runway.",
			want: []claimWant{{quote: "to oppose the new runway", typ: ClaimIndirect, cue: "decided", name: "Lane", kind: SpeakerPerson, mention: "Mr. Lane"}},
		},
		{
			name: "a progressive after a comma is no inverted cue",
			text: "The problem, however, is finding the money for the bridge.",
			want: nil,
		},
		{
			name: "an as-clause with its own cue ends the content before it",
			text: "The mayor is relying on her deputy, mentioning him in every speech as she praises his budget record.",
			want: []claimWant{
				{quote: "him", typ: ClaimIndirect, cue: "mentioning", name: "The mayor", kind: SpeakerAnonymous, mention: "The mayor"},
				{quote: "his budget record", typ: ClaimIndirect, cue: "praises", name: "she", kind: SpeakerPerson, mention: "she"},
			},
		},
		{
			name: "a comparison with as stays in the content",
			text: "We would know how someone as wealthy as the mayor claims to be pays no tax.",
			want: []claimWant{{quote: "how someone as wealthy as the mayor claims to be pays no tax", typ: ClaimIndirect, cue: "would know", name: "We", kind: SpeakerUnknown, mention: "We"}},
		},
		{
			name: "a dashed even-as aside stays in the content",
			text: "Critics note that the mayor — even as she says the budget is sound — has cut no spending.",
			want: []claimWant{{quote: "that the mayor — even as she says the budget is sound — has cut no spending", typ: ClaimIndirect, cue: "note", name: "Critics", kind: SpeakerAnonymous, mention: "Critics"}},
		},
		{
			name: "a cue after but shares the subject of the first verb",
			text: "The senator is no fan of the governor but praised his choice of running mate.",
			want: []claimWant{{quote: "his choice of running mate", typ: ClaimIndirect, cue: "praised", name: "The senator", kind: SpeakerAnonymous, mention: "The senator"}},
		},
		{
			name: "an adverbial aside after the cue is left out",
			text: "The auditor described, in unusually blunt terms, a set of practices that left the accounts open to fraud.",
			want: []claimWant{{quote: "a set of practices that left the accounts open to fraud", typ: ClaimIndirect, cue: "described", name: "The auditor", kind: SpeakerUnknown, mention: "The auditor"}},
		},
		{
			name: "gerund after a verb of avoiding",
			text: "The governor has avoided directly criticizing the auditor.",
			want: []claimWant{{quote: "the auditor", typ: ClaimIndirect, cue: "has avoided directly criticizing", name: "The governor", kind: SpeakerAnonymous, mention: "The governor"}},
		},
		{
			name: "gerund after stopped short of",
			text: "The mayor stopped short of calling the vote a fraud.",
			want: []claimWant{{quote: "the vote a fraud", typ: ClaimIndirect, cue: "stopped short of calling", name: "The mayor", kind: SpeakerAnonymous, mention: "The mayor"}},
		},
		{
			name: "a party tag between subject and a gerund chain",
			text: "Sen. Dana Lee (D-Ore.) kept asking why the agency had delayed the audit.",
			want: []claimWant{{quote: "why the agency had delayed the audit", typ: ClaimIndirect, cue: "kept asking", name: "Dana Lee", kind: SpeakerPerson, role: "Sen.", mention: "Sen. Dana Lee"}},
		},
		{
			name: "progressive after a modal",
			text: "The mayor will be urging the council to delay the vote.",
			want: []claimWant{{quote: "the council to delay the vote", typ: ClaimIndirect, cue: "will be urging", name: "The mayor", kind: SpeakerAnonymous, mention: "The mayor"}},
		},
		{
			name: "who’s with a particle is who has",
			text: "The mayor, who’s called for a new levy, opened the meeting.",
			want: []claimWant{{quote: "a new levy", typ: ClaimIndirect, cue: "called for", name: "The mayor", kind: SpeakerAnonymous, mention: "The mayor, who"}},
		},
		{
			name: "an aside between the auxiliary and the verb",
			text: "A new poll of voters has, however, revealed that the plan is unpopular.",
			want: []claimWant{{quote: "that the plan is unpopular", typ: ClaimIndirect, cue: "has, however, revealed", name: "A new poll of voters", kind: SpeakerUnknown, mention: "A new poll of voters"}},
		},
		{
			name: "all but before the verb",
			text: "At the news conference, the manager all but begged reporters to ask about the budget.",
			want: []claimWant{{quote: "reporters to ask about the budget", typ: ClaimIndirect, cue: "all but begged", name: "the manager", kind: SpeakerAnonymous, mention: "the manager"}},
		},
		{
			name: "purpose infinitive nine words after its verb",
			text: "The senator appeared on three of the Sunday morning news shows to criticize the budget deal.",
			want: []claimWant{{quote: "the budget deal", typ: ClaimIndirect, cue: "criticize", name: "The senator", kind: SpeakerAnonymous, mention: "The senator"}},
		},
		{
			name: "gerund after spend and a time object",
			text: "The governor spent more time mocking the new budget.",
			want: []claimWant{{quote: "the new budget", typ: ClaimIndirect, cue: "spent more time mocking", name: "The governor", kind: SpeakerAnonymous, mention: "The governor"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			claimCheck(t, tt.text, tt.want)
		})
	}
}

// TestClaimChainRetagPlural checks the repair of a plural subject the
// tagger reads as a verb before a finite verb.
func TestClaimChainRetagPlural(t *testing.T) {
	tests := []struct {
		name  string
		words []string
		tags  []string
		want  string // the tag of the second token afterwards
	}{
		{"plural subject before a finite verb", []string{"Public", "polls", "show", "gains"}, []string{"NNP", "VBZ", "VBP", "NNS"}, "NNS"},
		{"past verb after adverb", []string{"Muslim", "advocates", "quickly", "hailed"}, []string{"NNP", "VBZ", "RB", "VBD"}, "NNS"},
		{"listed cue form stays a verb", []string{"Clinton", "hopes", "can", "win"}, []string{"NNP", "VBZ", "MD", "VB"}, "VBZ"},
		{"verb before a participle stays", []string{"The", "plan", "needs", "revised"}, []string{"DT", "NN", "VBZ", "VBN"}, "NN"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := claimTestToks(tt.words, tt.tags)
			claimChainRetagPlural(toks)
			if toks[1].tag != tt.want {
				t.Errorf("tag of %q = %s, want %s", tt.words[1], toks[1].tag, tt.want)
			}
		})
	}
}

// claimTestToks builds tokens outside quotations from words and their
// tags, for tests of the tag repairs; "." and "," are not words.
func claimTestToks(words, tags []string) []claimTok {
	toks := make([]claimTok, len(words))
	for i, w := range words {
		toks[i] = claimTok{text: w, lower: strings.ToLower(w), tag: tags[i], word: w != "." && w != ",", upper: w[0] >= 'A' && w[0] <= 'Z', span: -1}
	}
	return toks
}
