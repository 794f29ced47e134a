package extract

import (
	"strings"
	"sync"
)

// This file keeps the tagger fast. Go's regexp has no DFA, so running some
// thirty rule expressions over a whole article costs tens of milliseconds.
// Every rule match contains a trigger word (a month name for the month
// rules, a unit for durations, a digit run for years), so Timexes scans the
// text once for trigger words and runs each rule only on short windows
// around its triggers.

// timexDefaultReach is how many bytes a window extends on each side of
// its trigger word (then widened to whole words) unless the rule says
// otherwise. It bounds the longest modifier a rule can take in ("a little
// more than the past", "the year-earlier third quarter of fiscal 1989").
const timexDefaultReach = 40

// timexMaxWindow caps a merged window: the regexp package's fast
// backtracking matcher only runs on short inputs, so dense text is cut into
// overlapping windows rather than merged into one long one.
const timexMaxWindow = 768

// timexTriggerSpec lists the trigger words of a rule and the token classes
// that trigger it, and how far its matches reach left and right of the
// trigger (0: timexDefaultReach; -1: none).
type timexTriggerSpec struct {
	words       string // space-separated lower-case words
	digits      bool   // any run of digits
	year4       bool   // a run of exactly four digits
	decade      bool   // digits ending in "0s": "1990s", "80s"
	digitSlash  bool   // digits followed by '/'
	left, right int
}

var (
	timexMonthWords   = "january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec"
	timexWeekdayWords = "monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays fridays saturdays sundays"
	timexUnitWords    = "second seconds minute minutes hour hours day days night nights week weeks fortnight fortnights month months quarter quarters year years decade decades century centuries"
)

// timexTriggerSpecs gives each rule's triggers, by rule name.
var timexTriggerSpecs = map[string]timexTriggerSpec{
	"iso":                {year4: true, left: -1, right: 20},
	"slash":              {digitSlash: true, left: -1, right: 12},
	"month-day":          {words: timexMonthWords, left: 36, right: 16},
	"day-month":          {words: timexMonthWords, left: 32, right: 10},
	"day-range":          {words: timexMonthWords, left: 10, right: 32},
	"month":              {words: timexMonthWords, left: 36, right: 26},
	"weekday":            {words: timexWeekdayWords, left: 24, right: 12},
	"relday":             {words: "today tonight yesterday tomorrow", left: 30, right: 12},
	"part-of-day":        {words: "morning afternoon evening night midafternoon midmorning mid", left: 20, right: 12},
	"quarter":            {words: "quarter half"},
	"quarter-ref":        {words: "quarter period", right: 16},
	"relative-unit":      {words: "week month year quarter weekend decade century spring summer fall autumn winter", right: -1},
	"the-unit":           {words: "week weekend month year decade spring summer winter", left: 30, right: -1},
	"ago":                {words: "ago earlier later hence now back", right: -1},
	"year":               {year4: true, right: -1},
	"spelled-year":       {words: "nineteen thousand", left: 36, right: 24},
	"decade":             {words: "twenties thirties forties fifties sixties seventies eighties nineties", decade: true, left: 30, right: -1},
	"century":            {words: "century", left: 24, right: -1},
	"duration":           {words: timexUnitWords, right: 16},
	"duration-the":       {words: timexUnitWords, right: 10},
	"duration-adjective": {words: timexUnitWords, left: 14, right: 6},
	"set":                {words: "every each per once twice thrice times", left: 14, right: 24},
	"set-name":           {words: "every each", left: -1, right: 12},
	"set-adverb":         {words: "daily weekly monthly annually yearly hourly nightly biweekly", left: -1, right: -1},
	"time":               {words: "m am pm clock", left: 24, right: 28},
	"noon":               {words: "noon midnight midday", left: 22, right: 12},
	"bare-units":         {words: timexUnitWords, left: 14, right: -1},
	"vague":              {words: "now currently current recently recent lately nowadays days present being past future term soon later possible while", left: 24, right: 12},
	"vague-units":        {words: "recent coming upcoming future past ensuing ahead", left: 14, right: 12},
	"year-ago":           {words: "year", left: 24, right: 8},
	"anaphora":           {words: "day week month year quarter", left: 24, right: -1},
	"day-anaphora":       {words: "day", left: 28, right: -1},
	"nth-day":            {words: "day", left: 30, right: 8},
	"early-units":        {words: "hours days weeks months years decades", left: 24, right: -1},
	"two-quarters":       {words: "quarters", left: 24, right: 12},
	"holiday":            {words: "christmas year easter thanksgiving independence halloween valentine labor memorial", left: 12, right: 12},
	"time-24h":           {words: "gmt utc est edt cst cdt mst mdt pst pdt local", left: 24, right: 8},
}

