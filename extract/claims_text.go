package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// claimTok is one token of an article text for the claim extractor: a
// word (with its clitics split off as in the Penn Treebank), a quotation
// mark or another punctuation mark. start and end are byte offsets into the
// article text; the RuneIndex turns them into code points at the very end.
type claimTok struct {
	text       string
	lower      string
	start, end int
	tag        string
	word       bool // letters or digits
	upper      bool // starts with an upper-case letter
	quote      claimQuoteMark
	// span is the index of the paragraph's top-level quotation containing
	// this token (marks included), or -1.
	span int
}

// claimAbbrevs are words that keep their trailing period ("Mr.", "Sen.")
// and so never end a sentence.
var claimAbbrevs = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "sen": true, "rep": true, "reps": true, "sens": true,
	"gov": true, "gen": true, "lt": true, "col": true, "st": true, "jr": true, "sr": true, "inc": true,
	"co": true, "corp": true, "ltd": true, "jan": true, "feb": true, "mar": true, "apr": true, "jun": true,
	"jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "no": true,
	"vs": true, "v": true, "etc": true, "miss": true, "prof": true, "rev": true, "capt": true, "sgt": true, "maj": true, "adm": true,
	"ft": true, "mt": true, "pres": true, "atty": true, "supt": true, "cmdr": true, "mass": true, "calif": true,
	"fla": true, "ind": true, "ill": true, "pa": true, "va": true, "ky": true, "tenn": true, "wis": true,
	"mich": true, "minn": true, "ariz": true, "colo": true, "conn": true, "ga": true, "md": true, "mo": true,
	"nev": true, "okla": true, "ore": true, "wash": true, "ala": true, "ark": true, "del": true, "kan": true,
}

// claimTokenize splits text[from:to] into tokens.
func claimTokenize(text string, from, to int) []claimTok {
	var toks []claimTok
	i := from
	for i < to {
		r, n := utf8.DecodeRuneInString(text[i:to])
		switch {
		case unicode.IsSpace(r) || unicode.Is(unicode.Cf, r):
			// Format characters (zero-width space, direction marks) are
			// invisible: they separate like white space.
			i += n
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i + n
			for j < to {
				r2, n2 := utf8.DecodeRuneInString(text[j:to])
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) || unicode.Is(unicode.Mn, r2) {
					j += n2
					continue
				}
				if r2 == '.' || r2 == '\'' || r2 == '’' || r2 == '-' || r2 == '&' || claimMojibakeSign(r2) {
					if j+n2 < to {
						r3, _ := utf8.DecodeRuneInString(text[j+n2 : to])
						// "Trump said.Trump claimed": a missing space after
						// a sentence, not an abbreviation.
						glued := r2 == '.' && unicode.IsUpper(r3) && j-i >= 2 && strings.ToLower(text[i:j]) == text[i:j] && !strings.Contains(text[i:j], ".")
						if (unicode.IsLetter(r3) || unicode.IsDigit(r3)) && !glued {
							j += n2
							continue
						}
					}
				}
				break
			}
			toks = claimAppendWord(toks, text, i, j, to)
			i = toks[len(toks)-1].end
		default:
			j := i + n
			qm := claimQuoteOf(r)
			switch {
			case (r == '\'' || r == '`') && j < to && text[j] == byte(r):
				j++
				qm = claimQuoteAmbiguous
				if r == '`' {
					qm = claimQuoteOpen
				}
			case r == '.' && strings.HasPrefix(text[j:to], ".."):
				j += 2
			case r == '-' && j < to && text[j] == '-':
				j++
			}
			toks = append(toks, claimTok{text: text[i:j], lower: text[i:j], start: i, end: j, quote: qm, span: -1})
			i = j
		}
	}
	return toks
}

// claimMojibakeSign reports whether r is a C1 control or Latin-1 sign (§, ©…) that
// shows up inside words of UTF-8 text decoded as Latin-1 ("FranÃ§ois"):
// between letters it does not end the word.
func claimMojibakeSign(r rune) bool {
	return r >= 0x80 && r <= 0xBF && r != 0xA0 && r != '«' && r != '»'
}

// claimClitics are the endings split off a word, as the tagger expects.
var claimClitics = []string{"n't", "n’t", "'s", "’s", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "'m", "’m"}

