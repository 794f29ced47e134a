package extract

import (
	"strings"
	"testing"
)

// claimWant is the expected shape of one claim in a pattern test.
type claimWant struct {
	quote   string   // Quote.Text
	segs    []string // texts of Quote.Segments, when split
	typ     string
	cue     string // "" for none
	name    string
	kind    string
	role    string // "" for nil
	mention string
}

// claimCheck runs Claims on text and compares with want, in order.
func claimCheck(t *testing.T, text string, want []claimWant) {
	t.Helper()
	got, err := Claims(Article{ID: "t", Text: text}, ClaimOptions{})
	if err != nil {
		t.Fatalf("Claims: %v", err)
	}
	claimCheckSpans(t, text, got)
	if len(got) != len(want) {
		for _, c := range got {
			t.Logf("got %q by %q (%s)", c.Quote.Text, c.Speaker.Name, c.Type)
		}
		t.Fatalf("got %d claims, want %d", len(got), len(want))
	}
	for i, w := range want {
		c := got[i]
		if c.Quote.Text != w.quote {
			t.Errorf("claim %d quote = %q, want %q", i, c.Quote.Text, w.quote)
		}
		var segs []string
		for _, s := range c.Quote.Segments {
			segs = append(segs, NewRuneIndex(text).Slice(s[0], s[1]))
		}
		if strings.Join(segs, "|") != strings.Join(w.segs, "|") {
			t.Errorf("claim %d segments = %q, want %q", i, segs, w.segs)
		}
		if c.Type != w.typ {
			t.Errorf("claim %d type = %s, want %s", i, c.Type, w.typ)
		}
		cue := ""
		if c.Cue != nil {
			cue = c.Cue.Text
		}
		if cue != w.cue {
			t.Errorf("claim %d cue = %q, want %q", i, cue, w.cue)
		}
		if c.Speaker.Name != w.name || c.Speaker.Kind != w.kind {
			t.Errorf("claim %d speaker = %q (%s), want %q (%s)", i, c.Speaker.Name, c.Speaker.Kind, w.name, w.kind)
		}
		role := ""
		if c.Speaker.Role != nil {
			role = *c.Speaker.Role
		}
		if role != w.role {
			t.Errorf("claim %d role = %q, want %q", i, role, w.role)
		}
		mention := ""
		if c.Speaker.Mention != nil {
			mention = c.Speaker.Mention.Text
		}
		if mention != w.mention {
			t.Errorf("claim %d mention = %q, want %q", i, mention, w.mention)
		}
	}
}

// claimCheckSpans enforces the span invariant on every span of claims.
func claimCheckSpans(t *testing.T, text string, claims []Claim) {
	t.Helper()
	ri := NewRuneIndex(text)
	check := func(what string, s, e int, txt string) {
		if s < 0 || e > ri.Len() || s > e {
			t.Errorf("%s [%d,%d) outside text of %d code points", what, s, e, ri.Len())
			return
		}
		if got := ri.Slice(s, e); got != txt {
			t.Errorf("%s text %q != text[%d:%d] %q", what, txt, s, e, got)
		}
	}
	for _, c := range claims {
		check("quote", c.Quote.Start, c.Quote.End, c.Quote.Text)
		for _, sg := range c.Quote.Segments {
			check("segment", sg[0], sg[1], ri.Slice(sg[0], sg[1]))
			if sg[0] < c.Quote.Start || sg[1] > c.Quote.End {
				t.Errorf("segment %v outside quote [%d,%d)", sg, c.Quote.Start, c.Quote.End)
			}
		}
		if c.Cue != nil {
			check("cue", c.Cue.Start, c.Cue.End, c.Cue.Text)
		}
		if m := c.Speaker.Mention; m != nil {
			check("mention", m.Start, m.End, m.Text)
		}
		if c.Dates == nil {
			t.Errorf("claim %q has nil dates", c.Quote.Text)
		}
		if c.Sentence.Start > c.Quote.Start || c.Sentence.End < c.Quote.End {
			t.Errorf("sentence %v does not cover quote [%d,%d)", c.Sentence, c.Quote.Start, c.Quote.End)
		}
		if c.ID != ClaimID(c.ArticleID, c.Quote) || c.Extractor != ExtractorVersion || c.SchemaVersion != SchemaVersion {
			t.Errorf("claim %q: bad id, extractor or schema version", c.Quote.Text)
		}
	}
}

