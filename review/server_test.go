package review

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// testServer is a review server over the fixture corpus.
type testServer struct {
	t     *testing.T
	fx    fxCorpus
	store Store
	h     http.Handler
}

// newTestServer serves the fixture corpus from a MemStore, or from a fresh
// SQLite store when $CLAIMWIRE_REVIEW_STORE is "sqlite" (see
// TestServerOnSQLite).
func newTestServer(t *testing.T, opts Options) *testServer {
	t.Helper()
	fx := newCorpus(t)
	var st Store = NewMemStore(fx.articles, fx.claims)
	if os.Getenv(testStoreEnv) == "sqlite" {
		st = newSQLiteTestStore(t, fx.articles, fx.claims)
	}
	return &testServer{t: t, fx: fx, store: st, h: NewServer(st, opts)}
}

// do serves one request addressed to 127.0.0.1 and returns the response
// and its body.
func (ts *testServer) do(req *http.Request) (*http.Response, string) {
	ts.t.Helper()
	if req.Host == "example.com" { // httptest.NewRequest's default
		req.Host = "127.0.0.1:8080"
	}
	rec := httptest.NewRecorder()
	ts.h.ServeHTTP(rec, req)
	res := rec.Result()
	body, _ := io.ReadAll(res.Body)
	return res, string(body)
}

func (ts *testServer) get(target string) (*http.Response, string) {
	ts.t.Helper()
	return ts.do(httptest.NewRequest(http.MethodGet, target, nil))
}

func (ts *testServer) post(target string, form url.Values) (*http.Response, string) {
	ts.t.Helper()
	req := httptest.NewRequest(http.MethodPost, target, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	return ts.do(req)
}

var csrfField = regexp.MustCompile(`name="csrf" value="([^"]+)"`)

// csrf reads the CSRF token from a claim page's form.
func (ts *testServer) csrf(claimID string) string {
	ts.t.Helper()
	_, body := ts.get("/claims/" + claimID)
	m := csrfField.FindStringSubmatch(body)
	if m == nil {
		ts.t.Fatalf("no csrf field on the claim page:\n%s", body)
	}
	return m[1]
}

var rowLink = regexp.MustCompile(`<a class="open" href="/claims/([0-9a-f]+)`)

// listIDs returns the claim ids a list page links to, in order.
func listIDs(body string) []string {
	var ids []string
	for _, m := range rowLink.FindAllStringSubmatch(body, -1) {
		ids = append(ids, m[1])
	}
	return ids
}

func TestListFilters(t *testing.T) {
	ts := newTestServer(t, Options{})
	fx := ts.fx
	if err := ts.store.SetVerdict(context.Background(), fx.mayor.ID, VerdictFalse, "", "ana"); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		query string
		want  int      // total
		has   []string // claim ids that must be listed
		hasnt []string
	}{
		{"all", "", 12, []string{fx.port.ID, fx.script.ID}, nil},
		{"speaker substring, any case", "speaker=carvalho", 7, []string{fx.port.ID}, []string{fx.mayor.ID}},
		{"speaker in Cyrillic", "speaker=" + url.QueryEscape("петрова"), 2, []string{fx.mayor.ID, fx.mayorRu.ID}, nil},
		{"outlet", "outlet=metro", 2, []string{fx.mayor.ID}, []string{fx.port.ID}},
		{"date range inclusive", "from=2025-04-21&to=2025-04-22", 5, []string{fx.port.ID, fx.mayor.ID}, []string{fx.script.ID}},
		{"type", "type=indirect", 3, []string{fx.portIndirect.ID, fx.shipping.ID, fx.mayor.ID}, nil},
		{"verdict", "verdict=false", 1, []string{fx.mayor.ID}, nil},
		{"unreviewed", "verdict=unreviewed", 11, []string{fx.port.ID}, []string{fx.mayor.ID}},
		{"reviewed", "verdict=reviewed", 1, []string{fx.mayor.ID}, nil},
		{"text search", "q=" + url.QueryEscape("CRANES ARE"), 7, []string{fx.port.ID}, nil},
		{"combined", "speaker=carvalho&from=2025-04-25&type=direct", 5, nil, []string{fx.port.ID}},
		{"bad date is ignored", "from=yesterday", 12, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, body := ts.get("/?" + tt.query)
			if res.StatusCode != http.StatusOK {
				t.Fatalf("status %d", res.StatusCode)
			}
			ids := listIDs(body)
			if len(ids) != tt.want {
				t.Errorf("listed %d claims, want %d", len(ids), tt.want)
			}
			if tt.want > 0 && !strings.Contains(body, " of "+strconv.Itoa(tt.want)+"<") {
				t.Errorf("count line does not say %d", tt.want)
			}
			for _, id := range tt.has {
				if !containsID(ids, id) {
					t.Errorf("claim %s missing", id)
				}
			}
			for _, id := range tt.hasnt {
				if containsID(ids, id) {
					t.Errorf("claim %s listed, should be filtered out", id)
				}
			}
		})
	}
	if _, body := ts.get("/?from=yesterday"); !strings.Contains(body, "use YYYY-MM-DD") {
		t.Error("a bad date is not reported")
	}
}

