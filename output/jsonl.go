package output

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
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
	return lw.writeLocked(lw.buf.Bytes())
}

// writeLine writes one encoded line (ending in a newline) in one call.
func (lw *LineWriter) writeLine(line []byte) error {
	lw.mu.Lock()
	defer lw.mu.Unlock()
	return lw.writeLocked(line)
}

func (lw *LineWriter) writeLocked(line []byte) error {
	if _, err := lw.w.Write(line); err != nil {
		return fmt.Errorf("writing %s: %w", lw.name, err)
	}
	lw.n++
	return nil
}

// encodeLine encodes v as one JSON line the way LineWriter does: no HTML
// escaping, a newline at the end.
func encodeLine(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// lineKey is a short digest of an encoded record line, to tell whether a
// record with the same id was written with the same content.
func lineKey(line []byte) [8]byte {
	sum := sha256.Sum256(bytes.TrimRight(line, "\n"))
	return [8]byte(sum[:8])
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
//
// Opened for appending, it is idempotent: an article whose id and content
// hash are already in the file is not written again, and a claim whose id
// is already there with the very same record is not either. So a page
// fetched again after a killed run, or the same input extracted twice,
// adds nothing, and a run killed between an article's line and its claims'
// lines gets the missing claims written by the next run. A changed article
// adds its new records, which supersede earlier ones with the same ids.
type JSONL struct {
	Articles *LineWriter
	Claims   *LineWriter
	// articles maps the ids of the articles already in the file to their
	// content hashes, claims the ids of the claims to a digest of their
	// line; both nil when the files were started afresh.
	articles map[string]string
	claims   map[string][8]byte
	skipped  int
}

// OpenJSONL opens DIR/articles.jsonl and DIR/claims.jsonl.
func OpenJSONL(dir string, mode Mode, logger *slog.Logger) (*JSONL, error) {
	artPath, claimPath := filepath.Join(dir, "articles.jsonl"), filepath.Join(dir, "claims.jsonl")
	s := &JSONL{}
	var err error
	if s.Articles, err = OpenLineFile(artPath, mode, logger); err != nil {
		return nil, err
	}
	if s.Claims, err = OpenLineFile(claimPath, mode, logger); err != nil {
		s.Articles.Close()
		return nil, err
	}
	if mode == Append {
		s.articles = map[string]string{}
		s.claims = map[string][8]byte{}
		err = readLines(artPath, func(id string, rec map[string]json.RawMessage, _ []byte) {
			var h string
			json.Unmarshal(rec["content_hash"], &h)
			s.articles[id] = h
		})
		if err == nil {
			err = readLines(claimPath, func(id string, _ map[string]json.RawMessage, line []byte) {
				s.claims[id] = lineKey(line)
			})
		}
		if err != nil {
			s.Close()
			return nil, err
		}
	}
	return s, nil
}

// readLines calls fn with the id, fields and bytes of every record line of
// a JSONL file; lines that do not parse are passed over.
func readLines(path string, fn func(id string, rec map[string]json.RawMessage, line []byte)) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("reading %s: %w", path, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<30)
	for sc.Scan() {
		var rec map[string]json.RawMessage
		if json.Unmarshal(sc.Bytes(), &rec) != nil {
			continue
		}
		var id string
		if json.Unmarshal(rec["id"], &id) == nil && id != "" {
			fn(id, rec, sc.Bytes())
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("reading %s: %w", path, err)
	}
	return nil
}

// Skipped returns how many articles Write left out because the file
// already held them with the same text.
func (s *JSONL) Skipped() int { return s.skipped }

// Write writes the article's record, then one record per claim. The
// article line is written first so that a claim never refers to an article
// that is not in the file.
func (s *JSONL) Write(_ context.Context, a extract.Article, claims []extract.Claim) error {
	if s.Articles != nil {
		if h, ok := s.articles[a.ID]; ok && h == a.ContentHash {
			s.skipped++
		} else {
			if err := s.Articles.Write(a); err != nil {
				return err
			}
			if s.articles != nil {
				s.articles[a.ID] = a.ContentHash
			}
		}
	}
	if s.Claims == nil {
		return nil
	}
	for _, c := range claims {
		if s.claims == nil {
			if err := s.Claims.Write(c); err != nil {
				return err
			}
			continue
		}
		line, err := encodeLine(c)
		if err != nil {
			return fmt.Errorf("encoding claim %s: %w", c.ID, err)
		}
		key := lineKey(line)
		if k, ok := s.claims[c.ID]; ok && k == key {
			continue
		}
		if err := s.Claims.writeLine(line); err != nil {
			return err
		}
		s.claims[c.ID] = key
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
