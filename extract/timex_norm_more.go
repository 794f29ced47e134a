package extract

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// This file holds the normalisers of durations, "ago" expressions, years,
// decades, sets, times of day, vague references, anaphora and holidays.

// timexUnitOf reads a (plural) unit word.
func timexUnitOf(u string) string {
	u = strings.ToLower(u)
	switch {
	case u == "centuries":
		return "century"
	case strings.HasSuffix(u, "s"):
		return strings.TrimSuffix(u, "s")
	}
	return u
}

// timexDurationValue formats a duration of n units ("P3D", "PT30H"),
// with X for an unknown count.
func timexDurationValue(n int, half, known bool, unit string) string {
	uc, ok := timexUnitCodes[unit]
	if !ok {
		return ""
	}
	code := uc.code
	if !known {
		if uc.isTime {
			return "PTX" + code
		}
		return "PX" + code
	}
	switch unit {
	case "decade":
		n, code = n*10, "Y"
	case "century":
		n, code = n*100, "Y"
	case "fortnight":
		n *= 2
	}
	if half {
		switch unit {
		case "year":
			return fmt.Sprintf("P%dY6M", n)
		case "day":
			return fmt.Sprintf("P%dDT12H", n)
		case "hour":
			return fmt.Sprintf("PT%dH30M", n)
		case "minute":
			return fmt.Sprintf("PT%dM30S", n)
		case "month":
			return fmt.Sprintf("P%dM2W", n)
		}
	}
	if n == 0 && half {
		switch unit {
		case "hour":
			return "PT30M"
		case "year":
			return "P6M"
		case "day":
			return "PT12H"
		}
	}
	if uc.isTime {
		return fmt.Sprintf("PT%d%s", n, code)
	}
	return fmt.Sprintf("P%d%s", n, code)
}

// timexQty reads a quantity: a number, or unknown ("several", "a few",
// "12 to 18").
func timexQty(s string) (n int, half, known bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	if strings.Contains(s, " to ") || strings.Contains(s, " or ") {
		return 0, false, false
	}
	s = strings.ReplaceAll(s, ",", "")
	n, half, ok := timexParseNumber(s)
	return n, half, ok
}

func timexNormAgo(c *timexCtx, m timexMatch) (string, string, bool) {
	n, _, known := timexQty(m.g("n"))
	u := timexUnitOf(m.g("u"))
	dir := m.g("dir")
	future := dir == "hence" || dir == "from now"
	if dir == "earlier" || dir == "later" {
		if u == "year" && n == 1 && known {
			if dir == "earlier" {
				return "DATE", c.yearAgo(false), true
			}
			if v, ok := c.lastPrev(func(v string) bool { return len(v) >= 4 && timexIsDigits(v[:4]) }); ok {
				s, _ := timexShiftYears(v, 1)
				return "DATE", s, true
			}
		}
		return "DURATION", timexDurationValue(n, false, known, u), true
	}
	if known && !future && u == "year" && n == 1 && c.known {
		return "DATE", c.yearAgo(false), true
	}
	if !known || !c.known {
		if future {
			return "DATE", "FUTURE_REF", true
		}
		return "DATE", "PAST_REF", true
	}
	if !future {
		n = -n
	}
	switch u {
	case "day", "night":
		return "DATE", c.dayOffset(n), true
	case "week", "fortnight":
		if u == "fortnight" {
			n *= 2
		}
		return "DATE", c.weekOffset(n), true
	case "month":
		return "DATE", c.monthOffset(n), true
	case "quarter":
		return "DATE", c.quarterOffset(n), true
	case "year":
		return "DATE", c.yearOffset(n), true
	case "decade":
		return "DATE", strconv.Itoa((c.dct.Year() + 10*n) / 10), true
	case "century":
		return "DATE", strconv.Itoa((c.dct.Year() + 100*n) / 100), true
	}
	return "TIME", c.dayOffset(0), true
}

