package output

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimwire/claimwire/extract"
)

// fixtureQuote is one claim in a test article: the quote is the first
// occurrence of Quote in the text, the speaker's mention is the first
// occurrence of Mention.
type fixtureQuote struct {
	Quote, Speaker, Kind, Role, Cue, Type string
}

// fixtureArticle builds an article and its claims the way the pipeline
// would, with ids derived from the URL and the quote spans.
func fixtureArticle(t testing.TB, url, site, published, text string, quotes ...fixtureQuote) (extract.Article, []extract.Claim) {
	t.Helper()
	a := extract.Article{
		SchemaVersion: extract.SchemaVersion,
		ID:            extract.ArticleID(url),
		URL:           url,
		CanonicalURL:  url,
		Title:         "Title of " + url,
		Authors:       []string{},
		Published:     published,
		Language:      "en",
		SiteName:      site,
		Text:          text,
		Timexes:       []extract.Timex{},
		ContentHash:   extract.ContentHash(text),
	}
	ri := extract.NewRuneIndex(text)
	claims := make([]extract.Claim, 0, len(quotes))
	for _, q := range quotes {
		b := strings.Index(text, q.Quote)
		if b < 0 {
			t.Fatalf("fixture: quote %q not in text %q", q.Quote, text)
		}
		sp := ri.Span(b, b+len(q.Quote))
		quote := extract.Quote{Text: sp.Text, Start: sp.Start, End: sp.End}
		typ := q.Type
		if typ == "" {
			typ = extract.ClaimDirect
		}
		kind := q.Kind
		if kind == "" {
			kind = extract.SpeakerPerson
		}
		c := extract.Claim{
			SchemaVersion: extract.SchemaVersion,
			ID:            extract.ClaimID(a.ID, quote),
			ArticleID:     a.ID,
			URL:           url,
			Published:     published,
			Type:          typ,
			Quote:         quote,
			Speaker:       extract.Speaker{Name: q.Speaker, Kind: kind},
			Dates:         []extract.Timex{},
			Sentence:      extract.Range{Start: 0, End: ri.Len()},
			Confidence:    0.8,
			Extractor:     extract.ExtractorVersion,
		}
		if q.Role != "" {
			role := q.Role
			c.Speaker.Role = &role
		}
		if q.Cue != "" {
			if cb := strings.Index(text, q.Cue); cb >= 0 {
				cue := ri.Span(cb, cb+len(q.Cue))
				c.Cue = &cue
			}
		}
		if q.Speaker != "" {
			if mb := strings.Index(text, q.Speaker); mb >= 0 {
				m := ri.Span(mb, mb+len(q.Speaker))
				c.Speaker.Mention = &m
			}
		}
		claims = append(claims, c)
	}
	return a, claims
}

// fixtureDoc is an article with its claims.
type fixtureDoc struct {
	Article extract.Article
	Claims  []extract.Claim
}

// fixtureCorpus is a small set of articles covering the filters: two
// outlets, three dates, three speakers (one with a diacritic), all claim
// types, and text that needs quoting in CSV and escaping in HTML.
func fixtureCorpus(t *testing.T) []fixtureDoc {
	t.Helper()
	var docs []fixtureDoc
	add := func(a extract.Article, c []extract.Claim) { docs = append(docs, fixtureDoc{a, c}) }
	add(fixtureArticle(t, "https://www.example.com/news/1", "Example News", "2025-04-20T09:00:00Z",
		"“We will not raise taxes, ever,” said Maria Lopez, the finance minister. The opposition disagreed.",
		fixtureQuote{Quote: "We will not raise taxes, ever,", Speaker: "Maria Lopez", Role: "finance minister", Cue: "said"}))
	add(fixtureArticle(t, "https://www.example.com/news/2", "Example News", "2025-04-21T10:30:00+02:00",
		"“The budget is \"balanced\"\nand fair,” Maria Lopez said. Critics said the plan was <script>alert(1)</script> nonsense.",
		fixtureQuote{Quote: "The budget is \"balanced\"\nand fair,", Speaker: "Maria Lopez", Cue: "said"},
		fixtureQuote{Quote: "the plan was <script>alert(1)</script> nonsense", Speaker: "Critics", Kind: extract.SpeakerAnonymous, Type: extract.ClaimIndirect, Cue: "said"}))
	add(fixtureArticle(t, "https://daily.test/a/3", "", "2025-05-02",
		"José Müller told reporters that sanctions were working. “They are biting,” he added.",
		fixtureQuote{Quote: "sanctions were working", Speaker: "José Müller", Type: extract.ClaimIndirect, Cue: "told"},
		fixtureQuote{Quote: "They are biting,", Speaker: "José Müller", Cue: "added"}))
	add(fixtureArticle(t, "https://daily.test/a/4", "", "",
		"=SUM(A1:A9) was the first line, said an official.",
		fixtureQuote{Quote: "=SUM(A1:A9) was the first line", Speaker: "an official", Kind: extract.SpeakerAnonymous, Type: extract.ClaimMixed, Cue: "said"}))
	return docs
}

// openTestStore opens a store in a temporary directory.
func openTestStore(t testing.TB) *Store {
	t.Helper()
	s, err := OpenStore(context.Background(), filepath.Join(t.TempDir(), "claimwire.db"))
	if err != nil {
		t.Fatalf("OpenStore: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// writeCorpus writes every document to sink.
func writeCorpus(t testing.TB, sink interface {
	Write(context.Context, extract.Article, []extract.Claim) error
}, docs []fixtureDoc) {
	t.Helper()
	for _, d := range docs {
		if err := sink.Write(context.Background(), d.Article, d.Claims); err != nil {
			t.Fatalf("Write %s: %v", d.Article.URL, err)
		}
	}
}

// claimIDs returns the ids of rows, in order.
func claimIDs(rows []ClaimRow) []string {
	out := make([]string, len(rows))
	for i, r := range rows {
		out[i] = r.Claim.ID
	}
	return out
}
