package extract

import "testing"

// TestSpeakerChunks covers the subject shapes of the speaker chunker
// (speakers.go, speakers_chunk.go): each case gives the exact expected
// speaker name, kind, role, mention and content.
func TestSpeakerChunks(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []claimWant
	}{
		{
			name: "quantity of a group, adverb after the head",
			text: "But 58 percent of Ohio voters overall said they would back the levy.",
			want: []claimWant{{quote: "they would back the levy", typ: ClaimIndirect, cue: "said", name: "58 percent of Ohio voters", kind: SpeakerAnonymous, mention: "58 percent of Ohio voters overall"}},
		},
		{
			name: "post-modifier with 'with'",
			text: "Retired judges with long experience of the court said the ruling was sound.",
			want: []claimWant{{quote: "the ruling was sound", typ: ClaimIndirect, cue: "said", name: "Retired judges with long experience of the court", kind: SpeakerUnknown, mention: "Retired judges with long experience of the court"}},
		},
		{
			name: "reduced relative: those surveyed",
			text: "Those surveyed said the economy was the top issue.",
			want: []claimWant{{quote: "the economy was the top issue", typ: ClaimIndirect, cue: "said", name: "Those surveyed", kind: SpeakerAnonymous, mention: "Those surveyed"}},
		},
		{
			name: "reduced relative with its own subject",
			text: "All the farmers I interviewed said the drought had cut their harvest.",
			want: []claimWant{{quote: "the drought had cut their harvest", typ: ClaimIndirect, cue: "said", name: "All the farmers I interviewed", kind: SpeakerAnonymous, mention: "All the farmers I interviewed"}},
		},
		{
			name: "quantifier of a pronoun",
			text: "Most of them said they would vote early.",
			want: []claimWant{{quote: "they would vote early", typ: ClaimIndirect, cue: "said", name: "Most of them", kind: SpeakerAnonymous, mention: "Most of them"}},
		},
		{
			name: "quantifier of whom resolves to the antecedent",
			text: "The council invited 40 residents, many of whom said the park should stay open.",
			want: []claimWant{{quote: "the park should stay open", typ: ClaimIndirect, cue: "said", name: "40 residents", kind: SpeakerAnonymous, mention: "many of whom"}},
		},
		{
			name: "conjoined common nouns",
			text: "Regulators and consumer groups warned that prices would rise.",
			want: []claimWant{{quote: "that prices would rise", typ: ClaimIndirect, cue: "warned", name: "Regulators and consumer groups", kind: SpeakerUnknown, mention: "Regulators and consumer groups"}},
		},
		{
			name: "contracted has after a pronoun",
			text: "Although the mayor has opposed the tax, she’s argued that the city needs revenue.",
			want: []claimWant{
				{quote: "the tax", typ: ClaimIndirect, cue: "has opposed", name: "the mayor", kind: SpeakerAnonymous, mention: "the mayor"},
				{quote: "that the city needs revenue", typ: ClaimIndirect, cue: "argued", name: "she", kind: SpeakerPerson, mention: "she"},
			},
		},
		{
			name: "floating quantifier after an auxiliary",
			text: "Smith and Jones have both argued that the law is unconstitutional.",
			want: []claimWant{{quote: "that the law is unconstitutional", typ: ClaimIndirect, cue: "argued", name: "Smith and Jones", kind: SpeakerPerson, mention: "Smith and Jones"}},
		},
		{
			name: "dash apposition",
			text: "Laura Kent -- a former prosecutor who now teaches law -- said the case was weak.",
			want: []claimWant{{quote: "the case was weak", typ: ClaimIndirect, cue: "said", name: "Laura Kent", kind: SpeakerPerson, mention: "Laura Kent"}},
		},
		{
			name: "a third as subject",
			text: "The union endorsed the governor, and a third said that wages mattered most.",
			want: []claimWant{
				{quote: "the governor", typ: ClaimIndirect, cue: "endorsed", name: "union", kind: SpeakerOrganization, mention: "The union"},
				{quote: "that wages mattered most", typ: ClaimIndirect, cue: "said", name: "a third", kind: SpeakerAnonymous, mention: "a third"},
			},
		},
		{
			name: "mojibake inside a name",
			text: "Frenchman FranÃÂ§ois Durand said the harbor would close.",
			want: []claimWant{{quote: "the harbor would close", typ: ClaimIndirect, cue: "said", name: "FranÃÂ§ois Durand", kind: SpeakerPerson, role: "Frenchman", mention: "Frenchman FranÃÂ§ois Durand"}},
		},
		{
			name: "name with a whose clause",
			text: "Moreno, whose coalition includes farmers and teachers, said closed primaries shut out new voters.",
			want: []claimWant{{quote: "closed primaries shut out new voters", typ: ClaimIndirect, cue: "said", name: "Moreno", kind: SpeakerPerson, mention: "Moreno"}},
		},
		{
			name: "common noun with an including phrase",
			text: "Several candidates, including Moreno, said the debate rules were unfair.",
			want: []claimWant{{quote: "the debate rules were unfair", typ: ClaimIndirect, cue: "said", name: "Several candidates", kind: SpeakerAnonymous, mention: "Several candidates"}},
		},
		{
			name: "common noun with a participle phrase",
			text: "The aides, led by campaign manager Tom Reyes, told the senator that the race was lost.",
			want: []claimWant{{quote: "that the race was lost", typ: ClaimIndirect, cue: "told", name: "The aides", kind: SpeakerAnonymous, mention: "The aides"}},
		},
		{
			name: "non-restrictive relative clause is no attribution",
			text: "A county official, who asked not to be named, said the count would finish on Friday.",
			want: []claimWant{{quote: "the count would finish on Friday", typ: ClaimIndirect, cue: "said", name: "a county official", kind: SpeakerAnonymous, mention: "A county official"}},
		},
		{
			name: "relative pronoun with a date before the verb",
			text: "He met Ortega, who in 2010 said the party needed a new direction.",
			want: []claimWant{{quote: "the party needed a new direction", typ: ClaimIndirect, cue: "said", name: "Ortega", kind: SpeakerPerson, mention: "Ortega, who"}},
		},
		{
			name: "adverbial lead is not part of an apposition chain",
			text: "In a panel discussion this weekend in Lisbon, Marc Okoro, the chief executive of the Urban Fund, told the audience that voting mattered.",
			want: []claimWant{{quote: "that voting mattered", typ: ClaimIndirect, cue: "told", name: "Marc Okoro", kind: SpeakerPerson, mention: "Marc Okoro"}},
		},
		{
			name: "quantifier with a prepositional phrase",
			text: "Many in the party establishment said the nominee would lose.",
			want: []claimWant{{quote: "the nominee would lose", typ: ClaimIndirect, cue: "said", name: "Many in the party establishment", kind: SpeakerAnonymous, mention: "Many in the party establishment"}},
		},
		{
			name: "plural noun of people holds a belief",
			text: "Regulators and environmental groups worried that the bonds were too small.",
			want: []claimWant{{quote: "that the bonds were too small", typ: ClaimIndirect, cue: "worried", name: "Regulators and environmental groups", kind: SpeakerUnknown, mention: "Regulators and environmental groups"}},
		},
		{
			name: "head before a post-modifier holds a belief",
			text: "Others in the farming community have opposed the dam.",
			want: []claimWant{{quote: "the dam", typ: ClaimIndirect, cue: "have opposed", name: "Others in the farming community", kind: SpeakerAnonymous, mention: "Others in the farming community"}},
		},
		{
			name: "a document holds a stance",
			text: "Years ago, a Times article hailed the builder as a visionary.",
			want: []claimWant{{quote: "the builder as a visionary", typ: ClaimIndirect, cue: "hailed", name: "a Times article", kind: SpeakerUnknown, mention: "a Times article"}},
		},
		{
			name: "it holds a belief after a conjunction too",
			text: "Zentra Motors has grown fast, and it wants to expand into Asia.",
			want: []claimWant{{quote: "to expand into Asia", typ: ClaimIndirect, cue: "wants", name: "it", kind: SpeakerOrganization, mention: "it"}},
		},
		{
			name: "it holds a belief",
			text: "It wants to expand into Asia.",
			want: []claimWant{{quote: "to expand into Asia", typ: ClaimIndirect, cue: "wants", name: "It", kind: SpeakerOrganization, mention: "It"}},
		},
		{
			name: "who makes its antecedent a person who believes",
			text: "He met an Arkansas poultry magnate who believes the tax is unfair.",
			want: []claimWant{{quote: "the tax is unfair", typ: ClaimIndirect, cue: "believes", name: "an Arkansas poultry magnate", kind: SpeakerUnknown, mention: "an Arkansas poultry magnate who"}},
		},
		{
			name: "subject before a participle and a date",
			text: "A new batch of emails released this week showed the aide had warned her.",
			want: []claimWant{{quote: "the aide had warned her", typ: ClaimIndirect, cue: "showed", name: "A new batch of emails", kind: SpeakerUnknown, mention: "A new batch of emails"}},
		},
		{
			name: "people familiar with the matter",
			text: "People familiar with the matter said the talks had stalled.",
			want: []claimWant{{quote: "the talks had stalled", typ: ClaimIndirect, cue: "said", name: "People familiar with the matter", kind: SpeakerAnonymous, mention: "People familiar with the matter"}},
		},
		{
			name: "sentence-initial plural of an unnamed source is no name",
			text: "Officials said the road would reopen.",
			want: []claimWant{{quote: "the road would reopen", typ: ClaimIndirect, cue: "said", name: "Officials", kind: SpeakerAnonymous, mention: "Officials"}},
		},
		{
			name: "apposition ending in a quoted title",
			text: "Joe Sorensen, host of the radio show “Morning Joe,” suggested the candidate drop out.",
			want: []claimWant{{quote: "the candidate drop out", typ: ClaimIndirect, cue: "suggested", name: "Joe Sorensen", kind: SpeakerPerson, mention: "Joe Sorensen"}},
		},
		{
			name: "name with a party label inside an apposition",
			text: "Another former lawmaker, Sen. Joe Lindgren (I-Conn.), also stated that the plan was flawed.",
			want: []claimWant{{quote: "that the plan was flawed", typ: ClaimIndirect, cue: "also stated", name: "Joe Lindgren", kind: SpeakerPerson, role: "Sen.", mention: "Sen. Joe Lindgren"}},
		},
		{
			name: "quantifier holds a belief",
			text: "Many believe the tax will pass.",
			want: []claimWant{{quote: "the tax will pass", typ: ClaimIndirect, cue: "believe", name: "Many", kind: SpeakerAnonymous, mention: "Many"}},
		},
		{
			name: "people named by their work hold a belief",
			text: "The plan angered developers and farmers, and developers think the rules are too strict.",
			want: []claimWant{{quote: "the rules are too strict", typ: ClaimIndirect, cue: "think", name: "developers", kind: SpeakerUnknown, mention: "developers"}},
		},
		{
			name: "a quantifier before a capitalised group is no role",
			text: "But many Democrats say the party has lost its way.",
			want: []claimWant{{quote: "the party has lost its way", typ: ClaimIndirect, cue: "say", name: "many Democrats", kind: SpeakerAnonymous, mention: "many Democrats"}},
		},
		{
			name: "a named person and others",
			text: "Hawkins and others said the law was unfair.",
			want: []claimWant{{quote: "the law was unfair", typ: ClaimIndirect, cue: "said", name: "Hawkins and others", kind: SpeakerPerson, mention: "Hawkins and others"}},
		},
		{
			name: "the before a bare capitalised name is a body",
			text: "The Daily Courier reported that the deal was dead.",
			want: []claimWant{{quote: "that the deal was dead", typ: ClaimIndirect, cue: "reported", name: "Daily Courier", kind: SpeakerOrganization, mention: "The Daily Courier"}},
		},
		{
			name: "a sentence-initial conjunction is no source",
			text: "And openly lie that the plant will close.",
			want: nil,
		},
		{
			name: "a sentence-initial gerund is no source",
			text: "Having said that, some economists argue that taxes should be low.",
			want: []claimWant{{quote: "that taxes should be low", typ: ClaimIndirect, cue: "argue", name: "some economists", kind: SpeakerAnonymous, mention: "some economists"}},
		},
		{
			name: "the club is the team that opened the sentence",
			text: "Northport City sacked their coach after a defeat by Eastfield Rovers left the club in danger. The club said that the coach had left by mutual consent.",
			want: []claimWant{{quote: "that the coach had left by mutual consent", typ: ClaimIndirect, cue: "said", name: "Northport City", kind: SpeakerOrganization, mention: "The club"}},
		},
		{
			name: "she never means a name inside a quotation",
			text: "“Maria Sandoval will not win,” the newspaper wrote in an editorial. She said the race was over.",
			want: []claimWant{
				{quote: "“Maria Sandoval will not win,”", typ: ClaimDirect, cue: "wrote", name: "newspaper", kind: SpeakerOrganization, mention: "the newspaper"},
				{quote: "the race was over", typ: ClaimIndirect, cue: "said", name: "She", kind: SpeakerPerson, mention: "She"},
			},
		},
		{
			name: "a capitalised study noun opening a sentence is no person",
			text: "Polls show that the race is tight.",
			want: []claimWant{{quote: "that the race is tight", typ: ClaimIndirect, cue: "show", name: "Polls", kind: SpeakerUnknown, mention: "Polls"}},
		},
		{
			name: "a quoted nickname is left out of the full name",
			text: "Rep. Daniel J. \"Danny\" Okafor spoke at the rally. He said the vote was rigged.",
			want: []claimWant{{quote: "the vote was rigged", typ: ClaimIndirect, cue: "said", name: "Daniel J. Okafor", kind: SpeakerPerson, role: "Rep.", mention: "He"}},
		},
		{
			name: "a name inside a chained apposition is no source",
			text: "Lena Marsh, the editor of the city's oldest newspaper, The Harbor Star, said every mayor was political.",
			want: []claimWant{{quote: "every mayor was political", typ: ClaimIndirect, cue: "said", name: "Lena Marsh", kind: SpeakerPerson, mention: "Lena Marsh"}},
		},
		{
			name: "dash apposition before a floating quantifier",
			text: "Party elders — whose party was once known for its discipline — both suggested the writer be fired.",
			want: []claimWant{{quote: "the writer be fired", typ: ClaimIndirect, cue: "suggested", name: "Party elders", kind: SpeakerUnknown, mention: "Party elders"}},
		},
		{
			name: "I outside a quotation is the writer",
			text: "My mother, Olive Hart, was a nurse. I should say that my father began his studies at 16.",
			want: []claimWant{{quote: "that my father began his studies at 16", typ: ClaimIndirect, cue: "should say", name: "I", kind: SpeakerPerson, mention: "I"}},
		},
		{
			name: "who before a parenthetical is the subject",
			text: "He met his best friend at college, Brian Tully, who, like several other former classmates, said the school had changed.",
			want: []claimWant{{quote: "the school had changed", typ: ClaimIndirect, cue: "said", name: "Brian Tully", kind: SpeakerPerson, mention: "Brian Tully, who"}},
		},
		{
			name: "who after a parenthesis resolves to the name before it",
			text: "Sen. Carla Hendry (D-Mo.), who has endorsed the governor, arrived late.",
			want: []claimWant{
				{quote: "the governor", typ: ClaimIndirect, cue: "has endorsed", name: "Carla Hendry", kind: SpeakerPerson, role: "Sen.", mention: "Sen. Carla Hendry (D-Mo.), who"},
			},
		},
		{
			name: "a capitalised plural people noun is an unnamed group",
			text: "Opponents argued that the dam would flood the valley.",
			want: []claimWant{{quote: "that the dam would flood the valley", typ: ClaimIndirect, cue: "argued", name: "Opponents", kind: SpeakerAnonymous, mention: "Opponents"}},
		},
		{
			name: "a sentence-initial plural with a post-modifier is no name",
			text: "Businesses in the harbour district welcomed the decision.",
			want: []claimWant{{quote: "the decision", typ: ClaimIndirect, cue: "welcomed", name: "Businesses in the harbour district", kind: SpeakerUnknown, mention: "Businesses in the harbour district"}},
		},
		{
			name: "both before a plural is an unnamed group",
			text: "Both sides accused each other of breaking the truce.",
			want: []claimWant{{quote: "each other of breaking the truce", typ: ClaimIndirect, cue: "accused", name: "Both sides", kind: SpeakerAnonymous, mention: "Both sides"}},
		},
		{
			name: "a share given as N in 10 wants",
			text: "About 4 in 10 want the council to lower the tax.",
			want: []claimWant{{quote: "the council to lower the tax", typ: ClaimIndirect, cue: "want", name: "About 4 in 10", kind: SpeakerUnknown, mention: "About 4 in 10"}},
		},
		{
			name: "a share given as one in five believes",
			text: "In the valley, one in five believe the river is unsafe.",
			want: []claimWant{{quote: "the river is unsafe", typ: ClaimIndirect, cue: "believe", name: "one in five", kind: SpeakerAnonymous, mention: "one in five"}},
		},
		{
			name: "a share hedged with or less after its head",
			text: "In each district, about a third of farmers or less want a new dam.",
			want: []claimWant{{quote: "a new dam", typ: ClaimIndirect, cue: "want", name: "a third of farmers or less", kind: SpeakerAnonymous, mention: "a third of farmers or less"}},
		},
		{
			name: "coordinated prepositions in a plural subject",
			text: "Teachers in and around the valley believe the new timetable will fail.",
			want: []claimWant{{quote: "the new timetable will fail", typ: ClaimIndirect, cue: "believe", name: "Teachers in and around the valley", kind: SpeakerUnknown, mention: "Teachers in and around the valley"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			claimCheck(t, tt.text, tt.want)
		})
	}
}

