package extract

import (
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"
)

// timexSeedDCT is the publication time of the seed article: Tuesday
// 2025-04-22.
var timexSeedDCT = time.Date(2025, 4, 22, 9, 30, 0, 0, time.UTC)

type timexCase struct {
	name string
	dct  time.Time
	text string
	want []Timex
}

func runTimexCases(t *testing.T, cases []timexCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := Timexes(tc.text, tc.dct)
			if !slices.Equal(got, tc.want) {
				t.Errorf("Timexes(%q)\n got %+v\nwant %+v", tc.text, got, tc.want)
			}
			checkTimexInvariants(t, tc.text, got)
		})
	}
}

// TestTimexesSeed covers the date expressions of the seed article, in
// sentences of our own modelled on it.
func TestTimexesSeed(t *testing.T) {
	d := timexSeedDCT
	runTimexCases(t, []timexCase{
		{"future weekday", d, "The envoys will hold talks with Ukrainian and French officials in Paris on Wednesday as the White House pushes for a deal.",
			[]Timex{{"Wednesday", 75, 84, "DATE", "2025-04-23"}}},
		{"past weekday after said", d, "The minister said on X after talking with his counterpart on Monday: “We are ready.”",
			[]Timex{{"Monday", 61, 67, "DATE", "2025-04-21"}}},
		{"code point offsets", d, "The minister — speaking in Kyiv — said on Monday that the talks failed.",
			[]Timex{{"Monday", 42, 48, "DATE", "2025-04-21"}}},
		{"last week", d, "The talks built on last week’s meeting in Rome.",
			[]Timex{{"last week", 19, 28, "DATE", "2025-W16"}}},
		{"told on Monday, this week", d, "The president told reporters on Monday that a deal is “very likely” this week.",
			[]Timex{{"Monday", 32, 38, "DATE", "2025-04-21"}, {"this week", 68, 77, "DATE", "2025-W17"}}},
		{"sentence-initial Friday, month and year", d, "On Friday, he hinted that the invasion in February 2022 would not be forgotten.",
			[]Timex{{"Friday", 3, 9, "DATE", "2025-04-18"}, {"February 2022", 42, 55, "DATE", "2022-02"}}},
		{"year", d, "The army seized the port in 2014 and held it.",
			[]Timex{{"2014", 28, 32, "DATE", "2014"}}},
		{"hyphenated and plain durations", d, "The ministry said fighting resumed after the 30-hour truce ended. He asked Moscow to extend the truce to 30 days.",
			[]Timex{{"30-hour", 45, 52, "DURATION", "PT30H"}, {"30 days", 105, 112, "DURATION", "P30D"}}},
		{"years", d, "The war has been going on for four years.",
			[]Timex{{"four years", 30, 40, "DURATION", "P4Y"}}},
		{"the same day", d, "Putin spoke on Monday. His spokesman said earlier on the same day that talks would go on.",
			[]Timex{{"Monday", 15, 21, "DATE", "2025-04-21"}, {"the same day", 53, 65, "DATE", "2025-04-21"}}},
		{"30-day truce, expired on Friday, last month", d, "Both sides broke the 30-day truce, which the Kremlin said expired on Friday. The deal reached last month stands.",
			[]Timex{{"30-day", 21, 27, "DURATION", "P30D"}, {"Friday", 69, 75, "DATE", "2025-04-18"}, {"last month", 94, 104, "DATE", "2025-03"}}},
	})
}

