// Package output writes claimwire's records and keeps them: the JSONL
// writer (whole lines only, repaired after a crash, idempotent when
// appending), the embedded SQLite store that the review UI and exports read,
// the PostgreSQL sink, and the JSON Schema files that define the article and
// claim records.
//
// Every sink has the pipeline's shape, Write(ctx, Article, []Claim) and
// Close, and upserts by the records' stable ids, so running the same input
// twice leaves the same rows.
//
// Files:
//   - jsonl.go: LineWriter and the JSONL sink (articles.jsonl, claims.jsonl).
//   - schema.go: the embedded JSON Schema files under schema/ and Validate.
//   - store.go: the embedded SQLite store (OpenStore, Write, runs).
//   - store_migrate.go: numbered migrations under migrations/sqlite/.
//   - store_query.go: ClaimFilter, ListClaims, EachClaim, Neighbors,
//     GetClaim, SpeakerClaims, Counts.
//   - store_review.go: verdicts, SetVerdict, CorrectSpeaker.
//   - postgres.go: the PostgreSQL sink (OpenPostgres): batched upserts with
//     retry; migrations under migrations/postgres/.
//   - export.go: WriteClaimsCSV and WriteClaimsJSONL, streaming from the store.
package output
