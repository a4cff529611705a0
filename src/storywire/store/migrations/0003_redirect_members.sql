-- The articles an event id named when it was redirected, so the id can come back to them.
ALTER TABLE event_redirects ADD COLUMN members TEXT NOT NULL DEFAULT '[]';
