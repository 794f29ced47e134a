package extract

import (
	"testing"
	"time"
)

func TestIDsAreStableAndDistinct(t *testing.T) {
	a1, a2 := ArticleID("https://example.com/a"), ArticleID("https://example.com/a")
	if a1 != a2 || len(a1) != 32 {
		t.Fatalf("ArticleID not stable or wrong length: %q %q", a1, a2)
	}
	if ArticleID("https://example.com/b") == a1 {
		t.Error("different URLs share an id")
	}
	q := Quote{Start: 10, End: 20}
	if ClaimID(a1, q) != ClaimID(a1, Quote{Text: "other text", Start: 10, End: 20}) {
		t.Error("ClaimID depends on more than article id and span")
	}
	for _, other := range []Quote{{Start: 10, End: 21}, {Start: 11, End: 20}} {
		if ClaimID(a1, other) == ClaimID(a1, q) {
			t.Errorf("span %v shares an id with %v", other, q)
		}
	}
	if ClaimID("x", q) == ClaimID("y", q) {
		t.Error("different articles share a claim id")
	}
	// The separator keeps "1"+"23" apart from "12"+"3".
	if ClaimID("a1", Quote{Start: 23}) == ClaimID("a", Quote{Start: 123}) {
		t.Error("ambiguous id key")
	}
}

func TestPublishedTime(t *testing.T) {
	tests := []struct {
		in   string
		ok   bool
		want string
	}{
		{"2025-04-22T09:30:00+02:00", true, "2025-04-22T09:30:00+02:00"},
		{"2025-04-22T09:30:00Z", true, "2025-04-22T09:30:00Z"},
		{"2025-04-22", true, "2025-04-22T00:00:00Z"},
		{"2025-04-22T09:30", true, "2025-04-22T09:30:00Z"},
		{"", false, ""},
		{"yesterday", false, ""},
	}
	for _, tt := range tests {
		got, ok := Article{Published: tt.in}.PublishedTime()
		if ok != tt.ok || (ok && got.Format(time.RFC3339) != tt.want) {
			t.Errorf("PublishedTime(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestFromTextKeepsTextAndID(t *testing.T) {
	text := "  “Yes,”  he said\r\non Monday.\t"
	a := FromText(TextDoc{ID: "doc-1", URL: "https://example.com/x", Published: "2025-04-22", Text: text})
	if a.Text != text {
		t.Errorf("text changed: %q", a.Text)
	}
	if a.ID != "doc-1" || a.SchemaVersion != SchemaVersion || a.ContentHash != ContentHash(text) {
		t.Errorf("article = %+v", a)
	}
	if a.Authors == nil || a.Timexes == nil {
		t.Error("list fields must be empty lists, not nil")
	}
	if b := FromText(TextDoc{URL: "https://example.com/x", Text: text}); b.ID != ArticleID("https://example.com/x") {
		t.Errorf("id without a given id = %q", b.ID)
	}
}
