package extract

import "time"

// Page is one HTML page handed to Clean: raw bytes in any charset, with
// what is known about where they came from. The crawler's pages and files
// read from disk both become a Page.
type Page struct {
	// URL is the page's final URL after redirects, or the URL a user gave
	// for a file; empty when unknown.
	URL string
	// ContentType is the HTTP Content-Type header, if any; its charset
	// parameter is one input to charset detection.
	ContentType string
	// Body is the raw response body, undecoded.
	Body []byte
	// SourceFile is the path the page was read from, if any.
	SourceFile string
	// FetchedAt is when the page was fetched; zero when unknown.
	FetchedAt time.Time
}
