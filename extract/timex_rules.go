package extract

import (
	"regexp"
	"strings"
	"sync"
)

// This file holds the rules of the temporal tagger, one per kind of
// expression, in the order that breaks ties between equally long matches.
// Their extents and values follow TimeBank 1.2's conventions as used in
// TempEval-3: determiners and modifiers belong to the expression ("the
// third quarter", "last week", "about two years"), prepositions do not;
// "now", "currently" and "current" are PRESENT_REF, "recently" and "recent"
// PAST_REF; "a year ago" is the year before at year granularity, or the
// quarter the text just named a year back ("third-quarter profit ... a year
// earlier"), or the year after "the first nine months"; the quarter a
// comparison refers to is the one named in its sentence or the one before,
// else the first one the report named, and never a quarter not yet ended
// ("will take a fourth-quarter charge"); quarters of financial reports
// default to the DCT's year; "the quarter" is the quarter just named or
// just ended; "the week" is the DCT year's unknown week; "former",
// "previously" and "annually" are not tagged (TimeBank almost never tags
// them), nor are rates ("$2 million a year", "four flights a week") or "the
// foreseeable future"; the end of a range of days is a date of its own
// ("April 5 to 10": "10" is April 10), and "the day after Christmas" is
// one date.

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
		{name: "day-range",
			re:     re(`\b(?:(?P<btw>between)\s+)?(?P<mon>`, mon, `)\s*(?P<d1>`, day, `)\s*(?P<to>-|–|to|through|until|and)\s*(?P<t>(?P<d>`, day, `)(?:,?\s+(?P<y>`, year, `))?)`),
			accept: timexAcceptDayRange,
			norm:   timexNormMonthDay},
		{name: "month",
			re:     re(`\b(?:(?P<pre>(?:the\s+)?(?:early|late|mid-?|(?:beginning|start|end|middle|first half|second half|last half)\s+of(?:\s+the)?))\s*)?(?:(?P<rel>last|this past|this coming|this|next|past|coming)\s+)?(?P<mon>`, mon, `)(?:,?\s+(?:of\s+)?(?P<y>`, year, `)|\s+(?P<ry>this|last|next)\s+year)?`),
			accept: timexAcceptMonth,
			norm:   timexNormMonth},
		{name: "weekday",
			re:   re(`\b(?:(?P<q>each|every)\s+)?(?:(?P<pre>early|late|earlier|later)\s+)?(?:(?P<rel>last|this coming|this past|this|next|the previous|the following|past|coming)\s+)?(?P<wd>`, wd, `)(?P<pl>s)?\b(?:\s+(?P<pod>`, pod, `)\b)?`),
			norm: timexNormWeekday},
		{name: "relday",
			re:     re(`\b(?:(?P<pre>early|late|earlier|later|mid-?)\s*)?(?:(?P<pod1>mid-?afternoon|mid-?morning|morning|afternoon|evening)\s+)?(?P<rd>today|tonight|yesterday|tomorrow|the day before yesterday|the day after tomorrow)\b(?:\s+(?P<pod>`, pod, `)\b)?`),
			accept: timexAcceptRelDay,
			norm:   timexNormRelDay},
		{name: "part-of-day",
			re:   re(`\b(?:(?:(?P<pre>early|late|later|earlier)\s+)?(?P<rel>this|last|the)\s+(?P<pod>morning|afternoon|evening|night)|(?P<mid>mid[- ]?(?:afternoon|morning)))\b`),
			norm: timexNormPartOfDay},
		{name: "quarter",
			re:   re(`\b(?:(?P<det>the|its|this|that)\s+)?(?:(?P<qy>`, year, `|(?:this|last|next) year's|year-ago|year-earlier|comparable|corresponding|latest|current|flat|fiscal|calendar)[- ]\s*)*(?:(?P<qn>first|second|third|fourth|1st|2nd|3rd|4th|final)[- ](?:fiscal[- ])?(?P<qu>quarter|half)|(?P<hn>last|latter)\s+half)(?:\s+of\s+(?:(?:fiscal|calendar)\s+)?(?:(?P<qy2>`, year, `)|(?P<qr>this|last|next) year|the (?P<qr2>previous|prior|current|same|following) year))?`),
			norm: timexNormQuarter},
		{name: "quarter-ref",
			re:     re(`\b(?P<det>the|this|that|its|last|next|last year['’]s)\s+(?P<adj>(?:(?:latest|most recent|recent|current|previous|prior|preceding|year-ago|year-earlier|comparable|corresponding|same|`, year, `)\s+)*)(?:fiscal\s+)?(?P<u>quarter|period)\b(?:\s+(?P<ago>a year (?:ago|earlier)|last year\b))?`),
			accept: timexAcceptQuarterRef,
			norm:   timexNormQuarterRef},
		{name: "relative-unit",
			re:     re(`\b(?:(?P<pre>early|late|earlier|later|sometime|(?:the\s+)?(?:end|beginning|start|middle|rest|remainder|balance)\s+of)\s+)?(?:(?P<the>the)\s+)?(?P<rel>last|this past|this|next|past|previous|following|coming|current|same|latest|most recent|prior|preceding|year-ago|year-earlier|fiscal|full|entire|whole|calendar)\s+(?:(?P<rel2>fiscal|calendar|full)\s+)?(?P<u>week|month|year|quarter|weekend|decade|century|spring|summer|fall|autumn|winter)\b`),
			accept: timexAcceptTitleCase,
			norm:   timexNormRelUnit},
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
			re:     re(`\b(?:(?P<half>(?:the\s+)?(?:first|second|last|latter)\s+half\s+of)\s+)?(?:(?P<the>the)\s+)?(?:(?P<pre>early|late|mid-?)\s*)?(?:(?P<dd>1[0-9][0-9]|20[0-9])0['’]?s|['’](?P<d2>[0-9])0s|(?P<dw>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b`),
			accept: timexAcceptDecade,
			norm:   timexNormDecade},
		{name: "century",
			re:     re(`\b(?:the\s+)?(?:(?P<pre>early|late|mid-?)\s*)?(?P<c>[0-9]{1,2}(?:st|nd|rd|th)|`, timexReDayWord, `)[- ]century\b`),
			accept: func(m timexMatch) bool { return timexValidDayWord(m.g("c")) },
			norm:   timexNormCentury},
		{name: "duration",
			re:     re(`\b(?:(?P<mod>`, mod, `)\s+|(?P<prep>over|within|under)\s+)?(?P<n>`, qty, `)\s+(?:(?P<adj>`, durAdj, `)\s+)?(?P<u>`, unit, `)(?:\s+(?P<andhalf>and a half))?(?:\s+(?P<post>or so|ahead))?`),
			accept: timexAcceptDuration,
			norm:   timexNormDuration},
		{name: "duration-the",
			re:     re(`\b(?:(?P<mod>at least|about|nearly|almost|only|just|more than|less than)\s+)?(?P<the>the|each of the)\s+(?:(?P<rel>past|last|next|first|final|previous|coming|latest|following|remaining|recent|entire|full|year-earlier|year-ago)\s+)?(?P<n>`, qty, `)\s+(?:(?P<adj>`, durAdj, `)\s+)?(?P<u>`, unit, `)(?:\s+(?P<post>or so|ahead))?`),
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
			re:     re(`\b(?P<v>right now|just now|now|currently|then[- ]current|current|recently|recent|lately|nowadays|these days|at present|for the time being|the past|the (?:near |distant )?future|the near term|the short term|soon|a later date|as soon as possible|the time being|a while)\b`),
			accept: timexAcceptVague,
			norm:   timexNormVague},
		{name: "vague-units",
			re:   re(`\b(?:(?P<the>the)\s+)?(?:(?P<rel>recent|coming|upcoming|future|past|ensuing)\s+(?P<u>days|weeks|months|quarters|years|decades)|(?P<u2>days|weeks|months|years)\s+ahead)\b`),
			norm: timexNormVagueUnits},
		{name: "year-ago",
			re:     re(`\b(?:(?P<prep>by|until|through|since)\s+)?(?P<t>(?:(?P<mod>around|about)\s+)?(?:(?P<the>the)\s+)?(?P<ya>year-ago|year-earlier|year-before|year-end|year's end|year’s end|year end)\b)`),
			accept: timexAcceptYearAgo,
			norm:   timexNormYearAgo},
		{name: "anaphora",
			re:   re(`\b(?:(?P<pre>earlier|later)\s+)?(?P<x>the same (?:day|week|month|year|quarter)|that same (?:day|week|month|year)|that (?:day|week|month|year|quarter))\b`),
			norm: timexNormAnaphora},
		{name: "day-anaphora",
			re:   re(`\b(?:(?P<x>the (?P<rel>next|following|previous|preceding) day)|(?:later|earlier) (?:in|during) (?P<t>the day))\b`),
			norm: timexNormDayAnaphora},
		{name: "nth-day",
			re:     re(`\b(?P<t>(?:the\s+)?(?P<ord>`, timexReDayWord, `|[0-9]{1,3}(?:st|nd|rd|th))\s+(?:straight\s+|consecutive\s+)?day)\b`),
			accept: timexAcceptNthDay,
			norm:   timexNormNthDay},
		{name: "early-units",
			re:   re(`\bthe\s+(?:first|early|initial|final|closing)\s+(?P<u>hours|days|weeks|months|years|decades)\b`),
			norm: timexNormEarlyUnits},
		{name: "two-quarters",
			re:   re(`\b(?:the\s+)?(?P<w>first|last|final|second)\s+two\s+quarters\s+of\s+(?P<y>`, year, `)`),
			norm: timexNormTwoQuarters},
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

