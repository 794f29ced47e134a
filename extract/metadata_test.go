package extract

import (
	"strings"
	"testing"
)

func TestNormDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2019-11-19T11:00:09+01:00", "2019-11-19T11:00:09+01:00"},
		{"2019-11-19T11:00:09.123Z", "2019-11-19T11:00:09Z"},
		{"2019-11-19T11:00:09-0500", "2019-11-19T11:00:09-05:00"},
		{"2019-11-19T11:00", "2019-11-19T11:00:00"},
		{"2019-11-19 11:00:09", "2019-11-19T11:00:09"},
		{"2019-11-19 11:00:09 UTC", "2019-11-19T11:00:09Z"},
		{"Tue, 19 Nov 2019 11:00:09 +0000", "2019-11-19T11:00:09Z"},
		{"2019-11-19", "2019-11-19"},
		{"20191119", "2019-11-19"},
		{"November 19, 2019", "2019-11-19"},
		{"19 Nov 2019", "2019-11-19"},
		{"", ""},
		{"yesterday", ""},
		{"1970-01-01T00:00:00Z", ""},
		{"2019-13-45", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := normDate(tt.in); got != tt.want {
				t.Errorf("normDate(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestDateFromURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://example.com/2019/11/19/story/", "2019-11-19"},
		{"https://example.com/news/2019-11-19-story", "2019-11-19"},
		{"https://example.com/20191119/story.html", "2019-11-19"},
		{"https://example.com/2019/11/story", ""},
		{"https://example.com/story-565107452.html", ""},
		{"https://example.com/2019/02/30/story", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := dateFromURL(tt.in); got != tt.want {
				t.Errorf("dateFromURL(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestSplitAuthors(t *testing.T) {
	tests := []struct{ in, want string }{
		{"By Jane Doe", "Jane Doe"},
		{"BY JANE DOE", "JANE DOE"},
		{"By Jane Doe and John Roe", "Jane Doe|John Roe"},
		{"Kim Young, Luis Ortega and Mia Novak", "Kim Young|Luis Ortega|Mia Novak"},
		{"Jane Doe, Senior Reporter", "Jane Doe"},
		{"TOM KRISHER, AP Auto Writer", "TOM KRISHER"},
		{"Victor Tangermann, Futurism", "Victor Tangermann"},
		{"Amy Kuperinsky | NJ Advance Media for NJ.com", "Amy Kuperinsky"},
		{"Sarah E. Needleman", "Sarah E. Needleman"},
		{"Ana de la Cruz", "Ana de la Cruz"},
		{"Text: Anna Berg", "Anna Berg"},
		{"Posted by Sam Lee on November 19, 2019", "Sam Lee"},
		{"Jo March, Updated 3:04 PM", "Jo March"},
		{"https://www.facebook.com/someone", ""},
		{"@handle", ""},
		{"the Russian and Syrian defense ministries", ""},
		{"Staff Writer", ""},
		{"Sam Writer", "Sam Writer"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := strings.Join(splitAuthors(tt.in), "|"); got != tt.want {
				t.Errorf("splitAuthors(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestMetaCleanTitle(t *testing.T) {
	tests := []struct{ title, site, h1, want string }{
		{"Council expands park | The Daily Example", "The Daily Example", "", "Council expands park"},
		{"Council expands park - Example", "", "", "Council expands park"},
		{"Example News: Council expands park", "Example News", "", "Example News: Council expands park"},
		{"Example News | Council expands park", "Example News", "", "Council expands park"},
		{"Council expands park – and why it matters to you", "", "", "Council expands park – and why it matters to you"},
		{"Star Wars Jedi: Fallen Order review - shoots for the moon | VG247", "VG247", "", "Star Wars Jedi: Fallen Order review - shoots for the moon"},
		{"Long headline | Section | Site", "", "Long headline", "Long headline"},
		{"", "x", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.title, func(t *testing.T) {
			if got := metaCleanTitle(tt.title, tt.site, tt.h1); got != tt.want {
				t.Errorf("metaCleanTitle(%q) = %q, want %q", tt.title, got, tt.want)
			}
		})
	}
}

func TestMetaLang(t *testing.T) {
	for in, want := range map[string]string{"en-US": "en", "pt_BR": "pt", "FR": "fr", "ko": "ko", "": "", "english": "", "x-default": ""} {
		if got := metaLang(in); got != want {
			t.Errorf("metaLang(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDetectLanguage(t *testing.T) {
	tests := []struct{ text, want string }{
		{"The council said that it was going to vote on the plan for the park, and the chair agreed with this.", "en"},
		{"O conselho disse que não vai votar o plano para o parque, e a presidente concordou com isso por enquanto.", "pt"},
		{"Il consiglio ha detto che non voterà il piano per il parco, e la presidente della giunta è d'accordo.", "it"},
		{"Dewan mengatakan bahwa mereka tidak akan memilih rencana itu dengan cepat karena ada yang tidak setuju dan juga ini.", "id"},
		{"Совет заявил, что будет голосовать за план парка.", "ru"},
		{"시의회는 화요일 강변 공원 확장을 결정했다.", "ko"},
		{"東京都の知事は、新しい公園の計画を発表した。", "ja"},
		{"市议会周二投票决定扩建河滨公园。", "zh"},
		{"12345 !!!", ""},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			if got := detectLanguage(tt.text); got != tt.want {
				t.Errorf("detectLanguage(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestParseJSONLD(t *testing.T) {
	tests := []struct {
		name      string
		blocks    []string
		headline  string
		published string
		authors   string
		site      string
	}{
		{
			name:     "single object with author array of strings",
			blocks:   []string{`{"@context":"https://schema.org","@type":"NewsArticle","headline":"H","author":["A One","B Two"],"datePublished":"2020-01-02"}`},
			headline: "H", published: "2020-01-02", authors: "A One|B Two",
		},
		{
			name:     "@graph with WebSite and WebPage",
			blocks:   []string{`{"@graph":[{"@type":"WebSite","name":"Site"},{"@type":"WebPage","datePublished":"2019-01-01"},{"@type":"Article","headline":"H2","author":{"@type":"Person","name":"C Three"}}]}`},
			headline: "H2", published: "2019-01-01", authors: "C Three", site: "Site",
		},
		{
			name:     "array of objects, article second",
			blocks:   []string{`[{"@type":"Organization","name":"Org"},{"@type":"BlogPosting","headline":"H3","datePublished":"2018-05-05T10:00:00Z"}]`},
			headline: "H3", published: "2018-05-05T10:00:00Z",
		},
		{
			name:     "raw newlines inside strings",
			blocks:   []string{"{\"@type\":\"NewsArticle\",\"headline\":\"Two\nlines\",\"articleBody\":\"a\nb\"}"},
			headline: "Two lines",
		},
		{
			name:     "first article wins across blocks; broken block skipped",
			blocks:   []string{`{not json`, `{"@type":"NewsArticle","headline":"First"}`, `{"@type":"NewsArticle","headline":"Second"}`},
			headline: "First",
		},
		{
			name:     "type with schema.org prefix, organisation author kept apart",
			blocks:   []string{`{"@type":"http://schema.org/NewsArticle","headline":"H4","author":{"@type":"Organization","name":"Wire"}}`},
			headline: "H4",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var blocks [][]byte
			for _, b := range tt.blocks {
				blocks = append(blocks, []byte(b))
			}
			ld := parseJSONLD(blocks)
			if ld.headline != tt.headline || ld.published != tt.published || strings.Join(ld.authors, "|") != tt.authors || ld.siteName != tt.site {
				t.Errorf("got headline %q published %q authors %q site %q", ld.headline, ld.published, ld.authors, ld.siteName)
			}
		})
	}
}

func TestDateFromText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Published November 19, 2019", "2019-11-19"},
		{"Nov. 19 2019, 10:04 am", "2019-11-19"},
		{"Posted on 3rd March 2018 by Admin", "2018-03-03"},
		{"2017-12-06", "2017-12-06"},
		{"Updated November 20, 2019", ""},
		{"Tuesday", ""},
		{"February 30, 2019", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := dateFromText(tt.in); got != tt.want {
				t.Errorf("dateFromText(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestCleanDateFromDateElement checks the last fallback before the URL: a
// date written in an element whose class names a date.
func TestCleanDateFromDateElement(t *testing.T) {
	body := `<html><body><article><h1>Park</h1><div class="post-date">Posted on November 5, 2021</div>` +
		`<p>` + strings.Join(cleanFixtureParas, `</p><p>`) + `</p></article>` +
		`<aside class="related"><span class="date">January 1, 2001</span></aside></body></html>`
	a, err := Clean(Page{URL: "https://example.com/2020/01/01/park", Body: []byte(body)}, CleanOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Published != "2021-11-05" {
		t.Errorf("Published = %q, want 2021-11-05", a.Published)
	}
	if strings.Contains(a.Text, "Posted on") {
		t.Errorf("Text keeps the date line: %q", a.Text)
	}
}
