package extract

import "time"

// SchemaVersion is the version of the Article and Claim record contract
// written into every record's schema_version field. It changes only when a
// field is removed or its meaning changes; adding an optional field does not.
const SchemaVersion = 1

// ExtractorVersion names this extractor in every claim's extractor field, so
// that downstream systems can tell which rules produced a claim.
const ExtractorVersion = "claimwire-extract/0.1"

// Span is a piece of an article's text located by Unicode code point
// offsets, start inclusive and end exclusive, so that for an article text t
// (as a []rune) string(t[Start:End]) == Text. Python and PostgreSQL count the
// same way. Every span claimwire writes holds this invariant; the tests in
// spans_test.go enforce it.
type Span struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Timex is a temporal expression found in an article's text, with its
// TIMEX3 type (DATE, TIME, DURATION or SET) and normalised TIMEX3 value
// ("2025-04-21", "2025-W16", "2022-02", "P3D", "PRESENT_REF"...). Offsets are
// code points, as in Span.
type Timex struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Type  string `json:"type"`
	Value string `json:"value"`
}

// Article is one cleaned article page: its main text and metadata. It is the
// record written to articles.jsonl; the JSON field names are the contract
// documented in README.md and output/schema/article.schema.json.
type Article struct {
	SchemaVersion int    `json:"schema_version"`
	ID            string `json:"id"`
	URL           string `json:"url"`
	CanonicalURL  string `json:"canonical_url"`
	SourceFile    string `json:"source_file,omitempty"`
	Title         string `json:"title"`
	// Authors lists every author as a bare name, without "By" or job titles.
	Authors []string `json:"authors"`
	// Published is the publication time in RFC 3339, with its zone when the
	// page gives one; empty when unknown.
	Published   string `json:"published"`
	Modified    string `json:"modified,omitempty"`
	Language    string `json:"language"`
	SiteName    string `json:"site_name"`
	Section     string `json:"section,omitempty"`
	Description string `json:"description,omitempty"`
	Image       string `json:"image,omitempty"`
	// Text is the main text, paragraphs separated by one blank line. All
	// offsets in timexes and claims point into it.
	Text        string  `json:"text"`
	Timexes     []Timex `json:"timexes"`
	FetchedAt   string  `json:"fetched_at,omitempty"`
	ContentHash string  `json:"content_hash"`
}

// PublishedTime parses Published. ok is false when it is empty or not a
// date claimwire understands.
func (a Article) PublishedTime() (t time.Time, ok bool) {
	return parseRecordTime(a.Published)
}

// Claim kinds, as written in Claim.Type.
const (
	ClaimDirect   = "direct"
	ClaimIndirect = "indirect"
	ClaimMixed    = "mixed"
)

// Speaker kinds, as written in Speaker.Kind.
const (
	SpeakerPerson       = "person"
	SpeakerOrganization = "organization"
	SpeakerAnonymous    = "anonymous"
	SpeakerUnknown      = "unknown"
)

// Quote is the content of a claim. Start and End cover the whole
// attribution content; when the attribution splits it ("“A,” he said.
// “B.”"), Segments lists the quoted parts as [start, end) pairs and Text is
// the text of [Start, End).
type Quote struct {
	Text     string   `json:"text"`
	Start    int      `json:"start"`
	End      int      `json:"end"`
	Segments [][2]int `json:"segments,omitempty"`
}

// Speaker is who a claim is attributed to.
type Speaker struct {
	// Name is the resolved full name ("Dmitry Peskov" for "he").
	Name string `json:"name"`
	// Kind is one of SpeakerPerson, SpeakerOrganization, SpeakerAnonymous
	// or SpeakerUnknown.
	Kind string `json:"kind"`
	// Role is the speaker's role or title ("Kremlin spokesman"), if given.
	Role *string `json:"role"`
	// Mention is the words in the text that name the speaker for this
	// claim ("he", "Peskov", "a spokesperson").
	Mention *Span `json:"mention"`
}

// Range is a [Start, End) range of code points without its text.
type Range struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Claim is one attribution: who said what, and when. It is the record
// written to claims.jsonl.
type Claim struct {
	SchemaVersion int     `json:"schema_version"`
	ID            string  `json:"id"`
	ArticleID     string  `json:"article_id"`
	URL           string  `json:"url"`
	Published     string  `json:"published"`
	Type          string  `json:"type"`
	Quote         Quote   `json:"quote"`
	Cue           *Span   `json:"cue"`
	Speaker       Speaker `json:"speaker"`
	// Dates are the timexes inside or governing the claim's sentence.
	Dates      []Timex `json:"dates"`
	Sentence   Range   `json:"sentence"`
	Confidence float64 `json:"confidence"`
	Extractor  string  `json:"extractor"`
}
