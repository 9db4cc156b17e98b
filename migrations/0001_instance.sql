-- The installation itself: one row, written when the database is first created.
-- Later migrations add the organisation, accounts, cases and so on. Never edit a migration
-- once it has landed: add a new one.
CREATE TABLE instance (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    created_at  TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;

INSERT INTO instance (id) VALUES (1);
