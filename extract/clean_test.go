package extract

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// cleanFixtureParas is the article text of the boilerplate fixtures in
// testdata/clean: every fixture must come out as exactly these paragraphs.
var cleanFixtureParas = []string{
	"The city council voted on Tuesday to expand the riverside park, ending a debate that had lasted nearly three years.",
	"“This is a park for everyone,” said Maria Lopez, the council’s chair, after the vote. “We listened, and we changed the plan.”",
	"Opponents had argued that the expansion would cost too much, but the final budget of $4.2 million was lower than first proposed.",
	"Work is expected to begin in the spring, and the new paths should open by the end of next year, officials said.",
}

// cleanFixture reads a page from testdata/clean.
func cleanFixture(t *testing.T, name, pageURL string) Page {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "clean", name))
	if err != nil {
		t.Fatal(err)
	}
	return Page{URL: pageURL, Body: b, SourceFile: filepath.Join("testdata", "clean", name)}
}

// TestCleanBoilerplate checks that each kind of page furniture is left out
// and the article text is kept whole.
func TestCleanBoilerplate(t *testing.T) {
	tests := []struct {
		name, file string
		mustNot    []string
	}{
		{"navigation, breadcrumbs and menus", "nav.html", []string{"Home", "Weather", "Contact the newsroom"}},
		{"site header and footer", "header_footer.html", []string{"trusted source", "All rights reserved", "Privacy"}},
		{"aside rail", "aside.html", []string{"Most read", "rare coin", "newsroom"}},
		{"share bar", "share.html", []string{"Share this", "Facebook"}},
		{"ads", "ads.html", []string{"Advertisement", "garden furniture"}},
		{"newsletter box", "newsletter.html", []string{"newsletter", "briefing", "Subscribe"}},
		{"related list", "related.html", []string{"Related", "fresh criticism"}},
		{"comment section larger than the article", "comments.html", []string{"comments", "Reader", "twenty years"}},
		{"cookie banner", "cookie.html", []string{"cookies", "Accept"}},
		{"development-site banner", "devsite.html", []string{"wpml", "development site"}},
		{"photo credits and captions", "credits.html", []string{"Photo", "John Smith", "Jane Roe"}},
	}
	want := strings.Join(cleanFixtureParas, "\n\n")
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Clean(cleanFixture(t, tt.file, "https://example.com/news/park#comments"), CleanOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if a.CanonicalURL != "https://example.com/news/park" {
				t.Errorf("CanonicalURL = %q, want it without the fragment", a.CanonicalURL)
			}
			if a.Text != want {
				t.Errorf("Text =\n%s\nwant\n%s", a.Text, want)
			}
			for _, s := range tt.mustNot {
				if strings.Contains(a.Text, s) {
					t.Errorf("Text contains boilerplate %q", s)
				}
			}
			if strings.Contains(a.Text, "Council expands riverside park") {
				t.Error("Text contains the headline")
			}
		})
	}
}

