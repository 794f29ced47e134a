package extract

import (
	"os"
	"strings"
	"testing"
	"time"
)

func TestTimexDebug(t *testing.T) {
	s := os.Getenv("TIMEX_DEBUG")
	if s == "" {
		t.Skip("set TIMEX_DEBUG")
	}
	dct := time.Date(1989, 10, 30, 0, 0, 0, 0, time.UTC)
	if d := os.Getenv("TIMEX_DCT"); d != "" {
		dct, _ = time.Parse("2006-01-02", d)
	}
	if os.Getenv("TIMEX_DCT") == "zero" {
		dct = time.Time{}
	}
	for _, x := range Timexes(s, dct) {
		t.Logf("{%q, %d, %d, %q, %q},", x.Text, x.Start, x.End, x.Type, x.Value)
	}
}

func TestTimexBigDebug(t *testing.T) {
	if os.Getenv("TIMEX_BIG") == "" {
		t.Skip("set TIMEX_BIG")
	}
	s := strings.Repeat("The envoys will meet on Wednesday. Last week, a 30-day truce expired on Friday after 3 p.m. in 2014 and two years ago. ", 10000)
	st := time.Now()
	n := len(Timexes(s, timexSeedDCT))
	t.Logf("%d bytes, %d timexes, %v", len(s), n, time.Since(st))
	s = strings.Repeat("x", 1<<20) + " 2014 " + strings.Repeat("y", 1<<20)
	st = time.Now()
	n = len(Timexes(s, timexSeedDCT))
	t.Logf("%d bytes, %d timexes, %v", len(s), n, time.Since(st))
}
