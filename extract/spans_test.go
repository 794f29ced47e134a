package extract

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// cpSlice is the reference: text[start:end] in code points, as Python and
// PostgreSQL count.
func cpSlice(text string, start, end int) string {
	r := []rune(text)
	return string(r[start:end])
}

func TestRuneIndexSpans(t *testing.T) {
	tests := []struct {
		name, text, sub string
		wantStart       int
	}{
		{"ascii", "He said no.", "said", 3},
		{"curly quotes", "“Of course,” he said.", "he", 13},
		{"en dash", "the US – we are ready", "we", 9},
		{"accents", "Zelenskyy’s café said", "said", 17},
		{"cjk", "대통령은 말했다 said", "said", 9},
		{"outside the BMP", "🙂 emoji then said", "said", 13},
		{"combining mark", "e\u0301 said", "said", 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ri := NewRuneIndex(tt.text)
			b := strings.Index(tt.text, tt.sub)
			sp := ri.Span(b, b+len(tt.sub))
			if sp.Text != tt.sub || sp.Start != tt.wantStart || sp.End != tt.wantStart+utf8.RuneCountInString(tt.sub) {
				t.Fatalf("Span = %+v, want %q at %d", sp, tt.sub, tt.wantStart)
			}
			if got := cpSlice(tt.text, sp.Start, sp.End); got != sp.Text {
				t.Errorf("code point slice %q != span text %q", got, sp.Text)
			}
			if ri.Slice(sp.Start, sp.End) != tt.sub {
				t.Errorf("Slice = %q", ri.Slice(sp.Start, sp.End))
			}
			if ri.Byte(sp.Start) != b {
				t.Errorf("Byte(%d) = %d, want %d", sp.Start, ri.Byte(sp.Start), b)
			}
		})
	}
}

func TestRuneIndexClampsAndSnaps(t *testing.T) {
	text := "a“b"
	ri := NewRuneIndex(text)
	if ri.Len() != 3 {
		t.Fatalf("Len = %d", ri.Len())
	}
	// Byte 2 is inside “ (bytes 1..3): it maps to the character's start.
	if got := ri.CP(2); got != 1 {
		t.Errorf("CP(2) = %d, want 1", got)
	}
	if ri.CP(-5) != 0 || ri.CP(100) != 3 || ri.Byte(-1) != 0 || ri.Byte(99) != len(text) {
		t.Error("offsets out of range are not clamped")
	}
	if sp := ri.Span(4, 2); sp.Text != "" || sp.End < sp.Start {
		t.Errorf("reversed range gave %+v", sp)
	}
}

// FuzzRuneIndex checks the span invariant on arbitrary text: for any byte
// range on character boundaries, the span's text is the code point slice.
func FuzzRuneIndex(f *testing.F) {
	for _, s := range []string{"", "plain", "“curly” ‘single’", "&rsquo; — …", "🙂🙃 emoji", "zero\u200bwidth", "\xff\xfe bad bytes"} {
		f.Add(s, 0, 3)
	}
	f.Fuzz(func(t *testing.T, text string, a, b int) {
		if !utf8.ValidString(text) {
			text = strings.ToValidUTF8(text, "\uFFFD")
		}
		ri := NewRuneIndex(text)
		n := ri.Len()
		if n != utf8.RuneCountInString(text) {
			t.Fatalf("Len = %d, want %d", n, utf8.RuneCountInString(text))
		}
		if n == 0 {
			return
		}
		c0, c1 := abs(a)%(n+1), abs(b)%(n+1)
		if c0 > c1 {
			c0, c1 = c1, c0
		}
		sp := ri.Span(ri.Byte(c0), ri.Byte(c1))
		if sp.Start != c0 || sp.End != c1 {
			t.Fatalf("round trip [%d,%d) gave [%d,%d)", c0, c1, sp.Start, sp.End)
		}
		if got := cpSlice(text, sp.Start, sp.End); got != sp.Text {
			t.Fatalf("span text %q != code point slice %q", sp.Text, got)
		}
	})
}

func abs(x int) int {
	if x < 0 {
		if x == -x { // math.MinInt
			return 0
		}
		return -x
	}
	return x
}
