package crawler

import (
	"bytes"
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptrace"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/nlnwa/gowarc/v3"
)

// DefaultWARCMaxBytes is the size at which a WARC file is closed and the
// next one begun when Config.WARCMaxBytes is 0: 1 GiB, the size the WARC
// 1.1 standard recommends (annex C).
const DefaultWARCMaxBytes = 1 << 30

// warcPrefix begins the name of every WARC file a run writes.
const warcPrefix = "claimwire"

// warcOpenSuffix marks a WARC file still being written; it is dropped by a
// rename when the file is closed, so a file without it is complete.
const warcOpenSuffix = ".open"

// warcBufferMem is how much of one record is buffered in memory before
// gowarc spills it to a temporary file.
const warcBufferMem = 1 << 20

// warcGzipLevel is the gzip level of the WARC files: the fastest. One
// writer goroutine compresses every record, so compression bounds the
// crawl rate; see BenchmarkRunWARC for the cost.
const warcGzipLevel = 1

// warcQueue is how many record groups may wait for the archive's writer;
// a fetch that finds the queue full waits. It bounds the memory held by
// records on their way to disk (each buffers up to warcBufferMem).
const warcQueue = 16

// warcArchive writes a run's HTTP exchanges as WARC/1.1 request and
// response records into gzip-compressed files (one gzip member per record)
// in one directory, rotating at a size limit. Files being written carry
// the ".open" suffix. It is safe for concurrent use. Records are built
// (digests computed) by the fetching goroutines and queued to one writer
// goroutine, so a fetch does not wait for the disk while it holds its
// host's politeness slot; a request and its response are written by one
// gowarc call, next to each other, batched with others that are waiting.
type warcArchive struct {
	w   *gowarc.WarcFileWriter
	log *slog.Logger

	closeMu sync.RWMutex // held to send on queue, taken to close it
	closed  bool
	queue   chan warcJob
	stopped chan struct{} // closed when the writer goroutine has drained queue

	// gowarcMu serialises the calls into gowarc that build record
	// options: gowarc v3.1.0 sets a package variable of google/uuid
	// (EnableRandPool) in every NewRecordBuilder without synchronisation,
	// and its file writer builds the warcinfo record inside Write. So
	// builders are made (newBuilder) and records written under this lock.
	gowarcMu sync.Mutex

	errMu sync.Mutex
	err   error // first write error, returned by close
}

// newBuilder starts a record (see gowarcMu).
func (a *warcArchive) newBuilder(rt gowarc.RecordType) gowarc.WarcRecordBuilder {
	a.gowarcMu.Lock()
	defer a.gowarcMu.Unlock()
	return gowarc.NewRecordBuilder(rt, gowarc.WithAddMissingDigest(true), gowarc.WithBufferMaxMemBytes(warcBufferMem),
		gowarc.WithRecordIdFunc(warcRecordID))
}

