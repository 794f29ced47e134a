package extract

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// This file holds the normalisers of the tagger's calendar rules (dates,
// weekdays, months, quarters, relative units): each turns one match into a
// TIMEX3 type and value, resolving it against the DCT and the text's
// earlier expressions (timex_resolve.go). timex_norm_more.go has the rest.

func timexAtoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

func timexValidDate(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 {
		return false
	}
	days := [...]int{31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}
	if d > days[m-1] {
		return false
	}
	if m == 2 && d == 29 && y > 0 && !(y%4 == 0 && (y%100 != 0 || y%400 == 0)) {
		return false
	}
	return true
}

func timexNormISO(_ *timexCtx, m timexMatch) (string, string, bool) {
	y, mo, d := timexAtoi(m.g("y")), timexAtoi(m.g("m")), timexAtoi(m.g("d"))
	if !timexValidDate(y, mo, d) {
		return "", "", false
	}
	v := fmt.Sprintf("%04d-%02d-%02d", y, mo, d)
	if m.has("hh") {
		return "TIME", v + "T" + m.g("hh") + ":" + m.g("mi"), true
	}
	return "DATE", v, true
}

func timexNormSlash(_ *timexCtx, m timexMatch) (string, string, bool) {
	mo, d, y := timexAtoi(m.g("m")), timexAtoi(m.g("d")), timexAtoi(m.g("y"))
	if mo > 12 && d <= 12 {
		mo, d = d, mo
	}
	if len(m.g("y")) == 2 {
		if y > 40 {
			y += 1900
		} else {
			y += 2000
		}
	}
	if !timexValidDate(y, mo, d) {
		return "", "", false
	}
	return "DATE", fmt.Sprintf("%04d-%02d-%02d", y, mo, d), true
}

// timexMonthNum reads a month name as matched.
func timexMonthNum(s string) int {
	return timexMonthNames[strings.TrimSuffix(strings.ToLower(s), ".")]
}

// timexDayNum reads "21", "21st", "twenty-first".
func timexDayNum(s string) int {
	s = strings.ToLower(s)
	if n, ok := timexOrdinals[s]; ok {
		return n
	}
	s = strings.TrimRight(s, "stndrh")
	return timexAtoi(s)
}

func timexNormMonthDay(c *timexCtx, m timexMatch) (string, string, bool) {
	mo := timexMonthNum(m.g("mon"))
	ds := m.g("d")
	if ds == "" {
		ds = m.g("dw")
	}
	d := timexDayNum(ds)
	if m.has("y") {
		y := timexAtoi(m.g("y"))
		if !timexValidDate(y, mo, d) {
			return "", "", false
		}
		return "DATE", fmt.Sprintf("%04d-%02d-%02d", y, mo, d), true
	}
	if !timexValidDate(0, mo, d) {
		return "", "", false
	}
	if loc := timexRangeYearRE.FindStringSubmatchIndex(m.after(24)); loc != nil && !m.has("d1") {
		// "April 5 to 10, 2025": the year after the range is the start's.
		a := m.after(24)
		if y := timexAtoi(a[loc[2]:loc[3]]); timexValidDate(y, mo, d) {
			return "DATE", fmt.Sprintf("%04d-%02d-%02d", y, mo, d), true
		}
	}
	// A day of a month lies within half a year of the DCT more often than
	// the tense of its clause says: "payable Jan. 2", "had been set to
	// expire Nov. 6".
	tense := timexNearTense(c.text, m.start())
	if strings.HasPrefix(m.g("rel"), "this") {
		tense = timexTenseFuture
	}
	y, ok := c.monthYear(mo, d, tense)
	if !ok {
		return "DATE", fmt.Sprintf("XXXX-%02d-%02d", mo, d), true
	}
	return "DATE", fmt.Sprintf("%04d-%02d-%02d", y, mo, d), true
}

// timexRangeYearRE matches the rest of a range of days that ends in a
// year: " to 10, 2025".
var timexRangeYearRE = regexp.MustCompile(`^\s*(?:-|–|to|through|until|and)\s*(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?,?\s+((?:1[6-9]|20)[0-9][0-9])\b`)

