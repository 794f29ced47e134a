package extract

import (
	"embed"
	"strings"
	"sync"
)

// cueLexiconFS holds the word lists the claim extractor reads: reporting
// and belief verbs, cue adverbs, titles, honorifics, anonymous-source
// nouns, organisation nouns and country names. They are data, not code, so
// that they can grow without touching the rules.
//
//go:embed lexicon/*.txt
var cueLexiconFS embed.FS

// cueVerbClass tells a reporting verb from a belief verb.
type cueVerbClass int

const (
	cueSpeech cueVerbClass = iota + 1
	cueBelief
)

// cueVerbForm is one inflected form of a cue verb.
type cueVerbForm struct {
	lemma string
	class cueVerbClass
	// ing is true for the -ing form ("saying"), base for the bare form.
	ing, base bool
}

// claimLexicon is every word list, parsed once. It is immutable after
// construction and safe for concurrent use.
type claimLexicon struct {
	verbs       map[string]cueVerbForm
	adverbs     map[string]bool
	titles      map[string]bool
	honorifics  map[string]bool
	anonymous   map[string]bool
	orgs        map[string]bool
	countries   map[string]bool
	countryLong map[string]bool // multi-word country names, lower-case
	// phrasal maps a verb lemma to the particles that join its cue.
	phrasal map[string]map[string]bool
	// light holds every form of the light verbs of light_verbs.txt and
	// attrNouns the nouns that make a cue with them.
	light     map[string]cueVerbForm
	attrNouns map[string]bool
	// particleVerbs holds every form of the verbs of phrasal_cues.txt
	// that are in no verb list: they are cues only with their particle
	// ("laid out", "vied for", "voted against").
	particleVerbs map[string]cueVerbForm
	// phrasalPreps maps a verb lemma and its particle to the prepositions
	// that may follow the particle inside the cue: the "+at" of the line
	// "lash out +at" ("lashed out at"). phrasalNeedPrep holds the pairs
	// of particle-only verbs that are cues only with such a preposition
	// (listed with "+" fields and on no line without them: "open up
	// +about" is a cue in "opened up about", not in "opened up markets").
	phrasalPreps    map[[2]string]map[string]bool
	phrasalNeedPrep map[[2]string]bool
}

// cueLexicon returns the shared lexicon.
var cueLexicon = sync.OnceValue(func() *claimLexicon {
	lx := &claimLexicon{
		verbs:       map[string]cueVerbForm{},
		adverbs:     cueReadSet("cue_adverbs.txt"),
		titles:      cueReadSet("titles.txt"),
		honorifics:  cueReadSet("honorifics.txt"),
		anonymous:   cueReadSet("anonymous.txt"),
		orgs:        cueReadSet("organizations.txt"),
		countries:   map[string]bool{},
		countryLong: map[string]bool{},
		phrasal:     map[string]map[string]bool{},
		light:       map[string]cueVerbForm{},
		attrNouns:   cueReadSet("attribution_nouns.txt"),

		particleVerbs:   map[string]cueVerbForm{},
		phrasalPreps:    map[[2]string]map[string]bool{},
		phrasalNeedPrep: map[[2]string]bool{},
	}
	cueAddVerbs(lx.light, "light_verbs.txt", cueBelief)
	bare := map[[2]string]bool{} // pairs listed without "+" fields
	for _, l := range cueReadLines("phrasal_cues.txt") {
		if f, preps := cuePhrasalFields(l); len(f) >= 2 {
			if lx.phrasal[f[0]] == nil {
				lx.phrasal[f[0]] = map[string]bool{}
			}
			lx.phrasal[f[0]][f[1]] = true
			key := [2]string{f[0], f[1]}
			if len(preps) == 0 {
				bare[key] = true
				continue
			}
			if lx.phrasalPreps[key] == nil {
				lx.phrasalPreps[key] = map[string]bool{}
			}
			for _, p := range preps {
				lx.phrasalPreps[key][p] = true
			}
		}
	}
	for key := range lx.phrasalPreps {
		if !bare[key] {
			lx.phrasalNeedPrep[key] = true
		}
	}
	for c := range cueReadSet("countries.txt") {
		if strings.Contains(c, " ") {
			lx.countryLong[c] = true
		} else {
			lx.countries[c] = true
		}
	}
	// Belief verbs first so that a verb in both lists counts as speech.
	cueAddVerbs(lx.verbs, "stance_verbs.txt", cueBelief)
	cueAddVerbs(lx.verbs, "belief_verbs.txt", cueBelief)
	cueAddVerbs(lx.verbs, "speech_verbs.txt", cueSpeech)
	// A phrasal cue whose verb is in no list makes that verb a cue only
	// before its particle; its irregular forms follow the particle.
	for _, l := range cueReadLines("phrasal_cues.txt") {
		if f, _ := cuePhrasalFields(l); len(f) >= 2 {
			if vf, ok := lx.verbs[f[0]]; !ok || vf.lemma != f[0] {
				cueAddVerbForms(lx.particleVerbs, append(f[:1:1], f[2:]...), cueBelief)
			}
		}
	}
	return lx
})

