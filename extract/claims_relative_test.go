package extract

import "testing"

// TestClaimsRelative covers the cues in relative clauses whose content is
// the noun phrase the clause is about (claims_relative.go).
func TestClaimsRelative(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []claimWant
	}{
		{
			name: "which as object of the clause is the content",
			text: "The council rejected the zoning change, which the mayor strongly opposed.",
			want: []claimWant{
				{quote: "the zoning change", typ: ClaimIndirect, cue: "rejected", name: "council", kind: SpeakerOrganization, mention: "The council"},
				{quote: "which", typ: ClaimIndirect, cue: "strongly opposed", name: "the mayor", kind: SpeakerAnonymous, mention: "the mayor"},
			},
		},
		{
			name: "whom after a comma with an adverbial after the verb",
			text: "She praised the judge, whom the senator backed during the hearing.",
			want: []claimWant{
				{quote: "the judge", typ: ClaimIndirect, cue: "praised", name: "She", kind: SpeakerPerson, mention: "She"},
				{quote: "whom", typ: ClaimIndirect, cue: "backed", name: "the senator", kind: SpeakerAnonymous, mention: "the senator"},
			},
		},
		{
			name: "zero relative after an indefinite apposition",
			text: "The governor later signed the tax credit, an idea the senator had proposed in March.",
			want: []claimWant{{quote: "an idea", typ: ClaimIndirect, cue: "had proposed", name: "the senator", kind: SpeakerAnonymous, mention: "the senator"}},
		},
		{
			name: "zero relative with an indefinite pronoun",
			text: "In the end, the union got everything it wanted.",
			want: []claimWant{{quote: "everything", typ: ClaimIndirect, cue: "wanted", name: "it", kind: SpeakerOrganization, mention: "it"}},
		},
		{
			name: "zero relative after a linking verb",
			text: "That was not the outcome the governor expected.",
			want: []claimWant{{quote: "the outcome", typ: ClaimIndirect, cue: "expected", name: "the governor", kind: SpeakerAnonymous, mention: "the governor"}},
		},
		{
			name: "head with a prepositional phrase and an adverb of degree in the cue",
			text: "Lawmakers dropped the provision in the budget the governor most strongly opposed.",
			want: []claimWant{{quote: "the provision in the budget", typ: ClaimIndirect, cue: "most strongly opposed", name: "the governor", kind: SpeakerAnonymous, mention: "the governor"}},
		},
		{
			name: "quantity of a plural head",
			text: "The bill includes two of the changes the union has demanded.",
			want: []claimWant{{quote: "two of the changes", typ: ClaimIndirect, cue: "has demanded", name: "union", kind: SpeakerOrganization, mention: "the union"}},
		},
		{
			name: "zero relative with a quantifier opening the subject",
			text: "The vote did not go the way it was planned, nor did it produce the landslide many analysts initially forecast.",
			want: []claimWant{{quote: "the landslide", typ: ClaimIndirect, cue: "initially forecast", name: "many analysts", kind: SpeakerAnonymous, mention: "many analysts"}},
		},
		{
			name: "that after a noun of statement",
			text: "It was a charge that the mayor's aides flatly denied.",
			want: []claimWant{{quote: "a charge", typ: ClaimIndirect, cue: "flatly denied", name: "the mayor's aides", kind: SpeakerAnonymous, mention: "the mayor's aides"}},
		},
		{
			name: "reduced passive with its agent after a noun of statement",
			text: "The bridge was delayed again, a fact later confirmed by the transit agency.",
			want: []claimWant{{quote: "a fact", typ: ClaimIndirect, cue: "later confirmed", name: "transit agency", kind: SpeakerOrganization, mention: "the transit agency"}},
		},
		{
			name: "participle aside with its agent after any noun phrase",
			text: "The zoning plan, opposed by several neighborhood groups, passed on Tuesday.",
			want: []claimWant{{quote: "The zoning plan", typ: ClaimIndirect, cue: "opposed", name: "several neighborhood groups", kind: SpeakerAnonymous, mention: "several neighborhood groups"}},
		},
		{
			name: "reporting aside attributes its whole clause",
			text: "The new rule, first reported by the local newspaper, will take effect in March.",
			want: []claimWant{{quote: "The new rule, first reported by the local newspaper, will take effect in March", segs: []string{"The new rule", "will take effect in March"}, typ: ClaimIndirect, cue: "first reported", name: "local newspaper", kind: SpeakerOrganization, mention: "the local newspaper"}},
		},
		{
			name: "reporting aside after an object attributes nothing",
			text: "The council approved a budget, first reported by the local newspaper, that cuts two programs.",
			want: nil,
		},
		{
			name: "passive relative with its agent",
			text: "The report covers the projects, which were endorsed by the city council.",
			want: []claimWant{{quote: "which", typ: ClaimIndirect, cue: "were endorsed", name: "city council", kind: SpeakerOrganization, mention: "the city council"}},
		},
		{
			name: "a clause after the verb stays the content of the cue",
			text: "The mayor called the tax a mistake, which she later said was a relief.",
			want: []claimWant{
				{quote: "the tax a mistake", typ: ClaimIndirect, cue: "called", name: "The mayor", kind: SpeakerAnonymous, mention: "The mayor"},
				{quote: "which she later said was a relief", segs: []string{"which", "was a relief"}, typ: ClaimIndirect, cue: "later said", name: "she", kind: SpeakerPerson, mention: "she"},
			},
		},
		{
			name: "a complement after the verb keeps the relative in the outer content",
			text: "The council rejected the measure that the mayor described as reckless.",
			want: []claimWant{{quote: "the measure that the mayor described as reckless", typ: ClaimIndirect, cue: "rejected", name: "council", kind: SpeakerOrganization, mention: "The council"}},
		},
		{
			name: "a subject relative is the speaker's",
			text: "The mayor, who opposed the plan, said the city would recover.",
			want: []claimWant{
				{quote: "the plan", typ: ClaimIndirect, cue: "opposed", name: "The mayor", kind: SpeakerAnonymous, mention: "The mayor, who"},
				{quote: "the city would recover", typ: ClaimIndirect, cue: "said", name: "The mayor", kind: SpeakerAnonymous, mention: "The mayor"},
			},
		},
		{
			name: "an object after an adverbial phrase is no gap",
			text: "The governor argued during the debate that taxes must fall.",
			want: []claimWant{{quote: "that taxes must fall", typ: ClaimIndirect, cue: "argued", name: "The governor", kind: SpeakerAnonymous, mention: "The governor"}},
		},
		{
			name: "the verb of a relative clause takes nothing after its gap",
			text: "The rules that the commission proposed in 2014 never took effect.",
			want: nil,
		},
		{
			name: "a reduced passive after a plain noun takes nothing after its agent",
			text: "He won all the delegates offered by the contest in his home state.",
			want: nil,
		},
		{
			name: "a noun of time takes no content",
			text: "It was the last time he spoke in public.",
			want: nil,
		},
		{
			name: "a verb of seeing takes no content",
			text: "She kept the letters she found in the attic.",
			want: nil,
		},
		{
			name: "finite passive: the subject is the content, the agent the source",
			text: "The zoning plan was sharply criticized by several neighborhood groups.",
			want: []claimWant{{quote: "The zoning plan", typ: ClaimIndirect, cue: "was sharply criticized", name: "several neighborhood groups", kind: SpeakerAnonymous, mention: "several neighborhood groups"}},
		},
		{
			name: "finite passive after a relative pronoun takes the pronoun",
			text: "The mayor, who has been endorsed by the teachers union, spoke on Monday.",
			want: []claimWant{{quote: "who", typ: ClaimIndirect, cue: "has been endorsed", name: "teachers union", kind: SpeakerOrganization, mention: "the teachers union"}},
		},
		{
			name: "finite passive in a second clause takes only its own subject",
			text: "The town has few jobs, and its vote might be claimed by either party.",
			want: []claimWant{{quote: "its vote", typ: ClaimIndirect, cue: "might be claimed", name: "party", kind: SpeakerOrganization, mention: "either party"}},
		},
		{
			name: "finite passive after a wh-word and an adverb of degree",
			text: "What stands out is how strongly she is disliked by younger voters.",
			want: []claimWant{{quote: "she", typ: ClaimIndirect, cue: "is disliked", name: "younger voters", kind: SpeakerAnonymous, mention: "younger voters"}},
		},
		{
			name: "finite passive with an apposition closed by a comma",
			text: "Mr. Hale, the former mayor of the city, had been soundly rejected by voters he no longer knew.",
			want: []claimWant{{quote: "Mr. Hale, the former mayor of the city", typ: ClaimIndirect, cue: "had been soundly rejected", name: "voters", kind: SpeakerAnonymous, mention: "voters"}},
		},
		{
			name: "finite passive with a reason after its agent",
			text: "The senator was criticized by his rivals for skipping the vote.",
			want: []claimWant{{quote: "The senator was criticized by his rivals for skipping the vote", segs: []string{"The senator", "for skipping the vote"}, typ: ClaimIndirect, cue: "was criticized", name: "his rivals", kind: SpeakerUnknown, mention: "his rivals"}},
		},
		{
			name: "finite passive after a raising adjective",
			text: "The fate of the rule is likely to be decided by the appeals court.",
			want: []claimWant{{quote: "The fate of the rule", typ: ClaimIndirect, cue: "be decided", name: "appeals court", kind: SpeakerOrganization, mention: "the appeals court"}},
		},
		{
			name: "a verb of liking is a cue only in a passive with its agent",
			text: "The new coach is well liked by the players. The players liked the food.",
			want: []claimWant{{quote: "The new coach", typ: ClaimIndirect, cue: "is well liked", name: "the players", kind: SpeakerUnknown, mention: "the players"}},
		},
		{
			name: "a passive of asking takes the question after its agent",
			text: "The governor was asked by a caller whether the tax would rise.",
			want: []claimWant{{quote: "whether the tax would rise", typ: ClaimIndirect, cue: "was asked", name: "a caller", kind: SpeakerUnknown, mention: "a caller"}},
		},
		{
			name: "an agent opening with a word of quantity",
			text: "The measure was backed by nearly 60 percent of voters.",
			want: []claimWant{{quote: "The measure", typ: ClaimIndirect, cue: "was backed", name: "nearly 60 percent of voters", kind: SpeakerUnknown, mention: "nearly 60 percent of voters"}},
		},
		{
			name: "a bare noun after by is no agent",
			text: "The right to protest is protected by law.",
			want: nil,
		},
		{
			name: "a trailing attribution with a title is not split",
			text: "The water is safe, the health department director said.",
			want: []claimWant{{quote: "The water is safe", typ: ClaimIndirect, cue: "said", name: "the health department director", kind: SpeakerAnonymous, mention: "the health department director"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			claimCheck(t, tt.text, tt.want)
		})
	}
}

