package extract

import (
	"os"
	"strings"
	"testing"
)

// TestClaimsSeed runs Claims on the seed wire article (the demo outlet's
// article) and checks the speakers the product was designed around.
func TestClaimsSeed(t *testing.T) {
	b, err := os.ReadFile("testdata/claims/seed.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	claims, err := Claims(Article{ID: "seed", Text: text, Published: "2025-04-22"}, ClaimOptions{})
	if err != nil {
		t.Fatal(err)
	}
	claimCheckSpans(t, text, claims)
	tests := []struct {
		name     string
		quote    string // a prefix of Quote.Text
		speaker  string
		kind     string
		role     string
		mention  string
		claimTyp string
	}{
		{"Zelensky direct", "“Ukraine, the UK, France and the US – we are ready", "Volodymyr Zelensky", SpeakerPerson, "Ukrainian President", "Ukrainian President Volodymyr Zelensky", ClaimDirect},
		{"Zelensky indirect", "that he will not cede territory", "Volodymyr Zelensky", SpeakerPerson, "Ukrainian President", "Zelensky", ClaimIndirect},
		{"Trump told reporters", "that Ukraine and Russia are “very likely”", "Donald Trump", SpeakerPerson, "US President", "Trump", ClaimMixed},
		{"Trump he said", "that both sides held good talks", "Donald Trump", SpeakerPerson, "US President", "He", ClaimIndirect},
		{"Trump claimed", "that if elected president", "Donald Trump", SpeakerPerson, "US President", "Trump", ClaimIndirect},
		{"Rubio", "that Washington needed to see", "Marco Rubio", SpeakerPerson, "US Secretary of State", "Rubio", ClaimMixed},
		{"Defense Ministry", "that military operations had resumed", "Russian Defense Ministry", SpeakerOrganization, "", "The Russian Defense Ministry", ClaimIndirect},
		{"Putin", "that he was willing to consider", "Vladimir Putin", SpeakerPerson, "Russian President", "Putin", ClaimIndirect},
		{"Peskov indirect", "that Russia welcomes", "Dmitry Peskov", SpeakerPerson, "Kremlin spokesman", "Kremlin spokesman Dmitry Peskov", ClaimIndirect},
		{"Peskov direct", "“Of course, we are satisfied with this,”", "Dmitry Peskov", SpeakerPerson, "Kremlin spokesman", "he", ClaimDirect},
		{"Bloomberg", "that as part of the agreement", "Bloomberg", SpeakerOrganization, "", "Bloomberg", ClaimIndirect},
		{"Russia", "it would only accept", "Russia", SpeakerOrganization, "", "Russia", ClaimIndirect},
		{"Ukraine", "it unconditionally supports", "Ukraine", SpeakerOrganization, "", "Ukraine", ClaimIndirect},
		{"informed sources", "US Secretary of State Marco Rubio and Trump envoys", "informed sources", SpeakerAnonymous, "", "informed sources", ClaimIndirect},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, c := range claims {
				if !strings.HasPrefix(c.Quote.Text, tt.quote) {
					continue
				}
				role := ""
				if c.Speaker.Role != nil {
					role = *c.Speaker.Role
				}
				if c.Speaker.Name != tt.speaker || c.Speaker.Kind != tt.kind || role != tt.role {
					t.Errorf("speaker = %q (%s, role %q), want %q (%s, role %q)", c.Speaker.Name, c.Speaker.Kind, role, tt.speaker, tt.kind, tt.role)
				}
				if c.Speaker.Mention == nil || c.Speaker.Mention.Text != tt.mention {
					t.Errorf("mention = %v, want %q", c.Speaker.Mention, tt.mention)
				}
				if c.Type != tt.claimTyp {
					t.Errorf("type = %s, want %s", c.Type, tt.claimTyp)
				}
				return
			}
			t.Errorf("no claim whose quote starts %q", tt.quote)
		})
	}
}
