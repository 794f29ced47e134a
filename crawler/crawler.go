package crawler

import (
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"time"
)

// Page is one fetched article page handed to the pipeline.
type Page struct {
	// URL is the normalised requested URL.
	URL string
	// FinalURL is the URL after redirects, as fetched.
	FinalURL string
	// Canonical is the normalised <link rel=canonical> URL, empty if none.
	Canonical string
	// Status is the HTTP status code.
	Status int
	// Header holds the response headers, Content-Type as the server sent it.
	Header http.Header
	// Body is the raw response body, undecoded: the cleaner handles charset.
	Body []byte
	// FetchedAt is when the response arrived.
	FetchedAt time.Time
	// Source is the name of the source that discovered the page.
	Source string
	// Depth is the number of links followed from a start page (0 for a
	// start page, 1 for feed and sitemap entries).
	Depth int
}

// Source is one outlet to crawl: where to discover articles and how to
// tell them from other pages.
type Source struct {
	// Name identifies the source in pages, logs and statistics.
	Name string
	// StartURLs are pages whose links are followed up to MaxDepth.
	StartURLs []string
	// Feeds are RSS, Atom or JSON feed URLs, re-read every run.
	Feeds []string
	// Sitemaps are sitemap or sitemap index URLs (.xml or .xml.gz). When
	// empty, the sitemaps robots.txt lists for the start URLs' hosts are used.
	Sitemaps []string
	// AllowedDomains limits the hosts crawled; "*.example.com" matches any
	// subdomain of example.com. When empty, the hosts of StartURLs, Feeds
	// and Sitemaps are allowed.
	AllowedDomains []string
	// ArticleURLPatterns are regular expressions on the normalised URL; when
	// given, a page is an article only if one matches. When empty, page
	// evidence decides (JSON-LD article type, og:type=article, paragraph text).
	ArticleURLPatterns []string
	// ExcludeURLPatterns are regular expressions on the normalised URL for
	// pages that are never articles (tag, author, section pages); they are
	// still fetched to follow their links while within MaxDepth.
	ExcludeURLPatterns []string
	// MaxDepth is how many links are followed from a start page; 0 means
	// DefaultMaxDepth, a negative value follows no links.
	MaxDepth int
	// Delay overrides Config.Delay for this source's hosts when positive.
	Delay time.Duration
	// ParallelismPerHost overrides Config.ParallelismPerHost when positive.
	ParallelismPerHost int
}

// Defaults applied by New to zero Config and Source fields.
const (
	// DefaultUserAgent is sent when Config.UserAgent is empty.
	DefaultUserAgent = "claimwire/0.1 (+https://github.com/claimwire/claimwire)"
	// DefaultParallelismPerHost is the per-host request bound by default.
	DefaultParallelismPerHost = 2
	// DefaultTimeout bounds one request attempt by default.
	DefaultTimeout = 30 * time.Second
	// DefaultMaxPageBytes is the default body size limit, 10 MiB.
	DefaultMaxPageBytes = 10 << 20
	// DefaultMaxDepth is the link depth followed from start pages by
	// default: home page, section page, article.
	DefaultMaxDepth = 2
)

// Config configures a Crawler. Zero fields take the defaults above; Delay
// has no default here (0 is no delay) — LoadConfig defaults it to 1s.
type Config struct {
	// UserAgent is sent with every request and matched against robots.txt
	// by its product token (the part before "/"). Include a contact URL.
	UserAgent string
	// Delay is the minimum time between the starts of two requests to one host.
	Delay time.Duration
	// ParallelismPerHost bounds the requests in flight to one host.
	ParallelismPerHost int
	// Timeout bounds one request attempt, from dialling to the end of the body.
	Timeout time.Duration
	// MaxPageBytes is the largest body accepted; larger pages fail with
	// ErrTruncated. Sitemaps may be up to 50 MB regardless.
	MaxPageBytes int64
	// AllowPrivateNetworks lifts the address guard, which is on by default:
	// no connections to loopback, private, link-local or metadata addresses,
	// checked on the resolved address of every connection, redirects included.
	AllowPrivateNetworks bool
	// IgnoreRobots skips robots.txt rules; robots.txt is respected by default.
	IgnoreRobots bool
	// State is the path of the SQLite crawl state file; empty means no
	// state (every run starts afresh) unless Store is set.
	State string
	// Out is the output directory; the crawler does not use it, the
	// command that writes records does.
	Out string
	// DryRun makes Run read robots.txt, feeds and sitemaps but fetch no
	// page: handle receives each page that would be fetched, with only URL,
	// Source and Depth set. Start pages are listed, not fetched, so their
	// links are not followed.
	DryRun bool
	// Store, when not nil, is used as the crawl state instead of opening
	// State; the caller closes it.
	Store State
	// WARCDir, when set, is the directory (created if missing) in which
	// every HTTP response the run receives is archived with its request as
	// WARC/1.1 records, in gzip-compressed files named
	// claimwire-TIMESTAMP-SERIAL-HOST.warc.gz; a file being written ends
	// in ".open" until it is closed. See warc.go.
	WARCDir string
	// WARCMaxBytes is the size at which a WARC file is closed and the next
	// one begun; 0 means DefaultWARCMaxBytes.
	WARCMaxBytes int64
	// Sources are the outlets to crawl; at least one is required.
	Sources []Source
	// Logger receives structured logs; nil discards them.
	Logger *slog.Logger

	// retry overrides retryDefaultPolicy when MaxRetries is set (tests).
	retry *retryPolicy
	// guardAllow lets single addresses past the address guard (tests).
	guardAllow guardAllowFunc
}

