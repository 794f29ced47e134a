package extract

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// This file resolves relative temporal expressions against the document
// creation time (DCT): calendar arithmetic, TIMEX3 value formatting, the
// tense of a clause, and the document's earlier values ("the same day").

// timexCtx is the per-call state of one Timexes run. It is never shared
// between calls.
type timexCtx struct {
	text  string
	dct   time.Time
	known bool // dct is known
	// prev are the values of the timexes already resolved, in text order.
	prev []string
	// prevPos are their byte starts.
	prevPos []int
	// quarter is the last quarter the text named itself ("the third
	// quarter"), not one derived from it ("a year earlier").
	quarter string
	// quarterPos is the byte start of that quarter's expression, cur the
	// byte start of the expression being resolved.
	quarterPos, cur int
	// yearPeriod is set when, since the last quarter named, the text
	// talked about a longer part of the year ("the first nine months"):
	// "a year earlier" then compares with that period, at year
	// granularity.
	yearPeriod bool
	// topQuarter is the first quarter the text named: the one a results
	// report is about.
	topQuarter string
}

// timexQuarterReach is how far back (bytes) "a year earlier" looks for the
// quarter it compares with.
const timexQuarterReach = 1000

func timexParseDay(s string) (time.Time, error) { return time.Parse("2006-01-02", s) }

// Tense of a clause.
const (
	timexTenseNone   = 0
	timexTensePast   = -1
	timexTenseFuture = 1
)

func timexFmtDay(t time.Time) string { return t.Format("2006-01-02") }

func timexFmtMonth(y, m int) string { return fmt.Sprintf("%04d-%02d", y, m) }

func timexFmtWeek(t time.Time) string {
	y, w := t.ISOWeek()
	return fmt.Sprintf("%04d-W%02d", y, w)
}

func timexQuarterOf(t time.Time) int { return (int(t.Month())-1)/3 + 1 }

// dayOffset is the date n days from the DCT.
func (c *timexCtx) dayOffset(n int) string {
	if !c.known {
		return "XXXX-XX-XX"
	}
	return timexFmtDay(c.dct.AddDate(0, 0, n))
}

// yearOffset is the DCT year plus n.
func (c *timexCtx) yearOffset(n int) string {
	if !c.known {
		return "XXXX"
	}
	return strconv.Itoa(c.dct.Year() + n)
}

// monthOffset is the DCT month plus n.
func (c *timexCtx) monthOffset(n int) string {
	if !c.known {
		return "XXXX-XX"
	}
	y, m := c.dct.Year(), int(c.dct.Month())-1+n
	y += timexFloorDiv(m, 12)
	m = timexMod(m, 12) + 1
	return timexFmtMonth(y, m)
}

// weekOffset is the DCT's ISO week plus n weeks.
func (c *timexCtx) weekOffset(n int) string {
	if !c.known {
		return "XXXX-WXX"
	}
	return timexFmtWeek(c.dct.AddDate(0, 0, 7*n))
}

// quarterOffset is the DCT quarter plus n quarters.
func (c *timexCtx) quarterOffset(n int) string {
	if !c.known {
		return "XXXX-QX"
	}
	q := c.dct.Year()*4 + timexQuarterOf(c.dct) - 1 + n
	return fmt.Sprintf("%04d-Q%d", timexFloorDiv(q, 4), timexMod(q, 4)+1)
}

// weekendOffset is the weekend of the DCT's ISO week plus n weeks.
func (c *timexCtx) weekendOffset(n int) string {
	if !c.known {
		return "XXXX-WXX-WE"
	}
	return c.weekOffset(n) + "-WE"
}

// seasonValue is the season code of the DCT year plus n.
func (c *timexCtx) seasonValue(code string, n int) string {
	return c.yearOffset(n) + "-" + code
}

