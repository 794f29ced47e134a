package output

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"sync"

	"github.com/claimwire/claimwire/extract"
)

// Mode says what a JSONL file writer does with an existing file.
type Mode int

const (
	// Truncate starts the file afresh.
	Truncate Mode = iota
	// Append keeps existing records and adds new ones after them. A
	// truncated last line left by a killed run is cut off first.
	Append
)

// LineWriter writes JSON values as lines: one whole record per line,
// UTF-8, without HTML escaping of <, > and &. Each line reaches the file in
// a single write call, so a killed process leaves either the whole line or
// none of it (at worst a prefix, which the next Append open repairs).
//
// A LineWriter is safe for concurrent use.
type LineWriter struct {
	mu   sync.Mutex
	w    io.Writer
	f    *os.File // nil when writing to a stream we do not own
	name string
	buf  bytes.Buffer
	enc  *json.Encoder
	n    int
}

// NewLineWriter writes lines to w, which it does not close.
func NewLineWriter(w io.Writer, name string) *LineWriter {
	lw := &LineWriter{w: w, name: name}
	lw.enc = json.NewEncoder(&lw.buf)
	lw.enc.SetEscapeHTML(false)
	return lw
}

// OpenLineFile opens path for writing lines in the given mode, creating its
// directory when needed. In Append mode, a last line without its newline
// (from a crash mid-write) is removed and reported through logger.
func OpenLineFile(path string, mode Mode, logger *slog.Logger) (*LineWriter, error) {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, fmt.Errorf("opening %s: %w", path, err)
	}
	flags := os.O_CREATE | os.O_RDWR
	if mode == Truncate {
		flags |= os.O_TRUNC
	}
	f, err := os.OpenFile(path, flags, 0o644)
	if err != nil {
		return nil, fmt.Errorf("opening %s: %w", path, err)
	}
	if mode == Append {
		cut, err := repairLastLine(f)
		if err != nil {
			f.Close()
			return nil, fmt.Errorf("repairing %s: %w", path, err)
		}
		if cut > 0 {
			logger.Warn("removed a partial last line left by an interrupted run", "file", path, "bytes", cut)
		}
		if _, err := f.Seek(0, io.SeekEnd); err != nil {
			f.Close()
			return nil, fmt.Errorf("opening %s: %w", path, err)
		}
	}
	lw := NewLineWriter(f, path)
	lw.f = f
	return lw, nil
}

// repairLastLine truncates f after its last newline when its last byte is
// not a newline, and returns how many bytes it removed.
func repairLastLine(f *os.File) (int64, error) {
	st, err := f.Stat()
	if err != nil {
		return 0, err
	}
	size := st.Size()
	if size == 0 {
		return 0, nil
	}
	const chunk = 64 << 10
	buf := make([]byte, chunk)
	end := size
	for end > 0 {
		start := max(end-chunk, 0)
		n, err := f.ReadAt(buf[:end-start], start)
		if err != nil && !errors.Is(err, io.EOF) {
			return 0, err
		}
		b := buf[:n]
		if end == size && len(b) > 0 && b[len(b)-1] == '\n' {
			return 0, nil
		}
		if i := bytes.LastIndexByte(b, '\n'); i >= 0 {
			keep := start + int64(i) + 1
			return size - keep, f.Truncate(keep)
		}
		end = start
	}
	return size, f.Truncate(0)
}

// Write encodes v as one line and writes it in one call.
func (lw *LineWriter) Write(v any) error {
	lw.mu.Lock()
	defer lw.mu.Unlock()
	lw.buf.Reset()
	if err := lw.enc.Encode(v); err != nil { // Encode appends the newline
		return fmt.Errorf("encoding a record for %s: %w", lw.name, err)
	}
	if _, err := lw.w.Write(lw.buf.Bytes()); err != nil {
		return fmt.Errorf("writing %s: %w", lw.name, err)
	}
	lw.n++
	return nil
}

// Lines returns how many lines this writer has written.
func (lw *LineWriter) Lines() int {
	lw.mu.Lock()
	defer lw.mu.Unlock()
	return lw.n
}

// Close flushes the file to disk and closes it; for a stream it does
// nothing.
func (lw *LineWriter) Close() error {
	lw.mu.Lock()
	defer lw.mu.Unlock()
	if lw.f == nil {
		return nil
	}
	err := lw.f.Sync()
	if cerr := lw.f.Close(); err == nil {
		err = cerr
	}
	lw.f = nil
	if err != nil {
		return fmt.Errorf("closing %s: %w", lw.name, err)
	}
	return nil
}

// JSONL is the sink that writes article records to one line file and
// claim records to another. Either may be nil to skip that kind.
type JSONL struct {
	Articles *LineWriter
	Claims   *LineWriter
}

// OpenJSONL opens DIR/articles.jsonl and DIR/claims.jsonl.
func OpenJSONL(dir string, mode Mode, logger *slog.Logger) (*JSONL, error) {
	a, err := OpenLineFile(filepath.Join(dir, "articles.jsonl"), mode, logger)
	if err != nil {
		return nil, err
	}
	c, err := OpenLineFile(filepath.Join(dir, "claims.jsonl"), mode, logger)
	if err != nil {
		a.Close()
		return nil, err
	}
	return &JSONL{Articles: a, Claims: c}, nil
}

// Write writes the article's record, then one record per claim. The
// article line is written first so that a claim never refers to an article
// that is not in the file.
func (s *JSONL) Write(_ context.Context, a extract.Article, claims []extract.Claim) error {
	if s.Articles != nil {
		if err := s.Articles.Write(a); err != nil {
			return err
		}
	}
	if s.Claims != nil {
		for _, c := range claims {
			if err := s.Claims.Write(c); err != nil {
				return err
			}
		}
	}
	return nil
}

// Close closes both files.
func (s *JSONL) Close() error {
	var errs []error
	if s.Articles != nil {
		errs = append(errs, s.Articles.Close())
	}
	if s.Claims != nil {
		errs = append(errs, s.Claims.Close())
	}
	return errors.Join(errs...)
}
