package extract

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"
)

// This file holds the rules of the temporal tagger, one per kind of
// expression, in the order that breaks ties between equally long matches.
// Their extents and values follow TimeBank 1.2's conventions as used in
// TempEval-3: determiners and modifiers belong to the expression ("the
// third quarter", "last week", "about two years"), prepositions do not;
// "now", "currently" and "current" are PRESENT_REF, "recently" and "recent"
// PAST_REF; "a year ago" is the year before at year granularity; quarters
// of financial reports default to the DCT's year; "the quarter" is the
// quarter just ended; "former" and "previously" are not tagged (TimeBank
// almost never tags them).

// timexRules returns the compiled rules; they are built once.
var timexRules = sync.OnceValue(func() []timexRule {
	// Expressions are written with capitals for readability and run on
	// ASCII-lower-cased text (timexLower).
	re := func(parts ...string) *regexp.Regexp {
		p := strings.ReplaceAll(strings.ToLower(strings.Join(parts, "")), "(?p<", "(?P<")
		return regexp.MustCompile(p)
	}
	const (
		mon     = timexReMonth
		wd      = timexReWeekday
		day     = timexReDay
		year    = timexReYear
		qty     = timexReQty
		unit    = timexReUnit
		unitS   = timexReUnitSing
		mod     = timexReMod
		pod     = timexRePartOfDay
		numWord = timexReNumWord
	)
	durAdj := `(?:more|additional|straight|consecutive|full|trading|business)`
	shortMod := `(?:about|around|nearly|almost|some|just|only|roughly|approximately|more than|less than|over|barely|at least)`
	spelledYear := `(?:nineteen[- ](?:hundred(?:[- ]and)?[- ])?` + timexReYearWord + `|two[- ]thousand(?:[- ](?:and[- ])?(?:one|two|three|four|five|six|seven|eight|nine|ten)\b)?)`
	return []timexRule{
		{name: "iso",
			re:   re(`\b(?P<y>[12][0-9]{3})-(?P<m>[01][0-9])-(?P<d>[0-3][0-9])(?:T(?P<hh>[0-2][0-9]):(?P<mi>[0-5][0-9]))?\b`),
			norm: timexNormISO},
		{name: "slash",
			re:   re(`\b(?P<m>[0-9]{1,2})/(?P<d>[0-9]{1,2})/(?P<y>[0-9]{4}|[0-9]{2})\b`),
			norm: timexNormSlash},
		{name: "month-day",
			re:     re(`\b(?:(?P<mod>around|about|approximately|roughly|sometime|on or about|on or before|on or after|no later than)\s+)?(?:(?P<wd>`, wd, `),?\s+)?(?:(?P<pre>early|late|mid-?)\s*)?(?:(?P<rel>this coming|this)\s+)?(?P<mon>`, mon, `)\s*(?P<d>`, day, `|`, timexReDayWord, `)(?:,?\s+(?P<y>`, year, `))?`),
			accept: timexAcceptMonthDay,
			norm:   timexNormMonthDay},
		{name: "day-month",
			re:     re(`\b(?:(?P<wd>`, wd, `),?\s+)?(?:the\s+)?(?:(?P<d>`, day, `)\s+(?:of\s+)?|(?P<dw>`, timexReDayWord, `)\s+of\s+)(?P<mon>`, mon, `)(?:,?\s+(?P<y>`, year, `))?`),
			accept: timexAcceptMonthDay,
			norm:   timexNormMonthDay},
		{name: "month",
			re:     re(`\b(?:(?P<pre>(?:the\s+)?(?:early|late|mid-?|(?:beginning|start|end|middle|first half|second half|last half)\s+of(?:\s+the)?))\s*)?(?:(?P<rel>last|this past|this coming|this|next|past|coming)\s+)?(?P<mon>`, mon, `)(?:,?\s+(?:of\s+)?(?P<y>`, year, `)|\s+(?P<ry>this|last|next)\s+year)?`),
			accept: timexAcceptMonth,
			norm:   timexNormMonth},
		{name: "weekday",
			re:   re(`\b(?:(?P<q>each|every)\s+)?(?:(?P<pre>early|late|earlier|later)\s+)?(?:(?P<rel>last|this coming|this past|this|next|the previous|the following|past|coming)\s+)?(?P<wd>`, wd, `)(?P<pl>s)?\b(?:\s+(?P<pod>`, pod, `)\b)?`),
			norm: timexNormWeekday},
		{name: "relday",
			re:   re(`\b(?:(?P<pre>early|late|earlier|later|mid-?)\s*)?(?:(?P<pod1>mid-?afternoon|mid-?morning|morning|afternoon|evening)\s+)?(?P<rd>today|tonight|yesterday|tomorrow|the day before yesterday|the day after tomorrow)\b(?:\s+(?P<pod>`, pod, `)\b)?`),
			norm: timexNormRelDay},
		{name: "part-of-day",
			re:   re(`\b(?:(?:(?P<pre>early|late|later|earlier)\s+)?(?P<rel>this|last|the)\s+(?P<pod>morning|afternoon|evening|night)|(?P<mid>mid[- ]?(?:afternoon|morning)))\b`),
			norm: timexNormPartOfDay},
		{name: "quarter",
			re:   re(`\b(?:(?P<det>the|its|this|that)\s+)?(?:(?P<qy>`, year, `|(?:this|last|next) year's|year-ago|year-earlier|comparable|corresponding|latest|current|flat|fiscal|calendar)[- ]\s*)*(?:(?P<qn>first|second|third|fourth|1st|2nd|3rd|4th|final)[- ](?:fiscal[- ])?(?P<qu>quarter|half)|(?P<hn>last|latter)\s+half)(?:\s+of\s+(?:(?:fiscal|calendar)\s+)?(?:(?P<qy2>`, year, `)|(?P<qr>this|last|next) year|the (?P<qr2>previous|prior|current|same|following) year))?`),
			norm: timexNormQuarter},
		{name: "quarter-ref",
			re:     re(`\b(?P<det>the|this|that|its|last|next)\s+(?P<adj>(?:(?:latest|most recent|recent|current|previous|prior|preceding|year-ago|year-earlier|comparable|corresponding|same|`, year, `)\s+)*)(?:fiscal\s+)?(?P<u>quarter|period)\b`),
			accept: timexAcceptQuarterRef,
			norm:   timexNormQuarterRef},
		{name: "relative-unit",
			re:   re(`\b(?:(?P<pre>early|late|earlier|later|sometime|(?:the\s+)?(?:end|beginning|start|middle|rest|remainder|balance)\s+of)\s+)?(?:(?P<the>the)\s+)?(?P<rel>last|this past|this|next|past|previous|following|coming|current|same|latest|most recent|prior|preceding|year-ago|year-earlier|fiscal|full|entire|whole|calendar)\s+(?:(?P<rel2>fiscal|calendar|full)\s+)?(?P<u>week|month|year|quarter|weekend|decade|century|spring|summer|fall|autumn|winter)\b`),
			norm: timexNormRelUnit},
		{name: "the-unit",
			re:     re(`\b(?:(?P<pre>early|late|earlier|later|(?:the\s+)?(?:end|beginning|start|middle)\s+of)\s+)?(?:(?P<the>the)\s+)(?:(?P<pre2>early|late|mid-?)\s*)?(?P<u>week|weekend|month|year|decade|spring|summer|winter)\b`),
			accept: timexAcceptTheUnit,
			norm:   timexNormTheUnit},
		{name: "ago",
			re:     re(`\b(?:(?P<mod>`, shortMod, `)\s+)?(?P<n>`, qty, `)\s+(?:(?:more|additional|full)\s+)?(?P<u>`, unit, `)\s+(?:or so\s+)?(?P<dir>ago|earlier|later|hence|from now|back)\b`),
			accept: func(m timexMatch) bool { return timexValidQty(m.g("n")) },
			norm:   timexNormAgo},
		{name: "year",
			re:     re(`\b(?:(?P<pre>(?:the\s+)?(?:early|late|mid-?|(?:end|beginning|start|middle|first half|second half|last half|latter half|spring|summer|fall|autumn|winter|rest|remainder)\s+of)|fiscal|calendar|(?:the\s+)?year|the\s+(?:fiscal|calendar)\s+year|model\s+year)\s*)?(?P<y>`, year, `)`),
			accept: timexAcceptYear,
			norm:   timexNormYear},
		{name: "spelled-year",
			re:     re(`\b(?:(?P<pre>(?:the\s+)?(?:year|(?:spring|summer|fall|autumn|winter)\s+of))\s+)?(?:(?P<mon>`, timexReMonthFull, `),?\s+)?(?P<y>`, spelledYear, `)`),
			accept: timexAcceptSpelledYear,
			norm:   timexNormSpelledYear},
		{name: "decade",
			re:     re(`\b(?:(?P<the>the)\s+)?(?:(?P<pre>early|late|mid-?)\s*)?(?:(?P<dd>1[0-9][0-9]|20[0-9])0['’]?s|['’](?P<d2>[0-9])0s|(?P<dw>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b`),
			accept: timexAcceptDecade,
			norm:   timexNormDecade},
		{name: "century",
			re:     re(`\b(?:the\s+)?(?:(?P<pre>early|late|mid-?)\s*)?(?P<c>[0-9]{1,2}(?:st|nd|rd|th)|`, timexReDayWord, `)[- ]century\b`),
			accept: func(m timexMatch) bool { return timexValidDayWord(m.g("c")) },
			norm:   timexNormCentury},
		{name: "duration",
			re:     re(`\b(?:(?P<mod>`, mod, `)\s+|(?P<prep>over|within|under)\s+)?(?P<n>`, qty, `)\s+(?:(?P<adj>`, durAdj, `)\s+)?(?P<u>`, unit, `)(?:\s+(?P<post>or so|ahead))?`),
			accept: timexAcceptDuration,
			norm:   timexNormDuration},
		{name: "duration-the",
			re:     re(`\b(?:(?P<mod>at least|about|nearly|almost|only|just|more than|less than)\s+)?(?P<the>the|each of the)\s+(?:(?P<rel>past|last|next|first|final|previous|coming|latest|following|remaining|recent|entire|full)\s+)?(?P<n>`, qty, `)\s+(?:(?P<adj>`, durAdj, `)\s+)?(?P<u>`, unit, `)(?:\s+(?P<post>or so|ahead))?`),
			accept: timexAcceptDuration,
			norm:   timexNormDuration},
		{name: "duration-adjective",
			re:     re(`\b(?P<n>[0-9]+(?:\.[0-9]+)?|`, numWord, `)-(?P<u>`, unitS, `)(?:-(?P<post>old|long))?\b`),
			accept: timexAcceptDurationAdj,
			norm:   timexNormDurationAdj},
		{name: "set",
			re:     re(`\b(?:(?P<q>every|each|per)\s+(?:(?P<other>other)\s+)?(?:(?P<n>[0-9]+|[a-z]+)\s+)?(?P<u>`, unit, `)|(?P<times>once|twice|thrice|(?P<tn>[0-9]+|[a-z]+)\s+times)\s+(?:a|an|per|each|every)\s+(?P<u2>`, unitS, `)\b)`),
			accept: timexAcceptSet,
			norm:   timexNormSet},
		{name: "set-name",
			re:   re(`\b(?:every|each)\s+(?:(?P<wd>`, wd, `)|(?P<mon>`, timexReMonthFull, `)|(?P<se>spring|summer|fall|autumn|winter))\b`),
			norm: timexNormSetName},
		{name: "set-adverb",
			re:     re(`\b(?P<adv>daily|weekly|monthly|annually|yearly|hourly|nightly|biweekly)\b`),
			accept: timexAcceptSetAdverb,
			norm:   timexNormSetAdverb},
		{name: "time",
			re: re(`\b(?:(?P<mod>about|around|approximately|roughly|shortly after|shortly before|just after|just before|at about|at around)\s+)?(?P<h>[0-9]{1,2}|[a-z]+)(?:[:.](?P<mi>[0-5][0-9]))?\s*(?P<ap>a\.m\.?|p\.m\.?|am\b|pm\b|o'clock\b|o’clock\b)(?:\s+(?P<tz>(?:[ECMP][SD]T|GMT|UTC|BST|CET)\b))?(?:,?\s+(?:(?P<wd>`, wd, `)\b|(?P<rd>today|yesterday|tomorrow)\b|(?P<mon>`, mon, `)\s*(?P<d>`, day, `)))?`),
			accept: func(m timexMatch) bool {
				n, _, ok := timexParseNumber(m.g("h"))
				return ok && n <= 24 && m.g("h") != "a" && m.g("h") != "an"
			},
			norm: timexNormTime},
		{name: "noon",
			re:   re(`\b(?:(?P<mod>about|around|shortly after|shortly before|just after|just before)\s+)?(?P<nm>noon|midnight|midday)\b(?:\s+(?:(?P<wd>`, wd, `)\b|(?P<rd>today|yesterday|tomorrow)\b))?`),
			norm: timexNormTime},
		{name: "bare-units",
			re:   re(`\b(?:for|within|in|over|after|took|take|takes|lasted|last|lasting)\s+(?P<t>(?:the\s+)?(?:years|months|weeks|days|decades|centuries|hours|minutes))\b`),
			norm: timexNormBareUnits},
		{name: "vague",
			re:     re(`\b(?P<v>right now|just now|now|currently|current|recently|recent|lately|nowadays|these days|at present|for the time being|the past|the (?:near |distant |foreseeable )?future|the near term|the short term|soon|a later date|as soon as possible|the time being)\b`),
			accept: timexAcceptVague,
			norm:   timexNormVague},
		{name: "vague-units",
			re:   re(`\b(?:(?P<the>the)\s+)?(?:(?P<rel>recent|coming|upcoming|future|past|ensuing)\s+(?P<u>days|weeks|months|quarters|years|decades)|(?P<u2>days|weeks|months|years)\s+ahead)\b`),
			norm: timexNormVagueUnits},
		{name: "year-ago",
			re:   re(`\b(?:(?P<mod>around|about|by|until|through|since)\s+)?(?:(?P<the>the)\s+)?(?P<ya>year-ago|year-earlier|year-before|year-end|year's end|year’s end|year end)\b`),
			norm: timexNormYearAgo},
		{name: "anaphora",
			re:   re(`\b(?:(?P<pre>earlier|later)\s+)?(?P<x>the same (?:day|week|month|year|quarter)|that same (?:day|week|month|year)|that (?:day|week|month|year|quarter))\b`),
			norm: timexNormAnaphora},
		{name: "day-anaphora",
			re:   re(`\b(?:(?P<x>the (?P<rel>next|following|previous|preceding) day)|(?:later|earlier) (?:in|during) (?P<t>the day))\b`),
			norm: timexNormDayAnaphora},
		{name: "holiday",
			re:   re(`\b(?:(?P<rel>last|this|next)\s+)?(?P<hol>Christmas(?: Day| Eve)?|New Year['’]s(?: Day| Eve)|Easter(?: Sunday)?|Thanksgiving(?: Day)?|Independence Day|Halloween|Valentine['’]s Day|Labor Day|Memorial Day)\b`),
			norm: timexNormHoliday},
		{name: "time-24h",
			re:   re(`\b(?:(?P<mod>about|around|at about|at around)\s+)?(?P<h>[01]?[0-9]|2[0-3])(?::?)(?P<mi>[0-5][0-9])\s*(?P<tz>gmt|utc|[ecmp][sd]t|local time)\b`),
			norm: timexNormTime24},
	}
})

