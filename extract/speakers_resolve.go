package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file holds the speaker resolver: names, kinds and roles of
// mentions, and pronouns, surnames and descriptions resolved within an
// article.

// spkEntity is one speaker resolved so far in an article, kept for
// resolving later pronouns, surnames and role descriptions.
type spkEntity struct {
	name, kind, role string
	at               int    // byte offset of its mention
	head             string // head noun of an anonymous source ("spokeswoman")
	quoted           bool   // a name written inside a quotation
}

// spkResolver resolves mentions within one article. It is per call state,
// never shared.
type spkResolver struct {
	text     string
	entities []spkEntity
	names    []spkEntity // full person names seen in the text, in order
}

// spkNameWord reports whether a token can be part of a person's name.
func spkNameWord(t claimTok) bool {
	lx := cueLexicon()
	w := strings.TrimSuffix(t.lower, ".")
	return t.word && t.upper && !lx.titles[w] && !lx.honorifics[w] && !lx.orgs[w] && !lx.countries[w]
}

// spkNamedThings are the capitalised heads of the names of laws,
// documents and pacts ("the Clean Air Act", "the Paris Agreement").
// Words that are also surnames ("Gov. Deal", "Sen. Law") are left out.
var spkNamedThings = map[string]bool{
	"act": true, "agreement": true, "accord": true, "accords": true, "treaty": true, "pact": true,
	"amendment": true, "report": true, "study": true, "survey": true, "resolution": true, "convention": true,
	"protocol": true, "doctrine": true, "initiative": true, "declaration": true, "charter": true,
}

