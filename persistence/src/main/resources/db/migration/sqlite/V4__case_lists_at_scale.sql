-- Trustcase workspace schema, version 4: what the window's lists read at scale.
-- Every list is a query with filter, sort and paging in SQL; nothing is loaded "all".

-- When the case entered its current closed status (closed or not-a-breach); NULL while open.
-- Counted by the dashboard ("closed this year") instead of parsing the audit trail.
ALTER TABLE breach_case ADD COLUMN closed_at TEXT;

-- A case closed today closed at its latest status change (a reopened case is open again).
UPDATE breach_case
SET closed_at = coalesce(
        (SELECT max(e.occurred_at) FROM audit_event e
         WHERE e.case_reference = breach_case.reference AND e.action = 'case-status-changed'),
        updated_at)
WHERE status IN ('closed', 'not-a-breach');

CREATE INDEX breach_case_closed_at_idx ON breach_case (closed_at);
CREATE INDEX breach_case_created_at_idx ON breach_case (created_at);
CREATE INDEX breach_case_aware_at_idx ON breach_case (aware_at);
CREATE INDEX breach_case_title_idx ON breach_case (title);
CREATE INDEX breach_case_owner_idx ON breach_case (owner);
CREATE INDEX breach_case_ref_idx ON breach_case (ref_year, ref_seq);

-- The deadline index: the open clocks of open cases, as the model computed them from the recorded
-- facts at the last change of the case. It orders, pages and counts deadlines across cases; what
-- the window shows of a clock is computed again from the facts. Only clocks still to be met are
-- indexed: 'running' (due_at set; overdue once due_at has passed) and 'waiting' (trigger not yet
-- recorded). Rebuilt from the facts when the deadline rules change (workspace_meta
-- 'clock_index_rules').
CREATE TABLE case_clock (
    case_id INTEGER NOT NULL REFERENCES breach_case (id),
    rule_id TEXT    NOT NULL,
    state   TEXT    NOT NULL CHECK (state IN ('running', 'waiting')),
    legal   INTEGER NOT NULL,
    due_at  TEXT,
    PRIMARY KEY (case_id, rule_id),
    CONSTRAINT case_clock_running_has_due CHECK ((state = 'running') = (due_at IS NOT NULL))
);

CREATE INDEX case_clock_due_idx ON case_clock (state, due_at);
CREATE INDEX case_clock_legal_due_idx ON case_clock (legal, state, due_at);

-- The clock that matters next for each open case that has one running: the earliest due.
CREATE TABLE case_next_clock (
    case_id INTEGER NOT NULL PRIMARY KEY REFERENCES breach_case (id),
    rule_id TEXT    NOT NULL,
    due_at  TEXT    NOT NULL
);

CREATE INDEX case_next_clock_due_idx ON case_next_clock (due_at);