// ---- accept filters ----

// timexAcceptMonthDay checks the day of a month-day match and rejects
// amounts after it.
func timexAcceptMonthDay(m timexMatch) bool {
	d := m.g("d")
	if d == "" {
		d = m.g("dw")
	}
	return timexValidDayWord(d) && timexAcceptNotNumberAfter(m)
}

// timexAcceptDurationAdj checks the number of "30-day", "several-year".
func timexAcceptDurationAdj(m timexMatch) bool {
	switch n := m.g("n"); n {
	case "several", "multi", "half", "few":
		return true
	case "a", "an":
		return false
	default:
		return timexValidNumber(n)
	}
}

// timexAcceptSet checks the count of "every two weeks", "three times a
// year".
func timexAcceptSet(m timexMatch) bool {
	if m.has("n") && !timexValidNumber(m.g("n")) {
		return false
	}
	if m.has("tn") && !timexValidNumber(m.g("tn")) {
		return false
	}
	return true
}

// timexAcceptNotNumberAfter rejects "March 10 percent"-like matches whose
// day is followed by a unit of quantity.
func timexAcceptNotNumberAfter(m timexMatch) bool {
	a := strings.ToLower(m.after(12))
	for _, w := range []string{" percent", "%", " pct", ".5", " million", " billion", " points"} {
		if strings.HasPrefix(a, w) {
			return false
		}
	}
	return true
}