// cuePhrasalFields splits a line of phrasal_cues.txt into its plain
// fields (lemma, particle, irregular forms) and its "+" fields, the
// prepositions that may follow the particle ("lash out +at +against").
func cuePhrasalFields(line string) (fields, preps []string) {
	for _, f := range strings.Fields(line) {
		if p, ok := strings.CutPrefix(f, "+"); ok {
			if p != "" {
				preps = append(preps, p)
			}
			continue
		}
		fields = append(fields, f)
	}
	return fields, preps
}

// cueReadLines returns the non-comment, non-empty lines of a lexicon file.
// The files are embedded, so a read error is a build bug: it yields none.
func cueReadLines(name string) []string {
	b, err := cueLexiconFS.ReadFile("lexicon/" + name)
	if err != nil {
		return nil
	}
	var out []string
	for line := range strings.SplitSeq(string(b), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, strings.ToLower(line))
	}
	return out
}

func cueReadSet(name string) map[string]bool {
	m := map[string]bool{}
	for _, l := range cueReadLines(name) {
		m[l] = true
	}
	return m
}

// cueAddVerbs adds every form of the verbs in a lexicon file.
func cueAddVerbs(m map[string]cueVerbForm, name string, class cueVerbClass) {
	for _, line := range cueReadLines(name) {
		cueAddVerbForms(m, strings.Fields(line), class)
	}
}

// cueAddVerbForms adds every form of one verb: its base form, then
// optionally its irregular past and past participle.
func cueAddVerbForms(m map[string]cueVerbForm, f []string, class cueVerbClass) {
	base := f[0]
	past, part := cueRegularPast(base), ""
	if len(f) > 1 {
		past = f[1]
	}
	if len(f) > 2 {
		part = f[2]
	}
	forms := map[string]cueVerbForm{
		base:                 {lemma: base, class: class, base: true},
		cueThirdPerson(base): {lemma: base, class: class},
		past:                 {lemma: base, class: class},
		cueIng(base):         {lemma: base, class: class, ing: true},
	}
	if part != "" {
		forms[part] = cueVerbForm{lemma: base, class: class}
	}
	for w, vf := range forms {
		m[w] = vf
	}
}

func cueIsVowel(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }

func cueThirdPerson(v string) string {
	switch {
	case strings.HasSuffix(v, "s"), strings.HasSuffix(v, "sh"), strings.HasSuffix(v, "ch"), strings.HasSuffix(v, "x"), strings.HasSuffix(v, "z"):
		return v + "es"
	case len(v) > 1 && v[len(v)-1] == 'y' && !cueIsVowel(v[len(v)-2]):
		return v[:len(v)-1] + "ies"
	case len(v) > 1 && v[len(v)-1] == 'o' && !cueIsVowel(v[len(v)-2]):
		return v + "es" // "echoes", "vetoes", "goes"
	}
	return v + "s"
}

func cueRegularPast(v string) string {
	switch {
	case strings.HasSuffix(v, "e"):
		return v + "d"
	case len(v) > 1 && v[len(v)-1] == 'y' && !cueIsVowel(v[len(v)-2]):
		return v[:len(v)-1] + "ied"
	case cueDoublesFinal(v):
		return v + v[len(v)-1:] + "ed"
	}
	return v + "ed"
}

func cueIng(v string) string {
	switch {
	case strings.HasSuffix(v, "ie"):
		return v[:len(v)-2] + "ying"
	case strings.HasSuffix(v, "ee"):
		return v + "ing"
	case strings.HasSuffix(v, "e") && len(v) > 2:
		return v[:len(v)-1] + "ing"
	case cueDoublesFinal(v):
		return v + v[len(v)-1:] + "ing"
	}
	return v + "ing"
}

// cueDoublesFinal reports short consonant-vowel-consonant verbs whose final
// consonant doubles ("plan" → "planned", "quip" → "quipped", "admit").
func cueDoublesFinal(v string) bool {
	switch v {
	case "plan", "quip", "admit", "regret", "commit", "submit", "omit", "permit", "stop", "slam", "scan", "ban", "rebut", "abet",
		"refer", "prefer", "concur", "infer", "confer", "dub", "fret", "control", "compel", "chat", "snap", "spur", "nag", "rap", "jab", "beg", "plot", "stir", "whip", "transfer", "deter", "rebel", "bar",
		"abhor", "aver", "brag", "extol", "pan", "rip", "shrug", "step", "occur", "begin", "bet", "forbid", "get", "hit", "let", "put", "run", "set", "sit", "win":
		return true
	}
	return false
}

// cueAdjectives are the adjectives of belief, feeling and stance of
// stance_adjectives.txt, each with the prepositions that join its cue:
// "are hopeful that …", "was critical of …", "is eager to …". It is read
// once at start-up and never written.
var cueAdjectives = cueReadWordSets("stance_adjectives.txt")

// cueReadWordSets reads a list whose lines are a word and the words that
// go with it ("questions about of whether"): it maps the first word of
// each line of two or more words to the set of the others.
func cueReadWordSets(name string) map[string]map[string]bool {
	m := map[string]map[string]bool{}
	for _, l := range cueReadLines(name) {
		f := strings.Fields(l)
		if len(f) < 2 {
			continue
		}
		m[f[0]] = map[string]bool{}
		for _, p := range f[1:] {
			m[f[0]][p] = true
		}
	}
	return m
}