// TestTimexesPatterns covers the other kinds of expressions.
func TestTimexesPatterns(t *testing.T) {
	d := timexSeedDCT
	fin := time.Date(1989, 10, 26, 0, 0, 0, 0, time.UTC)
	runTimexCases(t, []timexCase{
		{"deictic days", d, "Prices fell today after a drop yesterday, and talks resume tomorrow. He speaks tonight.",
			[]Timex{{"today", 12, 17, "DATE", "2025-04-22"}, {"yesterday", 31, 40, "DATE", "2025-04-21"}, {"tomorrow", 59, 67, "DATE", "2025-04-23"}, {"tonight", 79, 86, "TIME", "2025-04-22TNI"}}},
		{"relative years", d, "Sales rose last year and will grow next year; this year is flat.",
			[]Timex{{"last year", 11, 20, "DATE", "2024"}, {"next year", 35, 44, "DATE", "2026"}, {"this year", 46, 55, "DATE", "2025"}}},
		{"months and weekends", d, "The summit is next month. The vote was last weekend and the rally is this weekend.",
			[]Timex{{"next month", 14, 24, "DATE", "2025-05"}, {"last weekend", 39, 51, "DATE", "2025-W16-WE"}, {"this weekend", 69, 81, "DATE", "2025-W17-WE"}}},
		{"next week and quarter", d, "Results are due next week and next quarter.",
			[]Timex{{"next week", 16, 25, "DATE", "2025-W18"}, {"next quarter", 30, 42, "DATE", "2025-Q3"}}},
		{"explicit dates", d, "The treaty was signed on April 21, 2025, ratified on 21 April 2025 and published 2025-04-21 and 4/21/2025.",
			[]Timex{{"April 21, 2025", 25, 39, "DATE", "2025-04-21"}, {"21 April 2025", 53, 66, "DATE", "2025-04-21"}, {"2025-04-21", 81, 91, "DATE", "2025-04-21"}, {"4/21/2025", 96, 105, "DATE", "2025-04-21"}}},
		{"date without year", d, "The law takes effect on April 30.",
			[]Timex{{"April 30", 24, 32, "DATE", "2025-04-30"}}},
		{"decade and season of a year", d, "He was born in the 1990s and studied in the spring of 2010.",
			[]Timex{{"the 1990s", 15, 24, "DATE", "199"}, {"the spring of 2010", 40, 58, "DATE", "2010-SP"}}},
		{"time anchored to the sentence's day", d, "The minister spoke on Monday at 3 p.m. in Kyiv.",
			[]Timex{{"Monday", 22, 28, "DATE", "2025-04-21"}, {"3 p.m.", 32, 38, "TIME", "2025-04-21T15:00"}}},
		{"time before its weekday", d, "Talks will resume at 10 a.m. on Monday.",
			[]Timex{{"10 a.m.", 21, 28, "TIME", "2025-04-28T10:00"}, {"Monday", 32, 38, "DATE", "2025-04-28"}}},
		{"vague duration and sets", d, "The storm lasted several months and returns every week. The magazine appears weekly.",
			[]Timex{{"several months", 17, 31, "DURATION", "PXM"}, {"every week", 44, 54, "SET", "P1W"}, {"weekly", 77, 83, "SET", "P1W"}}},
		{"present and past references", d, "He is now in Kyiv and currently serves as envoy. He recently resigned.",
			[]Timex{{"now", 6, 9, "DATE", "PRESENT_REF"}, {"currently", 22, 31, "DATE", "PRESENT_REF"}, {"recently", 52, 60, "DATE", "PAST_REF"}}},
		{"former is not a timex", d, "The former minister spoke.", []Timex{}},
		{"ago at year granularity", d, "The plant closed two years ago.",
			[]Timex{{"two years ago", 17, 30, "DATE", "2023"}}},
		{"rates are not tagged", d, "A decade ago, the company earned $5 million a year and ran four flights a week.",
			[]Timex{{"A decade ago", 0, 12, "DATE", "201"}}},
		{"financial quarters", fin, "Profit rose in the third quarter. Sales fell in the quarter, compared with a year earlier.",
			[]Timex{{"the third quarter", 15, 32, "DATE", "1989-Q3"}, {"the quarter", 48, 59, "DATE", "1989-Q3"}, {"a year earlier", 75, 89, "DATE", "1988-Q3"}}},
		{"ranges of days, days from a date, one day ahead", d, "The talks ran from April 5 to 10, 2024 and resume on May 3-4. Sales rose March 3 and 4 percent. Stores reopened the day after Christmas. The truce ends two days before May 10. He left the day after the vote. Islam will one day be the second religion. The truce lasted one day.",
			[]Timex{{"April 5", 19, 26, "DATE", "2024-04-05"}, {"10, 2024", 30, 38, "DATE", "2024-04-10"}, {"May 3", 53, 58, "DATE", "2025-05-03"}, {"4", 59, 60, "DATE", "2025-05-04"},
				{"March 3", 73, 80, "DATE", "2025-03-03"}, {"the day after Christmas", 112, 135, "DATE", "2024-12-26"}, {"two days before May 10", 152, 174, "DATE", "2025-05-08"},
				{"one day", 219, 226, "DATE", "FUTURE_REF"}, {"one day", 268, 275, "DURATION", "P1D"}}},
		{"a day and a count are no range", d, "On March 3 and 25 people died. The fair runs between May 3 and 4.",
			[]Timex{{"March 3", 3, 10, "DATE", "2025-03-03"}, {"May 3", 53, 58, "DATE", "2025-05-03"}, {"4", 63, 64, "DATE", "2025-05-04"}}},
		{"for a while", d, "They will live without it for a while. A while later, it rained.",
			[]Timex{{"a while", 30, 37, "DURATION", "PXX"}}},
		{"and a half", d, "But a minute and a half later, a pilot called. The talks lasted two years and a half.",
			[]Timex{{"a minute and a half", 4, 23, "DURATION", "PT1M30S"}, {"two years and a half", 64, 84, "DURATION", "P2Y6M"}}},
		{"year end", d, "The deal should close by year-end. The index is up 5% since year-end. It closes around year end. Jobs will go by year's end.",
			[]Timex{{"year-end", 25, 33, "DATE", "2025-12-31"}, {"year-end", 60, 68, "DATE", "2024-12-31"}, {"around year end", 80, 95, "DATE", "2025-12"}, {"year's end", 113, 123, "DATE", "2025"}}},
		{"today is the nth day of", d, "It's the second day of an offensive. In Saudi Arabia, today is the eighth day of the operation. He left on the second day of the talks.",
			[]Timex{{"the second day", 5, 19, "DATE", "2025-04-22"}, {"today", 54, 59, "DATE", "2025-04-22"}, {"the eighth day", 63, 77, "DATE", "2025-04-22"}}},
		{"the first hours", d, "Prisoners were taken in the first hours of the war. You save fewer lives in the early years.",
			[]Timex{{"the first hours", 24, 39, "DURATION", "PTXH"}, {"the early years", 76, 91, "DURATION", "PXY"}}},
		{"names with Today and This Week, headlines", d, "Talks Resume Next Week. Baker spoke on \"This Week\" again. This is VOA Today. Markets Rally Today. He read USA Today. \"Today we act,\" he said.",
			[]Timex{{"Next Week", 13, 22, "DATE", "2025-W18"}, {"Today", 91, 96, "DATE", "2025-04-22"}, {"Today", 118, 123, "DATE", "2025-04-22"}}},
		{"this year through a month", fin, "Sales were flat this year through August. The offer runs through January.",
			[]Timex{{"this year", 16, 25, "DATE", "1989"}, {"August", 34, 40, "DATE", "1989-08"}, {"January", 65, 72, "DATE", "1990-01"}}},
		{"then current", d, "Holders may buy shares at 50% of the then current market price. The current system works.",
			[]Timex{{"then current", 37, 49, "DATE", "PAST_REF"}, {"current", 68, 75, "DATE", "PRESENT_REF"}}},
		{"two quarters of a year", d, "Losses will run through at least the first two quarters of 1990. In the last two quarters, sales fell.",
			[]Timex{{"the first two quarters of 1990", 33, 63, "DATE", "1990-H1"}, {"the last two quarters", 68, 89, "DURATION", "P2Q"}}},
		{"reporting periods: nine months, quarters ahead, the latest quarter", fin, "Profit rose in the third quarter. For the nine months, net fell from a year earlier. The company said it will take a fourth-quarter charge. In the latest quarter, sales rose from a year ago. For the quarter a year ago, it earned $5 million. Net for the year-earlier nine months was higher.",
			[]Timex{{"the third quarter", 15, 32, "DATE", "1989-Q3"}, {"the nine months", 38, 53, "DURATION", "P9M"}, {"a year earlier", 69, 83, "DATE", "1988"},
				{"fourth-quarter", 117, 131, "DATE", "1989-Q4"}, {"the latest quarter", 143, 161, "DATE", "1989-Q3"}, {"a year ago", 179, 189, "DATE", "1988-Q3"},
				{"the quarter a year ago", 195, 217, "DATE", "1988-Q3"}, {"the year-earlier nine months", 249, 277, "DURATION", "P9M"}}},
		{"the reported quarter outlives an aside", fin, "The company posted a gain in third-quarter net income. After a flat second quarter, it raised prices. Paper prices stayed low. Charges were taken in the year-earlier period. Sun shipped 9,000 systems in the quarter.",
			[]Timex{{"third-quarter", 29, 42, "DATE", "1989-Q3"}, {"flat second quarter", 63, 82, "DATE", "1989-Q2"}, {"the year-earlier period", 149, 172, "DATE", "1988-Q3"}, {"the quarter", 203, 214, "DATE", "1989-Q3"}}},
		{"titles, amounts and compounds are not times", fin, "Net fell below the year-earlier $4.5 million. The quarter-to-quarter comparison was better than for the corresponding period last year. Baker spoke on ABC's \"This Week\" program. This is VOA Today. Sales were flat in the last half of the '80s.",
			[]Timex{{"the corresponding period last year", 100, 134, "DATE", "1988-Q3"}, {"the last half of the '80s", 216, 241, "DATE", "198"}}},
		{"last year's quarter", fin, "U.K. sales for last year's quarter were about $3 million.",
			[]Timex{{"last year's quarter", 15, 34, "DATE", "1988-Q3"}}},
		{"past quarter not yet begun is last year's", d, "The firm reported a third-quarter loss.",
			[]Timex{{"third-quarter", 20, 33, "DATE", "2024-Q3"}}},
		{"modifiers in the extent", d, "It took nearly two years, until early next year.",
			[]Timex{{"nearly two years", 8, 24, "DURATION", "P2Y"}, {"early next year", 32, 47, "DATE", "2026"}}},
		{"the past year and the next two weeks", d, "Over the past year prices rose; the next two weeks matter.",
			[]Timex{{"the past year", 5, 18, "DATE", "2024"}, {"the next two weeks", 32, 50, "DURATION", "P2W"}}},
		{"last and next weekday", d, "They met last Tuesday and meet again next Monday.",
			[]Timex{{"last Tuesday", 9, 21, "DATE", "2025-04-15"}, {"next Monday", 37, 48, "DATE", "2025-04-28"}}},
		{"no tense cue: the much nearer weekday", d, "The president arrives in Paris Thursday for talks.",
			[]Timex{{"Thursday", 31, 39, "DATE", "2025-04-24"}}},
		{"no tense cue: the past one otherwise", d, "The president in Paris Saturday for talks.",
			[]Timex{{"Saturday", 23, 31, "DATE", "2025-04-19"}}},
		{"DCT weekday is the DCT", d, "The vote took place on Tuesday.",
			[]Timex{{"Tuesday", 23, 30, "DATE", "2025-04-22"}}},
		{"may the modal is no month", d, "May I ask? The rally may begin in May.",
			[]Timex{{"May", 34, 37, "DATE", "2025-05"}}},
		{"amounts are not years", d, "It cost $2014 and 1990 shares rose 2000%.", []Timex{}},
		{"holidays", d, "The events of this Easter show it. He met them on Christmas Eve and will return next Christmas.",
			[]Timex{{"this Easter", 14, 25, "DATE", "2025-04-20"}, {"Christmas Eve", 50, 63, "DATE", "2024-12-24"}, {"next Christmas", 80, 94, "DATE", "2025-12-25"}}},
		{"24-hour time and the next day", d, "The attack began at 1430 GMT on Monday. The next day, troops withdrew. By mid-afternoon it was over.",
			[]Timex{{"1430 GMT", 20, 28, "TIME", "2025-04-21T14:30"}, {"Monday", 32, 38, "DATE", "2025-04-21"}, {"The next day", 40, 52, "DATE", "2025-04-22"}, {"mid-afternoon", 74, 87, "TIME", "2025-04-22TAF"}}},
		{"the following day, later in the day", d, "He arrived on April 3. The following day he left, and later in the day he called.",
			[]Timex{{"April 3", 14, 21, "DATE", "2025-04-03"}, {"The following day", 23, 40, "DATE", "2025-04-04"}, {"the day", 63, 70, "DATE", "2025-04-04"}}},
		{"fiscal year ended is a duration", d, "Net rose in the fiscal year ended June 30.",
			[]Timex{{"the fiscal year", 12, 27, "DURATION", "P1Y"}, {"June 30", 34, 41, "DATE", "2024-06-30"}}},
		{"extended to a date ahead", d, "The offer was extended to May 16.",
			[]Timex{{"May 16", 26, 32, "DATE", "2025-05-16"}}},
		{"spelled year and month", d, "It began in January nineteen ninety-seven, in the year two thousand.",
			[]Timex{{"January nineteen ninety-seven", 12, 41, "DATE", "1997-01"}, {"the year two thousand", 46, 67, "DATE", "2000"}}},
	})
}

