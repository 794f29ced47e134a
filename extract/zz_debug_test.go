package extract

import (
	"fmt"
	"io"
	"os"
	"sort"
	"testing"

	"golang.org/x/net/html"
)

func TestZZDebugRemoval(t *testing.T) {
	b, err := os.ReadFile("/tmp/dbg/page.html")
	if err != nil || os.Getenv("ZZDEBUG") == "" {
		t.Skip()
	}
	body, _ := decodeHTML(b, "")
	segs, _ := cleanRawSegments(body)
	root, _ := html.Parse(&cleanSegReader{b: body, segs: segs})
	doc := &cleanDoc{root: root}
	for n := root.FirstChild; n != nil; n = n.NextSibling {
		if n.Type == html.ElementNode {
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if c.Data == "body" {
					doc.body = c
				}
			}
		}
	}
	tr := newCleanTree(1000)
	tr.stats(doc.body, false)
	total := tr.info[doc.body].ptext
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			ci := tr.info[c]
			if ci == nil {
				continue
			}
			share := float64(ci.ptext) / float64(total)
			rm := cleanBoiler(c, tr.hints.node(c), share, false)
			if share > 0.03 || rm && ci.ptext > 50 {
				fmt.Printf("%*s%s.%s share=%.2f ptext=%d rm=%v\n", depth, "", c.Data, cleanClassID(c), share, ci.ptext, rm)
			}
			if !rm {
				walk(c, depth+1)
			}
		}
	}
	walk(doc.body, 0)
}

func bytesReader(b []byte) *bytesR { return &bytesR{b: b} }

type bytesR struct{ b []byte }

func (r *bytesR) Read(p []byte) (int, error) {
	if len(r.b) == 0 {
		return 0, io.EOF
	}
	n := copy(p, r.b)
	r.b = r.b[n:]
	return n, nil
}

func TestZZDebugScore(t *testing.T) {
	b, err := os.ReadFile("/tmp/dbg/page.html")
	if err != nil || os.Getenv("ZZDEBUG") == "" {
		t.Skip()
	}
	body, _ := decodeHTML(b, "")
	segs, _ := cleanRawSegments(body)
	root, _ := html.Parse(&cleanSegReader{b: body, segs: segs})
	doc := &cleanDoc{root: root}
	for n := root.FirstChild; n != nil; n = n.NextSibling {
		if n.Type == html.ElementNode {
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if c.Data == "body" {
					doc.body = c
				}
			}
		}
	}
	tr := newCleanTree(1000)
	tr.stats(doc.body, false)
	total := tr.info[doc.body].ptext
	tr.removeBoilerplate(doc.body, total, map[*html.Node]bool{})
	tr.stats(doc.body, false)
	cands := tr.scoreParagraphs(doc.body)
	sort.Slice(cands, func(i, j int) bool { return tr.info[cands[i]].score > tr.info[cands[j]].score })
	for _, c := range cands[:min(10, len(cands))] {
		ci := tr.info[c]
		fmt.Printf("%.1f %s.%s text=%d ld=%.2f depth=%d\n", ci.score, c.Data, cleanClassID(c), ci.text, ci.linkDensity(), depth(c))
	}
	top, best := tr.pickTop(cands, doc.body)
	fmt.Printf("TOP %s.%s\n", top.Data, cleanClassID(top))
	for _, s := range tr.siblings(top, best) {
		fmt.Printf("  SIB %s.%s %.1f\n", s.Data, cleanClassID(s), tr.info[s].score)
	}
}

func depth(n *html.Node) int {
	d := 0
	for ; n != nil; n = n.Parent {
		d++
	}
	return d
}
