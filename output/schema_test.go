package output

import (
	"encoding/json"
	"testing"

	"github.com/claimwire/claimwire/extract"
)

func sampleArticle() extract.Article {
	text := "“We are ready,” she said on Monday."
	return extract.Article{
		SchemaVersion: extract.SchemaVersion, ID: extract.ArticleID("https://example.com/a"),
		URL: "https://example.com/a?utm_source=x", CanonicalURL: "https://example.com/a",
		Title: "A", Authors: []string{"Jane Doe"}, Published: "2025-04-22T09:30:00+02:00",
		Language: "en", SiteName: "Example", Text: text,
		Timexes:     []extract.Timex{{Text: "Monday", Start: 28, End: 34, Type: "DATE", Value: "2025-04-21"}},
		FetchedAt:   "2025-04-22T10:00:00Z",
		ContentHash: extract.ContentHash(text),
	}
}

func sampleClaim(a extract.Article) extract.Claim {
	role := "minister"
	q := extract.Quote{Text: "“We are ready,”", Start: 0, End: 15}
	return extract.Claim{
		SchemaVersion: extract.SchemaVersion, ID: extract.ClaimID(a.ID, q), ArticleID: a.ID, URL: a.CanonicalURL,
		Published: a.Published, Type: extract.ClaimDirect, Quote: q,
		Cue:     &extract.Span{Text: "said", Start: 20, End: 24},
		Speaker: extract.Speaker{Name: "Jane Doe", Kind: extract.SpeakerPerson, Role: &role, Mention: &extract.Span{Text: "she", Start: 16, End: 19}},
		Dates:   a.Timexes, Sentence: extract.Range{Start: 0, End: 35}, Confidence: 0.9, Extractor: extract.ExtractorVersion,
	}
}

func TestSchemasAcceptRecords(t *testing.T) {
	a := sampleArticle()
	c := sampleClaim(a)
	split := c
	split.Quote.Segments = [][2]int{{0, 5}, {10, 15}}
	split.Cue = nil
	split.Speaker.Role = nil
	split.Speaker.Mention = nil
	for name, rec := range map[string]struct {
		schema string
		v      any
	}{"article": {ArticleSchema, a}, "claim": {ClaimSchema, c}, "split claim without cue": {ClaimSchema, split}} {
		raw, _ := json.Marshal(rec.v)
		if err := Validate(rec.schema, raw); err != nil {
			t.Errorf("%s: %v\n%s", name, err, raw)
		}
	}
}

func TestSchemasRejectBrokenRecords(t *testing.T) {
	a := sampleArticle()
	c := sampleClaim(a)
	tests := []struct {
		name   string
		schema string
		mutate func(m map[string]any)
	}{
		{"article without text", ArticleSchema, func(m map[string]any) { delete(m, "text") }},
		{"article with null authors", ArticleSchema, func(m map[string]any) { m["authors"] = nil }},
		{"article with unknown field", ArticleSchema, func(m map[string]any) { m["body"] = "x" }},
		{"article with bad timex type", ArticleSchema, func(m map[string]any) {
			m["timexes"] = []any{map[string]any{"text": "x", "start": 0, "end": 1, "type": "DAY", "value": "x"}}
		}},
		{"article with bad hash", ArticleSchema, func(m map[string]any) { m["content_hash"] = "abc" }},
		{"claim with bad type", ClaimSchema, func(m map[string]any) { m["type"] = "quote" }},
		{"claim with bad speaker kind", ClaimSchema, func(m map[string]any) {
			m["speaker"].(map[string]any)["kind"] = "robot"
		}},
		{"claim without dates", ClaimSchema, func(m map[string]any) { delete(m, "dates") }},
		{"claim with confidence above 1", ClaimSchema, func(m map[string]any) { m["confidence"] = 1.5 }},
		{"claim with three-number segment", ClaimSchema, func(m map[string]any) {
			m["quote"].(map[string]any)["segments"] = []any{[]any{1, 2, 3}}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var v any = a
			if tt.schema == ClaimSchema {
				v = c
			}
			raw, _ := json.Marshal(v)
			var m map[string]any
			json.Unmarshal(raw, &m)
			tt.mutate(m)
			raw, _ = json.Marshal(m)
			if err := Validate(tt.schema, raw); err == nil {
				t.Errorf("accepted a broken record: %s", raw)
			}
		})
	}
}
