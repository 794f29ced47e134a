package extract

import (
	"fmt"
	"testing"
	"unicode/utf8"
)

// TestClaimsDates checks that a claim carries the timexes of its sentence
// and no others.
func TestClaimsDates(t *testing.T) {
	text := "The storm hit on Sunday. The mayor said on Monday that roads would reopen."
	ri := NewRuneIndex(text)
	mk := func(s, v string) Timex {
		b := 0
		for i := range text {
			if text[i:min(len(text), i+len(s))] == s {
				b = i
				break
			}
		}
		return Timex{Text: s, Start: ri.CP(b), End: ri.CP(b + len(s)), Type: "DATE", Value: v}
	}
	sunday, monday := mk("Sunday", "2025-04-20"), mk("Monday", "2025-04-21")
	claims, err := Claims(Article{ID: "d", Text: text, Timexes: []Timex{sunday, monday}}, ClaimOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(claims) != 1 {
		t.Fatalf("got %d claims, want 1", len(claims))
	}
	if d := claims[0].Dates; len(d) != 1 || d[0] != monday {
		t.Errorf("dates = %+v, want [%+v]", d, monday)
	}
}

// TestClaimsNastyInputs runs Claims on inputs that break naive code.
func TestClaimsNastyInputs(t *testing.T) {
	inputs := []string{
		"", " ", "\n\n\n", "“", "”", `"`, `""`, "''", "``", "said", "according to", "He said:", "“A,” he said. “",
		"\u200b“Zero\u200bwidth,” he said.", "Emoji 🎉 said “🎉”.", "’s said ’s", "( said )", "said, said, said.",
		"“Unclosed\n\n“still\n\n“going", "Mr. Smith said: \n\n", "“A” “B” “C” said “D”",
	}
	for _, in := range inputs {
		claims, err := Claims(Article{ID: "n", Text: in}, ClaimOptions{})
		if err != nil {
			t.Errorf("Claims(%q): %v", in, err)
		}
		if claims == nil {
			t.Errorf("Claims(%q) returned nil", in)
		}
		claimCheckSpans(t, in, claims)
	}
}

// FuzzClaims checks over arbitrary text that Claims never panics or
// fails, and that every span lies inside the text and matches it.
func FuzzClaims(f *testing.F) {
	for _, s := range []string{
		"“We are ready,” he said.", "Kremlin spokesman Dmitry Peskov said that Russia welcomes it.",
		"According to sources, it's over.", "\"A,\" said B, \"C.\"", "She said:\n\n“Long\n\n“quote”",
		"It&rsquo;s said “x” ‘y’ «z» „w“", "\u200b\u200b said \u00a0“ ”", "''Yes,'' he said.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		claims, err := Claims(Article{ID: "f", Text: text}, ClaimOptions{})
		if err != nil {
			t.Fatalf("Claims(%q): %v", text, err)
		}
		if claims == nil {
			t.Fatal("nil claims")
		}
		claimCheckSpans(t, text, claims)
	})
}

// TestClaimsConcurrent runs Claims from several goroutines at once on the
// same article (run with -race): the shared tagger and lexicons must give
// every caller the same claims.
func TestClaimsConcurrent(t *testing.T) {
	text := "Kremlin spokesman Dmitry Peskov said that talks would continue. “We are satisfied,” he said. According to sources, a deal is near."
	a := Article{ID: "c", Text: text}
	want, err := Claims(a, ClaimOptions{})
	if err != nil {
		t.Fatal(err)
	}
	errs := make(chan error, 8)
	for range 8 {
		go func() {
			got, err := Claims(a, ClaimOptions{})
			if err == nil && len(got) != len(want) {
				err = fmt.Errorf("got %d claims, want %d", len(got), len(want))
			}
			for i := range got {
				if err == nil && (got[i].ID != want[i].ID || got[i].Speaker.Name != want[i].Speaker.Name) {
					err = fmt.Errorf("claim %d differs: %+v vs %+v", i, got[i], want[i])
				}
			}
			errs <- err
		}()
	}
	for range 8 {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}
