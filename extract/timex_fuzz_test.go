package extract

import (
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzTimexes checks that Timexes never panics and that every span lies
// inside the text, in order, and matches the text it covers.
func FuzzTimexes(f *testing.F) {
	for _, s := range []string{
		"The envoys will hold talks in London on Wednesday.",
		"“On Monday,” he said — on Tuesday’s show — “we’ll meet on Friday.”",
		"last week’s 30-day truce, 4/21/2025, 2025-04-21, April 21, 2025",
		"\u200bMonday\u200b last\u00a0week 😀 at 3 p.m. EST, Nov. 6",
		"the third quarter of 1989, a year earlier, the same day",
		"\xff\xfeMay 5 \xc3",
	} {
		f.Add(s, int64(0))
		f.Add(s, timexSeedDCT.Unix())
	}
	f.Fuzz(func(t *testing.T, text string, unix int64) {
		dct := time.Time{}
		if unix != 0 {
			dct = time.Unix(unix%(1<<36), 0).UTC()
		}
		got := Timexes(text, dct)
		if got == nil {
			t.Fatal("nil result")
		}
		n := utf8.RuneCountInString(text)
		ri := NewRuneIndex(text)
		prevEnd := 0
		for _, x := range got {
			if x.Start < prevEnd || x.Start >= x.End || x.End > n {
				t.Fatalf("bad span %+v (text of %d code points, previous end %d)", x, n, prevEnd)
			}
			prevEnd = x.End
			if s := ri.Slice(x.Start, x.End); s != x.Text {
				t.Fatalf("span %+v covers %q", x, s)
			}
		}
	})
}