// TestCleanStructure checks that headings, list items and block quotes
// inside the article are kept, each as its own paragraph, and the byline
// and headline are not.
func TestCleanStructure(t *testing.T) {
	a, err := Clean(cleanFixture(t, "structure.html", "https://example.com/a"), CleanOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Join([]string{
		"The city council voted on Tuesday to expand the riverside park, ending a debate that had lasted nearly three years.",
		"What changes",
		"The plan adds three things that residents asked for during the consultation, according to the council’s report:",
		"a new cycle path along the river",
		"two playgrounds near the bridge",
		"a wildflower meadow",
		"“We listened to what people told us.”",
		"“This is a park for everyone, and we listened to what people told us,” said Maria Lopez, the council’s chair.",
		"Work is expected to begin in the spring, and the new paths should open by the end of next year, officials said.",
	}, "\n\n")
	if a.Text != want {
		t.Errorf("Text =\n%s\nwant\n%s", a.Text, want)
	}
	if len(a.Authors) != 1 || a.Authors[0] != "Sam Writer" {
		t.Errorf("Authors = %q, want [Sam Writer]", a.Authors)
	}
}

// TestCleanMetadata checks each metadata source.
func TestCleanMetadata(t *testing.T) {
	tests := []struct {
		name, file, url string
		want            Article // only non-zero fields are compared
		wantAuthors     []string
	}{
		{
			name: "JSON-LD @graph with three authors", file: "meta_jsonld_graph.html", url: "https://news.example.org/local/park?utm=x",
			want: Article{Title: "Council expands riverside park", Published: "2024-03-15T09:30:00+01:00", Modified: "2024-03-16T10:00:00+01:00",
				SiteName: "Example News", Section: "Local", Description: "The council approved the park plan.",
				Image: "https://news.example.org/img/park.jpg", Language: "en", CanonicalURL: "https://news.example.org/local/park?utm=x"},
			wantAuthors: []string{"Ana Silva", "Ben Okafor", "Chen Wei"},
		},
		{
			name: "JSON-LD top-level array, date only", file: "meta_jsonld_array.html", url: "https://blog.example.org/p/1",
			want:        Article{Published: "2023-07-04", Title: "Council expands riverside park"},
			wantAuthors: []string{"Dana Reed"},
		},
		{
			name: "date only in JSON-LD", file: "meta_date_jsonld_only.html", url: "https://example.com/park",
			want:        Article{Published: "2022-11-05T14:45:00-05:00"},
			wantAuthors: []string{"Eve Park"},
		},
		{
			name: "OpenGraph and article:published_time", file: "meta_opengraph.html", url: "https://times.example.com/local/park-vote?ref=home",
			want: Article{Title: "Council expands riverside park", SiteName: "The Example Times", Published: "2021-06-01T08:00:00+02:00",
				Modified: "2021-06-02T09:15:00+02:00", Section: "Local", Description: "A three-year debate ends.",
				Image: "https://times.example.com/images/park.jpg", CanonicalURL: "https://times.example.com/local/park-vote"},
			wantAuthors: []string{"Frank Moss"},
		},
		{
			name: "meta name variants", file: "meta_variants.html", url: "https://gazette.example.net/city/park",
			want: Article{Title: "Council expands riverside park", Published: "2019-07-04", Section: "City", Language: "fr",
				Description: "Council vote on the park.", Image: "https://gazette.example.net/i/park.png"},
			wantAuthors: []string{"Gina Hart"},
		},
		{
			name: "time datetime and byline with two authors", file: "meta_time.html", url: "https://example.com/park",
			want:        Article{Published: "2018-09-10T16:20:00Z"},
			wantAuthors: []string{"Hana Lee", "Ivan Petrov"},
		},
		{
			name: "date from the URL", file: "meta_url_date.html", url: "https://example.com/2017/04/21/park-vote/",
			want: Article{Published: "2017-04-21"},
		},
		{
			name: "misleading dates in a script and a related block", file: "meta_script_date.html", url: "https://example.com/park",
			want:        Article{Published: "2024-05-06T07:08:09+02:00"},
			wantAuthors: []string{"Jo March"},
		},
		{
			name: "three authors in a byline; site name from the host", file: "meta_three_authors.html", url: "https://www.Example.com/park",
			want:        Article{SiteName: "example.com"},
			wantAuthors: []string{"Kim Young", "Luis Ortega", "Mia Novak"},
		},
		{
			name: "language detected from the text", file: "meta_lang_detect.html", url: "https://example.com.br/parque",
			want: Article{Language: "pt", Title: "Câmara amplia parque à beira-rio"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Clean(cleanFixture(t, tt.file, tt.url), CleanOptions{})
			if err != nil {
				t.Fatal(err)
			}
			check := func(field, got, want string) {
				t.Helper()
				if want != "" && got != want {
					t.Errorf("%s = %q, want %q", field, got, want)
				}
			}
			check("Title", a.Title, tt.want.Title)
			check("Published", a.Published, tt.want.Published)
			check("Modified", a.Modified, tt.want.Modified)
			check("SiteName", a.SiteName, tt.want.SiteName)
			check("Section", a.Section, tt.want.Section)
			check("Description", a.Description, tt.want.Description)
			check("Image", a.Image, tt.want.Image)
			check("Language", a.Language, tt.want.Language)
			check("CanonicalURL", a.CanonicalURL, tt.want.CanonicalURL)
			if tt.wantAuthors != nil && strings.Join(a.Authors, "|") != strings.Join(tt.wantAuthors, "|") {
				t.Errorf("Authors = %q, want %q", a.Authors, tt.wantAuthors)
			}
			if a.Authors == nil {
				t.Error("Authors is nil")
			}
			if strings.Contains(a.Published, "2001") || strings.Contains(a.Published, "2003") {
				t.Errorf("Published %q comes from a script or a related block", a.Published)
			}
		})
	}
}

// TestCleanRecordFields checks the derived record fields.
func TestCleanRecordFields(t *testing.T) {
	fetched := time.Date(2024, 3, 15, 12, 0, 0, 0, time.FixedZone("CET", 3600))
	p := cleanFixture(t, "meta_opengraph.html", "https://times.example.com/local/park-vote?ref=home")
	p.FetchedAt = fetched
	a, err := Clean(p, CleanOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.SchemaVersion != SchemaVersion {
		t.Errorf("SchemaVersion = %d", a.SchemaVersion)
	}
	if a.ID != ArticleID("https://times.example.com/local/park-vote") {
		t.Errorf("ID = %s, not derived from the canonical URL", a.ID)
	}
	if a.URL != p.URL || a.SourceFile != p.SourceFile {
		t.Errorf("URL/SourceFile = %q/%q", a.URL, a.SourceFile)
	}
	if a.FetchedAt != "2024-03-15T12:00:00+01:00" {
		t.Errorf("FetchedAt = %q", a.FetchedAt)
	}
	if a.ContentHash != ContentHash(a.Text) {
		t.Errorf("ContentHash = %q", a.ContentHash)
	}
	if a.Timexes == nil {
		t.Error("Timexes is nil")
	}

	// Without any URL the id comes from the source file.
	p = cleanFixture(t, "nav.html", "")
	a, err = Clean(p, CleanOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.ID != ArticleID(p.SourceFile) || a.CanonicalURL != "" {
		t.Errorf("ID = %s, CanonicalURL = %q; want id of the source file", a.ID, a.CanonicalURL)
	}
}

// TestCleanErrors checks the sentinel errors and that they name the page.
func TestCleanErrors(t *testing.T) {
	tests := []struct {
		name string
		body string
		want error
	}{
		{"empty body", "", ErrNotHTML},
		{"white space", " \n\t ", ErrNotHTML},
		{"binary", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", ErrNotHTML},
		{"PDF", "%PDF-1.7\n1 0 obj", ErrNotHTML},
		{"no text", "<html><body><div><img src=a.png></div></body></html>", ErrNoContent},
		{"only navigation", "<html><body><nav><a href=/>Home</a> <a href=/news>News</a></nav></body></html>", ErrNoContent},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Clean(Page{URL: "https://example.com/x", Body: []byte(tt.body)}, CleanOptions{})
			if !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
			if !strings.Contains(err.Error(), "https://example.com/x") {
				t.Errorf("error %q does not name the page", err)
			}
		})
	}
}

// TestCleanTextFormat checks the text contract: paragraphs separated by one
// blank line, white space collapsed inside, typography kept.
func TestCleanTextFormat(t *testing.T) {
	body := "<html><body><article><p>  “Curly”   quotes —\n dashes\tand\u00a0non-breaking   spaces… </p>\n\n<p>Second <b>para</b><i>graph</i>, with <a href=/x>a link</a> inside it.</p><p>Line one<br>line two</p></article></body></html>"
	a, err := Clean(Page{URL: "https://example.com/f", Body: []byte(body)}, CleanOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want := "“Curly” quotes — dashes and non-breaking spaces…\n\nSecond paragraph, with a link inside it.\n\nLine one\n\nline two"
	if a.Text != want {
		t.Errorf("Text = %q\nwant %q", a.Text, want)
	}
}

// TestCleanMaxBytes checks that input beyond MaxBytes is ignored.
func TestCleanMaxBytes(t *testing.T) {
	head := "<html><body><article><p>" + cleanFixtureParas[0] + "</p><p>" + cleanFixtureParas[2] + "</p>"
	body := head + strings.Repeat("<p>Text beyond the bound, which must never be read by the cleaner at all.</p>", 1000) + "</article></body></html>"
	a, err := Clean(Page{URL: "https://example.com/m", Body: []byte(body)}, CleanOptions{MaxBytes: len(head) + 10})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(a.Text, "beyond the bound") {
		t.Errorf("Text includes input beyond MaxBytes: %q", a.Text)
	}
	if !strings.Contains(a.Text, "riverside park") {
		t.Errorf("Text lost the article: %q", a.Text)
	}
}

// TestCleanHugePage cleans a 30 MB page (a short article followed by
// megabytes of link lists, script and markup) to check that size is
// handled: the article comes out and the result is bounded by the input.
func TestCleanHugePage(t *testing.T) {
	if testing.Short() {
		t.Skip("30 MB page skipped in -short mode")
	}
	var sb strings.Builder
	sb.WriteString("<!DOCTYPE html><html><head><title>Huge page</title></head><body><article>")
	for _, p := range cleanFixtureParas {
		sb.WriteString("<p>" + p + "</p>")
	}
	sb.WriteString("</article><div class=\"related-links\"><ul>")
	chunk := "<li><a href=\"/story/123456\">Another story that you may want to read, with a long title</a></li>\n<script>var x = \"<p>not text</p>\";</script>\n"
	for sb.Len() < 30<<20 {
		sb.WriteString(chunk)
	}
	sb.WriteString("</ul></div></body></html>")
	body := []byte(sb.String())
	a, err := Clean(Page{URL: "https://example.com/huge", Body: body}, CleanOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if want := strings.Join(cleanFixtureParas, "\n\n"); a.Text != want {
		t.Errorf("Text = %.300q…, want the article", a.Text)
	}
}

// TestCleanNeverPanics runs nasty inputs through Clean.
func TestCleanNeverPanics(t *testing.T) {
	inputs := []string{
		"<", "<!--", "<script", "<script>", "<svg/", "<svg", "<style>a{}", "<noscript><p>x",
		"<html><body><p>unclosed", "\xff\xfe<\x00h\x00", "\xef\xbb\xbf<p>bom</p>",
		"<meta charset=shift_jis><p>\x82\xa0</p>", "<meta charset=bogus><p>x</p>",
		"<table><td><p>" + strings.Repeat("<div>", 5000) + "deep",
		"<p>" + strings.Repeat("a", 1<<16) + "</p>",
		"<script type=application/ld+json>{\"@graph\":[[[[[[[[[[[[[{}]]]]]]]]]]]]]}</script><p>x</p>",
		"<script type=application/ld+json>{\"author\":{\"name\":5},\"datePublished\":[1,2]}</script>",
	}
	for _, in := range inputs {
		a, _ := Clean(Page{Body: []byte(in)}, CleanOptions{})
		if !utf8.ValidString(a.Text) {
			t.Errorf("invalid UTF-8 text for %.40q", in)
		}
	}
}

// TestCleanJSONLDEvidence checks that JSON-LD articleBody overrules the
// block scorer when they disagree: the comma-rich promotional block would
// win on score alone.
func TestCleanJSONLDEvidence(t *testing.T) {
	article := []string{
		"The harbour board approved the new ferry timetable on Monday after a short debate",
		"Ferries will run every twenty minutes at peak times from the first week of June",
		"The board said the change follows a survey of more than two thousand passengers",
		"Night services will stay as they are until the end of the summer season",
		"A review of the timetable is planned for the autumn when the new boats arrive",
	}
	promo := "Visit our shop, browse our range, find great deals, compare prices, save money, order today, and enjoy free delivery, easy returns, friendly service, and more"
	var sb strings.Builder
	sb.WriteString(`<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry timetable","articleBody":"` + strings.Join(article, ". ") + `."}</script></head><body>`)
	sb.WriteString(`<div class="main-content">`)
	for range 6 {
		sb.WriteString("<p>" + promo + "</p>")
	}
	sb.WriteString(`</div><div class="x">`)
	for _, p := range article {
		sb.WriteString("<p>" + p + ".</p>")
	}
	sb.WriteString("</div></body></html>")
	a, err := Clean(Page{URL: "https://example.com/ferry", Body: []byte(sb.String())}, CleanOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, article[0]) || strings.Contains(a.Text, "Visit our shop") {
		t.Errorf("Text = %q, want the article that JSON-LD describes", a.Text)
	}
}

// TestCleanArticleBodyMark checks how itemprop=articleBody is used: it
// wins when it marks the article, and is overruled when it marks only a
// teaser beside the real text.
func TestCleanArticleBodyMark(t *testing.T) {
	paras := "<p>" + strings.Join(cleanFixtureParas, "</p><p>") + "</p>"
	teaser := "<p>A short summary of the story that the theme marks up as the article body, although the full text sits elsewhere on the page entirely.</p><p>It goes on for two paragraphs, long enough to count as text.</p>"
	tests := []struct {
		name, body string
		want       string
	}{
		{
			name: "mark on the article",
			body: `<html><body><div class="x"><div itemprop="articleBody">` + paras + `</div></div><div class="y">` + teaser + teaser + `</div></body></html>`,
			want: strings.Join(cleanFixtureParas, "\n\n"),
		},
		{
			name: "mark on a teaser",
			body: `<html><body><div class="summary" itemprop="articleBody">` + teaser + `</div><div class="story">` + paras + paras + `</div></body></html>`,
			want: strings.Join(append(slices.Clone(cleanFixtureParas), cleanFixtureParas...), "\n\n"),
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Clean(Page{URL: "https://example.com/m", Body: []byte(tt.body)}, CleanOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if a.Text != tt.want {
				t.Errorf("Text =\n%s\nwant\n%s", a.Text, tt.want)
			}
		})
	}
}
