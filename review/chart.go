package review

import (
	"fmt"
	"time"
)

// Chart geometry, in SVG user units.
const (
	chartWidth   = 1180
	chartHeight  = 240
	chartLeft    = 40 // room for the y axis labels
	chartRight   = 10
	chartTop     = 12
	chartBottom  = 36 // room for the x axis labels
	chartMinDays = 14 // a daily chart shows at least this many days
	chartMaxDays = 92 // longer spans are drawn by week
	chartMaxWks  = 156
	chartXLabels = 8
)

// claimChart is a bar chart of claims per day, week or month, drawn by the
// "chart" template as SVG.
type claimChart struct {
	Width, Height int
	Unit          string // "day", "week" or "month"
	Bars          []chartBar
	YTicks        []chartTick
	XTicks        []chartTick
	// Baseline is the y of the x axis; Left and Right bound the plot.
	Baseline, Left, Right float64
	Dated, Undated        int
}

// chartBar is one bucket's bar.
type chartBar struct {
	X, Y, W, H float64
	Count      int
	Label      string // the bucket, e.g. "2025-04-21" or "week of 2025-04-21"
}

// chartTick is an axis label at a position.
type chartTick struct {
	Pos   float64
	Label string
}

// buildChart buckets rows by their publication day and lays out the bars.
// It returns nil when no row has a date.
func buildChart(rows []ClaimRow) *claimChart {
	var days []time.Time
	undated := 0
	for _, r := range rows {
		t, ok := parsePublished(r.Published)
		if !ok {
			undated++
			continue
		}
		y, m, d := t.Date()
		days = append(days, time.Date(y, m, d, 0, 0, 0, 0, time.UTC))
	}
	if len(days) == 0 {
		return nil
	}
	first, last := days[0], days[0]
	for _, d := range days {
		if d.Before(first) {
			first = d
		}
		if d.After(last) {
			last = d
		}
	}
	unit, start, step := chartUnit(first, last)
	var buckets []time.Time
	for b := start(first); !b.After(last); b = step(b) {
		buckets = append(buckets, b)
	}
	for unit == "day" && len(buckets) < chartMinDays {
		buckets = append([]time.Time{buckets[0].AddDate(0, 0, -1)}, buckets...)
		if len(buckets) < chartMinDays {
			buckets = append(buckets, step(buckets[len(buckets)-1]))
		}
	}
	counts := make([]int, len(buckets))
	for _, d := range days {
		b := start(d)
		for i := range buckets {
			if buckets[i].Equal(b) {
				counts[i]++
				break
			}
		}
	}
	top := 1
	for _, n := range counts {
		top = max(top, n)
	}
	top = chartNiceMax(top)

	c := &claimChart{
		Width: chartWidth, Height: chartHeight, Unit: unit,
		Baseline: chartHeight - chartBottom, Left: chartLeft, Right: chartWidth - chartRight,
		Dated: len(days), Undated: undated,
	}
	plotH := c.Baseline - chartTop
	slot := (c.Right - c.Left) / float64(len(buckets))
	gap := min(slot*0.2, 4)
	for i, b := range buckets {
		h := plotH * float64(counts[i]) / float64(top)
		c.Bars = append(c.Bars, chartBar{
			X: c.Left + float64(i)*slot + gap/2, Y: c.Baseline - h, W: slot - gap, H: h,
			Count: counts[i], Label: chartBucketLabel(unit, b),
		})
	}
	for _, v := range []int{0, top / 2, top} {
		c.YTicks = append(c.YTicks, chartTick{Pos: c.Baseline - plotH*float64(v)/float64(top), Label: fmt.Sprint(v)})
	}
	every := max(1, (len(buckets)+chartXLabels-1)/chartXLabels)
	for i := 0; i < len(buckets); i += every {
		layout := "Jan 2"
		if unit == "month" {
			layout = "Jan 2006"
		}
		c.XTicks = append(c.XTicks, chartTick{Pos: c.Left + (float64(i)+0.5)*slot, Label: buckets[i].Format(layout)})
	}
	return c
}

// chartUnit picks the bucket size for a span of days: a function giving a
// day's bucket start, and one giving the next bucket.
func chartUnit(first, last time.Time) (string, func(time.Time) time.Time, func(time.Time) time.Time) {
	days := int(last.Sub(first).Hours() / 24)
	switch {
	case days <= chartMaxDays:
		return "day", func(t time.Time) time.Time { return t }, func(t time.Time) time.Time { return t.AddDate(0, 0, 1) }
	case days <= chartMaxWks*7:
		monday := func(t time.Time) time.Time {
			return t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7))
		}
		return "week", monday, func(t time.Time) time.Time { return t.AddDate(0, 0, 7) }
	default:
		month := func(t time.Time) time.Time { return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC) }
		return "month", month, func(t time.Time) time.Time { return t.AddDate(0, 1, 0) }
	}
}

func chartBucketLabel(unit string, b time.Time) string {
	switch unit {
	case "week":
		return "week of " + b.Format(time.DateOnly)
	case "month":
		return b.Format("January 2006")
	}
	return b.Format("Mon 2006-01-02")
}

// chartNiceMax rounds n up to an even number (so the middle tick is whole),
// and to 1, 2 or 5 times a power of ten above 10.
func chartNiceMax(n int) int {
	if n <= 2 {
		return 2
	}
	if n <= 10 {
		return n + n%2
	}
	p := 1
	for p*10 < n {
		p *= 10
	}
	for _, m := range []int{1, 2, 5, 10} {
		if m*p >= n {
			return m * p
		}
	}
	return 10 * p
}
