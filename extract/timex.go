package extract

import (
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Timexes finds every temporal expression in text and normalises it to a
// TIMEX3 type (DATE, TIME, DURATION, SET) and value against the document
// creation (publication) time dct. A zero dct means unknown: relative
// expressions then get values with X's ("XXXX-WXX-1") or PAST_REF,
// PRESENT_REF, FUTURE_REF, as TIMEX3 does.
//
// The result is sorted by Start, its spans do not overlap, its offsets are
// code points and Text equals the text they cover; it is never nil.
//
// The tagger is a set of regular-expression rules over the text (see
// timex_rules.go) that follows TimeBank's annotation conventions: the extent
// includes determiners and modifiers ("the third quarter", "last week",
// "nearly two years", "early next year") but not prepositions ("on",
// "in"). Where rules overlap the longest match wins. Weekdays and months
// without a year are resolved by the tense of their clause ("will meet on
// Wednesday" is the coming Wednesday, "said on Monday" the past Monday; the
// DCT's own weekday is the DCT), using light cues (will, 'll, "is to",
// plans, scheduled → future; said, -ed verbs, was, ago → past). Anaphoric
// expressions ("the same day", "a year earlier", "the quarter") take the
// value of the text's previous matching expression.
//
// # Concurrency
//
// Timexes is safe for concurrent use: its tables and regular expressions
// are compiled once and never written.
//
// # Performance
//
// Go's regexp has no DFA, so Timexes runs each rule only on short windows
// around the rule's trigger words (timex_triggers.go), on lower-cased text,
// with expressions kept small enough for the regexp package's backtracking
// matcher. On the 183 TimeBank documents (3.2 KB each on average) a CPU
// profile puts the cost at about 0.5 ms per document (BenchmarkTimexes);
// the cost grows linearly with the number of trigger words.
//
// # Quality
//
// On TempEval-3's TimeBank part (`claimwire eval timex`): value F1 0.87,
// relaxed extent F1 0.95, strict extent F1 0.90, type accuracy 0.98.
func Timexes(text string, dct time.Time) []Timex {
	out := []Timex{}
	if text == "" {
		return out
	}
	rules := timexRules()
	lower := timexLower(text)
	var cands []timexCand
	for ri, wins := range timexWindows(text, len(rules)) {
		r := &rules[ri]
		for _, w := range wins {
			// Find matches left to right; after a rejected match, look
			// again from the next word, so that a shorter match inside
			// it is not lost.
			for pos := w[0]; pos < w[1]; {
				loc := r.re.FindSubmatchIndex(lower[pos:w[1]])
				if loc == nil {
					break
				}
				for k := range loc {
					if loc[k] >= 0 {
						loc[k] += pos
					}
				}
				if c, ok := timexCandidate(text, r, ri, loc); ok {
					cands = append(cands, c)
					pos = max(loc[1], loc[0]+1)
				} else {
					pos = timexNextWord(text, loc[0])
				}
			}
		}
	}
	if len(cands) == 0 {
		return out
	}
	// Longest first, then leftmost, then rule order; keep those that do
	// not overlap a kept one.
	slices.SortStableFunc(cands, func(a, b timexCand) int {
		if la, lb := a.e-a.s, b.e-b.s; la != lb {
			return lb - la
		}
		if a.s != b.s {
			return a.s - b.s
		}
		return a.rule - b.rule
	})
	kept := make([]timexCand, 0, len(cands))
	taken := make([]uint64, len(text)/64+1) // bytes already covered
	for _, c := range cands {
		overlap := false
		for b := c.s; b < c.e; b++ {
			if taken[b/64]&(1<<(b%64)) != 0 {
				overlap = true
				break
			}
		}
		if overlap {
			continue
		}
		for b := c.s; b < c.e; b++ {
			taken[b/64] |= 1 << (b % 64)
		}
		kept = append(kept, c)
	}
	slices.SortFunc(kept, func(a, b timexCand) int { return a.s - b.s })

	ctx := &timexCtx{text: text, dct: dct, known: !dct.IsZero()}
	ri := NewRuneIndex(text)
	prevStart, prevEnd := -1, -1 // byte extent of the last timex in out
	for _, c := range kept {
		ctx.cur = c.s
		typ, val, ok := rules[c.rule].norm(ctx, c.m)
		if !ok || val == "" {
			continue
		}
		if typ == "DATE" {
			// "the day after Christmas", "two days before May 1": one
			// expression, which takes in a duration tagged on its own.
			if s, v, ok := timexDaysFrom(text, c.s, val); ok && (s >= prevEnd || s <= prevStart) {
				c.s, val = s, v
				if n := len(out); n > 0 && prevEnd > s {
					out = out[:n-1]
					ctx.prev, ctx.prevPos = ctx.prev[:n-1], ctx.prevPos[:n-1]
				}
			}
		}
		prevStart, prevEnd = c.s, c.e
		sp := ri.Span(c.s, c.e)
		out = append(out, Timex{Text: sp.Text, Start: sp.Start, End: sp.End, Type: typ, Value: val})
		ctx.prev = append(ctx.prev, val)
		ctx.prevPos = append(ctx.prevPos, c.s)
	}
	return out
}

// timexDaysFromRE matches "the day after ", "two days before " at the end
// of the text before a date.
var timexDaysFromRE = regexp.MustCompile(`(?i)\b(the|a|one|two|three|four|five|six|seven|[0-9]{1,2})\s+days?\s+(after|before)\s+$`)

// timexDaysFrom extends a day-valued date that starts at byte s to "the day
// after"/"N days before" written right before it and returns the new start
// and the shifted value.
func timexDaysFrom(text string, s int, val string) (int, string, bool) {
	if !timexIsDayValue(val) || len(val) != 10 {
		return 0, "", false
	}
	from := max(0, s-40)
	loc := timexDaysFromRE.FindStringSubmatchIndex(text[from:s])
	if loc == nil || !timexAtWordEdges(text, from+loc[0], s) {
		return 0, "", false
	}
	n := 1
	if w := strings.ToLower(text[from+loc[2] : from+loc[3]]); w != "the" && w != "a" {
		var ok bool
		if n, _, ok = timexParseNumber(w); !ok {
			return 0, "", false
		}
	}
	if strings.EqualFold(text[from+loc[4]:from+loc[5]], "before") {
		n = -n
	}
	t, err := timexParseDay(val)
	if err != nil {
		return 0, "", false
	}
	return from + loc[0], timexFmtDay(t.AddDate(0, 0, n)), true
}

// timexCandidate checks one match of rule r at loc (byte offsets into
// text) and returns it as a candidate.
func timexCandidate(text string, r *timexRule, ri int, loc []int) (timexCand, bool) {
	m := timexMatch{text: text, loc: loc, re: r.re}
	s, e := loc[0], loc[1]
	if ti := r.re.SubexpIndex("t"); ti >= 0 && loc[2*ti] >= 0 {
		s, e = loc[2*ti], loc[2*ti+1]
	}
	if s >= e || !timexAtWordEdges(text, s, e) {
		return timexCand{}, false
	}
	if !m.capitalised("mon") || !m.capitalised("wd") || !m.capitalised("hol") {
		return timexCand{}, false
	}
	if r.accept != nil && !r.accept(m) {
		return timexCand{}, false
	}
	return timexCand{s: s, e: e, rule: ri, m: m}, true
}

// timexNextWord returns the start of the first word after the one at
// byte i (or the end of text).
func timexNextWord(text string, i int) int {
	j := i + 1
	for j < len(text) && timexIsASCIIAlnum(text[j]) {
		j++
	}
	for j < len(text) && !timexIsASCIIAlnum(text[j]) {
		j++
	}
	return j
}

// timexLower returns text with ASCII letters lower-cased; byte offsets
// are unchanged.
func timexLower(text string) []byte {
	b := []byte(text)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + ('a' - 'A')
		}
	}
	return b
}

