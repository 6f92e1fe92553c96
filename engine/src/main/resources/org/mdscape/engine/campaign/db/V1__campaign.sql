-- The campaign file, version 1. Keep every expression within what SQLite 3.40 parses (Debian 12's sqlite3
-- CLI): an unknown function form in a CHECK or index makes older readers reject the whole file.

CREATE TABLE campaign (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    name        TEXT NOT NULL,
    model       TEXT NOT NULL,
    spec_json   TEXT NOT NULL,                 -- the spec exactly as given (export-spec returns it)
    state       TEXT NOT NULL CHECK (state IN ('active', 'cancelled')),
    created_at  TEXT NOT NULL                  -- ISO-8601 UTC
) STRICT;

CREATE TABLE point (
    id          INTEGER PRIMARY KEY,           -- 0-based, in sampling order
    params_json TEXT NOT NULL                  -- {"h": 3.0, "c": 0.5, ...}
) STRICT;

-- The same values in long form, for SQL without JSON functions.
CREATE TABLE point_value (
    point_id    INTEGER NOT NULL REFERENCES point(id),
    name        TEXT NOT NULL,
    value       REAL NOT NULL,
    PRIMARY KEY (point_id, name)
) STRICT, WITHOUT ROWID;

CREATE TABLE job (
    id          INTEGER PRIMARY KEY,           -- 0-based: point_id * replicas + replica
    point_id    INTEGER NOT NULL REFERENCES point(id),
    replica     INTEGER NOT NULL,
    seed        INTEGER NOT NULL,
    state       TEXT NOT NULL CHECK (state IN ('pending', 'running', 'done', 'failed', 'cancelled')),
    threads     INTEGER,                       -- fixed at the first attempt: checkpoints resume only with it
    checkpoint_every INTEGER,                  -- checkpoint period in steps, fixed at the first attempt too
    steps_total INTEGER NOT NULL,
    steps_done  INTEGER NOT NULL DEFAULT 0,
    updated_at  TEXT NOT NULL,
    UNIQUE (point_id, replica)
) STRICT;
CREATE INDEX job_state ON job(state);

CREATE TABLE attempt (
    id           INTEGER PRIMARY KEY,
    job_id       INTEGER NOT NULL REFERENCES job(id),
    host         TEXT NOT NULL,
    pid          INTEGER NOT NULL,
    process_start TEXT NOT NULL,               -- with host and pid, tells a live owner from a dead one
    executor     TEXT NOT NULL,                -- the executor run inside that process (a UUID)
    started_at   TEXT NOT NULL,
    heartbeat_at TEXT NOT NULL,
    ended_at     TEXT,
    start_step   INTEGER NOT NULL DEFAULT 0,   -- step it resumed from (0: from scratch)
    steps_done   INTEGER NOT NULL DEFAULT 0,
    outcome      TEXT CHECK (outcome IN ('succeeded', 'failed', 'cancelled', 'crashed')),  -- NULL while running
    message      TEXT
) STRICT;
CREATE INDEX attempt_job ON attempt(job_id);

CREATE TABLE result (
    job_id      INTEGER PRIMARY KEY REFERENCES job(id),
    attempt_id  INTEGER NOT NULL REFERENCES attempt(id),
    finished_at TEXT NOT NULL,
    result_json TEXT NOT NULL                  -- the run's result.json
) STRICT;

CREATE TABLE result_scalar (
    job_id      INTEGER NOT NULL REFERENCES result(job_id),
    name        TEXT NOT NULL,
    value       REAL,                          -- NULL where the run has none (NaN)
    PRIMARY KEY (job_id, name)
) STRICT;                                      -- rowid kept: it orders a job's scalars as the run lists them

CREATE TABLE profile_bin (
    job_id        INTEGER NOT NULL REFERENCES result(job_id),
    bin           INTEGER NOT NULL,
    z_nm          REAL NOT NULL,
    contact       INTEGER NOT NULL,            -- 1: the extra bin centred on a contact position
    rho_plus_m    REAL NOT NULL,
    rho_plus_err_m REAL,
    rho_minus_m   REAL NOT NULL,
    rho_minus_err_m REAL,
    PRIMARY KEY (job_id, bin)
) STRICT, WITHOUT ROWID;

CREATE TABLE event (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    job_id      INTEGER REFERENCES job(id),
    attempt_id  INTEGER REFERENCES attempt(id),
    kind        TEXT NOT NULL,
    message     TEXT NOT NULL
) STRICT;
