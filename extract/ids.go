package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"time"
)

// ArticleID derives an article's stable id from its canonical URL (or the
// id a user gave). The same key always gives the same id: 16 bytes of
// SHA-256, hex encoded.
func ArticleID(key string) string {
	sum := sha256.Sum256([]byte(strings.TrimSpace(key)))
	return hex.EncodeToString(sum[:16])
}

// ClaimID derives a claim's stable id from its article id and its quote
// span, so re-running extraction on the same text gives the same id.
func ClaimID(articleID string, q Quote) string {
	sum := sha256.Sum256(fmt.Appendf(nil, "%s\x00%d\x00%d", articleID, q.Start, q.End))
	return hex.EncodeToString(sum[:16])
}

// ContentHash is the hash of an article's text written to content_hash:
// "sha256:" and the hex digest.
func ContentHash(text string) string {
	sum := sha256.Sum256([]byte(text))
	return "sha256:" + hex.EncodeToString(sum[:])
}

// recordTimeLayouts are the layouts parseRecordTime accepts, most precise
// first.
var recordTimeLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05",
	"2006-01-02T15:04",
	"2006-01-02",
}

// parseRecordTime parses a time as written in a record's published field.
func parseRecordTime(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, false
	}
	for _, layout := range recordTimeLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}