// weekday resolves a weekday name (ISO number) relative to the DCT: the
// DCT's own day when it is that weekday (as TimeBank does), else the coming
// one for the future and the past one otherwise. strict excludes the DCT
// itself ("last Monday", "next Monday").
func (c *timexCtx) weekday(wd, tense int, strict bool) string {
	if !c.known {
		return fmt.Sprintf("XXXX-WXX-%d", wd)
	}
	cur := int(c.dct.Weekday())
	if cur == 0 {
		cur = 7
	}
	if tense == timexTenseFuture {
		d := timexMod(wd-cur, 7)
		if d == 0 && strict {
			d = 7
		}
		return c.dayOffset(d)
	}
	d := timexMod(cur-wd, 7)
	if d == 0 && strict {
		d = 7
	}
	if tense == timexTenseNone && !strict && d > 0 && timexMod(wd-cur, 7) < d-timexWeekdayFutureBias {
		// No tense cue at all ("arrives in Paris Tuesday"): the nearer
		// one, the past one on a tie.
		return c.dayOffset(timexMod(wd-cur, 7))
	}
	return c.dayOffset(-d)
}

// timexWeekdayFutureBias is how many days nearer the coming weekday must be
// than the past one to be chosen when the clause has no tense cue.
const timexWeekdayFutureBias = 2

// monthYear picks the year of a month (and day) written without one: the
// DCT year, moved back for a past clause when the date lies after the DCT and
// forward for a future clause when it lies before it.
func (c *timexCtx) monthYear(m, d, tense int) (int, bool) {
	if !c.known {
		return 0, false
	}
	y := c.dct.Year()
	cm, cd := int(c.dct.Month()), c.dct.Day()
	if d == 0 {
		switch {
		case tense == timexTensePast && m > cm:
			y--
		case tense == timexTenseFuture && m < cm:
			y++
		case tense == timexTenseNone && m-cm > 6:
			y--
		case tense == timexTenseNone && cm-m > 6:
			y++
		}
		return y, true
	}
	after := m > cm || (m == cm && d > cd)
	before := m < cm || (m == cm && d < cd)
	// Distance in days, roughly, from the DCT to the date in the DCT year.
	diff := (m-cm)*31 + d - cd
	switch {
	case tense == timexTensePast && after:
		y--
	case tense == timexTenseFuture && before:
		y++
	case tense == timexTenseNone && diff > 6*31:
		y--
	case tense == timexTenseNone && diff < -6*31:
		y++
	}
	return y, true
}

// lastPrev returns the most recent earlier value accepted by keep.
func (c *timexCtx) lastPrev(keep func(string) bool) (string, bool) {
	for i := len(c.prev) - 1; i >= 0; i-- {
		if keep(c.prev[i]) {
			return c.prev[i], true
		}
	}
	return "", false
}

func timexIsDayValue(v string) bool {
	return len(v) >= 10 && v[4] == '-' && v[7] == '-' && timexIsDigits(v[8:10]) && timexIsDigits(v[:4])
}

func timexIsQuarterValue(v string) bool {
	return len(v) == 7 && timexIsDigits(v[:4]) && v[4:6] == "-Q" && v[6] >= '1' && v[6] <= '4'
}

func timexIsDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// shiftValue moves a year-, quarter-, half-, month- or day-granular value by
// years whole years, keeping its granularity; ok is false for other values.
func timexShiftYears(v string, years int) (string, bool) {
	if len(v) < 4 || !timexIsDigits(v[:4]) {
		return "", false
	}
	y, _ := strconv.Atoi(v[:4])
	return fmt.Sprintf("%04d", y+years) + v[4:], true
}

// yearAgo resolves "a year earlier", "the year-ago quarter": the most recent
// quarter the text talks about, a year back; else the year before the DCT.
func (c *timexCtx) yearAgo(quarterOnly bool) string {
	if c.yearPeriod && !quarterOnly {
		return c.yearOffset(-1)
	}
	if q := c.refQuarter(); q != "" && (quarterOnly || c.cur-c.quarterPos <= timexQuarterReach) {
		s, _ := timexShiftYears(q, -1)
		return s
	}
	if quarterOnly {
		return c.quarterOffset(-5)
	}
	return c.yearOffset(-1)
}

// currentQuarterRef resolves "the quarter", "the latest quarter": the most
// recent quarter the text named, else the last full quarter before the DCT
// (news reports results for the quarter just ended).
func (c *timexCtx) currentQuarterRef() string {
	if q := c.refQuarter(); q != "" {
		return q
	}
	return c.quarterOffset(-1)
}

