package extract

import "testing"

// TestClaimsOpenCues covers the cues found by shape rather than by word
// list (cues_open.go): an unlisted verb before a that-clause or an
// embedded question, the same with a person as object, and a noun of
// stance with its preposition after a possessor, a stance received
// "from" a source; and the shapes that must not make a cue.
func TestClaimsOpenCues(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []claimWant
	}{
		{
			name: "unlisted verb with auxiliary before a that-clause",
			text: "The research firm has calculated that the new tariffs will cost each household about 800 dollars.",
			want: []claimWant{{quote: "that the new tariffs will cost each household about 800 dollars", typ: ClaimIndirect, cue: "has calculated", name: "The research firm", kind: SpeakerUnknown, mention: "The research firm"}},
		},
		{
			name: "unlisted verb with a particle",
			text: "The mayor fired back that the council had never read the budget.",
			want: []claimWant{{quote: "that the council had never read the budget", typ: ClaimIndirect, cue: "fired back", name: "The mayor", kind: SpeakerAnonymous, mention: "The mayor"}},
		},
		{
			name: "unlisted verb before whether",
			text: "Local farmers puzzled whether the dam would hold through the spring.",
			want: []claimWant{{quote: "whether the dam would hold through the spring", typ: ClaimIndirect, cue: "puzzled", name: "Local farmers", kind: SpeakerUnknown, mention: "Local farmers"}},
		},
		{
			name: "progressive before how",
			text: "The committee members are still debating how the money should be spent.",
			want: []claimWant{{quote: "how the money should be spent", typ: ClaimIndirect, cue: "are still debating", name: "The committee members", kind: SpeakerAnonymous, mention: "The committee members"}},
		},
		{
			name: "participle of feeling after be",
			text: "Residents were angered that the council closed the library.",
			want: []claimWant{{quote: "that the council closed the library", typ: ClaimIndirect, cue: "were angered", name: "Residents", kind: SpeakerAnonymous, mention: "Residents"}},
		},
		{
			name: "unlisted verb with a person as object",
			text: "The governor reassured donors that the campaign had enough money.",
			want: []claimWant{{quote: "that the campaign had enough money", typ: ClaimIndirect, cue: "reassured donors", name: "The governor", kind: SpeakerAnonymous, mention: "The governor"}},
		},
		{
			name: "noun with preposition after a possessive pronoun takes the clause subject",
			text: "Senator Ana Ruiz stepped up her attacks on the trade agreement.",
			want: []claimWant{{quote: "the trade agreement", typ: ClaimIndirect, cue: "attacks on", name: "Ana Ruiz", kind: SpeakerPerson, role: "Senator", mention: "Senator Ana Ruiz"}},
		},
		{
			name: "noun with adjective and preposition after a possessor",
			text: "The union’s fierce criticism of the merger surprised nobody.",
			want: []claimWant{{quote: "the merger", typ: ClaimIndirect, cue: "fierce criticism of", name: "union", kind: SpeakerOrganization, mention: "The union"}},
		},
		{
			name: "noun phrase object runs through its relative clause",
			text: "Her praise for the volunteers who cleaned the beach was warm.",
			want: []claimWant{{quote: "the volunteers who cleaned the beach", typ: ClaimIndirect, cue: "praise for", name: "Her", kind: SpeakerPerson, mention: "Her"}},
		},
		{
			name: "subjunctive after an unlisted verb",
			text: "The judge ordered that the company pay the workers in full.",
			want: []claimWant{{quote: "that the company pay the workers in full", typ: ClaimIndirect, cue: "ordered", name: "The judge", kind: SpeakerAnonymous, mention: "The judge"}},
		},
		{
			name: "a stance received from a source",
			text: "The new zoning plan has drawn sharp criticism from local shop owners.",
			want: []claimWant{{quote: "The new zoning plan", typ: ClaimIndirect, cue: "has drawn sharp criticism", name: "local shop owners", kind: SpeakerUnknown, mention: "local shop owners"}},
		},
		{
			name: "a stance received from a source with what it is about",
			text: "The mayor is taking heat from residents over the closed bridge.",
			want: []claimWant{{quote: "The mayor is taking heat from residents over the closed bridge", segs: []string{"The mayor", "over the closed bridge"}, typ: ClaimIndirect, cue: "is taking heat", name: "residents", kind: SpeakerAnonymous, mention: "residents"}},
		},
		{
			name: "that-clause with an apposition in its subject",
			text: "The economist posited that the mayor, a former banker, had misread the budget.",
			want: []claimWant{{quote: "that the mayor, a former banker, had misread the budget", typ: ClaimIndirect, cue: "posited", name: "The economist", kind: SpeakerAnonymous, mention: "The economist"}},
		},
		{
			name: "unlisted noun after a possessor before a that-clause",
			text: "The minister’s repeated emphasis that the reform would cost nothing was misleading.",
			want: []claimWant{{quote: "that the reform would cost nothing", typ: ClaimIndirect, cue: "repeated emphasis", name: "The minister", kind: SpeakerAnonymous, mention: "The minister"}},
		},
		{
			name: "a stance noun with its source after from and its content after the source",
			text: "The plan stalled amid complaints from shop owners that the new road would cut off their trade.",
			want: []claimWant{{quote: "that the new road would cut off their trade", typ: ClaimIndirect, cue: "complaints", name: "shop owners", kind: SpeakerUnknown, mention: "shop owners"}},
		},
		{
			name: "a jab at a rival after a possessor",
			text: "The senator’s latest jab at the governor drew laughs.",
			want: []claimWant{{quote: "the governor", typ: ClaimIndirect, cue: "latest jab at", name: "The senator", kind: SpeakerAnonymous, mention: "The senator"}},
		},
		{
			name: "a stance held: has the support of a source",
			text: "The governor has the full support of the teachers union.",
			want: []claimWant{{quote: "The governor", typ: ClaimIndirect, cue: "has the full support", name: "teachers union", kind: SpeakerOrganization, mention: "the teachers union"}},
		},
		{
			name: "a stance held among a source, with a relative pronoun as content",
			text: "The vote went to Ms. Ortiz, who has strong support among older voters.",
			want: []claimWant{{quote: "who", typ: ClaimIndirect, cue: "has strong support", name: "older voters", kind: SpeakerAnonymous, mention: "older voters"}},
		},
		{
			name: "a received backing inside a that-clause is the outer claim's content",
			text: "Many traders assumed that the bank had the financial backing of the state.",
			want: []claimWant{{quote: "that the bank had the financial backing of the state", typ: ClaimIndirect, cue: "assumed", name: "Many traders", kind: SpeakerAnonymous, mention: "Many traders"}},
		},
		{
			name: "a verb that takes a side with against",
			text: "The county board voted against the new landfill on Monday.",
			want: []claimWant{{quote: "the new landfill", typ: ClaimIndirect, cue: "voted against", name: "county board", kind: SpeakerOrganization, mention: "The county board"}},
		},
		{
			name: "a verb with a particle that takes a side with in favor of",
			text: "Several farmers have come out in favor of the water tax.",
			want: []claimWant{{quote: "the water tax", typ: ClaimIndirect, cue: "have come out in favor of", name: "Several farmers", kind: SpeakerAnonymous, mention: "Several farmers"}},
		},
		{
			name: "a form of be before against",
			text: "The mayor was against the plan.",
			want: []claimWant{{quote: "the plan", typ: ClaimIndirect, cue: "was against", name: "The mayor", kind: SpeakerAnonymous, mention: "The mayor"}},
		},
		{
			name: "a stance held among a source after a possessor: the possessor is the content",
			text: "The mayor can count on her broad support among older voters.",
			want: []claimWant{{quote: "her", typ: ClaimIndirect, cue: "broad support", name: "older voters", kind: SpeakerAnonymous, mention: "older voters"}},
		},
		{
			name: "a blame received with no source, with what it is about",
			text: "The new stadium has faced sharp criticism for its cost.",
			want: []claimWant{{quote: "The new stadium has faced sharp criticism for its cost", segs: []string{"The new stadium", "for its cost"}, typ: ClaimIndirect, cue: "has faced sharp criticism", kind: SpeakerUnknown}},
		},
		{
			name: "a stance given: threw her support behind",
			text: "The mayor threw her support behind the school bond.",
			want: []claimWant{{quote: "the school bond", typ: ClaimIndirect, cue: "threw her support behind", name: "The mayor", kind: SpeakerAnonymous, mention: "The mayor"}},
		},
		{
			name: "questions about an embedded question need no possessor",
			text: "There were new questions about whether the mayor approved the loans.",
			want: []claimWant{{quote: "whether the mayor approved the loans", typ: ClaimIndirect, cue: "new questions about", kind: SpeakerUnknown}},
		},
		{
			name: "the question of an embedded question as the subject ends before the main verb",
			text: "The question of who pays for the bridge has divided the council.",
			want: []claimWant{{quote: "who pays for the bridge", typ: ClaimIndirect, cue: "question of", kind: SpeakerUnknown}},
		},
		{
			name: "a point of view after In and a possessor",
			text: "In the mayor’s view, the new bridge will pay for itself within a decade.",
			want: []claimWant{{quote: "the new bridge will pay for itself within a decade", typ: ClaimIndirect, cue: "view", name: "the mayor", kind: SpeakerAnonymous, mention: "the mayor"}},
		},
		{
			name: "a plan after Under and a possessor",
			text: "Under the governor's plan, every school would get a nurse by 2030.",
			want: []claimWant{{quote: "every school would get a nurse by 2030", typ: ClaimIndirect, cue: "plan", name: "the governor", kind: SpeakerAnonymous, mention: "the governor"}},
		},
		{
			name: "in other words has no possessor",
			text: "In other words, the bridge will pay for itself.",
		},
		{
			name: "so that is no complement",
			text: "The engineers worked so that the bridge would open on time.",
		},
		{
			name: "expletive it before an adjective of feeling",
			text: "It is fitting that the festival returns to the old square.",
		},
		{
			name: "relative that after an object",
			text: "He rebuilt the barn that his father designed.",
		},
		{
			name: "noun without a possessor is sourceless (claims_sourceless_nouns.go)",
			text: "Questions about the budget dominated the meeting.",
			want: []claimWant{{quote: "the budget", typ: ClaimIndirect, cue: "Questions about", kind: SpeakerUnknown}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { claimCheck(t, tt.text, tt.want) })
	}
}

