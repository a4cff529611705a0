"""Stories: events (one happening) and threads (one storyline) built from articles."""