// timexTriggerTable maps trigger words to the bit set of rules they
// trigger, and token classes to theirs; reach holds each rule's reach.
type timexTriggerTable struct {
	words                             map[string]uint64
	digits, year4, decade, digitSlash uint64
	reach                             [][2]int
}

var timexTriggers = sync.OnceValue(func() timexTriggerTable {
	rules := timexRules()
	if len(rules) > 64 {
		panic("extract: more than 64 timex rules") // a programming error caught by every test
	}
	t := timexTriggerTable{words: map[string]uint64{}, reach: make([][2]int, len(rules))}
	reach := func(n int) int {
		switch {
		case n < 0:
			return 0
		case n == 0:
			return timexDefaultReach
		}
		return n
	}
	for i, r := range rules {
		spec, ok := timexTriggerSpecs[r.name]
		if !ok {
			panic("extract: timex rule " + r.name + " has no triggers")
		}
		for _, w := range strings.Fields(spec.words) {
			t.words[w] |= 1 << i
		}
		bit := uint64(1) << i
		if spec.digits {
			t.digits |= bit
		}
		if spec.year4 {
			t.year4 |= bit
		}
		if spec.decade {
			t.decade |= bit
		}
		if spec.digitSlash {
			t.digitSlash |= bit
		}
		t.reach[i] = [2]int{reach(spec.left), reach(spec.right)}
	}
	return t
})

// timexWindows returns, for each rule, the merged byte windows of text
// around its trigger words.
func timexWindows(text string, nRules int) [][][2]int {
	tt := timexTriggers()
	wins := make([][][2]int, nRules)
	var buf [16]byte
	for i := 0; i < len(text); {
		c := text[i]
		if !timexIsASCIIAlnum(c) {
			i++
			continue
		}
		j := i
		digits := true
		for j < len(text) && timexIsASCIIAlnum(text[j]) {
			if text[j] > '9' {
				digits = false
			}
			j++
		}
		var mask uint64
		switch {
		case digits:
			mask = tt.digits
			if j-i == 4 {
				mask |= tt.year4
			}
			if j < len(text) && text[j] == '/' {
				mask |= tt.digitSlash
			}
		case text[i] <= '9' && j-i >= 3 && text[j-1] == 's' && text[j-2] == '0':
			mask = tt.digits | tt.decade
		}
		if !digits && j-i <= len(buf) {
			n := 0
			for k := i; k < j; k++ {
				b := text[k]
				if b >= 'A' && b <= 'Z' {
					b += 'a' - 'A'
				}
				buf[n] = b
				n++
			}
			mask |= tt.words[string(buf[:n])]
		}
		for r := 0; mask != 0 && r < nRules; r++ {
			if mask&(1<<r) == 0 {
				continue
			}
			mask &^= 1 << r
			ws, we := timexWindow(text, i, j, tt.reach[r])
			w := wins[r]
			if n := len(w); n > 0 && ws <= w[n-1][1] && we-w[n-1][0] <= timexMaxWindow {
				w[n-1][1] = max(w[n-1][1], we)
			} else {
				wins[r] = append(w, [2]int{ws, we})
			}
		}
		i = j
	}
	return wins
}

func timexIsASCIIAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// timexWindow widens the trigger at [s, e) by reach bytes to the left
// and right, then to white space so that no word is cut.
func timexWindow(text string, s, e int, reach [2]int) (int, int) {
	ws := max(s-reach[0], 0)
	for lim := max(ws-32, 0); ws > lim && !timexIsSpace(text[ws-1]); {
		ws--
	}
	we := min(e+reach[1], len(text))
	for lim := min(we+32, len(text)); we < lim && !timexIsSpace(text[we]); {
		we++
	}
	return ws, we
}

func timexIsSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\t' || c == '\r'
}
