-- Trustcase workspace schema, version 13: the audit trail as a hash chain.
--
-- Each event keeps the hash of the event before it (prev_hash) and its own (hash): SHA-256 over a domain tag and
-- a canonical, length-prefixed encoding of its stored fields, its sequence number and prev_hash (AuditHasher).
-- The events recorded before this version are sealed by the next migration, in Java, in sequence order.
ALTER TABLE audit_event ADD COLUMN prev_hash TEXT;
ALTER TABLE audit_event ADD COLUMN hash TEXT;

-- The head of the chain as the last append left it (one row, kept by a trigger). The next event's sequence number follows it, so
-- that the numbers of events deleted at the end are never given again, and a trail cut off at its end shows.
CREATE TABLE audit_chain_head (
    id   INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    seq  INTEGER NOT NULL,
    hash TEXT    NOT NULL
);

-- the genesis: no event yet, the hash the first event links to
INSERT INTO audit_chain_head (id, seq, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- the head follows every event appended, inside SQLite: an append costs no second statement
CREATE TRIGGER audit_chain_head_follows AFTER INSERT ON audit_event
BEGIN
    UPDATE audit_chain_head SET seq = NEW.seq, hash = NEW.hash WHERE id = 1;
END;

CREATE TRIGGER audit_chain_head_no_delete BEFORE DELETE ON audit_chain_head
BEGIN
    SELECT RAISE(ABORT, 'the head of the audit trail is never deleted');
END;

CREATE TRIGGER audit_chain_head_forward BEFORE UPDATE ON audit_chain_head
WHEN NEW.seq <= OLD.seq
BEGIN
    SELECT RAISE(ABORT, 'the head of the audit trail only moves forward');
END;

-- Updates stay refused (a guard against bugs, not against someone with the file), except sealing: setting both
-- hashes, once, of an event recorded before the chain, every other column unchanged.
DROP TRIGGER audit_event_no_update;

CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
WHEN NOT (OLD.hash IS NULL AND OLD.prev_hash IS NULL AND NEW.hash IS NOT NULL AND NEW.prev_hash IS NOT NULL
          AND NEW.seq IS OLD.seq AND NEW.occurred_at IS OLD.occurred_at AND NEW.actor IS OLD.actor
          AND NEW.case_reference IS OLD.case_reference AND NEW.action IS OLD.action AND NEW.changes IS OLD.changes
          AND NEW.reason IS OLD.reason AND NEW.note IS OLD.note)
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only');
END;