func containsID(ids []string, id string) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}

func TestListPaging(t *testing.T) {
	ts := newTestServer(t, Options{PageSize: 5})
	var all []string
	next := "/?speaker=carvalho"
	for page := 1; next != ""; page++ {
		res, body := ts.get(next)
		if res.StatusCode != http.StatusOK {
			t.Fatalf("page %d: status %d", page, res.StatusCode)
		}
		ids := listIDs(body)
		all = append(all, ids...)
		m := regexp.MustCompile(`href="([^"]+)" rel="next" id="page-next"`).FindStringSubmatch(body)
		next = ""
		if m != nil {
			next = strings.ReplaceAll(m[1], "&amp;", "&")
			if !strings.Contains(next, "speaker=carvalho") {
				t.Errorf("next page link %q drops the filter", next)
			}
		}
		if page > 3 {
			t.Fatal("paging does not end")
		}
	}
	if len(all) != 7 {
		t.Fatalf("paged through %d claims, want 7", len(all))
	}
	seen := map[string]bool{}
	for _, id := range all {
		if seen[id] {
			t.Errorf("claim %s on two pages", id)
		}
		seen[id] = true
	}
	// Newest first.
	_, body := ts.get("/?speaker=carvalho&n=1")
	if ids := listIDs(body); len(ids) != 1 || ids[0] != ts.fx.claims[len(ts.fx.claims)-1].ID {
		t.Errorf("first claim is %v, want the newest", ids)
	}
	if _, body := ts.get("/?speaker=carvalho&page=9"); len(listIDs(body)) != 0 || !strings.Contains(body, "7 in all") {
		t.Error("a page past the end should be empty")
	}
}

func TestVerdictPost(t *testing.T) {
	ts := newTestServer(t, Options{Reviewer: "default-reviewer"})
	id := ts.fx.port.ID
	token := ts.csrf(id)
	tests := []struct {
		name   string
		form   url.Values
		origin string
		want   int
	}{
		{"no csrf token", url.Values{"verdict": {"false"}}, "", http.StatusForbidden},
		{"wrong csrf token", url.Values{"verdict": {"false"}, "csrf": {"x" + token}}, "", http.StatusForbidden},
		{"cross-origin", url.Values{"verdict": {"false"}, "csrf": {token}}, "http://evil.example", http.StatusForbidden},
		{"unknown verdict", url.Values{"verdict": {"maybe"}, "csrf": {token}}, "", http.StatusBadRequest},
		{"ok", url.Values{"verdict": {"disputed"}, "note": {"  figures differ  "}, "reviewer": {"Zoë"}, "csrf": {token}, "filter": {"speaker=carvalho&evil=1"}}, "http://127.0.0.1:8080", http.StatusSeeOther},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req := httptest.NewRequest(http.MethodPost, "/claims/"+id+"/verdict", strings.NewReader(tt.form.Encode()))
			req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
			if tt.origin != "" {
				req.Header.Set("Origin", tt.origin)
			}
			res, body := ts.do(req)
			if res.StatusCode != tt.want {
				t.Fatalf("status %d, want %d: %s", res.StatusCode, tt.want, body)
			}
			d, err := ts.store.GetClaim(context.Background(), id)
			if err != nil {
				t.Fatal(err)
			}
			if tt.want != http.StatusSeeOther {
				if d.Review != nil {
					t.Fatalf("verdict stored after a refused POST: %+v", d.Review)
				}
				return
			}
			if d.Review == nil || d.Review.Verdict != VerdictDisputed || d.Review.Note != "figures differ" || d.Review.Reviewer != "Zoë" || d.Review.Time.IsZero() {
				t.Fatalf("stored review %+v", d.Review)
			}
			loc := res.Header.Get("Location")
			if want := "/claims/" + id + "?saved=verdict&speaker=carvalho"; loc != want {
				t.Errorf("redirect to %q, want %q", loc, want)
			}
			_, page := ts.get(loc)
			for _, s := range []string{"Verdict saved.", `id="verdict-badge">Disputed<`, "figures differ", "Zoë"} {
				if !strings.Contains(page, s) {
					t.Errorf("claim page after the POST lacks %q", s)
				}
			}
		})
	}
	// A POST to any other path without the token is refused as well.
	if res, _ := ts.post("/nowhere", nil); res.StatusCode != http.StatusForbidden {
		t.Errorf("POST /nowhere: status %d, want 403", res.StatusCode)
	}
}

