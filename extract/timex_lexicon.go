package extract

import (
	"strconv"
	"strings"
)

// This file holds the word tables of the temporal tagger: month and weekday
// names, number words, units and the regular-expression fragments built from
// them. Every table is immutable after package initialisation.

// timexMonthNames maps a lower-cased month name or abbreviation (without its
// period) to its number.
var timexMonthNames = map[string]int{
	"january": 1, "jan": 1,
	"february": 2, "feb": 2,
	"march": 3, "mar": 3,
	"april": 4, "apr": 4,
	"may":  5,
	"june": 6, "jun": 6,
	"july": 7, "jul": 7,
	"august": 8, "aug": 8,
	"september": 9, "sept": 9, "sep": 9,
	"october": 10, "oct": 10,
	"november": 11, "nov": 11,
	"december": 12, "dec": 12,
}

// timexWeekdayNames maps a lower-cased weekday name (singular or plural) to
// its ISO number, Monday = 1.
var timexWeekdayNames = map[string]int{
	"monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4,
	"friday": 5, "saturday": 6, "sunday": 7,
	"mondays": 1, "tuesdays": 2, "wednesdays": 3, "thursdays": 4,
	"fridays": 5, "saturdays": 6, "sundays": 7,
}

// timexSeasons maps a season word to its TIMEX3 code.
var timexSeasons = map[string]string{
	"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
}

// timexSmallNumbers are the number words below twenty, and the tens.
var timexSmallNumbers = map[string]int{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
	"six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
	"twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
	"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90,
	"a": 1, "an": 1, "single": 1, "dozen": 12, "a dozen": 12,
	"hundred": 100, "a hundred": 100, "one hundred": 100,
	"thousand": 1000, "a thousand": 1000, "one thousand": 1000,
	"a couple of": 2, "couple of": 2, "a couple": 2,
}

// timexOrdinals maps ordinal words and numerals to numbers (days of the
// month, quarters, centuries).
var timexOrdinals = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
	"sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
	"eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
	"fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
	"nineteenth": 19, "twentieth": 20, "twenty-first": 21,
	"twenty-second": 22, "twenty-third": 23, "twenty-fourth": 24,
	"twenty-fifth": 25, "twenty-sixth": 26, "twenty-seventh": 27,
	"twenty-eighth": 28, "twenty-ninth": 29, "thirtieth": 30,
	"thirty-first": 31, "final": 4, "last": 4,
}

// timexDecadeWords maps spelled decades to their tens digit.
var timexDecadeWords = map[string]int{
	"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5,
	"sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9,
}

// timexUnitCodes maps a singular unit to its ISO 8601 duration letter and
// whether it belongs after the "T" designator.
var timexUnitCodes = map[string]struct {
	code   string
	isTime bool
}{
	"second": {"S", true}, "minute": {"M", true}, "hour": {"H", true},
	"day": {"D", false}, "night": {"D", false}, "week": {"W", false}, "fortnight": {"W", false},
	"month": {"M", false}, "quarter": {"Q", false}, "year": {"Y", false},
	"decade": {"E", false}, "century": {"C", false}, "weekend": {"W", false},
}

