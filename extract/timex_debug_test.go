package extract

import (
	"os"
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