func (cfg Config) retryPolicy() retryPolicy {
	if cfg.retry != nil {
		return *cfg.retry
	}
	return retryDefaultPolicy()
}

// Stats summarises one run. Its JSON form (snake_case keys, the duration
// in nanoseconds) suits a runs.jsonl line.
type Stats struct {
	// Discovered counts distinct normalised URLs queued for fetching.
	Discovered int `json:"discovered"`
	// Fetched counts 2xx page responses.
	Fetched int `json:"fetched"`
	// NotModified counts known articles not handed out again because
	// they answered 304, came back with the same content as when last
	// handed out, or were dated by a feed or sitemap no later than their
	// last fetch (those are not requested at all).
	NotModified int `json:"not_modified"`
	// SkippedRobots counts URLs robots.txt disallowed.
	SkippedRobots int `json:"skipped_robots"`
	// Duplicates counts pages not handed out because a page with the same
	// canonical or final URL already was in this run.
	Duplicates int `json:"duplicates"`
	// Failed counts URLs, feeds and sitemaps that could not be fetched.
	Failed int `json:"failed"`
	// Articles counts pages handed to the handle function.
	Articles int `json:"articles"`
	// Feeds counts the feeds read and parsed.
	Feeds int `json:"feeds"`
	// Sitemaps counts the sitemaps (and sitemap indexes) read and parsed.
	Sitemaps int `json:"sitemaps"`
	// FailedByKind splits Failed by cause: "http_404", "http_503",
	// "truncated", "blocked_address", "timeout", "network",
	// "redirect_loop", "too_many_redirects", "circuit_open", "bad_url",
	// "parse" (feeds and sitemaps), "other".
	FailedByKind map[string]int `json:"failed_by_kind"`
	// Duration is the run's wall time.
	Duration time.Duration `json:"duration_ns"`
}

// Crawler crawls the configured sources. Create it with New; each Run uses
// a fresh Colly collector and HTTP client, so a Crawler holds no state
// between runs besides its configuration (and the crawl state store).
type Crawler struct {
	cfg     Config
	sources []crawlerSource
	log     *slog.Logger
}

// crawlerSource is a validated Source with compiled patterns.
type crawlerSource struct {
	Source
	article, exclude []*regexp.Regexp
	allowed          []string
}

// New validates cfg, applies defaults and returns a Crawler. Errors wrap
// ErrBadConfig and name the source and field at fault.
func New(cfg Config) (*Crawler, error) {
	if cfg.UserAgent == "" {
		cfg.UserAgent = DefaultUserAgent
	}
	if cfg.ParallelismPerHost == 0 {
		cfg.ParallelismPerHost = DefaultParallelismPerHost
	}
	if cfg.Timeout == 0 {
		cfg.Timeout = DefaultTimeout
	}
	if cfg.MaxPageBytes == 0 {
		cfg.MaxPageBytes = DefaultMaxPageBytes
	}
	switch {
	case cfg.Delay < 0:
		return nil, fmt.Errorf("%w: delay %v is negative", ErrBadConfig, cfg.Delay)
	case cfg.ParallelismPerHost < 0:
		return nil, fmt.Errorf("%w: parallelism_per_host %d is negative", ErrBadConfig, cfg.ParallelismPerHost)
	case cfg.Timeout < 0:
		return nil, fmt.Errorf("%w: timeout %v is negative", ErrBadConfig, cfg.Timeout)
	case cfg.MaxPageBytes < 0:
		return nil, fmt.Errorf("%w: max_page_bytes %d is negative", ErrBadConfig, cfg.MaxPageBytes)
	case cfg.WARCMaxBytes < 0:
		return nil, fmt.Errorf("%w: WARC file size %d is negative", ErrBadConfig, cfg.WARCMaxBytes)
	case len(cfg.Sources) == 0:
		return nil, fmt.Errorf("%w: no sources", ErrBadConfig)
	}
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	c := &Crawler{cfg: cfg, log: log}
	names := map[string]bool{}
	for i, s := range cfg.Sources {
		cs, err := crawlerValidateSource(s)
		if se := (*configSourceError)(nil); errors.As(err, &se) {
			se.index = i
		}
		if err != nil {
			return nil, fmt.Errorf("%w: source %d (%q): %w", ErrBadConfig, i+1, s.Name, err)
		}
		if names[s.Name] {
			return nil, fmt.Errorf("%w: source %d: %w", ErrBadConfig, i+1,
				&configSourceError{index: i, field: "name", err: fmt.Errorf("duplicate name %q", s.Name)})
		}
		names[s.Name] = true
		c.sources = append(c.sources, cs)
	}
	return c, nil
}