// TestSpeakerKinds covers the kinds and resolution of speakers: bodies
// named with "of", one-word companies, "which", role descriptions of a
// named person who has not spoken yet, and occupational titles.
func TestSpeakerKinds(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []claimWant
	}{
		{
			name: "which never stands for a person",
			text: "They studied the Great Charter, which opposes any change by force.",
			want: []claimWant{{quote: "any change by force", typ: ClaimIndirect, cue: "opposes", name: "Great Charter", kind: SpeakerUnknown, mention: "the Great Charter, which"}},
		},
		{
			name: "a relative clause after a time phrase speaks for its antecedent",
			text: "The order was built after the Great Reform, which opposes any change by force.",
			want: []claimWant{{quote: "any change by force", typ: ClaimIndirect, cue: "opposes", name: "Great Reform", kind: SpeakerUnknown, mention: "the Great Reform, which"}},
		},
		{
			name: "a pact named with a place is no person with a role",
			text: "The Berlin Accord calls for a joint patrol of the border.",
			want: []claimWant{{quote: "a joint patrol of the border", typ: ClaimIndirect, cue: "calls for", name: "Berlin Accord", kind: SpeakerUnknown, mention: "The Berlin Accord"}},
		},
		{
			name: "a law named with a field and a year",
			text: "The Health Act of 2009 requires that insurers cover children.",
			want: []claimWant{{quote: "that insurers cover children", typ: ClaimIndirect, cue: "requires", name: "Health Act of 2009", kind: SpeakerUnknown, mention: "The Health Act of 2009"}},
		},
		{
			name: "body named with of",
			text: "The Bank of Nordmark said inflation was falling faster than expected.",
			want: []claimWant{{quote: "inflation was falling faster than expected", typ: ClaimIndirect, cue: "said", name: "Bank of Nordmark", kind: SpeakerOrganization, mention: "The Bank of Nordmark"}},
		},
		{
			name: "one-word company without a first name",
			text: "Engineers at Zentra Cloud worked through the night. Zentra, which has most of the market, blamed a faulty update.",
			want: []claimWant{{quote: "a faulty update", typ: ClaimIndirect, cue: "blamed", name: "Zentra Cloud", kind: SpeakerOrganization, mention: "Zentra"}},
		},
		{
			name: "role description resolves to the named person just introduced",
			text: "Foreign Minister Katya Verin arrived at the talks shortly before noon. The first round would focus on two border crossings, the minister told reporters.",
			want: []claimWant{{quote: "The first round would focus on two border crossings", typ: ClaimIndirect, cue: "told", name: "Katya Verin", kind: SpeakerPerson, role: "Foreign Minister", mention: "the minister"}},
		},
		{
			name: "the central bank resolves to the bank named before",
			text: "The Bank of Nordmark kept its rate at 4%. The central bank said inflation was falling.",
			want: []claimWant{{quote: "inflation was falling", typ: ClaimIndirect, cue: "said", name: "Bank of Nordmark", kind: SpeakerOrganization, mention: "The central bank"}},
		},
		{
			name: "the company resolves to the company that spoke",
			text: "Zentra Motors said it would cut 900 jobs. The company said most cuts would be voluntary.",
			want: []claimWant{
				{quote: "it would cut 900 jobs", typ: ClaimIndirect, cue: "said", name: "Zentra Motors", kind: SpeakerOrganization, mention: "Zentra Motors"},
				{quote: "most cuts would be voluntary", typ: ClaimIndirect, cue: "said", name: "Zentra Motors", kind: SpeakerOrganization, mention: "The company"},
			},
		},
		{
			name: "the spokeswoman resolves to the unnamed spokeswoman",
			text: "A company spokeswoman said the outage was over. The spokeswoman added that customers would be refunded.",
			want: []claimWant{
				{quote: "the outage was over", typ: ClaimIndirect, cue: "said", name: "a company spokeswoman", kind: SpeakerAnonymous, mention: "A company spokeswoman"},
				{quote: "that customers would be refunded", typ: ClaimIndirect, cue: "added", name: "a company spokeswoman", kind: SpeakerAnonymous, mention: "The spokeswoman"},
			},
		},
		{
			name: "a body placed by a place's possessive is named without it",
			text: "Floods cut off villages in Nordmark. Nordmark’s disaster management authority said the death toll was likely to rise.",
			want: []claimWant{{quote: "the death toll was likely to rise", typ: ClaimIndirect, cue: "said", name: "disaster management authority", kind: SpeakerOrganization, mention: "Nordmark’s disaster management authority"}},
		},
		{
			name: "according to a person familiar with",
			text: "According to a person familiar with the talks, the deal is close.",
			want: []claimWant{{quote: "the deal is close", typ: ClaimIndirect, cue: "According to", name: "a person familiar with the talks", kind: SpeakerAnonymous, mention: "a person familiar with the talks"}},
		},
		{
			name: "one-word company takes its full name",
			text: "Engineers at Zentra Cloud worked through the night. According to Zentra, the update was pushed to all data centres at once.",
			want: []claimWant{{quote: "the update was pushed to all data centres at once", typ: ClaimIndirect, cue: "According to", name: "Zentra Cloud", kind: SpeakerOrganization, mention: "Zentra"}},
		},
		{
			name: "an age as a noun refers to the person just named",
			text: "Maria Lopez voted early. “I never expected this,” said the 46-year-old.",
			want: []claimWant{{quote: "“I never expected this,”", typ: ClaimDirect, cue: "said", name: "Maria Lopez", kind: SpeakerPerson, mention: "the 46-year-old"}},
		},
		{
			name: "plural title before two names is their role",
			text: "Sens. Jeff Markham and Sherrod Browning said the bill would fail.",
			want: []claimWant{{quote: "the bill would fail", typ: ClaimIndirect, cue: "said", name: "Jeff Markham and Sherrod Browning", kind: SpeakerPerson, role: "Sens.", mention: "Sens. Jeff Markham and Sherrod Browning"}},
		},
		{
			name: "she skips a man the article calls Mr.",
			text: "Ruth Alder said the talks were useful. Karl Brenner, the union leader, said the offer was too low. Mr. Brenner has led the union since 2019. She said the government would not raise its offer, and Mrs. Alder left.",
			want: []claimWant{
				{quote: "the talks were useful", typ: ClaimIndirect, cue: "said", name: "Ruth Alder", kind: SpeakerPerson, mention: "Ruth Alder"},
				{quote: "the offer was too low", typ: ClaimIndirect, cue: "said", name: "Karl Brenner", kind: SpeakerPerson, mention: "Karl Brenner"},
				{quote: "the government would not raise its offer", typ: ClaimIndirect, cue: "said", name: "Ruth Alder", kind: SpeakerPerson, mention: "She"},
			},
		},
		{
			name: "a manager is no man",
			text: "Rovers manager Sabine Koller said she felt for the coach. “Today they were outstanding,” she said.",
			want: []claimWant{
				{quote: "she felt for the coach", typ: ClaimIndirect, cue: "said", name: "Sabine Koller", kind: SpeakerPerson, role: "Rovers manager", mention: "Rovers manager Sabine Koller"},
				{quote: "“Today they were outstanding,”", typ: ClaimDirect, cue: "said", name: "Sabine Koller", kind: SpeakerPerson, role: "Rovers manager", mention: "she"},
			},
		},
		{
			name: "occupational noun opening a sentence is a role",
			text: "Hydrologist Marta Lindgren, who has studied the rivers for decades, said: “We are looking at a new normal.”",
			want: []claimWant{{quote: "“We are looking at a new normal.”", typ: ClaimDirect, cue: "said", name: "Marta Lindgren", kind: SpeakerPerson, role: "Hydrologist", mention: "Hydrologist Marta Lindgren"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			claimCheck(t, tt.text, tt.want)
		})
	}
}
