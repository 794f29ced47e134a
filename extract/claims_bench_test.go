package extract

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// BenchmarkClaims measures Claims on the seed article, reporting ns per
// token (tokens as the eval counts them: runs of letters and digits).
func BenchmarkClaims(b *testing.B) {
	data, err := os.ReadFile("testdata/claims/seed.txt")
	if err != nil {
		b.Fatal(err)
	}
	a := Article{ID: "seed", Text: string(data)}
	ntok := len(strings.FieldsFunc(a.Text, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r > 127)
	}))
	if _, err := Claims(a, ClaimOptions{}); err != nil { // load models
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		if _, err := Claims(a, ClaimOptions{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(ntok), "ns/token")
}

func ExampleClaims() {
	a := Article{ID: "demo", Text: "Kremlin spokesman Dmitry Peskov said on Monday that talks would continue. “Of course, we are satisfied with this,” he said."}
	claims, err := Claims(a, ClaimOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range claims {
		fmt.Printf("%s | %s (%s, %s) | %s | %q\n", c.Type, c.Speaker.Name, *c.Speaker.Role, c.Speaker.Mention.Text, c.Cue.Text, c.Quote.Text)
	}
	// Output:
	// indirect | Dmitry Peskov (Kremlin spokesman, Kremlin spokesman Dmitry Peskov) | said | "that talks would continue"
	// direct | Dmitry Peskov (Kremlin spokesman, he) | said | "“Of course, we are satisfied with this,”"
}
