package extract

import "testing"

// TestClaimsSourceless covers the attributions without a source whose
// content lies around their cue (claims_sourceless.go): linking verbs of
// impression and agentless passives of speech and judgement.
func TestClaimsSourceless(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []claimWant
	}{
		{
			name: "linking verb with an adjective complement",
			text: "After the vote, the mayor seemed visibly frustrated.",
			want: []claimWant{{quote: "the mayor seemed visibly frustrated", segs: []string{"the mayor", "visibly frustrated"}, typ: ClaimIndirect, cue: "seemed", kind: SpeakerUnknown}},
		},
		{
			name: "linking verb with like and a noun phrase",
			text: "The tax bill seems like a fair compromise.",
			want: []claimWant{{quote: "The tax bill seems like a fair compromise", segs: []string{"The tax bill", "a fair compromise"}, typ: ClaimIndirect, cue: "seems like", kind: SpeakerUnknown}},
		},
		{
			name: "subject with a post-modifier and a modal in the cue",
			text: "The fight over the budget may appear trivial to outsiders.",
			want: []claimWant{{quote: "The fight over the budget may appear trivial to outsiders", segs: []string{"The fight over the budget", "trivial to outsiders"}, typ: ClaimIndirect, cue: "may appear", kind: SpeakerUnknown}},
		},
		{
			name: "expletive it with a that-clause",
			text: "It appears that the council will delay the vote.",
			want: []claimWant{{quote: "that the council will delay the vote", typ: ClaimIndirect, cue: "appears", kind: SpeakerUnknown}},
		},
		{
			name: "expletive it with an adverb aside before that",
			text: "It appears, however, that the vote will be delayed.",
			want: []claimWant{{quote: "that the vote will be delayed", typ: ClaimIndirect, cue: "appears", kind: SpeakerUnknown}},
		},
		{
			name: "complement ends at a comma",
			text: "The senator appeared tired, and her aides cut the event short.",
			want: []claimWant{{quote: "The senator appeared tired", segs: []string{"The senator", "tired"}, typ: ClaimIndirect, cue: "appeared", kind: SpeakerUnknown}},
		},
		{
			name: "linking verb of place is no cue",
			text: "The governor appeared at a rally in Ohio.",
			want: nil,
		},
		{
			name: "as ADJ as it may seem is no cue",
			text: "As odd as it may seem, the shop stayed open all night.",
			want: nil,
		},
		{
			name: "raising verb after an adverbial lead ends at a comma",
			text: "Indeed, a broad swath of rural voters appears to be moving toward the governor, despite the scandal.",
			want: []claimWant{{quote: "a broad swath of rural voters appears to be moving toward the governor", segs: []string{"a broad swath of rural voters", "to be moving toward the governor"}, typ: ClaimIndirect, cue: "appears", kind: SpeakerUnknown}},
		},
		{
			name: "raising passive with a relative clause in the subject",
			text: "The central bank, which has held rates low for years, is expected to act in December.",
			want: []claimWant{{quote: "The central bank, which has held rates low for years, is expected to act in December", segs: []string{"The central bank, which has held rates low for years", "to act in December"}, typ: ClaimIndirect, cue: "is expected", kind: SpeakerUnknown}},
		},
		{
			name: "participle aside leaves the subject's head",
			text: "The figures, compiled by a private group, appear to be wrong.",
			want: []claimWant{{quote: "The figures, compiled by a private group, appear to be wrong", segs: []string{"The figures", "to be wrong"}, typ: ClaimIndirect, cue: "appear", kind: SpeakerUnknown}},
		},
		{
			name: "reduced relative known as after a noun",
			text: "The senator won most of the contests known as Super Tuesday.",
			want: []claimWant{{quote: "most of the contests known as Super Tuesday", segs: []string{"most of the contests", "Super Tuesday"}, typ: ClaimIndirect, cue: "known as", kind: SpeakerUnknown}},
		},
		{
			name: "reduced relative accused of",
			text: "The police stopped a driver accused of speeding.",
			want: []claimWant{{quote: "a driver accused of speeding", segs: []string{"a driver", "speeding"}, typ: ClaimIndirect, cue: "accused of", kind: SpeakerUnknown}},
		},
		{
			name: "reduced relative in a source's noun phrase",
			text: "A guard known as Bob said the gate was open.",
			want: []claimWant{{quote: "the gate was open", typ: ClaimIndirect, cue: "said", name: "Bob", kind: SpeakerPerson, mention: "Bob"}},
		},
		{
			name: "said to after a form of be",
			text: "The chairman was said to be furious with the nominee.",
			want: []claimWant{{quote: "The chairman was said to be furious with the nominee", segs: []string{"The chairman", "to be furious with the nominee"}, typ: ClaimIndirect, cue: "was said", kind: SpeakerUnknown}},
		},
		{
			name: "hedging adverb inside a clause",
			text: "The agency is reportedly preparing new rules for drones.",
			want: []claimWant{{quote: "The agency is reportedly preparing new rules for drones", segs: []string{"The agency is", "preparing new rules for drones"}, typ: ClaimIndirect, cue: "reportedly", kind: SpeakerUnknown}},
		},
		{
			name: "hedging adverb opening a sentence",
			text: "Reportedly, the two leaders met twice in private.",
			want: []claimWant{{quote: "the two leaders met twice in private", typ: ClaimIndirect, cue: "Reportedly", kind: SpeakerUnknown}},
		},
		{
			name: "passive after a subject closed by a parenthesis",
			text: "Most of the claims (61%) were rated as false.",
			want: []claimWant{{quote: "Most of the claims (61%) were rated as false", segs: []string{"Most of the claims (61%)", "false"}, typ: ClaimIndirect, cue: "were rated as", kind: SpeakerUnknown}},
		},
		{
			name: "reduced relative in an apposition of a subject",
			text: "The bill, known as the Clean Water Act, was passed in a late session.",
			want: []claimWant{{quote: "The bill, known as the Clean Water Act", segs: []string{"The bill", "the Clean Water Act"}, typ: ClaimIndirect, cue: "known as", kind: SpeakerUnknown}},
		},
		{
			name: "referring it before a passive with a noun phrase",
			text: "Although the dam is not thought to be at risk, it is considered a hazard to nearby farms.",
			want: []claimWant{
				{quote: "the dam is not thought to be at risk", segs: []string{"the dam", "to be at risk"}, typ: ClaimIndirect, cue: "is not thought", kind: SpeakerUnknown},
				{quote: "it is considered a hazard to nearby farms", segs: []string{"it", "a hazard to nearby farms"}, typ: ClaimIndirect, cue: "is considered", kind: SpeakerUnknown},
			},
		},
		{
			name: "passive of identification with as",
			text: "Two of the suspects have been identified as local students.",
			want: []claimWant{{quote: "Two of the suspects have been identified as local students", segs: []string{"Two of the suspects", "local students"}, typ: ClaimIndirect, cue: "have been identified as", kind: SpeakerUnknown}},
		},
		{
			name: "demonstrative subject",
			text: "This seems like a fair idea.",
			want: []claimWant{{quote: "This seems like a fair idea", segs: []string{"This", "a fair idea"}, typ: ClaimIndirect, cue: "seems like", kind: SpeakerUnknown}},
		},
		{
			name: "gerund after of inside the subject",
			text: "The idea of taxing sugar seems to have broad support.",
			want: []claimWant{{quote: "The idea of taxing sugar seems to have broad support", segs: []string{"The idea of taxing sugar", "to have broad support"}, typ: ClaimIndirect, cue: "seems", kind: SpeakerUnknown}},
		},
		{
			name: "seem to before a cue verb is the writer's impression",
			text: "The mayor seemed to suggest that taxes would rise.",
			want: []claimWant{{quote: "The mayor seemed to suggest that taxes would rise", segs: []string{"The mayor", "to suggest that taxes would rise"}, typ: ClaimIndirect, cue: "seemed", kind: SpeakerUnknown}},
		},
		{
			name: "a that-clause in a raising complement keeps its commas",
			text: "The filings are expected to show that the firm, which grew fast, lost money.",
			want: []claimWant{{quote: "The filings are expected to show that the firm, which grew fast, lost money", segs: []string{"The filings", "to show that the firm, which grew fast, lost money"}, typ: ClaimIndirect, cue: "are expected", kind: SpeakerUnknown}},
		},
		{
			name: "coordinated verb group takes the first verb's subject",
			text: "The senator is moving to Ohio but is expected to keep her seat.",
			want: []claimWant{{quote: "The senator is moving to Ohio but is expected to keep her seat", segs: []string{"The senator", "to keep her seat"}, typ: ClaimIndirect, cue: "is expected", kind: SpeakerUnknown}},
		},
		{
			name: "agentless passive with as",
			text: "The new bridge is widely seen as a model for the region.",
			want: []claimWant{{quote: "The new bridge is widely seen as a model for the region", segs: []string{"The new bridge", "a model for the region"}, typ: ClaimIndirect, cue: "is widely seen as", kind: SpeakerUnknown}},
		},
		{
			name: "agentless passive with a noun phrase complement",
			text: "Across the state, the reservoir is considered a threat to nearby towns.",
			want: []claimWant{{quote: "the reservoir is considered a threat to nearby towns", segs: []string{"the reservoir", "a threat to nearby towns"}, typ: ClaimIndirect, cue: "is considered", kind: SpeakerUnknown}},
		},
		{
			name: "perfect passive with its preposition",
			text: "The airline has been sharply criticized for its refund policy.",
			want: []claimWant{{quote: "The airline has been sharply criticized for its refund policy", segs: []string{"The airline", "its refund policy"}, typ: ClaimIndirect, cue: "has been sharply criticized for", kind: SpeakerUnknown}},
		},
		{
			name: "relative pronoun subject",
			text: "Voters backed the levy, which was known for its low rate.",
			want: []claimWant{{quote: "the levy", typ: ClaimIndirect, cue: "backed", name: "Voters", kind: SpeakerAnonymous, mention: "Voters"}, {quote: "which was known for its low rate", segs: []string{"which", "its low rate"}, typ: ClaimIndirect, cue: "was known for", kind: SpeakerUnknown}},
		},
		{
			name: "passive with its agent names the source",
			text: "The plan was criticized for its cost by several economists.",
			want: []claimWant{{quote: "The plan was criticized for its cost", segs: []string{"The plan", "for its cost"}, typ: ClaimIndirect, cue: "was criticized", name: "several economists", kind: SpeakerAnonymous, mention: "several economists"}},
		},
		{
			name: "negated charge is a fact",
			text: "The driver has not been charged with any crime.",
			want: nil,
		},
		{
			name: "aside of a subject before its verb",
			text: "The mayor, whose plan was widely seen as a gamble, said the city would recover.",
			want: []claimWant{{quote: "the city would recover", typ: ClaimIndirect, cue: "said", name: "The mayor", kind: SpeakerAnonymous, mention: "The mayor"}},
		},
		{
			name: "relative clause aside before a verb that is no cue",
			text: "Smith, who seems mired in the polls, has not gained ground.",
			want: []claimWant{{quote: "who seems mired in the polls", segs: []string{"who", "mired in the polls"}, typ: ClaimIndirect, cue: "seems", kind: SpeakerUnknown}},
		},
		{
			name: "free relative what as subject",
			text: "The court struck down what appears to be an unlawful tax.",
			want: []claimWant{{quote: "what appears to be an unlawful tax", segs: []string{"what", "to be an unlawful tax"}, typ: ClaimIndirect, cue: "appears", kind: SpeakerUnknown}},
		},
		{
			name: "expletive there as subject",
			text: "There seems to be little appetite for a second vote.",
			want: []claimWant{{quote: "There seems to be little appetite for a second vote", segs: []string{"There", "to be little appetite for a second vote"}, typ: ClaimIndirect, cue: "seems", kind: SpeakerUnknown}},
		},
		{
			name: "that-clause opening with a subordinator",
			text: "It appears that when the board meets, the chairman will resign.",
			want: []claimWant{{quote: "that when the board meets, the chairman will resign", typ: ClaimIndirect, cue: "appears", kind: SpeakerUnknown}},
		},
		{
			name: "passive of purpose before to",
			text: "The new toll was intended to cut traffic downtown.",
			want: []claimWant{{quote: "The new toll was intended to cut traffic downtown", segs: []string{"The new toll", "to cut traffic downtown"}, typ: ClaimIndirect, cue: "was intended", kind: SpeakerUnknown}},
		},
		{
			name: "reduced relative of purpose",
			text: "The council passed rules intended to protect renters.",
			want: []claimWant{{quote: "rules intended to protect renters", segs: []string{"rules", "protect renters"}, typ: ClaimIndirect, cue: "intended to", kind: SpeakerUnknown}},
		},
		{
			name: "a finite verb of expectation after a name is no reduced relative",
			text: "Smith expected to win easily.",
			want: []claimWant{{quote: "to win easily", typ: ClaimIndirect, cue: "expected", name: "Smith", kind: SpeakerPerson, mention: "Smith"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			claimCheck(t, tt.text, tt.want)
		})
	}
}

