package extract

import "testing"

// TestClaimsChain2 covers the cues claims_chain2.go recovers: purpose
// infinitives whose main-clause subject stands before a relative clause
// or whose main verb is followed by a short quoted title.
func TestClaimsChain2(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []claimWant
	}{
		{
			name: "purpose infinitive after a relative clause in commas",
			text: "The union, which has backed the mayor, used the hearing to urge lawmakers to fund the schools.",
			want: []claimWant{
				{quote: "the mayor", typ: ClaimIndirect, cue: "has backed", name: "union", kind: SpeakerOrganization, mention: "The union, which"},
				{quote: "lawmakers to fund the schools", typ: ClaimIndirect, cue: "used the hearing to urge", name: "union", kind: SpeakerOrganization, mention: "The union"},
			},
		},
		{
			name: "purpose infinitive after a quoted title",
			text: "Her lawyer appeared on “Morning Edition” to defend her.",
			want: []claimWant{{quote: "her", typ: ClaimIndirect, cue: "defend", name: "Her lawyer", kind: SpeakerAnonymous, mention: "Her lawyer"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			claimCheck(t, tt.text, tt.want)
		})
	}
}

// TestClaimChain2RetagVerbs checks the repair of listed cue forms the
// tagger reads as nouns after their subject (claimChain2RetagVerbs); the
// word checked is the one at index at.
func TestClaimChain2RetagVerbs(t *testing.T) {
	tests := []struct {
		name  string
		words []string
		tags  []string
		at    int
		want  string
	}{
		{"bare form after a plural subject before its object", []string{"of", "farmers", "support", "the", "tariff", "."}, []string{"IN", "NNS", "NN", "DT", "NN", "."}, 2, "VBP"},
		{"bare form before an embedded question", []string{"records", "show", "why", "it", "fell"}, []string{"NNS", "NN", "WRB", "PRP", "VBD"}, 1, "VBP"},
		{"third-person form before an adjective and its noun", []string{"evidence", "suggests", "longer", "delays", "."}, []string{"NN", "NNS", "JJR", "NNS", "."}, 1, "NNS"},
		{"third-person form before a determiner", []string{"evidence", "suggests", "a", "delay", "."}, []string{"NN", "NNS", "DT", "NN", "."}, 1, "VBZ"},
		{"compound noun before a finite verb stays", []string{"the", "jobs", "report", "figures", "showed"}, []string{"DT", "NNS", "NN", "NNS", "VBD"}, 2, "NN"},
		{"after a possessive stays a noun", []string{"his", "aides", "support", "staff", "."}, []string{"PRP$", "NNS", "NN", "NN", "."}, 2, "NN"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := claimTestToks(tt.words, tt.tags)
			claimChain2RetagVerbs(toks, false)
			if toks[tt.at].tag != tt.want {
				t.Errorf("tag of %q = %s, want %s", tt.words[tt.at], toks[tt.at].tag, tt.want)
			}
		})
	}
}
