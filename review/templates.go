package review

import (
	"bytes"
	"fmt"
	"html/template"
	"net/http"
	"sync"
	"time"
	"unicode/utf8"
)

// pageTemplates maps a page name ("list", "claim", "speaker") to its
// template: the shared layout plus the page's own file.
type pageTemplates map[string]*template.Template

// loadTemplates parses the embedded templates once. They are part of the
// binary, so a parse error is a programming error caught by every test.
var loadTemplates = sync.OnceValue(func() pageTemplates {
	funcs := template.FuncMap{
		"verdictLabel": verdictLabel,
		"day":          publishedDay,
		"when":         func(t time.Time) string { return t.UTC().Format("2006-01-02 15:04 UTC") },
		"truncate":     truncateRunes,
		"claimURL":     claimPath,
		"speakerURL":   speakerPath,
		"deref": func(s *string) string {
			if s == nil {
				return ""
			}
			return *s
		},
		"pct": func(f float64) string { return fmt.Sprintf("%.0f%%", f*100) },
	}
	pages := pageTemplates{}
	for _, name := range []string{"list", "claim", "speaker"} {
		pages[name] = template.Must(template.New("layout.html").Funcs(funcs).
			ParseFS(embedded, "templates/layout.html", "templates/"+name+".html"))
	}
	return pages
})

// pageData is what every page template gets; exactly one of List, Claim
// and Speaker is set.
type pageData struct {
	Page     string
	Title    string
	CSRF     string
	Reviewer string
	Flash    string
	List     *listView
	Claim    *claimView
	Speaker  *speakerView
}

// render executes a page into a buffer first, so a template error gives a
// clean 500 instead of half a page.
func (s *server) render(w http.ResponseWriter, r *http.Request, status int, d pageData) {
	d.CSRF = s.csrf
	d.Reviewer = s.reviewer(r)
	var buf bytes.Buffer
	if err := s.pages[d.Page].Execute(&buf, d); err != nil {
		s.logger.Error("rendering page", "page", d.Page, "url", r.URL.String(), "err", err)
		http.Error(w, "internal error rendering the page", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

// verdictLabel is a verdict as buttons and badges show it.
func verdictLabel(v string) string {
	switch v {
	case VerdictSupported:
		return "Supported"
	case VerdictDisputed:
		return "Disputed"
	case VerdictFalse:
		return "False"
	case VerdictNeedsContext:
		return "Needs context"
	case VerdictNotAClaim:
		return "Not a claim"
	case FilterUnreviewed:
		return "Unreviewed"
	case FilterReviewed:
		return "Reviewed (any)"
	}
	return v
}

// publishedDay is the date part of a published time, or "undated".
func publishedDay(s string) string {
	t, ok := parsePublished(s)
	if !ok {
		return "undated"
	}
	return t.Format(time.DateOnly)
}

// truncateRunes shortens s to at most n code points, ending in "…".
func truncateRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	rs := []rune(s)
	return string(rs[:n-1]) + "…"
}