// timexAcceptMonth rejects the modal "may" and the verb "march" used as
// month names without a day or year, unless a determiner shows a month.
func timexAcceptMonth(m timexMatch) bool {
	mon := m.g("mon")
	if m.has("sy") {
		if _, ok := timexSpelledYear(m.g("sy")); !ok {
			return false
		}
	}
	if m.has("y") || m.has("ry") || m.has("sy") || m.has("rel") || m.has("pre") {
		return true
	}
	switch mon {
	case "may":
		// "May" starting a sentence is usually the modal verb.
		a := strings.ToLower(m.after(8))
		for _, w := range []string{" be ", " have ", " not ", " i ", " we ", " you "} {
			if strings.HasPrefix(a, w) {
				return false
			}
		}
	case "mar", "jun", "jul", "sep", "jan", "feb", "apr", "aug", "oct", "nov", "dec", "sept":
		// Bare abbreviations without a day are rare as dates.
		return strings.HasSuffix(m.raw("mon"), ".")
	}
	return true
}

func timexAcceptQuarterRef(m timexMatch) bool {
	if m.g("u") == "period" {
		adj := m.g("adj")
		if strings.TrimSpace(adj) == "same" {
			// "the same period of 1999" is not a quarter.
			return false
		}
		return strings.TrimSpace(adj) != "" && !strings.Contains(adj, "previous") && !strings.Contains(adj, "prior") && !strings.Contains(adj, "preceding") && !strings.Contains(adj, "current") && !strings.Contains(adj, "recent") || strings.Contains(adj, "latest")
	}
	if m.g("det") == "its" && strings.TrimSpace(m.g("adj")) == "" {
		return false
	}
	return true
}

