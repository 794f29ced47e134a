package extract

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// timexBenchDocs returns the TimeBank texts and DCTs when ../shared/eval
// is present, else a synthetic news article.
func timexBenchDocs(b *testing.B) (texts []string, dcts []time.Time) {
	b.Helper()
	f, err := os.Open(filepath.Join("..", "..", "shared", "eval", "timex", "timebank.jsonl"))
	if err == nil {
		defer f.Close()
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 0, 1<<20), 16<<20)
		for sc.Scan() {
			var d struct {
				DCT  string `json:"dct"`
				Text string `json:"text"`
			}
			if json.Unmarshal(sc.Bytes(), &d) != nil {
				continue
			}
			dct, _ := time.Parse("2006-01-02", d.DCT[:min(len(d.DCT), 10)])
			texts, dcts = append(texts, d.Text), append(dcts, dct)
		}
	}
	if len(texts) == 0 {
		texts = []string{strings.Repeat("The envoys will hold talks in London on Wednesday. Last week’s meeting in Paris failed; "+
			"a 30-day truce expired on Friday and fighting resumed after the 30-hour Easter truce. "+
			"Sales in the third quarter rose 5% from a year earlier, the company said on Monday. ", 8)}
		dcts = []time.Time{timexSeedDCT}
	}
	return texts, dcts
}

// BenchmarkTimexes reports the cost of tagging one document (ns/doc) and
// per KB of text.
func BenchmarkTimexes(b *testing.B) {
	texts, dcts := timexBenchDocs(b)
	total := 0
	for _, t := range texts {
		total += len(t)
	}
	_ = timexRules() // compile the rules outside the timing
	b.ResetTimer()
	b.ReportAllocs()
	for b.Loop() {
		for i, t := range texts {
			Timexes(t, dcts[i])
		}
	}
	perRound := float64(b.Elapsed().Nanoseconds()) / float64(b.N)
	b.ReportMetric(perRound/float64(len(texts)), "ns/doc")
	b.ReportMetric(perRound/(float64(total)/1024), "ns/KB")
	b.ReportMetric(float64(len(texts)), "docs")
}
