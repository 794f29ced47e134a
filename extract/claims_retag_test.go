package extract

import "testing"

// TestClaimsRetag covers cue verbs that prose's tagger reads as nouns and
// Title Case headlines, which are tagged as their sentence-cased copy
// (claims_retag.go).
func TestClaimsRetag(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []claimWant
	}{
		{
			name: "third-person form after a name, before a subject pronoun",
			text: "Marsh notes they were hired before she took over the agency.",
			want: []claimWant{{quote: "they were hired before she took over the agency", typ: ClaimIndirect, cue: "notes", name: "Marsh", kind: SpeakerPerson, mention: "Marsh"}},
		},
		{
			name: "third-person form after a name, before a determiner",
			text: "Reyes warns the levee could fail.",
			want: []claimWant{{quote: "the levee could fail", typ: ClaimIndirect, cue: "warns", name: "Reyes", kind: SpeakerPerson, mention: "Reyes"}},
		},
		{
			name: "third-person form after a common noun, before a name",
			text: "The poll shows Ortiz ahead by six points.",
			want: []claimWant{{quote: "Ortiz ahead by six points", typ: ClaimIndirect, cue: "shows", name: "The poll", kind: SpeakerUnknown, mention: "The poll"}},
		},
		{
			name: "trailing cue after a comma",
			text: "Turnout in the county rose by a third, a new survey of local election records shows.",
			want: []claimWant{{quote: "Turnout in the county rose by a third", typ: ClaimIndirect, cue: "shows", name: "a new survey of local election records", kind: SpeakerUnknown, mention: "a new survey of local election records"}},
		},
		{
			name: "Title Case headline",
			text: "Lena Ortiz Claims Victory In Tight Council Race",
			want: []claimWant{{quote: "Victory In Tight Council Race", typ: ClaimIndirect, cue: "Claims", name: "Lena Ortiz", kind: SpeakerPerson, mention: "Lena Ortiz"}},
		},
		{
			name: "Title Case headline tagged through its sentence-cased copy",
			text: "Rivera Claims Victory In Council Race\n\nThe transit board met on Monday, and Rivera said the fares will rise.",
			want: []claimWant{
				{quote: "Victory In Council Race", typ: ClaimIndirect, cue: "Claims", name: "Rivera", kind: SpeakerPerson, mention: "Rivera"},
				{quote: "the fares will rise", typ: ClaimIndirect, cue: "said", name: "Rivera", kind: SpeakerPerson, mention: "Rivera"},
			},
		},
		{
			name: "all-caps line keeps its own tags",
			text: "Polls were close.\n\nIOWA POLLS NOT WRONG, JUST EARLY - Jane Roe and John Doe: “The polls were not wrong.”",
			want: []claimWant{{quote: "“The polls were not wrong.”", typ: ClaimDirect, cue: ":", name: "Jane Roe and John Doe", kind: SpeakerPerson, mention: "Jane Roe and John Doe"}},
		},
		{
			name: "bare form after a plural subject, before a subject pronoun",
			text: "The farmers announce they will strike in May.",
			want: []claimWant{{quote: "they will strike in May", typ: ClaimIndirect, cue: "announce", name: "The farmers", kind: SpeakerUnknown, mention: "The farmers"}},
		},
		{
			name: "bare form after they, before a possessive",
			text: "They state their aim is to cut the levy.",
			want: []claimWant{{quote: "their aim is to cut the levy", typ: ClaimIndirect, cue: "state", name: "They", kind: SpeakerUnknown, mention: "They"}},
		},
		{
			name: "second verb after and, before an object pronoun",
			text: "The chairman greets the donors and tells them why the fund is safe.",
			want: []claimWant{{quote: "why the fund is safe", typ: ClaimIndirect, cue: "tells", name: "The chairman", kind: SpeakerAnonymous, mention: "The chairman"}},
		},
		{
			name: "plural noun after a possessive stays a noun",
			text: "His notes from the meeting were lost in the fire.",
			want: nil,
		},
		{
			name: "plural noun before a relative that stays a noun",
			text: "Her notes that were found later were burned.",
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			claimCheck(t, tt.text, tt.want)
		})
	}
}

// TestClaimsRetagName covers a surname opening a sentence that the tagger
// reads as an adverb, adjective or verb before a cue (claimRetagName).
func TestClaimsRetagName(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []claimWant
	}{
		{
			name: "surname read as an adjective before said",
			text: "Jolly said he would wait for the vote.",
			want: []claimWant{{quote: "he would wait for the vote", typ: ClaimIndirect, cue: "said", name: "Jolly", kind: SpeakerPerson, mention: "Jolly"}},
		},
		{
			name: "surname read as an adverb before said",
			text: "Early said the plan would fail.",
			want: []claimWant{{quote: "the plan would fail", typ: ClaimIndirect, cue: "said", name: "Early", kind: SpeakerPerson, mention: "Early"}},
		},
		{
			name: "surname read as an adverb in a second sentence",
			text: "The mayor spoke first. Early told reporters the plan would fail.",
			want: []claimWant{{quote: "the plan would fail", typ: ClaimIndirect, cue: "told", name: "Early", kind: SpeakerPerson, mention: "Early"}},
		},
		{
			name: "surname read as a gerund before a cue read as a noun",
			text: "Manning describes himself as a moderate.",
			want: []claimWant{{quote: "himself as a moderate", typ: ClaimIndirect, cue: "describes", name: "Manning", kind: SpeakerPerson, mention: "Manning"}},
		},
		{
			name: "surname read as an adverb before a cue read as a participle",
			text: "Early described the plan as “a mess.”",
			want: []claimWant{{quote: "the plan as “a mess.”", typ: ClaimMixed, cue: "described", name: "Early", kind: SpeakerPerson, mention: "Early"}},
		},
		{
			name: "surname before a participle cue and to",
			text: "Fillmore sought to end the feud.",
			want: []claimWant{{quote: "to end the feud", typ: ClaimIndirect, cue: "sought", name: "Fillmore", kind: SpeakerPerson, mention: "Fillmore"}},
		},
		{
			name: "adverb in -ly before a participle stays an adverb",
			text: "Widely reported in May, the plan was dropped.",
			want: nil,
		},
		{
			name: "adverb before a comma stays an adverb",
			text: "Early on, the mayor said the budget was fine.",
			want: []claimWant{{quote: "the budget was fine", typ: ClaimIndirect, cue: "said", name: "the mayor", kind: SpeakerAnonymous, mention: "the mayor"}},
		},
		{
			name: "adjective before a plural noun stays an adjective",
			text: "Harsh comments by the mayor drew anger.",
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			claimCheck(t, tt.text, tt.want)
		})
	}
}
