package review

import (
	"testing"
)

func TestBuildChart(t *testing.T) {
	rows := func(dates ...string) []ClaimRow {
		var rs []ClaimRow
		for _, d := range dates {
			rs = append(rs, ClaimRow{Published: d})
		}
		return rs
	}
	tests := []struct {
		name    string
		rows    []ClaimRow
		unit    string
		bars    int
		counts  map[string]int
		undated int
	}{
		{"one day padded to two weeks", rows("2025-04-21", "2025-04-21T23:30:00-05:00", ""), "day", chartMinDays,
			map[string]int{"Mon 2025-04-21": 2}, 1},
		{"by week across a year end", rows("2024-12-30", "2025-01-05", "2025-01-06", "2025-04-14T08:00:00Z"), "week", 16,
			map[string]int{"week of 2024-12-30": 2, "week of 2025-01-06": 1, "week of 2025-04-14": 1}, 0},
		{"by month over years", rows("2020-01-15", "2020-01-31", "2025-04-01"), "month", 64,
			map[string]int{"January 2020": 2, "April 2025": 1}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := buildChart(tt.rows)
			if c.Unit != tt.unit || len(c.Bars) != tt.bars || c.Undated != tt.undated {
				t.Fatalf("unit %s, %d bars, %d undated; want %s, %d, %d", c.Unit, len(c.Bars), c.Undated, tt.unit, tt.bars, tt.undated)
			}
			sum := 0
			for _, b := range c.Bars {
				sum += b.Count
				if want, ok := tt.counts[b.Label]; ok && b.Count != want {
					t.Errorf("%s: %d, want %d", b.Label, b.Count, want)
				}
				if b.Y < chartTop-0.001 || b.Y+b.H > c.Baseline+0.001 || b.X < c.Left || b.X+b.W > c.Right+0.001 {
					t.Errorf("bar %+v outside the plot", b)
				}
			}
			if sum != len(tt.rows)-tt.undated {
				t.Errorf("bars hold %d claims, want %d", sum, len(tt.rows)-tt.undated)
			}
		})
	}
	if buildChart(rows("", "someday")) != nil {
		t.Error("a chart for undated claims")
	}
}

func TestChartNiceMax(t *testing.T) {
	for n, want := range map[int]int{0: 2, 1: 2, 2: 2, 3: 4, 9: 10, 10: 10, 11: 20, 37: 50, 51: 100, 100: 100, 101: 200} {
		if got := chartNiceMax(n); got != want {
			t.Errorf("chartNiceMax(%d) = %d, want %d", n, got, want)
		}
	}
}
