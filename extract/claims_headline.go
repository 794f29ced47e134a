package extract

// claims_headline.go: attributions in Title Case headline lines and the
// colon labels that open them.

// claimHeadlineTeasers are the words of a headline's teaser label before
// a colon ("Wow: …", "BOOM: …", "Just Leaked: …", "Contributing: …"):
// the label names no source; the attribution, if any, is the headline's
// own ("Wow: Jane Roe Just Said …").
var claimHeadlineTeasers = map[string]bool{
	"wow": true, "boom": true, "bombshell": true, "revealed": true, "leaked": true, "contributing": true,
	"whoa": true, "omg": true, "yikes": true, "ouch": true, "oops": true, "shocking": true, "huge": true,
	"paid": true, "unbelievable": true, "incredible": true, "hilarious": true, "awkward": true, "epic": true,
}

// claimHeadlineTeaser reports whether the label [s, e) before a colon
// holds a teaser word.
func claimHeadlineTeaser(toks []claimTok, s, e int) bool {
	for k := s; k < e; k++ {
		if claimHeadlineTeasers[toks[k].lower] {
			return true
		}
	}
	return false
}

// claimHeadlineNameList reports whether the content [s, e) after a label
// is a list of names and no statement ("Iowa: Jane Roe, John Doe, Ann
// Poe, …"): at least three commas, and every word capitalised but "and"
// or an initial.
func claimHeadlineNameList(toks []claimTok, s, e int) bool {
	commas := 0
	for k := s; k < e; k++ {
		t := toks[k]
		switch {
		case t.text == ",":
			commas++
		case t.word && !t.upper && t.lower != "and":
			return false
		case !t.word && t.text != "." && t.text != "-" && t.text != "’" && t.text != "'":
			return false
		}
	}
	return commas >= 3
}