// resolve builds the Speaker for the mention tokens [s, e) of toks.
func (r *spkResolver) resolve(toks []claimTok, s, e int) Speaker {
	lx := cueLexicon()
	mention := r.text[toks[s].start:toks[e-1].end]
	relWhich := toks[e-1].lower == "which" // "which" never stands for a person
	if as, ae, ok := spkAntecedent(toks, s, e); ok {
		// "who", "most of whom": the name is the antecedent's.
		sp := r.resolve(toks, as, ae)
		sp.Name = strings.TrimSpace(sp.Name)
		return sp
	}
	for e-1 > s && (toks[e-1].lower == "who" || toks[e-1].lower == "which" || toks[e-1].lower == "that" || toks[e-1].text == ",") {
		e--
		mention = r.text[toks[s].start:toks[e-1].end]
	}
	// "Sen. Claire Hill (D-Mo.), who": the party and state are no part
	// of the name.
	if e-1 > s+1 && toks[e-1].text == ")" {
		for k := e - 2; k > s; k-- {
			if toks[k].text == "(" {
				e = k
				break
			}
		}
	}
	// "those surveyed", "the experts I interviewed", "voters overall":
	// the head is before the reduced clause.
	for e-1 > s && (spkPostAdverbs[toks[e-1].lower] || spkSurveyVerbs[toks[e-1].lower]) {
		e--
		if e-1 > s && toks[e-1].tag == "PRP" {
			e--
		}
	}
	sp := Speaker{Kind: SpeakerUnknown, Name: mention}
	at := toks[s].start
	if e-s == 1 {
		if want, ok := spkPronouns[toks[s].lower]; ok {
			if (toks[s].lower == "i" || toks[s].lower == "you") && toks[s].span < 0 {
				// Outside a quotation "I" is the writer and "you" the
				// reader, never the person last named.
				sp.Kind = want
				return sp
			}
			if ent, ok := r.recentAgreeing(at, want, toks[s].lower); ok {
				sp.Name, sp.Kind = ent.name, ent.kind
				if ent.role != "" {
					role := ent.role
					sp.Role = &role
				}
			} else if want != "" {
				sp.Kind = want
			}
			return sp
		}
	}
	// The head part ends before a post-modifier ("a spokesperson for the
	// ministry"); "Secretary of State" keeps its "of".
	h := e
	for k := s + 1; k < e; k++ {
		l := toks[k].lower
		if l == "for" || l == "at" || l == "from" || l == "in" || l == "with" || l == "familiar" || (l == "of" && k+1 < e && !toks[k+1].upper) ||
			l == "who" || l == "that" && toks[k].tag == "WDT" || // "the man who runs the company"
			(toks[k].tag == "VBN" || strings.HasSuffix(toks[k].lower, "ed") && !toks[k].upper) && strings.HasPrefix(toks[k-1].tag, "NN") && k+1 < e && toks[k+1].tag == "IN" {
			h = k
			break
		}
	}
	// Leading determiners and possessives are not part of a role.
	rs := s
	for rs < h && (toks[rs].tag == "DT" || toks[rs].tag == "PRP$") {
		rs++
	}
	if rs >= h {
		rs = s
	}
	// The name is the trailing run of capitalised non-title words.
	ns, nick := h, -1
	for ns-1 >= rs {
		if g, _, moji := spkGlued(toks, rs, ns-1); moji && toks[g].upper {
			ns = g // "FranÃ§ois": one name word
			continue
		}
		if ns-4 >= rs && ns < h && spkNickname(toks, ns-3) {
			nick = ns - 3
			ns -= 3
			continue
		}
		if !spkNameWord(toks[ns-1]) {
			break
		}
		ns--
	}
	if nick >= 0 && ns > nick-1 {
		nick = -1 // the run stopped at the nickname
	}
	for ns < h && toks[ns].text == "-" {
		ns++
	}
	// "Hydrologist Marta Lindqvist" opening a sentence: an occupational
	// noun before a two-word name is a role, not a first name.
	if h-ns >= 3 && spkOccupational(toks[ns].lower) && (ns == 0 || !toks[ns-1].word) {
		ns++
	}
	headLower := strings.TrimSuffix(toks[h-1].lower, ".")
	phrase := r.text[toks[rs].start:toks[h-1].end]
	phraseLower := strings.ToLower(phrase)
	switch {
	case spkAgeNoun(toks[h-1]) && toks[s].lower == "the" && h == e:
		// "the 46-year-old": the person just named.
		if ent, ok := r.recent(at, SpeakerPerson); ok {
			sp.Name, sp.Kind = ent.name, ent.kind
		}
	case headLower == "others" && h-rs >= 3 && toks[h-2].lower == "and" && spkNameWord(toks[h-3]):
		// "Hawkins and others": a named person and unnamed ones.
		sp.Kind = SpeakerPerson
		sp.Name = phrase
	case spkGroupQuants[toks[s].lower] && h-s >= 2 && spkPluralHead(toks[h-1]) && !spkHasConj(toks, s, h):
		// "many Democrats", "some Democratic strategists": an unnamed
		// group of people, however capitalised.
		sp.Kind = SpeakerAnonymous
		sp.Name = spkLowerArticle(mention)
	case spkQuantHeads[headLower] || spkQuantHeads[toks[rs].lower] && !toks[h-1].upper:
		// "most of them", "those surveyed", "a third": unnamed people.
		sp.Kind = SpeakerAnonymous
	case lx.orgs[headLower] || lx.countries[headLower] || lx.countryLong[phraseLower] || lx.countryLong[strings.TrimPrefix(phraseLower, "the ")] ||
		spkOrgOf(toks, rs, h):
		// "the Bank of Estavia", "the Ministry of Health" are bodies.
		sp.Kind = SpeakerOrganization
		sp.Name = r.text[toks[rs].start:toks[e-1].end]
		if ent, ok := r.byShort(sp.Name, SpeakerOrganization); ok {
			sp.Name = ent.name
		}
		if ps := spkPossessivePrefix(toks, rs, h); ps == rs+2 && (lx.countries[toks[rs].lower] || r.thing(toks[rs].text)) {
			// "Kessaria’s disaster management authority": the body is
			// named without its country.
			sp.Name = r.text[toks[ps].start:toks[e-1].end]
		}
		if toks[s].lower == "the" && h == e && !spkHasProperName(toks, rs, h) && lx.orgs[headLower] {
			// "the bank", "the water agency": the body named before.
			if ent, ok := r.byOrgNoun(headLower, at); ok {
				sp.Name = ent.name
			}
		}
	case ns == rs && h-ns == 1 && spkSentenceStart(toks, ns) && (spkDocumentNouns[headLower] || spkDocumentNouns[strings.TrimSuffix(headLower, "s")] ||
		spkStudyNouns[headLower]):
		// "Video shows", "Polls show": a capitalised common noun opening
		// a sentence is no name.
		sp.Kind = SpeakerUnknown
	case ns == rs && h-ns == 1 && spkPeopleNouns[headLower] && spkPluralHead(toks[ns]) && !lx.orgs[headLower]:
		// "Opponents argued", "Democrats say": a group of people named
		// by a plural noun, capitalised or not.
		sp.Kind = SpeakerAnonymous
	case ns == rs && h-ns == 1 && lx.anonymous[headLower] && toks[ns].tag != "NNP":
		// "People familiar with the matter": a capitalised common noun
		// opening the sentence is no name.
		sp.Kind = SpeakerAnonymous
		sp.Name = spkLowerArticle(r.text[toks[s].start:toks[e-1].end])
	case ns == rs && h-ns == 1 && spkSentenceStart(toks, ns) && h < e && toks[ns].tag == "NNS":
		// "Businesses in the harbour district welcomed": a common noun
		// the tagger reads as such, capitalised only by the sentence.
		sp.Kind = SpeakerUnknown
		sp.Name = r.text[toks[s].start:toks[e-1].end]
	case ns < h && ns > rs && toks[ns-1].lower == "and":
		// "Smith and Jones": several people, named as written; leading
		// titles are their role ("Sens. Jeff Markham and Sherrod Brown").
		sp.Kind = SpeakerPerson
		sp.Name = phrase
		ts := rs
		for ts < ns-1 && (lx.titles[strings.TrimSuffix(toks[ts].lower, ".")] || lx.honorifics[strings.TrimSuffix(toks[ts].lower, ".")]) {
			ts++
		}
		if ts > rs && ts < ns-1 {
			sp.Name = r.text[toks[ts].start:toks[h-1].end]
			role := r.text[toks[rs].start:toks[ts-1].end]
			sp.Role = &role
		}
	case ns == h-1 && ns > rs && spkNamedThings[headLower] && !spkNameWord(toks[ns-1]) && toks[ns-1].upper:
		// "the Paris Agreement", "the Health Act of 2009": a document
		// or pact named with a place or field, not a person with a role
		// (nor a body: its kind stays unknown).
		sp.Kind = SpeakerUnknown
		sp.Name = r.text[toks[rs].start:toks[e-1].end]
	case ns < h:
		sp.Kind = SpeakerPerson
		sp.Name = r.text[toks[ns].start:toks[h-1].end]
		if nick >= 0 {
			sp.Name = r.text[toks[ns].start:toks[nick-1].end] + " " + r.text[toks[nick+3].start:toks[h-1].end]
		}
		if ns > rs {
			role := strings.TrimSpace(r.text[toks[rs].start:toks[ns-1].end])
			// Honorifics are not roles.
			if !lx.honorifics[strings.TrimSuffix(strings.ToLower(role), ".")] {
				sp.Role = &role
			}
		}
		if ns == h-1 || (ns > 0 && ns < h && lx.honorifics[strings.TrimSuffix(toks[ns-1].lower, ".")]) {
			if ent, ok := r.byShort(sp.Name, SpeakerPerson); ok {
				sp.Name = ent.name
				if sp.Role == nil && ent.role != "" {
					role := ent.role
					sp.Role = &role
				}
			}
		}
		if headLower == "campaign" || lx.orgs[headLower] {
			sp.Kind = SpeakerOrganization
		}
		if toks[s].lower == "the" && ns == s+1 && h-ns >= 2 {
			// "The New Yorker", "the Des Moines Register": a person is
			// never "the" before a bare name.
			sp.Kind = SpeakerOrganization
		}
		if ns == h-1 && ns == rs && sp.Role == nil && sp.Name == toks[ns].text {
			if r.thing(sp.Name) || relWhich {
				// "Nimbus, which has …", "at Nimbus Cloud": a company or
				// place named once without a first name, by its full
				// name where the text gives one.
				sp.Kind = SpeakerOrganization
				sp.Name = r.fullOrgName(sp.Name)
			}
		} else if relWhich && sp.Role == nil {
			sp.Kind = SpeakerUnknown
		}
	case lx.anonymous[headLower] || lx.titles[headLower]:
		sp.Kind = SpeakerAnonymous
		sp.Name = spkLowerArticle(r.text[toks[s].start:toks[e-1].end])
		if toks[s].lower == "the" && h == e {
			if ent, ok := r.byRole(headLower, at); ok {
				sp.Name, sp.Kind = ent.name, ent.kind
				role := ent.role
				sp.Role = &role
			} else if ent, ok := r.byAnonHead(headLower, at); ok {
				// "the spokeswoman" after "a company spokeswoman said".
				sp.Name = ent.name
			}
		}
	}
	return sp
}