// refQuarter is the quarter a comparison ("a year earlier", "the
// year-ago period") refers to: the last quarter named when it was named in
// this sentence or the one before, else the first quarter the text named
// (the one its report is about; "after a flat second quarter" three
// sentences back is an aside).
func (c *timexCtx) refQuarter() string {
	if c.quarter == "" || c.topQuarter == "" {
		return c.quarter
	}
	ss, _ := timexSentenceBounds(c.text, c.cur, c.cur)
	if ss > 1 {
		ss, _ = timexSentenceBounds(c.text, ss-1, ss-1)
	}
	if c.quarterPos >= ss {
		return c.quarter
	}
	return c.topQuarter
}

// nameQuarter records v as the quarter the text talks about and returns it.
func (c *timexCtx) nameQuarter(v string) string {
	if timexIsQuarterValue(v) {
		c.quarter, c.quarterPos = v, c.cur
		c.yearPeriod = false
		if c.topQuarter == "" {
			c.topQuarter = v
		}
	}
	return v
}

func timexFloorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

func timexMod(a, b int) int {
	m := a % b
	if m < 0 {
		m += b
	}
	return m
}

// Tense cues. Future cues mark a clause about what is to come; past cues a
// clause about what happened. Reporting verbs are past cues for the time of
// speaking only, so date resolution that concerns the reported event skips
// them.
var (
	timexFutureCues = map[string]bool{
		"will": true, "shall": true, "would": true, "won't": true, "wont": true,
		"planning":  true,
		"scheduled": true, "slated": true, "expected": true, "expects": true,
		"due": true, "upcoming": true, "next": true, "tomorrow": true,
		"intends": true, "intend": true, "aims": true, "hopes": true,
		"going": true, "until": true,
	}
	timexPastCues = map[string]bool{
		"said": true, "told": true, "ago": true, "since": true, "last": true, "yesterday": true,
		"earlier": true, "was": true, "were": true, "had": true, "did": true,
		"met": true, "held": true, "made": true, "took": true, "gave": true,
		"came": true, "went": true, "saw": true, "began": true, "won": true,
		"lost": true, "fell": true, "rose": true, "left": true, "sent": true,
		"got": true, "paid": true, "sold": true, "bought": true, "struck": true,
		"spoke": true, "wrote": true, "thought": true, "found": true,
		"brought": true, "led": true, "ran": true, "became": true, "broke": true,
		"chose": true, "drove": true, "flew": true, "grew": true, "knew": true,
		"meant": true, "shot": true, "stood": true, "swore": true, "threw": true,
		"understood": true, "woke": true, "kept": true, "felt": true, "heard": true,
		"dropped": true, "slid": true, "sank": true, "sought": true, "taught": true,
		"withdrew": true, "overtook": true, "hit": false, "fought": true,
		"declined": true, "posted": true, "reported": true, "closed": true,
	}
	timexReportingVerbs = map[string]bool{
		"said": true, "told": true, "announced": true, "reported": true,
		"added": true, "noted": true, "stated": true, "explained": true,
		"declared": true, "says": true, "say": true, "according": true,
		"wrote": true, "confirmed": true, "disclosed": true, "indicated": true,
	}
	timexNotPastEd = map[string]bool{
		"need": true, "red": true, "bed": true, "shed": true, "bred": true,
		"hundred": true, "indeed": true, "speed": true, "seed": true, "feed": true,
		"led": false, "proceed": true, "exceed": true, "succeed": true, "embed": true,
		"breed": true, "greed": true, "weed": true, "deed": true, "sled": true,
	}
)

// timexWordCue classifies one lower-cased word.
func timexWordCue(w string, skipReporting bool) int {
	if skipReporting && timexReportingVerbs[w] {
		return timexTenseNone
	}
	if timexFutureCues[w] || strings.HasSuffix(w, "'ll") || strings.HasSuffix(w, "’ll") {
		return timexTenseFuture
	}
	if timexPastCues[w] {
		return timexTensePast
	}
	if len(w) >= 5 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed") && !timexNotPastEd[w] {
		return timexTensePast
	}
	return timexTenseNone
}

