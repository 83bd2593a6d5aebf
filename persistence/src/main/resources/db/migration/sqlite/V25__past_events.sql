-- Trustcase workspace schema, version 25: past events learnt during the investigation, each with when it happened,
-- where that is known from, how sure it is, and who recorded it when. None is changed or deleted: a correction is a
-- new event, and the audit trail holds who recorded which.

CREATE TABLE case_past_event (
    id           INTEGER PRIMARY KEY,
    case_id      INTEGER NOT NULL REFERENCES breach_case (id),
    happened_at  TEXT    NOT NULL,
    description  TEXT    NOT NULL CHECK (length(description) BETWEEN 1 AND 2000),
    source       TEXT    CHECK (source IS NULL OR length(source) BETWEEN 1 AND 300),
    confidence   TEXT    NOT NULL CHECK (confidence IN ('confirmed', 'probable', 'possible')),
    recorded_by  TEXT    NOT NULL,
    recorded_at  TEXT    NOT NULL
);

CREATE INDEX case_past_event_by_case ON case_past_event (case_id, id);

CREATE TRIGGER case_past_event_no_update BEFORE UPDATE ON case_past_event
BEGIN
    SELECT RAISE(ABORT, 'a past event is not changed: a correction is a new event');
END;

CREATE TRIGGER case_past_event_no_delete BEFORE DELETE ON case_past_event
BEGIN
    SELECT RAISE(ABORT, 'a past event stays with its case');
END;