// timexSpelledYear reads "nineteen ninety-six", "two thousand and one".
func timexSpelledYear(s string) (int, bool) {
	s = strings.ToLower(strings.ReplaceAll(s, "-", " "))
	switch {
	case strings.HasPrefix(s, "nineteen"):
		rest := strings.TrimSpace(strings.TrimPrefix(s, "nineteen"))
		if strings.HasPrefix(rest, "hundred") {
			rest = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(strings.TrimPrefix(rest, "hundred")), "and"))
			if rest == "" {
				return 1900, true
			}
		}
		n, _, ok := timexParseNumber(rest)
		if !ok || n >= 100 {
			return 0, false
		}
		return 1900 + n, true
	case strings.HasPrefix(s, "two thousand"):
		rest := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(strings.TrimPrefix(s, "two thousand")), "and"))
		if rest == "" {
			return 2000, true
		}
		n, _, ok := timexParseNumber(rest)
		if !ok || n >= 100 {
			return 0, false
		}
		return 2000 + n, true
	}
	n, err := strconv.Atoi(s)
	return n, err == nil
}

func timexNormMonth(c *timexCtx, m timexMatch) (string, string, bool) {
	mo := timexMonthNum(m.g("mon"))
	if mo == 0 {
		return "", "", false
	}
	switch {
	case m.has("y"):
		return "DATE", timexFmtMonth(timexAtoi(m.g("y")), mo), true
	case m.has("sy"):
		y, ok := timexSpelledYear(m.g("sy"))
		if !ok {
			return "", "", false
		}
		return "DATE", timexFmtMonth(y, mo), true
	}
	if !c.known {
		return "DATE", fmt.Sprintf("XXXX-%02d", mo), true
	}
	y, cm := c.dct.Year(), int(c.dct.Month())
	switch rel := m.g("rel"); {
	case m.has("ry"):
		switch m.g("ry") {
		case "last":
			y--
		case "next":
			y++
		}
	case rel == "last" || rel == "past" || rel == "this past":
		if mo >= cm {
			y--
		}
	case rel == "next" || rel == "coming" || rel == "this coming":
		if mo <= cm {
			y++
		}
	case rel == "this":
	default:
		tense := timexTense(c.text, m.start(), m.end(), true)
		if w, ws := timexWordBefore(c.text, 0, m.start()); timexUntilWords[strings.ToLower(w)] {
			// "through January", "until March": the month is ahead; but
			// "this year through August" counts from the year's start.
			tense = timexTenseFuture
			if strings.HasSuffix(strings.ToLower(strings.TrimRight(c.text[max(0, ws-12):ws], " ")), "this year") {
				tense = timexTenseNone
			}
		}
		y, _ = c.monthYear(mo, 0, tense)
	}
	return "DATE", timexFmtMonth(y, mo), true
}

// timexUntilWords introduce a limit ahead: "through January".
var timexUntilWords = map[string]bool{"until": true, "till": true, "through": true, "by": true}

var timexPartOfDayCodes = map[string]string{
	"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "nights": "NI",
	"mid-afternoon": "AF", "midafternoon": "AF", "mid-morning": "MO", "midmorning": "MO",
	"overnight": "NI",
}

func timexNormWeekday(c *timexCtx, m timexMatch) (string, string, bool) {
	wd := timexWeekdayNames[m.g("wd")]
	if wd == 0 {
		return "", "", false
	}
	podCode := timexPartOfDayCodes[m.g("pod")]
	if m.has("q") || m.has("pl") || m.g("pod") == "nights" {
		v := fmt.Sprintf("XXXX-WXX-%d", wd)
		if podCode != "" {
			v += "T" + podCode
		}
		return "SET", v, true
	}
	var v string
	switch rel := m.g("rel"); rel {
	case "the previous":
		v = c.weekday(wd, timexTensePast, true)
		if prev, ok := c.lastPrev(timexIsDayValue); ok {
			if t, err := timexParseDay(prev[:10]); err == nil {
				d := timexMod(int(t.Weekday())-wd%7, 7)
				if d == 0 {
					d = 7
				}
				v = timexFmtDay(t.AddDate(0, 0, -d))
			}
		}
	case "last", "past", "this past":
		v = c.weekday(wd, timexTensePast, rel != "this past")
	case "next", "the following", "coming", "this coming":
		v = c.weekday(wd, timexTenseFuture, rel == "next")
	case "this":
		tense := timexTense(c.text, m.start(), m.end(), false)
		if tense == timexTenseNone {
			tense = timexTenseFuture
		}
		v = c.weekday(wd, tense, false)
	default:
		v = c.weekday(wd, timexTense(c.text, m.start(), m.end(), false), false)
	}
	if podCode != "" {
		return "TIME", v + "T" + podCode, true
	}
	return "DATE", v, true
}