// TestTimexesUnknownDCT checks the values given when the DCT is unknown.
func TestTimexesUnknownDCT(t *testing.T) {
	runTimexCases(t, []timexCase{
		{"relative values get X's", time.Time{}, "The minister said on Monday that talks went well last week, yesterday and in 2014.",
			[]Timex{{"Monday", 21, 27, "DATE", "XXXX-WXX-1"}, {"last week", 49, 58, "DATE", "XXXX-WXX"}, {"yesterday", 60, 69, "DATE", "XXXX-XX-XX"}, {"2014", 77, 81, "DATE", "2014"}}},
		{"today and ago", time.Time{}, "Today the plant that closed two years ago reopened.",
			[]Timex{{"Today", 0, 5, "DATE", "PRESENT_REF"}, {"two years ago", 28, 41, "DATE", "PAST_REF"}}},
		{"month day", time.Time{}, "It ends on April 30.",
			[]Timex{{"April 30", 11, 19, "DATE", "XXXX-04-30"}}},
	})
}

// TestTimexesNasty feeds awkward inputs; they must not panic and must keep
// the span invariants.
func TestTimexesNasty(t *testing.T) {
	inputs := []string{
		"",
		" ",
		"\x00\xff\xfe",
		"Monday",
		"monday",
		"the the the",
		"2025-13-45 and 2/30/2025 and 99/99/9999",
		"Feb. 30 and April 31",
		"“On Monday,” he said — on Tuesday’s show — “we’ll meet on Friday.” 😀",
		"\u200bMonday\u200b last\u00a0week",
		strings.Repeat("last week ", 200),
		strings.Repeat("é", 50) + " in 2014 " + strings.Repeat("ü", 50),
		"at 25 p.m. and 13 a.m. and 0 o'clock",
		"the 21st century, the 1st century, the 99th century",
		"nineteen ninety-six, two thousand and one, the year two thousand",
	}
	for _, in := range inputs {
		got := Timexes(in, timexSeedDCT)
		if got == nil {
			t.Errorf("Timexes(%q) = nil, want non-nil", in)
		}
		checkTimexInvariants(t, in, got)
		checkTimexInvariants(t, in, Timexes(in, time.Time{}))
	}
}