// TestCueOpenFindNone checks that no open cue is found in sentences whose
// verbs are grammatical (the stop list), whose "that" is a determiner or
// a conjunction, or whose noun has no possessor. (A claim may still come
// from the fallbacks of claims_fallback.go.)
func TestCueOpenFindNone(t *testing.T) {
	tagger, err := claimTagger()
	if err != nil {
		t.Fatalf("tagger: %v", err)
	}
	for _, text := range []string{
		"The new rules mean that every driver needs a permit.",
		"The board adopted that approach in the plan released on Tuesday.",
		"The engineers worked so that the bridge would open on time.",
		"Questions about the budget dominated the meeting.",
		"The team made sure that every seat was filled.",
	} {
		t.Run(text, func(t *testing.T) {
			for _, p := range claimBuildParas(text, tagger) {
				a := 0
				for _, b := range p.ends {
					for i := a; i < b; i++ {
						if c, ok := cueOpenFind(p.toks, a, b, i); ok {
							t.Errorf("open cue %q found", text[p.toks[c.start].start:p.toks[c.end-1].end])
						}
					}
					a = b
				}
			}
		})
	}
}

// TestCueOpenFindCue checks the open cue found in sentences that the
// fallbacks alone would also attribute, so that the cue itself is tested.
func TestCueOpenFindCue(t *testing.T) {
	tagger, err := claimTagger()
	if err != nil {
		t.Fatalf("tagger: %v", err)
	}
	tests := []struct{ text, cue string }{
		{"The judge determined that the company pay the workers in full.", "determined"},
		{"The council has calculated that the road will cost more.", "has calculated"},
		{"The governor reassured donors that the campaign had enough money.", "reassured donors"},
		{"Their fierce criticism of the merger surprised nobody.", "fierce criticism of"},
		{"The plan has drawn sharp criticism from shop owners.", "has drawn sharp criticism"},
		{"Aside from the senators debating whether the tax works, the hall was quiet.", "debating"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			var got []string
			for _, p := range claimBuildParas(tt.text, tagger) {
				a := 0
				for _, b := range p.ends {
					for i := a; i < b; i++ {
						if c, ok := cueOpenFind(p.toks, a, b, i); ok {
							got = append(got, tt.text[p.toks[c.start].start:p.toks[c.end-1].end])
							i = c.end - 1
						}
					}
					a = b
				}
			}
			if len(got) != 1 || got[0] != tt.cue {
				t.Errorf("open cues = %q, want [%q]", got, tt.cue)
			}
		})
	}
}