// warcRecordID makes a WARC-Record-ID, a random (version 4) UUID URN. It
// replaces gowarc's default, which reads the same unsynchronised uuid
// variable (see gowarcMu), so that Build needs no lock.
func warcRecordID() (string, error) {
	var b [16]byte
	_, _ = rand.Read(b[:]) // crypto/rand.Read does not fail
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	return fmt.Sprintf("urn:uuid:%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:16]), nil
}

// warcOpen opens the archive of a run writing into cfg.WARCDir, creating
// the directory if needed; it returns nil, nil when the Config asks for no
// archive. Files are created as records arrive, so a run that receives no
// response leaves no file.
func warcOpen(cfg Config, log *slog.Logger) (*warcArchive, error) {
	if cfg.WARCDir == "" {
		return nil, nil
	}
	if err := os.MkdirAll(cfg.WARCDir, 0o755); err != nil {
		return nil, fmt.Errorf("creating WARC directory %s: %w", cfg.WARCDir, err)
	}
	maxBytes := cfg.WARCMaxBytes
	if maxBytes == 0 {
		maxBytes = DefaultWARCMaxBytes
	}
	info := fmt.Sprintf("software: claimwire crawler (gowarc v3)\r\nformat: WARC File Format 1.1\r\n"+
		"conformsTo: http://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/\r\n"+
		"http-header-user-agent: %s\r\n", strings.NewReplacer("\r", " ", "\n", " ").Replace(cfg.UserAgent))
	w := gowarc.NewWarcFileWriter(
		gowarc.WithFileNameGenerator(&warcNames{dir: cfg.WARCDir, prefix: warcPrefix, host: warcHostName()}),
		gowarc.WithMaxFileSize(maxBytes),
		gowarc.WithCompression(true),
		gowarc.WithCompressionLevel(warcGzipLevel),
		gowarc.WithOpenFileSuffix(warcOpenSuffix),
		gowarc.WithWarcInfoFunc(func(b gowarc.WarcRecordBuilder) error {
			_, err := b.WriteString(info)
			return err
		}),
		gowarc.WithRecordOptions(gowarc.WithAddMissingDigest(true), gowarc.WithRecordIdFunc(warcRecordID)),
	)
	a := &warcArchive{w: w, log: log, queue: make(chan warcJob, warcQueue), stopped: make(chan struct{})}
	go a.writeLoop()
	return a, nil
}

// warcJob is a group of records to write together; done is closed once
// they are written (or failed).
type warcJob struct {
	target  string
	records []gowarc.WarcRecord
	done    chan struct{}
}

// warcBatch is the most jobs writeLoop hands to gowarc in one call: each
// call crosses two of gowarc's goroutines, which on a busy machine costs
// more than writing a few records.
const warcBatch = 32

// writeLoop writes the queued records until the queue is closed, the jobs
// waiting at each turn in one batch.
func (a *warcArchive) writeLoop() {
	defer close(a.stopped)
	for job := range a.queue {
		batch := []warcJob{job}
	more:
		for len(batch) < warcBatch {
			select {
			case j, ok := <-a.queue:
				if !ok {
					break more
				}
				batch = append(batch, j)
			default:
				break more
			}
		}
		var records []gowarc.WarcRecord
		for _, j := range batch {
			records = append(records, j.records...)
		}
		a.gowarcMu.Lock()
		results := a.w.Write(records...)
		a.gowarcMu.Unlock()
		i := 0
		for _, j := range batch {
			for range j.records {
				if i < len(results) && results[i].Err != nil {
					a.fail(fmt.Errorf("archiving %s in %s: %w", j.target, results[i].FileName, results[i].Err))
				}
				i++
			}
			if j.done != nil {
				close(j.done)
			}
		}
	}
}

// write queues records for the archive, to be written together, and
// returns a function that waits until they are written to the file (or
// failed). A failure is logged and kept for close: losing the archive
// does not stop the crawl. Records arriving after close are dropped.
func (a *warcArchive) write(target string, records ...gowarc.WarcRecord) (wait func()) {
	job := warcJob{target: target, records: records, done: make(chan struct{})}
	a.closeMu.RLock()
	if a.closed {
		a.closeMu.RUnlock()
		for _, r := range records {
			_ = r.Close()
		}
		return func() {}
	}
	a.queue <- job
	a.closeMu.RUnlock()
	return func() { <-job.done }
}

func (a *warcArchive) fail(err error) {
	a.log.Error("WARC archive", "err", err)
	a.errMu.Lock()
	defer a.errMu.Unlock()
	if a.err == nil {
		a.err = err
	}
}

// close closes the current file (dropping its ".open" suffix) and returns
// the first error met while archiving. It is nil-safe.
func (a *warcArchive) close() error {
	if a == nil {
		return nil
	}
	a.closeMu.Lock()
	if !a.closed {
		a.closed = true
		close(a.queue)
	}
	a.closeMu.Unlock()
	<-a.stopped
	if err := a.w.Close(); err != nil {
		a.fail(fmt.Errorf("closing WARC file: %w", err))
	}
	a.errMu.Lock()
	defer a.errMu.Unlock()
	return a.err
}

// warcArticleField, set to "yes" in a metadata record the crawler writes
// when it hands a page out as an article, marks its WARC-Target-URI as an
// article (see WARCArticleURLs).
const warcArticleField = "claimwire-article"

// markArticle queues a metadata record saying the page fetched from
// p.FinalURL was handed out as an article, with what the crawler knew of
// it: normalised and canonical URL, source and link depth. The record
// goes to the writer before the page is handed to the pipeline, and the
// returned function waits until it is in the file (not fsynced: it
// survives the process, not the machine). Run calls it before it records
// the page in the crawl state, so every article a later run will not
// fetch again is marked; its response, queued earlier, is in the file
// too. It is nil-safe.
func (a *warcArchive) markArticle(p Page) (wait func()) {
	if a == nil {
		return func() {}
	}
	clean := strings.NewReplacer("\r", " ", "\n", " ").Replace
	b := a.newBuilder(gowarc.Metadata)
	fmt.Fprintf(b, "%s: yes\r\nurl: %s\r\n", warcArticleField, clean(p.URL))
	if p.Canonical != "" {
		fmt.Fprintf(b, "canonical-url: %s\r\n", clean(p.Canonical))
	}
	fmt.Fprintf(b, "source: %s\r\ndepth: %d\r\n", clean(p.Source), p.Depth)
	b.AddWarcHeader(gowarc.WarcTargetURI, p.FinalURL)
	b.AddWarcHeaderTime(gowarc.WarcDate, p.FetchedAt.UTC())
	b.AddWarcHeader(gowarc.ContentType, gowarc.ApplicationWarcFields)
	rec, _, err := b.Build()
	if err != nil {
		a.fail(fmt.Errorf("archiving the article mark of %s: %w", p.FinalURL, err))
		return func() {}
	}
	return a.write(p.FinalURL, rec)
}

// warcNames names WARC files as the standard recommends:
// PREFIX-TIMESTAMP-SERIAL-HOST.warc(.gz), with a 14-digit UTC timestamp
// and a serial counting the run's files. A name already taken in the
// directory (a run in the same second) moves to the next serial.
type warcNames struct {
	dir, prefix, host string
	mu                sync.Mutex
	serial            int
}

// NewWarcfileName implements gowarc.WarcFileNameGenerator.
func (g *warcNames) NewWarcfileName() (string, string) {
	g.mu.Lock()
	defer g.mu.Unlock()
	ts := time.Now().UTC().Format("20060102150405")
	for {
		g.serial++
		name := fmt.Sprintf("%s-%s-%05d-%s.warc", g.prefix, ts, g.serial, g.host)
		if !warcNameTaken(filepath.Join(g.dir, name)) {
			return g.dir, name
		}
	}
}

// warcNameTaken reports whether a WARC file of that base name exists,
// finished or open, compressed or not.
func warcNameTaken(base string) bool {
	for _, suffix := range []string{"", ".gz", warcOpenSuffix, ".gz" + warcOpenSuffix} {
		if _, err := os.Lstat(base + suffix); err == nil {
			return true
		}
	}
	return false
}

// warcHostName is this machine's name made safe for a file name.
func warcHostName() string {
	h, err := os.Hostname()
	if err != nil || h == "" {
		return "localhost"
	}
	return strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '.' {
			return r
		}
		return '_'
	}, h)
}

