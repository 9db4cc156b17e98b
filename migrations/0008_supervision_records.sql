-- Supervision records: a supervisor's notes of a supervision meeting with one supervisee.
--
-- Only who, when and the record's version are plaintext: the supervisor, the supervisee, the
-- date the meeting was held (to say when the next one is due) and when the row was made.
-- The cases discussed, the reflective notes, the practitioner's wellbeing and the support
-- agreed are one age ciphertext in `body`, sealed to the supervisor's and the supervisee's own
-- keys (not to a case key: this is about the member of staff), with the record id, author and
-- version sealed inside (see src/supervision).
CREATE TABLE supervision_records (
    id             TEXT    PRIMARY KEY,
    supervisor_id  TEXT    NOT NULL REFERENCES users (id),
    supervisee_id  TEXT    NOT NULL REFERENCES users (id),
    -- The day the meeting was held, YYYY-MM-DD.
    held_on        TEXT    NOT NULL CHECK (held_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    created_at     TEXT    NOT NULL,
    -- Bumped by every edit; the optimistic-concurrency check and the sealed binding use it.
    version        INTEGER NOT NULL CHECK (version >= 1),
    body           BLOB    NOT NULL,
    CHECK (supervisor_id <> supervisee_id)
) STRICT;

CREATE INDEX supervision_records_by_supervisee ON supervision_records (supervisee_id, held_on);
CREATE INDEX supervision_records_by_supervisor ON supervision_records (supervisor_id, supervisee_id, held_on);

-- A record is never deleted, and never moves to another pair of people.
CREATE TRIGGER supervision_records_no_delete BEFORE DELETE ON supervision_records
BEGIN
    SELECT RAISE(ABORT, 'supervision records are never deleted');
END;

CREATE TRIGGER supervision_records_fixed_people BEFORE UPDATE OF id, supervisor_id, supervisee_id, created_at ON supervision_records
    WHEN NEW.id IS NOT OLD.id
      OR NEW.supervisor_id IS NOT OLD.supervisor_id
      OR NEW.supervisee_id IS NOT OLD.supervisee_id
      OR NEW.created_at IS NOT OLD.created_at
BEGIN
    SELECT RAISE(ABORT, 'a supervision record keeps its people and creation time');
END;