func TestClaimsPatterns(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []claimWant
	}{
		{
			name: "direct quote, speaker after",
			text: "“We will not back down,” the mayor said.",
			want: []claimWant{{quote: "“We will not back down,”", typ: ClaimDirect, cue: "said", name: "the mayor", kind: SpeakerAnonymous, mention: "the mayor"}},
		},
		{
			name: "straight quotes, inverted speaker",
			text: `"The budget is balanced," said Maria Lopez.`,
			want: []claimWant{{quote: `"The budget is balanced,"`, typ: ClaimDirect, cue: "said", name: "Maria Lopez", kind: SpeakerPerson, mention: "Maria Lopez"}},
		},
		{
			name: "speaker between two halves",
			text: "“The talks went well,” Anna Berg said. “We meet again on Friday.”",
			want: []claimWant{{quote: "“The talks went well,” Anna Berg said. “We meet again on Friday.”", segs: []string{"“The talks went well,”", "“We meet again on Friday.”"},
				typ: ClaimDirect, cue: "said", name: "Anna Berg", kind: SpeakerPerson, mention: "Anna Berg"}},
		},
		{
			name: "colon-introduced quote",
			text: "Finance Minister Karl Weber said on Tuesday: “The deficit will shrink.”",
			want: []claimWant{{quote: "“The deficit will shrink.”", typ: ClaimDirect, cue: "said", name: "Karl Weber", kind: SpeakerPerson, role: "Finance Minister", mention: "Finance Minister Karl Weber"}},
		},
		{
			name: "quote over two paragraphs",
			text: "Tom Reed said: “The first part ends here.\n\n“The second part ends here.”",
			want: []claimWant{{quote: "“The first part ends here.\n\n“The second part ends here.”", typ: ClaimDirect, cue: "said", name: "Tom Reed", kind: SpeakerPerson, mention: "Tom Reed"}},
		},
		{
			name: "indirect with that",
			text: "Governor Ellen Park announced that the bridge would reopen next month.",
			want: []claimWant{{quote: "that the bridge would reopen next month", typ: ClaimIndirect, cue: "announced", name: "Ellen Park", kind: SpeakerPerson, role: "Governor", mention: "Governor Ellen Park"}},
		},
		{
			name: "indirect without that, auxiliaries in cue",
			text: "Senator Jo Hart has repeatedly stated she will not run again.",
			want: []claimWant{{quote: "she will not run again", typ: ClaimIndirect, cue: "has repeatedly stated", name: "Jo Hart", kind: SpeakerPerson, role: "Senator", mention: "Senator Jo Hart"}},
		},
		{
			name: "speaker after indirect content",
			text: "The factory will close in June, a company spokesperson said.",
			want: []claimWant{{quote: "The factory will close in June", typ: ClaimIndirect, cue: "said", name: "a company spokesperson", kind: SpeakerAnonymous, mention: "a company spokesperson"}},
		},
		{
			name: "told reporters that",
			text: "Mark Stein told reporters at the airport that the deal was done.",
			want: []claimWant{{quote: "that the deal was done", typ: ClaimIndirect, cue: "told", name: "Mark Stein", kind: SpeakerPerson, mention: "Mark Stein"}},
		},
		{
			name: "mixed quote",
			text: "Lena Ortiz warned that the plan was “a disaster waiting to happen.”",
			want: []claimWant{{quote: "that the plan was “a disaster waiting to happen.”", typ: ClaimMixed, cue: "warned", name: "Lena Ortiz", kind: SpeakerPerson, mention: "Lena Ortiz"}},
		},
		{
			name: "according to, leading",
			text: "According to informed sources, the minister will resign.",
			want: []claimWant{{quote: "the minister will resign", typ: ClaimIndirect, cue: "According to", name: "informed sources", kind: SpeakerAnonymous, mention: "informed sources"}},
		},
		{
			name: "according to, trailing",
			text: "The vote was delayed, according to the Electoral Commission.",
			want: []claimWant{{quote: "The vote was delayed", typ: ClaimIndirect, cue: "according to", name: "Electoral Commission", kind: SpeakerOrganization, mention: "the Electoral Commission"}},
		},
		{
			name: "organization speaks",
			text: "The Health Ministry said on Monday that 40 people were hurt.",
			want: []claimWant{{quote: "that 40 people were hurt", typ: ClaimIndirect, cue: "said", name: "Health Ministry", kind: SpeakerOrganization, mention: "The Health Ministry"}},
		},
		{
			name: "country speaks",
			text: "Norway said it would send aid.",
			want: []claimWant{{quote: "it would send aid", typ: ClaimIndirect, cue: "said", name: "Norway", kind: SpeakerOrganization, mention: "Norway"}},
		},
		{
			name: "news outlet reported",
			text: "Reuters previously reported that the company had debts.",
			want: []claimWant{{quote: "that the company had debts", typ: ClaimIndirect, cue: "previously reported", name: "Reuters", kind: SpeakerOrganization, mention: "Reuters"}},
		},
		{
			name: "pronoun and surname resolve to full name",
			text: "Mayor Paula Green said the budget was tight. Green added that taxes would not rise. She said that parks would stay open.",
			want: []claimWant{
				{quote: "the budget was tight", typ: ClaimIndirect, cue: "said", name: "Paula Green", kind: SpeakerPerson, role: "Mayor", mention: "Mayor Paula Green"},
				{quote: "that taxes would not rise", typ: ClaimIndirect, cue: "added", name: "Paula Green", kind: SpeakerPerson, role: "Mayor", mention: "Green"},
				{quote: "that parks would stay open", typ: ClaimIndirect, cue: "said", name: "Paula Green", kind: SpeakerPerson, role: "Mayor", mention: "She"},
			},
		},
		{
			name: "role description resolves to the one person with it",
			text: "Club spokesman Ian Moss said the match would go ahead. Later the spokesman said that tickets were sold out.",
			want: []claimWant{
				{quote: "the match would go ahead", typ: ClaimIndirect, cue: "said", name: "Ian Moss", kind: SpeakerPerson, role: "Club spokesman", mention: "Club spokesman Ian Moss"},
				{quote: "that tickets were sold out", typ: ClaimIndirect, cue: "said", name: "Ian Moss", kind: SpeakerPerson, role: "Club spokesman", mention: "the spokesman"},
			},
		},
		{
			name: "belief verb",
			text: "Carla Diaz believes the law is unfair.",
			want: []claimWant{{quote: "the law is unfair", typ: ClaimIndirect, cue: "believes", name: "Carla Diaz", kind: SpeakerPerson, mention: "Carla Diaz"}},
		},
		{
			name: "guillemets",
			text: "«We are ready to talk,» the minister said.",
			want: []claimWant{{quote: "«We are ready to talk,»", typ: ClaimDirect, cue: "said", name: "the minister", kind: SpeakerAnonymous, mention: "the minister"}},
		},
		{
			name: "low-high German quotes",
			text: "„We are ready to talk,“ Peter Braun said.",
			want: []claimWant{{quote: "„We are ready to talk,“", typ: ClaimDirect, cue: "said", name: "Peter Braun", kind: SpeakerPerson, mention: "Peter Braun"}},
		},
		{
			name: "nested quote",
			text: "“He told me ‘never again,’ and I believed him,” Rosa Lane said.",
			want: []claimWant{{quote: "“He told me ‘never again,’ and I believed him,”", typ: ClaimDirect, cue: "said", name: "Rosa Lane", kind: SpeakerPerson, mention: "Rosa Lane"}},
		},
		{
			name: "doubled apostrophes as quotes",
			text: "''We won the argument,'' Mr. Hale said.",
			want: []claimWant{{quote: "''We won the argument,''", typ: ClaimDirect, cue: "said", name: "Hale", kind: SpeakerPerson, mention: "Mr. Hale"}},
		},
		{
			name: "colon ending a paragraph introduces the next",
			text: "Nora Quist said:\n\n“The reform is overdue and we will pass it.”",
			want: []claimWant{{quote: "“The reform is overdue and we will pass it.”", typ: ClaimDirect, cue: "said", name: "Nora Quist", kind: SpeakerPerson, mention: "Nora Quist"}},
		},
		{
			name: "transcript label",
			text: "PENCE: Well, we are going to win this race.",
			want: []claimWant{{quote: "Well, we are going to win this race", typ: ClaimIndirect, cue: ":", name: "PENCE", kind: SpeakerPerson, mention: "PENCE"}},
		},
		{
			name: "dash attribution",
			text: "“We deserve better than this.” ― Lucia Torres",
			want: []claimWant{{quote: "“We deserve better than this.”", typ: ClaimDirect, cue: "―", name: "Lucia Torres", kind: SpeakerPerson, mention: "Lucia Torres"}},
		},
		{
			name: "passive with agent",
			text: "The leak was first reported by The Washington Post.",
			want: []claimWant{{quote: "The leak", typ: ClaimIndirect, cue: "was first reported", name: "Washington Post", kind: SpeakerOrganization, mention: "The Washington Post"}},
		},
		{
			name: "participle adds a second claim of the same speaker",
			text: "Omar Fitch said the deal was dead, adding that talks would resume in May.",
			want: []claimWant{
				{quote: "the deal was dead", typ: ClaimIndirect, cue: "said", name: "Omar Fitch", kind: SpeakerPerson, mention: "Omar Fitch"},
				{quote: "that talks would resume in May", typ: ClaimIndirect, cue: "adding", name: "Omar Fitch", kind: SpeakerPerson, mention: "Omar Fitch"},
			},
		},
		{
			name: "closing cue wins over cue words inside the content",
			text: "The plan, which critics oppose, will pass next week, the mayor said.",
			want: []claimWant{{quote: "The plan, which critics oppose, will pass next week", typ: ClaimIndirect, cue: "said", name: "the mayor", kind: SpeakerAnonymous, mention: "the mayor"}},
		},
		{
			name: "apposition between speaker and cue",
			text: "Dana Whit, a lawyer for the city, said the contract was void.",
			want: []claimWant{{quote: "the contract was void", typ: ClaimIndirect, cue: "said", name: "Dana Whit", kind: SpeakerPerson, mention: "Dana Whit"}},
		},
		{
			name: "relative pronoun names the speaker",
			text: "The bill angered farmers, who say it will ruin them.",
			want: []claimWant{{quote: "it will ruin them", typ: ClaimIndirect, cue: "say", name: "farmers", kind: SpeakerUnknown, mention: "farmers, who"}},
		},
		{
			name: "initialism inside a quotation does not split it",
			text: "Ann Lee smiled. “We drove all the way to D.C. I think it was worth it,” she said.",
			want: []claimWant{{quote: "“We drove all the way to D.C. I think it was worth it,”", typ: ClaimDirect, cue: "said", name: "Ann Lee", kind: SpeakerPerson, mention: "she"}},
		},
		{
			name: "that-clause after an unlisted verb",
			text: "The mayor groused that the budget was far too small.",
			want: []claimWant{{quote: "that the budget was far too small", typ: ClaimIndirect, cue: "groused", name: "The mayor", kind: SpeakerAnonymous, mention: "The mayor"}},
		},
		{
			name: "that-clause after a grammatical verb is no claim",
			text: "The new rules mean that most farmers will pay more for water.",
			want: nil,
		},
		{
			name: "a quoted clause in the object of an unlisted verb",
			text: "The campaign trumpeted its “path to victory in every state.”",
			want: []claimWant{{quote: "its “path to victory in every state.”", typ: ClaimMixed, cue: "trumpeted", name: "campaign", kind: SpeakerOrganization, mention: "The campaign"}},
		},
		{
			name: "a one-word scare quote in an object is no claim",
			text: "The senator courted the “establishment” vote.",
			want: nil,
		},
		{
			name: "asked: the question ends after a quotation closed by a comma",
			text: "Asked whether the new tax is “fair to working families,” 62 percent of voters said no.",
			want: []claimWant{{quote: "whether the new tax is “fair to working families,”", typ: ClaimMixed, cue: "Asked", kind: SpeakerUnknown}},
		},
		{
			name: "asked: the question ends at a spaced hyphen",
			text: "When asked how she would define the “base” - a word her rivals use often - Ortiz laughed.",
			want: []claimWant{{quote: "how she would define the “base”", typ: ClaimMixed, cue: "asked", kind: SpeakerUnknown}},
		},
		{
			name: "that as a determiner: the content is its noun phrase",
			text: "The council adopted that approach in its budget on Monday.",
			want: []claimWant{{quote: "that approach", typ: ClaimIndirect, cue: "adopted", name: "council", kind: SpeakerOrganization, mention: "The council"}},
		},
		{
			name: "that before an indefinite pronoun opens a clause",
			text: "Mayor Ana Ruiz noticed that none of the buses ran on time.",
			want: []claimWant{{quote: "that none of the buses ran on time", typ: ClaimIndirect, cue: "noticed", name: "Ana Ruiz", kind: SpeakerPerson, role: "Mayor", mention: "Mayor Ana Ruiz"}},
		},
		{
			name: "a result clause after so is no claim",
			text: "The old mill was so revered in the valley that the town rebuilt it twice.",
			want: nil,
		},
		{
			name: "a quoted epithet before a name in the object of an unlisted verb",
			text: "Then the governor turned to “sleepy” Joe Harlan.",
			want: []claimWant{{quote: "to “sleepy” Joe Harlan", typ: ClaimMixed, cue: "turned", name: "the governor", kind: SpeakerAnonymous, mention: "the governor"}},
		},
		{
			name: "asked: the request ends before the passive's agent",
			text: "The clerk kept the files, though she had been asked to destroy them by the county board.",
			want: []claimWant{{quote: "to destroy them", typ: ClaimIndirect, cue: "been asked", kind: SpeakerUnknown}},
		},
		{
			name: "no attribution",
			text: "The river rose two metres overnight. Schools were closed.",
			want: nil,
		},
		{
			// PolNeAR annotates a refusal to answer as a response
			// whose content is the request (claims_phrasal2_test.go).
			name: "no comment is a response to the request",
			text: "A spokesperson for the agency did not respond to a request for comment.",
			want: []claimWant{{quote: "a request for comment", typ: ClaimIndirect, cue: "did not respond to", name: "a spokesperson for the agency", kind: SpeakerAnonymous, mention: "A spokesperson for the agency"}},
		},
		{
			name: "quotation, cue with a prepositional tail",
			text: "“Sometimes diplomats need a break!” Clara Ortiz said to reporters.",
			want: []claimWant{{quote: "“Sometimes diplomats need a break!”", typ: ClaimDirect, cue: "said", name: "Clara Ortiz", kind: SpeakerPerson, mention: "Clara Ortiz"}},
		},
		{
			name: "quotation, said that night is no that-clause",
			text: "“I was proud of the team,” he said in his speech that night.",
			want: []claimWant{{quote: "“I was proud of the team,”", typ: ClaimDirect, cue: "said in his speech", name: "he", kind: SpeakerPerson, mention: "he"}},
		},
		{
			name: "quotation, verb outside the lexicon",
			text: "“Go back to your seat,” Paul Grant barked at the reporter.",
			want: []claimWant{{quote: "“Go back to your seat,”", typ: ClaimDirect, cue: "barked", name: "Paul Grant", kind: SpeakerPerson, mention: "Paul Grant"}},
		},
		{
			name: "lone quotation continues the previous speaker",
			text: "Jane Hill said the city would act quickly.\n\n“We will rebuild every bridge in this city before winter comes.”",
			want: []claimWant{
				{quote: "the city would act quickly", typ: ClaimIndirect, cue: "said", name: "Jane Hill", kind: SpeakerPerson, mention: "Jane Hill"},
				{quote: "“We will rebuild every bridge in this city before winter comes.”", typ: ClaimDirect, name: "Jane Hill", kind: SpeakerPerson, mention: "Jane Hill"},
			},
		},
		{
			name: "that-clause after a verb outside the lexicon",
			text: "Dr. Lena Cho determined that the bridge had been unsafe for years.",
			want: []claimWant{{quote: "that the bridge had been unsafe for years", typ: ClaimIndirect, cue: "determined", name: "Lena Cho", kind: SpeakerPerson, mention: "Dr. Lena Cho"}},
		},
		{
			name: "parenthetical source takes both halves",
			text: "The plan, Helen Park argued, is largely a fantasy.",
			want: []claimWant{{quote: "The plan, Helen Park argued, is largely a fantasy", segs: []string{"The plan", "is largely a fantasy"}, typ: ClaimIndirect, cue: "argued", name: "Helen Park", kind: SpeakerPerson, mention: "Helen Park"}},
		},
		{
			name: "whole quotation ends the content",
			text: "She repeatedly said, “Don't you do it,” until the police arrived.",
			want: []claimWant{{quote: "“Don't you do it,”", typ: ClaimDirect, cue: "repeatedly said", name: "She", kind: SpeakerPerson, mention: "She"}},
		},
		{
			name: "participle after a name introduces a quotation",
			text: "The video ends with Nora Field asking, “Why aren't we further ahead?”",
			want: []claimWant{{quote: "“Why aren't we further ahead?”", typ: ClaimDirect, cue: "asking", name: "Nora Field", kind: SpeakerPerson, mention: "Nora Field"}},
		},
		{
			name: "shared subject of a coordinated cue",
			text: "I laughed and said, “I don't believe in ghosts.”",
			want: []claimWant{{quote: "“I don't believe in ghosts.”", typ: ClaimDirect, cue: "said", name: "I", kind: SpeakerPerson, mention: "I"}},
		},
		{
			name: "colon quotation with a non-person subject",
			text: "The report used one of the witness's words as its headline: “Finally, someone listened.”",
			want: []claimWant{{quote: "“Finally, someone listened.”", typ: ClaimDirect, cue: "used one of the witness's words as its headline:", name: "The report", kind: SpeakerUnknown, mention: "The report"}},
		},
		{
			name: "the question of when asked about has no named source",
			text: "“It is possible for anybody to change,” Ben Cole said when asked about the senator’s temper.",
			want: []claimWant{
				{quote: "“It is possible for anybody to change,”", typ: ClaimDirect, cue: "said", name: "Ben Cole", kind: SpeakerPerson, mention: "Ben Cole"},
				{quote: "the senator’s temper", typ: ClaimIndirect, cue: "asked about", kind: SpeakerUnknown},
			},
		},
		{
			name: "a finding in a poll",
			text: "Mara Quinn held a 24-point lead among young voters in a national poll.",
			want: []claimWant{{quote: "Mara Quinn held a 24-point lead among young voters", typ: ClaimIndirect, cue: "in", name: "a national poll", kind: SpeakerUnknown, mention: "a national poll"}},
		},
		{
			name: "parenthetical adverbial between source and cue",
			text: "Kelly Ayotte’s campaign, for example, said she would support the nominee.",
			want: []claimWant{{quote: "she would support the nominee", typ: ClaimIndirect, cue: "said", name: "Kelly Ayotte’s campaign", kind: SpeakerOrganization, mention: "Kelly Ayotte’s campaign"}},
		},
		{
			name: "that-clause after an unlisted verb and a prepositional phrase",
			text: "On Monday, Trump intimated to a crowd in Georgia that the network never treats him properly.",
			want: []claimWant{{quote: "that the network never treats him properly", typ: ClaimIndirect, cue: "intimated", name: "Trump", kind: SpeakerPerson, mention: "Trump"}},
		},
		{
			name: "whole quotation after an object phrase",
			text: "Omar Reyes wrote to his followers, “It is time to go home,” and shared a link.",
			want: []claimWant{{quote: "“It is time to go home,”", typ: ClaimDirect, cue: "wrote", name: "Omar Reyes", kind: SpeakerPerson, mention: "Omar Reyes"}},
		},
		{
			name: "quotation nested in marks of the same kind",
			text: "“I would rather live in what he calls “hell” than vote for him,” Rosa Vega said.",
			// claimType (claims_build.go) counts the nested marks: mixed.
			want: []claimWant{{quote: "“I would rather live in what he calls “hell” than vote for him,”", typ: ClaimMixed, cue: "said", name: "Rosa Vega", kind: SpeakerPerson, mention: "Rosa Vega"}},
		},
		{
			name: "straight block-quote marks around curly quotations",
			text: "\"Ann Lee walked onto the stage.\n\n“Here he is,” Kim Diaz said. “He is here.”\n\n\"Ann Lee took the microphone, chanting “U-S-A!”",
			want: []claimWant{{quote: "“Here he is,” Kim Diaz said. “He is here.”", segs: []string{"“Here he is,”", "“He is here.”"},
				typ: ClaimDirect, cue: "said", name: "Kim Diaz", kind: SpeakerPerson, mention: "Kim Diaz"}},
		},
		{
			name: "an ellipsis inside a quotation does not end it",
			text: "\"If you check the transcripts,\" Bo Scott said, \"I could have written those things last week. ... You really have a choice.\"",
			want: []claimWant{{quote: "\"If you check the transcripts,\" Bo Scott said, \"I could have written those things last week. ... You really have a choice.\"",
				segs: []string{"\"If you check the transcripts,\"", "\"I could have written those things last week. ... You really have a choice.\""},
				typ:  ClaimDirect, cue: "said", name: "Bo Scott", kind: SpeakerPerson, mention: "Bo Scott"}},
		},
		{
			name: "combining marks and mojibake inside a name",
			text: "“Europe must defend itself,” President Jose\u0301 Fran\u00c3\u0083\u00c2\u00a7ois Marti said Friday.",
			want: []claimWant{{quote: "“Europe must defend itself,”", typ: ClaimDirect, cue: "said", name: "Jose\u0301 Fran\u00c3\u0083\u00c2\u00a7ois Marti", kind: SpeakerPerson,
				role: "President", mention: "President Jose\u0301 Fran\u00c3\u0083\u00c2\u00a7ois Marti"}},
		},
		{
			name: "whole quotation after an unlisted verb",
			text: "Ann Lee chanted “USA! USA!”",
			want: []claimWant{{quote: "“USA! USA!”", typ: ClaimDirect, cue: "chanted", name: "Ann Lee", kind: SpeakerPerson, mention: "Ann Lee"}},
		},
		{
			name: "whole quotation after an unlisted verb, then a conjunction",
			text: "Then Tom Reed yelled “Stay there!” and walked out.",
			want: []claimWant{{quote: "“Stay there!”", typ: ClaimDirect, cue: "yelled", name: "Tom Reed", kind: SpeakerPerson, mention: "Tom Reed"}},
		},
		{
			name: "whole quotation after a verb phrase and a comma",
			text: "He then adopted a fake Southern accent and joked, “But I will make it easier for them.”",
			want: []claimWant{{quote: "“But I will make it easier for them.”", typ: ClaimDirect, cue: "joked", name: "He", kind: SpeakerPerson, mention: "He"}},
		},
		{
			name: "colon quotation after an introductory participle",
			text: "Worried about young voters, President Obama is rolling out a new campaign message: “It is about me.”",
			want: []claimWant{{quote: "“It is about me.”", typ: ClaimDirect, cue: "is rolling out a new campaign message:", name: "Obama", kind: SpeakerPerson, role: "President", mention: "President Obama"}},
		},
		{
			name: "a quoted term after a noun is no claim",
			text: "This past spring his escapades were featured in the documentary “Weiner.”",
		},
		{
			name: "verb after a name tagged as a plural noun",
			text: "“Promise you will keep your hands in sight,” Blige sings to Clinton.",
			want: []claimWant{{quote: "“Promise you will keep your hands in sight,”", typ: ClaimDirect, cue: "sings", name: "Blige", kind: SpeakerPerson, mention: "Blige"}},
		},
		{
			name: "a new clause after the attribution is not the quotation's",
			text: "“You winning?” she said, but Kevin was drifting off again, and Trump went on about “how the system is rigged.”",
			want: []claimWant{
				{quote: "“You winning?”", typ: ClaimDirect, cue: "said", name: "she", kind: SpeakerPerson, mention: "she"},
				{quote: "“how the system is rigged.”", typ: ClaimDirect, cue: "went on about", name: "Trump", kind: SpeakerPerson, mention: "Trump"},
			},
		},
		{
			name: "second half of a quotation after an apposition",
			text: "\"This used to be Russia's back yard,\" said Rafael Pant, director of studies at the institute in London, \"but it is increasingly coming into China's thrall.\"",
			want: []claimWant{{quote: "\"This used to be Russia's back yard,\" said Rafael Pant, director of studies at the institute in London, \"but it is increasingly coming into China's thrall.\"",
				segs: []string{"\"This used to be Russia's back yard,\"", "\"but it is increasingly coming into China's thrall.\""},
				typ:  ClaimDirect, cue: "said", name: "Rafael Pant", kind: SpeakerPerson, mention: "Rafael Pant"}},
		},
		{
			name: "a sentence in parentheses",
			text: "The court heard the case. (He has denied that he was working on a book.)",
			want: []claimWant{{quote: "that he was working on a book", typ: ClaimIndirect, cue: "has denied", name: "He", kind: SpeakerPerson, mention: "He"}},
		},
		{
			name: "a parenthesis opens a sentence",
			text: "The crowd booed. (“I don't want to have fisticuffs,” said one party activist.)",
			want: []claimWant{{quote: "“I don't want to have fisticuffs,”", typ: ClaimDirect, cue: "said", name: "one party activist", kind: SpeakerAnonymous, mention: "one party activist"}},
		},
		{
			name: "a colon paragraph without a cue word before a quoted paragraph",
			text: "When the senator died, Governor Ann Lee issued the following statement:\n\n“Our prayers are with his family. He served with honor.”",
			want: []claimWant{{quote: "“Our prayers are with his family. He served with honor.”", typ: ClaimDirect, cue: "issued the following statement:", name: "Ann Lee", kind: SpeakerPerson, role: "Governor", mention: "Governor Ann Lee"}},
		},
		{
			name: "a quoted paragraph and a dash line naming its source",
			text: "The debate was lively.\n\n\"Almost all new income is going to the top 1 percent.\"\n\n- Bernie Sanders.",
			want: []claimWant{{quote: "\"Almost all new income is going to the top 1 percent.\"", typ: ClaimDirect, cue: "-", name: "Bernie Sanders", kind: SpeakerPerson, mention: "Bernie Sanders"}},
		},
		{
			name: "a conjunction before the continuing quotation",
			text: "“It is not do or die,” he said outside the building. But “the candidacy is strengthened. It helps.”",
			want: []claimWant{{quote: "“It is not do or die,” he said outside the building. But “the candidacy is strengthened. It helps.”",
				segs: []string{"“It is not do or die,”", "“the candidacy is strengthened. It helps.”"}, typ: ClaimDirect, cue: "said", name: "he", kind: SpeakerPerson, mention: "he"}},
		},
		{
			name: "a continuing quotation before a dash clause",
			text: "“The key group is women,” said Jo Hart. “Sanders has to do the two-step” - raising his name recognition among older voters in the state.",
			want: []claimWant{{quote: "“The key group is women,” said Jo Hart. “Sanders has to do the two-step”",
				segs: []string{"“The key group is women,”", "“Sanders has to do the two-step”"}, typ: ClaimDirect, cue: "said", name: "Jo Hart", kind: SpeakerPerson, mention: "Jo Hart"}},
		},
		{
			name: "a second quotation with its own attribution after but",
			text: "\"His mood is grumpy,\" she said, but despite the tone, \"I think he will do it,\" said Kim Lee.",
			want: []claimWant{
				{quote: "\"His mood is grumpy,\"", typ: ClaimDirect, cue: "said", name: "she", kind: SpeakerPerson, mention: "she"},
				{quote: "but despite the tone, \"I think he will do it,\"", typ: ClaimMixed, cue: "said", name: "Kim Lee", kind: SpeakerPerson, mention: "Kim Lee"},
			},
		},
		{
			name: "quoted words in the object of an unlisted verb",
			text: "In recent weeks, Harry Reid has been steadily pounding Trump as a “con artist.”",
			want: []claimWant{{quote: "Trump as a “con artist.”", typ: ClaimMixed, cue: "has been steadily pounding", name: "Harry Reid", kind: SpeakerPerson, mention: "Harry Reid"}},
		},
		{
			name: "a quoted title in an object is no claim",
			text: "Ted Cruz is holding a party at the “Red Neck Country Club” outside his hometown.",
		},
		{
			name: "a question attributed by a long sentence after it",
			text: "“Who do they think they are?” Trump said of Apple in February, when the company balked at unlocking a phone used by one of the two people in a mass shooting.",
			want: []claimWant{
				{quote: "“Who do they think they are?”", typ: ClaimDirect, cue: "said of", name: "Trump", kind: SpeakerPerson, mention: "Trump"},
				{quote: "unlocking a phone used by one of the two people in a mass shooting", typ: ClaimIndirect, cue: "balked at", name: "company", kind: SpeakerOrganization, mention: "the company"},
			},
		},
		{
			name: "an opening mark typed for a closing one",
			text: "“It's unusual,“ said Larry Noble. “It's a hard thing to do.”",
			want: []claimWant{{quote: "“It's unusual,“ said Larry Noble. “It's a hard thing to do.”", segs: []string{"“It's unusual,“", "“It's a hard thing to do.”"},
				typ: ClaimDirect, cue: "said", name: "Larry Noble", kind: SpeakerPerson, mention: "Larry Noble"}},
		},
		{
			name: "a missing space after a sentence",
			text: "“The Chinese have complete control,” Trump said.Trump claimed that he learned this from business people.",
			want: []claimWant{
				{quote: "“The Chinese have complete control,”", typ: ClaimDirect, cue: "said", name: "Trump", kind: SpeakerPerson, mention: "Trump"},
				{quote: "that he learned this from business people", typ: ClaimIndirect, cue: "claimed", name: "Trump", kind: SpeakerPerson, mention: "Trump"},
			},
		},
		{
			name: "a closing mark typed for an opening one, after a direction mark",
			text: "\u202a”This is why it has to be destroyed. They are evil,” said John Krystek.",
			want: []claimWant{{quote: "”This is why it has to be destroyed. They are evil,”", typ: ClaimDirect, cue: "said", name: "John Krystek", kind: SpeakerPerson, mention: "John Krystek"}},
		},
		{
			name: "a quotation before a plural subject and an unlisted present-tense verb",
			text: "“We want change now,” the protesters chant.",
			want: []claimWant{{quote: "“We want change now,”", typ: ClaimDirect, cue: "chant", name: "the protesters", kind: SpeakerUnknown, mention: "the protesters"}},
		},
		{
			name: "a quotation left after the claims of its sentence",
			text: "Asked which county was his favorite, he demurred: “Whichever one I’m in at the moment.”",
			want: []claimWant{
				{quote: "which county was his favorite", typ: ClaimIndirect, cue: "Asked", name: "he", kind: SpeakerPerson, mention: "he"},
				{quote: "“Whichever one I’m in at the moment.”", typ: ClaimDirect, cue: "demurred:", name: "he", kind: SpeakerPerson, mention: "he"},
			},
		},
		{
			name: "a participle of saying before a second quotation",
			text: "“He doesn't have a chance,” Lindsey Graham said on “Morning Joe,” adding, “His problem is he is an insider in an outsider year.”",
			want: []claimWant{
				{quote: "“He doesn't have a chance,”", typ: ClaimDirect, cue: "said", name: "Lindsey Graham", kind: SpeakerPerson, mention: "Lindsey Graham"},
				{quote: "“His problem is he is an insider in an outsider year.”", typ: ClaimDirect, cue: "adding", name: "Lindsey Graham", kind: SpeakerPerson, mention: "Lindsey Graham"},
			},
		},
		{
			name: "a subordinate clause before a trailing attribution",
			text: "If states fail to protect students, the Justice Department can step in, Anna Wilcox said.",
			want: []claimWant{{quote: "If states fail to protect students, the Justice Department can step in", typ: ClaimIndirect, cue: "said", name: "Anna Wilcox", kind: SpeakerPerson, mention: "Anna Wilcox"}},
		},
		{
			name: "an adverbial before an inverted trailing attribution",
			text: "In all, the justices are doing what they can to find common ground, said Professor Lee Epstein.",
			want: []claimWant{{quote: "In all, the justices are doing what they can to find common ground", typ: ClaimIndirect, cue: "said", name: "Lee Epstein", kind: SpeakerPerson, role: "Professor", mention: "Professor Lee Epstein"}},
		},
		{
			name: "a subordinate clause, the attribution, and a second half",
			text: "When she finally noticed him, her eyes widened with surprise, Tom Rogan said, and she gripped his hands tensely.",
			want: []claimWant{{quote: "When she finally noticed him, her eyes widened with surprise, Tom Rogan said, and she gripped his hands tensely",
				segs: []string{"When she finally noticed him, her eyes widened with surprise", "and she gripped his hands tensely"},
				typ:  ClaimIndirect, cue: "said", name: "Tom Rogan", kind: SpeakerPerson, mention: "Tom Rogan"}},
		},
		{
			name: "as X put it before a quotation",
			text: "His degrees have not kept him from being seen, as The New Yorker put it in a lengthy expose, “the operator.”",
			want: []claimWant{{quote: "“the operator.”", typ: ClaimDirect, cue: "put it", name: "New Yorker", kind: SpeakerOrganization, mention: "The New Yorker"}},
		},
		{
			name: "a trailing attribution with a plural subject and a base-form verb",
			text: "While parties boast of turnout, there is no link between turnout and who wins in November, political scientists say.",
			want: []claimWant{{quote: "While parties boast of turnout, there is no link between turnout and who wins in November", typ: ClaimIndirect, cue: "say", name: "political scientists", kind: SpeakerUnknown, mention: "political scientists"}},
		},
		{
			name: "a colon paragraph before a quotation with its own attribution",
			text: "The woman's enthusiasm for Trump is recorded in detail:\n\n“Here he comes,” she said, clapping.",
			want: []claimWant{{quote: "“Here he comes,”", typ: ClaimDirect, cue: "said", name: "she", kind: SpeakerPerson, mention: "she"}},
		},
		{
			name: "a subject with a participle modifier before an unlisted verb",
			text: "Protesters marching through the streets chanted \"What curfew?\" and kept going until 2 a.m.",
			want: []claimWant{{quote: "\"What curfew?\"", typ: ClaimDirect, cue: "chanted", name: "Protesters marching through the streets", kind: SpeakerUnknown, mention: "Protesters marching through the streets"}},
		},
		{
			name: "a label and a colon before a quotation attributed after it",
			text: "His final assessment: “It’s not quite optimistic,” Rahm Emanuel said.",
			want: []claimWant{{quote: "“It’s not quite optimistic,”", typ: ClaimDirect, cue: "said", name: "Rahm Emanuel", kind: SpeakerPerson, mention: "Rahm Emanuel"}},
		},
		{
			name: "a clause and a dash before a quotation attributed after it",
			text: "Joe Biden suggested Trump admired brutal leaders - “He would have loved Stalin,” Biden said twice - and reminded the crowd of the stakes.",
			// The lead is not a claim of its own yet; the verb after the
			// dash shares the subject of the clause (claims_coord.go).
			want: []claimWant{
				{quote: "“He would have loved Stalin,”", typ: ClaimDirect, cue: "said", name: "Joe Biden", kind: SpeakerPerson, mention: "Biden"},
				{quote: "the crowd of the stakes", typ: ClaimIndirect, cue: "reminded", name: "Joe Biden", kind: SpeakerPerson, mention: "Joe Biden"},
			},
		},
		{
			name: "an inverted unlisted verb before a common-noun source",
			text: "“There are invertebrates with more spine than the senator,” reads a Wednesday editorial in the Register.",
			want: []claimWant{{quote: "“There are invertebrates with more spine than the senator,”", typ: ClaimDirect, cue: "reads", name: "a Wednesday editorial", kind: SpeakerUnknown, mention: "a Wednesday editorial"}},
		},
		{
			name: "adding and a second quotation after a forward quotation",
			text: "On Sunday, Mara Lind stated, “The plan would have failed,” adding, “We saw that coming a year ago.”",
			want: []claimWant{
				{quote: "“The plan would have failed,”", typ: ClaimDirect, cue: "stated", name: "Mara Lind", kind: SpeakerPerson, mention: "Mara Lind"},
				{quote: "“We saw that coming a year ago.”", typ: ClaimDirect, cue: "adding", name: "Mara Lind", kind: SpeakerPerson, mention: "Mara Lind"},
			},
		},
		{
			name: "a participle clause with quoted words after a claim",
			text: "Tom Reed has delivered an impassioned defense of “rural values,” saying the region embodied the “heart of the nation.”",
			want: []claimWant{
				{quote: "“rural values,”", typ: ClaimDirect, cue: "has delivered an impassioned defense of", name: "Tom Reed", kind: SpeakerPerson, mention: "Tom Reed"},
				{quote: "the region embodied the “heart of the nation.”", typ: ClaimMixed, cue: "saying", name: "Tom Reed", kind: SpeakerPerson, mention: "Tom Reed"},
			},
		},
		{
			name: "a quoted show title in the lead before a forward cue",
			text: "Sunday on Radio Nine’s “Morning Report,” Senator Ina Holt said the new budget was “dead on arrival.”",
			want: []claimWant{{quote: "the new budget was “dead on arrival.”", typ: ClaimMixed, cue: "said", name: "Ina Holt", kind: SpeakerPerson, role: "Senator", mention: "Senator Ina Holt"}},
		},
		{
			name: "a past tense read as a noun after a quotation with a nested one",
			text: "“City leaders honored the developer for what they called ‘the turnaround of the year,'” the article read.",
			want: []claimWant{{quote: "“City leaders honored the developer for what they called ‘the turnaround of the year,'”", typ: ClaimDirect, cue: "read", name: "the article", kind: SpeakerUnknown, mention: "the article"}},
		},
		{
			name: "a closing mark before an ellipsis opening the paragraph",
			text: "” … what we learned from these families is that the words matter,” he said.",
			want: []claimWant{{quote: "” … what we learned from these families is that the words matter,”", typ: ClaimDirect, cue: "said", name: "he", kind: SpeakerPerson, mention: "he"}},
		},
		{
			name: "a cue with a short object before a quotation",
			text: "The developer says of the mayor, “If he gets the chance, he will sell the city hall.”",
			want: []claimWant{{quote: "“If he gets the chance, he will sell the city hall.”", typ: ClaimDirect, cue: "says of", name: "The developer", kind: SpeakerUnknown, mention: "The developer"}},
		},
		{
			name: "a sentence opened by its cue and source",
			text: "Said Harmon, “The thought that we missed it is very painful to us.”",
			want: []claimWant{{quote: "“The thought that we missed it is very painful to us.”", typ: ClaimDirect, cue: "Said", name: "Harmon", kind: SpeakerPerson, mention: "Harmon"}},
		},
		{
			name: "a transcript line with a long name, a party and a glued colon",
			text: "Rep. Jane Roe (R-Ohio):\"I have not heard anyone cite that figure. Who told you that?\"",
			want: []claimWant{{quote: "\"I have not heard anyone cite that figure. Who told you that?\"", typ: ClaimDirect, cue: ":", name: "Jane Roe", kind: SpeakerPerson, role: "Rep.", mention: "Rep. Jane Roe"}},
		},
		{
			name: "a second quotation after a participle with a preposition and its object",
			text: "“Hold the line tonight,” Mara Lind sings to the crowd before asking them, “Where do we go from here?”",
			want: []claimWant{
				{quote: "“Hold the line tonight,”", typ: ClaimDirect, cue: "sings", name: "Mara Lind", kind: SpeakerPerson, mention: "Mara Lind"},
				{quote: "“Where do we go from here?”", typ: ClaimDirect, cue: "asking", name: "Mara Lind", kind: SpeakerPerson, mention: "Mara Lind"},
			},
		},
		{
			name: "a quotation continued by unquoted words before a trailing attribution",
			text: "“You pushed the staff past every limit” to lift the share price, Mara Lind said.",
			want: []claimWant{{quote: "“You pushed the staff past every limit” to lift the share price", typ: ClaimMixed, cue: "said", name: "Mara Lind", kind: SpeakerPerson, mention: "Mara Lind"}},
		},
		{
			name: "a question quotation with an unlisted verb and a name after it",
			text: "“Would it be negotiable for the rest?” Jensen pressed. “Maybe a few could stay?”",
			want: []claimWant{{quote: "“Would it be negotiable for the rest?” Jensen pressed. “Maybe a few could stay?”", segs: []string{"“Would it be negotiable for the rest?”", "“Maybe a few could stay?”"},
				typ: ClaimDirect, cue: "pressed", name: "Jensen", kind: SpeakerPerson, mention: "Jensen"}},
		},
		{
			name: "a verb with a particle the tagger reads as a noun before a quotation",
			text: "Okafor shot back, “I could have stayed home, but I chose to run for office.”",
			want: []claimWant{{quote: "“I could have stayed home, but I chose to run for office.”", typ: ClaimDirect, cue: "shot back", name: "Okafor", kind: SpeakerPerson, mention: "Okafor"}},
		},
		{
			name: "a quotation after an adding clause continues what was added",
			text: "“The plan is sound,” Mara Lind said, adding that the vote would come next week. “We have the numbers.”",
			want: []claimWant{
				{quote: "“The plan is sound,”", typ: ClaimDirect, cue: "said", name: "Mara Lind", kind: SpeakerPerson, mention: "Mara Lind"},
				{quote: "that the vote would come next week. “We have the numbers.”", segs: []string{"that the vote would come next week", "“We have the numbers.”"},
					typ: ClaimMixed, cue: "adding", name: "Mara Lind", kind: SpeakerPerson, mention: "Mara Lind"},
			},
		},
		{
			name: "a quotation after a referring clause stays with the first quotation",
			text: "“They never call back,” Mara Lind said, referring to the county office. “We wrote to them twice.”",
			want: []claimWant{
				{quote: "“They never call back,” Mara Lind said, referring to the county office. “We wrote to them twice.”", segs: []string{"“They never call back,”", "“We wrote to them twice.”"},
					typ: ClaimDirect, cue: "said", name: "Mara Lind", kind: SpeakerPerson, mention: "Mara Lind"},
				{quote: "the county office", typ: ClaimIndirect, cue: "referring to", name: "Mara Lind", kind: SpeakerPerson, mention: "Mara Lind"},
			},
		},
		{
			name: "a colon closing the cue's paragraph introduces the whole next paragraph",
			text: "The mayor added:\n\nIt is typical of the council. They know nothing, but the talk never stops. And the fact is that they have no plan.\n\nVoting starts Monday.",
			want: []claimWant{{quote: "It is typical of the council. They know nothing, but the talk never stops. And the fact is that they have no plan",
				typ: ClaimIndirect, cue: "added", name: "The mayor", kind: SpeakerAnonymous, mention: "The mayor"}},
		},
		{
			name: "unquoted sentences after a colon run on until a quotation",
			text: "Ortiz wrote: The bridge is closed. Traffic is heavy. “It will take months,” an engineer said.",
			want: []claimWant{
				{quote: "The bridge is closed. Traffic is heavy", typ: ClaimIndirect, cue: "wrote", name: "Ortiz", kind: SpeakerPerson, mention: "Ortiz"},
				{quote: "“It will take months,”", typ: ClaimDirect, cue: "said", name: "an engineer", kind: SpeakerUnknown, mention: "an engineer"},
			},
		},
		{
			name: "a transcript quoted paragraph by paragraph: a turn runs on until the next label",
			text: "\"HOST: Do you see those two as the same thing?\n\n\"MORALES: Well, look, he has been saying some tough things. He knows little about farming.\n\n\"But the truth is that our plan works. I think the numbers show it.\n\n\"HOST: Senator, I want to get to one more question.",
			want: []claimWant{
				{quote: "Do you see those two as the same thing", typ: ClaimIndirect, cue: ":", name: "HOST", kind: SpeakerAnonymous, mention: "HOST"},
				{quote: "Well, look, he has been saying some tough things. He knows little about farming.\n\n\"But the truth is that our plan works. I think the numbers show it.",
					typ: ClaimIndirect, cue: ":", name: "MORALES", kind: SpeakerPerson, mention: "MORALES"},
				{quote: "Senator, I want to get to one more question", typ: ClaimIndirect, cue: ":", name: "HOST", kind: SpeakerAnonymous, mention: "HOST"},
			},
		},
		{
			name: "a quotation after a short lead continues a quotation-led claim",
			text: "“We were not pleased at first,” said Ana Ruiz, head of the trade council. Now, “most of our members support the tax.”",
			want: []claimWant{{quote: "“We were not pleased at first,” said Ana Ruiz, head of the trade council. Now, “most of our members support the tax.”",
				segs: []string{"“We were not pleased at first,”", "Now, “most of our members support the tax.”"},
				typ:  ClaimMixed, cue: "said", name: "Ana Ruiz", kind: SpeakerPerson, mention: "Ana Ruiz"}},
		},
		{
			name: "an open quotation does not run on into a paragraph whose quotation has its own attribution",
			text: "“The plan is sound,” Lind said. “We have the numbers. We will win.\n\n“Nobody here believes that,” added Tom Reed, the party chair. “They lost last time.”",
			want: []claimWant{
				{quote: "“The plan is sound,” Lind said. “We have the numbers. We will win", segs: []string{"“The plan is sound,”", "“We have the numbers. We will win"},
					typ: ClaimMixed, cue: "said", name: "Lind", kind: SpeakerPerson, mention: "Lind"},
				{quote: "“Nobody here believes that,” added Tom Reed, the party chair. “They lost last time.”", segs: []string{"“Nobody here believes that,”", "“They lost last time.”"},
					typ: ClaimDirect, cue: "added", name: "Tom Reed", kind: SpeakerPerson, mention: "Tom Reed"},
			},
		},
		{
			name: "going on to with an unlisted verb after a quotation, and the quotation after it",
			text: "“We have to look at the issues,” Lind said, going on to contrast her plan with his. “I would simply say: read them.”",
			want: []claimWant{
				{quote: "“We have to look at the issues,”", typ: ClaimDirect, cue: "said", name: "Lind", kind: SpeakerPerson, mention: "Lind"},
				{quote: "her plan with his. “I would simply say: read them.”", segs: []string{"her plan with his", "“I would simply say: read them.”"},
					typ: ClaimMixed, cue: "going on to contrast", name: "Lind", kind: SpeakerPerson, mention: "Lind"},
			},
		},
		{
			name: "went on to with an unlisted verb, but not with a verb of doing",
			text: "The governor went on to name the towns that had lost their mills. She later went on to win the race.",
			want: []claimWant{{quote: "the towns that had lost their mills", typ: ClaimIndirect, cue: "went on to name", name: "The governor", kind: SpeakerAnonymous, mention: "The governor"}},
		},
		{
			name: "a quotation split after an initialism is taken to its close",
			text: "At the meeting, Ruiz said: “Statehood is a hard question for D.C. I have no position on it yet.” The board did not reply.",
			want: []claimWant{{quote: "“Statehood is a hard question for D.C. I have no position on it yet.”", typ: ClaimDirect, cue: "said", name: "Ruiz", kind: SpeakerPerson, mention: "Ruiz"}},
		},
		{
			name: "a trailing attribution after a quotation led by a clause with its own speech cue",
			text: "Lind said the vote would be close but added, “We will get this done before winter,” the paper reported.",
			want: []claimWant{
				{quote: "the vote would be close", typ: ClaimIndirect, cue: "said", name: "Lind", kind: SpeakerPerson, mention: "Lind"},
				{quote: "“We will get this done before winter,”", typ: ClaimDirect, cue: "added", name: "Lind", kind: SpeakerPerson, mention: "Lind"},
			},
		},
		{
			name: "a poll's finding after a subordinate clause",
			text: "While Ortiz leads in the north, she trails Lind by 9 points in the latest Courier poll.",
			want: []claimWant{{quote: "she trails Lind by 9 points", typ: ClaimIndirect, cue: "in", name: "the latest Courier poll", kind: SpeakerUnknown, mention: "the latest Courier poll"}},
		},
		{
			name: "a poll's finding after a participle phrase about the poll",
			text: "In the latest Courier poll, conducted in May, Ortiz led Lind by 9 points.",
			want: []claimWant{{quote: "Ortiz led Lind by 9 points", typ: ClaimIndirect, cue: "In", name: "the latest Courier poll", kind: SpeakerUnknown, mention: "the latest Courier poll"}},
		},
		{
			name: "no finding when the subject was only counted in the poll",
			text: "Fifteen percent of voters in the poll were undecided.",
			want: []claimWant{},
		},
		{
			name: "a paragraph ending in a colon before a heading or a list introduces no content",
			text: "The mayor wrote:\n\nGOOD NEWS FOR DRIVERS.\n\nHere is what will be talked about today:\n\n1. VOTERS HEAD TO THE POLLS.\n\nThe polls open at seven.",
			want: []claimWant{},
		},
		{
			name: "a paragraph ending in a colon before a plain paragraph introduces it",
			text: "The mayor wrote:\n\nThe bridge is safe and the tolls will stay as they are.",
			want: []claimWant{{quote: "The bridge is safe and the tolls will stay as they are", typ: ClaimIndirect, cue: "wrote", name: "The mayor", kind: SpeakerAnonymous, mention: "The mayor"}},
		},
		{
			name: "a lone quotation ending in a nested question runs on into the next quoted paragraph",
			text: "“We kept quiet for a long time,” Ana Ruiz said.\n\n“Then the children came to me and they would ask, 'Will we have to leave this town?'\n\n“We go to school and the other kids tell us: 'You will be sent away.'”",
			want: []claimWant{
				{quote: "“We kept quiet for a long time,”", typ: ClaimDirect, cue: "said", name: "Ana Ruiz", kind: SpeakerPerson, mention: "Ana Ruiz"},
				{quote: "“Then the children came to me and they would ask, 'Will we have to leave this town?'\n\n“We go to school and the other kids tell us: 'You will be sent away.'”",
					typ: ClaimDirect, name: "Ana Ruiz", kind: SpeakerPerson, mention: "Ana Ruiz"},
			},
		},
		{
			name: "an addition after a trailing attribution is a claim of its own",
			text: "The two leaders will meet next week, Ana Ruiz said, adding, “They need to sit down and talk.”",
			want: []claimWant{
				{quote: "The two leaders will meet next week", typ: ClaimIndirect, cue: "said", name: "Ana Ruiz", kind: SpeakerPerson, mention: "Ana Ruiz"},
				{quote: "“They need to sit down and talk.”", typ: ClaimDirect, cue: "adding", name: "Ana Ruiz", kind: SpeakerPerson, mention: "Ana Ruiz"},
			},
		},
		{
			name: "a transcript turn takes the unlabelled paragraph before the next label",
			text: "HOST: You say you back the plan, but many people who heard that message are still not sure about it.\n\nSpecifically, I have heard from farmers and teachers who worry about what it means for them. How will you reach them?\n\nMORALES: I will go and talk to every one of them, town by town, all through the spring.",
			want: []claimWant{
				{quote: "You say you back the plan, but many people who heard that message are still not sure about it.\n\nSpecifically, I have heard from farmers and teachers who worry about what it means for them. How will you reach them",
					segs: []string{"You say you back the plan, but many people who heard that message are still not sure about it", "Specifically, I have heard from farmers and teachers who worry about what it means for them. How will you reach them"},
					typ:  ClaimIndirect, cue: ":", name: "HOST", kind: SpeakerAnonymous, mention: "HOST"},
				{quote: "I will go and talk to every one of them, town by town, all through the spring", typ: ClaimIndirect, cue: ":", name: "MORALES", kind: SpeakerPerson, mention: "MORALES"},
			},
		},
		{
			name: "a short label line heads a section, not a transcript turn",
			text: "Lind: Just hold on for now.\n\nNo candidate has less at stake this week than Lind, who won the first contest.\n\nOrtiz: Survive the south.",
			want: []claimWant{
				{quote: "Just hold on for now", typ: ClaimIndirect, cue: ":", name: "Lind", kind: SpeakerPerson, mention: "Lind"},
				{quote: "Survive the south", typ: ClaimIndirect, cue: ":", name: "Ortiz", kind: SpeakerPerson, mention: "Ortiz"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { claimCheck(t, tt.text, tt.want) })
	}
}
