-- claimwire store, version 1: articles, claims, speakers, runs, reviews and
-- a full-text index over quotes.
--
-- Times are RFC 3339 text in UTC. published_utc columns hold the record's
-- published time normalised to UTC ("2006-01-02T15:04:05Z") so that range
-- filters compare as text; NULL when the record has no parsable time.
-- record columns hold the record's JSON exactly as the JSONL writer writes
-- it, so exports reproduce the JSONL lines byte for byte; an article's text
-- is only in its record (json_extract(record, '$.text')), not stored twice.

CREATE TABLE runs (
	id          INTEGER PRIMARY KEY,
	kind        TEXT NOT NULL,
	started_at  TEXT NOT NULL,
	finished_at TEXT,
	summary     TEXT
);

CREATE TABLE articles (
	id            TEXT PRIMARY KEY,
	url           TEXT NOT NULL,
	canonical_url TEXT NOT NULL,
	title         TEXT NOT NULL,
	site_name     TEXT NOT NULL,
	-- site_key is site_name folded like speakers.key, for the outlet filter.
	site_key      TEXT NOT NULL,
	-- host is the lower-case host of the canonical URL (or URL) without
	-- "www.", for the outlet filter.
	host          TEXT NOT NULL,
	published     TEXT NOT NULL,
	published_utc TEXT,
	language      TEXT NOT NULL,
	content_hash  TEXT NOT NULL,
	record        TEXT NOT NULL,
	run_id        INTEGER REFERENCES runs(id) ON DELETE SET NULL,
	first_seen    TEXT NOT NULL,
	updated_at    TEXT NOT NULL
);
CREATE INDEX articles_host ON articles(host);

-- speakers holds one row per distinct speaker name; key is the name folded
-- to lower case with white space collapsed.
CREATE TABLE speakers (
	id   INTEGER PRIMARY KEY,
	key  TEXT NOT NULL UNIQUE,
	name TEXT NOT NULL,
	kind TEXT NOT NULL
);

CREATE TABLE claims (
	id            TEXT PRIMARY KEY,
	article_id    TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	seq           INTEGER NOT NULL,
	type          TEXT NOT NULL,
	quote         TEXT NOT NULL,
	quote_start   INTEGER NOT NULL,
	quote_end     INTEGER NOT NULL,
	speaker_id    INTEGER REFERENCES speakers(id),
	speaker_name  TEXT NOT NULL,
	-- speaker_key is speaker_name folded as in speakers.key.
	speaker_key   TEXT NOT NULL,
	speaker_kind  TEXT NOT NULL,
	role          TEXT,
	cue           TEXT,
	published     TEXT NOT NULL,
	published_utc TEXT,
	-- published_day is the date of published in its own time zone
	-- ("2025-04-21"), for day filters; NULL when unknown.
	published_day TEXT,
	confidence    REAL NOT NULL,
	extractor     TEXT NOT NULL,
	record        TEXT NOT NULL,
	run_id        INTEGER REFERENCES runs(id) ON DELETE SET NULL,
	updated_at    TEXT NOT NULL
);
CREATE INDEX claims_article ON claims(article_id, seq);
CREATE INDEX claims_speaker ON claims(speaker_key);
CREATE INDEX claims_speaker_id ON claims(speaker_id);
-- claims_newest and claims_oldest give the list orders without a sort.
CREATE INDEX claims_newest ON claims(published_utc DESC, article_id, seq);
CREATE INDEX claims_oldest ON claims(published_utc IS NULL, published_utc, article_id, seq);
CREATE INDEX claims_published_day ON claims(published_day);

-- reviews holds an analyst's current verdict and speaker correction for a
-- claim. It is keyed by claim id without a foreign key: when re-extraction
-- drops a claim id, its review row stays, with orphaned_at set, and comes
-- back to life if the same id is extracted again.
CREATE TABLE reviews (
	claim_id          TEXT PRIMARY KEY,
	verdict           TEXT,
	note              TEXT NOT NULL DEFAULT '',
	reviewer          TEXT NOT NULL DEFAULT '',
	reviewed_at       TEXT,
	corrected_speaker TEXT,
	corrected_key     TEXT,
	corrected_by      TEXT,
	corrected_at      TEXT,
	orphaned_at       TEXT
);
CREATE INDEX reviews_verdict ON reviews(verdict);
CREATE INDEX reviews_corrected ON reviews(corrected_key);

-- review_log keeps every verdict and correction ever given, oldest first.
CREATE TABLE review_log (
	id       INTEGER PRIMARY KEY,
	claim_id TEXT NOT NULL,
	action   TEXT NOT NULL,
	value    TEXT NOT NULL,
	note     TEXT NOT NULL DEFAULT '',
	reviewer TEXT NOT NULL DEFAULT '',
	at       TEXT NOT NULL
);
CREATE INDEX review_log_claim ON review_log(claim_id, id);

-- claims_fts indexes quote text and speaker names; it is an external
-- content table over claims kept in step by the triggers below.
CREATE VIRTUAL TABLE claims_fts USING fts5(
	quote, speaker_name,
	content='claims', content_rowid='rowid',
	tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN
	INSERT INTO claims_fts(rowid, quote, speaker_name) VALUES (new.rowid, new.quote, new.speaker_name);
END;
CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN
	INSERT INTO claims_fts(claims_fts, rowid, quote, speaker_name) VALUES ('delete', old.rowid, old.quote, old.speaker_name);
END;
CREATE TRIGGER claims_fts_update AFTER UPDATE OF quote, speaker_name ON claims BEGIN
	INSERT INTO claims_fts(claims_fts, rowid, quote, speaker_name) VALUES ('delete', old.rowid, old.quote, old.speaker_name);
	INSERT INTO claims_fts(rowid, quote, speaker_name) VALUES (new.rowid, new.quote, new.speaker_name);
END;
