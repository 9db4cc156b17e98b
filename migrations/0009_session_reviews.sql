-- Session review: a supervisor returns a submitted session for changes, with a reason, and
-- comments on the whole session or on one of its stages.
--
-- Only ids, the stage id (a toolkit id), who, when and the kind are plaintext. What the
-- supervisor wrote is one age ciphertext in `body`, sealed to the case key with the comment id,
-- case id, author and version inside (see src/sessions/mod.rs), like every other record of the
-- case. Comments stay with the session after sign-off and are never deleted.

-- When the session was last returned for changes; cleared when it is submitted again. A closed
-- session with this set is in its facilitator's "Returned to you" queue.
ALTER TABLE sessions ADD COLUMN returned_at TEXT;

CREATE TABLE review_comments (
    id          TEXT PRIMARY KEY,
    case_id     TEXT NOT NULL REFERENCES cases (id),
    session_id  TEXT NOT NULL REFERENCES sessions (id),
    -- The stage commented on; NULL for the whole session (a return's reason is always NULL).
    stage_id    TEXT,
    author_id   TEXT NOT NULL REFERENCES users (id),
    created_at  TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('comment', 'return')),
    body        BLOB NOT NULL,
    CHECK (kind = 'comment' OR stage_id IS NULL)
) STRICT;

CREATE INDEX review_comments_by_session ON review_comments (session_id, created_at);
CREATE INDEX review_comments_returns ON review_comments (session_id, kind, created_at);

-- A comment is never deleted, and never moves to another record, author, time or kind (the
-- ciphertext may be sealed again, so `body` alone may change).
CREATE TRIGGER review_comments_no_delete BEFORE DELETE ON review_comments
BEGIN
    SELECT RAISE(ABORT, 'review comments are never deleted');
END;

CREATE TRIGGER review_comments_fixed BEFORE UPDATE OF id, case_id, session_id, stage_id, author_id, created_at, kind ON review_comments
    WHEN NEW.id IS NOT OLD.id
      OR NEW.case_id IS NOT OLD.case_id
      OR NEW.session_id IS NOT OLD.session_id
      OR NEW.stage_id IS NOT OLD.stage_id
      OR NEW.author_id IS NOT OLD.author_id
      OR NEW.created_at IS NOT OLD.created_at
      OR NEW.kind IS NOT OLD.kind
BEGIN
    SELECT RAISE(ABORT, 'a review comment keeps its record, author, time and kind');
END;
