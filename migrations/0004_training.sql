-- Training: each person's staff group, team and start date; their completed training, the
-- manager's planned dates, and applied refresher attempts. None of this is case content: it
-- is about staff, not about the people they work with, so it is stored in plaintext.

-- The toolkit's staff group id (which prerequisite applies), or NULL until a manager sets it.
ALTER TABLE users ADD COLUMN staff_group TEXT;
-- A free-text team name for the training manager's filters.
ALTER TABLE users ADD COLUMN team TEXT NOT NULL DEFAULT '';
-- The day the person joined (YYYY-MM-DD), or NULL if not known; training cannot predate it.
ALTER TABLE users ADD COLUMN joined_on TEXT;

-- One completion: a whole requirement, or one module of an e-learning course. History is kept:
-- a renewal is a new row. Re-importing the same row is a no-op.
CREATE TABLE training_records (
    user_id       TEXT    NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    requirement   TEXT    NOT NULL,
    -- The course module's id, or '' when the record is for the whole requirement.
    module        TEXT    NOT NULL DEFAULT '',
    completed_on  TEXT    NOT NULL,
    -- Knowledge-check score in percent, for requirements with a pass mark.
    score         INTEGER CHECK (score IS NULL OR score BETWEEN 0 AND 100),
    evidence      TEXT    NOT NULL DEFAULT '',
    -- Who recorded it: user:<id>, command-line, or refresher.
    recorded_by   TEXT    NOT NULL,
    recorded_at   TEXT    NOT NULL,
    PRIMARY KEY (user_id, requirement, module, completed_on)
) STRICT;

-- The date the training manager has planned for someone's next session of a requirement.
CREATE TABLE training_plans (
    user_id      TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    requirement  TEXT NOT NULL,
    planned_on   TEXT NOT NULL,
    PRIMARY KEY (user_id, requirement)
) STRICT;

-- An applied refresher attempt: the questions drawn for it (toolkit ids and the order its
-- answer options were shown in, as JSON) and, once finished, its result. Attempts are kept.
CREATE TABLE refresher_attempts (
    id            TEXT    PRIMARY KEY,
    user_id       TEXT    NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    toolkit_hash  TEXT    NOT NULL,
    plan          TEXT    NOT NULL,
    pass_mark     INTEGER NOT NULL,
    started_at    TEXT    NOT NULL,
    finished_at   TEXT,
    correct       INTEGER,
    total         INTEGER,
    passed        INTEGER CHECK (passed IS NULL OR passed IN (0, 1))
) STRICT;

-- At most one unfinished attempt per person: "start" resumes it.
CREATE UNIQUE INDEX refresher_one_open_attempt ON refresher_attempts (user_id)
    WHERE finished_at IS NULL;

CREATE TABLE refresher_answers (
    attempt_id   TEXT    NOT NULL REFERENCES refresher_attempts (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    -- The chosen option's index in the toolkit file (not its shuffled position on screen).
    chosen       INTEGER NOT NULL,
    correct      INTEGER NOT NULL CHECK (correct IN (0, 1)),
    answered_at  TEXT    NOT NULL,
    PRIMARY KEY (attempt_id, position)
) STRICT;