func crawlerValidateSource(s Source) (crawlerSource, error) {
	cs := crawlerSource{Source: s}
	if strings.TrimSpace(s.Name) == "" {
		return cs, &configSourceError{field: "name", err: errors.New("name is empty")}
	}
	if len(s.StartURLs)+len(s.Feeds)+len(s.Sitemaps) == 0 {
		return cs, &configSourceError{err: errors.New("no start_urls, feeds or sitemaps")}
	}
	if s.Delay < 0 {
		return cs, &configSourceError{field: "delay", err: fmt.Errorf("%v is negative", s.Delay)}
	}
	if s.ParallelismPerHost < 0 {
		return cs, &configSourceError{field: "parallelism_per_host", err: fmt.Errorf("%d is negative", s.ParallelismPerHost)}
	}
	if cs.MaxDepth == 0 {
		cs.MaxDepth = DefaultMaxDepth
	}
	hosts := map[string]bool{}
	for field, list := range map[string][]string{"start_urls": s.StartURLs, "feeds": s.Feeds, "sitemaps": s.Sitemaps} {
		for _, raw := range list {
			n, err := NormalizeURL(raw)
			if err != nil {
				return cs, &configSourceError{field: field, err: err}
			}
			u, _ := url.Parse(n)
			hosts[u.Hostname()] = true
		}
	}
	for _, d := range s.AllowedDomains {
		if d == "" || strings.ContainsAny(d, "/: ") || strings.Contains(strings.TrimPrefix(d, "*."), "*") {
			return cs, &configSourceError{field: "allowed_domains", err: fmt.Errorf("%q is not a host name or *.domain", d)}
		}
		cs.allowed = append(cs.allowed, strings.ToLower(d))
	}
	if len(cs.allowed) == 0 {
		for h := range hosts {
			cs.allowed = append(cs.allowed, h)
		}
	}
	for _, p := range s.ArticleURLPatterns {
		re, err := regexp.Compile(p)
		if err != nil {
			return cs, &configSourceError{field: "article_url_patterns", err: err}
		}
		cs.article = append(cs.article, re)
	}
	for _, p := range s.ExcludeURLPatterns {
		re, err := regexp.Compile(p)
		if err != nil {
			return cs, &configSourceError{field: "exclude_url_patterns", err: err}
		}
		cs.exclude = append(cs.exclude, re)
	}
	return cs, nil
}

// candidate reports whether the normalised URL u may be an article:
// no exclude pattern matches and, if article patterns are given, one does.
func (s *crawlerSource) candidate(u string) bool {
	for _, re := range s.exclude {
		if re.MatchString(u) {
			return false
		}
	}
	if len(s.article) == 0 {
		return true
	}
	for _, re := range s.article {
		if re.MatchString(u) {
			return true
		}
	}
	return false
}

// hostPolicy gives a host the delay and parallelism of the first source
// whose allowed domains match it, falling back to the Config's.
func (c *Crawler) hostPolicy(host string) (time.Duration, int) {
	delay, par := c.cfg.Delay, c.cfg.ParallelismPerHost
	for i := range c.sources {
		s := &c.sources[i]
		if !urlnormHostAllowed(host, s.allowed) {
			continue
		}
		if s.Delay > 0 {
			delay = s.Delay
		}
		if s.ParallelismPerHost > 0 {
			par = s.ParallelismPerHost
		}
		break
	}
	return delay, par
}