// Regular-expression fragments. They are plain strings joined into the
// rule expressions of timex_rules.go and compiled once. The expressions run
// on ASCII-lower-cased text. Number and ordinal words are matched as any
// word (timexReNumWord, timexReDayWord) and checked by the rules' accept
// functions: word lists in the expressions made them too large for the
// regexp package's fast matcher.
const (
	timexReMonthFull = `(?:January|February|March|April|May|June|July|August|September|October|November|December)\b`
	timexReMonthAbbr = `(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?:\.|\b)`
	timexReMonth     = `(?:` + timexReMonthFull + `|` + timexReMonthAbbr + `)`
	timexReWeekday   = `(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`
	timexReDay       = `(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?\b`
	timexReDayWord   = `(?:[a-z]+(?:-[a-z]+)?)\b`
	timexReYear      = `(?:1[6-9][0-9][0-9]|20[0-9][0-9])\b`
	timexReNumWord   = `(?:[a-z]+(?:[- ](?:one|two|three|four|five|six|seven|eight|nine|hundred|thousand)\b)?)`
	// timexReYearWord is a spelled number below a hundred, as in years.
	timexReYearWord  = `(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine)\b`
	timexReNumber    = `(?:[0-9]+(?:[.,][0-9]+)*(?: 1/2)?|` + timexReNumWord + `(?: and a half)?)`
	timexReQty       = `(?:a couple of|couple of|a few|` + timexReNumber + `(?:\s+(?:to|or)\s+(?:[0-9]+|[a-z]+(?:-[a-z]+)?))?)`
	timexReUnit      = `(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?|decades?|centur(?:y|ies))\b`
	timexReUnitSing  = `(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|century)`
	timexReMod       = `(?:about|around|approximately|roughly|nearly|almost|some|just|more than|less than|at least|up to|no more than|only|well over|as many as)`
	timexRePartOfDay = `(?:morning|afternoon|evening|night|nights)`
)

// timexParseNumber reads a number written in digits or words ("30",
// "thirty", "twenty-four", "2 1/2", "a"); ok is false when it is not one.
// Fractions are returned in halves: 2 1/2 gives (2, true, true).
func timexParseNumber(s string) (n int, half bool, ok bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	if strings.HasSuffix(s, " 1/2") {
		s, half = strings.TrimSuffix(s, " 1/2"), true
	}
	if strings.HasSuffix(s, " and a half") {
		s, half = strings.TrimSuffix(s, " and a half"), true
	}
	if s == "a half" || s == "half a" || s == "half an" {
		return 0, true, true
	}
	if v, err := strconv.Atoi(s); err == nil {
		return v, half, true
	}
	if f, err := strconv.ParseFloat(s, 64); err == nil {
		whole := int(f)
		return whole, f-float64(whole) >= 0.5, true
	}
	if v, found := timexSmallNumbers[s]; found {
		return v, half, true
	}
	// "twenty-four", "twenty four"
	s = strings.ReplaceAll(s, "-", " ")
	parts := strings.Fields(s)
	if len(parts) == 2 {
		tens, ok1 := timexSmallNumbers[parts[0]]
		ones, ok2 := timexSmallNumbers[parts[1]]
		if ok1 && ok2 && tens >= 20 && tens%10 == 0 && ones < 10 {
			return tens + ones, half, true
		}
		if ok1 && ok2 && (ones == 100 || ones == 1000) {
			return tens * ones, half, true
		}
	}
	return 0, false, false
}

// timexVagueQty are the quantities without a number.
var timexVagueQty = map[string]bool{
	"a few": true, "few": true, "several": true, "many": true, "some": true,
	"a couple of": true, "a couple": true, "couple of": true,
}

// timexValidQty reports whether s is a quantity: a number, a range of
// numbers, or a vague one ("several").
func timexValidQty(s string) bool {
	s = strings.ToLower(strings.TrimSpace(s))
	if timexVagueQty[s] {
		return true
	}
	for _, sep := range []string{" to ", " or "} {
		if a, b, ok := strings.Cut(s, sep); ok {
			return timexValidNumber(a) && timexValidNumber(b)
		}
	}
	return timexValidNumber(s)
}

// timexValidNumber reports whether s is a number in digits or words.
func timexValidNumber(s string) bool {
	_, _, ok := timexParseNumber(strings.ReplaceAll(s, ",", ""))
	return ok
}

// timexValidDayWord reports whether s is a day of the month: "21",
// "21st", "twenty-first".
func timexValidDayWord(s string) bool {
	s = strings.ToLower(s)
	if n, ok := timexOrdinals[s]; ok {
		return n >= 1 && n <= 31 && s != "final" && s != "last"
	}
	return timexIsDigits(strings.TrimRight(s, "stndrh")) && len(strings.TrimRight(s, "stndrh")) <= 2
}
