-- Trustcase workspace schema, version 5: case references (TC-2026-0042) come from a counter per
-- year instead of max(ref_seq) + 1 over the cases. Asking for the next number upserts the year's
-- row inside the writing transaction, which holds it until that transaction ends (PostgreSQL locks
-- the row; SQLite's write transaction locks the database), so writers take numbers one after the
-- other; storing the case advances the counter. last_seq is the highest number used in ref_year.
CREATE TABLE case_reference_counter (
    ref_year INTEGER NOT NULL PRIMARY KEY,
    last_seq INTEGER NOT NULL,
    CONSTRAINT case_reference_counter_non_negative CHECK (last_seq >= 0)
);

-- existing workspaces continue where their cases are
INSERT INTO case_reference_counter (ref_year, last_seq)
SELECT ref_year, max(ref_seq) FROM breach_case GROUP BY ref_year;
