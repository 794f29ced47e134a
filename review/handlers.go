package review

import (
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
)

// reviewerCookie remembers the reviewer name an analyst last typed.
const reviewerCookie = "claimwire_reviewer"

// maxPageSize bounds the n parameter of the list.
const maxPageSize = 500

// listView is the claims list page.
type listView struct {
	Form        filterForm
	FilterQuery string
	Problems    []string
	Rows        []ClaimRow
	Total       int
	First, Last int // 1-based positions shown
	PrevURL     string
	NextURL     string
	ExportCSV   string
	ExportJSONL string
	Types       []string
	Verdicts    []string
}

// claimView is a claim's page.
type claimView struct {
	ClaimDetail
	Focus       []hlParagraph
	Before      *hlParagraph // the paragraph before the quote's, if any
	After       *hlParagraph // the paragraph after it, if any
	All         []hlParagraph
	OffsetsOK   bool
	FilterQuery string
	PrevURL     string
	NextURL     string
	ListURL     string
	Buttons     []verdictButton
}

// verdictButton is one verdict button with its keyboard key.
type verdictButton struct {
	Value, Label string
	Key          int
	Current      bool
}

// speakerView is a speaker's page.
type speakerView struct {
	Name  string
	Rows  []ClaimRow
	Chart *claimChart
	// Extracted lists the other names claims were extracted under, when
	// some of them were corrected to this speaker.
	Corrected int
}

// reviewer is the reviewer name for forms: the cookie, else Options.
func (s *server) reviewer(r *http.Request) string {
	if c, err := r.Cookie(reviewerCookie); err == nil {
		if name, err := url.QueryUnescape(c.Value); err == nil && name != "" {
			return name
		}
	}
	return s.opts.Reviewer
}

// storeError answers a failed store call: 404 for an unknown claim, 400
// for an invalid verdict, else 500 (logged).
func (s *server) storeError(w http.ResponseWriter, r *http.Request, err error) {
	switch {
	case errors.Is(err, ErrNotFound):
		http.Error(w, "no such claim", http.StatusNotFound)
	case errors.Is(err, ErrInvalidVerdict):
		http.Error(w, err.Error(), http.StatusBadRequest)
	default:
		s.logger.Error("store", "url", r.URL.String(), "err", err)
		http.Error(w, "internal error reading the store", http.StatusInternalServerError)
	}
}

func (s *server) handleList(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	form := parseFilterForm(q)
	f, problems := form.filter()
	size := s.opts.PageSize
	if n := pageNumber(q.Get("n")); q.Has("n") {
		size = min(n, maxPageSize)
	}
	page := pageNumber(q.Get("page"))
	f.Offset, f.Limit = (page-1)*size, size
	rows, total, err := s.store.ListClaims(r.Context(), f)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	v := &listView{
		Form: form, FilterQuery: form.Encode(), Problems: problems, Rows: rows, Total: total,
		Types: claimTypes(), Verdicts: append([]string{FilterUnreviewed, FilterReviewed}, Verdicts()...),
		ExportCSV: withQuery("/export.csv", form.Encode()), ExportJSONL: withQuery("/export.jsonl", form.Encode()),
	}
	if len(rows) > 0 {
		v.First, v.Last = f.Offset+1, f.Offset+len(rows)
	}
	pageURL := func(p int) string {
		vals := form.Values()
		if p > 1 {
			vals.Set("page", fmt.Sprint(p))
		}
		if size != s.opts.PageSize {
			vals.Set("n", fmt.Sprint(size))
		}
		return withQuery("/", vals.Encode())
	}
	if page > 1 {
		v.PrevURL = pageURL(page - 1)
	}
	if f.Offset+len(rows) < total {
		v.NextURL = pageURL(page + 1)
	}
	title := "Claims"
	if form.Active() {
		title = "Claims (filtered)"
	}
	s.render(w, r, http.StatusOK, pageData{Page: "list", Title: title, Flash: flash(q), List: v})
}

// flash is the message shown after a redirect from a POST.
func flash(q url.Values) string {
	switch q.Get("saved") {
	case "verdict":
		return "Verdict saved."
	case "verdict-advanced":
		return "Verdict saved on the previous claim; this is the next one."
	case "speaker":
		return "Speaker correction saved."
	case "speaker-cleared":
		return "Speaker correction removed."
	}
	return ""
}

