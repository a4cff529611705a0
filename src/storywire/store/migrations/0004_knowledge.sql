-- What the knowledge stages found in each article, and the store-wide entities.
CREATE TABLE knowledge (
    article_id    TEXT PRIMARY KEY,
    version       TEXT NOT NULL,          -- extractor version: a change re-extracts
    text_hash     TEXT NOT NULL,          -- a new version of the article re-extracts
    data          TEXT NOT NULL           -- JSON: mentions, figures, quotes, happenings
);

-- The entity linker's whole state (one JSON document), so linking goes on where it stopped.
CREATE TABLE entity_state (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    data          TEXT NOT NULL
);
CREATE TABLE entities (
    id            TEXT PRIMARY KEY,
    name          TEXT NOT NULL,          -- canonical English display name
    type          TEXT NOT NULL,          -- PER | ORG | LOC | MISC
    aliases       TEXT NOT NULL           -- JSON list of surface forms
);
CREATE TABLE entity_mentions (
    article_id    TEXT NOT NULL,
    field         TEXT NOT NULL,          -- text | title
    start         INTEGER NOT NULL,
    "end"         INTEGER NOT NULL,
    entity_id     TEXT NOT NULL,
    surface       TEXT NOT NULL,
    lang          TEXT,
    PRIMARY KEY (article_id, field, start, "end")
);
CREATE INDEX entity_mentions_entity ON entity_mentions(entity_id);
-- an entity id that turned out to be another entity resolves to it
CREATE TABLE entity_redirects (
    id            TEXT PRIMARY KEY,
    target        TEXT NOT NULL
);
