package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/claimwire/claimwire/extract"
	"github.com/claimwire/claimwire/pipeline"
)

const extractDescription = `Clean article pages and extract claims without crawling.

PATH is an .html, .htm or .html.gz file, or a directory searched recursively
for them. With --docs, documents come from a JSONL file instead, one per line:

  {"id": "...", "url": "...", "title": "...", "published": "2025-04-22", "text": "..."}
  {"id": "...", "url": "...", "html": "<html>..."}

A "text" is taken as the article text exactly as given (byte for byte), so
claim offsets point into it; the given "id" becomes the article id. An "html"
is cleaned like a file.

With --warc, each PATH is a WARC file (.warc, .warc.gz, or an unfinished
.open file left by a killed crawl, read up to its last whole record) or a
directory of them, such as the --warc DIR of claimwire crawl. The archived
responses with status 200 and an HTML content type that the crawl took as
articles (it marks them in the archive) are cleaned as the crawl cleaned
them (same URL, Content-Type, body and fetch time), so the article and claim
ids are the crawl's; --all-pages takes every archived HTML page, as happens
anyway for archives without claimwire's marks. No network is used.

Writes DIR/articles.jsonl and DIR/claims.jsonl (or claims to stdout with
--out -). Exit code 1 when some documents failed (the others are written).`

func extractCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var rf runFlags
	var pageURL, docsFile string
	var warcIn, allPages bool
	fs := newFlagSet("extract", "claimwire extract [flags] PATH...\n       claimwire extract --docs FILE.jsonl [flags]\n       claimwire extract --warc [flags] FILE.warc.gz|DIR...", extractDescription, stderr)
	rf.register(fs, true)
	fs.BoolVar(&warcIn, "warc", false, "read the PATHs as WARC files (.warc, .warc.gz, .open) or directories of them")
	fs.BoolVar(&allPages, "all-pages", false, "with --warc, extract every archived HTML page, not only the crawl's articles")
	fs.StringVar(&pageURL, "url", "", "the page's `URL`, when a single file is given")
	fs.StringVar(&docsFile, "docs", "", "read documents from a JSONL `FILE` ('-' for stdin)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if err := rf.validate(); err != nil {
		return err
	}
	paths := fs.Args()
	switch {
	case docsFile == "" && len(paths) == 0:
		return usagef("give at least one PATH, or --docs FILE")
	case docsFile != "" && len(paths) > 0:
		return usagef("give either PATHs or --docs, not both")
	case warcIn && (docsFile != "" || pageURL != ""):
		return usagef("--warc reads URLs from the archive: give neither --docs nor --url")
	case allPages && !warcIn:
		return usagef("--all-pages goes with --warc")
	case pageURL != "" && len(paths) != 1:
		return usagef("--url goes with exactly one file")
	}
	logger := rf.logger(stderr)

	var files []string
	if warcIn {
		var err error
		if files, err = findWARCs(paths); err != nil {
			return err
		}
		if len(files) == 0 {
			return usagef("no .warc, .warc.gz or .open files in %s", strings.Join(paths, ", "))
		}
	} else if docsFile == "" {
		var err error
		if files, err = findPages(paths); err != nil {
			return err
		}
		if len(files) == 0 {
			return usagef("no .html, .htm or .html.gz files in %s", strings.Join(paths, ", "))
		}
		if pageURL != "" && len(files) != 1 {
			return usagef("--url goes with exactly one file, and %s holds %d", paths[0], len(files))
		}
	}
	sinks, err := rf.openSinks(ctx, "extract", stdout, logger)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	docs := make(chan pipeline.Doc)
	go func() {
		defer close(docs)
		var err error
		switch {
		case warcIn:
			err = readWARCs(ctx, files, allPages, docs, logger)
		case docsFile != "":
			err = readDocs(ctx, docsFile, docs)
		default:
			err = readFiles(ctx, files, pageURL, docs)
		}
		if err != nil {
			cancel(err)
		}
	}()
	sum, runErr := pipeline.Run(ctx, docs, sinks.sinks, pipeline.Options{Workers: rf.workers, Logger: logger, Progress: rf.progress(stderr)})
	summaryOut := stdout
	if rf.out == "-" {
		summaryOut = stderr
	}
	rf.printSummary(summaryOut, sum)
	return finish(sum, runErr, sinks.close(&sum))
}

