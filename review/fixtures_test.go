package review

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/claimwire/claimwire/extract"
)

// The fixture corpus is invented: made-up outlets, places and people, with
// curly quotes, accents and Cyrillic so that code point offsets differ from
// byte offsets, and one quote holding a script tag.

// fxArticle builds an article record.
func fxArticle(key, site, published, title, text string) extract.Article {
	return extract.Article{
		SchemaVersion: extract.SchemaVersion, ID: extract.ArticleID(key),
		URL: "https://" + key, CanonicalURL: "https://" + key,
		Title: title, Published: published, Language: "en", SiteName: site, Text: text,
		ContentHash: extract.ContentHash(text),
	}
}

// fxSpec describes a claim by its words in the text; fxClaim finds them.
type fxSpec struct {
	typ, speaker, kind, role string
	// quote holds the quoted parts in text order; more than one makes a
	// split quote with segments.
	quote   []string
	mention string
	cue     string
}

// fxClaim builds a claim on a, locating each piece of spec in a.Text (in
// order, each after the previous quote part) and converting byte offsets to
// code points the way the extractor does.
func fxClaim(t *testing.T, a extract.Article, spec fxSpec) extract.Claim {
	t.Helper()
	ri := extract.NewRuneIndex(a.Text)
	find := func(s string, from int) (int, int) {
		t.Helper()
		i := strings.Index(a.Text[from:], s)
		if i < 0 {
			t.Fatalf("fixture: %q not in article %q after byte %d", s, a.Title, from)
		}
		return from + i, from + i + len(s)
	}
	var q extract.Quote
	from := 0
	for i, part := range spec.quote {
		b0, b1 := find(part, from)
		from = b1
		if i == 0 {
			q.Start = ri.CP(b0)
		}
		q.End = ri.CP(b1)
		if len(spec.quote) > 1 {
			q.Segments = append(q.Segments, [2]int{ri.CP(b0), ri.CP(b1)})
		}
	}
	q.Text = ri.Slice(q.Start, q.End)
	c := extract.Claim{
		SchemaVersion: extract.SchemaVersion, ArticleID: a.ID, URL: a.URL, Published: a.Published,
		Type: spec.typ, Quote: q, Confidence: 0.8, Extractor: extract.ExtractorVersion,
		Speaker: extract.Speaker{Name: spec.speaker, Kind: spec.kind},
	}
	if spec.role != "" {
		role := spec.role
		c.Speaker.Role = &role
	}
	if spec.mention != "" {
		b0, b1 := find(spec.mention, 0)
		sp := ri.Span(b0, b1)
		c.Speaker.Mention = &sp
	}
	if spec.cue != "" {
		b0, b1 := find(spec.cue, 0)
		sp := ri.Span(b0, b1)
		c.Cue = &sp
	}
	c.ID = extract.ClaimID(a.ID, q)
	return c
}

// fxCorpus is the fixture: 4 + 6 articles and their claims.
type fxCorpus struct {
	articles []extract.Article
	claims   []extract.Claim
	// Named claims the tests refer to.
	port, portIndirect, shipping, mayor, mayorRu, script extract.Claim
}

func newCorpus(t *testing.T) fxCorpus {
	t.Helper()
	var fx fxCorpus
	port := fxArticle("harbour.example/port-closed", "Harbour Daily", "2025-04-21T09:00:00+02:00",
		"Valmora port stays shut for crane checks",
		"The port of Valmora will stay closed until Friday, officials said on Monday.\n\n"+
			"“We cannot reopen the terminals before the cranes are inspected,” said Inês Carvalho, the port’s operations director. “Safety comes first — always.”\n\n"+
			"Shipping companies said the closure would cost them millions of euros.")
	fx.port = fxClaim(t, port, fxSpec{typ: extract.ClaimDirect, speaker: "Inês Carvalho", kind: extract.SpeakerPerson,
		role:    "the port’s operations director",
		quote:   []string{"We cannot reopen the terminals before the cranes are inspected,", "Safety comes first — always."},
		mention: "Inês Carvalho", cue: "said Inês"})
	fx.port.Cue.Text, fx.port.Cue.End = "said", fx.port.Cue.Start+4
	fx.portIndirect = fxClaim(t, port, fxSpec{typ: extract.ClaimIndirect, speaker: "officials", kind: extract.SpeakerAnonymous,
		quote: []string{"The port of Valmora will stay closed until Friday"}, mention: "officials", cue: "said on"})
	fx.portIndirect.Cue.Text, fx.portIndirect.Cue.End = "said", fx.portIndirect.Cue.Start+4
	fx.shipping = fxClaim(t, port, fxSpec{typ: extract.ClaimIndirect, speaker: "Shipping companies", kind: extract.SpeakerOrganization,
		quote: []string{"the closure would cost them millions of euros"}, mention: "Shipping companies"})

	mayor := fxArticle("ledger.example/bridge", "Metro Ledger", "2025-04-22",
		"Novodar bridge to reopen in May",
		"Ольга Петрова, the mayor of Novodar, said the bridge would reopen in May.\n\n"+
			"“Мы готовы к открытию,” Петрова told reporters on Tuesday.")
	fx.mayor = fxClaim(t, mayor, fxSpec{typ: extract.ClaimIndirect, speaker: "Ольга Петрова", kind: extract.SpeakerPerson,
		role: "the mayor of Novodar", quote: []string{"the bridge would reopen in May"}, mention: "Ольга Петрова", cue: "said"})
	fx.mayorRu = fxClaim(t, mayor, fxSpec{typ: extract.ClaimDirect, speaker: "Ольга Петрова", kind: extract.SpeakerPerson,
		quote: []string{"Мы готовы к открытию,"}, mention: "Петрова told", cue: "told"})
	fx.mayorRu.Speaker.Mention.Text = "Петрова"
	fx.mayorRu.Speaker.Mention.End = fx.mayorRu.Speaker.Mention.Start + 7

	script := fxArticle("wire.example/odd", "Test Wire", "2025-03-02T12:00:00Z",
		"A <b>bold</b> headline & more",
		"“<script>alert(1)</script> is not a claim,” said Sam Hart, a web developer.")
	fx.script = fxClaim(t, script, fxSpec{typ: extract.ClaimDirect, speaker: "Sam Hart", kind: extract.SpeakerPerson,
		role: "a web developer", quote: []string{"<script>alert(1)</script> is not a claim,"}, mention: "Sam Hart", cue: "said"})

	fx.articles = []extract.Article{port, mayor, script}
	fx.claims = []extract.Claim{fx.port, fx.portIndirect, fx.shipping, fx.mayor, fx.mayorRu, fx.script}

	// Six more articles quoting Inês Carvalho on later days, for the chart
	// and for paging.
	for i := range 6 {
		day := time.Date(2025, 4, 23+i*2, 0, 0, 0, 0, time.UTC).Format(time.DateOnly)
		a := fxArticle(fmt.Sprintf("harbour.example/update-%d", i), "Harbour Daily", day+"T08:00:00Z",
			fmt.Sprintf("Port update %d", i+1),
			fmt.Sprintf("“Inspection %d is done and the cranes are fine,” Carvalho said.", i+1))
		fx.articles = append(fx.articles, a)
		fx.claims = append(fx.claims, fxClaim(t, a, fxSpec{typ: extract.ClaimDirect, speaker: "Inês Carvalho", kind: extract.SpeakerPerson,
			quote: []string{fmt.Sprintf("Inspection %d is done and the cranes are fine,", i+1)}, mention: "Carvalho", cue: "said"}))
	}
	return fx
}