func timexNormYear(c *timexCtx, m timexMatch) (string, string, bool) {
	y, ok := timexSpelledYear(m.g("y"))
	if !ok {
		return "", "", false
	}
	pre := m.g("pre")
	v := fmt.Sprintf("%04d", y)
	switch {
	case strings.Contains(pre, "first half"):
		v += "-H1"
	case strings.Contains(pre, "second half") || strings.Contains(pre, "last half") || strings.Contains(pre, "latter half"):
		v += "-H2"
	default:
		for w, code := range timexSeasons {
			if strings.Contains(pre, w+" of") {
				v += "-" + code
				break
			}
		}
	}
	return "DATE", v, true
}

func timexNormDecade(_ *timexCtx, m timexMatch) (string, string, bool) {
	switch {
	case m.has("dd"):
		return "DATE", m.g("dd"), true
	case m.has("d2"):
		return "DATE", "19" + m.g("d2"), true
	case m.has("dw"):
		return "DATE", "19" + strconv.Itoa(timexDecadeWords[m.g("dw")]), true
	}
	return "", "", false
}

func timexNormCentury(_ *timexCtx, m timexMatch) (string, string, bool) {
	n := timexDayNum(m.g("c"))
	if n < 1 || n > 30 {
		return "", "", false
	}
	return "DATE", fmt.Sprintf("%02d", n-1), true
}

// timexAmountBefore reports whether text before a match ends in an amount
// or a count of times ("$5 million a year", "twice a year").
func timexAmountBefore(b string) bool {
	b = strings.ToLower(strings.TrimRight(b, " "))
	if b == "" {
		return false
	}
	last := b[len(b)-1]
	if last >= '0' && last <= '9' || last == '%' {
		return true
	}
	for _, w := range []string{"million", "billion", "trillion", "thousand", "hundred", "dollars", "cents", "percent", "times", "once", "twice", "pounds", "yen", "marks", "francs", "tons", "barrels"} {
		if strings.HasSuffix(b, " "+w) || b == w {
			return true
		}
	}
	return false
}

// timexRateBefore reports whether the text before "a year", "a week"
// makes it a rate: an amount or count right before ("$2 million a year",
// "twice a year") or a counted plural noun ("four flights a week").
func timexRateBefore(b string) bool {
	if timexAmountBefore(b) {
		return true
	}
	b = strings.TrimRight(b, " ")
	w, s := timexWordBefore(b, 0, len(b))
	if len(w) < 3 || !strings.HasSuffix(w, "s") || s != len(b)-len(w) {
		return false
	}
	if timexAmountBefore(b[:s]) {
		return true
	}
	pw, _ := timexWordBefore(b, 0, s)
	_, _, ok := timexParseNumber(strings.ToLower(pw))
	return ok && pw != "a" && pw != "an"
}

func timexNormDuration(c *timexCtx, m timexMatch) (string, string, bool) {
	nText := m.g("n")
	u := timexUnitOf(m.g("u"))
	if nText == "one" && u == "day" && !m.has("mod") && !m.has("prep") {
		// "Islam will one day be...": some day to come.
		b := strings.TrimRight(m.before(12), " ")
		w, _ := timexWordBefore(b, 0, len(b))
		switch strings.ToLower(w) {
		case "will", "would", "could", "may", "might", "can", "shall", "should", "must":
			return "DATE", "FUTURE_REF", true
		}
	}
	n, half, known := timexQty(nText)
	if m.has("andhalf") && !half {
		// "a minute and a half".
		half = true
	}
	v := timexDurationValue(n, half, known, u)
	if v == "" {
		return "", "", false
	}
	if m.has("the") && u == "month" && n >= 6 {
		// "the first nine months": the period the text now reports on.
		c.yearPeriod = true
	}
	return "DURATION", v, true
}

