package crawler

import (
	"bytes"
	"compress/gzip"
	"encoding/xml"
	"fmt"
	"io"
	"strings"
	"time"
)

// sitemapsMaxBytes is the largest sitemap read, uncompressed: the protocol's
// own limit is 50 MB.
const sitemapsMaxBytes = 50 << 20

// sitemapsMaxNesting bounds how deep sitemap indexes may point to further
// indexes, so a self-referencing index cannot loop.
const sitemapsMaxNesting = 3

// sitemapsDoc matches both <urlset> and <sitemapindex> by local name, so
// the namespace prefixes sites use (or forget) do not matter. Google News
// sitemaps add <news:news><news:publication_date>.
type sitemapsDoc struct {
	XMLName  xml.Name
	URLs     []sitemapsURL `xml:"url"`
	Sitemaps []sitemapsURL `xml:"sitemap"`
}

type sitemapsURL struct {
	Loc     string `xml:"loc"`
	LastMod string `xml:"lastmod"`
	News    struct {
		PublicationDate string `xml:"publication_date"`
	} `xml:"news"`
}

// sitemapsParse reads a sitemap or sitemap index, gzip-compressed or not
// (told by its magic bytes, since servers label .xml.gz files variously),
// and returns its page entries and the child sitemaps it lists.
func sitemapsParse(body []byte) (pages []feedsEntry, children []string, err error) {
	if len(body) >= 2 && body[0] == 0x1f && body[1] == 0x8b {
		zr, err := gzip.NewReader(bytes.NewReader(body))
		if err != nil {
			return nil, nil, fmt.Errorf("parsing sitemap: %w: gunzip: %w", errListingParse, err)
		}
		raw, err := io.ReadAll(io.LimitReader(zr, sitemapsMaxBytes+1))
		if err != nil {
			return nil, nil, fmt.Errorf("parsing sitemap: %w: gunzip: %w", errListingParse, err)
		}
		if len(raw) > sitemapsMaxBytes {
			return nil, nil, fmt.Errorf("parsing sitemap: more than %d bytes uncompressed: %w", sitemapsMaxBytes, ErrTruncated)
		}
		body = raw
	}
	var doc sitemapsDoc
	dec := xml.NewDecoder(bytes.NewReader(body))
	dec.Strict = false
	dec.CharsetReader = func(_ string, r io.Reader) (io.Reader, error) { return r, nil }
	if err := dec.Decode(&doc); err != nil {
		return nil, nil, fmt.Errorf("parsing sitemap: %w: %w", errListingParse, err)
	}
	switch doc.XMLName.Local {
	case "urlset", "sitemapindex":
	default:
		return nil, nil, fmt.Errorf("parsing sitemap: %w: root element <%s> is neither urlset nor sitemapindex", errListingParse, doc.XMLName.Local)
	}
	for _, s := range doc.Sitemaps {
		if loc := strings.TrimSpace(s.Loc); loc != "" {
			children = append(children, loc)
		}
	}
	for _, u := range doc.URLs {
		loc := strings.TrimSpace(u.Loc)
		if loc == "" {
			continue
		}
		e := feedsEntry{URL: loc}
		if t, ok := sitemapsTime(u.News.PublicationDate); ok {
			e.Published = t
		} else if t, ok := sitemapsTime(u.LastMod); ok {
			e.Published = t
		}
		pages = append(pages, e)
	}
	return pages, children, nil
}

// sitemapsTime parses the W3C datetime forms sitemaps use.
func sitemapsTime(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, false
	}
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04Z07:00", "2006-01-02T15:04:05", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}
