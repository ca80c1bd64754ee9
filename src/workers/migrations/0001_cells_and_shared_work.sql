-- The province's feed pool: every source any cell may select. Shared work is keyed by url.
CREATE TABLE feeds (
  id TEXT PRIMARY KEY,
  url TEXT NOT NULL UNIQUE,
  -- The catalog entry (domain/catalog.ts Feed) as JSON.
  definition TEXT NOT NULL
);

-- A Party cell (chi bộ): its own schedule (Vietnam local weekday 0 = Sunday, hour 0-23), voice and settings.
CREATE TABLE cells (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  unit TEXT NOT NULL,
  schedule_weekday INTEGER NOT NULL CHECK (schedule_weekday BETWEEN 0 AND 6),
  schedule_hour INTEGER NOT NULL CHECK (schedule_hour BETWEEN 0 AND 23),
  voice TEXT NOT NULL DEFAULT 'vi-VN-HoaiMyNeural',
  -- Overrides of the config (targetMinutes, quotas, deck) as JSON.
  settings TEXT NOT NULL DEFAULT '{}',
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

-- Each cell's catalog selection from the pool.
CREATE TABLE cell_feeds (
  cell_id TEXT NOT NULL REFERENCES cells(id) ON DELETE CASCADE,
  feed_id TEXT NOT NULL REFERENCES feeds(id),
  PRIMARY KEY (cell_id, feed_id)
);

-- The roster (for birthday greetings).
CREATE TABLE members (
  cell_id TEXT NOT NULL REFERENCES cells(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  birth_date TEXT NOT NULL,
  PRIMARY KEY (cell_id, name)
);

-- One scheduled bulletin of one cell. status: collecting → writing → speaking → assembling → published | failed.
CREATE TABLE bulletins (
  id TEXT PRIMARY KEY,
  cell_id TEXT NOT NULL REFERENCES cells(id) ON DELETE CASCADE,
  meeting_date TEXT NOT NULL,
  window_since TEXT NOT NULL,
  window_until TEXT NOT NULL,
  status TEXT NOT NULL,
  error TEXT,
  created_at TEXT NOT NULL,
  published_at TEXT,
  UNIQUE (cell_id, meeting_date)
);

-- The content-addressed index of shared work: one row per feed fetch (url + interval), story summary
-- (story content + prompt version + model) and voiced segment (normalized text + voice).
-- result_key names the R2 object holding the result.
CREATE TABLE shared_work (
  key TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('feed', 'story', 'segment')),
  status TEXT NOT NULL CHECK (status IN ('queued', 'done', 'failed')),
  result_key TEXT NOT NULL,
  error TEXT,
  updated_at TEXT NOT NULL
);

-- Which shared work each bulletin waits for before its next step.
CREATE TABLE bulletin_waits (
  bulletin_id TEXT NOT NULL REFERENCES bulletins(id) ON DELETE CASCADE,
  work_key TEXT NOT NULL,
  PRIMARY KEY (bulletin_id, work_key)
);
CREATE INDEX bulletin_waits_by_work ON bulletin_waits (work_key);
CREATE INDEX bulletins_by_status ON bulletins (status);