// claimAppendWord appends the word text[i:j], splitting a clitic and
// keeping an abbreviation's period.
func claimAppendWord(toks []claimTok, text string, i, j, to int) []claimTok {
	w := text[i:j]
	lw := strings.ToLower(w)
	for _, c := range claimClitics {
		if len(lw) > len(c) && strings.HasSuffix(lw, c) {
			k := j - len(c)
			toks = append(toks, claimMakeWord(text, i, k))
			return append(toks, claimMakeWord(text, k, j))
		}
	}
	if j < to && text[j] == '.' {
		first, _ := utf8.DecodeRuneInString(w)
		// "then-Sen.", "ex-Gov.": a capitalised title after a hyphen keeps
		// its period ("mentally-ill." does not).
		h := strings.LastIndexByte(w, '-') + 1
		title, _ := utf8.DecodeRuneInString(w[h:])
		if claimAbbrevs[lw] || h > 1 && unicode.IsUpper(title) && claimAbbrevs[lw[h:]] || strings.Contains(w, ".") && !unicode.IsDigit(first) || (utf8.RuneCountInString(w) == 1 && unicode.IsUpper(first)) {
			j++
		}
	}
	return append(toks, claimMakeWord(text, i, j))
}

func claimMakeWord(text string, i, j int) claimTok {
	w := text[i:j]
	r, _ := utf8.DecodeRuneInString(w)
	return claimTok{text: w, lower: strings.ToLower(w), start: i, end: j, word: true, upper: unicode.IsUpper(r), span: -1}
}

// claimParagraphs returns the byte ranges of the paragraphs of text:
// maximal runs of non-blank lines.
func claimParagraphs(text string) [][2]int {
	var out [][2]int
	start := -1
	lineStart := 0
	for lineStart <= len(text) {
		nl := strings.IndexByte(text[lineStart:], '\n')
		lineEnd := len(text)
		if nl >= 0 {
			lineEnd = lineStart + nl
		}
		// Every line is a paragraph: a single newline breaks paragraphs in
		// some texts, and no sentence or name runs over one.
		blank := strings.TrimSpace(text[lineStart:lineEnd]) == ""
		if start >= 0 {
			out = append(out, [2]int{start, claimTrimRight(text, start, lineStart)})
			start = -1
		}
		if !blank {
			start = lineStart + (len(text[lineStart:lineEnd]) - len(strings.TrimLeft(text[lineStart:lineEnd], " \t\r")))
		}
		if nl < 0 {
			break
		}
		lineStart = lineEnd + 1
	}
	if start >= 0 {
		out = append(out, [2]int{start, claimTrimRight(text, start, len(text))})
	}
	return out
}

func claimTrimRight(text string, from, to int) int {
	return from + len(strings.TrimRightFunc(text[from:to], unicode.IsSpace))
}

// claimSentenceEnds returns the token indices at which the paragraph's
// sentences end (exclusive), the last being len(toks). A sentence ends
// after . ? ! or … (and any closing quotation marks and brackets) when the
// next token starts a sentence, but never inside a quotation, so that a
// quotation and its attribution stay in one unit.
func claimSentenceEnds(toks []claimTok) []int {
	var ends []int
	for j := 0; j < len(toks); j++ {
		t := toks[j].text
		if len(t) > 1 && strings.HasSuffix(t, ".") && toks[j].word && j+1 < len(toks) && toks[j+1].quote != claimQuoteNone &&
			toks[j+1].span >= 0 && toks[j+1].span != toks[j].span && toks[j+1].start > toks[j].end {
			// "said Rachel Woolard of Jacksonville, Fla. “She …”": an
			// abbreviation ends the sentence before an opening quotation.
			ends = append(ends, j+1)
			continue
		}
		if len(t) > 2 && toks[j].word && strings.Count(t, ".") >= 2 && strings.HasSuffix(t, ".") && j+1 < len(toks) && toks[j+1].upper &&
			spkFunctionWord(toks[j+1].lower) && toks[j].span < 0 && toks[j+1].span < 0 {
			// "entry into the U.S. They will …": an initialism ends the
			// sentence before a capitalised function word, but not inside
			// a quotation ("“… for D.C. I think …”"), which stays whole.
			ends = append(ends, j+1)
			continue
		}
		if t != "." && t != "?" && t != "!" && t != "…" && t != "..." {
			continue
		}
		k := j + 1
		for k < len(toks) && (toks[k].quote == claimQuoteClose || toks[k].text == ")" || toks[k].text == "]" ||
			(toks[k].quote == claimQuoteAmbiguous && toks[k].span >= 0 && toks[k].span == toks[k-1].span)) {
			k++
		}
		if k >= len(toks) {
			break
		}
		nt := toks[k]
		// "… the crowd booed. (“I don't want to have fisticuffs,” said one
		// party activist.)": a parenthesis may open the next sentence.
		parenStart := nt.text == "(" && k+1 < len(toks) && (toks[k+1].upper || toks[k+1].quote != claimQuoteNone)
		if !(nt.upper || parenStart || nt.quote == claimQuoteOpen || nt.quote == claimQuoteAmbiguous || (nt.word && unicode.IsDigit(rune(nt.text[0])))) {
			continue
		}
		if toks[k-1].span >= 0 && toks[k-1].span == nt.span {
			continue // inside one quotation
		}
		if toks[k-1].span >= 0 && (claimAttributionFollows(toks, k) || claimUnlistedAttribution(toks, k)) {
			continue // “Why not?” Clinton asked.
		}
		ends = append(ends, k)
		j = k - 1
	}
	return claimParenUnits(toks, append(ends, len(toks)))
}

