package extract

import "testing"

// TestClaimsBoundaries covers the content boundary rules of
// claims_bounds.go and claims_content.go: where a content ends before an
// adjunct of its cue's clause or after a quotation closing with a comma.
func TestClaimsBoundaries(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []claimWant
	}{
		{
			name: "noun phrase object ends before a time adjunct",
			text: "Governor Chris Dale endorsed Trump last week.",
			want: []claimWant{{quote: "Trump", typ: ClaimIndirect, cue: "endorsed", name: "Chris Dale", kind: SpeakerPerson, role: "Governor", mention: "Governor Chris Dale"}},
		},
		{
			name: "a noun phrase object ends before and plus a new subject with a singular verb",
			text: "Senator Ana Ruiz has criticized the banks and Governor Tom Hale has raised taxes.",
			want: []claimWant{{quote: "the banks", typ: ClaimIndirect, cue: "has criticized", name: "Ana Ruiz", kind: SpeakerPerson, role: "Senator", mention: "Senator Ana Ruiz"}},
		},
		{
			name: "a coordinated subject of a said clause stays whole",
			text: "Mr. Dale said the mayor and the council have failed the city.",
			want: []claimWant{{quote: "the mayor and the council have failed the city", typ: ClaimIndirect, cue: "said", name: "Dale", kind: SpeakerPerson, mention: "Mr. Dale"}},
		},
		{
			name: "a subordinate clause after a pronoun object ends it",
			text: "Senator Ana Ruiz opposed it as she prepared for her campaign.",
			want: []claimWant{{quote: "it", typ: ClaimIndirect, cue: "opposed", name: "Ana Ruiz", kind: SpeakerPerson, role: "Senator", mention: "Senator Ana Ruiz"}},
		},
		{
			name: "a plural noun tagged as a verb before a name is no new clause",
			text: "According to two aides, Senator Ana Ruiz and Trump envoys Tom Hale and Lee Park are expected to meet the ministers.",
			want: []claimWant{{quote: "Senator Ana Ruiz and Trump envoys Tom Hale and Lee Park are expected to meet the ministers", typ: ClaimIndirect, cue: "According to", name: "two aides", kind: SpeakerAnonymous, mention: "two aides"}},
		},
		{
			name: "the object of an endorsement verb ends before and plus a new past-tense clause",
			text: "Senator Ana Ruiz has not endorsed Hale and Governor Lee Park withdrew his support.",
			want: []claimWant{{quote: "Hale", typ: ClaimIndirect, cue: "has not endorsed", name: "Ana Ruiz", kind: SpeakerPerson, role: "Senator", mention: "Senator Ana Ruiz"}},
		},
		{
			name: "the object of a preposition ends before and plus a new clause",
			text: "Senator Ana Ruiz has not talked about the tariffs and her office did not answer questions.",
			want: []claimWant{{quote: "the tariffs", typ: ClaimIndirect, cue: "has not talked about", name: "Ana Ruiz", kind: SpeakerPerson, role: "Senator", mention: "Senator Ana Ruiz"}},
		},
		{
			name: "a list of names continues past a parenthesis after an item",
			text: "Mr. Dale endorsed Senator Ana Ruiz (D-Ill.), Senator Tom Hale (R-Ohio), and Governor Lee Park.",
			want: []claimWant{{quote: "Senator Ana Ruiz (D-Ill.), Senator Tom Hale (R-Ohio), and Governor Lee Park", typ: ClaimIndirect, cue: "endorsed", name: "Dale", kind: SpeakerPerson, mention: "Mr. Dale"}},
		},
		{
			name: "throughout after a name object opens an adjunct",
			text: "Senator Ana Ruiz has attacked Hale throughout the race.",
			want: []claimWant{{quote: "Hale", typ: ClaimIndirect, cue: "has attacked", name: "Ana Ruiz", kind: SpeakerPerson, role: "Senator", mention: "Senator Ana Ruiz"}},
		},
		{
			name: "noun phrase object ends before a weekday and what follows",
			text: "Mr. Dale defended his endorsement on Monday on his weekly radio show.",
			want: []claimWant{{quote: "his endorsement", typ: ClaimIndirect, cue: "defended", name: "Dale", kind: SpeakerPerson, mention: "Mr. Dale"}},
		},
		{
			name: "a possessive date stays in the object",
			text: "Mr. Dale defended his performance at Saturday’s debate.",
			want: []claimWant{{quote: "his performance at Saturday’s debate", typ: ClaimIndirect, cue: "defended", name: "Dale", kind: SpeakerPerson, mention: "Mr. Dale"}},
		},
		{
			name: "a complement after the date keeps the content whole",
			text: "Senator Ana Ruiz blasted the agency Tuesday for its decision not to act.",
			want: []claimWant{{quote: "the agency Tuesday for its decision not to act", typ: ClaimIndirect, cue: "blasted", name: "Ana Ruiz", kind: SpeakerPerson, role: "Senator", mention: "Senator Ana Ruiz"}},
		},
		{
			name: "the content of an attitude noun is the object of its preposition",
			text: "Senator Ana Ruiz offered her thoughts on the new tariffs.",
			want: []claimWant{{quote: "the new tariffs", typ: ClaimIndirect, cue: "offered", name: "Ana Ruiz", kind: SpeakerPerson, role: "Senator", mention: "Senator Ana Ruiz"}},
		},
		{
			name: "the content of said starts at that after a place name with commas",
			text: "Senator Ana Ruiz said in Springfield, Illinois, that the plan would fail.",
			want: []claimWant{{quote: "that the plan would fail", typ: ClaimIndirect, cue: "said", name: "Ana Ruiz", kind: SpeakerPerson, role: "Senator", mention: "Senator Ana Ruiz"}},
		},
		{
			name: "a clause keeps its date",
			text: "Mr. Dale said the plan would be announced on Monday.",
			want: []claimWant{{quote: "the plan would be announced on Monday", typ: ClaimIndirect, cue: "said", name: "Dale", kind: SpeakerPerson, mention: "Mr. Dale"}},
		},
		{
			name: "a comma closing a quotation ends the content before a new clause",
			text: "Half of the voters say the candidates’ positions are “about right,” though voters are more likely to say the opposite.",
			want: []claimWant{
				{quote: "the candidates’ positions are “about right,”", typ: ClaimMixed, cue: "say", name: "Half of the voters", kind: SpeakerAnonymous, mention: "Half of the voters"},
				{quote: "the opposite", typ: ClaimIndirect, cue: "are more likely to say", name: "voters", kind: SpeakerAnonymous, mention: "voters"},
			},
		},
		{
			name: "the content of told starts at that after a long object",
			text: "Wilson told The Post and Courier newspaper of Charleston on Saturday that he cast his ballot for Rubio.",
			want: []claimWant{{quote: "that he cast his ballot for Rubio", typ: ClaimIndirect, cue: "told", name: "Wilson", kind: SpeakerPerson, mention: "Wilson"}},
		},
		{
			name: "the content of telling starts at that after an object with commas",
			text: "Hillary Clinton is telling customers at a popular Manchester, New Hampshire, breakfast spot that “I need you tomorrow.”",
			want: []claimWant{{quote: "that “I need you tomorrow.”", typ: ClaimMixed, cue: "is telling", name: "Hillary Clinton", kind: SpeakerPerson, mention: "Hillary Clinton"}},
		},
		{
			name: "a trailing noun phrase after a comma is the writer's comment",
			text: "The senator took a heckler in stride, saying the man would “not get beat up” at his rally, a swipe at the recent disturbances at other rallies.",
			want: []claimWant{{quote: "the man would “not get beat up” at his rally", typ: ClaimMixed, cue: "saying", name: "The senator", kind: SpeakerAnonymous, mention: "The senator"}},
		},
		{
			name: "an apposition inside the clause stays",
			text: "She said that Trump, a political outsider, could lead to more upheaval than Clinton.",
			want: []claimWant{{quote: "that Trump, a political outsider, could lead to more upheaval than Clinton", typ: ClaimIndirect, cue: "said", name: "She", kind: SpeakerPerson, mention: "She"}},
		},
		{
			name: "a where-clause after a place closes the content",
			text: "The campaign announced it would seek a recanvass in Kentucky, where he trailed Clinton by less than one point.",
			want: []claimWant{{quote: "it would seek a recanvass in Kentucky", typ: ClaimIndirect, cue: "announced", name: "campaign", kind: SpeakerOrganization, mention: "The campaign"}},
		},
		{
			name: "a where-clause after a plural noun stays",
			text: "The company said the bill could bring retaliatory measures, where other countries would change their laws.",
			want: []claimWant{{quote: "the bill could bring retaliatory measures, where other countries would change their laws", typ: ClaimIndirect, cue: "said", name: "company", kind: SpeakerOrganization, mention: "The company"}},
		},
		{
			name: "a clause before a colon is the content, not a lead to skip",
			text: "Clinton said she has the essential quality for the job: \"Steadiness.\"",
			want: []claimWant{{quote: "she has the essential quality for the job: \"Steadiness.\"", typ: ClaimMixed, cue: "said", name: "Clinton", kind: SpeakerPerson, mention: "Clinton"}},
		},
		{
			name: "a verbless lead before a colon is skipped",
			text: "Clinton said at a rally in Ohio on Monday: \"We will win.\"",
			want: []claimWant{{quote: "\"We will win.\"", typ: ClaimDirect, cue: "said", name: "Clinton", kind: SpeakerPerson, mention: "Clinton"}},
		},
		{
			name: "a noun phrase object keeps its including phrase",
			text: "Caddell went on to discuss recently released polls, including ones showing Trump leading in Ohio, and the debate.",
			want: []claimWant{{quote: "recently released polls, including ones showing Trump leading in Ohio", typ: ClaimIndirect, cue: "went on to discuss", name: "Caddell", kind: SpeakerPerson, mention: "Caddell"}},
		},
		{
			name: "a noun phrase object leaves out an apposition",
			text: "The senator has railed against the Trans-Pacific Partnership, the trade deal the administration finished last year.",
			want: []claimWant{{quote: "the Trans-Pacific Partnership", typ: ClaimIndirect, cue: "has railed against", name: "The senator", kind: SpeakerAnonymous, mention: "The senator"}},
		},
		{
			name: "a noun phrase object runs over a list of names",
			text: "The group also views Barack Obama, Hillary Clinton, Bill Clinton, and Paul Ryan more favorably than Donald Trump.",
			want: []claimWant{{quote: "Barack Obama, Hillary Clinton, Bill Clinton, and Paul Ryan more favorably than Donald Trump", typ: ClaimIndirect, cue: "also views", name: "group", kind: SpeakerOrganization, mention: "The group"}},
		},
		{
			name: "a short noun phrase object ends before the occasion of its cue",
			text: "Senator Ana Ruiz defended the plan in a recent interview with The Post.",
			want: []claimWant{{quote: "the plan", typ: ClaimIndirect, cue: "defended", name: "Ana Ruiz", kind: SpeakerPerson, role: "Senator", mention: "Senator Ana Ruiz"}},
		},
		{
			name: "a short noun phrase object ends before during",
			text: "Mr. Dale also attacked Hillary Clinton and Marco Rubio during the course of the rant.",
			want: []claimWant{{quote: "Hillary Clinton and Marco Rubio", typ: ClaimIndirect, cue: "also attacked", name: "Dale", kind: SpeakerPerson, mention: "Mr. Dale"}},
		},
		{
			name: "as well as joins the object",
			text: "Mr. Dale attacked the former first lady as well as his Republican rivals.",
			want: []claimWant{{quote: "the former first lady as well as his Republican rivals", typ: ClaimIndirect, cue: "attacked", name: "Dale", kind: SpeakerPerson, mention: "Mr. Dale"}},
		},
		{
			name: "a backward content starts after a colon in it",
			text: "At the same time, the tax has not made the country less attractive to banks: London was the financial capital of the world in 2015, according to the survey.",
			want: []claimWant{{quote: "London was the financial capital of the world in 2015", typ: ClaimIndirect, cue: "according to", name: "the survey", kind: SpeakerUnknown, mention: "the survey"}},
		},
		{
			name: "a backward content keeps both clauses around and",
			text: "The foundation helped bring healthier meals to schools, and it has helped farmers increase their yields, according to the report.",
			want: []claimWant{{quote: "The foundation helped bring healthier meals to schools, and it has helped farmers increase their yields", typ: ClaimIndirect, cue: "according to", name: "the report", kind: SpeakerUnknown, mention: "the report"}},
		},
		{
			name: "according to: the content starts after the rest of a long source",
			text: "According to letters from Diane Blair, a close friend of Mrs. Clinton's who died in 2000, the first lady had called her a loony toon.",
			want: []claimWant{{quote: "the first lady had called her a loony toon", typ: ClaimIndirect, cue: "According to", name: "letters", kind: SpeakerUnknown, mention: "letters"}},
		},
		{
			name: "a participle cue leading its sentence ends before the main clause",
			text: "Asked if he would ever endorse Clinton, Mr. Dale looked straight into the camera.",
			want: []claimWant{{quote: "if he would ever endorse Clinton", typ: ClaimIndirect, cue: "Asked", name: "Dale", kind: SpeakerPerson, mention: "Mr. Dale"}},
		},
		{
			name: "in early June is a time adjunct",
			text: "Governor Chris Dale endorsed Canova in early June.",
			want: []claimWant{{quote: "Canova", typ: ClaimIndirect, cue: "endorsed", name: "Chris Dale", kind: SpeakerPerson, role: "Governor", mention: "Governor Chris Dale"}},
		},
		{
			name: "for this story is the writer's",
			text: "The campaign declined to comment for this story.",
			want: []claimWant{{quote: "to comment", typ: ClaimIndirect, cue: "declined", name: "campaign", kind: SpeakerOrganization, mention: "The campaign"}},
		},
		{
			name: "and that continues the same cue's content",
			text: "Mr. Dale said the country needs to secure the border, and that he would not allow mass deportation.",
			want: []claimWant{{quote: "the country needs to secure the border, and that he would not allow mass deportation", typ: ClaimIndirect, cue: "said", name: "Dale", kind: SpeakerPerson, mention: "Mr. Dale"}},
		},
		{
			name: "and with a new subject ends the content",
			text: "Mr. Dale said the country needs to secure the border, and he would not allow mass deportation.",
			want: []claimWant{{quote: "the country needs to secure the border", typ: ClaimIndirect, cue: "said", name: "Dale", kind: SpeakerPerson, mention: "Mr. Dale"}},
		},
		{
			name: "a new clause whose subject ends in a number ends the content",
			text: "Nearly half of the voters said they prefer an outsider, while about 4 in 10 want one with experience.",
			want: []claimWant{
				{quote: "they prefer an outsider", typ: ClaimIndirect, cue: "said", name: "half of the voters", kind: SpeakerAnonymous, mention: "half of the voters"},
				{quote: "one with experience", typ: ClaimIndirect, cue: "want", name: "about 4 in 10", kind: SpeakerUnknown, mention: "about 4 in 10"},
			},
		},
		{
			name: "a noun phrase object ends before an as-clause",
			text: "The mayor condemned the new parking rules as residents gathered outside city hall.",
			want: []claimWant{{quote: "the new parking rules", typ: ClaimIndirect, cue: "condemned", name: "The mayor", kind: SpeakerAnonymous, mention: "The mayor"}},
		},
		{
			name: "a noun phrase object ends before a since-clause",
			text: "Mr. Dale has been critical of the governor since they both ran for the Senate seat.",
			want: []claimWant{{quote: "the governor", typ: ClaimIndirect, cue: "has been critical of", name: "Dale", kind: SpeakerPerson, mention: "Mr. Dale"}},
		},
		{
			name: "a noun phrase object ends before but and a second verb",
			text: "The judge chastised the agency for its slow response but did not order any penalty.",
			want: []claimWant{{quote: "the agency for its slow response", typ: ClaimIndirect, cue: "chastised", name: "The judge", kind: SpeakerAnonymous, mention: "The judge"}},
		},
		{
			name: "a noun phrase object ends before a new clause after a comma",
			text: "The senator has railed against the tax breaks for oil companies, he blocked them twice.",
			want: []claimWant{{quote: "the tax breaks for oil companies", typ: ClaimIndirect, cue: "has railed against", name: "The senator", kind: SpeakerAnonymous, mention: "The senator"}},
		},
		{
			name: "and with a long new subject ends the content",
			text: "The council agreed to lend the museum $2 million, and the city's union also stepped in with money.",
			want: []claimWant{{quote: "to lend the museum $2 million", typ: ClaimIndirect, cue: "agreed", name: "council", kind: SpeakerOrganization, mention: "The council"}},
		},
		{
			name: "a verbless content ends before a participle clause",
			text: "The survey shows the mayor ahead by four points, using an average of the recent polls.",
			want: []claimWant{{quote: "the mayor ahead by four points", typ: ClaimIndirect, cue: "shows", name: "The survey", kind: SpeakerUnknown, mention: "The survey"}},
		},
		{
			name: "a clause content keeps its participle clause",
			text: "The campaign said it raised $21 million in January, bringing its total to $95 million.",
			want: []claimWant{{quote: "it raised $21 million in January, bringing its total to $95 million", typ: ClaimIndirect, cue: "said", name: "campaign", kind: SpeakerOrganization, mention: "The campaign"}},
		},
		{
			name: "a question put to the source makes the lead before it a claim of its own",
			text: "Ms. Lane said part-time workers would not be eligible for the bonus, and when pressed on why the plan leaves them out, the 40-year-old manager replied, \"It is meant to reward full-time staff.\"",
			want: []claimWant{
				{quote: "part-time workers would not be eligible for the bonus", typ: ClaimIndirect, cue: "said", name: "Lane", kind: SpeakerPerson, mention: "Ms. Lane"},
				{quote: "\"It is meant to reward full-time staff.\"", typ: ClaimDirect, cue: "replied", name: "the 40-year-old manager", kind: SpeakerAnonymous, mention: "the 40-year-old manager"},
			},
		},
		{
			name: "what a second source said ends the first content at the clause before it",
			text: "Mr. Dale said developers built luxury condos and hotels, amounting to what the senators said was economic gerrymandering.",
			want: []claimWant{
				{quote: "developers built luxury condos and hotels", typ: ClaimIndirect, cue: "said", name: "Dale", kind: SpeakerPerson, mention: "Mr. Dale"},
				{quote: "what the senators said was economic gerrymandering", typ: ClaimIndirect, cue: "said", name: "the senators", kind: SpeakerAnonymous, mention: "the senators"},
			},
		},
		{
			name: "a noun phrase object ends before a plural medium with an adjective",
			text: "Senator Ana Ruiz attacked the mayor in early-morning tweets.",
			want: []claimWant{{quote: "the mayor", typ: ClaimIndirect, cue: "attacked", name: "Ana Ruiz", kind: SpeakerPerson, role: "Senator", mention: "Senator Ana Ruiz"}},
		},
		{
			name: "as much ends before the occasion",
			text: "Mr. Dale said as much in an interview on Thursday.",
			want: []claimWant{{quote: "as much", typ: ClaimIndirect, cue: "said", name: "Dale", kind: SpeakerPerson, mention: "Mr. Dale"}},
		},
		{
			name: "a preposition to inside the object does not stop the time cut",
			text: "Mr. Dale offered some pointed advice to the governor on Friday in the upcoming debates.",
			want: []claimWant{{quote: "some pointed advice to the governor", typ: ClaimIndirect, cue: "offered", name: "Dale", kind: SpeakerPerson, mention: "Mr. Dale"}},
		},
		{
			name: "a demonstrative that opens a noun phrase object",
			text: "The court rejected that argument in a ruling released Thursday.",
			want: []claimWant{{quote: "that argument", typ: ClaimIndirect, cue: "rejected", name: "court", kind: SpeakerOrganization, mention: "The court"}},
		},
		{
			name: "a quoted complement keeps its words but not the date after it",
			text: "Mr. Dale blasted the mayor as a “disgrace” Wednesday on his radio show.",
			want: []claimWant{{quote: "the mayor as a “disgrace”", typ: ClaimMixed, cue: "blasted", name: "Dale", kind: SpeakerPerson, mention: "Mr. Dale"}},
		},
		{
			name: "an occasion before a quoted complement stays",
			text: "Mr. Dale described the group during an interview as “a remnant of another period.”",
			want: []claimWant{{quote: "the group during an interview as “a remnant of another period.”", typ: ClaimMixed, cue: "described", name: "Dale", kind: SpeakerPerson, mention: "Mr. Dale"}},
		},
		{
			name: "an absolute phrase with a participle ends the content",
			text: "The poll shows a tale of two parties, with Republicans exhibiting more dissatisfaction than Democrats.",
			want: []claimWant{{quote: "a tale of two parties", typ: ClaimIndirect, cue: "shows", name: "The poll", kind: SpeakerUnknown, mention: "The poll"}},
		},
		{
			name: "poll shares after with stay",
			text: "The poll shows the mayor leading 44 percent to 37 percent, with 13 percent supporting another candidate.",
			want: []claimWant{{quote: "the mayor leading 44 percent to 37 percent, with 13 percent supporting another candidate", typ: ClaimIndirect, cue: "shows", name: "The poll", kind: SpeakerUnknown, mention: "The poll"}},
		},
		{
			name: "an infinitive content ends before but and a second verb",
			text: "The senator did not want to stay in the hospital, but was treated as an outpatient.",
			want: []claimWant{{quote: "to stay in the hospital", typ: ClaimIndirect, cue: "did not want", name: "The senator", kind: SpeakerAnonymous, mention: "The senator"}},
		},
		{
			name: "an elliptic comparison with as stays",
			text: "The governors prefer to view the program as we did in the past.",
			want: []claimWant{{quote: "to view the program as we did in the past", typ: ClaimIndirect, cue: "prefer", name: "The governors", kind: SpeakerAnonymous, mention: "The governors"}},
		},
		{
			name: "an apposition with a relative clause after a name is the writer's",
			text: "Officials say the money could be better spent in partnership with NATO, the military alliance that includes the United States.",
			want: []claimWant{{quote: "the money could be better spent in partnership with NATO", typ: ClaimIndirect, cue: "say", name: "Officials", kind: SpeakerAnonymous, mention: "Officials"}},
		},
		{
			name: "a where-clause with a number subject after a noun phrase content closes it",
			text: "Polls show a close contest in the state, where 18 electoral votes are up for grabs.",
			want: []claimWant{{quote: "a close contest in the state", typ: ClaimIndirect, cue: "show", name: "Polls", kind: SpeakerUnknown, mention: "Polls"}},
		},
		{
			name: "a dash before a new clause ends the content",
			text: "Critics would call them messianic impulses - it has also exposed his weaknesses.",
			want: []claimWant{{quote: "them messianic impulses", typ: ClaimIndirect, cue: "would call", name: "Critics", kind: SpeakerAnonymous, mention: "Critics"}},
		},
		{
			name: "a pair of dashes around an aside stays in the content",
			text: "Mr. Dale noted that troop strength - around 166,000 in April - already lags the target.",
			want: []claimWant{{quote: "that troop strength - around 166,000 in April - already lags the target", typ: ClaimIndirect, cue: "noted", name: "Dale", kind: SpeakerPerson, mention: "Mr. Dale"}},
		},
		{
			name: "a state abbreviation between commas stays in a name object",
			text: "Mr. Dale criticized Tulsa, Okla., police officer Betty Shelby for shooting Terence Crutcher, a 40-year-old unarmed man.",
			want: []claimWant{{quote: "Tulsa, Okla., police officer Betty Shelby for shooting Terence Crutcher", typ: ClaimIndirect, cue: "criticized", name: "Dale", kind: SpeakerPerson, mention: "Mr. Dale"}},
		},
		{
			name: "a party and state tag between commas stays in a name object",
			text: "Pence characterized Sen. Tim Kaine, D-Va., as “a little desperate.”",
			want: []claimWant{{quote: "Sen. Tim Kaine, D-Va., as “a little desperate.”", typ: ClaimMixed, cue: "characterized", name: "Pence", kind: SpeakerPerson, mention: "Pence"}},
		},
		{
			name: "a short noun phrase object ends before despite",
			text: "The senator will support the bill despite his own reservations.",
			want: []claimWant{{quote: "the bill", typ: ClaimIndirect, cue: "will support", name: "The senator", kind: SpeakerAnonymous, mention: "The senator"}},
		},
		{
			name: "a short noun phrase object ends before through",
			text: "Mr. Dale denied the charges through his lawyer.",
			want: []claimWant{{quote: "the charges", typ: ClaimIndirect, cue: "denied", name: "Dale", kind: SpeakerPerson, mention: "Mr. Dale"}},
		},
		{
			name: "an apposition after a lone dash is the writer's",
			text: "Many Democrats support reforming the superdelegate system — a move that would dilute their own power.",
			want: []claimWant{{quote: "reforming the superdelegate system", typ: ClaimIndirect, cue: "support", name: "Many Democrats", kind: SpeakerAnonymous, mention: "Many Democrats"}},
		},
		{
			name: "a new clause after a dash and and ends the content",
			text: "The activists insist the tide is turning their way — and the Senate is currently holding talks on a narrow bill.",
			want: []claimWant{{quote: "the tide is turning their way", typ: ClaimIndirect, cue: "insist", name: "The activists", kind: SpeakerAnonymous, mention: "The activists"}},
		},
		{
			name: "a second verb of the content's own subject stays",
			text: "Witnesses say the man posed a deadly threat and refused to drop the gun.",
			want: []claimWant{{quote: "the man posed a deadly threat and refused to drop the gun", typ: ClaimIndirect, cue: "say", name: "Witnesses", kind: SpeakerAnonymous, mention: "Witnesses"}},
		},
		{
			name: "a second speech verb after and is a new claim of the source",
			text: "Mr. Dale said the plan would work and added that it was cheap.",
			want: []claimWant{
				{quote: "the plan would work", typ: ClaimIndirect, cue: "said", name: "Dale", kind: SpeakerPerson, mention: "Mr. Dale"},
				{quote: "that it was cheap", typ: ClaimIndirect, cue: "added", name: "Dale", kind: SpeakerPerson, mention: "Mr. Dale"},
			},
		},
		{
			name: "a capitalised determiner starts a sentence whose period is missing",
			text: "The agency said it was taking additional steps to increase its oversight of the regional centers The commission said it would increase oversight as well.",
			want: []claimWant{
				{quote: "it was taking additional steps to increase its oversight of the regional centers", typ: ClaimIndirect, cue: "said", name: "agency", kind: SpeakerOrganization, mention: "The agency"},
				{quote: "it would increase oversight as well", typ: ClaimIndirect, cue: "said", name: "commission", kind: SpeakerOrganization, mention: "The commission"},
			},
		},
		{
			name: "an aside between commas before that is the cue's",
			text: "Mr. Dale continues to insist, most recently in an interview with ABC News, that he wants to release his taxes.",
			want: []claimWant{{quote: "that he wants to release his taxes", typ: ClaimIndirect, cue: "continues to insist", name: "Dale", kind: SpeakerPerson, mention: "Mr. Dale"}},
		},
		{
			name: "a while-clause setting figures against the content's stays",
			text: "The poll found 48 percent of voters supported Mr. Dale, while 23 percent favored Ms. Ruiz.",
			want: []claimWant{{quote: "48 percent of voters supported Mr. Dale, while 23 percent favored Ms. Ruiz", typ: ClaimIndirect, cue: "found", name: "The poll", kind: SpeakerUnknown, mention: "The poll"}},
		},
		{
			name: "a short apposition between commas stays in a name object that goes on",
			text: "The chancellor also rejected a push by Barbara Hendricks, the environment minister, to set a date for the end of coal.",
			want: []claimWant{{quote: "a push by Barbara Hendricks, the environment minister, to set a date for the end of coal", typ: ClaimIndirect, cue: "also rejected", name: "The chancellor", kind: SpeakerAnonymous, mention: "The chancellor"}},
		},
		{
			name: "but that continues a clause content cut at the comma",
			text: "Mr. Dale said the country must secure the border, but that he would not support mass deportation.",
			want: []claimWant{{quote: "the country must secure the border, but that he would not support mass deportation", typ: ClaimIndirect, cue: "said", name: "Dale", kind: SpeakerPerson, mention: "Mr. Dale"}},
		},
		{
			name: "a two-word content ends before and with a new subject",
			text: "Mr. Dale opposes that treaty, and the United Nations has been unable to act.",
			want: []claimWant{{quote: "that treaty", typ: ClaimIndirect, cue: "opposes", name: "Dale", kind: SpeakerPerson, mention: "Mr. Dale"}},
		},
		{
			name: "an infinitive content ends before a purpose clause with so",
			text: "The council agreed to release the money so the museum could start the work.",
			want: []claimWant{{quote: "to release the money", typ: ClaimIndirect, cue: "agreed", name: "council", kind: SpeakerOrganization, mention: "The council"}},
		},
		{
			name: "a noun phrase object opening with demonstrative that ends before an as-clause",
			text: "Mr. Dale condemned that decision as protesters gathered outside.",
			want: []claimWant{{quote: "that decision", typ: ClaimIndirect, cue: "condemned", name: "Dale", kind: SpeakerPerson, mention: "Mr. Dale"}},
		},
		{
			name: "a content in a relative clause between commas ends before the main verb",
			text: "The plan, which Mr. Dale said would cut costs, was approved on Monday.",
			want: []claimWant{{quote: "which Mr. Dale said would cut costs", segs: []string{"which", "would cut costs"}, typ: ClaimIndirect, cue: "said", name: "Dale", kind: SpeakerPerson, mention: "Mr. Dale"}},
		},
		{
			name: "a pronoun object ends before an adverbial clause",
			text: "Senator Ana Ruiz opposed it because the budget was too small.",
			want: []claimWant{{quote: "it", typ: ClaimIndirect, cue: "opposed", name: "Ana Ruiz", kind: SpeakerPerson, role: "Senator", mention: "Senator Ana Ruiz"}},
		},
		{
			name: "a pronoun object keeps its adverb but not a prepositional phrase",
			text: "Most farmers viewed him favorably in the spring survey.",
			want: []claimWant{{quote: "him favorably", typ: ClaimIndirect, cue: "viewed", name: "Most farmers", kind: SpeakerAnonymous, mention: "Most farmers"}},
		},
		{
			name: "a pronoun object keeps a complement with for",
			text: "Senator Ana Ruiz criticized him for his vote on the farm bill.",
			want: []claimWant{{quote: "him for his vote on the farm bill", typ: ClaimIndirect, cue: "criticized", name: "Ana Ruiz", kind: SpeakerPerson, role: "Senator", mention: "Senator Ana Ruiz"}},
		},
		{
			name: "a name object ends before a place adjunct",
			text: "Mr. Dale attacked Mrs. Lowe from the Senate floor.",
			want: []claimWant{{quote: "Mrs. Lowe", typ: ClaimIndirect, cue: "attacked", name: "Dale", kind: SpeakerPerson, mention: "Mr. Dale"}},
		},
		{
			name: "a name object keeps a comparison with over",
			text: "Most farmers prefer Mr. Dale over Mrs. Lowe.",
			want: []claimWant{{quote: "Mr. Dale over Mrs. Lowe", typ: ClaimIndirect, cue: "prefer", name: "Most farmers", kind: SpeakerAnonymous, mention: "Most farmers"}},
		},
		{
			name: "an infinitive ends before a clause with its own subject after and",
			text: "Mr. Dale plans to run for governor and his sister will manage the campaign.",
			want: []claimWant{{quote: "to run for governor", typ: ClaimIndirect, cue: "plans", name: "Dale", kind: SpeakerPerson, mention: "Mr. Dale"}},
		},
		{
			name: "a pro-form content ends before the occasion",
			text: "Mr. Dale said as much in a radio interview last week.",
			want: []claimWant{{quote: "as much", typ: ClaimIndirect, cue: "said", name: "Dale", kind: SpeakerPerson, mention: "Mr. Dale"}},
		},
		{
			name: "so as a pro-form ends before a time",
			text: "Most voters said so in March.",
			want: []claimWant{{quote: "so", typ: ClaimIndirect, cue: "said", name: "Most voters", kind: SpeakerAnonymous, mention: "Most voters"}},
		},
		{
			name: "an infinitive ends before a clause with a plural subject after and",
			text: "Mr. Dale plans to cut the budget and his rivals look to raise taxes.",
			want: []claimWant{{quote: "to cut the budget", typ: ClaimIndirect, cue: "plans", name: "Dale", kind: SpeakerPerson, mention: "Mr. Dale"}},
		},
		{
			name: "a concession after a dash is the writer's",
			text: "Aides say he will seek reelection in 2018 - though it is unclear whether he can win.",
			want: []claimWant{{quote: "he will seek reelection in 2018", typ: ClaimIndirect, cue: "say", name: "Aides", kind: SpeakerAnonymous, mention: "Aides"}},
		},
		{
			name: "an apposition closing a noun phrase content is the writer's",
			text: "Mr. Dale praised the speech of Mary Lowe, a retired teacher from Ohio.",
			want: []claimWant{{quote: "the speech of Mary Lowe", typ: ClaimIndirect, cue: "praised", name: "Dale", kind: SpeakerPerson, mention: "Mr. Dale"}},
		},
		{
			name: "an apposition closing an infinitive content is the writer's",
			text: "Mr. Dale has vowed to repeal the farm tax, a levy that hits small growers.",
			want: []claimWant{{quote: "to repeal the farm tax", typ: ClaimIndirect, cue: "has vowed", name: "Dale", kind: SpeakerPerson, mention: "Mr. Dale"}},
		},
		{
			name: "an infinitive in a relative clause ends before the main verb",
			text: "Most farmers who plan to attend the fair could face long delays.",
			want: []claimWant{{quote: "to attend the fair", typ: ClaimIndirect, cue: "plan", name: "Most farmers", kind: SpeakerAnonymous, mention: "Most farmers who"}},
		},
		{
			name: "a noun phrase object ends before a named occasion of speaking",
			text: "Mr. Dale defended his tax plan in the fifth Republican debate.",
			want: []claimWant{{quote: "his tax plan", typ: ClaimIndirect, cue: "defended", name: "Dale", kind: SpeakerPerson, mention: "Mr. Dale"}},
		},
		{
			name: "a complement with for after an occasion keeps the content whole",
			text: "Mr. Dale attacked the senator on multiple occasions for his vote.",
			want: []claimWant{{quote: "the senator on multiple occasions for his vote", typ: ClaimIndirect, cue: "attacked", name: "Dale", kind: SpeakerPerson, mention: "Mr. Dale"}},
		},
		{
			name: "a noun phrase object ends before a condition of anonymity",
			text: "Two aides confirmed the meeting on the condition of anonymity.",
			want: []claimWant{{quote: "the meeting", typ: ClaimIndirect, cue: "confirmed", name: "Two aides", kind: SpeakerAnonymous, mention: "Two aides"}},
		},
		{
			name: "a means clause with by and a cue participle is a claim of its own (claimNestBy)",
			text: "Mr. Dale defended his budget by pointing to the surplus.",
			want: []claimWant{
				{quote: "his budget", typ: ClaimIndirect, cue: "defended", name: "Dale", kind: SpeakerPerson, mention: "Mr. Dale"},
				{quote: "the surplus", typ: ClaimIndirect, cue: "pointing to", name: "Dale", kind: SpeakerPerson, mention: "Mr. Dale"},
			},
		},
		{
			name: "a predicative as phrase stays in a noun phrase object",
			text: "Mr. Dale cited the tax as a major reason the plan would fail.",
			want: []claimWant{{quote: "the tax as a major reason the plan would fail", typ: ClaimIndirect, cue: "cited", name: "Dale", kind: SpeakerPerson, mention: "Mr. Dale"}},
		},
		{
			name: "a time before a relative clause of the object stays",
			text: "Mr. Dale posted a comment on his blog in August that praised the mayor.",
			want: []claimWant{{quote: "a comment on his blog in August that praised the mayor", typ: ClaimIndirect, cue: "posted", name: "Dale", kind: SpeakerPerson, mention: "Mr. Dale"}},
		},
		{
			name: "an object ends before a second tensed verb of the cue's subject",
			text: "Mr. Dale has opposed the farm bill and often votes against it.",
			want: []claimWant{{quote: "the farm bill", typ: ClaimIndirect, cue: "has opposed", name: "Dale", kind: SpeakerPerson, mention: "Mr. Dale"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { claimCheck(t, tt.text, tt.want) })
	}
}

// TestClaimsBounds3 covers the content boundary rules prefixed
// claimBound3: a cue inside a leading adverbial clause ends its content
// at the main clause; a conjunction before "whether", "not" or "rather",
// or the "but" of a correlative "not only …, but …", opens no new clause;
// an object cut before an occasion of speaking takes it back when a
// reason with "for" follows; a quotation in an object keeps the words
// before it but not a "during" adjunct after it; a quoted title between
// a cue and "that" stays out of the content.
func TestClaimsBounds3(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []claimWant
	}{
		{
			name: "a that-clause in a leading while clause ends before the main clause",
			text: "While Senator Ana Ruiz implied that she would not run again, her aides kept the door open.",
			want: []claimWant{{quote: "that she would not run again", typ: ClaimIndirect, cue: "implied", name: "Ana Ruiz", kind: SpeakerPerson, role: "Senator", mention: "Senator Ana Ruiz"}},
		},
		{
			name: "an object in a leading although clause ends before the main clause",
			text: "Although a new poll showed Mr. Dale leading the race, the contest was close among older voters.",
			want: []claimWant{{quote: "Mr. Dale leading the race", typ: ClaimIndirect, cue: "showed", name: "a new poll", kind: SpeakerUnknown, mention: "a new poll"}},
		},
		{
			name: "the but of a correlative not only keeps the content whole",
			text: "Mr. Dale said he would campaign not only in Ohio, but in states that Republicans have lost.",
			want: []claimWant{{quote: "he would campaign not only in Ohio, but in states that Republicans have lost", typ: ClaimIndirect, cue: "said", name: "Dale", kind: SpeakerPerson, mention: "Mr. Dale"}},
		},
		{
			name: "a whether clause after a dash and and continues the content",
			text: "Mr. Dale says the vote will shape the budget - and whether the mayor can win a second term.",
			want: []claimWant{{quote: "the vote will shape the budget - and whether the mayor can win a second term", typ: ClaimIndirect, cue: "says", name: "Dale", kind: SpeakerPerson, mention: "Mr. Dale"}},
		},
		{
			name: "a clause after but with no correlative not still ends the content",
			text: "Mr. Dale said he would campaign in Ohio, but in states that Republicans have lost he would stay away.",
			want: []claimWant{{quote: "he would campaign in Ohio", typ: ClaimIndirect, cue: "said", name: "Dale", kind: SpeakerPerson, mention: "Mr. Dale"}},
		},
		{
			name: "a show title owned by the addressee of told is no content",
			text: "Mayor Ana Ruiz told KTV’s “Morning Desk” on Monday the talks had been cordial.",
			want: []claimWant{{quote: "the talks had been cordial", typ: ClaimIndirect, cue: "told", name: "Ana Ruiz", kind: SpeakerPerson, role: "Mayor", mention: "Mayor Ana Ruiz"}},
		},
		{
			name: "an object before an occasion of speaking with no reason after it ends there",
			text: "Governor Tom Hale lauded Mr. Clarke in his annual address.",
			want: []claimWant{{quote: "Mr. Clarke", typ: ClaimIndirect, cue: "lauded", name: "Tom Hale", kind: SpeakerPerson, role: "Governor", mention: "Governor Tom Hale"}},
		},
		{
			name: "an object with a quotation ends before a during adjunct after it",
			text: "Mr. Dale criticized the health law as a “crazy system” during a long campaign stop in Flint.",
			want: []claimWant{{quote: "the health law as a “crazy system”", typ: ClaimMixed, cue: "criticized", name: "Dale", kind: SpeakerPerson, mention: "Mr. Dale"}},
		},
		{
			name: "an object with a quotation ends before a during adjunct whose place holds a state",
			text: "Mr. Dale criticized the health law as a “crazy system” during a stop in Flint, Mich., for his wife.",
			want: []claimWant{{quote: "the health law as a “crazy system”", typ: ClaimMixed, cue: "criticized", name: "Dale", kind: SpeakerPerson, mention: "Mr. Dale"}},
		},
		{
			name: "a quoted show title between the cue and that stays out of the content",
			text: "Mr. Dale said on NBC's ''Meet the Press'' on Sunday that the plan would fail.",
			want: []claimWant{{quote: "that the plan would fail", typ: ClaimIndirect, cue: "said", name: "Dale", kind: SpeakerPerson, mention: "Mr. Dale"}},
		},
		{
			name: "a quotation after to is no title and the infinitive stays whole",
			text: "Mr. Dale vowed to “take our fight” to the states that have not voted.",
			want: []claimWant{{quote: "to “take our fight” to the states that have not voted", typ: ClaimMixed, cue: "vowed", name: "Dale", kind: SpeakerPerson, mention: "Mr. Dale"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { claimCheck(t, tt.text, tt.want) })
	}
}
