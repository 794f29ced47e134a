package crawler

import (
	"bufio"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/http/httputil"
	"os"
	"strings"
	"time"

	"github.com/nlnwa/gowarc/v3"
)

// ErrWARCTruncated means a WARC file ends inside a record, as an
// unfinished ".open" file left by a killed run does. ReadWARC has handed
// out every whole record before that point.
var ErrWARCTruncated = errors.New("WARC file ends inside a record")

// warcReadMaxBody bounds the body of one page read from a WARC file;
// larger pages are skipped.
const warcReadMaxBody = 64 << 20

// ReadWARC reads the WARC file at path (.warc, .warc.gz, or an unfinished
// ".open" file) record by record, without loading it whole, and calls fn
// with each HTML page archived in it: every response record with status
// 200 and an HTML content type (text/html or application/xhtml+xml) whose
// body was recorded whole (no WARC-Truncated field). That includes the
// section and home pages the crawler read only for their links; use
// WARCArticleURLs to keep the pages it handed out as articles. A Page has
// URL set to the normalised WARC-Target-URI, FinalURL to the target URI
// as recorded, Status, Header, Body (with any chunked transfer coding and
// gzip or deflate content coding undone) and FetchedAt from WARC-Date;
// Source and Canonical are empty and Depth 0. Pages over 64 MiB are
// skipped.
//
// A non-nil error from fn stops the reading and is returned. A file that
// ends inside a record gives an error wrapping ErrWARCTruncated after the
// whole records before it were handed out.
func ReadWARC(ctx context.Context, path string, fn func(Page) error) error {
	return warcEach(ctx, path, func(rec gowarc.Record) error {
		page, ok, err := warcReadPage(rec)
		if err != nil {
			return fmt.Errorf("reading WARC file %s at offset %d: %w", path, rec.Offset, err)
		}
		if !ok {
			return nil
		}
		return fn(page)
	})
}

// WARCArticleURLs returns the target URIs of the pages the crawler handed
// out as articles, according to the metadata records it writes next to
// its responses (a "claimwire-article: yes" field), each with the time it
// was handed out (the Page's FetchedAt; the latest when a URL was handed
// out by several runs). Archives written by
// other tools, or by a crawl that found no article, give an empty set. A
// file that cannot be read, or ends inside a record, adds its error to the
// joined error returned; the marks of the other files and of the whole
// records before the cut are still collected.
func WARCArticleURLs(ctx context.Context, paths ...string) (map[string]time.Time, error) {
	urls := map[string]time.Time{}
	var errs []error
	for _, path := range paths {
		err := warcEach(ctx, path, func(rec gowarc.Record) error {
			wr := rec.WarcRecord
			if wr.Type() != gowarc.Metadata {
				return nil
			}
			fb, ok := wr.Block().(gowarc.WarcFieldsBlock)
			if !ok || fb.WarcFields().Get(warcArticleField) != "yes" {
				return nil
			}
			u := wr.WarcHeader().Get(gowarc.WarcTargetURI)
			at, _ := wr.Date()
			if prev, seen := urls[u]; !seen || at.After(prev) {
				urls[u] = at.UTC()
			}
			return nil
		})
		if err != nil {
			if ctx.Err() != nil {
				return urls, err
			}
			errs = append(errs, err)
		}
	}
	return urls, errors.Join(errs...)
}

// warcEach calls fn with each record of the WARC file at path, in order.
// A file that ends inside a record gives an error wrapping
// ErrWARCTruncated after the whole records before the cut.
func warcEach(ctx context.Context, path string, fn func(gowarc.Record) error) error {
	r, err := gowarc.NewWarcFileReader(path, 0,
		gowarc.WithSyntaxErrorPolicy(gowarc.ErrWarn), gowarc.WithSpecViolationPolicy(gowarc.ErrWarn))
	if err != nil {
		return fmt.Errorf("reading WARC file %s: %w", path, err)
	}
	defer r.Close()
	var end int64 // where the last whole record ends
	for {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("reading WARC file %s: %w", path, err)
		}
		rec, err := r.Next()
		if err == io.EOF {
			// gowarc reads a cut of one or two bytes into the next gzip
			// member (part of its magic number) as the end of the file.
			return warcCheckEnd(path, end)
		}
		if err != nil {
			if rec.WarcRecord != nil {
				rec.Close()
			}
			if warcReadTruncated(err) {
				return fmt.Errorf("reading WARC file %s at offset %d: %w: %w", path, rec.Offset, ErrWARCTruncated, err)
			}
			return fmt.Errorf("reading WARC file %s at offset %d: %w", path, rec.Offset, err)
		}
		if err := warcCheckLength(rec); err != nil {
			rec.Close()
			return fmt.Errorf("reading WARC file %s at offset %d: %w", path, rec.Offset, err)
		}
		end = rec.Offset + rec.Size
		err = fn(rec)
		rec.Close()
		if err != nil {
			return err
		}
	}
}

