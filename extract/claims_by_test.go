package extract

import "testing"

// TestClaimsBy covers claimByDrop: a verb of responding, starting or
// ending whose object is followed by "by" and a cue participle gives way
// to the participle's claim; other verbs keep their object and the
// participle gets a claim of its own (claimNestBy, claims_nest.go).
func TestClaimsBy(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []claimWant
	}{
		{
			name: "answered an object by a cue participle",
			text: "Ms. Hale answered a question about the levy by saying the town could not afford it.",
			want: []claimWant{{quote: "the town could not afford it", typ: ClaimIndirect, cue: "saying", name: "Hale", kind: SpeakerPerson, mention: "Ms. Hale"}},
		},
		{
			name: "responded to an object with a time by a cue participle",
			text: "Mr. Ortega responded to the critics on Monday by arguing that the bridge was safe.",
			want: []claimWant{{quote: "that the bridge was safe", typ: ClaimIndirect, cue: "arguing", name: "Ortega", kind: SpeakerPerson, mention: "Mr. Ortega"}},
		},
		{
			name: "a participle with a particle takes the claim",
			text: "Mr. Ortega answered the charge by pointing to the audit.",
			want: []claimWant{{quote: "the audit", typ: ClaimIndirect, cue: "pointing to", name: "Ortega", kind: SpeakerPerson, mention: "Mr. Ortega"}},
		},
		{
			name: "other verbs split at the by phrase (claimNestBy)",
			text: "Mr. Dale defended his budget by pointing to the surplus.",
			want: []claimWant{
				{quote: "his budget", typ: ClaimIndirect, cue: "defended", name: "Dale", kind: SpeakerPerson, mention: "Mr. Dale"},
				{quote: "the surplus", typ: ClaimIndirect, cue: "pointing to", name: "Dale", kind: SpeakerPerson, mention: "Mr. Dale"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { claimCheck(t, tt.text, tt.want) })
	}
}
