package review

import (
	"strings"
	"testing"
)

// render draws paragraphs as text with [class: ...] marks and | between
// paragraphs, and * before focused ones.
func renderParagraphs(ps []hlParagraph) string {
	var b strings.Builder
	for i, p := range ps {
		if i > 0 {
			b.WriteString("|")
		}
		if p.Focus {
			b.WriteString("*")
		}
		for _, pc := range p.Pieces {
			if pc.Class == "" {
				b.WriteString(pc.Text)
			} else {
				b.WriteString("[" + pc.Class + ":" + pc.Text + "]")
			}
		}
	}
	return b.String()
}

func TestHighlightParagraphs(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		ranges []hlRange
		want   string
	}{
		{"plain", "One.\n\nTwo.", nil, "One.|Two."},
		{"blank lines with spaces and extra breaks", "\n One.\n  \n\n\nTwo.\nstill two.\n\n", nil, " One.|Two.\nstill two."},
		{"quote in second paragraph, code points", "Ä “é”.\n\n“Ünïcode ok,” ©.",
			[]hlRange{{9, 20, markQuote}}, "Ä “é”.|*“[quote:Ünïcode ok,]” ©."},
		{"quote across paragraphs", "“A b.\n\nC d,” e.",
			[]hlRange{{1, 11, markQuote}}, "*“[quote:A b.]|*[quote:C d,]” e."},
		{"overlap: quote beats cue beats speaker", "abcdefgh",
			[]hlRange{{0, 4, markSpeaker}, {2, 6, markCue}, {5, 8, markQuote}}, "*[speaker:ab][cue:cde][quote:fgh]"},
		{"offsets past the end are clipped", "abc",
			[]hlRange{{1, 99, markQuote}, {-5, 1, markCue}}, "*[cue:a][quote:bc]"},
		{"empty and reversed ranges mark nothing", "abc",
			[]hlRange{{1, 1, markQuote}, {2, 1, markQuote}}, "abc"},
		{"astral characters count as one", "😀😀 ab",
			[]hlRange{{3, 5, markQuote}}, "*😀😀 [quote:ab]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := renderParagraphs(highlightParagraphs(tt.text, tt.ranges)); got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestQuoteMatches(t *testing.T) {
	fx := newCorpus(t)
	port := fx.articles[0]
	if !quoteMatches(port.Text, fx.port) {
		t.Error("correct code point offsets reported as wrong")
	}
	// Byte offsets (a common mistake) select other text.
	bad := fx.port
	b := strings.Index(port.Text, "We cannot")
	bad.Quote.Start, bad.Quote.End = b, b+len("We cannot reopen the terminals before the cranes are inspected,")
	if quoteMatches(port.Text, bad) {
		t.Error("byte offsets not detected")
	}
	bad.Quote.End = 1 << 20
	if quoteMatches(port.Text, bad) {
		t.Error("out of range offsets not detected")
	}
}

// FuzzHighlightParagraphs checks that marking never loses or reorders
// text, whatever the ranges.
func FuzzHighlightParagraphs(f *testing.F) {
	f.Add("“A,” he said.\n\n“B.”", 1, 3, 5, 9)
	f.Add("\u200b\n\n\n é\r\n\r\nx", 0, 2, -1, 40)
	f.Fuzz(func(t *testing.T, text string, s1, e1, s2, e2 int) {
		ps := highlightParagraphs(text, []hlRange{{s1, e1, markQuote}, {s2, e2, markCue}})
		var joined strings.Builder
		for _, p := range ps {
			for _, pc := range p.Pieces {
				joined.WriteString(pc.Text)
			}
		}
		// Every non-space character of text appears, in order.
		want := strings.Join(strings.Fields(string([]rune(text))), "")
		got := strings.Join(strings.Fields(joined.String()), "")
		if got != want {
			t.Errorf("text changed:\n got %q\nwant %q", got, want)
		}
	})
}
