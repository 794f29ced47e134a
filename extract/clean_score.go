package extract

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// cleanTagScore is readability's initial score of a candidate by tag.
func cleanTagScore(a atom.Atom) float64 {
	switch a {
	case atom.Div, atom.Article, atom.Main, atom.Section:
		return 5
	case atom.Pre, atom.Td, atom.Blockquote:
		return 3
	case atom.Address, atom.Ol, atom.Ul, atom.Dl, atom.Dd, atom.Dt, atom.Li, atom.Form:
		return -3
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Th:
		return -5
	}
	return 0
}

// scoreParagraphs gives every paragraph unit's score to its ancestors, as
// readability does: 1 + commas + one point per 100 characters (at most 3),
// in full to the parent, half to the grandparent and a third per level
// above, five levels up. It returns the scored candidates.
func (t *cleanTree) scoreParagraphs(root *html.Node) []*html.Node {
	var cands []*html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode {
				walk(c)
			}
		}
		ci := t.info[n]
		if ci == nil || !ci.isPara {
			return
		}
		score := 1 + float64(min(ci.commas, 20)) + float64(min(ci.ownText/100, 3))
		// Own text in long links (card titles) is not prose.
		score *= 1 - min(1, ci.linkDensity())
		level := 0
		for a := n.Parent; a != nil && level < 5; a = a.Parent {
			if a.Type != html.ElementNode {
				break
			}
			ai := t.info[a]
			if ai == nil {
				break
			}
			if !ai.scored {
				ai.scored = true
				ai.weight = int32(t.hints.node(a).weight())
				ai.score = cleanTagScore(a.DataAtom) + float64(ai.weight)
				cands = append(cands, a)
			}
			div := 1.0
			switch {
			case level == 1:
				div = 2
			case level > 1:
				div = float64(level * 3)
			}
			ai.score += score / div
			level++
		}
	}
	walk(root)
	for _, c := range cands {
		ci := t.info[c]
		ci.score *= 1 - ci.linkDensity()
	}
	return cands
}

// cleanMinCandidateText is the paragraph text a container needs to be the
// main content, unless no container has that much.
const cleanMinCandidateText = 200

// pickTop chooses the main content container among the scored
// candidates, following readability's refinements: move up to a common
// ancestor when several near-best candidates share one, and up through
// parents that score better.
func (t *cleanTree) pickTop(cands []*html.Node, body *html.Node) (*html.Node, float64) {
	var top *html.Node
	best := -1e18
	// A container with one short paragraph (a title box with a positive
	// class) must not win on its class bonus alone.
	maxP := 0
	for _, c := range cands {
		maxP = max(maxP, t.info[c].ptext)
	}
	minP := min(cleanMinCandidateText, maxP)
	for _, c := range cands {
		if ci := t.info[c]; ci.ptext >= minP && ci.score > best {
			best, top = ci.score, c
		}
	}
	if top == nil {
		return nil, 0
	}
	// Near-best alternatives sharing an ancestor: the article is split
	// across several containers (text chunks between ad slots).
	var alts []*html.Node
	for _, c := range cands {
		if c != top && t.info[c].score >= 0.75*best && t.info[c].ptext >= minP && !cleanIsAncestor(c, top) && !cleanIsAncestor(top, c) {
			alts = append(alts, c)
		}
	}
	if len(alts) >= 2 {
		for p := top.Parent; p != nil && p != body && p.Type == html.ElementNode; p = p.Parent {
			n := 0
			for _, a := range alts {
				if cleanIsAncestor(p, a) {
					n++
				}
			}
			if n >= 2 {
				top = p
				break
			}
		}
	}
	// Walk up while a parent scores higher.
	last := t.info[top].score
	threshold := last / 3
	for p := top.Parent; p != nil && p != body && p.Type == html.ElementNode; p = p.Parent {
		pi := t.info[p]
		if pi == nil || !pi.scored {
			continue
		}
		if pi.score < threshold {
			break
		}
		if pi.score > last {
			top = p
			break
		}
		last = pi.score
	}
	// A lone child is its parent's content.
	for top.Parent != nil && top.Parent != body && top.Parent.Type == html.ElementNode && cleanOnlyElementChild(top.Parent) == top {
		top = top.Parent
	}
	return top, best
}

// cleanIsAncestor reports whether a is a proper ancestor of n.
func cleanIsAncestor(a, n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p == a {
			return true
		}
	}
	return false
}

// cleanOnlyElementChild returns n's only element child, or nil.
func cleanOnlyElementChild(n *html.Node) *html.Node {
	var only *html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.ElementNode:
			if only != nil {
				return nil
			}
			only = c
		case html.TextNode:
			if l, _ := cleanTextLen(c.Data); l > 0 {
				return nil
			}
		}
	}
	return only
}

// siblings returns top and those of its siblings that look like more of
// the article (readability's sibling join): scored siblings above a
// threshold, with a bonus for sharing top's class, and prose paragraphs.
func (t *cleanTree) siblings(top *html.Node, best float64) []*html.Node {
	if top.Parent == nil {
		return []*html.Node{top}
	}
	ti := t.info[top]
	best = max(best, ti.score)
	threshold := max(10, best*0.2)
	class := cleanAttr(top, "class")
	var out []*html.Node
	for s := top.Parent.FirstChild; s != nil; s = s.NextSibling {
		if s == top {
			out = append(out, s)
			continue
		}
		if s.Type != html.ElementNode {
			continue
		}
		si := t.info[s]
		if si == nil || si.text == 0 {
			continue
		}
		bonus := 0.0
		if class != "" && cleanAttr(s, "class") == class {
			bonus = best * 0.2
		}
		if si.scored && si.score+bonus >= threshold && si.linkDensity() < 0.3 {
			out = append(out, s)
			continue
		}
		if s.DataAtom == atom.P || si.isPara && si.paras == 1 {
			ld := si.linkDensity()
			if si.text > 80 && ld < 0.25 || si.text <= 80 && si.text > 0 && ld == 0 && si.commas > 0 {
				out = append(out, s)
			}
		}
	}
	return out
}
