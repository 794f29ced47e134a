package pipeline

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/claimwire/claimwire/extract"
)

type memSink struct {
	ids  []string
	fail error
}

func (m *memSink) Write(_ context.Context, a extract.Article, _ []extract.Claim) error {
	if m.fail != nil {
		return m.fail
	}
	m.ids = append(m.ids, a.ID)
	return nil
}
func (m *memSink) Close() error { return nil }

func textDoc(id, text string) Doc {
	return Doc{Article: &extract.Article{SchemaVersion: extract.SchemaVersion, ID: id, Text: text, ContentHash: extract.ContentHash(text)}}
}

func feed(docs ...Doc) <-chan Doc {
	ch := make(chan Doc, len(docs))
	for _, d := range docs {
		ch <- d
	}
	close(ch)
	return ch
}

func TestRunKeepsInputOrderAndCounts(t *testing.T) {
	var docs []Doc
	var want []string
	for i := range 50 {
		id := fmt.Sprintf("doc-%02d", i)
		docs = append(docs, textDoc(id, fmt.Sprintf("Text number %d.", i)))
		want = append(want, id)
	}
	docs = append(docs, textDoc("doc-07", "again"), Doc{})
	sink := &memSink{}
	sum, err := Run(context.Background(), feed(docs...), []Sink{sink}, Options{Workers: 4})
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(sink.ids) != fmt.Sprint(want) {
		t.Errorf("order:\n got %v\nwant %v", sink.ids, want)
	}
	if sum.Docs != 52 || sum.Articles != 50 || sum.Duplicates != 1 || sum.Failed != 1 {
		t.Errorf("summary = %+v", sum)
	}
	if sum.FailedByKind["read: document has neither a page nor a text"] != 1 {
		t.Errorf("failed by kind = %v", sum.FailedByKind)
	}
}

func TestRunStopsOnSinkError(t *testing.T) {
	boom := errors.New("disk full")
	sink := &memSink{fail: boom}
	_, err := Run(context.Background(), feed(textDoc("a", "x"), textDoc("b", "y")), []Sink{sink}, Options{Workers: 2})
	if !errors.Is(err, boom) {
		t.Fatalf("err = %v, want %v", err, boom)
	}
}

func TestRunHonoursCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	ch := make(chan Doc) // never closed: only the context can end the run
	_, err := Run(ctx, ch, nil, Options{Workers: 2})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
}

func TestTopSpeakers(t *testing.T) {
	s := Summary{Speakers: map[string]int{"B": 2, "A": 2, "C": 5, "D": 1}}
	got := fmt.Sprint(s.TopSpeakers(3))
	if got != "[{C 5} {A 2} {B 2}]" {
		t.Errorf("TopSpeakers = %s", got)
	}
}

func TestRunAcksEachDocumentAfterWriting(t *testing.T) {
	sink := &memSink{}
	var acked []string
	var errs []error
	mk := func(d Doc, name string) Doc {
		d.Ack = func(err error) {
			// Run acks from the goroutine that writes, after the sinks.
			if err == nil && name == "a" && len(sink.ids) == 0 {
				t.Errorf("document %s acked before it was written", name)
			}
			acked = append(acked, name)
			errs = append(errs, err)
		}
		return d
	}
	_, err := Run(context.Background(), feed(mk(textDoc("a", "x"), "a"), mk(Doc{}, "bad"), mk(textDoc("a", "x"), "dup")), []Sink{sink}, Options{Workers: 2})
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(acked) != "[a bad dup]" {
		t.Errorf("acked %v", acked)
	}
	for i, e := range errs {
		if e != nil {
			t.Errorf("ack %d: %v, want nil (a failed extraction is done too)", i, e)
		}
	}
	boom := errors.New("disk full")
	var got error
	Run(context.Background(), feed(Doc{Article: textDoc("z", "y").Article, Ack: func(err error) { got = err }}), []Sink{&memSink{fail: boom}}, Options{})
	if !errors.Is(got, boom) {
		t.Errorf("ack after a sink failure = %v, want %v", got, boom)
	}
}