func timexNormRelDay(c *timexCtx, m timexMatch) (string, string, bool) {
	var v string
	pod := m.g("pod")
	if pod == "" {
		pod = strings.TrimPrefix(strings.TrimPrefix(m.g("pod1"), "mid-"), "mid")
	}
	switch m.g("rd") {
	case "today":
		if !c.known {
			v = "PRESENT_REF"
			if pod != "" {
				v = "XXXX-XX-XX"
			}
		} else {
			v = c.dayOffset(0)
		}
	case "tonight":
		return "TIME", c.dayOffset(0) + "TNI", true
	case "yesterday":
		v = c.dayOffset(-1)
	case "tomorrow":
		v = c.dayOffset(1)
	case "the day before yesterday":
		v = c.dayOffset(-2)
	case "the day after tomorrow":
		v = c.dayOffset(2)
	default:
		return "", "", false
	}
	if code := timexPartOfDayCodes[pod]; code != "" {
		return "TIME", v + "T" + code, true
	}
	return "DATE", v, true
}

func timexNormPartOfDay(c *timexCtx, m timexMatch) (string, string, bool) {
	if mid := m.g("mid"); mid != "" {
		code := "AF"
		if strings.HasSuffix(mid, "morning") {
			code = "MO"
		}
		return "TIME", c.sentenceDay(m.start(), m.end()) + "T" + code, true
	}
	code := timexPartOfDayCodes[m.g("pod")]
	off := 0
	if m.g("rel") == "the" {
		if m.g("pod") == "night" {
			return "", "", false
		}
		return "TIME", c.sentenceDay(m.start(), m.end()) + "T" + code, true
	}
	if m.g("rel") == "last" {
		if m.g("pod") != "night" {
			return "", "", false
		}
		off = -1
	}
	return "TIME", c.dayOffset(off) + "T" + code, true
}

func timexQuarterNum(s string) int {
	switch s {
	case "first", "1st":
		return 1
	case "second", "2nd":
		return 2
	case "third", "3rd":
		return 3
	case "fourth", "4th", "final":
		return 4
	}
	return 0
}

func timexNormQuarter(c *timexCtx, m timexMatch) (string, string, bool) {
	half := m.g("qu") == "half" || m.has("hn")
	n := timexQuarterNum(m.g("qn"))
	if half {
		if m.has("hn") || n >= 2 {
			n = 2
		}
	}
	year, known := 0, c.known
	if known {
		year = c.dct.Year()
	}
	explicit := false
	switch {
	case m.has("qy2"):
		year, known, explicit = timexAtoi(m.g("qy2")), true, true
	case m.has("qr"):
		explicit = true
		switch m.g("qr") {
		case "last":
			year--
		case "next":
			year++
		}
	case m.has("qr2"):
		explicit = true
		switch m.g("qr2") {
		case "previous", "prior":
			year--
		case "following":
			year++
		}
	}
	if !explicit {
		// Every modifier before the ordinal; the regexp keeps only the last
		// repetition of qy, so look at the whole match text.
		lead := strings.ToLower(m.text[m.start():m.end()])
		switch {
		case timexYearIn(lead) > 0:
			year, known, explicit = timexYearIn(lead), true, true
		case strings.Contains(lead, "last year's") || strings.Contains(lead, "year-ago") || strings.Contains(lead, "year-earlier") || strings.Contains(lead, "comparable") || strings.Contains(lead, "corresponding"):
			year--
			explicit = true
		case strings.Contains(lead, "next year's"):
			year++
			explicit = true
		case strings.Contains(lead, "this year's"):
			explicit = true
		}
	}
	if !known {
		if half {
			return "DATE", fmt.Sprintf("XXXX-H%d", n), true
		}
		return "DATE", fmt.Sprintf("XXXX-Q%d", n), true
	}
	if !explicit && !half && n > timexQuarterOf(c.dct) {
		// A quarter not yet begun, talked about in the past, is last year's.
		if timexTense(c.text, m.start(), m.end(), false) == timexTensePast || timexQuarterOf(c.dct) == 1 && n == 4 {
			year--
		}
	}
	if half {
		return "DATE", fmt.Sprintf("%04d-H%d", year, n), true
	}
	v := fmt.Sprintf("%04d-Q%d", year, n)
	if c.known && v > c.quarterOffset(-1) && !timexEndedAfter(m) && timexTense(c.text, m.start(), m.end(), false) != timexTensePast {
		// "will result in a fourth-quarter charge": a quarter not yet
		// ended is not the one the text reports on.
		return "DATE", v, true
	}
	return "DATE", c.nameQuarter(v), true
}

