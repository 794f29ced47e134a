package extract_test

import (
	"fmt"

	"github.com/claimwire/claimwire/extract"
)

func ExampleClean() {
	page := extract.Page{
		URL: "https://news.example.com/2024/05/06/park",
		Body: []byte(`<html lang="en"><head>
<title>Council expands park | Example News</title>
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2024-05-06T07:08:09+02:00">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Council expands park</h1>
<p class="byline">By Jo March</p>
<p>The council voted on Tuesday to expand the park, ending a long debate.</p>
<div class="share-bar"><a href="#">Share on Facebook</a></div>
<p>“This is a park for everyone,” said the council’s chair.</p>
</article>
<aside class="related"><a href="/x">Another story</a></aside>
</body></html>`),
	}
	a, err := extract.Clean(page, extract.CleanOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Title)
	fmt.Println(a.SiteName, a.Published, a.Authors, a.Language)
	fmt.Println(a.Text)
	// Output:
	// Council expands park
	// Example News 2024-05-06T07:08:09+02:00 [Jo March] en
	// The council voted on Tuesday to expand the park, ending a long debate.
	//
	// “This is a park for everyone,” said the council’s chair.
}
