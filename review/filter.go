package review

import (
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/claimwire/claimwire/extract"
)

// filterForm is a Filter as the list's form holds it: the query parameters
// q, speaker, outlet, from, to (YYYY-MM-DD), type and verdict.
type filterForm struct {
	Q, Speaker, Outlet, From, To, Type, Verdict string
}

// claimTypes are the values of the type filter.
func claimTypes() []string {
	return []string{extract.ClaimDirect, extract.ClaimIndirect, extract.ClaimMixed}
}

// parseFilterForm reads a filterForm from query parameters.
func parseFilterForm(q url.Values) filterForm {
	get := func(k string) string { return strings.TrimSpace(q.Get(k)) }
	return filterForm{
		Q: get("q"), Speaker: get("speaker"), Outlet: get("outlet"),
		From: get("from"), To: get("to"), Type: get("type"), Verdict: get("verdict"),
	}
}

// Values returns the non-empty fields as query parameters.
func (ff filterForm) Values() url.Values {
	v := url.Values{}
	for _, kv := range [...][2]string{
		{"q", ff.Q}, {"speaker", ff.Speaker}, {"outlet", ff.Outlet},
		{"from", ff.From}, {"to", ff.To}, {"type", ff.Type}, {"verdict", ff.Verdict},
	} {
		if kv[1] != "" {
			v.Set(kv[0], kv[1])
		}
	}
	return v
}

// Encode returns the form as a query string ("" when empty).
func (ff filterForm) Encode() string { return ff.Values().Encode() }

// Active reports whether any filter is set.
func (ff filterForm) Active() bool { return ff != filterForm{} }

// filter converts the form into a Filter. Values it cannot use are left out
// of the filter and reported as problems, for the page to show.
func (ff filterForm) filter() (Filter, []string) {
	f := Filter{Speaker: ff.Speaker, Outlet: ff.Outlet, Query: ff.Q}
	var problems []string
	for _, d := range []struct {
		name, val string
		dst       *time.Time
	}{{"from", ff.From, &f.From}, {"to", ff.To, &f.To}} {
		if d.val == "" {
			continue
		}
		t, err := time.Parse(time.DateOnly, d.val)
		if err != nil {
			problems = append(problems, fmt.Sprintf("ignored the %q date %q: use YYYY-MM-DD", d.name, d.val))
			continue
		}
		*d.dst = t
	}
	switch {
	case ff.Type == "":
	case slices.Contains(claimTypes(), ff.Type):
		f.Type = ff.Type
	default:
		problems = append(problems, fmt.Sprintf("ignored the unknown claim type %q", ff.Type))
	}
	switch {
	case ff.Verdict == "":
	case ff.Verdict == FilterUnreviewed || ff.Verdict == FilterReviewed || ValidVerdict(ff.Verdict):
		f.Verdict = ff.Verdict
	default:
		problems = append(problems, fmt.Sprintf("ignored the unknown verdict %q", ff.Verdict))
	}
	return f, problems
}

// pageNumber reads a 1-based page number; anything else is page 1.
func pageNumber(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 {
		return 1
	}
	return n
}

// withQuery joins a path and a query string.
func withQuery(path, query string) string {
	if query == "" {
		return path
	}
	return path + "?" + query
}

// claimPath is the URL of a claim's page, keeping the list's filter so
// that previous/next follow it.
func claimPath(id, filterQuery string) string {
	return withQuery("/claims/"+url.PathEscape(id), filterQuery)
}

// speakerPath is the URL of a speaker's page.
func speakerPath(name string) string {
	return "/speaker?" + url.Values{"name": {name}}.Encode()
}
