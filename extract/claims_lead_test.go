package extract

import "testing"

// TestClaimsLead2 covers "CLAUSE, SOURCE CUE." leads that open with a
// subordinate clause: the whole lead, subordinate clause included, is the
// content.
func TestClaimsLead2(t *testing.T) {
	tests := []struct {
		name, text, quote, cue, speaker string
	}{
		{
			name:    "although",
			text:    "Although the bill passed easily in the Senate, the vote was close in the House, aides said.",
			quote:   "Although the bill passed easily in the Senate, the vote was close in the House",
			cue:     "said",
			speaker: "aides",
		},
		{
			name:    "if",
			text:    "If the storm turns north, the coastal towns will flood within hours, forecasters warned.",
			quote:   "If the storm turns north, the coastal towns will flood within hours",
			cue:     "warned",
			speaker: "forecasters",
		},
		{
			name:    "while with a wh-clause",
			text:    "While the town waits for word on who will run the mill, the urgent question is whether the owners can find a buyer, people close to the owners say.",
			quote:   "While the town waits for word on who will run the mill, the urgent question is whether the owners can find a buyer",
			cue:     "say",
			speaker: "people close to the owners",
		},
		{
			name:    "coordinated verb phrase",
			text:    "The two sailors have been “unlawfully held” by the navy since May, and should be freed and paid, the union says.",
			quote:   "The two sailors have been “unlawfully held” by the navy since May, and should be freed and paid",
			cue:     "says",
			speaker: "the union",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs, err := Claims(Article{Text: tt.text}, ClaimOptions{})
			if err != nil {
				t.Fatalf("Claims: %v", err)
			}
			for _, c := range cs {
				if c.Quote.Text != tt.quote {
					continue
				}
				if c.Cue.Text != tt.cue {
					t.Errorf("cue = %q, want %q", c.Cue.Text, tt.cue)
				}
				if c.Speaker.Mention == nil || c.Speaker.Mention.Text != tt.speaker {
					t.Errorf("speaker mention = %+v, want %q", c.Speaker.Mention, tt.speaker)
				}
				return
			}
			for _, c := range cs {
				t.Logf("got quote %q cue %q", c.Quote.Text, c.Cue.Text)
			}
			t.Errorf("no claim with quote %q", tt.quote)
		})
	}
}