func TestSpeakerCorrection(t *testing.T) {
	ts := newTestServer(t, Options{})
	id := ts.fx.portIndirect.ID
	token := ts.csrf(id)
	if res, _ := ts.post("/claims/"+id+"/speaker", url.Values{"name": {"Rui Matos"}}); res.StatusCode != http.StatusForbidden {
		t.Fatalf("correction without csrf: status %d", res.StatusCode)
	}
	res, _ := ts.post("/claims/"+id+"/speaker", url.Values{"name": {"Rui Matos"}, "reviewer": {"ana"}, "csrf": {token}})
	if res.StatusCode != http.StatusSeeOther {
		t.Fatalf("status %d", res.StatusCode)
	}
	_, page := ts.get("/claims/" + id)
	if !strings.Contains(page, "Rui Matos") || !strings.Contains(page, "extracted as") {
		t.Error("claim page does not show the correction next to the extracted speaker")
	}
	_, sp := ts.get("/speaker?name=rui+matos")
	if ids := listIDs(sp); len(ids) != 1 || ids[0] != id {
		t.Errorf("speaker page of the corrected name lists %v", ids)
	}
	if _, list := ts.get("/?speaker=officials"); len(listIDs(list)) != 0 {
		t.Error("the corrected claim is still listed under the extracted speaker")
	}
	d, _ := ts.store.GetClaim(context.Background(), id)
	if d.Claim.Speaker.Name != "officials" || d.Correction == nil || d.Correction.Reviewer != "ana" {
		t.Errorf("extracted speaker %q, correction %+v", d.Claim.Speaker.Name, d.Correction)
	}
	ts.post("/claims/"+id+"/speaker", url.Values{"clear": {"1"}, "csrf": {token}})
	if d, _ := ts.store.GetClaim(context.Background(), id); d.Correction != nil {
		t.Error("correction not removed")
	}
}

func TestTokenAuth(t *testing.T) {
	const secret = "s3cret-token"
	ts := newTestServer(t, Options{Token: secret})
	get := func(target string, mod func(*http.Request)) *http.Response {
		req := httptest.NewRequest(http.MethodGet, target, nil)
		req.Host = "203.0.113.7:8080" // not loopback: the token is what counts
		if mod != nil {
			mod(req)
		}
		res, _ := ts.do(req)
		return res
	}
	tests := []struct {
		name string
		path string
		mod  func(*http.Request)
		want int
	}{
		{"no token", "/", nil, http.StatusUnauthorized},
		{"no token on static", "/static/app.js", nil, http.StatusUnauthorized},
		{"no token on export", "/export.csv", nil, http.StatusUnauthorized},
		{"bearer", "/", func(r *http.Request) { r.Header.Set("Authorization", "Bearer "+secret) }, http.StatusOK},
		{"wrong bearer", "/", func(r *http.Request) { r.Header.Set("Authorization", "Bearer nope") }, http.StatusUnauthorized},
		{"cookie", "/", func(r *http.Request) { r.AddCookie(&http.Cookie{Name: tokenCookie, Value: secret}) }, http.StatusOK},
		{"wrong cookie", "/", func(r *http.Request) { r.AddCookie(&http.Cookie{Name: tokenCookie, Value: "x"}) }, http.StatusUnauthorized},
		{"query token", "/?token=" + secret + "&speaker=x", nil, http.StatusSeeOther},
		{"wrong query token", "/?token=nope", nil, http.StatusUnauthorized},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := get(tt.path, tt.mod)
			if res.StatusCode != tt.want {
				t.Fatalf("status %d, want %d", res.StatusCode, tt.want)
			}
			if tt.want != http.StatusSeeOther {
				return
			}
			if loc := res.Header.Get("Location"); loc != "/?speaker=x" {
				t.Errorf("redirect to %q, want the URL without the token", loc)
			}
			var got *http.Cookie
			for _, c := range res.Cookies() {
				if c.Name == tokenCookie {
					got = c
				}
			}
			if got == nil || got.Value != secret || !got.HttpOnly || got.SameSite != http.SameSiteStrictMode {
				t.Errorf("token cookie %+v", got)
			}
		})
	}
	// The redirect that drops ?token= stays on this server.
	if res := get("//evil.example/x?token="+secret, nil); res.Header.Get("Location") != "/evil.example/x" {
		t.Errorf("redirect from //evil.example/x to %q", res.Header.Get("Location"))
	}
	// With the token, a POST still needs the CSRF token.
	req := httptest.NewRequest(http.MethodPost, "/claims/"+ts.fx.port.ID+"/verdict", strings.NewReader("verdict=false"))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Authorization", "Bearer "+secret)
	if res, _ := ts.do(req); res.StatusCode != http.StatusForbidden {
		t.Errorf("authorized POST without csrf: status %d, want 403", res.StatusCode)
	}
}