// timexCand is one rule match before overlap resolution.
type timexCand struct {
	s, e int // byte extent
	rule int
	m    timexMatch
}

// timexRule is one pattern of the tagger. re is matched case-insensitively
// where it says so; groups named "mon" and "wd" (month and weekday names)
// must start with a capital letter, as names do in news text; a group named
// "t" narrows the extent. accept may reject a match from its surroundings;
// norm gives its type and value.
type timexRule struct {
	name   string
	re     *regexp.Regexp
	accept func(m timexMatch) bool
	norm   func(c *timexCtx, m timexMatch) (typ, val string, ok bool)
}

// timexMatch is one match of a rule's expression in the text.
type timexMatch struct {
	text string
	loc  []int
	re   *regexp.Regexp
}

// g returns the lower-cased text of the named group, or "" when it did not
// take part in the match.
func (m timexMatch) g(name string) string {
	i := m.re.SubexpIndex(name)
	if i < 0 || m.loc[2*i] < 0 {
		return ""
	}
	return strings.ToLower(m.text[m.loc[2*i]:m.loc[2*i+1]])
}

// raw returns the named group as written.
func (m timexMatch) raw(name string) string {
	i := m.re.SubexpIndex(name)
	if i < 0 || m.loc[2*i] < 0 {
		return ""
	}
	return m.text[m.loc[2*i]:m.loc[2*i+1]]
}

// has reports whether the named group took part in the match.
func (m timexMatch) has(name string) bool {
	i := m.re.SubexpIndex(name)
	return i >= 0 && m.loc[2*i] >= 0
}

// start and end are the byte extent of the whole match.
func (m timexMatch) start() int { return m.loc[0] }
func (m timexMatch) end() int   { return m.loc[1] }

// capitalised reports whether the named group, when present, starts with an
// upper-case letter.
func (m timexMatch) capitalised(name string) bool {
	s := m.raw(name)
	if s == "" {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// capitalisedGroup reports whether the named group took part in the match
// and starts with an upper-case letter.
func (m timexMatch) capitalisedGroup(name string) bool {
	return m.raw(name) != "" && m.capitalised(name)
}

// before returns up to n bytes of text before the match (whole runes).
func (m timexMatch) before(n int) string {
	s := max(m.loc[0]-n, 0)
	for s > 0 && !utf8.RuneStart(m.text[s]) {
		s--
	}
	return m.text[s:m.loc[0]]
}

// after returns up to n bytes of text after the match.
func (m timexMatch) after(n int) string {
	e := min(m.loc[1]+n, len(m.text))
	for e < len(m.text) && !utf8.RuneStart(m.text[e]) {
		e++
	}
	return m.text[m.loc[1]:e]
}

// timexAtWordEdges reports whether [s, e) neither starts nor ends inside a
// word (Unicode letters and digits, which regexp's \b does not see).
func timexAtWordEdges(text string, s, e int) bool {
	if s > 0 {
		r, _ := utf8.DecodeLastRuneInString(text[:s])
		f, _ := utf8.DecodeRuneInString(text[s:])
		if timexIsAlnum(r) && timexIsAlnum(f) {
			return false
		}
	}
	if e < len(text) {
		r, _ := utf8.DecodeRuneInString(text[e:])
		l, _ := utf8.DecodeLastRuneInString(text[:e])
		if timexIsAlnum(r) && timexIsAlnum(l) {
			return false
		}
	}
	return true
}

func timexIsAlnum(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