// warcCheckEnd fails with ErrWARCTruncated when the file at path holds
// bytes after its last whole record, which ends at end.
func warcCheckEnd(path string, end int64) error {
	fi, err := os.Stat(path)
	if err != nil {
		return fmt.Errorf("reading WARC file %s: %w", path, err)
	}
	if fi.Size() > end {
		return fmt.Errorf("reading WARC file %s at offset %d: %w: %d bytes after the last whole record", path, end, ErrWARCTruncated, fi.Size()-end)
	}
	return nil
}

// warcCheckLength fails with ErrWARCTruncated when a record's block is
// shorter than its Content-Length (an uncompressed file cut short).
func warcCheckLength(rec gowarc.Record) error {
	for _, v := range rec.Validation {
		var cle *gowarc.ContentLengthError
		if errors.As(v, &cle) {
			return fmt.Errorf("%w: %w", ErrWARCTruncated, v)
		}
	}
	return nil
}

// warcReadTruncated reports whether a read error means the file stops
// inside a record.
func warcReadTruncated(err error) bool {
	var cle *gowarc.ContentLengthError
	return errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) || errors.As(err, &cle)
}

// warcReadPage turns a response record into a Page; ok is false for
// records that are not whole 200 HTML responses.
func warcReadPage(rec gowarc.Record) (p Page, ok bool, err error) {
	wr := rec.WarcRecord
	if wr.Type() != gowarc.Response || wr.WarcHeader().Has(gowarc.WarcTruncated) {
		return Page{}, false, nil
	}
	block, isHTTP := wr.Block().(gowarc.HttpResponseBlock)
	if !isHTTP || block.HttpStatusCode() != http.StatusOK || block.HttpHeader() == nil {
		return Page{}, false, nil
	}
	header := block.HttpHeader().Clone()
	mt, _, _ := mime.ParseMediaType(header.Get("Content-Type"))
	if mt != "text/html" && mt != "application/xhtml+xml" {
		return Page{}, false, nil
	}
	payload, err := block.PayloadBytes()
	if err != nil {
		return Page{}, false, err
	}
	body, err := warcReadBody(payload, header)
	if errors.Is(err, errWARCBodyTooLarge) {
		return Page{}, false, nil
	}
	if err != nil {
		return Page{}, false, err
	}
	target := wr.WarcHeader().Get(gowarc.WarcTargetURI)
	target = strings.TrimSuffix(strings.TrimPrefix(target, "<"), ">") // WARC/1.0 style
	p = Page{FinalURL: target, URL: target, Status: http.StatusOK, Header: header, Body: body}
	if n, err := NormalizeURL(target); err == nil {
		p.URL = n
	}
	if t, err := wr.Date(); err == nil {
		p.FetchedAt = t.UTC()
	} else if t, err := time.Parse(time.RFC3339Nano, wr.WarcHeader().Get(gowarc.WarcDate)); err == nil {
		p.FetchedAt = t.UTC()
	}
	return p, true, nil
}

var errWARCBodyTooLarge = errors.New("body too large")

// warcReadBody reads an archived HTTP payload, undoing the chunked
// transfer coding and gzip or deflate content coding other archivers keep
// (the crawler's own records hold bodies as Go's client decoded them).
func warcReadBody(payload io.Reader, header http.Header) ([]byte, error) {
	r := payload
	if strings.Contains(strings.ToLower(header.Get("Transfer-Encoding")), "chunked") {
		r = httputil.NewChunkedReader(bufio.NewReader(r))
		header.Del("Transfer-Encoding")
	}
	switch strings.ToLower(strings.TrimSpace(header.Get("Content-Encoding"))) {
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(r)
		if err != nil {
			return nil, fmt.Errorf("gunzipping body: %w", err)
		}
		defer zr.Close()
		r = zr
		header.Del("Content-Encoding")
	case "deflate": // zlib-wrapped as the RFC says, or raw as some servers send it
		br := bufio.NewReader(r)
		if b, _ := br.Peek(2); len(b) == 2 && b[0]&0x0f == 8 && (uint16(b[0])<<8|uint16(b[1]))%31 == 0 {
			zr, err := zlib.NewReader(br)
			if err != nil {
				return nil, fmt.Errorf("inflating body: %w", err)
			}
			defer zr.Close()
			r = zr
		} else {
			fr := flate.NewReader(br)
			defer fr.Close()
			r = fr
		}
		header.Del("Content-Encoding")
	}
	body, err := io.ReadAll(io.LimitReader(r, warcReadMaxBody+1))
	if err != nil {
		return nil, fmt.Errorf("reading body: %w", err)
	}
	if len(body) > warcReadMaxBody {
		return nil, errWARCBodyTooLarge
	}
	return body, nil
}
