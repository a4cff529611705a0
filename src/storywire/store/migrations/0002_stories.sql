-- Embedding cache, per-article clustering features, events (stories), threads and their history.
CREATE TABLE vectors (
    article_id    TEXT NOT NULL,
    encoder       TEXT NOT NULL,          -- name@version: a model change never mixes vectors
    text_hash     TEXT NOT NULL,          -- of the embedded text: a new version re-embeds
    vector        BLOB NOT NULL,          -- float32, L2-normalised
    PRIMARY KEY (article_id, encoder)
);

CREATE TABLE features (
    article_id    TEXT PRIMARY KEY,
    version       TEXT NOT NULL,          -- feature extractor version: a change recomputes
    text_hash     TEXT NOT NULL,
    data          TEXT NOT NULL           -- JSON: name keys, happening date, numbers
);

CREATE TABLE events (
    id            TEXT PRIMARY KEY,
    thread        TEXT,
    created_seq   INTEGER NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE TABLE event_members (
    article_id    TEXT PRIMARY KEY,
    event_id      TEXT NOT NULL,
    reason        TEXT NOT NULL DEFAULT '{}'   -- JSON: why it is in this event
);
CREATE INDEX event_members_event ON event_members(event_id);
-- an event id that was merged away or split resolves to the one that took its articles
CREATE TABLE event_redirects (
    old_id        TEXT PRIMARY KEY,
    new_id        TEXT NOT NULL,
    kind          TEXT NOT NULL,              -- merged | split
    at            TEXT NOT NULL
);

CREATE TABLE threads (
    id            TEXT PRIMARY KEY,
    created_seq   INTEGER NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE TABLE thread_redirects (
    old_id        TEXT PRIMARY KEY,
    new_id        TEXT NOT NULL,
    at            TEXT NOT NULL
);
CREATE TABLE cluster_state (
    key           TEXT PRIMARY KEY,
    value         TEXT NOT NULL
);