// timexSentenceBounds returns the byte range of the sentence (or clause
// ended by ';') around [bs, be).
func timexSentenceBounds(text string, bs, be int) (int, int) {
	start := 0
	for i := bs - 1; i >= 0 && bs-i < 600; i-- {
		if timexIsBoundary(text, i) {
			start = i + 1
			break
		}
		if bs-i == 599 {
			start = i
		}
	}
	end := len(text)
	for i := be; i < len(text); i++ {
		if i-be >= 600 {
			end = i
			break
		}
		if timexIsBoundary(text, i) {
			end = i
			break
		}
	}
	return start, end
}

// timexIsBoundary reports whether text[i] ends a sentence or clause: a
// newline, '!', '?', ';', or a period followed by white space that does not
// end an abbreviation.
func timexIsBoundary(text string, i int) bool {
	switch text[i] {
	case '\n', '!', '?', ';':
		return true
	case '.':
		if i+1 < len(text) && text[i+1] != ' ' && text[i+1] != '\n' && text[i+1] != '"' {
			return false
		}
		// The word before the period.
		j := i
		for j > 0 && (unicode.IsLetter(rune(text[j-1])) || text[j-1] == '.') {
			j--
		}
		w := strings.ToLower(text[j:i])
		if w == "" && i > 0 && text[i-1] >= '0' && text[i-1] <= '9' {
			// "... the same period of 1999. The meeting ..."
			return true
		}
		if len(w) <= 1 || strings.Contains(w, ".") {
			return false
		}
		if _, isMonth := timexMonthNames[w]; isMonth && len(w) <= 4 {
			return false
		}
		switch w {
		case "mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "inc", "co", "corp", "ltd", "jr", "sr", "no", "vs", "lt", "col", "sgt", "capt", "adm", "prof":
			return false
		}
		return true
	}
	return false
}

// timexTense guesses the tense of the clause around the expression at
// [bs, be): the nearest tense cue to its left within the sentence decides,
// else the nearest to its right. skipReporting ignores reporting verbs.
func timexTense(text string, bs, be int, skipReporting bool) int {
	ss, se := timexSentenceBounds(text, bs, be)
	// Left, nearest first, up to timexTenseWindowLeft words.
	i := bs
	window := timexTenseWindowLeft
	if skipReporting {
		window = timexTenseWindowLeftMonth
	}
	for n := 0; i > ss && n < window; n++ {
		w, s := timexWordBefore(text, ss, i)
		if w == "" {
			break
		}
		lw := strings.ToLower(w)
		if lw == "to" {
			// "is to", "are to", "plans to" mark an arrangement to come.
			if pw, _ := timexWordBefore(text, ss, s); pw != "" {
				switch strings.ToLower(pw) {
				case "is", "are", "going", "due", "set", "plans", "plan", "expected", "scheduled", "slated", "likely", "ready":
					return timexPerfectOr(text, ss, s, timexTenseFuture)
				}
			}
		}
		if cue := timexClauseCue(w, lw, skipReporting); cue != timexTenseNone {
			if cue == timexTenseFuture {
				return timexPerfectOr(text, ss, s, cue)
			}
			pw, _ := timexWordBefore(text, ss, s)
			if strings.EqualFold(pw, "be") {
				// "will be published", "would be paid".
				return timexTenseFuture
			}
			if !timexPastCues[lw] {
				switch strings.ToLower(pw) {
				case "a", "an", "the", "still", "very", "so", "its", "their", "his", "her", "our", "newly", "recently":
					// "a still unspecified date": an adjective, no tense.
					i = s
					continue
				}
			}
			return cue
		}
		i = s
	}
	// Right, nearest first, up to timexTenseWindowRight words.
	i = be
	for n := 0; i < se && n < timexTenseWindowRight; n++ {
		w, e := timexWordAfter(text, i, se)
		if w == "" {
			break
		}
		lw := strings.ToLower(w)
		if cue := timexClauseCue(w, lw, skipReporting); cue != timexTenseNone {
			return cue
		}
		i = e
	}
	return timexTenseNone
}

