"""The DuckDB schema, as a numbered list of forward migrations.

A workspace records the version it is at; opening it applies the migrations it lacks,
in order, each in one transaction. Never edit a released migration: add a new one, so
that a later release opens today's workspaces without losing data.
"""
from __future__ import annotations

import duckdb

MIGRATIONS: list[str] = [
    # 1: documents, claims, speakers, embeddings, verdicts, statuses, matches, families.
    """
    CREATE SEQUENCE document_ids START 1;
    CREATE TABLE documents (
        id BIGINT PRIMARY KEY DEFAULT nextval('document_ids'),
        title VARCHAR,
        url VARCHAR,
        outlet VARCHAR,
        language VARCHAR,
        published DATE,
        text VARCHAR NOT NULL,
        content_hash VARCHAR NOT NULL UNIQUE,   -- sha256 of the text: the same document is stored once
        source_path VARCHAR,                    -- file it was imported from, if any
        text_origin VARCHAR,                    -- 'plain' or 'html-extracted': what the offsets refer to
        imported_at TIMESTAMP NOT NULL DEFAULT current_timestamp
    );
    CREATE SEQUENCE speaker_ids START 1;
    CREATE TABLE speakers (
        id BIGINT PRIMARY KEY DEFAULT nextval('speaker_ids'),
        name VARCHAR NOT NULL UNIQUE            -- canonical name, e.g. 'Donald Trump', 'Politico'
    );
    CREATE TABLE speaker_aliases (
        speaker_id BIGINT NOT NULL,
        alias VARCHAR NOT NULL,                 -- a mention seen in text, e.g. 'der Republikaner'
        PRIMARY KEY (speaker_id, alias)
    );
    CREATE SEQUENCE claim_ids START 1;
    CREATE TABLE claims (
        id BIGINT PRIMARY KEY DEFAULT nextval('claim_ids'),
        document_id BIGINT NOT NULL,
        content VARCHAR NOT NULL,
        content_start INTEGER NOT NULL,
        content_end INTEGER NOT NULL,
        kind VARCHAR NOT NULL,                  -- direct, indirect, continued, hearsay, unattributed
        speaker_id BIGINT,                      -- speakers.id of the resolved source, or NULL
        source VARCHAR,                         -- resolved source name as extracted
        source_mention VARCHAR,
        source_start INTEGER,
        source_end INTEGER,
        cue VARCHAR,
        cue_start INTEGER,
        cue_end INTEGER,
        reported_by VARCHAR,
        sentence INTEGER,
        language VARCHAR,
        status VARCHAR NOT NULL DEFAULT 'new',  -- new, in_review, checked, published, not_checkworthy
        assignee VARCHAR,
        family_id BIGINT,                       -- claim_families.id
        created_at TIMESTAMP NOT NULL DEFAULT current_timestamp
    );
    CREATE INDEX claims_document ON claims (document_id);
    CREATE TABLE embeddings (
        claim_id BIGINT PRIMARY KEY,
        model VARCHAR NOT NULL,                 -- the model that made the vector
        vector FLOAT[] NOT NULL                 -- normalised; kept so the FAISS index can be rebuilt without re-encoding
    );
    CREATE SEQUENCE verdict_event_ids START 1;
    CREATE TABLE verdict_events (               -- append-only: the current verdict is the latest event
        id BIGINT PRIMARY KEY DEFAULT nextval('verdict_event_ids'),
        claim_id BIGINT NOT NULL,
        label VARCHAR NOT NULL,                 -- short key of the verdict scale, e.g. 'false'
        rating DOUBLE,                          -- numeric rating for ClaimReview, NULL for 'not checkable'
        rationale VARCHAR,
        evidence VARCHAR[],                     -- validated URLs
        reviewer VARCHAR,
        origin VARCHAR NOT NULL DEFAULT 'local', -- 'local' or where an imported verdict came from
        created_at TIMESTAMP NOT NULL DEFAULT current_timestamp
    );
    CREATE INDEX verdict_events_claim ON verdict_events (claim_id);
    CREATE SEQUENCE status_event_ids START 1;
    CREATE TABLE status_events (                -- append-only history of claims.status
        id BIGINT PRIMARY KEY DEFAULT nextval('status_event_ids'),
        claim_id BIGINT NOT NULL,
        status VARCHAR NOT NULL,
        reviewer VARCHAR,
        created_at TIMESTAMP NOT NULL DEFAULT current_timestamp
    );
    CREATE TABLE claim_matches (                -- previously-checked matching: claim -> an already checked claim
        claim_id BIGINT NOT NULL,
        checked_claim_id BIGINT NOT NULL,
        score DOUBLE NOT NULL,
        state VARCHAR NOT NULL,                 -- suggested, confirmed, rejected
        decided_by VARCHAR,
        created_at TIMESTAMP NOT NULL DEFAULT current_timestamp,
        decided_at TIMESTAMP,
        PRIMARY KEY (claim_id, checked_claim_id)
    );
    CREATE SEQUENCE family_ids START 1;
    CREATE TABLE claim_families (               -- near-duplicate claims across outlets, speakers, days, languages
        id BIGINT PRIMARY KEY DEFAULT nextval('family_ids'),
        created_at TIMESTAMP NOT NULL DEFAULT current_timestamp
    );
    CREATE VIEW current_verdicts AS             -- the latest verdict event of each claim
        SELECT claim_id,
               arg_max(label, id) AS label,
               arg_max(rating, id) AS rating,
               arg_max(rationale, id) AS rationale,
               arg_max(evidence, id) AS evidence,
               arg_max(reviewer, id) AS reviewer,
               arg_max(origin, id) AS origin,
               max(created_at) AS created_at,
               count(*) AS events
        FROM verdict_events GROUP BY claim_id;
    """,
    # 2: a suggested match can be confident (score >= confirm threshold, claim of >= 8 words):
    # the reviewer confirms it with one click. Confirming stays a reviewer action (state below).
    """
    ALTER TABLE claim_matches ADD COLUMN confident BOOLEAN DEFAULT false;
    """,
    # 3 (added by area 5, verdicts): current_verdicts took each column with arg_max, which skips
    # NULLs, so a correction without a rationale/rating/reviewer showed the older event's value.
    # The view now returns the whole latest event row (same columns, same order).
    """
    CREATE OR REPLACE VIEW current_verdicts AS
        SELECT e.claim_id, e.label, e.rating, e.rationale, e.evidence, e.reviewer, e.origin,
               e.created_at, n.events
        FROM verdict_events e
        JOIN (SELECT claim_id, max(id) AS id, count(*) AS events FROM verdict_events GROUP BY claim_id) n
          ON n.id = e.id;
    """,
]


def current_version(con: duckdb.DuckDBPyConnection) -> int:
    """The schema version the database is at (0 for a new file)."""
    con.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp)")
    row = con.execute("SELECT max(version) FROM schema_version").fetchall()[0]  # fetchone would leave the result open (DuckDB 2: register() then fails)
    return row[0] or 0


def migrate(con: duckdb.DuckDBPyConnection) -> int:
    """Apply the migrations the database lacks; returns the version it is at now."""
    version = current_version(con)
    if version > len(MIGRATIONS):
        from claims.errors import UserError

        raise UserError(f"this workspace has schema version {version}, newer than this program knows "
                        f"({len(MIGRATIONS)}); update the workbench")
    for number, sql in enumerate(MIGRATIONS[version:], start=version + 1):
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(sql)
            con.execute("INSERT INTO schema_version (version) VALUES (?)", [number])
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
    return len(MIGRATIONS)