// recent returns the most recent entity before byte offset at of the
// wanted kind ("" for person or organisation).
func (r *spkResolver) recent(at int, want string) (spkEntity, bool) {
	for i := len(r.entities) - 1; i >= 0; i-- {
		e := r.entities[i]
		if e.at >= at {
			continue
		}
		if (want == "" && (e.kind == SpeakerPerson || e.kind == SpeakerOrganization)) || e.kind == want {
			return e, true
		}
	}
	if want == SpeakerPerson || want == "" {
		for i := len(r.names) - 1; i >= 0; i-- {
			if r.names[i].at < at && r.names[i].kind == SpeakerPerson && !r.names[i].quoted {
				return r.names[i], true
			}
		}
	}
	return spkEntity{}, false
}

// recentAgreeing is recent for a pronoun: "he" skips a person the text
// calls "Mrs. X" or "spokeswoman", "she" one it calls "Mr. X" or
// "spokesman".
func (r *spkResolver) recentAgreeing(at int, want, pron string) (spkEntity, bool) {
	g := ""
	switch pron {
	case "he":
		g = "m"
	case "she":
		g = "f"
	default:
		return r.recent(at, want)
	}
	skipped := map[string]bool{}
	for range 4 {
		e, ok := r.recentSkipping(at, want, skipped)
		if !ok {
			return e, false
		}
		if eg := r.gender(e); eg == "" || eg == g {
			return e, true
		}
		skipped[e.name] = true
	}
	return r.recent(at, want)
}