// warcTransport records every response its base transport returns, with
// the request that asked for it, in the archive. It sits under
// fetchTransport, so each attempt is recorded (a retried 503 as well as
// the 200 after it), each hop of a redirect chain, 304s and error pages.
// Requests that got no response (network errors, the address guard) leave
// no record. The body is teed as the client reads it, so fetchTransport's
// size limit still bounds it: a response read only in part (over the size
// limit, or drained and dropped before a retry) is recorded with what was
// read and "WARC-Truncated: length" ("time" after a timeout, "disconnect"
// after another read error). The record pair is queued for writing when
// the body is closed.
type warcTransport struct {
	base    http.RoundTripper
	archive *warcArchive
}

// RoundTrip implements http.RoundTripper.
func (t *warcTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	ex := &warcExchange{archive: t.archive, req: req, sent: time.Now()}
	trace := &httptrace.ClientTrace{
		GotConn:          ex.gotConn,
		WroteHeaderField: ex.wroteHeaderField,
	}
	resp, err := t.base.RoundTrip(req.WithContext(httptrace.WithClientTrace(req.Context(), trace)))
	if err != nil {
		return resp, err
	}
	ex.resp, ex.received = resp, time.Now()
	ex.body = t.archive.newBuilder(gowarc.Response)
	fmt.Fprintf(ex.body, "%s %s\r\n", resp.Proto, resp.Status)
	if err := resp.Header.Write(ex.body); err != nil {
		ex.err = err
	}
	io.WriteString(ex.body, "\r\n")
	if resp.Body == nil {
		resp.Body = http.NoBody
	}
	resp.Body = &warcBody{rc: resp.Body, ex: ex}
	return resp, nil
}

// warcExchange is one request and its response on their way into the
// archive.
type warcExchange struct {
	archive *warcArchive
	req     *http.Request
	sent    time.Time

	mu     sync.Mutex // the trace hooks may run on the transport's goroutines
	fields []string   // request header fields as written on the wire
	ip     string

	resp     *http.Response
	received time.Time
	body     gowarc.WarcRecordBuilder // the response record, body teed in
	n        int64                    // body bytes read
	eof      bool                     // the body was read to its end
	err      error                    // a read or write error met on the way
}

// gotConn notes the server's address. The transport may send a request
// again on a new connection (a stale keep-alive one), so the header
// fields of an earlier attempt are dropped.
func (ex *warcExchange) gotConn(info httptrace.GotConnInfo) {
	ex.mu.Lock()
	defer ex.mu.Unlock()
	ex.fields = ex.fields[:0]
	if info.Conn == nil {
		return
	}
	if host, _, err := net.SplitHostPort(info.Conn.RemoteAddr().String()); err == nil {
		ex.ip = host
	}
}

func (ex *warcExchange) wroteHeaderField(key string, value []string) {
	ex.mu.Lock()
	defer ex.mu.Unlock()
	switch {
	case key == ":authority":
		key = "Host"
	case strings.HasPrefix(key, ":"): // other HTTP/2 pseudo-headers are in the request line
		return
	}
	for _, v := range value {
		ex.fields = append(ex.fields, key+": "+v)
	}
}

