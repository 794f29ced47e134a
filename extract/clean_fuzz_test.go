package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzClean checks that Clean never panics and that its text is valid
// UTF-8 in the documented shape: no leading or trailing white space, no
// run of blank lines, paragraphs without inner line breaks.
func FuzzClean(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "clean", "*.html"))
	for _, file := range files {
		if b, err := os.ReadFile(file); err == nil {
			f.Add(b, "")
		}
	}
	for _, s := range []string{
		"<p>“Curly” &rsquo;quotes&rsquo; \u200b zero\u200dwidth 😀 emoji</p>",
		"<!--", "<script>", "<svg/><p>x", "<noscript><p>a</p>", "<meta charset=shift_jis><p>\x82\xa0</p>",
		"\xef\xbb\xbf<p>x</p>", "\xff\xfe<\x00p\x00>\x00", "<p>a<br><br>b</p>",
		"<script type=application/ld+json>{\"@graph\":[{\"@type\":\"NewsArticle\",\"author\":[{\"name\":\"A B\"}]}]}</script><article><p>x</p></article>",
		"<table><tr><td><p>cell, with, commas, many, of, them</p></td></tr></table>",
	} {
		f.Add([]byte(s), "text/html; charset=utf-8")
	}
	f.Fuzz(func(t *testing.T, body []byte, contentType string) {
		a, err := Clean(Page{URL: "https://example.com/f", ContentType: contentType, Body: body}, CleanOptions{MaxBytes: 1 << 20})
		if !utf8.ValidString(a.Text) {
			t.Fatalf("text is not valid UTF-8: %q", a.Text)
		}
		if err == nil && a.Text == "" {
			t.Fatal("no error but empty text")
		}
		if a.Text != strings.TrimSpace(a.Text) {
			t.Fatalf("text has outer white space: %q", a.Text)
		}
		if strings.Contains(a.Text, "\n\n\n") {
			t.Fatalf("text has a run of blank lines: %q", a.Text)
		}
		for _, p := range strings.Split(a.Text, "\n\n") {
			if strings.Contains(p, "\n") || p != strings.TrimSpace(p) && a.Text != "" {
				t.Fatalf("paragraph %q is not one trimmed line", p)
			}
		}
		if err == nil && (a.Authors == nil || a.Timexes == nil) {
			t.Fatal("nil Authors or Timexes")
		}
	})
}