// timexAcceptTheUnit keeps "the week", "the year"... only where they name a
// period of the calendar: not "the year's", not "the month of".
func timexAcceptTheUnit(m timexMatch) bool {
	a := strings.ToLower(m.after(5))
	if strings.HasPrefix(a, " of ") || strings.HasPrefix(a, "-") {
		return false
	}
	b := strings.ToLower(strings.TrimRight(m.before(12), " "))
	for _, w := range []string{" all", " each", " every"} {
		if strings.HasSuffix(b, w) {
			return false
		}
	}
	return true
}

// timexAcceptYear rejects numbers that are amounts, not years: "$1990",
// "1990%", "1990 shares", "1,990", "1990-91" ranges are kept as their first
// year.
func timexAcceptYear(m timexMatch) bool {
	y := m.g("y")
	if strings.HasPrefix(y, "two") {
		// Spelled thousands are years only as "the year two thousand".
		_, ok := timexSpelledYear(y)
		return ok && (strings.Contains(m.g("pre"), "year") || strings.HasSuffix(strings.ToLower(m.before(6)), "in "))
	}
	if strings.HasPrefix(y, "nineteen") {
		v, ok := timexSpelledYear(y)
		return ok && v >= 1910
	}
	b := m.before(2)
	if strings.HasSuffix(b, "$") || strings.HasSuffix(b, "#") || strings.HasSuffix(b, "£") || strings.HasSuffix(b, "€") {
		return false
	}
	if len(b) == 2 && (b[1] == ',' || b[1] == '.') && b[0] >= '0' && b[0] <= '9' {
		return false
	}
	a := strings.ToLower(m.after(14))
	if a != "" {
		switch a[0] {
		case '%':
			return false
		case ',', '.':
			if len(a) > 1 && a[1] >= '0' && a[1] <= '9' {
				return false
			}
		}
	}
	for _, w := range []string{" percent", " pct", " shares", " people", " troops", " tons", " barrels", " points", " feet", " meters", " miles", " units", " cars", " jobs", " workers", " votes", " seats", " acres", " km", " employees", " members", " dollars", " yen", " marks", " francs", " million", " billion", " to 1", " hours", " pounds"} {
		if strings.HasPrefix(a, w) {
			return false
		}
	}
	return true
}

