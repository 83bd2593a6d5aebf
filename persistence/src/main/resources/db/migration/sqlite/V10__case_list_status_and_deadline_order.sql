-- Trustcase workspace schema, version 10: the cases list sorted by status or by next deadline reads its
-- page along an index, like the other sorts (V7), instead of sorting every case first. Neither sort had a
-- column of breach_case to walk: the status's place in the workflow was computed for every row, and the
-- next deadline sat in case_next_clock, joined to every row. Ties are broken by reference as before.

-- The status's place in the workflow, new first: the order of CaseStatus. The case repository writes it with
-- the status (one write path: CaseRows); filled here for the cases already stored.
ALTER TABLE breach_case ADD COLUMN status_rank INTEGER NOT NULL DEFAULT 0;

UPDATE breach_case
SET status_rank = CASE status
                      WHEN 'new' THEN 0
                      WHEN 'triage' THEN 1
                      WHEN 'investigating' THEN 2
                      WHEN 'notifying' THEN 3
                      WHEN 'closed' THEN 4
                      WHEN 'not-a-breach' THEN 5
                  END;

CREATE INDEX breach_case_status_rank_order_idx ON breach_case (status_rank, ref_year, ref_seq);

-- The due instant of the case's next clock (case_next_clock.due_at) as two sort keys, because cases with
-- no running clock come last in both directions and ties come newest reference first in both: ascending
-- reads next_due_sort_asc forwards, where no clock is '~' (after every instant); descending reads
-- next_due_sort_desc backwards, where no clock is '' (before every instant).
ALTER TABLE breach_case ADD COLUMN next_due_sort_asc TEXT NOT NULL DEFAULT '~';
ALTER TABLE breach_case ADD COLUMN next_due_sort_desc TEXT NOT NULL DEFAULT '';

UPDATE breach_case
SET next_due_sort_asc = n.due_at, next_due_sort_desc = n.due_at
FROM case_next_clock n
WHERE n.case_id = breach_case.id;

CREATE INDEX breach_case_next_due_asc_order_idx ON breach_case (next_due_sort_asc, ref_year DESC, ref_seq DESC);
CREATE INDEX breach_case_next_due_desc_order_idx ON breach_case (next_due_sort_desc, ref_year, ref_seq);

-- Kept in step with case_next_clock by triggers, whoever writes it.
CREATE TRIGGER case_next_clock_sort_after_insert AFTER INSERT ON case_next_clock
BEGIN
    UPDATE breach_case SET next_due_sort_asc = NEW.due_at, next_due_sort_desc = NEW.due_at
    WHERE id = NEW.case_id;
END;

CREATE TRIGGER case_next_clock_sort_after_update AFTER UPDATE OF case_id, due_at ON case_next_clock
BEGIN
    UPDATE breach_case SET next_due_sort_asc = '~', next_due_sort_desc = ''
    WHERE id = OLD.case_id AND OLD.case_id IS NOT NEW.case_id;
    UPDATE breach_case SET next_due_sort_asc = NEW.due_at, next_due_sort_desc = NEW.due_at
    WHERE id = NEW.case_id;
END;

CREATE TRIGGER case_next_clock_sort_after_delete AFTER DELETE ON case_next_clock
BEGIN
    UPDATE breach_case SET next_due_sort_asc = '~', next_due_sort_desc = ''
    WHERE id = OLD.case_id;
END;