// TestClaimRelGap covers the test for a missing object after a cue verb.
func TestClaimRelGap(t *testing.T) {
	tests := []struct {
		text string
		at   int // token index right after the verb
		want bool
	}{
		{"which he opposed .", 3, true},
		{"which he opposed , and", 3, true},
		{"the issues they care about .", 5, true},
		{"which he proposed under a flat tax", 3, true},
		{"which he opposed in the debate that", 3, false},
		{"a deal she supported - makes sense", 4, true},
		{"a point he conceded to reporters", 4, true},
		{"a fact he mentions on the trail", 4, true},
		{"a plan he wanted to pass", 4, false},
		{"which he said was", 3, false},
		{"which he described as reckless", 3, false},
		{"which he opposed the", 3, false},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			toks := claimTokenize(tt.text, 0, len(tt.text))
			tagger, err := claimTagger()
			if err != nil {
				t.Fatal(err)
			}
			claimTag(tagger, toks)
			if got := claimRelGap(toks, claimCue{kind: cueVerb, start: tt.at - 1, end: tt.at, verb: tt.at - 1, form: cueVerbForm{class: cueSpeech}}, len(toks)); got != tt.want {
				t.Errorf("claimRelGap(%q, %d) = %v, want %v", tt.text, tt.at, got, tt.want)
			}
		})
	}
}