func timexAcceptDecade(m timexMatch) bool {
	if m.has("dw") && !m.has("the") {
		return false
	}
	b := strings.ToLower(m.before(8))
	// "in his seventies" is an age.
	for _, w := range []string{"his ", "her ", "their ", "its "} {
		if strings.HasSuffix(b, w) {
			return false
		}
	}
	return true
}

// timexAcceptDuration rejects "a second" ("a second time"), fractions ("a
// quarter of", "three quarters of") and counts with a thousands separator
// cut in half.
func timexAcceptDuration(m timexMatch) bool {
	n, u := m.g("n"), m.g("u")
	if !timexValidQty(n) {
		return false
	}
	if strings.HasPrefix(u, "second") {
		if _, _, ok := timexParseNumber(n); !ok || n == "a" || n == "an" {
			return false
		}
	}
	if strings.HasPrefix(u, "quarter") {
		switch n {
		case "a", "an":
			return false
		case "one", "two", "three", "1", "2", "3":
			// "three quarters of the shares" is a fraction.
			if strings.HasPrefix(strings.ToLower(m.after(4)), " of") {
				return false
			}
		}
	}
	b := m.before(2)
	if len(b) == 2 && (b[1] == ',' || b[1] == '.') && b[0] >= '0' && b[0] <= '9' {
		return false
	}
	// "52 years old" is an age.
	if strings.HasPrefix(strings.ToLower(m.after(4)), " old") && !m.has("the") {
		return false
	}
	return true
}

