package extract

import "testing"

// TestCleanParagraphFilters checks the paragraph-level furniture filters
// on prose that resembles furniture and furniture that resembles prose.
func TestCleanParagraphFilters(t *testing.T) {
	tests := []struct {
		p    string
		drop bool
	}{
		{"Advertisement", true},
		{"ADVERTISEMENT", true},
		{"Read more: Council approves the budget", true},
		{"Photo: Jane Roe/Example Agency", true},
		{"Jane Roe | Bloomberg | Getty Images", true},
		{"By Jane Roe", true},
		{"Updated at 1:23 p.m.", true},
		{"[button link=\"/x\"]Send us your review[/button]", true},
		{"Get the latest updates right in your inbox. Subscribe to our newsletters.", true},
		{"Have a tip? She may be reached by email. Follow her on Twitter or on Facebook.", true},
		{"This site is registered on wpml.org as a development site. Switch to a production site key to remove this banner.", true},
		{"By admin - 2018-09-16", true},
		{"(Reporting by A. Writer; Editing by B. Editor)", true},
		{"Reporting by A. Writer; additional reporting by C. Writer; Editing by D. Editor", true},
		{"Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.", true},
		// Prose that must stay.
		{"By the numbers", false},
		{"Reporting on the case has been limited by a court order, lawyers said.", false},
		{"Followers of the account on Twitter doubled in a week.", false},
		{"By Tuesday the council had agreed on a plan.", false},
		{"Read more slowly, the report shows a different picture: costs rose by a third over the decade, and the council never explained why.", false},
		{"If you just want the service, you can sign up for a free trial and subscribe later.", false},
		{"The company continued to sign up subscribers throughout the week, Mayer said.", false},
		{"Updated figures from the agency show a rise.", false},
		{"Ads for the product ran on television for weeks.", false},
	}
	for _, tt := range tests {
		t.Run(tt.p, func(t *testing.T) {
			got := cleanIsBoilerText(tt.p) || cleanIsBylineLine(tt.p) || cleanIsPromo(tt.p) || tt.p[0] == '[' && cleanShortcodeRE.MatchString(tt.p)
			if got != tt.drop {
				t.Errorf("dropped = %v, want %v", got, tt.drop)
			}
		})
	}
}
