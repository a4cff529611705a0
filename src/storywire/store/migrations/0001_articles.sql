-- Articles, their versions, duplicate links and full-text search.
CREATE TABLE articles (
    id            TEXT PRIMARY KEY,
    identity      TEXT NOT NULL UNIQUE,   -- what "the same article" means: URL, else the given id
    url           TEXT,
    source        TEXT,
    title         TEXT,
    published     TEXT,                   -- YYYY-MM-DD
    lang          TEXT,
    lang_score    REAL,
    authors       TEXT NOT NULL DEFAULT '[]',
    cited         TEXT NOT NULL DEFAULT '[]',
    meta          TEXT NOT NULL DEFAULT '{}',
    location      TEXT NOT NULL DEFAULT '',
    kind          TEXT NOT NULL DEFAULT '',
    text          TEXT NOT NULL,
    content_hash  TEXT NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1,
    duplicate_of  TEXT REFERENCES articles(id),   -- near-duplicate original
    duplicate_score REAL,
    seq           INTEGER NOT NULL,               -- arrival order, for stable listings
    ingested_at   TEXT NOT NULL
);
CREATE INDEX articles_hash ON articles(content_hash);
CREATE INDEX articles_lang ON articles(lang);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_seq ON articles(seq);

-- Every version ever seen of an article (the latest is also in `articles`).
CREATE TABLE article_versions (
    article_id    TEXT NOT NULL REFERENCES articles(id),
    version       INTEGER NOT NULL,
    content_hash  TEXT NOT NULL,
    title         TEXT,
    text          TEXT NOT NULL,
    location      TEXT NOT NULL DEFAULT '',
    change        TEXT,                            -- JSON summary of what changed from the previous version
    ingested_at   TEXT NOT NULL,
    PRIMARY KEY (article_id, version)
);

-- Exact copies under another id or URL: stored once, the copy's identity kept as a link.
CREATE TABLE article_aliases (
    alias         TEXT PRIMARY KEY,               -- the copy's id
    article_id    TEXT NOT NULL REFERENCES articles(id),
    url           TEXT,
    source        TEXT,
    location      TEXT NOT NULL DEFAULT '',
    ingested_at   TEXT NOT NULL
);
CREATE INDEX article_aliases_article ON article_aliases(article_id);

-- MinHash signatures and LSH band keys for near-duplicate look-up.
CREATE TABLE article_minhash (
    article_id    TEXT PRIMARY KEY REFERENCES articles(id),
    signature     BLOB NOT NULL
);
CREATE TABLE article_lsh (
    band_key      INTEGER NOT NULL,
    article_id    TEXT NOT NULL
);
CREATE INDEX article_lsh_key ON article_lsh(band_key);
CREATE INDEX article_lsh_article ON article_lsh(article_id);

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, content='articles', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;
CREATE TRIGGER articles_au AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