// timexAcceptDayRange keeps the end of a range of days in one month
// ("April 5 to 10": "10" is April 10) when it comes after the start.
func timexAcceptDayRange(m timexMatch) bool {
	if m.g("to") == "and" && !m.has("btw") {
		// "on March 3 and 25 people died": only "between May 3 and 4".
		return false
	}
	return timexAcceptMonthDay(m) && timexDayNum(m.g("d1")) < timexDayNum(m.g("d"))
}

// timexAcceptNthDay keeps "the second day" where the text says today is
// that day of something: "It's the second day of an offensive", "today is
// the eighth day of".
func timexAcceptNthDay(m timexMatch) bool {
	o := m.g("ord")
	if !timexValidDayWord(o) {
		return false
	}
	if !strings.HasPrefix(strings.ToLower(m.after(4)), " of ") {
		return false
	}
	b := strings.ToLower(strings.TrimRight(m.before(12), " "))
	return strings.HasSuffix(b, " is") || strings.HasSuffix(b, "'s") || strings.HasSuffix(b, "’s") || b == "is"
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
	if strings.HasPrefix(strings.ToLower(m.after(4)), "-to-") {
		// "the quarter-to-quarter comparison".
		return false
	}
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

// timexAcceptYearAgo rejects "year-earlier" before an amount ("below
// the year-earlier $4.5 million"), which TimeBank does not tag.
func timexAcceptYearAgo(m timexMatch) bool {
	a := strings.TrimLeft(m.after(3), " ")
	return a == "" || !strings.ContainsRune("$#£€0123456789", rune(a[0]))
}

// timexAcceptTitleCase rejects a unit word written with a capital inside
// a quoted title: ABC's "This Week". (A title-case headline, "Talks Resume
// Next Week", keeps it.)
func timexAcceptTitleCase(m timexMatch) bool {
	return !m.capitalisedGroup("u") || !timexQuoteBefore(m.before(3))
}

// timexQuoteBefore reports whether b ends with an opening quotation mark.
func timexQuoteBefore(b string) bool {
	return strings.HasSuffix(b, "\"") || strings.HasSuffix(b, "“") || strings.HasSuffix(b, "'") || strings.HasSuffix(b, "‘")
}

// timexAcceptRelDay rejects "Today" and "Tonight" written as part of a
// name: capitalised after an acronym ("VOA Today", "USA Today").
func timexAcceptRelDay(m timexMatch) bool {
	rd := m.raw("rd")
	if rd == "" || m.has("pre") || m.has("pod1") || !timexStartsUpper(rd) || m.start() != m.loc[2*m.re.SubexpIndex("rd")] {
		return true
	}
	b := strings.TrimRight(m.before(24), " ")
	w, s := timexWordBefore(b, 0, len(b))
	return len(w) < 2 || s+len(w) != len(b) || strings.ToUpper(w) != w
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
	if (n == "a" || n == "an") && !m.has("the") && !m.has("rel") && !m.has("mod") && !m.has("prep") && timexRateBefore(m.before(40)) {
		// "$2 million a year", "four flights a week": a rate, which
		// TimeBank does not annotate.
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
		// "rise 8.5% annually", "10,000 units annually": TimeBank
		// almost never tags it.
		return false
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
	if m.g("v") == "soon" && (strings.HasSuffix(strings.ToLower(m.before(3)), "as ") || strings.HasPrefix(strings.ToLower(m.after(7)), " after")) {
		// "as soon as trading opened", "soon after his arrival": a
		// relation to an event, not a time.
		return false
	}
	if m.g("v") == "a while" {
		// "for a while", "in a while"; not "a while later".
		b := strings.ToLower(m.before(4))
		return (strings.HasSuffix(b, "for ") || strings.HasSuffix(b, " in ")) && !strings.HasPrefix(strings.ToLower(m.after(7)), " later") && !strings.HasPrefix(strings.ToLower(m.after(5)), " ago")
	}
	if m.g("v") == "current" {
		a := strings.ToLower(m.after(10))
		if strings.HasPrefix(a, " account") || strings.HasPrefix(a, "-account") || strings.HasPrefix(a, " affairs") || strings.HasPrefix(a, "s") {
			return false
		}
	}
	return true
}
