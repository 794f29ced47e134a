// Package output writes claimwire's records: the JSONL writer (whole lines
// only, repaired after a crash), and the JSON Schema files that define the
// article and claim records.
//
// Files:
//   - jsonl.go: LineWriter and the JSONL sink (articles.jsonl, claims.jsonl).
//   - schema.go: the embedded JSON Schema files under schema/ and validation.
package output
