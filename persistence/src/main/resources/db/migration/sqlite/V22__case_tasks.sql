-- Trustcase workspace schema, version 22: the tasks of a case's investigation, in order and groups, each with its
-- own due time or the legal clock it takes its due time from, and where it stands. A task is never deleted: one not
-- needed says why.

CREATE TABLE case_task (
    id           INTEGER PRIMARY KEY,
    case_id      INTEGER NOT NULL REFERENCES breach_case (id),
    position     INTEGER NOT NULL,
    task_group   TEXT,
    title        TEXT    NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    description  TEXT,
    assignee     TEXT,
    due_at       TEXT,
    clock_rule   TEXT,
    status       TEXT    NOT NULL CHECK (status IN ('open', 'in-progress', 'done', 'not-needed')),
    reason       TEXT,
    created_by   TEXT    NOT NULL,
    created_at   TEXT    NOT NULL,
    closed_by    TEXT,
    closed_at    TEXT,
    CHECK (due_at IS NULL OR clock_rule IS NULL),
    CHECK ((status = 'not-needed') = (reason IS NOT NULL))
);

CREATE INDEX case_task_by_case ON case_task (case_id, position, id);

CREATE TRIGGER case_task_no_delete BEFORE DELETE ON case_task
BEGIN
    SELECT RAISE(ABORT, 'a task stays with its case');
END;
