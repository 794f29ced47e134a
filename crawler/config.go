package crawler

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

// configFileDefaultDelay is the per-host delay when a config file sets none.
const configFileDefaultDelay = time.Second

// configFile is the YAML shape of a config file (see LoadConfig). Pointer
// fields tell an absent key from a zero value.
type configFile struct {
	UserAgent            string             `yaml:"user_agent"`
	Delay                *time.Duration     `yaml:"delay"`
	ParallelismPerHost   int                `yaml:"parallelism_per_host"`
	Timeout              time.Duration      `yaml:"timeout"`
	MaxPageBytes         int64              `yaml:"max_page_bytes"`
	AllowPrivateNetworks bool               `yaml:"allow_private_networks"`
	IgnoreRobots         bool               `yaml:"ignore_robots"`
	State                string             `yaml:"state"`
	Out                  string             `yaml:"out"`
	Sources              []configFileSource `yaml:"sources"`
}

type configFileSource struct {
	Name               string        `yaml:"name"`
	StartURLs          []string      `yaml:"start_urls"`
	Feeds              []string      `yaml:"feeds"`
	Sitemaps           []string      `yaml:"sitemaps"`
	AllowedDomains     []string      `yaml:"allowed_domains"`
	ArticleURLPatterns []string      `yaml:"article_url_patterns"`
	ExcludeURLPatterns []string      `yaml:"exclude_url_patterns"`
	MaxDepth           int           `yaml:"max_depth"`
	Delay              time.Duration `yaml:"delay"`
	ParallelismPerHost int           `yaml:"parallelism_per_host"`
}

// LoadConfig reads a YAML crawl config (the sources.yaml of the README)
// and validates it as New does. Keys are user_agent, delay (a Go duration,
// default 1s, "0s" allowed), parallelism_per_host, timeout, max_page_bytes,
// allow_private_networks, ignore_robots, state, out, and sources, each with name, start_urls, feeds,
// sitemaps, allowed_domains, article_url_patterns, exclude_url_patterns,
// max_depth, delay and parallelism_per_host. Unknown keys, wrong types and
// invalid values are errors wrapping ErrBadConfig that name the file, the
// line and the key. Paths are used as written, relative to the working
// directory. Precedence is the caller's: apply command-line flags to the
// returned Config. State is left empty when the file has no state key; the
// documented default, OUT/state.db, depends on the final output directory,
// so the caller sets it after applying --out:
//
//	if cfg.State == "" && cfg.Out != "" {
//		cfg.State = filepath.Join(cfg.Out, "state.db")
//	}
func LoadConfig(path string) (Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return Config{}, fmt.Errorf("loading config %s: %w: %w", path, ErrBadConfig, err)
	}
	cfg, err := configParse(data)
	if err != nil {
		return Config{}, fmt.Errorf("loading config %s: %w", path, err)
	}
	return cfg, nil
}

// configParse decodes and validates a YAML config document.
func configParse(data []byte) (Config, error) {
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return Config{}, fmt.Errorf("%w: %w", ErrBadConfig, err)
	}
	if len(root.Content) == 0 {
		return Config{}, fmt.Errorf("%w: empty document", ErrBadConfig)
	}
	var f configFile
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&f); err != nil && !errors.Is(err, io.EOF) {
		var te *yaml.TypeError
		if errors.As(err, &te) {
			msgs := make([]string, len(te.Errors))
			for i, m := range te.Errors {
				m, _, _ = strings.Cut(m, " in type crawler.configFile")
				if strings.HasSuffix(m, " not found") {
					m = strings.Replace(strings.TrimSuffix(m, " not found"), "field ", "unknown key ", 1)
				}
				msgs[i] = m
			}
			return Config{}, fmt.Errorf("%w: %s", ErrBadConfig, strings.Join(msgs, "; "))
		}
		return Config{}, fmt.Errorf("%w: %w", ErrBadConfig, err)
	}
	cfg := Config{
		UserAgent: f.UserAgent, Delay: configFileDefaultDelay, ParallelismPerHost: f.ParallelismPerHost,
		Timeout: f.Timeout, MaxPageBytes: f.MaxPageBytes, AllowPrivateNetworks: f.AllowPrivateNetworks,
		IgnoreRobots: f.IgnoreRobots, State: f.State, Out: f.Out,
	}
	if f.Delay != nil {
		cfg.Delay = *f.Delay
	}
	for _, s := range f.Sources {
		cfg.Sources = append(cfg.Sources, Source(s))
	}
	if _, err := New(cfg); err != nil {
		return Config{}, configLocate(&root, err)
	}
	return cfg, nil
}

// configLocate adds the line of the source an error is about, found in the
// YAML node tree, to a validation error from New.
func configLocate(root *yaml.Node, err error) error {
	var se *configSourceError
	if !errors.As(err, &se) {
		return err
	}
	doc := root.Content[0]
	for i := 0; i+1 < len(doc.Content); i += 2 {
		if doc.Content[i].Value != "sources" {
			continue
		}
		list := doc.Content[i+1]
		if se.index < len(list.Content) {
			node := list.Content[se.index]
			line := node.Line
			for j := 0; j+1 < len(node.Content); j += 2 {
				if node.Content[j].Value == se.field {
					line = node.Content[j].Line
				}
			}
			return &configLineError{line: line, err: err}
		}
	}
	return err
}

// configSourceError is a validation error about one source's field.
type configSourceError struct {
	index int    // 0-based position in Sources
	field string // YAML key, "" when about the whole source
	err   error
}

func (e *configSourceError) Error() string {
	if e.field == "" {
		return e.err.Error()
	}
	return e.field + ": " + e.err.Error()
}

func (e *configSourceError) Unwrap() error { return e.err }

// configLineError puts the line of the YAML it is about into a validation
// error from New.
type configLineError struct {
	line int
	err  error
}

func (e *configLineError) Error() string {
	return fmt.Sprintf("%v: line %d: %s", ErrBadConfig, e.line, strings.TrimPrefix(e.err.Error(), ErrBadConfig.Error()+": "))
}

func (e *configLineError) Unwrap() error { return e.err }
