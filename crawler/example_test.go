package crawler_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"

	"github.com/claimwire/claimwire/crawler"
)

func ExampleNormalizeURL() {
	for _, raw := range []string{
		"HTTPS://News.Example.com:443/politics/budget-vote/?utm_source=rss&b=2&a=1#comments",
		"https://news.example.com/politics/budget-vote?fbclid=XYZ&a=1&b=2",
	} {
		u, err := crawler.NormalizeURL(raw)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(u)
	}
	// Output:
	// https://news.example.com/politics/budget-vote?a=1&b=2
	// https://news.example.com/politics/budget-vote?a=1&b=2
}

func ExampleCrawler_Run() {
	// A tiny outlet: a home page linking to one article and one tag page.
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, `<html><body><a href="/news/a?utm_source=home">A</a> <a href="/tag/x">X</a></body></html>`)
	})
	mux.HandleFunc("/news/a", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, `<html><head><meta property="og:type" content="article"></head><body><p>Story.</p></body></html>`)
	})
	mux.HandleFunc("/tag/x", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, `<html><body><a href="/news/a">A again</a></body></html>`)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()

	c, err := crawler.New(crawler.Config{
		AllowPrivateNetworks: true, // the outlet is on 127.0.0.1
		Sources:              []crawler.Source{{Name: "demo", StartURLs: []string{srv.URL + "/"}}},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	stats, err := c.Run(context.Background(), func(_ context.Context, p crawler.Page) error {
		fmt.Println("article:", strings.TrimPrefix(p.URL, srv.URL), p.Status)
		return nil
	})
	fmt.Println(stats.Articles, "article,", stats.Fetched, "pages fetched,", err)
	// Output:
	// article: /news/a 200
	// 1 article, 3 pages fetched, <nil>
}
