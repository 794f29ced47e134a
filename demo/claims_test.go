package demo

import (
	"encoding/json"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// expectedClaim is one entry of testdata/expected_claims.json.
type expectedClaim struct {
	Path          string `json:"path"`
	Speaker       string `json:"speaker"`
	Kind          string `json:"kind"`
	Mention       string `json:"mention"`
	QuoteContains string `json:"quote_contains"`
	Cue           string `json:"cue"`
	Pattern       string `json:"pattern"`
	Date          string `json:"date,omitempty"`
}

// expectedPatterns are the attribution patterns the outlet's articles must
// each show at least once.
var expectedPatterns = []string{
	"direct", "pronoun", "split", "colon", "multi_paragraph", "indirect",
	"according_to", "organization", "anonymous", "surname", "role",
}

// expectedDate matches the TIMEX3 values used in the date field.
var expectedDate = regexp.MustCompile(`^(\d{4}(-\d{2}(-\d{2})?)?|\d{4}-W\d{2}|P\d+[DWMY])$`)

func readExpectedClaims(t *testing.T) []expectedClaim {
	t.Helper()
	b, err := os.ReadFile("testdata/expected_claims.json")
	if err != nil {
		t.Fatalf("reading expected claims: %v", err)
	}
	var claims []expectedClaim
	dec := json.NewDecoder(strings.NewReader(string(b)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&claims); err != nil {
		t.Fatalf("parsing testdata/expected_claims.json: %v", err)
	}
	return claims
}

func TestExpectedClaims(t *testing.T) {
	s := startTestServer(t)
	claims := readExpectedClaims(t)
	articles := sitemapArticles(t, s)

	// The paragraphs of every article, fetched once.
	paras := map[string][]string{}
	for _, u := range articles {
		p := strings.TrimPrefix(u, s.URL())
		paras[p] = articleParagraphs(parseHTML(t, u, get(t, u).body))
	}

	patterns := map[string]int{}
	perArticle := map[string]int{}
	for i, c := range claims {
		patterns[c.Pattern]++
		perArticle[c.Path]++
		t.Run(c.Path+"#"+c.QuoteContains, func(t *testing.T) {
			if c.Speaker == "" || c.Mention == "" || c.QuoteContains == "" || c.Cue == "" {
				t.Errorf("claim %d: empty field in %+v", i, c)
			}
			if !slices.Contains([]string{"person", "organization", "anonymous"}, c.Kind) {
				t.Errorf("claim %d: kind %q", i, c.Kind)
			}
			if !slices.Contains(expectedPatterns, c.Pattern) {
				t.Errorf("claim %d: pattern %q", i, c.Pattern)
			}
			if c.Date != "" && !expectedDate.MatchString(c.Date) {
				t.Errorf("claim %d: date %q is not a TIMEX3 value", i, c.Date)
			}
			ps, ok := paras[c.Path]
			if !ok {
				t.Fatalf("claim %d: %s is not an article of the outlet", i, c.Path)
			}
			// The quote's paragraph, and for a quote spanning paragraphs
			// the paragraph that closes it and carries the attribution.
			at := -1
			for j, p := range ps {
				if strings.Contains(p, c.QuoteContains) {
					if at >= 0 {
						t.Errorf("claim %d: snippet %q occurs in more than one paragraph", i, c.QuoteContains)
					}
					at = j
				}
			}
			if at < 0 {
				t.Fatalf("claim %d: snippet %q not in the body of %s", i, c.QuoteContains, c.Path)
			}
			attribution := ps[at]
			if c.Pattern == "multi_paragraph" {
				if at+1 >= len(ps) || !strings.HasPrefix(ps[at], "“") || !strings.HasPrefix(ps[at+1], "“") || strings.Contains(ps[at], "”") {
					t.Fatalf("claim %d: %q does not open a quote that goes on in the next paragraph", i, c.QuoteContains)
				}
				attribution = ps[at+1]
			}
			if !strings.Contains(attribution, c.Mention) {
				t.Errorf("claim %d: mention %q not in %q", i, c.Mention, attribution)
			}
			if !strings.Contains(attribution, c.Cue) {
				t.Errorf("claim %d: cue %q not in %q", i, c.Cue, attribution)
			}
		})
	}
	for _, p := range expectedPatterns {
		if patterns[p] == 0 {
			t.Errorf("no expected claim with pattern %q", p)
		}
	}
	for _, u := range articles {
		if p := strings.TrimPrefix(u, s.URL()); perArticle[p] < 3 {
			t.Errorf("%s: %d expected claims, want at least 3", p, perArticle[p])
		}
	}
	t.Logf("%d expected claims over %d articles; patterns %v", len(claims), len(articles), patterns)
}

func TestExpectedClaimsOfSeed(t *testing.T) {
	claims := readExpectedClaims(t)
	want := map[string]bool{
		"Volodymyr Zelensky": false, "Dmitry Peskov": false, "Donald Trump": false,
		"Marco Rubio": false, "Russian Defense Ministry": false, "Vladimir Putin": false,
		"Bloomberg": false, "Russia": false, "Ukraine": false,
	}
	for _, c := range claims {
		if c.Path != seedPath {
			continue
		}
		if _, ok := want[c.Speaker]; ok {
			want[c.Speaker] = true
		}
		if c.Speaker == "Volodymyr Zelensky" && c.Pattern == "colon" && c.Date != "2025-04-21" {
			t.Errorf("Zelensky's direct quote has date %q, want 2025-04-21", c.Date)
		}
		if c.Speaker == "Dmitry Peskov" && c.Mention == "he" && c.QuoteContains != "Of course, we are satisfied with this" {
			t.Errorf("Peskov's pronoun claim quotes %q", c.QuoteContains)
		}
	}
	for speaker, found := range want {
		if !found {
			t.Errorf("no expected claim for %s in the seed article", speaker)
		}
	}
}
