package extract

import (
	"sort"
	"testing"
	"time"
)

func TestTimexRuleCost(t *testing.T) {
	b := &testing.B{}
	texts, _ := timexBenchDocs(b)
	rules := timexRules()
	cost := make([]time.Duration, len(rules))
	nwin := make([]int, len(rules))
	nbytes := make([]int, len(rules))
	for _, text := range texts {
		for ri, wins := range timexWindows(text, len(rules)) {
			st := time.Now()
			for _, w := range wins {
				rules[ri].re.FindAllStringSubmatchIndex(text[w[0]:w[1]], -1)
				nbytes[ri] += w[1] - w[0]
			}
			cost[ri] += time.Since(st)
			nwin[ri] += len(wins)
		}
	}
	idx := make([]int, len(rules))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(a, b int) bool { return cost[idx[a]] > cost[idx[b]] })
	for _, i := range idx {
		t.Logf("%-20s %8v windows %5d bytes %7d", rules[i].name, cost[i], nwin[i], nbytes[i])
	}
}
