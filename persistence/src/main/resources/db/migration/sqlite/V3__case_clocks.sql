-- Trustcase workspace schema, version 3: what a case's deadline clocks are computed from.
-- Detection and awareness are columns of breach_case; the other dated events live here.

CREATE TABLE case_event (
    case_id     INTEGER NOT NULL REFERENCES breach_case (id),
    event       TEXT    NOT NULL,
    occurred_at TEXT    NOT NULL,
    PRIMARY KEY (case_id, event)
);

-- Regime flags set by the DPO (nis2-entity, hipaa-covered-entity...); derived flags are not stored.
CREATE TABLE case_flag (
    case_id INTEGER NOT NULL REFERENCES breach_case (id),
    flag    TEXT    NOT NULL,
    PRIMARY KEY (case_id, flag)
);

-- One outcome per clock: met (notification made at outcome_at; reason = why late) or waived
-- (reason = legal ground). Outcomes are final: the triggers refuse changes and deletions.
CREATE TABLE clock_outcome (
    case_id     INTEGER NOT NULL REFERENCES breach_case (id),
    rule_id     TEXT    NOT NULL,
    kind        TEXT    NOT NULL CHECK (kind IN ('met', 'waived')),
    outcome_at  TEXT    NOT NULL,
    reason      TEXT,
    recorded_by TEXT    NOT NULL,
    recorded_at TEXT    NOT NULL,
    PRIMARY KEY (case_id, rule_id)
);

CREATE TRIGGER clock_outcome_no_update BEFORE UPDATE ON clock_outcome
BEGIN
    SELECT RAISE(ABORT, 'a clock outcome is final');
END;

CREATE TRIGGER clock_outcome_no_delete BEFORE DELETE ON clock_outcome
BEGIN
    SELECT RAISE(ABORT, 'a clock outcome is final');
END;
