package extract

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"
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
		{"space next to block start tags dropped", "<div>\n  <p>a</p>\n</div>\n<h2>b</h2>", "<div><p>a</p>\n</div><h2>b</h2>", nil},
		{"space before an unclosed tag kept", "<b>a</b> <p ", "<b>a</b> <p ", nil},
		{"space while a formatting element may be open kept", "<p><a>x</p> <div>y</div>", "<p><a>x</p> <div>y</div>", nil},
		{"space between inline elements kept", "<p><b>a</b> <i>b</i>\n</p>", "<p><b>a</b> <i>b</i>\n</p>", nil},
		{"space before a possibly stray end tag kept", "<b>a</b> </div><i>b</i>", "<b>a</b> </div><i>b</i>", nil},
		{"only white space between tags is dropped", "<p>a</p> <br> b <br>", "<p>a</p><br> b <br>", nil},
		{"table parts are not blocks here", "<td>a</td> <td>b</td>", "<td>a</td> <td>b</td>", nil},
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

// prescanTree parses what the prescan keeps of body and serialises the
// tree: element names, the attributes the cleaner uses, and text.
func prescanTree(t *testing.T, body []byte, stripAttrs bool) string {
	t.Helper()
	return prescanTreeOpt(t, body, stripAttrs, false, false)
}

// prescanTreeOpt is prescanTree with the space options: dropSpace for the
// prescan, trimSpace to trim the white space at both ends of text nodes
// and leave out those that are only white space.
func prescanTreeOpt(t *testing.T, body []byte, stripAttrs, dropSpace, trimSpace bool) string {
	t.Helper()
	segs, _ := cleanRawSegmentsOpt(body, stripAttrs, dropSpace)
	root, err := html.Parse(&cleanSegReader{b: body, segs: segs})
	if err != nil {
		t.Fatal(err)
	}
	var sb strings.Builder
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.ElementNode:
				fmt.Fprintf(&sb, "%d<%s", depth, c.Data)
				link := c.Data == "link" || c.Data == "base"
				for _, a := range c.Attr {
					if cleanKeepAttr([]byte(a.Key), []byte("="+a.Val), link) {
						fmt.Fprintf(&sb, " %s=%q", a.Key, a.Val)
					}
				}
				sb.WriteString(">\n")
			case html.TextNode:
				text := c.Data
				if trimSpace {
					if text = strings.Trim(text, " \t\n\r\f"); text == "" {
						continue
					}
				}
				fmt.Fprintf(&sb, "%d%q\n", depth, text)
			}
			walk(c, depth+1)
		}
	}
	walk(root, 0)
	return sb.String()
}

