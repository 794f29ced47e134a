package demo_test

import (
	"context"
	"fmt"
	"net/http"
	"strings"

	"github.com/claimwire/claimwire/demo"
)

// ExampleStart starts the outlet and reads its World feed, whose links
// carry the server's own address.
func ExampleStart() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	s, err := demo.Start(ctx)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer s.Close()

	resp, err := http.Get(s.Feeds()[0])
	if err != nil {
		fmt.Println(err)
		return
	}
	defer resp.Body.Close()
	fmt.Println(strings.HasPrefix(s.URL(), "http://127.0.0.1:"))
	fmt.Println(resp.StatusCode, resp.Header.Get("Content-Type"))
	fmt.Println(strings.TrimPrefix(s.Sitemaps()[0], s.URL()))
	// Output:
	// true
	// 200 application/rss+xml; charset=utf-8
	// /sitemap.xml
}