func TestLoopbackOnlyWithoutToken(t *testing.T) {
	ts := newTestServer(t, Options{})
	for host, want := range map[string]int{
		"127.0.0.1:8080":       http.StatusOK,
		"localhost:8080":       http.StatusOK,
		"[::1]:8080":           http.StatusOK,
		"evil.example":         http.StatusMisdirectedRequest,
		"192.168.1.10:8080":    http.StatusMisdirectedRequest,
		"127.0.0.1.nip.io:80":  http.StatusMisdirectedRequest,
		"localhost.evil.com:1": http.StatusMisdirectedRequest,
	} {
		req := httptest.NewRequest(http.MethodGet, "/", nil)
		req.Host = host
		if res, _ := ts.do(req); res.StatusCode != want {
			t.Errorf("Host %s: status %d, want %d", host, res.StatusCode, want)
		}
	}
}

func TestLoopbackAddr(t *testing.T) {
	for addr, want := range map[string]bool{
		"127.0.0.1:8080": true, "[::1]:0": true, "localhost:80": true, "127.1.2.3:1": true,
		":8080": false, "0.0.0.0:8080": false, "[::]:8080": false, "192.168.0.2:80": false, "example.com:80": false, "nonsense": false,
	} {
		if got := LoopbackAddr(addr); got != want {
			t.Errorf("LoopbackAddr(%q) = %v, want %v", addr, got, want)
		}
	}
}

func TestSecurityHeaders(t *testing.T) {
	ts := newTestServer(t, Options{})
	for _, path := range []string{"/", "/claims/" + ts.fx.port.ID, "/static/app.js"} {
		res, _ := ts.get(path)
		csp := res.Header.Get("Content-Security-Policy")
		if !strings.Contains(csp, "script-src 'self'") || strings.Contains(csp, "unsafe-inline") {
			t.Errorf("%s: CSP %q", path, csp)
		}
		if res.Header.Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("%s: no nosniff", path)
		}
	}
	_, body := ts.get("/")
	if strings.Contains(body, "<script>") || regexp.MustCompile(`\son[a-z]+=`).MatchString(body) {
		t.Error("page has an inline script or event handler, which the CSP blocks")
	}
}

func TestEscaping(t *testing.T) {
	ts := newTestServer(t, Options{})
	id := ts.fx.script.ID
	pages := map[string]string{
		"list":    "/",
		"claim":   "/claims/" + id,
		"speaker": "/speaker?name=Sam+Hart",
	}
	for name, path := range pages {
		t.Run(name, func(t *testing.T) {
			_, body := ts.get(path)
			if strings.Contains(body, "<script>alert(1)") {
				t.Fatal("the quote's script tag reached the page unescaped")
			}
			if !strings.Contains(body, "&lt;script&gt;alert(1)&lt;/script&gt;") {
				t.Error("the quote is not shown as text")
			}
		})
	}
	_, body := ts.get("/claims/" + id)
	if strings.Contains(body, "<b>bold</b>") || !strings.Contains(body, "A &lt;b&gt;bold&lt;/b&gt; headline &amp; more") {
		t.Error("the title is not escaped")
	}
	// A note with markup is stored as given and shown as text.
	token := ts.csrf(id)
	ts.post("/claims/"+id+"/verdict", url.Values{"verdict": {"not_a_claim"}, "note": {`<img src=x onerror=alert(2)>`}, "csrf": {token}})
	_, body = ts.get("/claims/" + id)
	if strings.Contains(body, "<img src=x") || !strings.Contains(body, "&lt;img src=x onerror=alert(2)&gt;") {
		t.Error("the note is not escaped")
	}
}