// TestCleanStripAttrsSameTree checks that dropping unused attributes
// before parsing gives the parser the same tree: same elements, same text,
// same attributes that the cleaner reads, on the fixtures, nasty inputs and
// (when present) the shared benchmark pages.
func TestCleanStripAttrsSameTree(t *testing.T) {
	inputs := map[string][]byte{
		"unquoted":       []byte(`<div class=a data-x=1 id=b>x</div><a href=/x/ rel=author>y</a>`),
		"equals first":   []byte(`<div =x class="c">t</div>`),
		"self-closing":   []byte(`<br/><img src=a.png/><input disabled/><p data-a='1'/>z</p>`),
		"quotes with gt": []byte(`<div title="a > b" class="c">t</div>`),
		"duplicate attr": []byte(`<div data-class="x" class="a" class="b">t</div>`),
		"upper case":     []byte(`<DIV CLASS="A" DATA-X="1" STYLE="display: NONE">t</DIV><LINK REL=canonical HREF="/c">`),
		"unclosed tag":   []byte(`<p>a</p><div class="x" data-y="`),
		"title":          []byte(`<title>a <b data-x=1> c</title><textarea><i data-y=2>q</i></textarea><p data-z=3>p</p>`),
		"space before =": []byte(`<div class = "x" data-a = 'y' >t</div>`),
	}
	files, _ := filepath.Glob(filepath.Join("testdata", "clean", "*.html"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		inputs[f] = b
	}
	if files, _ := filepath.Glob(filepath.Join(cleanEvalDir, "html", "*.html.gz")); len(files) > 0 {
		for _, p := range loadEvalPages(t) {
			body, _ := decodeHTML(p.Body, "")
			inputs[p.SourceFile] = body
		}
	}
	for name, body := range inputs {
		t.Run(filepath.Base(name), func(t *testing.T) {
			want, got := prescanTree(t, body, false), prescanTree(t, body, true)
			treesEqual(t, want, got)
		})
	}
}

// TestCleanDropSpaceSameTree checks that dropping white space next to
// block start tags before parsing only removes white space at the ends of
// text nodes (which the renderer drops at the block anyway): the trees are
// otherwise the same (no words glued together, no element moved), on the
// fixtures, nasty inputs and the shared benchmark pages.
func TestCleanDropSpaceSameTree(t *testing.T) {
	inputs := map[string][]byte{
		"nested blocks":   []byte("<div>\n <div>\n  <p>a <b>b</b> c</p>\n </div>\n</div>"),
		"stray end tags":  []byte("<b>a</b> </div> </div> <i>b</i>a</div> </div>b 0</a> <p>c"),
		"pre":             []byte("<pre>\n<div> x</div>\n</pre>"),
		"table":           []byte("<table>\n <tr>\n  <td>a</td> <td>b</td>\n </tr>\n <div>c</div>\n</table>"),
		"head":            []byte("<html>\n<head>\n<title>t</title>\n</head>\n<body>\n<p>x</p>\n</body>\n</html>"),
		"br and inline":   []byte("a <br> b <span>c</span> <hr> d"),
		"comment between": []byte("<p>a</p><!-- c --> <p>b</p> x <!-- d --><div>y</div>"),
	}
	files, _ := filepath.Glob(filepath.Join("testdata", "clean", "*.html"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		inputs[f] = b
	}
	if files, _ := filepath.Glob(filepath.Join(cleanEvalDir, "html", "*.html.gz")); len(files) > 0 {
		for _, p := range loadEvalPages(t) {
			body, _ := decodeHTML(p.Body, "")
			inputs[p.SourceFile] = body
		}
	}
	for name, body := range inputs {
		t.Run(filepath.Base(name), func(t *testing.T) {
			want := prescanTreeOpt(t, body, true, false, true)
			got := prescanTreeOpt(t, body, true, true, true)
			treesEqual(t, want, got)
		})
	}
}

// treesEqual fails t at the first line where the serialised trees differ.
func treesEqual(t *testing.T, want, got string) {
	t.Helper()
	if got == want {
		return
	}
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := range min(len(wl), len(gl)) {
		if wl[i] != gl[i] {
			t.Fatalf("trees differ at line %d:\nwant %s\ngot  %s", i, wl[i], gl[i])
		}
	}
	t.Fatalf("trees differ in length: %d vs %d lines", len(wl), len(gl))
}

// FuzzStripAttrs checks on any input that dropping attributes before
// parsing leaves the parsed tree the same.
func FuzzStripAttrs(f *testing.F) {
	for _, s := range []string{
		`<div class=a data-x=1 id=b>x</div>`, `<div =x class="c">t</div>`, `<br/><img src=a.png/>`,
		`<div title="a > b" class="c">t</div>`, `<title>a <b data-x=1> c</title>`, `<p data-a='1'/>z</p>`,
		`<a href=x rel=author>n</a><link rel=canonical href=/c>`, `<div class = "x" data-a = 'y' >t</div>`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		if !utf8.Valid(body) {
			body = bytes.ToValidUTF8(body, []byte("\uFFFD"))
		}
		if want, got := prescanTree(t, body, false), prescanTree(t, body, true); got != want {
			t.Fatalf("trees differ:\nwant %s\ngot  %s", want, got)
		}
	})
}

// FuzzDropSpace checks on any input that dropping white space next to
// block start tags before parsing changes the tree only by white space at
// the ends of text nodes.
func FuzzDropSpace(f *testing.F) {
	for _, s := range []string{
		"<div>\n <p>a <b>b</b></p>\n</div>", "<b>a</b> </div> </div> <i>b</i>", "<pre>\n<div> x</div>\n</pre>",
		"<table>\n<tr> <td>a</td> </tr> <div>c</div></table>", "a <br> b <span>c</span> <hr> d",
		"<p>a</p><!-- c --> <p>b</p>", "<ul> <li>a <li>b </ul> <H2 >t</H2 >",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		if !utf8.Valid(body) {
			body = bytes.ToValidUTF8(body, []byte("\uFFFD"))
		}
		treesEqual(t, prescanTreeOpt(t, body, true, false, true), prescanTreeOpt(t, body, true, true, true))
	})
}
