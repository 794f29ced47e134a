package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"runtime"
	"time"

	"github.com/claimwire/claimwire/eval"
	"github.com/claimwire/claimwire/extract"
)

// benchCleanCmd runs `claimwire bench clean`: it cleans every page of the
// articles data set N times on one goroutine (HTML parsing included;
// reading and gunzipping the files is not) and prints pages/s (wall
// clock and per CPU-second) and allocations per page.
func benchCleanCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("bench clean", flag.ContinueOnError)
	fs.SetOutput(stderr)
	data := fs.String("data", "../shared/eval/articles", "articles data `dir` (truth.json and html/)")
	rounds := fs.Int("rounds", 5, "number of passes over the pages")
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: claimwire bench clean [--data DIR] [--rounds N]\n\n"+
			"Measures extract.Clean throughput on one goroutine, parse included.\n\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *rounds < 1 {
		return fmt.Errorf("bench clean: --rounds must be at least 1, got %d", *rounds)
	}
	truth, err := eval.LoadArticleTruth(*data)
	if err != nil {
		return fmt.Errorf("bench clean: %w", err)
	}
	pages, err := eval.LoadArticlePages(*data, truth)
	if err != nil {
		return fmt.Errorf("bench clean: %w", err)
	}
	var bytes int
	for _, p := range pages {
		bytes += len(p.Body)
	}
	// One warm-up pass so lazily built tables are not timed.
	for _, p := range pages {
		_, _ = extract.Clean(extract.Page{URL: p.URL, Body: p.Body}, extract.CleanOptions{})
	}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	cpu0, cpuOK := benchCPUTime()
	start := time.Now()
	n := 0
	bestRound := 0.0 // fastest round, pages per CPU-second
	for r := 0; r < *rounds; r++ {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("bench clean: %w", err)
		}
		r0, _ := benchCPUTime()
		for _, p := range pages {
			_, _ = extract.Clean(extract.Page{URL: p.URL, Body: p.Body}, extract.CleanOptions{})
			n++
		}
		if r1, ok := benchCPUTime(); ok && r1 > r0 {
			bestRound = max(bestRound, float64(len(pages))/(r1-r0).Seconds())
		}
	}
	elapsed := time.Since(start)
	cpu1, _ := benchCPUTime()
	runtime.ReadMemStats(&after)
	secs := elapsed.Seconds()
	fmt.Fprintf(stdout, "pages %d  rounds %d  time %.3fs\n", len(pages), *rounds, secs)
	fmt.Fprintf(stdout, "%.1f pages/s  %.1f MB/s  %.0f allocs/page  %.0f KB/page  (GOMAXPROCS %d, one goroutine)\n",
		float64(n)/secs, float64(bytes)*float64(*rounds)/secs/1e6,
		float64(after.Mallocs-before.Mallocs)/float64(n),
		float64(after.TotalAlloc-before.TotalAlloc)/float64(n)/1024, runtime.GOMAXPROCS(0))
	if cpuOK {
		// CPU time includes the garbage collector's work on the other
		// core; on a shared machine it is steadier than wall time.
		cs := (cpu1 - cpu0).Seconds()
		fmt.Fprintf(stdout, "%.1f pages per CPU-second  (CPU %.3fs, GC included; fastest round %.1f)\n", float64(n)/cs, cs, bestRound)
	}
	return nil
}