func timexNormDurationAdj(_ *timexCtx, m timexMatch) (string, string, bool) {
	nText := m.g("n")
	u := timexUnitOf(m.g("u"))
	if nText == "half" {
		return "DURATION", timexDurationValue(0, true, true, u), true
	}
	n, half, known := timexQty(nText)
	if nText == "several" || nText == "multi" {
		known = false
	}
	v := timexDurationValue(n, half, known, u)
	if v == "" {
		return "", "", false
	}
	return "DURATION", v, true
}

func timexNormSet(_ *timexCtx, m timexMatch) (string, string, bool) {
	if m.has("times") {
		v := timexDurationValue(1, false, true, timexUnitOf(m.g("u2")))
		return "SET", v, v != ""
	}
	n := 1
	if m.has("n") {
		var ok bool
		n, _, ok = timexParseNumber(m.g("n"))
		if !ok {
			return "", "", false
		}
	}
	if m.has("other") {
		n *= 2
	}
	v := timexDurationValue(n, false, true, timexUnitOf(m.g("u")))
	return "SET", v, v != ""
}

func timexNormSetName(_ *timexCtx, m timexMatch) (string, string, bool) {
	switch {
	case m.has("wd"):
		return "SET", fmt.Sprintf("XXXX-WXX-%d", timexWeekdayNames[m.g("wd")]), true
	case m.has("mon"):
		return "SET", fmt.Sprintf("XXXX-%02d", timexMonthNum(m.g("mon"))), true
	case m.has("se"):
		return "SET", "XXXX-" + timexSeasons[m.g("se")], true
	}
	return "", "", false
}

func timexNormSetAdverb(_ *timexCtx, m timexMatch) (string, string, bool) {
	switch m.g("adv") {
	case "daily":
		return "SET", "P1D", true
	case "weekly":
		return "SET", "P1W", true
	case "biweekly":
		return "SET", "P2W", true
	case "monthly":
		return "SET", "P1M", true
	case "annually", "yearly":
		return "SET", "P1Y", true
	case "hourly":
		return "SET", "PT1H", true
	case "nightly":
		return "SET", "XXXX-XX-XXTNI", true
	}
	return "", "", false
}

func timexNormTime(c *timexCtx, m timexMatch) (string, string, bool) {
	var hh, mi int
	if nm := m.g("nm"); nm != "" {
		hh = 12
		if nm == "midnight" {
			hh = 24
		}
	} else {
		h, _, ok := timexParseNumber(m.g("h"))
		if !ok || h > 24 {
			return "", "", false
		}
		hh, mi = h, timexAtoi(m.g("mi"))
		ap := strings.ReplaceAll(m.g("ap"), ".", "")
		if ap == "pm" && hh < 12 {
			hh += 12
		}
		if ap == "am" && hh == 12 {
			hh = 0
		}
		if hh > 24 || (strings.HasPrefix(ap, "a") || strings.HasPrefix(ap, "p")) && h > 12 {
			return "", "", false
		}
	}
	var date string
	switch {
	case m.has("wd"):
		date = c.weekday(timexWeekdayNames[m.g("wd")], timexTense(c.text, m.start(), m.end(), false), false)
	case m.has("rd"):
		switch m.g("rd") {
		case "yesterday":
			date = c.dayOffset(-1)
		case "tomorrow":
			date = c.dayOffset(1)
		default:
			date = c.dayOffset(0)
		}
	case m.has("mon"):
		mo, d := timexMonthNum(m.g("mon")), timexDayNum(m.g("d"))
		if !timexValidDate(0, mo, d) {
			return "", "", false
		}
		if y, ok := c.monthYear(mo, d, timexTense(c.text, m.start(), m.end(), true)); ok {
			date = fmt.Sprintf("%04d-%02d-%02d", y, mo, d)
		} else {
			date = fmt.Sprintf("XXXX-%02d-%02d", mo, d)
		}
	default:
		date = c.timeDay(m)
	}
	if hh == 24 && mi == 0 {
		// TimeBank writes midnight as T24.
		return "TIME", date + "T24", true
	}
	return "TIME", fmt.Sprintf("%sT%02d:%02d", date, hh, mi), true
}

