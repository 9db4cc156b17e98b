-- The organisation, staff accounts, their roles and supervision links, and one-time activation
-- links. Plaintext here is only what sign-in and access checks need: staff names and work email
-- addresses, roles, who supervises whom. A user's private key is stored only wrapped under their
-- password (age scrypt); the organisation keeps only the public half of its recovery key.

CREATE TABLE organisation (
    id                  INTEGER PRIMARY KEY CHECK (id = 1),
    name                TEXT    NOT NULL,
    recovery_recipient  TEXT    NOT NULL,
    created_at          TEXT    NOT NULL
) STRICT;

CREATE TABLE users (
    id              TEXT    PRIMARY KEY,
    email           TEXT    NOT NULL UNIQUE,
    name            TEXT    NOT NULL,
    -- argon2id, PHC string format; NULL until the person sets a password.
    password_hash   TEXT,
    -- The user's X25519 identity, age-encrypted under their password; NULL until activated.
    wrapped_key     BLOB,
    -- The public half (age1…), to which case keys are granted.
    public_key      TEXT,
    disabled        INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    -- Interface language chosen on the account page (en, cy, fr, nl), or NULL.
    language        TEXT,
    -- Bumped to end every session of this user at once (disable, reset, password change).
    session_epoch   INTEGER NOT NULL DEFAULT 0,
    created_at      TEXT    NOT NULL,
    CHECK ((password_hash IS NULL) = (wrapped_key IS NULL)),
    CHECK ((wrapped_key IS NULL) = (public_key IS NULL))
) STRICT;

CREATE TABLE user_roles (
    user_id  TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role     TEXT NOT NULL CHECK (role IN ('facilitator', 'supervisor', 'training-manager', 'administrator')),
    PRIMARY KEY (user_id, role)
) STRICT;

CREATE TABLE supervision (
    supervisor_id  TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    supervisee_id  TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    PRIMARY KEY (supervisor_id, supervisee_id),
    CHECK (supervisor_id <> supervisee_id)
) STRICT;

CREATE INDEX supervision_by_supervisee ON supervision (supervisee_id);

-- One-time links to set a password (first activation, or after an administrator's reset).
-- Only the SHA-256 of the token is stored, so a copy of the database cannot be used to activate.
CREATE TABLE activation_links (
    token_hash  TEXT    PRIMARY KEY,
    user_id     TEXT    NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    expires_at  TEXT    NOT NULL,
    used_at     TEXT
) STRICT;

CREATE INDEX activation_links_by_user ON activation_links (user_id);
