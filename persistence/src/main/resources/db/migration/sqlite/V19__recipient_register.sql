-- Trustcase workspace schema, version 19: the recipient register of a case, the data subjects to be told of a
-- breach, imported from a file. An e-mail address is held once per case (compared without regard to case), so that
-- an import skips those the register has already. The file's other columns are kept as merge fields (JSON).

CREATE TABLE recipient (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES breach_case (id),
    line        INTEGER NOT NULL CHECK (line >= 1),
    name        TEXT    NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    email       TEXT    CHECK (email IS NULL OR length(email) BETWEEN 3 AND 254),
    email_key   TEXT    GENERATED ALWAYS AS (lower(email)) VIRTUAL,
    address     TEXT,
    language    TEXT    NOT NULL,
    fields      TEXT    NOT NULL DEFAULT '{}',
    status      TEXT    NOT NULL DEFAULT 'pending'
                        CHECK (status IN ('pending', 'sent', 'delivered', 'bounced', 'returned', 'acknowledged')),
    status_at   TEXT,
    channel     TEXT,
    CHECK (email IS NOT NULL OR address IS NOT NULL),
    CHECK (status = 'pending' OR status_at IS NOT NULL)
);

CREATE UNIQUE INDEX recipient_email_once ON recipient (case_id, email_key) WHERE email IS NOT NULL;
CREATE INDEX recipient_by_case ON recipient (case_id, id);
CREATE INDEX recipient_by_status ON recipient (case_id, status, id);

CREATE TRIGGER recipient_no_delete BEFORE DELETE ON recipient
BEGIN
    SELECT RAISE(ABORT, 'a recipient stays in the register');
END;