// timexOnWeekdayRE matches ", on Monday" right after a time of day.
var timexOnWeekdayRE = regexp.MustCompile(`^,?\s+(?:on\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b`)

func timexNormVague(_ *timexCtx, m timexMatch) (string, string, bool) {
	switch v := m.g("v"); {
	case v == "a while":
		return "DURATION", "PXX", true
	case v == "recently" || v == "recent" || v == "lately" || v == "the past" || strings.HasPrefix(v, "then"):
		return "DATE", "PAST_REF", true
	case strings.Contains(v, "future") || strings.Contains(v, "term") || v == "soon" || v == "a later date" || v == "as soon as possible":
		return "DATE", "FUTURE_REF", true
	}
	return "DATE", "PRESENT_REF", true
}

func timexNormVagueUnits(_ *timexCtx, m timexMatch) (string, string, bool) {
	if m.has("u2") {
		return "DURATION", timexDurationValue(0, false, false, timexUnitOf(m.g("u2"))), true
	}
	rel, u := m.g("rel"), timexUnitOf(m.g("u"))
	switch rel {
	case "recent":
		if u == "year" || u == "day" || u == "decade" {
			return "DATE", "PAST_REF", true
		}
		return "DURATION", timexDurationValue(0, false, false, u), true
	case "past":
		return "DATE", "PAST_REF", true
	}
	return "DATE", "FUTURE_REF", true
}

func timexNormYearAgo(c *timexCtx, m timexMatch) (string, string, bool) {
	off := 0
	if m.g("prep") == "since" {
		// "since year-end": the last one, before the DCT.
		off = -1
	}
	switch ya := m.g("ya"); {
	case ya != "year-end" && !strings.HasSuffix(ya, "end"):
	case m.has("mod"):
		// "around year end": late in the year.
		return "DATE", c.yearOffset(off) + "-12", true
	case ya == "year-end":
		if !c.known {
			return "DATE", "XXXX-12-31", true
		}
		return "DATE", c.yearOffset(off) + "-12-31", true
	default:
		return "DATE", c.yearOffset(off), true
	}
	return "DATE", c.yearAgo(false), true
}

func timexNormAnaphora(c *timexCtx, m timexMatch) (string, string, bool) {
	x := m.g("x")
	unit := x[strings.LastIndexByte(x, ' ')+1:]
	switch unit {
	case "day":
		if v, ok := c.lastPrev(timexIsDayValue); ok {
			return "DATE", v[:10], true
		}
		return "DATE", c.dayOffset(0), true
	case "week":
		if v, ok := c.lastPrev(func(v string) bool { return len(v) >= 8 && v[4:6] == "-W" || timexIsDayValue(v) }); ok {
			if timexIsDayValue(v) {
				if t, err := timexParseDay(v[:10]); err == nil {
					return "DATE", timexFmtWeek(t), true
				}
			}
			return "DATE", v[:8], true
		}
		return "DATE", c.weekOffset(0), true
	case "month":
		if v, ok := c.lastPrev(func(v string) bool {
			return len(v) >= 7 && timexIsDigits(v[:4]) && v[4] == '-' && timexIsDigits(v[5:7])
		}); ok {
			return "DATE", v[:7], true
		}
		return "DATE", c.monthOffset(0), true
	case "quarter":
		if v, ok := c.lastPrev(timexIsQuarterValue); ok {
			return "DATE", v, true
		}
		return "DATE", c.quarterOffset(0), true
	}
	if v, ok := c.lastPrev(func(v string) bool { return len(v) >= 4 && timexIsDigits(v[:4]) }); ok {
		return "DATE", v[:4], true
	}
	return "DATE", c.yearOffset(0), true
}

