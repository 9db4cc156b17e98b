-- The information-sharing log: each disclosure of a case's information to another agency, and
-- each multi-agency summary produced for a meeting.
--
-- Only ids, dates and who recorded it are plaintext. The recipient, their agency, the legal
-- basis, what was shared and who decided (and, for a summary, the sections as they were
-- shared) are one age ciphertext in `body`, sealed to the case key with the record id, case
-- id, author and version inside (see src/sharing), like every other record of the case.
CREATE TABLE sharing_records (
    id           TEXT    PRIMARY KEY,
    case_id      TEXT    NOT NULL REFERENCES cases (id),
    -- 'disclosure' (recorded by hand) or 'summary' (a multi-agency summary was produced).
    kind         TEXT    NOT NULL CHECK (kind IN ('disclosure', 'summary')),
    -- The day the information was shared, YYYY-MM-DD.
    shared_on    TEXT    NOT NULL CHECK (shared_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    recorded_by  TEXT    NOT NULL REFERENCES users (id),
    recorded_at  TEXT    NOT NULL,
    body         BLOB    NOT NULL
) STRICT;

CREATE INDEX sharing_records_by_case ON sharing_records (case_id, shared_on, recorded_at);

-- A record of what was shared is never changed: a correction is a new record.
CREATE TRIGGER sharing_records_fixed BEFORE UPDATE ON sharing_records
BEGIN
    SELECT RAISE(ABORT, 'a sharing record is never changed: record a new one');
END;
