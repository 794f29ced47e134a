package extract

import (
	"io"
	"strings"
	"testing"
)

// prescanKept returns what the prescan keeps of s, and the JSON-LD bodies.
func prescanKept(t *testing.T, s string) (string, []string) {
	t.Helper()
	segs, ld := cleanRawSegments([]byte(s))
	kept, err := io.ReadAll(&cleanSegReader{b: []byte(s), segs: segs})
	if err != nil {
		t.Fatal(err)
	}
	var lds []string
	for _, b := range ld {
		lds = append(lds, string(b))
	}
	return string(kept), lds
}

func TestCleanRawSegments(t *testing.T) {
	tests := []struct {
		name, in, want string
		ld             []string
	}{
		{"nothing to strip", "<p>a</p>", "<p>a</p>", nil},
		{"script and style", "<p>a</p><script>var x='<p>b</p>';</script><STYLE>p{}</STYLE><p>c</p>", "<p>a</p><p>c</p>", nil},
		{"comment", "a<!-- <p>x</p> -->b<!---->c", "abc", nil},
		{"JSON-LD kept apart", `<script type="application/ld+json">{"a":1}</script><p>x</p>`, "<p>x</p>", []string{`{"a":1}`}},
		{"svg, self-closing svg, noscript", "<svg><text>x</text></svg>a<svg/>b<noscript><img></noscript>c", "abc", nil},
		{"unclosed script runs to the end", "<p>a</p><script>var x", "<p>a</p>", nil},
		{"scripting tag names are whole words", "<scripts>a</scripts><styled>b</styled>", "<scripts>a</scripts><styled>b</styled>", nil},
		{"link-only nav dropped", `<nav class="m"><ul><li><a href="/">Home</a></li></ul></nav><p>x</p>`, "<p>x</p>", nil},
		{"nested nav dropped whole", "<nav><nav><a>a</a></nav><a>b</a></nav><p>x</p>", "<p>x</p>", nil},
		{"nav with paragraphs left to the cleaner", "<nav><p>Prose</p></nav><p>x</p>", "<nav><p>Prose</p></nav><p>x</p>", nil},
		{"footer with an article left to the cleaner", "<footer><article>a</article></footer>", "<footer><article>a</article></footer>", nil},
		{"JSON-LD inside a dropped footer still read", `<footer><script type="application/ld+json">{"b":2}</script><a>x</a></footer><p>y</p>`, "<p>y</p>", []string{`{"b":2}`}},
		{"select dropped", "<select><option>France</option><option>Spain</option></select><p>x</p>", "<p>x</p>", nil},
		{"unclosed nav kept", "<nav><a>x</a>", "<nav><a>x</a>", nil},
		{"navigator is not nav", "<navigator>a</navigator>", "<navigator>a</navigator>", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ld := prescanKept(t, tt.in)
			if got != tt.want {
				t.Errorf("kept %q, want %q", got, tt.want)
			}
			if strings.Join(ld, "|") != strings.Join(tt.ld, "|") {
				t.Errorf("ld = %q, want %q", ld, tt.ld)
			}
		})
	}
}
