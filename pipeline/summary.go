package pipeline

import (
	"cmp"
	"errors"
	"maps"
	"slices"
	"time"

	"github.com/claimwire/claimwire/extract"
)

// Summary counts what a run did.
type Summary struct {
	// Docs is the number of documents taken in.
	Docs int `json:"docs"`
	// Articles is the number of articles written.
	Articles int `json:"articles"`
	// Claims is the number of claims written.
	Claims int `json:"claims"`
	// Duplicates is the number of documents that gave an article already
	// written in this run (same id).
	Duplicates int `json:"duplicates"`
	// Failed is the number of documents that failed; FailedByKind splits
	// them by "stage: cause".
	Failed       int            `json:"failed"`
	FailedByKind map[string]int `json:"failed_by_kind"`
	// Speakers counts claims per resolved speaker name.
	Speakers map[string]int `json:"speakers"`
	Duration time.Duration  `json:"duration_ns"`
}

// SpeakerCount is one line of Summary.TopSpeakers.
type SpeakerCount struct {
	Name   string
	Claims int
}

// TopSpeakers returns the n speakers with most claims, most first, ties by
// name.
func (s Summary) TopSpeakers(n int) []SpeakerCount {
	out := make([]SpeakerCount, 0, len(s.Speakers))
	for name, c := range s.Speakers {
		out = append(out, SpeakerCount{name, c})
	}
	slices.SortFunc(out, func(a, b SpeakerCount) int {
		if c := cmp.Compare(b.Claims, a.Claims); c != 0 {
			return c
		}
		return cmp.Compare(a.Name, b.Name)
	})
	if len(out) > n {
		out = out[:n]
	}
	return out
}

type summary struct{ Summary }

func newSummary() *summary {
	return &summary{Summary{FailedByKind: map[string]int{}, Speakers: map[string]int{}}}
}

func (s *summary) add(a extract.Article, claims []extract.Claim) {
	s.Articles++
	s.Claims += len(claims)
	for _, c := range claims {
		if c.Speaker.Name != "" {
			s.Speakers[c.Speaker.Name]++
		}
	}
}

func (s *summary) fail(err error) {
	s.Failed++
	kind := "error"
	var se *StageError
	if errors.As(err, &se) {
		kind = se.Stage + ": " + rootCause(se.Err).Error()
	}
	s.FailedByKind[kind]++
}

// rootCause follows single-error wrapping to the innermost error, so that
// failures group by their sentinel rather than by their input.
func rootCause(err error) error {
	for {
		next := errors.Unwrap(err)
		if next == nil {
			return err
		}
		err = next
	}
}

func (s *summary) snapshot(d time.Duration) Summary {
	out := s.Summary
	out.FailedByKind = maps.Clone(s.FailedByKind)
	out.Speakers = maps.Clone(s.Speakers)
	out.Duration = d
	return out
}