// recentSkipping is recent leaving out the named entities in skip.
func (r *spkResolver) recentSkipping(at int, want string, skip map[string]bool) (spkEntity, bool) {
	for i := len(r.entities) - 1; i >= 0; i-- {
		e := r.entities[i]
		if e.at < at && e.kind == want && !skip[e.name] {
			return e, true
		}
	}
	for i := len(r.names) - 1; i >= 0; i-- {
		// A name inside a quotation is the speaker's words, not the
		// person a later pronoun means.
		if e := r.names[i]; e.at < at && e.kind == SpeakerPerson && !skip[e.name] && !e.quoted {
			return e, true
		}
	}
	return spkEntity{}, false
}

// gender returns "m" or "f" when the article marks a person's gender with
// an honorific before the surname or a gendered role noun, else "".
func (r *spkResolver) gender(e spkEntity) string {
	for w := range strings.FieldsSeq(strings.ToLower(e.role)) {
		switch {
		case strings.HasSuffix(w, "woman") || w == "mrs." || w == "ms." || w == "mrs" || w == "ms":
			return "f"
		case strings.HasSuffix(w, "man") || w == "mr." || w == "mr":
			return "m" // "spokesman", not "manager"
		}
	}
	last := e.name
	if i := strings.LastIndexByte(last, ' '); i >= 0 {
		last = last[i+1:]
	}
	if last == "" {
		return ""
	}
	m := strings.Contains(r.text, "Mr. "+last) || strings.Contains(r.text, "Mr "+last)
	f := strings.Contains(r.text, "Mrs. "+last) || strings.Contains(r.text, "Ms. "+last) || strings.Contains(r.text, "Mrs "+last) || strings.Contains(r.text, "Ms "+last)
	switch {
	case m && !f:
		return "m"
	case f && !m:
		return "f"
	}
	return ""
}

// byShort finds the first full name that ends with the short name.
func (r *spkResolver) byShort(short, kind string) (spkEntity, bool) {
	last := short
	if i := strings.LastIndexByte(short, ' '); i >= 0 {
		last = short[i+1:]
	}
	for _, list := range [][]spkEntity{r.entities, r.names} {
		for _, e := range list {
			if e.kind == kind && e.name != short && strings.HasSuffix(e.name, " "+last) {
				return e, true
			}
		}
	}
	return spkEntity{}, false
}

// byRole finds the one person whose role contains the noun among the
// speakers before byte offset at, or else among the full names written
// shortly before it.
func (r *spkResolver) byRole(noun string, at int) (spkEntity, bool) {
	one := func(list []spkEntity, from int) (spkEntity, bool) {
		var found spkEntity
		n := 0
		seen := map[string]bool{}
		for _, e := range list {
			if e.kind != SpeakerPerson || e.role == "" || seen[e.name] || e.at >= at || e.at < from {
				continue
			}
			for w := range strings.FieldsSeq(strings.ToLower(e.role)) {
				if w == noun {
					found = e
					n++
					seen[e.name] = true
					break
				}
			}
		}
		return found, n == 1
	}
	if e, ok := one(r.entities, 0); ok {
		return e, true
	}
	// A named person introduced just before ("Foreign Minister Katya
	// Dremel arrived … the minister told reporters") who has not spoken yet.
	return one(r.names, at-spkRoleWindow)
}

