package extract

import "testing"

// TestClaimsNounCue covers the noun cues of claims_nouncue.go: a
// partisan noun predicated of its subject ("is a supporter of"), an
// attack delivered by a subject ("launched an attack on"), and stances
// secured from a source (open_from_verbs.txt).
func TestClaimsNounCue(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []claimWant
	}{
		{
			name: "critic of after a perfect of be",
			text: "The mayor has long been a vocal critic of the stadium deal.",
			want: []claimWant{{quote: "the stadium deal", typ: ClaimIndirect, cue: "has long been a vocal critic of", name: "The mayor", kind: SpeakerAnonymous, mention: "The mayor"}},
		},
		{
			name: "supporter of after is",
			text: "Ms. Ortiz is an outspoken supporter of the new school budget.",
			want: []claimWant{{quote: "the new school budget", typ: ClaimIndirect, cue: "is an outspoken supporter of", name: "Ortiz", kind: SpeakerPerson, mention: "Ms. Ortiz"}},
		},
		{
			name: "opponent of after remains",
			text: "The senator remains a staunch opponent of the pipeline.",
			want: []claimWant{{quote: "the pipeline", typ: ClaimIndirect, cue: "remains a staunch opponent of", name: "The senator", kind: SpeakerAnonymous, mention: "The senator"}},
		},
		{
			name: "stance secured from a source after a time adverbial",
			text: "Earlier this week the mayor secured the endorsement of the teachers union.",
			want: []claimWant{{quote: "the mayor", typ: ClaimIndirect, cue: "secured the endorsement", name: "teachers union", kind: SpeakerOrganization, mention: "the teachers union"}},
		},
		{
			name: "stance picked up from a source",
			text: "The governor picked up the support of two unions on Friday.",
			want: []claimWant{{quote: "The governor", typ: ClaimIndirect, cue: "picked up the support", name: "two unions", kind: SpeakerAnonymous, mention: "two unions"}},
		},
		{
			name: "attack launched by the subject",
			text: "The mayor launched a fierce attack on the council's budget.",
			want: []claimWant{{quote: "the council's budget", typ: ClaimIndirect, cue: "launched a fierce attack on", name: "The mayor", kind: SpeakerAnonymous, mention: "The mayor"}},
		},
		{
			name: "criticism kept up over an adjective",
			text: "The senator kept up harsh criticism of the trade deal.",
			want: []claimWant{{quote: "the trade deal", typ: ClaimIndirect, cue: "kept up harsh criticism of", name: "The senator", kind: SpeakerAnonymous, mention: "The senator"}},
		},
		{
			name: "attacks right after the verb are no cue",
			text: "Rebels launched attacks on the army base.",
			want: nil,
		},
		{
			name: "coordinated adjectives and a subject with an apposition",
			text: "Ana Ruiz, a member of the board, has been a steady and vocal supporter of the levy.",
			want: []claimWant{{quote: "the levy", typ: ClaimIndirect, cue: "has been a steady and vocal supporter of", name: "Ana Ruiz", kind: SpeakerPerson, mention: "Ana Ruiz"}},
		},
		{
			name: "announcement after a possessor (open_nouns.txt)",
			text: "The mayor's announcement of a hiring freeze angered the union.",
			want: []claimWant{{quote: "a hiring freeze", typ: ClaimIndirect, cue: "announcement of", name: "The mayor", kind: SpeakerAnonymous, mention: "The mayor"}},
		},
		{
			name: "aversion after a possessive pronoun",
			text: "His aversion to foreign wars is well known.",
			want: []claimWant{{quote: "foreign wars", typ: ClaimIndirect, cue: "aversion to", name: "His", kind: SpeakerPerson, mention: "His"}},
		},
		{
			name: "plural partisan noun without a determiner",
			text: "Most of the farmers were early supporters of the dam.",
			want: []claimWant{{quote: "the dam", typ: ClaimIndirect, cue: "were early supporters of", name: "Most of the farmers", kind: SpeakerAnonymous, mention: "Most of the farmers"}},
		},
		{
			name: "plea after a light verb (attribution_nouns.txt)",
			text: "The governor made a plea for calm after the vote.",
			want: []claimWant{{quote: "calm", typ: ClaimIndirect, cue: "made a plea for", name: "The governor", kind: SpeakerAnonymous, mention: "The governor"}},
		},
		{
			name: "apposition after a comma is no cue",
			text: "Adams, a fierce supporter of the plan, spoke on Monday.",
			want: nil,
		},
		{
			name: "name object ends before a with adjunct",
			text: "Trump escalated his attacks on Judge Lopez with the same tweet.",
			want: []claimWant{{quote: "Judge Lopez", typ: ClaimIndirect, cue: "attacks on", name: "Trump", kind: SpeakerPerson, mention: "Trump"}},
		},
		{
			name: "without a determiner no cue",
			text: "He is supporter of nothing.",
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			claimCheck(t, tt.text, tt.want)
		})
	}
}
