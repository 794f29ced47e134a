package extract

import "testing"

// TestClaimsRestrictiveSubject covers sources with a restrictive relative
// clause ("Experts who study the region said"), whose object is no
// source, and a time word after an inverted cue, which is none either.
func TestClaimsRestrictiveSubject(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []claimWant
	}{
		{
			name: "noun with a who clause before the cue",
			text: "Experts who study the region said it was calm.",
			want: []claimWant{{quote: "it was calm", typ: ClaimIndirect, cue: "said", name: "Experts who study the region", kind: SpeakerAnonymous, mention: "Experts who study the region"}},
		},
		{
			name: "noun with a that clause before the cue",
			text: "Analysts that track the sector say demand is weak.",
			want: []claimWant{{quote: "demand is weak", typ: ClaimIndirect, cue: "say", name: "Analysts that track the sector", kind: SpeakerAnonymous, mention: "Analysts that track the sector"}},
		},
		{
			name: "trailing source with a who clause",
			text: "The air is clean, experts who study the region say.",
			want: []claimWant{{quote: "The air is clean", typ: ClaimIndirect, cue: "say", name: "experts who study the region", kind: SpeakerAnonymous, mention: "experts who study the region"}},
		},
		{
			name: "those who",
			text: "Those who watched the debate said Smith won.",
			want: []claimWant{{quote: "Smith won", typ: ClaimIndirect, cue: "said", name: "Those who watched the debate", kind: SpeakerAnonymous, mention: "Those who watched the debate"}},
		},
		{
			name: "a relative clause in commas is no part of the source",
			text: "The plant manager, who runs the site, said output rose.",
			want: []claimWant{{quote: "output rose", typ: ClaimIndirect, cue: "said", name: "The plant manager", kind: SpeakerAnonymous, mention: "The plant manager"}},
		},
		{
			name: "a weekday after an inverted cue is no source",
			text: "The tentative deal, announced Friday, drew criticism from the union.",
			want: []claimWant{{quote: "The tentative deal", typ: ClaimIndirect, cue: "announced", kind: SpeakerUnknown}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			claimCheck(t, tt.text, tt.want)
		})
	}
}