// spkRoleWindow is how far back, in bytes, a role description ("the
// minister") looks for a named person who has not spoken yet.
const spkRoleWindow = 400

// add records a resolved speaker.
func (r *spkResolver) add(sp Speaker, at int) {
	if sp.Kind != SpeakerPerson && sp.Kind != SpeakerOrganization && sp.Kind != SpeakerAnonymous {
		return
	}
	role := ""
	if sp.Role != nil {
		role = *sp.Role
	}
	head := ""
	if sp.Kind == SpeakerAnonymous {
		head = spkAnonHead(sp.Name)
	}
	r.entities = append(r.entities, spkEntity{name: sp.Name, kind: sp.Kind, role: role, at: at, head: head})
}

// spkScanNames collects the full person names of an article: runs of two
// or more capitalised name words, with the role words before them; then
// the organisation names (spkScanOrgs).
func spkScanNames(text string, paras []*claimPara) []spkEntity {
	var out []spkEntity
	for _, p := range paras {
		toks := p.toks
		for i := 0; i < len(toks); i++ {
			if !spkNameWord(toks[i]) || (i > 0 && spkNameWord(toks[i-1])) {
				continue
			}
			j := i
			for j < len(toks) && spkNameWord(toks[j]) {
				j++
			}
			nick := -1 // "Marcia “Cia” Price": the nickname is left out
			if j > i && spkNickname(toks, j) {
				nick = j
				j += 3
				for j < len(toks) && spkNameWord(toks[j]) {
					j++
				}
			}
			// Skip sentence-initial words like "The" or "But".
			_, verb := cueLexicon().verbs[toks[i].lower]
			n := j - i
			if nick >= 0 {
				n -= 3 // the nickname and its marks count as no word
			}
			if n >= 2 && !spkFunctionWord(toks[i].lower) && !verb && n <= 4 {
				role := ""
				k := i
				hasTitle := false
				for k-1 >= 0 && i-k < 6 && toks[k-1].word && (toks[k-1].lower == "of" || !spkFunctionWord(toks[k-1].lower)) {
					tl := cueLexicon().titles[strings.TrimSuffix(toks[k-1].lower, ".")]
					if !tl && !toks[k-1].upper && toks[k-1].lower != "of" {
						break
					}
					hasTitle = hasTitle || tl
					k--
				}
				for k < i && toks[k].lower == "of" {
					k++
				}
				if !hasTitle {
					k = i
				}
				if k < i {
					role = text[toks[k].start:toks[i-1].end]
				}
				name := text[toks[i].start:toks[j-1].end]
				if nick >= 0 {
					name = text[toks[i].start:toks[nick-1].end] + " " + text[toks[nick+3].start:toks[j-1].end]
				}
				out = append(out, spkEntity{name: name, kind: SpeakerPerson, role: role, at: toks[i].start, quoted: toks[i].span >= 0})
			}
			i = j
		}
	}
	// The organisations follow the persons; lookups check the kind.
	return append(out, spkScanOrgs(text, paras)...)
}

func spkFunctionWord(w string) bool {
	switch w {
	case "the", "but", "and", "a", "an", "in", "on", "at", "as", "if", "when", "while", "after", "before", "this", "that", "these", "those", "his", "her", "their", "our", "its", "for", "to", "of", "with", "by", "from", "during", "although", "though", "both", "all", "some", "many", "most", "more", "such", "so", "yet", "or", "nor", "it", "he", "she", "they", "we", "i", "you", "there", "here", "what", "who", "how", "why", "where", "then", "also", "not", "no", "mr", "mr.", "mrs.", "ms.":
		return true
	}
	return false
}