// TestClaimsSourcelessNouns covers the nouns of speech and stance without
// a possessor (claims_sourceless_nouns.go).
func TestClaimsSourcelessNouns(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []claimWant
	}{
		{
			name: "noun with its preposition and a noun phrase",
			text: "The mayor faced questions about the missing funds.",
			want: []claimWant{{quote: "the missing funds", typ: ClaimIndirect, cue: "questions about", kind: SpeakerUnknown}},
		},
		{
			name: "noun phrase content ends before the sentence's verb",
			text: "Opposition to the new toll has grown in the suburbs.",
			want: []claimWant{{quote: "the new toll", typ: ClaimIndirect, cue: "Opposition to", kind: SpeakerUnknown}},
		},
		{
			name: "embedded question after the preposition",
			text: "The delay raised the question of whether the bridge was ever safe, officials conceded privately.",
			want: []claimWant{{quote: "The delay raised the question of whether the bridge was ever safe", typ: ClaimIndirect, cue: "conceded", name: "officials", kind: SpeakerAnonymous, mention: "officials"}},
		},
		{
			name: "embedded question as content",
			text: "There are questions about whether the bridge is safe.",
			want: []claimWant{{quote: "whether the bridge is safe", typ: ClaimIndirect, cue: "questions about", kind: SpeakerUnknown}},
		},
		{
			name: "that-clause keeps its that",
			text: "The firm's shares rose on rumors that a buyer had been found.",
			want: []claimWant{{quote: "that a buyer had been found", typ: ClaimIndirect, cue: "rumors that", kind: SpeakerUnknown}},
		},
		{
			name: "that-clause of a listed noun ends at a comma",
			text: "Despite complaints that the fee is unfair, the council kept it.",
			want: []claimWant{{quote: "that the fee is unfair", typ: ClaimIndirect, cue: "complaints that", kind: SpeakerUnknown}},
		},
		{
			name: "unlisted noun before about",
			text: "There were rumblings about the chief's plans for months.",
			want: []claimWant{{quote: "the chief's plans for months", typ: ClaimIndirect, cue: "rumblings about", kind: SpeakerUnknown}},
		},
		{
			name: "about before a quantity is no cue",
			text: "The race finishes about 4 p.m. on Sunday.",
			want: nil,
		},
		{
			name: "the subject of the verb taking the noun is its source",
			text: "Jones gave a speech about the new budget.",
			want: []claimWant{{quote: "the new budget", typ: ClaimIndirect, cue: "speech about", name: "Jones", kind: SpeakerPerson, mention: "Jones"}},
		},
		{
			name: "a stance received has no source",
			text: "Jones faced questions about the new budget.",
			want: []claimWant{{quote: "the new budget", typ: ClaimIndirect, cue: "questions about", kind: SpeakerUnknown}},
		},
		{
			name: "adjectives join the cue",
			text: "Amid sharp criticism of the plan, the vote was delayed.",
			want: []claimWant{{quote: "the plan", typ: ClaimIndirect, cue: "sharp criticism of", kind: SpeakerUnknown}},
		},
		{
			name: "a possessor makes no sourceless noun",
			text: "Her support for the measure surprised nobody.",
			want: nil,
		},
		{
			name: "a noun read after a name is a verb",
			text: "The Herald reports that the plant will close.",
			want: []claimWant{{quote: "that the plant will close", typ: ClaimIndirect, cue: "reports", name: "Herald", kind: SpeakerOrganization, mention: "The Herald"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			claimCheck(t, tt.text, tt.want)
		})
	}
}