func TestClaimPageHighlightsNonASCII(t *testing.T) {
	ts := newTestServer(t, Options{})
	tests := []struct {
		name string
		id   string
		want []string
	}{
		{"split quote with accents", ts.fx.port.ID, []string{
			`“<mark class="quote">We cannot reopen the terminals before the cranes are inspected,</mark>” <mark class="cue">said</mark> <mark class="speaker">Inês Carvalho</mark>, the port’s operations director. “<mark class="quote">Safety comes first — always.</mark>”`,
			"the port’s operations director",
			`<p class="para ctx">The port of Valmora will stay closed until Friday, officials said on Monday.</p>`,
			`<p class="para ctx">Shipping companies said the closure would cost them millions of euros.</p>`,
		}},
		{"Cyrillic", ts.fx.mayorRu.ID, []string{
			`“<mark class="quote">Мы готовы к открытию,</mark>” <mark class="speaker">Петрова</mark> <mark class="cue">told</mark> reporters`,
		}},
		{"indirect after Cyrillic name", ts.fx.mayor.ID, []string{
			`<mark class="speaker">Ольга Петрова</mark>, the mayor of Novodar, <mark class="cue">said</mark> <mark class="quote">the bridge would reopen in May</mark>.`,
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, body := ts.get("/claims/" + tt.id)
			if res.StatusCode != http.StatusOK {
				t.Fatalf("status %d", res.StatusCode)
			}
			for _, w := range tt.want {
				if !strings.Contains(body, w) {
					t.Errorf("page lacks\n%s", w)
				}
			}
			if strings.Contains(body, "do not select its text") {
				t.Error("offsets reported as wrong")
			}
		})
	}
}

func TestClaimPageNeighbours(t *testing.T) {
	ts := newTestServer(t, Options{})
	// Carvalho's claims, newest first: update-5 … update-0, then the port
	// claim.
	_, list := ts.get("/?speaker=carvalho")
	ids := listIDs(list)
	_, body := ts.get("/claims/" + ids[1] + "?speaker=carvalho")
	for _, w := range []string{
		`href="/claims/` + ids[0] + `?speaker=carvalho" id="prev"`,
		`href="/claims/` + ids[2] + `?speaker=carvalho" id="next"`,
	} {
		if !strings.Contains(body, w) {
			t.Errorf("claim page lacks %s", w)
		}
	}
	_, body = ts.get("/claims/" + ids[len(ids)-1] + "?speaker=carvalho")
	if strings.Contains(body, `id="next"`) {
		t.Error("the last claim has a next link")
	}
	if res, _ := ts.get("/claims/nope"); res.StatusCode != http.StatusNotFound {
		t.Errorf("unknown claim: status %d", res.StatusCode)
	}
}

func TestSpeakerPage(t *testing.T) {
	ts := newTestServer(t, Options{})
	res, body := ts.get("/speaker?name=In%C3%AAs+Carvalho")
	if res.StatusCode != http.StatusOK {
		t.Fatalf("status %d", res.StatusCode)
	}
	if got := len(listIDs(body)); got != 7 {
		t.Errorf("lists %d claims, want 7", got)
	}
	if !strings.Contains(body, `<svg`) || !strings.Contains(body, "Claims per day") {
		t.Error("no chart")
	}
	// 2025-04-21 … 2025-05-03 by day: 13 days, padded to 14 bars, 7 with a claim.
	if n := strings.Count(body, "<rect"); n != 14 {
		t.Errorf("%d bars, want 14", n)
	}
	if n := strings.Count(body, ": 1 claim<"); n != 7 {
		t.Errorf("%d days with one claim, want 7", n)
	}
	if res, _ := ts.get("/speaker?name=Nobody"); res.StatusCode != http.StatusNotFound {
		t.Errorf("unknown speaker: status %d", res.StatusCode)
	}
}

