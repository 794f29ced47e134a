package crawler

import (
	"bytes"
	"errors"
	"fmt"
	"time"

	"github.com/mmcdole/gofeed"
)

// errListingParse marks a feed or sitemap that could not be parsed.
var errListingParse = errors.New("unparsable listing")

// feedsEntry is one item link found in a feed or sitemap, with its
// publication or modification time when the listing gives one.
type feedsEntry struct {
	URL       string
	Published time.Time
}

// feedsParse reads an RSS, Atom or JSON feed (gofeed detects which) and
// returns the links of its items. Relative links are resolved against the
// feed's own link by the caller.
func feedsParse(body []byte) ([]feedsEntry, error) {
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("parsing feed: %w: %w", errListingParse, err)
	}
	var out []feedsEntry
	for _, it := range feed.Items {
		if it == nil {
			continue
		}
		link := it.Link
		if link == "" && len(it.Links) > 0 {
			link = it.Links[0]
		}
		if link == "" {
			continue
		}
		e := feedsEntry{URL: link}
		switch {
		case it.PublishedParsed != nil:
			e.Published = *it.PublishedParsed
		case it.UpdatedParsed != nil:
			e.Published = *it.UpdatedParsed
		}
		out = append(out, e)
	}
	return out, nil
}