// timexAcceptSetAdverb keeps "daily" and friends as adverbs ("meets
// weekly", "weekly."), not as adjectives before a noun ("a daily
// newspaper").
func timexAcceptSetAdverb(m timexMatch) bool {
	if m.g("adv") == "annually" {
		return true
	}
	a := m.after(20)
	w, _ := timexWordAfter(a, 0, len(a))
	if w == "" || strings.TrimSpace(a) == "" {
		return true
	}
	t := strings.TrimLeft(a, " ")
	if t != "" && strings.ContainsRune(".,;:)!?\"”'’", rune(t[0])) {
		return true
	}
	switch strings.ToLower(w) {
	case "and", "or", "to", "in", "at", "on", "for", "since", "by", "from", "until", "through", "during", "than", "as", "but", "with":
		return true
	}
	return false
}

// timexAcceptVague rejects "current" in "current account" and the noun "the
// present".
func timexAcceptVague(m timexMatch) bool {
	if m.g("v") == "soon" && strings.HasSuffix(strings.ToLower(m.before(3)), "as ") {
		return false
	}
	if m.g("v") == "current" {
		a := strings.ToLower(m.after(10))
		if strings.HasPrefix(a, " account") || strings.HasPrefix(a, "-account") || strings.HasPrefix(a, " affairs") || strings.HasPrefix(a, "s") {
			return false
		}
	}
	return true
}

// ---- normalisers ----

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
		if w, _ := timexWordBefore(c.text, 0, m.start()); timexUntilWords[strings.ToLower(w)] {
			// "through January", "until March": the month is ahead.
			tense = timexTenseFuture
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
	return "DATE", c.nameQuarter(fmt.Sprintf("%04d-Q%d", year, n)), true
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
	case strings.Contains(adj, "year-ago") || strings.Contains(adj, "year-earlier") || strings.Contains(adj, "comparable") || strings.Contains(adj, "corresponding"):
		return "DATE", c.yearAgo(true), true
	case timexYearIn(adj) > 0:
		ref := c.currentQuarterRef()
		if timexIsQuarterValue(ref) {
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

func timexNormDuration(c *timexCtx, m timexMatch) (string, string, bool) {
	nText := m.g("n")
	u := timexUnitOf(m.g("u"))
	if (nText == "a" || nText == "an") && !m.has("the") && !m.has("rel") && !m.has("mod") && timexAmountBefore(m.before(24)) {
		if d := timexDurationValue(1, false, true, u); d != "" {
			return "SET", d, true
		}
	}
	n, half, known := timexQty(nText)
	v := timexDurationValue(n, half, known, u)
	if v == "" {
		return "", "", false
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
	case v == "recently" || v == "recent" || v == "lately" || v == "the past":
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
	switch m.g("ya") {
	case "year-end":
		if !c.known {
			return "DATE", "XXXX-12-31", true
		}
		return "DATE", c.yearOffset(0) + "-12-31", true
	case "year's end", "year’s end", "year end":
		return "DATE", c.yearOffset(0), true
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