// timexClauseCue is timexWordCue for a word as written: a capitalised word
// ending in -ed is a name ("United"), not a past verb.
func timexClauseCue(w, lw string, skipReporting bool) int {
	cue := timexWordCue(lw, skipReporting)
	if cue == timexTensePast && timexStartsUpper(w) && !timexPastCues[lw] && !timexReportingVerbs[lw] {
		return timexTenseNone
	}
	return cue
}

// How many words around an expression timexTense looks at.
const (
	timexTenseWindowLeft = 16
	// Months and their days look less far: their year depends on the
	// nearby verb ("ended", "will pay"), not on the reporting clause.
	timexTenseWindowLeftMonth = 10
	timexTenseWindowRight     = 6
)

// timexPerfectOr returns past when the future cue that starts at byte i is
// itself put in the past ("had been due to", "was expected to"), else cue.
func timexPerfectOr(text string, lo, i, cue int) int {
	for n := 0; n < 2; n++ {
		w, s := timexWordBefore(text, lo, i)
		switch strings.ToLower(w) {
		case "was", "were", "had", "been":
			return timexTensePast
		case "":
			return cue
		}
		i = s
	}
	return cue
}

func timexStartsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func timexIsWordByte(text string, i int) bool {
	b := text[i]
	return b == '\'' || b >= 0x80 || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z')
}

// timexWordBefore returns the word that ends before byte i (not before lo)
// and its start.
func timexWordBefore(text string, lo, i int) (string, int) {
	j := i
	for j > lo && !timexIsWordByte(text, j-1) {
		j--
	}
	e := j
	for j > lo && timexIsWordByte(text, j-1) {
		j--
	}
	if e == j {
		return "", lo
	}
	return text[j:e], j
}

// timexWordAfter returns the word that starts at or after byte i (before
// hi) and its end.
func timexWordAfter(text string, i, hi int) (string, int) {
	j := i
	for j < hi && !timexIsWordByte(text, j) {
		j++
	}
	s := j
	for j < hi && timexIsWordByte(text, j) {
		j++
	}
	if s == j {
		return "", hi
	}
	return text[s:j], j
}

// timexNearTense is the tense cue of the word right before byte i,
// prepositions skipped ("ended Sept. 30", "ended on Sept. 30"), reporting
// verbs ignored; none when there is none or the word is "to", "until",
// "by" ("extended to Nov. 16").
func timexNearTense(text string, i int) int {
	ss, _ := timexSentenceBounds(text, i, i)
	for n := 0; n < 1 && i > ss; {
		w, s := timexWordBefore(text, ss, i)
		if w == "" {
			break
		}
		switch strings.ToLower(w) {
		case "on", "of", "at", "in", "as", "since", "from":
			i = s
			continue
		case "to", "until", "till", "through", "by", "before":
			// "extended to Nov. 16": the date is where the event goes.
			return timexTenseNone
		}
		n++
		if cue := timexClauseCue(w, strings.ToLower(w), true); cue != timexTenseNone {
			if pw, _ := timexWordBefore(text, ss, s); cue == timexTensePast && strings.EqualFold(pw, "be") {
				return timexTenseFuture
			}
			return cue
		}
		i = s
	}
	return timexTenseNone
}

// sentenceDay is the day of the sentence's previous date expression, else
// the DCT: "3 p.m." in "on Monday at 3 p.m." is Monday's.
func (c *timexCtx) sentenceDay(bs, be int) string {
	ss, _ := timexSentenceBounds(c.text, bs, be)
	if ss > 1 {
		// Or the previous sentence's: "Hopes were dashed Friday. Dealers
		// bought in the morning."
		ss, _ = timexSentenceBounds(c.text, ss-1, ss-1)
	}
	for i := len(c.prev) - 1; i >= 0 && c.prevPos[i] >= ss; i-- {
		if timexIsDayValue(c.prev[i]) {
			return c.prev[i][:10]
		}
	}
	return c.dayOffset(0)
}
