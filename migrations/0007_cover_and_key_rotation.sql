-- Cover for an absent supervisor, and case-key rotation after a grant is revoked.

-- A supervisor covers an absent colleague's supervisees for a stated period (inclusive dates,
-- YYYY-MM-DD, UTC). While it runs the covering supervisor counts as a supervisor of each of
-- those supervisees: reads, review queues and case-key grants follow.
CREATE TABLE supervision_cover (
    id            TEXT PRIMARY KEY,
    absent_id     TEXT NOT NULL REFERENCES users (id),
    covering_id   TEXT NOT NULL REFERENCES users (id),
    starts_on     TEXT NOT NULL,
    ends_on       TEXT NOT NULL,
    reason        TEXT NOT NULL,
    created_by    TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    CHECK (absent_id <> covering_id),
    CHECK (ends_on >= starts_on)
) STRICT;

CREATE INDEX supervision_cover_by_absent ON supervision_cover (absent_id, starts_on, ends_on);
CREATE INDEX supervision_cover_by_covering ON supervision_cover (covering_id, starts_on, ends_on);

-- Who supervises whom today: the standing links, and every cover running today. Every access
-- check and review queue reads this view, so cover starts and ends on its dates without a job.
CREATE VIEW effective_supervision AS
    SELECT supervisor_id, supervisee_id FROM supervision
    UNION
    SELECT c.covering_id AS supervisor_id, s.supervisee_id
    FROM supervision_cover c
    JOIN supervision s ON s.supervisor_id = c.absent_id
    WHERE date('now') BETWEEN c.starts_on AND c.ends_on
      AND s.supervisee_id <> c.covering_id;

-- Set when a grant is revoked (a case moved to another facilitator, a cover ended, a
-- supervision link removed): the next holder to open the case puts a new key in front of the
-- case's keyring, wrapped to the remaining holders only, and new records are sealed to it.
ALTER TABLE cases ADD COLUMN key_rotation_due INTEGER NOT NULL DEFAULT 0;