// requestBlock renders the request as an HTTP/1.1 message: the request
// line and the header fields the transport wrote (Host, User-Agent,
// Accept-Encoding included), or, when the transport reported none, Host
// and the request's own header.
func (ex *warcExchange) requestBlock() []byte {
	var b bytes.Buffer
	proto := "HTTP/1.1"
	if ex.resp.ProtoMajor == 2 {
		proto = "HTTP/2"
	}
	fmt.Fprintf(&b, "%s %s %s\r\n", ex.req.Method, ex.req.URL.RequestURI(), proto)
	ex.mu.Lock()
	fields := ex.fields
	ex.mu.Unlock()
	if len(fields) > 0 {
		for _, f := range fields {
			b.WriteString(f)
			b.WriteString("\r\n")
		}
	} else {
		host := ex.req.Host
		if host == "" {
			host = ex.req.URL.Host
		}
		fmt.Fprintf(&b, "Host: %s\r\n", host)
		_ = ex.req.Header.Write(&b) // a bytes.Buffer does not fail
	}
	b.WriteString("\r\n")
	return b.Bytes()
}

// truncated gives the WARC-Truncated reason of a body closed now, "" if it
// was read whole.
func (ex *warcExchange) truncated() string {
	switch {
	case ex.eof, ex.resp.ContentLength >= 0 && ex.n == ex.resp.ContentLength:
		return ""
	case ex.err == nil:
		return "length"
	case errors.Is(ex.err, context.DeadlineExceeded), errors.Is(ex.err, os.ErrDeadlineExceeded):
		return "time"
	}
	return "disconnect"
}

// finish builds the request and response records and writes them.
func (ex *warcExchange) finish() {
	target := ex.req.URL.String()
	ex.mu.Lock()
	ip := ex.ip
	ex.mu.Unlock()
	reqb := ex.archive.newBuilder(gowarc.Request)
	_, _ = reqb.Write(ex.requestBlock())
	for _, b := range []gowarc.WarcRecordBuilder{reqb, ex.body} {
		b.AddWarcHeader(gowarc.WarcTargetURI, target)
		if ip != "" {
			b.AddWarcHeader(gowarc.WarcIPAddress, ip)
		}
	}
	// The ids are set here, not by gowarc, to link the pair with
	// WARC-Concurrent-To while records of many exchanges share one Write.
	reqID, _ := warcRecordID()
	respID, _ := warcRecordID()
	reqb.AddWarcHeader(gowarc.WarcRecordID, "<"+reqID+">")
	reqb.AddWarcHeader(gowarc.WarcConcurrentTo, "<"+respID+">")
	ex.body.AddWarcHeader(gowarc.WarcRecordID, "<"+respID+">")
	ex.body.AddWarcHeader(gowarc.WarcConcurrentTo, "<"+reqID+">")
	reqb.AddWarcHeaderTime(gowarc.WarcDate, ex.sent.UTC())
	reqb.AddWarcHeader(gowarc.ContentType, "application/http;msgtype=request")
	ex.body.AddWarcHeaderTime(gowarc.WarcDate, ex.received.UTC())
	ex.body.AddWarcHeader(gowarc.ContentType, "application/http;msgtype=response")
	if why := ex.truncated(); why != "" {
		ex.body.AddWarcHeader(gowarc.WarcTruncated, why)
	}
	reqRec, _, err := reqb.Build()
	if err != nil {
		_ = ex.body.Close()
		ex.archive.fail(fmt.Errorf("archiving %s: request record: %w", target, err))
		return
	}
	respRec, _, err := ex.body.Build()
	if err != nil {
		_ = reqRec.Close()
		ex.archive.fail(fmt.Errorf("archiving %s: response record: %w", target, err))
		return
	}
	ex.archive.write(target, reqRec, respRec)
}

// warcBody tees a response body into its exchange's response record as it
// is read, and writes the records when it is closed.
type warcBody struct {
	rc   io.ReadCloser
	ex   *warcExchange
	once sync.Once
}

func (b *warcBody) Read(p []byte) (int, error) {
	n, err := b.rc.Read(p)
	ex := b.ex
	if n > 0 {
		if _, werr := ex.body.Write(p[:n]); werr != nil && ex.err == nil {
			ex.err = werr
		}
		ex.n += int64(n)
	}
	switch {
	case err == io.EOF:
		ex.eof = true
	case err != nil && ex.err == nil:
		ex.err = err
	}
	return n, err
}

func (b *warcBody) Close() error {
	err := b.rc.Close()
	b.once.Do(b.ex.finish)
	return err
}
