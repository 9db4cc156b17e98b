-- Blind second rating of a live formulation version: a supervisor rates every factor without
-- seeing the facilitator's ratings, then both see the two side by side with the agreement.
--
-- The ratings are judgements about a real person, so they are in `document`, one age
-- ciphertext sealed to the case key (the supervisor's ratings, and once submitted a copy of the
-- facilitator's ratings they were compared with). The plaintext columns are ids, the state and
-- dates only.
CREATE TABLE second_ratings (
    id              TEXT    PRIMARY KEY,
    formulation_id  TEXT    NOT NULL REFERENCES formulations (id) ON DELETE CASCADE,
    case_id         TEXT    NOT NULL REFERENCES cases (id),
    rater_id        TEXT    NOT NULL REFERENCES users (id),
    status          TEXT    NOT NULL CHECK (status IN ('in-progress', 'submitted')),
    document        BLOB    NOT NULL,
    -- Bumped by every write; the optimistic-concurrency check and the sealed binding use it.
    version         INTEGER NOT NULL,
    started_at      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL,
    submitted_at    TEXT,
    -- One second rating per formulation version.
    UNIQUE (formulation_id)
) STRICT;

CREATE INDEX second_ratings_by_case ON second_ratings (case_id);

-- A submitted second rating is part of the formulation's record: never changed or deleted,
-- except with the rest of a case whose tombstone retention has written (same transaction).
-- An unfinished one may be abandoned (deleted) by its rater.
CREATE TRIGGER second_ratings_fixed BEFORE UPDATE ON second_ratings
    WHEN OLD.status = 'submitted'
BEGIN
    SELECT RAISE(ABORT, 'a submitted second rating is never changed');
END;

CREATE TRIGGER second_ratings_no_delete BEFORE DELETE ON second_ratings
    WHEN OLD.status = 'submitted'
     AND NOT EXISTS (SELECT 1 FROM case_tombstones t WHERE t.case_id = OLD.case_id)
BEGIN
    SELECT RAISE(ABORT, 'a submitted second rating is never deleted');
END;

-- When each reviewer was first shown a formulation version's ratings (any page: the version,
-- the chart, a comparison). A blind second rating can only be started by someone without a
-- row here for that version. Ids and a time only.
CREATE TABLE formulation_rating_views (
    formulation_id  TEXT NOT NULL REFERENCES formulations (id) ON DELETE CASCADE,
    user_id         TEXT NOT NULL REFERENCES users (id),
    first_seen_at   TEXT NOT NULL,
    PRIMARY KEY (formulation_id, user_id)
) STRICT, WITHOUT ROWID;