// claimParenUnits sets the brackets of a sentence in parentheses ("(He
// has pleaded not guilty.)") apart as units of their own, so that no
// content starts or ends with one.
func claimParenUnits(toks []claimTok, ends []int) []int {
	out := make([]int, 0, len(ends))
	a := 0
	for _, b := range ends {
		if b-a > 3 && toks[a].text == "(" {
			out = append(out, a+1)
			if toks[b-1].text == ")" {
				out = append(out, b-1)
			}
		}
		out = append(out, b)
		a = b
	}
	return out
}

// claimAttributionFollows reports whether the tokens from k on start with
// a short attribution ("Clinton said.", "a narrator in the ad asks."): a
// reporting verb within the first few words, before any sentence end.
func claimAttributionFollows(toks []claimTok, k int) bool {
	lx := cueLexicon()
	for j := k; j < len(toks) && j < k+7; j++ {
		t := toks[j]
		if t.text == "." || t.text == "?" || t.text == "!" || t.quote != claimQuoteNone || t.text == "," && j > k {
			return false
		}
		if vf, ok := lx.verbs[t.lower]; ok && vf.class == cueSpeech && !vf.base && !vf.ing && j > k {
			// The attribution must end there ("Clinton said." or "he
			// said, adding"), not open a new quotation ("She adds, “…").
			if j+1 >= len(toks) {
				return true
			}
			nx := toks[j+1]
			if nx.text == "," {
				return j+2 < len(toks) && toks[j+2].quote == claimQuoteNone
			}
			if nx.text == "." || nx.text == "!" || nx.text == "?" {
				return true
			}
			// "Clinton said to People.", "he said in his speech that
			// night.": a prepositional or time tail closing the sentence
			// before any new quotation.
			return claimTailWords[nx.lower] && claimTailEndsPlain(toks, j+1)
		}
	}
	return false
}

// claimTailWords open a prepositional or time phrase that may follow the
// verb of an attribution after its quotation ("said in an interview",
// "said Friday").
var claimTailWords = map[string]bool{
	"to": true, "in": true, "at": true, "on": true, "of": true, "during": true, "outside": true, "after": true,
	"before": true, "while": true, "as": true, "when": true, "with": true, "from": true, "via": true,
	"through": true, "inside": true, "last": true, "this": true, "yesterday": true, "today": true,
	"tonight": true, "earlier": true, "later": true, "recently": true, "monday": true, "tuesday": true,
	"wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true, "about": true,
	"afterward": true, "afterwards": true, "then": true, "again": true, "onstage": true, "here": true, "there": true,
}

// claimTailEndsPlain reports whether the sentence from token k runs to its
// end within a few words without opening another quotation.
func claimTailEndsPlain(toks []claimTok, k int) bool {
	for j := k; j < len(toks) && j < k+14; j++ {
		switch {
		case toks[j].quote != claimQuoteNone:
			return false
		case toks[j].text == "." || toks[j].text == "!" || toks[j].text == "?":
			return true
		}
	}
	return k+14 > len(toks)
}

// claimUnlistedAttribution reports whether the tokens from k on are a
// short attribution with a verb no lexicon holds, closing the sentence:
// "“Would it be negotiable?” Hannity pressed." — one to three capitalised
// words, then a lower-case past tense in -ed, then a full stop.
func claimUnlistedAttribution(toks []claimTok, k int) bool {
	j := k
	for j < len(toks) && j-k < 3 && toks[j].word && toks[j].upper && toks[j].span < 0 {
		j++
	}
	if j == k || j+1 >= len(toks) {
		return false
	}
	v := toks[j]
	if !v.word || v.upper || len(v.lower) < 5 || !strings.HasSuffix(v.lower, "ed") {
		return false
	}
	nx := toks[j+1].text
	return nx == "." || nx == "!"
}