// TestTimexesConcurrent runs the tagger from many goroutines (go test
// -race proves the tables are only read).
func TestTimexesConcurrent(t *testing.T) {
	text := "The envoys will meet on Wednesday. Talks last week failed; a 30-day truce expired on Friday."
	want := Timexes(text, timexSeedDCT)
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 20 {
				if got := Timexes(text, timexSeedDCT); !slices.Equal(got, want) {
					t.Errorf("concurrent Timexes differs: %+v", got)
					return
				}
			}
		})
	}
	wg.Wait()
}

// checkTimexInvariants asserts the contract of Timexes: sorted, not
// overlapping, inside the text, Text equal to the code points covered, a
// TIMEX3 type and a value.
func checkTimexInvariants(t *testing.T, text string, got []Timex) {
	t.Helper()
	runes := []rune(text)
	prevEnd := 0
	for i, x := range got {
		if x.Start < 0 || x.End > len(runes) || x.Start >= x.End {
			t.Fatalf("timex %d %+v outside text of %d code points", i, x, len(runes))
		}
		if x.Start < prevEnd {
			t.Errorf("timex %d %+v overlaps or precedes the previous one", i, x)
		}
		prevEnd = x.End
		if s := string(runes[x.Start:x.End]); s != x.Text && utf8.ValidString(text) {
			t.Errorf("timex %d text %q, but [%d,%d) is %q", i, x.Text, x.Start, x.End, s)
		}
		switch x.Type {
		case "DATE", "TIME", "DURATION", "SET":
		default:
			t.Errorf("timex %d %+v: type %q", i, x, x.Type)
		}
		if x.Value == "" {
			t.Errorf("timex %d %+v: empty value", i, x)
		}
	}
}