// spkAntecedent finds the antecedent of a mention that is only a
// relative pronoun ("who", "that") or a quantifier of one ("most of
// whom"): the noun phrase before it, across a comma, dash, parenthesis or
// conjunction ("generals and admirals, most of whom"; "Cruz (who").
func spkAntecedent(toks []claimTok, s, e int) (int, int, bool) {
	if !spkRelPronouns[toks[e-1].lower] || toks[e-1].lower == "which" && e-s > 1 {
		return 0, 0, false
	}
	p := s
	if e-s > 1 {
		if q := spkQuantOf(toks, 0, e-1); q != s || toks[e-1].lower != "whom" {
			return 0, 0, false
		}
	}
	for p > 0 && p > s-3 && (toks[p-1].text == "," || toks[p-1].text == "(" || spkIsDash(toks[p-1]) || toks[p-1].lower == "and" || toks[p-1].lower == "but") {
		p--
	}
	if p == 0 || p == s && e-s == 1 && !spkQuantHeads[toks[p-1].lower] && !strings.HasPrefix(toks[p-1].tag, "NN") && toks[p-1].text != ")" {
		return 0, 0, false
	}
	as, ae, ok := spkChunkLeft(toks, max(0, p-16), p)
	paren := ok && ae < p && toks[ae].text == "(" && toks[p-1].text == ")" // "Sen. Claire Hill (D-Mo.), who"
	if !ok || ae != p && !paren || spkRelPronouns[toks[ae-1].lower] {
		return 0, 0, false
	}
	return as, ae, true
}

// spkOccupational reports whether a word is an occupational noun that
// titles a name ("hydrologist", "economist", "technician"), from the
// titles lexicon or its suffix.
func spkOccupational(w string) bool {
	if cueLexicon().titles[w] {
		return true
	}
	for _, suf := range []string{"ologist", "ist", "ician", "yst", "grapher", "eer"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+3 {
			return true
		}
	}
	return false
}

// thing reports whether a one-word name is used in the text as a place or
// company rather than a person: never the last word of a longer
// capitalised name, and written after "in", "at", "from" or "of", or
// before ", which" or a further capitalised word ("Nimbus Cloud").
func (r *spkResolver) thing(w string) bool {
	if _, ok := r.byShort(w, SpeakerPerson); ok {
		return false
	}
	for _, pre := range []string{" in ", " at ", " from ", " of ", " In ", " At "} {
		i := strings.Index(r.text, pre+w)
		if i < 0 {
			continue
		}
		after := r.text[i+len(pre)+len(w):]
		if after == "" || !unicode.IsLetter([]rune(after)[0]) {
			return true
		}
	}
	return strings.Contains(r.text, w+", which")
}

// spkOrgOf reports whether the phrase [s, e) names a body with "of": an
// organisation noun, then "of" and a capitalised word ("the Bank of
// Estavia", "the Ministry of Health", "Council of Northern States").
func spkOrgOf(toks []claimTok, s, e int) bool {
	for k := s + 1; k+1 < e; k++ {
		if toks[k].lower == "of" && toks[k+1].upper && cueLexicon().orgs[toks[k-1].lower] && toks[k-1].upper {
			return true
		}
	}
	return false
}

// spkLowerArticle lower-cases a leading indefinite article of an unnamed
// source ("A company spokeswoman" → "a company spokeswoman"), so that the
// name does not depend on where the mention stands in its sentence.
func spkLowerArticle(name string) string {
	for _, art := range []string{"A ", "An "} {
		if strings.HasPrefix(name, art) {
			return strings.ToLower(art[:1]) + name[1:]
		}
	}
	return name
}

// spkAnonHead returns the head noun of an unnamed source's name: the last
// word before a post-modifier ("a senior doctor at one of the hospitals"
// → "doctor").
func spkAnonHead(name string) string {
	words := strings.Fields(strings.ToLower(name))
	for i, w := range words {
		if i > 0 && (spkPostPreps[w] || w == "familiar" || w == "close" || w == "who") {
			return words[i-1]
		}
	}
	if len(words) == 0 {
		return ""
	}
	return words[len(words)-1]
}

// byAnonHead finds the most recent unnamed source before byte offset at
// whose head noun is noun.
func (r *spkResolver) byAnonHead(noun string, at int) (spkEntity, bool) {
	for i := len(r.entities) - 1; i >= 0; i-- {
		e := r.entities[i]
		if e.at < at && e.kind == SpeakerAnonymous && e.head == noun && !strings.HasPrefix(e.name, "the ") {
			return e, true
		}
	}
	return spkEntity{}, false
}

