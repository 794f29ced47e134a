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
	for _, x := range Timexes(s, dct) {
		t.Logf("%q %d %d %s %s", x.Text, x.Start, x.End, x.Type, x.Value)
	}
}
