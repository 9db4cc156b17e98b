-- How many open and closed cases each facilitator holds, kept by triggers, so the caseload's
-- page count costs one row read however many cases there are.
CREATE TABLE caseload_counts (
    facilitator_id  TEXT    PRIMARY KEY REFERENCES users (id),
    open_cases      INTEGER NOT NULL DEFAULT 0,
    closed_cases    INTEGER NOT NULL DEFAULT 0
) STRICT;

INSERT INTO caseload_counts (facilitator_id, open_cases, closed_cases)
    SELECT facilitator_id, SUM(status = 'open'), SUM(status = 'closed')
    FROM cases GROUP BY facilitator_id;

CREATE TRIGGER caseload_counts_after_insert AFTER INSERT ON cases
BEGIN
    INSERT INTO caseload_counts (facilitator_id, open_cases, closed_cases)
        VALUES (NEW.facilitator_id, NEW.status = 'open', NEW.status = 'closed')
        ON CONFLICT (facilitator_id) DO UPDATE SET
            open_cases = open_cases + (NEW.status = 'open'),
            closed_cases = closed_cases + (NEW.status = 'closed');
END;

CREATE TRIGGER caseload_counts_after_update AFTER UPDATE OF status, facilitator_id ON cases
    WHEN OLD.status IS NOT NEW.status OR OLD.facilitator_id IS NOT NEW.facilitator_id
BEGIN
    UPDATE caseload_counts SET
        open_cases = open_cases - (OLD.status = 'open'),
        closed_cases = closed_cases - (OLD.status = 'closed')
    WHERE facilitator_id = OLD.facilitator_id;
    INSERT INTO caseload_counts (facilitator_id, open_cases, closed_cases)
        VALUES (NEW.facilitator_id, NEW.status = 'open', NEW.status = 'closed')
        ON CONFLICT (facilitator_id) DO UPDATE SET
            open_cases = open_cases + (NEW.status = 'open'),
            closed_cases = closed_cases + (NEW.status = 'closed');
END;

CREATE TRIGGER caseload_counts_after_delete AFTER DELETE ON cases
BEGIN
    UPDATE caseload_counts SET
        open_cases = open_cases - (OLD.status = 'open'),
        closed_cases = closed_cases - (OLD.status = 'closed')
    WHERE facilitator_id = OLD.facilitator_id;
END;