// byOrgNoun finds the most recent organisation before byte offset at,
// among the speakers and the names in the text, whose name holds the
// noun ("the bank" → "Bank of Estavia").
func (r *spkResolver) byOrgNoun(noun string, at int) (spkEntity, bool) {
	best := spkEntity{at: -1}
	for _, list := range [][]spkEntity{r.entities, r.names} {
		for _, e := range list {
			if e.kind != SpeakerOrganization || e.at >= at || e.at <= best.at || strings.HasPrefix(strings.ToLower(e.name), "the ") {
				continue
			}
			for w := range strings.FieldsSeq(strings.ToLower(e.name)) {
				if w == noun && e.name != noun {
					best = e
					break
				}
			}
		}
	}
	if best.at < 0 && spkCompanyNouns[noun] {
		// "the company" after "Veltra Motors said": the last body that spoke.
		for i := len(r.entities) - 1; i >= 0; i-- {
			if e := r.entities[i]; e.kind == SpeakerOrganization && e.at < at && spkHasUpper(e.name) {
				return e, true
			}
		}
	}
	if best.at < 0 && spkTeamNouns[noun] {
		// "the club" after "Harbour City sacked its manager": the last
		// team named as a sentence's subject, else the last team named.
		subj, last := spkEntity{at: -1}, spkEntity{at: -1}
		for _, e := range r.names {
			if e.kind != SpeakerOrganization || e.at >= at || !spkTeamWords[strings.ToLower(e.name[strings.LastIndexByte(e.name, ' ')+1:])] {
				continue
			}
			if e.at > last.at {
				last = e
			}
			if e.at > subj.at && spkOpensSentence(r.text, e.at) {
				subj = e
			}
		}
		if subj.at >= 0 {
			return subj, true
		}
		return last, last.at >= 0
	}
	return best, best.at >= 0
}

// spkTeamNouns are nouns that stand for a named sports team.
var spkTeamNouns = map[string]bool{"club": true, "team": true}

// spkTeamWords are the closing words of sports teams' names ("Harbour
// City", "Lindmouth Rovers").
var spkTeamWords = map[string]bool{
	"city": true, "united": true, "rovers": true, "athletic": true, "wanderers": true, "albion": true, "rangers": true,
	"fc": true, "hotspur": true, "villa": true, "county": true, "town": true, "celtic": true,
}

// spkOpensSentence reports whether byte offset at of text starts a
// sentence or paragraph.
func spkOpensSentence(text string, at int) bool {
	pre := strings.TrimRight(text[:at], " \t")
	if pre == "" {
		return true
	}
	switch pre[len(pre)-1] {
	case '.', '!', '?', '\n':
		return true
	}
	return false
}

// spkCompanyNouns are organisation nouns that stand for a named company
// without repeating a word of its name.
var spkCompanyNouns = map[string]bool{"company": true, "firm": true, "carmaker": true, "automaker": true, "group": true, "business": true, "airline": true, "bank": true, "lender": true, "retailer": true, "insurer": true}

