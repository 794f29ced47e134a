-- claimwire Postgres sink, version 1: articles, claims and speakers, upserted
-- by stable id. record columns hold each record's JSON (as jsonb, so key
-- order and spacing are PostgreSQL's). published_at is the record's
-- published time when it parses, for range queries.

CREATE TABLE articles (
	id            text PRIMARY KEY,
	url           text NOT NULL,
	canonical_url text NOT NULL,
	title         text NOT NULL,
	site_name     text NOT NULL,
	host          text NOT NULL,
	published     text NOT NULL,
	published_at  timestamptz,
	language      text NOT NULL,
	content_hash  text NOT NULL,
	text          text NOT NULL,
	record        jsonb NOT NULL,
	first_seen    timestamptz NOT NULL DEFAULT now(),
	updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX articles_host ON articles (host);
CREATE INDEX articles_published_at ON articles (published_at);

CREATE TABLE speakers (
	id   bigserial PRIMARY KEY,
	key  text NOT NULL UNIQUE,
	name text NOT NULL,
	kind text NOT NULL
);

CREATE TABLE claims (
	id           text PRIMARY KEY,
	article_id   text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	seq          integer NOT NULL,
	type         text NOT NULL,
	quote        text NOT NULL,
	quote_start  integer NOT NULL,
	quote_end    integer NOT NULL,
	speaker_id   bigint REFERENCES speakers (id),
	speaker_name text NOT NULL,
	speaker_key  text NOT NULL,
	speaker_kind text NOT NULL,
	role         text,
	cue          text,
	published    text NOT NULL,
	published_at timestamptz,
	confidence   double precision NOT NULL,
	extractor    text NOT NULL,
	record       jsonb NOT NULL,
	updated_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX claims_article ON claims (article_id, seq);
CREATE INDEX claims_speaker_key ON claims (speaker_key);
CREATE INDEX claims_speaker_id ON claims (speaker_id);
CREATE INDEX claims_published_at ON claims (published_at);
