-- Calibration exercises: each participant's blind ratings of a toolkit vignette. A rating is
-- the participant's own training work about a fictional case, not about any real person, so
-- it is stored in plaintext; pages show it only to its author until they submit, and after
-- that to their group (as counts) and to training managers.

-- One attempt per participant per vignette. `submitted_at` is NULL while they are rating.
CREATE TABLE calibration_attempts (
    id            TEXT NOT NULL PRIMARY KEY,
    user_id       TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    vignette_id   TEXT NOT NULL,
    toolkit_hash  TEXT NOT NULL,
    started_at    TEXT NOT NULL,
    submitted_at  TEXT,
    UNIQUE (user_id, vignette_id)
) STRICT;

CREATE INDEX calibration_attempts_vignette ON calibration_attempts (vignette_id, submitted_at);

-- One rating: a toolkit scale id for one factor. Changeable until the attempt is submitted.
CREATE TABLE calibration_ratings (
    attempt_id  TEXT NOT NULL REFERENCES calibration_attempts (id) ON DELETE CASCADE,
    factor_id   TEXT NOT NULL,
    rating      TEXT NOT NULL,
    rated_at    TEXT NOT NULL,
    PRIMARY KEY (attempt_id, factor_id)
) STRICT;
