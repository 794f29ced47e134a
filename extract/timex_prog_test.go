package extract

import (
	"regexp/syntax"
	"strings"
	"testing"
)

func timexProgLen(p string) int {
	re, err := syntax.Parse(strings.ReplaceAll(strings.ToLower(p), "(?p<", "(?P<"), syntax.Perl)
	if err != nil {
		return -1
	}
	pr, _ := syntax.Compile(re.Simplify())
	return len(pr.Inst)
}

func TestTimexProgSize(t *testing.T) {
	for _, r := range timexRules() {
		t.Logf("%-20s %5d", r.name, timexProgLen(r.re.String()))
	}
	for n, f := range map[string]string{"qty": timexReQty, "num": timexReNumber, "numword": timexReNumWord, "unit": timexReUnit, "mod": timexReMod, "yearword": timexReYearWord, "month": timexReMonth} {
		t.Logf("frag %-10s %5d", n, timexProgLen(f))
	}
}
