package extract

import (
	"cmp"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// cleanRenderer turns the chosen content elements into paragraphs.
type cleanRenderer struct {
	t     *cleanTree
	paras []string
	cur   []byte
	space bool // the last byte written to cur is a space (or cur is empty)
	link  int  // bytes of cur inside links
	inA   int
}

// Paragraphs that are page furniture rather than article text: ad
// labels, share and follow prompts, newsletter calls, photo credits,
// read-more links, copyright lines, site notices. cleanBoilerExact holds
// whole paragraphs (lower-cased), cleanBoilerPrefixRE their beginnings,
// cleanBoilerContains phrases anywhere in a short paragraph.
var (
	cleanBoilerExact = map[string]bool{
		"advertisement": true, "advertising": true, "advert": true, "ad": true, "ads": true,
		"sponsored": true, "back to top": true, "comments": true, "comment": true,
		"share": true, "tweet": true, "email": true, "print": true, "facebook": true,
		"twitter": true, "linkedin": true, "whatsapp": true, "pinterest": true,
		"reddit": true, "loading": true, "loading...": true, "close": true, "menu": true,
		"don't miss": true, "don’t miss": true, "more": true, "watch": true, "listen": true,
	}
	cleanBoilerPrefixRE = regexp.MustCompile(`(?i)^(?:scroll to continue|story continues below|article continues below|continue reading|(?:read more|read next|watch more|related|see also|recommended|also read|more)(?:\s*[:»>›…|–—-]|\s*$)|(?:related|recommended|more)(?:\s+[\p{L}]+){1,2}\s*:|you (?:may|might) also like|share (?:this|on|via)|follow us|sign up|subscribe|click here|image:|photo:|photograph:|(?:photo|image|picture)s? (?:by|credit|courtesy)|credit:|©|copyright|all rights reserved|this site is registered on|please enable javascript|we use cookies|this (?:website|site) uses cookies|accept cookies|skip to|tags?:|topics?:|filed under|posted in|leave a comment|\d+ comments?$)`)
	cleanBoilerContains = []string{"requires javascript", "development site", "enable javascript", "getty images", "ap photo", "shutterstock"}
)

// cleanIsBoilerText reports whether a short paragraph is furniture.
func cleanIsBoilerText(p string) bool {
	if len(p) > cleanBoilerMax {
		return false
	}
	lp := strings.ToLower(p)
	if cleanBoilerExact[strings.TrimRight(lp, ".:!")] {
		return true
	}
	for _, c := range cleanBoilerContains {
		if strings.Contains(lp, c) {
			return true
		}
	}
	return cleanBoilerFirst[p[0]] && cleanBoilerPrefixRE.MatchString(p)
}

// cleanBoilerFirst marks the bytes a cleanBoilerPrefixRE match can start
// with, so most paragraphs skip the regular expression.
var cleanBoilerFirst = func() *[256]bool {
	var t [256]bool
	for _, c := range []byte("sacrwmyfiptl0123456789") {
		t[c] = true
		if c >= 'a' {
			t[c-'a'+'A'] = true
		}
	}
	t[0xC2] = true // ©
	return &t
}()

// cleanPromoStrong and cleanPromoWeak are phrases of subscription,
// newsletter and follow-us calls. A short paragraph with two different
// cues, one of them strong, is a promotion, not reporting: "sign up" and
// "subscribe" alone also occur in stories about subscriptions.
var (
	cleanPromoStrong = []string{
		"newsletter", "inbox", "follow us", "follow him", "follow her", "follow me", "follow the",
		"on twitter", "on facebook", "on instagram", "click here", "delivered to your",
		"through your letterbox", "download our app", "join our", "our podcast",
	}
	cleanPromoWeak = []string{"sign up", "signup", "subscribe", "subscription", "get the latest", "don't miss", "don’t miss", "for free"}
)

// cleanIsPromo reports whether a paragraph is a short promotion.
func cleanIsPromo(p string) bool {
	if len(p) > 320 {
		return false
	}
	if q := strings.TrimPrefix(p, "("); q != "" && cleanWireCreditFirst[q[0]] && cleanWireCreditRE.MatchString(p) ||
		cleanHasPrefixFold(p, "follow") && cleanFollowRE.MatchString(p) {
		return true
	}
	lp := strings.ToLower(p)
	strong, weak := 0, 0
	for _, c := range cleanPromoStrong {
		if strings.Contains(lp, c) {
			strong++
		}
	}
	if strong == 0 {
		return false
	}
	for _, c := range cleanPromoWeak {
		if strings.Contains(lp, c) {
			weak++
		}
	}
	return strong+weak >= 2
}

// cleanWireCreditFirst marks the bytes a cleanWireCreditRE match can
// start with after its optional "(", so most paragraphs skip it.
var cleanWireCreditFirst = func() *[256]bool {
	var t [256]bool
	for _, c := range []byte("arwecp") {
		t[c], t[c-'a'+'A'] = true, true
	}
	return &t
}()

// cleanBylineRE and cleanDateLineRE match byline and time-stamp lines
// ("By Jane Doe -", "Updated at 1:23 p.m.", "Published 18 Nov 2019").
var (
	cleanBylineRE   = regexp.MustCompile(`^(?:[Bb]y|BY)\s+\p{Lu}[^.!?]*$`)
	cleanDateLineRE = regexp.MustCompile(`(?i)^(?:updated|published|posted|last updated|first published|last modified)\b[^.!?]*\d`)
	// cleanBylineDateRE matches "By name - 2018-09-16".
	cleanBylineDateRE = regexp.MustCompile(`(?i)^by\s+\S+(?:\s+\S+){0,3}?\s*[-–—|,]\s*\d{1,4}[-/.]\d`)
	// cleanWireCreditRE matches wire-service credit lines ("(Reporting by
	// A; Editing by B)").
	cleanWireCreditRE = regexp.MustCompile(`(?i)^\(?(?:additional\s+)?(?:reporting|writing|editing|compiled|produced)\s+by\b`)
	// cleanFollowRE matches "Follow X on Twitter and Instagram".
	cleanFollowRE = regexp.MustCompile(`(?i)^follow\b.*\b(?:twitter|facebook|instagram|youtube|linkedin|tiktok)\b`)
)

// cleanIsBylineLine reports whether a paragraph is a byline or time stamp
// rather than prose: short, no sentence end, "By Name" or "Updated ...".
func cleanIsBylineLine(p string) bool {
	if len(p) > 80 {
		return false
	}
	if cleanBylineRE.MatchString(p) && len(strings.Fields(p)) <= 8 {
		return true
	}
	return cleanDateLineRE.MatchString(p) || cleanBylineDateRE.MatchString(p)
}

// cleanShortcodeRE matches a leaked CMS shortcode paragraph
// ("[button link=...]Send us your review[/button]").
var cleanShortcodeRE = regexp.MustCompile(`^\[\w+[^\]]*\].*\[/\w+\]$`)

// cleanBoilerMax is the longest paragraph the furniture patterns apply to:
// real prose that happens to start with "Read more" is longer.
const cleanBoilerMax = 160

func (r *cleanRenderer) flush() {
	if len(r.cur) > 0 && r.cur[len(r.cur)-1] == ' ' {
		r.cur = r.cur[:len(r.cur)-1]
	}
	if len(r.cur) > 0 {
		p := string(r.cur)
		keep := true
		if cleanIsBoilerText(p) || cleanIsBylineLine(p) || cleanIsPromo(p) || p[0] == '[' && cleanShortcodeRE.MatchString(p) {
			keep = false
		}
		// A paragraph that is one link is a teaser or a "read more",
		// unless the link shows its own address (a source the article
		// cites).
		if keep && r.link*10 >= len(p)*9 && len(p) < 200 && !strings.HasPrefix(p, "http") && !strings.HasPrefix(p, "www.") {
			keep = false
		}
		if keep {
			r.paras = append(r.paras, p)
		}
	}
	r.cur = r.cur[:0]
	r.space = true
	r.link = 0
}

func (r *cleanRenderer) text(s string) {
	for i := 0; i < len(s); {
		c := s[i]
		size := 1
		space := false
		if c < utf8.RuneSelf {
			space = cleanIsSpace(c) || c == '\v'
		} else {
			var ru rune
			ru, size = utf8.DecodeRuneInString(s[i:])
			// Every Unicode space (no-break, em, ideographic...) is white
			// space to collapse; the text keeps no other normalisation.
			space = unicode.IsSpace(ru)
		}
		if space {
			if !r.space {
				r.cur = append(r.cur, ' ')
				r.space = true
				if r.inA > 0 {
					r.link++
				}
			}
			i += size
			continue
		}
		r.cur = append(r.cur, s[i:i+size]...)
		r.space = false
		if r.inA > 0 {
			r.link += size
		}
		i += size
	}
}

// skipContainer is readability's conditional cleaning: inside the chosen
// content, a container that is mostly links, or a list of links, is a
// related-articles block or a menu, not prose.
func (r *cleanRenderer) skipContainer(n *html.Node) bool {
	ci := r.t.info[n]
	if ci == nil {
		return true
	}
	if ci.text == 0 {
		return true
	}
	switch n.DataAtom {
	case atom.Div, atom.Section, atom.Ul, atom.Ol, atom.Table, atom.Header, atom.Dl, atom.Form, atom.Figure:
	default:
		return false
	}
	h := r.t.hints.node(n)
	if ci.commas >= 10 || h.embed || h.quote {
		return false
	}
	ld := ci.linkDensity()
	if ld > 0.5 {
		return true
	}
	if h.weight() < 0 && ld > 0.2 {
		return true
	}
	if (n.DataAtom == atom.Ul || n.DataAtom == atom.Ol) && ld > 0.35 {
		return true
	}
	return false
}

func (r *cleanRenderer) render(n *html.Node, root bool) {
	switch n.Type {
	case html.TextNode:
		r.text(n.Data)
		return
	case html.ElementNode:
	default:
		return
	}
	if cleanDropTags[n.DataAtom] {
		return
	}
	if n.DataAtom == atom.H1 {
		r.flush()
		return
	}
	block := cleanBlockTags[n.DataAtom]
	if block {
		r.flush()
		if !root && r.skipContainer(n) {
			return
		}
	}
	if n.DataAtom == atom.Br || n.DataAtom == atom.Hr {
		return
	}
	if n.DataAtom == atom.A {
		r.inA++
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		r.render(c, false)
	}
	if n.DataAtom == atom.A {
		r.inA--
	}
	if block {
		r.flush()
	}
}

// renderText renders the nodes and joins their paragraphs, dropping a
// heading that repeats the title.
func (t *cleanTree) renderText(nodes []*html.Node, title string) string {
	r := &cleanRenderer{t: t, space: true}
	for _, n := range nodes {
		r.render(n, true)
		r.flush()
	}
	paras := r.paras
	if title != "" {
		nt := cleanNormTitle(title)
		out := paras[:0]
		for _, p := range paras {
			if len(p) <= len(title)+8 && len(p)+8 >= len(title) && cleanNormTitle(p) == nt {
				continue
			}
			out = append(out, p)
		}
		paras = out
	}
	return strings.Join(paras, "\n\n")
}

func cleanNormTitle(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

// extractMainText finds the page's main text.
func extractMainText(doc *cleanDoc, meta *pageMeta, hints cleanHintCache) string {
	body := doc.body
	if body == nil {
		return ""
	}
	t := newCleanTree(cleanCountElems(body))
	t.hints = hints
	t.stats(body, false)
	total := t.info[body].ptext
	keep := map[*html.Node]bool{}
	var marked *html.Node
	if m := cleanFindArticleBody(body); m != nil {
		if mi := t.info[m]; mi != nil && mi.text >= 200 {
			marked = m
			for p := m; p != nil; p = p.Parent {
				keep[p] = true
			}
		}
	}
	t.removeBoilerplate(body, total, keep)
	t.stats(body, false)

	cands := t.scoreParagraphs(body)
	top, best := t.pickTop(cands, body)
	if top == nil {
		top = body
	}
	nodes := t.siblings(top, best)
	// The publisher's own itemprop=articleBody mark wins when it holds at
	// least half the paragraph text the scorer found (some themes put the
	// mark on a teaser or on one of several text chunks).
	if marked != nil && marked.Parent != nil {
		if mi, found := t.info[marked].ptext, t.nodesPText(nodes); mi*2 >= found || cleanIsAncestor(marked, top) {
			nodes = []*html.Node{marked}
		}
	}
	text := t.renderText(nodes, meta.title)
	if len(meta.ldBody) >= cleanLDEvidenceMin {
		text = t.checkAgainstLD(text, meta, cands)
	}
	if len(text) < 200 && len(meta.ldBody) > len(text)*2 {
		text = cleanLDBodyText(meta.ldBody)
	}
	return text
}

// nodesPText is the paragraph text of the nodes together.
func (t *cleanTree) nodesPText(nodes []*html.Node) int {
	n := 0
	for _, x := range nodes {
		if xi := t.info[x]; xi != nil {
			n += xi.ptext
		}
	}
	return n
}

// cleanLDEvidenceMin is the JSON-LD articleBody length from which it is
// used to check the chosen text.
const cleanLDEvidenceMin = 300

// checkAgainstLD uses the page's JSON-LD articleBody as evidence: when the
// chosen text covers less than 60% of its words, the best-scored
// candidates are rendered too and the one that agrees best with it (word
// F1) wins. Publishers write articleBody from the same source as the
// page, so a low overlap means the scorer picked the wrong block; the
// page's own markup still supplies the text, so paragraphs and offsets
// stay those of the page.
func (t *cleanTree) checkAgainstLD(text string, meta *pageMeta, cands []*html.Node) string {
	ld := cleanWordBag(meta.ldBody)
	f1 := func(s string) (float64, float64) {
		got := cleanWordBag(s)
		hit, n := 0, 0
		for w, c := range got {
			n += c
			hit += min(c, ld[w])
		}
		total := 0
		for _, c := range ld {
			total += c
		}
		if n == 0 || total == 0 || hit == 0 {
			return 0, 0
		}
		p, r := float64(hit)/float64(n), float64(hit)/float64(total)
		return 2 * p * r / (p + r), r
	}
	bestF, cov := f1(text)
	if cov >= 0.6 || len(cands) == 0 {
		return text
	}
	ranked := slices.Clone(cands)
	slices.SortFunc(ranked, func(a, b *html.Node) int { return cmp.Compare(t.info[b].score, t.info[a].score) })
	best := text
	for _, c := range ranked[:min(8, len(ranked))] {
		alt := t.renderText([]*html.Node{c}, meta.title)
		if f, _ := f1(alt); f > bestF+0.05 {
			best, bestF = alt, f
		}
	}
	return best
}

// cleanWordBag counts the lower-cased words of s.
func cleanWordBag(s string) map[string]int {
	m := map[string]int{}
	for w := range strings.FieldsFuncSeq(strings.ToLower(s), cleanIsNotWordRune) {
		m[w]++
	}
	return m
}

func cleanIsNotWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// cleanFindArticleBody returns the element marked itemprop=articleBody
// with the most text, or nil.
func cleanFindArticleBody(n *html.Node) *html.Node {
	var best *html.Node
	bestLen := 0
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if ip := cleanAttr(c, "itemprop"); ip != "" && strings.EqualFold(ip, "articleBody") {
				if l := cleanNodeTextLen(c); l > bestLen {
					best, bestLen = c, l
				}
				continue
			}
			walk(c)
		}
	}
	walk(n)
	return best
}

func cleanNodeTextLen(n *html.Node) int {
	if n.Type == html.TextNode {
		l, _ := cleanTextLen(n.Data)
		return l
	}
	s := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		s += cleanNodeTextLen(c)
	}
	return s
}

// cleanLDBodyText turns a JSON-LD articleBody into paragraphs: one per
// non-empty line, white space collapsed.
func cleanLDBodyText(s string) string {
	var paras []string
	for line := range strings.SplitSeq(s, "\n") {
		if f := strings.Join(strings.Fields(line), " "); f != "" {
			paras = append(paras, f)
		}
	}
	return strings.Join(paras, "\n\n")
}
