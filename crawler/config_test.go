package crawler

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestLoadConfig(t *testing.T) {
	cfg, err := LoadConfig(filepath.Join("testdata", "sources.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if cfg.UserAgent != "claimwire/0.1 (+https://example.org/contact)" || cfg.Delay != 2*time.Second ||
		cfg.ParallelismPerHost != 1 || cfg.Timeout != 20*time.Second || cfg.MaxPageBytes != 5000000 ||
		cfg.AllowPrivateNetworks || cfg.Out != "/var/lib/claimwire" || cfg.State != "" {
		t.Errorf("top level = %+v", cfg)
	}
	if len(cfg.Sources) != 2 {
		t.Fatalf("sources = %d, want 2", len(cfg.Sources))
	}
	d := cfg.Sources[0]
	if d.Name != "daily" || len(d.StartURLs) != 1 || len(d.Feeds) != 1 || len(d.Sitemaps) != 1 ||
		len(d.AllowedDomains) != 2 || d.ArticleURLPatterns[0] != `/\d{4}/\d{2}/\d{2}/` || d.MaxDepth != 1 {
		t.Errorf("daily = %+v", d)
	}
	if w := cfg.Sources[1]; w.Delay != 5*time.Second || w.ParallelismPerHost != 2 {
		t.Errorf("weekly = %+v", w)
	}
}

func TestConfigParse(t *testing.T) {
	const src = "sources:\n  - name: a\n    feeds: [https://e.com/feed]\n"
	tests := []struct {
		name string
		yaml string
		want []string // substrings of the error; nil means valid
		chk  func(t *testing.T, c Config)
	}{
		{"minimal defaults", src, nil, func(t *testing.T, c Config) {
			if c.Delay != time.Second || c.State != "" {
				t.Errorf("delay %v state %q, want 1s and none", c.Delay, c.State)
			}
		}},
		{"zero delay allowed", "delay: 0s\n" + src, nil, func(t *testing.T, c Config) {
			if c.Delay != 0 {
				t.Errorf("delay = %v, want 0", c.Delay)
			}
		}},
		{"explicit state", "state: /tmp/s.db\nout: /tmp/out\n" + src, nil, func(t *testing.T, c Config) {
			if c.State != "/tmp/s.db" {
				t.Errorf("state = %q", c.State)
			}
		}},
		{"unknown top key", "user_agnet: x\n" + src, []string{"line 1", "user_agnet"}, nil},
		{"unknown source key", src + "    max_dept: 3\n", []string{"line 4", "max_dept"}, nil},
		{"bad duration", "delay: soon\n" + src, []string{"line 1", "soon"}, nil},
		{"bad type", "parallelism_per_host: many\n" + src, []string{"line 1", "many"}, nil},
		{"bad regexp", src + "    article_url_patterns: ['(']\n", []string{"line 4", "article_url_patterns", "missing closing )"}, nil},
		{"bad url", "sources:\n  - name: a\n    start_urls: [/relative]\n", []string{"line 3", "start_urls"}, nil},
		{"no sources", "delay: 1s\n", []string{"no sources"}, nil},
		{"empty", "", []string{"empty document"}, nil},
		{"not yaml", "sources: [\n", []string{"line"}, nil},
		{"duplicate name", src + "  - name: a\n    feeds: [https://e.com/x]\n", []string{"line 4", "duplicate name"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg, err := configParse([]byte(tt.yaml))
			if tt.want == nil {
				if err != nil {
					t.Fatalf("configParse: %v", err)
				}
				tt.chk(t, cfg)
				return
			}
			if !errors.Is(err, ErrBadConfig) {
				t.Fatalf("configParse error = %v, want ErrBadConfig", err)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not mention %q", err, w)
				}
			}
		})
	}
}

func TestLoadConfigMissing(t *testing.T) {
	_, err := LoadConfig(filepath.Join(t.TempDir(), "nope.yaml"))
	if !errors.Is(err, os.ErrNotExist) || !errors.Is(err, ErrBadConfig) || !strings.Contains(err.Error(), "nope.yaml") {
		t.Errorf("LoadConfig(missing) = %v, want ErrBadConfig and ErrNotExist naming the file", err)
	}
}