// TestClaimsNaming covers the agentless passives of a report or a
// release and the naming participles (claims_naming.go).
func TestClaimsNaming(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []claimWant
	}{
		{
			name: "agentless passive: the subject is the content",
			text: "The new budget was announced on Monday.",
			want: []claimWant{{quote: "The new budget", typ: ClaimIndirect, cue: "was announced", kind: SpeakerUnknown}},
		},
		{
			name: "expletive it: the that-clause is the content",
			text: "It was revealed last week that the mayor had used a private car.",
			want: []claimWant{{quote: "that the mayor had used a private car", typ: ClaimIndirect, cue: "was revealed", kind: SpeakerUnknown}},
		},
		{
			name: "noun phrase complement after projected",
			text: "The senator was projected the winner of the primary.",
			want: []claimWant{{quote: "The senator was projected the winner of the primary", segs: []string{"The senator", "the winner of the primary"}, typ: ClaimIndirect, cue: "was projected", kind: SpeakerUnknown}},
		},
		{
			name: "present participle complement after shown",
			text: "The governor is shown signing the bill into law.",
			want: []claimWant{{quote: "The governor is shown signing the bill into law", segs: []string{"The governor", "signing the bill into law"}, typ: ClaimIndirect, cue: "is shown", kind: SpeakerUnknown}},
		},
		{
			name: "a modal makes no report yet",
			text: "The report will be released on Friday.",
			want: nil,
		},
		{
			name: "released from is no release of a text",
			text: "The hostages were released from the compound.",
			want: nil,
		},
		{
			name: "a passive of giving is no report",
			text: "The coach was shown the door after the loss.",
			want: nil,
		},
		{
			name: "a relative pronoun subject makes no cue",
			text: "The museum, which was announced last year, opened on Sunday.",
			want: nil,
		},
		{
			name: "naming aside after a comma: noun phrase, then the name",
			text: "His nonprofit group, called the River Trust Fund, will keep the land.",
			want: []claimWant{{quote: "His nonprofit group, called the River Trust Fund", segs: []string{"His nonprofit group", "the River Trust Fund"}, typ: ClaimIndirect, cue: "called", kind: SpeakerUnknown}},
		},
		{
			name: "naming aside with an adverb in the cue",
			text: "The store, now called Main Street Market, reopened in June.",
			want: []claimWant{{quote: "The store, now called Main Street Market", segs: []string{"The store", "Main Street Market"}, typ: ClaimIndirect, cue: "now called", kind: SpeakerUnknown}},
		},
		{
			name: "titled after a noun with a quoted title",
			text: "The council sent out a report titled “A Plan for the Park.”",
			want: []claimWant{{quote: "a report titled “A Plan for the Park.”", segs: []string{"a report", "“A Plan for the Park.”"}, typ: ClaimMixed, cue: "titled", kind: SpeakerUnknown}},
		},
		{
			name: "called without a comma names no cue",
			text: "A new group called Voters First opened an office in May.",
			want: nil,
		},
		{
			name: "called with two complements is speech",
			text: "The mayor called Jones a liar.",
			want: []claimWant{{quote: "Jones a liar", typ: ClaimIndirect, cue: "called", name: "The mayor", kind: SpeakerAnonymous, mention: "The mayor"}},
		},
		{
			name: "reduced relative known to before a bare verb",
			text: "The mayor toured a district known to be hostile to new taxes.",
			want: []claimWant{{quote: "a district known to be hostile to new taxes", segs: []string{"a district", "be hostile to new taxes"}, typ: ClaimIndirect, cue: "known to", kind: SpeakerUnknown}},
		},
		{
			name: "known to before a noun phrase is no cue",
			text: "The account, known to its followers as Ghost, was closed.",
			want: nil,
		},
		{
			name: "an infinitive complement keeps a phrase after before",
			text: "The veto is expected to come before the deadline on Friday.",
			want: []claimWant{{quote: "The veto is expected to come before the deadline on Friday", segs: []string{"The veto", "to come before the deadline on Friday"}, typ: ClaimIndirect, cue: "is expected", kind: SpeakerUnknown}},
		},
		{
			name: "has after a pronoun is no passive",
			text: "He’s reported from the front lines for years.",
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			claimCheck(t, tt.text, tt.want)
		})
	}
}
