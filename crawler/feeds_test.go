package crawler

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestFeedsParse(t *testing.T) {
	tests := []struct {
		name, file string
		want       []string
		published  time.Time
	}{
		{"rss", "site/feed.rss", []string{"B/news/mayor-signs?fbclid=abc", "B/news/budget-vote"}, time.Date(2025, 4, 21, 10, 0, 0, 0, time.UTC)},
		{"atom", "site/atom.xml", []string{"B/news/mayor-signs", "/news/libraries"}, time.Date(2025, 4, 21, 10, 0, 0, 0, time.UTC)},
		{"json feed", "feed.json", []string{"https://example.com/news/json-item"}, time.Date(2025, 4, 21, 10, 0, 0, 0, time.UTC)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			entries, err := feedsParse(testFixture(t, tt.file, "B"))
			if err != nil {
				t.Fatal(err)
			}
			if len(entries) != len(tt.want) {
				t.Fatalf("entries = %+v, want %v", entries, tt.want)
			}
			for i, e := range entries {
				if e.URL != tt.want[i] {
					t.Errorf("entry %d = %q, want %q", i, e.URL, tt.want[i])
				}
			}
			if !entries[0].Published.Equal(tt.published) {
				t.Errorf("published = %v, want %v", entries[0].Published, tt.published)
			}
		})
	}
	if _, err := feedsParse([]byte("<html>not a feed</html>")); err == nil {
		t.Error("feedsParse(html): no error")
	}
}

func TestFixturesExist(t *testing.T) {
	for _, f := range testSitePaths {
		if _, err := os.Stat(filepath.Join("testdata", "site", f[0])); err != nil {
			t.Errorf("fixture %s: %v", f[0], err)
		}
	}
}
