package extract

import "testing"

// TestClaimsPeopleSources covers belief and stance cues whose source is a
// common noun for people by role, a party to a lawsuit, government staff
// or a collective body (spkPeople2Nouns), or a published text or court
// filing (spkPeople2Texts), which spkValid accepts.
func TestClaimsPeopleSources(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []claimWant
	}{
		{
			name: "a political role in the plural",
			text: "The superdelegates believe the primary was fair.",
			want: []claimWant{{quote: "the primary was fair", typ: ClaimIndirect, cue: "believe", name: "The superdelegates", kind: SpeakerUnknown, mention: "The superdelegates"}},
		},
		{
			name: "a political role in the singular",
			text: "The frontrunner believes the race is over.",
			want: []claimWant{{quote: "the race is over", typ: ClaimIndirect, cue: "believes", name: "The frontrunner", kind: SpeakerUnknown, mention: "The frontrunner"}},
		},
		{
			name: "parties to a lawsuit",
			text: "The defendants hope the jury will be lenient.",
			want: []claimWant{{quote: "the jury will be lenient", typ: ClaimIndirect, cue: "hope", name: "The defendants", kind: SpeakerUnknown, mention: "The defendants"}},
		},
		{
			name: "a quantified party to a lawsuit",
			text: "Many plaintiffs want the case heard in a state court.",
			want: []claimWant{{quote: "the case heard in a state court", typ: ClaimIndirect, cue: "want", name: "Many plaintiffs", kind: SpeakerAnonymous, mention: "Many plaintiffs"}},
		},
		{
			name: "a staff as a stance source",
			text: "His staff supports a quick vote on the measure.",
			want: []claimWant{{quote: "a quick vote on the measure", typ: ClaimIndirect, cue: "supports", name: "His staff", kind: SpeakerUnknown, mention: "His staff"}},
		},
		{
			name: "government agents",
			text: "The agents hope the new rule will slow traffic.",
			want: []claimWant{{quote: "the new rule will slow traffic", typ: ClaimIndirect, cue: "hope", name: "The agents", kind: SpeakerUnknown, mention: "The agents"}},
		},
		{
			name: "a collective body",
			text: "The panel wants a full report by June.",
			want: []claimWant{{quote: "a full report by June", typ: ClaimIndirect, cue: "wants", name: "The panel", kind: SpeakerUnknown, mention: "The panel"}},
		},
		{
			name: "an inner circle",
			text: "Her inner circle thinks she should stay in the race.",
			want: []claimWant{{quote: "she should stay in the race", typ: ClaimIndirect, cue: "thinks", name: "Her inner circle", kind: SpeakerUnknown, mention: "Her inner circle"}},
		},
		{
			name: "a plural in -ies",
			text: "Several agencies believe the data were altered.",
			want: []claimWant{{quote: "the data were altered", typ: ClaimIndirect, cue: "believe", name: "Several agencies", kind: SpeakerAnonymous, mention: "Several agencies"}},
		},
		{
			name: "a published text",
			text: "The website wants readers to sign the petition.",
			want: []claimWant{{quote: "readers to sign the petition", typ: ClaimIndirect, cue: "wants", name: "The website", kind: SpeakerUnknown, mention: "The website"}},
		},
		{
			name: "a court filing",
			text: "The lawsuit seeks damages for the lost wages.",
			want: []claimWant{{quote: "damages for the lost wages", typ: ClaimIndirect, cue: "seeks", name: "The lawsuit", kind: SpeakerUnknown, mention: "The lawsuit"}},
		},
		{
			name: "a thing that is no person stays without a belief source",
			text: "The computer believes the file is lost.",
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { claimCheck(t, tt.text, tt.want) })
	}
}

// TestSpkPeople2Noun checks the singular and plural forms spkPeople2Noun
// accepts, and common nouns that are no people.
func TestSpkPeople2Noun(t *testing.T) {
	tests := []struct {
		w    string
		want bool
	}{
		{"plaintiffs", true}, {"plaintiff", true}, {"agencies", true}, {"bosses", true}, {"staff", true},
		{"superdelegates", true}, {"troops", true}, {"computer", false}, {"percent", false}, {"content", false},
		{"corner", false}, {"agenda", false}, {"websites", true}, {"lawsuits", true},
	}
	for _, tt := range tests {
		t.Run(tt.w, func(t *testing.T) {
			if got := spkPeople2Noun(tt.w); got != tt.want {
				t.Errorf("spkPeople2Noun(%q) = %v, want %v", tt.w, got, tt.want)
			}
		})
	}
}
