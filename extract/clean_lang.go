package extract

import (
	"strings"
	"unicode"
)

// langStopwords are frequent function words of Latin-script languages;
// detectLanguage picks the language whose words are most frequent in the
// text.
var langStopwords = map[string][]string{
	"en": {"the", "and", "of", "to", "is", "in", "that", "it", "was", "for", "with", "he", "she", "are", "this", "have"},
	"pt": {"de", "que", "não", "uma", "os", "do", "da", "em", "para", "com", "por", "mais", "como", "são", "foi", "ao"},
	"es": {"de", "que", "el", "la", "los", "las", "en", "por", "con", "una", "para", "del", "es", "más", "pero", "fue"},
	"fr": {"le", "la", "les", "des", "et", "est", "une", "dans", "que", "pour", "qui", "pas", "sur", "du", "avec", "au"},
	"de": {"der", "die", "und", "das", "ist", "nicht", "mit", "ein", "eine", "den", "sich", "auf", "für", "von", "dem", "auch"},
	"it": {"il", "di", "che", "la", "per", "non", "un", "una", "del", "della", "sono", "gli", "le", "è", "con", "anche"},
	"id": {"yang", "dan", "di", "ini", "itu", "dengan", "untuk", "tidak", "dari", "dalam", "akan", "pada", "juga", "ke", "karena", "ada"},
	"nl": {"de", "het", "een", "en", "van", "niet", "dat", "op", "zijn", "voor", "met", "ook", "maar", "wordt", "naar", "bij"},
}

// langStopwordSets is langStopwords as sets, built once.
var langStopwordSets = func() map[string]map[string]bool {
	m := make(map[string]map[string]bool, len(langStopwords))
	for l, ws := range langStopwords {
		s := make(map[string]bool, len(ws))
		for _, w := range ws {
			s[w] = true
		}
		m[l] = s
	}
	return m
}()

// detectLanguage guesses the language of text when the page does not
// declare one: by script for non-Latin scripts, by function words for
// Latin ones. It returns "" when it cannot tell. It reads at most the
// first 20,000 bytes.
func detectLanguage(text string) string {
	if len(text) > 20000 {
		text = text[:20000]
	}
	counts := map[string]int{}
	letters := 0
	for _, r := range text {
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		switch {
		case unicode.Is(unicode.Hangul, r):
			counts["ko"]++
		case unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r):
			counts["ja"] += 3
		case unicode.Is(unicode.Han, r):
			counts["zh"]++
		case unicode.Is(unicode.Cyrillic, r):
			counts["ru"]++
		case unicode.Is(unicode.Arabic, r):
			counts["ar"]++
		case unicode.Is(unicode.Greek, r):
			counts["el"]++
		case unicode.Is(unicode.Hebrew, r):
			counts["he"]++
		case unicode.Is(unicode.Thai, r):
			counts["th"]++
		case unicode.Is(unicode.Devanagari, r):
			counts["hi"]++
		}
	}
	if letters == 0 {
		return ""
	}
	best, bestN := "", 0
	for l, n := range counts {
		if n > bestN {
			best, bestN = l, n
		}
	}
	if bestN*3 > letters {
		if best == "zh" && counts["ja"] > 0 {
			return "ja"
		}
		return best
	}
	words := map[string]int{}
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) }) {
		for l, set := range langStopwordSets {
			if set[w] {
				words[l]++
			}
		}
	}
	best, bestN = "", 0
	for _, l := range []string{"en", "pt", "es", "fr", "de", "it", "id", "nl"} {
		if words[l] > bestN {
			best, bestN = l, words[l]
		}
	}
	if bestN < 3 {
		return ""
	}
	return best
}
