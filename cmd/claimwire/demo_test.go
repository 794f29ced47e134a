package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/claimwire/claimwire/extract"
	"github.com/claimwire/claimwire/output"
)

// demoRun runs `claimwire demo` in-process into a fresh directory and
// returns its records, every line validated against the schema files.
func demoRun(t *testing.T, extra ...string) ([]extract.Article, []extract.Claim) {
	t.Helper()
	dir := t.TempDir()
	code, stdout, stderr := runCLI(t, append([]string{"demo", "--out", dir}, extra...)...)
	if code != exitOK {
		t.Fatalf("demo exit %d\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	for _, want := range []string{"articles", "claims", "Top speakers", "articles.jsonl"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("demo summary lacks %q:\n%s", want, stdout)
		}
	}
	arts := readJSONL[extract.Article](t, filepath.Join(dir, "articles.jsonl"), output.ArticleSchema)
	claims := readJSONL[extract.Claim](t, filepath.Join(dir, "claims.jsonl"), output.ClaimSchema)
	return arts, claims
}

// cpSlice returns text[start:end] in code points, or fails the test when
// the range does not fit.
func cpSlice(t *testing.T, what string, runes []rune, start, end int) string {
	t.Helper()
	if start < 0 || end < start || end > len(runes) {
		t.Errorf("%s: range [%d,%d) outside the text (%d code points)", what, start, end, len(runes))
		return ""
	}
	return string(runes[start:end])
}

func TestDemoEndToEnd(t *testing.T) {
	arts, claims := demoRun(t)
	if len(arts) < 11 {
		t.Fatalf("demo wrote %d articles, want at least 11", len(arts))
	}
	if len(claims) < 30 {
		t.Errorf("demo wrote %d claims, want at least 30", len(claims))
	}

	byID := map[string]extract.Article{}
	for _, a := range arts {
		if _, dup := byID[a.ID]; dup {
			t.Errorf("article %s written twice", a.ID)
		}
		byID[a.ID] = a
		if strings.Contains(a.Text, "wpml.org") || strings.Contains(strings.ToLower(a.Text), "cookie") {
			t.Errorf("%s: boilerplate reached the text", a.URL)
		}
		runes := []rune(a.Text)
		for _, tx := range a.Timexes {
			if got := cpSlice(t, a.URL+" timex", runes, tx.Start, tx.End); got != tx.Text {
				t.Errorf("%s: timex %q does not match text %q", a.URL, tx.Text, got)
			}
		}
	}

	// Every span of every claim matches the article text.
	for _, c := range claims {
		a, ok := byID[c.ArticleID]
		if !ok {
			t.Errorf("claim %s refers to unknown article %s", c.ID, c.ArticleID)
			continue
		}
		runes := []rune(a.Text)
		if got := cpSlice(t, "quote", runes, c.Quote.Start, c.Quote.End); got != c.Quote.Text {
			t.Errorf("quote %q does not match text %q", c.Quote.Text, got)
		}
		for _, seg := range c.Quote.Segments {
			if seg[0] < c.Quote.Start || seg[1] > c.Quote.End || seg[0] >= seg[1] {
				t.Errorf("segment %v outside quote [%d,%d)", seg, c.Quote.Start, c.Quote.End)
			}
		}
		for what, sp := range map[string]*extract.Span{"cue": c.Cue, "mention": c.Speaker.Mention} {
			if sp == nil {
				continue
			}
			if got := cpSlice(t, what, runes, sp.Start, sp.End); got != sp.Text {
				t.Errorf("%s %q does not match text %q", what, sp.Text, got)
			}
		}
		for _, d := range c.Dates {
			if got := cpSlice(t, "date", runes, d.Start, d.End); got != d.Text {
				t.Errorf("date %q does not match text %q", d.Text, got)
			}
		}
		if c.Sentence.Start > c.Quote.Start || c.Sentence.End < c.Quote.End && c.Quote.Segments == nil {
			// The sentence range holds the quote (a split quote may run over
			// several sentences; its range covers them all).
			t.Errorf("sentence [%d,%d) does not hold quote [%d,%d)", c.Sentence.Start, c.Sentence.End, c.Quote.Start, c.Quote.End)
		}
		cpSlice(t, "sentence", runes, c.Sentence.Start, c.Sentence.End)
	}

	// The seed article's two anchor claims.
	find := func(snippet string) *extract.Claim {
		for i := range claims {
			if strings.Contains(claims[i].Quote.Text, snippet) {
				return &claims[i]
			}
		}
		return nil
	}
	if c := find("we are ready to move forward as constructively as possible"); c == nil {
		t.Error("no claim for Zelensky's direct quote")
	} else {
		if c.Speaker.Name != "Volodymyr Zelensky" {
			t.Errorf("Zelensky's quote attributed to %q", c.Speaker.Name)
		}
		if !slices.ContainsFunc(c.Dates, func(d extract.Timex) bool { return d.Value == "2025-04-21" }) {
			t.Errorf("Zelensky's quote dates = %+v, want 2025-04-21 among them", c.Dates)
		}
	}
	if c := find("Of course, we are satisfied with this"); c == nil {
		t.Error("no claim for Peskov's “Of course, we are satisfied with this”")
	} else if c.Speaker.Name != "Dmitry Peskov" {
		t.Errorf("“Of course, we are satisfied with this” attributed to %q", c.Speaker.Name)
	}
}

