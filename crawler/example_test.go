package crawler_test

import (
	"fmt"

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
