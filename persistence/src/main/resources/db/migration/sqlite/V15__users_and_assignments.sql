-- Trustcase workspace schema, version 15: local user accounts and the legal reviewers assigned to cases.

-- One role per account. The password is kept only as an Argon2id hash in its encoded form (parameters, salt and
-- hash together). An account is never deleted, only deactivated: the audit trail names it.
CREATE TABLE app_user (
    login         TEXT    NOT NULL PRIMARY KEY CHECK (length(login) BETWEEN 1 AND 64),
    full_name     TEXT    NOT NULL DEFAULT '',
    role          TEXT    NOT NULL CHECK (role IN ('dpo', 'legal-reviewer', 'manager')),
    password_hash TEXT    NOT NULL,
    active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at    TEXT    NOT NULL
);

CREATE TRIGGER app_user_no_delete BEFORE DELETE ON app_user
BEGIN
    SELECT RAISE(ABORT, 'a user account is deactivated, never deleted');
END;

CREATE TABLE case_assignment (
    case_id     INTEGER NOT NULL REFERENCES breach_case (id),
    login       TEXT    NOT NULL REFERENCES app_user (login),
    assigned_at TEXT    NOT NULL,
    PRIMARY KEY (case_id, login)
);

-- a reviewer's case list: their assignments, by case
CREATE INDEX case_assignment_by_login ON case_assignment (login, case_id);