func (s *server) handleClaim(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	d, err := s.store.GetClaim(r.Context(), id)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	form := parseFilterForm(r.URL.Query())
	f, _ := form.filter()
	prev, next, err := s.store.Neighbors(r.Context(), id, f)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	fq := form.Encode()
	v := &claimView{ClaimDetail: d, FilterQuery: fq, ListURL: withQuery("/", fq)}
	if prev != "" {
		v.PrevURL = claimPath(prev, fq)
	}
	if next != "" {
		v.NextURL = claimPath(next, fq)
	}
	if d.Article.Text != "" {
		v.OffsetsOK = quoteMatches(d.Article.Text, d.Claim)
		v.All = highlightParagraphs(d.Article.Text, claimRanges(d.Claim))
		first, last := -1, -1
		for i, p := range v.All {
			if p.Focus {
				if first < 0 {
					first = i
				}
				last = i
			}
		}
		if first >= 0 {
			v.Focus = v.All[first : last+1]
			if first > 0 {
				v.Before = &v.All[first-1]
			}
			if last+1 < len(v.All) {
				v.After = &v.All[last+1]
			}
		}
	}
	for i, verdict := range Verdicts() {
		v.Buttons = append(v.Buttons, verdictButton{
			Value: verdict, Label: verdictLabel(verdict), Key: i + 1,
			Current: d.Review != nil && d.Review.Verdict == verdict,
		})
	}
	title := fmt.Sprintf("%s: “%s”", d.Speaker(), truncateRunes(d.Claim.Quote.Text, 60))
	s.render(w, r, http.StatusOK, pageData{Page: "claim", Title: title, Flash: flash(r.URL.Query()), Claim: v})
}

// postReviewer reads the reviewer field of a POST, remembers it in a
// cookie, and falls back to Options.Reviewer, then "anonymous".
func (s *server) postReviewer(w http.ResponseWriter, r *http.Request) string {
	name := strings.TrimSpace(r.PostForm.Get("reviewer"))
	if name != "" {
		http.SetCookie(w, &http.Cookie{
			Name: reviewerCookie, Value: url.QueryEscape(name), Path: "/",
			MaxAge: 365 * 24 * 3600, HttpOnly: true, SameSite: http.SameSiteStrictMode,
		})
		return name
	}
	if s.opts.Reviewer != "" {
		return s.opts.Reviewer
	}
	return "anonymous"
}

// backTo is the claim page to return to after a POST, keeping the list
// filter given in the form's "filter" field.
func backTo(id string, r *http.Request, saved string) string {
	vals := url.Values{}
	if q, err := url.ParseQuery(r.PostForm.Get("filter")); err == nil {
		vals = parseFilterForm(q).Values()
	}
	vals.Set("saved", saved)
	return claimPath(id, vals.Encode())
}

func (s *server) handleVerdict(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	verdict := r.PostForm.Get("verdict")
	note := strings.TrimSpace(r.PostForm.Get("note"))
	if !ValidVerdict(verdict) {
		http.Error(w, fmt.Sprintf("unknown verdict %q", verdict), http.StatusBadRequest)
		return
	}
	if err := s.store.SetVerdict(r.Context(), id, verdict, note, s.postReviewer(w, r)); err != nil {
		s.storeError(w, r, err)
		return
	}
	if r.PostForm.Get("advance") == "1" {
		q, _ := url.ParseQuery(r.PostForm.Get("filter"))
		f, _ := parseFilterForm(q).filter()
		_, next, err := s.store.Neighbors(r.Context(), id, f)
		if err != nil {
			s.storeError(w, r, err)
			return
		}
		if next != "" {
			http.Redirect(w, r, backTo(next, r, "verdict-advanced"), http.StatusSeeOther)
			return
		}
	}
	http.Redirect(w, r, backTo(id, r, "verdict"), http.StatusSeeOther)
}

func (s *server) handleSpeakerCorrection(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	name := strings.TrimSpace(r.PostForm.Get("name"))
	if r.PostForm.Has("clear") {
		name = ""
	}
	if err := s.store.CorrectSpeaker(r.Context(), id, name, s.postReviewer(w, r)); err != nil {
		s.storeError(w, r, err)
		return
	}
	saved := "speaker"
	if name == "" {
		saved = "speaker-cleared"
	}
	http.Redirect(w, r, backTo(id, r, saved), http.StatusSeeOther)
}

func (s *server) handleSpeaker(w http.ResponseWriter, r *http.Request) {
	name := strings.TrimSpace(r.URL.Query().Get("name"))
	if name == "" {
		http.Error(w, "give a speaker: /speaker?name=…", http.StatusBadRequest)
		return
	}
	rows, err := s.store.SpeakerClaims(r.Context(), name)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	v := &speakerView{Name: name, Rows: rows, Chart: buildChart(rows)}
	for _, row := range rows {
		if row.Correction != nil && row.Correction.Name != "" {
			v.Corrected++
		}
	}
	status := http.StatusOK
	if len(rows) == 0 {
		status = http.StatusNotFound
	}
	s.render(w, r, status, pageData{Page: "speaker", Title: name, Speaker: v})
}