func timexNormBareUnits(_ *timexCtx, m timexMatch) (string, string, bool) {
	u := m.g("t")
	u = strings.TrimSpace(strings.TrimPrefix(u, "the"))
	v := timexDurationValue(0, false, false, timexUnitOf(u))
	return "DURATION", v, v != ""
}

// timexEndedAfter reports whether the match is followed by "ended" or
// "ending": "the year ended June 30" is a period of a year, a duration.
func timexEndedAfter(m timexMatch) bool {
	a := strings.ToLower(m.after(12))
	return strings.HasPrefix(a, " ended") || strings.HasPrefix(a, " ending") || strings.HasPrefix(a, " that ended")
}

// timexAcceptSpelledYear checks a spelled year: "nineteen ninety-six" from
// 1910 on; "two thousand" only as "the year two thousand" or after "in".
func timexAcceptSpelledYear(m timexMatch) bool {
	y := m.g("y")
	v, ok := timexSpelledYear(y)
	if !ok {
		return false
	}
	if strings.HasPrefix(y, "two") {
		return strings.Contains(m.g("pre"), "year") || m.has("mon") || strings.HasSuffix(strings.ToLower(m.before(6)), "in ")
	}
	return v >= 1910
}

func timexNormSpelledYear(_ *timexCtx, m timexMatch) (string, string, bool) {
	y, ok := timexSpelledYear(m.g("y"))
	if !ok {
		return "", "", false
	}
	v := fmt.Sprintf("%04d", y)
	if m.has("mon") {
		return "DATE", timexFmtMonth(y, timexMonthNum(m.g("mon"))), true
	}
	for w, code := range timexSeasons {
		if strings.Contains(m.g("pre"), w) {
			return "DATE", v + "-" + code, true
		}
	}
	return "DATE", v, true
}

// timexNormEarlyUnits reads "the first hours", "the early years": a
// duration of an unknown number of units.
func timexNormEarlyUnits(_ *timexCtx, m timexMatch) (string, string, bool) {
	v := timexDurationValue(0, false, false, timexUnitOf(m.g("u")))
	return "DURATION", v, v != ""
}

// timexNormTwoQuarters reads "the first two quarters of 1990" as a half
// year (without a year they are a duration).
func timexNormTwoQuarters(_ *timexCtx, m timexMatch) (string, string, bool) {
	h := "H1"
	if m.g("w") != "first" {
		h = "H2"
	}
	return "DATE", m.g("y") + "-" + h, true
}

// timexNormNthDay resolves "it's the second day of ..." to the DCT.
func timexNormNthDay(c *timexCtx, _ timexMatch) (string, string, bool) {
	return "DATE", c.dayOffset(0), true
}

// timexNormDayAnaphora resolves "the next day", "the previous day" against
// the text's previous day (else the DCT), and "later in the day" to it.
func timexNormDayAnaphora(c *timexCtx, m timexMatch) (string, string, bool) {
	off := 0
	switch m.g("rel") {
	case "next", "following":
		off = 1
	case "previous", "preceding":
		off = -1
	}
	if v, ok := c.lastPrev(timexIsDayValue); ok {
		if t, err := timexParseDay(v[:10]); err == nil {
			return "DATE", timexFmtDay(t.AddDate(0, 0, off)), true
		}
	}
	return "DATE", c.dayOffset(off), true
}

