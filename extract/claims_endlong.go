package extract

import "strings"

// This file ends contents that run past their attribution: a clause
// content does not take a closing apposition that comments on the whole
// clause ("said the party was hostile, about the same number who …"),
// and a noun phrase object does not take the time, medium or frequency
// adjuncts of its cue's clause ("played down the idea in recent weeks",
// "mocked Trump on Twitter", "said “CNN” five times").

// claimEndLongCut returns where the forward content [s, e) of draft d
// ends before a tail that belongs to the cue's clause or to the writer,
// or -1.
func claimEndLongCut(toks []claimTok, d claimDraft, s, e int) int {
	if k := claimEndLongApposition(toks, s, e); k > s {
		return k
	}
	return -1
}

// claimEndLongSummaryHeads open an apposition that sums up the clause
// before it: "…, a move that …", "…, one that …".
var claimEndLongSummaryHeads = map[string]bool{"a": true, "an": true, "another": true, "one": true}

// claimEndLongAmountAt reports whether a comparison of an amount with
// another opens at k: "about the same number who …", "less than half of
// …", "well above the $1.11 a share that …", "nearly 20 points".
func claimEndLongAmountAt(toks []claimTok, k, e int) bool {
	if k+1 >= e {
		return false
	}
	n := toks[k+1]
	switch toks[k].lower {
	case "less", "more":
		return n.lower == "than"
	case "well":
		return n.lower == "above" || n.lower == "below" || n.lower == "over" || n.lower == "under"
	case "about", "roughly", "nearly", "almost":
		return n.tag == "CD" || n.lower == "the" || n.lower == "half"
	}
	return false
}

// claimEndLongApposition returns the comma before a closing apposition
// of a clause content [s, e): a noun phrase with a relative clause or a
// comparison that comments on the clause ("said she should face no
// charges, a recommendation the attorney general adopted"), or an amount
// compared with another. It returns -1 when the content is no clause, the
// tail opens a clause of its own ("…, a boss invited her to lunch"), is a
// bare noun phrase ("…, a threefold increase since 1960") or stands after
// a name it may describe.
func claimEndLongApposition(toks []claimTok, s, e int) int {
	if claimHasQuote(toks, s, e) {
		return -1
	}
	for k := e - 3; k > s+3; k-- {
		t := toks[k]
		if t.text != "," || t.span >= 0 {
			continue
		}
		n := toks[k+1]
		rel := false
		switch {
		case claimEndLongSummaryHeads[n.lower]:
			if n.lower != "one" && (toks[k-1].tag == "NNP" || toks[k-1].tag == "NNPS") {
				return -1
			}
			rel = n.lower != "one"
		case claimEndLongAmountAt(toks, k+1, e):
		default:
			continue
		}
		if claimWords(toks, s, k) < 4 || !claimHasFinite(toks, s, k) {
			return -1
		}
		ok, hasRel := claimEndLongNPTail(toks, k+1, e)
		if !ok || rel && !hasRel {
			return -1
		}
		return k
	}
	return -1
}

// claimEndLongNPTail reports whether the tokens [a, e) are a noun phrase
// with at most a relative clause or a comparison (ok), and whether one of
// those follows its head (rel): no finite verb, or a first finite verb
// after a relative pronoun or right after a subject of its own that
// follows the head noun ("a plan the billionaire has modified").
func claimEndLongNPTail(toks []claimTok, a, e int) (ok, rel bool) {
	head := -1
	for j := a; j < e; j++ {
		t := toks[j]
		if t.text == "," || t.text == ";" || t.text == ":" || t.text == "-" || t.text == "–" || t.text == "—" {
			return false, false
		}
		if head >= 0 && (t.tag == "WDT" || t.tag == "WP" || t.lower == "that" || t.lower == "than") {
			return true, true
		}
		switch t.tag {
		case "VBD", "VBZ", "VBP", "MD":
			return false, false
		case "NN", "NNS", "CD":
			if head < 0 {
				head = j
				for head+1 < e && strings.HasPrefix(toks[head+1].tag, "NN") && toks[head+1].tag != "NNP" {
					head++
				}
				j = head
				if m := head + 1; m < e {
					switch toks[m].tag {
					case "DT", "PRP", "NNP", "NNPS":
						// "a plan the billionaire has modified"
						for x := m + 1; x < e && x <= m+5; x++ {
							switch toks[x].tag {
							case "VBD", "VBZ", "VBP", "MD":
								return true, true
							}
						}
					}
				}
			}
		}
	}
	return head >= 0, false
}