// findPages expands the PATH arguments into a sorted list of page files.
func findPages(paths []string) ([]string, error) {
	out, err := findFiles(paths, isPageFile)
	if err != nil {
		return nil, err
	}
	slices.Sort(out)
	return slices.Compact(out), nil
}

// findFiles expands PATH arguments: a file is taken as given, a directory
// is searched recursively for the files match accepts.
func findFiles(paths []string, match func(name string) bool) ([]string, error) {
	var out []string
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			return nil, usagef("cannot read %s: %v", p, err)
		}
		if !st.IsDir() {
			out = append(out, p)
			continue
		}
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && match(path) {
				out = append(out, path)
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("listing %s: %w", p, err)
		}
	}
	return out, nil
}

func isPageFile(name string) bool {
	n := strings.ToLower(name)
	return strings.HasSuffix(n, ".html") || strings.HasSuffix(n, ".htm") || strings.HasSuffix(n, ".html.gz") || strings.HasSuffix(n, ".htm.gz")
}

// maxFileBytes bounds one page file, compressed or not.
const maxFileBytes = 64 << 20

// readPageFile reads a page file, gunzipping .gz files.
func readPageFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(strings.ToLower(path), ".gz") {
		zr, err := gzip.NewReader(f)
		if err != nil {
			return nil, fmt.Errorf("reading %s: %w", path, err)
		}
		defer zr.Close()
		r = zr
	}
	b, err := io.ReadAll(io.LimitReader(r, maxFileBytes+1))
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	if len(b) > maxFileBytes {
		return nil, fmt.Errorf("reading %s: larger than %d MiB", path, maxFileBytes>>20)
	}
	return b, nil
}

func readFiles(ctx context.Context, files []string, pageURL string, docs chan<- pipeline.Doc) error {
	for _, path := range files {
		d := pipeline.Doc{Name: path}
		if body, err := readPageFile(path); err != nil {
			d.Err = err
		} else {
			abs, _ := filepath.Abs(path)
			d.Page = &extract.Page{URL: pageURL, SourceFile: abs, Body: body}
		}
		select {
		case docs <- d:
		case <-ctx.Done():
			return nil
		}
	}
	return nil
}

// docLine is one line of an --docs file.
type docLine struct {
	ID        string  `json:"id"`
	URL       string  `json:"url"`
	Title     string  `json:"title"`
	Published string  `json:"published"`
	HTML      *string `json:"html"`
	Text      *string `json:"text"`
}

func readDocs(ctx context.Context, name string, docs chan<- pipeline.Doc) error {
	var r io.Reader = os.Stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return usagef("cannot read --docs file: %v", err)
		}
		defer f.Close()
		r = f
	}
	br := bufio.NewReaderSize(r, 1<<20)
	for lineNo := 1; ; lineNo++ {
		line, err := br.ReadBytes('\n')
		if len(bytes.TrimSpace(line)) > 0 {
			d, derr := parseDocLine(line)
			if derr != nil {
				d = pipeline.Doc{Err: derr, Name: fmt.Sprintf("%s:%d", name, lineNo)}
			}
			select {
			case docs <- d:
			case <-ctx.Done():
				return nil
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("reading %s: %w", name, err)
		}
	}
}

func parseDocLine(line []byte) (pipeline.Doc, error) {
	var dl docLine
	if err := json.Unmarshal(line, &dl); err != nil {
		return pipeline.Doc{}, fmt.Errorf("not a JSON object: %w", err)
	}
	switch {
	case dl.Text != nil && dl.HTML != nil:
		return pipeline.Doc{}, fmt.Errorf("document %q has both text and html; give one", dl.ID)
	case dl.Text != nil:
		if dl.ID == "" && dl.URL == "" {
			return pipeline.Doc{}, fmt.Errorf("a text document needs an id or a url")
		}
		a := extract.FromText(extract.TextDoc{ID: dl.ID, URL: dl.URL, Title: dl.Title, Published: dl.Published, Text: *dl.Text})
		return pipeline.Doc{Article: &a}, nil
	case dl.HTML != nil:
		return pipeline.Doc{Page: &extract.Page{URL: dl.URL, Body: []byte(*dl.HTML)}, ID: dl.ID, Title: dl.Title, Published: dl.Published}, nil
	default:
		return pipeline.Doc{}, fmt.Errorf("document %q has neither text nor html", dl.ID)
	}
}
