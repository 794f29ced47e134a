package demo

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"io/fs"
	"net/http"
	"path"
	"strings"
	"time"
)

//go:embed site
var siteFiles embed.FS

// siteProductionBase is the outlet's production address as written in the
// embedded files. The server replaces it with its own base URL in every
// text file it serves, so feeds, sitemaps, canonical links, og:url and
// JSON-LD urls point at the running server. The .example domain never
// resolves, so a file read straight from Site() cannot send a crawler to
// the network.
const siteProductionBase = "https://www.meridian-ledger.example"

// siteUpdated is the Last-Modified time of every served file: the time the
// outlet was last "published". Pages differ by ETag, not by this time.
var siteUpdated = time.Date(2025, time.April, 25, 18, 0, 0, 0, time.UTC)

// Site returns the embedded files of the outlet, as stored: absolute URLs
// still name the production address https://www.meridian-ledger.example,
// which only a running Server replaces. Paths are the URL paths without the
// leading slash ("index.html", "world/index.html", "robots.txt").
func Site() fs.FS {
	sub, err := fs.Sub(siteFiles, "site")
	if err != nil {
		// fs.Sub fails only on an invalid directory name; "site" is valid.
		return siteFiles
	}
	return sub
}

// sitePage is one rendered file of the outlet.
type sitePage struct {
	name        string
	body        []byte
	contentType string
	etag        string
}

// demoSite is the outlet rendered for one base URL; it is immutable once
// built and serves HTTP.
type demoSite struct {
	pages    map[string]*sitePage // by file path, e.g. "world/index.html"
	notFound *sitePage
}

// siteTextTypes maps the extensions of text files, whose production base
// URL is replaced, to their Content-Type.
var siteTextTypes = map[string]string{
	".html": "text/html; charset=utf-8",
	".xml":  "application/xml; charset=utf-8",
	".txt":  "text/plain; charset=utf-8",
	".css":  "text/css; charset=utf-8",
	".js":   "text/javascript; charset=utf-8",
	".svg":  "image/svg+xml",
}

// siteBinaryTypes maps the extensions of binary files to their Content-Type.
var siteBinaryTypes = map[string]string{
	".png": "image/png",
	".ico": "image/x-icon",
}

// siteContentType returns the Content-Type of the file at name, and whether
// its text gets the base URL substituted.
func siteContentType(name string) (ctype string, text bool, ok bool) {
	if strings.HasPrefix(name, "feeds/") && strings.HasSuffix(name, ".xml") {
		return "application/rss+xml; charset=utf-8", true, true
	}
	ext := path.Ext(name)
	if ct, ok := siteTextTypes[ext]; ok {
		return ct, true, true
	}
	if ct, ok := siteBinaryTypes[ext]; ok {
		return ct, false, true
	}
	return "", false, false
}

// siteRebase points the production URLs of a text file at base. In an HTML
// page the <head> keeps the production address: the canonical link, og:url
// and JSON-LD name the article's public URL, as a staging copy of a real
// site does, so an article's id (derived from its canonical URL) is the
// same whichever port the demo runs on. Links in the body, feeds, sitemaps
// and robots.txt point at the running server, so the crawl stays local.
func siteRebase(body []byte, html bool, base string) []byte {
	from, to := []byte(siteProductionBase), []byte(base)
	if !html {
		return bytes.ReplaceAll(body, from, to)
	}
	end := bytes.Index(body, []byte("</head>"))
	if end < 0 {
		return bytes.ReplaceAll(body, from, to)
	}
	out := append([]byte{}, body[:end]...)
	return append(out, bytes.ReplaceAll(body[end:], from, to)...)
}

// renderSite reads every file of fsys and renders it for base.
func renderSite(fsys fs.FS, base string) (*demoSite, error) {
	site := &demoSite{pages: map[string]*sitePage{}}
	err := fs.WalkDir(fsys, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			return nil
		}
		ctype, text, ok := siteContentType(name)
		if !ok {
			return fmt.Errorf("site file %s: no content type for %q", name, path.Ext(name))
		}
		body, err := fs.ReadFile(fsys, name)
		if err != nil {
			return fmt.Errorf("reading site file %s: %w", name, err)
		}
		if text {
			body = siteRebase(body, path.Ext(name) == ".html", base)
		}
		sum := sha256.Sum256(body)
		site.pages[name] = &sitePage{
			name:        name,
			body:        body,
			contentType: ctype,
			etag:        `"` + hex.EncodeToString(sum[:8]) + `"`,
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("rendering site for %s: %w", base, err)
	}
	site.notFound = site.pages["404.html"]
	if site.notFound == nil {
		return nil, fmt.Errorf("rendering site for %s: no 404.html", base)
	}
	return site, nil
}

// resolve maps a URL path to a page, or to a redirect target when the path
// names a directory without its slash or an index.html.
func (site *demoSite) resolve(urlPath string) (page *sitePage, redirect string) {
	if !strings.HasPrefix(urlPath, "/") || strings.Contains(urlPath, "\x00") {
		return nil, ""
	}
	clean := path.Clean(urlPath)
	if clean != "/" && strings.HasSuffix(urlPath, "/") {
		clean += "/"
	}
	if clean != urlPath {
		return nil, clean
	}
	name := strings.TrimPrefix(urlPath, "/")
	switch {
	case name == "" || strings.HasSuffix(name, "/"):
		return site.pages[name+"index.html"], ""
	case path.Base(name) == "index.html":
		if _, ok := site.pages[name]; ok {
			return nil, "/" + strings.TrimSuffix(name, "index.html")
		}
		return nil, ""
	}
	if p, ok := site.pages[name]; ok && p != site.notFound {
		return p, ""
	}
	if _, ok := site.pages[name+"/index.html"]; ok {
		return nil, urlPath + "/"
	}
	// Extensionless pages, such as /search for search.html.
	if path.Ext(name) == "" {
		return site.pages[name+".html"], ""
	}
	return nil, ""
}

// ServeHTTP serves the outlet: GET and HEAD only, conditional requests by
// ETag and Last-Modified, directory redirects, and a 404 page.
func (site *demoSite) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	w.Header().Set("Server", "meridian-demo")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	page, redirect := site.resolve(r.URL.Path)
	if redirect != "" {
		target := redirect
		if r.URL.RawQuery != "" {
			target += "?" + r.URL.RawQuery
		}
		http.Redirect(w, r, target, http.StatusMovedPermanently)
		return
	}
	if page == nil {
		w.Header().Set("Content-Type", site.notFound.contentType)
		w.WriteHeader(http.StatusNotFound)
		if r.Method != http.MethodHead {
			_, _ = w.Write(site.notFound.body)
		}
		return
	}
	w.Header().Set("Content-Type", page.contentType)
	w.Header().Set("ETag", page.etag)
	w.Header().Set("Cache-Control", "public, max-age=300")
	http.ServeContent(w, r, page.name, siteUpdated, bytes.NewReader(page.body))
}
