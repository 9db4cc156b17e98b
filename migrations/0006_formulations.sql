-- Structured formulations (ERG-style), one row per version of a case's formulation.
--
-- Ratings, evidence, judgements, the summary, the management plan, the changes section and
-- the reviewers' comments are all in `document`, one age ciphertext sealed to the case key.
-- The plaintext columns are ids, the version number, the state and dates only: there is no
-- rating, score or level here to be read without the key.
CREATE TABLE formulations (
    id               TEXT    PRIMARY KEY,
    case_id          TEXT    NOT NULL REFERENCES cases (id),
    -- 1 for the first formulation of a case, then 2, 3… for each revision.
    number           INTEGER NOT NULL,
    status           TEXT    NOT NULL CHECK (status IN ('draft', 'submitted', 'returned', 'signed-off')),
    facilitator_id   TEXT    NOT NULL REFERENCES users (id),
    -- The version this revision was copied from (NULL for the first).
    based_on         TEXT    REFERENCES formulations (id),
    toolkit_version  TEXT    NOT NULL,
    toolkit_hash     TEXT    NOT NULL,
    document         BLOB    NOT NULL,
    -- Bumped by every write; the optimistic-concurrency check and the sealed binding use it.
    version          INTEGER NOT NULL,
    created_at       TEXT    NOT NULL,
    updated_at       TEXT    NOT NULL,
    submitted_at     TEXT,
    signed_off_at    TEXT,
    signed_off_by    TEXT    REFERENCES users (id),
    UNIQUE (case_id, number)
) STRICT;

-- At most one version of a case's formulation is being worked on at a time.
CREATE UNIQUE INDEX formulations_one_open ON formulations (case_id)
    WHERE status IN ('draft', 'submitted', 'returned');
CREATE INDEX formulations_by_status ON formulations (status, facilitator_id);