// timexNormHoliday resolves a holiday to its date in the DCT's year, moved
// by "last"/"next" or by the tense of its clause.
func timexNormHoliday(c *timexCtx, m timexMatch) (string, string, bool) {
	h := strings.ReplaceAll(m.g("hol"), "’", "'")
	year := func(y int) (time.Time, bool) {
		switch {
		case strings.HasPrefix(h, "christmas eve"):
			return time.Date(y, 12, 24, 0, 0, 0, 0, time.UTC), true
		case strings.HasPrefix(h, "christmas"):
			return time.Date(y, 12, 25, 0, 0, 0, 0, time.UTC), true
		case h == "new year's eve":
			return time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC), true
		case h == "new year's day":
			return time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), true
		case strings.HasPrefix(h, "easter"):
			return timexEaster(y), true
		case strings.HasPrefix(h, "thanksgiving"):
			return timexNthWeekday(y, 11, time.Thursday, 4), true
		case h == "independence day":
			return time.Date(y, 7, 4, 0, 0, 0, 0, time.UTC), true
		case h == "halloween":
			return time.Date(y, 10, 31, 0, 0, 0, 0, time.UTC), true
		case h == "valentine's day":
			return time.Date(y, 2, 14, 0, 0, 0, 0, time.UTC), true
		case h == "labor day":
			return timexNthWeekday(y, 9, time.Monday, 1), true
		case h == "memorial day":
			return timexNthWeekday(y, 6, time.Monday, 1).AddDate(0, 0, -7), true
		}
		return time.Time{}, false
	}
	if !c.known {
		t, ok := year(2001)
		if !ok {
			return "", "", false
		}
		if strings.HasPrefix(h, "easter") || strings.HasPrefix(h, "thanksgiving") || strings.HasSuffix(h, "r day") && !strings.HasPrefix(h, "new") {
			return "DATE", "XXXX-XX-XX", true
		}
		return "DATE", "XXXX" + timexFmtDay(t)[4:], true
	}
	y := c.dct.Year()
	t, ok := year(y)
	if !ok {
		return "", "", false
	}
	day := time.Date(c.dct.Year(), c.dct.Month(), c.dct.Day(), 0, 0, 0, 0, time.UTC)
	switch rel := m.g("rel"); {
	case rel == "last":
		if !t.Before(day) {
			t, _ = year(y - 1)
		}
	case rel == "next":
		if !t.After(day) {
			t, _ = year(y + 1)
		}
	case rel == "this":
	default:
		switch timexTense(c.text, m.start(), m.end(), false) {
		case timexTensePast:
			if t.After(day) {
				t, _ = year(y - 1)
			}
		case timexTenseFuture:
			if t.Before(day) {
				t, _ = year(y + 1)
			}
		}
	}
	return "DATE", timexFmtDay(t), true
}

// timexEaster is Easter Sunday of year y (Gregorian computus).
func timexEaster(y int) time.Time {
	a, b, cc := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := cc/4, cc%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
}

// timexNthWeekday is the n-th weekday wd of a month.
func timexNthWeekday(y, month int, wd time.Weekday, n int) time.Time {
	t := time.Date(y, time.Month(month), 1, 0, 0, 0, 0, time.UTC)
	t = t.AddDate(0, 0, (int(wd)-int(t.Weekday())+7)%7)
	return t.AddDate(0, 0, 7*(n-1))
}

// timexNormTime24 resolves "1430 GMT", "14:30 GMT" on the sentence's day.
func timexNormTime24(c *timexCtx, m timexMatch) (string, string, bool) {
	h, mi := timexAtoi(m.g("h")), timexAtoi(m.g("mi"))
	if h > 23 || mi > 59 {
		return "", "", false
	}
	return "TIME", fmt.Sprintf("%sT%02d:%02d", c.timeDay(m), h, mi), true
}

// timeDay is the day of a time of day written without one: the weekday
// right after it ("at 3 p.m. on Monday"), else the sentence's day.
func (c *timexCtx) timeDay(m timexMatch) string {
	a := m.after(24)
	if loc := timexOnWeekdayRE.FindStringSubmatchIndex(a); loc != nil {
		return c.weekday(timexWeekdayNames[strings.ToLower(a[loc[2]:loc[3]])], timexTense(c.text, m.start(), m.end(), false), false)
	}
	return c.sentenceDay(m.start(), m.end())
}