func TestExport(t *testing.T) {
	ts := newTestServer(t, Options{})
	ctx := context.Background()
	ts.store.SetVerdict(ctx, ts.fx.port.ID, VerdictSupported, "matches the press release", "ana")
	ts.store.SetVerdict(ctx, ts.fx.script.ID, VerdictNotAClaim, "=HYPERLINK(\"x\")", "bo")
	ts.store.CorrectSpeaker(ctx, ts.fx.script.ID, "Samuel Hart", "bo")

	t.Run("csv", func(t *testing.T) {
		res, body := ts.get("/export.csv?verdict=reviewed&bom=1")
		if ct := res.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/csv") {
			t.Errorf("content type %q", ct)
		}
		if !strings.Contains(res.Header.Get("Content-Disposition"), "attachment") {
			t.Error("not an attachment")
		}
		body, ok := strings.CutPrefix(body, "\ufeff")
		if !ok {
			t.Error("no BOM with bom=1")
		}
		recs, err := csv.NewReader(strings.NewReader(body)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if len(recs) != 3 {
			t.Fatalf("%d records, want header + 2", len(recs))
		}
		col := map[string]int{}
		for i, h := range recs[0] {
			col[h] = i
		}
		byID := map[string][]string{}
		for _, r := range recs[1:] {
			byID[r[col["claim_id"]]] = r
		}
		port := byID[ts.fx.port.ID]
		if port == nil || port[col["verdict"]] != "supported" || port[col["note"]] != "matches the press release" ||
			port[col["quote"]] != ts.fx.port.Quote.Text || port[col["speaker"]] != "Inês Carvalho" {
			t.Errorf("port row %q", port)
		}
		script := byID[ts.fx.script.ID]
		if script == nil || script[col["note"]] != `'=HYPERLINK("x")` || script[col["corrected_speaker"]] != "Samuel Hart" {
			t.Errorf("script row %q", script)
		}
	})
	t.Run("jsonl", func(t *testing.T) {
		_, body := ts.get("/export.jsonl?speaker=hart")
		lines := strings.Split(strings.TrimSpace(body), "\n")
		if len(lines) != 1 {
			t.Fatalf("%d lines, want 1", len(lines))
		}
		var rec exportRecord
		if err := json.Unmarshal([]byte(lines[0]), &rec); err != nil {
			t.Fatal(err)
		}
		if rec.Claim.ID != ts.fx.script.ID || rec.Review == nil || rec.Review.Verdict != VerdictNotAClaim ||
			rec.SpeakerCorrection == nil || rec.SpeakerCorrection.Name != "Samuel Hart" || rec.Claim.Quote.Text != ts.fx.script.Quote.Text {
			t.Errorf("record %+v", rec)
		}
	})
	t.Run("all", func(t *testing.T) {
		_, body := ts.get("/export.jsonl")
		if n := strings.Count(body, "\n"); n != len(ts.fx.claims) {
			t.Errorf("%d lines, want %d", n, len(ts.fx.claims))
		}
	})
}

func TestVerdictAdvancesToNextClaim(t *testing.T) {
	ts := newTestServer(t, Options{})
	_, list := ts.get("/?verdict=unreviewed&speaker=carvalho")
	ids := listIDs(list)
	token := ts.csrf(ids[0])
	res, _ := ts.post("/claims/"+ids[0]+"/verdict", url.Values{
		"verdict": {"supported"}, "advance": {"1"}, "csrf": {token}, "filter": {"verdict=unreviewed&speaker=carvalho"},
	})
	want := "/claims/" + ids[1] + "?saved=verdict-advanced&speaker=carvalho&verdict=unreviewed"
	if loc := res.Header.Get("Location"); loc != want {
		t.Fatalf("redirect to %q, want %q", loc, want)
	}
	// At the end of the list it stays on the claim.
	last := ids[len(ids)-1]
	res, _ = ts.post("/claims/"+last+"/verdict", url.Values{"verdict": {"false"}, "advance": {"1"}, "csrf": {token}, "filter": {"speaker=carvalho"}})
	if loc := res.Header.Get("Location"); loc != "/claims/"+last+"?saved=verdict&speaker=carvalho" {
		t.Errorf("last claim: redirect to %q", loc)
	}
}
