package extract

import "testing"

// TestClaimsClauseRules covers where a content starts and ends inside its
// sentence: coordinated verb phrases, introductory subordinate clauses,
// one-word objects, objects of "told" and "according to" closing a
// sentence.
func TestClaimsClauseRules(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []claimWant
	}{
		{
			name: "according to closing a sentence with a verbless-looking lead",
			text: "Clinton beats Trump by 46 percent to 42 percent, according to the poll.",
			want: []claimWant{{quote: "Clinton beats Trump by 46 percent to 42 percent", typ: ClaimIndirect, cue: "according to", name: "the poll", kind: SpeakerUnknown, mention: "the poll"}},
		},
		{
			name: "one-word object of a stance verb after an adverbial lead",
			text: "Over the past few days, Cruz has endorsed Trump.",
			want: []claimWant{{quote: "Trump", typ: ClaimIndirect, cue: "has endorsed", name: "Cruz", kind: SpeakerPerson, mention: "Cruz"}},
		},
		{
			name: "coordinated verb phrases share the subject",
			text: "Senator Ana Ruiz has sharply criticized the trade deals and called for new tariffs on steel.",
			want: []claimWant{
				{quote: "the trade deals", typ: ClaimIndirect, cue: "has sharply criticized", name: "Ana Ruiz", kind: SpeakerPerson, role: "Senator", mention: "Senator Ana Ruiz"},
				{quote: "new tariffs on steel", typ: ClaimIndirect, cue: "called for", name: "Ana Ruiz", kind: SpeakerPerson, role: "Senator", mention: "Senator Ana Ruiz"},
			},
		},
		{
			name: "noun phrase object ends before a second verb",
			text: "The administration has promised a veto and attempted to persuade members.",
			want: []claimWant{
				{quote: "a veto", typ: ClaimIndirect, cue: "has promised", name: "administration", kind: SpeakerOrganization, mention: "The administration"},
				// The coordinated catenative shares the subject (claimChain3InfShared).
				{quote: "members", typ: ClaimIndirect, cue: "attempted to persuade", name: "administration", kind: SpeakerOrganization, mention: "The administration"},
			},
		},
		{
			name: "content in an introductory subordinate clause",
			text: "Although Trump has admitted using the tax code, he does not defend it.",
			want: []claimWant{
				{quote: "using the tax code", typ: ClaimIndirect, cue: "has admitted", name: "Trump", kind: SpeakerPerson, mention: "Trump"},
				{quote: "it", typ: ClaimIndirect, cue: "does not defend", name: "Trump", kind: SpeakerPerson, mention: "he"},
			},
		},
		{
			name: "told with an object and no that",
			text: "He told reporters the plan was dead.",
			want: []claimWant{{quote: "the plan was dead", typ: ClaimIndirect, cue: "told", name: "He", kind: SpeakerPerson, mention: "He"}},
		},
		{
			name: "told with an object before a quotation",
			text: "She told CNN, \"We will win.\"",
			want: []claimWant{{quote: "\"We will win.\"", typ: ClaimDirect, cue: "told", name: "She", kind: SpeakerPerson, mention: "She"}},
		},
		{
			name: "coordinated cue takes the subject of the first verb",
			text: "The nominee also praised his team and vowed to punish leakers.",
			want: []claimWant{
				{quote: "his team", typ: ClaimIndirect, cue: "also praised", name: "The nominee", kind: SpeakerAnonymous, mention: "The nominee"},
				{quote: "to punish leakers", typ: ClaimIndirect, cue: "vowed", name: "The nominee", kind: SpeakerAnonymous, mention: "The nominee"},
			},
		},
		{
			name: "but with a second cue of the same subject",
			text: "Demonstrators said they want justice, but pledged to remain civil.",
			want: []claimWant{
				{quote: "they want justice", typ: ClaimIndirect, cue: "said", name: "Demonstrators", kind: SpeakerPerson, mention: "Demonstrators"},
				{quote: "to remain civil", typ: ClaimIndirect, cue: "pledged", name: "Demonstrators", kind: SpeakerPerson, mention: "Demonstrators"},
			},
		},
		{
			name: "yet with a second cue after a noun phrase object",
			text: "Trump demands transparency from the president, yet refuses to release his tax records.",
			want: []claimWant{
				{quote: "transparency from the president", typ: ClaimIndirect, cue: "demands", name: "Trump", kind: SpeakerPerson, mention: "Trump"},
				{quote: "to release his tax records", typ: ClaimIndirect, cue: "refuses", name: "Trump", kind: SpeakerPerson, mention: "Trump"},
			},
		},
		{
			name: "a name as the object of a stance verb ends at the comma",
			text: "Senator Ted Cruz is endorsing Donald Trump's campaign, the latest chapter in a rocky relationship.",
			want: []claimWant{{quote: "Donald Trump's campaign", typ: ClaimIndirect, cue: "is endorsing", name: "Ted Cruz", kind: SpeakerPerson, role: "Senator", mention: "Senator Ted Cruz"}},
		},
		{
			name: "participle clause opening the sentence",
			text: "Bemoaning the \"phony system,\" Trump accused Holt of bias.",
			want: []claimWant{
				{quote: "the \"phony system,\"", typ: ClaimMixed, cue: "Bemoaning", name: "Trump", kind: SpeakerPerson, mention: "Trump"},
				{quote: "Holt of bias", typ: ClaimIndirect, cue: "accused", name: "Trump", kind: SpeakerPerson, mention: "Trump"},
			},
		},
		{
			name: "participle after a statement",
			text: "Following a late meeting, the Security Council issued a statement calling the test a clear violation of five resolutions.",
			want: []claimWant{{quote: "the test a clear violation of five resolutions", typ: ClaimIndirect, cue: "calling", name: "Security Council", kind: SpeakerOrganization, mention: "the Security Council"}},
		},
		{
			name: "relative pronoun as the source",
			text: "The list includes some who warned it could make matters worse.",
			want: []claimWant{{quote: "it could make matters worse", typ: ClaimIndirect, cue: "warned", name: "some", kind: SpeakerAnonymous, mention: "some who"}},
		},
		{
			name: "object pronoun after told",
			text: "He told them he would win.",
			want: []claimWant{{quote: "he would win", typ: ClaimIndirect, cue: "told", name: "He", kind: SpeakerPerson, mention: "He"}},
		},
		{
			name: "infinitive cue takes the subject of its governing verb",
			text: "Mr. Trump was prompted to say, ''So far, I cannot believe how civil it's been.''",
			want: []claimWant{{quote: "''So far, I cannot believe how civil it's been.''", typ: ClaimDirect, cue: "was prompted to say", name: "Trump", kind: SpeakerPerson, mention: "Mr. Trump"}},
		},
		{
			name: "infinitive after a cue verb is that verb's content",
			text: "He wants to say the plan works.",
			want: []claimWant{{quote: "to say the plan works", typ: ClaimIndirect, cue: "wants", name: "He", kind: SpeakerPerson, mention: "He"}},
		},
		{
			name: "participle modifying the source",
			text: "Many voters supporting Kasich paid for their own travel.",
			want: []claimWant{{quote: "Kasich", typ: ClaimIndirect, cue: "supporting", name: "Many voters", kind: SpeakerAnonymous, mention: "Many voters"}},
		},
		{
			name: "restrictive relative clause ends before the main verb",
			text: "More than half of the respondents who support Sanders are in college.",
			want: []claimWant{{quote: "Sanders", typ: ClaimIndirect, cue: "support", name: "half of the respondents", kind: SpeakerAnonymous, mention: "half of the respondents who"}},
		},
		{
			name: "focused on a noun phrase",
			text: "She focused on Trump.",
			want: []claimWant{{quote: "Trump", typ: ClaimIndirect, cue: "focused on", name: "She", kind: SpeakerPerson, mention: "She"}},
		},
		{
			name: "light verb with an attribution noun",
			text: "He cast doubt on the value of an outside investigation.",
			want: []claimWant{{quote: "the value of an outside investigation", typ: ClaimIndirect, cue: "cast doubt on", name: "He", kind: SpeakerPerson, mention: "He"}},
		},
		{
			name: "a second cue with its own auxiliary after a comma",
			text: "Mr. Trump has attacked loopholes that benefit others, and has called for ending the carried interest break.",
			want: []claimWant{
				{quote: "loopholes that benefit others", typ: ClaimIndirect, cue: "has attacked", name: "Trump", kind: SpeakerPerson, mention: "Mr. Trump"},
				{quote: "ending the carried interest break", typ: ClaimIndirect, cue: "has called for", name: "Trump", kind: SpeakerPerson, mention: "Mr. Trump"},
			},
		},
		{
			name: "although-clause with its own subject ends the content",
			text: "He claimed that paying no income taxes was smart, although he again refused to release his tax returns.",
			want: []claimWant{
				{quote: "that paying no income taxes was smart", typ: ClaimIndirect, cue: "claimed", name: "He", kind: SpeakerPerson, mention: "He"},
				{quote: "to release his tax returns", typ: ClaimIndirect, cue: "again refused", name: "He", kind: SpeakerPerson, mention: "he"},
			},
		},
		{
			name: "passive with its agent after auxiliaries",
			text: "The Democratic nominee has been endorsed by dozens of papers.",
			want: []claimWant{{quote: "The Democratic nominee", typ: ClaimIndirect, cue: "has been endorsed", name: "dozens of papers", kind: SpeakerUnknown, mention: "dozens of papers"}},
		},
		{
			name: "as-clause source closing the sentence",
			text: "The report does not say whether the suspect had a gun, as police have said.",
			want: []claimWant{{quote: "The report does not say whether the suspect had a gun", typ: ClaimIndirect, cue: "have said", name: "police", kind: SpeakerOrganization, mention: "police"}},
		},
		{
			name: "question put to the source before the main clause",
			text: "Asked in Iowa recently whether he would back the nominee, Rubio gave a roundabout answer.",
			want: []claimWant{{quote: "whether he would back the nominee", typ: ClaimIndirect, cue: "Asked", name: "Rubio", kind: SpeakerPerson, mention: "Rubio"}},
		},
		{
			name: "when-asked clause is no content of the main cue",
			text: "On Sunday, when asked about the nominee, President Barack Obama said he expected him to lose.",
			want: []claimWant{
				{quote: "the nominee", typ: ClaimIndirect, cue: "asked about", name: "", kind: SpeakerUnknown, mention: ""},
				{quote: "he expected him to lose", typ: ClaimIndirect, cue: "said", name: "Barack Obama", kind: SpeakerPerson, role: "President", mention: "President Barack Obama"},
			},
		},
		{
			name: "participle after a statement in the lead takes the main subject",
			text: "In a statement announcing the pick, the union called Clinton a champion, citing her work after the attacks.",
			want: []claimWant{
				{quote: "Clinton a champion", typ: ClaimIndirect, cue: "called", name: "union", kind: SpeakerOrganization, mention: "the union"},
				{quote: "her work after the attacks", typ: ClaimIndirect, cue: "citing", name: "union", kind: SpeakerOrganization, mention: "the union"},
			},
		},
		{
			name: "participle after a preposition opening the sentence",
			text: "After saying her foot was swollen, she was taken to a doctor.",
			want: []claimWant{{quote: "her foot was swollen", typ: ClaimIndirect, cue: "saying", name: "she", kind: SpeakerPerson, mention: "she"}},
		},
		{
			name: "relative clause after an inverted source",
			text: "\"It is enough,\" said Mr. Kamin, who emphasized that the proposals would simplify returns.",
			want: []claimWant{
				{quote: "\"It is enough,\"", typ: ClaimDirect, cue: "said", name: "Kamin", kind: SpeakerPerson, mention: "Mr. Kamin"},
				{quote: "that the proposals would simplify returns", typ: ClaimIndirect, cue: "emphasized", name: "Kamin", kind: SpeakerPerson, mention: "who"},
			},
		},
		{
			name: "participle after by, with an adverb before the main verb",
			text: "He recently pitched himself to voters by telling them that their lives are terrible.",
			want: []claimWant{{quote: "that their lives are terrible", typ: ClaimIndirect, cue: "telling", name: "He", kind: SpeakerPerson, mention: "He"}},
		},
		{
			name: "participle after a news conference",
			text: "\"We will get there together,\" she said at a news conference announcing that her department was suing the state.",
			want: []claimWant{
				{quote: "\"We will get there together,\"", typ: ClaimDirect, cue: "said", name: "she", kind: SpeakerPerson, mention: "she"},
				{quote: "that her department was suing the state", typ: ClaimIndirect, cue: "announcing", name: "she", kind: SpeakerPerson, mention: "she"},
			},
		},
		{
			name: "coordinated participles after a policy paper",
			text: "Recently, it issued a policy paper welcoming the plans to increase funding, and calling for permanent bases.",
			want: []claimWant{
				{quote: "the plans to increase funding", typ: ClaimIndirect, cue: "welcoming", name: "it", kind: SpeakerOrganization, mention: "it"},
				{quote: "permanent bases", typ: ClaimIndirect, cue: "calling for", name: "it", kind: SpeakerOrganization, mention: "it"},
			},
		},
		{
			name: "a listed participle after a comma ends the content",
			text: "The senator hardly clarified the matter, asserting that he pays his taxes.",
			want: []claimWant{
				{quote: "the matter", typ: ClaimIndirect, cue: "hardly clarified", name: "The senator", kind: SpeakerAnonymous, mention: "The senator"},
				{quote: "that he pays his taxes", typ: ClaimIndirect, cue: "asserting", name: "The senator", kind: SpeakerAnonymous, mention: "The senator"},
			},
		},
		{
			name: "reporting noun without a possessor has no source",
			text: "The warning that the dam could fail came too late.",
			want: []claimWant{{quote: "that the dam could fail", typ: ClaimIndirect, cue: "warning", name: "", kind: SpeakerUnknown, mention: ""}},
		},
		{
			name: "possessed reporting noun as the subject leaves the main verb out",
			text: "Trump's claim that he opposed the war is false.",
			want: []claimWant{{quote: "that he opposed the war", typ: ClaimIndirect, cue: "claim", name: "Trump", kind: SpeakerPerson, mention: "Trump"}},
		},
		{
			name: "a lead ending in and plus an adverbial is no content",
			text: "ABC is dropping its show, and on Monday, CBS said it was canceling the low-rated series.",
			want: []claimWant{{quote: "it was canceling the low-rated series", typ: ClaimIndirect, cue: "said", name: "CBS", kind: SpeakerOrganization, mention: "CBS"}},
		},
		{
			name: "coordinated belief and speech verbs with that-clauses",
			text: "But some Democratic strategists fear that Clinton has already missed a unique opportunity and warn that counting on Hispanic voters is risky.",
			want: []claimWant{
				{quote: "that Clinton has already missed a unique opportunity", typ: ClaimIndirect, cue: "fear", name: "some Democratic strategists", kind: SpeakerAnonymous, mention: "some Democratic strategists"},
				{quote: "that counting on Hispanic voters is risky", typ: ClaimIndirect, cue: "warn", name: "some Democratic strategists", kind: SpeakerAnonymous, mention: "some Democratic strategists"},
			},
		},
		{
			name: "clause before told with an object and an adverbial after",
			text: "This is not about me, President Obama told his closest advisers as he labored.",
			want: []claimWant{{quote: "This is not about me", typ: ClaimIndirect, cue: "told", name: "Obama", kind: SpeakerPerson, role: "President", mention: "President Obama"}},
		},
		{
			name: "cue inside a parenthetical attributes only within it",
			text: "He tells audiences she may be prosecuted over her email server (the existence of which, critics say, represents a paradoxical instance of her instincts).",
			want: []claimWant{
				{quote: "she may be prosecuted over her email server", typ: ClaimIndirect, cue: "tells", name: "He", kind: SpeakerPerson, mention: "He"},
				{quote: "the existence of which, critics say, represents a paradoxical instance of her instincts", segs: []string{"the existence of which", "represents a paradoxical instance of her instincts"},
					typ: ClaimIndirect, cue: "say", name: "critics", kind: SpeakerAnonymous, mention: "critics"},
			},
		},
		{
			name: "quotation after a colon closing a sentence with its own cue",
			text: "Soon after the murder of Father Jacques Hamel, Trump asserted that France had lost its identity: “France is no longer France,” he claimed.",
			want: []claimWant{
				{quote: "that France had lost its identity", typ: ClaimIndirect, cue: "asserted", name: "Trump", kind: SpeakerPerson, mention: "Trump"},
				{quote: "“France is no longer France,”", typ: ClaimDirect, cue: "claimed", name: "Trump", kind: SpeakerPerson, mention: "he"},
			},
		},
		{
			name: "main verb after a relative clause shares its antecedent",
			text: "Hawkins and others who want to ban abortion said Monday's decision will make the choice more stark.",
			want: []claimWant{
				{quote: "to ban abortion", typ: ClaimIndirect, cue: "want", name: "Hawkins and others", kind: SpeakerPerson, mention: "Hawkins and others who"},
				{quote: "Monday's decision will make the choice more stark", typ: ClaimIndirect, cue: "said", name: "Hawkins and others", kind: SpeakerPerson, mention: "Hawkins and others who"},
			},
		},
		{
			name: "and with an adverb before a second speech cue; the object of urges stays in an infinitive content",
			text: "She then urges her husband to come out of the car and repeatedly says, \"Don't you do it,\" until gunshots are heard.",
			want: []claimWant{
				{quote: "her husband to come out of the car", typ: ClaimIndirect, cue: "then urges", name: "She", kind: SpeakerPerson, mention: "She"},
				{quote: "\"Don't you do it,\"", typ: ClaimDirect, cue: "repeatedly says", name: "She", kind: SpeakerPerson, mention: "She"},
			},
		},
		{
			name: "adding after a quotation-led attribution is its own claim",
			text: "\"It is clear that he didn't fight for the legislation,\" Christie said, adding that he had fought for bills.",
			want: []claimWant{
				{quote: "\"It is clear that he didn't fight for the legislation,\"", typ: ClaimDirect, cue: "said", name: "Christie", kind: SpeakerPerson, mention: "Christie"},
				{quote: "that he had fought for bills", typ: ClaimIndirect, cue: "adding", name: "Christie", kind: SpeakerPerson, mention: "Christie"},
			},
		},
		{
			name: "adjective of belief after be",
			text: "Many Democrats are hopeful that turnout will be high.",
			want: []claimWant{{quote: "that turnout will be high", typ: ClaimIndirect, cue: "are hopeful", name: "Many Democrats", kind: SpeakerAnonymous, mention: "Many Democrats"}},
		},
		{
			name: "adjective of stance with its preposition in the cue",
			text: "The senator was critical of the deal.",
			want: []claimWant{{quote: "the deal", typ: ClaimIndirect, cue: "was critical of", name: "The senator", kind: SpeakerAnonymous, mention: "The senator"}},
		},
		{
			name: "a spaced hyphen ends a noun phrase content like a dash",
			text: "Another critic, Laurence Tribe, likened the rules to \"burning the Constitution\" - a charge that might have stung.",
			want: []claimWant{{quote: "the rules to \"burning the Constitution\"", typ: ClaimMixed, cue: "likened", name: "Laurence Tribe", kind: SpeakerPerson, mention: "Laurence Tribe"}},
		},
		{
			name: "uses of cue verbs that report nothing",
			text: "Speaking at a rally, Clinton criticized the plan. The firm maintained subsidiaries abroad. Turnout fell to 41 percent, compared with 48 percent. Moore called into a radio program. Trump showed up at the debate. His lead has declined slightly from 58 percent. Obama assumed a new role. She sang at church every week.",
			want: []claimWant{{quote: "the plan", typ: ClaimIndirect, cue: "criticized", name: "Clinton", kind: SpeakerPerson, mention: "Clinton"}},
		},
		{
			name: "as-clause with its source after the participle",
			text: "As reported by The New York Times, the deal collapsed after a week.",
			want: []claimWant{{quote: "the deal collapsed after a week", typ: ClaimIndirect, cue: "reported by", name: "New York Times", kind: SpeakerOrganization, mention: "The New York Times"}},
		},
		{
			name: "participle after a message is no cue",
			text: "In a Facebook message posted Friday, Cruz said he cannot allow Clinton to win.",
			want: []claimWant{{quote: "he cannot allow Clinton to win", typ: ClaimIndirect, cue: "said", name: "Cruz", kind: SpeakerPerson, mention: "Cruz"}},
		},
		{
			name: "said of a topic, then the quotation",
			text: "The mayor says of Clinton, “If she gets the chance, she will put the Oval Office up for sale.”",
			want: []claimWant{{quote: "“If she gets the chance, she will put the Oval Office up for sale.”", typ: ClaimDirect, cue: "says of", name: "The mayor", kind: SpeakerAnonymous, mention: "The mayor"}},
		},
		{
			name: "introductory clause ends before a main clause with a long subject",
			text: "After the appeals court refused to reconsider the decision, Michigan Attorney General Bill Schuette (R) asked the Supreme Court for quick action.",
			want: []claimWant{
				{quote: "to reconsider the decision", typ: ClaimIndirect, cue: "refused", name: "appeals court", kind: SpeakerOrganization, mention: "the appeals court"},
				{quote: "the Supreme Court for quick action", typ: ClaimIndirect, cue: "asked", name: "Bill Schuette", kind: SpeakerPerson, role: "Michigan Attorney General", mention: "Michigan Attorney General Bill Schuette"},
			},
		},
		{
			name: "no content after a semicolon",
			text: "Candidates need about 40 percent of the Hispanic vote, political analysts say; in 2012, Mitt Romney stumbled with 27 percent.",
			want: []claimWant{{quote: "Candidates need about 40 percent of the Hispanic vote", typ: ClaimIndirect, cue: "say", name: "political analysts", kind: SpeakerAnonymous, mention: "political analysts"}},
		},
		{
			name: "bare verb read as a noun after a plural subject",
			text: "Only 12 percent of young workers polled support Smith.",
			want: []claimWant{{quote: "Smith", typ: ClaimIndirect, cue: "support", name: "12 percent of young workers polled", kind: SpeakerUnknown, mention: "12 percent of young workers polled"}},
		},
		{
			name: "a document said after a quotation, then a participle",
			text: "“The bridge was never inspected,” the report said, citing records from 2019.",
			want: []claimWant{
				{quote: "“The bridge was never inspected,”", typ: ClaimDirect, cue: "said", name: "the report", kind: SpeakerUnknown, mention: "the report"},
				{quote: "records from 2019", typ: ClaimIndirect, cue: "citing", name: "the report", kind: SpeakerUnknown, mention: "the report"},
			},
		},
		{
			name: "coordinated cue after a subject with an apposition",
			text: "Tom Reed, a former mayor, became a delegate and said he is leaning toward Smith.",
			want: []claimWant{{quote: "he is leaning toward Smith", typ: ClaimIndirect, cue: "said", name: "Tom Reed", kind: SpeakerPerson, mention: "Tom Reed"}},
		},
		{
			name: "a bare yes as the content of said",
			text: "When the board met, most members said yes.",
			want: []claimWant{{quote: "yes", typ: ClaimIndirect, cue: "said", name: "most members", kind: SpeakerAnonymous, mention: "most members"}},
		},
		{
			name: "a share with its figure in apposition before say",
			text: "About two-thirds, 67 percent, say they will vote for Smith.",
			want: []claimWant{{quote: "they will vote for Smith", typ: ClaimIndirect, cue: "say", name: "two-thirds", kind: SpeakerAnonymous, mention: "two-thirds"}},
		},
		{
			name: "a negative clitic belongs to the cue",
			text: "She doesn’t think the mayor can fix the roads. I don't believe him.",
			want: []claimWant{
				{quote: "the mayor can fix the roads", typ: ClaimIndirect, cue: "doesn’t think", name: "She", kind: SpeakerPerson, mention: "She"},
				{quote: "him", typ: ClaimIndirect, cue: "don't believe", name: "I", kind: SpeakerPerson, mention: "I"},
			},
		},
		{
			name: "a share written with digits is the subject",
			text: "About 4 in 10 voters want a new mayor.",
			want: []claimWant{{quote: "a new mayor", typ: ClaimIndirect, cue: "want", name: "4 in 10 voters", kind: SpeakerUnknown, mention: "4 in 10 voters"}},
		},
		{
			name: "cannot belongs to the cue",
			text: "Lee cannot say when the vote will come.",
			want: []claimWant{{quote: "when the vote will come", typ: ClaimIndirect, cue: "cannot say", name: "Lee", kind: SpeakerPerson, mention: "Lee"}},
		},
		{
			name: "a verb of believing as an aside after its content",
			text: "Such a move could alienate voters, his allies believe.",
			want: []claimWant{{quote: "Such a move could alienate voters", typ: ClaimIndirect, cue: "believe", name: "his allies", kind: SpeakerUnknown, mention: "his allies"}},
		},
		{
			name: "a verb of believing as a parenthetical",
			text: "The best way to win, they think, is to attack the mayor.",
			want: []claimWant{{quote: "The best way to win, they think, is to attack the mayor", segs: []string{"The best way to win", "is to attack the mayor"}, typ: ClaimIndirect, cue: "think", name: "they", kind: SpeakerUnknown, mention: "they"}},
		},
		{
			name: "believe in takes its particle into the cue",
			text: "Young voters still believe in the American dream.",
			want: []claimWant{{quote: "the American dream", typ: ClaimIndirect, cue: "still believe in", name: "Young voters", kind: SpeakerAnonymous, mention: "Young voters"}},
		},
		{
			name: "a survey found a plain object",
			text: "The April survey found Smith leading Jones by seven points.",
			want: []claimWant{{quote: "Smith leading Jones by seven points", typ: ClaimIndirect, cue: "found", name: "The April survey", kind: SpeakerUnknown, mention: "The April survey"}},
		},
		{
			name: "records show closing a sentence",
			text: "Most of the money arrived in March, new filings show.",
			want: []claimWant{{quote: "Most of the money arrived in March", typ: ClaimIndirect, cue: "show", name: "new filings", kind: SpeakerUnknown, mention: "new filings"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { claimCheck(t, tt.text, tt.want) })
	}
}

// TestClaimsListedMisses covers listed cue words that made no claim
// before: a participle after a quotation closing on its comma or after a
// comma and an adverb, and a cue verb or participle coordinated by "and"
// with a verb that is no cue, whose subject it shares; a progressive
// cue with adverbs after "be"; a long subject the chunker misses; a
// participle whose subject follows "with"; a participle before a
// that-clause or an embedded question; "say so"; "a study by X found";
// "leads X to suspect"; a time adverbial before the cue; a relative
// clause in an apposition to the source; a closing aside after nouns
// joined by "and"; an adverb between an apposition and the verb.
func TestClaimsListedMisses(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []claimWant
	}{
		{
			name: "participle after a quotation closing on its comma",
			text: "The mayor opened the \"new city hall,\" claiming that crime had fallen sharply.",
			want: []claimWant{{quote: "that crime had fallen sharply", typ: ClaimIndirect, cue: "claiming", name: "The mayor", kind: SpeakerAnonymous, mention: "The mayor"}},
		},
		{
			name: "participle after a comma and an adverb",
			text: "Senator Ana Ruiz stuck to policy at first, eventually saying the governor would be a disaster.",
			want: []claimWant{{quote: "the governor would be a disaster", typ: ClaimIndirect, cue: "eventually saying", name: "Ana Ruiz", kind: SpeakerPerson, role: "Senator", mention: "Senator Ana Ruiz"}},
		},
		{
			name: "a progressive cue with an adverb after be",
			text: "Party leaders are increasingly admitting that they fear a loss.",
			want: []claimWant{{quote: "that they fear a loss", typ: ClaimIndirect, cue: "are increasingly admitting", name: "Party leaders", kind: SpeakerUnknown, mention: "Party leaders"}},
		},
		{
			name: "a long subject with a participle phrase",
			text: "Majorities of voters in four states heading to the polls Tuesday say they want a new tax.",
			want: []claimWant{{quote: "they want a new tax", typ: ClaimIndirect, cue: "say", name: "Majorities of voters in four states heading to the polls Tuesday", kind: SpeakerUnknown, mention: "Majorities of voters in four states heading to the polls Tuesday"}},
		},
		{
			name: "a participle with its own subject after with",
			text: "The race looks closer in Ohio, with some polls indicating that the governor leads.",
			want: []claimWant{{quote: "that the governor leads", typ: ClaimIndirect, cue: "indicating", name: "some polls", kind: SpeakerAnonymous, mention: "some polls"}},
		},
		{
			name: "a participle after but coordinated with a participle",
			text: "The mayor spoke for an hour, praising the police but warning that crime was rising.",
			want: []claimWant{
				{quote: "the police", typ: ClaimIndirect, cue: "praising", name: "The mayor", kind: SpeakerAnonymous, mention: "The mayor"},
				{quote: "that crime was rising", typ: ClaimIndirect, cue: "warning", name: "The mayor", kind: SpeakerAnonymous, mention: "The mayor"},
			},
		},
		{
			name: "a participle before a that-clause after a noun",
			text: "In 1985 the agency planted newspaper articles alleging that the virus was made in a lab.",
			want: []claimWant{{quote: "that the virus was made in a lab", typ: ClaimIndirect, cue: "alleging", name: "newspaper articles", kind: SpeakerUnknown, mention: "newspaper articles"}},
		},
		{
			name: "a pro-form as the whole content of a verb of saying",
			text: "The senator would not say so.",
			want: []claimWant{{quote: "so", typ: ClaimIndirect, cue: "would not say", name: "The senator", kind: SpeakerAnonymous, mention: "The senator"}},
		},
		{
			name: "found after a subject headed by an inquiry noun",
			text: "A 2014 study by the state university found 31 incidents of fraud.",
			want: []claimWant{{quote: "31 incidents of fraud", typ: ClaimIndirect, cue: "found", name: "2014 study by the state university", kind: SpeakerOrganization, mention: "A 2014 study by the state university"}},
		},
		{
			name: "an infinitive cue after the object of a verb of causing",
			text: "The leak leads many security experts to suspect that the files are fake.",
			want: []claimWant{{quote: "that the files are fake", typ: ClaimIndirect, cue: "suspect", name: "many security experts", kind: SpeakerAnonymous, mention: "many security experts"}},
		},
		{
			name: "a time adverbial between an apposition and its cue",
			text: "Senator Ana Ruiz, the party's highest-ranking member, on Tuesday called the remarks offensive.",
			want: []claimWant{{quote: "the remarks offensive", typ: ClaimIndirect, cue: "called", name: "Ana Ruiz", kind: SpeakerPerson, role: "Senator", mention: "Senator Ana Ruiz"}},
		},
		{
			name: "a source before an apposition with a relative clause",
			text: "The employee, a registered Republican who spoke on the condition of anonymity, said she was fired last year.",
			want: []claimWant{{quote: "she was fired last year", typ: ClaimIndirect, cue: "said", name: "The employee", kind: SpeakerAnonymous, mention: "The employee"}},
		},
		{
			name: "a closing aside after a lead ending in coordinated nouns",
			text: "His remarks fuel “the mob mentality” fostered by Trump and other GOP hopefuls, the groups say.",
			want: []claimWant{{quote: "His remarks fuel “the mob mentality” fostered by Trump and other GOP hopefuls", typ: ClaimMixed, cue: "say", name: "the groups", kind: SpeakerUnknown, mention: "the groups"}},
		},
		{
			name: "a participle whose sentence has an apposition and an adverb before its verb",
			text: "Dean, a medical doctor, then appeared on television, saying he would never diagnose anyone from afar.",
			want: []claimWant{{quote: "he would never diagnose anyone from afar", typ: ClaimIndirect, cue: "saying", name: "Dean", kind: SpeakerPerson, mention: "Dean"}},
		},
		{
			name: "a cue verb coordinated with a verb that is no cue",
			text: "The actor held a fake audition and asked the crowd to leave.",
			want: []claimWant{{quote: "the crowd to leave", typ: ClaimIndirect, cue: "asked", name: "The actor", kind: SpeakerUnknown, mention: "The actor"}},
		},
		{
			name: "a present cue coordinated with a past verb",
			text: "The senator spent five years in a prison camp and says such methods are wrong.",
			want: []claimWant{{quote: "such methods are wrong", typ: ClaimIndirect, cue: "says", name: "The senator", kind: SpeakerAnonymous, mention: "The senator"}},
		},
		{
			name: "a participle cue coordinated with a participle that is no cue",
			text: "About 200 protesters gathered downtown, holding signs and chanting slogans against the mayor.",
			want: []claimWant{{quote: "slogans against the mayor", typ: ClaimIndirect, cue: "chanting", name: "200 protesters", kind: SpeakerUnknown, mention: "200 protesters"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { claimCheck(t, tt.text, tt.want) })
	}
}

// TestClaimsVerbClasses covers one verb of each whole verb class added to
// the cue lexicon (stance_verbs.txt, belief_verbs.txt, speech_verbs.txt):
// the class decides whether the content is a noun phrase object, an
// infinitive or a clause.
func TestClaimsVerbClasses(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []claimWant
	}{
		{
			name: "judgement verb takes its object",
			text: "Senator Ana Ruiz excoriated the new budget rules.",
			want: []claimWant{{quote: "the new budget rules", typ: ClaimIndirect, cue: "excoriated", name: "Ana Ruiz", kind: SpeakerPerson, role: "Senator", mention: "Senator Ana Ruiz"}},
		},
		{
			name: "judgement verb of the news register",
			text: "The mayor bashed the transit plan on Monday.",
			want: []claimWant{{quote: "the transit plan", typ: ClaimIndirect, cue: "bashed", name: "The mayor", kind: SpeakerAnonymous, mention: "The mayor"}},
		},
		{
			name: "want verb with an infinitive",
			text: "The governor aims to cut property taxes next year.",
			want: []claimWant{{quote: "to cut property taxes next year", typ: ClaimIndirect, cue: "aims", name: "The governor", kind: SpeakerAnonymous, mention: "The governor"}},
		},
		{
			name: "appoint verb takes its object",
			text: "The president nominated Judge Lena Park for the vacant seat.",
			want: []claimWant{{quote: "Judge Lena Park for the vacant seat", typ: ClaimIndirect, cue: "nominated", name: "The president", kind: SpeakerAnonymous, mention: "The president"}},
		},
		{
			name: "order verb with an object and an infinitive",
			text: "The director instructed his staff to delete the files.",
			want: []claimWant{{quote: "his staff to delete the files", typ: ClaimIndirect, cue: "instructed", name: "The director", kind: SpeakerAnonymous, mention: "The director"}},
		},
		{
			name: "dub verb with an object and its name",
			text: "Mr. Lopez branded the proposal a giveaway to insurers.",
			want: []claimWant{{quote: "the proposal a giveaway to insurers", typ: ClaimIndirect, cue: "branded", name: "Lopez", kind: SpeakerPerson, mention: "Mr. Lopez"}},
		},
		{
			name: "conjecture verb with a clause",
			text: "Some analysts guess the bill will fail in the Senate.",
			want: []claimWant{{quote: "the bill will fail in the Senate", typ: ClaimIndirect, cue: "guess", name: "Some analysts", kind: SpeakerAnonymous, mention: "Some analysts"}},
		},
		{
			name: "plead verb with an object and an infinitive",
			text: "The coach implored fans to stay calm.",
			want: []claimWant{{quote: "fans to stay calm", typ: ClaimIndirect, cue: "implored", name: "The coach", kind: SpeakerUnknown, mention: "The coach"}},
		},
		{
			name: "phrasal-only verb is a cue with its particle",
			text: "The senator laid out her proposals for child care.",
			want: []claimWant{{quote: "her proposals for child care", typ: ClaimIndirect, cue: "laid out", name: "The senator", kind: SpeakerAnonymous, mention: "The senator"}},
		},
		{
			name: "phrasal-only verb without its particle is no cue",
			text: "The senator laid the proposals on the table.",
			want: []claimWant{},
		},
		{
			name: "plead verb takes its particle",
			text: "The prisoner pleaded for mercy.",
			want: []claimWant{{quote: "mercy", typ: ClaimIndirect, cue: "pleaded for", name: "The prisoner", kind: SpeakerUnknown, mention: "The prisoner"}},
		},
		{
			name: "say verb of taking back",
			text: "The witness recanted her earlier account of the crash.",
			want: []claimWant{{quote: "her earlier account of the crash", typ: ClaimIndirect, cue: "recanted", name: "The witness", kind: SpeakerAnonymous, mention: "The witness"}},
		},
		{
			name: "renounce verb takes its object",
			text: "The candidate quickly disavowed the fringe group.",
			want: []claimWant{{quote: "the fringe group", typ: ClaimIndirect, cue: "quickly disavowed", name: "The candidate", kind: SpeakerAnonymous, mention: "The candidate"}},
		},
		{
			name: "dislike verb takes its object",
			text: "Many farmers distrust the new trade deal.",
			want: []claimWant{{quote: "the new trade deal", typ: ClaimIndirect, cue: "distrust", name: "Many farmers", kind: SpeakerAnonymous, mention: "Many farmers"}},
		},
		{
			name: "disagree verb takes its particle",
			text: "Ms. Cho disagreed with the court's ruling.",
			want: []claimWant{{quote: "the court's ruling", typ: ClaimIndirect, cue: "disagreed with", name: "Cho", kind: SpeakerPerson, mention: "Ms. Cho"}},
		},
		{
			name: "mock verb takes its object",
			text: "Protesters jeered the governor's motorcade.",
			want: []claimWant{{quote: "the governor's motorcade", typ: ClaimIndirect, cue: "jeered", name: "Protesters", kind: SpeakerAnonymous, mention: "Protesters"}},
		},
		{
			name: "justify verb takes its object",
			text: "The minister justified the price increase.",
			want: []claimWant{{quote: "the price increase", typ: ClaimIndirect, cue: "justified", name: "The minister", kind: SpeakerAnonymous, mention: "The minister"}},
		},
		{
			name: "plot verb with an infinitive",
			text: "Party leaders plotted to replace the chairman.",
			want: []claimWant{{quote: "to replace the chairman", typ: ClaimIndirect, cue: "plotted", name: "Party leaders", kind: SpeakerUnknown, mention: "Party leaders"}},
		},
		{
			name: "consent verb with its preposition",
			text: "The mayor acquiesced to the demands of the strikers.",
			want: []claimWant{{quote: "the demands of the strikers", typ: ClaimIndirect, cue: "acquiesced to", name: "The mayor", kind: SpeakerAnonymous, mention: "The mayor"}},
		},
		{
			name: "vote against as a stance",
			text: "Ms. Cho voted against the pipeline bill.",
			want: []claimWant{{quote: "the pipeline bill", typ: ClaimIndirect, cue: "voted against", name: "Cho", kind: SpeakerPerson, mention: "Ms. Cho"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			claimCheck(t, tt.text, tt.want)
		})
	}
}

// TestClaimsCuesTagged covers cues the tagger or chunker loses: a bare
// verb read as a noun after a plural or quantity subject, phrasal cues
// with a second preposition, and subjects with a post-modifier.
func TestClaimsCuesTagged(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []claimWant
	}{
		{
			name: "hyphenated fraction subject of a bare verb",
			text: "About three-quarters support a temporary ban on the imports.",
			want: []claimWant{{quote: "a temporary ban on the imports", typ: ClaimIndirect, cue: "support", name: "three-quarters", kind: SpeakerAnonymous, mention: "three-quarters"}},
		},
		{
			name: "plural subject opening the sentence before a noun object",
			text: "Millennials support background checks for all gun buyers.",
			want: []claimWant{{quote: "background checks for all gun buyers", typ: ClaimIndirect, cue: "support", name: "Millennials", kind: SpeakerPerson, mention: "Millennials"}},
		},
		{
			name: "subject with a post-modifier ending in a pronoun",
			text: "A source close to him said the deal was dead.",
			want: []claimWant{{quote: "the deal was dead", typ: ClaimIndirect, cue: "said", name: "A source close to him", kind: SpeakerUnknown, mention: "A source close to him"}},
		},
		{
			name: "quantifier subject close to a pronoun",
			text: "Those close to him say he will run again.",
			want: []claimWant{{quote: "he will run again", typ: ClaimIndirect, cue: "say", name: "Those close to him", kind: SpeakerUnknown, mention: "Those close to him"}},
		},
		{
			name: "a name and other nouns coordinate one subject",
			text: "Tallies by the Election Bureau and other trackers show Smith leading in the state.",
			want: []claimWant{{quote: "Smith leading in the state", typ: ClaimIndirect, cue: "show", name: "Tallies by the Election Bureau and other trackers", kind: SpeakerUnknown, mention: "Tallies by the Election Bureau and other trackers"}},
		},
		{
			name: "phrasal cue takes its second preposition",
			text: "The senator lashed out at the governor over the budget.",
			want: []claimWant{{quote: "the governor over the budget", typ: ClaimIndirect, cue: "lashed out at", name: "The senator", kind: SpeakerAnonymous, mention: "The senator"}},
		},
		{
			name: "particle-only cue takes its second preposition",
			text: "The mayor fired back at the union on Tuesday.",
			want: []claimWant{{quote: "the union", typ: ClaimIndirect, cue: "fired back at", name: "The mayor", kind: SpeakerAnonymous, mention: "The mayor"}},
		},
		{
			name: "pair that needs its preposition",
			text: "The senator opened up about his years in prison.",
			want: []claimWant{{quote: "his years in prison", typ: ClaimIndirect, cue: "opened up about", name: "The senator", kind: SpeakerAnonymous, mention: "The senator"}},
		},
		{
			name: "pair without its needed preposition is no cue",
			text: "The company opened up new markets in Asia.",
			want: []claimWant{},
		},
		{
			name: "share subject before a bare verb and a pronoun",
			text: "In the poll, about six in 10 say he is at least somewhat decisive.",
			want: []claimWant{{quote: "he is at least somewhat decisive", typ: ClaimIndirect, cue: "say", name: "about six in 10", kind: SpeakerUnknown, mention: "about six in 10"}},
		},
		{
			name: "percentage subject before a bare verb",
			text: "And 64 percent call him competent.",
			want: []claimWant{{quote: "him competent", typ: ClaimIndirect, cue: "call", name: "64 percent", kind: SpeakerUnknown, mention: "64 percent"}},
		},
		{
			name: "Title Case headline with a plural subject and a bare verb",
			text: "Hedge Funds Support Hillary Clinton.",
			want: []claimWant{{quote: "Hillary Clinton", typ: ClaimIndirect, cue: "Support", name: "Hedge Funds", kind: SpeakerPerson, mention: "Hedge Funds"}},
		},
		{
			name: "doubled final consonant of a particle-only verb",
			text: "Many voters shrugged off the decision.",
			want: []claimWant{{quote: "the decision", typ: ClaimIndirect, cue: "shrugged off", name: "Many voters", kind: SpeakerAnonymous, mention: "Many voters"}},
		},
		{
			name: "third person of a verb ending in o",
			text: "The senator echoes the governor's warning about the budget.",
			want: []claimWant{{quote: "the governor's warning about the budget", typ: ClaimIndirect, cue: "echoes", name: "The senator", kind: SpeakerAnonymous, mention: "The senator"}},
		},
		{
			name: "noun compound before the verb is no cue",
			text: "Millennials support background checks have risen.",
			want: []claimWant{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			claimCheck(t, tt.text, tt.want)
		})
	}
}

func TestClaimsAskedInverted(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []claimWant
	}{
		{
			name: "asked about after a comma is a question, not an inverted source",
			text: "The mayor smiled on Tuesday, asked about the delayed bridge.",
			want: []claimWant{{quote: "the delayed bridge", typ: ClaimIndirect, cue: "asked about", kind: SpeakerUnknown}},
		},
		{
			name: "asked about after a quotation keeps the quotation's speaker",
			text: "\"We will win,\" said the mayor, asked about the bridge.",
			want: []claimWant{
				{quote: "\"We will win,\"", typ: ClaimDirect, cue: "said", name: "the mayor", kind: SpeakerAnonymous, mention: "the mayor"},
				{quote: "the bridge", typ: ClaimIndirect, cue: "asked about", name: "the mayor", kind: SpeakerAnonymous, mention: "the mayor"},
			},
		},
		{
			name: "trailing according to leaves an earlier attribution with a relative clause its own",
			text: "Jeff Weaver says it is proof the candidate can still close the gap in pledged delegates, which stood at 263 entering the primary, according to the bureau.",
			want: []claimWant{{quote: "it is proof the candidate can still close the gap in pledged delegates, which stood at 263 entering the primary", typ: ClaimIndirect, cue: "says", name: "Jeff Weaver", kind: SpeakerPerson, mention: "Jeff Weaver"}},
		},
		{
			name: "trailing according to still takes an earlier attribution without a relative clause",
			text: "The mayor said the bridge would open in May, according to the newspaper.",
			want: []claimWant{{quote: "The mayor said the bridge would open in May", typ: ClaimIndirect, cue: "according to", name: "newspaper", kind: SpeakerOrganization, mention: "the newspaper"}},
		},
		{
			name: "trailing SOURCE CUE leaves an earlier attribution with a relative clause its own",
			text: "The lawyer also said the videos do not show his hands, which were at his side, the footage showed.",
			want: []claimWant{{quote: "the videos do not show his hands, which were at his side", typ: ClaimIndirect, cue: "also said", name: "The lawyer", kind: SpeakerAnonymous, mention: "The lawyer"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			claimCheck(t, tt.text, tt.want)
		})
	}
}

// TestClaimsVerbClasses3 covers the cue classes of the third verb round:
// adjectives of feeling, knowledge and disposition after "be", the
// phrasal "make clear", and the stance acts list, title and ignore.
func TestClaimsVerbClasses3(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []claimWant
	}{
		{
			name: "made it clear with an object it",
			text: "The governor made it clear that she would not sign the bill.",
			want: []claimWant{{quote: "that she would not sign the bill", typ: ClaimIndirect, cue: "made it clear", name: "The governor", kind: SpeakerAnonymous, mention: "The governor"}},
		},
		{
			name: "adjective of feeling with its preposition",
			text: "The governor was proud of the new bridge.",
			want: []claimWant{{quote: "the new bridge", typ: ClaimIndirect, cue: "was proud of", name: "The governor", kind: SpeakerAnonymous, mention: "The governor"}},
		},
		{
			name: "adjective of feeling with with",
			text: "Some donors are unhappy with the plan.",
			want: []claimWant{{quote: "the plan", typ: ClaimIndirect, cue: "are unhappy with", name: "Some donors", kind: SpeakerAnonymous, mention: "Some donors"}},
		},
		{
			name: "adjective of disposition before an infinitive",
			text: "The mayor is willing to raise taxes.",
			want: []claimWant{{quote: "to raise taxes", typ: ClaimIndirect, cue: "is willing", name: "The mayor", kind: SpeakerAnonymous, mention: "The mayor"}},
		},
		{
			name: "negated adjective of knowledge before a that-clause",
			text: "Many voters are not sure that the plan will work.",
			want: []claimWant{{quote: "that the plan will work", typ: ClaimIndirect, cue: "are not sure", name: "Many voters", kind: SpeakerAnonymous, mention: "Many voters"}},
		},
		{
			name: "adjective of interest with in",
			text: "The union is interested in a new contract.",
			want: []claimWant{{quote: "a new contract", typ: ClaimIndirect, cue: "is interested in", name: "union", kind: SpeakerOrganization, mention: "The union"}},
		},
		{
			name: "an adjective not in the list is no cue",
			text: "The players were ready to leave the field.",
			want: []claimWant{},
		},
		{
			name: "make clear is a phrasal cue",
			text: "The senator made clear that she would oppose the bill.",
			want: []claimWant{{quote: "that she would oppose the bill", typ: ClaimIndirect, cue: "made clear", name: "The senator", kind: SpeakerAnonymous, mention: "The senator"}},
		},
		{
			name: "listing states a position",
			text: "The committee listed three reasons for the delay.",
			want: []claimWant{{quote: "three reasons for the delay", typ: ClaimIndirect, cue: "listed", name: "committee", kind: SpeakerOrganization, mention: "The committee"}},
		},
		{
			name: "ignoring states a position",
			text: "The minister ignored the warnings.",
			want: []claimWant{{quote: "the warnings", typ: ClaimIndirect, cue: "ignored", name: "The minister", kind: SpeakerAnonymous, mention: "The minister"}},
		},
		{
			name: "phrasal cue with a noun particle and its preposition",
			text: "The senator took issue with the report.",
			want: []claimWant{{quote: "the report", typ: ClaimIndirect, cue: "took issue with", name: "The senator", kind: SpeakerAnonymous, mention: "The senator"}},
		},
		{
			name: "signing off on takes a side",
			text: "The governor signed off on the budget.",
			want: []claimWant{{quote: "the budget", typ: ClaimIndirect, cue: "signed off on", name: "The governor", kind: SpeakerAnonymous, mention: "The governor"}},
		},
		{
			name: "taking issue needs its preposition",
			text: "The senator took issue.",
			want: []claimWant{},
		},
		{
			name: "signing up is no cue",
			text: "Thousands of students signed up for the classes.",
			want: []claimWant{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			claimCheck(t, tt.text, tt.want)
		})
	}
}
