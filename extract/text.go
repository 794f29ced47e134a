package extract

// TextDoc is an article whose text is already known, as given on a line of
// `claimwire extract --docs`.
type TextDoc struct {
	ID        string
	URL       string
	Title     string
	Published string
	Text      string
}

// FromText builds the Article for a text given as is: the text is kept byte
// for byte (no normalisation), so that offsets point into exactly what the
// caller gave, and the given id becomes the article id (derived from the
// URL when no id is given). Temporal expressions are tagged against the
// publication time.
func FromText(d TextDoc) Article {
	id := d.ID
	if id == "" {
		id = ArticleID(d.URL)
	}
	pub, _ := parseRecordTime(d.Published)
	return Article{
		SchemaVersion: SchemaVersion,
		ID:            id,
		URL:           d.URL,
		CanonicalURL:  d.URL,
		Title:         d.Title,
		Authors:       []string{},
		Published:     d.Published,
		Text:          d.Text,
		Timexes:       Timexes(d.Text, pub),
		ContentHash:   ContentHash(d.Text),
	}
}