// timexYearIn returns the first four-digit year in s, or 0.
func timexYearIn(s string) int {
	for i := 0; i+4 <= len(s); i++ {
		if timexIsDigits(s[i:i+4]) && (i == 0 || s[i-1] < '0' || s[i-1] > '9') && (i+4 == len(s) || s[i+4] < '0' || s[i+4] > '9') {
			y := timexAtoi(s[i : i+4])
			if y >= 1600 && y <= 2099 {
				return y
			}
		}
	}
	return 0
}

func timexNormQuarterRef(c *timexCtx, m timexMatch) (string, string, bool) {
	adj := m.g("adj")
	det := m.g("det")
	switch {
	case strings.Contains(adj, "year-ago") || strings.Contains(adj, "year-earlier") || strings.Contains(adj, "comparable") || strings.Contains(adj, "corresponding") || m.has("ago") || strings.HasPrefix(det, "last year"):
		return "DATE", c.yearAgo(true), true
	case strings.Contains(adj, "latest") || strings.Contains(adj, "most recent"):
		// The latest quarter is the last one reported: the one the text
		// named, unless that one has not ended yet.
		if c.quarter != "" {
			return "DATE", c.nameQuarter(c.quarter), true
		}
		return "DATE", c.nameQuarter(c.quarterOffset(-1)), true
	case timexYearIn(adj) > 0:
		ref := c.currentQuarterRef()
		if timexIsQuarterValue(ref) && !c.yearPeriod {
			return "DATE", c.nameQuarter(fmt.Sprintf("%04d-%s", timexYearIn(adj), ref[5:])), true
		}
		return "DATE", strconv.Itoa(timexYearIn(adj)), true
	case strings.Contains(adj, "previous") || strings.Contains(adj, "prior") || strings.Contains(adj, "preceding"):
		ref := c.currentQuarterRef()
		if timexIsQuarterValue(ref) {
			y, q := timexAtoi(ref[:4]), int(ref[6]-'0')
			q--
			if q == 0 {
				y, q = y-1, 4
			}
			return "DATE", c.nameQuarter(fmt.Sprintf("%04d-Q%d", y, q)), true
		}
		return "DATE", c.quarterOffset(-2), true
	case strings.Contains(adj, "current") || det == "this":
		return "DATE", c.nameQuarter(c.quarterOffset(0)), true
	case det == "last":
		return "DATE", c.nameQuarter(c.quarterOffset(-1)), true
	case det == "next":
		return "DATE", c.nameQuarter(c.quarterOffset(1)), true
	}
	return "DATE", c.currentQuarterRef(), true
}

// timexRelOffset is the offset a relative word gives: -1 for last, 0 for
// this, +1 for next; ok is false for an anaphoric word.
func timexRelOffset(rel string) (int, bool) {
	switch rel {
	case "last", "past", "previous", "prior", "preceding", "year-ago", "year-earlier", "latest", "most recent":
		return -1, true
	case "this", "current", "fiscal", "full", "entire", "whole", "calendar", "this past", "same":
		return 0, true
	case "next", "coming", "following":
		return 1, true
	}
	return 0, false
}