// expectedClaim is one line of demo/testdata/expected_claims.json: an
// attribution the demo pages were written with.
type expectedClaim struct {
	Path          string `json:"path"`
	Speaker       string `json:"speaker"`
	Kind          string `json:"kind"`
	Mention       string `json:"mention"`
	QuoteContains string `json:"quote_contains"`
	Cue           string `json:"cue"`
	Pattern       string `json:"pattern"`
	Date          string `json:"date"`
}

func TestDemoResolvesPronounsOrganisationsAndAccordingTo(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("..", "..", "demo", "testdata", "expected_claims.json"))
	if err != nil {
		t.Fatal(err)
	}
	var expected []expectedClaim
	if err := json.Unmarshal(raw, &expected); err != nil {
		t.Fatal(err)
	}
	_, claims := demoRun(t)
	found := map[string]int{}
	total := map[string]int{}
	for _, e := range expected {
		total[e.Pattern]++
		got := "no claim"
		for _, c := range claims {
			if strings.Contains(c.Quote.Text, e.QuoteContains) {
				if c.Speaker.Name == e.Speaker {
					found[e.Pattern]++
					got = ""
					break
				}
				got = fmt.Sprintf("speaker %q", c.Speaker.Name)
			}
		}
		if got != "" {
			t.Logf("miss (%s): %q by %q: %s", e.Pattern, e.QuoteContains, e.Speaker, got)
		}
	}
	t.Logf("expected attributions found, by pattern: %v of %v", found, total)
	for _, p := range []string{"pronoun", "organization", "according_to"} {
		if total[p] == 0 {
			t.Errorf("expected_claims.json has no %q attribution", p)
		} else if found[p] == 0 {
			t.Errorf("no %q attribution resolved correctly (of %d)", p, total[p])
		}
	}
}

// freeLoopbackAddr returns a loopback address with a port that was free a
// moment ago.
func freeLoopbackAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	return addr
}

// TestDemoIDsStableAcrossRuns runs the demo twice on the same address: the
// same pages at the same URLs must give the same article and claim ids.
// (Most demo pages name their public canonical URL, so their ids do not
// depend on the port at all; one page has no canonical link, as some real
// pages do, and its id comes from the URL it was fetched at.)
func TestDemoIDsStableAcrossRuns(t *testing.T) {
	addr := freeLoopbackAddr(t)
	a1, c1 := demoRun(t, "--addr", addr)
	a2, c2 := demoRun(t, "--addr", addr)
	ids := func(arts []extract.Article, claims []extract.Claim) []string {
		var out []string
		for _, a := range arts {
			out = append(out, "a:"+a.ID+":"+a.ContentHash)
		}
		for _, c := range claims {
			out = append(out, "c:"+c.ID)
		}
		slices.Sort(out)
		return out
	}
	if !slices.Equal(ids(a1, c1), ids(a2, c2)) {
		t.Errorf("ids differ between two runs:\n%v\n%v", ids(a1, c1), ids(a2, c2))
	}
}

// TestDemoTwiceKeepsStoreCounts runs the demo twice into one output
// directory: the SQLite store upserts by stable id, so the second run adds
// a run row and nothing else.
func TestDemoTwiceKeepsStoreCounts(t *testing.T) {
	dir := t.TempDir()
	addr := freeLoopbackAddr(t)
	counts := func() output.Counts {
		t.Helper()
		if code, stdout, stderr := runCLI(t, "demo", "-q", "--addr", addr, "--out", dir); code != exitOK {
			t.Fatalf("demo exit %d\n%s\n%s", code, stdout, stderr)
		}
		st, err := output.OpenStore(context.Background(), filepath.Join(dir, "claimwire.db"))
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		c, err := st.Counts(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	first := counts()
	second := counts()
	if first.Articles < 11 || first.Claims == 0 {
		t.Fatalf("first run stored %+v", first)
	}
	if second.Articles != first.Articles || second.Claims != first.Claims || second.Speakers != first.Speakers {
		t.Errorf("counts changed between runs: %+v then %+v", first, second)
	}
	if second.Runs != first.Runs+1 {
		t.Errorf("runs %d then %d, want one more", first.Runs, second.Runs)
	}
}
