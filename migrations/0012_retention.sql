-- Retention: what is left of a case once `dialogues retention --apply` has destroyed it.
--
-- Destroying a case deletes its key grants and every encrypted record (details, sessions'
-- notes, amendments, review comments, concerns, formulations, sharing records, the training
-- gate's overrides) and the case row itself, and leaves this tombstone: the pseudonymous
-- reference, the dates, who destroyed it and how many records of each kind were destroyed.
-- Nothing about the person and nothing anyone wrote stays.
CREATE TABLE case_tombstones (
    case_id        TEXT    PRIMARY KEY,
    reference      TEXT    NOT NULL UNIQUE,
    facilitator_id TEXT    NOT NULL,
    opened_at      TEXT    NOT NULL,
    closed_at      TEXT    NOT NULL,
    destroyed_at   TEXT    NOT NULL,
    -- The administrator named with --by, as the audit log writes an actor (user:<id>).
    destroyed_by   TEXT    NOT NULL,
    -- The retention period applied, in days.
    retention_days INTEGER NOT NULL,
    -- JSON: how many records of each kind were destroyed (counts only).
    counts         TEXT    NOT NULL
) STRICT;

CREATE TRIGGER case_tombstones_fixed BEFORE UPDATE ON case_tombstones
BEGIN
    SELECT RAISE(ABORT, 'a case tombstone is never changed');
END;

CREATE TRIGGER case_tombstones_no_delete BEFORE DELETE ON case_tombstones
BEGIN
    SELECT RAISE(ABORT, 'a case tombstone is never deleted');
END;

-- Review comments and sharing records are never deleted, except with the rest of a case whose
-- tombstone has been written (in the same transaction) by retention.
DROP TRIGGER review_comments_no_delete;

CREATE TRIGGER review_comments_no_delete BEFORE DELETE ON review_comments
    WHEN NOT EXISTS (SELECT 1 FROM case_tombstones t WHERE t.case_id = OLD.case_id)
BEGIN
    SELECT RAISE(ABORT, 'review comments are never deleted');
END;

CREATE TRIGGER sharing_records_no_delete BEFORE DELETE ON sharing_records
    WHEN NOT EXISTS (SELECT 1 FROM case_tombstones t WHERE t.case_id = OLD.case_id)
BEGIN
    SELECT RAISE(ABORT, 'sharing records are never deleted');
END;
