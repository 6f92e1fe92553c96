-- The campaign file, version 2: surrogates. Same rule as V1: only what SQLite 3.40 parses.
--
-- A job can now be answered by the campaign's surrogate instead of simulated ('predicted'); it carries a
-- priority (higher is claimed first; active learning sets it) and a flag the scientist sets to insist on
-- simulating it. SQLite cannot change a CHECK constraint in place, so the job table is rebuilt (the
-- migration runs with foreign-key enforcement off, as SQLite's documented procedure requires).

CREATE TABLE job_v2 (
    id          INTEGER PRIMARY KEY,
    point_id    INTEGER NOT NULL REFERENCES point(id),
    replica     INTEGER NOT NULL,
    seed        INTEGER NOT NULL,
    state       TEXT NOT NULL CHECK (state IN ('pending', 'running', 'done', 'failed', 'cancelled', 'predicted')),
    threads     INTEGER,
    checkpoint_every INTEGER,
    steps_total INTEGER NOT NULL,
    steps_done  INTEGER NOT NULL DEFAULT 0,
    updated_at  TEXT NOT NULL,
    priority    REAL NOT NULL DEFAULT 0,       -- claimed in order of priority (descending), then id
    forced      INTEGER NOT NULL DEFAULT 0 CHECK (forced IN (0, 1)),  -- 1: simulate even after the switch
    UNIQUE (point_id, replica)
) STRICT;
INSERT INTO job_v2 (id, point_id, replica, seed, state, threads, checkpoint_every, steps_total, steps_done, updated_at)
    SELECT id, point_id, replica, seed, state, threads, checkpoint_every, steps_total, steps_done, updated_at FROM job;
DROP TABLE job;
ALTER TABLE job_v2 RENAME TO job;
CREATE INDEX job_state ON job(state);
CREATE INDEX job_claim_order ON job(state, priority DESC, id);

-- One row per trained surrogate version, in training order. Weights live in NAME.mdscape-data/.
CREATE TABLE surrogate_version (
    id              INTEGER PRIMARY KEY,       -- 1, 2, ... in training order
    created_at      TEXT NOT NULL,
    training_points INTEGER NOT NULL,          -- simulated points it was trained on
    test_points     INTEGER NOT NULL,          -- held-out simulated points its metrics come from
    accuracy        REAL,                      -- fraction of held-out bins within the MD error bar (NULL: no test points)
    accuracy_1se    REAL,                      -- within one standard error
    rmse_m          REAL,                      -- mol/L
    calibration     REAL,                      -- fraction of held-out bins within the ensemble's +-2 sigma
    train_seconds   REAL NOT NULL,
    config_json     TEXT NOT NULL,             -- SurrogateConfig
    weights_file    TEXT NOT NULL              -- relative to NAME.mdscape-data/
) STRICT;

-- Which finished jobs each version trained on ('train') and was judged on ('test').
CREATE TABLE surrogate_job (
    version_id  INTEGER NOT NULL REFERENCES surrogate_version(id),
    job_id      INTEGER NOT NULL REFERENCES job(id),
    role        TEXT NOT NULL CHECK (role IN ('train', 'test')),
    PRIMARY KEY (version_id, job_id)
) STRICT, WITHOUT ROWID;

-- Jobs answered by a surrogate: the version that answered and its profile with the ensemble's spread.
CREATE TABLE prediction (
    job_id       INTEGER PRIMARY KEY REFERENCES job(id),
    version_id   INTEGER NOT NULL REFERENCES surrogate_version(id),
    predicted_at TEXT NOT NULL
) STRICT;

CREATE TABLE prediction_bin (
    job_id          INTEGER NOT NULL REFERENCES prediction(job_id),
    bin             INTEGER NOT NULL,
    z_nm            REAL NOT NULL,
    contact         INTEGER NOT NULL,
    rho_plus_m      REAL NOT NULL,
    rho_plus_sd_m   REAL NOT NULL,             -- ensemble spread (standard deviation across members)
    rho_minus_m     REAL NOT NULL,
    rho_minus_sd_m  REAL NOT NULL,
    PRIMARY KEY (job_id, bin)
) STRICT, WITHOUT ROWID;