// spkHasUpper reports whether a name holds a capitalised word.
func spkHasUpper(name string) bool {
	for w := range strings.FieldsSeq(name) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// spkHasProperName reports whether tokens [s, e) hold a capitalised word
// other than at the start ("the Bank of Estavia", not "The bank").
func spkHasProperName(toks []claimTok, s, e int) bool {
	for k := s; k < e; k++ {
		if toks[k].upper && (k > s || toks[k].lower != "the") && !(k == s && spkSentenceStart(toks, k)) {
			return true
		}
	}
	return false
}

// spkSentenceStart reports whether token k opens a sentence.
func spkSentenceStart(toks []claimTok, k int) bool {
	return k == 0 || toks[k-1].text == "." || toks[k-1].quote != claimQuoteNone || toks[k-1].text == ":"
}

// spkPossessivePrefix returns where an organisation's name starts after a
// proper-noun possessive that only places it ("Kessaria’s disaster
// management authority"), or s when there is none.
func spkPossessivePrefix(toks []claimTok, s, h int) int {
	for k := s + 1; k+1 < h; k++ {
		if toks[k].lower == "’s" || toks[k].lower == "'s" {
			if !toks[k-1].upper {
				return s
			}
			for j := k + 1; j < h; j++ {
				if toks[j].upper {
					return s
				}
			}
			return k + 1
		}
	}
	return s
}

// spkScanOrgs collects the names of organisations in an article: runs of
// capitalised words, with "of", "for" and "and" inside, that hold an
// organisation noun ("Bank of Estavia", "Water Resources Agency").
func spkScanOrgs(text string, paras []*claimPara) []spkEntity {
	lx := cueLexicon()
	var out []spkEntity
	for _, p := range paras {
		toks := p.toks
		for i := 0; i < len(toks); i++ {
			if !toks[i].upper || !toks[i].word || toks[i].lower == "the" || i > 0 && toks[i-1].upper && toks[i-1].word && toks[i-1].lower != "the" {
				continue
			}
			j, org := i, false
			for j < len(toks) {
				t := toks[j]
				if t.upper && t.word {
					org = org || lx.orgs[t.lower] || j > i && spkTeamWords[t.lower]
					j++
					continue
				}
				if (t.lower == "of" || t.lower == "for" || t.lower == "and") && j+1 < len(toks) && toks[j+1].upper && toks[j+1].word && j > i {
					j++
					continue
				}
				break
			}
			if org && j-i >= 2 {
				out = append(out, spkEntity{name: text[toks[i].start:toks[j-1].end], kind: SpeakerOrganization, at: toks[i].start})
			}
			i = j
		}
	}
	return out
}

// fullOrgName returns the first longer capitalised name in the text that
// starts with the one-word name w ("Nimbus" → "Nimbus Cloud"), or w.
func (r *spkResolver) fullOrgName(w string) string {
	for i := 0; ; {
		j := strings.Index(r.text[i:], w+" ")
		if j < 0 {
			return w
		}
		j += i
		end := j + len(w)
		for {
			rest := r.text[end:]
			if !strings.HasPrefix(rest, " ") {
				break
			}
			word := strings.Fields(rest)
			if len(word) == 0 {
				break
			}
			first, _ := utf8.DecodeRuneInString(word[0])
			wd := strings.TrimRight(word[0], ".,;:’'s")
			if !unicode.IsUpper(first) || wd == "" || spkFunctionWord(strings.ToLower(wd)) {
				break
			}
			end += 1 + len(strings.TrimRight(word[0], ".,;:"))
			if strings.ContainsAny(word[0], ".,;:") {
				break
			}
		}
		if end > j+len(w) && (j == 0 || r.text[j-1] == ' ') {
			return strings.TrimSuffix(strings.TrimSuffix(r.text[j:end], "’s"), "'s")
		}
		i = j + len(w)
	}
}

// spkGroupQuants are quantifiers that open a phrase naming an unnamed
// group ("many Democrats", "some strategists", "several lawmakers").
var spkGroupQuants = map[string]bool{
	"many": true, "most": true, "some": true, "several": true, "few": true, "numerous": true, "various": true, "both": true, "all": true,
	"other": true, "more": true, "fewer": true, "countless": true, "dozens": true, "hundreds": true, "thousands": true,
}

// spkPluralHead reports whether a head token is a plural noun
// ("Democrats", "strategists", "people").
func spkPluralHead(t claimTok) bool {
	if t.tag == "NNS" || t.tag == "NNPS" || t.lower == "people" {
		return true
	}
	w := t.lower
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "'s") && !strings.HasSuffix(w, "’s")
}

// spkHasConj reports whether [s, e) conjoins phrases ("many Democrats and
// Bernie Sanders").
func spkHasConj(toks []claimTok, s, e int) bool {
	for k := s; k < e; k++ {
		if toks[k].lower == "and" || toks[k].lower == "or" {
			return true
		}
	}
	return false
}

// spkStudyNouns are nouns for polls and studies that may open a sentence
// as a source ("Polls show").
var spkStudyNouns = map[string]bool{
	"poll": true, "polls": true, "survey": true, "surveys": true, "study": true, "studies": true, "report": true, "reports": true,
	"records": true, "documents": true, "data": true, "figures": true, "statistics": true, "research": true,
}

// spkNickname reports whether tokens k, k+1, k+2 are a one-word quoted
// nickname between a first name and a surname (“Cia” in Marcia “Cia”
// Price).
func spkNickname(toks []claimTok, k int) bool {
	return k+3 < len(toks) && toks[k].quote != claimQuoteNone && toks[k+1].word && toks[k+1].upper &&
		toks[k+2].quote != claimQuoteNone && toks[k].end == toks[k+1].start && toks[k+1].end == toks[k+2].start &&
		spkNameWord(toks[k+3])
}
