-- Each article's nearest in-window neighbours as the vector index found them when it arrived,
-- nearest first, so the clusterer's rank signal is the same after a restart at index scale.
CREATE TABLE neighbours (
    article_id    TEXT NOT NULL,
    encoder       TEXT NOT NULL,          -- name@version of the vectors searched
    ids           TEXT NOT NULL,          -- JSON list of article ids
    PRIMARY KEY (article_id, encoder)
);