func timexNormRelUnit(c *timexCtx, m timexMatch) (string, string, bool) {
	rel, u := m.g("rel"), m.g("u")
	off, _ := timexRelOffset(rel)
	if rel == "this past" && u != "spring" && u != "summer" && u != "fall" && u != "autumn" && u != "winter" {
		off = -1
	}
	anaphoric := (rel == "following" || rel == "previous" || rel == "prior" || rel == "preceding" || rel == "same") && m.has("the")
	switch u {
	case "week":
		if rel == "latest" || rel == "most recent" {
			off = 0
		}
		return "DATE", c.weekOffset(off), true
	case "weekend":
		return "DATE", c.weekendOffset(off), true
	case "month":
		if rel == "latest" || rel == "most recent" {
			off = 0
		}
		if anaphoric {
			// "the following month": after the month the text last named.
			if v, ok := c.lastPrev(func(v string) bool {
				return len(v) >= 7 && timexIsDigits(v[:4]) && v[4] == '-' && timexIsDigits(v[5:7])
			}); ok {
				y, mo := timexAtoi(v[:4]), timexAtoi(v[5:7])-1+off
				return "DATE", timexFmtMonth(y+timexFloorDiv(mo, 12), timexMod(mo, 12)+1), true
			}
		}
		return "DATE", c.monthOffset(off), true
	case "quarter":
		switch rel {
		case "latest", "most recent":
			// The latest quarter is the last one reported: the one before
			// the DCT's.
			return "DATE", c.nameQuarter(c.quarterOffset(-1)), true
		case "year-ago", "year-earlier":
			return "DATE", c.yearAgo(true), true
		}
		return "DATE", c.nameQuarter(c.quarterOffset(off)), true
	case "year":
		if anaphoric {
			if v, ok := c.lastPrev(func(v string) bool { return len(v) >= 4 && timexIsDigits(v[:4]) }); ok {
				y := timexAtoi(v[:4]) + off
				return "DATE", strconv.Itoa(y), true
			}
		}
		if rel == "same" {
			off = 0
		}
		if m.has("rel2") && rel == "latest" {
			off = -1
		}
		if (rel == "fiscal" || m.g("rel2") == "fiscal") && m.has("the") && timexEndedAfter(m) {
			return "DURATION", "P1Y", true
		}
		return "DATE", c.yearOffset(off), true
	case "decade":
		if !c.known {
			return "DATE", "XXX", true
		}
		return "DATE", strconv.Itoa(c.dct.Year()/10 + off), true
	case "century":
		if !c.known {
			return "DATE", "XX", true
		}
		return "DATE", strconv.Itoa(c.dct.Year()/100 + off), true
	}
	if code, ok := timexSeasons[u]; ok {
		if rel == "this past" {
			off = 0
		}
		return "DATE", c.seasonValue(code, off), true
	}
	return "", "", false
}

func timexNormTheUnit(c *timexCtx, m timexMatch) (string, string, bool) {
	u := m.g("u")
	switch u {
	case "week":
		// "the week" names a week the text does not pin down ("for the
		// week, the index fell"); TimeBank writes it as the DCT year's
		// unknown week.
		return "DATE", c.yearOffset(0) + "-WXX", true
	case "weekend":
		tense := timexTense(c.text, m.start(), m.end(), false)
		if !c.known {
			return "DATE", "XXXX-WXX-WE", true
		}
		wd := int(c.dct.Weekday())
		if tense == timexTenseFuture {
			if wd == 0 {
				return "DATE", c.weekendOffset(1), true
			}
			return "DATE", c.weekendOffset(0), true
		}
		if wd == 0 || wd == 6 {
			return "DATE", c.weekendOffset(0), true
		}
		return "DATE", c.weekendOffset(-1), true
	case "month":
		return "DATE", c.monthOffset(0), true
	case "year":
		if timexEndedAfter(m) {
			return "DURATION", "P1Y", true
		}
		return "DATE", c.yearOffset(0), true
	case "decade":
		if !c.known {
			return "DATE", "XXX", true
		}
		return "DATE", strconv.Itoa(c.dct.Year() / 10), true
	}
	if code, ok := timexSeasons[u]; ok {
		return "DATE", c.seasonValue(code, 0), true
	}
	return "", "", false
}
