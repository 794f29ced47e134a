package extract

import "testing"

// claimFallbackCase is one invented sentence for the colon, "asked
// about" and joined-quotation fallbacks, with the claims it must yield
// (content, cue and speaker mention, in order).
type claimFallbackCase struct {
	name, text string
	want       [][3]string
}

func TestClaimsFallbackShapes(t *testing.T) {
	cases := []claimFallbackCase{
		{"long headline label", "Former Governor Jane Roe: The bridge will open in May.\n\nThe rest of the story follows here.",
			[][3]string{{"The bridge will open in May", ":", "Former Governor Jane Roe"}}},
		{"whenever asked", "Whenever asked about the delayed bridge, the mayor smiled.",
			[][3]string{{"the delayed bridge", "asked about", ""}}},
		{"asked whom", "When asked whom the union backs, the senator smiled.",
			[][3]string{{"whom the union backs", "asked", ""}}},
		{"asked for", "When asked for his position on the tax plan, the governor smiled.",
			[][3]string{{"his position on the tax plan", "asked for", ""}}},
		{"name after a heading dash", "Polls were close.\n\nIOWA POLLS NOT WRONG, JUST EARLY - Jane Roe and John Doe: “Although the polls missed the result, they were not wrong. They just ended too early.” [Source.]\n\nMore text here.",
			[][3]string{{"“Although the polls missed the result, they were not wrong. They just ended too early.”", ":", "Jane Roe and John Doe"}}},
		{"name colon quote in a later sentence", "The exchange went on for days. Mayor Jane Roe: “Thank you for the support on the bridge.”",
			[][3]string{{"“Thank you for the support on the bridge.”", ":", "Mayor Jane Roe"}}},
		{"asked ends at a straight quotation closed by a comma", "Asked how the bridge would be paid for during a visit to \"Main Street Live,\" the mayor smiled.",
			[][3]string{{"how the bridge would be paid for during a visit to \"Main Street Live,\"", "Asked", ""}}},
		{"headline source to addressee", "Jane Roe to Farmers: Prices Will Rise Next Year.\n\nThe rest of the story follows here.",
			[][3]string{{"Prices Will Rise Next Year", ":", "Jane Roe"}}},
		{"headline source on topic", "Senator Roe on the Budget: ‘We Will Cut It Deeply.’\n\nThe rest of the story follows here.",
			[][3]string{{"We Will Cut It Deeply", ":", "Senator Roe"}}},
		{"colon after a leading clause", "When the senator died in 1998, President Roe released the following statement: “He served us well for thirty years.”",
			[][3]string{{"“He served us well for thirty years.”", "released the following statement:", "President Roe"}}},
		{"finding in a poll", "Rivera held a 24-point lead in a Channel 4 national poll.",
			[][3]string{{"Rivera held a 24-point lead", "in", "a Channel 4 national poll"}}},
		{"finding in a poll with a long pollster name", "Rivera held a nine-point lead in the latest Channel 4 News/Daily Courier statewide poll.",
			[][3]string{{"Rivera held a nine-point lead", "in", "the latest Channel 4 News/Daily Courier statewide poll"}}},
		{"headline words are no label", "Big Win For Labor: The bridge will open in May.\n\nThe rest of the story follows here.", nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Claims(Article{ID: "t", Text: tc.text}, ClaimOptions{})
			if err != nil {
				t.Fatalf("Claims: %v", err)
			}
			claimCheckSpans(t, tc.text, got)
			var have [][3]string
			for _, c := range got {
				cue, spk := "", ""
				if c.Cue != nil {
					cue = c.Cue.Text
				}
				if c.Speaker.Mention != nil {
					spk = c.Speaker.Mention.Text
				}
				have = append(have, [3]string{c.Quote.Text, cue, spk})
			}
			if len(have) != len(tc.want) {
				t.Fatalf("got %q, want %q", have, tc.want)
			}
			for i := range have {
				if have[i] != tc.want[i] {
					t.Errorf("claim %d = %q, want %q", i, have[i], tc.want[i])
				}
			}
		})
	}
}
