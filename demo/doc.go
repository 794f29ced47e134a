// Package demo serves "The Meridian Ledger", a fictional news outlet embedded
// in the binary, on 127.0.0.1, so that `claimwire demo` and the end-to-end
// test can crawl a realistic site and extract claims without the network.
//
// # The outlet
//
// The files under site/ (see Site) are the whole outlet, written the way
// publishers' CMSs write pages, boilerplate included:
//
//   - / (home), eight section fronts (/world/, /politics/, /business/,
//     /climate/, /technology/, /health/, /sport/, /city/), author pages
//     (/authors/<name>/), topic pages (/tags/<topic>/), and /about/,
//     /contact/, /privacy/, /subscribe/: pages that are not articles.
//   - 12 article pages, /<section>/2025/04/<slug>.html, published between
//     2025-04-14 and 2025-04-25. One is the seed wire article of the
//     evaluation data (../shared/eval/seed/article.txt), verbatim, published
//     2025-04-22T09:30:00+00:00 and carrying a WPML "development site" banner
//     (a fixed div at the end of body) that must not reach the article text.
//     The others are fictional wire stories; every person, organisation and
//     country in them is invented.
//   - /feeds/world.xml and /feeds/latest.xml (RSS 2.0), /sitemap.xml (a
//     Google News urlset), and /robots.txt, which disallows /search for
//     every agent; /search is linked from every page's header and must never
//     be crawled (its text contains SEARCH-PAGE-MARKER so a test can tell).
//   - 404.html is served, with status 404, for every unknown path.
//
// The articles come in three templates, so that a cleaner cannot rely on one
// markup: a modern CMS (article.story, .story-body, <time datetime>), a
// WordPress theme (.entry-content, numeric entities such as &#8220;, Jetpack
// share and related-posts blocks, share links back to the article with
// ?share=…), and a legacy table layout (div#story .text, no <article>, no
// metadata at all: the date is only in the URL and in the byline text, on the
// health story). JSON-LD NewsArticle (plain or in a Yoast-style @graph) and
// OpenGraph metadata are on some articles only. Every page has a cookie
// banner, navigation, ad slots, a share bar, related links and reader
// comments whose text contains quotations and "X said" sentences that are not
// claims of the article.
//
// # Expected claims
//
// testdata/expected_claims.json lists, per article path, attributions that a
// good claim extractor must find (not every attribution in the text):
// speaker (the resolved full name, the organisation's name, or for an
// unnamed source the phrase that introduces it, such as "a company
// spokeswoman"), kind (person, organization or anonymous), mention (the
// words naming the speaker at that claim, as written: "he", "Okafor", "the
// ministry"), quote_contains (a snippet of the content, from the second
// segment for split quotes), cue, pattern (direct, pronoun, split, colon,
// multi_paragraph, indirect, according_to, organization, anonymous, surname,
// role) and, when the claim's sentence names one, date (its TIMEX3 value
// relative to the publication date: "2025-04-21", "2025-W15", "2022-02",
// "P3Y"). The tests check that every snippet, mention and cue occurs in the
// claim's paragraph of the served page.
//
// testdata/expected_articles.json gives, per article, what a good cleaner
// makes of the page: title, bare author names, published time (RFC 3339 with
// zone where the markup gives one, the date alone where only the byline text
// does), section, site name, which metadata the page carries, the number of
// body paragraphs, and must_contain / must_not_contain snippets (the first
// and last body sentences; comment, cookie banner, ad, related-links and
// WPML banner text). The tests check that every must_not_contain snippet is
// on the page but outside the body, so each one tests something.
//
// # Serving
//
// Absolute URLs in the files name the production address
// https://www.meridian-ledger.example; Start replaces it with the server's
// own base URL in every text file once, before serving, so feeds, sitemap,
// canonical links, og:url and JSON-LD urls point at the running server.
// Share links point at other .example hosts, which never resolve.
// Responses carry their Content-Type (text/html; charset=utf-8,
// application/rss+xml, application/xml, text/plain), an ETag (a hash of the
// served bytes), and Last-Modified (2025-04-25 18:00 UTC for every file), and
// answer conditional requests with 304. Directories without their slash
// redirect (301) to it; only GET and HEAD are allowed.
//
// # Files
//
//   - server.go: Server, Start, Close and the crawl entry points.
//   - site.go: the embedded files, rendering for a base URL, routing.
//   - site/: the outlet. The HTML is the source: edit it directly.
//   - testdata/expected_claims.json: the claims the outlet's articles make.
//   - testdata/expected_articles.json: the articles a cleaner should get.
package demo
